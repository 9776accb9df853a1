"""The five standard disqualifiers: hard-coded Python, one module per code.

They are code, not configuration: nothing in a policy or a setting can disable them.
``detect(text)`` returns every disqualifier that fires, each with its evidence and span;
``Detector.run(doc)`` works on a Doc from the shared pipeline (the engine tokenizes once
and reuses the tokens for the classifier).

How one narrative is screened (``Detector.run``):

1. The Doc becomes a case-independent token view (``base.TokenView``: "CAN'T" reads as
   "can", "not", like "can't").
2. One indexed pass finds every trigger (``base.PatternSet``); look-alikes are looked for
   only near the triggers of their code, and each context (its own small pattern set)
   only when a finding or an update line asks about it.
3. Each trigger is cleared if a look-alike of the same code contains it, if its guard
   says so (the past: "burglary last week", "back in 2019"), if a context it requires
   is absent (means at hand needs non-negated suicidal talk somewhere in the narrative)
   or a context it forbids is near ("rock through the window": property, not people),
   or if it is a screened negative (``negation.assess``). Everything else fires,
   uncertain mentions included.
4. The final picture: an update line ("** UPDATE it was a phone") that clears an
   earlier worry clears the findings of that code made before the update, unless the
   update itself is unsure or the code is affirmed again after it (``UPDATE_CLEARS``).
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from calltriage.labels import DISQUALIFIERS
from calltriage.rules import (
    calltype,
    crime_in_progress,
    medical,
    negation,
    suicide_attempt,
    violence,
    vocab,
    weapon,
)
from calltriage.rules.base import (
    Cleared,
    Context,
    Finding,
    PatternSet,
    Rule,
    TokenView,
    compile_pattern,
    max_length,
    within_sentence,
)
from calltriage.text import get_nlp

ALL_RULES: tuple[Rule, ...] = (
    *weapon.RULES,
    *violence.RULES,
    *medical.RULES,
    *suicide_attempt.RULES,
    *crime_in_progress.RULES,
    *calltype.RULES,
)

RULES_SEMVER = "1.4.0"

# The modules of the five codes, for what each may declare about update lines.
_CODE_MODULES = (("weapon", weapon), ("violence", violence), ("medical", medical),
                 ("suicide_attempt", suicide_attempt), ("crime_in_progress", crime_in_progress))

# Per code, what an update line says to clear an earlier mention of that code.
UPDATE_CLEARS: dict[str, Context] = {
    code: mod.UPDATE_CLEARS for code, mod in _CODE_MODULES
    if getattr(mod, "UPDATE_CLEARS", None) is not None
}
# ... and which of its rules such an update may clear (None: all of them).
UPDATE_CLEARABLE: dict[str, frozenset[str] | None] = {
    code: getattr(mod, "UPDATE_CLEARABLE", None) for code, mod in _CODE_MODULES
}
# Per code, narrower update statements that clear only the listed rules of that code
# (shots explained away clear the shots heard, not a gun named).
UPDATE_CLEARS_ONLY: dict[str, tuple[tuple[Context, frozenset[str]], ...]] = {
    code: mod.UPDATE_CLEARS_ONLY for code, mod in _CODE_MODULES
    if getattr(mod, "UPDATE_CLEARS_ONLY", None)
}


def _update_rules(code: str) -> list[tuple[Context, frozenset[str] | None]]:
    """The update statements that clear findings of ``code``, each with the rules it may
    clear (None: every rule of the code)."""
    out: list[tuple[Context, frozenset[str] | None]] = []
    if code in UPDATE_CLEARS:
        out.append((UPDATE_CLEARS[code], UPDATE_CLEARABLE.get(code)))
    out.extend(UPDATE_CLEARS_ONLY.get(code, ()))
    return out


def _content_hash() -> str:
    """Hash of every rule module's source, this one (the detector) included: any edit to a
    rule or to how rules are applied changes the version."""
    h = hashlib.sha256()
    for mod in (weapon, violence, medical, suicide_attempt, crime_in_progress, calltype,
                negation, vocab):
        h.update(inspect.getsource(mod).encode())
    from calltriage.rules import base

    h.update(inspect.getsource(base).encode())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:10]


RULES_VERSION = f"rules-{RULES_SEMVER}+{_content_hash()}"

assert {r.code for r in ALL_RULES} == set(DISQUALIFIERS), "every code needs rules"
assert len({r.rule_id for r in ALL_RULES}) == len(ALL_RULES), "rule ids must be unique"


_TRIGGER, _LOOKALIKE, _CONTEXT, _CONTEXT_LOOKALIKE = 0, 1, 2, 3

# Words the rules read as another word, in the rules' view only (the classifier's NORMs
# are untouched): "threw a drink @ RP".
_RULES_NORMS: dict[str, str] = {"@": "at"}
# Words the rules read as themselves where the shared NORM merges them into a danger word
# (its typo repair takes "burglar" for "burglary"): a person is not a crime, and "the
# burglary in the garage overnight" is no suspect in the garage. Keyed by lower-cased text.
_RULES_OWN_WORDS: dict[str, str] = {
    w: w for w in ("burglar", "burglars", "robber", "robbers")
}


def _rules_word(lower: str, norm: str) -> str:
    """How the rules read a word (lower-cased text, shared NORM): the same for a pattern's
    words and a narrative's."""
    return _RULES_OWN_WORDS.get(lower) or _RULES_NORMS.get(norm, norm)

