"""Table-driven safety tests for the standard disqualifier rules.

The tables in ``tables/<code>.json`` were written from the call-triage spec (triage-spec.md,
"Standard disqualifiers" and "Labelling conventions"), independently of the rules
code. Each table has four lists:

* ``affirmed``  - the disqualifier clearly applies: the code MUST fire;
* ``uncertain`` - an uncertain mention ("may have a knife"): the code MUST fire
  (when unsure, fire);
* ``negated``   - the only mention of the concept is a clear screened negative
  ("neg wpns", "denies SI"): the code must NOT fire;
* ``lookalike`` - harmless uses of trigger-like words ("glue gun"): the code
  must NOT fire.

A missed disqualifier (affirmed/uncertain failing) is a safety failure. Do not
delete or weaken rows to make a rule pass; fix the rule, or raise the labelling
question against the spec. Minimum table sizes are enforced below.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

_REPO_ROOT = Path(__file__).resolve().parents[2]
if importlib.util.find_spec("calltriage") is None and str(_REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(_REPO_ROOT))

try:
    from calltriage.rules import RULES_VERSION, detect
except ImportError as exc:  # table sanity tests below still run
    _IMPORT_ERROR: ImportError | None = exc
    RULES_VERSION = None  # type: ignore[assignment]
    detect = None  # type: ignore[assignment]
else:
    _IMPORT_ERROR = None

TABLES_DIR = Path(__file__).resolve().parent / "tables"

CODES = ("weapon", "violence", "medical", "suicide_attempt", "crime_in_progress")
FIRING_KINDS = ("affirmed", "uncertain")
NON_FIRING_KINDS = ("negated", "lookalike")
KINDS = ("affirmed", "negated", "uncertain", "lookalike")
MINIMUMS = {"affirmed": 25, "negated": 15, "uncertain": 10, "lookalike": 10}


def _load_table(code: str) -> dict:
    """Load one table; a missing/broken file yields {} so the shape test reports it."""
    path = TABLES_DIR / f"{code}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


TABLES = {code: _load_table(code) for code in CODES}


def _cases(kinds):
    cases = []
    for code in CODES:
        for kind in kinds:
            items = TABLES[code].get(kind)
            if not isinstance(items, list):
                continue
            for i, text in enumerate(items):
                cases.append(pytest.param(code, text, id=f"{code}-{kind}-{i:02d}"))
    return cases


def _rules():
    if _IMPORT_ERROR is not None:
        pytest.fail(f"cannot import calltriage.rules: {_IMPORT_ERROR!r}")
    return detect, RULES_VERSION


def _describe(findings) -> str:
    return "[" + ", ".join(
        f"{getattr(f, 'code', '?')}:{getattr(f, 'evidence', '?')!r}"
        f"@{getattr(f, 'start', '?')}-{getattr(f, 'end', '?')}"
        f"({getattr(f, 'rule_id', '?')})"
        for f in findings
    ) + "]"


def check_findings(text: str, findings, rules_version) -> None:
    """Invariants every finding must satisfy, whatever the input."""
    assert isinstance(findings, list), f"detect must return a list, got {type(findings)!r}"
    for f in findings:
        assert f.code in CODES, f"unknown code {f.code!r}"
        assert isinstance(f.start, int) and isinstance(f.end, int), (f.start, f.end)
        assert 0 <= f.start < f.end <= len(text), (
            f"bad span {f.start}-{f.end} for text of length {len(text)}"
        )
        assert isinstance(f.evidence, str)
        assert text[f.start:f.end] == f.evidence, (
            f"span invariant broken: text[{f.start}:{f.end}]={text[f.start:f.end]!r} "
            f"!= evidence {f.evidence!r}"
        )
        assert f.rules_version == rules_version, (f.rules_version, rules_version)
        assert isinstance(f.rule_id, str) and f.rule_id, f"empty rule_id on {f!r}"


# ----------------------------------------------------------------------------
# Table sanity: these run even before the rules module exists.
# ----------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_table_shape(code):
    table = TABLES[code]
    assert table, f"{TABLES_DIR / (code + '.json')} is missing or is not a JSON object"
    assert set(table) == set(KINDS), f"{code}: keys {sorted(table)} != {sorted(KINDS)}"
    for kind in KINDS:
        items = table[kind]
        assert isinstance(items, list), f"{code}.{kind} is not a list"
        for s in items:
            assert isinstance(s, str) and s.strip(), f"{code}.{kind}: bad item {s!r}"
            # The case-invariance property relies on len(s.upper()) == len(s).
            assert s.isascii(), f"{code}.{kind}: non-ASCII item {s!r}"
        dupes = sorted({s for s in items if items.count(s) > 1})
        assert not dupes, f"{code}.{kind}: duplicates {dupes}"
    must_fire = set(table["affirmed"]) | set(table["uncertain"])
    must_not = set(table["negated"]) | set(table["lookalike"])
    contradictions = sorted(must_fire & must_not)
    assert not contradictions, f"{code}: both must-fire and must-not-fire: {contradictions}"


@pytest.mark.parametrize(
    "code,kind",
    [pytest.param(c, k, id=f"{c}-{k}") for c in CODES for k in KINDS],
)
def test_table_minimum_size(code, kind):
    items = TABLES[code].get(kind) or []
    assert len(items) >= MINIMUMS[kind], (
        f"{code}.{kind} has {len(items)} items, minimum is {MINIMUMS[kind]}; "
        "do not shrink the safety tables"
    )


# ----------------------------------------------------------------------------
# The rules against the tables.
# ----------------------------------------------------------------------------


@pytest.mark.parametrize("code,text", _cases(FIRING_KINDS))
def test_disqualifier_fires(code, text):
    detect_, version = _rules()
    findings = detect_(text)
    check_findings(text, findings, version)
    codes = {f.code for f in findings}
    assert code in codes, (
        f"MISSED DISQUALIFIER {code!r} in {text!r}; findings: {_describe(findings)}"
    )


@pytest.mark.parametrize("code,text", _cases(NON_FIRING_KINDS))
def test_disqualifier_does_not_fire(code, text):
    detect_, version = _rules()
    findings = detect_(text)
    check_findings(text, findings, version)
    wrong = [f for f in findings if f.code == code]
    assert not wrong, f"{code!r} must not fire on {text!r}; findings: {_describe(wrong)}"


def test_rules_version_is_a_nonempty_string():
    _, version = _rules()
    assert isinstance(version, str) and version.strip()


@pytest.mark.parametrize("text", ["", " ", "\n", "\t \r\n", ".", "RP", "UNK"])
def test_trivial_inputs(text):
    detect_, version = _rules()
    findings = detect_(text)
    check_findings(text, findings, version)
    if not text.strip():
        assert findings == []
