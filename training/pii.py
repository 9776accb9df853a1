"""Replace personal data in call narratives with placeholders before they leave the audit
store for labelling: ``[NAME]``, ``[PHONE]``, ``[ADDRESS]``, ``[DOB]`` (and ``[EMAIL]``).

Rule-based and deliberately greedy (a replaced ordinary word costs little; a leaked name
costs a lot), but it never touches the words the disqualifier rules read: a replacement
is a whole span of digits, capitalized name tokens or a street address. Exported rows are
still marked for human review: heuristics miss some names (a lone surname in lower case,
a nickname), so the reviewer checks before a row is used.

Handled:
* phone numbers: 555-0134, 414-555-0134, (414) 555-0134, 414.555.0134, 4145550134,
  +1 414 555 0134, with optional extensions;
* dates of birth: after DOB / D.O.B. / date of birth / born (on), any numeric or
  month-name date; ages ("40s", "34 yoa") are kept: they are not identifying alone;
* addresses: house number + optional direction + street name + street type
  (St, Ave, Blvd, ...), "<n> block of ...", apartment / unit / lot numbers, PO boxes;
* names: after a cue (named, name is, goes by, identified as, aka, RP/caller/subj + a
  capitalized name, Mr/Mrs/Ms/Dr/Officer ...), and capitalized first names from a list
  (with a following capitalized surname); in ALL-CAPS text, listed first names followed
  by another word;
* e-mail addresses.
"""

from __future__ import annotations

import re
from collections import Counter

PLACEHOLDERS = ("[NAME]", "[PHONE]", "[ADDRESS]", "[DOB]", "[EMAIL]")

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE = (rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}}|"
         rf"{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{2,4}}|"
         rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{2,4}})")
DOB = re.compile(rf"(?i)\b(d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|born(?:\s+on)?|birth\s*date)"
                 rf"(\s*(?:[:#=-]|is|of)?\s*){_DATE}")

PHONE = re.compile(
    r"(?<![\w/-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)?\d{3}[\s.-]\d{4}\b"
    r"(?:\s*(?:x|ext\.?)\s*\d{1,5})?"
    r"|(?<![\w/-])(?:\+?1)?\d{10}\b")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")

_STREET_TYPES = (r"st|street|ave|av|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|ct|court|"
                 r"pl|place|way|pkwy|parkway|ter|terrace|cir|circle|hwy|highway|trl|trail|"
                 r"sq|square|row|loop|pike|aly|alley")
_DIRECTION = r"(?:[nsew]|north|south|east|west|ne|nw|se|sw)\.?"
ADDRESS = re.compile(
    rf"(?i)(?<![\w/-])\d{{1,6}}[a-z]?\s+(?:{_DIRECTION}\s+)?(?:[a-z0-9][\w'.-]*\s+){{0,3}}?"
    rf"(?:{_STREET_TYPES})\b\.?"
    rf"|\b\d{{1,6}}\s+(?:blk|block)\s+(?:of\s+)?(?:{_DIRECTION}\s+)?[a-z0-9][\w'.-]*"
    rf"(?:\s+(?:{_STREET_TYPES})\b\.?)?"
    rf"|\bp\.?\s?o\.?\s+box\s+\d+")
# "2218 N HOLTON", "4100 w burleigh": a house number and a compass direction are enough
ADDRESS_DIR = re.compile(r"(?i)(?<![\w/-])\d{2,6}\s+(?:n|s|e|w|north|south|east|west)\.?\s+"
                         r"([a-z0-9][\w'-]*)")
UNIT = re.compile(r"(?i)\b(apt|apartment|unit|ste|suite|lot|rm|room)\.?(\s*#?\s*)\d+[a-z]?\b"
                  r"|#\s?\d+[a-z]?\b(?![-/]\d)")