# Contexts a call-type string can give the narrative: a "SUICIDE THREAT" or "SUICIDAL
# SUBJ" call is suicidal talk, so the means at hand in its notes ("has a .38 in his lap")
# need no talk of their own.
CALL_TYPE_CONTEXTS: frozenset[str] = frozenset({"suicidal_talk"})
# Contexts a narrative mention gives in the same way, keyed by the mention's context: (the
# context it gives, how an explanation names what gave it). A call relayed by a crisis
# line is a call about suicidal talk; as for the call type, screened talk in the notes
# ("denies SI") takes it back.
NARRATIVE_GIVES: dict[str, tuple[str, str]] = {
    suicide_attempt.CRISIS_LINE_RELAY.name: ("suicidal_talk", "a crisis line's call"),
}


class _FieldIndex:
    """The compiled patterns of one text field: triggers, look-alikes per code (with the
    longest look-alike in tokens) and contexts (with their look-alikes)."""

    def __init__(self) -> None:
        self.triggers = PatternSet()
        self.looks: dict[str, PatternSet] = {}
        self.look_reach: dict[str, int] = {}
        # one small pattern set per context (its patterns and its look-alikes), so a text
        # is scanned only for the contexts its findings ask about
        self.contexts: dict[str, PatternSet] = {}


