"""`crime_in_progress`: a crime is happening now or the suspect is on scene (break-in,
burglary, robbery, theft in progress, vandalism in progress, impaired driving).

A crime that already happened with the suspect gone does not fire: noun mentions of a
crime ("burglary", "robbery") are cleared by a past-time guard ("last week", "GOA",
"suspect left", "report of") unless the same sentence also says the suspect is still
there. Progressive and explicit in-progress phrasings always fire.
"""

from __future__ import annotations

from spacy.tokens import Doc

from calltriage.rules.base import Rule, within_sentence

CODE = "crime_in_progress"

PAST_MARKERS: frozenset[str] = frozenset({
    "yesterday", "earlier", "ago", "last", "overnight", "previously", "previous", "prior",
    "gone_on_arrival", "goa", "gone", "left", "fled", "departed", "took", "happened",
    "occurred", "report", "reporting", "reported", "stolen", "later", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "week", "month",
    "insurance", "online", "follow-up", "followup", "unable_to_locate", "utl",
})
PRESENT_MARKERS: frozenset[str] = frozenset({
    "now", "currently", "still", "inside", "in_progress", "progress", "right", "active",
    "actively", "ongoing", "happening", "present", "scene", "there", "here", "watching",
    "detained", "holding", "hiding", "attempting", "trying",
})


def past_guard(doc: Doc, norms: list[str], start: int, end: int) -> str | None:
    """Clear a noun-style crime mention when its sentence places it in the past."""
    lo, hi = within_sentence(norms, start, end)
    window = norms[lo:hi]
    if any(n in PRESENT_MARKERS for n in window):
        return None
    for n in window:
        if n in PAST_MARKERS:
            return f"crime described in the past ('{n}'), no suspect on scene"
    return None


