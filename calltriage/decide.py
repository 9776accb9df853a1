"""The decision: a pure function of (request, rule findings, probabilities, policy, time).

Order of precedence, safety first:

1. any disqualifier -> ``standard_dispatch`` (or ``co_response`` when the policy enables it,
   every fired code is one it allows, and a behavioral-health need is clear);
2. ``caller_requests_police`` -> ``standard_dispatch``;
3. empty or too-short narrative -> ``call_taker_review``;
4. no model available -> ``call_taker_review`` (degraded);
5. low confidence -> ``call_taker_review``;
6. category ``other`` or a policy exclusion -> ``standard_dispatch``;
7. no rule fired but the model rates a disqualifier likely -> ``call_taker_review``;
8. otherwise -> ``community_responder`` with the team.

Every rule that changes the route adds a human-readable reason and a stable
``reason_code`` (e.g. ``policy:accept_third_party_callers``), so the eligibility analysis
can count what each limitation removes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from calltriage.labels import CATEGORIES, DISQUALIFIERS, RESPONDERS
from calltriage.policy import Policy
from calltriage.rules.base import Cleared, Finding
from calltriage.text import MAX_NARRATIVE_CHARS

MAX_CALL_TYPE_CHARS = 200


class CallRequest(BaseModel):
    """One call, as the CAD or a batch file sends it. Unknown fields are ignored and never
    reach the decision."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    id: str | None = Field(None, max_length=200)
    narrative: str = Field(..., max_length=MAX_NARRATIVE_CHARS)
    caller: Literal["first_party", "third_party", "unknown"] = "unknown"
    call_type: str | None = Field(None, max_length=MAX_CALL_TYPE_CHARS)
    caller_requests_police: bool = False
    incident_id: str | None = Field(None, max_length=200)
    district: str | None = Field(None, max_length=200)
    received_at: dt.datetime | None = None

    @field_validator("id", "incident_id", "district", mode="before")
    @classmethod
    def _stringify(cls, v):
        return str(v) if isinstance(v, int) and not isinstance(v, bool) else v


@dataclass(frozen=True, slots=True)
class Decision:
    category: str | None
    probabilities: dict[str, float] | None
    disqualifiers: tuple[Finding, ...]
    cleared: tuple[Cleared, ...]
    route: str
    team: str | None
    next_step: str
    responders: tuple[str, ...]
    reasons: tuple[str, ...]
    reason_codes: tuple[str, ...]
    model_version: str | None
    rules_version: str
    policy_version: str
    degraded: bool = False
    disqualifier_risk: float | None = None

    @property
    def disqualifier_codes(self) -> list[str]:
        seen = {f.code for f in self.disqualifiers}
        return [c for c in DISQUALIFIERS if c in seen]

    def to_dict(self) -> dict:
        return {
            "category": self.category,
            "probabilities": self.probabilities,
            "disqualifiers": [
                {"code": f.code, "evidence": f.evidence, "start": f.start, "end": f.end,
                 "field": f.field, "rule_id": f.rule_id, "certainty": f.certainty}
                for f in self.disqualifiers
            ],
            "route": self.route,
            "team": self.team,
            "next_step": self.next_step,
            "responders": list(self.responders),
            "reasons": list(self.reasons),
            "reason_codes": list(self.reason_codes),
            "model_version": self.model_version,
            "rules_version": self.rules_version,
            "policy_version": self.policy_version,
            "degraded": self.degraded,
            "disqualifier_risk": self.disqualifier_risk,
        }


def _next_step(route: str, team: str | None, responders: Sequence[str], policy: Policy) -> str:
    if route == "community_responder":
        if policy.dispatch_model == "call_center":
            return f"Dispatch {team}."
        if policy.dispatch_model == "embedded_professional":
            return f"Hand the call to the embedded clinician on the floor ({team})."
        return f"Warm transfer to {policy.hotline}."
    if route == "co_response":
        who = " and ".join(r.upper() if r == "ems" else r for r in responders) or "police"
        return f"Dispatch {who} together with {team} (co-response)."
    if route == "call_taker_review":
        return ("Ask the screening questions (weapons, injuries, violence or threats, "
                "suicide plan and means, what the person needs), then triage again.")
    who = " and ".join(r.upper() if r == "ems" else r for r in responders)
    return f"Follow standard protocol: {who}." if who else "Follow standard CAD protocol."


