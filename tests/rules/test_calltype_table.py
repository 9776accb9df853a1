"""Rows for the CAD call-type field (``tables/calltype.json``): the call-type lexicon
screens only that field, so ``detect`` (narrative) cannot test it. Per code, "fires"
strings MUST fire the code and "does_not_fire" strings must not. A fight marked in
progress fires crime_in_progress as well as violence: the real call-type labels
(../shared/data) and the spec's words ("a crime is happening now") say so, although
gold labels two such calls violence only (see data_samples/gold/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calltriage.rules import screen

TABLE = json.loads((Path(__file__).resolve().parent / "tables" / "calltype.json")
                   .read_text(encoding="utf-8"))


def _cases(kind):
    return [pytest.param(code, s, id=f"{code}-{kind}-{i:02d}")
            for code, rows in TABLE.items() for i, s in enumerate(rows[kind])]


@pytest.mark.parametrize("code,call_type", _cases("fires"))
def test_call_type_fires(code, call_type):
    codes = {f.code for f in screen(call_type, "call_type").findings}
    assert code in codes, f"MISSED DISQUALIFIER {code!r} in call type {call_type!r}"


@pytest.mark.parametrize("code,call_type", _cases("does_not_fire"))
def test_call_type_does_not_fire(code, call_type):
    s = screen(call_type, "call_type")
    assert code not in {f.code for f in s.findings}, f"{code!r} fired on {call_type!r}"
    # the mention is still recorded, with the reason it was cleared
    assert any(c.code == code for c in s.cleared), f"no Cleared entry for {call_type!r}"