RULES: tuple[Rule, ...] = (
    Rule(
        "crime_in_progress.explicit",
        CODE,
        "a crime explicitly in progress or the suspect on scene",
        patterns=(
            "in_progress",
            "in progress|prog",
            "happening|occurring|going on right ? now",
            "suspect|suspects|susp|subject|subj|subjects|perp|thief|thieves|burglar|"
            "burglars|robber|robbers|intruder|intruders|vandal|vandals|shoplifter|"
            "shoplifters|prowler|suspect is|are|still ? still|currently|now ? on|at|in "
            "scene|location|property|premises|inside|house|store|building|home|residence|"
            "apartment|garage|yard|backyard",
            "suspect|suspects|susp|perp|thief|thieves|burglar|burglars|robber|robbers|"
            "intruder|intruders|vandal|vandals|shoplifter|shoplifters|prowler|prowlers "
            "still|currently|is|are|inside|there|hiding|detained|on|in",
            "intruder|intruders|prowler|prowlers|burglar|burglars|trespasser",
            "someone|somebody|people|person|man|woman|guy|male|female|subject|subj|"
            "unknown|stranger|strangers in|inside my|the|his|her|their|our ? house|home|"
            "apartment|residence|garage|basement|attic|room|bedroom|yard|backyard|"
            "building|car|vehicle|shed|unit|office|store right|now|currently|at",
            "detained|detaining|holding * ? shoplifter|shoplifters|suspect|suspects|"
            "thief|subject|him|her|them|male|female",
            "loss prevention|lp|security has|have|is|are|detaining|detained|holding|"
            "watching|following",
        ),
        lookalikes=(
            "work|works|construction|renovation|renovations|repairs|repair|game|meeting|"
            "class|event|remodel|paving|roadwork|sale|party|wedding|funeral|practice|"
            "investigation|update|updates|download|upload|installation|job|jobs|project|"
            "treatment|therapy|audit|inspection|service|process|recovery|evaluation|"
            "discussion|negotiation|negotiations|transfer|movie|show|concert in progress|"
            "in_progress",
            "work|works|construction|renovation|repairs|repair|game|meeting|class|event|"
            "remodel|paving|roadwork|sale|party|practice|job|project|service|process "
            "is|are|was|currently|still in progress|in_progress",
            "someone|somebody|people|person|man|woman|guy|male|female|subject|subj|"
            "stranger|strangers * ? in|inside my|the|his|her|their|our ? yard|backyard|"
            "lobby|doorway|vestibule|stairwell|hallway|parking|alley|park|car|vehicle "
            "sleeping|camping|resting|laying|lying|sitting|living|staying|sheltering",
        ),
    ),
    Rule(
        "crime_in_progress.break_in",
        CODE,
        "someone breaking in or trying to get in now",
        patterns=(
            "breaking|busting|kicking|smashing|prying|jimmying|forcing|climbing|crawling|"
            "getting in|into|inside|open|through|down ? the|a|my|our|his|her|their ? "
            "door|doors|window|windows|house|home|apartment|car|cars|vehicle|vehicles|"
            "garage|shed|store|business|unit|building|lock|gate|fence|basement|back",
            "breaking|busting|kicking|smashing|prying|jimmying|forcing in|into|open",
            "break-in|breakin|break in progress|in_progress",
            "trying|tried|attempting|attempted|tries|try to ? get|break|pry|force|kick|"
            "climb|open in|into|inside|open|down|through ? the|a|my|our|his|her|their ? "
            "door|doors|window|windows|house|home|apartment|car|cars|vehicle|vehicles|"
            "garage|shed|store|business|unit|lock|locks|gate|back",
            "trying|tried|attempting|attempted|tries|try * ? door|doors|handle|handles|"
            "doorknob|doorknobs|car|cars|vehicle|vehicles|windows",
            "checking|pulling|jiggling|rattling|testing car|cars|door|doors|handle|"
            "handles|vehicle|vehicles|doorknob|doorknobs|locks",
            "going car|vehicle to car|vehicle",
            "car-hopping|carhopping|car hopping|car prowling|car prowler|car prowl",
            "burglary|burglarizing|burglarising|burglarized|burglar|burglars|burg",
            "break-in|breakin|breakins|break-ins",
            "broke|broken|broken into|in",
        ),
        lookalikes=(
            "breaking|broke|break up|down|out|bad|news|even|ground|curfew|rules|the+law|"
            "the+rules|a+sweat|the+silence|the+ice|the+bank|free|character|a+record|"
            "records|through|dance|dancing|point",
            "broke|broken down|up|out|even|free|heart|promise|promises",
            "broken-down|broken-hearted",
            "break|breaks|breaking down|up|even|free|out in|into|through * ? tears|"
            "laughter|song|hives|sweat|sobs|rash|cry|crying",
            "breaking|kicking|smashing|climbing|forcing|getting in|into|inside|out|open|"
            "through|down|on|off ? the|a|my|our|his|her|their ? own|family|mom's|"
            "mother's|sister's|brother's",
            "locked out|himself|herself|themselves|of|keys|key",
            "lost|forgot|left * ? keys|key|code",
            "getting|get|got|gets in|into the|a|his|her|my|their ? car|vehicle|truck|"
            "van|bus|taxi|cab|uber|lyft|ambulance|shelter|program|building|line|bed|"
            "trouble|fights|fight|arguments|argument|shower|house|home|apartment|"
            "room|unit",
            "climbing|climbed|climb into|in|onto * ? dumpster|dumpsters|bin|bins|tree|"
            "trees|bed|tent|truck|car|sleeping",
            "forcing|forced|force open|in * ? jar|lid|can|package|mouth",
            "crawling into|in|inside * ? bed|tent|sleeping|box|boxes|doorway|vestibule",
            "break-in|breakin|burglary|burglarized * ? last|yesterday|earlier|ago|"
            "overnight|week|weekend|month|report|insurance|prior|previous|night",
            "last|previous|prior|earlier|old|past|attempted|reported|report|insurance|"
            "yesterday's|recent burglary|break-in|breakin|break-ins|burglaries",
            "trying|tried|try|attempting * ? door|doors|handle|handles * ? own|his|her|"
            "their|neighbor's|friend's|mom's|brother's|sister's",
            "trying|tried|try|attempting to ? get|break in|into|through|inside * ? "
            "shelter|program|system|school|college|workforce|housing|treatment|"
            "detox|rehab|bed|contact",
            "want|wants|wanted|trying|tried|try|needs|need|asking to ? get|come|go in|"
            "into|inside * ? shelter|warm|out|of|the cold|rain|heat|lobby|library|store|"
            "building|bathroom|restroom",
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.robbery_theft",
        CODE,
        "robbery, theft, shoplifting or vandalism happening now",
        patterns=(
            "robbing|being+robbed|holdup|hold-up|stickup|stick-up|carjacking|carjacked|"
            "car-jacking|jacking|mugging",
            "robbery|robberies|robbed|rob|robs",
            "stealing|steals|shoplifting|shoplifts|looting|looters|pickpocketing|"
            "pilfering|siphoning|swiping|snatching|grabbing|taking|loading|filling|"
            "concealing|pocketing|stuffing",
            "walking|running|walked|ran out with|without * ? merchandise|items|stuff|goods|"
            "cart|bags|beer|liquor|alcohol|tv|tvs|electronics|clothes|clothing|"
            "without+paying",
            "vandalizing|vandalising|vandalism|vandalize|tagging|spray-painting|"
            "spraypainting|graffiti|smashing|keying|slashing|breaking|damaging|"
            "destroying|kicking|throwing|egging|tearing",
            "spray painting|paint",
            "theft|thefts|stolen|steal|stole|larceny|shoplift|shoplifter|shoplifters|"
            "shoplifted",
            "hold+up|holding+up the|a ? store|bank|clerk|cashier|register|gas|station",
            "catalytic converter|converters",
        ),
        lookalikes=(
            "robbed|stealing|stole|steals|taking|took|grabbing|snatching|swiping|"
            "keying|throwing|kicking|tearing|breaking|smashing|damaging|destroying|"
            "loading|filling|concealing|pocketing|stuffing|walking|running|walked|ran "
            "* ? out|of|the|a|his|her|my|their|some|food|money|cart|carts|bags|bag|"
            "stuff|things|items|belongings|trash|garbage|cans|bottles|clothes|blanket|"
            "blankets|tent|shower|nap|break|seat|medication|meds|pills|photos|pictures|"
            "video|notes|walk|bus|train|door|exit|time|care|over|off|away|down|up|"
            "tantrum|fit|ball|game|toy|toys",
            "taking|took|takes|take care|a|his|her|their|the|my|some|over|off|up|away|"
            "out|down|shelter|bus|train|medication|meds|pills|nap|shower|walk|break|"
            "seat|photos|pictures|video|time",
            "grabbing|grabbed|grab his|her|their|my|the|a|some ? arm|hand|attention|"
            "food|lunch|coffee|bag|stuff|things|keys|phone",
            "walked|walking|ran|running out of * ? money|meds|medication|food|time|gas|"
            "options|places|patience",
            "walked|walking|walks|ran|running|runs out|away|off|into|from|toward|towards|"
            "down|up|around|along|across * ? room|house|home|apartment|shelter|clinic|"
            "hospital|meeting|session|appointment|program|door|street|road|traffic|"
            "yard|park|building",
            "robbed|stole|stolen|theft|robbery|larceny|shoplifted|shoplifting|stealing|"
            "vandalism|vandalized|graffiti|catalytic * ? yesterday|earlier|ago|last|"
            "overnight|prior|previous|report|insurance|week|weekend|night|morning|"
            "gone_on_arrival|goa|left|fled|gone|later|online|case|number",
            "report|reports|reporting|reported|history|prior|previous|past|old|recent|"
            "yesterday's|last * ? robbery|robberies|theft|thefts|burglary|vandalism|"
            "graffiti|larceny|shoplifting",
            "graffiti removal|cleanup|clean-up|wall|art|artist|artists|mural|old|report",
            "stolen vehicle|car|bike|bicycle|plate|plates|property|phone|wallet|purse|"
            "items|package|packages|mail|tag|tags|report|recovered|recovery",
            "vehicle|car|bike|bicycle|phone|wallet|purse|items|package|packages|mail|"
            "plate|plates|tag|tags|was|were|been|got|has|had|is stolen",
            "theft|thefts of * ? services|service|mail|package|packages|identity|wage|wages",
            "identity|mail|package|packages|wage|time|service|phone theft|thieves|stolen",
            "steal|stealing a|the|his|her ? look|glance|kiss|show|idea|ideas|thunder|base",
            "hold up|holding up the ? line|traffic|sign|signs|cardboard|sign|signs",
            "holding|holds|held up a|the ? sign|signs|cardboard",
            "tagging along|team",
            "breaking|smashing|kicking|throwing|tearing * ? own|his|her|their|"
            "belongings|things|stuff|bottles|dishes|plates|furniture|toys|things|glass|"
            "cups",
            "kicking|throwing|tearing * ? tantrum|fit|fits|tantrums",
            "throwing|threw rocks|stones in|into the ? water|river|lake|pond|creek",
        ),
        guard=past_guard,
    ),
    Rule(
        "crime_in_progress.impaired_driving",
        CODE,
        "impaired or dangerous driving happening now",
        patterns=(
            "impaired_driving|dui|dwi|owi",
            "drunk|intoxicated|impaired|high|buzzed|wasted|drugged|drinking|"
            "intox driver|drivers|driving|behind|operating",
            "driving|drove|driver|drives|operating while|whilst ? drunk|intoxicated|impaired|"
            "high|under|drinking|alcohol",
            "swerving|weaving|all over the ? road|lanes|roadway",
            "wrong way|wrong-way driver|vehicle|car",
            "driving|drove|drives|going the ? wrong way",
            "reckless|erratic driver|driving|vehicle",
            "passed out|asleep|unresponsive|slumped at|behind the ? wheel",
        ),
        lookalikes=(
            "drunk|intoxicated|impaired|high driver|drivers|driving|behind * ? "
            "yesterday|last|earlier|ago|report|arrested|class|program|course|"
            "conviction|convictions|charge|charges|history|hx|record",
            "dui|dwi|owi|impaired_driving * ? yesterday|last|earlier|ago|arrest|"
            "arrested|class|classes|program|course|conviction|convictions|charge|"
            "charges|history|hx|record|checkpoint|hearing|court|lawyer|attorney",
            "prior|previous|past|old|history|hx|arrested|arrest|charged|convicted "
            "* ? dui|dwi|owi|impaired_driving",
            "not|isn't|wasn't|not driving|drivng",
            "no|not|never|without vehicle|car|keys|license",
            "high school|schools|winds|wind|heat|waters|water|tide|traffic|noon|rise|"
            "fever|blood|pressure|temperature|end|speed|chair|risk|alert|up|ground",
        ),
    ),
)