# Common US first names (census-frequent and varied origins). Words that are also ordinary
# English words ("will", "may", "grace") are excluded from the lone-name rule.
FIRST_NAMES = frozenset("""
aaron abdul abigail adam adrian ahmed aisha alan albert alejandro alex alexander alexis alice
alicia allison amanda amber amy ana andre andrea andrew angela angelica anita ann anna anne
anthony antonio april arthur ashley barbara benjamin betty beverly billy bobby brandon brenda
brian brittany bruce bryan carl carla carlos carol carolyn catherine charles charlotte cheryl
chris christian christina christine christopher cindy claire cody connor craig crystal cynthia
daniel danielle darius darnell david dawn deborah debra denise dennis derek deshawn destiny
diana diane dmitri donald donna doris dorothy douglas dylan earl edward elaine elijah
elizabeth ellen emily emma eric erica erik erin ethan eugene evelyn frances francisco frank
fatima gabriel gabriela gary george gerald gloria gregory hannah harold heather helen henry
hector isaac isabella jack jacob jacqueline jake james jamal jamie janet janice jasmine jason
javier jeffrey jennifer jeremy jerry jesse jessica jesus jill joan joe joel john johnny
jonathan jordan jorge jose joseph joshua joyce juan judith judy julia julie justin karen
katherine kathleen kathryn kayla keisha keith kelly kenneth kevin kimberly kyle lakisha latoya
laura lauren lawrence leah linda lisa logan lori louis luis madison marcus margaret maria
marie marilyn mario marisol martha martin mary matthew megan melissa michael michelle miguel
mohammed muhammad nancy natalie nathan nguyen nicholas nicole noah olivia omar oscar pamela
patricia patrick paul pedro peter philip phillip priya rachel rafael ralph randy raymond
rebecca regina richard ricky robert roberto ronald rosa ruth ryan samantha samuel sandra
sara sarah scott sean sergio sharon shawn shirley stephanie stephen steven susan tamika
tanya teresa terry thomas timothy tina todd travis tyler tyrone valerie vanessa victor
victoria vincent virginia walter wanda wayne wei willie william xavier yolanda zachary
""".split())
_NAME_CUES = (r"named|name\s+is|name's|names\s+are|goes\s+by|known\s+as|identified\s+as|"
              r"ident\s+as|a\.?k\.?a\.?|gave\s+(?:her|his|their)?\s*name\s+as|"
              r"callback\s+for|ask\s+for|asked\s+for|contact\s+is")
