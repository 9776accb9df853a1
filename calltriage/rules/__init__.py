"""The five standard disqualifiers: hard-coded Python, one module per code.

They are code, not configuration: nothing in a policy or a setting can disable them.
``detect(text)`` returns every disqualifier that fires, each with its evidence and span;
``Detector.run(doc)`` works on a Doc from the shared pipeline (the engine tokenizes once
and reuses the tokens for the classifier).
"""

from __future__ import annotations

import functools
import hashlib
import inspect
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from calltriage.labels import DISQUALIFIERS
from calltriage.rules import (
    crime_in_progress,
    medical,
    negation,
    suicide_attempt,
    violence,
    weapon,
)
from calltriage.rules.base import Cleared, Finding, Rule, compile_pattern
from calltriage.text import get_nlp

ALL_RULES: tuple[Rule, ...] = (
    *weapon.RULES,
    *violence.RULES,
    *medical.RULES,
    *suicide_attempt.RULES,
    *crime_in_progress.RULES,
)

RULES_SEMVER = "1.0.0"


def _content_hash() -> str:
    """Hash of every rule module's source: any edit to a rule changes the version."""
    h = hashlib.sha256()
    for mod in (weapon, violence, medical, suicide_attempt, crime_in_progress, negation):
        h.update(inspect.getsource(mod).encode())
    from calltriage.rules import base

    h.update(inspect.getsource(base).encode())
    return h.hexdigest()[:10]


RULES_VERSION = f"rules-{RULES_SEMVER}+{_content_hash()}"

assert {r.code for r in ALL_RULES} == set(DISQUALIFIERS), "every code needs rules"
assert len({r.rule_id for r in ALL_RULES}) == len(ALL_RULES), "rule ids must be unique"


@dataclass(frozen=True, slots=True)
class Screening:
    """Everything the rules concluded about one text."""

    findings: tuple[Finding, ...]
    cleared: tuple[Cleared, ...]

    @property
    def codes(self) -> list[str]:
        seen = {f.code for f in self.findings}
        return [c for c in DISQUALIFIERS if c in seen]


class Detector:
    """Compiled matchers for all rules, bound to one pipeline's vocabulary."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._rules = {r.rule_id: r for r in ALL_RULES}
        self._triggers = Matcher(nlp.vocab, validate=True)
        self._lookalikes = Matcher(nlp.vocab, validate=True)
        def tokenize(words: str) -> tuple[str, ...]:
            return tuple(t.norm_ for t in nlp.make_doc(words))

        def compiled(specs: tuple[str, ...]) -> list[list[dict]]:
            return [pat for spec in specs for pat in compile_pattern(spec, tokenize)]

        for rule in ALL_RULES:
            self._triggers.add(rule.rule_id, compiled(rule.patterns))
            if rule.lookalikes:
                self._lookalikes.add(f"lookalike:{rule.code}:{rule.rule_id}",
                                     compiled(rule.lookalikes))
        # Matcher ids are hashes; map them back once.
        strings = nlp.vocab.strings
        self._id_to_rule = {strings[r.rule_id]: r for r in ALL_RULES}
        self._id_to_lookalike_code = {
            strings[f"lookalike:{r.code}:{r.rule_id}"]: r.code for r in ALL_RULES if r.lookalikes
        }

    def run(self, doc: Doc, field: str = "narrative") -> Screening:
        if len(doc) == 0:
            return Screening((), ())
        norms = ["\n" if t.is_space else t.norm_ for t in doc]
        look_spans: dict[str, list[tuple[int, int, str]]] = {}
        for match_id, s, e in self._lookalikes(doc):
            code = self._id_to_lookalike_code[match_id]
            look_spans.setdefault(code, []).append((s, e, doc[s:e].text))

        fired: dict[tuple[str, int, int], Finding] = {}
        cleared: dict[tuple[str, int, int], Cleared] = {}
        for match_id, s, e in self._triggers(doc):
            rule = self._id_to_rule[match_id]
            span = doc[s:e]
            start_char, end_char = span.start_char, span.end_char
            key = (rule.code, start_char, end_char)
            if key in fired:
                continue

            def clear(reason: str, cue: str) -> None:
                cleared.setdefault(
                    key,
                    Cleared(rule.code, span.text, start_char, end_char, rule.rule_id, reason,
                            cue, field),
                )

            look = next(
                (t for (ls, le, t) in look_spans.get(rule.code, ()) if ls <= s and e <= le),
                None,
            )
            if look is not None:
                clear("lookalike", look)
                continue
            if rule.guard is not None:
                why = rule.guard(doc, norms, s, e)
                if why:
                    clear("context", why)
                    continue
            if rule.negatable:
                a = negation.assess(doc, norms, s, e)
                if a.negated:
                    clear("screened_negative", a.cue)
                    continue
                uncertain = a.uncertain
                cue = a.cue
            else:
                uncertain, cue = False, ""
            explanation = f"{rule.description}: '{span.text}'"
            if uncertain:
                explanation += f" (uncertain mention, cue '{cue}': fires all the same)"
            fired[key] = Finding(
                code=rule.code,
                evidence=span.text,
                start=start_char,
                end=end_char,
                rule_id=rule.rule_id,
                rules_version=RULES_VERSION,
                certainty="uncertain" if uncertain else "affirmed",
                explanation=explanation,
                field=field,
            )
            cleared.pop(key, None)
        return Screening(_merge(fired.values()), tuple(
            c for k, c in sorted(cleared.items(), key=lambda kv: kv[0][1]) if k not in fired
        ))


def _merge(findings) -> tuple[Finding, ...]:
    """One finding per code and overlapping region: keep the longest evidence."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.code, f.start, -(f.end - f.start))):
        if out and out[-1].code == f.code and f.start < out[-1].end:
            continue
        out.append(f)
    out.sort(key=lambda f: (f.start, DISQUALIFIERS.index(f.code)))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def get_detector() -> Detector:
    return Detector(get_nlp())


def screen(text: str, field: str = "narrative") -> Screening:
    """Tokenize ``text`` with the shared pipeline and run every rule."""
    det = get_detector()
    return det.run(det.nlp.make_doc(text), field)


def detect(text: str) -> list[Finding]:
    """Every disqualifier finding in ``text`` (fired only; see ``screen`` for cleared)."""
    if not isinstance(text, str):
        raise TypeError("detect() takes a str")
    return list(screen(text).findings)


__all__ = [
    "ALL_RULES",
    "RULES_VERSION",
    "Cleared",
    "Detector",
    "Finding",
    "Screening",
    "detect",
    "get_detector",
    "screen",
]
