"""Negation and uncertainty around a matched mention.

Only a clear screened negative clears a mention ("no weapons seen", "denies HI",
"WPNS: NEG", "any weapons? no"). Everything else fires, uncertain mentions included.

Design, and how it differs from negspacy:

* Termsets are immutable module data (frozensets), never shared mutable globals.
* The scope is bounded and *narrow*: a negation cue reaches a mention only across
  "filler" words (determiners, quantifiers, have/carry/see verbs: "no visible weapons",
  "does not have any weapons", "not seen with a knife"). Any other word in between breaks
  the scope, so "won't drop the knife" or "not listening, has a knife" still fire: a cue
  negates the existence of the thing, not some verb near it.
* Clause ends (punctuation, "but", "and", "if", "whether", "except", ...) stop the scope.
* Pseudo-negations ("not only", "no further", "not sure", "can't rule out") never negate.
* Danger phrases that contain a negation word ("not breathing", "won't wake up",
  "no pulse") are matched as positive patterns by the rules themselves; the cue inside a
  matched span is never used to negate that span.
* One cue covers a list joined by "or"/"nor" ("no guns or knives", "nobody has been hit
  or pushed", "has not pulled anything or threatened anyone"); "and" and commas do not
  extend it.
* A cue inside a condition is no screen: "if he doesn't hand it over", "whether or not".
* "no one"/"nobody"/"non-" are cues ("no one was assaulted", "non-violent").
* Post-negation reads screening answers: "WPNS NEG", "weapons? no", "asked about
  wpns: 'no guns'", "any pills or weapons near her - 'NO, I gave them to my sister'".
* The doc the functions receive may be a spaCy Doc or the rules' TokenView; both give
  ``doc[i:j].text/start_char/end_char`` for the explanation.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from calltriage.rules.base import dated_past, within_clause

PRE_SCOPE = 5  # tokens between a pre-negation cue and the mention, at most
POST_SCOPE = 7  # tokens between the mention and a post-negation cue, at most

# Cues that negate what follows them (token NORMs).
PRE_CUES: frozenset[str] = frozenset({
    "no", "not", "never", "without", "denies", "denied", "deny", "denying", "negative",
    "none", "nor", "neither", "zero", "nothing", "nobody", "noone", "non", "nowhere",
    "nobodys", "noones",  # "nobodys been hurt" (nobody's, typed without the apostrophe)
    # Spanish: "sin armas", "nadie herido", "ningún arma"
    "sin", "nadie", "ningún", "ningun", "ninguna", "nunca",
    # French: "pas d'arme", "aucune blessure", "sans arme" (never "ne": NE is a direction)
    "pas", "aucun", "aucune", "sans", "jamais",
})

# Multi-token sequences beginning with a cue that do NOT negate.
PSEUDO_NEGATIONS: tuple[tuple[str, ...], ...] = (
    ("not", "only"), ("not", "just"), ("no", "further"), ("not", "sure"),
    ("not", "certain"), ("not", "clear"), ("no", "idea"), ("not", "known"),
    ("no", "doubt"), ("no", "longer"), ("not", "confirmed"), ("not", "verified"),
    ("not", "rule"), ("not", "ruled"), ("no", "way"), ("not", "able"), ("no", "answer"),
    ("not", "yet"), ("no", "one", "knows"), ("not", "positive"), ("nothing", "but"),
    ("not", "100"), ("not", "unless"), ("never", "mind"), ("no", "matter"),
    ("not", "say"), ("not", "tell"), ("not", "see", "if"), ("not", "see", "whether"),
    ("not", "know"), ("not", "knowing"), ("no", "clue"), ("not", "enough"),
    ("no", "info"), ("no", "information"), ("not", "stop"), ("not", "stopping"),
    ("no", "more", "than"),
)

# Words that may stand between a cue and the mention without breaking the scope.
FILLERS: frozenset[str] = frozenset({
    "a", "an", "the", "any", "other", "obvious", "visible", "apparent", "apparently",
    "sign", "signs", "of", "for", "evidence", "indication", "indications", "seen",
    "observed", "reported", "have", "has", "had", "having", "carry", "carries", "carrying",
    "with", "possess", "possessing", "see", "saw", "notice", "noticed", "involved", "were",
    "was", "is", "are", "be", "been", "being", "found", "present", "appear", "appears",
    "to", "there", "on", "him", "her", "them", "his", "their", "hand", "hands", "person",
    "anyone", "anybody", "anything", "such", "actual", "real", "current", "currently",
    "physical", "further", "active", "acute", "immediate", "serious", "major", "mention",
    "mentions", "report", "reports", "do", "does", "did", "weapons", "weapon", "firearms",
    "injuries", "drugs", "alcohol", "or", "/", "-", "sharp", "objects", "object", "recent",
    "access", "threats", "threat", "thoughts", "plans", "plan", "intent", "intention",
    "complaint", "complaints", "evident", "noted", "nor", "obviously", "at", "this",
    "time", "all", "one", "need", "needs", "needed", "require", "requires", "required",
    "requiring", "signs", "any", "actually", "really", "even", "been", "ever", "got",
    "gotten", "getting", "get", "made", "make", "making", "known", "immediately",
    "party", "parties", "individual", "individuals", "occupant", "occupants", "else",
    # contractions and reporting verbs between a cue and the item ("nobody's hitting
    # anybody", "not reporting anything dangerous")
    "'s", "s", "reporting", "describing", "mentioning",
    # Spanish: "no se le han visto armas", "no tiene armas", "no hay heridos"
    "se", "le", "les", "han", "ha", "visto", "vio", "tiene", "tienen", "tenía", "hay",
    "había", "lleva", "llevaba", "ve", "ven", "observan", "reportan", "reporta", "hubo",
    # French: "n'a pas vu d'arme", "aucune arme visible"
    "vu", "visible", "visibles", "signalé", "signalée",
    # "he doesn't own a gun", "does not keep any weapons", "no talk of suicide"
    "own", "owns", "keep", "keeps", "talk",
    # "denies trying to hurt himself", "not wanting to die"
    "trying", "wanting", "attempting", "planning", "intending", "meaning",
})
# Pronouns, "caller", "states" are deliberately NOT fillers: "RP says no he has a knife"
# must fire. An extra disqualifier only loses an eligible call; a missed one is unsafe.

# Words (and punctuation) that end a scope.
BARRIERS: frozenset[str] = frozenset({
    ".", ";", "!", "?", ":", "(", ")", "[", "]", ",", "\n", "but", "however", "though",
    "although", "yet", "except", "and", "while", "whereas", "which", "who", "if",
    "whether", "because", "since", "until", "unless", "then", "now", "after", "before",
    "besides", "apart", "aside", "than", "update", "upd", "**", "--", "still", "instead",
    "although", "whereas", "otherwise", "*", "updated", "updates",
})

# Words that open an update line in CAD notes ("** UPDATE 0104 ...", "UPD:").
UPDATE_MARKERS: frozenset[str] = frozenset({
    "update", "upd", "updt", "updte", "uptd", "updated", "updates", "*", "callback", "cb",
    "recontact",
    "recontacted", "re-contact", "addendum",
    # a correction told in the same notes: "caller clarifies it is a video game"
    "clarifies", "clarified", "corrects", "corrected", "correction",
})


# Cues after the mention: "WPNS NEG", "weapons: none", "weapons? no", "injuries denied".
POST_CUES: frozenset[str] = frozenset({
    "none", "negative", "denied", "denies", "nil", "x0",
})
# Words after the mention that form a negative only together with the next word.
POST_NOT: frozenset[str] = frozenset({
    "seen", "observed", "present", "involved", "reported", "found", "visible", "noted",
    "indicated", "mentioned",
})
# Answer words that negate only in a question/answer frame ("any weapons? no.").
ANSWER_NO: frozenset[str] = frozenset({"no", "nope", "nah", "negative", "none", "n"})
ANSWER_FRAME: frozenset[str] = frozenset({
    "?", ":", "-", "=", "/", "said", "says", "states", "stated", "answered", "replied",
    "caller", "advises", "advised", "reports", "answers", "responds", "responded", "asked",
    "and", "--", "...", "were", "was", "are", "is", "to", "q", "a", "'", '"',
})
# Where-words between a screened item and its answer ("pills or weapons near her - no").
POST_FILLERS: frozenset[str] = frozenset({
    "near", "nearby", "around", "in", "at", "within", "reach", "home", "house", "the",
    "her", "him", "them", "his", "access", "apartment", "room", "residence", "vehicle",
    "car", "person", "on", "/", "medications", "meds", "pills", "drugs", "firearms",
    "guns", "knives", "home", "inside",
    # "SELF HARM STATEMENTS: NONE"
    "statements", "statement", "comments", "talk",
})
# Who gives a screening answer ("any weapons in the house? mom says no").
ANSWERERS: frozenset[str] = frozenset({
    "mom", "dad", "mother", "father", "clerk", "staff", "security", "manager", "worker",
    "counselor", "he", "she", "they", "wife", "husband", "son", "daughter", "employee",
    "guard", "nurse", "pastor", "neighbor", "subject", "complainant", "caller", "rp",
    "owner", "officer", "teacher", "friend", "sister", "brother", "roommate", "parent",
    "parents", "driver", "witness", "victim", "says", "said", "states", "stated",
})
# What may follow an answer "no" and still leave it an answer ("'NO I GAVE MY PILLS").
_AFTER_ANSWER: frozenset[str] = frozenset({
    "'", '"', "i", "he", "she", "they", "we", "per", "sir", "ma'am", "maam", "caller",
})
_CLAUSE_END: frozenset[str] = frozenset({".", ";", "!", ",", "\n", "?", "(", ")", "but", "and"})
# Separators between the items of a CAD screening list ("WPN: NONE / VIOLENCE: NO - INJ: N").
_LIST_NEXT: frozenset[str] = frozenset({"-", "--", "/", "|", "*", "**"})


def _list_goes_on(norms: list[str], j: int) -> bool:
    """At ``j`` a screening list goes on to its next item or answer ("NO - INJ: N",
    "N/N", "NONE | VIOL"), not a descriptor such as "N/F" (a native female)."""
    if j >= len(norms) or norms[j] not in _LIST_NEXT:
        return False
    nxt = norms[j + 1] if j + 1 < len(norms) else ""
    if norms[j] == "/":  # not a descriptor's second letter: "N/F", "N/M"
        return not (len(nxt) == 1 and nxt.isalpha() and nxt not in ("y", "n"))
    return True

UNCERTAINTY_CUES: frozenset[str] = frozenset({
    "may", "might", "maybe", "possibly", "possible", "could", "unknown", "unsure",
    "thinks", "think", "believes", "believe", "unclear", "probably", "perhaps", "appears",
    "seems", "suspect", "suspects", "suspected", "poss", "potentially", "likely",
    "allegedly", "reportedly", "?", "if", "whether",
})


@dataclass(frozen=True, slots=True)
class Assessment:
    """How a mention is qualified by its context."""

    negated: bool
    uncertain: bool
    cue: str = ""  # the words that decided it, for the explanation
    cue_start: int = 0
    cue_end: int = 0


def _is_pseudo(norms: list[str], i: int) -> bool:
    for seq in PSEUDO_NEGATIONS:
        if tuple(norms[i : i + len(seq)]) == seq:
            return True
    # "could not see if", "doesn't know whether": a cue followed soon by if/whether asks,
    # it does not deny.
    for j in range(i + 1, min(i + 4, len(norms))):
        if norms[j] in ("if", "whether", "si"):
            return True
    return False


# "if he doesn't hand it over", "or else": a negation inside a condition is no screen.
_CONDITIONAL: frozenset[str] = frozenset({"if", "unless"})


def _conditional(norms: list[str], i: int) -> bool:
    if any(norms[j] in _CONDITIONAL for j in range(max(0, i - 3), i)):
        return True
    # "whether or not he has a gun"
    return i >= 2 and norms[i - 1] == "or" and norms[i - 2] in ("whether", "if")


# Screened items a CAD screening answer follows ("WPNS NEG", "ETOH: NO", "SI - NEG").
SCREEN_ITEMS: frozenset[str] = frozenset({
    "weapons", "weapon", "guns", "gun", "knives", "knife", "firearms", "suicidal_ideation",
    "homicidal_ideation", "suicidal_homicidal_ideation", "injuries", "injury", "injured",
    "alcohol", "drugs", "pills", "medications", "intoxicated", "violence", "threats",
    "psych", "psychiatric", "ems", "medical", "hurt", "med", "harm", "viol", "suspect",
    "self", "mh", "illness", "illnesses", "intox", "physical",
})
# Words that answer a screened item before it ("unk re drugs/ETOH", "declines EMS").
_ITEM_ANSWERS: frozenset[str] = PRE_CUES | {
    "unknown", "unk", "declines", "declined", "refuses", "refused", "y", "yes", "n",
    "positive", "endorses", "admits",
}


def _answers_item_before(norms: list[str], i: int) -> bool:
    """The cue at ``i`` is the answer to the screened item before it ("WPNS NEG - HI
    TOWARD NEIGHBOR": NEG answers WPNS and says nothing about HI). Not when that item has
    its own cue before it: in "NEG INJ - NEG WPNS" or "no inj no wpns" each cue opens the
    next item."""
    if norms[i] not in ANSWER_NO:
        return False
    j = i - 1
    if j >= 0 and norms[j] in (":", "=", "-", "?"):
        j -= 1
    if j < 0 or norms[j] not in SCREEN_ITEMS:
        return False
    for k in range(j - 1, max(-1, j - PRE_SCOPE - 2), -1):  # its own ("no drugs or ETOH")
        if norms[k] in _ITEM_ANSWERS:
            return False
        if norms[k] in BARRIERS and norms[k] not in ("and", "&"):  # "denies SI and HI"
            break
    return True


# Knowing-verbs that, negated and followed by "of", screen the thing negative.
_KNOW_OF: frozenset[str] = frozenset({"know", "knows", "aware", "unaware"})


def _pre_negation(doc: Doc, norms: list[str], start: int) -> Assessment | None:
    lo = max(0, start - PRE_SCOPE - 1)
    skipped = 0
    seen_or = False
    i = start - 1
    while i >= lo:
        n = norms[i]
        # "doesn't know of any weapons", "not aware of any", "unaware of any": nothing known
        # (unlike "doesn't know if he has one", which asks, or "doesn't know of the knife")
        if (n in _KNOW_OF and i + 2 < start and norms[i + 1] == "of"
                and norms[i + 2] == "any"
                and (n == "unaware" or (i >= 1 and norms[i - 1] in ("not", "never")))):
            a = i if n == "unaware" else i - 1
            span = doc[a:start]
            return Assessment(True, False, span.text, span.start_char, span.end_char)
        if n in PRE_CUES:
            if _is_pseudo(norms, i) or _conditional(norms, i):
                return None
            if _answers_item_before(norms, i):
                return None
            span = doc[i:start]
            return Assessment(True, False, span.text, span.start_char, span.end_char)
        # A coordinated list under one cue: "no guns or knives", "nobody hit or pushed",
        # "has not pulled anything or threatened anyone". Only "or"/"nor" join items here;
        # "and" and commas end the scope.
        if n in ("or", "nor", "/"):
            if not seen_or:
                seen_or = True
                lo = max(0, lo - 2)
            i -= 1
            continue
        if n not in FILLERS and n not in BARRIERS and seen_or and skipped < 2:
            skipped += 1
            i -= 1
            continue
        if n in BARRIERS or n not in FILLERS:
            return None
        i -= 1
    return None


def _ends_answer(norms: list[str], j: int) -> bool:
    """What is at ``j`` closes a screening answer: the end, a clause end, the answerer
    ("NO per RP"), the list's next separator or a time ("WPNS? No 14:55")."""
    return (j == len(norms) or norms[j] in _CLAUSE_END or norms[j] in _AFTER_ANSWER
            or _list_goes_on(norms, j) or norms[j][:1].isdigit())


_WEAPON_ITEMS: frozenset[str] = frozenset({
    "weapons", "weapon", "guns", "gun", "knives", "knife", "firearms", "firearm", "wpn",
    "wpns",
})


def _names_item_again(norms: list[str], start: int, end: int, j: int) -> bool:
    """Whether the word at ``j`` (after an answer "no") may name the mention's own item:
    any word but another screened item ("WPN - NO INJS" answers injuries, not the weapon),
    unless that item is asked on its own ("WPNS: no INJURIES? NEG")."""
    if j >= len(norms) or norms[j] not in SCREEN_ITEMS:
        return True
    if j + 1 < len(norms) and norms[j + 1] in ("?", ":", "-", "=", "--"):
        return True
    return norms[j] in _WEAPON_ITEMS and not _WEAPON_ITEMS.isdisjoint(norms[start:end])


def _post_negation(doc: Doc, norms: list[str], end: int, start: int) -> Assessment | None:
    hi = min(len(norms), end + POST_SCOPE + 1)
    framed = False
    # items and answers alternate ("THREATS NEG INJ NO SI NO"): an answer right after an
    # item is that item's, even a "no" followed by the next item
    alternating = start >= 1 and _answers_item_before(norms, start - 1)
    # two items asked together ("WPNS/VIOLENCE: NONE"): the answer after both is both's
    # (not a finding and then the next item: "FLASHLIGHT MOVING AROUND / WPNS-N")
    if (end + 2 < len(norms) and norms[end - 1] in SCREEN_ITEMS and norms[end] == "/"
            and norms[end + 1] in SCREEN_ITEMS
            and norms[end + 2] in (":", "-", "?", "=")):
        end += 2
        hi = min(len(norms), end + POST_SCOPE + 1)
    for i in range(end, hi):
        n = norms[i]
        # the list moves on to another screened item: what follows answers that item
        # ("PERSON INSIDE / WPNS-N": N is the weapons answer)
        if n in _LIST_NEXT and i + 1 < len(norms) and norms[i + 1] in SCREEN_ITEMS:
            return None
        if n in POST_CUES and not _is_pseudo(norms, i):
            span = doc[end:i + 1]
            return Assessment(True, False, span.text, span.start_char, span.end_char)
        if n == "not" and i + 1 < len(norms) and norms[i + 1] in POST_NOT:
            span = doc[end:i + 2]
            return Assessment(True, False, span.text, span.start_char, span.end_char)
        # the next item may follow an answer ("VIOLENCE: NEG INJ: N"), but a "no" before
        # an item opens that item ("ROBBERY - NO WEAPON SEEN", "HAS FIREARM NO INJ")
        # unless items and answers alternate
        next_item = (i + 1 < len(norms) and norms[i + 1] in SCREEN_ITEMS
                     and (n != "no" or alternating))
        if n in ANSWER_NO and framed and not _is_pseudo(norms, i) and (
            _ends_answer(norms, i + 1) or next_item
            # "wpns: 'no guns'": the answer names the item again (not another item: "SUBJ
            # WITH WPN - NO INJS" has a weapon and no injuries)
            or (_names_item_again(norms, start, end, i + 1) and (
                (i + 2 < len(norms) and norms[i + 2] in _CLAUSE_END | {"'", '"'})
                or i + 2 == len(norms)))
        ):
            span = doc[end:i + 1]
            return Assessment(True, False, span.text, span.start_char, span.end_char)
        # a screening list without colons ("WPNS NEG VIOLENCE N INJS NEG", "SI/HI N/N"):
        # the answer right after the item
        if n in ANSWER_NO and i == end and not _is_pseudo(norms, i) and (
            _ends_answer(norms, i + 1) or next_item or alternating
        ):
            span = doc[end:i + 1]
            return Assessment(True, False, span.text, span.start_char, span.end_char)
        if n in ANSWER_FRAME:
            framed = framed or n in ("?", ":", "-", "=", "--", "said", "says", "states",
                                     "stated", "answered", "replied", "advises", "advised",
                                     "reports", "answers", "responds", "responded")
            continue
        if (n in FILLERS or n in POST_FILLERS) and n not in BARRIERS:
            continue
        if framed and n in ANSWERERS:
            continue
        return None
    return None


# A text-to-911 transcript: the call-taker's lines start ">>" (or "CT:", "C/T:", "911:",
# "DISPATCH:", "CALL TAKER:", "911 OPERATOR:", "Q:" ...), the caller's "<<" (or "TXT:",
# "TEXT:", "TEXTER:", "CALLER:", "RP:", "A:"). Markers are the words before a colon that
# opens the line (NORMs: "RP" reads "caller", "C/T" reads "contact").
_ASKER_MARKS: frozenset[tuple[str, ...]] = frozenset({
    (">>",), ("ct",), ("contact",), ("911",), ("dispatch",), ("dispatcher",), ("disp",),
    ("calltaker",), ("call", "taker"), ("call-taker",), ("q",), ("operator",),
    ("911", "operator"), ("telecommunicator",), ("tc",), ("pst",),
})
_CALLER_MARKS: frozenset[tuple[str, ...]] = frozenset({
    ("<<",), ("txt",), ("text",), ("texter",), ("caller",), ("a",),
})


def _speaker(norms: list[str], line: int) -> tuple[tuple[str, ...], int]:
    """The speaker marker opening the line at ``line`` (">>", "<<" or the one or two words
    before a colon) and where the line's words start; ``()`` when there is none."""
    pair = norms[line:line + 2]
    if pair == [">", ">"] or pair == ["<", "<"]:
        return (pair[0] * 2,), line + 2
    for k in (1, 2):
        if line + k < len(norms) and norms[line + k] == ":":
            return tuple(norms[line:line + k]), line + k + 1
    return (), line
_ASKS: frozenset[str] = frozenset({
    "any", "anyone", "anybody", "is", "are", "does", "do", "did", "has", "have", "was",
    "were", "can", "could", "who", "what", "how", "and",
})


# What after a "no" opening a line says the question went unanswered.
_NOT_AN_ANSWER: frozenset[str] = frozenset({
    "answer", "answers", "response", "responses", "reply", "replies", "respond", "resp",
    "contact", "further", "callback", "call",
})


def _transcript_answer(doc: Doc, norms: list[str], start: int, end: int) -> Assessment | None:
    """The call-taker asked it on a ">>" line ("any weapons or anyone acting aggressive")
    and the caller's next line answers no ("<< no nothing like that"): a screened
    negative. Only a question (its line opens with a question word) and only a plain no."""
    # (no transcript: a question and its answer take two lines and a speaker mark)
    if "\n" not in norms or (">" not in norms and ":" not in norms):
        return None
    line = start
    while line > 0 and norms[line - 1] != "\n":
        line -= 1
    marker, first = _speaker(norms, line)
    if marker not in _ASKER_MARKS or first >= start or norms[first] not in _ASKS:
        return None
    nxt = end
    while nxt < len(norms) and norms[nxt] != "\n":
        nxt += 1
    if nxt + 1 >= len(norms):
        return None
    marker, at = _speaker(norms, nxt + 1)
    # the caller's line may carry no marker at all ("CT: any weapons?" then "no"), when
    # the call-taker's line is a question
    if marker not in _CALLER_MARKS and not (marker == () and norms[nxt - 1] == "?"):
        return None
    if at >= len(norms):
        return None
    answer = norms[at]
    if answer not in ANSWER_NO and answer not in ("nobody", "nothing", "nah", "nope"):
        return None
    # "no answer", "no response": the line says nobody answered, not no
    if at + 1 < len(norms) and norms[at + 1] in _NOT_AN_ANSWER:
        return None
    # "no, he has a knife": an answer that goes on to name something is no screen
    if at + 1 < len(norms) and norms[at + 1] in (",", "but") and answer == "no":
        after = norms[at + 2:at + 5]
        if any(w in ("he", "she", "they", "has", "have", "there", "but") for w in after):
            return None
    span = doc[nxt + 1:at + 1]
    return Assessment(True, False, span.text, span.start_char, span.end_char)


def _uncertain(norms: list[str], start: int, end: int) -> str:
    lo = max(0, start - 6)
    for i in range(start - 1, lo - 1, -1):
        if norms[i] in (".", ";", "!", "\n"):
            break
        if norms[i] in UNCERTAINTY_CUES:
            return norms[i]
    for i in range(end, min(len(norms), end + 2)):
        if norms[i] == "?":
            return "?"
    return ""


def uncertainty_cue(norms: list[str], lo: int, start: int) -> str:
    """An uncertainty word between ``lo`` and ``start`` (same sentence), or ""."""
    for i in range(start - 1, max(lo, start - 8) - 1, -1):
        if norms[i] in (".", ";", "!", "\n"):
            break
        if norms[i] in UNCERTAINTY_CUES and norms[i] != "?" or norms[i] in ("sure", "unsure"):
            return norms[i]
    return ""


def assess(doc: Doc, norms: list[str], start: int, end: int) -> Assessment:
    """Qualify the mention doc[start:end]. ``norms`` is [t.norm_ for t in doc]."""
    neg = (_pre_negation(doc, norms, start) or _post_negation(doc, norms, end, start)
           or _transcript_answer(doc, norms, start, end))
    if neg is not None:
        return neg
    cue = _uncertain(norms, start, end)
    return Assessment(False, bool(cue), cue)


# base.dated_past reads a history word anywhere in the clause as dating the whole clause:
# "pt with hx of depression took a bottle of pills", "husband with a history of DV
# punched her in the face", "son with history of schizophrenia stabbed his mother" were
# cleared as history, and "teenager" dated any clause it named a person in ("dad is
# beating his teenager", "my teenager cut her wrists"). The rules use this guard instead:
#
# * "teenager" is a person ("teen"); "as a teenager" still dates the clause ("as a" is a
#   marker of its own);
# * "history", "hx", "previously", "childhood", "anniversary" date only what they govern:
#   the mention right after them or after their "of" ("previously overdosed", "hx of
#   seizures", "history of prior ODs", "anniversary of his overdose"), the mention right
#   before them ("cutting history"), or, for "childhood", the act it places ("abused in
#   childhood"); anywhere else in the clause they date nothing.
#
# Time adverbials ("two years ago", "back in 2019", "last year") still date the clause.
_TEENAGER: frozenset[str] = frozenset({"teenager", "teenagers"})
GOVERNING: frozenset[str] = frozenset({
    "history", "hx", "previously", "childhood", "anniversary",
})


# Words between "history of" and what it dates ("hx of prior ODs", "anniversary of his OD").
_MODIFIERS: frozenset[str] = frozenset({
    "a", "an", "the", "his", "her", "their", "its", "prior", "past", "previous", "multiple",
    "several", "many", "two", "three", "recent", "old", "severe", "suicide", "self", "drug",
    "heavy", "chronic", "frequent", "repeated", "violent", "serious",
})


def governs(norms: list[str], i: int, start: int, end: int) -> bool:
    """Does the history word at ``i`` date the mention norms[start:end]?"""
    n = norms[i]
    if n == "childhood":
        return 0 < i - end <= 2 and norms[i - 1] in ("in", "during", "since", "from")
    if i == end or (start == i + 1 and n != "anniversary"):
        return True
    if i + 1 >= len(norms) or norms[i + 1] != "of":
        return False
    return start == i + 2 or (start == i + 3 and norms[i + 2] in _MODIFIERS)


def dated_past_guard(doc, norms: list[str], start: int, end: int) -> str | None:
    """Guard: clear a mention its clause dates years back (history, not an emergency)."""
    lo, hi = within_clause(norms, start, end)
    window = norms[lo:hi]
    if not (_TEENAGER.isdisjoint(window) and GOVERNING.isdisjoint(window)):
        norms = list(norms)
        for i in range(lo, hi):
            n = norms[i]
            if n in _TEENAGER:
                norms[i] = "teen"
            elif n in GOVERNING and not governs(norms, i, start, end):
                norms[i] = "-"
    marker = dated_past(norms, start, end)
    return f"dated in the past ('{marker}')" if marker else None


# Days back, not hours: "last Saturday", "last week", "3 days ago", "the other day".
# ("yesterday" and "last night" are not here: label sources disagree on them.)
_DAYS_BACK_AFTER_LAST: frozenset[str] = frozenset({
    "week", "weekend", "month", "year", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "summer", "winter", "spring", "fall",
})
_DAYS_BACK_UNITS: frozenset[str] = frozenset({
    "days", "weeks", "months", "years", "week", "month", "year",
})
_NOW_NEARBY: frozenset[str] = frozenset({
    "now", "still", "currently", "again", "tonight", "today", "just", "ongoing",
    "continues", "continuing", "keeps",
})


_MONTHS: frozenset[str] = frozenset({
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sept", "oct", "nov", "dec",
})


def _days_back_marker(window: list[str], i: int) -> str | None:
    """The days-back date that starts at ``window[i]``, if one does."""
    n = window[i]
    nxt = window[i + 1] if i + 1 < len(window) else ""
    if n == "last" and nxt in _DAYS_BACK_AFTER_LAST:
        return f"last {nxt}"
    if n in _DAYS_BACK_UNITS and nxt == "ago" and i and window[i - 1] not in ("hour", "hours"):
        return f"{n} ago"
    if n == "other" and nxt == "day" and i and window[i - 1] == "the":
        return "the other day"
    # "assaulted her in March", "was shot in 2018"
    if n == "in" and (nxt in _MONTHS or (len(nxt) == 4 and nxt[:2] in ("19", "20")
                                         and nxt.isdigit())):
        return f"in {nxt}"
    return None


_ACQUIRED: frozenset[str] = frozenset({
    "bought", "buy", "buying", "purchased", "purchase", "ordered", "acquired", "obtained",
    "picked", "borrowed", "stole",
})


def days_back_guard(doc, norms: list[str], start: int, end: int) -> str | None:
    """Guard: clear an act its clause dates days back ("punched her last Saturday",
    "last Tuesday a man pulled a knife on her", "hurt her badly three years ago", "in
    March"), within 12 words, when nothing between the date and the act (or just before
    the act) places it now: "got out last week and just punched her" fires, while in "hurt
    her three years ago and she still has nightmares" the "still" is about the nightmares.
    An hour ago, last night or yesterday still fire. A thing bought or picked up days back
    is still had: "might have bought a gun last week" fires."""
    if not _ACQUIRED.isdisjoint(norms[max(0, start - 4):start]):
        return None
    lo, hi = within_clause(norms, start, end)
    lo, hi = max(lo, start - 12), min(hi, end + 12)  # unpunctuated CAD runs on
    window = norms[lo:hi]
    for i in range(len(window)):
        marker = _days_back_marker(window, i)
        if marker is None:
            continue
        at = lo + i
        a, b = (min(at, max(0, start - 2)), end) if at < start else (max(0, start - 2), at)
        if _NOW_NEARBY.isdisjoint(norms[a:b]):
            return f"dated days back ('{marker}')"
    return None
