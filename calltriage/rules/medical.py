"""`medical`: an emergency medical need.

Danger phrases that contain a negation word ("not breathing", "won't wake up",
"can't breathe", "no pulse", "breathing? no") are positive patterns here and are marked
non-negatable: the negation word inside them is part of the danger, not a screen. Danger
phrases without a negation word ("trouble breathing") stay negatable ("no trouble
breathing" is a screened negative).
"""

from __future__ import annotations

from spacy.tokens import Doc

from calltriage.rules.base import Context, Rule, all_guards, within_clause
from calltriage.rules.negation import GOVERNING, dated_past_guard, days_back_guard, governs
from calltriage.rules.vocab import (
    TIRES_SLASHED,
    up_to,
    ANIMAL,
    BLADE,
    BOTTLE_NECK_HELD,
    JAB_IN_THE_ARM,
    HX_FILL,
    IF,
    NOT_KNOWING,
    PERSON_NP,
    PILLS,
    POISON,
    UNK_ANSWER,
    alt,
)

CODE = "medical"

NOT = "not|n't|nt|never|no|barely|hardly|isnt|isn't|wasnt|wasn't|aint"
VITAL = (
    "breathing|breathin|breathng|breath|breathes|breathe|conscious|concious|consious|"
    "alive|responsive|responding|awake|alert|pulse|heartbeat|moving|oriented|arousable|"
    "coherent|injured|hurt|bleeding|injuries|injury|ok+medically"
)

# Symptoms that, after taking pills or poison, make the ingestion an emergency.
INGESTION = Context(
    "ingestion_of_pills_or_poison",
    patterns=(
        f"took|taken|taking|swallowed|swallowing|ingested|ingesting|ate|eaten|downed|consumed|"
        f"drank|chugged|popped|popping|did|done|doing|injected|snorted|overdosed|od ~8 {PILLS}",
        f"{PILLS} ~3 taken|swallowed|ingested|missing|gone",
        "overdose|overdosed|overdosing|od|oded|o.d.|ods|narcan|naloxone|poisoned|poisoning",
        f"empty ~2 {PILLS} bottle|bottles|package|packages|packs|box|blister",
        f"empty|emptied ~1 bottle|bottles|package|packages|packs|box|boxes ~1 of ~2 {PILLS}",
        f"drank|swallowed|ingested|ate|drinking {POISON}",
        "took|taken|swallowed|ingested something|anything|everything",
        # "used up all her insulin pens at once"
        "used|injected|took|gave+herself|gave+himself ~3 all|whole|entire|extra|too+much ~2 "
        "her|his|their|of ? insulin|pens|insulin+pens",
        "took|taken|swallowed|ate|drank|downed ~1 '|\"? everything|all ~4 cabinet|"
        "medicine+cabinet|bottle|bottles|pillbox|pill+box|drawer|prescriptions|meds",
    ),
    lookalikes=(
        "took|taken|taking|takes his|her|their|my ? prescribed|daily|normal|regular|usual|"
        "morning|night|nightly|evening|scheduled",
        "not|never|hasn't|hasnt|didn't|didnt|refuses|refused|stopped|forgot|forgetting|off ~2 "
        "taking|take|took",
        # the pet ate it: "her dog got into the bag of treats and basically overdosed on them"
        f"{ANIMAL} ~1 overdosed|od|oded|was+poisoned|got+poisoned|poisoned",
        f"{ANIMAL} ~1 got+into|ate|chewed|chewed+up|swallowed|ingested ~5 and basically|"
        f"then|probably|maybe|possibly ? overdosed|od|oded|poisoned",
    ),
)
SYMPTOMS = (
    "vomiting|vomited|vomit|throwing+up|threw+up|puking|puked|drowsy|sleepy|lethargic|"
    "dizzy|slurring|slurred|nodding|nodding+off|falling+asleep|fading|confused|"
    "disoriented|incoherent|unsteady|stumbling|shaking|trembling|sweating|sweaty|clammy|"
    "pale|nauseous|nausea|foaming|twitching|seizing|snoring|gurgling|groggy|weak|limp|"
    "passing+out|woozy|out+of+it|hallucinating|blurry|numb|drooling|jerking|"
    "hard+to+wake|hard+to+keep+awake|difficult+to+wake|can't+stay+awake|cant+stay+awake|"
    "keeps+falling+asleep|drifting|fainting|collapsing|sluggish|"
    "stomach+pain|abdominal+pain|chest+pain|vomitting|drowzy|racing+heart|"
    # slowed after a handful of pills: "talking but slow"
    "talking+but+slow|talking+slow|talking+slowly|slow+to+respond|speech+slow|slowed+speech|"
    "shaky|not+making+sense|barely+awake|"
    "don't+feel+good|dont+feel+good|doesn't+feel+good|doesnt+feel+good|not+feeling+good|"
    "not+feeling+well|don't+feel+well|feel+sick|feels+sick|feeling+sick|feel+weird|"
    "feels+weird|feeling+weird|feel+funny|feeling+funny"
)

# Exhaust, carbon monoxide or gas breathed in: with symptoms it is an emergency ("found
# him in the closed garage with the car running, groggy and vomiting", "CO alarm going
# off, whole family has headaches").
EXPOSURE = Context(
    "exhaust_or_gas_exposure",
    patterns=(
        "carbon monoxide",
        "co|carbon_monoxide alarm|alarms|detector|detectors|reading|readings|level|levels|"
        "poisoning|exposure",
        "exhaust|fumes|smoke+inhalation",
        "gas leak|leaking|smell|smells|odor|odour",
        "smell|smells|smelling|odor|odour ~2 of ~1 gas|exhaust|fumes",
        "closed|shut|locked garage",
        "garage ~6 car|engine|truck|vehicle|motor|generator ~1 running|on|idling|started",
        "car|engine|truck|vehicle|motor|generator ~1 running|on|idling ~6 garage",
        "running|idling car|engine|truck|vehicle|motor|generator ~6 garage",
        "generator|grill|charcoal|hibachi|propane+heater|kerosene+heater ~4 inside|indoors|"
        "in+the+house|in+the+garage|in+the+tent|in+the+room|in+the+apartment|in+the+basement",
    ),
    lookalikes=(
        "gas|exhaust ~1 station|stations|pump|pumps|bill|money|card|can|cans|tank|cap|fan|"
        "system|pipe+repair",
        "co|carbon_monoxide alarm|alarms|detector|detectors ~2 battery|batteries|chirping|"
        "chirp|beeping+for+battery|low+battery|test|testing|install|installed|installing",
    ),
)
EXPOSURE_SYMPTOMS = alt(
    SYMPTOMS, "headache|headaches|nauseated|lightheaded|light-headed|passed+out|"
    "passing+out|unresponsive|sleepy|drowsy|slow+and+slurred|hard+to+understand|"
    # no answer from someone in the exhaust: "in the car in the closed garage with the engine
    # running, he won't answer her"
    "won't+answer|wont+answer|not+answering|isn't+answering|not+responding|won't+respond|"
    "wont+respond|doesn't+answer|does+not+answer|will+not+answer|no+response|coughing|"
    "head+is+pounding|head+pounding|pounding+headache|head+hurts|dizzy|throwing+up")

# Past-only mentions ("an overdose back in March") are history, not an emergency now.
_PAST = frozenset({
    "history", "hx", "prior", "previous", "previously", "past", "years", "months", "weeks",
    "rehab", "recovery", "sober", "clean", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "ago",
    "last", "back", "anniversary", "died", "passed", "funeral", "memorial", "overdoses",
})
_NOW = frozenset({
    "now", "currently", "right", "still", "tonight", "today", "just", "minutes", "min",
    "mins", "hour", "hours", "breathing", "unresponsive", "turning",
    "narcan", "naloxone", "cpr", "possible", "possibly", "poss", "may", "might",
    "suspected", "ip", "in_progress", "again",
})


# A response that the narrative places before a change ("at first he grumbled, now he
# won't wake up at all") is no sign he is a sleeper now.
_EARLIER: frozenset[str] = frozenset({
    "earlier", "first", "initially", "before", "previously", "ago", "used", "anymore",
    "longer", "worse", "worsening", "deteriorating", "stopped",
})


# A person lying where they sleep or camp is not a person down.
SLEEPING_THERE = Context(
    "sleeping_there",
    patterns=(
        "sleeping|asleep|napping|slept|sleeps|camping|camp|tent|sleeping+bag|bedroll|"
        "crashing|staying|couch+surfing|living",
    ),
    same_sentence=True,
    affirmed=False,
)


def _response_earlier(norms: list[str], start: int, end: int) -> str | None:
    """Discount a response to rousing when the narrative speaks of a change for the worse
    or places the response earlier."""
    if any(n in _EARLIER for n in norms):
        return "the response was earlier; the person may have got worse"
    return None


def history_guard(doc: Doc, norms: list[str], start: int, end: int) -> str | None:
    """Clear an overdose mention its sentence places in the past ("overdose back in March"),
    unless the same sentence also speaks of now."""
    lo, hi = within_clause(norms, start, end)
    window = norms[lo:hi]
    if any(n in _NOW for n in window):
        return None
    for i, n in enumerate(window, lo):
        if n in _PAST and not (n in GOVERNING and not governs(norms, i, start, end)):
            return f"a past episode ('{n}'), nothing acute now"
    return None


WATER = (
    "water|river|lake|pool|pond|ocean|bay|creek|canal|surf|sea|lagoon|reservoir|harbor|"
    "quarry"
)


def _not_eyes_back(why: str | None) -> str | None:
    """dated_past_guard reads "eyes rolled back in his head" as "back in" (a date): not
    a date here."""
    if why and "'back in'" in why:
        return None
    return why


# What makes a diabetic's call an emergency ("diabetic, confused and sweating").
DIAB_SX = (
    "confused|confusion|shaky|shaking|sweaty|sweating|clammy|not+making+sense|"
    "acting+strange|acting+weird|acting+odd|acting+drunk|acting+off|combative|slurring|"
    "disoriented|incoherent|unresponsive|passing+out|passed+out|dizzy|lethargic|won't+wake|"
    "not+responding|seizing|seizure|fainting|fainted|pale|out+of+it|can't+stand|"
    "cannot+stand|unable+to+stand|collapsed|altered|ams|altered_mental_status|groggy|"
    "drowsy|unconscious|tremors|trembling"
)


# Words between an animal and what is wrong with it ("the dog is not breathing", "my cat
# just collapsed"): small words only, so that "dog is barking, UNCONSCIOUS FEMALE IN BUS
# SHELTER" is no look-alike (a gap here swallowed the comma and the person).
_PET_FILL = (
    "is|was|'s|seems|seemed|appears|appeared|looks|looked|just|has|had|been|suddenly|now|"
    "still|very|the|my|our|her|his|their|old|little|family|neighbor's|neighbors|cat's|"
    "dog's|got|get|into|some|a|an|of|and|really|possibly|might|may|have|may+have"
)

# Who may be shut in a car in the heat.
_SHUT_IN_CHILD = (
    "baby|babies|infant|infants|newborn|toddler|toddlers|child|children|kid|kids|son|daughter|"
    "grandson|granddaughter|month+old|months+old|yr+old|year+old|yo"
)


# A vital sign asked in a text-to-911 transcript, and the caller's answer that it is absent
# ("CT: is he breathing?" / "no"), and a breathing symptom asked and denied.
_VITAL_ASKED = "breathing|conscious|awake|responsive|responding|alert|pulse|breath"
_ANSWERED_NO = "no|negative|nope|not|neg|none|barely|nah|idk"
_BREATHING_SYMPTOM = ("trouble|difficulty|difficulties|problem|problems|issues|issue|hard|"
                      "shortness+of|short+of|labored|sob ~1 breathing|breath|breathe")
_SYMPTOM_DENIED = "no|negative|nope|not|neg|none|nah|denies"