class _Mentions:
    """The context mentions of one text, found per context name on first use: ``raw``
    every match of the context's patterns, ``get`` those that stand (not inside one of
    its look-alikes, not a screened negative when the context must be affirmed, not
    cleared by its guard)."""

    __slots__ = ("_contexts", "_index", "_view", "_norms", "_present", "_raw", "_looks", "_ok")

    def __init__(self, det: Detector, index: _FieldIndex, view, norms: list[str],
                 present: set[str]) -> None:
        self._contexts, self._index, self._view = det._contexts, index, view
        self._norms, self._present = norms, present
        self._raw: dict[str, list[tuple[int, int]]] = {}
        self._looks: dict[str, list[tuple[int, int]]] = {}
        self._ok: dict[str, list[tuple[int, int]]] = {}

    def _scan(self, name: str) -> None:
        raw: list[tuple[int, int]] = []
        looks: list[tuple[int, int]] = []
        ps = self._index.contexts.get(name)
        if ps is not None:
            for (k, _), s, e in ps.matches(self._norms, present=self._present):
                (raw if k == _CONTEXT else looks).append((s, e))
        self._raw[name], self._looks[name] = raw, looks

    def raw(self, name: str) -> list[tuple[int, int]]:
        if name not in self._raw:
            self._scan(name)
        return self._raw[name]

    def looks(self, name: str) -> list[tuple[int, int]]:
        if name not in self._looks:
            self._scan(name)
        return self._looks[name]

    def get(self, name: str, default=None):
        out = self._ok.get(name)
        if out is None:
            ctx = self._contexts[name]
            view, norms = self._view, self._norms
            looks = self.looks(name)
            out = []
            for s, e in self.raw(name):
                if any(ls <= s and e <= le for ls, le in looks):
                    continue
                if ctx.affirmed and negation.assess(view, norms, s, e).negated:
                    continue
                if ctx.guard is not None and ctx.guard(view, norms, s, e):
                    continue
                out.append((s, e))
            self._ok[name] = out
        return out or default


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
    """Compiled patterns for all rules, bound to one pipeline's tokenizer and NORMs."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._rules = {r.rule_id: r for r in ALL_RULES}

        # Compiling ~3,000 patterns tokenizes ~110,000 alternatives, but only ~7,500
        # distinct ones: each is tokenized once (start-up 1.3 s -> see git log).
        words_seen: dict[str, tuple[str, ...]] = {}

        def tokenize(words: str) -> tuple[str, ...]:
            out = words_seen.get(words)
            if out is None:
                out = words_seen[words] = tuple(
                    _rules_word(t.lower_, t.norm_) for t in nlp.make_doc(words))
            return out

        self._tokenize = tokenize
        # Contexts are shared by every field; names must be unique.
        contexts: dict[str, Context] = {}
        for rule in ALL_RULES:
            for ctx in (rule.requires, *_as_tuple(rule.forbids)):
                if ctx is not None:
                    if contexts.setdefault(ctx.name, ctx) != ctx:
                        raise ValueError(f"two different contexts named {ctx.name!r}")
        contexts.setdefault(suicide_attempt.CRISIS_LINE_RELAY.name,
                            suicide_attempt.CRISIS_LINE_RELAY)
        for code, ctx in UPDATE_CLEARS.items():
            contexts.setdefault(ctx.name, ctx)
        for pairs in UPDATE_CLEARS_ONLY.values():
            for ctx, _ in pairs:
                contexts.setdefault(ctx.name, ctx)
        # call-type rules that a narrative may rule out (``reconcile``)
        self._ruled_out_by: dict[str, Context] = {}
        for rule in ALL_RULES:
            ctx = rule.extra.get("narrative_rules_out")
            if ctx is not None:
                if contexts.setdefault(ctx.name, ctx) != ctx:
                    raise ValueError(f"two different contexts named {ctx.name!r}")
                self._ruled_out_by[rule.rule_id] = ctx
        self._contexts = contexts
        # One index per text field over every pattern that applies to it (triggers,
        # look-alikes, contexts), so a text is scanned once; each key says what a match is.
        self._sets: dict[str, _FieldIndex] = {}
        self._pattern_set("narrative")
        self._pattern_set("call_type")
        self._split_cache: dict[str, tuple[str, ...] | None] = {}
        self._pieces_cache: dict[int, tuple] = {}
        self._strings = nlp.vocab.strings

    def _pattern_set(self, fld: str) -> _FieldIndex:
        """The compiled indexes of every rule that screens the text field ``fld``."""
        idx = self._sets.get(fld)
        if idx is not None:
            return idx
        tokenize = self._tokenize
        idx = _FieldIndex()
        # Look-alikes are grouped per code and per rule scope: a field-restricted rule
        # (the call-type lexicon) is cleared only by its own group's look-alikes, while
        # the general rules are cleared by every group of their code on that field.
        look_keys: dict[tuple, tuple] = {}
        for rule in ALL_RULES:
            if not rule.applies_to(fld):
                continue
            key = (_TRIGGER, rule)
            for spec in rule.patterns:
                idx.triggers.add(key, compile_pattern(spec, tokenize))
            group = (rule.code, rule.fields)
            lkey = look_keys.setdefault(group, (_LOOKALIKE, group))
            looks = idx.looks.setdefault(rule.code, PatternSet())
            own = (_LOOKALIKE, (rule.code, rule.fields, rule.rule_id))
            for specs, k in ((rule.lookalikes, lkey), (rule.own_lookalikes, own)):
                for spec in specs:
                    pat = compile_pattern(spec, tokenize)
                    looks.add(k, pat)
                    idx.look_reach[rule.code] = max(idx.look_reach.get(rule.code, 1),
                                                    max_length(pat))
        for ctx in self._contexts.values():
            ckey, clkey = (_CONTEXT, ctx.name), (_CONTEXT_LOOKALIKE, ctx.name)
            ps = idx.contexts[ctx.name] = PatternSet()
            for spec in ctx.patterns:
                ps.add(ckey, compile_pattern(spec, tokenize))
            for spec in ctx.lookalikes:
                ps.add(clkey, compile_pattern(spec, tokenize))
        self._sets[fld] = idx
        return idx

    def _pieces(self, orth: int, norm: int, space: int) -> tuple:
        """A token's entry in the rules' view, ``(norm, pieces, several)``: the NORM
        string it contributes, or a tuple of them when it stands for several words
        ("CAN'T"). Cached per ORTH (for the NORM it was made with)."""
        if space:
            pieces: str | tuple[str, ...] = "\n"
        else:
            text = self._strings[orth]
            split = None
            if not text.islower() and any(c.isalpha() for c in text):
                split = self._split_lower(text)
            pieces = split if split is not None else self._strings[norm]
            if isinstance(pieces, str):
                pieces = _rules_word(text.lower(), pieces)
        entry = (norm, pieces, isinstance(pieces, tuple))
        cache = self._pieces_cache
        if len(cache) > 50_000:
            cache.clear()
        cache[orth] = entry
        return entry

    def _split_lower(self, text: str) -> tuple[str, ...] | None:
        """NORMs of ``text`` lower-cased, if the tokenizer would split it ("CAN'T")."""
        cache = self._split_cache
        if text in cache:
            return cache[text]
        toks = self.nlp.make_doc(text.lower())
        out = tuple(t.norm_ for t in toks) if len(toks) > 1 else None
        if len(cache) > 20_000:
            cache.clear()
        cache[text] = out
        return out

    def _mentions(self, view, field: str = "narrative") -> _Mentions:
        norms = view.norms
        index = self._sets.get(field) or self._pattern_set(field)
        return _Mentions(self, index, view, norms, set(norms))

    @staticmethod
    def _near(ctx: Context, mentions, norms: list[str], s: int, e: int) -> tuple[int, int] | None:
        if not mentions:
            return None
        if ctx.same_sentence:
            lo, hi = within_sentence(norms, s, e)
        for cs, ce in mentions:
            if ctx.within is not None and max(0, cs - e, s - ce) > ctx.within:
                continue
            if ctx.side == "after" and cs < e:
                continue
            if ctx.side == "before" and ce > s:
                continue
            if ctx.same_sentence and not (lo <= cs and ce <= hi):
                continue
            return cs, ce
        return None

    def given_contexts(self, doc: Doc, field: str = "call_type",
                       text: str | None = None) -> frozenset[str]:
        """The ``CALL_TYPE_CONTEXTS`` that ``doc`` (a call-type string) mentions, affirmed;
        ``run(..., given=...)`` counts them as present in the narrative."""
        if len(doc) == 0:
            return frozenset()
        view = TokenView(doc, self._pieces, text, self._pieces_cache, None)
        norms = view.norms
        mentions = _Mentions(self, self._pattern_set(field), view, norms, set(norms))
        return frozenset(name for name in CALL_TYPE_CONTEXTS if mentions.get(name))

    def run(self, doc: Doc, field: str = "narrative", text: str | None = None,
            rows: list[list[int]] | None = None,
            given: frozenset[str] = frozenset()) -> Screening:
        """Screen one Doc. ``text``, when given, must be the string the Doc was made from
        (it saves rebuilding doc.text); ``rows``, ``text.token_rows(doc)``; ``given``, the
        contexts another field supplies (``given_contexts`` of the call type)."""
        if len(doc) == 0:
            return Screening((), ())
        view = TokenView(doc, self._pieces, text, self._pieces_cache, rows)
        norms = view.norms
        index = self._sets.get(field)
        if index is None:
            index = self._pattern_set(field)
        present = set(norms)
        # Triggers first: most calls stop here. Look-alikes are looked for only for the
        # codes that triggered and only where they could contain a trigger; contexts only
        # those a rule or an update line asks about (``mentions`` finds each on first use).
        trigger_matches = index.triggers.matches(norms, present=present)
        if not trigger_matches:
            return Screening((), ())
        mentions = _Mentions(self, index, view, norms, present)
        look_spans: dict[str, list[tuple[int, int]]] = {}
        scoped_spans: dict[tuple, list[tuple[int, int]]] = {}
        own_spans: dict[str, list[tuple[int, int]]] = {}
        starts_by_code: dict[str, set[int]] = {}
        for (_, rule), s, _e in trigger_matches:
            reach = index.look_reach.get(rule.code)
            if reach is not None:
                starts_by_code.setdefault(rule.code, set()).update(
                    range(max(0, s - reach + 1), s + 1))
        for code, starts in starts_by_code.items():
            for (_, group), s, e in index.looks[code].matches(norms, sorted(starts), present):
                if len(group) == 3:  # a rule's own look-alike (``Rule.own_lookalikes``)
                    own_spans.setdefault(group[2], []).append((s, e))
                    continue
                look_spans.setdefault(group[0], []).append((s, e))
                if group[1] is not None:
                    scoped_spans.setdefault(group, []).append((s, e))
        # contexts given by the call type or by a crisis line's call (``NARRATIVE_GIVES``,
        # found with the other contexts), and how an explanation names what gave each
        given_by = dict.fromkeys(given, "the call type")

        fired: dict[tuple[str, int, int], Finding] = {}
        cleared: dict[tuple[str, int, int], Cleared] = {}
        # (code, end) of each screened-negative mention -> (its start, the cue)
        negated_ends: dict[tuple[str, int], tuple[int, str]] = {}
        # On another field (the call type), a rule that a narrative may rule out comes
        # after the others on the same span, so a span that also stands firm is recorded
        # as firm (reconcile() then leaves it).
        apart = self._ruled_out_by if field != "narrative" else None
        order = ((lambda m: (m[1], -m[2], m[0][1].rule_id in apart)) if apart
                 else (lambda m: (m[1], -m[2])))
        for (_, rule), s, e in sorted(trigger_matches, key=order):
            span = view[s:e]
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
                ((ls, le) for (ls, le) in (
                    look_spans.get(rule.code, ()) if rule.fields is None
                    else scoped_spans.get((rule.code, rule.fields), ()))
                 if ls <= s and e <= le),
                None,
            )
            if look is None and own_spans:
                look = next(((ls, le) for (ls, le) in own_spans.get(rule.rule_id, ())
                             if ls <= s and e <= le), None)
            if look is not None:
                clear("lookalike", view[look[0]:look[1]].text)
                continue
            if rule.guard is not None:
                why = rule.guard(view, norms, s, e)
                if why:
                    clear("context", why)
                    continue
            context_note = ""
            if rule.requires is not None or rule.forbids is not None:
                if rule.requires is not None:
                    name = rule.requires.name
                    hit = self._near(rule.requires, mentions.get(name), norms, s, e)
                    if hit is None and name not in given_by:
                        label = next((lb for source, (target, lb) in NARRATIVE_GIVES.items()
                                      if target == name and mentions.get(source)), None)
                        if label is not None:
                            given_by[name] = label
                    if hit is not None:
                        context_note = (f", with {rule.requires.name} "
                                        f"'{view[hit[0]:hit[1]].text}'")
                    elif name in given_by and not mentions.raw(name):
                        # (the call type's word, or a crisis line's call, stands unless
                        # the narrative speaks to it itself, as a screened negative: "SI? N";
                        # a weapon named still fires ``weapon``)
                        context_note = (f", with {rule.requires.name} from "
                                        f"{given_by[rule.requires.name]}")
                    else:
                        clear("context", f"no {rule.requires.name} in context")
                        continue
                why = None
                for forbid in _as_tuple(rule.forbids):
                    hit = self._near(forbid, mentions.get(forbid.name), norms, s, e)
                    if hit is not None:
                        why = f"{forbid.name}: '{view[hit[0]:hit[1]].text}'"
                        break
                if why:
                    clear("context", why)
                    continue
            if rule.negatable:
                a = negation.assess(view, norms, s, e)
                if a.negated:
                    clear("screened_negative", a.cue)
                    negated_ends[(rule.code, end_char)] = (s, a.cue)
                    continue
                # the head word of a screened-negative phrase of the same code is that
                # phrase ("no head injury": not "injury"; "no loaded weapons": not
                # "weapons"): one or two words before it, no punctuation (never a pattern's
                # gap: "denies SI, suicidal with a gun" is no "suicidal with a gun" denied)
                outer = negated_ends.get((rule.code, end_char)) if negated_ends else None
                if (outer is not None and 0 < s - outer[0] <= 2
                        and all(w.isalpha() for w in norms[outer[0]:s])):
                    clear("screened_negative", outer[1])
                    continue
                uncertain = a.uncertain
                cue = a.cue
            else:
                uncertain, cue = False, ""
            explanation = f"{rule.description}: '{span.text}'{context_note}"
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
        if fired:
            self._apply_updates(view, norms, fired, cleared, field, mentions)
        # ... and findings a narrative may rule out are merged apart from the others, so
        # reconcile() never clears one that stood for both.
        return Screening(_merge(fired.values(), apart), tuple(
            c for k, c in sorted(cleared.items(), key=_cleared_order) if k not in fired
        ))

    def reconcile(self, call_type_findings: tuple[Finding, ...], doc: Doc, text: str,
                  rows: list[list[int]] | None, narrative_findings: tuple[Finding, ...]
                  ) -> tuple[tuple[Finding, ...], tuple[Cleared, ...]]:
        """Call-type findings after reading the narrative: a finding of a call-type rule
        that the narrative may rule out (a bare "DOMESTIC" is violence unless the
        narrative says "verbal only", "no assault", ...) is cleared when the narrative
        says so plainly and no narrative rule finds that code. Every other call-type
        finding stands. Returns (findings kept, findings cleared)."""
        narrative_codes = {f.code for f in narrative_findings}

        def updatable(f: Finding) -> bool:  # an update line may clear it
            return f.code not in narrative_codes and _update_clearable(f)

        if not any(f.rule_id in self._ruled_out_by or updatable(f)
                   for f in call_type_findings):
            return call_type_findings, ()
        kept: list[Finding] = []
        out: list[Cleared] = []
        view = None
        firm = {f.code for f in call_type_findings if f.rule_id not in self._ruled_out_by}
        firm |= {f.code for f in narrative_findings}
        for f in call_type_findings:
            ctx = self._ruled_out_by.get(f.rule_id)
            if ctx is None or f.code in firm:
                kept.append(f)
                continue
            if view is None:
                view = TokenView(doc, self._pieces, text, self._pieces_cache, rows)
            cue = self._ruled_out(view, ctx)
            if cue is None:
                kept.append(f)
            else:
                out.append(Cleared(f.code, f.evidence, f.start, f.end, f.rule_id,
                                   "narrative_ruled_out", cue, f.field))
        # The call type is the first thing known about a call; an update line in the
        # narrative that clears its worry ("UPDATE: RP now says it was fireworks") clears
        # it as it clears what the narrative said before the update (the spec's "final
        # picture"), unless a narrative rule still finds that code.
        if any(updatable(f) for f in kept):
            if view is None:
                view = TokenView(doc, self._pieces, text, self._pieces_cache, rows)
            cues = self._update_cues(view)
            still: list[Finding] = []
            for f in kept:
                cue = next((c for c, only in cues.get(f.code, ())
                            if only is None or f.rule_id in only), None) \
                    if updatable(f) else None
                if cue is None:
                    still.append(f)
                else:
                    out.append(Cleared(f.code, f.evidence, f.start, f.end, f.rule_id,
                                       "update_cleared", cue, f.field))
            kept = still
        return _merge(kept), tuple(out)

    def _update_cues(self, view: TokenView) -> dict[str, list[tuple[str, frozenset | None]]]:
        """Per code, the narrative's first update-line statement of each kind that clears
        that code's worry and is not itself unsure ("UPDATE: not sure, maybe a toy" clears
        nothing), with the rules it may clear (None: any the code lets an update clear)."""
        norms = view.norms
        markers = _update_markers(norms) if norms else []
        if not markers:
            return {}
        mentions = self._mentions(view)
        out: dict[str, list[tuple[str, frozenset | None]]] = {}
        for code in sorted(set(UPDATE_CLEARS) | set(UPDATE_CLEARS_ONLY)):
            for ctx, only in _update_rules(code):
                for _, cs, ce in _clearing_statements(norms, markers,
                                                   mentions.get(ctx.name, ())):
                    out.setdefault(code, []).append(
                        (view[cs:ce].text, None if ctx is UPDATE_CLEARS.get(code) else only))
                    break
        return out

    def _ruled_out(self, view: TokenView, ctx: Context) -> str | None:
        """The narrative's first plain statement of ``ctx`` (none that is unsure)."""
        norms = view.norms
        if not norms:
            return None
        mentions = self._mentions(view)
        looks = mentions.looks(ctx.name)
        for s, e in mentions.raw(ctx.name):
            if any(ls <= s and e <= le for ls, le in looks):
                continue
            if negation.assess(view, norms, s, e).uncertain:
                continue
            return view[s:e].text
        return None

    def _apply_updates(self, doc, norms, fired, cleared, field, mentions) -> None:
        """Label the final picture: an update line that clears an earlier worry ("UPDATE:
        it was a phone") clears the findings of that code made before the update, unless
        the code is affirmed again after it."""
        codes = {k[0] for k in fired} & (set(UPDATE_CLEARS) | set(UPDATE_CLEARS_ONLY))
        if not codes:
            return
        markers = _update_markers(norms)
        if not markers:
            return
        for code, ctx, clearable in [(c, ctx, r) for c in sorted(codes)
                                     for ctx, r in _update_rules(c)]:
            for marker, cs, ce in _clearing_statements(norms, markers,
                                                       mentions.get(ctx.name, ())):
                # Everything said before the update is cleared, and, inside the update,
                # a recap ("UPDATE: earlier we said knife, RP now says it was a
                # hairbrush"); not a new mention the update makes before its clearing
                # words ("UPD: he has a knife, not a gun" clears the gun, not the knife).
                cut = doc[cs].start_char
                clear_end = doc[cs:ce].end_char
                # the update's own line: from its marker, or from the line break before
                # the clearing words when the marker is on an earlier line
                line = max((i for i in range(marker, cs) if norms[i] == "\n"), default=marker)
                update_start = doc[line].start_char
                if any(k[0] == code and k[1] >= clear_end for k in fired):
                    continue  # affirmed again after the clearing statement
                recap = _recap_start(norms, line, cs)
                retold = doc[recap].start_char if recap is not None else cut
                text = doc.text
                for k in [k for k in fired if k[0] == code and k[2] <= cut
                          and (k[1] < update_start or k[1] >= retold
                               or _subject_of(text[k[2]:cut]))
                          and (clearable is None or fired[k].rule_id in clearable)]:
                    f = fired.pop(k)
                    cleared[k] = Cleared(code, f.evidence, f.start, f.end, f.rule_id,
                                         "update_cleared", doc[cs:ce].text, field)


