"""`crime_in_progress`: a crime is happening now or the suspect is on scene (break-in,
burglary, robbery, theft in progress, vandalism in progress, impaired driving).

A crime that already happened with the suspect gone does not fire: noun mentions of a
crime ("burglary", "robbery") are cleared by a past-time guard ("last week", "GOA",
"suspect left", "report of") unless the same sentence also says the suspect is still
there. Progressive and explicit in-progress phrasings always fire. Violence alone is the
`violence` code, not this one; a suspect still on scene counts here when the narrative
names a property crime, a robbery or a break-in.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from calltriage.rules.base import Context, Rule, all_guards, within_clause, within_sentence
from calltriage.rules.vocab import (
    ANIMAL, BLADE, FIREARM, HEDGE, IF, NOT_KNOWING, PERSON, PET, PROPERTY, alt, up_to,
)

CODE = "crime_in_progress"

PAST_MARKERS: frozenset[str] = frozenset({
    "yesterday", "earlier", "ago", "last", "overnight", "previously", "previous", "prior",
    "gone_on_arrival", "goa", "gone", "left", "fled", "departed", "happened", "occurred",
    "report", "reporting", "reported", "later", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "weekend", "week", "weeks", "month",
    "months", "years", "insurance", "online", "follow-up", "followup", "unable_to_locate",
    "utl", "discovered", "found", "came+home", "returned", "morning", "night", "history",
    "case", "anniversary", "recovered", "since", "when", "while", "sometime",
    "ran", "drove", "went",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december",
})
PRESENT_MARKERS: frozenset[str] = frozenset({
    "now", "currently", "still", "inside", "in_progress", "progress", "right", "active",
    "actively", "ongoing", "happening", "present", "scene", "watching", "detained",
    "holding", "hiding", "attempting", "trying", "sees", "seeing", "hears", "hearing",
    "can", "is", "are", "'s", "am",
})
# Weak present words that do not outweigh an explicit past marker.
_WEAK_PRESENT: frozenset[str] = frozenset({"is", "are", "'s", "am", "can", "sees", "hears"})


# "has not gone after anyone", "gone crazy": "gone" that places nothing in the past
_GONE_NOT_PAST: frozenset[str] = frozenset({"after", "crazy", "nuts", "wild", "off", "berserk"})


_IS_NOW: frozenset[str] = frozenset({"is", "are", "'s", "am", "'re", "'m"})
_SOMEONE: frozenset[str] = frozenset({
    "man", "male", "guy", "woman", "female", "person", "people", "someone", "somebody",
    "subject", "subj", "subjects", "suspect", "suspects", "kids", "juveniles", "juvs",
    "teens", "group", "males", "females", "men", "guys", "individual", "individuals",
})
_WAS: frozenset[str] = frozenset({"was", "were", "had", "'d"})
# A present-tense verb after "when" tells what is coming: "saying he'll hurt her when he
# gets in" (not "when he got in").
_WHEN_COMING: frozenset[str] = frozenset({
    "gets", "comes", "arrives", "finds", "sees", "breaks", "opens", "wakes", "returns",
    "catches", "makes", "goes", "tries",
})
_LAST_DETERMINERS: frozenset[str] = frozenset({
    "the", "a", "his", "her", "their", "my", "our", "its", "this", "that", "every",
})
LAST_TIME: frozenset[str] = frozenset({
    "time", "times", "night", "week", "weekend", "month", "year", "evening", "morning",
    "summer", "winter", "spring", "fall", "few", "couple", "two", "three", "several",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "incident",
    "call", "visit", "report", "break-in", "burglary",
})


# Words that open a span of time that runs up to now: "camping there since last week",
# "yelling at cars all morning", "ringing her doorbell every night".
_SPAN_LEADS: frozenset[str] = frozenset({"since", "all", "every", "each", "throughout"})
# ... and the time words such a span may hold before its time ("since about 9").
_SPAN_FILL: frozenset[str] = frozenset({
    "last", "this", "about", "around", "like", "approx", "approximately", "early", "late",
    "the", "yesterday", "earlier", "saturday", "sunday", "monday", "tuesday", "wednesday",
    "thursday", "friday", "before", "after",
})


_NOW_WORDS: frozenset[str] = frozenset({"now", "currently", "still", "rn"})
# Beside something a fire can catch: "next to the parked cars".
_BESIDE_WHAT_BURNS = (
    "next+to|near|beside|by|under|against ~2 the|a|parked|other ? cars|car|vehicles|vehicle|"
    "building|buildings|house|houses|trees|fence|dumpsters|gas+pump|pumps"
)
# Acts with things told as happening now, for ``unauthorized_now`` (what makes them a
# crime is that the person has no right to the place or the thing).
_ACTING = (
    "taking|loading|carrying|rolling|prying|cutting|drilling|hooking|siphoning|stripping|"
    "dumping|grabbing|rummaging|filling|pocketing|removing|unscrewing|unbolting|towing|"
    "hauling|hitching|emptying|stealing|going+through|digging+through|handing|draining|"
    "changing+the+lock|changing+the+locks|netting|spotlighting|poaching|unloading|tearing|"
    "ripping|spray+painting|tagging|moving+in|moving+into|moving+stuff|moving+furniture|"
    "moving+things|moving+a|moving+their|pulling+up|pulling+out|backing+a|backing+up"
)
# People with a right to be where they are seen.
LEGIT_PRESENCE = (
    "owner|homeowner|owners|resident|residents|tenant|tenants|landlord|maintenance|"
    "repairman|contractor|contractors|plumber|electrician|locksmith|movers|mover|"
    "property+manager|building+manager|super|superintendent|realtor|tow+truck|utility+crew|"
    "city+crew|police|officers"
)
# Verbs of leaving that say arriving before these ("drove in", "went inside").
_ARRIVING: frozenset[str] = frozenset({"drove", "went", "ran"})
_INTO: frozenset[str] = frozenset({"in", "into", "inside", "onto", "through", "thru"})


def _in_running_span(norms: list[str], i: int, lo: int, hi: int) -> bool:
    """Whether the time word at ``i`` is the span of something still going ("all morning",
    "every night"), or, in a sentence that says now, its start ("camping there since last
    week, just cut the padlock and is carrying her things inside right now"): neither
    places an act in the past. "Since the burglary" is no span of time, and "broken
    windows, been there since 0800" says no now."""
    j = i - 1
    while j >= lo and i - j <= 3 and norms[j] in _SPAN_FILL:
        j -= 1
    if norms[i] == "since":
        nxt = norms[i + 1] if i + 1 < hi else ""
        since = nxt in _SPAN_FILL or nxt in LAST_TIME or nxt[:1].isdigit()
    else:
        since = j >= lo and i - j <= 3 and norms[j] == "since"
        if not since and j == i - 1 and j >= lo and norms[j] in _SPAN_LEADS:
            return True  # "all morning", "every night"
    return since and any(norms[k] in _NOW_WORDS for k in range(lo, hi))


# What "case" means after these words: a thing that holds things, no case number.
_CASE_CONTAINERS: frozenset[str] = frozenset({
    "display", "glass", "jewelry", "phone", "pencil", "guitar", "trophy", "show", "book",
    "suit", "brief", "gun", "knife", "cigarette", "beer", "pillow",
})


def _nearest(norms: list[str], lo: int, hi: int, start: int, end: int,
             words: frozenset[str]) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for i in range(lo, hi):
        if norms[i] in words:
            if norms[i] == "gone" and i + 1 < len(norms) and norms[i + 1] in _GONE_NOT_PAST:
                continue
            # "while she is at work" is now ("while she was at work" is past)
            if norms[i] in ("while", "when"):
                # the verb of its clause, a few words on ("while someone on the phone is
                # telling him"), not past a clause end
                ahead = []
                for w in norms[i + 1:i + 7]:
                    if w in (".", ",", ";", "!", "?", "\n"):
                        break
                    ahead.append(w)
                if any(w in _IS_NOW or w in _WHEN_COMING for w in ahead) and not any(
                        w in _WAS for w in ahead):
                    continue
            # "RP reporting a man breaking into cars" reports what happens now
            if norms[i] in ("reporting", "reports", "report", "reported") and any(
                    w in _SOMEONE for w in norms[i + 1:i + 5]):
                continue
            # "closed for the night", "gone for the day": how long, not when
            if i >= 2 and norms[i - 2] == "for" and norms[i - 1] == "the" and norms[i] in (
                    "night", "day", "evening", "weekend", "week", "season", "morning"):
                continue
            # "smashing the display case": a container, not a case number
            if norms[i] == "case" and i and norms[i - 1] in _CASE_CONTAINERS:
                continue
            # "drove in with a pickup", "ran into the house": arriving, not leaving
            if norms[i] in _ARRIVING and i + 1 < len(norms) and norms[i + 1] in _INTO:
                continue
            # "since last week", "all morning": a span that runs up to now
            if (words is PAST_MARKERS or words is _PAST_NOT_HISTORY) and _in_running_span(
                    norms, i, lo, hi):
                continue
            # "the last car in the row" is no time ("last night", "the last time" are)
            if (norms[i] == "last" and i and norms[i - 1] in _LAST_DETERMINERS
                    and (i + 1 >= len(norms) or norms[i + 1] not in LAST_TIME)):
                continue
            d = start - i if i < start else (i - end + 1 if i >= end else 0)
            if best is None or d < best[0]:
                best = (d, norms[i])
    return best


_STRONG_PRESENT = PRESENT_MARKERS - _WEAK_PRESENT


_PAST_NOT_HISTORY: frozenset[str] = PAST_MARKERS - {"history"}
# -ing words that are no verb told as happening: nouns ("parking garage", "the building",
# "shoplifting" the report) and gerunds after a preposition ("without paying").
_NOT_A_VERB_NOW: frozenset[str] = frozenset({
    "parking", "building", "buildings", "morning", "evening", "ceiling", "clothing",
    "wedding", "something", "nothing", "anything", "everything", "during", "according",
    "including", "bedding", "housing", "meeting", "landing", "dwelling", "awning",
    "lighting", "plumbing", "wiring", "shopping", "dining", "living", "railing", "siding",
    "shoplifting", "carjacking", "mugging", "looting", "trespassing", "stalking",
    "speeding", "kidnapping", "wrongdoing", "sibling", "siblings", "ceiling", "offspring",
    "spring", "string", "king", "ring", "thing", "things", "being", "ping", "fencing",
    "roofing", "flooring", "paving", "heating", "recycling", "opening", "ending",
})
_GERUND_BEFORE: frozenset[str] = frozenset({
    "without", "before", "after", "while", "from", "of", "about", "for", "by", "since",
    "the", "a", "his", "her", "their", "my",
})
# Before an -ing verb: a habit or a past ("keeps sneaking in", "was breaking into"), not now.
_NOT_NOW_BEFORE: frozenset[str] = frozenset({
    "keeps", "kept", "keep", "always", "often", "usually", "was", "were", "been", "had",
    "thought", "regularly", "sometimes",
})


def _told_now(norms: list[str], lo: int, hi: int, start: int, end: int) -> bool:
    """Whether the clause [lo, hi) tells its mention as happening: a present word ("is",
    "sees", "now", "in progress"), or an -ing verb in the mention itself ("fireworks
    earlier tonight, subj kicking in the door"), unless a habit, a past or a preposition
    comes before it ("keeps sneaking in", "was breaking into", "without paying") or it is
    a noun ("parking", "shoplifting")."""
    if any(norms[i] in PRESENT_MARKERS for i in range(lo, hi)):
        return True
    return any(
        len(norms[i]) > 5 and norms[i].endswith("ing") and norms[i] not in _NOT_A_VERB_NOW
        and (i == 0 or (norms[i - 1] not in _NOT_NOW_BEFORE
                        and norms[i - 1] not in _GERUND_BEFORE))
        for i in range(start, end))


def _placed_in_past(norms: list[str], start: int, end: int) -> str | None:
    """The past marker that places this mention in the past, if the nearest time marker
    of its sentence is a past one ("robbed her house two years ago and she still can't
    sleep" is past; "the man who stole the purse is still inside" is now).

    A past word in another comma-clause of the sentence counts only when the mention's own
    clause does not tell it as happening: "they went to the store, neighbor sees a man
    climbing through the back window" is now ("went" is about something else), while
    "burglary, happened last night" is past."""
    lo, hi = within_sentence(norms, start, end)
    past = _nearest(norms, lo, hi, start, end, PAST_MARKERS)
    if past is None:
        return None
    clo, chi = within_clause(norms, start, end)
    in_clause = _nearest(norms, clo, chi, start, end, PAST_MARKERS)
    if in_clause is None and past[1] == "history":
        # "history" dates what it names ("hx of schizophrenia, home invasion"): from
        # another clause it dates nothing here
        past = _nearest(norms, lo, hi, start, end, _PAST_NOT_HISTORY)
        if past is None:
            return None
    if in_clause is None and _told_now(norms, clo, chi, start, end):
        return None
    now = _nearest(norms, lo, hi, start, end, _STRONG_PRESENT)
    if now is not None and now[0] <= past[0]:
        return None
    # "history" dates the thing it names ("hx of burglary"), not an act its sentence
    # places now: "SUBJ W/ HX SCHIZOPHRENIA THROWING ROCKS THROUGH THE WINDOWS RIGHT NOW"
    if past[1] == "history" and now is not None:
        return None
    return past[1]


def past_guard(doc: Doc, norms: list[str], start: int, end: int) -> str | None:
    """Clear a crime mention when its sentence places it in the past."""
    marker = _placed_in_past(norms, start, end)
    if marker:
        return f"crime described in the past ('{marker}'), no suspect on scene"
    return None


_DATED: frozenset[str] = frozenset({
    "yesterday", "earlier", "last", "overnight", "previously", "weekend", "week",
    "weeks", "month", "months", "years", "history", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "ayer", "anoche",
})


def dated_guard(doc: Doc, norms: list[str], start: int, end: int) -> str | None:
    """Clear a mention whose sentence dates it (yesterday, last night, two days ago);
    unlike ``past_guard``, verbs of leaving ("drove", "left") date nothing."""
    lo, hi = within_sentence(norms, start, end)
    window = norms[lo:hi]
    # "two days ago" dates it, "10 minutes ago" does not
    marker = next((n for i, n in enumerate(window) if n in _DATED or (
        n == "ago" and i and window[i - 1] in ("day", "days", "weeks", "week", "months",
                                               "month", "years", "year", "nights"))), None)
    if marker is None or _nearest(norms, lo, hi, start, end, _STRONG_PRESENT) is not None:
        return None
    return f"described in the past ('{marker}')"


def dated_clause_guard(doc: Doc, norms: list[str], start: int, end: int) -> str | None:
    """``dated_guard`` on the comma-clause only: "he is parked outside, she has an order
    that was granted last month" dates the order, not where he is."""
    lo, hi = within_clause(norms, start, end)
    return dated_guard(doc, norms[:hi], start, end) if any(
        n in _DATED or n == "ago" for n in norms[lo:hi]) else None


def present_guard(doc: Doc, norms: list[str], start: int, end: int) -> str | None:
    """Keep a past-tense act ("smashed", "broke") only when its sentence says now."""
    lo, hi = within_sentence(norms, start, end)
    if _nearest(norms, lo, hi, start, end, _STRONG_PRESENT) is None:
        return "act described in the past tense, nothing placing it now"
    if _placed_in_past(norms, start, end):
        return "act described in the past"
    return None


# A refusal told in the present ("won't pay", "refuses to pay") is now by its own words.
_REFUSING_NOW: frozenset[str] = frozenset({"refuses", "refusing", "won't", "wont", "will"})


def refusal_guard(doc: Doc, norms: list[str], start: int, end: int) -> str | None:
    """``present_guard`` for a refusal in the past tense ("refused to pay"); one in the
    present tense is cleared only when the narrative places it in the past."""
    if norms[start] in _REFUSING_NOW:
        return "act described in the past" if _placed_in_past(norms, start, end) else None
    return present_guard(doc, norms, start, end)


# People the caller lives with or is family to. A theft by one of them told in the past
# tense ("roommate ... stole my charger, we argued") is a household dispute to report,
# not a crime happening now: the "suspect" is at home because they live there.
HOUSEHOLD: frozenset[str] = frozenset({
    "roommate", "roommates", "roomate", "roomates", "housemate", "housemates", "flatmate",
    "brother", "sister", "son", "daughter", "stepson", "stepdaughter", "husband", "wife",
    "spouse", "ex", "boyfriend", "girlfriend", "bf", "gf", "fiance", "fiancee", "partner",
    "mom", "mother", "dad", "father", "stepdad", "stepmom", "stepfather", "stepmother",
    "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "grandkid",
    "grandma", "grandpa", "grandmother", "grandfather", "kid", "kids", "child", "teen",
    "teenager", "tenant", "landlord", "family",
})
# Anything in the narrative that may place the thief acting now or at hand keeps the
# finding ("just stole", "still has it", "leaving with my car", "outside", "at the door").
_THIEF_AT_HAND: frozenset[str] = frozenset({
    "just", "still", "currently", "right", "trying", "attempting", "tried", "leaving",
    "left", "driving", "drove", "running", "ran", "fleeing", "fled", "hiding", "inside",
    "outside", "here", "there", "in_progress", "progress", "stealing", "steals", "taking",
    "takes", "selling", "pawning", "using", "door", "window", "porch", "yard", "garage",
    "car", "truck", "threatening", "threatened", "weapon", "weapons", "gun", "knife",
    "high", "drunk", "intoxicated", "pills", "meds", "medication", "medications",
    "happening", "ongoing", "active", "scene", "around", "nearby", "police", "arrest",
    "refuses", "refusing", "won't", "wont", "will",
})
_OWN_PROPERTY: frozenset[str] = frozenset({
    "my", "our", "me", "us", "her", "his", "their", "rp", "rp's", "caller", "caller's",
})


def household_theft_guard(doc: Doc, norms: list[str], start: int, end: int) -> str | None:
    """Clear a bare past-tense "stole" / "stolen" when the thief is someone the caller
    lives with or is family to, the thing taken is the caller's (or the victim's), and
    nothing in the narrative places the thief acting now or at hand."""
    if any(n not in ("stole", "stolen") for n in norms[start:end]):
        return None
    lo, _ = within_sentence(norms, start, end)
    who = next((norms[i] for i in range(start - 1, max(lo, start - 8) - 1, -1)
                if norms[i] in HOUSEHOLD), None)
    if who is None:
        return None
    if not any(n in _OWN_PROPERTY for n in norms[end:end + 3]):
        return None
    if any(n in _THIEF_AT_HAND for n in norms):
        return None
    return (f"a theft by the caller's {who} told in the past tense, nothing placing it now "
            "(a household dispute to report)")


# People who belong inside a closed business ("RP is the manager, she is inside the closed
# store counting the register").
STAFF_INSIDE = (
    "caller|rp|staff|employee|employees|manager|clerk|owner|security|janitor|crew|worker|"
    "workers|i|we|she|he|cleaner|cleaners|guard"
)

# A member of the household doing it: "roommate keeps going through my stuff", "my son is
# banging on the door trying to get in" (a household conflict, not a crime in progress).
VEHICLE = (
    "car|truck|van|suv|vehicle|minivan|jeep|sedan|pickup|camry|civic|accord|corolla|subaru|"
    "honda|toyota|ford|chevy|chevrolet|dodge|nissan|kia|hyundai|tahoe|silverado|f150|f-150|"
    "ram|bmw|mercedes|lexus|tesla|mustang|charger|altima|impala|prius|explorer|escalade|"
    "motorcycle|mazda|jetta|volkswagen|vw|buick|cadillac|gmc|sierra|tacoma|4runner|rav4|"
    "crv|cr-v|odyssey|sienna|durango|challenger|malibu|fusion|focus|sentra|rogue|elantra|"
    "sonata|optima|outback|forester|wrangler|cherokee"
)
# What may stand between a person and what they are doing ("a man who is just sitting",
# "people are in the house, talking", "a man weaving through the lot yelling"): small
# words, places and ways of walking, never an act.
_FILLER = (
    "is|are|was|were|'s|been|has|have|had|just|still|currently|always|often|usually|keeps|"
    "kept|who|that|appears|appear|seems|seem|to|be|possibly|probably|maybe|only|quietly|out|"
    "there|here|outside|homeless|unhoused|older|elderly|young|drunk|intoxicated|,|-|again|"
    "now|sometimes|apparently|reportedly|in|inside|at|on|by|near|the|a|an|his|her|their|my|"
    "house|home|yard|backyard|lot|parking|room|street|park|doorway|alley|sidewalk|lobby|"
    "weaving|stumbling|staggering|wandering|walking|pacing|through|down|along|around"
)
HOUSEHOLD_DOER = Context(
    "household_member_named",
    patterns=(
        "roommate|roommates|roomate|roomates|housemate|housemates|flatmate",
        "my|our|her|his|their|rp's|caller's ~1 brother|sister|son|daughter|stepson|"
        "stepdaughter|husband|wife|spouse|ex|boyfriend|girlfriend|bf|gf|fiance|fiancee|partner|"
        "mom|mother|dad|father|stepdad|stepmom|stepfather|stepmother|cousin|uncle|aunt|nephew|"
        "niece|grandson|granddaughter|grandma|grandpa|grandmother|grandfather|kid|kids|child|"
        "teen|teenager|family",
    ),
    within=8,
    side="before",
    same_sentence=True,
    affirmed=False,
)

CRIME_NOUN = (
    "burglary|burglaries|burg|burglar|burglars|break-in|breakin|break-ins|robbery|robberies|"
    "robber|robbers|"
    "theft|thefts|shoplifting|shoplifter|vandalism|larceny|carjacking|prowler|prowlers|"
    "intruder|intruders|b&e|entry|home+invasion|car+prowl|auto+theft|holdup|hold-up|"
    "stickup|looting|burgulary|burglery|robery|robbey|theif|thief|thieves|vandals|vandal|"
    "burgler|burglers|burgular|burglury|shop+lifter|shop+lifting|shoplifer|theives"
)
SUSPECT = (
    "suspect|suspects|susp|perp|perps|perpetrator|perpetrators|thief|thieves|theif|"
    "burglar|burglars|robber|robbers|intruder|intruders|vandal|vandals|shoplifter|"
    "shoplifters|prowler|prowlers|carjacker|offender|offenders|attacker|assailant|"
    "trespasser|trespassers|looters|looter|burgler|burglers|burgular|burgulars|"
    "shop+lifter|shop+lifters|shoplifer|theives|theifs"
)
DWELLING = (
    "house|home|apartment|apt|residence|garage|basement|attic|room|bedroom|bathroom|"
    "kitchen|closet|shed|unit|office|store|building|bldg|place|condo|duplex|upstairs|"
    "downstairs|crawlspace|backyard|yard|barn|warehouse|business|shop|church|school|"
    "trailer|camper|rv|car|vehicle|truck|van|driveway|porch|hallway|lobby|stairwell|"
    "branch|bank|there|here"
)
AUX = (
    "is|are|'s|was|were|may|might|could|still|be|been|possibly|probably|likely|remains|"
    "remain|believed|to|currently|now|also|already|maybe|poss|hiding|hides|inside"
)
# Under a parked car (a catalytic converter cut off, or a repair).
_UNDER_A_CAR = ("under|underneath|beneath ~3 car|cars|truck|trucks|vehicle|vehicles|suv|van|"
                "prius|sedan|pickup|minivan|honda|toyota|element|accord|civic|camry|tundra|"
                "tacoma")

# Somewhere to sleep, not to steal: "trespasser with a bedroll climbed the fence into the
# closed construction site ... setting up to sleep", "a homeless man sleeping inside the
# vacant house" (the spec: trespass by a person with nowhere to go is homelessness).
SEEKING_SHELTER = Context(
    "seeking_shelter",
    patterns=(
        "sleep|sleeping|slept|asleep|bedroll|bedrolls|sleeping+bag|tent|tents|camp|"
        "camping|blanket|blankets|shelter|sheltering|homeless|unhoused|unsheltered|"
        "bed+down|bedding+down|warm|warmth|out+of+the+cold|out+of+the+rain|living|lives|"
        "squatting|squatter|squatters|staying|stays|crashing|moved+in",
    ),
    within=25,
    affirmed=False,
)

# Property crime, robbery or break-in named anywhere in the narrative.
PROPERTY_CRIME = Context(
    "property_crime_named",
    patterns=(
        CRIME_NOUN,
        "steal|steals|stealing|stole|stolen|robbing|robbed|rob|robs|shoplift|shoplifted|"
        "shoplifts|snatched|snatching|burglarized|burglarizing|looted|pickpocketed|"
        "carjacked|vandalized|vandalizing|keyed|keying|tagging|tagged",
        "broke|broken|breaking|break|busted|kicked|forced|pried|smashed ~2 in|into|open|down",
        "demanding|demanded|demands|demand ~3 cash|money|wallet|purse|phone|register|"
        "drugs|keys|car|valuables|cigarettes",
        "hand|handing|hands over",
        "without paying|payment",
        "unpaid|stolen items|merchandise|goods",
        "grabbed|grabbing|snatched|snatching|taking ~3 her|his|my|their|the|caller's|rp's ? "
        "purse|wallet|phone|bag|backpack|cash|money|register|merchandise|package|packages|"
        "bike|tv|xbox|jewelry|laptop|handbag|handbags|purses|bags|armful|armfuls|clothes|"
        "clothing|shoes|sneakers|electronics|phones|laptops|liquor|tools|items",
        "concealing|concealed|pocketing|pocketed|shoplifting|shoplifted",
        # "just cut the padlock on the gate ... they're in the warehouse now"
        "cut|cutting|pried|prying|drilled|drilling|broke|breaking|popped|popping ~3 the|a|his|"
        "her|our|my ? padlock|padlocks|lock|locks|deadbolt|chain|hasp",
        # "just threw eggs at her front window and are still standing across the street"
        "egging|egged|eggs|toilet+papering|tp'ing|graffiti|spray+paint|spray+painting",
        # goods hidden in clothing (not "a knife tucked in his waistband": carried)
        "stuffing|stuffed|slipping|slipped|stashing|stashed ~6 into|in|under|down|inside|up "
        "~2 his|her|their|a ? coat|jacket|pocket|pockets|pants|shirt|sleeve|sleeves|hoodie|"
        "sweatshirt|backpack|purse|bag|bra",
        "passed|handed|slid|gave|shows|showed ~3 a|the ? note|notes",
        # the caller hiding from the intruder; things carried off; a grab-and-go
        "caller|rp|i|we|family|kids|children|she+and+the+kids|he+and+the+kids ~2 is|are|'s|'m|"
        "am|'re ? hiding|hid ~3 in ~2 the|a|her|his|my|our ? bathroom|closet|bedroom|basement|"
        "attic|upstairs|cooler|back|office",
        "unplugging|disconnecting|carrying+out|carrying|hauling|loading|taking ~3 the|a|her|"
        "his|my|our ? tv|television|electronics|computer|laptop|jewelry|safe|tvs|fridge|"
        "refrigerator|washer|dryer|appliances|furniture|couch",
        "grabbed|took|swiped|snatched|stuffed ~6 and ~2 walked|ran|left|bolted|went|jogged ~1 "
        "out",
        "snatched|grabbed|yanked|ripped ~3 out+of|from ~2 her|his|my|their ? hand|hands",
        "forced entry",
        "threw|throwing|thrown|hurled|tossed ~3 rock|rocks|brick|bricks|bottle|stone|stones "
        "~3 through|at|into ~3 window|windows|car|windshield|door|house|store",
        "broke|break|breaking|smashed|smashing|shattered|shattering|busted|busting|kicked|"
        "kicking ~3 window|windows|door|doors|glass|windshield|lock|locks|gate",
        "vandalism|vandalizing|vandalized|graffiti|tagging|keying|keyed|slashing+tires|"
        "slashed+tires",
        "steering column",
        "hot-wiring|hotwiring|hotwire|hot-wire|hotwired",
        "arson|torched|torching|firebombed",
        "set|setting|lit ~5 fire|fires|ablaze|on+fire|it+on+fire",
        "set ~2 on ~1 purpose",
        # a thing of the caller's taken: "the lady who took my bike is still in the yard"
        # (not "she took his tools" in a dispute over a bill)
        "took|taken|taking|grabbed|swiped|snatched my|our|rp's|caller's|neighbor's ~1 "
        "bike|bikes|bicycle|purse|wallet|phone|package|packages|tv|laptop|tools|cash|money|"
        "jewelry|backpack|bag|scooter|mail|catalytic",
        "took|taken|taking|grabbed|swiped|snatched the|a ~1 tip+jar|donation+jar|"
        "donation+box|cash+drawer|till|register|merchandise",
        "throwing|threw|hurling|hurled|tossing|tossed ~3 through|into ~2 the|a|his|her|their ? "
        "window|windows|windshield|glass|door",
        "until|unless|or+else|made|forced|making|forcing ~4 gave|give|gives|hand|handed|"
        "hands ~2 him|her|them|over ? my|the|his|her|their ? money|cash|wallet|purse|phone|"
        "keys|bag|card",
        "came|got|climbed|crawled|snuck|went ~1 in|inside|into ~3 through ~2 a|the|his|her|"
        "my ? window|windows|door|vent|roof|skylight|back",
        # property crimes told by the act, without their names
        "dumping|dumped ~4 trash|garbage|tires|shingles|load|waste|debris|poop|mattress|"
        "mattresses|couch|junk|construction|appliances|drywall|carpet",
        "letting ~1 the ~1 air ~1 out",
        # a robbery told by what was taken: "took his bag and they're still standing around
        # his car going through it"
        # (not a phone or keys: a partner or a parent takes those at home)
        "took|taken|grabbed|snatched|swiped|yanked ~1 his|her|their ~1 bag|purse|wallet|"
        "backpack|chain|necklace|jewelry|watch",
        "prying|pried|pry+bar|crowbar|sawzall|sawing|cutting|cut ~4 converter|converters|"
        "catalytic|meter|meters|canisters|coin|copper|wire|wires|wiring|pipes|ac+unit|"
        "ac+units",
        "going|digging|rifling ~1 through|thru ~3 the|his|her|my|a|their|someone's ? car|truck|"
        "cars|trucks|vehicles|console|glovebox|glove+box|purse|mailbox|mailboxes|mail|trunk",
        "fishing ~3 mail|envelopes|letters|packages",
        "spotlighting|poaching|poachers|poacher|gill-netting|gillnetting",
        "pocketing|pocketed ~3 cash|money|bills|the+cash",
        "loading|loaded ~3 his|her|their|the|our|my ? cows|cattle|livestock|horses|goats|"
        "equipment|tools|copper|scrap|mower|mowers|bikes|generator|generators",
        "tracking|tracked|track ~3 it|them|him|her|the+phone|the+truck|the+car ~4 find+my|"
        "onstar|airtag|air+tag|gps|app|tile|lojack",
        # a pocket picked: "her wallet lifted out of her bag at the Ferris wheel line"
        "lifted|pickpocketed|pinched|swiped|snatched ~3 wallet|purse|phone|wallets|purses",
        "wallet|purse|phone|wallets ~2 lifted|pickpocketed|pinched|swiped",
        # things thrown in the water: "throwing the rental scooters into the river"
        "throwing|tossing|dumping|pushing ~3 them|it|scooters|bikes|carts|signs|cones ~3 into|"
        "in|off ~2 the ? river|lake|canal|creek|bayou|pond|water|bridge",
        # copper or scrap hauled off: "rolling the copper AC unit off the back"
        "roll|rolling|hauling|carrying|loading|dragging|wheeling ~4 copper|ac+unit|ac+units|"
        "catalytic|scrap|wire|wiring|pipes",
        "sawzall|sawsall|reciprocating+saw|angle+grinder",
    ),
    lookalikes=(
        # a parent's rule, not a theft: "yelling ... over taking his phone"
        "over|about|after|because+of|for|from ~2 taking|took|taken|taking+away|took+away ~2 "
        "his|her|their|the ? phone|phones|xbox|ipad|tablet|keys|games|console|laptop|"
        "computer|switch|playstation|car|license|allowance",
        "highway|daylight robbery",
        "stealing|steal|stole|steals|stolen ~2 his|her|my|their|our ? blood|identity|thoughts|"
        "soul|mind|organs|energy|ideas|brain|dreams|body",
        "stealing|steal|stole|steals ~2 second|third|home|base|bases|the+show|a+glance|"
        "a+kiss|hearts|my+heart|the+spotlight|thunder|a+look",
        "break|broke|breaking|broken ~1 down|up|even|free",
        # "stealing RP's assigned parking spot every day"
        "stealing|steal|stole|steals|taking|took|takes ~3 parking ~1 spot|space|spots|spaces",
    ),
)

# Someone in a home (or its yard, garage, car) whose people are away: "a guy in my
# neighbors garage and they are not home".
_IN_AN_EMPTY_HOME = (
    "someone|somebody|sombody|somone|a+guy|a+man|a+male|a+woman|a+female|a+person|"
    "people|strangers|two+guys|two+men|2+guys|2+men ~3 in|inside ~2 my|the|our|her|his|"
    "their ? neighbor's|neighbors|neighbours|neighbour's|nieghbors|nieghbor's|"
    "nieghbor|neighbor ? house|home|garage|apartment|shed|yard|backyard|place|unit|"
    "car ~10 not+home|away|on+vacation|out+of+town|out+of+the+country|at+the+hospital"
)

# A smell of drink on someone, and a vehicle being moved off (``impaired_driving``).
_SMELLS_OF_DRINK = (
    "smells|smelled|smelling|smell|reeks|reeking|reeked ~2 like|of ~1 beer|alcohol|booze|"
    "liquor|etoh|whiskey|vodka"
)
_MOVING_OFF = (
    "back+out|backing+out|backed+out|drive+off|driving+off|drive+away|driving+away|"
    "start+the+car|starting+the+car|started+the+car|behind+the+wheel|driver's+seat|"
    "drivers+seat|keys+in+the+ignition"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "crime_in_progress.explicit",
        CODE,
        "a crime explicitly in progress",
        patterns=(
            f"{CRIME_NOUN}|crime|crimes|shooting|stabbing|carjacking|abduction|kidnapping|"
            f"larceny ~3 in_progress|in+progress|happening|ongoing|occurring|going+on",
            f"in_progress|in+progress ~2 {CRIME_NOUN}|crime",
            "happening|occurring|going on right ? now",
            "violating|violates|breaking|breaks ~3 a|the|her|his|my|their ? restraining|"
            "protection|protective|no-contact|no+contact|court|stay-away|stay+away ~1 order|"
            "orders",
            "in violation of ~3 restraining|protection|protective|no-contact|no+contact|court ~1 "
            "order|orders",
            f"{CRIME_NOUN} ~3 happening|occurring|going+on|underway ~2 now|right+now|currently",
            # the person a protection order is against, at the protected person's door now
            "protection|restraining|protective|no-contact|no+contact|stay-away|stay+away ~1 "
            "order|orders ~14 at|outside|on|in ~3 door|house|home|apartment|property|porch|yard|"
            "window|work|job|lot|building ~3 now|right+now|currently|banging|knocking|pounding",
            "protection|restraining|protective|no-contact|no+contact|stay-away|stay+away ~1 "
            "order|orders ~14 is|'s|are ~1 here|there|outside ~2 now|right+now|currently",
        ),
        lookalikes=(
            "work|works|construction|renovation|renovations|repairs|repair|game|meeting|class|"
            "event|remodel|paving|roadwork|sale|party|wedding|funeral|practice|investigation|"
            "update|updates|download|upload|installation|job|jobs|project|treatment|therapy|"
            "audit|inspection|service|process|recovery|evaluation|discussion|negotiation|"
            "negotiations|transfer|movie|show|concert ~1 in+progress|in_progress",
            "crime watch|prevention|stoppers|scene+tape|show|shows|podcast|novel",
        ),
    ),
    Rule(
        "crime_in_progress.suspect_on_scene",
        CODE,
        "the suspect is on scene or inside",
        patterns=(
            f"{SUSPECT} {AUX}? {AUX}? {AUX}? still|currently|inside|there|here|hiding|"
            f"detained|on+scene|on+site|on+premises|on+location|in+the+area|in+area|"
            f"in+the+vicinity|in+vicinity|in+the+building|"
            f"in+the+house|in+the+store|onscene|on-scene|at+the+scene",
            f"{SUSPECT} {AUX}? {AUX}? {AUX}? in|inside|at|under|behind ~2 the|a|my|his|her|"
            f"their|our ? {DWELLING}",
            f"detained|detaining|detains|holding|held|cornered|stopped|caught|restraining|"
            f"restrained|watching|following ~3 {SUSPECT}|shoplifter|thief|him|her|them|"
            f"male|female|subject|subj ~3 for|until|in|at|till ~2 police|pd|officers|cops|"
            f"security|lp|loss",
            f"detained|detaining|holding|caught|cornered|restrained ~3 {SUSPECT}|shoplifter|"
            f"shoplifters",
            f"{SUSPECT} ~2 being ~1 held|detained|watched|followed",
            # store security holding someone: "LP detained him", "security holding him now"
            # (not "security is with him", a lost child; "staff have him at the info booth")
            "loss+prevention|lp|security|guard|guards|staff|employees|bouncer|bouncers ~1 has|"
            "have|is|are|'s|'re ? detaining|detained|holding|caught|stopped|cornered|"
            "restraining|restrained ~2 him|her|them|subject|subj|suspect|male|female|"
            "shoplifter|person|guy|man|woman",
            "loss+prevention|lp ~1 has|have|is|are|'s|'re ? watching|following|chasing ~2 him|"
            "her|them|subject|subj|suspect|male|female|shoplifter|person|guy|man|woman",
            f"{SUSPECT} ~2 whereabouts|location ~1 unknown|unk|unclear|unsure",
            f"{SUSPECT} ~2 hiding|hid|hidden",
        ),
        lookalikes=(
            "cops|cop|police and|&|n|'n robbers|robber ~1 in|inside|at|on|around|outside ~2 "
            "the|a|his|her|their|our ? yard|backyard|front+yard|house|park|street|room|basement|"
            "garage|driveway|school|playground|woods|field",
            f"{SUSPECT} {AUX}? {AUX}? gone|left|fled|departed|gone_on_arrival|unable_to_locate",
            "security|guard|guards|staff ~3 watching|following ~3 camera|cameras|video|"
            "monitor|footage",
        ),
    ),
    Rule(
        "crime_in_progress.unknown_person_inside",
        CODE,
        "an unknown person inside a home, garage or car right now",
        patterns=(
            f"someone|somebody|anyone|anybody|stranger|strangers|intruder|intruders|people|"
            f"some+one|some+body|sombody|somone|someon|sumone|sum1|some1|somebdy|"
            f"ppl|unknown+person|unknown+male|unknown+female|unknown+man|unknown+woman|"
            f"unknown+subject|unknown+people|unknown+persons|unknown+subj|unknown+guy|"
            f"strange+man|strange+person|strange+male|two+people|2+people|2+ppl|two+men|"
            f"anyones|someones {AUX}? {AUX}? {AUX}? "
            f"in|inside|into|upstairs|downstairs ~1 my|the|his|her|their|our|her+neighbor's|"
            f"the+neighbor's|our+neighbor's|neighbor's|next+door ? "
            f"house|home|apartment|apt|residence|garage|basement|attic|room|bedroom|bathroom|"
            f"kitchen|closet|shed|unit|office|condo|duplex|crawlspace|barn|warehouse|trailer|"
            f"camper|rv|car|vehicle|truck|van|backyard|yard|next+door|place|building|store|"
            f"business|shop|school|church|driveway|carport",
            f"someone|somebody|anyone|anybody|stranger|strangers|intruder|intruders|"
            f"someones|anyones {AUX}? {AUX}? {AUX}? in|inside there|here|now|right+now",
            f"someone|somebody|anyone|anybody|stranger|intruder|someones|anyones ~1 's|is|was|"
            f"be ~1 in|inside ~0 there|here",
            f"hears|heard|hearing|hear|sees|saw|seeing|see ~1 someone|somebody|people|"
            f"footsteps|voices|movement|noises|a+flashlight|flashlight|lights|light ~3 in|"
            f"inside|upstairs|downstairs|moving ~2 the|my|his|her|their ? house|home|"
            f"apartment|basement|attic|garage|upstairs|downstairs|inside|around|next+door",
            "footsteps|voices|movement|flashlight|flashlights ~3 inside|upstairs|downstairs|"
            "in+the+house|in+the+basement|in+the+attic|in+the+garage|moving+around|"
            "in+the+vacant|in+the+empty",
            # "there is a man inside my house right now" (not "my husband"): an unknown man
            f"a|some ~1 man|guy|male|woman|female|person|lady|dude|teen|teenager|kid|stranger "
            f"{AUX}? {AUX}? in|inside ~1 my|our ~1 house|home|apartment|apt|garage|basement|"
            f"attic|bedroom|kitchen|bathroom|car|truck|shed|barn|trailer|camper|rv|room|"
            f"living+room|closet|backyard+shed",
            # seen inside: "the alarm is going off and I can see someone inside"
            # (not "went to see someone inside the clinic")
            "can|could|now|currently|just|i|rp|caller|they|she|he|still|alarm+co|operator ~1 "
            "see|sees|saw|seeing|watch|watching ~2 someone|somebody|people|a+person|a+man|a+guy|"
            "two+people|2+people|a+woman|movement ~1 inside|in+there",
            # a closed business with someone inside: "male is inside the closed store"
            "inside|in ~2 the|a ? closed|locked|locked-up|shuttered|darkened ~2 store|business|"
            "building|shop|restaurant|office|bank|school|church|bar|gym|pharmacy|warehouse",
            "inside|in ~1 the|a ? store|business|building|shop|restaurant|office|bank|school|"
            "church|bar|gym|pharmacy|warehouse after|past ~1 hours|closing|close",
            # "a guy is inside the laundromat and it closed at 10"
            "inside|in ~1 the|a ? store|business|building|shop|restaurant|office|bank|school|church|bar|gym|pharmacy|warehouse|laundromat|cafe|salon|daycare|library|dealership|bakery|deli|mall|clinic|market|garage|gas+station ~1 and|but|, ? it|they|which ~1 's|is|was|are|"
            "were|has|have ? been? closed",
            # someone in a home whose people are away: "a guy in my neighbors garage and they
            # are not home"
            f"{_IN_AN_EMPTY_HOME}",
            # a flashlight moving in a vacant house is a burglar's; lights or candles alone
            # may be people staying there (the spec's trespass by a person with nowhere to go)
            "inside|in ~2 the|a ? vacant|empty|abandoned|boarded|foreclosed|unoccupied ~1 "
            "house|home|building|unit|apartment ~6 flashlight|flashlights|now|right+now|currently",
            "inside|in ~2 the|a ? vacant|empty|abandoned|boarded|foreclosed|unoccupied ~1 "
            "house|home|building|unit|apartment ~3 now|right+now|currently|flashlight|light|"
            "lights|someone|people",
            # goods carried out of a vacant house: "carrying out what looks like a water heater"
            "vacant|empty|abandoned|boarded|foreclosed|unoccupied ~1 house|home|building|unit ~10 "
            "carrying|hauling|loading|removing|dragging|stripping ~3 out|away|off|appliances|"
            "copper|pipes|pipe|wire|wiring|water+heater|furniture|fixtures",
            "someone|somebody|people|stranger|intruder ~3 in|inside ~4 right+now|now|"
            "currently|at+this+time",
        ),
        lookalikes=(
            # the neighbors, not intruders: "the people in the apartment below keep smoking"
            "people|neighbors|neighbours|tenants|family|folks|guys|kids ~1 in|at ~1 the|their ? "
            "apartment|apt|unit|house|condo|flat ~1 below|above|upstairs|downstairs|"
            "next+door|across+the+hall|across+the+street|behind",
            # a person there for no crime ("a man is just sleeping in the doorway"); only
            # small words may stand between, never an act ("a man smashing car windows and
            # yelling at people" was cleared by a gap here, a missed crime in progress)
            f"someone|somebody|people|ppl|person|stranger|strangers|man|guy|woman|a+man|"
            f"a+guy|a+person|a+woman {up_to(5, _FILLER)} sleeping|camping|"
            f"resting|laying|lying|sitting|living|staying|sheltering|panhandling|smoking|"
            f"drinking|loitering|hanging|parked|passed|asleep|waiting|talking|yelling|singing|"
            f"eating|peeing|urinating|using|squatting|begging",
            f"someone|somebody|people|person|anyone|anybody ~3 in|inside ~2 the|my|his|her|"
            f"their ? house|home|apartment|car|building ~3 is ~1 her|his|my|their|our ? own|"
            f"son|daughter|husband|wife|brother|sister|mom|dad|father|mother|roommate|"
            f"neighbor|tenant|friend|boyfriend|girlfriend|kid|child|family|owner|landlord|"
            f"family+member|relative|grandson|granddaughter",
            "someone|somebody|anyone|anybody ~2 in|inside ~1 the|my|his|her ? car|vehicle ~3 "
            "to+help|to+drive|to+take|to+pick",
            "anyone|anybody|someone|somebody ~2 in|inside ~2 the|my|our|his|her ? house|home|"
            "apartment ~3 to ~1 help|talk|check|come|stay|watch|care",
            "need|needs|needed|wants|want|asking|asks|ask|looking|looks|call|calling ~3 "
            "someone|somebody|anyone|anybody|people",
            "someone|somebody|anybody|anyone ~2 in ~1 the|my|his|her ? room|office|building|"
            "store ~3 to|with|who|that|can|could|will|would",
            "shadows|shadow|ghosts|ghost|spirits|demons|figures|visions|voices|aliens|people+"
            "watching ~3 of ~1 people|someone|somebody|strangers|men ~6",
            "trying|tried ~1 to ~1 get|open|force|kick|break ~2 the|a|her|his ? bathroom|bedroom|"
            "closet door|doors",
            # voices a person hears in a psychosis are no intruder; the look-alike covers
            # only where the voices are, never what the person is doing ("hearing voices,
            # kicking in the door of apt 2C" is a break-in)
            "hearing|hears|heard|hear voices ~2 in|inside|from|upstairs|downstairs|through ~2 "
            "the|his|her|my|their ? garage|house|home|room|apartment|basement|attic|head|"
            "bedroom|walls|wall|vents|ceiling|tv|radio",
            "hearing|hears|heard|hear voices ~3 locked|barricaded|shut|hiding|hid ~1 himself|"
            "herself|themselves|themself ~1 in|inside ~2 the|his|her|their ? garage|house|"
            "room|apartment|basement|attic|bedroom|bathroom|closet|car",
            # people staying in a vacant house (with lights or candles) are the spec's trespass
            # by a person with nowhere to go, not an intruder
            "staying|living|sleeping|camping|squatting|crashing|sheltering ~1 in|inside ~2 the|a|"
            "that ? vacant|empty|abandoned|boarded|foreclosed|unoccupied ~1 house|home|building|"
            "unit|apartment ~3 now|right+now|currently|light|lights|someone|people",
            f"{STAFF_INSIDE} ~2 is|was|are|were|'s|'m|am|still|remains|locked|stuck|trapped|"
            f"working|hiding|counting|cleaning|closing|sitting|waiting ~1 inside|in ~2 the|a ? "
            f"closed|locked|locked-up|shuttered|darkened ~2 store|business|building|shop|"
            f"restaurant|office|bank|school|church|bar|gym|pharmacy|warehouse",
            f"{STAFF_INSIDE} ~2 is|was|are|were|'s|'m|am|still|remains|locked|stuck|trapped|"
            f"working|hiding|counting|cleaning|closing|sitting|waiting ~1 inside|in ~1 the|a ? "
            f"store|business|building|shop|restaurant|office|bank|school|church|bar|gym|pharmacy|"
            f"warehouse after|past ~1 hours|closing|close",
            "someone|somebody|anyone|anybody ~2 in|inside ~2 the|my|our|his|her|their ? house|"
            "home|apartment|family|household ~2 is|was|has|needs|got|having|feels ~1 sick|ill|"
            "hurt|injured|coughing|dying|unresponsive|covid|the+flu|a+fever|fever|trouble|"
            "an+emergency|a+seizure",
            # customers in a store, not people inside a closed one ("two people are inside the
            # closed store"): nothing between the article and the place
            "people|ppl|two+people|2+people|two+men|2+men ~3 in|inside the|a|this|that ? store|"
            "building|lobby|office|bank|business|shop|church|school|line",
            # ... who the caller says belongs there ("it is the pool guy they hired")
            f"{_IN_AN_EMPTY_HOME} ~14 hired|pool+guy|house+sitter|housesitter|pet+sitter|"
            f"dog+walker|landscaper|landscapers|lawn+service|gardener|contractor|contractors|"
            f"handyman|cleaner|cleaners|checking+on|watching+the+house|family|relative|"
            f"relatives|friend|son|daughter|permission",
        ),
        forbids=Context(
            "no_one_inside",
            patterns=(
                "no|nobody|noone|none|neg|negative|empty|cleared|checked ~1 one|anyone|"
                "anybody|someone|inside|there|in+there",
                "not ~1 anyone|anybody|someone|inside|there|in+there",
            ),
            within=2,
            affirmed=False,
        ),
    ),
    Rule(
        "crime_in_progress.still_there",
        CODE,
        "the person who did a property crime or robbery is still there",
        patterns=(
            f"still|remains|remain|currently|now|right+now ~1 in|inside|at|on|there|here|"
            f"hiding|outside|around|in+the+area|nearby|by|across|down|up|near|behind ~3 {DWELLING}|scene|site|premises|"
            f"area|location|pump|register|counter|lot|parking|aisle|bus+stop|stop|corner|"
            f"sidewalk|street|alley|there|here|it",
            f"still|currently|now ~1 {AUX}? there|here|inside|hiding|around|nearby",
            "they|he|she|subj|suspect|suspects ~1 're|are|is|'s ~1 there|here|inside ~1 now|"
            "right+now|currently",
            f"{AUX} inside|in ~3 {DWELLING} ~2 now|right+now|currently",
            "still|currently ~1 going|doing ~1 it|on",
            # someone heard inside after the break-in: "now says she hears thumping in the
            # basement"
            "hears|heard|hearing|hear ~2 thumping|footsteps|banging|bumping|walking|movement|"
            "noises|noise|voices|someone|somebody ~3 in|from|inside ~2 the|her|his|my|our ? "
            "basement|attic|garage|upstairs|downstairs|crawlspace|house|home|bedroom|closet|"
            "back|kitchen",
            "ongoing|on-going|in+progress",
            "still ~1 at ~1 it",
            "still ~1 happening|going+on|working|loading|dumping|prying|cutting",
            "doing it ~1 right+now|now|as+we+speak",
            "he|she|they|suspect|subj|subject|male|female|guy|man|woman ~1 's|s|is|are|was ~1 "
            "still ~2 there|here|inside|in|at|on|around|outside|nearby|across|near|watching|"
            "standing|sitting|hanging",
            "still ~1 at|by ~2 pump|register|counter|car|vehicle|truck|van|door",
            # in view, or walking out the door now
            "still ~1 has|have|got ~1 eyes ~1 on",
            "can ~1 still ~1 see ~1 him|her|them|the+suspect|the+guy|the+man|the+woman",
            "is|'s|are ~1 walking|running|heading|leaving ~1 out|toward|towards|to ~3 the ? "
            "front? door|doors|exit|parking+lot|lot ~3 now|right+now|as+we+speak",
            "walking|running|heading|leaving ~1 out ~4 right+now|as+we+speak",
            "is|'s|are ~1 stuck ~2 in ~2 the ? drive-thru|drive+thru|line|traffic",
            # the thief will not leave or is hiding on the premises ("stole a case of beer and
            # is refusing to leave"; not a guest refusing to leave and a break-in last week)
            "stole|stolen|steal|stealing|took|shoplifted|shoplifting|concealed|concealing|"
            "grabbed|swiped|snatched|unpaid|without+paying ~12 refusing|refuses|refused|won't|"
            "wont|will+not ~1 to? leave",
            "refusing|refuses|refused|won't|wont|will+not ~1 to? leave ~8 with ~3 stolen|unpaid|"
            "merchandise|items|goods|the+stuff|it|them",
            f"hiding|hidden|barricaded|locked ~1 in|inside|behind|under ~3 {DWELLING}|room|"
            f"bathroom|restroom|stall|fitting+room|dressing+room|stockroom|closet|back",
        ),
        requires=PROPERTY_CRIME,
        lookalikes=(
            # an ongoing problem, not an act going on: "ongoing issue for about a year"; a
            # screening answer "In progress: N"
            "ongoing|on-going ~1 issue|issues|problem|problems|dispute|disputes|feud|conflict|"
            "situation|thing|basis|case|investigation|harassment|concern|complaint|matter|"
            "drama|beef|saga",
            "in+progress|ongoing :|-|QMARK ? ~1 no|n|n.|no.|neg|neg.|negative|none|denies|unk|"
            "unknown",
            "still|currently|now ~1 in|at ~2 the|his|her ? hospital|shelter|program|school|"
            "work|jail|treatment|rehab|care|bed|hotel",
            "still ~1 in ~1 shock",
            # someone the caller lives with, who will not leave their own home
            "my|our|her|his|their|rp's|caller's ? husband|wife|spouse|boyfriend|girlfriend|bf|"
            "gf|partner|fiance|fiancee|son|daughter|brother|sister|roommate|roomate|mom|mother|"
            "dad|father|stepson|stepdaughter|grandson|granddaughter|nephew|niece|cousin|tenant "
            "~12 refusing|refuses|refused|won't|wont|will+not ~1 to? leave",
            # a person who set a fire and stays with it: a crisis and a fire (the arson
            # rule's fire_setter_stays), not a thief on the premises
            "fire|fires|ablaze|flames ~8 refusing|refuses|refused|won't|wont|will+not ~1 to? "
            "leave",
        ),
        forbids=Context(
            "suspect_left",
            patterns=(
                "left|fled|gone|departed|ran|running|drove|driving|took+off|went|headed|"
                "last+seen|running+away|got+away|escaped|gone_on_arrival ~3 north|south|east|"
                "west|nb|sb|eb|wb|away|off|toward|towards|down|on+foot|in+a|the+area|scene",
            ),
            # fleeing inside the place is still there: "running toward the north parking
            # deck, still inside the mall"
            lookalikes=(
                "running|ran|heading|headed|walking|walked|going|went ~1 toward|towards|to ~5 "
                ", ? still ~1 inside|in|on|at",
            ),
            within=3,
            affirmed=True,
        ),
    ),
    Rule(
        "crime_in_progress.break_in",
        CODE,
        "someone breaking in or trying to get in now",
        patterns=(
            # a boarded-up opening pried open: "pry the plywood off the back window of the
            # vacant house"
            "pry|prying|pried|pries|ripping|ripped|tearing|tore|pulling|pulled|kicking|kicked "
            "~2 the|some|a ? plywood|boards|board|boarding ~1 off|from|of ~3 the|a|his|her ? "
            "back|front|side|basement|upstairs ? window|windows|door|doors",
            # "just cut the padlock on the side door", "cutting the lock off the gate"
            "cut|cutting|cuts|snipped|snipping|sawed|sawing|bolt-cut|clipped|clipping|"
            "broke|breaking|popped|popping ~2 the|a|his|her|our|my ? padlock|padlocks|lock|locks|"
            "chain|chains|hasp|deadbolt ~4 on|off|of|to ~3 the|a|our|my ? door|gate|shed|"
            "garage|unit|storage|fence|building|warehouse|container|trailer|cage",
            # forced and still inside: "pried open the job trailer door and is inside"
            "pried|forced|kicked|broke|busted|jimmied|popped|smashed ~3 open|in|through ~8 and ? "
            "is|are|'s|'re|still|now ~4 inside|in+there|in+the+building|in+the+house|in+it",
            # the other order: "IS INSIDE THE BOILER ROOM RIGHT NOW, PRIED THE DOOR"
            "is|are|'s|'re|still ~1 inside|in ~6 now|right+now|currently ~3 pried|forced|kicked|"
            "broke|busted|jimmied|popped|smashed ~2 the|a|its|his|her|their ? door|doors|window|"
            "windows|lock|locks|gate|padlock",
            "breaking|busting|kicking|smashing|prying|jimmying|forcing|climbing|crawling|"
            "breakng|breking|brakeing|kickng|priing|smashng|"
            "getting|sneaking|cutting|drilling|picking|tampering|messing|kickin|bustin|"
            "smashin|pryin|climbin|breakn|kiking|kikin ~2 in|into|inside|"
            "open|through|down|at|with|off ~2 the|a|my|our|his|her|their ? door|doors|window|"
            "windows|house|home|apartment|car|cars|vehicle|vehicles|garage|shed|store|"
            "business|unit|building|lock|locks|gate|fence|basement|back|screen|screens|"
            "boards|board|sliding|slider|deadbolt|padlock",
            "breaking|busting|kicking|smashing|prying|jimmying|forcing|pushing|kickin|bustin|"
            "smashin|pryin|kiking|kikin in|into|open|down",
            "prying|jimmying|forcing|kicking|breaking|smashing|busting|cutting|drilling|"
            "picking|jiggling|rattling|tampering ~4 door|doors|window|windows|lock|locks|"
            "boards|board|screen|gate|deadbolt|padlock|doorknob|handle|handles|garage|"
            "frame|slider",
            "climbing|crawling|getting|sneaking|reaching|squeezing in|inside|into|through ~0 "
            ".|,|right|now|the|a|her|his|their|my|through",
            "arm|arms|hand|hands|head|body ~2 through|in|inside ~1 the|a ? window|windows|door|"
            "vent",
            "break-in|breakin|break in progress|in_progress|now|right+now",
            "trying|tried|attempting|attempted|tries|try|trys ~1 to ~1 get|break|pry|force|kick|"
            "climb|open|jimmy|enter|come|sneak ~2 in|into|inside|open|down|through ~3 the|a|"
            "my|our|his|her|their ? door|doors|window|windows|house|home|apartment|car|cars|"
            "vehicle|vehicles|garage|shed|store|business|unit|lock|locks|gate|back|building|"
            "basement",
            "trying|tried|attempting|attempted|tries|try|checking|pulling|jiggling|rattling|"
            "testing|opening ~3 door|doors|handle|handles|doorknob|doorknobs|car|cars|vehicle|"
            "vehicles|windows|locks|knob|knobs|lock",
            "trying|tried|attempting|attempted|tries|try|tring|tryng|tyring|tryin|triyng|trynig|"
            "tryign|tryna|trynna ~1 to? ~1 open|force|pry|kick|break|"
            "unlock|jimmy|get ~3 door|doors|window|windows|lock|locks|gate|garage|slider|"
            "screen|deadbolt|shed|sheds|trunk|locker|lockers|storage+unit|container",
            # an alarm with a person confirmed: "Video verified: monitoring center sees 2
            # subjects inside", "watching her Ring cam live, sees a man in her living room"
            "video|audio|visually|visual|camera ~1 verified|verification|confirmed|confirms|"
            "confirmation",
            "watching|sees|seeing|see|saw|viewing ~6 camera|cam|cameras|video|feed|ring ~8 "
            "man|male|subject|subjects|person|people|someone|somebody|two|2|3|intruder|"
            "intruders|guy|guys",
            "sees|seeing|see|saw|watching ~3 man|male|subject|subjects|person|people|someone|"
            "somebody|two|2|3|intruder|intruders|guy|guys ~6 on ~1 camera|cam|cameras|video|"
            "the+camera|ring",
            # a lock cut or forced, and the person inside now: "cut the lock on unit 114 and
            # is living inside it"
            "cut|cuts|broke|busted|pried|smashed|popped|drilled|snapped ~3 lock|locks|padlock|"
            "padlocks|latch|hasp ~12 is|'s|are|been ~1 inside|in+there|in+it|living|sleeping|"
            "staying|hiding",
            # glass broken, and the person now going in or reaching in for things
            "smashed|broke|busted|shattered|kicked|pried ~3 window|windows|glass|door|display|"
            "case|showcase ~8 and|now ~1 is|'s|are|now ~1 now? reaching|climbing|crawling|"
            "going|getting|grabbing|taking|walking|inside|in",
            "going car|vehicle|house|door to car|vehicle|house|door",
            "car-hopping|carhopping|car hopping|car prowling|car prowler|car prowl|"
            "car+break-ins",
            "burglary|burglarizing|burglarising|burglarized|burglar|burglars|burg|burgulary|"
            "burglery|home+invasion|b&e",
            "break-in|breakin|breakins|break-ins",
            "broke|broken|busted|forced|kicked|bust|break ~1 into|in",
            "broke|busted|kicked|forced|smashed|pried|breaking|kicking|busting|forcing ~3 "
            "door|doors|window|windows|gate|lock|locks|way ~1 in|open|down",
            "door|doors|window|windows|lock|gate ~2 kicked|forced|pried|broken|smashed|busted ~1 "
            "open|in|down",
            "forced entry",
            "slim+jim|slimjim|slim-jim|coat+hanger|shaved+key ~4 door|doors|lock|car|truck|"
            "window|van|suv",
            "jimmying|jimmied|jimmy|prying|wedging ~3 the|a|her|his|their ? door|lock|window|"
            "car|truck|doors|windows",
            "came|got|climbed|crawled|snuck|sneaked|went ~1 in|inside|into ~3 through ~2 a|the|"
            "his|her|my|their ? window|windows|door|vent|roof|skylight|back|basement",
            "steering column ~3 broken|punched|peeled|pulled|cracked|open",
            # boards or bars taken off a boarded-up or secured building to get in
            "pulling|pulled|pulls|ripping|ripped|rips|tearing|tore|tears|prying|pried|pries|"
            "removing|removed|removes|taking|took|kicking|kicked ~3 plywood|boards|board|"
            "boarding|bars|grate|grates|grating|panel|panels ~3 off|from|out|away|down",
            "hot-wiring|hotwiring|hotwire|hot-wire|hotwired",
        ),
        lookalikes=(
            # livestock through a fence: "the neighbor's cattle keep getting through the fence"
            f"{alt(ANIMAL, 'cows|horses|goats|pigs|hogs|livestock|herd|bull|bulls|steers|calves')}"
            f" ~2 getting|get|gets|got|going|goes|went|coming|come|came|breaking|broke|"
            f"pushing|pushed|busting|busted ~1 through|over|under|in|into|out ~3 fence|fences|"
            f"fencing|gate|wire|fenceline|fence+line|yard|field|pasture|property|garden",
            # in someone's face, not in a house: "KEEPS GETTING IN THE OTHER'S FACE"
            "getting|get|gets|got in|into ~2 the|his|her|their|my|your|someone's|other's|"
            "each+other's|people's ? face|faces|way|line|queue|shower|pool|water|elevator|"
            "middle|business",
            # asking from car to car: "going car to car asking for gas money"
            "going|goes|went|walking|walks|moving ~1 car ~1 to ~1 car ~4 asking|begging|"
            "panhandling|selling|for|with|handing|offering|looking+for+help",
            # locked out: "she's locked out of her house ..., needs help getting in"
            "help|helping ~1 getting|get|her+get|him+get ~1 in|inside|back+in .|,|now|right|the|"
            "a|her|his|their|my|through?",
            "locked ~1 out ~10 getting|get|got|climbing|climbed ~1 in|inside|back+in .|,|now|"
            "right|the|a|her|his|their|my|through?",
            # soliciting: "going door to door offering to sharpen knives"
            "going|goes|went|walking|selling|soliciting|canvassing|knocking ~1 door to door",
            # a broken object, not a break-in: "a piece of broken mirror in the bathroom"
            "broken ~1 mirror|bottle|plate|plates|dish|dishes|cup|mug|lamp|vase|bone|bones|leg|"
            "arm|nose|wrist|toe|finger|heart ~1 in|into",
            "breaking|broke|break up|down|out|bad|news|even|ground|curfew|rules|the+law|"
            "the+rules|a+sweat|the+silence|the+ice|the+bank|free|character|a+record|records|"
            "dance|dancing|point|up+with|bread|the+news|a+promise|his+promise|her+promise|"
            "the+lease|the+cycle|the+habit|a+habit",
            "broke|broken down|up|out|even|free|heart|promise|promises",
            "broken-down|broken-hearted",
            "break|breaks|breaking down|up|even|free|out in|into|through ~2 tears|laughter|song|"
            "hives|sweat|sobs|rash|cry|crying|a+run|a+sprint",
            "breaking|kicking|smashing|climbing|forcing|getting|sneaking in|into|inside|out|"
            "open|through|down|on|off ~1 the|a|my|our|his|her|their ? own|family|mom's|"
            "mother's|sister's|brother's|dad's|father's|parents'|grandma's ~3",
            "locked out|himself|herself|themselves|of|keys|key",
            # getting into one's own place after a lock-out: "locked himself out, trying to
            # get in through his own window"
            "locked ~1 himself|herself|themselves|themself|myself|yourself|ourselves ? out "
            ",|and|;|-|& and? he|she|they|is|was|'s ? is|was|'s ? trying|tried|trys|attempting|"
            "climbing|"
            "crawling ~1 to ? get|climb|crawl|go|come|in|into|through ~1 in|into|inside|through ? "
            "~4 window|windows|door|doors|garage|house|apartment|car|in|inside",
            "breaking|broke|break|breaks in ~2 new|his|her|their|my|the|a ? boots|shoes|glove|"
            "mitt|sneakers|engine|horse|puppy|recruit|recruits|hire|jeans",
            "lost|forgot|left ~2 keys|key|code",
            "getting|get|got|gets in|into ~1 the|a|his|her|my|their ? car|vehicle|truck|van|bus|"
            "taxi|cab|uber|lyft|ambulance|shelter|program|building|line|bed|trouble|fights|"
            "fight|arguments|argument|shower|house|home|apartment|room|unit|school|college|"
            "treatment|detox|rehab|housing|it|that|this|there",
            "climbing|climbed|climb|crawling|crawled into|in|onto|inside ~2 dumpster|dumpsters|"
            "bin|bins|tree|trees|bed|tent|truck|car|sleeping|box|boxes|doorway|vestibule|"
            "blanket|blankets|bus|lap|arms|shelter",
            "forcing|forced|force open|in ~2 jar|lid|can|package|mouth|medication|meds|food",
            "break-in|breakin|burglary|burglarized ~3 last|yesterday|earlier|ago|overnight|week|"
            "weekend|month|report|insurance|prior|previous|night",
            "last|previous|prior|earlier|old|past|attempted|reported|report|insurance|"
            "yesterday's|recent|series+of|string+of|rash+of burglary|break-in|breakin|"
            "break-ins|burglaries|car+break-ins",
            # a thing breaking in a room: "heard something break in the kitchen"
            "something|it|glass|dish|dishes|plate|plates|things|stuff|vase|mirror ~1 break|"
            "breaking|broke ~1 in ~1 the|her|his|their ? kitchen|bathroom|bedroom|living+room|"
            "background|other+room|next+room|basement|garage",
            # a place, not a driver leaving: "their gravel drive off Hwy 18"
            "drive|driveway off ~1 hwy|highway|route|rt|road|rd|exit|county|state|us|sr|"
            "interstate|i|main|old|farm|fm",
            # locking up, not breaking in: "groundskeeper trying to lock the gates"
            "trying|tried|attempting|attempted|tries|try|going|wants|wanted ~1 to ~1 lock|close|"
            "shut|secure ~1 up? ~2 the|a|his|her|their|its|up|it|for ? gates|gate|door|doors|"
            "building|park|cemetery|it|up|night|store|shop",
            # an animal kicking where it lies: "deer still alive kicking in the ditch"
            "kicking|kicks|kicked in ~1 the|a|its|his|her ? ditch|road|roadway|grass|water|snow|"
            "field|median|street|shoulder|mud|pool|crib|womb|stall|pen|cage|yard|air|lane|"
            "lanes|sleep|trailer",
            # a way to die, not a driver leaving: "he'll drive off the bridge"
            "drive|drives|driving|drove off ~1 the|a|that ? bridge|cliff|edge|pier|overpass|"
            "dock|embankment|ledge|wharf|dam|causeway|road|mountain",
            # his own door, not "her" (the caller's) or the neighbor's: "jumped her fence and
            # is now trying the door of her shed"
            "trying|tried|try|attempting ~3 door|doors|handle|handles ~3 own|his|their|"
            "friend's|mom's|brother's|sister's",
            "trying|tried|trys|tries|checking|pulling|jiggling|rattling ~1 his|her|their|my ? "
            "own ~3 door|doors|handle|handles|car|cars|lock|locks|knob|window|windows",
            "trying|tried|checking|pulling|jiggling ~4 door|doors|handle|handles|car|cars ~12 "
            "turns+out|turned+out ~4 his|her|their ~1 own",
            "trying|tried|try|attempting to ? get|break in|into|through|inside ~3 shelter|"
            "program|system|school|college|workforce|housing|treatment|detox|rehab|bed|contact|"
            "touch|business|market|field|industry",
            "want|wants|wanted|trying|tried|try|needs|need|asking|asks|allowed ~1 to ? get|come|"
            "go in|into|inside ~3 shelter|warm|out|of|the|cold|rain|heat|lobby|library|store|"
            "building|bathroom|restroom|church|station",
            "getting|got|get into ~1 it|drugs|trouble|fights|arguments",
            "burglar|burglary|intrusion|security|house|home|alarm ~1 alarm|alarms|system|"
            "systems|panel|company|sensor|sensors|zone|zones|bars|bar",
            "prevent|prevention|prevents|stop|deter|deterrent ~2 burglary|burglaries|break-ins",
            "broken|broke|busted ~1 window|windows|door|doors|lock|locks ~3 from|since|for|"
            "last|ago|cold|wind|storm|old|months|weeks|already",
            "reaching|reached|reaches ~1 in|into|through ~2 his|her|their|my|own|the ? pocket|"
            "pockets|bag|purse|backpack|wallet|jacket",
            "cutting|cut ~3 the ? lock ~2 off ~2 his|her|their|own ? bike|locker|storage",
            "picking ~1 up|out|on|at|through|trash|cans|bottles|flowers|fruit|berries|food|"
            "a+fight|fights|his|her|the",
            "messing|tampering ~2 with ~2 his|her|their|own|my ? phone|car|hair|stuff|things",
            "smashing|breaking ~1 through ~2 the ? glass+ceiling|barrier|wall|line",
            "kicking|kicked ~2 the|a ? door ~3 in+anger|angry|frustrated",
            "kicked|kicking|kicks ~1 in ~2 the|his|her|their ? stomach|face|head|chest|groin|"
            "ribs|back|teeth|nuts|side|leg|butt",
            "meds|medication|medications|drugs|pills|it|adrenaline|heat|insurance|benefits|"
            "coverage ~2 kicked|kicks|kick ~1 in",
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.over_the_fence",
        CODE,
        "someone climbing into a fenced yard or site",
        patterns=(
            # over the fence of a closed yard: "climbing the fence into the lumber yard after
            # hours"
            "climbing|climbed|climbs|hopping|hopped|jumping|jumped|scaling|scaled ~1 over ? "
            "the|a ? fence|gate|wall ~3 into|of|at ~2 the|a ? lumber+yard|lumberyard|junkyard|"
            "junk+yard|scrapyard|scrap+yard|salvage+yard|storage+yard|equipment+yard|"
            "impound+lot|impound|car+lot|dealership|construction+site|substation|warehouse|"
            "storage+facility|storage+units|rail+yard|railyard|depot|compound",
            # "a man cut the fence and is inside the substation"
            "cut|cutting|cuts|snipped|snipping|clipped|clipping ~1 through ? the|a ? fence|"
            "chain-link|chainlink|chain+link|wire|fencing ~3 and|, ~2 is|are|'s|went|got|"
            "climbed|crawled|going ~1 in|inside|into|through",
        ),
        forbids=SEEKING_SHELTER,
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.robbery_theft",
        CODE,
        "robbery, theft or shoplifting happening now",
        patterns=(
            # taken as it happens: "pocketing cash out of the register right now", "grabbing
            # one [box] off 412", "'fishing' mail out of the collection box"
            "pocketing|stealing|skimming|taking|grabbing|pulling ~3 cash|money|bills|twenties ~3 "
            "out+of|from ~2 the ? register|till|drawer|cash+drawer|safe|tip+jar",
            "grabbing|taking|stealing|snatching|swiping ~3 box|boxes|package|packages|parcel|"
            "parcels|one ~3 off|from ~2 a|the|their|someone's|her|his|NUM ? porch|porches|step|"
            "steps|doorstep|stoop|NUM",
            "fishing|pulling|fished ~3 mail|envelopes|letters|checks ~3 out+of|from ~2 the|a ? "
            "box|mailbox|mailboxes|collection+box|drop+box|slot",
            "robbing|being+robbed|holdup|hold-up|stickup|stick-up|carjacking|carjacked|carjack|carjacks|"
            "car-jacking|mugging|getting+robbed",
            # "someone is holding up the liquor store"
            "holding|held|hold|holds|sticking|stuck up ~2 the|a|an ? store|bank|gas+station|"
            "liquor+store|pharmacy|shop|restaurant|cashier|clerk|register|convenience+store|"
            "7-eleven|market|deli|place|taco+truck|check+cashing|pawn+shop",
            "robbery|robberies|robbed|rob|robs|robery|robbey|robbing",
            "stealing|steals|shoplifting|shoplifts|looting|looters|pickpocketing|pilfering|"
            "siphoning|swiping|snatching|stealin|stealling|shop-lifting|looting",
            "taking|loading|filling|concealing|pocketing|stuffing|hiding|putting|shoving|"
            "carrying|hauling|grabbing|throwing ~4 merchandise|items|stuff|goods|things|"
            "products|bottles|liquor|beer|alcohol|electronics|clothes|clothing|tvs|tv|"
            "bikes|bike|packages|package|copper|wire|tools|tires|wheels|rims|batteries|"
            "catalytic ~4 into|in|under|out|inside|down|"
            "from ~2 his|her|their|a|the ? bag|bags|backpack|pants|shirt|coat|jacket|"
            "pockets|pocket|purse|truck|van|car|cart|trunk|vehicle|store|house|building",
            "carrying|hauling|loading|moving|taking|removing|wheeling|dragging ~4 tv|tvs|"
            "television|electronics|furniture|property|stuff|items|things|boxes|appliances|"
            "bikes|tools|copper ~4 out ~1 of|from ~3 house|home|apartment|garage|shed|"
            "building|store|neighbor's|neighbors|the",
            "walking|running|walked|ran|leaving|left|exiting|rolling|pushing ~2 out ~2 with|"
            "without ~4 merchandise|items|stuff|goods|cart|bags|beer|liquor|alcohol|tv|tvs|"
            "electronics|clothes|clothing|unpaid|a+full+cart|full+cart|basket",
            "without+paying|unpaid|un-paid|not+paid|didn't+pay|didnt+pay|without+payment|"
            "drive-off|drive+off|gas+drive-off|dine+and+dash|dine-and-dash|skipped+out",
            "theft|thefts|stolen|steal|stole|larceny|shoplift|shoplifter|shoplifters|"
            "shoplifted|thief|thieves|theif",
            "hold+up|holding+up|held+up the|a ? store|bank|clerk|cashier|register|gas|station|"
            "teller",
            "catalytic converter|converters",
            # a purse pulled off a person: "pulling her purse off her arm right now"
            "pulling|yanking|grabbing|snatching|ripping|tearing|tugging|wrestling ~3 her|his|"
            "their|a|the ? purse|bag|handbag|backpack|phone|chain|necklace|wallet ~3 off|from|"
            "away|out+of",
            # wheels off a car: "stripping the wheels off a car ... up on cinder blocks"
            "stripping|taking|pulling|removing|jacking ~2 the|its|his|her|all ? wheels|tires|"
            "rims|parts|catalytic ~2 off ~2 a|the|that|this|his|her ? car|truck|vehicle|van|suv",
            "running|fleeing|leaving|walking|riding|driving|taking+off|heading ~4 with ~2 "
            "stolen|unpaid|the+stolen ~1 items|merchandise|goods|stuff|property|bike|tv|"
            "electronics|liquor|beer|cart|purse|wallet|phone|packages|tools",
            "porch+pirate|porch+pirates|package+thief|package+thieves",
            # bags that are someone else's: "TAKING SUITCASES OFF CAROUSEL 6 THAT DON'T MATCH
            # HER CLAIM TAGS"
            "suitcases|suitcase|luggage|bags|bag ~6 that|which ? don't|doesn't|do+not|does+not|"
            "aren't|isn't|not ~1 match|belong+to+her|belong+to+him|hers|his|theirs",
            # a stolen vehicle seen now with people in it or being driven
            "stolen ~14 with ~2 people|someone|somebody|two|2|a+guy|a+man|a+woman|occupants|"
            "persons|males|guys ~1 in|inside ~1 it|the+car|the+vehicle|the+truck",
            "stolen ~14 someone|somebody|people|a+guy|a+man|a+woman|he|she|they|male|female ~2 "
            "is|are|'s ~1 driving|sitting+in|in|inside|sleeping+in ~1 it|now|right+now",
            "stolen ~14 being ~1 driven|used|stripped",
            "stolen ~14 now|still|currently ~3 occupied",
            # driven off by a stranger: "the neighbor's truck is being driven away right now by
            # someone he doesn't know"
            "being ~1 driven|taken|towed|pushed ~1 away|off ~8 someone|somebody|stranger|"
            "strangers|guy|man|woman|people|two+guys|2+guys ~3 he|she|they|caller|rp|i|we|nobody ? "
            "doesn't|don't|does+not|didn't|do+not|never ~1 know|recognize|recognizes|seen",
            # an unmarked tow: "a tow truck with no markings is hooking up his neighbor's Civic"
            "tow|flatbed|wrecker ~2 truck|trucks ? ~2 with ~2 no ~1 markings|logo|logos|name|"
            "company+name|decals|plates ~6 hooking|hooking+up|hooked|towing|winching|loading|"
            "lifting|taking",
            # card or check fraud as it happens
            "trying|attempting|tried|attempted|tries to ~1 use|pass|cash|buy ~8 stolen|fake|"
            "fraudulent|counterfeit|forged|cloned|someone+else's|another+person's|other+people's ~2 "
            "card|cards|credit|debit|check|checks|bills|money|id",
            "using|passing|cashing ~2 a|the ? stolen|fake|fraudulent|counterfeit|forged|cloned|"
            "someone+else's|another+person's ~2 card|cards|credit|debit|check|checks|bills|"
            "money|id",
            "card|cards|check|checks ~4 isn't|is+not|not|aren't|are+not ~1 hers|his|theirs|hers+or|"
            "his+own|her+own|their+own|in+her+name|in+his+name",
            "driving|in|riding|sitting|sleeping|parked ~2 a|the ? stolen ~1 car|vehicle|truck|van|"
            "suv|bike|motorcycle|scooter ~3 now|right+now|currently|still|outside|here",
            "pointing|pointed|aiming|aimed|holding|waving|brandishing|showing ~3 gun|guns|"
            "pistol|handgun|knife|weapon|rifle|shotgun ~3 at|to ~2 the|a ? cashier|clerk|"
            "teller|attendant|employee|employees|register|cashiers|clerks|staff|bartender",
            "stripping|stripped|parting+out|chopping+up ~2 the|a|that|this|a+parked ? car|"
            "vehicle|truck|van|suv|motorcycle|cars|vehicles",
            "cutting|sawing|snipping ~1 his|her|the|their|my|our|a ? fence|fences|padlock|"
            "chain ~9 now|right+now|currently|as+we+speak|still",
            "cutting|sawing|removing|taking|stripping|pulling|ripping|yanking|tearing ~3 "
            "catalytic|converter|copper|wire|wiring|"
            "pipes|parts|tires|wheels|rims",
            "demanding|demanded|demands|demand ~3 cash|money|wallet|purse|phone|register|drugs|"
            "keys|car|valuables|cigarettes|everything",
            # a car, trailer or boat hooked up by someone with no right to it
            "hooking|hooked|hooking+up|towing|winching|loading ~4 her|my|his|their|rp's|"
            "caller's|a+neighbor's|someone's|the ? car|vehicle|truck|camry|suv|van|jet+ski|"
            "trailer|boat ~12 no|not|won't|wont|refuses|refused|without|isn't|doesnt|doesn't ~3 "
            "paperwork|papers|signs|sign|authorization|permission|repo|tow|logo|markings|theirs|"
            "his|hers|belong",
            # "hooking up one of their trailers to a truck with no plates, he is not a customer"
            "hooking|hooking+up|hitching|hitching+up|unhooking ~4 trailer|trailers|boat|boats|"
            "camper|campers|car|cars|jet+ski|jet+skis "
            "~10 he|she|they|guy|man|woman|subj|subject ~1 is|'s|are|'re|was ? not|isn't|aren't "
            "~1 a|an ? customer|customers|renter|renters|employee|employees|member|members",
            "hooking|hooking+up|hitching|hitching+up ~6 to ~2 a|an|the|his|her|their ? truck|car|"
            "vehicle|pickup|suv|van ~2 with ~1 no ~1 plates|plate|tags|license+plate",
            "unhooking|hitching|hooking ~3 someone+else's|someone's|another|other|a+neighbor's|"
            "the+neighbor's ? trailer|boat|jet+ski|camper",
            # packages off porches now
            "porch|porches|doorstep|doorsteps|stoop|front+door|steps ~8 picking+up|taking|"
            "grabbing|stealing|swiping ~3 my|her|his|their|the|a|our|an ? amazon|ups|fedex ? "
            "box|boxes|package|packages|parcel|parcels",
            "grabbing|grab|taking|stealing|swiping|snatching ~3 box|boxes|package|packages|"
            "parcels ~3 from|off ~2 porches|porch|doorsteps|doorstep|steps|stoops",
            "follow|following|followed ~2 the|a ? ups|fedex|amazon|usps|delivery|mail ~1 truck|"
            "van|driver|carrier ~8 grab|grabbing|taking|stealing|picking+up",
            # someone forced to hand over money; pockets and bags gone through
            "made|forced|forcing|making|being+made|being+forced ~2 to? ~1 take+out|withdraw|"
            "hand+over|give ~2 cash|money|wallet|his|her",
            "going|gone|went|goes ~1 through ~2 people's|peoples|passengers|passenger's|"
            "someone's|their|other+people's|strangers' ? pockets|bags|purses|purse|backpacks|"
            "wallets",
            "hand|hands ~1 into|in ~2 people's|peoples|passengers|passenger's|someone's|"
            "other+people's|strangers ? bags|pockets|purses|purse|backpacks|backpack",
            "pickpocketing|pick-pocketing|pickpocket|pickpockets|picking+pockets",
            "reaching ~2 into ~3 cars|car|vehicles|customer+cars|customers'+cars ~6 taking|"
            "grabbing|stealing ~2 purses|purse|bags|bag|wallets|wallet|phones|phone",
            # building materials and metal carried off now
            "loading|hauling|taking|carrying|stealing|pulling|stripping|cutting|sawing ~4 "
            "copper|wire|wiring|spools|tools|lumber|materials|equipment|generator|pipes|manhole|"
            "manhole+covers|grates|storm+grates|bleachers|aluminum|scrap|fence+posts|ac+unit|"
            "ac+units|catalytic|guardrail|signs ~6 from|out+of|off|into|onto|at ~3 the|a|his|"
            "their|her ? construction|job|work|site|yard|lot|trailer|truck|van|pickup|school|"
            "park|field",
            "switching|swapping|changing ~2 price ~1 tags|tag|stickers|labels",
            # plates, bikes, machines taken now
            "take|taking|remove|removing|unscrew|unscrewing|pulling|prying|steal|stealing|"
            "swiping ~4 license ? plate|"
            "plates|tag|tags ~2 off|from",
            "cut|cutting|cuts|clipped|clipping|snipped|snipping|snapped|snapping|broke|breaking|"
            "busted|busting ~2 the|a ? "
            "lock|locks|chain|cable ~2 on|off|from ~3 bike|bicycle|bikes|scooter|scooters|moped|"
            "motorcycle|ebike|e-bike",
            "trying|attempting|tried ~1 to ~1 pull|rip|pry|yank|drag|tow|haul ~3 atm|machine|"
            "safe|register|vending",
            "chaining|chained|strapping|strapped|hooking|hooked ~3 the|an|a ? atm|machine|safe|"
            "vending",
            "installing|putting|placing|attaching|fitting ~3 a|the ? skimmer|skimmers|card+skimmer",
            # "pulled a knife on a customer who refused to give him money"
            "pulled|pulling|pointed|pointing|showed|flashed|brandished|waving|pulls ~2 a|the|his|"
            "her ? knife|gun|pistol|blade|weapon|box+cutter|machete|screwdriver ~1 on|at ~6 "
            "refused|refuses|wouldn't|would+not|won't|didn't|did+not ~1 give|hand ~2 him|her|"
            "them|over ? money|cash|change|wallet|purse|anything|his|her",
            # a note-passing robbery ("passed a note saying he has a gun and wants the cash")
            "passed|passing|handed|handing|slid|sliding|gave|showed|showing ~3 a|the ? note|notes ~6 "
            "gun|weapon|bomb|knife|money|cash|register|drugs|pills|oxycodone|robbery|armed|"
            "demanding|demands|wants|give|hand+over",
            # someone in another person's car trying to start it
            "in|into|inside ~2 her|my|their|caller's|rp's|someone's|somebody's|a+stranger's|"
            "the+victim's|the+owner's|a+neighbor's|neighbor's ? car|vehicle|truck|van|suv ~6 "
            "trying|attempting|tried|tries|attempted ~2 to ~1 start|drive|hotwire|hot-wire|steal|"
            "take",
            # stolen and moving now, tracked: "tracking it on his OnStar app, it's moving north
            # on Hwy 49 right now", "Find My shows it moving down Bourbon right now"
            "stolen|stole|took|grabbed|swiped|snatched|taken ~20 moving|heading|headed|"
            "driving|travelling|traveling|going|sitting|parked|stopped|idling ~6 right+now|now|"
            "currently|as+we+speak",
            "stolen ~20 now|currently|still ~2 headed|heading|moving|driving|occupied|"
            "travelling|traveling",
            # mail boxes opened: "opening the cluster boxes behind her with a key"
            "opening|prying|breaking+into|pulling+open ~3 the|a ? cluster ? boxes|mailboxes|"
            "mail+boxes|collection+box|parcel+lockers|package+lockers",
            # the Kia/Hyundai theft: "trying to start a Kia with a USB cable"
            "start|starting|started|hotwire|hotwiring|hot-wiring ~4 with ~2 a|the|his|her ? usb|"
            "usb+cable|usb+cord|screwdriver|phone+charger|charger+cord|charging+cable",
            "usb|usb+cable|usb+cord ~6 kia|hyundai|kias|hyundais|ignition|steering+column",
            "kia|hyundai|kias|hyundais ~10 usb|screwdriver|steering+column|punched|"
            "popped+the+ignition",
            # drug dealing as it happens
            "selling|dealing|slinging|serving|pushing ~3 drugs|dope|crack|meth|heroin|fentanyl|"
            "narcotics|pills|weed|coke|cocaine|pot|marijuana|oxy|percs",
            "hand-to-hand|hand+to+hand ~2 transactions|transaction|sales|sale|deals|deal|"
            "exchanges|buys",
            "snatched|snatches|snatching|grabbed|ripped|yanked ~3 her|his|my|their|the|a ? "
            "purse|wallet|phone|bag|backpack|cash|money|register|necklace|chain|jewelry",
            "concealing|concealed|conceals|pocketing|pocketed|pockets|stashing|stuffing|stuffed "
            "~4 merchandise|items|jewelry|cosmetics|makeup|razors|formula|steaks|meat|perfume|"
            "sunglasses|shoes|shirts|jeans|drills|tools|speakers|headphones|phones|games|"
            "clothes|clothing|liquor|alcohol|beer|bottles|electronics|something|things|stuff|"
            "products|goods|it|them",
            "taking|stealing|grabbing|removing|carrying|loading ~1 caller|rp|her|my|our|his|"
            "their|the|neighbor's|'s ? 's ? tv|tvs|television|xbox|playstation|ps5|ps4|laptop|"
            "computer|electronics|jewelry|bike|bikes|tools|copper|wire|catalytic|tires|wheels|"
            "rims|packages|package|mail|purse|wallet|cash|register|safe|guns|stuff|things|"
            "belongings|car|truck|appliances|appliance|fridge|refrigerator|washer|dryer|stove|"
            "furniture|water+heater|ac+unit|air+conditioner",
            # a converter cut off: "lying under a grey Prius cutting at something"
            f"{_UNDER_A_CAR} ~3 cutting|sawing|grinding|with+a+saw|with+a+grinder",
            # eaten before it is paid for: "taking food off the shelves and eating it in
            # aisle 7"
            "taking|grabbing|pulling|opening ~3 food|merchandise|items|snacks|groceries|chips|"
            "candy|drinks|sandwiches|things|stuff ~2 off|from ~2 the ? shelf|shelves|cooler|"
            "coolers|rack|racks|display ~4 eating|opening|drinking|consuming",
            "eating|drinking|opening ~3 food|merchandise|items|snacks|groceries|chips|candy|"
            "drinks|it|them ~3 in ~1 the ? aisle|aisles|isle",
            # the sound first: "RP hears sawing under his car in the driveway"
            f"cutting|sawing|grinding|sawzall|grinder ~2 {_UNDER_A_CAR}",
            # a vehicle being started without its key: "the ignition cover pulled off, messing
            # with wires"
            "ignition ~2 cover|cylinder|switch|column|housing ? ~2 pulled|popped|ripped|broken|"
            "punched|off|removed|cracked|peeled",
            # the till: "just took money from the register and is still in the store"
            "took|taking|takes|grabbed|grabbing|stole|stealing|swiped|swiping|pulled|pulling "
            "~3 money|cash|bills|twenties|the+cash|the+money ~2 from|out+of|outta ~2 the|a|his|"
            "her ? register|till|drawer|cash+drawer|tip+jar|safe|cash+register",
            # over the counter: "jumped the counter, grabbing pills"
            "jumped|jumping|jumps|hopped|hopping|vaulted|vaulting|climbed|climbing ~1 over ? the "
            "counter|register|bar",
            # a coin or vending machine pried open: "w/ pry bar working the front panel off the
            # snack machine"
            "pry+bar|prybar|crowbar|crow+bar|tire+iron|screwdriver ~8 machine|machines|vending|"
            "atm|lockbox|drop+box|donation+box|parking+meter|kiosk|coin+box|coin+boxes|cash+box",
        ),
        own_lookalikes=(
            # the till worked: "she took money from the register to make change"
            "took|taking|takes|grabbed|grabbing|pulled|pulling ~3 money|cash|bills|twenties|"
            "the+cash|the+money ~2 from|out+of ~2 the|a|his|her ? register|till|drawer|"
            "cash+drawer|safe|cash+register ~2 to|for ~2 make|making|change|pay|count|deposit|"
            "the+deposit|the+bank|a+refund|refund|refunds",
            # a repair: "mechanic under the car cutting the old exhaust pipe", "under his own
            # truck grinding off a rusted bolt"
            f"mechanic|mechanics|repairman|tech|technician|fixing|repairing|replacing|working "
            f"~4 {_UNDER_A_CAR} ~3 cutting|sawing|grinding",
            "under|underneath|beneath ~1 his|her|their|my ? own car|truck|vehicle|suv|van|"
            "pickup|minivan ~3 cutting|sawing|grinding",
        ),
        lookalikes=(
            # an accusation: "YELLING THAT THE AIDE IS A THIEF", "accusing her of stealing"
            # (a person accused or called a name: never "called because a man is stealing")
            "accusing|accuses|accused ~3 him|her|them|me|rp|caller|staff|everyone|people|the "
            "~2 of ~1 stealing|theft|robbing|being+a+thief|taking",
            "calling|calls|called ~1 him|her|them|me|rp|caller|everyone|people|the+aide|"
            "the+nurse|staff ~1 a ? thief|thieves|crook|crooks",
            "yelling|screaming|insisting|insists|claims|claiming ~1 that ~4 is|are|'s ~1 a ? thief|"
            "thieves",
            # a name called, not a theft: "calling the other a thief for taking his spot"
            "calling|called|calls|call|accusing|accused|yelling|screaming ~3 a|the ? thief|"
            "thieves|crook|crooks|robber",
            # a word in scare quotes: he got "robbed" by the refs, her roommate "stole" her
            # leftovers
            "'|\" robbed|stole|stolen|robbing|steal|stealing|robbery|theft|ripped+off '|\"",
            # a bargain: "a steal of a deal", "got it for a steal"
            # (no gap: "a guy steal bikes" is a theft)
            "steal ~1 of ~1 a ~1 deal",
            "for|such|what|quite '|\"? a steal",
            "a|real|total steal '|\"? of|at|for|.|!|,|'|\"",
            "stealing|steal|stole|steals|taking|took|takes ~3 parking ~1 spot|space|spots|spaces",
            # an accusation, not a theft: "keeps accusing her of stealing his newspaper"
            "accusing|accuses|accused|blaming|blames|blamed ~3 of|for ~1 stealing|theft|taking|"
            "robbing ~1 his|her|my|their|the|our ? mail|newspaper|paper|packages|package|money|"
            "stuff|things|food|bike|tools|phone|wallet|car|meds|it|them|from",
            "accusing|accuses|accused|blaming|blames|blamed ~3 of|for ~1 stealing|theft|taking|"
            "robbing",
            # "cops and robbers"
            "cops|cop|police ~1 and|&|n|'n ~1 robbers|robber",
            # (one word at most before the thing: "taking people's things off their picnic
            # tables" is a theft)
            "robbed|stealing|stole|steals|taking|took|grabbing|snatching|swiping|loading|"
            "filling|concealing|pocketing|stuffing|carrying|hauling|moving|removing|putting ~1 "
            "food|money|cart|carts|stuff|things|items|belongings|trash|garbage|cans|bottles|"
            "clothes|blanket|blankets|tent|shower|nap|break|seat|medication|meds|pills|photos|"
            "pictures|video|notes|walk|bus|train|time|care|tantrum|fit|ball|game|toy|toys "
            "~3 his|her|their|own|my",
            "taking|took|takes|take ~1 care|a|his|her|their|the|my|some|over|off|up|away|out|"
            "down ~1 shelter|bus|train|medication|meds|pills|nap|shower|walk|break|seat|photos|"
            "pictures|video|time|kids|dog|trash|stairs",
            "grabbing|grabbed|grab ~2 his|her|their|my|the|a|some ? arm|hand|attention|food|lunch|"
            "coffee|stuff|things|keys|phone|belongings|bag|seat|spot|bite",
            "walked|walking|ran|running out of ~3 money|meds|medication|food|time|gas|options|"
            "places|patience|room|space",
            "robbed|stole|stolen|theft|robbery|larceny|shoplifted|shoplifting|stealing|"
            "catalytic ~3 yesterday|earlier|ago|last|overnight|prior|previous|report|insurance|"
            "week|weekend|night|morning|gone_on_arrival|left|fled|gone|later|online|case|number",
            "report|reports|reporting|reported|history|prior|previous|past|old|recent|"
            "yesterday's|last|attempted ~2 robbery|robberies|theft|thefts|burglary|larceny|"
            "shoplifting|stolen",
            "electrician|electricians|contractor|contractors|crew|crews|workers|worker|company|"
            "utility|technician|technicians|installer|installers ~6 pulling|removing|stripping|"
            "cutting|taking ~2 copper|wire|wiring|cable|cables",
            "stripping|stripped ~2 the|a|his|her ? paint|wax|wallpaper|finish|floor|floors",
            "stolen vehicle|car|bike|bicycle|plate|plates|property|phone|wallet|purse|items|"
            "package|packages|mail|tag|tags|report|recovered|recovery|card|cards|identity|"
            "check|checks",
            "vehicle|car|bike|bicycle|phone|wallet|purse|items|package|packages|mail|plate|"
            "plates|tag|tags|card|cards|identity|license ~2 was|were|been|got|has|had|is|are ~1 "
            "stolen",
            "theft|thefts of ~2 services|service|mail|package|packages|identity|wage|wages",
            "identity|mail|package|packages|wage|time|service|phone|id|card|credit|check ~1 "
            "theft|thieves|stolen",
            "name|identity|thoughts|soul|mind|brain|ideas|identity ~3 stolen|stealing|stole",
            "steal|stealing|stole|steals ~2 a|the|his|her ? look|looks|glance|glances|kiss|kisses|"
            "moment|moments|minutes|sips|bites|naps|fries|show|idea|ideas|"
            "thunder|base|bases|second|third|home|hearts|heart|spotlight|boyfriend|girlfriend|"
            "husband|wife|man|woman",
            "hold|holding|holds|held up ~2 the|a|his|her ? line|traffic|sign|signs|cardboard|"
            "process|bus|train|hand|hands|phone|camera|well|ok|okay",
            "highway|daylight robbery",
            "thinking|thinks|think|believes|believe|believed|convinced|accuses|accusing|claims|"
            "paranoid ~3 someone|somebody|people|neighbors|neighbor|staff|they|everyone ~1 "
            "stole|stealing|steal|steals|took|is+stealing|are+stealing|robbed|robbing",
            "stealing|steal|stole|steals|stolen ~2 his|her|my|their|our ? blood|identity|"
            "thoughts|soul|mind|organs|energy|ideas|brain|dreams|body",
            "concealing|concealed|conceals|hiding|hid ~2 his|her|their ? face|identity|feelings|"
            "emotions|weapon|knife|gun|hands|tattoos",
            "throwing|threw|tossing ~3 rocks|stones|things|stuff|clothes|bottles ~2 in|into ~2 "
            "the ? water|river|lake|pond|creek|trash|dumpster|bin|air",
            "demanding|demanded|demands|demand ~3 refund|refunds|manager|money+back|change|"
            "rent|deposit|payment|answers|apology",
            "wallet|phone|keys|purse ~2 stolen ~3 last|yesterday|ago|earlier|report|saturday",
            "stolen ~3 last|yesterday|ago|earlier|overnight",
            "rob|robs|robbed ~1 peter|the+cradle|him+blind|me+blind|us+blind",
            # "the store robbed him by charging too much", "got robbed at the mechanic, they
            # charged him $900": overcharging (never "robbed the store and charged at the
            # clerk")
            "rob|robs|robbed|robbing|ripped+off ~6 overcharging|overcharged|prices|price|fees|"
            "fee|too+much|rates|rent|taxes|interest|tip|tips|bill|billed|markup",
            "rob|robs|robbed|robbing|ripped+off ~6 charging|charged|charge|charges ~1 me|him|"
            "her|us|them|my|his|too|NUM|$|dollars|extra|double|for",
            "unpaid ~1 rent|bill|bills|wages|invoice|fine|fines|tickets|taxes|balance|leave|"
            "overtime|utilities",
            "carrying|hauling|moving|taking|loading ~4 his|her|their|own|my ~2 stuff|things|"
            "belongings|tv|furniture|property|items|boxes|bags",
            "moving ~1 out|in|truck|company|van|boxes",
            "pushing|rolling ~1 out ~2 with ~2 his|her|their|own ? cart|stroller|wheelchair",
            # A carjacking is over once the suspect has the car: "took the car", "fled in
            # RP's Kia", "drove off in her SUV" says the suspect left in it. Anything that
            # still places him there ("still in the lot", "trying to start it") fires from
            # its own rule.
            "carjacking|carjacked|car-jacking|car+jacking|car+jacked ~16 took|stole|fled|"
            "drove|sped|left|escaped|gone|took+off|drove+off|drove+away|sped+off|sped+away ~1 "
            "in|with|off+in|away+in|off+with|away+with ? the|his|her|their|my|rp's|caller's|"
            "victim's|driver's|owner's|'s ? car|vehicle|veh|truck|van|suv|sedan|minivan|"
            "pickup|motorcycle|NUM|wht|white|blk|black|blu|blue|red|gry|grey|gray|sil|silver|"
            "slvr|tan|grn|green|maroon|gold|dark|brown|bro|beige",
        ),
        guard=all_guards(past_guard, household_theft_guard),
    ),
    Rule(
        "crime_in_progress.concealing_in_store",
        CODE,
        "goods concealed in clothing or a bag in a store, told as it happens",
        patterns=(
            # "currently stuffing sandwiches and socks into his coat" (the -ing form: as it
            # happens; "stuffed it in his coat and left" is a finished theft)
            "stuffing|shoving|slipping|stashing|tucking|concealing|pocketing ~6 into|in|under|"
            "down|inside|up ~2 his|her|their|a ? coat|jacket|pocket|pockets|pants|shirt|"
            "waistband|sleeve|sleeves|hoodie|sweatshirt|backpack|purse|bag|bra",
            # "putting bread and socks in his coat right now": into clothing (into a bag is
            # how anyone shops)
            "putting|sticking|sliding|hiding|shoving ~6 into|in|under|down|inside|up ~2 his|"
            "her|their|a ? coat|jacket|pocket|pockets|pants|shirt|waistband|sleeve|sleeves|"
            "hoodie|sweatshirt|bra|jacket+pocket|coat+pocket",
            "hiding|concealing ~6 into|in|under|inside ~2 his|her|their|a ? backpack|purse|bag|"
            "stroller|cart",
            # "putting razor cartridges and baby formula into a large purse right now" (not a
            # cart or a basket)
            "putting|sticking|sliding|dropping ~6 into|in|inside ~2 his|her|their|a ? large|big|"
            "huge|own|oversized ? purse|backpack|tote|handbag|duffel|duffle",
            # "filling a duffel w/ razor cartridges and Tylenol"
            "filling|stuffing|loading|packing ~2 a|an|his|her|their|the|own ? large|big|huge|"
            "empty|oversized ? duffel|duffle|duffel+bag|backpack|purse|tote|handbag|suitcase|"
            "pillowcase|trash+bag|garbage+bag ~1 with|w/",
        ),
        # ... in a shop: a man stuffing newspaper into his coat at the bus stop is keeping warm
        requires=Context(
            "in_a_store",
            patterns=(
                "store|stores|shop|market|grocery|supermarket|pharmacy|walgreens|cvs|walmart|"
                "target|kroger|safeway|costco|mall|aisle|aisles|register|registers|cashier|"
                "clerk|checkout|shelf|shelves|merchandise|loss+prevention|lp|deli|"
                "convenience|7-eleven|dollar+general|dollar+tree|boutique|outlet",
            ),
            affirmed=False,
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.vandalism",
        CODE,
        "vandalism or property destruction happening now",
        patterns=(
            # the caller's own things, by someone else: "roommate smashing RP's things in the
            # living room right now"
            "smashing|breaking|destroying|wrecking|trashing|throwing|busting|ripping|cutting|"
            "slashing ~1 up? rp's|caller's|callers|rps ~2 things|stuff|belongings|property|tv|"
            "phone|car|truck|dishes|plates|furniture|laptop|clothes|windows|door|doors",
            # a store or a mall torn up now: "pulling fire extinguishers off the walls and
            # spraying them around the food court", "pulling plants out of pots and
            # smashing them"
            "spraying|discharging|emptying|set+off|setting+off ~3 fire+extinguisher|"
            "fire+extinguishers|extinguisher|extinguishers",
            "pulling|ripping|tearing|knocking|yanking|throwing ~3 fire+extinguishers|"
            "extinguishers|smoke+detectors|signs|shelves|displays|merchandise|plants|fixtures|"
            "products ~3 off|out|down ~6 smashing|throwing|breaking|destroying|spraying|"
            "stomping|dumping",
            f"smashing|breaking|busting|shattering|kicking|keying|slashing|puncturing|"
            f"damaging|destroying|wrecking|trashing|ripping|tearing|spray-painting|"
            f"spraypainting|tagging|defacing|egging|throwing+rocks+at|throwing+bricks+at|"
            f"throwing+rocks+through|shooting+out|kicking+in|knocking+over|knocking+down|"
            f"pulling+down|tearing+down|cutting+down|cutting+through|sawing+through|"
            f"ripping+off|tipping+over|setting+fire+to|denting|bashing|flipping|toppling|"
            f"uprooting|stomping+on|ramming|hacking|hacking+at|chopping+at|whacking|"
            f"battering|clubbing|sledgehammering|taking+a+bat+to|taking+a+hammer+to|"
            f"taking+an+axe+to|swinging+at ~4 {PROPERTY}",
            # struck with something: "hitting the glass front doors with a metal trash can
            # lid", "beating on the car with a bat"
            f"hitting|striking|beating|pounding|banging|whacking|bashing|smacking|slamming ~1 "
            f"on? ~3 {PROPERTY} ~3 with ~3 a|an|the|his|her|their|some ? metal|wooden|steel|"
            f"big|large|heavy ? rock|rocks|brick|bricks|bat|pipe|hammer|stick|bottle|chair|"
            f"shovel|crowbar|lid|trash+can|garbage+can|skateboard|club|pole|board|bar|"
            f"tire+iron|wrench|golf+club|cane|sign|2x4|sledgehammer|sledge|axe|hatchet|"
            f"machete|mallet|rebar|chain|lock|cinderblock|cinder+block|stone|stones|fire+extinguisher",
            # "throwing eggs at her house right now"
            "throwing|tossing|hurling|chucking ~2 eggs|paint|paintballs|water+balloons|rocks|"
            "bricks|stones ~2 at|onto ~2 the|a|her|his|their|my|our|caller's|rp's|someone's ? "
            "house|home|car|cars|truck|window|windows|door|building|apartment|trailer|porch",
            # "letting the air out of all 4 of her tires", "dragging something along the side
            # of her car"
            "letting|lets|let ~1 the ? air ~1 out ~1 of ~4 tires|tire|tyres",
            "dragging|scraping|running|raking ~3 something|key|keys|a+key|nail|screwdriver|"
            "knife|rock ~3 along|down|across ~3 side|sides|door|doors|paint|hood|car|truck",
            # "swinging a metal pipe at parked cars"
            f"swinging|swings|bashing|smashing|whacking ~4 at|into the|a|parked|people's|"
            f"peoples ? parked ? car|cars|vehicle|vehicles|windows|window|windshields|"
            f"windshield|mailbox|mailboxes|storefront|storefronts|door|doors",
            f"throwing|tossing|hurling|threw|tossed ~4 {PROPERTY}|belongings|stuff|things ~3 "
            f"over|into|onto|off|out|through ~3 fence|alley|street|yard|pool|lake|river|window|"
            f"balcony|road|dumpster",
            "vandalizing|vandalising|vandalism|vandalize|vandalized|tagging|spray-painting|"
            "spraypainting|graffitiing",
            f"cutting|sawing|tearing|ripping|knocking|pulling|chopping ~3 {PROPERTY}|fence|"
            f"fences|tree|trees ~2 down|apart|off|up",
            # someone else's tree or fence: "cutting down caller's apple tree on caller's side"
            "cutting|sawing|chopping|hacking|ripping|tearing|pulling ~1 down|up|out ? caller's|"
            "rp's|my|our|the+neighbor's|neighbor's|neighbors' ~1 *? tree|trees|fence|hedge|"
            "hedges|bushes|garden|plants",
            # illegal dumping as it happens: "dumping a trailer load of shingles right now"
            "is|are|'s|'re|now|still|currently|been ~1 dumping ~4 trash|garbage|tires|shingles|"
            "load|waste|debris|poop|mattress|mattresses|couch|junk|construction|appliances|"
            "drywall|carpet|oil|chemicals|bags",
            "dumping ~4 trash|garbage|tires|shingles|load|waste|debris|poop|mattress|mattresses|"
            "couch|junk|construction|appliances|drywall|carpet|oil|chemicals|bags ~8 right+now|"
            "now|as+we+speak|still",
            # a home torn up now by someone told to leave: "refusing to leave and is smashing
            # dishes and punching holes in the fridge" (not "punched a hole in his own wall")
            "smashing|breaking|punching|kicking|throwing|destroying|trashing|ripping|tearing|"
            "flipping ~2 the|her|our|my|rp's|caller's|all+the ? dishes|plates|holes|fridge|"
            "refrigerator|tv|tvs|furniture|mirror|mirrors|cabinets|doors|windows|walls|"
            "everything|belongings",
            # "taking the shelter's glass panels apart with a wrench"
            "taking|prying|unscrewing|unbolting|dismantling|kicking|smashing|ripping|tearing ~3 "
            "bus+shelter|shelter|shelter's|panels|panel|glass+panels|bench|benches|sign|signs|"
            "parking+meter|meter|meters|streetlight|light+pole|fence+panels|copper|wiring|pipes "
            "~2 apart|off|out|down",
            # shooting at things: "someone is shooting at road signs from a truck"
            "shooting|firing|shoots|fires ~1 at|up ~3 sign|signs|road+signs|street+signs|"
            "stop+signs|mailbox|mailboxes|streetlight|streetlights|street+lights|transformer|"
            "transformers|insulators|billboard|billboards|windows|houses|parked+cars",
            "shooting|firing|throwing|dropping|hurling|tossing ~3 at|on|onto|into ~2 the|passing|"
            "moving|oncoming ? cars|vehicles|traffic|windshields|windows|houses|buses|trains",
            "spray painting|paint ~3 graffiti|wall|walls|building|car|cars|sign|fence|door|"
            "tags|tag|bridge|school|store|on",
            "spray painting|paint",
            "graffiti ~3 now|right+now|currently|still",
            # keys dragged along cars; fixtures torn out; a dumpster lit
            "dragging|drag|dragged|running|scratching|scraping ~2 a|his|her|the|some ? key|keys|"
            "knife|screwdriver|nail ~3 along|across|down ~4 car|cars|side|paint|door|doors|"
            "vehicle|vehicles",
            "tearing|ripping|pulling ~1 out ~3 the|all|his|her ? cabinets|fixtures|drywall|pipes|"
            "wiring|toilets|toilet|sinks|sink|appliances|copper|outlets",
            "lighting|torching|igniting ~2 the|a|an|some|another ? dumpster|dumpsters|trash+can|"
            "trash+cans|porta-potty|portable+toilet|porta+potty|bench|shed|couch|mattress|"
            "tree|grass|brush|recycling+bin",
            # "throwing merchandise off the shelves"
            "throwing|knocking|pulling|sweeping|dumping|tossing|ripping the|store|all|all+the|"
            "some ? merchandise|items|products|displays|goods|bottles|stock ~2 off|onto|on|from|"
            "to ~2 the ? shelves|"
            "shelf|floor|ground|counter|displays|racks",
            # things broken in a public place: "male breaking stuff in the lobby"
            "breaking|smashing|destroying|trashing|wrecking|throwing|knocking+over|tearing+up|"
            "ripping+up ~2 stuff|things|everything|items|property|merchandise|displays|"
            "shelves|furniture ~3 in|at|inside ~4 store|lobby|office|restaurant|bar|business|"
            "shop|station|hotel|motel|bank|mall|pharmacy|aisle|laundromat|casino|dealership|"
            "place|daycare|clinic|hospital|library|school|church|cafe|diner|market|supermarket|"
            "grocery|gym|salon|bakery|pizzeria|deli|cvs|walgreens|walmart|target|safeway|kroger|"
            "costco|mcdonalds|mcdonald's|starbucks|ihop|dennys|denny's|7-eleven|urgent+care",
        ),
        lookalikes=(
            # clothing, not property: "KEEPS PULLING HER HOOD DOWN"
            "pulling|pulls|pulled|tugging|yanking ~1 her|his|their ? hood|hat|cap|hoodie|sleeves|"
            "sleeve|shirt|mask|pants|beanie|hair|skirt|jacket|coat ~1 down|up|over|off",
            # at home, in a rage: "breaking dishes and punching walls" (a violence and crisis
            # call, not vandalism)
            "breaking|smashing|throwing|punching|kicking|busting ~1 dishes|plates|glasses|cups|"
            "walls|wall|holes|mugs",
            "breaking|smashing|throwing|punching|kicking|busting ~1 dishes|plates|glasses|cups|"
            "walls|wall|holes|mugs and|, breaking|smashing|throwing|punching|kicking|busting ~1 "
            "dishes|plates|glasses|cups|walls|wall|holes|mugs",
            # a ball over the fence is play: "kids keep kicking their ball over her fence"
            "kicking|kicked|kick|kicks|throwing|threw|throw|hitting|hit|batting ~2 the|their|"
            "a|his|her|a+soccer|a+foot ? ball|balls|football|soccer+ball|frisbee|baseball|"
            "basketball ~3 over|into|onto|against ~3 the|her|his|my|our|their|a ? fence|yard|"
            "window|car|wall|garage|house|roof",
            "smashing|breaking|busting|kicking|keying|slashing|damaging|destroying|wrecking|"
            "trashing|ripping|tearing|cutting|throwing|tossing|burning|painting|hitting|"
            "knocking|tipping|flipping ~3 own|own+stuff",
            "smashing|breaking|busting|kicking|damaging|destroying|wrecking|trashing|ripping|"
            "tearing|throwing|tossing|knocking|tipping|flipping ~1 his|her|their|my|the ~1 "
            "stuff|things|belongings|tv|phone|furniture|lamps|lamp|dishes|plates|glasses|cups|"
            "mirror|tent|camp|clothes|room|laptop|computer|guitar|toys|bed",
            "painting|painted|paint ~3 house|fence|walls|wall|room|deck|garage|trim|porch|"
            "mural ~3 for|with|his|her|their|own|permission|job|work|crew|contractor|landlord",
            "cutting|cut|sawing|trimming|mowing ~3 grass|lawn|hedge|hedges|tree|trees|branches|"
            "brush|bushes|weeds|wood|firewood",
            "burning ~2 leaves|trash|brush|wood|candles|candle|incense|sage|food|toast",
            "lighting ~2 cigarette|candle|candles|joint|pipe|grill|fire|fireworks|firecrackers|"
            "the+way|up",
            "throwing|tossing|threw ~3 ball|balls|frisbee|snowballs|football|trash|garbage|"
            "bags|bag|stuff|clothes|belongings|party|fit|tantrum",
            "hitting|hit|hits|beating|bashing ~2 the|a|his|her ? ball|balls|golf|drum|drums|"
            "road|gym|streets|bars|books|jackpot|lottery|button|brakes|wall|gas|snooze|sack|"
            "hay|bottle",
            "knocking ~2 on ~2 the|a|his|her|my|our|every ? door|doors|window|windows",
            "knocking|banging|pounding ~3 door|doors|window|windows",
            "tagging along|team",
            "cutting|walking|cut|cuts|running|riding ~1 through|across ~2 my|the|our|his|her|"
            "their ? yard|lawn|property|lot|garden|backyard|field|park",
            "kicking|kicked ~2 soccer|ball|can|cans|football|tires|dirt|sand|leaves|rocks",
            "breaking|broke|busted ~2 the ? news|ice|bank|law|rules|record|silence|lease|"
            "habit|cycle|curfew|deal|mood|tension",
            "tearing|tore|ripping|ripped ~2 up ~2 the|his|her ? letter|letters|paper|papers|"
            "notice|notices|mail|ticket|photos|pictures",
            "tearing|tore|ripping|ripped down ~2 the ? flyers|posters|signs|notices",
            "scratching|scratched ~2 his|her|their ? head|arm|arms|skin|itch|back",
            "flipping|flipped|tipping|tipped|toppling ~1 over|through ~2 pages|channels|"
            "burgers|the+bird|him+off|her+off|the+table",
            "rock|brick|object ~3 through ~3 window ~4 last|yesterday|overnight|earlier|ago|"
            "report",
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.vandalism_past_tense",
        CODE,
        "property just smashed or damaged, placed now",
        patterns=(
            f"smashed|broke|busted|shattered|kicked|keyed|slashed|damaged|destroyed|wrecked|"
            f"trashed|ripped|tore|spray-painted|tagged|defaced|egged|knocked+over|"
            f"knocked+down|pulled+down|tore+down|ripped+off|tipped+over|flipped|toppled|"
            f"set+fire+to|threw ~4 {PROPERTY}",
        ),
        lookalikes=(
            "smashed|broke|busted|kicked|damaged|destroyed|wrecked|trashed|ripped|tore|threw|"
            "knocked|tipped|flipped ~3 own",
            "smashed|broke|busted|kicked|damaged|destroyed|wrecked|trashed|ripped|tore|threw|"
            "knocked|tipped|flipped ~1 his|her|their|my|the ~1 stuff|things|belongings|tv|phone|"
            "furniture|lamps|lamp|dishes|plates|glasses|cups|mirror|tent|camp|clothes|room|"
            "laptop|computer|guitar|toys|bed",
            "broke|broken|busted ~3 window|windows|door|glass ~3 while|moving|accident|"
            "accidentally|cold|wind|storm|ball|by+accident",
            "knocked ~2 over|down ~2 his|her|my|their|a|the ? drink|coffee|cup|glass|mailbox ~3 "
            "snow|plow|this+morning|accident|accidentally",
            "snow plow|plow|wind|storm|tree|branch ~4 knocked|broke|damaged|destroyed",
        ),
        guard=present_guard,
    ),
    Rule(
        "crime_in_progress.damage_person_still_raging",
        CODE,
        "property just damaged by someone still raging there",
        patterns=(
            f"has|have|just|already ~1 smashed|broke|broken|busted|shattered|kicked|cracked|"
            f"keyed|slashed|damaged|destroyed|wrecked|trashed|ripped|torn|knocked+over|"
            f"knocked+down|tipped+over|flipped|punched|spray-painted|tagged ~4 {PROPERTY}",
        ),
        lookalikes=(
            "has|have|just|already ~1 smashed|broke|broken|busted|kicked|damaged|destroyed|"
            "wrecked|trashed|ripped|torn|knocked+over|tipped+over|flipped ~2 his|her|their|my ? "
            "own",
        ),
        # "an unhoused man is yelling and throwing trash around the bus shelter, has kicked
        # the glass panel, shelter glass is cracked": the suspect is on scene (spec)
        requires=Context(
            "still_raging",
            patterns=(
                "is|are|'s|keeps|kept|still ~1 yelling|screaming|shouting|cursing|throwing|"
                "kicking|punching|hitting|banging|pacing|ranting|raging|breaking|smashing|"
                "tearing|ripping|swinging|stomping|going+off|out+of+control|dumping",
                # ... or simply still there: "just smashed the side mirror with a shovel.
                # neighbor still outside."
                "still ~1 outside|out+there|there|here|on+scene|around|in+the+yard|"
                "in+the+driveway|standing+there|in+the+area|in+the+lot",
                # "STILL CLIMBING ON CARS", "keeps jumping on the hoods"
                "is|are|'s|keeps|kept|still ~1 climbing|jumping|stomping|walking|standing ~1 "
                "on ~2 cars|car|hoods|hood|roofs|roof|vehicles|trucks",
            ),
            within=20,
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.abduction",
        CODE,
        "a person forced into a vehicle or held against their will",
        patterns=(
            "kidnap|kidnapped|kidnapping|kidnaping|kidnaped|abduct|abducted|abducting|abduction|"
            "hostage|hostages|held+captive|held+hostage|human+trafficking|trafficked",
            f"drag|drags|dragged|dragging|drug|forced|forcing|pulled|pulling|pushed|pushing|"
            f"shoved|shoving|threw|throwing|carried|carrying|grabbed|grabbing ~3 {PERSON} ~4 "
            f"into|in|toward|towards ~2 a|the|his|her|their|an ? car|van|suv|truck|vehicle|"
            f"trunk|minivan|sedan|pickup",
            "against her|his|their will",
        ),
        lookalikes=(
            "kidnap|kidnapped|kidnapping ~3 movie|show|podcast|story|scam|scammer|scammers|call|"
            "calls|hoax",
            "hostage ~1 negotiator|situation+movie|crisis+movie",
            f"helped|helping|help|lifted|lifting|put|putting|carried|carrying ~3 {PERSON} ~4 "
            f"into|in ~2 the|a|his|her ? car|van|vehicle|ambulance",
            "pushing|pushed|push ~3 stroller|wheelchair|cart",
        ),
    ),
    Rule(
        "crime_in_progress.impaired_driving",
        CODE,
        "impaired or dangerous driving happening now",
        patterns=(
            "impaired_driving|dui|dwi|owi|oui|duii",
            "drunk|intoxicated|impaired|high|buzzed|wasted|drugged|drinking|intox|hammered|"
            "plastered|tipsy|alcohol|etoh|stoned|messed+up ~1 driver|drivers|driving|behind|"
            "operating|motorist",
            "driving|drove|driver|drives|operating|motorist ~1 while|whilst|is|was|appears|seems|"
            "looks|might+be|may+be|possibly|probably ~1 drunk|intoxicated|impaired|high|under|"
            "drinking|alcohol|intox|wasted|hammered|buzzed",
            f"drunk|intoxicated|impaired|intox|wasted|hammered|plastered|buzzed|alcohol|etoh|"
            f"been+drinking|drinking ~3 {PERSON}|male|female|man|woman|guy|lady|he|she|they|subj|"
            f"subject|friend ~6 got|getting|gets|get|jumped|climbed ~1 in|into|behind ~3 car|"
            f"vehicle|truck|van|wheel|driver's+seat|drivers+seat",
            # a lot drunk, then driving: "drank most of a bottle of whiskey ... just drove off"
            "drank|downed|finished ~2 most|all|half|a+bottle|the+bottle|a+fifth|a+pint|a+twelve|"
            "a+case|several|a+lot|too+much|way+too+much|six|twelve ~10 drove|driving|drive|drives|"
            "drove+off|took+off|behind+the+wheel",
            "drunk|intoxicated|impaired|intox|wasted|hammered|alcohol|etoh|drinking ~8 "
            "driving|drive|drives|drove|start+the+car|started+the+car|starting+the+car|"
            "pulling+out|pulled+out|pull+out|driving+away|drive+away|drive+off|drove+off|"
            "took+off|behind+the+wheel|keys+in+the+ignition|leaving+in|leave+in|get+in+his+car|"
            "get+in+her+car",
            "driving|drove|driver|drives|driving+away|drive+away ~6 drunk|intoxicated|impaired|"
            "intox|wasted|hammered|buzzed|stoned|tweaking|under+the+influence",
            # about to drive: "just left the bar, stumbling to his truck, and is starting it up"
            "stumbling|staggering|stumbled|staggered|drunk|wasted|hammered ~4 to|into|toward|"
            "towards ~2 his|her|their|a|the ? car|truck|vehicle|van|suv|pickup ~8 starting|"
            "started|start|turning+on|about+to+drive|going+to+drive|trying+to+drive|"
            "pulling+out|backing+out|drive+off",
            # "drank most of a bottle of whiskey, said he needs to get away, and just drove off"
            "drank|downed|finished ~2 most|all|half|a+bottle|the+bottle|a+fifth|a+pint|a+twelve|"
            "a+case|several|a+lot|too+much|way+too+much|six|twelve ~20 drove+off|took+off|"
            "drove+away|driving+fast|driving+around|sped+off|peeled+out",
            "driver|operator|captain|he|she ~3 is|was|'s ? holding|drinking|chugging|sipping|"
            "swigging ~3 a|the|an|his|her ? beer|beer+can|bottle|can+of+beer|drink|tall+boy|"
            "fifth|handle|forty|40 ~12 driving|doing+circles|racing|swerving|weaving|speeding|"
            "nearly+hit|almost+hit|still+out",
            # wrong way: "going WEST in the EASTBOUND lanes"
            "going|driving|headed|heading|traveling|travelling ~1 west|east|north|south|wb|eb|"
            "nb|sb ~2 in|on|down|up ~2 the ? eastbound|westbound|northbound|southbound|eb|wb|nb|"
            "sb ~1 lanes|lane|side",
            # "keeps passing the bus when the stop arm is out"
            "passing|passed|passes|going+around|went+around ~3 the|a ? school+bus|bus ~6 "
            "stop+arm|stop+sign|stop+arms|red+lights|lights+flashing|flashing+lights",
            # the drinking told first, the driving further on: "STUMBLING, SMELLS OF ETOH, NOW
            # GOT BACK IN AND IS TRYING TO DRIVE IT OUT OF THE DITCH"
            "drunk|intoxicated|impaired|intox|wasted|hammered|alcohol|etoh|stumbling|slurring "
            "~16 trying|tries|attempting|attempts|about ~1 to ~1 drive|start+the+car|start+it|"
            "drive+off|drive+away|back+out|pull+out",
            # a driver whose speech gives it away: "Male caller driving, slurring"
            "driving|driver|behind+the+wheel ~3 slurring|slurred|slurry|slurs",
            "swerving|weaving|swerve|swerves|weaves ~3 all+over|across|between|in+and+out|"
            "lanes|lane|road|roadway|highway|traffic|into|over|on|back",
            "all over the ? road|lanes|roadway|highway",
            "can't|cannot|can+barely|barely|can+hardly|hardly|unable+to|not|can+not ~2 stay|"
            "staying|keep|keeping|maintain|maintaining|hold|holding ~3 in ~2 its|his|her|their|"
            "the|a|one ? lane|lanes",
            "crossing|crossed|drifting|drifted|drifts|crosses|going+over|went+over ~3 "
            "center+line|centerline|the+line|lines|median|fog+line|double+yellow|yellow+line|"
            "into+oncoming|oncoming",
            "hit+and+run|hit-and-run|hit+n+run|hit-n-run ~14 driver|he|she|they|vehicle|car|"
            "suspect|truck ~3 still|now ~3 there|here|sitting|in|at|on|parked|nearby|around|"
            "down|up|stopped",
            "wrong way|wrong-way driver|vehicle|car|truck|on|down|up|in|going|driving",
            "driving|drove|drives|going|heading|traveling|travelling the ? wrong way",
            "reckless|erratic|dangerous|aggressive driver|driving|vehicle|drivers|operation",
            # passed out with the car in drive and creeping: "passed out at the window with
            # the car in drive, foot slipping off the brake"
            "passed+out|asleep|unconscious|unresponsive|slumped|nodding|nodded+off|out+cold ~10 "
            "in ~1 drive|gear",
            "in ~1 drive|gear ~10 passed+out|asleep|unconscious|unresponsive|slumped|nodding|"
            "nodded+off|out+cold",
            "passed+out|asleep|unconscious|unresponsive|slumped|nodding|nodded+off|out+cold ~12 "
            "creeping|rolling|inching|drifting|lurching ~1 forward|into|toward|towards|down|out",
            "foot ~2 slipping|slipped|sliding|off ~2 the ? brake",
            # (reads "passed|passing" then "out|asleep|...": a driver simply asleep or slumped
            # over the wheel is a medical and welfare call, by every label source)
            "passed|passing out|asleep|unresponsive|slumped|sleeping|unconscious|nodding|dozing|"
            "nodded|dozed|falling+asleep|fell+asleep ~2 at|behind|over ~1 the ? wheel",
            # hitting curbs as it goes, up on the sidewalk, on its rims
            "keeps+hitting|keep+hitting|keeps+jumping|hitting|jumping|bouncing+off ~2 the ? curb|"
            "curbs",
            "drove|driving|driven|drives ~2 up ? on|onto|over ~2 the|a ? sidewalk|median|lawn|"
            "lawns|curb",
            "driving|going|riding|drives ~4 on ~2 its|his|her|the|a|their ? rims|rim|flat|flats|"
            "three+wheels",
            "driver|drivers ~3 passed+out|asleep|unresponsive|slumped|sleeping|unconscious|"
            "nodding|nodding+off|dozing|falling+asleep|fell+asleep",
            "doing|does|did donuts|doughnuts|burnouts|burn-outs|drifts|wheelies",
            "street|drag racing|race|races",
            "racing ~2 on|down|up|in|through ~2 the ? street|road|highway|freeway|neighborhood|"
            "intersection|lot|block",
            "hit+and+run|hit-and-run ~3 now|right+now|still|fleeing|driving",
            "drunk|intoxicated|impaired|intox|wasted|hammered|alcohol|etoh|drinking|stoned|"
            "high ~12 driver's+seat|drivers+seat|driver+seat|behind+the+wheel|running+car|"
            "started+the+car|pull+out|pulling+out|started+to+pull|start+the+car|keys+in",
            # signs of drink on a driver moving a vehicle off: "smells like beer, slurring,
            # keeps trying to back out"
            f"{_SMELLS_OF_DRINK} ~12 {_MOVING_OFF}",
            f"slurring|slurred ~12 {_MOVING_OFF}",
            f"{_MOVING_OFF} ~12 {_SMELLS_OF_DRINK}",
            f"{_MOVING_OFF} ~12 slurring|slurred",
        ),
        lookalikes=(
            # the drive-thru, not the gear: "passed out in the drive-thru line"
            "passed+out|asleep|unconscious|unresponsive|slumped|nodding|nodded+off|out+cold ~10 "
            "in ~1 drive ~1 -|thru|through|way|in|-thru|up|shaft|bay",
            "in ~1 drive ~1 -|thru|through|way|-thru ~10 passed+out|asleep|unconscious|"
            "unresponsive|slumped|nodding|nodded+off|out+cold",
            "drunk|intoxicated|impaired|high|intox driver|drivers|driving|behind ~3 yesterday|"
            "last|earlier|ago|report|arrested|class|program|course|conviction|convictions|"
            "charge|charges|history|hx|record",
            "dui|dwi|owi|impaired_driving ~3 yesterday|last|earlier|ago|arrest|arrested|class|"
            "classes|program|course|conviction|convictions|charge|charges|history|hx|record|"
            "checkpoint|hearing|court|lawyer|attorney|school",
            "prior|previous|past|old|history|hx|arrested|arrest|charged|convicted|for|a ~2 dui|dwi|"
            "owi|impaired_driving",
            "not|isn't|wasn't|not|never ~1 driving|drivng",
            "no|not|never|without ~1 vehicle|car|keys|license",
            "high school|schools|winds|wind|heat|waters|water|tide|traffic|noon|rise|fever|"
            "blood|pressure|temperature|end|speed|chair|risk|alert|up|ground|rate|volume",
            "driving|drive|drives|drove|driven ~3 drunk|intoxicated|impaired|intox|wasted ~1 "
            "friend|friends|people|passengers|guests|girls|guys|home|customers|patrons",
            "designated driver",
            "designated|sober ~1 driver|driving ~8 drunk|intoxicated|impaired|intox",
            "driver|he|she ~1 is|'s|was ~1 sober ~3 drunk|intoxicated|impaired|intox ~1 "
            "passenger|passengers|friend|friends|wife|husband|girlfriend|boyfriend|buddy",
            "sober ~1 driver|driving|drive",
            # the caller drives, a passenger is drunk: "Rideshare driver says his passenger is
            # very drunk", "cab driver reports a fare too intoxicated to give an address"
            "driver|drivers ~1 says|said|states|stated|reports|reported|advises|advised|"
            "called|calling ~2 his|her|their|the|a|an ? passenger|passengers|rider|riders|fare|"
            "customer|customers|pax ~3 drunk|intoxicated|impaired|intox|wasted|hammered",
            "driving|drove|drive ~3 him|her|them|us|his|her ~2 home|to|because",
            "drunk|intox|intoxicated ~3 passenger|passengers|friend|friends ~3 in ~2 the|a|his|"
            "her ? car|back",
            "called|call|get|getting|got|taking|took ~2 a|an ? uber|lyft|cab|taxi|ride",
            "swerving|weaving|swerve ~2 to|around ~2 avoid|miss|dodge|the|a ~2 deer|dog|cat|"
            "animal|pothole|debris",
            "weaving ~2 baskets|basket|fabric|through+the+crowd|through+people|in+and+out+of+traffic+on+his+bike",
            "wrong way ~2 on|down|up ~2 a|the ? one-way|oneway ~2 street ~3 lost|confused|"
            "directions",
            "drag race|racing ~2 on+tv|movie|game|video|track|strip",
            "race ~2 car|cars|track|horse|horses|relations|issue|issues|card",
            "doing ~1 donuts ~2 in ~1 snow ~3 empty",
            "ran|running ~2 red ~1 light|lights ~3 yesterday|ago|last|earlier|ticket|camera",
        ),
        forbids=(Context(
            "driving_in_the_past",
            patterns=(
                "yesterday|last+night|last+week|earlier+today|this+morning|ago|prior|"
                "previously|arrested|convicted",
            ),
            same_sentence=True,
            affirmed=False,
        ), Context(
            # someone else at the wheel: "man drunk walking to his car, his wife is driving
            # him home"
            "someone_else_drives",
            patterns=(
                "wife|husband|friend|girlfriend|boyfriend|mom|mother|dad|father|brother|"
                "sister|buddy|son|daughter|partner|roommate|uber|lyft|cab|taxi ~2 is|'s|will|"
                "was ? driving|drive|drove|taking him|her|them|home",
            ),
            within=8,
        )),
    ),
    Rule(
        "crime_in_progress.swerving",
        CODE,
        "a vehicle swerving or weaving",
        patterns=(
            "swerving|weaving|swerve|swerves|weaves|swerved|weaved",
            # "keeps running off onto the shoulder"
            "running|runs|ran|going|goes|went|drifting|drifts|drifted|veering|veers|veered ~1 "
            "off ~1 onto|into|on ~2 the ? shoulder|rumble+strips|curb|ditch|median",
        ),
        lookalikes=(
            "swerving|weaving|swerve|swerved ~2 to|around ~2 avoid|miss|dodge|the|a|it ~2 deer|"
            "dog|cat|animal|pothole|debris",
            "cars|traffic|vehicles|everyone|people|drivers|other+cars ~2 swerving|swerve|"
            "swerved|having+to+swerve",
            "swerving|swerved|swerve ~1 around|to+avoid|to+miss ~1 it|him|her|them|the|a",
            "weaving ~2 baskets|basket|fabric|loom|class|through+the+crowd|through+people",
            # a person on foot: "a older woman weaving down Mill Way, yelling at cars"
            "woman|man|guy|lady|person|pedestrian|subj|subject|male|female|drunk|kid|teen|he|"
            "she ~1 is|was|'s ? weaving|stumbling|staggering ~1 down|through|across|along|on|"
            "in|up|around|between",
        ),
        requires=Context(
            "vehicle_or_road",
            patterns=(
                "car|cars|vehicle|vehicles|truck|van|suv|sedan|driver|drivers|driving|lane|lanes|"
                "road|roadway|highway|freeway|interstate|traffic|median|plate|motorcycle|"
                "pickup|f150|f-150|camry|civic|wb|eb|nb|sb|northbound|southbound|eastbound|"
                "westbound|light|lights",
            ),
            within=20,
        ),
    ),
    Rule(
        "crime_in_progress.rummaging",
        CODE,
        "someone going through cars, mailboxes or the caller's things now",
        patterns=(
            "going|goin|rummaging|digging|rifling|riffling|searching|gone ~1 through|in|"
            "into ~2 the|a|my|our|rp's|caller's|neighbor's|neighbors|people's|someone's|"
            "parked|several|other|multiple|unlocked|random ? car|cars|vehicle|vehicles|trucks|"
            "truck|van|vans|mailbox|mailboxes|mail|glovebox|glove+box|lockers|locker",
            "going|goin|rummaging|digging|rifling|riffling|searching ~1 through ~2 my|our|rp's|"
            "caller's|neighbor's|someone's|people's ? stuff|things|belongings|drawers|cabinets|"
            "boxes|tools|garage|shed|house|room|purse|bag|mail|porch|packages",
            # (looking into car windows, casing houses: a suspicious person, not a crime
            # in progress, until he tries a door or goes in)
        ),
        lookalikes=(
            "going|goin|rummaging|digging|rifling|searching|looking ~1 through|in|into ~2 the|a|"
            "his|her|their ? trash|garbage|dumpster|dumpsters|recycling|bins|bin|cans|trash+cans",
            "looking ~1 into ~2 a|the ? car ~1 loan|loans|insurance|payment|buying",
            "going|went|goes through ~2 a|the ? car+wash|carwash|drive-thru|drive+thru",
            "officer|officers|police|pd|cops|security|k9|tow|owner|owners|staff|valet|"
            "mechanic|mechanics ~3 going|searching|digging|rummaging ~1 through|in|into ~2 the|a|"
            "his|her|their|my ? car|cars|vehicle|vehicles|truck|van|mailbox|glovebox|lockers|"
            "locker|stuff|things|belongings|bag|purse|house|room|garage|shed",
        ),
        forbids=HOUSEHOLD_DOER,
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.masked_entry",
        CODE,
        "people in masks going into a store or a bank now (inside, not gone)",
        patterns=(
            # "2 SUBJS IN SKI MASKS JUST WALKED INTO THE CIRCLE K"
            "ski+mask|ski+masks|masked|bandana|bandanas|balaclava|balaclavas ~6 walked|went|"
            "ran|running|walking|entered|entering|going|rushed|rushing ~1 into|in|inside ~3 "
            "store|bank|gas+station|station|shop|pharmacy|market|circle+k|7-eleven|liquor|"
            "business|restaurant|the|a",
        ),
        guard=dated_guard,
    ),
    Rule(
        "crime_in_progress.out_with_goods",
        CODE,
        "someone just out of a store with an armful of goods (the theft is the walking out)",
        patterns=(
            # "a man just ran out of the Family Dollar with an armful of stuff"
            "ran|running|runs|walked|walking|left|leaving|rushed|rushing ~2 out ~1 of ~7 with "
            "~2 an|a|his|her|their|arms ? armful|armfuls|arms+full|armload|bag+full|cart+full|"
            "full+cart|full+bag",
            # goods taken in the act: "filling a basket with candy and soda and walking out"
            "filling|filled|loading|loaded|stuffing|stuffed ~3 a|the|his|her|their ? basket|cart|"
            "bag|bags|backpack|pockets|shirt|jacket ~8 walking|walked|running|ran|leaving|"
            "left|heading|walks|runs ~1 out|outside|toward+the+door|to+the+door",
            # "just walked out of her bakery with the tip jar"
            "ran|running|runs|walked|walking|left|leaving|rushed|rushing|took+off ~2 out? ~1 of? "
            "~7 with ~2 the|a|an|her|our|their|my ? tip+jar|tips|tip+cup|register|cash+drawer|till|"
            "donation+jar|donation+box|charity+box|collection+box|cash+box|lockbox|"
            "unpaid|stolen|merchandise",
        ),
        guard=dated_guard,
    ),
    Rule(
        "crime_in_progress.prowl",
        CODE,
        "a prowler, or a car prowl (someone going into parked cars)",
        patterns=(
            "prowler|prowlers|prowling|prowl",
            # "walking around the back with a backpack looking in windows" (a house's: a man
            # looking into car windows, touching nothing, is no crime by every label source)
            "looking|peeking|peering|peeping|peaking|shining+a+flashlight|shining+flashlight "
            "in|into|through|thru the|her|his|their|my|people's|neighbors'|neighbor's ? "
            "house|back|side|bedroom|kitchen|basement|home|front ? windows|window",

            # "just reached into an open jeep and pulled out a bag"
            "reached|reaching|reaches|leaned|leaning ~1 into|in|inside ~3 an|a|the|someone's|"
            "parked ? open|unlocked|parked ? car|cars|jeep|truck|vehicle|van|suv|convertible ~4 "
            "pulled|pulling|took|taking|grabbed|grabbing|came+out+with",
            "veh|vehicle|vehicles|auto|car|cars ~1 prowl|prowler|prowlers|prowling|clout|"
            "clouting|break-in|breakin|break-ins|burglary|burglar|burg",
        ),
        lookalikes=(
            # the caller's side looking: "UPD: neighbor looking thru side window, he is sitting"
            "neighbor|neighbors|rp|caller|officer|officers|deputy|i|we|mom|dad|she|staff ~2 "
            "looking|peeking|peering|peeping ~4 window|windows",
            "prowl ~1 car|cars|unit|units|officer",
            "on the prowl",
            "vehicle|auto|car ~1 burglary|burglar|burg ~1 alarm|alarms",
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.arson",
        CODE,
        "someone setting property on fire now or pouring fuel on it (not his or her own "
        "things: a person in crisis burning their own mattress is a fire and a crisis call)",
        patterns=(
            f"setting|set|sets|lighting|lit|light|torching|torched|burning the|a|my|our|rp's|"
            f"caller's|neighbor's|neighbors|someone's|people's|NUM|some|several|two|parked ? "
            f"{PROPERTY}|"
            f"dumpster|dumpsters|trash+can|trashcan|couch|mattress|mattresses|building|"
            f"apartment|house|door|grass|field|brush|tent|tents|porch|hallway|stairwell|trash|"
            f"garbage ~2 on+fire|ablaze|alight|afire",
            "setting|starting|lighting|set|started|lit ~1 fires|multiple+fires|small+fires",
            f"set|setting|sets ~1 fire ~1 to the|a|my|our|rp's|caller's|neighbor's|someone's|"
            f"people's|NUM|some|several|parked ? {PROPERTY}|dumpster|dumpsters|couch|mattress|"
            f"building|apartment|house|door|grass|brush|tent|porch|hallway|stairwell|trash",
            f"pouring|poured|pours|dousing|doused|douses|splashing|splashed|spreading|spread|"
            f"spraying ~4 gas|gasoline|lighter+fluid|accelerant|kerosene|diesel ~4 on|over|"
            f"around|in|onto|all+over ~2 the|a|my|our|rp's|caller's|neighbor's|someone's ? "
            f"{PROPERTY}|house|car|porch|door|building|apartment|hallway|floor|stairs|"
            f"dumpster|tent|couch",
            # a fire set beside other people's things: "burning her clothes in a pile in the
            # parking lot right next to the cars"
            f"burning|burnin ~12 {_BESIDE_WHAT_BURNS}",
            f"lit|lighting|started|starting|set|setting ~3 fire|fires|blaze ~8 "
            f"{_BESIDE_WHAT_BURNS}",
            # "poured something on the dumpster ... and set it on fire"
            f"pouring|poured|pours|dousing|doused|splashing|splashed ~3 something|liquid|stuff|"
            f"fluid|gas|gasoline ~3 on|over|onto|around ~2 the|a ? {PROPERTY}|dumpster|"
            f"dumpsters|building|house|car|door|porch|shed|fence|couch|tent ~8 set|lit|lighting|"
            f"setting|sets ~1 it|them ~1 on+fire|ablaze|alight|afire",
            # "pouring something on the side of the garage, now flicking a lighter"
            "pouring|poured|pours|dousing|doused|splashing|splashed|squirting ~3 something|"
            "liquid|stuff|fluid|it|gas|gasoline ~3 on|over|around|onto|all+over ~14 lighter|"
            "lighters|match|matches|zippo|flicking|flicks|striking|torch",
            "arson|arsonist|arsonists|firebombing|firebombed|molotov ~3 in_progress|in+progress|"
            "now|right+now|happening|currently|still",
            "trying|tried|attempting|attempted|tries ~1 to ~1 set|light|burn|torch ~1 the|a|my|"
            "our|rp's|caller's|neighbor's|someone's ? "
            f"{PROPERTY}|building|apartment|house|dumpster|couch|door ~2 on+fire|ablaze|down",
        ),
        lookalikes=(
            # yard waste burned on purpose: "burning leaves in the backyard next to the fence"
            f"burning|burnin ~1 leaves|brush|yard+waste|firewood|wood|branches|sticks ~12 "
            f"{_BESIDE_WHAT_BURNS}",
            "lit|lighting|started|starting|building|built|made|making|set|setting ~3 fire|fires "
            "~4 to+keep+warm|for+warmth|warm|cook|cooking|campfire|fireplace|fire+pit|firepit|"
            "grill|bbq|stove|barrel|in+a+barrel|in+a+can",
            "lit|lighting|light|lights ~2 up ~2 a|the|his|her ? cigarette|joint|pipe|blunt|cigar|"
            "candle|candles|grill|bbq",
            "set|setting|sets the ? table|alarm|timer|tone|record|date|stage|mood",
            "lit|lighting|light ~2 the ? fireplace|grill|stove|candles|candle|pilot|oven|furnace",
            "burning ~2 the ? candle|midnight|oil|bridges",
            f"{ANIMAL} ~2 on+fire",
            "accidentally|accidently|by+accident|accidental ~2 set|setting|lit|lighting|started "
            "~6 on+fire|ablaze|fire",
        ),
        # a person who set the fire and will not leave it, or wants to burn with it, is
        # a suicide attempt and a fire (suicide_attempt, medical), not a property crime
        forbids=Context(
            "fire_setter_stays",
            patterns=(
                "refusing|refuses|refused|won't|wont|will+not|not ~2 to? leave|come+out|"
                "get+out|evacuate|leaev|leve|leav",
                "burn|die|dying|go ~2 with ~1 it|the+house|the+apartment|the+place",
                "suicidal|suicide|kill+himself|kill+herself|kill+themselves|end+it|"
                "end+his+life|end+her+life|wants+to+die",
            ),
            same_sentence=True,
            affirmed=False,
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.drove_off_impaired",
        CODE,
        "someone who has been drinking or using just drove off",
        patterns=(
            "just ~1 took|stole|grabbed|drove+off+in|took+off+in|left+in|drove+away+in|"
            "took+off+with ~2 the|her|his|my|their|our|mom's|dad's|rp's|caller's ? car|truck|"
            "van|suv|vehicle|minivan|jeep",
            # "took her car and drove toward the canyon road"
            "took|stole|grabbed ~2 the|her|his|my|their|our|mom's|dad's|rp's|caller's ? car|"
            "truck|van|suv|vehicle|minivan|jeep ~1 and ~1 drove|drove+off|took+off|left|"
            "is+driving|sped|speeding",
            "pulling|backing|pulled|backed|driving ~1 out|away|off ~4 now|right+now|as+we+speak",
            f"just ~1 left|drove+off|took+off|drove+away|sped+off|got+into|got+in|climbed+into ~4 "
            f"{VEHICLE}",
            # "drunk and left with the kids in the car, he is driving on Mill Rd now"
            "is|'s|are ~1 driving|behind+the+wheel ~4 now|right+now|currently|as+we+speak",
            "left|drove+off|took+off|drove+away|sped+off ~2 with|in ~4 car|truck|van|suv|"
            "vehicle|the+kids",
            # "left about 15 min ago in a white Jeep"
            f"left|drove+off|took+off|drove+away|sped+off ~5 in ~3 {VEHICLE}|jeep|pickup",
        ),
        # the caller or a responder on the way: "Caller is driving there now"
        lookalikes=(
            "caller|rp|i|we|officer|officers|police|deputy|ems|medics|she+said+she|he+said+he ~1 "
            "is|'s|am|'m|are|was ~1 driving|behind+the+wheel ~4 now|right+now|currently|"
            "as+we+speak",
        ),
        # (the driving itself is the crime: "drove" in the match places nothing in the past)
        requires=Context(
            "impaired_now",
            patterns=(
                "barely+stand|barely+walk|couldn't+stand|could+barely+stand|stumbling|staggering|"
                "slurring|slurred|after+drinking|drinking+all+day|been+drinking+all|wasted",
                "drunk|intoxicated|wasted|hammered|intox|etoh|alcohol|impaired|stoned|"
                "been+drinking|was+drinking|is+drinking|been+using|high+on|tipsy|buzzed",
                # "drank most of a bottle of vodka"
                "drank|drinking|chugged|chugging|downed|finished|polished+off ~4 bottle|fifth|"
                "handle|vodka|whiskey|whisky|beers|liquor|tequila|rum|gin|wine|pint|12-pack|"
                "six-pack|case",
            ),
            within=20,
        ),
        guard=dated_guard,
    ),
    Rule(
        "crime_in_progress.order_respondent_here",
        CODE,
        "the person a protection order is against, there now (order named anywhere)",
        patterns=(
            "protection|restraining|protective|no-contact|no+contact|stay-away|stay+away|"
            "emergency+protective ~1 order|orders",
        ),
        lookalikes=(
            # an order asked about (none exists yet): "asks if someone can explain a
            # restraining order"
            # (never "she wants the restraining order enforced")
            "explain|explaining|apply|applying|file|filing|asking+about|asks+about|"
            "how+to+get|how+to+file|info+on|information+on|information+about|get+a|"
            "getting+a|obtain|obtaining ~3 a|an|the ? restraining|protective|protection|"
            "no-contact ~1 order|orders",
            # an order wanted, not had (never "she got a restraining order last month", "he
            # is here, she wants the restraining order enforced", "told him about the order")
            "want|wants|wanted|wanting ~1 to ~1 get|file|request|apply+for|seek ~2 a|an ? "
            "protection|restraining|protective|no-contact|no+contact|stay-away|stay+away|"
            "emergency+protective ~1 order|orders",
            "want|wants|wanted|get|getting|file|filing|apply|applying|seeking|seek|qualify|"
            "qualifies ~1 for? ~1 a|an protection|restraining|protective|no-contact|no+contact|"
            "stay-away|stay+away|emergency+protective ~1 order|orders",
            "how+to|information|info|asking ~4 protection|restraining|protective|no-contact|"
            "no+contact|stay-away|stay+away|emergency+protective ~1 order|orders",
            "protection|restraining|protective|no-contact|no+contact|stay-away|stay+away ~1 "
            "order|orders ~3 expired|lifted|dropped|dismissed|ended|denied|hearing|court|"
            "paperwork|papers|petition|petitions|pending|application|request|requested|"
            "in+the+works|filed",
            "no|not|never ~2 protection|restraining|protective|no-contact|no+contact|"
            "stay-away|stay+away ~1 order|orders",
        ),
        requires=Context(
            "respondent_here",
            patterns=(
                "is|'s|are ~1 here|there|outside|out+front|downstairs|in+the+lot|"
                "in+the+parking+lot|at+the+door|at+her+door|at+my+door|at+the+house",
                "is|'s|are|been|keeps ~1 sitting|parked|waiting|standing|lurking|circling|"
                "driving+by|banging|knocking|pounding|following|watching",
                "in ~2 the ? parking ~1 lot|garage ~1 of|at ~2 her|my|the|their ? work|job|"
                "school|building|apartment|store",
                "outside|at ~2 her|my|the|their ? door|house|home|apartment|work|job|school|car|"
                "window",
                "in|on ~2 her|my|the|their ? driveway|yard|porch|lawn|property|section|store|"
                "restaurant|building|lot|street",
                "knocking|banging|pounding|ringing ~3 door|doorbell|window",
                # back again: "he keeps coming back to her house"
                "keeps|kept|is|'s ~1 coming|showing|going|driving ~1 back|up|over|around|by ~3 "
                "to|at ? her|my|the|their|our ~1 house|home|apartment|work|door|place|job",
                # inside: "my ex is in my apartment right now"
                "is|'s|are ~2 in|inside ~1 her|my|the|their|our ~1 apartment|apt|house|home|"
                "room|unit|trailer|car|place",
                "not|n't ~1 allowed|supposed ~2 to ~1 be ~1 here|there|near",
            ),
            within=30,
            # the presence must not be told in the past ("he was outside her work last
            # week"); the order itself usually is ("served last month")
            guard=dated_clause_guard,
        ),
    ),
    Rule(
        "crime_in_progress.stolen_car_occupied",
        CODE,
        "a car reported stolen, seen now with someone in it",
        patterns=(
            f"stolen ~2 {VEHICLE} ~14 is|'s|was ~1 parked|sitting|here|there|on|in|at|outside",
            f"{VEHICLE} ~1 stolen|that+was+stolen|reported+stolen ~14 is|'s|was ~1 parked|"
            f"sitting|here|there|on|in|at|outside",
            f"{VEHICLE} ~1 that ~1 was ~1 reported ~1 stolen ~16 is|'s|was ~1 parked|sitting|"
            f"stopped|idling|here|there|on|in|at|outside",
        ),
        requires=Context(
            "someone_in_it_now",
            patterns=(
                "someone|somebody|male|man|subj|person|female|woman|guy|people|subjects|two ~3 "
                "sitting|in+it|inside|driving|sleeping|getting+in|standing+by|in+the+car",
                "driver|occupant|occupants|engine+running|engine+is+running|running+with",
            ),
            within=20,
        ),
    ),
    Rule(
        "crime_in_progress.intruder_heard",
        CODE,
        "glass breaking with someone moving inside, or a forced door with someone inside now",
        patterns=(
            "hears|heard|hearing|hear|heard+what+sounded+like ~3 glass ~1 breaking|break|"
            "shatter|shattering|smash|smashing",
            "lock|locks|padlock|door|doors|window|windows|gate ~5 pried|forced|kicked+in|"
            "smashed|broken|busted|cut|cut+off|snapped|jimmied",
        ),
        lookalikes=(
            "lock|locks|padlock|door|doors|window|windows|gate ~3 broken|busted ~3 for|since|"
            "again|last|weeks|months|days|landlord|maintenance|repair|fix|fixed",
        ),
        requires=Context(
            "someone_inside_now",
            patterns=(
                "someone|somebody|footsteps|people|person|man|male|subj|subject|movement|"
                "noises|voices|legs ~4 walking|moving|inside|downstairs|upstairs|"
                "in+the+house|in+the+home|in+the+kitchen|in+there|rummaging|going+through|"
                "carrying|loading|behind+the+counter",
                "flashlight|flashlights ~3 moving|inside|in+the",
                "moving ~1 around ~3 inside|behind|in",
                "carrying ~3 out ~6 right+now|now",
            ),
            within=25,
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.alarm_with_people",
        CODE,
        "an alarm company's audio or video picks up people inside a place that is closed or "
        "empty",
        patterns=(
            "audio|camera|cameras|video|monitoring|monitor|operator ~4 hears|heard|hearing|"
            "sees|saw|seeing|shows|showing|picked+up|picking+up|captured|capturing|detects|"
            "detected ~3 voices|voice|people|person|someone|somebody|movement|footsteps|figure|"
            "figures|subjects|males|man|men|intruder|intruders|glass|persons|individuals|subjs|"
            "suspects",
        ),
        requires=Context(
            "closed_or_empty",
            patterns=(
                "closed|unoccupied|vacant|empty|after+hours|locked+up|out+of+town|"
                "on+vacation",
                # ... or the alarm was a break: "GLASS BREAK SENSOR ... VIDEO SHOWS 2 PERSONS
                # INSIDE"
                "glass+break|glassbreak|glass-break|forced+entry|forced+door|door+forced",
                "no|nobody|noone|no+one ~1 employees|staff|workers|one|body ~1 inside|there|"
                "home|on+site|onsite|scheduled",
                "nobody|noone|no+one ~1 should|supposed|home|there|inside",
            ),
            within=40,
            affirmed=False,
        ),
        # ... unless the people are known: "camera shows the owner inside"
        forbids=Context(
            "known_people_there",
            # there now ("owner is on the way" is nobody there)
            patterns=(
                f"{LEGIT_PRESENCE}|employee|employees|staff|manager|cleaning+crew|cleaners|"
                f"janitor|keyholder|family ~2 inside|there|on+site|onsite|on+scene|working|"
                f"in+the+building|in+the+store|upstairs|downstairs|in+back",
                f"it's|it+is|its|it+was|they're|they+are|just|only ~1 the|an|a|his|her ? "
                f"{LEGIT_PRESENCE}|employee|employees|staff|manager|cleaning+crew|cleaners|"
                f"janitor|keyholder|family",
                f"shows|showing|shown|sees|saw ~1 the|an|a|his|her ? {LEGIT_PRESENCE}|employee|"
                f"employees|staff|manager|cleaning+crew|cleaners|janitor|keyholder|family",
            ),
            lookalikes=(
                f"no|not|nobody|noone|no+one ~2 {LEGIT_PRESENCE}|employee|employees|staff|"
                f"manager|cleaning+crew|cleaners|janitor|family",
                "keyholder|owner|manager ~1 says|said|states|confirms|confirmed|advises|reports",
            ),
            within=12,
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.nobody_should_be_there",
        CODE,
        "someone seen or heard where nobody should be now",
        patterns=(
            "nobody|no+one|noone|no-one ~2 should+be|is+supposed+to+be|supposed+to+be|"
            "should+be+in ~3 home|there|inside|in+the+house|in+the+building|in+the+store|"
            "in+there|here",
            # inside or on a place shut for the night: "teens are inside the abandoned school,
            # I can see flashlights", "somebody is on the roof of the pharmacy, it's closed"
            "inside|in|on+the+roof+of|on+top+of ~2 the|a|an ? closed|vacant|abandoned|empty|"
            "boarded-up|boarded+up|condemned|shuttered ~1 school|store|building|business|"
            "house|home|warehouse|factory|church|mall|gym|office|pharmacy|restaurant|bank|"
            "plant|mill|hospital|motel|hotel",
            # "a man is inside the church and the church is locked up for the night"
            "inside|in ~2 the|a ? school|store|building|business|warehouse|factory|church|mall|"
            "gym|office|pharmacy|restaurant|bank|library|shop ~8 closed|locked|locked+up|shut "
            "~3 for+the+night|for+the+day|for+the+weekend|for+hours|already|now|right+now|"
            "tonight",
            "on|onto ~2 the ? roof|rooftop ~1 of ~2 the|a ? school|store|building|business|"
            "warehouse|factory|church|mall|gym|office|pharmacy|restaurant|bank|plant|"
            "dealership|library ~6 closed|vacant|abandoned|empty|after+hours|nobody",
        ),
        forbids=SEEKING_SHELTER,
        requires=Context(
            "someone_there_now",
            patterns=(
                "flashlight|flashlights|movement|moving|someone|somebody|person|man|woman|"
                "footsteps|lights+on|light+on|figure|intruder|shadow",
            ),
            within=25,
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.loading_at_closed_site",
        CODE,
        "goods loaded into a vehicle now at a place that is closed, fenced off or not theirs "
        "(a move or a delivery is not)",
        patterns=(
            # "UNLOADING BOXES FROM THAT TRAILER INTO A PICKUP", "throwing tires over into
            # the bed", "LOADING BOXES FROM AN OPEN CONTAINER INTO THE BED"
            "loading|unloading|throwing|tossing|carrying|hauling|passing|handing|stacking|"
            "putting|moving|lifting ~3 boxes|box|tires|tire|rims|wheels|pallets|pallet|cargo|"
            "merchandise|goods|product|products|copper|wire|pipe|pipes|scrap|metal|batteries|"
            "tools|equipment|appliances|bikes|crates|cases|items|stuff ~8 into|in|onto|over+into "
            "~3 a|an|the|their|his|her|that|this ? pickup|truck|van|bed|truck+bed|trailer|suv|"
            "car|vehicle|trunk|box+truck|u-haul|uhaul",
            # "CARRYING A LAWN MOWER OUT OF THE BACK OF THE ACE HARDWARE GARDEN CENTER
            # (CLOSED), OVER THE FENCE, LOADING INTO A MAROON BUICK"
            "loading|loaded|unloading ~3 into|onto|in ~1 a|an|the|his|her|their|that|this|"
            "a+waiting|the+waiting",
            "carrying|hauling|dragging|lifting|passing|handing|throwing|tossing|pushing ~8 "
            "over|across|through|under ~2 the|a ? fence|wall|gate|fencing",
        ),
        requires=Context(
            "closed_or_fenced_off",
            patterns=(
                "closed|after+hours|unoccupied|vacant|locked+up|shut+down|out+of+business",
                "no|nobody|noone|no+one|not ~1 authorized|authorization|badges|badge|permission|"
                "work|employees|staff|one+working",
                "seal|seals|lock|locks|padlock|chain ~1 broken|cut|cut+off|popped|missing",
                "inside|over|through|behind ~2 the|a ? lot|yard|site ? fence|gate|fencing",
                "hole ~2 in ~2 the|a ? fence",
            ),
            within=40,
            affirmed=False,
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.in_absent_owners_car",
        CODE,
        "someone in the car of people who are away",
        patterns=(
            # "a man is sitting in the driver seat of her neighbor's car ... Neighbors are on
            # vacation"
            "seat|seats|inside|in ~1 of? ~2 her|his|their|my|our|a|the ? neighbor's|neighbors|"
            "neighbours|rp's|caller's|someone's|someone+else's ~2 car|truck|van|vehicle|suv|"
            "jeep|camper|rv",
        ),
        requires=Context(
            "owners_away",
            patterns=(
                "on+vacation|out+of+town|away+for|out+of+the+country|deployed|at+work|"
                "in+the+hospital|not+home|nobody+home|no+one+home|nobody's+home|are+away|"
                "is+away|'re+away|away+on|away+until|gone+for",
            ),
            within=30,
            affirmed=False,
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.theft_of_service",
        CODE,
        "someone refusing to pay for fuel, still at the pump (a customer disputing a meal is a "
        "conflict call)",
        patterns=(
            "refused|refuses|refusing|won't|wont|will+not|didn't|did+not ~1 to? pay|pay+for",
            "dine+and+dash|dined+and+dashed|drive-off|drive+off+without+paying",
        ),
        lookalikes=(
            "refused|refuses|refusing|won't|wont|will+not|didn't|did+not ~1 to? pay|pay+for ~2 "
            "rent|the+rent|his+rent|her+rent|child+support|bills|mortgage|utilities|"
            "share|their+share|his+share|her+share|back|me+back|him+back|her+back|fine|ticket",
        ),
        requires=Context(
            "service_now",
            patterns=(
                "pump|pumps|gas|fuel|diesel|tank|gallons",
                # walking out on the bill now, or eating the goods in the store: "refused to
                # pay the bill, they're walking out to their car now"
                "walking+out|walking+away|leaving|driving+off|heading+out|running+out|"
                "walking+to+their+car|walking+to+his+car|walking+to+her+car|getting+in+their+car|"
                "eating|opening+packages|opening+the+packages|drinking+it",
            ),
            within=15,
        ),
        guard=refusal_guard,
    ),
    Rule(
        "crime_in_progress.fraud_at_counter",
        CODE,
        "counterfeit money, stolen cards or a false ID being used now",
        patterns=(
            # a phone held over other people's cards as they pay (skimming the numbers)
            "holding|holds|hovering|hovers|hold ~3 phone|camera|cellphone ~3 over|above|near|"
            "behind ~2 people's|customers'|other+people's|their|her|his|the ? card|cards|pin|"
            "pins|keypad",
            # "the cards have different names on them"
            "card|cards|id|ids ~4 different|other|someone+else's|other+people's|somebody+else's "
            "~1 names|name",
            # a skimmer put on now: "putting something over the card slot"
            "putting|placing|attaching|installing|sticking|gluing|taping|fiddling ~4 over|on|"
            "onto|into|with|under|to ~2 the|a ? card+slot|card+reader|keypad|slot|reader|pin+pad",
            "skimmer|skimmers|skimming+device|card+skimmer",
            "fake|counterfeit|phony|bogus|funny ~2 bill|bills|money|cash|hundred|hundreds|"
            "twenty|twenties|100|100s|note|notes|id|license|card|cards|check|checks",
            "fails|failed|failing|didn't+pass ~2 the ? pen|counterfeit|marker ~1 test|check",
            "card|cards|id|license|account ~2 that|which ~1 isn't|is+not|isnt|aren't|are+not ~1 "
            "his|hers|theirs",
            "multiple|several|different|stolen ~2 credit|debit|gift ? cards ~8 name|names|"
            "declined|declining|declines",
            "in ~1 a|another|someone+else's ~1 different? name|person's+name",
            # "trying to cash a check that's clearly forged"
            "forged|altered|fraudulent|stolen|counterfeit|bogus|washed ~2 check|checks|cheque|"
            "money+order|prescription|script|id|license",
            "check|checks|cheque|money+order|prescription|script ~3 forged|altered|fraudulent|"
            "fake|counterfeit|stolen",
        ),
        lookalikes=(
            "fake|phony|bogus ~2 news|call|calls|caller|check+scam|account+online|review|"
            "reviews|page|profile|email|emails|text|texts|website",
            # the pool's, not a card reader's
            "pool|pond|spa|hot+tub|leaf|surface|fish|milk ~1 skimmer|skimmers",
            "skimmer|skimmers ~1 basket|baskets|net|nets|lid|box|board|boards",
        ),
        requires=Context(
            "at_counter_now",
            patterns=(
                "still|trying|tries|now|waiting|standing|at+the+counter|at+the+register|"
                "at+the+desk|in+the+store|right+now|in+line|at+the+window|service+desk|keeps|"
                "self+checkout|self-checkout|checkout|checkouts|at+the+pump|at+the+atm|hovering",
            ),
            within=20,
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.unauthorized_now",
        CODE,
        "someone with no right to be there or to the thing doing something with it now "
        "('not tenants ... moving in a mattress now', 'closed for the day ... hooking up the "
        "trailer', 'after hours ... loading the baskets into her SUV')",
        patterns=(
            # an act told as happening: "is loading", "are carrying in", "now hooking it up"
            f"is|are|'s|'re|now|still|currently|keeps|keep|been ~1 {_ACTING}",
            f"{_ACTING} ~4 right+now|now|as+we+speak|still|currently",
        ),
        # (look-alikes clear every crime_in_progress rule on the same words: kept narrow)
        lookalikes=(
            "is|are|'s|'re|now|still|currently|keeps|keep|been ? taking ~1 pictures|photos|photo|"
            "video|videos|a+break|a+nap|a+walk|notes|care|forever|meds|medication|medicine|pills|"
            "turns|the+bus",
            "is|are|'s|'re|now|still|currently|keeps|keep|been ? taking ~1 his|her|their ~1 "
            "shirt|clothes|shoes|pants|jacket|coat|meds|medication|medicine|pills|time|turn",
            "is|are|'s|'re|now|still|currently|keeps|keep|been ? cutting ~1 herself|himself|"
            "themselves|hair|grass|lawn|firewood|class|school",
            "is|are|'s|'re|now|still|currently|keeps|keep|been ? cutting ~1 in ~1 past|the+past",
            "is|are|'s|'re|now|still|currently|keeps|keep|been ? stealing ~2 thoughts|identity|"
            "wifi|internet|electricity|heart|show|glances",
        ),
        requires=Context(
            "no_right_to_it",
            patterns=(
                "not|aren't|isn't|arent|isnt tenants|a+tenant|tenant|members|a+member|"
                "member|residents|a+resident|employees|an+employee|the+owner|the+owners|"
                "allowed|supposed+to|authorized|permitted|welcome",
                "doesn't|does+not|don't|do+not|didn't|did+not ~1 recognize|belong|rent",
                "doesn't|does+not|don't|do+not|didn't|did+not ~1 know ~1 him|her|them|who|these|"
                "those",
                "doesn't|does+not|don't|do+not|didn't|did+not ~1 live|work ~1 there|here",
                "no|without ~1 permission|court+order|license|right|authorization|consent|"
                "lease|eviction+order|writ",
                "after|closed|close|outside ~1 hours|for+the+day|for+the+night|for+the+season",
                "is|was|are|were|been ~1 closed|vacant|abandoned|boarded|condemned",
                "(|[|- ~1 closed|vacant|abandoned ~1 )|]|-|,",
                "nobody|noone|no+one ~1 's|is|lives ~1 home|there|inside",
                # "residents say no one called a tow"
                "nobody|noone|no+one|no-one ~1 called|ordered|requested|hired|authorized|"
                "asked+for ~3 tow|tow+truck|towing|them|him|movers|it",
                "season ~1 is|'s ~1 closed|over",
                "stranger|strangers|unfamiliar|trespassing|trespassers|trespasser",
                "unknown|unk ~1 male|female|man|woman|person|subject|subj|guy|vehicle|truck|car|"
                "suspect|suspects|men|people",
            ),
            within=40,
            affirmed=False,
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.scam_now",
        CODE,
        "a scam happening now: gift cards bought on a stranger's orders, a courier coming for "
        "the cash",
        patterns=(
            "scam|fraud|scammer|scammers ~3 happening|in+progress|right+now|now|as+we+speak",
            "buying|purchasing|sending|wiring|loading ~4 gift+cards|gift+card|bitcoin|crypto|"
            "prepaid+cards|money+orders ~10 on+the+phone|telling+him|telling+her|instructed|"
            "instructing|scam|scammer|stranger",
            "courier|driver|someone|a+man|a+guy|somebody ~8 coming|on+the+way|on+his+way|"
            "headed ~9 pick+up|collect|get ~3 cash|money|the+money|the+cash|bail|gold|cards",
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.casing",
        CODE,
        "someone casing cars or homes, or crouched between parked cars (possible prowl)",
        patterns=(
            "casing ~3 cars|houses|homes|the+neighborhood|the+block|the+lot|the+place|the+store|"
            "the+building|vehicles|the+street",
            "crouching|crouched|hiding|ducking|squatting ~3 between ~2 the ? parked ~1 cars|"
            "vehicles|trucks",
            "spraying|painting ~3 something|stuff ~3 on ~2 the|a ? wall|walls|underpass|overpass|"
            "building|bridge|train|bus|sign|fence|garage|door",
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.indecent_exposure",
        CODE,
        "someone exposing themselves now",
        patterns=(
            "exposing|exposes|flashing|flashes|showing|masturbating|touching|pleasuring ~1 "
            "himself|herself|themselves|themself",
            "exposing|exposes|flashing|flashes|showing|touching ~1 his|her ? genitals|privates|"
            "penis|private+parts",
            "pants|trousers ~1 down ~3 exposing|masturbating|touching",
            "indecent exposure ~3 now|right+now|still|currently|happening|in_progress",
            "masturbating|masterbating|jacking+off|jerking+off|pleasuring+himself",
            # photos up a skirt as it happens (voyeurism)
            "taking|snapping|filming|recording|shooting ~3 pictures|photos|pics|video|videos ~2 "
            "up ~3 skirt|skirts|dress|dresses",
            "upskirt|upskirts|upskirting",
        ),
        lookalikes=(
            "exposing|exposes|showing|touching ~1 himself|herself|themselves ~1 to ~1 the ? "
            "cold|elements|weather|sun|danger|risk|covid|virus",
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.animal_cruelty",
        CODE,
        "an animal being beaten or tortured now",
        patterns=(
            f"kicking|beating|hitting|punching|choking|strangling|stabbing|dragging|whipping|"
            f"slamming|stomping|stomping+on|drowning|torturing|hanging|swinging|throwing|"
            f"burning ~3 the|his|her|their|a|that|this ? {PET}",
            f"{PET} ~6 is|'s|keeps|started ? kicking|beating|hitting|punching|choking|"
            f"strangling|stabbing|dragging|whipping|slamming|stomping+on|drowning|torturing ~1 "
            f"it|him|her",
        ),
        lookalikes=(
            "walking|playing|throwing|swinging ~3 ball|toy|stick|frisbee|leash",
            "kicking|hitting|beating ~2 the|a ? bat|bats|ball|fish|bird+feeder",
            f"{PET} ~3 kicking|hitting|beating|choking ~3 on|himself|herself|itself|its",
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.door_banging",
        CODE,
        "someone banging, kicking or pulling at a door or window trying to get in",
        patterns=(
            "banging|pounding|kicking|pulling|yanking|beating|hitting|rattling|jiggling|pushing|"
            "shoving|knocking|trying ~1 on|at ? the|a|my|our|her|his|their ? front|back|side|"
            "sliding|garage|patio|basement|bedroom|apartment ? door|doors|window|windows|doorknob|"
            "handle ~4 trying|tries|tried|attempting ~1 to ~1 get|break|force|come|open",
        ),
        # ... not someone who lives there, locked out ("my son is banging on the door
        # trying to get in, he lost his key")
        forbids=HOUSEHOLD_DOER,
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.trying_to_get_in",
        CODE,
        "an unknown person at a door or window trying to get in",
        patterns=(
            "someone|somebody|stranger|strangers|unknown|intruder|intruders|people|ppl|a+man|"
            "some+one|some+body|sombody|somone|sumone|sum1|some1|"
            "a+guy|a+male|a+woman|unknown+male|unknown+female|unknown+man|unknown+person|"
            "male|males|subject|subj|subjects ~2 is|'s|are|was|keeps|keep ? trying|tried|"
            "attempting|tries|tryng|tyring|tryin|triyng|trynig|tryign ~1 to ~1 get|break|force|"
            "come|climb|sneak ~1 "
            "in|inside|into",
            # at the door and working it now: "someone is at the back door pulling on it
            # right now"
            "someone|somebody|stranger|a+man|a+guy|a+male|a+woman|unknown|male|subj|he|they "
            "~3 at ~2 the|her|his|my|our|their ? back|front|side|kitchen|patio|garage|basement|"
            "slider|sliding ? door|doors|window|windows ~2 pulling|yanking|jiggling|rattling|"
            "twisting|pushing|prying|kicking|turning ~1 on|at ? it|the+handle|the+knob|the+door|"
            "the+lock|the+screen",
            "tryng|tyring|tring|tryin|tryna|trynna|trien|triyng|tyring|trynig|tryign ~1 to? ~1 "
            "get|break|brake|force|"
            "kick|climb|open|pry|jimmy ~2 in|into|inside|open|down",
            "brake|braking|brakin|brakeing|breakn|brokin ~1 in|into ~3 door|doors|window|"
            "windows|house|home|car|cars|apartment|garage|shed|store|building|place",
            # "a man she does not know keeps twisting her front doorknob", "now at the back
            # slider pulling on it"
            "keeps|kept|is|was|'s|are|were|still ~1 twisting|jiggling|rattling|turning|"
            "yanking|pulling+on|pushing+on ~3 her|his|my|our|their|the|front|back|side ~2 "
            "doorknob|door+knob|knob|door+handle",
            "now|still ~1 at ~2 the|her|his|my|our|their ? back|front|side|kitchen|patio|garage|"
            "basement ? slider|door|doors|window|windows|sliding+door ~2 pulling|yanking|"
            "jiggling|rattling|twisting|pushing|prying|kicking|turning|trying",
        ),
        lookalikes=(
            "trying|tried|tries|try|attempting ~1 to ~1 get|come ~1 in|into|inside ~2 touch|"
            "contact|line|shape|trouble|the+shelter|shelter|the+program|a+program|bed|the+car|"
            "his+car|her+car|the+bus|the+building+for|out+of+the+cold|out+of+the+rain|to+see",
            "brake|braking|brakes ~2 pedal|pads|lines|light|lights|fluid|check",
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.uncertain",
        CODE,
        "whether a suspect or intruder is still there is asked and unknown",
        patterns=(
            f"{NOT_KNOWING} ~1 {IF} ~4 anyone|anybody|someone|somebody|suspect|suspects|"
            f"intruder|intruders|people|they|he|she|burglar|thief ~3 still|inside|in+there|"
            f"there|in+the|hiding|on+scene|around",
            f"{NOT_KNOWING} ~1 {IF} ~4 still|inside|in+there|hiding",
            f"{NOT_KNOWING} ~1 {IF} ~6 stealing|robbing|breaking|burglarizing|robbed|stolen|"
            f"theft|burglary|break-in",
            f"{HEDGE} ~2 {CRIME_NOUN}|prowler|intruder|break-in|burglary|robbery|theft|"
            f"shoplifting|shoplifter|car+prowl|dui|impaired_driving|drunk+driver",
            f"{HEDGE} ~2 breaking|stealing|robbing|burglarizing|shoplifting ~2 in|into|the|a|"
            f"his|her|something|stuff|cars|car|house|place",
            f"can't|cannot|could+not|couldn't|unable|hard to ? tell|see|determine ~1 {IF} ~6 "
            f"stealing|robbing|breaking|moving|break|steal|rob|own|theirs|his|hers",
            "anyone|anybody|someone|suspect|suspects|intruder inside|still+inside|in+there ~1 "
            "QMARK|: ~1 unknown|unk|unsure|possible|poss|maybe",
        ),
        negatable=False,
        lookalikes=(
            # a question about the law: "wants to know if its allowed inside city limits"
            # (a question to 911, never "doesn't know if he's allowed in the house")
            "wants|want|wanted|asking|asks|wondering|wonders|calling ~1 to? know|ask ~1 if|whether "
            "~3 allowed|legal|illegal|permitted|ok|okay ~2 inside|in|within|on|at",
            f"{NOT_KNOWING} ~1 {IF} ~4 anyone|anybody|someone|somebody|people|they|he|she ~3 "
            f"still ~1 {alt('lives|living|works|working|there+anymore|alive|awake|around+tomorrow')}",
            # "unk if he still has their dad's guns": possession, not presence
            f"{NOT_KNOWING} ~1 {IF} ~5 still ~1 has|have|had|owns|own|carries|carrying|keeps|"
            f"got|possesses|wants|feels|thinks|uses|takes|taking|drinks|drinking|hears|"
            f"believes|loves",
        ),
    ),
    # Spanish and Spanish-English notes.
    Rule(
        "crime_in_progress.spanish",
        CODE,
        "a crime happening now told in Spanish (robando, rompiendo, tratando de abrir, "
        "conductor borracho ...)",
        patterns=(
            "robando|asaltando|forzando|vandalizando|pintando+grafitis|pintando+grafiti|"
            "pintando+graffiti|saqueando",
            # someone else's things broken now: "ROMPIENDO LOS FOCOS DEL PARQUE" (not "está
            # rompiendo todo en la casa", a person in crisis at home)
            "rompiendo|rompió|rompio ~3 ventana|ventanas|cristal|cristales|focos|carro|carros|"
            "puerta|vitrina|candado|cerradura|parabrisas",
            "robo|asalto ~1 en ~1 progreso|curso",
            "tratando|intentando ~1 de ~1 abrir|prender|prenderlo|prenderla|entrar|meterse|"
            "forzar|robar|robarse|llevarse",
            "arrancaron|arrancó|arranco ~3 cadena|cartera|bolso|celular|teléfono|telefono",
            "conductor|chofer|chófer|guiando ~3 borracho|ebrio|embriagado|intoxicado",
            "conductor+ebrio|dando+tumbos|zigzagueando|se+sale+del+carril",
            "individuo|hombre|tipo|alguien|persona|personas|individuos ~3 dentro ~1 de ~2 su|mi|"
            "la|el ~1 carro|casa|auto|vehículo|vehiculo|apartamento|negocio",
        ),
        guard=dated_guard,
    ),
    # An alarm that says someone is there: a hold-up or panic button pressed at a business,
    # or one sensor after another tripping inside (not a single unverified door contact).
    Rule(
        "crime_in_progress.alarm_signals",
        CODE,
        "a hold-up or panic alarm, or intrusion sensors tripping in sequence inside",
        patterns=(
            "panic|holdup|hold-up|hold+up|hld+up|duress|robbery ~1 alarm|alarms|button",
            "glass-break|glass+break|glassbreak|glassbreaks ~8 motion|interior|zones|zone",
            "NUM|multiple|several|two|three|four|both|all ~1 interior? motion|zones|sensors|"
            "motions ~1 zones? ~4 tripped|activated|triggered|in+sequence|sequential|"
            "going+off",
            "motion|zones|sensors ~4 tripped|activated|triggered|tripping ~2 in ~1 sequence|"
            "order|succession",
        ),
        lookalikes=(
            "medical|pendant|lifeline|life+alert|fall ~3 panic|alarm|button",
        ),
        # the keyholder explains it: "grandson pushed the button by accident, passcode given,
        # cancel"
        forbids=Context(
            "alarm_explained",
            patterns=(
                "accident|accidental|accidentally|mistake|mistakenly|bumped|passcode|"
                "pass+code|password|false+alarm|cancel|cancelled|canceled|cancelling|"
                "canceling|all+ok|all+okay|everything+fine|everything+is+fine|test|testing|"
                "no+intruder",
            ),
            affirmed=False,
        ),
        guard=dated_guard,
    ),
    # A stolen car or bike found now: "GPS shows the vehicle moving NB I-35", "his stolen
    # bike is locked up outside, he saw the guy who took it go into the store".
    Rule(
        "crime_in_progress.stolen_located",
        CODE,
        "stolen property being tracked or seen now, or the thief seen nearby",
        patterns=(
            "stolen|theft|stole|carjacked ~12 gps|tracker|tracking|airtag|find+my|pinging|"
            "onstar|telematics|flock|lpr|alpr|plate+reader|camera ~8 moving|driving|heading|"
            "headed|occupied|traveling|travelling|northbound|"
            "southbound|eastbound|westbound|nb|sb|eb|wb|right+now|currently",
            "gps|tracker|airtag|onstar ~8 stolen ~8 moving|driving|heading|traveling|"
            "travelling|northbound|southbound|eastbound|westbound|nb|sb|eb|wb",
            "saw|sees|seeing|watching|spotted|spots|watched ~2 the|a ? guy|man|woman|person|kid|"
            "kids|suspect|subject|guys|people ~1 who|that ~1 took|stole|grabbed|snatched ~2 "
            "it|them|his|her|the ? ~2 go|going|went|walk|walking|walked|is|are|'s|still|"
            "just ~3 into|inside|in|at|there|here|around|across",
        ),
        guard=dated_guard,
    ),
    # Crimes told as they happen, the way CAD notes put them.
    Rule(
        "crime_in_progress.happening_now",
        CODE,
        "a crime told as happening now: things carried out, a car being stripped, reckless "
        "or wrong-way driving, a scammer on the way, an assailant still there, someone at a "
        "door or over a fence",
        patterns=(
            # things being taken: "ex let himself in and is packing up RP's speakers as we
            # speak", "ex removing RP's property now"
            "packing+up|packing|hauling+out|hauling|taking|removing|carrying+out|loading+up|"
            "loading ~1 rp's|caller's|callers|rps|the+caller's|the+reporting+party's ~4 "
            "as+we+speak|right+now|rn|now|currently",
            # livestock, fish or crops taken now: "loading his cows", "taking his fish right
            # now", "pulling up everyone's vegetables into a bag"
            "loading|taking|stealing|hauling|netting|pulling+up ~1 his|her|their|my|rp's|"
            "caller's|everyone's ~1 cows|cattle|calves|livestock|horses|goats|"
            "sheep|pigs|fish|catfish|crops|vegetables|produce|corn|hay|timber|firewood|"
            "crawfish|oysters",
            # stripping a car: "stripping the wheels off a car"
            "stripping ~2 the|its|his|her ? wheels|tires|rims|parts|catalytic|radio|battery ~2 "
            "off|from|out ~2 a|the|his|her ? car|truck|vehicle|van",
            # a shoplifter held: "DETAINED FOR 10-16 APPROX $90 MEAT"
            "detained|detaining|holding|holds ~4 for ~2 shoplifting|theft|stealing|10-16|"
            "retail+theft|concealing",
            # the thief still there: "took her dog, put it in her car and is sitting in the car
            # in front of the house right now"
            "took|grabbed|stole|snatched ~1 her|his|their|rp's|caller's|a|the ? dog|cat|puppy|"
            "package|packages|bike|purse ~12 is|are|'s ~2 sitting|still|standing|parked|"
            "waiting|walking",
            # racing on a road: "3 snowmobiles racing on the roadway"
            "racing ~3 on|down|up|along ~2 the|a ? roadway|road|highway|street|freeway|"
            "interstate",
            "let|lets ~1 himself|herself|themselves|themself ~1 in ~6 packing|hauling|taking|"
            "removing|carrying|loading|grabbing",
            "taking|removing|hauling|grabbing ~1 items|stuff|property|belongings|tools ~2 now|rn|"
            "right+now|currently|as+we+speak",
            # a robbery told as a hold-up: "holding up the motel now with a small gun"
            f"holding ~1 up ~6 with|w/ ~3 {FIREARM}|{BLADE}|weapon|gun",
            "holding ~1 up ~1 the|a ? store|bank|motel|hotel|gas+station|station|car+wash|shop|"
            "pharmacy|restaurant|clerk|cashier|register|liquor+store|taqueria|diner|market|"
            "bodega|circle+k|7-eleven|walgreens|cvs|dollar+general ~3 now|rn|right+now|"
            "currently",
            # the till taken at knifepoint: "showed a kitchen knife and is taking the till
            # right now"
            "taking|emptying|grabbing|cleaning+out ~2 the ? till|register|cash+drawer|drawer ~3 "
            "now|rn|right+now|currently|as+we+speak",
            # speeding and racing now: "speeding through school zone currently", "racing at
            # high speed going 100+"
            "speeding ~6 now|rn|right+now|currently",
            "racing ~6 high+speed|100|100+|triple+digits",
            # damage going on: "breaking displays inside, still doing it", "smashnig windows"
            "breaking|smashing|smashnig|smahing|trashing|wrecking ~4 displays|windows|shelves|"
            "cars|glass ~6 still+doing+it|right+now|rn|now|currently",
            "climbing ~1 into|in ~2 parked ~1 cars|vehicles|trucks",
            # a drunk driver leaving a crash: "driver smells of ETOH trying to leave the scene"
            "smells|smelled|smelling|reeks|reeking ~1 of|like ~1 etoh|alcohol|beer|booze|liquor "
            "~4 trying|attempting|about|getting+ready ~1 to ~1 leave|flee|drive|restart|take+off",
            "smells|smelled|smelling|reeks|reeking ~1 of|like ~1 etoh|alcohol|beer|booze|liquor "
            "~4 leaving|fleeing|driving+off|driving+away|pulling+away|taking+off",
            # a car being stripped: "someone jacking up a white Tahoe in the lot RN"
            "someone|somebody|some1|subjects|subject|subj|male|males|guy|guys|people|person ~1 "
            "jacking ~1 up",
            # reckless driving now: "drifting in the lot RN", "racing on Airport Way now,
            # running red lights", "driving into oncoming lanes"
            "drifting|racing|donuts|burning+out|burnouts|doing+burnouts|doing+donuts ~6 now|rn|"
            "right+now|currently|in+progress",
            # (not "ran a red light", told of a crash that is over)
            "running|blowing ~1 red ~1 lights|light|stop+signs",
            "driving|going|swerving ~1 into|in ~2 oncoming ~1 lanes|lane|traffic",
            "passing|driving ~2 on ~1 the ~1 shoulder ~4 now|rn|right+now|currently|nb|sb|eb|wb",
            "driving ~1 recklessly|erratically|reckless|erratic ~4 now|rn|right+now|currently|"
            "nb|sb|eb|wb",
            "wrong+way|wrong-way ~2 driver|vehicle|car|truck|on",
            "fell ~1 asleep ~3 at|on ~2 the|a ? light|wheel ~4 took+off|drove+off|pulled+off",
            # a scam still going: "the scammer is coming to pick up the cash now", "the
            # scammer is on the other line with RP's mom RN"
            "scammer|scammers|fraudster|fraudsters|con+man|con+artist ~3 coming|on+the+other+line|"
            "on+the+line|on+the+phone|here|outside|at+the+door|on+the+way|waiting ~6 now|rn|"
            "right+now|currently|as+we+speak|.|,|NL|/",
            # the assailant still there: "just beat up a man in the lot and is still there
            # pacing"
            "just ~1 beat+up|assaulted|attacked|punched|hit|jumped|robbed|stabbed|shot ~8 "
            "and|& ~1 is|are|'s ~1 still ~1 there|here|on+scene|inside|outside|around",
            # someone at a door or over a fence now: "someone keeps pushing on the front door
            # right now", "pulling on it RN", "climbing the fence into his yard right now"
            "pushing|pulling|yanking|shaking|rattling|jiggling|banging|kicking ~2 on|at ~2 the|a|"
            "her|his|my|our|their|it ? front|back|side|garage|sliding ? door|doors|window|"
            "windows|handle|knob|it ~4 now|right+now|rn|currently",
            "at|on ~2 the|her|his|my|our|their ? front|back|side|garage ? door|window ~3 pulling|"
            "pushing|yanking|rattling|jiggling ~3 on|at ? it|the+handle|the+knob ~3 now|"
            "right+now|rn|currently",
            "climbing|climbed|jumping|hopping ~3 fence|wall|gate ~3 into ~2 his|her|my|our|their|"
            "the|rp's|caller's ? yard|backyard|property|lot ~4 now|right+now|rn|currently",
            # vandalism watched: "watching someone slash tires on State now"
            "watching|watches|sees|seeing|sees ~1 someone|somebody|some1|subj|subject|male|"
            "female|guy|guys|kids|people|man|woman ~1 slash|slashing|throw|throwing|kick|kicking|"
            "break|breaking|smash|smashing|spray|spraying|key|keying|tag|tagging|break+into|"
            "breaking+into|steal|stealing",
        ),
        lookalikes=(
            "packing|packing+up|taking|removing|loading|loading+up ~2 rp's|caller's|callers|rps ~4 "
            "kids|children|kid's|kids'|dog|cat|mom|dad|lunch|lunches ~4 as+we+speak|right+now|rn|"
            "now|currently ?",
        ),
        guard=dated_guard,
    ),
    # Outdoors: game taken unlawfully, hunters where they may not be, rounds sent toward
    # homes; all happening now.
    Rule(
        "crime_in_progress.poaching_reckless_shooting",
        CODE,
        "poaching, hunting on posted land or shooting toward homes or a road, now",
        patterns=(
            "spotlighting|jacklighting|poaching|poachers|poacher|poach",
            "spotlight|spotlights|light|lights ~1 on ~2 deer|elk|game|animals",
            "hunting|hunters|hunter|hunt ~8 posted|no+permission|without+permission|"
            "no+hunting|no+trespassing|private+land|private+property",
            # (a closed season is one of game or fish: not "the pool season is over")
            "season ~1 is|'s ~1 closed",
            "posted|no+hunting|no+trespassing ~3 land|property|field|fields|sign|signs|woods ~8 "
            "hunting|hunters|hunter|rifles|rifle|shotguns|shotgun|shooting",
            "rounds|bullets|shots|slugs|pellets ~3 going|flying|landing|hitting|whizzing|coming|"
            "zipping|skipping ~3 over|toward|towards|into|across|near ~3 the|a|our|his|her ? "
            "road|roads|houses|homes|house|yard|yards|neighborhood|highway|street|barn|cars",
        ),
        lookalikes=(
            "poach|poached|poaching|poaches ~2 eggs|egg|salmon|fish|pears|chicken|staff|players|"
            "employees|customers|clients|talent",
        ),
        guard=dated_guard,
    ),
    # French notes.
    Rule(
        "crime_in_progress.french",
        CODE,
        "a crime happening now told in French (en train de voler, introduction par "
        "effraction, conducteur ivre ...)",
        patterns=(
            "en ~1 train ~1 de|d' ~3 voler|cambrioler|casser|forcer|défoncer|defoncer|briser|"
            "fracturer|vandaliser|piller|entrer|s'introduire|siphonner",
            "cambriolage|effraction|braquage|vol|vols|introduction ~3 en ~1 cours",
            "quelqu'un|homme|individu|suspect|inconnu ~3 est|sont ~1 entré|entrés|entrée ~2 "
            "chez|dans",
            "conducteur|conductrice|chauffeur ~3 ivre|saoul|soûl|soul|intoxiqué|intoxiquee|"
            "intoxiqué|en+état+d'ébriété|en+etat+d'ebriete",
            "force|forcent|forçait|essaie|essaient|tente|tentent ~2 d'ouvrir|d'entrer|"
            "de+forcer|la+porte|la+serrure|la+fenêtre",
        ),
        guard=dated_guard,
    ),
)

# "UPD: caller clarified the car was pulling into the garage entrance legally", "UPD: it
# was a cabinet door and a dropped glass", "UPD: it's the homeowner, he lost his keys":
# an update that explains the worry away clears the crime findings made before it
# (unless the update is unsure or the crime is affirmed again after it).
BENIGN_SOUND = (
    "wind|cat|cats|dog|dogs|raccoon|raccoons|squirrel|squirrels|animal|animals|door|"
    "cabinet|cabinets|dropped|drop|tv|television|ice|pipes|pipe|branch|tree|furnace|"
    "heater|fireworks|firecrackers|thunder|trash+truck|garbage+truck"
)
UPDATE_CLEARS = Context(
    "crime_cleared_by_update",
    patterns=(
        f"it|that|this|he|she|they|person|man|woman|guy|subject|subj|noise|noises|sound|"
        f"sounds ~1 was|is|were|'s|are|turned+out+to+be ~3 {LEGIT_PRESENCE}",
        f"it|that|this|noise|noises|sound|sounds|banging|crash ~1 was|is|were|'s|are|"
        f"turned+out+to+be|came+from ~3 {BENIGN_SOUND}",
        # "update: its the neighbors cat knocking over the trash cans"
        "its|itz ~2 neighbors|neighbor's|neighbours ? "
        "wind|cat|cats|dog|dogs|raccoon|raccoons|squirrel|squirrels|animal|animals|deer|"
        "possum|opossum|skunk|branch|tree",
        "has|have|had|with|given|gave+him|gave+her ~1 permission",
        "lives|lived|living|stays|staying ~1 there|here",
        "looking|searching|looked ~2 for ~2 his|her|their ~1 own ~1 car|vehicle|truck|keys|"
        "bike|stuff",
        "it|he|she|they|subj|subject|person|guy|man|woman|male|female ~1 was|is|were|'s ~1 "
        "the ~1 owner|owners|homeowner|resident|tenant|landlord|manager|maintenance|employee",
        "legally|lawfully|legal|legit|legitimate",
        "no ~1 crime|issue|problem|break-in|burglary|theft|sign+of+entry|forced+entry|"
        "signs+of+forced+entry|one+inside|one+there",
        "false alarm",
        # an alarm explained on the callback ("branch mgr gave correct passcode, employee
        # bumped button w/ knee")
        "accidental|accidentally|inadvertent|inadvertently|mistakenly ~3 activation|activated|"
        "tripped|set+off|pressed|bumped|triggered|alarm",
        "bumped|pressed|hit|tripped|triggered|set ~4 button|alarm|panic|sensor|it ~3 "
        "accident|accidentally|by+mistake|knee|elbow|mistake",
        "correct|right|valid|proper ~1 passcode|password|code|pin",
        "misunderstanding",
        "nothing|nobody ~1 wrong|missing|taken|inside|there",
    ),
    lookalikes=(
        # still unsure ("he says he is the owner, RP not sure"), or only the suspect's word
        f"it|that|this|he|she|they|person|man|woman|guy|subject|subj ~1 was|is|were|'s|are ~3 "
        f"{LEGIT_PRESENCE} ~4 not|unsure|unclear|unknown|unverified|unconfirmed|maybe|"
        f"possibly|claims|claimed|QMARK",
        f"he|she|they|subj|subject|male|female|suspect|man|woman|guy ~1 says|said|claims|"
        f"claimed|claiming|states|stated|insists|insisted|told ~4 {LEGIT_PRESENCE}|legal|"
        f"legally|lawfully|legit|legitimate|permission|lives|live|lived|living|stays|staying",
    ),
    affirmed=False,
)

# In a CAD call-type string a crime noun names the call type, not a crime happening now
# ("THEFT", "BURGLARY", "ROBBERY" are reports until the string says IP/JO): the
# call-type lexicon (``calltype.py``) decides crime_in_progress for that field.
RULES = tuple(replace(r, fields=("narrative",)) for r in RULES)
