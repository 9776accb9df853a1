"""The label sets of the spec (../shared/triage-spec.md). Exact codes; never renamed."""

from __future__ import annotations

CATEGORIES: tuple[str, ...] = ("behavioral_health", "homelessness", "conflict", "other")
IN_SCOPE: frozenset[str] = frozenset({"behavioral_health", "homelessness", "conflict"})

DISQUALIFIERS: tuple[str, ...] = (
    "weapon",
    "violence",
    "medical",
    "suicide_attempt",
    "crime_in_progress",
)

# Suggested responder per disqualifier (spec table).
RESPONDERS: dict[str, tuple[str, ...]] = {
    "weapon": ("police",),
    "violence": ("police",),
    "medical": ("ems",),
    "suicide_attempt": ("ems", "police"),
    "crime_in_progress": ("police",),
}

ROUTES: tuple[str, ...] = (
    "community_responder",
    "standard_dispatch",
    "co_response",
    "call_taker_review",
)

CALLERS: tuple[str, ...] = ("first_party", "third_party", "unknown")

DISPATCH_MODELS: tuple[str, ...] = ("call_center", "embedded_professional", "external_hotline")
