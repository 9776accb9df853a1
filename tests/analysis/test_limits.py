"""The limitation analysis against brute force: for every call and every limitation,
the fast answer (one engine run + decide() re-applied) equals running the whole engine
again under each policy variant."""

from __future__ import annotations

import pytest

pytest.importorskip("pyarrow", reason="ANALYSIS TESTS SKIPPED: pyarrow is not installed")

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

from analysis.limits import CR, LIMIT_NAMES, LimitSet, WhatIf, parse_hours
from calltriage.decide import CallRequest
from calltriage.engine import Engine
from calltriage.policy import CategoryPolicy, Hours, Policy


TZ = ZoneInfo("America/Denver")
NOW = dt.datetime(2026, 1, 7, 3, 0, tzinfo=dt.timezone.utc)  # 20:00 local, a Tuesday
TEAM = "Community Response Team"


def _requests(dev_rows, n=310):
    callers = itertools.cycle(["first_party", "third_party", "unknown", "third_party"])
    out = []
    for i, r in enumerate(dev_rows[:n]):
        when = dt.datetime(2025, 3, 3, tzinfo=TZ) + dt.timedelta(hours=7 * i + i % 5)
        out.append(CallRequest(
            id=r["id"], narrative=r["narrative"], caller=next(callers),
            call_type=("NOISE COMPLAINT" if i % 9 == 0 else r.get("call_type")),
            caller_requests_police=(i % 7 == 0), received_at=None if i % 11 == 0 else when))
    return out


STRICT = Policy(
    name="strict", timezone="America/Denver", possible_disqualifier_review=0.8,
    accept_third_party_callers=False, conflict_requires_bh_nexus=True, bh_nexus_probability=0.3,
    call_type_deny=("NOISE COMPLAINT", "WELFARE CHECK"),
    hours={TEAM: Hours(start=dt.time(7), end=dt.time(19), days=("mon", "tue", "wed", "thu", "fri"))},
    categories={"behavioral_health": CategoryPolicy(team=TEAM),
                "homelessness": CategoryPolicy(accepted=False),
                "conflict": CategoryPolicy(team=TEAM)},
)
ALLOW = Policy(name="allow", timezone="America/Denver", possible_disqualifier_review=0.5,
               call_type_allow=("WELFARE CHECK", "NOISE COMPLAINT", "TRESPASS", "DISTURBANCE"))
DEFAULT = Policy(timezone="America/Denver")


def brute_force(ls: LimitSet, model, req: CallRequest) -> tuple[bool, bool, dict, dict]:
    """The obviously right (and slow) answer: the whole engine under each variant."""
    def route(policy, r):
        return Engine(policy, model).decide(r, NOW).route

    free = req.model_copy(update={"caller_requests_police": False})
    eligible = route(ls.policy, req) == CR
    unrestricted = route(ls.unrestricted, free) == CR
    removed, adds = {}, {}
    for lim in ls.limits:
        r_only = req if lim.name == "caller_requests_police" else free
        r_without = free if lim.name == "caller_requests_police" else req
        removed[lim.name] = (None if not lim.evaluated else
                             unrestricted and route(lim.only, r_only) != CR)
        adds[lim.name] = (None if not lim.active else
                          (not eligible) and route(lim.without, r_without) == CR)
    return eligible, unrestricted, removed, adds


@pytest.mark.parametrize("policy,whatif", [
    (STRICT, WhatIf()),
    (ALLOW, WhatIf()),
    (DEFAULT, WhatIf(hours="08:00-17:00/mon,tue,wed,thu,fri", deny=("DISTURBANCE",),
                     allow=("WELFARE CHECK",))),
    (STRICT.model_copy(update={"possible_disqualifier_review": 0.5}), WhatIf()),
], ids=["strict", "allow-list+safety-net", "default+what-ifs", "strict+safety-net"])
def test_fast_limits_equal_brute_force(small_model, risk_model, dev_rows, policy, whatif):
    if policy.possible_disqualifier_review < 0.8:
        small_model = risk_model  # a model with the safety-net head
    ls = LimitSet(policy, whatif)
    engine = Engine(policy, small_model)
    seen_removed = {n: 0 for n in LIMIT_NAMES}
    seen_eligible = seen_net = 0
    for req in _requests(dev_rows):
        d = engine.decide(req, NOW)
        d_free = None
        if "policy:caller_requests_police" in d.reason_codes:
            d_free = engine.decide(req.model_copy(update={"caller_requests_police": False}), NOW)
        fast = ls.evaluate(req, d, d_free, NOW)
        assert not fast.mismatch, req.id
        want = brute_force(ls, small_model, req)
        assert (fast.eligible, fast.eligible_unrestricted, fast.removed, fast.adds) == want, req.id
        seen_eligible += fast.eligible_unrestricted
        seen_net += Engine(ls.unrestricted, small_model).decide(
            req.model_copy(update={"caller_requests_police": False}), NOW
        ).reason_codes[-1:] == ("model:possible_disqualifier",)
        for n, v in fast.removed.items():
            seen_removed[n] += bool(v)
    # the sample exercises the limits (otherwise the comparison proves little)
    assert seen_eligible > 30
    if policy.possible_disqualifier_review < 0.8:
        assert seen_net > 5  # the safety net stands between some relaxed calls and a team
    active = [lim.name for lim in ls.limits if lim.evaluated]
    assert sum(seen_removed[n] > 0 for n in active) >= min(3, len(active)), seen_removed


def test_variant_policies():
    ls = LimitSet(STRICT, WhatIf())
    u = ls.unrestricted
    assert u.accept_third_party_callers and not u.conflict_requires_bh_nexus
    assert not u.call_type_deny and not u.call_type_allow and not u.hours
    assert all(u.accepts(c) for c in ("behavioral_health", "homelessness", "conflict"))
    assert u.team_for("homelessness") == TEAM        # the program's team takes them
    only = ls.by_name["third_party"].only
    assert not only.accept_third_party_callers and not only.hours and not only.call_type_deny
    without = ls.by_name["hours"].without
    assert not without.hours and not without.accept_third_party_callers and without.call_type_deny
    assert all(lim.active for lim in ls.limits if lim.name != "call_type_allow")
    d = LimitSet(DEFAULT, WhatIf())
    assert [lim.name for lim in d.limits if lim.active] == ["caller_requests_police"]
    assert [lim.name for lim in d.limits if lim.evaluated] == [
        "third_party", "bh_nexus", "caller_requests_police"]


def test_parse_hours():
    assert parse_hours("07:00-23:00") == {"start": "07:00:00", "end": "23:00:00"}
    assert parse_hours("22:00-06:00/fri,sat")["days"] == ["fri", "sat"]
    with pytest.raises(ValueError, match="HH:MM"):
        parse_hours("seven to eleven")