def _update_markers(norms: list[str]) -> list[int]:
    """Positions of update-line markers ("UPDATE", "UPD", "**", "C/B") in a narrative, and
    of the time or entry number that opens a later line of a CAD record ("\n1512 RP NOW
    ADV ...", "\n[10:20:40] ...", "\n[2] ...")."""
    return [i for i, n in enumerate(norms) if n in negation.UPDATE_MARKERS
            # "C/B:" (callback) tokenizes as c / b
            or (n == "b" and i >= 2 and norms[i - 1] == "/" and norms[i - 2] == "c")
            # "RP now says it is a surveyor's rod": a correction on the same call
            or (n in _NOW_SAYS and i >= 1 and norms[i - 1] == "now")
            # "RP called back: transformer on the pole blew"
            or (n == "back" and i >= 1 and norms[i - 1] in ("called", "calls", "calling"))
            or _later_entry(norms, i)]


_NOW_SAYS: frozenset[str] = frozenset({
    "says", "states", "sts", "advises", "adv", "reports", "realizes", "sees", "thinks",
})


_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]):?[0-5]\d(?::[0-5]\d)?")


def _later_entry(norms: list[str], i: int) -> bool:
    """A time ("1512", "17:52", "10:20:40") or an entry number ("[2]") opening a line
    that is not the first: a later entry of the record."""
    j = i - 1
    if j >= 0 and norms[j] in ("[", "("):
        j -= 1
    # a new line, or a one-line record's " / " between entries ("1914 RP reports ... /
    # 1931 unit on scene: ...") when the text opened with an entry time itself
    slash_entry = (j >= 1 and norms[j] == "/" and bool(norms)
                   and _CLOCK.fullmatch(norms[0]) is not None)
    if j < 1 or (norms[j] != "\n" and not slash_entry):
        return False
    n = norms[i]
    if len(n) == 4 and n.isdigit() or ":" in n:
        return _CLOCK.fullmatch(n) is not None
    # "[2]": an entry number in brackets
    return (norms[i - 1] == "[" and n.isdigit() and len(n) <= 2
            and i + 1 < len(norms) and norms[i + 1] == "]")