RULES: tuple[Rule, ...] = (
    Rule(
        "medical.danger_negation",
        CODE,
        "a danger phrase that contains a negation word",
        patterns=(
            f"{NOT}|stopped|stop|quit|stops|stoped|stopping not|n't ? breathing|breathin|breath|"
            f"breathng|breathe|breating|responding|responsive|responsve|conscious|concious|"
            f"alert|respond|reacting|awake|arousable|rousable|breating",
            f"{NOT} moving",
            f"{NOT}|barely|hardly breathe|breath|breathing",
            "can|could|ca|cant|couldnt|cannot not|n't|nt move|walk|stand|breathe|breath|"
            "rouse|arouse|respond|get+up|sit+up|swallow|stand+up|hold+his+head+up|"
            "hold+her+head+up|keep+his+eyes+open|keep+her+eyes+open",
            "unable to move|walk|stand|breathe|breath|rouse|arouse|respond|get+up|sit+up|"
            "swallow|stand+up|ambulate|bear+weight",
            "can|could|ca|cant|couldnt|cannot not|n't|nt ambulate|bear+weight",
            # "groans but won't open his eyes", "can barely keep her head up", "can't move
            # his legs" (longer than the "can't move his car" look-alike)
            "will|would|does|did|wo|ca|can|could not|n't|nt open ~1 his|her|their ~1 eyes",
            "barely|can't|cannot|cant|can+barely|unable+to|hardly ~1 keep|hold|holding ~1 his|"
            "her|their ~1 head|eyes ~1 up|open",
            "can|could|ca|cant|couldnt|cannot not|n't|nt ? move|feel ~1 his|her|their|my ~1 "
            "legs|arms|body|left|right|side|feet",
            # "he just moans, won't sit up"
            "will|would|does|did|wo not|n't|nt sit+up|get+up|stand+up",
            "just|only ~1 moans|moaning|groans|groaning|mumbles|mumbling",
            "will|would|wo|does|did|is not|n't|nt respond|responding|breathe",
            "can|could|will|would|does|did|is|was|are ~1 not|n't|nt|never get|be|stay|keep ? "
            "up|woken|awakened|roused|aroused|awake|him+up|her+up|them+up|him+awake|"
            "her+awake",
            "too ~1 weak|dizzy|sick|drunk|intoxicated|out+of+it ~1 to ~1 stand|walk|get+up|"
            "sit+up|stand+up",
            "can't|cannot|cant|couldn't|unable+to|not+able+to ~1 get ~1 her|him|them ~1 to ~1 "
            "stand|walk|get+up|wake|wake+up|respond|sit+up|stand+up|open+her+eyes|open+his+eyes",
            "unable|hard|difficult|struggling|impossible to|cannot|cant stand|walk|breathe|"
            "breath|move|respond|get+up|swallow|stand+up|rouse|arouse",
            "no|without|absent|lost|losing|weak|faint|thready pulse|pulses|heartbeat|"
            "breathing|breath|breaths|respirations|signs+of+life|response|vitals|"
            "heart+beat",
            "breathing|conscious|awake|responsive|alert|pulse|breath QMARK|:|- ~1 no|negative|"
            "nope|not|neg|none|barely",
            # a text-to-911 transcript: the question on the call-taker's line, the caller's
            # answer on the next ("CT: is he breathing?" / "TXT: no" / "<< no" / "no")
            f"{_VITAL_ASKED} QMARK NL {_ANSWERED_NO}",
            f"{_VITAL_ASKED} QMARK? NL txt|text|texter|caller|a :|- {_ANSWERED_NO}",
            f"{_VITAL_ASKED} QMARK? NL < < {_ANSWERED_NO}",
            "can|cannot|could|ca|cant|couldnt ~1 not|n't|nt ? feel ~2 his|her|their|my|the ? "
            "legs|arms|feet|face|body|hands|side|left|right",
            "can|could|ca|cant|couldnt|is|was|isn't|wasn't not|n't|nt ? get ~1 up ~3 floor|"
            "ground|tub|bathtub|toilet|bed|couch|chair",
            "not|n't|nt answering|answer|respond|responding|reacting ~2 when|to|questions|"
            "question|verbal|commands|voice|name|his+name|her+name|us|me|her|him|them|"
            "sternal|pain|touch",
        ),
        negatable=False,
        lookalikes=(
            # screened negatives of a symptom, not "no breathing": "NO BREATHING PROBLEMS"
            "no|not|without|neg|negative|denies|denied|any ~1 breathing|breath ~1 problems|"
            "problem|issues|issue|difficulty|difficulties|trouble|complaints|complaint|"
            "distress|concerns|changes",
            # a symptom screened negative, on its line or the next: "difficulty breathing:
            # no", "CT: any trouble breathing?" / "TEXT: no"
            f"{_BREATHING_SYMPTOM} QMARK|:|-|= NL ? ~3 {_SYMPTOM_DENIED}",
            f"{_BREATHING_SYMPTOM} NL ~3 {_SYMPTOM_DENIED}",
            # an open line or a callback nobody answers: "line still open, no response to
            # CT", "no answer on callback" (never "no response to voice|pain|questions")
            "no|not|without response|answer|reply|responding|answering to|from|on ct|contact|"
            "calltaker|call+taker|call-taker|dispatcher|dispatch|911|operator|callback|"
            "call+back|call-back|cb|recall|redial|texts|text",
            # notes or letters left unanswered: "left notes under the door, no response"
            "note|notes|letter|letters|message|messages|texts|complaints|complaint|voicemails ~4 "
            "no ~1 response|reply|answer",
            # a teenager in bed: "son won't get up for school"
            "will|would|does|did|wo not|n't|nt get+up|sit+up|wake+up ~2 for|to|and+go ~2 "
            "school|work|church|class|classes|the+bus|his+shift|her+shift|chores|breakfast",
            # a lift assist: "she just can't get him up by herself"
            "can|cannot|could|ca|cant|couldnt ~1 not|n't|nt ? get ~1 him|her|them ~1 up ~3 "
            "by+herself|by+himself|by+themselves|by+myself|alone|on+her+own|on+his+own|"
            "off+the+floor|from+the+floor|off+the+ground|into+bed|back+into+bed|lift",
            # an animal hit on the road: "a deer hit by a car, still alive in the ditch"
            f"{ANIMAL} ~2 hit|struck|run+over|ran+over by ~1 a|the|some ? car|vehicle|truck|"
            f"van|bus|driver",
            # "couldn't walk straight" is drunk, not unable to walk
            "can|could|ca|cant|couldnt|cannot|unable not|n't|nt ? walk ~1 straight|right|"
            "a+straight+line|the+line",
            f"{ANIMAL} {up_to(4, _PET_FILL)} not|n't|nt|never|barely moving|breathing|"
            "responsive|responding|moving|alert|awake|conscious",
            f"{NOT} moving|respond|responding|answering|answer|talk|talking|speak|reacting|"
            "react|responsive out|away|to+my|to+his|to+her|to+their|to+texts|to+calls|"
            "to+emails|to+messages|to+the+landlord|to+requests|on|in|his|her|their|my|the|"
            "phone|phones|calls|texts|emails|door|messages|fast|quickly|much|forward",
            f"{NOT} moving|walk|stand ~2 car|vehicle|cars|traffic|truck|bus|line|furniture|"
            f"stuff|belongings|things|tent|camp|encampment|spot|bench|the+bench|lane|lanes|"
            f"the+vehicle",
            f"{NOT} moving|walk|stand out|away|along|over|from|in|into|on",
            "wish|wishes|wished|hope|hopes|hoping|want|wants|wanted|pray|prays ~4 would|wo|"
            "will|could ~1 not|n't|nt ~1 wake ~1 up",
            # a business, a site or a device that stops answering; alarm-company jargon
            "seller|landlord|company|store|business|website|site|app|bank|contractor|"
            "scammer|dealer|agency|office|employer|vendor|insurance|insurer|platform|server|"
            "system|account|shop|hotline ~1 stopped|stop|quit|stops|stoped|stopping|not|n't|"
            "nt ? responding|respond|answering",
            "no|negative|without response on|at|from|to ~2 premise|premises|keyholder|"
            "key+holder|callback|call+back|page|voicemail|panel",
            "can|cannot|could|will|would|wo|ca|cant|wont|does|did|is n't|nt|not ? stand|get "
            "over|rid|along|by|out|in|to|it|the|a|him|her|them|his|back|home|an|ahold|"
            "through|there|here|anywhere|help|money|work|job|food",
            "no|without response|responses|answer|signs|from|to ~2 landlord|texts|calls|emails|"
            "letters|messages|office|company|city|complaints|requests|application",
            "unable|cannot|cant to|not ? get|move|walk|sit|talk into|in|out|back|home|a|an|the|"
            "his|her|their|my|to|through|ahold|car|vehicle|money|food|housing|shelter|work|"
            "job|him|her|them|with|about|on+the+phone",
            "lost pulse oximeter",
            "unresponsive|nonresponsive|non-responsive|unresponsve ~1 to ~3 requests|request|"
            "emails|email|calls|messages|texts|complaints|repair|repairs|letters|concerns|"
            "inquiries|questions|needs|tenants",
            "landlord|company|office|management|manager|city|agency|owner|caseworker|"
            "case+manager|doctor ~3 unresponsive|nonresponsive|non-responsive",
            "can|cannot|could|will|would|wo|ca|does|did|is n't|not|nt stand|walk|sit|talk|move|"
            "speak the|his|her|their|my|it|that|this|each|anyone|loud|being|to|him|them|me|"
            "neighbor|neighbors|you|living|staying|her+boyfriend|his+girlfriend",
            "stop|stopped|quit breathing ~0 down",
            "not|n't|nt responding|respond|answering ~2 to ~2 my|his|her|the|our|their|any ? "
            "texts|calls|emails|messages|letters|requests|complaints|notices|knocks",
            "no|lost|without response|answer|resp|resp. ~2 at|from ~2 the ? door|phone|residence|"
            "house|apartment|keyholder|keyholders|key+holder|owner|owners|premise|premises|"
            "business|callback|call+back|cb|rp|caller|contact|contacts|alarm+company|monitoring",
            "can|cannot|could|ca|cant|couldnt ~1 not|n't|nt ? get ~1 up|out ~3 bed+in+the+morning",
            "traffic|line|car|cars|vehicle|bus|train|truck|queue|it|nothing|clock ~2 not|n't|nt "
            "moving",
            "not|n't|nt answering|answer|responding|respond ~3 calls|texts|phone|door|messages|"
            "cell|emails|knocks|knocking|phones|calls",
        ),
    ),
    Rule(
        "medical.wont_wake",
        CODE,
        "a person who will not wake up",
        patterns=(
            f"{NOT}|stopped|stop|quit|stops|stoped|stopping not|n't ? waking up?",
            "will|would|wo|does|did|is|can|could|ca|cant|couldnt|cannot not|n't|nt wake up?",
            "can|could|will|would|does|did|is|was|are ~1 not|n't|nt|never wake up|him+up|"
            "her+up|them+up",
            "unable|struggling|impossible to|cannot|cant wake",
        ),
        negatable=False,
        # "won't wake up" stays a danger phrase unless the narrative says the person
        # answered the rousing with a purposeful response: a sleeper who "grumbled and
        # rolled over when she tapped his shoulder", "told her to leave him alone",
        # "swatted her hand away". Breathing or snoring is no such response (snoring is an
        # overdose sign), and a response placed earlier ("at first he grumbled, now he
        # won't wake up") does not count.
        forbids=Context(
            "responded_when_roused",
            patterns=(
                "he|she|they|subj|subject|guy|man|woman|male|female|person|who ~2 rolled|rolls|"
                "turned|turns ~1 over|away",
                "grumbled|grumbles|grumbling|muttered|mutters|cursed|cussed|swore|groaned ~3 "
                "and ~2 rolled|rolls|turned|turns|rolling|pulled|went+back ~1 over|away|the|to",
                "grumbled|grumbles|grumbling",
                "told|tells|telling|yelled+at|cursed+at|cussed+at|swore+at ~1 her|him|them|us|me|"
                "rp|caller|staff|security|officers|owner ~1 to ~1 go|leave|get|back|f|fuck|"
                "beat|scram",
                "swatted|swats|swatting|pushed|pushes|waved|waves|brushed ~3 her|his|their|my|"
                "rp's|caller's ? hand|hands|arm ~1 away|off",
                "waved|waves|shooed|shoos|brushed ~1 her|him|them|us|me|rp|caller|staff ~1 off|"
                "away",
                "pulled|pulls ~2 the|his|her|their ? blanket|blankets|hood|sleeping+bag|jacket|"
                "coat ~1 over|up|back",
                "woke|wakes|woken|opened+his+eyes|opened+her+eyes ~3 and|long+enough|enough ~3 "
                "said|says|told|yelled|cursed|swore|talked|answered|grumbled|looked|asked",
            ),
            guard=lambda doc, norms, s, e: _response_earlier(norms, s, e),
        ),
    ),
    Rule(
        "medical.breathing_trouble",
        CODE,
        "trouble breathing",
        patterns=(
            "trouble|difficulty|difficult|problems|problem|hard|labored|laboured|shallow|agonal|"
            "gasping|struggling|struggle|troubled|strained|heavy|rapid|irregular|noisy|"
            "wheezing|can't+catch|cannot+catch|couldn't+catch breathing|breathe|breath|"
            "respirations|to+breathe",
            "diff|dif|diffic|resp .? breathing|breathe|breath|distress",
            "breathing|breathes|breath funny|weird|strange|shallow|labored|slow|heavy|hard|badly|"
            "abnormally|irregularly|slowly|loud|loudly|gurgling|noisy|odd|wrong|right|poorly",
            # "breathing really fast and shallow" (not "breathing fast" alone: a panic attack)
            "breathing|breathes|breath ~3 shallow|shallowly|raspy|ragged",
            # an allergic reaction closing the airway: "stung by a bee and his throat is
            # swelling", "her tongue is swollen", "throat closing up"
            "throat|tongue|airway ~2 is|are|'s|feels|feel|keeps ? swelling|swollen|"
            "closing|closing+up|tight|tightening|puffing+up|swelled+up|swelling+shut|"
            "swelling+up",
            "short|shortness of breath",
            "can|could|cannot|cant|couldnt not|n't|nt ? seem+to|even ? catch his|her|their|my|a ? "
            "breath",
            "unable|struggling|struggles|struggled|hard|difficult to catch his|her|their|my|a ? "
            "breath",
            "short_of_breath",
            "can|could|ca|cannot|cant|unable ~1 not|n't|nt|to ? finish|complete|speak+in|"
            "talk+in|get+out ~2 a|full|whole|complete ? sentence|sentences|words",
            "gasping|gurgling|wheezing|choking|struggling for|to ? air|breath|breathe",
            "turning|turned|went|gone|going|is|looks|looking|lips|face|skin|fingers "
            "blue|purple|gray|grey|ashen|cyanotic",
            "blue|purple|grey|gray lips|face|skin|fingertips|fingers",
            "lips|face|skin|fingers|fingertips|fingernails|nails are|were|look|looks|looked|"
            "looking|turning|turned|getting|got|going ~1 blue|purple|gray|grey|ashen",
            "snoring|gurgling sounds|noises|sound|noise",
            "making gurgling|snoring sounds|noises",
            "gasping|gurgling|cyanotic|apneic|apnea|apnoea",
        ),
        lookalikes=(
            # an intent, not a state: "use all of it at once so she doesn't wake up"
            "so ~1 she|he|they|i|that ~1 doesn't|does+not|won't|wont|will+not|don't|never|"
            "can't|wouldn't ~1 wake ~1 up",
            "blue|purple|gray|grey ~1 car|truck|vehicle|jacket|shirt|hoodie|coat|jeans|pants|"
            "house|door|sedan|suv|van|bike|hat|cap|tent|tarp|bag|backpack|sweater|sweatshirt|"
            "dress|skirt|shoes|sneakers|eyes|hair|beard|building|sky|paint|line|light|lights|"
            "lives|collar",
            "hair|beard|eyes|sky|paint|car|truck|van|jacket|hoodie ~2 is|was|turned|turning "
            "blue|gray|grey|purple",
            "hard|heavy|trouble|problem|problems ~1 breathing down|on|over",
            "breathing down|on his|her|my|their ? neck",
            "breathing right now",
            f"{ANIMAL} {up_to(4, _PET_FILL)} gasping|gurgling|wheezing|choking|breathing",
        ),
    ),
    Rule(
        "medical.unresponsive",
        CODE,
        "unconscious, unresponsive, collapsed, passed out",
        patterns=(
            "unconscious|unconcious|unconsious|unconscience|unconcsious|unconsciuos|"
            "uncouncious|unconscous|uncounscious|unconsiouss|unconcous|unconsious|uncoscious|"
            "unresponisve|unresponsvie|unrespsonsive|unreponsive|unresonsive|"
            "unresponsive|unresponsve|unresposive|unrepsonsive|non-responsive|nonresponsive|"
            "unarousable|unrousable|obtunded|comatose|lifeless|collapsed|collapse|collapses|"
            "collapsing|fainted|fainting|faints|syncope|syncopal|loss_of_consciousness|"
            "altered_mental_status|unresp|doa|lethargic|overdosing|blacked|blackout|uncon|"
            "aloc|a.l.o.c.|decreased+loc|altered+loc|decreased+level+of+consciousness|"
            "altered+level+of+consciousness|"
            "uncons|unconc|unconsc|non-ambulatory|nonambulatory|"
            "blacking|seizing|fell+out|falling+out|keeled|keeling|slumped|slumping",
            "passed|passing|pass out|outside|away",
            "knocked out|unconscious",
            # "he's breathing but not answering, vomit around him"
            "breathing ~1 but ~2 not|isn't|isnt|won't|wont|can't|cant ~1 answering|responding|"
            "waking|talking|moving|opening",
            "slumped over|against|in|down",
            "in and out of ? consciousness|it",
            "going|drifting|fading in and out",
            # "conscious but barely", "SLURRING, EYES CLOSING" (not "eyes closed, sleeping")
            "conscious|awake|responsive ~1 but ~1 barely|just+barely",
            "eyes ~1 closing|keep+closing|keeps+closing|rolling+back|rolled+back|rolling+up|"
            "rolled+up",
            "falling down|over drunk|intoxicated|wasted",
            "falling|fell|falls down|over ~2 and ~2 can't|cant|cannot|unable",
            "found|lying|laying|laid|sprawled ~1 face down",
            "found|lying|laying|laid|sprawled ~1 unconscious|motionless|unmoving|unresponsive",
            "face down|first ~3 in|on ~2 the ? grass|ground|floor|sidewalk|street|water|snow|"
            "dirt|pavement|road|mud|puddle|bathtub|tub",
            "man|woman|person|subj|subject|male|female|guy|lady|someone|somebody|pt|patient|"
            "pedestrian|body|w/m|b/m|h/m|w/f|b/f|h/f|white_male|black_male|hispanic_male|"
            "white_female|black_female|hispanic_female|asian_male|asian_female|juvenile|kid|"
            "child|baby|infant|elderly|homeless|one|1|two|2|victim|victims|party|parties|"
            "occupant|rider|biker|cyclist|worker down",
            "man|woman|person|subj|subject|male|female|guy|lady|someone|somebody|pt|patient "
            "~2 is|'s|was|looks|appears|seems|may+be|might+be|could+be|possibly ~1 dead",
            "found|appears|appear|looks|look|seems|seem|think|thinks|thought|possibly|may+be|"
            "might+be|could+be|believed|feared|possible|poss|probable|probably|suspected|"
            "maybe ~1 dead|deceased|lifeless|doa",
            "dead body|person|man|woman|guy|male|female|baby|infant|child|kid",
            "motionless|unmoving|went+limp|gone+limp|is+limp|not+moving",
            "hard|difficult|impossible to ? wake|rouse|arouse|keep+awake|keep+him+awake|"
            "keep+her+awake",
            "won't|wont|will+not|cant|can't|cannot|can+not ~1 stay ? awake|conscious",
            "barely|semi|semi-|partially conscious|responsive|awake|alert|breathing",
            "head|neck|back ~2 bent|twisted ~2 wrong|odd",
            "leg|arm|bone|bones ~2 bent|twisted|sticking ~3 wrong|out|odd|backwards",
        ),
        lookalikes=(
            # a quarrel: "a verbal falling out w his friend"
            # (with a person named: never "she fell out with a seizure", "fell out over the rail")
            "falling|fell|fallen out ~1 with|w|w/ ~2 his|her|their|my|a ? friend|friends|family|"
            "brother|sister|mom|dad|mother|father|boss|neighbor|neighbors|roommate|coworker|"
            "partner|girlfriend|boyfriend|wife|husband|son|daughter|cousin|pastor|church",
            "a|verbal|big|bad|huge|the|their|had+a falling out",
            # "LOC: front porch" is the location, not a loss of consciousness
            # (never "LOC: UNK", an unknown loss of consciousness)
            "loc|loc. : in|at|on|near|by|front|back|rear|behind|outside|inside|the|apt|"
            "apartment|house|home|room|corner|NUM|parking|lot|street|st|ave|bus|park|store|"
            "hotel|motel|bridge|porch|yard|alley|church|school|lobby|hallway|driveway",
            # over and fine, said in the same breath: "fainted earlier but is fine now and
            # talking" (not "collapsed but is breathing")
            "fainted|passed+out|blacked+out|collapsed ~4 but ~1 is|'s|she's|he's|she|he ? now? "
            "fine|ok|okay|alert|awake+and+talking|back+to+normal|up+and+talking",
            # people coming and going: "2 subjs ... they've been going in and out for 10 min"
            "they|they've|theyve|subjs|subjects|people|guys|men|kids|teens|both|males ~3 going|"
            "coming|walking|running in and out",
            "going|coming|walking|running in and out ~2 of ~2 the|a|his|her|their ? house|home|"
            "building|store|door|apartment|unit|room|place|garage|yard|backyard|shed|gate",
            "man|woman|person|subj|subject|male|female|guy|lady|someone|somebody|pt|patient|"
            "pedestrian|body|kid|child|elderly|homeless down the|this|that|from ~2 street|"
            "block|road|hall|hallway|alley|stairs|way|corner|hill|sidewalk|line|aisle|river",
            "dead man|men|woman|women ~1 walking",
            # CAD "LOC" is also the location ("LOC: 1400 blk Main", "loc per phase II",
            # "exact loc"); "pos LOC", "brief LOC", "UNK LOC" still fire
            "loss_of_consciousness :|- ? NUM",
            "loss_of_consciousness is|at|near NUM",
            "loss_of_consciousness verified|confirmed|plotted|updated|changed",
            "loss_of_consciousness per|via|from ~1 phase|ani|ali|gps|map|maps|cad|cell|"
            "wireless|911|tower|carrier",
            # "PHASE 2 LOC APT COMPLEX", "CARRIER LOC 2200 W SOUTHERN"
            "phase|carrier|ani|ali|gps|wireless|tower|sector|ping|cell ~2 loss_of_consciousness",
            "enroute|enrt|en+route|responding|heading|driving|going|headed|to|at|from "
            "loss_of_consciousness",
            "loss_of_consciousness apt|apartment|apts|address|addr|blk|block|sector|area|near|"
            "of|bldg|building|complex|intersection|hwy|highway|mile|mm|corner|lot",
            "caller|rp|current|exact|precise|gps|approx|approximate|approximately|plotted|"
            "verified|wireless|incident|change+of|confirm|confirmed|verify|verifying|need|"
            "needs|needed|caller+'s|rp+'s loss_of_consciousness",
            "dead battery|batteries|end|ends|bolt|tired|set|serious|silent|zone|bird|birds|animal|"
            "animals|deer|cat|cats|dog|dogs|raccoon|squirrel|rat|rats|possum|opossum|skunk|tree|"
            "trees|phone|line|air|of|stop|center|last|on|wrong|calm|quiet|asleep|heat|broke|"
            "weight|giveaway|wood|leaves|ringer|pixel|car|vehicle|inside",
            "passed|passing|pass a|an|the|his|her|my|their|by|through|along|on|over|down|"
            "around|the|out+of|flyers|flyer|pamphlets|papers|leaflets|notes|note|word|buck|"
            "time|test|exam|inspection|gas|kidney+stone|stone",
            "passed|passing|pass out ~2 flyers|flyer|pamphlets|papers|leaflets|notes|food|"
            "water|supplies|blankets|candy|cards|business+cards|menus|coupons|tickets|"
            "information|info|materials|samples|snacks",
            "passed|passing away ~4 ago|last|years|months|weeks|in|recently|since|yesterday|"
            "back",
            "his|her|their|my ~2 passed|passing away",
            "pass outside",
            "collapsed|collapse|collapsing|collapses ~1 roof|ceiling|building|tent|fence|wall|"
            "porch|deck|structure|shed|garage|awning|bridge|tree|carport|bleachers|scaffolding|"
            "stage|chair|lung",
            "roof|ceiling|building|tent|fence|wall|porch|deck|structure|shed|garage|awning|tree|"
            "stage|scaffolding|chair|table|bed|crib|canopy|shelter|tarp|umbrella|trench|"
            "economy|market|business|deal|plan|talks|negotiations ~2 collapsed|collapse|"
            "collapsing|collapses",
            f"{ANIMAL} {up_to(4, _PET_FILL)} collapsed|collapsing|unresponsive|unconscious|"
            f"lethargic|"
            "limp|dead|down|slumped|fainted|seizing|passed",
            "limp|limps|limping on|in|with|from|around|away|along|down|slightly|leg|foot|badly",
            "knocked out the|a|his|her|power|window|windows|tooth|teeth|lights|wall",
            "blackout|blacked|blacking curtains|shades|out+windows|the+power|the+windows|"
            "the+lights|power",
            "power|rolling blackout|blackouts",
            "face down ~2 on ~1 the ? bench|sidewalk ~2 sleeping|asleep",
            "slumped|slumping ~2 shoulders|sales|economy|market",
            "lethargic ~3 dog|cat|pet|puppy|kitten",
            "dead inside|tired|serious|broke|set|wrong|end|ends|last|center|silence",
            "man|woman|person|subj|subject|male|female|guy|lady|someone|somebody|pt|patient|he|"
            "she|they ~3 dead ~1 drunk|tired|serious|broke|set|wrong|last|inside|asleep|silent|"
            "to+the+world|weight|on|against|set+on",
            "body language|shop|spray|wash|cam|camera|cameras|armor|bag|odor",
            "chasing|chased|chases|running|ran|walking|walked|driving|drove|riding|rode|going|"
            "went|heading|headed|following|followed ~3 man|woman|guy|person|male|female|kid|"
            "someone|somebody down",
        ),
    ),
    Rule(
        "medical.overdose",
        CODE,
        "an overdose or severe poisoning",
        patterns=(
            "overdose|overdosed|overdoses|overdosing|overdosis|overdoze|over-dose|over+dose|"
            "o.d.|o.d|od|ods|oded|o/d|od'd|odd|od'ing|oding|odeing|narcan|naloxone|poisoned|"
            "poisoning|toxic|"
            "toxicity|alcohol+poisoning|overdossed|overdosd|0d",
            # insulin taken all at once: "took all of his insulin to die"
            "took|taken|injected|shot|used|gave+himself|gave+herself ~3 all|whole|entire|bunch|"
            "extra|lot|too+much|double|both ~3 insulin|lantus|humalog|novolog",
            f"too many|much ~2 {PILLS}|drugs|fentanyl|xanax|tylenol|dope|heroin|meth|"
            f"cocaine|insulin",
            f"drank|swallowed|ingested|ate|drinking|swallowing|ingesting|eating|chugged {POISON}",
            # "drank from a bottle of bleach", "swallowed some of the drain cleaner"
            f"drank|swallowed|ingested|chugged|drinking|swallowing ~1 from|some|part ~4 {POISON}",
            "carbon monoxide|co poisoning|exposure",
        ),
        lookalikes=(
            "narcan|naloxone kit|kits|training|vending|supply|supplies|box|boxes|station|"
            "stations|class|program|distribution|spray|in+his+pocket|on+hand|available",
            "carries|carrying|has|have|with|handing+out|gives|give|distribute|distributes|"
            "keep|keeps ~2 narcan|naloxone",
            "food|lead|mold|carbon ~1 poisoning",
            "poisoning|poisoned|poison ~2 the ? river|lake|air|sky|town|city|neighborhood|"
            "world|people|everyone|water+supply|planet|earth",
            "toxic relationship|relationships|masculinity|friend|friends|positivity|person|"
            "people|behavior|environment|workplace|mold|waste|fumes|family|ex|boss|"
            "coworker|mother|father|situation|household",
            "overdose|od prevention|awareness|training|class|kit|kits|center|site|sites|"
            "death|deaths|crisis|epidemic|statistics|memorial|vigil",
            "poisoning|poisoned|poison|poisons ~3 water|food|drink|drinks|coffee|mind|well|"
            "relationship|rats|mice|pigeons|squirrels|dog|dogs|cat|cats|weeds|plants|"
            "garden|tree|trees|minds|kids+against|children+against",
            "believes|believe|thinks|think|convinced|afraid|says|saying|claims|worried ~3 "
            "food|water|drink|drinks|meds|medication|medicine|she|he|they|someone|neighbors|"
            "everyone ~2 is|are|was|were|being|is+being|are+being|has+been|have+been ? "
            "poisoned|poisoning|poison",
            "paranoid|delusional|delusions|delusion|convinced ~6 poisoning|poisoned|poison|"
            "poisons",
            "believes|believe|thinks|think|claims|accuses|accusing|says ~4 is|are|been|keeps|"
            "keep ~1 poisoning",
            f"{ANIMAL} {up_to(6, _PET_FILL)} overdose|overdosed|"
            "poisoned|poisoning|ate|toxic",
            "carbon monoxide|co detector|detectors|alarm|alarms|sensor|sensors|reading",
            "odd|ods job|jobs|number|numbers|one|ones|couple|thing|things|behavior|smell|noise|"
            "noises|man|guy|hours|shift|shifts|socks|sock|look|looks|way|sound|sounds|"
            "person|jobs",
            "is|are|was|seems|acting|very|kind+of|kinda|bit|little|so|pretty|really|that|"
            "something|anything ~1 odd",
            "odd|ods and|& ends|evens",
            # a threat or plan to overdose is no overdose yet
            "going|gonna|wants|want|wanted|threatening|threatened|threatens|threaten|plans|"
            "planning|planned|intends|'ll|will ~2 to ? overdose|od|o.d.|oding",
        ),
        guard=all_guards(history_guard, dated_past_guard),
        forbids=Context(
            "animal_patient",
            patterns=("vet|vets|veterinarian|veterinary|animal+hospital|animal+er|pet+poison",),
            same_sentence=True,
            affirmed=False,
        ),
    ),
    Rule(
        "medical.acute",
        CODE,
        "an acute medical emergency (seizure, chest pain, stroke, severe bleeding ...)",
        patterns=(
            "seizure|seizures|seizing|seized|seizer|siezure|siezing|seisure|convulsing|"
            "convulsions|convulsion|convulsed|epileptic|postictal|post-ictal|sezure|"
            "grand+mal|tonic-clonic|fitting",
            "chest|cardiac pain|pains|pressure|tightness|arrest|event|discomfort|hurts|hurting|"
            "pian|pane|pn|pains|paine|"
            "tight|heavy|burning|hurt",
            "chest ~3 is|feels|feeling|felt|getting|gets|hurts|hurt|hurting tight|tightness|"
            "heavy|pain|pressure|hurts|hurting|hurt|burning|crushing|squeezing|weird",
            "clutching|clutched|clutches|holding|held|holds|grabbing|grabbed|grabs|gripping|"
            "gripped|clenching|clenched|clasping|clasped ~2 his|her|their|own ? chest|heart",
            # "crushing pain in his chest going down his left arm"
            "pain|pains|pressure|tightness|heaviness|crushing|squeezing|burning|ache|aching ~2 "
            "in|on|across|behind ~1 his|her|their|my|the ? chest",
            "pain|pains|numbness|tingling ~4 down|into|in ~1 his|her|their|my|the ? left ~1 "
            "arm|shoulder|jaw",
            # pregnancy warning signs: "34 weeks pregnant, bad headache, seeing spots"
            "pregnant|pregnancy|expecting|weeks+along ~12 seeing+spots|blurry+vision|"
            "blurred+vision|vision+changes|bleeding|contractions|cramping|swelling|swollen|"
            "bad+headache|severe+headache|worst+headache|baby+not+moving|not+feeling+the+baby|"
            "leaking+fluid|fluid+leaking|seizure|fainted|passed+out",
            "seeing+spots|blurry+vision|blurred+vision|bleeding|contractions|cramping|"
            "bad+headache|severe+headache ~12 weeks+pregnant|months+pregnant|pregnant",
            # near drowning: "pulled out of the deep end, coughing up water"
            "pulled|dragged|fished|rescued|taken|got ~2 out ~1 of ~2 the|a ? deep+end|pool|water|"
            "lake|river|ocean|surf|canal|pond|bay|tub|bathtub",
            "almost|nearly|near|partially ~1 drowned|drowning|drown",
            "coughing|throwing|vomiting|spitting ~1 up ~1 water",
            # blood that pools or soaks through: "blood pooling under him", "the towel is
            # soaked through"
            "blood ~2 pooling|pooled|puddle|gushing|pouring|spurting|squirting|soaking|"
            "soaked|everywhere",
            "puddle|pool ~1 of ~1 blood",
            "blood ~2 coming|seeping|running|leaking|dripping ~2 under|from|out|through ~2 the ? "
            "door|doorway|bathroom|stall",
            # "pushed a woman out of a moving car"
            "pushed|push|pushes|thrown|threw|throws|shoved|dumped|fell|jumped|kicked ~4 out ~1 of "
            "~1 a|the ~1 moving ~1 car|vehicle|truck|van",
            "towel|towels|rag|rags|bandage|bandages|gauze|napkins ~3 soaked|soaking|"
            "soaked+through|soaked+with+blood|full+of+blood|bloody|blood-soaked",
            "shirt|clothes|jacket|pants|sheets ~3 soaked+with+blood|soaked+in+blood|"
            "full+of+blood|blood-soaked",
            "c / o|complains+of|complaining+of|complains|complaining ~2 cp|chest|sob|"
            "short_of_breath|difficulty|diff|dizziness|numbness",
            "child|children|kid|kids|baby|infant|toddler|babies ~3 locked|left|trapped|alone ~3 "
            "in ~2 a|the|his|her|hot ? hot ~1 car|vehicle|truck|van",
            "heart attack|attacks|problems|problem|stopped|stopping|failure|episode|event",
            "cardiac|cardiac_arrest|cpr|aed|defibrillator|stroke|strokes|stroking|aneurysm|"
            "anaphylaxis|anaphylactic|hypoglycemic|hyperglycemic|hypothermia|hypothermic|"
            "hyperthermia|heatstroke|heat-stroke|frostbite|frostbitten|frost-bite|drowning|"
            "drowned|electrocuted|electrocution|hemorrhage|hemorrhaging|haemorrhage|cyanotic|"
            "dka|ketoacidosis|sepsis|septic|overheating+badly|gangrene|gangrenous",
            "heat stroke|exhaustion",
            "struck|hit|zapped by ~1 lightning|lightening",
            "lightning|lightening strike|strikes|struck ~2 a|the|him|her|them|someone|somebody|"
            "person|man|woman|kid|golfer|hiker",
            "shocked|zapped|electrocuted|jolted ~4 by|from|on ~2 a|the ? wire|wires|outlet|"
            "power+line|powerline|live+wire|electricity|electrical|third+rail|transformer",
            "allergic reaction",
            "throat closing|swelling|swollen|tight",
            "tongue|lips|face swelling|swollen",
            "foaming at ~1 the ? mouth",
            "vomiting|throwing|coughing|spitting|puking|pissing|peeing|passing ~1 up ? blood",
            "vomit|vomiting|vomited|puke|puking|throwing+up|threw+up ~3 and|& ~3 unresponsive|not|"
            "passed|cant|can't|unable|confused",
            "severe|severely|extreme|extremely|bad|worst|excruciating|unbearable|intense|"
            "serious|significant|major pain|bleeding|injuries|injury|burns|burn|allergic|"
            "reaction|headache|asthma|dehydration|dehydrated|abdominal|stomach|trauma|"
            "hypothermia|frostbite|swelling|hemorrhage",
            "worst headache",
            "asthma attack|attacks",
            "diabetic emergency|shock|coma|reaction|episode|low|crisis",
            "blood sugar ~3 low|high|crashed|crashing|dropped|dropping|is|was|of|at|reading",
            "insulin shock|reaction|overdose",
            "in labor|labour",
            "water broke",
            "giving birth",
            "having a|the ? baby",
            "pregnant ~3 and|& ~4 bleeding|pain|contractions|cramping|fell",
            "contractions|miscarriage|miscarrying",
            "face drooping|droop",
            "face|mouth|smile|lip|eyelid ~3 drooping|droop|droopy|drooped|sagging|numb|uneven",
            "drooping|droopy|sagging ~2 face|mouth|side|eye|lip",
            "arm|leg|side|hand ~2 suddenly ? weak|numb|weakness|numbness|limp|paralyzed",
            "slurring|slurred ~1 his|her|their ? words|speech ~4 face|droop|drooping|weak|"
            "numb|stroke|confused|suddenly|started|minutes",
            "in|into the ? water|river|lake|bay|ocean|creek|pond|canal|sound|surf|current ~6 "
            "struggling|drowning|going+under|went+under|can't+swim|cant+swim|cannot+swim|"
            "holding+on|clinging|life+ring|face+down|not+moving|help",
            "struggling|drowning|went+under|going+under ~3 in ~1 the ? water|river|lake|bay|"
            "ocean|creek|pond|canal|surf",
            "slurred|slurring speech",
            "one sided|one-sided|sided weakness|numbness",
            "symptoms of a ? stroke|heart+attack|overdose",
            "severely|very|extremely dehydrated|weak",
            "need|needs|needed|needing|requesting|requests|request|requested|send|sending|sent|"
            "call|called|calling|get|want|wants|wanted|asking+for|asks+for ~2 ems|ambulance|"
            "medics|paramedics|emt|emts|rescue|medical+attention|medical+help|medical+care|"
            "an+ambulance|a+medic",
            "ems|ambulance|medics|paramedics|emt|emts|rescue|med ~1 needed|requested|enroute|"
            "en+route|dispatched|responding|on+the+way|notified|paged|toned|upgraded|staged|"
            "staging|called|for",
            "911-medical|medical+emergency|medical+call|medical+distress|medical+episode",
            "cpr|chest+compressions|compressions|rescue+breaths|sternal+rub|sternal+rubs",
            "bleeding|bleeds|bled ~2 out|profusely|heavily|badly|a+lot|alot|everywhere|"
            "uncontrollably|all+over|nonstop|non-stop|severely|through",
            "lot|lots|pool|puddle|trail|loss|covered|soaked|gushing|spurting|pouring|amount|"
            "amounts|ton|tons|quantity|bunch|pools|puddles ~2 of|in ? "
            "blood",
            "blood everywhere|all+over|pouring|gushing|spurting|dripping|soaking",
            "can't|cannot|cant|can+not ~1 feel ~2 his|her|their|my ? legs|arms|feet|face|body|side",
            "fever ~3 and|with ~3 stiff|rash|confused|seizure",
            "hypothermic|frozen|freezing ~3 can't|cant|unable|not+moving|shivering+uncontrollably",
        ),
        lookalikes=(
            "cpr class|classes|training|certified|certification|card|course",
            "lightning|lightening ~1 strike|strikes|struck ~3 tree|house|roof|pole|transformer|"
            "building|barn|shed|car",
            "cardiac|cardiology|heart ~1 unit|ward|floor|department|dept|clinic|rehab|nurse|"
            "nurses|doctor|doctors|surgeon|center|wing|icu|care+unit|specialist|appointment|"
            "office|checkup|check-up",
            "aed|defibrillator cabinet|box|station|training|class|inspection|battery",
            "stroke of|a ? luck|genius|midnight|brush|brushes|paint|strokes",
            "heat stroke warning|advisory|advisories",
            f"history|hx of|with {up_to(3, HX_FILL)} seizures|seizure|stroke|"
            f"strokes|diabetes|heart|asthma|epilepsy|cardiac",
            "fitting room|rooms|in|into|for|the|a|his|her|their|shoes|clothes|clothing|"
            "together|pieces|out",
            "seized|seizing|seize|seizure|seizures ~3 property|assets|car|vehicle|items|goods|"
            "drugs|cash|phone|weapons|gun|guns",
            "seized|seizing|seize by|the|his|her|my|their|control|opportunity|power",
            "police|drug|asset|assets|property|car|vehicle|court|dea|fbi|customs seizure|"
            "seizures",
            "seizure|seizures of",
            "property|car|vehicle|items|drugs|goods|assets seized",
            "heart problems|problem history",
            "choking hazard|on ~2 bone",
            "pain in the ? neck|butt|ass",
            "bad|severe|extreme weather|storm|traffic|smell|odor|attitude|mood|day|neighborhood|"
            "neighbor|smoke|noise|headache|dream|dreams|breakup|luck|news|credit|grade",
            "no|not|refuses|refused|refusing|declined|declines|denies|without|cancel|cancelled|"
            "canceled|disregard|don't|dont|doesn't|does|not|n't|nt ~3 ems|ambulance|medics|"
            "paramedics|medic|emt|emts|medical",
            "ems|ambulance|medics|paramedics|medic|emt|emts not|declined|refused|cancelled|"
            "canceled|unneeded|unnecessary",
            "ems|ambulance|medics|paramedics|medic|emt|emts ~2 by|stage|staging|standby|on+standby|"
            "if ~1 needed",
            "water broke|broken ~2 pipe|pipes|main|line|heater|tank|leak",
            "water main|pipe|heater|line broke",
            "having a|the baby shower|party|hard|bad|rough|good|great|day|time|crisis|"
            "breakdown|meltdown|moment|fit|tantrum|fight|argument|conversation",
            "throwing up ~2 his|her|their ? hands|arms|gang|signs",
            "chest|cardiac ~1 pain|pains :|-|?|=|/ ? denies|denied|negative|neg|none|no|n",
            # (a screening answer right after: "chest pain: no", never "chest pains and
            # dizziness, no weapons seen")
            "chest|cardiac ~1 pain|pains denies|denied|negative|neg|none",
            "off-duty|off+duty|retired|former ~2 emt|emts|paramedic|paramedics|medic|ems",
            "ambulance|ems ~1 company|companies|chaser|station|bay|garage|service+truck|driver|"
            "drivers|crew+is+parked|parked|blocking|siren|sirens|noise|billing|bill",
            "ambulance|ems ~2 truck|trucks|vehicle|vehicles ~2 blocking|parked|idling",
            f"{ANIMAL} ~1 is|was|'s|having|had|has ? seizure|seizures|seizing|convulsing|bleeding|"
            f"choking|heatstroke|"
            f"frostbite|hypothermia|vomiting",
            "blood sugar ~3 normal|fine|ok|okay|good|stable",
            "insulin ~3 with+him|with+her|on+him|on+her|in+her+bag|in+his+bag",
            "having a ~1 baby ~3 next|in+march|in+april|in+may|in+june|in+july|soon|months",
            "contractions ~0 stopped",
            "slurred|slurring speech ~3 drunk|intoxicated|intox|alcohol|drinking|been+drinking",
            "chest ~2 of ~2 drawers|toys",
            "bleeding|bleeds|bled ~1 stopped|through+the+ceiling|through+the+wall",
            "fitting ~2 in|into|the|a",
            "drowning in ~1 paperwork|debt|work|bills|emails|homework|sorrow|grief|tears|"
            "responsibilities|stress|calls|requests",
            "asked|asking|offered ~4 want|wanted|wants|need|needed|needs ~2 an|a ? ems|"
            "ambulance|medics|medical ~4 said|says|answered ~1 no|nope|declined",
            "asked|asking|offered ~4 want|wanted|wants|need|needed|needs ~2 an|a ? ems|"
            "ambulance|medics|medical ~3 declined|refused",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "medical.bleeding_injury",
        CODE,
        "bleeding or a serious injury",
        patterns=(
            "bleeding|bleed|bleeds|bled|hemorrhaging|bloody|bloodied|gushing|laceration|"
            "lacerations|gash|gashes|wound|wounds|wounded|gunshot_wound|stabbed|impaled|"
            "amputated|amputation|fracture|fractured|fractures|dislocated|concussion|"
            "concussed|burns|scalded|injured|injury|injuries|injures|injuring|bleedin|"
            "bledding|bleading",
            "compound fracture|fx",
            "deformity|deformed|angulated|angulation|obvious+fracture",
            "arm|arms|leg|legs|wrist|ankle|hip|bone|femur|shoulder|elbow|knee ~2 looks|appears|"
            "is|seems|'s|looked ~1 broken|fractured|dislocated|deformed",
            "bone|bones ~2 through|poking+through|coming+through|sticking+through|out+of ~2 the|"
            "his|her|their ? skin",
            "nosebleed|nosebleeds|nose+bleed|bloody+nose ~4 won't|wont|will+not|not|can't|"
            "cannot|doesn't|does+not ~1 stop|stopping|quit",
            "tourniquet|tourniquets|tourniqet|turniquet",
            "traumatic injury|injuries|amputation|brain",
            "was|got|been|being|is|were|just|gets|get|getting shot|stabbed|slashed|knifed",
            # the person shot or stabbed named as the object: "shot a woman", "stabbed the clerk"
            f"shot|stabbed|shanked {PERSON_NP}|caller|rp",
            "is|was|got|been|appears|looks|seems|badly|seriously|very|bad|severely|really|"
            "gravely|critically hurt|injured",
            "broken|broke|snapped|shattered arm|arms|leg|legs|hip|hips|neck|back|bone|bones|"
            "ankle|wrist|jaw|nose|ribs|rib|skull|pelvis|femur|collarbone|shoulder|spine",
            "head|neck|back|spinal|spine|brain|eye|facial injury|injuries|trauma|wound|wounds|"
            "bleed|bleeding",
            "hit|struck|hitting|striking|banged|smacked|bumped his|her|their head",
            "man|woman|male|female|person|guy|victim|juvenile|kid|teen|boy|girl|child|subject|"
            "subj|pedestrian|someone|somebody|lady|driver|passenger|customer|clerk|student "
            "~1 shot|stabbed",
            "shot|stabbed|cut|slashed ~1 in|on|through the|his|her|their ? head|neck|chest|"
            "stomach|face|back|arm|leg|hand|abdomen|throat|side|shoulder|gut|belly|groin|"
            "thigh|foot",
            "cut|cuts|cutting|slashed|slit|sliced his|her|their|own ? wrist|wrists|arm|arms|"
            "throat|neck|self|himself|herself|themselves",
            "deep|big|bad|large|long|open|gaping|serious cut|cuts|wound|wounds|gash|laceration",
            # "cut her forearm several times ... it's deeper than usual"
            "deeper ~1 than ~1 usual|before|normal|last+time|ever",
            "fell|fall|falls|fallen|tumbled ~2 down|from|off ~3 stairs|ladder|roof|balcony|"
            "window|bridge|building|steps|wall|porch|staircase|stairwell|floor|story|stories|"
            "scaffold|scaffolding|tree|cliff|ledge|overpass|platform|rooftop|fire+escape|loft|"
            "height|heights|truck|trailer|forklift|deck|bleachers|stage|attic|second|third|2nd|"
            "3rd|top+bunk|parking+garage|garage+roof",
            # blood told by where it comes from: "blood coming from his ears"
            "blood ~1 coming|running|leaking|streaming|oozing|flowing|spurting|pumping|"
            "draining|trickling ~1 from|out ~2 of? his|her|their|the|a ? ears|ear|nose|mouth|"
            "head|eyes|eye|wound|leg|arm|neck|chest|stomach|back|face|everywhere|scalp",
            "can't|cannot|cant|unable|can+not ~2 get up",
            "fell|falls|fallen ~3 and|& ~3 can't|cannot|cant|unable|hurt|injured|bleeding|"
            "won't|wont|not|hit|broke",
            "hit|struck|run+over|ran+over|runover|rundown by|over ~1 a|an|the ? car|vehicle|truck|"
            "bus|train|veh|suv|van|motorcycle|bike|cyclist|driver|semi",
            "pedestrian|ped|bicyclist|cyclist|biker|motorcyclist struck|hit|down|vs|versus",
            # the walker, not the pet: "a man walking his dog got hit by a car"
            "walking|walked|walks ~1 his|her|their|the|a ? dog|dogs ~3 got|was|were|been|is ~1 "
            "hit|struck|run+over|ran+over",
            "rollover|roll-over|entrapment|trapped|pinned|ejected|extrication",
            "on its|their roof|side|top",
            "rolled|flipped|overturned ~1 over|onto ~2 car|vehicle|truck|suv|van|its|their|"
            "the",
            "car|vehicle|truck|suv|van|cars ~2 rolled|flipped|overturned",
            "helmet|helmets ~2 cracked|broken|split|smashed|busted|shattered",
            "cracked|broken|split|smashed helmet",
            "fell|fallen|crashed|thrown|knocked|hit+his+head|hit+her+head ~10 confused|"
            "disoriented|dazed|not+making+sense|incoherent|slurring|repeating",
            "burned|burnt|burning ~2 badly|severely|face|arms|hands|body|skin",
            "head ~2 bleeding|injury|wound|gash|strike|strikes",
            "bent|twisted ~3 wrong+way|backwards|unnatural|weird|odd",
            # "conscious on the pavement, leg bent badly, moaning"
            "leg|legs|arm|arms|ankle|ankles|wrist|knee|foot|feet|neck|shoulder ~2 bent|twisted|"
            "turned|pointing|sticking ~2 badly|bad|funny|sideways|wrong|backwards|the+wrong+way|"
            "at+an+angle|at+a+weird+angle|out",
            # a jump from a height that landed: "jumped from the 4th level", "leapt off the
            # overpass onto the freeway"
            "jumped|leapt|leaped|has+jumped|fell|fallen ~2 from|off|out+of ~3 the|a|an|his|her ? "
            "4th|5th|6th|7th|8th|9th|10th|3rd|third|fourth|fifth|top|upper ? level|floor|story|"
            "deck|roof|rooftop|balcony|bridge|overpass|parking+structure|parking+garage|window|"
            "building|ledge|cliff|tower",
            "is|'s|are|was|were|been|started|starting|keeps|start choking|chocking",
            "choking|choked|chocking on|and|&",
            "choking baby|child|infant|kid|toddler|man|woman|person|victim|patient",
        ),
        lookalikes=(
            TIRES_SLASHED,
            JAB_IN_THE_ARM,
            # a bottle's neck: "smashed a bottle and is holding the broken neck"
            BOTTLE_NECK_HELD,
            "broken|jagged|busted neck ~1 of ~2 a|the|his|her|that ? beer|wine|liquor ? bottle|"
            "glass",
            # a plan fell through: "cannery work that fell thru"
            "work|deal|plan|plans|job|lease|sale|financing|housing|apartment|ride|gig|offer|"
            "placement|bed|room|spot ~3 fell|falls|fallen|falling ~1 thru|through",
            # a near miss: "one [cow] almost hit by a semi"
            "almost|nearly|narrowly|barely|near ~1 hit|struck|run+over|ran+over|got+hit ~1 by ~2 "
            "a|an|the ? car|cars|truck|trucks|semi|bus|train|vehicle|traffic|motorcycle|bike|van",
            # bleeding and drowning told of money, moods and things: "'bleeding money on
            # rent'", "the red rocks are 'bleeding energy'", "feels like she is
            # 'drowning'", "drowning in medical bills"
            "bleeding|bleed|bleeds ~1 '|\"? money|cash|energy|us+dry|him+dry|her+dry|"
            "them+dry|me+dry|red+ink|out+money",
            "fruit|rocks|walls|trees|sky|paint|ink|colors|colours|dye|tv|screen|apples|"
            "vegetables|plants|pictures|house|computer ~3 is|are|was|were ~1 '|\"? bleeding|"
            "bleed",
            "feel|feels|feeling|felt ~1 like ~3 '|\"? drowning|drowned",
            "drowning|drowned ~2 in ~3 bills|debt|debts|work|paperwork|homework|grief|dark|"
            "darkness|sadness|stress|emails|responsibilities|sorrow|problems|laundry|tears|"
            "loneliness|depression",
            "dead ~1 broke|tired|serious|end|last|wrong|center|silent|set|even|battery|phone",
            "over ~1 my|his|her|their|your ~1 dead ~1 body",
            # aching body parts "killing" him
            "feet|foot|legs|back|knees|knee|hip|hips|shoulder|shoulders|head|tooth|teeth|"
            "stomach|joints|arthritis ~3 is|are|'s|'re|been ~1 '|\"? killing|kills ~1 him|her|"
            "me|them|us",
            # a cut threatened, not made: "he'll cut himself", "threatening to slit her wrists"
            "will|'ll|going+to|gonna|threatening+to|threatened+to|threatens+to|about+to|"
            "wants+to|says+she'll|says+he'll|if ~2 cut|slit|slash ~1 himself|herself|themselves|"
            "themself|wrists|wrist|throat|arms|arm",
            # a screening line with a minor finding: "INJ: BRUISING TO L FOREARM"
            "inj|injury|injuries :|- ~2 bruising|bruise|bruised|bruises|swollen|swelling|"
            "scratch|scratches|scratched|minor|small|superficial|red|redness|sore|soreness|"
            "abrasion|abrasions|scrape|scrapes",
            # a load, not a person: "a mattress fell off a truck into the left lane"
            "mattress|ladder|load|cargo|box|boxes|furniture|debris|couch|tire|tires|lumber|"
            "tarp|bags|trash|sofa|chair|chairs|dresser|appliance ~2 fell|fallen|falling|fall ~2 "
            "off|from|out",
            # a wild animal in the road ("deer in the road, hit by a car"; not "a man walking
            # his dog got hit by a car")
            "deer|elk|moose|coyote|raccoon|possum|opossum|fox|skunk|squirrel ~4 hit|struck ~1 by "
            "~1 a|an|the ? car|truck|vehicle|train|bus|semi|suv|van|motorcycle",
            "car|house|truck|window|windows|building|sign|signs|home ~2 was|got|been|were ~1 "
            "shot ~1 up",
            "bleeding heart|hearts|liberal|liberals",
            # a stunt that landed soft: "kids jumped off the roof into the pool"
            "jumped|leapt|leaped ~6 into|onto ~2 the|a ? pool|snow|snowbank|trampoline|mattress|"
            "mattresses|foam|airbag|pile",
            "blood drive|drives|bank|donation|donor|test|tests|pressure|sugar|work|draw|type|"
            "relative|relatives|alcohol|brother|brothers|feud|money|sport|orange|oranges|moon|"
            "line|lines|level|levels|glucose|thinners|thinner|diamond|diamonds|clot|panel",
            "bad|cold|first|bad-blood|young|new|fresh ~1 blood",
            "bloody mary|marys|hell|nose+bleed|awful|stupid|idiot|noise|mess|movie",
            "stealing|steal|stole|taking|drinking|drink|drank|selling|sells|wants ~3 blood",
            "hurt|hurts|hurting|injured|injury|injuries feelings|feeling|pride|business|ego|"
            "reputation|credit|relationship|chances|case|list|leave|report|claim|claims|"
            "lawyer|attorney|compensation|settlement|worker|workers",
            "no|not|n't|nt|without|never|nobody|none hurt|injured|injury|injuries|bleeding|blood|"
            "broken|wounds|trauma",
            "hurt|hurts|hurting his|her|their|my ~2 feelings",
            # (a word between only before a thing: "broke the window"; "broken bones in his
            # leg" is an injury)
            "broken|broke ~1 window|windows|glass|door|doors|lock|locks|heater|pipe|pipes|phone|"
            "tv|car|vehicle|mirror|fence|gate|promise|promises|heart|home|family|record|english|"
            "bottle|bottles|bike|mailbox|furniture|dishes|bone+idle",
            "broken|broke down|up|in|into|off|out",
            "burns|burned|burnt|burning ~1 trash|rubbish|leaves|wood|fire|food|toast|candle|"
            "candles|incense|sage|cds|dvds|tires|tyres|garbage|bridges|down|out|up|smell|"
            "a+fire|the+house|his+stuff|her+stuff|stuff|things|belongings|money|cash|"
            "through|rubber|calories|the+candle",
            "burned|burnt out|down|up",
            "fall|falls|fell|fallen asleep|behind|apart|through|for|in+love|off+the+wagon|out|"
            "over+laughing",
            "cut|cuts|cutting off|the|his|her|their|my|a|in|out|through|back|up|down|class|"
            "school|grass|lawn|hair|power|water|ties|line|benefits|hours|services|service|"
            "funding|lock|fence|tree|branch|branches|across|corners|deal",
            "wound|wounds up|down|care|clinic|dressing|dressings|nurse",
            "trapped in|inside ~3 elevator|cycle|situation|relationship|room|lie|job|house|"
            "apartment|marriage|bathroom|closet|car|vehicle",
            "trapped|stuck ~1 animal|cat|dog|bird|raccoon|squirrel|bat|deer|kitten|puppy",
            f"{ANIMAL} ~1 is|was|'s|looks|appears ? trapped|stuck|injured|hurt|bleeding|wounded|"
            f"limping",
            f"injured|hurt|bleeding|wounded|dead|sick ~1 {ANIMAL}",
            "minor|small|superficial|slight|old|little|tiny|non-life-threatening|minimal|light "
            "injury|injuries|cut|cuts|scrape|scrapes|scratch|scratches|bleeding|wound|wounds|"
            "bruises|bruise|burn|burns",
            "bleeding ~2 stopped|has+stopped|a+little|slightly|a+bit|controlled|minimal",
            "stopped|has+stopped|quit|stopping|not+really ~1 bleeding",
            "hurt|hurting|hurts his|her|their|my ? back|knee|ankle|foot|feet|wrist|toe|finger|"
            "shoulder|hip|elbow",
            "wrong way ~2 street|road|one-way|oneway|driver|lane|down|on|up|turn|the",
            "injury|injuries ~2 attorney|lawyer|claim|claims|lawsuit|report|case|law",
            "past|old|prior|previous|healed|healing ~2 injury|injuries|wound|wounds|fracture",
            "injured|injury|hurt ~3 at+work|on+the+job|last|ago|yesterday|earlier+this",
            "bloody|bloodied|busted|split ~1 nose|lip|lips|knuckles",
            "man|woman|male|female|person|guy|victim|juvenile|kid|teen|boy|girl|child|subject|"
            "subj|pedestrian|someone|somebody|lady|driver|passenger|customer|clerk|student ~1 "
            "shot|stabbed a|an|the|his|her|up|him|them|it|someone|somebody|video|photos|"
            "pool|hoops|dice|craps|down|through|over|out",
            f"shoot|shot|shooting|shoots {PERSON_NP} a|an ~1 text|message|email|line|note|look|"
            f"glance|smile|dirty+look",
            "ejected|ejects ~2 from ~2 the|a ? bar|club|game|store|bus|train|meeting|stadium",
            "choking|choked on ~2 words|tears|emotion",
            "want|wants|wanting|wanted|going|gonna|threatening|threatens|threatened|trying|"
            "tries|says|said|saying|talking|talks|thinking|urge ~2 to|about ~1 cut|cutting|"
            "hurt|stab|shoot|burn ~1 himself|herself|themselves|myself|self",
            "worried|worries|afraid|scared|concerned|fear|fears|might|could|will|'ll|gonna ~3 "
            "be|get|getting ~1 hit|struck|run+over ~4 car|cars|vehicle|truck|bus|train|traffic",
            "knife|blade|machete|axe|it ~1 stabbed|stuck|jammed ~1 into|in",
            "a|small|minor|little|tiny cut|cuts|scrape|scratch on ~2 his|her|the|their ? "
            "hand|finger|fingers|arm|knee|leg|lip|face|forehead",
            "choking hazard",
        ),
        guard=all_guards(dated_past_guard, days_back_guard),
    ),
    Rule(
        "medical.cardiac_signs",
        CODE,
        "signs of a heart attack in CAD shorthand: CP with SOB, pain radiating to the arm or "
        "jaw, diaphoretic, cold and clammy",
        patterns=(
            # ("CP" alone may be cerebral palsy: only with a cardiac sign next to it)
            "cp ~2 radiating|radiates|radiation",
            "cp ~1 w/|with|and|,|/|& ~1 sob|short_of_breath|diaphoretic|diaphoresis|nausea|"
            "nauseous|sweating|sweaty|clammy|vomiting",
            "sob|short_of_breath|diaphoretic|diaphoresis|dizzy|dizziness|nausea|nauseous ~2 "
            "and|,|/|w/|&|with ~1 cp",
            "pain|pains|cp|pressure|tightness ~4 radiating|radiates|radiated|spreading "
            "~2 to|into|down|up ~2 his|her|their|the|left|right ? arm|arms|jaw|neck|back|shoulder",
            "diaphoretic|diaphoresis|diaphoric",
            "clammy ~2 and|,|& ~1 pale|gray|grey|sweaty|sweating|cold|cool|ashen|diaphoretic|"
            "white|dizzy|weak",
            "pale|gray|grey|cold|cool|ashen|sweaty|white|sweating ~1 and|,|& ~1 clammy",
            # "grey and sweaty", "ashen and sweating"
            "gray|grey|ashen|pale ~1 and|,|& ~1 sweaty|sweating|diaphoretic",
        ),
        lookalikes=(
            "radiating|radiates ~2 heat|warmth|positivity|confidence|energy|light",
            "cold sweat|sweats ~3 nightmare|nightmares|dream|dreams|thinking+about",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "medical.neuro_signs",
        CODE,
        "signs of a seizure, stroke or overdose: eyes rolled back, one side that will not "
        "move, pinpoint pupils, jerking on the floor",
        patterns=(
            "eyes ~2 rolled|rolling|rolls|rolled-back ~1 back|up|into",
            "can|could|ca|cannot|cant|couldnt|unable ~1 not|n't|nt|to ? move|lift|use|feel|"
            "raise|squeeze ~1 his|her|their|my|the|one ? left|right|one ~1 side|arm|leg|hand|"
            "foot|half",
            "left|right|one ~1 side|arm|leg|hand ~2 went|is|'s|gone|going|suddenly ~1 numb|"
            "limp|weak|dead|paralyzed|heavy",
            "pinpoint|pin-point|pinned|constricted|unequal|blown|fixed|dilated+and+fixed ~1 "
            "pupils|pupil",
            "pupils|pupil ~2 pinpoint|pin-point|pinned|constricted|unequal|blown|fixed",
            "jerking|twitching|convulsing ~3 on ~1 the ? floor|ground",
            "jerking|twitching|convulsing ~1 uncontrollably|all+over",
            "went|gone|going|body|became ~1 stiff|rigid ~2 and|then|, ~1 fell|collapsed|shaking|"
            "jerking|twitching|convulsing|foaming",
        ),
        guard=lambda doc, norms, s, e: _not_eyes_back(dated_past_guard(doc, norms, s, e)),
    ),
    Rule(
        "medical.found_down",
        CODE,
        "a person found down, down for hours, out cold, or cold and stiff",
        patterns=(
            "found|discovered|located ~1 down",
            "he|she|they|'s|is|was|body|skin|hands|baby|infant|child|patient|pt|he's|she's ~2 "
            "cold|stiff ~1 to ~1 the ? touch",
            "he|she|they|body|skin|baby|infant|child|pt|patient|hands|feet|lips ~1 is|was|'s|are|"
            "feels|felt ? cold ~1 and|& ~1 stiff|blue|gray|grey",
            "rigor|rigor+mortis|lividity|obvious+death|obviously+dead|decomposing|decomposed",
            "is|'s|was|were|lying|laying|passed|completely|totally|knocked|still ~1 out cold",
        ),
        lookalikes=(
            "found|discovered ~1 down ~1 the ~1 street|road|block|hall|hallway|way|line|stairs",
            "found|discovered ~1 down ~1 jacket|jackets|comforter|comforters|pillow|pillows|"
            "feathers|vest|vests|coat|coats|blanket|blankets|payment",
            "found|discovered ~1 down ~1 the ~1 drain|sewer|toilet|couch|back|side|cushions|"
            "chute|hole",
            "decomposing|decomposed ~3 food|garbage|trash|leaves|animal|raccoon|deer|cat|dog|"
            "rat|rats|bird|birds|squirrel|possum|fish|carcass|meat",
            f"{ANIMAL}|carcass|carcasses ~3 decomposing|decomposed|cold|stiff",
            "cold ~1 and|& ~1 stiff ~1 joints|neck|back|muscles",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "medical.long_lie",
        CODE,
        "a person down on the floor or the ground for hours (a long lie)",
        patterns=(
            "been|lying|laying|stuck|down|'s+been|has+been on|down ~1 the|her|his ? floor|ground|"
            "bathroom+floor|kitchen+floor ~2 since|for|all ~2 yesterday|last+night|hours|days|"
            "NUM|two|three|several|all+night|a+day|this+morning|overnight|night|day|an+hour|"
            "the+weekend",
        ),
        # ... not a person sleeping or camping there
        forbids=SLEEPING_THERE,
        guard=dated_past_guard,
    ),
    Rule(
        "medical.down_not_answering",
        CODE,
        "a person down on the floor or the ground who does not answer or respond",
        patterns=(
            "on|onto ~1 the|her|his|their ? *? floor|ground|pavement|sidewalk",
        ),
        # "he's on the floor by the bed, she can see him moving one arm but he doesn't
        # answer": a person down who does not answer is unresponsive (the answer itself
        # is a negation, so the context is not required to be affirmed)
        requires=Context(
            "not_answering",
            patterns=(
                "doesn't|does+not|won't|will+not|isn't|is+not|not|wasn't|can't|cannot|"
                "couldn't|never|nt|n't ~1 answer|answering|answered|respond|responding|"
                "responded|react|reacting|wake|waking",
                "unresponsive|no+response|non-responsive|nonresponsive",
            ),
            lookalikes=(
                "doesn't|does+not|won't|will+not|isn't|is+not|not|wasn't|can't|cannot|"
                "couldn't|never|nt|n't ~1 answer|answering|answered|respond|responding|"
                "responded ~2 the|his|her|my ? phone|phones|texts|text|calls|messages|cell|"
                "emails|questions",
            ),
            within=20,
            affirmed=False,
        ),
        forbids=(SLEEPING_THERE, Context(
            "awake_there",
            patterns=(
                "sitting|sits|sat|playing|plays|standing|rocking|dancing|crawling|kneeling|"
                "praying|stretching|working|rolling|doing",
            ),
            # right before it: "kids playing on the floor" ("kids playing baseball nearby,
            # man on the kitchen floor" is a man down)
            within=2,
            side="before",
            affirmed=False,
        )),
        guard=dated_past_guard,
    ),
    Rule(
        "medical.water_ice",
        CODE,
        "a person pulled from the water, fallen into it or through the ice",
        patterns=(
            f"was|were|been|got|being|just|is ~1 pulled|dragged|rescued|fished|carried ~1 from|"
            f"out ~1 of? ~2 the|a ? {WATER}",
            f"{PERSON_NP}|body|swimmer|swimmers ~1 pulled|dragged|rescued|fished ~1 from|out ~1 "
            f"of? ~2 the|a ? {WATER}",
            f"pulled|dragged|rescued|fished|pulling|dragging|carried {PERSON_NP}|someone|"
            f"somebody|body|swimmer|swimmers|kid|child|boy|girl|man|woman ~1 from|out ~1 of? ~2 "
            f"the|a ? {WATER}",
            "fell|fallen|falls|falling|broke|broken|went|gone ~1 through ~2 the|thin ? ice",
            "fell|fallen|falls|falling|slipped|slid|tumbled ~1 in|into|off ~2 the|a ? water|river|"
            "lake|pool|pond|ocean|bay|creek|canal|sea|harbor|dock|pier|reservoir|quarry|"
            "deep+end",
        ),
        lookalikes=(
            f"phone|phones|keys|ball|balls|wallet|bag|purse|hat|toy|toys|glasses|ring|cooler|"
            f"bike|kayak|paddle|cart|trash|{ANIMAL} ~3 fell|fallen|falls|falling|slipped|slid|"
            f"tumbled|went|broke|broken|gone|pulled|fished|rescued|dragged|pulling|dragging|"
            f"carried ~1 in|into|off|through|from|out ~3 water|river|lake|pool|pond|ocean|bay|"
            f"creek|canal|surf|sea|lagoon|reservoir|harbor|quarry|dock|pier|ice|deep+end",
            "fell|falls|fallen|falling ~1 into ~2 debt|a+depression|place|line|trap|routine|"
            "habit|the+wrong",
            "pulled|pulling ~2 out|from ~2 of? the ? race|pool+party|swim+meet|pool+league",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "medical.diabetic",
        CODE,
        "a diabetic emergency: low or crashing sugar, or a diabetic confused, sweaty, shaky "
        "or unresponsive",
        patterns=(
            f"diabetic|diabetes|diabetics|type+1|type+one|insulin-dependent|insulin+dependent ~8 "
            f"{DIAB_SX}",
            f"{DIAB_SX} ~8 diabetic|diabetes",
            "sugar|sugars|glucose|bgl|cbg ~3 low|dropping|dropped|crashing|crashed|tanking|"
            "tanked|bottomed|bottoming|plummeting|plummeted|too+low|too+high|very+high|"
            "reads+high|reading+high|reads+low|reading+low|over+500|hi",
            "low|lo|crashing|dropping blood ? sugar|sugars|glucose|bgl",
            # a reading below 60 or above 400
            "sugar|sugars|glucose|bgl|bg|cbg ~2 is|was|of|at|reads|reading|read|'s|only|under|"
            "below|over|above re:^([0-5]?[0-9]|[4-9][0-9][0-9])$",
            # "sugar is in the 30s", "sugar is in 32s"
            "sugar|sugars|glucose|bgl|bg|cbg ~2 is|was|'s|in|at ~1 the ? re:^[1-5][0-9]'?s$",
            "insulin ~1 reaction|shock|overdose|od",
        ),
        lookalikes=(
            "diabetic|diabetes ~3 supplies|shoes|socks|diet|meal|meals|snacks|clinic|testing|"
            "test+strips|strips|meter|appointment|doctor|nurse|educator|neuropathy|"
            "medication|meds|prescription|refill|class",
            "sugar free|daddy|cane|cookies|cookie|bowl|packets|packet|rush|substitute|coated",
            "low|lo sugar ~1 diet|snacks|snack|drink|drinks|options|cereal|candy|soda|recipe|"
            "dessert|juice",
            # confused about paperwork, not about where he is
            "diabetic|diabetes ~8 confused|confusion ~1 about|by|as+to|on|over|regarding|with ~2 "
            "the|his|her|their|a ? bill|bills|paperwork|insurance|schedule|appointment|"
            "directions|instructions|forms|form|letter|mail|dosing|dose|meds|medication|"
            "prescription|pharmacy|rules|plan|diet|sliding+scale",
            "diabetic|diabetes ~8 confused|confusion ~1 about|by|as+to|on|over|regarding ~1 where|"
            "how|when|what|which|who ~1 to",
            "diabetic|diabetes ~8 shaking|shaky ~2 his|her|their ? head|hand|hands|fist",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "medical.swallowed_object",
        CODE,
        "a child or a person who swallowed a button battery, magnets, a coin or a laundry pod",
        patterns=(
            "swallowed|swallowing|swallow|ate|eaten|ingested|ingesting|chewed|bit+into|bit+open "
            "~3 button+battery|button+batteries|battery|batteries|magnet|magnets|coin|coins|"
            "laundry+pod|laundry+pods|tide+pod|tide+pods|detergent+pod|dishwasher+pod",
        ),
        lookalikes=(
            "ate|eaten|swallowed ~2 chocolate|candy|gold|gelt|chocolates coin|coins",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "medical.childbirth",
        CODE,
        "a birth happening now: the baby is coming, crowning, imminent delivery",
        patterns=(
            "baby is|'s coming|crowning",
            "crowning|imminent+delivery|imminent+birth|precipitous+delivery|delivering+now|"
            "delivering+the+baby|baby's+head|head+is+out|head+is+showing|can+see+the+head",
            # a cord out first, bleeding heavily in pregnancy
            "cord ~3 coming|hanging|is ~1 out|down",
            "prolapsed ~1 cord",
        ),
        lookalikes=(
            "baby is|'s coming ~1 over|home|to|back|next|soon|in|later|tomorrow|this|for|with|"
            "along|around|up|down|out+of",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "medical.epipen",
        CODE,
        "an EpiPen used or needed for an allergic reaction",
        patterns=(
            "used|gave|given|give|administered|administer|using|use|needs|need|needed|injected|"
            "jabbed|stuck|got|giving ~3 epipen|epipens|epi-pen|epi+pen|epinephrine|epi",
            "epipen|epipens|epi-pen|epi+pen|epinephrine ~3 given|used|administered|not+working|"
            "didn't+work|did+not+work|not+helping|wore+off|wearing+off",
        ),
        lookalikes=(
            "epipen|epi-pen|epi+pen|epinephrine ~3 refill|prescription|expired|training|class|"
            "pharmacy|cost|price",
            "needs|need|needed|got|get ~2 a|an|new|her|his ? new|replacement|refill|spare ~1 "
            "epipen|epipens|epi-pen|epi+pen",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "medical.uncertain",
        CODE,
        "whether a person is breathing, conscious or hurt is asked and unknown",
        patterns=(
            f"{NOT_KNOWING} ~1 {IF} ~4 {VITAL}",
            f"{VITAL} QMARK|:|- ~1 {UNK_ANSWER}",
            f"{VITAL} QMARK|:|- ~1 does|do|did|is|'s|can|could|caller|rp|he|she|they ? not|n't|nt know|known|sure|tell|certain|clear",
            f"{VITAL} {UNK_ANSWER}|unconfirmed|undetermined|not+known|status+unknown",
            f"{UNK_ANSWER} if|whether ~3 {VITAL}",
            f"can't|cannot|could+not|couldn't|unable|hard to ? tell|see|determine ~1 {IF} ~4 "
            f"{VITAL}|dead|asleep|sleeping|passed",
            f"can't|cannot|could+not|couldn't|unable|hard to ? tell|see|determine ~1 {IF} ~8 "
            f"passed+out|unconscious|dead|asleep|sleeping",
            # a fall nobody has seen the end of: "yelling for help ..., may have fallen"
            "may|might|could|possibly|probably|maybe|likely|sounds+like|think|thinks|afraid ~2 "
            "have|'ve|she|he|they|has|had ? fallen|fell|taken+a+fall|had+a+fall",
        ),
        negatable=False,
        lookalikes=(
            "may|might|could|possibly|probably|maybe|likely|sounds+like|think|thinks|afraid ~2 "
            "have|'ve|she|he|they|has|had ? fallen|fell ~1 asleep|behind|for|through|apart|"
            "in+love|out|off+the+wagon|back|short|victim|prey|silent|quiet|in+with|"
            "into+the+wrong",
            f"{NOT_KNOWING} ~1 {IF} ~4 {ANIMAL}",
            f"{NOT_KNOWING} ~1 {IF} ~2 anyone|anybody|he|she|they|someone|people ~2 hurt|"
            f"injured ~3 feelings",
        ),
    ),
    Rule(
        "medical.drug_overheating",
        CODE,
        "overheating or a racing heart after taking a street drug (molly, ecstasy ...)",
        patterns=(
            "hot to ~1 the ? touch",
            "burning+up|overheating|over-heating|overheated|heart+racing|racing+heart|"
            "heart+pounding",
        ),
        requires=Context(
            "street_drug_taken",
            patterns=(
                "took|taken|taking|did|done|doing|dropped|popped|ate|eaten|snorted|on|rolling ~2 "
                "molly|mollies|ecstasy|mdma|acid|lsd|shrooms|pcp|k2|spice|ketamine|ghb|"
                "bath+salts|flakka|drugs|pills|something",
            ),
            within=25,
        ),
    ),
    Rule(
        "medical.crash_no_contact",
        CODE,
        "a crash with airbags deployed or detected, and no voice contact with the occupants",
        patterns=(
            "airbag|airbags|air+bag|air+bags ~2 deployed|deploy|deployment|went+off|popped|out",
            "crash|collision|rollover|impact ~1 notification|detected|detection|alert|sensor",
        ),
        requires=Context(
            "no_voice_contact",
            patterns=(
                "unable|not+able|can't|cannot|couldn't|could+not|no|not ~2 get|make|establish|"
                "reach|raise ? voice|verbal ? contact|response|answer",
                "no|without ~1 voice|verbal ~1 contact|response",
                "no|not|nobody|none ~2 responding|answering|answered|responded|response",
            ),
            affirmed=False,
            within=30,
        ),
    ),
    Rule(
        "medical.exposure_symptoms",
        CODE,
        "symptoms after breathing exhaust, carbon monoxide or gas",
        patterns=(EXPOSURE_SYMPTOMS,),
        requires=EXPOSURE,
    ),
    Rule(
        "medical.ingestion_symptoms",
        CODE,
        "symptoms after taking pills or poison",
        patterns=(SYMPTOMS,),
        requires=INGESTION,
        lookalikes=(
            "pale|blue|gray|grey|cold ~1 jacket|shirt|car|truck|hoodie|coat|weather|outside|"
            "night|water|drink",
            "cold ~1 and|& ~1 hungry|wet",
            "weak ~1 signal|wifi|connection|excuse|argument",
            "confused ~2 about|by ~2 the|his|her ? directions|bus|address|paperwork|bill|"
            "schedule",
            "nodding ~1 yes|no|along|head",
            "turning the|his|her|their|a|car|vehicle|truck|van|bike ? around|left|right|onto|"
            "into|off|on|away|the|back|in",
            "shaking ~1 his|her|their ? head|hand|hands|fist",
        ),
    ),
    Rule(
        "medical.lay_signs",
        CODE,
        "an emergency told in lay words: barely answering, half awake, can barely stand, "
        "mottled, skin blistering, hot dry skin and confused, a venomous bite, moaning with "
        "no answer",
        patterns=(
            "barely|hardly|only+half|half ~1 answering|responding|responsive|conscious|awake|"
            "talking|breathing|moving",
            "half-conscious|semi-conscious|semiconscious|half-awake",
            # numb or weak on one side (a stroke): "can't feel his arm", "can't move her leg"
            "can't|cannot|cant|can+not|unable+to ~1 feel ~1 his|her|their|the|one ? "
            "arm|arms|leg|legs|face|side|hand|left|right",
            "can't|cannot|cant|can+not|unable+to ~1 move|lift ~1 his|her|their|the ? left|right|"
            "one ~1 side|arm|leg|hand",
            "can|could|can't|cant|cannot ~1 barely|hardly|even ~1 stand|walk|breathe|sit+up|"
            "hold+his+head+up|hold+her+head+up",
            "mottled|mottling",
            "skin|chest|arm|arms|leg|legs|face|hand|hands|back|feet ~4 blistering|blistered|"
            "blisters|peeling|charred|black|sloughing|coming+off",
            "blistering|blistered|charred ~3 skin|burn|burns",
            "skin ~3 red|hot ~2 and|& ~1 dry",
            "hot ~1 and|& ~1 dry ~1 skin",
            "scorpion|rattlesnake|rattler|copperhead|cottonmouth|water+moccasin|coral+snake|"
            "black+widow|brown+recluse|snake ~4 bit|bite|bitten|stung|sting|stings|bites",
            "bit|bitten|stung ~3 by ~2 a|an|the ? scorpion|rattlesnake|rattler|copperhead|"
            "cottonmouth|water+moccasin|coral+snake|black+widow|brown+recluse|snake",
            "moaning|groaning ~6 no ~1 verbal|response|answer",
            "no ~1 verbal ~1 response|contact",
        ),
        lookalikes=(
            "barely|hardly ~1 talking|moving ~2 to ~2 me|him|her|them|us|each+other",
            "can|could|can't|cant|cannot ~1 barely|hardly|even ~1 stand ~1 him|her|them|it|"
            "the|this|that|my|his|living|being",
            "black ~1 and|& ~1 white",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "medical.head_injury_signs",
        CODE,
        "signs of a serious head injury after a blow to the head: vomiting, asking the same "
        "question over and over, confused",
        patterns=(
            "throwing|threw|throws up",
            "vomiting|vomited|vomits|puking|puked|pukes",
            "asking|asks|asked|repeating|repeats|repeated ~2 the ? same ~1 question|questions|"
            "thing|things",
            "keeps|kept|keep ~1 asking|repeating ~2 what|where|who ~1 happened|he+is|she+is|"
            "they+are|we+are",
            "confused|disoriented|dazed|slurring|glassy|not+making+sense|doesn't+know+where",
        ),
        # ... after the head was hit: "kicked him in the head, now he keeps throwing up"
        requires=Context(
            "blow_to_the_head",
            patterns=(
                "hit|hits|struck|kicked|kicks|punched|stomped|slammed|smashed|banged|bashed|"
                "bumped|cracked|whacked|knocked|fell|landed ~4 head|skull|temple",
                "head ~1 injury|injuries|wound|trauma|bleeding",
                "head ~3 hit|struck|slammed|smashed|banged|bashed|bounced ~3 on|against|into",
                "knocked ~1 out|unconscious|cold",
            ),
            within=40,
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "medical.hot_car",
        CODE,
        "a child or a helpless person shut in a car in the heat ('locked out, her 8 month old "
        "is in the back seat, it's 95 degrees, very red')",
        patterns=(
            f"{_SHUT_IN_CHILD} ~8 locked|left|stuck|trapped|alone|unattended ~3 in|inside ~3 the|"
            f"a|her|his|their|my|our ? car|vehicle|truck|van|suv|back+seat|backseat|car+seat|"
            f"carseat",
            # "locked out of her car at the mall and her 8 month old is in the back seat"
            f"locked+out|keys+locked|locked+the+keys|keys+inside|keys+in+the+car ~12 "
            f"{_SHUT_IN_CHILD} ~4 in|inside ~3 the|a|her|his|their|my|our ? car|vehicle|truck|"
            f"van|suv|back+seat|backseat|car+seat|carseat",
            "locked|left|stuck|trapped ~3 in|inside ~3 the|a|her|his|their|my|our ? car|vehicle|"
            "truck|van|suv|back+seat|backseat ~3 with ~2 the|a|her|his|their|my|our ? baby|"
            "infant|newborn|toddler|child|kid|kids|son|daughter",
        ),
        requires=Context(
            "heat",
            patterns=(
                "degrees|degree|hot|heat|sweltering|sweating|sweaty|overheating|overheated|"
                "very+red|bright+red|red+in+the+face|lethargic|limp|not+crying|stopped+crying|"
                "sun|sunny|summer|windows+up|windows+rolled+up",
            ),
            within=40,
        ),
        guard=dated_past_guard,
    ),
    # Emergencies told by their signs, the way CAD notes put them.
    Rule(
        "medical.emergency_signs",
        CODE,
        "an emergency told by its signs: cut with a blade, hurt badly in a crash, choking, "
        "stroke signs, low blood sugar, burned, a body found, first aid under way",
        patterns=(
            # a person cut with a blade: "PERS CUT W/ KNIFE", "got cut with a knife"
            f"cut|slashed|sliced|knifed with|w/|by ~2 a|an|the|his|her|their ? "
            f"{BLADE}|broken+bottle|glass",
            f"cut|slashed|sliced|stabbed|stuck ~1 {PERSON_NP}|rp|caller|him|her|them|me|'s ~1 "
            f"with|w/ ~2 a|an|the|his|her|their ? {BLADE}|broken+bottle|glass",
            # hurt badly: "driver hurt badly", "someone hurt in the other car", "DRVR may be
            # hurt"
            "hurt|injured badly|bad|seriously|severely|pretty+bad|real+bad|really+bad",
            "hurt|injured ~2 in ~1 the|other ~2 car|vehicle|crash|accident|wreck",
            "driver|drvr|passenger|passengers|occupant|occupants|pedestrian|cyclist|rider|"
            "biker|motorcyclist ~2 may|might|could|possibly|poss ~1 be ? hurt|injured",
            # choking that blocks speech or breath, the Heimlich under way
            "choking ~6 can't|cant|cannot|unable|not+able ~1 to? speak|breathe|talk|cough",
            "heimlich|abdominal+thrusts|back+blows",
            # stroke signs: "suddenly can't talk right", "started slurring and dropped the
            # phone", "last known well at 12:10", "now seeing double"
            "suddenly|sudden|started|starting|began|now ~3 slurring|can't+talk|cant+talk|"
            "can't+speak|cant+speak|confused|weak|numb|drooping|seeing+double",
            "slurring ~3 and|& ~2 dropped|drops|dropping",
            "can't|cant|cannot|unable ~1 to? ~1 find ~1 words|his+words|her+words|the+words",
            "can't|cant|cannot|unable ~1 to? ~1 lift|raise ~1 his|her|their|one ~1 "
            "arm|arms|leg|side|hand",
            # blood brought up: "throwing up blood for hrs"
            "vomiting|throwing+up|throwiing+up|coughing+up|spitting+up|puking ~1 blood",
            # a person down in the gutter: "laying in the gutter, didn't stop"
            "laying|lying|layin ~2 in ~1 the|a ? gutter",
            "last ~1 known ~1 well|normal",
            "seeing ~1 double",
            "face|mouth|smile ~2 drooping|droopy|droops|drooped",
            # diabetic: "blood sugar reads LO, clammy"
            "blood ~1 sugar|glucose ~3 low|lo|reads+lo|reading+lo|is+low|very+low|dropping|"
            "crashing|high|hi|reads+hi",
            "diaphoretic",
            # burned or on fire: "one person burned"
            "person|persons|man|woman|male|female|resident|occupant|child|kid|baby|worker|"
            "victim ~1 burned|burnt|badly+burned|on+fire|caught+fire",
            # first aid under way: "caller applying pressure", "holding a towel on it"
            "applying|apply|holding ~1 pressure",
            "holding|pressing ~1 a ? towel|shirt|cloth|rag ~1 on|to|against ~1 it|the+wound|"
            "his|her",
            # an ingestion with symptoms: "INTENTIONAL INGESTION SYMPTOMATIC", "swallowed
            # some and is now very drowsy"
            "ingestion|ingested|overdose|od ~3 symptomatic",
            "very|extremely|really|super ~1 drowsy|lethargic",
            "hard ~1 to ~1 wake|rouse|arouse",
            # unable to stay up: "very ETOH and keeps falling down"
            "keeps|keep|kept|keeps+on ~1 falling ~1 down|over",
            # a fall and no getting up: "tripped at Home Depot and isn't getting up"
            "fell|tripped|fallen|slipped|collapsed ~8 isn't|is+not|isnt|not|won't|wont|can't|"
            "cant|cannot ~1 getting|get ~1 up",
            # symptoms in a gas leak: "feels dizzy and nauseous"
            "dizzy|lightheaded|light-headed ~2 and|& ~1 nauseous|nauseated|vomiting|"
            "throwing+up|confused",
            # a wound going bad: "leg is swollen & oozing"
            "swollen|oozing|infected|blackened|gangrene|gangrenous ~4 leg|legs|foot|feet|"
            "toes|toe|hand|hands|arm|wound|sore|sores",
            "leg|legs|foot|feet|toes|toe|hand|hands|arm|wound|sore|sores ~2 is|are|'s|looks ? "
            "swollen|oozing|infected|blackened|gangrenous",
            # marks of abuse on a child: "covered in bruises with a fresh burn on his arm"
            "fresh|new|open ~1 burn|burns|wound|wounds",
            "covered ~1 in ~1 bruises|blood|burns|welts",
            # hurt after a blow: "on the ground holding his side", "holding a towel against
            # his stomach"
            "on ~1 the ~1 ground|floor|sidewalk ~2 holding|clutching|grabbing ~1 his|her|their ~1 "
            "side|stomach|chest|head|ribs|neck|leg|arm|face",
            "severe|extreme|excruciating|unbearable ~1 pain",
            # someone maybe inside a fire: "FLAMES SHOWING, UNK IF ANYONE INSIDE"
            "fire|flames|smoke|burning ~8 anyone|someone|somebody|people|occupants|residents|"
            "person ~1 inside|trapped|in+there|still+inside",
            "trapped ~3 inside|in ~3 fire|flames|smoke|burning|car|vehicle|wreck",
        ),
        lookalikes=(
            # a plan cut short, a cake cut: "cut with a knife" of things
            "cake|bread|rope|tape|box|boxes|steak|meat|cheese|vegetables|onions|paper|"
            "fabric|hair|string|zip+tie|zip+ties ~3 cut|sliced ~1 with",
            "blood ~1 sugar|glucose ~3 low|lo|high|hi ~6 but|now ~2 fine|normal|ok|okay|better|"
            "ate|eaten|eating|juice",
            "pain ~1 in ~1 the ~1 neck|butt|ass",
            "keeps|keep|kept ~1 falling ~1 down|over ~3 on ~1 the ? ice|stairs ? ~3 no+injury|"
            "fine|ok",
            # a threat of a cut, no cut: "threatened to cut him with a box cutter"
            f"threatened|threatening|threatens|threaten|threat|going|gonna|will|'ll|would ~1 "
            f"to? ~1 cut|slash|stab|slice ~1 {PERSON_NP}|him|her|them|rp|caller|me|you|'s ~1 "
            f"with|w/ ~2 a|an|the|his|her|their ? {BLADE}|broken+bottle|glass",
            # "neither looks hurt bad", "doesn't think she's hurt badly"
            "neither|not|n't|nt|nobody|noone|no+one|none ~4 hurt|injured badly|bad|seriously|"
            "severely",
        ),
        guard=dated_past_guard,
    ),
    # A body found ("DECEASED PERSON IN CREEK, COLD TO TOUCH"): EMS and the police come,
    # unless the death was expected (hospice).
    Rule(
        "medical.body_found",
        CODE,
        "a person found dead or cold to the touch",
        patterns=(
            "cold ~1 to ~1 the? touch",
            "deceased|dead ~1 person|pers|male|female|man|woman|subject|subj|body|individual",
        ),
        lookalikes=(
            "cold ~1 to ~1 the? touch ~3 radiator|stove|pipes|water|window|walls|floor",
        ),
        forbids=Context(
            "expected_death",
            patterns=("hospice|dnr|palliative|expected+death|expected+passing",),
            affirmed=False,
        ),
        guard=dated_past_guard,
    ),
    # Spanish and Spanish-English notes.
    Rule(
        "medical.spanish",
        CODE,
        "an emergency medical need told in Spanish (no respira, inconsciente, sangrando mucho ...)",
        patterns=(
            "inconsciente|inconciente|desmayado|desmayada|convulsionando|convulsión|convulsion|"
            "convulsiones|atragantado|atragantada|atragantamiento|sobredosis|infarto|"
            "derrame+cerebral|paro+cardíaco|paro+cardiaco",
            "no ~1 respira|reacciona|despierta",
            "no ~1 está|esta ~1 respirando",
            "no ~1 puede ~1 respirar|hablar",
            "no ~1 se ~1 mueve|despierta",
            "ni ~1 responde|contesta|habla",
            "no ~1 contesta|responde|habla ~2 cuando|a ~2 le|la|lo|les ? hablan|llaman",
            "dolor ~1 de|en ~1 el? pecho",
            "sangrando ~1 mucho|bastante|demasiado|sin+parar",
            "mucha ~1 sangre",
            "no ~1 para ~1 de ~1 sangrar",
            "sigue ~1 saliendo ~1 sangre",
        ),
    ),
    # French notes: "ne respire pas" is the danger itself, so the rule is not negatable.
    Rule(
        "medical.french",
        CODE,
        "an emergency medical need told in French (ne respire pas, inconscient, saigne "
        "beaucoup ...)",
        patterns=(
            "inconscient|inconsciente|évanoui|évanouie|evanoui|evanouie|convulsions|"
            "convulse|surdose|crise+cardiaque|arrêt+cardiaque|arret+cardiaque|avc",
            "ne|n' ? respire|répond|repond|réagit|reagit|bouge ~1 pas|plus",
            "respire|répond|repond|réagit|reagit ~1 pas|plus",
            "n'arrive ~1 pas|plus ~1 à|a ~1 respirer",
            "douleur|douleurs ~1 à|a|dans ~1 la ~1 poitrine",
            "douleur|douleurs ~1 thoracique|thoraciques",
            "saigne|saignent ~1 beaucoup|abondamment",
            "beaucoup ~1 de ~1 sang",
        ),
        negatable=False,
    ),
)

# An update that finds the person awake and well ("UPDATE: man woke up, says he was just
# sleeping, talking normally") clears the unresponsive worry; never an injury or an act.
UPDATE_CLEARS = Context(
    "medical_cleared_by_update",
    patterns=(
        # "UPD: neighbor is up, talking, says he was napping in the sun"
        "is|'s|are|got ~1 up ~2 and|,|& ~1 talking|walking|alert",
        "woke|woken|wakes|awoke|awake ~1 up",
        "was|is|'s|were|been ~1 just|only ~1 sleeping|asleep|napping|resting|tired",
        "talking|breathing|walking ~1 normally|fine|ok|okay",
        "is|'s|was ~1 fine|ok|okay|alert+and+talking",
        # "UPD: SUBJ SAT UP AND TOLD HIM TO GO AWAY. SUBJ OK"
        "sat|sits|sitting|got|gets|stood ~1 up ~4 and ~1 told|said|talked|talking|walked|"
        "yelled|cursed|asked",
        "subj|subject|he|she|pt|patient|male|female|man|woman ~1 ok|okay|fine|alert",
    ),
    # how he usually is, not how he is now: "he is usually fine when on his medication"
    lookalikes=(
        "is|'s|was|are|were ~1 usually|normally|generally|typically|often|sometimes|always|"
        "mostly ~1 fine|ok|okay|alert+and+talking|alert",
        "fine|ok|okay ~1 when|if|once|until|unless",
    ),
)
UPDATE_CLEARABLE = frozenset({
    "medical.unresponsive", "medical.danger_negation", "medical.uncertain", "medical.wont_wake",
    "medical.found_down", "medical.long_lie",
})
# Out of the water, well, and saying so: "Per UPD: rider got himself out, is in the truck
# with the heat on, dry clothes, no injuries, declines EMS" clears the fall through the ice.
OUT_OF_THE_WATER = Context(
    "out_of_the_water_well",
    patterns=(
        "got|gets|climbed|pulled|dragged|made+it ~1 himself|herself|themselves|themself ? out",
        "declines|declined|refuses|refused|refusing|doesn't+want|does+not+want ~1 ems|"
        "medical|ambulance|transport|medics",
        "dry ~1 clothes|clothing",
        "warming ~1 up ~3 in ~2 the|his|her|a ? truck|car|house|cabin",
    ),
    affirmed=False,
)
UPDATE_CLEARS_ONLY = ((OUT_OF_THE_WATER, frozenset({"medical.water_ice"})),)
