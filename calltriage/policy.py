"""The routing policy: configuration a city owns (spec "Routing policy").

Loaded from TOML (``calltriage/default_policy.toml`` when none is given), validated by
pydantic, and hashed into ``policy_version`` so every decision names the exact policy it
was made under. The disqualifiers are deliberately *not* here: no policy can turn them off.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import tomllib
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from calltriage.labels import DISQUALIFIERS, IN_SCOPE

DEFAULT_POLICY_PATH = Path(__file__).with_name("default_policy.toml")

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CategoryPolicy(_Strict):
    accepted: bool = True
    team: str | None = None


class Hours(_Strict):
    """When a team is on duty. ``start`` > ``end`` means an overnight shift."""

    start: dt.time = dt.time(0, 0)
    end: dt.time = dt.time(23, 59, 59)
    days: tuple[str, ...] = _DAYS

    @field_validator("days")
    @classmethod
    def _days(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        bad = [d for d in v if d not in _DAYS]
        if bad:
            raise ValueError(f"unknown day(s) {bad}; use {list(_DAYS)}")
        return v

    def covers(self, when: dt.datetime) -> bool:
        day = _DAYS[when.weekday()]
        t = when.time()
        if self.start <= self.end:
            return day in self.days and self.start <= t <= self.end
        # overnight: the part after midnight belongs to the previous day's shift
        if t >= self.start:
            return day in self.days
        prev = _DAYS[(when.weekday() - 1) % 7]
        return t <= self.end and prev in self.days


class CoResponse(_Strict):
    enabled: bool = False
    # disqualifiers for which police/EMS + a community responder may go together
    codes: tuple[str, ...] = ("suicide_attempt",)
    team: str | None = None

    @field_validator("codes")
    @classmethod
    def _codes(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        bad = [c for c in v if c not in DISQUALIFIERS]
        if bad:
            raise ValueError(f"unknown disqualifier code(s) {bad}")
        return v


class Policy(_Strict):
    name: str = "default"
    dispatch_model: Literal["call_center", "embedded_professional", "external_hotline"] = (
        "call_center"
    )
    hotline: str = "988"
    categories: dict[str, CategoryPolicy] = Field(
        default_factory=lambda: {
            "behavioral_health": CategoryPolicy(team="Community Response Team"),
            "homelessness": CategoryPolicy(team="Community Response Team"),
            "conflict": CategoryPolicy(team="Community Response Team"),
        }
    )
    confidence_threshold: float = Field(0.6, ge=0.0, le=1.0)
    min_narrative_words: int = Field(3, ge=0)
    accept_third_party_callers: bool = True
    conflict_requires_bh_nexus: bool = False
    # P(behavioral_health) at or above which a conflict call has a behavioral-health nexus
    bh_nexus_probability: float = Field(0.2, ge=0.0, le=1.0)
    # Safety net: when no rule fired but the model's P(any disqualifier) is at least this,
    # a would-be community_responder call goes to call_taker_review instead. It can only
    # make a route more cautious; 1.0 turns it off. Never a disqualifier by itself.
    # 0.5 was chosen by leaving one author out (README, "Data"): of the truly disqualified
    # calls, the model alone would send 1.4 % to a team (5.7 % with the earlier model at
    # 0.8), and it still captured more eligible calls on every author's set.
    possible_disqualifier_review: float = Field(0.5, ge=0.5, le=1.0)
    call_type_allow: tuple[str, ...] = ()
    call_type_deny: tuple[str, ...] = ()
    timezone: str = "UTC"
    hours: dict[str, Hours] = Field(default_factory=dict)  # team name -> hours
    co_response: CoResponse = CoResponse()

    @field_validator("categories")
    @classmethod
    def _categories(cls, v: dict[str, CategoryPolicy]) -> dict[str, CategoryPolicy]:
        bad = [c for c in v if c not in IN_SCOPE]
        if bad:
            raise ValueError(
                f"categories {bad} cannot be accepted; only {sorted(IN_SCOPE)} can "
                "('other' always goes to standard dispatch)"
            )
        return v

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown timezone {v!r}") from None
        return v

    @model_validator(mode="after")
    def _teams(self) -> Policy:
        for cat, cp in self.categories.items():
            if cp.accepted and not cp.team:
                raise ValueError(f"category {cat!r} is accepted but names no team")
        return self

    # ------------------------------------------------------------------------------------
    @functools.cached_property
    def version(self) -> str:
        """Hash of every switch (computed once: the policy is frozen)."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
        return f"policy-{self.name}-{hashlib.sha256(canonical.encode()).hexdigest()[:12]}"

    def tzinfo(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def team_for(self, category: str) -> str | None:
        cp = self.categories.get(category)
        return cp.team if cp and cp.accepted else None

    def accepts(self, category: str) -> bool:
        cp = self.categories.get(category)
        return bool(cp and cp.accepted)

    def on_duty(self, team: str, when: dt.datetime) -> bool:
        hours = self.hours.get(team)
        return True if hours is None else hours.covers(when.astimezone(self.tzinfo()))

    def call_type_excluded(self, call_type: str | None) -> str | None:
        """Name of the list rule that excludes this call type, if any."""
        if not call_type:
            return None
        ct = call_type.strip().upper()
        if self.call_type_deny and ct in {c.upper() for c in self.call_type_deny}:
            return "call_type_deny"
        if self.call_type_allow and ct not in {c.upper() for c in self.call_type_allow}:
            return "call_type_allow"
        return None


class PolicyError(ValueError):
    """The policy file is unreadable or invalid; the message names the problem."""


def load_policy(path: str | Path | None = None) -> Policy:
    p = Path(path) if path else DEFAULT_POLICY_PATH
    try:
        data = tomllib.loads(p.read_text())
    except OSError as exc:
        raise PolicyError(f"cannot read policy file {p}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"policy file {p} is not valid TOML: {exc}") from None
    try:
        return Policy.model_validate(data)
    except ValueError as exc:
        raise PolicyError(f"policy file {p} is invalid:\n{exc}") from None
