"""decide(): disqualifiers first, every policy switch names itself in the reasons."""

from __future__ import annotations

import datetime as dt

import pytest

from calltriage.decide import CallRequest, decide
from calltriage.policy import Hours, Policy, PolicyError, load_policy
from calltriage.rules import RULES_VERSION, screen

NOW = dt.datetime(2026, 11, 27, 15, 0, tzinfo=dt.timezone.utc)  # a Friday


def run(narrative, probs, policy=None, **req):
    request = CallRequest(narrative=narrative, **req)
    s = screen(narrative)
    return decide(request, s.findings, s.cleared, probs, policy or Policy(),
                  model_version="m-test", rules_version=RULES_VERSION, now=NOW)


BH = [0.9, 0.04, 0.03, 0.03]
CONFLICT = [0.05, 0.02, 0.9, 0.03]
OTHER = [0.02, 0.02, 0.02, 0.94]
UNSURE = [0.4, 0.3, 0.2, 0.1]
CALM = "man talking to himself outside the library, seems confused, no weapons seen"


def test_eligible_call_goes_to_community_responder_with_team():
    d = run(CALM, BH)
    assert d.route == "community_responder"
    assert d.team == "Community Response Team"
    assert d.category == "behavioral_health"
    assert d.next_step.startswith("Dispatch")
    assert d.model_version == "m-test" and d.rules_version == RULES_VERSION
    assert d.policy_version.startswith("policy-default-")


def test_disqualifier_overrides_a_confident_model():
    d = run("man talking to himself outside the library, holding a knife", BH)
    assert d.route == "standard_dispatch"
    assert d.disqualifier_codes == ["weapon"]
    assert "police" in d.responders
    assert any("weapon" in r and "knife" in r for r in d.reasons)


def test_no_policy_switch_can_disable_disqualifiers():
    from calltriage.labels import DISQUALIFIERS

    fields = set(Policy.model_fields)
    assert not any(code in f for f in fields for code in DISQUALIFIERS)
    assert not any("rule" in f or "disable" in f for f in fields)
    lenient = Policy(confidence_threshold=0.0, accept_third_party_callers=True,
                     possible_disqualifier_review=1.0)
    assert run("subj has a gun", BH, lenient).route == "standard_dispatch"


def run_risk(narrative, probs, risk, policy=None):
    request = CallRequest(narrative=narrative)
    s = screen(narrative)
    return decide(request, s.findings, s.cleared, probs, policy or Policy(),
                  model_version="m-test", rules_version=RULES_VERSION, now=NOW, risk=risk)


def test_possible_disqualifier_makes_an_eligible_call_go_to_review():
    d = run_risk(CALM, BH, 0.93)
    assert d.route == "call_taker_review" and d.disqualifier_risk == 0.93
    assert "model:possible_disqualifier" in d.reason_codes
    assert not d.disqualifiers  # the model never fires a disqualifier itself
    assert run_risk(CALM, BH, 0.2).route == "community_responder"
    off = Policy(possible_disqualifier_review=1.0)  # 1.0 turns the safety net off
    assert run_risk(CALM, BH, 0.99, off).route == "community_responder"


def test_possible_disqualifier_never_relaxes_a_route():
    assert run_risk("subj has a gun", BH, 0.0).route == "standard_dispatch"
    assert run_risk("two car crash, lane blocked", OTHER, 0.99).route == "standard_dispatch"
    with pytest.raises(ValueError):
        Policy(possible_disqualifier_review=0.2)  # cannot be set low enough to be noise


def test_caller_requests_police_always_standard():
    d = run(CALM, BH, caller_requests_police=True)
    assert d.route == "standard_dispatch"
    assert "policy:caller_requests_police" in d.reason_codes


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "help"])
def test_empty_or_too_short_goes_to_review_with_reason(text):
    d = run(text, BH)
    assert d.route == "call_taker_review"
    assert d.reasons and "input:narrative_too_short" in d.reason_codes


def test_low_confidence_goes_to_review():
    d = run(CALM, UNSURE)
    assert d.route == "call_taker_review"
    assert "model:low_confidence" in d.reason_codes


def test_other_goes_to_standard_dispatch():
    d = run("two car crash at main and 5th, vehicles blocking lane", OTHER)
    assert d.route == "standard_dispatch" and "category:other" in d.reason_codes


def test_third_party_switch():
    strict = Policy(accept_third_party_callers=False)
    assert run(CALM, BH, strict, caller="first_party").route == "community_responder"
    d = run(CALM, BH, strict, caller="third_party")
    assert d.route == "standard_dispatch"
    assert "policy:accept_third_party_callers" in d.reason_codes