_TITLES = r"mr|mrs|ms|miss|mx|dr|officer|ofc|sgt|det|deputy|pastor"
_ROLES = r"rp|caller|subj|subject|pt|patient|victim|suspect|s/o|my\s+(?:son|daughter|brother|sister|husband|wife|mom|dad|mother|father)"
_PARTICLES = frozenset("de del della van von da di le la bin al el st st. mc".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")

# Capitalized words that are never names (sentence starts, CAD words, places, days).
_NOT_NAMES = frozenset("""
caller rp subj subject suspect pt patient victim male female man woman boy girl son
daughter mother father mom dad brother sister husband wife neighbor neighbors roommate
friend manager staff security officer police ems fire unit update callback states says
advises reports requests stated said reported per neg yes unk unknown monday tuesday
wednesday thursday friday saturday sunday january february march april may june july
august september october november december street st avenue ave road rd north south east
west main park lake city county hospital school church store shelter library bus station
transfer xfer hx prior call calls ok okay apt unit lot blk block
""".split())


def _rule_words() -> frozenset[str]:
    """Every word the disqualifier rules' shared vocabulary uses: never part of a name."""
    try:
        from calltriage.rules import vocab
    except ImportError:  # pragma: no cover
        return frozenset()
    words = set()
    for v in vars(vocab).values():
        if isinstance(v, str):
            words.update(w.lower() for w in re.split(r"[|+ ?]", v) if w.isalpha())
    return frozenset(words)


def _stop_words() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # pragma: no cover
        return frozenset()
    return frozenset(STOP_WORDS)


_BLOCK = _NOT_NAMES | _rule_words() | _stop_words()


def _plain(word: str) -> str:
    return word.lower().strip(".,'-")


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _name_length(words: list[str], *, lead_known: bool | str) -> int:
    """How many of ``words`` form a name. ``lead_known``: a cue already says a name starts
    here, so the first word needs only to be capitalized (or be a listed first name)."""
    if not words:
        return 0
    first = _plain(words[0])
    if first in _BLOCK and first not in FIRST_NAMES:
        return 0
    if not (first in FIRST_NAMES or (lead_known and (_is_cap(words[0]) or lead_known == "any"))):
        return 0
    n = 1
    while n < len(words) and n < 5:
        w = _plain(words[n])
        if w in _PARTICLES:
            k = n
            while k < len(words) and _plain(words[k]) in _PARTICLES:
                k += 1
            if k < len(words) and _is_cap(words[k]) and _plain(words[k]) not in _BLOCK:
                n = k + 1
                continue
            break
        if w in _BLOCK:
            break
        if _is_cap(words[n]) or (lead_known == "any" and n == 1 and w.isalpha()):
            n += 1
            continue
        break
    return n


_CUE = re.compile(rf"(?i)\b(?:{_NAME_CUES})\s*[:,-]?\s*")
_TITLE = re.compile(rf"(?i)\b(?:{_TITLES})\.?\s+")
_ROLE = re.compile(rf"(?i)\b(?:{_ROLES})\s*[:,-]?\s+")


def _replace_names(text: str, counts: Counter) -> str:
    spans: list[tuple[int, int]] = []

    def words_at(pos: int) -> list[re.Match]:
        out = []
        for m in _WORD.finditer(text, pos):
            between = text[(out[-1].end() if out else pos):m.start()]
            if out and (not between.isspace() or "\n" in between):
                break
            if not out and text[pos:m.start()].strip():
                break
            out.append(m)
            if len(out) == 6:
                break
        return out

    def claim(pos: int, lead) -> None:
        ws = words_at(pos)
        n = _name_length([m.group(0).rstrip(".,") for m in ws], lead_known=lead)
        if n:
            end = ws[n - 1].start() + len(ws[n - 1].group(0).rstrip(".,"))
            spans.append((ws[0].start(), end))

    for m in _CUE.finditer(text):
        claim(m.end(), "any")
    caps_text = _mostly_caps(text)
    for m in _TITLE.finditer(text):
        claim(m.end(), not caps_text)  # in ALL CAPS every word looks capitalized
    for m in _ROLE.finditer(text):
        claim(m.end(), False)
    for m in _WORD.finditer(text):
        w = m.group(0)
        if _plain(w) in FIRST_NAMES and (_is_cap(w) or caps_text):
            claim(m.start(), False)
    if not spans:
        return text
    spans.sort()
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out, last = [], 0
    for a, b in merged:
        out.append(text[last:a])
        out.append("[NAME]")
        last = b
        counts["NAME"] += 1
    out.append(text[last:])
    return "".join(out)


def _mostly_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.85


def _sub(pattern: re.Pattern, repl, text: str, counts: Counter, key: str) -> str:
    def do(m: re.Match) -> str:
        out = repl(m) if callable(repl) else repl
        if out != m.group(0):
            counts[key] += 1
        return out

    return pattern.sub(do, text)


_DIRECTIONS = frozenset("n s e w north south east west ne nw se sw of blk block".split())


def _address(m: re.Match) -> str:
    """An address unless the words between the number and the street type are ordinary
    words ("4-5 shots from the alley")."""
    words = [_plain(w) for w in m.group(0).split()[1:-1]]
    if any(w in _BLOCK and w not in _DIRECTIONS for w in words):
        return m.group(0)
    return "[ADDRESS]"


def scrub(text: str) -> tuple[str, Counter]:
    """``(text with placeholders, counts per placeholder kind)``."""
    counts: Counter = Counter()
    if not text:
        return text, counts
    t = _sub(EMAIL, "[EMAIL]", text, counts, "EMAIL")
    t = _sub(DOB, lambda m: m.group(1) + m.group(2) + "[DOB]", t, counts, "DOB")
    t = _sub(PHONE, "[PHONE]", t, counts, "PHONE")
    t = _sub(ADDRESS, _address, t, counts, "ADDRESS")
    t = _sub(ADDRESS_DIR, lambda m: m.group(0) if _plain(m.group(1)) in _BLOCK else "[ADDRESS]",
             t, counts, "ADDRESS")
    t = _sub(UNIT, lambda m: (m.group(1) + (m.group(2) or " ") if m.group(1) else "#")
             + "[ADDRESS]", t, counts, "ADDRESS")
    t = _replace_names(t, counts)
    return t, counts
