"""Property-based safety tests for the standard disqualifier rules.

Properties (from the spec: a missed disqualifier is a safety failure; negation
never cancels a different affirmed mention; every finding carries exact evidence
and its span):

(a) appending unrelated, neutral text never removes a finding code;
(b) prepending neutral text never removes a finding code and shifts spans by
    exactly the prefix length;
(c) findings (codes and spans) never depend on letter case;
(d) detect never raises on arbitrary text and always satisfies the span invariant;
(e) a negated mention of one code followed by ", but" and an affirmed mention of
    another code still fires the other code.

Narratives come from the must-fire rows of ``tables/<code>.json``.
"""

from __future__ import annotations

import importlib.util
import json
import string
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_REPO_ROOT = Path(__file__).resolve().parents[2]
if importlib.util.find_spec("calltriage") is None and str(_REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(_REPO_ROOT))

from calltriage.rules import RULES_VERSION, detect  # noqa: E402

TABLES_DIR = Path(__file__).resolve().parent / "tables"
CODES = ("weapon", "violence", "medical", "suicide_attempt", "crime_in_progress")

TABLES = {
    code: json.loads((TABLES_DIR / f"{code}.json").read_text(encoding="utf-8"))
    for code in CODES
}

FIRING_NARRATIVES = sorted(
    {t for code in CODES for kind in ("affirmed", "uncertain") for t in TABLES[code][kind]}
)
FIRING_ROWS = sorted(
    {(code, t) for code in CODES for kind in ("affirmed", "uncertain") for t in TABLES[code][kind]}
)
ALL_NARRATIVES = sorted(
    {t for code in CODES for items in TABLES[code].values() for t in items}
)

FAST = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

# ----------------------------------------------------------------------------
# Neutral text. Must carry no negation, hedge, minimiser or "clearing" meaning
# (no/not/none/neg/denies/but/clear/cancel/just/only/ok/fine/safe/calm/gone/...)
# and no trigger word, so it can never legitimately change a finding.
# ----------------------------------------------------------------------------

NEUTRAL_SENTENCES = [
    "The caller is calling from a landline",
    "RP will meet responders at the front entrance",
    "Apartment is on the third floor",
    "The building has a blue door",
    "Caller requests a callback at this number",
    "Weather is rainy with light wind",
    "RP is the building manager",
    "Unit number is 4521",
    "Parking is available behind the building",
    "Cross street is Main and 5th",
    "RP is wearing a red jacket",
    "Entrance is through the side gate",
    "Caller will stay on the line",
    "The caller's first language is Spanish, interpreter requested",
    "Callback number verified",
    "RP is calling from the corner of Oak and 3rd",
    "Location is a two story house with a green roof",
    "Nearest landmark is the public library",
    "RP is a neighbor from across the street",
    "Residence is at the end of the cul-de-sac",
]

# Random "words": letters without n/N (no, not, none, neg, nil, never, unk, ...)
# and without bigrams that start clearing/minimising words (but, clear, cancel,
# cxl, gone/GOA, UTL, ok, safe, phone, toy, fake/false, hoax, just, all clear,
# code, mistake, resolved, fine, stable, joke, prank, disregard, denied, w/o ...).
_BLOCKED_BIGRAMS = (
    "bu", "cl", "ca", "cx", "ce", "ut", "go", "ok", "sa", "ph", "to", "fa", "ho",
    "ju", "al", "co", "ex", "mi", "ac", "re", "fi", "st", "jo", "pr", "up", "ye",
    "ze", "vo", "di", "de", "wo", "li", "so",
)
_WORD_ALPHABET = "".join(c for c in string.ascii_letters if c not in "nN")


def _is_neutral_word(word: str) -> bool:
    low = word.lower()
    return not any(b in low for b in _BLOCKED_BIGRAMS)


random_words = st.lists(
    st.text(alphabet=_WORD_ALPHABET, min_size=3, max_size=8).filter(_is_neutral_word),
    min_size=1,
    max_size=5,
).map(" ".join)

neutral_text = st.lists(
    st.one_of(st.sampled_from(NEUTRAL_SENTENCES), random_words),
    min_size=1,
    max_size=4,
).map(". ".join)


# ----------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------


def check_findings(text: str, findings) -> None:
    assert isinstance(findings, list), type(findings)
    for f in findings:
        assert f.code in CODES, f"unknown code {f.code!r}"
        assert isinstance(f.start, int) and isinstance(f.end, int), (f.start, f.end)
        assert 0 <= f.start < f.end <= len(text), (f.start, f.end, len(text))
        assert text[f.start:f.end] == f.evidence, (
            f"span invariant broken: text[{f.start}:{f.end}]={text[f.start:f.end]!r} "
            f"!= evidence {f.evidence!r}"
        )
        assert f.rules_version == RULES_VERSION, (f.rules_version, RULES_VERSION)


def run(text: str):
    findings = detect(text)
    check_findings(text, findings)
    return findings


def codes_of(findings) -> set[str]:
    return {f.code for f in findings}