def decide(
    request: CallRequest,
    findings: Sequence[Finding],
    cleared: Sequence[Cleared],
    probabilities: Sequence[float] | None,
    policy: Policy,
    *,
    model_version: str | None,
    rules_version: str,
    now: dt.datetime,
    degraded_reason: str | None = None,
    word_count: int | None = None,
    risk: float | None = None,
) -> Decision:
    """Turn rule findings and model probabilities into a recommendation. Pure: the same
    inputs always give the same decision."""
    reasons: list[str] = []
    codes: list[str] = []
    probs = (
        {c: round(float(p), 4) for c, p in zip(CATEGORIES, probabilities, strict=True)}
        if probabilities is not None else None
    )
    category = max(probs, key=probs.__getitem__) if probs else None
    confidence = probs[category] if probs and category else 0.0
    dq = [c for c in DISQUALIFIERS if any(f.code == c for f in findings)]
    responders = tuple(dict.fromkeys(r for c in dq for r in RESPONDERS[c]))
    degraded = degraded_reason is not None
    if degraded:
        reasons.append(f"Model unavailable ({degraded_reason}): rules-only decision.")
        codes.append("degraded:model_unavailable")

    route: str
    team: str | None = None
    words = word_count if word_count is not None else len(request.narrative.split())

    if dq:
        for f in findings:
            where = "" if f.field == "narrative" else f" in {f.field}"
            hedge = " (uncertain mention)" if f.certainty == "uncertain" else ""
            reasons.append(f"Disqualifier {f.code}{where}: '{f.evidence}'{hedge}.")
        codes.extend(f"disqualifier:{c}" for c in dq)
        co = policy.co_response
        bh_clear = category == "behavioral_health" and confidence >= policy.confidence_threshold
        if co.enabled and bh_clear and set(dq) <= set(co.codes) and not request.caller_requests_police:
            route = "co_response"
            team = co.team or policy.team_for("behavioral_health")
            reasons.append("Co-response: a behavioral-health need is clear and the policy "
                           f"allows co-response for {', '.join(dq)}.")
            codes.append("policy:co_response")
        else:
            route = "standard_dispatch"
    elif request.caller_requests_police:
        route = "standard_dispatch"
        reasons.append("Caller requests police.")
        codes.append("policy:caller_requests_police")
    elif words < max(1, policy.min_narrative_words):
        route = "call_taker_review"
        reasons.append("Narrative is empty." if words == 0 else
                       f"Narrative too short to judge ({words} word(s)).")
        codes.append("input:narrative_too_short")
    elif probs is None:
        route = "call_taker_review"
        codes.append("degraded:no_category")
    elif confidence < policy.confidence_threshold:
        route = "call_taker_review"
        reasons.append(f"Low confidence: {category} at {confidence:.2f} is below the "
                       f"policy threshold {policy.confidence_threshold:.2f}.")
        codes.append("model:low_confidence")
    elif (rule := policy.call_type_excluded(request.call_type)) is not None:
        route = "standard_dispatch"
        reasons.append(f"Policy {rule}: call type '{request.call_type}' is excluded.")
        codes.append(f"policy:{rule}")
    elif category == "other":
        route = "standard_dispatch"
        reasons.append(f"Category other ({confidence:.2f}): not a community responder call.")
        codes.append("category:other")
    elif not policy.accepts(category):
        route = "standard_dispatch"
        reasons.append(f"Policy categories: {category} calls are not accepted.")
        codes.append("policy:category_not_accepted")
    elif request.caller == "third_party" and not policy.accept_third_party_callers:
        route = "standard_dispatch"
        reasons.append("Policy accept_third_party_callers=false: third-party caller.")
        codes.append("policy:accept_third_party_callers")
    elif (category == "conflict" and policy.conflict_requires_bh_nexus
          and probs["behavioral_health"] < policy.bh_nexus_probability):
        route = "standard_dispatch"
        reasons.append("Policy conflict_requires_bh_nexus: no behavioral-health nexus "
                       f"(P={probs['behavioral_health']:.2f}).")
        codes.append("policy:conflict_requires_bh_nexus")
    elif not policy.on_duty(team_name := policy.team_for(category) or "", request.received_at or now):
        route = "standard_dispatch"
        reasons.append(f"Policy hours: {team_name} is not on duty.")
        codes.append("policy:hours")
    elif risk is not None and risk >= policy.possible_disqualifier_review:
        route = "call_taker_review"
        reasons.append(f"No rule fired, but the model rates a disqualifier likely "
                       f"({risk:.2f} >= {policy.possible_disqualifier_review:.2f}): ask the "
                       "screening questions before sending a community responder.")
        codes.append("model:possible_disqualifier")
    else:
        route = "community_responder"
        team = policy.team_for(category)
        reasons.append(f"No disqualifier; {category} at {confidence:.2f} "
                       f"(threshold {policy.confidence_threshold:.2f}).")
        codes.append(f"eligible:{category}")

    return Decision(
        category=category,
        probabilities=probs,
        disqualifiers=tuple(findings),
        cleared=tuple(cleared),
        route=route,
        team=team,
        next_step=_next_step(route, team, responders, policy),
        responders=responders,
        reasons=tuple(reasons),
        reason_codes=tuple(codes),
        model_version=model_version,
        rules_version=rules_version,
        policy_version=policy.version,
        degraded=degraded,
        disqualifier_risk=None if risk is None else round(float(risk), 4),
    )
