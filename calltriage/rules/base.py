"""Building blocks of the disqualifier rules.

A ``Rule`` is one small, named piece of evidence-finding: token patterns over the shared
pipeline's NORMs, optional look-alike patterns that suppress a match ("glue gun"), and an
optional context guard. Each result carries its own explanation (presidio-style), so a
decision can say exactly which words fired which rule and why a mention was cleared.

Pattern mini-language (compiled here into small token automata over the NORMs and
indexed by their possible first word, so a narrative is scanned once, in pure Python,
with no per-token predicate callbacks):

    "knife|knives|blade"   one token, any of the alternatives ("box+cutter": a phrase)
    "drop?"  / "drop ?"    optional slot
    "*"                    any one token;  "*?" any optional token
    "~3"                   a gap of 0 to 3 tokens inside the clause (not across . ! ? ;)
    "re:^stab"             token NORM matching a regular expression
    "QMARK"                a literal question mark;  "NUM" any number (in an alternative)
    "NL"                   a line break (an update line or list item ends there)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.attrs import IDX, IS_ALPHA, LENGTH, LOWER, SPACY
from spacy.strings import hash_string
from spacy.tokens import Doc

from calltriage.text import token_rows


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
    # "screened_negative", "lookalike", "context", "update_cleared" or, for a call-type
    # finding a plain narrative statement ruled out, "narrative_ruled_out"
    reason: str
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
class Context:
    """A named set of patterns that a rule needs (or must not have) near a match.

    ``within`` is the largest token distance between the match and a context mention
    (None: anywhere in the narrative). With ``affirmed`` a context mention counts only if
    it is not a screened negative ("denies SI" is no suicidal talk).
    """

    name: str
    patterns: tuple[str, ...]
    lookalikes: tuple[str, ...] = ()
    within: int | None = None
    affirmed: bool = True
    same_sentence: bool = False
    # "before" / "after": the context mention must come before / after the match.
    side: str = "both"
    # Optional check on each context mention (e.g. dated in the past); a reason clears it.
    guard: Guard | None = None


@dataclass(frozen=True)
class Rule:
    rule_id: str
    code: str
    description: str
    patterns: tuple[str, ...]
    lookalikes: tuple[str, ...] = ()
    guard: Guard | None = None
    # Look-alikes that clear this rule's matches only. ``lookalikes`` clear every rule of
    # the code on the field, which is right for a word that means something else
    # ("glue gun"), but not for a reading of one pattern ("knife, muttering to himself"
    # is no cut to himself, yet the knife still counts with suicidal talk).
    own_lookalikes: tuple[str, ...] = ()
    # Some danger phrases are positive whatever precedes them ("is he breathing? no").
    negatable: bool = True
    # The match fires only if this context is present (e.g. means at hand needs suicidal
    # talk somewhere in the narrative) ...
    requires: Context | None = None
    # ... and is cleared if any of these is (e.g. an object "through the window").
    forbids: Context | tuple[Context, ...] | None = None
    extra: dict = field(default_factory=dict)
    # The text fields this rule screens (None: every field). The CAD call-type dialect has
    # its own lexicon (``calltype.py``, fields=("call_type",)); narrative rules whose
    # words mean something else in a call-type string ("THEFT" is a report, not a theft
    # in progress) are limited to ("narrative",).
    fields: tuple[str, ...] | None = None

    def applies_to(self, fld: str) -> bool:
        return self.fields is None or fld in self.fields


Tokenize = Callable[[str], tuple[str, ...]]

# Tokens a "~N" gap never crosses: sentence and clause ends.
GAP_STOPS: frozenset[str] = frozenset({
    ".", "!", "?", ";", "\n", "but", "however", "*", "..", "...", "....",
    # a gap never swallows a negation: "driver is not impaired", "EMS not needed"
    "not", "no", "never", "nobody", "noone", "none", "without", "denies", "denied", "deny",
    "neither", "nor", "negative", "nothing",
})

_SET, _ANY, _RE, _GAP = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class Pattern:
    """A compiled pattern: a sequence of slots matched over token NORMs.

    Slot kinds: a set of alternatives (single NORMs and multi-token phrases), any one
    token, a regular expression on the NORM, or a gap of 0..N tokens within the clause.
    """

    spec: str
    slots: tuple[tuple, ...]  # (kind, payload, optional)

    def ends(self, norms: Sequence[str], start: int) -> set[int]:
        """Every end position of a match that starts at ``start``."""
        n = len(norms)
        positions = (start,)
        for kind, payload, optional in self.slots:
            new: set[int] = set(positions) if optional else set()
            if kind == _SET:
                singles, multis, num = payload
                for p in positions:
                    if p < n:
                        w = norms[p]
                        if w in singles or (num and w.isdigit()):
                            new.add(p + 1)
                        for seq in multis:
                            if seq[0] == w:
                                k = len(seq)
                                if p + k <= n and tuple(norms[p:p + k]) == seq:
                                    new.add(p + k)
            elif kind == _GAP:
                for p in positions:
                    new.add(p)
                    q = p
                    limit = min(n, p + payload)
                    while q < limit and norms[q] not in GAP_STOPS:
                        q += 1
                        new.add(q)
            elif kind == _ANY:
                for p in positions:
                    if p < n and norms[p] != "\n":
                        new.add(p + 1)
            else:  # regex
                for p in positions:
                    if p < n and payload.search(norms[p]):
                        new.add(p + 1)
            if not new:
                return new
            positions = new
        out = set(positions)
        out.discard(start)
        return out


def compile_pattern(spec: str, tokenize: Tokenize) -> Pattern:
    """Compile one pattern of the mini-language.

    Every word is passed through ``tokenize`` (the shared pipeline's tokenizer and NORM),
    so patterns are normalized exactly like the text: "wpn" matches "weapon", and an
    alternative that the tokenizer splits ("self-harm", "break-in", "walking+out", where
    "+" joins a phrase) becomes its own token sequence. A standalone "?" (or a "?"
    suffix) makes the previous slot optional; a literal question mark is QMARK.
    "*" is any one token; "~N" is a gap of 0 to N tokens that stays inside the clause
    (never crosses . ! ? ; or "but").
    """
    slots: list[list] = []
    for part in spec.split():
        if part == "?":
            if not slots:
                raise ValueError(f"'?' with nothing before it in pattern {spec!r}")
            slots[-1][2] = True
            continue
        optional = part.endswith("?") and len(part) > 1
        if optional:
            part = part[:-1]
        if part == "*":
            slots.append([_ANY, None, optional])
            continue
        if part.startswith("re:"):
            slots.append([_RE, re.compile(part[3:]), optional])
            continue
        if re.fullmatch(r"~\d+", part):
            slots.append([_GAP, int(part[1:]), True])
            continue
        singles: set[str] = set()
        multis: list[tuple[str, ...]] = []
        num = False
        for alt in part.split("|"):
            if alt == "QMARK":
                singles.add("?")
                continue
            if alt == "NL":  # a line break (whitespace tokens read as "\n")
                singles.add("\n")
                continue
            if alt == "NUM":
                num = True
                continue
            toks = tokenize(alt.replace("+", " "))
            if len(toks) == 1:
                singles.add(toks[0])
            elif toks and toks not in multis:
                multis.append(toks)
        slots.append([_SET, (frozenset(singles), tuple(multis), num), optional])
    if all(opt for _, _, opt in slots):
        raise ValueError(f"pattern {spec!r} can match nothing")
    return Pattern(spec, tuple(tuple(s) for s in slots))


def _next_firsts(pattern: Pattern, slot: int) -> tuple[frozenset[str], int] | None:
    """(NORMs, window): after slot ``slot - 1`` matched one token, the next mandatory set
    of the pattern must start with one of NORMs within ``window`` tokens. None when the
    pattern may end there or a number slot makes it open-ended."""
    window = 1
    for kind, payload, optional in pattern.slots[slot:]:
        if kind == _SET:
            singles, multis, num = payload
            if num:
                return None
            if not optional:
                return frozenset(singles | {m[0] for m in multis}), window
            window += max([1, *(len(m) for m in multis)])
        elif kind == _GAP:
            window += payload
        else:  # any / regex: one token we cannot check
            window += 1
    return None  # the pattern may end before any mandatory set


def _variants(pattern: Pattern, depth: int = 0) -> list[Pattern]:
    """Equivalent patterns that each start with a mandatory slot, and whose first set
    holds either single words or phrases, so every one can be indexed tightly. An
    optional first slot becomes two variants (with it, without it)."""
    slots = pattern.slots
    if not slots or all(opt for _, _, opt in slots):
        return []
    kind, payload, optional = slots[0]
    out: list[Pattern] = []
    if optional:
        out += _variants(Pattern(pattern.spec, slots[1:]), depth + 1)
        slots = ((kind, payload, False), *slots[1:])
    if kind == _SET and not payload[2] and payload[0] and payload[1]:
        singles, multis, _ = payload
        out.append(Pattern(pattern.spec, ((_SET, (singles, (), False), False), *slots[1:])))
        out.append(Pattern(pattern.spec, ((_SET, (frozenset(), multis, False), False),
                                          *slots[1:])))
    else:
        out.append(Pattern(pattern.spec, slots))
    return out


class PatternSet:
    """Many compiled patterns, indexed by the NORM they can start with and, where the
    pattern fixes it, by the pair of the first two NORMs; other patterns are pre-filtered
    on a NORM that must follow within a few tokens. Most candidates die on the second
    word, so they are never stepped through."""

    def __init__(self) -> None:
        # entries carry, for each later mandatory slot of the pattern, the words one of
        # which a text must contain for it to match (``_required_words``)
        self._index: dict[str, list[tuple[object, Pattern, tuple | None, tuple]]] = {}
        self._pairs: dict[tuple[str, str], list[tuple[object, Pattern, tuple]]] = {}
        self._anywhere: list[tuple[object, Pattern, tuple]] = []
        self._by_first: dict[str, tuple] | None = None

    def add(self, key: object, pattern: Pattern) -> None:
        self._by_first = None
        for variant in _variants(pattern):
            kind, payload, _ = variant.slots[0]
            if kind in (_GAP, _ANY):
                # e.g. "says|said? ~4 kill": without its optional first word the pattern
                # starts with a gap, so it would be tried at every token of every call.
                raise ValueError(
                    f"pattern {pattern.spec[:80]!r} can start with a gap or a wildcard (an "
                    "optional first slot?); make the first slot mandatory or write it as "
                    "two patterns")
            reqs = _required_words(variant)
            if kind != _SET or payload[2]:
                self._anywhere.append((key, variant, reqs))
                continue
            singles, multis, _ = payload
            for seq in multis:  # a phrase fixes its first two words
                self._pairs.setdefault((seq[0], seq[1]), []).append((key, variant, reqs))
            if not singles:
                continue
            follow = _next_firsts(variant, 1)
            for norm in singles:
                if follow is not None and follow[1] == 1 and len(follow[0]) <= 400:
                    for second in follow[0]:
                        self._pairs.setdefault((norm, second), []).append(
                            (key, variant, reqs))
                else:
                    self._index.setdefault(norm, []).append((key, variant, follow, reqs))

    def __len__(self) -> int:
        return (len(self._anywhere) + sum(len(v) for v in self._index.values())
                + sum(len(v) for v in self._pairs.values()))

    def _grouped(self) -> dict[str, list[tuple[int, frozenset[str] | None, list]]]:
        """Candidates per first NORM, grouped by look-ahead window, each group with the
        union of its follow sets, so a whole group is skipped with one set test. A
        one-word pattern (one mandatory set of single words) is flagged: indexed by its
        word, it matches there without being stepped through."""
        groups: dict[str, list[tuple[int, frozenset[str] | None, list]]] = {}
        for norm, entries in self._index.items():
            by_window: dict[int, list] = {}
            for key, pat, nxt, reqs in entries:
                by_window.setdefault(0 if nxt is None else nxt[1], []).append(
                    (key, pat, None if nxt is None else nxt[0], _one_word(pat), reqs))
            out = []
            for window, items in sorted(by_window.items()):
                union = (None if window == 0
                         else frozenset().union(*(f for _, _, f, _, _ in items)))
                out.append((window, union, items))
            groups[norm] = out
        return groups

    def _table(self) -> dict[str, tuple[dict[str, list] | None, list | None]]:
        """Per first NORM: the pattern entries keyed by the second NORM (phrases and
        patterns whose second word is fixed) and the look-ahead groups (``_grouped``)."""
        if self._by_first is None:
            groups = self._grouped()
            table: dict[str, tuple[dict[str, list] | None, list | None]] = {}
            seconds: dict[str, dict[str, list]] = {}
            for (first, second), entries in self._pairs.items():
                seconds.setdefault(first, {})[second] = entries
            for norm in set(seconds) | set(groups):
                table[norm] = (seconds.get(norm), groups.get(norm))
            self._by_first = table
        return self._by_first

    def matches(self, norms: Sequence[str], starts: Sequence[int] | None = None,
                present: set[str] | None = None) -> list[tuple[object, int, int]]:
        """Every (key, start, end) match in position order, duplicates removed.

        Only positions whose NORM can start a pattern do any work (about half of the
        tokens of a narrative); look-ahead filters test the following NORMs in place,
        without building a set per position. ``starts`` (ascending) limits the start
        positions tried; ``present`` is ``set(norms)`` when the caller has it.
        """
        out: list[tuple[object, int, int]] = []
        seen: set[tuple[int, int, int]] = set()
        table = self._by_first if self._by_first is not None else self._table()
        get = table.get
        n = len(norms)
        if present is None:
            present = set(norms)
        # patterns that can start anywhere ("NUM|several ~2 pops") would be tried at every
        # position: only those whose required words this text has
        anywhere = [e for e in self._anywhere
                    if not any(words.isdisjoint(present) for words in e[2])]

        def run(key, pat, reqs, i):
            # each set: the words of one later mandatory slot (a text with none of them
            # cannot match)
            for words in reqs:  # a word every match needs is missing: skip the walk
                if words.isdisjoint(present):
                    return
            for e in pat.ends(norms, i):
                mark = (id(key), i, e)
                if mark not in seen:
                    seen.add(mark)
                    out.append((key, i, e))

        for i in (range(n) if starts is None else starts):
            entry = get(norms[i])
            if entry is None:
                for key, pat, reqs in anywhere:
                    run(key, pat, reqs, i)
                continue
            by_second, grouped = entry
            nxt_norm = norms[i + 1] if i + 1 < n else ""
            if by_second is not None:
                paired = by_second.get(nxt_norm)
                if paired:
                    for key, pat, reqs in paired:
                        run(key, pat, reqs, i)
            for key, pat, reqs in anywhere:
                run(key, pat, reqs, i)
            if grouped is None:
                continue
            for window, union, items in grouped:
                if window == 0:
                    for key, pat, _, one_word, reqs in items:
                        if one_word:
                            mark = (id(key), i, i + 1)
                            if mark not in seen:
                                seen.add(mark)
                                out.append((key, i, i + 1))
                        else:
                            run(key, pat, reqs, i)
                    continue
                if window == 1:
                    if nxt_norm not in union:
                        continue
                    for key, pat, follow, _, reqs in items:
                        if nxt_norm in follow:
                            run(key, pat, reqs, i)
                    continue
                ahead = norms[i + 1:i + 1 + window]
                if union.isdisjoint(ahead):
                    continue
                for key, pat, follow, _, reqs in items:
                    if not follow.isdisjoint(ahead):
                        run(key, pat, reqs, i)
        return out


def max_length(pat: Pattern) -> int:
    """The most tokens a match of ``pat`` can span."""
    total = 0
    for kind, payload, _ in pat.slots:
        if kind == _SET:
            total += max([1, *(len(m) for m in payload[1])])
        elif kind == _GAP:
            total += payload
        else:
            total += 1
    return total


def _required_words(pat: Pattern) -> tuple[frozenset[str], ...]:
    """For each mandatory word slot after the first: the words (or first words of
    phrases) it can match. A text containing none of one slot's words cannot match the
    pattern anywhere. Slots that also accept numbers, regexes, wildcards and gaps
    require nothing."""
    out = []
    for kind, payload, optional in pat.slots[1:]:
        if kind != _SET or optional or payload[2]:
            continue
        singles, multis, _ = payload
        out.append(frozenset(singles) | frozenset(seq[0] for seq in multis))
    out.sort(key=len)  # the most selective test first
    return tuple(out)


def _one_word(pat: Pattern) -> bool:
    """One mandatory set of single words, nothing else: it matches exactly its word."""
    if len(pat.slots) != 1:
        return False
    kind, payload, optional = pat.slots[0]
    return kind == _SET and not optional and not payload[1] and not payload[2]


def alternatives(*words: str) -> str:
    return "|".join(words)


# (CAD notes end sentences with "..", "..." as often as with ".")
SENTENCE_STOPS: frozenset[str] = frozenset({".", "!", ";", "\n", "?", "..", "...", "...."})


def within_sentence(norms: Sequence[str], start: int, end: int) -> tuple[int, int]:
    """Token bounds of the clause-level sentence around [start, end)."""
    stops = SENTENCE_STOPS
    lo = start
    while lo > 0 and norms[lo - 1] not in stops:
        lo -= 1
    hi = end
    while hi < len(norms) and norms[hi] not in stops:
        hi += 1
    return lo, hi


# Contraction pieces that belong to the word before them ("ca|n't", "he|'s", "does|nt").
_CLITICS: frozenset[str] = frozenset({
    "n't", "nt", "'s", "'m", "'ll", "'re", "'ve", "'d", "s", "m", "ll", "re", "ve", "d",
})


_CLITIC_HASHES: frozenset[int] = frozenset(hash_string(c) for c in _CLITICS)
# per token: where it starts, its length, whether whitespace follows, alphabetic, LOWER
_SPAN_ATTRS = [IDX, LENGTH, SPACY, IS_ALPHA, LOWER]


def _joined(prev: list[int], cur: list[int]) -> bool:
    """Two tokens of one written word: "ca|n't", "can|not", "he|'s", "gon|na" (rows of
    ``_SPAN_ATTRS``)."""
    return (not prev[2] and bool(prev[3])
            and (bool(cur[3]) or cur[4] in _CLITIC_HASHES))


@dataclass(frozen=True, slots=True)
class SpanView:
    text: str
    start_char: int
    end_char: int


class TokenView:
    """The rules' view of a Doc: one NORM per *virtual* token.

    spaCy's tokenizer splits contractions only in the cases its exceptions list
    ("can't", "Can't"), so "CAN'T" or "DOESNT" stay one token while "can't" becomes
    "ca" + "n't". The rules must not depend on letter case, so a token with capitals
    whose lower-case form the tokenizer would split is expanded here into the same NORMs
    ("CAN'T" -> "can", "not"). Every virtual token points back to its Doc token, and a
    span that touches part of a contraction is widened to the whole word, so evidence and
    offsets are identical whatever the case.
    """

    __slots__ = ("doc", "norms", "tok_of", "_text", "_spans")

    def __init__(self, doc: Doc, pieces_of: Callable[[int, int, int], tuple],
                 text: str | None = None, cache: dict | None = None,
                 rows: list[list[int]] | None = None) -> None:
        """``pieces_of(orth, norm, is_space)`` gives a token's entry ``(norm, pieces,
        several)``: ``pieces`` is its one NORM string or, when ``several``, a tuple of
        them. ``cache``, when given, is the dict keyed by ORTH that ``pieces_of`` fills:
        read directly, it saves a call per token (an entry counts only for the same
        NORM). ``rows`` are ``text.token_rows(doc)`` when the caller already has them."""
        if rows is None:
            rows = token_rows(doc)
        get = (cache if cache is not None else {}).get
        norms = []
        several = False
        for r in rows:
            ent = get(r[4])
            if ent is None or ent[0] != r[0]:
                ent = pieces_of(r[4], r[0], r[2])
            norms.append(ent[1])
            if ent[2]:
                several = True
        if several:
            pieces = [p if isinstance(p, tuple) else (p,) for p in norms]
            norms = [w for p in pieces for w in p]
            tok_of: Sequence[int] = [i for i, p in enumerate(pieces) for _ in p]
        else:  # the usual case: one NORM per token
            tok_of = range(len(norms))
        self.doc = doc
        self.norms = norms
        self.tok_of = tok_of
        # ``text`` is the string the Doc was made from (doc.text, without rebuilding it).
        self._text = text
        self._spans: list[list[int]] | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.doc.text
        return self._text

    def __len__(self) -> int:
        return len(self.norms)

    def char_span(self, s: int, e: int) -> tuple[int, int]:
        """Character offsets of virtual tokens [s, e), widened to whole written words."""
        tok = self._spans
        if tok is None:  # read once per text, and only for texts with a match
            tok = self._spans = self.doc.to_array(_SPAN_ATTRS).tolist()
        a = self.tok_of[s]
        b = self.tok_of[e - 1]
        while a > 0 and _joined(tok[a - 1], tok[a]):
            a -= 1
        while b + 1 < len(tok) and _joined(tok[b], tok[b + 1]):
            b += 1
        return tok[a][0], tok[b][0] + tok[b][1]

    def __getitem__(self, key):
        if isinstance(key, slice):
            s, e, _ = key.indices(len(self.norms))
            if e <= s:
                c = self.doc[self.tok_of[s]].idx if s < len(self.norms) else len(self.text)
                return SpanView("", c, c)
            a, b = self.char_span(s, e)
            return SpanView(self.text[a:b], a, b)
        a, b = self.char_span(key, key + 1)
        return SpanView(self.text[a:b], a, b)


CLAUSE_STOPS: frozenset[str] = SENTENCE_STOPS | {
    ",", "but", "however", "though", "although",
    # an update line run on without a newline: "prior 5150 in 2022 ADDL: she threatened
    # RP w/ a knife" (the date is not the update's)
    "addl", "add'l", "update", "updt", "upd", "supp", "supplement",
}


def within_clause(norms: Sequence[str], start: int, end: int) -> tuple[int, int]:
    """Token bounds of the comma-delimited clause around [start, end)."""
    lo = start
    while lo > 0 and norms[lo - 1] not in CLAUSE_STOPS:
        lo -= 1
    hi = end
    while hi < len(norms) and norms[hi] not in CLAUSE_STOPS:
        hi += 1
    return lo, hi


# Markers that date a mention well in the past ("back in 2019", "years ago", "hx of").
_DATED_PAST: frozenset[str] = frozenset({
    "history", "hx", "previously", "childhood", "teenager", "anniversary",
})
_AGO_UNITS: frozenset[str] = frozenset({
    "years", "year", "yrs", "yr", "months", "month", "decade", "decades",
})
_NOW_WORDS: frozenset[str] = frozenset({
    "now", "currently", "tonight", "today", "again", "just", "still", "recently", "recent",
    "ongoing", "active", "actively",
})


# What "back in" dates: "back in high school", "back in March", "back in the day".
_BACK_IN_TIME: frozenset[str] = frozenset({
    "high", "middle", "college", "school", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring",
    "summer", "fall", "winter", "childhood", "his", "her", "their", "my", "'09", "'10",
})
_BACK_IN_THE_TIME: frozenset[str] = frozenset({
    "day", "days", "past", "90s", "80s", "70s", "2000s", "2010s", "spring", "summer",
    "fall", "winter", "military", "army", "service",
})


def _clock_time(digits: str) -> bool:
    """"since 1920" in CAD notes is 19:20, not the year; "since 2019" is the year (a 24-hour
    time that is also a year from 1990 on reads as the year)."""
    return int(digits[:2]) < 24 and int(digits[2:]) < 60 and not 1990 <= int(digits) <= 2030


def dated_past(norms: Sequence[str], start: int, end: int) -> str | None:
    """The words that date a mention years back in its clause ("cut himself back in 2019",
    "an overdose two years ago", "history of"), unless the clause also says now."""
    lo, hi = within_clause(norms, start, end)
    window = norms[lo:hi]
    if any(n in _NOW_WORDS for n in window):
        return None
    for i, n in enumerate(window):
        if n in _DATED_PAST:
            return n
        nxt = window[i + 1] if i + 1 < len(window) else ""
        if n in _AGO_UNITS and nxt == "ago":
            return f"{n} ago"
        if n == "last" and nxt in ("year", "summer", "winter", "spring", "fall", "decade"):
            return f"last {nxt}"
        if n in ("in", "since", "back") and len(nxt) == 4 and nxt.isdigit() \
                and nxt[:2] in ("19", "20") and not (n == "since" and _clock_time(nxt)):
            return f"{n} {nxt}"
        # "back when he was a teen", "back in the day", "back in high school" (not "went
        # back in the house": a place, not a time)
        if n == "back" and nxt == "when" and i + 2 < len(window):
            return "back when"
        if n == "back" and nxt == "in" and i + 2 < len(window) and (
                window[i + 2] in _BACK_IN_TIME
                or (window[i + 2] == "the" and i + 3 < len(window)
                    and window[i + 3] in _BACK_IN_THE_TIME)):
            return "back in"
        if n == "as" and nxt in ("a", "kid", "teen", "child", "teenager"):
            return "as a kid"
        if n == "in" and nxt in ("the", "high", "college") and i + 2 < len(window) \
                and window[i + 2] in ("past", "school", "90s", "80s"):
            return f"in {nxt} {window[i + 2]}"
    return None


def all_guards(*guards: Guard) -> Guard:
    """One guard that clears when any of ``guards`` does."""
    def guard(doc, norms, start, end):
        for g in guards:
            why = g(doc, norms, start, end)
            if why:
                return why
        return None
    return guard