def spans_of(findings) -> set[tuple[str, int, int]]:
    return {(f.code, f.start, f.end) for f in findings}


def append_sentence(narrative: str, suffix: str) -> str:
    base = narrative.rstrip()
    sep = " " if base.endswith((".", "!", "?")) else ". "
    return base + sep + suffix + "."


# ----------------------------------------------------------------------------
# Premise: the neutral sentences really are neutral.
# ----------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", NEUTRAL_SENTENCES)
def test_neutral_sentences_fire_nothing(sentence):
    assert run(sentence) == [] and run(sentence + ".") == []


# ----------------------------------------------------------------------------
# (a) appending neutral text never removes a finding code
# ----------------------------------------------------------------------------


@FAST
@given(narrative=st.sampled_from(FIRING_NARRATIVES), suffix=neutral_text)
def test_appending_neutral_text_keeps_codes(narrative, suffix):
    before = codes_of(run(narrative))
    text = append_sentence(narrative, suffix)
    after = codes_of(run(text))
    assert before <= after, f"lost {sorted(before - after)} after appending: {text!r}"


# ----------------------------------------------------------------------------
# (b) prepending neutral text keeps codes and shifts spans consistently
# ----------------------------------------------------------------------------


@FAST
@given(narrative=st.sampled_from(FIRING_NARRATIVES), prefix=neutral_text)
def test_prepending_neutral_text_keeps_codes_and_shifts_spans(narrative, prefix):
    original = run(narrative)
    head = prefix + ". "
    text = head + narrative
    shifted = run(text)
    lost = codes_of(original) - codes_of(shifted)
    assert not lost, f"lost {sorted(lost)} after prepending: {text!r}"
    n = len(head)
    expected = {(f.code, f.start + n, f.end + n, f.evidence) for f in original}
    got = {(f.code, f.start, f.end, f.evidence) for f in shifted}
    missing = expected - got
    assert not missing, f"spans did not shift by {n} for {text!r}: missing {sorted(missing)}"


# ----------------------------------------------------------------------------
# (c) findings never depend on letter case
# ----------------------------------------------------------------------------

CASE_TRANSFORMS = {"upper": str.upper, "lower": str.lower, "swapcase": str.swapcase}


def _case_mismatch(text: str, name: str) -> str | None:
    base = run(text)
    variant = CASE_TRANSFORMS[name](text)
    other = run(variant)
    if codes_of(base) != codes_of(other):
        return f"{name}: codes {sorted(codes_of(base))} != {sorted(codes_of(other))} for {text!r}"
    if len(variant) == len(text) and spans_of(base) != spans_of(other):
        return f"{name}: spans {sorted(spans_of(base))} != {sorted(spans_of(other))} for {text!r}"
    return None


@FAST
@given(
    narrative=st.sampled_from(ALL_NARRATIVES),
    name=st.sampled_from(sorted(CASE_TRANSFORMS)),
)
def test_case_never_matters(narrative, name):
    problem = _case_mismatch(narrative, name)
    assert problem is None, problem


_TABLE_WORDS = sorted({w for t in ALL_NARRATIVES for w in t.split()})


@FAST
@given(
    words=st.lists(st.sampled_from(_TABLE_WORDS), min_size=1, max_size=25),
    name=st.sampled_from(sorted(CASE_TRANSFORMS)),
)
def test_case_never_matters_on_word_soup(words, name):
    problem = _case_mismatch(" ".join(words), name)
    assert problem is None, problem


def test_case_never_matters_on_every_table_row():
    problems = [
        p
        for text in ALL_NARRATIVES
        for name in CASE_TRANSFORMS
        if (p := _case_mismatch(text, name)) is not None
    ]
    assert not problems, "\n".join(problems)


# Ordinary CAD clauses spliced onto a call with a comma. A look-alike with a wide gap, or
# a past word in another clause, once cleared real findings this way ("a man smashing car
# windows and yelling at people"; "they went to the store, subj kicking in the door").
# These clauses must never remove a code from any firing table row, before or after it.
SPLICED_CLAUSES = (
    "he is yelling and talking to himself", "kids playing baseball nearby", "RP is at loc",
    "caller is driving there now", "he is walking and talking", "no weapons seen",
    "denies SI", "not violent", "no injuries", "RP hiding in the bathroom",
    "guy is parked out front", "she is pacing and crying", "owner is on the way",
    "people are smoking outside", "someone is playing loud music", "crowd gathering",
    "caller wants a welfare check", "he came home from work",
)


def test_spliced_ordinary_clauses_never_remove_a_code():
    lost = []
    for code, text in FIRING_ROWS:
        for clause in SPLICED_CLAUSES:
            for spliced in (f"{clause}, {text}", f"{text}, {clause}"):
                if code not in {f.code for f in detect(spliced)}:
                    lost.append(f"{code} lost in {spliced!r}")
    assert not lost, f"{len(lost)} lost, e.g.:\n" + "\n".join(lost[:20])


# ----------------------------------------------------------------------------
# (d) never raises, span invariant always holds
# ----------------------------------------------------------------------------

