"""The one text pipeline shared by the rules and the classifier.

A blank English spaCy pipeline (no downloaded model) whose tokenizer knows CAD shorthand.
Normalization happens once, through spaCy's own mechanisms:

* slash abbreviations ("W/M", "SI/HI", "C/T") become single tokens by tokenizer special
  cases, each carrying its NORM;
* every other token gets its NORM from a lexeme attribute getter: lower case, CAD
  abbreviations expanded ("wpn" -> "weapon", "etoh" -> "alcohol"), and a small typo
  corrector that maps near-misses of danger words back to the word ("knfe" -> "knife"),
  because a typo must not hide a disqualifier.

Lexeme attributes are computed once per distinct word and cached by spaCy, so the cost is
paid once. Long-running callers wrap work in ``nlp.memory_zone()`` (see engine.py) so
ever-new words do not grow the string store.

``TEXT_VERSION`` changes whenever tokenization or normalization changes; a saved model
records it and refuses to load under a different one.
"""

from __future__ import annotations

import functools
import re

import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, LIKE_NUM, NORM, ORTH
from spacy.language import Language

TEXT_VERSION = "text-4"

# Longest narrative accepted anywhere (spec "Bad input": over 20,000 characters is an error).
MAX_NARRATIVE_CHARS = 20_000

# The token attributes the rules and the classifier read, in this order: one
# ``Doc.to_array(TOKEN_ATTRS).tolist()`` per text serves both (``token_rows``).
TOKEN_ATTRS = [NORM, IS_PUNCT, IS_SPACE, LIKE_NUM, ORTH]


def token_rows(doc) -> list[list[int]]:
    """One row per token: [NORM, IS_PUNCT, IS_SPACE, LIKE_NUM, ORTH] (ints)."""
    return doc.to_array(TOKEN_ATTRS).tolist() if len(doc) else []


def word_count(rows: list[list[int]]) -> int:
    """Tokens that are neither punctuation nor whitespace."""
    return sum(1 for r in rows if not (r[1] or r[2]))

# CAD shorthand -> normalized form. Keys are lower case. Values are what the rules and
# the classifier see as the token's NORM. Single-word norms where the rules need them.
ABBREVIATIONS: dict[str, str] = {
    "rp": "caller",
    "c/p": "caller",
    "comp": "caller",
    "compl": "caller",
    "subj": "subject",
    "sub": "subject",
    "susp": "suspect",
    "s/o": "suspect",
    "veh": "vehicle",
    "apt": "apartment",
    "adv": "advises",
    "advs": "advises",
    "adv's": "advises",
    "req": "requests",
    "reqs": "requests",
    "etoh": "alcohol",
    "intox": "intoxicated",
    "si": "suicidal_ideation",
    "hi": "homicidal_ideation",
    "si/hi": "suicidal_homicidal_ideation",
    "wpn": "weapon",
    "wpns": "weapons",
    "weap": "weapon",
    "weaps": "weapons",
    "neg": "negative",
    "unk": "unknown",
    "unkn": "unknown",
    "c/t": "contact",
    "yoa": "years_old",
    "yo": "years_old",
    "5150": "psych_hold",
    "edp": "emotionally_disturbed_person",
    "w/m": "white_male",
    "w/f": "white_female",
    "b/m": "black_male",
    "b/f": "black_female",
    "h/m": "hispanic_male",
    "h/f": "hispanic_female",
    "a/m": "asian_male",
    "a/f": "asian_female",
    "lka": "last_known_at",
    "goa": "gone_on_arrival",
    "utl": "unable_to_locate",
    "od": "overdose",
    "od'd": "overdosed",
    "odd": "overdosed",
    "gsw": "gunshot_wound",
    "dv": "domestic_violence",
    "dui": "impaired_driving",
    "dwi": "impaired_driving",
    "ip": "in_progress",
    "i/p": "in_progress",
    "loc": "loss_of_consciousness",
    "sob": "short_of_breath",
    "ams": "altered_mental_status",
    "hx": "history",
    "meds": "medications",
    "pos": "possible",
    "poss": "possible",
    "approx": "approximately",
    "ofc": "officer",
    "ofcr": "officer",
    "juv": "juvenile",
    "juvs": "juveniles",
    "nfi": "no_further_information",
    "w/": "with",
    "w/o": "without",
    "b/c": "because",
    "bc": "because",
    "pls": "please",
    "ppl": "people",
    "prob": "probably",
    "thru": "through",
    "bldg": "building",
    "res": "residence",
    "hwy": "highway",
    "blk": "block",
    "aslt": "assault",
    "inj": "injury",
    "injs": "injuries",
    "disturb": "disturbance",
    "dist": "disturbance",
    "trbl": "trouble",
    "wt": "with",
    "unresp": "unresponsive",
    "resp": "responsive",
    "psych": "psychiatric",
    "homeless": "homeless",
    "unhoused": "homeless",
    "unsheltered": "homeless",
}

