"""Behavioural tests of the whole decision path, in the spirit of CheckList (Ribeiro et
al., 2020): minimum functionality per category, invariance to names, addresses, phone
numbers and letter case, and a directional test (a knife always disqualifies).

They run against the model chosen in ``conftest.py``; ``calltriage promote`` runs them
against the candidate as part of the safety suite.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("behaviour_cases", Path(__file__).with_name("cases.py"))
C = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(C)

IN_SCOPE = {"behavioral_health", "homelessness", "conflict"}
DISQUALIFIED_ROUTES = {"standard_dispatch", "co_response"}

MFT_CASES = [pytest.param(cat, text, id=f"{cat}-{i}") for cat, texts in C.MFT.items()
             for i, text in enumerate(texts)]


def _fill(template: str, **kw) -> str:
    return template.format(**{**C.DEFAULTS, **kw})


# minimum functionality ---------------------------------------------------------------------
@pytest.mark.parametrize("category,text", MFT_CASES)
def test_minimum_functionality(decide, category, text):
    d = decide(text)
    assert d.disqualifiers == (), f"unexpected disqualifier(s) {d.disqualifier_codes}"
    assert d.category == category, f"{d.category} {d.probabilities}"
    expected_route = "community_responder" if category in IN_SCOPE else "standard_dispatch"
    assert d.route == expected_route, f"{d.route}: {d.reasons}"


def test_minimum_functionality_covers_every_category():
    from calltriage.labels import CATEGORIES

    assert set(C.MFT) == set(CATEGORIES)
    assert all(len(v) >= 5 for v in C.MFT.values())


# invariance ----------------------------------------------------------------------------------
INV = [pytest.param(t, field, values, id=f"t{i}-{field}")
       for i, t in enumerate(C.TEMPLATES)
       for field, values in (("name", C.NAMES), ("address", C.ADDRESSES), ("phone", C.PHONES))]


@pytest.mark.parametrize("template,field,values", INV)
def test_invariance_to_personal_details(decide, template, field, values):
    base = decide(_fill(template))
    for v in values:
        d = decide(_fill(template, **{field: v}))
        assert (d.route, d.disqualifier_codes) == (base.route, base.disqualifier_codes), (
            f"{field}={v!r} changed the route {base.route} -> {d.route} "
            f"({base.category} {base.probabilities} -> {d.category} {d.probabilities})")


CASE_TEXTS = [pytest.param(t, id=f"{cat}-{i}") for cat, texts in C.MFT.items()
              for i, t in enumerate(texts)] + [
    pytest.param(_fill(t), id=f"template-{i}") for i, t in enumerate(C.TEMPLATES)]


@pytest.mark.parametrize("text", CASE_TEXTS)
def test_invariance_to_letter_case(decide, text):
    base = decide(text)
    for variant in (text.upper(), text.lower(), text.title()):
        d = decide(variant)
        assert (d.route, d.disqualifier_codes) == (base.route, base.disqualifier_codes), (
            f"letter case changed the route {base.route} -> {d.route}")


# directional ---------------------------------------------------------------------------------
@pytest.mark.parametrize("how,pattern", C.KNIFE_ADDITIONS, ids=[k for k, _ in C.KNIFE_ADDITIONS])
@pytest.mark.parametrize("text", CASE_TEXTS)
def test_adding_a_knife_always_disqualifies(decide, text, how, pattern):
    d = decide(pattern.format(text=text))
    assert "weapon" in d.disqualifier_codes, f"knife ({how}) did not fire weapon"
    assert d.route in DISQUALIFIED_ROUTES, f"knife ({how}) routed {d.route}"
