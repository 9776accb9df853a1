"""Building blocks of the disqualifier rules.

A ``Rule`` is one small, named piece of evidence-finding: token patterns over the shared
pipeline's NORMs, optional look-alike patterns that suppress a match ("glue gun"), and an
optional context guard. Each result carries its own explanation (presidio-style), so a
decision can say exactly which words fired which rule and why a mention was cleared.

Pattern mini-language (compiled to spaCy ``Matcher`` patterns on the NORM attribute):

    "knife|knives|blade"   one token, any of the alternatives
    "drop?"                optional token
    "*"                    any one token;  "*?" any optional token
    "re:^stab"             token NORM matching a regular expression
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Finding:
    """A disqualifier that fired: the code, the exact evidence and where it is."""

    code: str
    evidence: str
    start: int
    end: int
    rule_id: str
    rules_version: str
    certainty: str  # "affirmed" or "uncertain"
    explanation: str
    field: str = "narrative"

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "rule_id": self.rule_id,
            "certainty": self.certainty,
            "field": self.field,
            "explanation": self.explanation,
        }


@dataclass(frozen=True, slots=True)
class Cleared:
    """A mention that did not fire, and why: a screened negative or a look-alike."""

    code: str
    evidence: str
    start: int
    end: int
    rule_id: str
    reason: str  # "screened_negative" or "lookalike" or "context"
    cue: str
    field: str = "narrative"

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "rule_id": self.rule_id,
            "reason": self.reason,
            "cue": self.cue,
            "field": self.field,
        }


Guard = Callable[[Doc, list[str], int, int], str | None]
"""Context check on a match: returns a reason string to clear it, or None to keep it."""


@dataclass(frozen=True)
class Rule:
    rule_id: str
    code: str
    description: str
    patterns: tuple[str, ...]
    lookalikes: tuple[str, ...] = ()
    guard: Guard | None = None
    # Some danger phrases are positive whatever precedes them ("is he breathing? no").
    negatable: bool = True
    extra: dict = field(default_factory=dict)


Tokenize = Callable[[str], tuple[str, ...]]


def compile_pattern(spec: str, tokenize: Tokenize) -> list[list[dict]]:
    """Compile one pattern of the mini-language into spaCy Matcher patterns.

    Every word is passed through ``tokenize`` (the shared pipeline's tokenizer and NORM),
    so patterns are normalized exactly like the text: "wpn" matches "weapon", and an
    alternative that the tokenizer splits ("self-harm", "break-in", "walking+out", where
    "+" joins a phrase) becomes its own token sequence. A standalone "?" (or a "?"
    suffix) makes the previous slot optional; a literal question mark is QMARK.
    """
    slots: list[tuple[list[tuple[str, ...]] | str, bool]] = []
    for part in spec.split():
        if part == "?":
            if not slots:
                raise ValueError(f"'?' with nothing before it in pattern {spec!r}")
            slots[-1] = (slots[-1][0], True)
            continue
        optional = part.endswith("?") and len(part) > 1
        if optional:
            part = part[:-1]
        if part == "*" or part.startswith("re:"):
            slots.append((part, optional))
            continue
        alts: list[tuple[str, ...]] = []
        for alt in part.split("|"):
            if alt == "QMARK":
                alts.append(("?",))
            else:
                toks = tokenize(alt.replace("+", " "))
                if toks and toks not in alts:
                    alts.append(toks)
        slots.append((alts, optional))
    if all(opt for _, opt in slots):
        raise ValueError(f"pattern {spec!r} can match nothing")

    variants: list[list[dict]] = [[]]
    for slot, optional in slots:
        if slot == "*":
            options = [[{"OP": "?"}] if optional else [{}]]
        elif isinstance(slot, str):  # regex
            tok = {"NORM": {"REGEX": slot[3:]}}
            options = [[dict(tok, OP="?") if optional else tok]]
        else:
            singles = sorted({a[0] for a in slot if len(a) == 1})
            options = []
            if singles:
                tok = {"NORM": singles[0]} if len(singles) == 1 else {"NORM": {"IN": singles}}
                options.append([dict(tok, OP="?") if optional else tok])
            elif optional:
                options.append([])
            options.extend([{"NORM": w} for w in a] for a in slot if len(a) > 1)
        variants = [v + o for v in variants for o in options]
        if len(variants) > 256:
            raise ValueError(f"pattern {spec!r} expands to too many variants")
    return [v for v in variants if v and not all(t.get("OP") == "?" for t in v)]


def alternatives(*words: str) -> str:
    return "|".join(words)


def within_sentence(norms: Sequence[str], start: int, end: int) -> tuple[int, int]:
    """Token bounds of the clause-level sentence around [start, end)."""
    stops = {".", "!", ";", "\n", "?"}
    lo = start
    while lo > 0 and norms[lo - 1] not in stops:
        lo -= 1
    hi = end
    while hi < len(norms) and norms[hi] not in stops:
        hi += 1
    return lo, hi