# Danger words that a typo must not hide. A token one edit away from one of these
# (a dropped, doubled, swapped or wrong letter) is normalized to it. The list is curated:
# only words whose one-edit neighbours are not ordinary English ("noise" must never become
# "noose"), so short or common-neighbour words ("noose", "ledge", "pills", "armed") are
# left out; the rules list their frequent misspellings explicitly instead.
DANGER_WORDS: tuple[str, ...] = (
    "weapon", "weapons", "knife", "knives", "pistol", "rifle", "shotgun", "handgun",
    "firearm", "machete", "revolver", "stabbed", "stabbing", "bleeding", "unconscious",
    "unresponsive", "overdose", "overdosed", "overdosing", "seizure", "seizures",
    "seizing", "breathing", "suicide", "suicidal", "robbery", "burglary", "assault",
    "assaulted", "assaulting", "threatening", "threatened", "combative", "gunshot",
    "strangling", "strangled", "choking", "attacking", "punching", "intoxicated",
    "aggressive", "collapsed", "unconsious", "hostage", "domestic",
)

# One-edit neighbours of the words above that are ordinary words in call notes.
_NOT_TYPOS: frozenset[str] = frozenset({
    "rife", "rile", "trifle", "riffle", "rifles", "reading", "leading", "heading",
    "feeding", "breeding", "needing", "weeding", "seeding", "breathing", "seeking",
    "sizing", "seining", "shogun", "pistil", "stubbing", "stabbing", "stabled", "stable",
    "robbery", "assaults", "choking", "smoking", "cooking", "looking", "booking",
    "joking", "stoking", "attaching", "punching", "bunching", "lunching", "munching",
    "hunching", "threatens", "collapses", "domestics", "knifes", "snife", "hostages",
    "revolves", "revolved", "seizures", "suicides", "punchline",
    # real words one edit from a danger word (rules layer review)
    "forearm", "forearms", "piston", "pistons", "revolve", "resolver", "postage",
    "overdone", "overdoes", "stubbed", "bleeping", "blending", "breaching", "wreathing",
    "coking",
})


def _one_edit_variants(word: str) -> tuple[set[str], set[str]]:
    """(deletions, other single edits) of ``word``."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    subs = {a + c + b[1:] for a, b in splits if b for c in letters}
    inserts = {a + c + b for a, b in splits for c in letters}
    return deletes, swaps | subs | inserts


@functools.lru_cache(maxsize=1)
def _typo_table() -> dict[str, str]:
    """Misspelling -> danger word. A dropped letter may leave four ("knfe"); other edits
    need five letters, where innocent neighbours are rare."""
    table: dict[str, str] = {}
    for word in DANGER_WORDS:
        deletes, others = _one_edit_variants(word)
        for variant in deletes | others:
            shortest = 4 if variant in deletes else 6
            if len(variant) >= shortest and variant not in _NOT_TYPOS and variant not in DANGER_WORDS:
                table.setdefault(variant, word)
    return table


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def norm_of(string: str) -> str:
    """NORM of a single token string: lower case, CAD abbreviation, typo correction."""
    low = string.lower().translate(_APOSTROPHES)
    if low in ABBREVIATIONS:
        return ABBREVIATIONS[low]
    if len(low) >= 4 and low.isalpha():
        fixed = _typo_table().get(low)
        if fixed is not None:
            return fixed
    return low


# Special cases: slash and apostrophe abbreviations that the default tokenizer would split.
_SPECIAL_KEYS = [k for k in ABBREVIATIONS if not k.isalnum()]


def _case_variants(key: str) -> set[str]:
    return {key, key.upper(), key.title(), key.capitalize()}


def _add_special_cases(nlp: Language) -> None:
    for key in _SPECIAL_KEYS:
        norm = ABBREVIATIONS[key]
        for variant in _case_variants(key):
            nlp.tokenizer.add_special_case(variant, [{"ORTH": variant, "NORM": norm}])
            for punct in (".", ",", ":", ";", ")"):
                nlp.tokenizer.add_special_case(
                    variant + punct, [{"ORTH": variant, "NORM": norm}, {"ORTH": punct}]
                )


def build_nlp() -> Language:
    """A fresh blank-English pipeline with our tokenizer rules and NORM getter."""
    nlp = spacy.blank("en")
    # Lexeme attribute getters run when a word is first seen; spaCy caches the result.
    nlp.vocab.lex_attr_getters[NORM] = norm_of
    # The blank vocab may already hold a few lexemes; recompute their NORM.
    for lex in nlp.vocab:
        lex.norm_ = norm_of(lex.orth_)
    _add_special_cases(nlp)
    return nlp


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide shared pipeline (read-only after construction)."""
    return build_nlp()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Control characters become spaces, one for one, so every character span the rules
    report points into the narrative exactly as the caller sent it."""
    return _CONTROL.sub(" ", text)