# Characters whose case mapping or normalisation changes string length, plus
# controls and separators, to catch spans computed on a transformed copy.
_TRICKY = ["\u0130", "\u00df", "\ufb01", "\u0149", "\u1e9e", "\u0301", "\u200b",
           "\x00", "\r\n", "\t", "\u2028", "\u00a0", "\U0001f52a", "\uff27\uff35\uff2e"]


@FAST
@given(text=st.text())
def test_never_raises_on_arbitrary_text(text):
    run(text)


@FAST
@given(
    narrative=st.sampled_from(ALL_NARRATIVES),
    junk=st.one_of(st.text(max_size=20), st.sampled_from(_TRICKY)),
    data=st.data(),
)
def test_span_invariant_with_inserted_unicode(narrative, junk, data):
    i = data.draw(st.integers(min_value=0, max_value=len(narrative)), label="i")
    run(narrative[:i] + junk + narrative[i:])
    run(junk + narrative)
    run(narrative + junk)


@FAST
@given(
    narrative=st.sampled_from(FIRING_NARRATIVES),
    chars=st.lists(st.sampled_from(_TRICKY), min_size=1, max_size=6),
)
def test_spans_are_offsets_into_the_original_text(narrative, chars):
    # Catches spans computed on a case-folded/normalised copy and then used to
    # slice the original: after "İ" (lower() gives 2 chars) such spans drift.
    head = "".join(chars) + ". "
    original = run(narrative)
    shifted = run(head + narrative)
    n = len(head)
    expected = {(f.code, f.start + n, f.end + n, f.evidence) for f in original}
    got = {(f.code, f.start, f.end, f.evidence) for f in shifted}
    missing = expected - got
    assert not missing, f"spans drifted after prefix {head!r}: missing {sorted(missing)}"


# ----------------------------------------------------------------------------
# (e) a negated mention of one code never cancels an affirmed mention of another
# ----------------------------------------------------------------------------

NEGATED_PHRASES = {
    "weapon": ["no weapons seen", "neg wpns", "RP states he is not armed", "WEAPONS: NONE"],
    "violence": ["not violent", "denies HI", "no physical altercation", "no one was hit"],
    "medical": ["no injuries", "neg injuries", "no medical complaints", "nobody is hurt"],
    "suicide_attempt": ["denies SI", "no self harm", "not suicidal", "SI: NEG"],
    "crime_in_progress": ["no break-in", "nothing was stolen", "no sign of forced entry",
                          "suspect not on scene"],
}

AFFIRMED_PHRASES = {
    "weapon": ["he has a knife in his hand", "RP heard shots fired",
               "subj is waving a gun at people"],
    "violence": ["he punched his brother in the face", "subj is hitting his girlfriend",
                 "he is threatening to kill the neighbor"],
    "medical": ["she is not breathing", "the subject is unconscious",
                "he is having a seizure"],
    "suicide_attempt": ["she took a bottle of pills to kill herself",
                        "he is standing on the bridge railing threatening to jump"],
    "crime_in_progress": ["someone is breaking into the car right now",
                          "a burglary is in progress next door"],
}

CONNECTORS = [", but ", " but ", ", BUT "]


def _negated_sources(code: str) -> list[str]:
    rows = [t.rstrip(" .") for t in TABLES[code]["negated"]]
    return NEGATED_PHRASES[code] + rows


@FAST
@given(data=st.data())
def test_negation_of_one_code_never_cancels_another(data):
    neg_code = data.draw(st.sampled_from(CODES), label="negated code")
    aff_code = data.draw(st.sampled_from([c for c in CODES if c != neg_code]),
                         label="affirmed code")
    negated = data.draw(st.sampled_from(_negated_sources(neg_code)), label="negated")
    affirmed = data.draw(st.sampled_from(AFFIRMED_PHRASES[aff_code]), label="affirmed")
    connector = data.draw(st.sampled_from(CONNECTORS), label="connector")
    text = negated + connector + affirmed
    findings = run(text)
    assert aff_code in codes_of(findings), (
        f"negated {neg_code!r} cancelled affirmed {aff_code!r} in {text!r}; "
        f"codes {sorted(codes_of(findings))}"
    )


@pytest.mark.parametrize(
    "code,phrase",
    [pytest.param(c, p, id=f"{c}-{i}") for c in CODES for i, p in enumerate(AFFIRMED_PHRASES[c])],
)
def test_affirmed_phrases_fire_alone(code, phrase):
    # Premise check for (e): each affirmed phrase fires its code on its own.
    assert code in codes_of(run(phrase)), phrase


@pytest.mark.parametrize(
    "code,phrase",
    [pytest.param(c, p, id=f"{c}-{i}") for c in CODES for i, p in enumerate(NEGATED_PHRASES[c])],
)
def test_negated_phrases_do_not_fire_alone(code, phrase):
    # Premise check for (e): each negated phrase is a screened negative for its code.
    assert code not in codes_of(run(phrase)), phrase
