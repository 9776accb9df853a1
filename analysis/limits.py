"""How many eligible calls each policy limitation removes, one by one and together.

The limitations a city's policy can impose (spec "Routing policy"), each with the reason
code ``decide()`` gives when it changes a route:

=========================  ======================================  ===============================
limit                      reason code                             relaxed / enabled
=========================  ======================================  ===============================
third_party                policy:accept_third_party_callers       true / false
bh_nexus                   policy:conflict_requires_bh_nexus       false / true
call_type_deny             policy:call_type_deny                   [] / the policy's (or --what-if-deny)
call_type_allow            policy:call_type_allow                  [] / the policy's (or --what-if-allow)
hours                      policy:hours                            24/7 / the policy's (or --what-if-hours)
categories                 policy:category_not_accepted            all accepted / the policy's
caller_requests_police     policy:caller_requests_police           (request flag; not a policy switch)
=========================  ======================================  ===============================

Cost: the engine (tokenizer, rules, model) runs once per call, under the city's actual
policy. Everything else is the core's own pure ``decide()`` re-applied to that decision's
findings and probabilities under policy variants, which costs microseconds and reuses
decide()'s logic instead of re-implementing it:

* the *unrestricted* decision: every limit relaxed (and the caller's request for police
  ignored);
* *only L*: the unrestricted policy with limit L at its actual setting (or, for a limit the
  policy does not use, at a what-if setting) -> "L alone removes this call";
* *without L*: the actual policy with L relaxed -> "relaxing L alone adds this call".

Limits only ever remove calls (each is one more ``elif`` before the eligible branch), so
a call that is eligible under the actual policy is eligible in every relaxed variant, and a
call whose decision names no ``policy:`` code cannot become eligible by relaxing any.
Only the remaining calls need re-deciding. A call stopped by ``caller_requests_police``
(checked before the narrative-length and confidence checks) is re-run through the engine
once with the flag off, so its relaxed decision is the engine's own.

Every re-decision is checked against the engine: re-deciding under the actual policy must
reproduce the engine's decision exactly; mismatches are counted and reported (expected 0).
Re-decisions pass the decision's own probabilities and disqualifier risk (the model's
safety net, checked after the policy limits), both as the core rounds them (4 decimals):
a value within 0.00005 of a threshold could in principle land on the other side.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from calltriage.decide import CallRequest, Decision, decide
from calltriage.labels import CATEGORIES, IN_SCOPE
from calltriage.policy import Policy

CR = "community_responder"
DEFAULT_TEAM = "Community Response Team"


@dataclass(frozen=True)
class Limit:
    name: str
    label: str
    code: str
    active: bool                # the policy imposes it
    setting: str                # the policy's setting, readable
    whatif: str | None          # the hypothetical setting evaluated when it is not active
    only: Policy | None         # unrestricted + this limit (None: not evaluated)
    without: Policy | None      # actual policy with this limit relaxed (None: not active)

    @property
    def evaluated(self) -> bool:
        return self.only is not None

    def describe(self) -> dict:
        return {"name": self.name, "label": self.label, "reason_code": self.code,
                "active": self.active, "setting": self.setting, "what_if": self.whatif,
                "evaluated": self.evaluated}


LIMIT_NAMES: tuple[str, ...] = (
    "third_party", "bh_nexus", "call_type_deny", "call_type_allow", "hours", "categories",
    "caller_requests_police",
)


@dataclass(frozen=True)
class WhatIf:
    """Hypothetical settings for limits the policy does not impose."""

    hours: str | None = None             # "07:00-23:00" or "07:00-23:00/mon,tue,wed,thu,fri"
    deny: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RowLimits:
    eligible: bool
    eligible_unrestricted: bool
    removed: dict[str, bool | None]   # L alone removes the call from the unrestricted set
    adds: dict[str, bool | None]      # relaxing L alone makes the call eligible
    mismatch: bool = False            # re-deciding did not reproduce the engine (expected never)


def parse_hours(spec: str) -> dict:
    """'07:00-23:00[/mon,tue]' -> Hours fields."""
    span, _, days = spec.partition("/")
    try:
        start, end = (dt.time.fromisoformat(x.strip()) for x in span.split("-", 1))
    except ValueError:
        raise ValueError(f"hours {spec!r}: use HH:MM-HH:MM, optionally /mon,tue,...") from None
    out: dict = {"start": start.isoformat(), "end": end.isoformat()}
    if days.strip():
        out["days"] = [d.strip().lower() for d in days.split(",") if d.strip()]
    return out


class LimitSet:
    """The policy variants, built once; ``evaluate`` is called per decided call."""

    def __init__(self, policy: Policy, whatif: WhatIf | None = None):
        w = whatif or WhatIf()
        self.policy = policy
        base = policy.model_dump(mode="json")
        teams = sorted({cp["team"] for cp in base["categories"].values()
                        if cp.get("accepted") and cp.get("team")})
        placeholder = teams[0] if teams else DEFAULT_TEAM
        all_cats = {c: {"accepted": True,
                        "team": (base["categories"].get(c) or {}).get("team") or placeholder}
                    for c in sorted(IN_SCOPE)}
        relax = {
            "third_party": {"accept_third_party_callers": True},
            "bh_nexus": {"conflict_requires_bh_nexus": False},
            "call_type_deny": {"call_type_deny": []},
            "call_type_allow": {"call_type_allow": []},
            "hours": {"hours": {}},
            "categories": {"categories": all_cats},
            "caller_requests_police": {},
        }
        whatif_hours = None
        if w.hours:
            h = parse_hours(w.hours)
            whatif_hours = {t: h for t in (teams or [placeholder])}
        enable = {
            "third_party": ({"accept_third_party_callers": False}, "third-party callers refused"),
            "bh_nexus": ({"conflict_requires_bh_nexus": True},
                         "conflict calls need a behavioral-health nexus "
                         f"(P(bh) >= {policy.bh_nexus_probability:g})"),
            "call_type_deny": (({"call_type_deny": list(w.deny)}, f"deny {len(w.deny)} call type(s)")
                               if w.deny else None),
            "call_type_allow": (({"call_type_allow": list(w.allow)},
                                 f"allow only {len(w.allow)} call type(s)") if w.allow else None),
            "hours": (({"hours": whatif_hours}, f"teams on duty {w.hours}") if whatif_hours else None),
            "categories": None,
            "caller_requests_police": ({}, "always applies"),
        }
        active = {
            "third_party": not policy.accept_third_party_callers,
            "bh_nexus": policy.conflict_requires_bh_nexus,
            "call_type_deny": bool(policy.call_type_deny),
            "call_type_allow": bool(policy.call_type_allow),
            "hours": any(policy.hours.get(t) is not None for t in teams),
            "categories": any(not policy.accepts(c) for c in IN_SCOPE),
            "caller_requests_police": True,
        }
        setting = {
            "third_party": f"accept_third_party_callers = {str(policy.accept_third_party_callers).lower()}",
            "bh_nexus": f"conflict_requires_bh_nexus = {str(policy.conflict_requires_bh_nexus).lower()}",
            "call_type_deny": f"{len(policy.call_type_deny)} call type(s) denied",
            "call_type_allow": (f"only {len(policy.call_type_allow)} call type(s) allowed"
                                if policy.call_type_allow else "no allow list"),
            "hours": "; ".join(f"{t}: {h.start:%H:%M}-{h.end:%H:%M} {','.join(h.days)}"
                               for t, h in policy.hours.items()) or "24/7",
            "categories": ", ".join(sorted(c for c in IN_SCOPE if policy.accepts(c))) + " accepted",
            "caller_requests_police": "the caller asked for police (request field)",
        }
        labels = {
            "third_party": "No third-party callers",
            "bh_nexus": "Conflict only with a behavioral-health nexus",
            "call_type_deny": "Call-type deny list",
            "call_type_allow": "Call-type allow list",
            "hours": "Hours of operation",
            "categories": "Categories not accepted",
            "caller_requests_police": "Caller requests police",
        }
        codes = {
            "third_party": "policy:accept_third_party_callers",
            "bh_nexus": "policy:conflict_requires_bh_nexus",
            "call_type_deny": "policy:call_type_deny",
            "call_type_allow": "policy:call_type_allow",
            "hours": "policy:hours",
            "categories": "policy:category_not_accepted",
            "caller_requests_police": "policy:caller_requests_police",
        }

        def make(*updates: dict) -> Policy:
            data = dict(base)
            for u in updates:
                data.update(u)
            return Policy.model_validate(data)

        all_relaxed = [relax[n] for n in LIMIT_NAMES]
        self.unrestricted = make(*all_relaxed)
        limits = []
        for n in LIMIT_NAMES:
            only = without = None
            whatif_desc = None
            if active[n]:
                keep = {k: base[k] for k in relax[n]}  # the actual setting
                only = make(*all_relaxed, keep)
                without = make(relax[n])
            elif enable[n] is not None:
                upd, whatif_desc = enable[n]
                only = make(*all_relaxed, upd)
            limits.append(Limit(n, labels[n], codes[n], active[n], setting[n], whatif_desc,
                                only, without))
        self.limits: tuple[Limit, ...] = tuple(limits)
        self.by_name = {lim.name: lim for lim in self.limits}

    def describe(self) -> list[dict]:
        return [lim.describe() for lim in self.limits]

    # ------------------------------------------------------------------------------------
    def evaluate(self, req: CallRequest, d: Decision, d_no_police: Decision | None,
                 now: dt.datetime) -> RowLimits:
        """Limit flags for one call. ``d`` is the engine's decision under the actual policy;
        ``d_no_police`` the engine's decision with ``caller_requests_police`` off (only for
        calls ``d`` routed away because of it)."""
        limits = self.limits
        eligible = d.route == CR
        crp_stop = "policy:caller_requests_police" in d.reason_codes
        if crp_stop and d_no_police is None:
            raise ValueError("a call stopped by caller_requests_police needs its decision "
                             "with the flag off (d_no_police)")
        base = d_no_police if crp_stop else d
        reachable = base.route == CR or _policy_codes(base)
        what_ifs = [lim for lim in limits if lim.evaluated and not lim.active]
        if not reachable or base.degraded or base.probabilities is None:
            # nothing the policy can relax stands between this call and a team
            return RowLimits(eligible, False,
                             {lim.name: (False if lim.evaluated else None) for lim in limits},
                             {lim.name: (False if lim.active else None) for lim in limits})
        if eligible and not what_ifs:
            return RowLimits(True, True,
                             {lim.name: (False if lim.evaluated else None) for lim in limits},
                             {lim.name: (False if lim.active else None) for lim in limits})

        req_free = req.model_copy(update={"caller_requests_police": False}) \
            if req.caller_requests_police else req
        probs = [base.probabilities[c] for c in CATEGORIES]
        risk = base.disqualifier_risk  # the model's P(any disqualifier): the safety net

        def redo(r: CallRequest, policy: Policy) -> Decision:
            return decide(r, base.disqualifiers, base.cleared, probs, policy,
                          model_version=base.model_version, rules_version=base.rules_version,
                          now=now, word_count=_ENOUGH_WORDS(policy), risk=risk)

        check = redo(req, self.policy)
        mismatch = (check.route, check.team, check.reason_codes, check.reasons) != (
            d.route, d.team, d.reason_codes, d.reasons)

        if eligible:
            unrestricted = True
        else:
            unrestricted = redo(req_free, self.unrestricted).route == CR
        removed: dict[str, bool | None] = {}
        adds: dict[str, bool | None] = {}
        for lim in limits:
            if not lim.evaluated:
                removed[lim.name] = None
            elif not unrestricted:
                removed[lim.name] = False
            elif lim.active and eligible:
                removed[lim.name] = False  # an active limit did not stop an eligible call
            else:
                r = req if lim.name == "caller_requests_police" else req_free
                removed[lim.name] = redo(r, lim.only).route != CR
            if not lim.active:
                adds[lim.name] = None
            elif eligible or not unrestricted:
                adds[lim.name] = False
            else:
                r = req_free if lim.name == "caller_requests_police" else req
                adds[lim.name] = redo(r, lim.without).route == CR
        return RowLimits(eligible, unrestricted, removed, adds, mismatch)


def _policy_codes(d: Decision) -> list[str]:
    return [c for c in d.reason_codes if c.startswith("policy:") and c != "policy:co_response"]


def _ENOUGH_WORDS(policy: Policy) -> int:  # noqa: N802
    # Only used for calls whose engine decision got past the narrative-length check (it
    # is eligible or was stopped by a later policy rule), so the count is above the
    # minimum; the exact number only ever appears in the too-short reason.
    return max(1, policy.min_narrative_words)