def test_conflict_requires_bh_nexus_switch():
    p = Policy(conflict_requires_bh_nexus=True)
    text = "neighbors arguing loudly over a parking space, verbal only"
    assert run(text, CONFLICT, p).route == "standard_dispatch"
    assert "policy:conflict_requires_bh_nexus" in run(text, CONFLICT, p).reason_codes
    with_nexus = [0.3, 0.0, 0.65, 0.05]
    assert run(text, with_nexus, p).route == "community_responder"


def test_category_not_accepted():
    p = Policy(categories={"behavioral_health": {"accepted": False},
                           "homelessness": {"team": "HOT"}, "conflict": {"team": "MED"}})
    d = run(CALM, BH, p)
    assert d.route == "standard_dispatch" and "policy:category_not_accepted" in d.reason_codes


def test_call_type_allow_and_deny_lists():
    deny = Policy(call_type_deny=("SHOTS FIRED", "welfare check"))
    assert "policy:call_type_deny" in run(CALM, BH, deny, call_type="Welfare Check").reason_codes
    allow = Policy(call_type_allow=("EDP",))
    assert run(CALM, BH, allow, call_type="edp").route == "community_responder"
    assert "policy:call_type_allow" in run(CALM, BH, allow, call_type="NOISE").reason_codes


def test_hours_of_operation_including_overnight_shift():
    day = Policy(hours={"Community Response Team": Hours(start=dt.time(7), end=dt.time(19))})
    assert run(CALM, BH, day).route == "community_responder"  # 15:00 UTC Friday
    late = dict(received_at=dt.datetime(2026, 11, 27, 23, 30, tzinfo=dt.timezone.utc))
    assert "policy:hours" in run(CALM, BH, day, **late).reason_codes
    night = Hours(start=dt.time(22), end=dt.time(6), days=("fri",))
    assert night.covers(dt.datetime(2026, 11, 27, 23, 0))  # Friday night
    assert night.covers(dt.datetime(2026, 11, 28, 3, 0))  # early Saturday, Friday's shift
    assert not night.covers(dt.datetime(2026, 11, 29, 3, 0))  # early Sunday


def test_co_response_only_when_enabled_and_codes_allowed():
    text = "suicidal male on the bridge railing, talking about jumping"
    off = run(text, BH)
    assert off.route == "standard_dispatch"
    p = Policy(co_response={"enabled": True, "codes": ["suicide_attempt"]})
    on = run(text, BH, p)
    assert "suicide_attempt" in on.disqualifier_codes
    if set(on.disqualifier_codes) <= {"suicide_attempt"}:
        assert on.route == "co_response" and on.team
    weapon = run("suicidal male with a gun to his head", BH, p)
    assert weapon.route == "standard_dispatch"  # weapon is not a co-response code


@pytest.mark.parametrize("model,expect", [
    ("call_center", "Dispatch"),
    ("embedded_professional", "embedded clinician"),
    ("external_hotline", "988"),
])
def test_dispatch_model_decides_next_step_not_category(model, expect):
    d = run(CALM, BH, Policy(dispatch_model=model))
    assert d.route == "community_responder" and d.category == "behavioral_health"
    assert expect in d.next_step


def test_degraded_without_model_is_conservative():
    request = CallRequest(narrative=CALM)
    s = screen(CALM)
    d = decide(request, s.findings, s.cleared, None, Policy(), model_version=None,
               rules_version=RULES_VERSION, now=NOW, degraded_reason="model not loaded")
    assert d.degraded and d.route == "call_taker_review" and d.category is None
    s2 = screen("he has a knife")
    d2 = decide(CallRequest(narrative="he has a knife"), s2.findings, s2.cleared, None,
                Policy(), model_version=None, rules_version=RULES_VERSION, now=NOW,
                degraded_reason="model not loaded")
    assert d2.degraded and d2.route == "standard_dispatch"


def test_decide_is_pure():
    a, b = run(CALM, BH), run(CALM, BH)
    assert a.to_dict() == b.to_dict()


def test_policy_version_changes_with_any_switch():
    base = Policy().version
    assert Policy(confidence_threshold=0.61).version != base
    assert Policy(accept_third_party_callers=False).version != base
    assert Policy().version == base


def test_default_policy_file_loads_and_bad_files_are_named(tmp_path):
    p = load_policy()
    assert p.dispatch_model == "call_center"
    bad = tmp_path / "p.toml"
    bad.write_text('confidence_threshold = 2.0\n')
    with pytest.raises(PolicyError, match="confidence_threshold"):
        load_policy(bad)
    bad.write_text('[categories.other]\nteam = "x"\n')
    with pytest.raises(PolicyError, match="cannot be accepted"):
        load_policy(bad)
    bad.write_text('disable_weapon_rule = true\n')
    with pytest.raises(PolicyError, match="disable_weapon_rule"):
        load_policy(bad)
    bad.write_text("this is [not toml")
    with pytest.raises(PolicyError, match="not valid TOML"):
        load_policy(bad)