def _clearing_statements(norms: list[str], markers: list[int], spans):
    """The clearing statements (marker, start, end token positions) that stand on an
    update line and are not themselves unsure ("UPDATE: not sure if it was a toy" clears
    nothing)."""
    for cs, ce in spans:
        marker = max((m for m in markers if m < cs), default=None)
        if marker is not None and not negation.uncertainty_cue(norms, marker, cs):
            yield marker, cs, ce


# Words that tell what was said before, inside an update ("earlier we said knife").
_RECAP_WORDS: frozenset[str] = frozenset({
    "earlier", "before", "previously", "originally", "initially", "first", "thought",
    "said", "reported", "stated", "called", "mentioned", "believed",
})


# What may stand between a mention and the clearing words it is the subject of ("the
# knife was actually a hairbrush", "the gun turned out to be").
_COPULA: frozenset[str] = frozenset({
    "was", "is", "'s", "were", "are", "turned", "turns", "out", "ended", "up", "actually",
    "really", "just", "only", "in", "fact", "to", "be", "being",
})


_COPULA_FIRST: frozenset[str] = frozenset({
    "was", "is", "'s", "were", "are", "turned", "turns", "ended",
})


def _subject_of(between: str) -> bool:
    """The words between a mention and a clearing statement make the mention its subject
    ("knife| was actually a hairbrush", "trying car doors| was the owner| looking for his
    own car"), not another thing ("knife|, not a gun")."""
    words = between.lower().replace("\u2019", "'").split()
    # (a shorter match of the same words may end a word early: "trying car| doors was")
    return (all(w in _COPULA for w in words)
            or (len(words) <= 6 and any(w in _COPULA_FIRST for w in words[:2])))


def _recap_start(norms: list[str], marker: int, cs: int) -> int | None:
    """The first recap word between an update's marker and its clearing statement: the
    update's mentions from there on retell the earlier worry. None when there is none."""
    return next((i for i in range(marker + 1, cs) if norms[i] in _RECAP_WORDS), None)


def _update_clearable(f: Finding) -> bool:
    """Whether an update line that clears ``f``'s worry may clear ``f`` (the same rules
    as in a narrative: every weapon and crime-in-progress rule, the listed ones of the
    other codes and ``calltype.UPDATE_CLEARABLE``; never a call type's suicide attempt,
    overdose or assault)."""
    if f.code not in UPDATE_CLEARS:
        return False
    clearable = UPDATE_CLEARABLE.get(f.code)
    return (clearable is None or f.rule_id in clearable
            or f.rule_id in calltype.UPDATE_CLEARABLE.get(f.code, ()))


def _cleared_order(item) -> tuple:
    """Cleared mentions in text order; ties broken by span end, code and rule, so the
    order never depends on the order in which patterns happened to match."""
    (code, start, end), c = item
    return start, end, code, c.rule_id


def _as_tuple(ctx) -> tuple:
    if ctx is None:
        return ()
    return ctx if isinstance(ctx, tuple) else (ctx,)


def _merge(findings, apart=None) -> tuple[Finding, ...]:
    """One finding per code and overlapping region: keep the longest evidence. Findings
    of rules in ``apart`` are merged only among themselves."""
    out: list[Finding] = []
    last: dict[tuple[str, bool], Finding] = {}

    def group(f: Finding) -> tuple[str, bool]:
        return f.code, bool(apart) and f.rule_id in apart

    for f in sorted(findings, key=lambda f: (f.code, f.start, -(f.end - f.start))):
        prev = last.get(group(f))
        if prev is not None and f.start < prev.end:
            continue
        last[group(f)] = f
        out.append(f)
    out.sort(key=lambda f: (f.start, DISQUALIFIERS.index(f.code)))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def get_detector() -> Detector:
    return Detector(get_nlp())


def screen(text: str, field: str = "narrative") -> Screening:
    """Tokenize ``text`` with the shared pipeline and run every rule."""
    det = get_detector()
    return det.run(det.nlp.make_doc(text), field, text)


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
