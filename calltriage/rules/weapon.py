"""`weapon`: a weapon is present, shown, used, threatened or within reach with intent."""

from __future__ import annotations

from calltriage.rules.base import (
    Context,
    Rule,
    all_guards,
    within_clause,
    within_sentence,
)
from calltriage.rules.crime_in_progress import LAST_TIME, PAST_MARKERS
from calltriage.rules.negation import dated_past_guard, days_back_guard
from calltriage.rules.vocab import (
    TOY_GUN_SHOT,
    MEANS_ELSEWHERE,
    up_to,
    ANIMAL,
    BLADE,
    BOTTLE_NECK_HELD,
    JAB_IN_THE_ARM,
    FIREARM,
    IF,
    NOT_KNOWING,
    NP_LEAD,
    PERSON,
    PERSON_NP,
    PILLS,
    SHOT_DOWN_IDEA,
    STORY_TOLD,
    STRONG_OBJECT,
    UNK_ANSWER,
    WEAK_OBJECT,
    alt,
)

CODE = "weapon"

# Where an object can land that is property, not a person.
PROPERTY_TARGET = (
    "window|windows|windshield|door|doors|car|cars|vehicle|vehicles|truck|mailbox|fence|wall|"
    "walls|sign|glass|tires|tire|house|building|store|storefront|camry|sedan|suv|van|lamps|"
    "lamp|tv|machine|cage|pole|tree|trees|wood|firewood|logs|nails|deck|ground|water|river|"
    "lake|pond|creek|ball|balls"
)
# Speaking or looking "at" something is no throw: "holding a bat, yelling at cars".
AT_WITHOUT_OBJECT = (
    "yelling|yells|yelled|screaming|screams|screamed|shouting|shouts|shouted|cursing|curses|"
    "cursed|swearing|hollering|hollered|barking|staring|stares|stared|glaring|glared|"
    "looking|looks|looked|talking|talks|preaching|ranting|raving|singing|honking|gesturing|"
    "laughing|mumbling|muttering|growling|howling|whistling|yellin|screamin|shoutin|"
    "cussing|cussin|cursin|hollerin|talkin|staring+down"
)

# A shot at an animal or at a thing nobody is near ("shot a deer out of season",
# "shot out the streetlight with a BB gun") told as an event a day or more back
# ("yesterday", "sometime last night") is a report, not a weapon on scene now. Shots at
# people or at nothing named ("heard shots overnight") are not this and still fire, as
# does anything dated minutes or hours back ("a minute ago") or placed now ("still").
_DAYS_UNITS: frozenset[str] = frozenset({
    "day", "days", "week", "weeks", "weekend", "weekends", "month", "months", "year", "years",
})
_LAST_WHAT: frozenset[str] = frozenset({
    "night", "week", "weekend", "month", "year", "evening", "summer", "winter", "spring",
    "fall", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
_WEEKDAYS: frozenset[str] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
_STILL_NOW: frozenset[str] = frozenset({
    "now", "currently", "still", "again", "tonight", "today", "right", "ongoing", "active",
    "actively", "just", "continuing", "continues", "keeps",
})
_DISCHARGE: frozenset[str] = frozenset({
    "shot", "shots", "shoot", "shooting", "shoots", "fired", "firing", "discharged",
})
_UNPEOPLED_TARGET: frozenset[str] = frozenset(ANIMAL.split("|")) | frozenset({
    "streetlight", "streetlights", "light", "lights", "lamp", "lamps", "sign", "signs",
    "mailbox", "bottles", "bottle", "cans", "can", "target", "targets", "transformer",
})
_TARGET_FILLERS: frozenset[str] = frozenset({
    "out", "up", "at", "a", "an", "the", "his", "her", "their", "my", "our", "some", "two",
    "2", "several", "few", "of", "neighbor's", "'s", "street", "wild", "stray",
})


def days_past(norms: list[str], start: int, end: int) -> str | None:
    """The marker that places this clause a day or more back, unless it also says now."""
    lo, hi = within_clause(norms, start, end)
    window = norms[lo:hi]
    if any(n in _STILL_NOW for n in window):
        return None
    for i, n in enumerate(window):
        nxt = window[i + 1] if i + 1 < len(window) else ""
        if n in ("yesterday", "overnight"):
            return n
        if n == "last" and nxt in _LAST_WHAT:
            return f"last {nxt}"
        if n in _DAYS_UNITS and nxt == "ago":
            return f"{n} ago"
        if n in ("other", "previous") and nxt in ("day", "night", "week", "weekend"):
            return f"the {n} {nxt}"
        if n in ("on", "since") and nxt in _WEEKDAYS:
            return f"{n} {nxt}"
    return None


def _shot_at_thing(norms: list[str], lo: int, hi: int) -> str | None:
    """The animal or unpeopled thing a shot in norms[lo:hi] was aimed at, if any."""
    for i in range(lo, hi):
        if norms[i] not in _DISCHARGE:
            continue
        j = i + 1
        while j < hi and j <= i + 4 and norms[j] in _TARGET_FILLERS:
            j += 1
        if j < hi and norms[j] in _UNPEOPLED_TARGET:
            return norms[j]
    return None


def past_shooting_guard(doc, norms: list[str], start: int, end: int) -> str | None:
    """Clear a shooting (or its gun) whose clause aims it at an animal or a thing and
    dates it a day or more back."""
    lo, hi = within_clause(norms, start, end)
    target = _shot_at_thing(norms, lo, hi)
    if target is None:
        return None
    marker = days_past(norms, start, end)
    if marker is None:
        return None
    return f"a shot at a {target} reported as past ('{marker}'), nothing now"


_GONE: frozenset[str] = frozenset({"missing", "stolen", "gone", "taken"})
_ON_SCENE: frozenset[str] = frozenset({
    "now", "currently", "still", "inside", "in_progress", "progress", "right", "active",
    "actively", "ongoing", "happening", "present", "scene", "hiding", "there", "here",
})
_NEGATORS: frozenset[str] = frozenset({"no", "nobody", "noone", "not", "none"})
_BREAK_IN: frozenset[str] = frozenset({
    "burglary", "burglarized", "burglar", "burglars", "break-in", "pried", "ransacked",
    "broke", "broken", "forced", "stole", "stolen", "theft", "robbed", "kicked",
})


def stolen_in_past_guard(doc, norms: list[str], start: int, end: int) -> str | None:
    """Clear a weapon named among the things taken in a property crime its sentence
    places in the past ("came home to find the door pried open and the handgun missing"):
    the weapon is gone with the thief, not on scene. A missing gun with no break-in told
    ("checked the safe, the handgun is missing") is not this and still fires."""
    after = norms[end:end + 4]
    before = norms[max(0, start - 4):start]
    if not (_GONE.intersection(after) or {"stole", "took", "stolen"}.intersection(before)):
        return None
    lo, hi = within_sentence(norms, start, end)
    if not _BREAK_IN.intersection(norms[lo:hi]):
        return None
    window = norms[lo:hi]
    past = next((n for n in window if n in PAST_MARKERS), None)
    if past is None:
        return None
    for i, n in enumerate(window):
        # "suspect still inside" keeps it; "nobody inside now" does not
        if n in _ON_SCENE and not _NEGATORS.intersection(window[max(0, i - 2):i]):
            return None
    return f"a weapon taken in a past property crime ('{past}'), not on scene"


# Who or how a person "is strapped" / "is carrying" ("he's strapped", "RP believes he is
# carrying", "always packing").
STRAP_LEAD = (
    "is|'s|s|are|'re|was|were|be|been|stays|stay|always|usually|probably|possibly|might+be|"
    "may+be|could+be|likely|definitely|known+to+be|gets|got|get|keeps|he's|she's|hes|shes|"
    "they're|theyre|believes|thinks|says|said|claims"
)
# What may follow a bare "carrying" / "strapped" and leave it bare: the end of the clause.
_BARE_END: frozenset[str] = frozenset({
    ".", ",", ";", "!", "?", "\n", "-", "--", "/", "and", "but", "so", "too", "also",
    "right", "now", "again", "rn", "tonight", "today", "per", "according",
})


def bare_verb_guard(doc, norms: list[str], start: int, end: int) -> str | None:
    """Keep a bare "is carrying" only when nothing is carried after the verb ("RP believes
    he is carrying, unk what"): "carrying groceries" is no gun. ("packing" alone is left
    out: "she is packing, wants him gone" is moving out.) Every other gun_slang pattern
    names its object and is kept."""
    last = norms[end - 1]
    if last != "carrying":
        return None
    if end >= len(norms) or norms[end] in _BARE_END:
        return None
    if norms[end] in ("a", "the", "his", "her") and end + 1 < len(norms) \
            and norms[end + 1] in ("gun", "weapon", "piece", "strap", "firearm", "pistol"):
        return None
    return f"'{last}' something other than a weapon ('{norms[end]}')"


# A weapon the caller has locked away from the person ("even the steak knives are locked
# in my car", "his rifles are locked up at his brother's place") is not within reach,
# unless the narrative says someone can still get to it. A weapon locked in the person's
# own car, truck or safe stays a finding: he may have the key.
LOCKED_AWAY = Context(
    "weapon_locked_away",
    patterns=(
        "locked|secured|stored|kept ~2 in|up|away|inside ~1 my|our|caller's|rp's ~1 car|"
        "cars|trunk|truck|vehicle|van|safe|office|locker",
        "locked|secured|stored|kept ~2 in|inside ~1 the ~1 trunk|glovebox|back ~1 of ~1 my|our|"
        "caller's|rp's ~1 car|truck|vehicle|van",
        "locked|secured|stored|kept ~5 at|to ~1 his|her|their|my|a|the ? brother's|"
        "sister's|friend's|mom's|dad's|mother's|father's|parents'|neighbor's|relative's|"
        "uncle's|aunt's|cousin's|grandma's|grandpa's ~1 place|house|home|apartment|garage",
    ),
    lookalikes=(
        "locked|secured|stored|kept ~8 but|and|, ~4 has|have|had|knows|know|knew|got|key|"
        "keys|code|combination|access|trying|tried|went|getting|get|grab|grabbing|"
        "threatening|threatened|going|gonna|opened|opening|unlocked|unlocking",
    ),
    within=4,
    side="after",
    affirmed=False,
)

# Delusional or figurative shooting: "the FBI wants to shoot him with radio waves".
SHOT_WITH_NOTHING = (
    "shoot|shooting|shoots|shot|zap|zapping ~3 with ~2 radio|radiation|laser|lasers|rays|ray|"
    "beams|beam|waves|microwaves|microwave|signals|energy|thoughts|electricity|frequencies|"
    "frequency|sound|sounds|mind+control|eyes|looks|daggers"
)
# Props and fakes for a film or a costume: "shooting a scene with prop guns".
PROP = (
    "prop|props|stage|movie|film|theater|theatre|cosplay|costume|rubber|foam ~1 gun|guns|"
    "pistol|pistols|rifle|rifles|firearm|firearms|weapon|weapons|knife|knives|sword|swords|"
    "machete|machetes"
)

# Acts that make any object a weapon when aimed at people.
ATTACK = (
    "swinging|swung|swings|swing|wielding|wields|wielded|brandishing|brandished|brandishes|"
    "waving|waved|waves|threatening|threatened|threatens|threaten|pointing|pointed|points|"
    "hitting|hit|hits|struck|striking|strikes|beating|beat|beats|attacking|attacked|"
    "attacks|chasing|chased|chases|raised|raising|raises|jabbing|jabbed|jabs|lunging|"
    "lunged|lunges|charging|charged|menacing|thrusting|thrust|poking|poked|slashing|"
    "slashed|swiping|swiped|stabbing|stabbed|bashing|bashed|clubbing|clubbed|smacking|"
    "smacked|whacking|whacked|whipping|whipped|came+at|comes+at|coming+at|went+after|"
    "going+after|chased+after|assaulted|assaulting|threw|throwing|throws|thrown|hurled|"
    "hurling|tossed|tossing|pelting|pelted|chucked|chucking|flung|flinging|lobbed|lobbing|"
    "launched|whipped|revving|revved|revs"
)
# Possession: only for objects that are weapons whenever held.
HOLD = (
    "holding|holds|held|has|had|have|having|with|carrying|carries|carried|armed|grabbed|"
    "grabbing|grabs|got|gotten|pulled|pulling|pulls|pulled+out|took+out|takes+out|"
    "picked+up|picks+up|picking+up|came+out+with|came+back+with|returned+with|"
    "brought|bringing|using|used|uses|displaying|displayed|showing|showed|flashing|"
    "flashed|wielding|retrieved|retrieving|went+to+get|went+and+got|get|getting|"
    "got+out|holdin|hold|carry|gripping|gripped|grips|clutching|clutched|clenching|clenched"
)

# Object used on property, not people (spec: "rock through a car window" is not weapon).
ON_PROPERTY = (
    Context(
        "object_thrown_at_property",
        patterns=(
            f"through|into|at|against|on|onto|off ~3 {PROPERTY_TARGET}",
        ),
        lookalikes=(
            f"through|into|at|against|on|onto|off ~3 and|or|&|, ~2 {PERSON}",
            f"{AT_WITHOUT_OBJECT} at|to ~3 {PROPERTY_TARGET}",
            # moving vehicles have people in them: "swinging it at passing cars"
            "at|into|towards|toward ~1 passing|moving|oncoming|occupied ~1 car|cars|vehicle|"
            "vehicles|traffic|bus|buses|truck|trucks",
        ),
        within=3,
        side="after",
        affirmed=False,
    ),
    Context(
        "object_used_on_property",
        patterns=(
            "smashing|smashed|smash|smashes|breaking|broke|break|breaks|busting|busted|bust|"
            "shattering|shattered|cracking|cracked|damaging|damaged|bashing|bashed|hitting|hit|"
            "chopping|chopped|cutting|cut|splitting|split|slashing|slashed|puncturing|"
            "punctured ~3 window|windows|windshield|door|doors|car|cars|vehicle|mailbox|fence|"
            "sign|glass|tires|tire|lamps|lamp|tv|machine|wood|firewood|logs|lock|locks|padlock|"
            "tree|branches|ice|nails|stuff|things|furniture|dishes|plates|property|boards|glass",
        ),
        within=3,
        side="before",
        affirmed=False,
    ),
)

# Words that call for a thing to be brought: "GET THE PIECE", "where's the strap".
_CALLED_FOR = "get|grab|bring|fetch|where's|wheres|where+is|hand+me|give+me|gimme"
PIECE_LEAD = (
    "has|have|had|got|carrying|carries|with|packing|pulled|showed|flashed|grabbed|'s+got|keeps"
)
# Words of a ball game between the game and its bats ("baseball practice at the park,
# kids with bats"), never an act.
_GAME = (
    "practice|game|games|team|league|field|cage|cages|tryouts|gear|equipment|stuff|players|"
    "kids|boys|girls|teens|and|,|at|in|on|the|a|park|school|diamond|lot|street|yard|playing|"
    "play|are|is|were|was|with|gloves|balls|ball|helmets"
)
# Objects that hurt when swung or thrown, held in a fight or with a threat ("one of
# them has a bottle", "has a shovel and said he is going to bash his head in"). Not the
# vaguest ones ("something", "object", "tool", "glass", "chair"), which need an attack.
HELD_OBJECT = (
    "bottle|bottles|brick|bricks|rock|rocks|stone|stones|stick|sticks|shovel|rake|wrench|"
    "screwdriver|pole|board|2x4|chain|chains|plank|lumber|branch|pan|frying+pan|skillet|"
    "padlock|bike+lock|u-lock|rebar|cinderblock|cinder+block|scissors|hoe|pitchfork|"
    "pick|axe|ax|hatchet|tire+iron|jack+handle|cane|walking+stick|broom+handle|mop+handle|"
    "beer+bottle|wine+bottle|liquor+bottle|glass+bottle"
)
_EARLIER: frozenset[str] = frozenset({
    "earlier", "yesterday", "ago", "last", "previously", "before", "history", "past",
    "prior", "overnight", "weeks", "months", "years",
})


def _fight_earlier(doc, norms: list[str], start: int, end: int) -> str | None:
    """A fight its clause places earlier ("they had a fight about money earlier") is no
    fight at hand for the object held now."""
    lo, hi = within_clause(norms, start, end)
    marker = next((n for i, n in enumerate(norms[lo:hi], lo) if n in _EARLIER and not (
        # "the Last Chance Saloon" is no time ("last night" is)
        n == "last" and (i + 1 >= len(norms) or norms[i + 1] not in LAST_TIME))), None)
    return f"placed earlier ('{marker}')" if marker else None


FIGHT_OR_THREAT = Context(
    "fight_or_threat",
    patterns=(
        "fight|fighting|fights|fought|brawl|brawling|scuffle|scuffling|altercation|melee|"
        "tussle|tussling|punching|punched|punches|kicking|kicked|beating|beat|stomping|"
        "assaulting|assaulted|assault|attacking|attacked|jumped|swinging|swung|threatening|"
        "threatened|threatens|threat|threats|menacing|charging|lunging|chasing|squaring+up|"
        "going+after|went+after|came+at|coming+at",
        "going+to|gonna|will|'ll|'d|wants+to|about+to ~1 kill|hurt|bash|smash|beat|hit|stab|"
        "cut|attack|fight|split|crack|break|knock|cave",
        # held up ready to strike, or a taunt: "a shovel raised over his shoulder yelling
        # 'come on over here and say it again'"
        "raised|raising|raises|cocked|wielding|brandishing|brandished",
        "come on ~1 over|here|then|out",
        # hostile toward the people around: "yelling at parents and holding a hatchet"
        f"yelling|screaming|shouting|cursing|swearing|hollering|lunging|charging ~1 at ~2 "
        f"{PERSON}|people|everyone|everybody|anyone|passersby",
        "come|step|get ~1 closer|over+here",
        "say|do ~1 it|that ~1 again",
        "try ~1 me",
    ),
    lookalikes=(
        "raised|raising|raises ~3 money|funds|concerns|concern|question|questions|voice|rent|"
        "prices|kids|children|family|flag|issue|issues|hand|hands|bed|garden|beds",
        "fight|fighting|fought ~3 with ~2 the|his|her|my|their ? insurance|landlord+over+rent|"
        "company|city|bank|cancer|addiction|depression|urge|urges|fire|flu|cold|infection",
        "kicking|kicked|kick ~2 the|a|his|her ? ball|can|tires|door|habit|bucket",
        "swinging|swung ~2 on|from ~2 the|a ? swing|swings|door|gate|branch|rope",
    ),
    within=15,
    guard=_fight_earlier,
)
BURN_THREAT = Context(
    "threat_to_burn",
    patterns=(
        "burn|burning|torch|torching|set+fire|set+on+fire|light+it+up|light+up|light|"
        "lighting|ignite|blow+up|blow+it+up|burn+down|burn+it+down|burn+the+house+down",
    ),
    lookalikes=(
        "light|lights|lighting ~2 a|his|her|the ? cigarette|cigarettes|joint|blunt|pipe|"
        "candle|candles|grill|bbq|barbecue|stove|fireplace|fire+pit|firepit|campfire|"
        "bonfire|smoke",
        "burn|burning ~2 leaves|brush|trash|yard+waste|wood|firewood|sage|incense|candle|"
        "candles|calories",
        "blow|blowing ~1 up ~2 his|her|my|the ? phone|inbox|balloon|balloons|pool|"
        "mattress|tire|tires",
    ),
    within=20,
)

RULES: tuple[Rule, ...] = (
    Rule(
        "weapon.generic",
        CODE,
        "the word weapon or armed",
        patterns=(
            "weapon|weapons|armed|wpn|wpns|weaponry|weapns|wepon|wepons|weapen|waepon",
            "sharp object|objects|item|items",
            "deadly weapon",
            "knifepoint|gunpoint|knife-point|gun-point",
            "knife|gun point",
        ),
        lookalikes=(
            *MEANS_ELSEWHERE,
            "alarm|system|panel|alarms ~2 armed",
            "armed the|his|her|their|an ? alarm|alarms|system|panel",
            "armed forces|services|service|guard|guards|security",
            "strong armed|arm",
            "weapons|weapon charge|charges|conviction|convictions|history|hx|offense",
            # "NO HX WPNS": a history, not a weapon present
            "hx|history of ? weapons|wpns|weapon|wpn",
            # the screening question itself is no mention; its answer decides
            "asked|ask|asking|inquired|screened|questioned ~2 about|regarding|re|for|if|"
            "whether ~3 any|for|he|she|they|anyone|subj|had|has|have|is|was|were ? weapons|"
            "weapon|wpns|wpn|firearms|guns|armed",
            "weapon|weapons of mass",
        ),
        # "robbed at gunpoint last Friday" (a report), not a weapon now
        guard=all_guards(dated_past_guard, days_back_guard),
    ),
    Rule(
        "weapon.firearm",
        CODE,
        "a firearm is mentioned",
        patterns=(
            FIREARM,
            "ammo|ammunition|bullets|bullet|holster|holstered|magazine+clip|loaded+clip",
            # "has been loading magazines on the balcony since about 9"
            "loading|loaded|loads|filling ~2 magazines|mags|clips|rounds|shells|speedloaders",
            # slang for carrying one: "packing heat" (a bare "he's packing" is too often
            # bags: "she's packing, moving out")
            "packing heat|a+piece|iron|steel|a+strap",
        ),
        lookalikes=(
            # kept elsewhere, noun first: "WPNS: NEG, guns locked up at his brother's"
            f"{FIREARM} ~2 locked|locked+up|locked+away|stored|kept ~2 at|with ~2 his|her|their|"
            f"a|the ? brother's|sister's|mom's|dad's|friend's|neighbor's|parents'|cousin's|"
            f"uncle's|grandpa's|relative's|storage",
            # owned once: "he used to own a shotgun but sold it"
            f"used+to|once ~1 own|owned|have|had ~2 a|an|the|his|her|some ? {FIREARM}",
            TOY_GUN_SHOT,
            *MEANS_ELSEWHERE,
            "glue|nail|staple|heat|caulk|caulking|squirt|water|nerf|spray|radar|grease|"
            "paint|paintball|soldering|massage|tattoo|price|hot|label|foam|bubble|"
            "temperature|thermometer|cap|toy|airbrush|finger|gun-shaped guns|gun",
            "gun|guns|firearm|firearms shop|store|show|shows|club|dealer|counter|stores|range|"
            "safety|class|course|permit|license|buyback|buy-back|violence+awareness|control|"
            "rights|law|laws|lobby",
            "top gun|guns",
            # the means taken out of reach: "she put the kitchen knives in the neighbor's
            # apartment to be safe", "gave his guns to his brother"
            f"put|moved|took|brought|gave|hid|locked|stored ~2 the|his|her|all|their|both ? "
            f"kitchen? knives|knife|guns|gun|firearms|weapons|rifles|{FIREARM} ~4 in|to|at|"
            f"over+to|with|away ~3 neighbor's|neighbors|neighbor|car|trunk|safe|storage|"
            f"friend's|brother's|sister's|mom's|dad's|son's|daughter's|pastor|police|precinct|"
            f"station|house|apartment|garage|lockbox|lock+box|gun+safe",
            # money, not a caliber: "short $.40 on the bill"
            "$ .22|.25|.32|.38|.357|.380|.40|.44|.45|.223|.243|.308",
            ".22|.25|.32|.38|.40|.44|.45 cents|cent|c",
            "gun-shy|gunshy",
            "son of a gun",
            "jumped the gun",
            "stick|sticks shift",
            "shotgun seat|position|wedding",
            "rode|ride|riding|call|calls|called shotgun",
            "smoking gun",
            "big|top guns",
            "bullet point|points|proof|train|journal",
            "magazine rack|subscription|subscriptions|article|store|stand",
            PROP,
            "gun|guns|rifle|rifles|firearm|firearms safe|safes|cabinet|cabinets|locker|lockers|"
            "lock|locks",
            # a gun gone from the scene: "the only gun was sold last year", "his rifle was
            # taken away by his brother" (never "removed", as from a safe or a waistband)
            f"{FIREARM}|guns|firearms ~2 was|were|got|has+been|have+been|had+been ~1 sold|"
            f"confiscated|pawned|surrendered|turned+in|given+away|taken+away",
            # lethal means removed from the home: "wife moved his guns to her brother's house"
            "moved|removed|relocated|gave|surrendered|turned+in|turned+over|handed+over ~3 "
            "gun|guns|firearm|firearms|rifle|rifles|shotgun|shotguns|pistol|pistols|handgun|"
            "handguns ~3 to|out+of|away|over+to ~4 's|house|home|storage|station|police|"
            "relative|relatives|friend|friends|brother|sister|father|mother|dad|mom|uncle|"
            "neighbor|family",
            "bb|pellet|airsoft|paintball gun|guns|rifle|pistol ~4 out|at|on ~2 the|a ? "
            "streetlight|streetlights|light|lights|lamp|window|windows|sign|signs|bottles|"
            "cans|target|targets|birds|squirrels",
        ),
        guard=all_guards(dated_past_guard, past_shooting_guard, stolen_in_past_guard,
                         days_back_guard),
        forbids=LOCKED_AWAY,
    ),
    Rule(
        "weapon.blade",
        CODE,
        "a knife or blade is mentioned",
        patterns=(
            BLADE,
            "box cutter|cutters",
            "razor blade|blades",
            "ice pick",
            "straight razor",
            "butcher|steak|kitchen|hunting|pocket|fillet|bowie knife|knives",
            "broken bottle|glass",
            "broken end|neck|edge of ? the|a ? bottle|glass",
            # stabbed, in slang and in quotes: 'some guy "poked him"'
            "'|\" poked|stuck|shanked|juked|poke|stick ~1 him|her|me|them '|\"",
            # what is left of a bottle smashed on the bar, in hand
            BOTTLE_NECK_HELD,
            "with the|a|its ? broken|jagged|busted ~1 neck|end|top|half",
        ),
        lookalikes=(
            "sharpening|sharpened|sharpens ~3 machete|knife|axe|hatchet|blade ~4 on|for|with ~3 "
            "rock|stone|whetstone|firewood|wood|kindling|fishing|hunting|cooking",
            "whittling|whittles|whittled|carving|carves ~4 with|w|w/ ~2 a|his|her ? pocket ? "
            "knife|knives",
            # a trade, not a blade drawn: "runs a knife-sharpening business", "Blades
            # sharpened while you wait"
            "knife|knives|blade|blades|scissors|cutlery ~1 -? sharpening|sharpener|grinding ~1 "
            "business|shop|service|stand|truck|guy|man|lady|grinder|wheel",
            "knives|blades|scissors ~1 sharpened",
            # the means put out of reach (a screening answer in a crisis call): "she has
            # locked up all the knives", "the knives are locked in her car"
            f"locked|locked+up|secured|hid|hidden|removed|put+away|took+away|gathered+up ~2 all|"
            f"the|his|her|their|our ? kitchen|sharp ? {BLADE}|razors|blades",
            f"all|the|his|her|their|our ? kitchen|sharp ? {BLADE}|razors|blades ~2 are|were|is|"
            f"was|been|have+been|got ~1 locked|locked+up|secured|put+away|hidden|removed|"
            f"taken+away",
            # the thing shoplifted: "stuffing razors and baby formula in his jacket"
            "stuffing|stuffed|concealing|concealed|pocketing|pocketed|shoplifting|stealing|stole|"
            "sweeping|swept|filling|filled|loading|grabbing|taking ~6 razors|"
            "razor+refills|razor+blade+refills|razor+cartridges|razor+blade+cartridges|"
            "razor+blades|blades",
            "razors|razor+refills|razor+blade+refills|razor+cartridges|razor+blade+cartridges "
            "~2 and|& ~2 baby|formula|"
            "tide|detergent|cosmetics|makeup|batteries|meat|steaks",
            # a knife at work on food or wood: "carving pumpkins with a big knife", a
            # knife-sharpening van, a knife left in the sink
            f"carving|whittling|sharpening|carves|carved ~3 pumpkins|pumpkin|jack-o-lanterns|"
            f"wood|stick|sticks|turkey|roast|meat|fish|soap ~3 with ~2 a|the|his|her|big ? "
            f"{BLADE}",
            "knife-sharpening|knife+sharpening|knife+sharpener|knife+sharpeners",
            f"left|leaves|leaving|put|puts|washing|washed|soaking|dirty ~3 {BLADE} ~3 in|into ~2 "
            f"the ? sink|dishwasher|drawer|block|dish+rack|dishrack|utensil|silverware",
            # knife sharpening as a trade ("offering to sharpen kitchen knives"); someone
            # sharpening his own knife is no look-alike (it may be the threat)
            "offering|offers|offered|service|business|van|truck|shop|stand|booth ~3 to ? "
            "sharpen|sharpening ~3 knives|knife|blades|scissors",
            "knife|knives sharpening|sharpener|sharpeners|block|set|sharpen|store|shop|sale|"
            "collection|maker|skills",
            "butter|plastic knife|knives",
            "blade|blades of grass",
            "wiper|fan|mower|saw|skate|turbine|propeller blade|blades",
            "roller blade|blades|blading",
            "rollerblade|rollerblades|rollerblading",
            "razor scooter|scooters|burn|bumps|wire",
            "shoulder blade|blades",
            "ice pick-up",
            "axe body spray",
            # breadfruit (Hawaii) and the bolo tie: "picking ulu", "ulu chips"
            "ulu|ulus ~1 tree|trees|chips|fruit|breadfruit|festival|stew|salad",
            "picking|picked|pick|cooking|roasting|roasted|baked|ripe|fallen ~2 ulu|ulus",
            "scissors lift",
            "cutting|chopping|splitting ~3 firewood|wood|logs|kindling|branches|brush ~3 with ~2 "
            "axe|ax|hatchet|hatchets|machete",
            "axe|ax|hatchet ~2 throwing",
            "safety|disposable|shaving razor|razors",
            # the razor of a self-cut already done (spec: cut themselves to die is
            # suicide_attempt, not weapon): "cut herself on the thigh w/ a razor", "cut her
            # forearms w/ a pencil sharpener blade"; a razor still threatened with fires
            "cut|cuts|cutting|slit|slashed|sliced ~1 herself|himself|themselves|themself|her|"
            "his|their|my ~1 wrists|wrist|arms|arm|forearms|forearm|thigh|thighs|legs|leg|"
            "stomach|skin ? ~4 w/|with|using ~2 a|the|her|his|their|my ? pencil+sharpener|"
            "sharpener|shaving|disposable ? razor+blade|razor+blades|razor|razors|razorblade|"
            "razorblades|blade|blades",
            "shaving ~3 razor|razors",
            "sword fight|fighting|swallower|fish",
            "broken glass on|in|all+over|everywhere|from",
            # table settings and food: "a knife and fork", "cutting the cake with a knife"
            "knife|knives ~1 and|&|, ~1 fork|forks|spoon|spoons",
            "fork|forks|spoon|spoons|plate|plates|napkin|napkins ~1 and|&|, ~1 knife|knives",
            "cut|cuts|cutting|slice|slices|slicing|sliced|chop|chopping|chopped|spread|"
            "spreading ~4 cake|bread|onions|onion|vegetables|veggies|fruit|steak|meat|food|"
            "sandwich|sandwiches|pizza|apple|apples|cheese|butter|tomatoes|potatoes ~1 with ~2 a|"
            "the|his|her|my ? knife|knives",
        ),
        forbids=(
            Context(
                "blade_as_tool",
                patterns=(
                    "cutting|chopping|splitting|chopped|cut|split ~2 firewood|wood|logs|"
                    "kindling|brush|branches",
                ),
                within=6,
                affirmed=False,
            ),
            LOCKED_AWAY,
        ),
        guard=all_guards(dated_past_guard, stolen_in_past_guard, days_back_guard),
    ),
    Rule(
        "weapon.improvised",
        CODE,
        "an object used or held as a weapon (bat, bottle, pipe, hammer ...)",
        patterns=(
            # any object swung, thrown, jabbed at people
            f"{ATTACK} ~5 {WEAK_OBJECT} ~3 at|towards|toward|into|in ~1 {PERSON}",
            f"{ATTACK} {PERSON_NP} ~3 with ~3 {WEAK_OBJECT}",
            f"{ATTACK} at|towards|toward ~1 {PERSON} ~3 with ~3 {WEAK_OBJECT}",
            f"swinging|swung|swings|wielding|brandishing|brandished|waving|jabbing|jabbed|"
            f"lunging|thrusting|menacing|threatening|threatened ~3 {WEAK_OBJECT}",
            # picked up, then swung at someone: "picked up the fireplace poker, he's swinging
            # it at the TV and at her husband"
            f"picked+up|picks+up|picking+up|grabbed|grabs|grabbing|got ~3 {WEAK_OBJECT} ~6 "
            f"swinging|swung|swings|waving|jabbing|lunging|charging|coming ~1 it|at ~4 "
            f"{PERSON}|at",
            # "picked up a brick and is walking toward the man"
            f"picked+up|picks+up|picking+up|grabbed|grabs|grabbing ~3 {WEAK_OBJECT} ~6 "
            f"walking|going|heading|running|moving|stomping|marching|advancing ~1 toward|"
            f"towards|after|at ~2 {PERSON_NP}|rp|caller|people|them",
            # objects that are weapons whenever held
            f"{HOLD} ~3 {STRONG_OBJECT}",
            # raised to strike: "raised a steel shovel over his head and said he'd split his
            # head open", "holding the rake up over her head"
            f"raised|raising|raises|lifted|lifting|lifts|hoisted|cocked|cocking|held|holding "
            f"~3 {WEAK_OBJECT} ~1 up ? over|above|behind ~1 his|her|their|the ~1 head|heads|"
            f"shoulder ~4 at|toward|towards|said|says|saying|yelled|yelling|threatened|"
            f"threatening|threatens|screamed|screaming|shouted|shouting|came|coming|charged|"
            f"charging|ready|like|going+to|gonna|about+to",
            "baseball|metal|aluminum|aluminium|wooden|steel bat|bats|pipe|rod|club",
            "golf club|clubs",
            "tire iron",
            "brass knuckles",
            # a broken glass held out: "HOLDING THE BROKEN PIECE TOWARD THE OTHER"
            "holding|holds|pointing|points|waving|jabbing|thrusting|swinging|lunging ~3 the|a|an|"
            "his|her ? broken|jagged|sharp ~1 piece|glass|bottle|shard|end|edge ~3 toward|"
            "towards|at|in+front+of",
            "stun gun|guns",
            "pepper|bear spray",
            f"{WEAK_OBJECT} as|for a ? weapon|weapons",
            # broken over someone: "he smashed a bottle over his head"
            f"smashed|smashing|smashes|broke|breaking|breaks|cracked|cracking|busted ~2 a|the|"
            f"his|her ? {WEAK_OBJECT} ~2 over|on|across ~4 head|face|skull|'s+back|his+back|"
            f"her+back|their+back",
            f"using|used|use ~2 {WEAK_OBJECT} as|like ~1 weapon|club|bat",
            f"came|comes|coming|went|going|run|ran|running at|after|towards ~2 {PERSON}|"
            f"me|him|her|them|us ~2 with ~3 {WEAK_OBJECT}",
            "taser|tazer|nunchucks|crowbar|crossbow|brass-knuckles|sledgehammer|blackjack|"
            "billy+club|slingshot",
            # an object brought to a dispute and aimed at a person ("came back with a
            # shovel and is waving it around at the other guy")
            f"{ATTACK} it|them|that|this ~2 around ? at|towards|toward ~2 {PERSON_NP}",
            f"{ATTACK} it|them|that|this ~2 around ? at|towards|toward ~2 the ? other|others",
            f"{ATTACK} ~3 {WEAK_OBJECT} ~3 at|towards|toward|into the ? other|others",
            # "victim hit in the face with a skateboard"
            f"{ATTACK} ~1 in|on|across|over ~1 the|his|her|their ? head|face|back|leg|legs|arm|"
            f"neck|mouth|jaw|chest|eye|nose|ribs|side ~1 with ~2 a|an|the|his|her|their|some ? "
            f"{WEAK_OBJECT}",
            # "throwing rocks over the fence into his yard, one hit his son in the head"
            f"threw|thrown|throwing|tossed|tossing|hurled|hurling|flung|chucked|chucking|"
            f"pelting ~3 {WEAK_OBJECT} ~12 one|it|some|several|two|a+few ~2 hit|struck|hitting|"
            f"striking|hits ~1 {PERSON_NP}",
            # "one hit the other with a shovel"
            f"{ATTACK} the ? other|another|others ~2 with ~3 {WEAK_OBJECT}",
            # a thrown object that hit someone
            f"threw|thrown|throwing|tossed|hurled|flung|chucked ~3 {WEAK_OBJECT} ~6 "
            f"hit|struck|hitting|striking|hits ~1 {PERSON_NP}",
            "smashed|broke|breaks|broken|breaking|busted a|the|his|her ? beer|glass|wine|liquor ? "
            "bottle ~8 at|towards|toward|threatening|jabbing|swinging|waving",
        ),
        lookalikes=(
            # goods and tools, not weapons: "CARRYING OUT COPPER PIPE", "using a machete to
            # clear kiawe brush", "sharpening a machete on a rock for his firewood"
            "copper|pvc|plumbing|scrap ~1 pipe|pipes|tubing",
            "carrying|hauling|loading|stealing|stripping|pulling ~3 copper|pvc|plumbing|scrap ~1 "
            "pipe|pipes|tubing|wire|wiring",
            "using|uses|used|with ~2 a|his|her|the ? machete|hatchet|axe|chainsaw|saw ~2 to ~1 "
            "clear|cut|chop|trim|split ~3 brush|branches|wood|firewood|kindling|trees|tree|limbs|"
            "weeds|vines|kiawe|path|trail|logs",
            # a tool on a door or a lock, not on a person ("prying open the side door w a
            # crowbar": the break-in is crime_in_progress)
            "prying|pried|pry|pries|jimmying|jimmied|forcing|forced|breaking|popping ~5 with|w|"
            "w/|using ~2 a|the|his|her ? crowbar|pry+bar|prybar|tire+iron|sledgehammer",
            "crowbar|pry+bar|prybar|tire+iron|sledgehammer ~3 to ~1 pry|open|force|break ~3 "
            "door|doors|lock|locks|window|windows|gate|padlock|hasp|lid|crate|box|open",
            "hitting|hit|hits|swinging|swing|swung ~2 golf|tennis|baseball|softball|ping+pong "
            "ball|balls",
            "baseball|softball|golf|tennis|cricket bat|bats|club|clubs ~3 game|practice|"
            "field|league|course|range|lessons|cage|cages|bag",
            "bat|bats ~2 flew|flying|fly|living|in+the+attic|colony|house|roost|roosting",
            "vampire|fruit|brown bat|bats",
            "golf|country|night|book|social|strip|dance|boxing|fan|glee|chess|athletic|sports "
            "club|clubs",
            "club|clubs soda|sandwich|member|members|meeting|house|music|owner|bouncer",
            "hammering|hammered|hammer ~3 nails|nail|wall|away|out",
            "with a|the ? hammer ~3 nails|nail|wall|deck|house|roof|fence",
            "pipe|pipes burst|bursting|leak|leaking|broke|broken|frozen|froze|smoking|"
            "banging|noise|noises",
            "water|gas|drain|sewer|crack|meth|glass|smoking|tobacco|exhaust|tail|steam pipe|"
            "pipes",
            "pipe ~2 smoking|smoke|crack|meth",
            "smoking|smokes|smoked ~2 a|his|her|from ? pipe",
            "mace|taser|tazer ~2 spray|sprayed|used+by|deployed+by ~2 officer|security|police",
            "bow|bows tie|ties|and+arrow+club|down|out|hunting+season",
            "took|takes|take a|his|her bow",
            "chair|chairs ~2 sitting|sit|sat|folding|lawn|wheelchair",
            "holding|holds|held|has|had|with|carrying ~2 a|his|her|the ? sign|cup|door|"
            "umbrella|cane|leash|baby|bag|phone|stick+of+gum|stick+figure",
            "tossing|tossed|throwing|threw|throws ~3 rocks|stones|rock|stone|bottles|bottle|"
            "sticks|stick|ball|balls|frisbee|trash ~3 into|in the ? water|river|lake|pond|"
            "creek|pool|dumpster|trash|recycling|bin|bins",
            "collecting|collects|collected|picking+up|picks+up|recycling|recycles|returning ~3 "
            "bottles|cans|bottle",
            "bottles|cans and|& cans|bottles",
            "empty ~2 bottle|bottles|cans",
            "stick shift|figure",
            # a ball game's bats ("kids playing baseball with bats and gloves"); only game
            # words may stand between (a gap here cleared "after the baseball game he came
            # at him with a bat")
            f"baseball|softball|little+league|tee-ball|t-ball|cricket|batting {up_to(6, _GAME)} "
            f"with ~1 bats|bat|gloves|clubs",
            "baseball|softball|little+league|tee-ball|t-ball|cricket|batting with ~1 bats|bat|"
            "gloves|clubs",
            f"{ATTACK} ~5 needle|needles|syringe|syringes ~3 into|in ~1 her|his|their|him|them ~1 "
            f"own? arm|arms|vein|veins|leg|legs|hand|hands|neck|foot|feet|thigh|butt|belly",
            f"{ATTACK} it|them ~2 around ? at|towards ~2 nothing|nobody|no+one|the+air|the+sky",
        ),
        forbids=ON_PROPERTY,
        guard=dated_past_guard,
    ),
    Rule(
        "weapon.shots",
        CODE,
        "shots fired, shooting or a person shot",
        patterns=(
            "shots|shot fired|fire|firing|heard|rang|ringing|ring",
            "shots|shot",
            "gunshot|gunshots|gunfire|gun-shot|gun-shots|gunshot_wound|gsw|gsws|gunshots",
            "gun shot|shots|fire|wound|wounds",
            "shooting|shootings",
            "shoot|shoots|shooter|shooters|shootout|shoot-out|drive-by|driveby",
            "drive by shooting",
            "been|was|got|were|just|being|gets|get|getting shot",
            "shot him|her|them|me|us|at|someone|somebody|himself|herself|it|up|through|dead|"
            "in|multiple|twice|once|the",
            f"shot {PERSON_NP}",
            "fired a|shots|rounds|round|several|multiple|weapon|gun|off|at|into|in",
            "firing|fires a|shots|rounds|round|several|multiple|weapon|gun|off|at|into|in",
            "opened|open|opening fire",
            "pistol|gun whipped|whipping|whip",
            "pistol-whipped|pistol-whipping|pistolwhipped",
            "discharge|discharged|discharging|discharges a|the|his|her ? firearm|gun|weapon|"
            "rifle|pistol|shotgun",
            "rounds fired|shot|off|discharged",
            "shell casings|casing|shells",
            "shotspotter|shot+spotter|sst",
        ),
        lookalikes=(
            # turned away, not shot: 'he got "shot down" at the shelter'
            # (quoted only: "got shot down the street" is a shooting)
            "got|get|gets|getting|been|was|were ~1 '|\" shot ~1 down '|\"",
            # what a delusion or a look fires: 'the govt is "shooting rays" at her'
            "shooting|shoots|shot|shoot ~1 rays|beams|lasers|laser|radiation|waves|signals|"
            "microwaves",
            STORY_TOLD,
            # a war wound: "SHOT IN AFGHANISTAN"
            "shot|wounded ~2 in|during|overseas ~2 afghanistan|iraq|vietnam|korea|kuwait|syria|"
            "war|the+war|combat|the+army|the+military|service|the+line+of+duty",
            # make-believe: "pretending to shoot zombies with his fingers"
            "shoot|shooting|shoots|shot ~3 zombies|zombie|aliens|monsters|ghosts|invaders|"
            "imaginary|pretend",
            "shoot|shooting|shoots|shot ~4 with ~1 his|her|their|a ? fingers|finger|finger+gun|"
            "hand",
            # a goal or a time: "I'm gonna shoot for noon"
            "shoot|shooting|shoots|aim|aiming for ~2 noon|midnight|tomorrow|tonight|morning|"
            "afternoon|evening|weekend|next|this|later|sooner|early|earlier|NUM|stars|moon|"
            "goal|record|top|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            "am|pm|o'clock",
            # scare quotes and sounds explained in the same breath: "shot" emotionally;
            # "sounds like gunfire but it's just the paddles"; a video game's gunfire
            "'|\" shot|shoot|shooting|shots '|\"",
            "sounds|sounded|sound|sounding ~1 like ~1 gunfire|gunshots|shots|shooting ~8 but|and ~2 "
            "it's|it+is|it+was|its|they're|theyre ~1 just|only|actually|really",
            "thought|think|thinks ~3 gunfire|gunshots|shots ~6 but ~6 sparks|fireworks|"
            "firecrackers|backfire|backfiring|a+car|truck|paddles|nail+gun|hammer|game|tv|movie",
            # (the game's own sounds, not "playing xbox when I heard gunshots outside")
            "video+game|videogame|video+games|xbox|playstation|ps5|call+of+duty|fortnite|tv|"
            "movie ~6 gunfire|gunshot|gunshots|shooting ~1 sounds|noises|noise|effects",
            "nail+gun|nailgun|nail+guns ~6 sounds|sounded|like ~2 gunfire|gunshots|shots",
            "photo|video|film|movie|fashion|music|commercial|modeling|photography|wedding|"
            "engagement|portrait|product|tv shoot|shooting|shoot|shoots",
            "shooting|shoot|shooter|shooters|shoots pain|pains|star|stars|hoops|baskets|pool|"
            "range|video|videos|photos|pictures|film|films|gallery|guard|guards|method|"
            "the+breeze|a+movie|a+video|a+film|a+scene|the+scene|a+commercial|a+wedding|"
            "an+episode|the+moon|for+the+moon|for+the+stars|me+a|him+a|her+a|them+a|an+email|"
            "a+text|a+message|a+photo|photos|some+pool|some+hoops|craps|dice|the+messenger|"
            "up+heroin|up+dope|up+drugs|off+his+mouth|off+her+mouth|their+mouth",
            "shooting|shoot|shoots|shot|shooting up ~2 dope|heroin|drugs|meth|smack|drug|"
            "insulin|in+the+bathroom",
            # "she is shooting up, jabbing a needle in her arm": injecting
            "shooting up ,|.|;|!|again|fentanyl|speed|dope|heroin|meth|drugs",
            "shoot|shooting|shoots|shot ~3 video|videos|film|movie|photos|pictures|footage|scene|"
            "commercial|documentary|wedding|episode|music+video|photo|portrait|portraits",
            "water|steam|flames|fire|sparks|smoke|geyser|liquid|gas|sewage|pain|pains ~1 "
            "shooting|shoots|shot",
            "gunshots|shots|gunfire|shooting|shootings ~3 every|each|most|all ~1 night|nights|"
            "day|days|weekend|weekends|evening|evenings",
            "shooting|shoot|shot the breeze|bull|messenger|moon",
            "photographer|photographers|camera|cameras|filming|film|crew|movie is|are|was|were|"
            "'s|'re|just|currently|doing|out|here|there|a|the|some|photo|video|film|movie|"
            "scene|crew|outside|today|all|day ? is|are|was|were|'s|'re|just|currently|doing|"
            "out|here|there|a|the|some|photo|video|film|movie|scene|crew|outside|today|all|day ? "
            "shooting|shoot|shoots",
            "shooter|shooting|shoot video|videogame|game|games|arcade",
            "video|computer|online|first-person|first+person ~2 shooter|shooting",
            "flu|covid|booster|vaccine|vaccination|insulin|b12|allergy|tetanus|tdap|vitamin|"
            "first|big|long|hot|mug|jump|free|pool|trick|slap|screen|cheap|good|nice|last|"
            "best|depo|one|jello|tequila|vodka|whiskey|espresso|parting|moon|warning shot|shots",
            "shot|shots of|glass|glasses|clock|caller|at+the+title|at+a+job|at+the+job|"
            "in+the+dark",
            JAB_IN_THE_ARM,
            # a shot taken or given ("took a shot of tequila", "got his flu shot", "doing
            # shots"): the amount is needed after "got", or "he got shot" was a drink
            "took|take|taking|takes|doing|do|did|downed|drank|drink|drinking|got|get|getting|"
            "had|having|given|gave|give a|some|his|her|their|the|two|three shot|shots",
            # ("took shots at the house" is shooting: "took shots" only of a drink)
            "doing|do|did|downed|drank|drink|drinking|had|having shots",
            "took|take|taking shots of|with|together|all+night",
            "shot|shots at a|the title|job|promotion|it",
            "shot in the dark",
            "he|she|they|man|woman|person|guy|who ? was|got|been|were|is|get|gets|getting|"
            "being ? shot|shoot|shoots|shooting down ~2 idea|ideas|proposal|proposals|plan|plans|"
            "request|requests|offer|offers|drone|drones|balloon|rumor|rumors",
            SHOT_DOWN_IDEA,
            "call|calling|calls|called the shots",
            "fire|fired from|employee|employees|the|her|him|me|job|worker|workers",
            "fired her|him|me|them|us|the|from|an|my|his",
            "was|got|been|being|get|getting fired",
            "fire|fired|firing|fires up the|a|his ? grill|bbq|barbecue|car|engine|oven|generator|"
            "furnace|stove|kiln",
            "fired|firing|fires off a|an ? email|emails|letter|text|texts|complaint|complaints|"
            "question|questions|tweet|message",
            # "it was fireworks, not shots" (never "fireworks and then 3 shots")
            "fireworks|firecrackers|firework|firecracker ~2 not|instead+of|rather+than|"
            "mistaken+for ~1 shots|shot|gunshots|gunfire",
            # casings found after the fact, no shots heard: evidence, not a shooting
            "found|finding|finds|located|picked+up|picking+up|recovered|collected|noticed ~4 "
            "shell|spent|brass|bullet ? casings|casing|shells",
            "moon shot",
            "shoot|shooting|shoots|shot|set|setting ~1 off|up ~2 fireworks|firecrackers|rockets|"
            "bottle+rockets|roman+candles",
            "shot put|glass|clock|caller",
            "booster|flu|covid ~2 shot",
            "shots|shot ~3 vaccine|vaccines|clinic|booster|flu|covid",
            SHOT_WITH_NOTHING,
            "big|hot|top|long shot|shots at|in|with|from",
        ),
        guard=all_guards(past_shooting_guard, days_back_guard),
    ),
    Rule(
        "weapon.pops_heard",
        CODE,
        "pops heard ('heard 5 pops in the alley'): shots until the caller says what they were",
        patterns=(
            "heard|hear|hears|hearing|heared ~4 pops|pop+pop",
            "heard|hear|hears|hearing|heared ~4 popping ~1 sounds|noises|noise|sound",
            "NUM|several|multiple|few|couple|some|two|three|four|five|six|loud|rapid ~2 pops",
            # a bang and then a wound: 'heard a bang in the stairwell ... a man holding his
            # thigh, blood pooling'
            "heard|hear|hears|hearing ~2 a|one|two|three|NUM|some|loud ? bang|bangs|pop|pops|"
            "boom ~14 blood|bleeding|holding+his|holding+her|he+got+me|i'm+hit|im+hit|got+hit",
        ),
        lookalikes=(
            # "my pops" is a father; "a few pops" at the bar are drinks; cake and ice pops
            "heard|hear|hears|hearing|heared ~4 my|his|her|your|their|our|ur pops",
            "had|having|drinking|drank|bought|buy|grab|grabbed|grabbing ~2 NUM|several|few|"
            "couple|some|two|three|four|five|six ~1 pops",
            "NUM|several|multiple|few|couple|some|two|three|four|five|six ~1 ice|cake|soda|"
            "freezer|freeze pops",
            # pops said to come from something harmless
            "heard|hear|hears|hearing|heared|NUM|several|multiple|few|couple|some|two|three|"
            "four|five|six|loud|rapid ~4 pops|popping ~3 from|of ~2 the|some|a ? fireworks|"
            "firecrackers|firework|firecracker|transformer|balloons|balloon|popcorn|tire|"
            "tires|bubble+wrap|fire|fireplace|campfire|bonfire",
            "heard|hear|hears|hearing|heared|NUM|several|multiple|few|couple|some|two|three|"
            "four|five|six|loud|rapid ~4 pops|popping ~3 ,|- ? car|truck|motorcycle|bus ? "
            "backfiring|backfired|backfire",
        ),
        # ... or when the caller saw or confirmed what made them ("went to the window, saw
        # kids with roman candles, confirmed fireworks"); "not sure if it was fireworks"
        # or "fireworks or shots" keeps them
        forbids=Context(
            "pops_explained",
            patterns=(
                "was|were|'s|confirmed|confirms|saw|sees|seeing|agrees|agreed|just|only|"
                "it+was|it's ~3 fireworks|firecrackers|firework|firecracker|roman+candles|"
                "bottle+rockets|backfire|backfiring|backfired|a+transformer|balloons",
            ),
            lookalikes=(
                "not+sure|unsure|unk|unknown|if|whether|maybe|possibly|might|may|could|thinks|"
                "think|believes|hopes|hoping|probably ~4 was|were|'s|confirmed|saw|just|only|"
                "it+was|it's ~3 fireworks|firecrackers|firework|firecracker|roman+candles|"
                "bottle+rockets|backfire|backfiring|backfired|a+transformer|balloons",
                "was|were|'s|it+was|it's ~3 fireworks|firecrackers|firework|firecracker|"
                "backfire ~1 or|and",
            ),
            within=40,
            affirmed=False,
        ),
        guard=past_shooting_guard,
    ),
    Rule(
        "weapon.stab",
        CODE,
        "stabbing or slashing a person",
        patterns=(
            "stab|stabs|stabbed|stabbing|stabbings|stabber|stabbin",
            "stab wound|wounds",
            f"slashed|slashing|slash|slashes|sliced|slicing {PERSON_NP}|at|throat|face",
            f"cut|cutting|cuts {PERSON_NP} with",
            f"cut|cutting|cuts {PERSON_NP} open|up|across",
        ),
        lookalikes=(
            "stab|stabbing|stabbed in the dark",
            "stabbing|stab pain|pains|sensation|sensations|headache",
            "stab at|a+guess",
            "slashed|slashing|slash|slashes ~3 prices|price|tires|tire|budget|seats|seat|"
            "tyres|rates|costs|benefits|funding",
            "sliced|slicing ~3 bread|onions|vegetables|meat|finger|apple",
            "cut|cutting|cuts ~2 hair|grass|lawn|nails|lock|locks|tree|fence|hedge|check",
            "cut|cutting|cuts him|her|them|me off",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "weapon.threat_with",
        CODE,
        "threatening to shoot or stab, or a weapon held to a person",
        patterns=(
            "threatening|threatened|threatens|threaten|threating|thretening to ? shoot|stab|cut|"
            "slash|gut|shank",
            f"pointing|pointed|points|aiming|aimed|aims|held|holding|holds|put|puts|putting|"
            f"pressed|pressing|pushed ~3 {alt(FIREARM, BLADE, 'weapon|weapons|it|something')} "
            f"to|at|against|in ~2 {PERSON}|head|face|neck|throat|chest|temple|back|side",
            f"pointing|pointed|points|aiming|aimed a|an|the|his|her ? {alt(FIREARM, 'weapon|knife')}",
            f"get|grab|getting|grabbing|go+get|went+to+get|going+to+get ~2 his|her|a|my|the ? "
            f"{alt(FIREARM, BLADE)}",
            f"reaching|reached|reaches ~4 waistband|waist|pocket|jacket|bag|backpack ~6 like ~3 "
            f"{alt(FIREARM, BLADE, 'weapon|something')}",
            "reaching|reached|reaches|hand|hands|grabbing|touching ~2 in|into|for ~2 his|her|the "
            "waistband|waist+band",
        ),
    ),
    Rule(
        "weapon.explosive",
        CODE,
        "a bomb, an explosive device or a suspicious package",
        patterns=(
            "bomb|bombs|pipe+bomb|explosive|explosives|ied|grenade|grenades|detonator|"
            "dynamite|molotov|incendiary+device|blasting+caps",
            "suspicious ~1 package|packages|device|devices|bag|backpack|suitcase|box|parcel|"
            "item|object",
            "unattended|abandoned|unclaimed ~1 package|packages|device|devices|parcel",
            "wires|wire|wiring ~2 visible|sticking|protruding|hanging|coming ~1 out",
            "ticking ~1 package|box|bag|sound|noise",
        ),
        lookalikes=(
            "bath|photo|f|f-|seed|glitter|calorie|truth|the|da|stink bomb|bombs",
            "bomb|bombed|bombing ~2 the|a|his|her ? test|exam|interview|audition|show",
            "bomb cyclone|pop|shelter|squad+training",
            "explosive diarrhea|growth|temper|anger|argument|personality|situation|mood",
            "wires|wire ~2 down|hanging ~3 pole|poles|power|utility|street|tree|line|lines",
            "power|utility|phone|cable|electrical|electric ~1 wires|wire|lines",
            "package|packages ~3 stolen|delivered|missing|porch|amazon|fedex|ups|usps",
        ),
    ),
    Rule(
        "weapon.gun_slang",
        CODE,
        "a gun named in slang ('strapped', 'a strap on him', 'pulled a piece', 'packing heat')",
        patterns=(
            f"{STRAP_LEAD} ~1 strapped|strapped+up",
            f"{HOLD} ~2 a|the|his|her|my|that|dat|da ? strap|piece|gat|draco|blicky|toolie|"
            f"iron|burner|chopper|ratchet|tool|thumper|glizzy|yoppa|heater|9|nine|.9|40|45|38 ~2 "
            f"on|in|at|tucked|under|across ~2 him|them|waistband|waist|hip|holster|belt|person|"
            f"pants|lap|knees|leg",
            f"{HOLD} ~2 a|the|his|her|my|that|dat|da ? strap|piece|gat|draco|toolie|ratchet|"
            f"thumper|glizzy|yoppa|9|nine|40|45|38 ~2 in|under ~2 "
            f"his|her|their|my|the ? jacket|pocket|hoodie|coat|pants|backpack|bag|car|glovebox|"
            f"lap",
            f"{HOLD} ~2 a|the|his|her|my|that|dat|da ? strap|piece|gat|draco|toolie|ratchet|"
            f"thumper|glizzy|yoppa|9|nine|40|45|38 ~2 on|across ~2 his|her|their|my|the ? lap|"
            f"knees|leg|legs",
            # slang for a gun that is nothing else: "came back out with his 'thumper'"
            "'|\"? thumper|glizzy|yoppa|choppa|blick|blicks|cuete|cuetes|fogón|fogon '|\"?",
            f"pulled|pulls|pulling|drew|draws|drawing|flashed|flashing|showed|showing|pointed|"
            f"pointing|upped|ups|brandished|brandishing|whipped+out|took+out|pulled+out ~1 a|the|"
            f"his|her|that ? strap|piece|gat|draco|blicky|burner|chopper|iron|pole|toolie ~1 on|"
            f"at|towards|toward",
            "strap|piece|gat|burner|blicky|draco|toolie|tool|ratchet|heater ~2 in|on|tucked|under|"
            "inside ~2 his|her|their|the ? waistband|waist|hip|holster|belt|waistline",
            "looking|searching|went|going|goes|ran|run|headed|heading ~2 for|to+get|get ~1 "
            "his|her|their|the|a ? '|\"? strap|piece|gat|draco|blicky|iron|heat|toolie|burner|"
            "ratchet|pistol|gun|rifle|shotgun",
            "reached|reaching|reaches|went|going|goes|grabbed|grabbing ~1 for ~1 his|her|their|"
            "the|a ? strap|piece|gat|draco|blicky|iron|heat|toolie",
            f"{HOLD} ~2 a|an|the|his|her|their|my|that ar|ak|gat|draco|m4|choppa",
            # "loading what looks like an AR into his car": "an AR" is nothing but the rifle
            "an ar|ak",
            "like ~1 a|an ? ar|ak|m4|draco|choppa",
            # kept somewhere: "keeps a heater in the glovebox", "stashes his strap under the seat"
            "keeps|keep|keeping|stashes|stashed|stashing|hides|hid|hiding ~1 a|the|his|her|my|"
            "that ? strap|piece|gat|draco|blicky|toolie|heater|burner|iron|glizzy|thumper ~2 in|"
            "under|behind ~2 his|her|their|my|the ? glovebox|glove+box|console|car|truck|seat|"
            "jacket|pocket|backpack|bag|waistband|nightstand|drawer|room|mattress|pillow",
            # called for: "WHERE'S THE PIECE, GET THE PIECE", "grab the strap"
            f"{_CALLED_FOR} ~1 the|my|his|that ? piece|strap|gat|blicky|toolie|glizzy|thumper",
            "packing|packin|carrying heat",
            # "RP believes he is carrying": the verb with nothing carried after it
            f"{STRAP_LEAD} ~1 carrying|armed+up",
        ),
        lookalikes=(
            f"{STRAP_LEAD} ~1 strapped|strapped+up ~2 in|into|down|to|for|onto|on|with|across|"
            f"cash|money|financially|broke|tight|chair|seat|stretcher|gurney|bed|car+seat|"
            f"carseat|backpack|bag|stroller|wheelchair|harness|belt|seatbelt",
            "piece|pieces of",
            "burner phone|phones|account|accounts|cell|number|app",
            # a part or a chess piece: "grab the piece for the vacuum", "get the iron out"
            f"{_CALLED_FOR} ~1 the|my|his|that ? piece|strap|gat|blicky|toolie|glizzy|thumper ~1 "
            f"for|to|that|back|off|out|from|together|fixed|broke|broken|"
            f"pieces|repaired|working|on+the+board|is+hot|plugged|of",
            "space|electric|water|gas|oil|propane|kerosene|block|engine|patio|baseboard|"
            "portable|car|seat ~1 heater|heaters",
            "the|his|her|my ? heater|iron ~1 in ~2 the|his|her|my ? car|truck ~2 is|isn't|isnt|"
            "broken|doesn't|won't|works",
            "an|the ar|ak ~1 mailing|account|accounts|team|department|dept|filter|coating|glasses|"
            "headset|app|game|lens|lenses",
        ),
        guard=all_guards(bare_verb_guard, dated_past_guard),
    ),
    Rule(
        "weapon.spray_stun",
        CODE,
        "pepper spray, mace or a stun gun used on a person",
        patterns=(
            "pepper|bear -? sprayed|spraying|sprays",
            "maced|macing|tased|tazed|tasered|tazered|tasing|tazing",
            f"sprayed|spraying|sprays ~1 {PERSON_NP}|caller|rp|victim ~2 with ~2 mace|pepper|"
            f"bear+spray|wasp+spray|chemicals|bleach",
            f"zapped|zapping|zaps|stunned|stunning|shocked|shocking ~1 {PERSON_NP}|caller|rp|"
            f"victim ~2 with ~2 a|an|the|his|her ? taser|tazer|stun+gun|stun+baton|cattle+prod",
        ),
        lookalikes=(
            "officer|officers|police|pd|cops|cop|deputy|deputies|trooper|troopers|security ~3 "
            "tased|tazed|tasered|maced|pepper+sprayed|pepper-sprayed|sprayed|tasing",
            "tased|tazed|tasered|maced|sprayed ~1 by ~2 police|officer|officers|pd|cops|deputy|"
            "deputies|security|guard|guards",
            "sprayed|spraying|sprays ~3 wasp+spray|bug+spray|pesticide|chemicals|bleach ~2 on|at|"
            "in ~2 the|a ? nest|wasps|bugs|weeds|yard|garden|lawn|floor|kitchen|bathroom",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "weapon.gesture",
        CODE,
        "a hand at the waistband or a gun printing through clothes: a weapon may be there",
        patterns=(
            "reaching|reached|reaches|reach|hand|hands|grabbing|grabbed|touching|adjusting|"
            "adjusted|fidgeting|clutching|clutched|patting|patted|tugging|tugged|digging|"
            "keeps+reaching ~2 in|into|for|at|toward|towards|near|under|inside ~1 his|her|"
            "their|the|a ? waistband|waist+band|waistline",
            "touching|clutching|patting|adjusting|tugging|grabbing|holding|gripping|"
            "keeps+touching ~1 his|her|their|the ? waistband|waist+band|waistline",
            # "acting like he had something", "like he has a gun"
            "like|as+if|as+though ~1 he|she|they|he's|she's ~1 has|had|have|got|'s+got|"
            "was+holding|is+holding|was+carrying|is+carrying|was+hiding|is+hiding ~1 something|"
            "a+gun|a+weapon|a+knife|a+pistol|a+piece",
            "printing|print|outline|imprint|shape ~3 of ~1 a|an ? gun|pistol|handgun|weapon|"
            "firearm",
            # showing what is in the waistband: "lifted his shirt to show the other the
            # 'tool' in his waistband"; "a handle sticking out of his waistband"
            "lifted|lifting|lifts|lift|raised|raising|pulled+up|pulling+up|hiked|hiking ~2 "
            "his|her|their|the ? shirt|hoodie|jacket|sweatshirt|top ~8 waistband|waist|show|"
            "showing|showed|flash|flashing|flashed|reveal|revealing",
            "handle|grip|butt|handles ~3 sticking|poking|hanging ~1 out ~2 of ~2 his|her|their|"
            "the ? waistband|waist|pocket|pants|jacket|hoodie|belt",
            "brandishing|brandished|brandish|brandishes",
            # assault with a deadly weapon
            "adw|a.d.w.|a.d.w",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "weapon.piece",
        CODE,
        "gun slang: 'has a piece'",
        patterns=(
            f"{PIECE_LEAD} ~1 a|his|her|the ? piece",
        ),
        lookalikes=(
            f"{PIECE_LEAD} ~1 a|his|her|the ? piece ~1 of|together|by|work|meal|cake|pie|paper|"
            f"gum|candy|bread|pizza|glass|wood|metal|furniture|art|jewelry|luggage|equipment|"
            f"clothing|mail|trash|puzzle|chicken|fruit|toast|missing",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "weapon.object_in_fight",
        CODE,
        "an object that can hurt held in a fight or with a threat ('one of them has a bottle')",
        patterns=(
            f"{HOLD} ~3 {HELD_OBJECT}",
            # "BAR FIGHT IN PROGRESS, BOTTLES BEING THROWN"
            f"{HELD_OBJECT}|chair|chairs|glasses|barstool|barstools|stool|stools ~1 being|getting|"
            f"were|are ~1 thrown|swung|smashed|broken ~2 over|at|around ?",
        ),
        lookalikes=(
            f"{HOLD} {NP_LEAD} bottle|bottles|jar|box|pack|handful ~1 of ~3 water|beer|wine|"
            f"liquor|soda|pop|juice|vodka|whiskey|whisky|rum|tequila|gin|milk|pills|"
            f"medication|meds|lotion|perfume|shampoo|booze|alcohol|liquid|{PILLS}",
            f"{HOLD} {NP_LEAD} bottle|bottles ~1 in ~1 a ? paper|brown ? bag|sack",
            f"{HOLD} {NP_LEAD} water|beer|wine|liquor|soda|pop|juice|vodka|whiskey|pill|pills|"
            f"baby|empty|plastic|sippy|medicine|prescription ~1 bottle|bottles",
            f"{HOLD} ~2 the|a ? chain|chains ~1 on|lock|locked|latched|latch",
            "shovel|shovels|shoveling|shovelling ~2 snow|the+snow|the+walk|the+driveway|"
            "sidewalk|dirt",
            "rake|raking ~2 leaves|the+leaves|the+yard|lawn",
            # a board of people: "two board members shouting at each other"
            f"{HOLD} ~3 board|boards member|members|meeting|meetings|president|chair|chairman|"
            f"vote|election|directors|game|games",
            "snow|leaves|dirt|driveway|walk|sidewalk|garden|yard|mulch ~1 with ~2 a|his|her|the ? "
            "shovel|rake|hoe|broom",
        ),
        requires=FIGHT_OR_THREAT,
        forbids=ON_PROPERTY,
        guard=dated_past_guard,
    ),
    Rule(
        "weapon.object_with_threat",
        CODE,
        "an object that can hurt, held by someone who threatens to hurt a person ('has a "
        "bat, banging on the door saying he will kill her')",
        patterns=(
            f"{HOLD} ~3 {STRONG_OBJECT}",
            # a throat to be cut names the blade: "said she's going to slit her throat"
            "going+to|gonna|will|'ll|threatened+to|threatening+to|threatens+to|wants+to|"
            "about+to ~2 '|\"? slit|slice|cut ~1 her|his|your|their|ur|my|rp's|caller's ~1 throat",
        ),
        requires=Context(
            "threat_to_hurt_someone",
            patterns=(
                "will|'ll|going+to|gonna|threatening+to|threatened+to|threatens+to|about+to|"
                "wants+to ~2 kill|hurt|beat|bash|stab|shoot|cut|slit|smash|murder|end ~2 her|him|"
                "them|you|me|us|rp|caller|everyone|everybody|somebody|someone|y'all|yall",
                "slit|slice|cut ~1 her|his|your|their|ur|my|rp's|caller's ~1 throat",
            ),
            within=20,
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "weapon.arson_means",
        CODE,
        "fuel or a fire-starter held with a threat to burn a person or a home",
        patterns=(
            "gas can|cans|jug|jugs|container",
            "gasoline|kerosene|lighter+fluid|accelerant|molotov|molotovs|firebomb|"
            "fire+bomb|gas-can|gascan",
            "poured|pouring|pours|splashed|splashing|dousing|doused ~3 gas|fuel|gasoline|"
            "lighter+fluid|kerosene",
        ),
        requires=BURN_THREAT,
        guard=dated_past_guard,
    ),
    Rule(
        "weapon.uncertain",
        CODE,
        "whether a weapon is present is asked and unknown",
        patterns=(
            f"{NOT_KNOWING} ~1 {IF} ~4 armed|weapon|weapons|gun|guns|knife|knives|firearm|"
            f"firearms|blade|pistol|rifle|wpn|wpns",
            f"weapon|weapons|wpn|wpns|armed|firearms|guns QMARK|:|- ~1 {UNK_ANSWER}",
            f"{UNK_ANSWER} weapon|weapons|wpns|wpn|armed|firearms",
            "real gun|knife|weapon or ~2 toy|fake|not",
            "asked|ask|asking|inquired|screened|questioned ~2 about|regarding|re|for|if|"
            "whether ~3 weapons|weapon|wpns|wpn|firearms|guns|armed ~8 yes|yeah|yep|yea|"
            "affirmative|positive|might|may|maybe|possibly|possible|unsure|unknown|not+sure|"
            "doesn't+know|don't+know|does+not+know|do+not+know|can't+say|cannot+say|refused|"
            "refuses|won't+say|will+not+say|declined|declines|unclear|no+answer|no+response|"
            "didn't+answer|did+not+answer|wouldn't+say|would+not+say|wouldn't+answer",
            "bulge|bulging ~4 waistband|pocket|jacket|pants|shirt|hip",
        ),
        negatable=False,
    ),
    # Spanish and Spanish-English notes (Puerto Rico, the Southwest): the same code, the
    # words callers use. Negation and look-alikes work as for English.
    Rule(
        "weapon.spanish",
        CODE,
        "a weapon or shots named in Spanish (arma, pistola, cuchillo, disparos ...)",
        patterns=(
            "arma|armas|armado|armada|armados|pistola|pistolas|revólver|escopeta|cuchillo|"
            "cuchillos|navaja|navajas|puñal|punal|cuete|cuetes|fogón|fogon|balacera|balazo|"
            "balazos|disparos|disparo|disparó|disparando|dispararon|detonaciones|detonación|"
            "detonacion|baleado|baleada|apuñalado|apuñalada|apuñaló|apunalado|apunalada|"
            "apunalo|puñalada|puñaladas|punalada|punaladas|tiroteo",
            "tiros ~2 al+aire|cerca|escucharon|oyeron|se+oyeron|se+escucharon",
            "se ~1 escucharon|oyeron|escuchó|oyó ~3 tiros|disparos|detonaciones|balazos",
        ),
        lookalikes=(
            # the machete of yard work: "se cortó la pierna con el machete cortando yerba"
            "machete|machetes ~3 cortando|chapeando|limpiando|desyerbando ~2 yerba|hierba|grama|"
            "monte|caña|cana|leña|lena|maleza|patio|árboles|arboles|ramas",
            "cortando|chapeando|limpiando|desyerbando ~2 yerba|hierba|grama|monte|caña|cana|"
            "leña|lena|maleza|patio|árboles|arboles|ramas ~3 con ~2 el|un|su ? machete",
            "arma ~1 de ~1 juguete|agua",
            "pistola ~1 de ~1 agua|juguete|silicón|silicona|pegamento",
        ),
        guard=all_guards(dated_past_guard, days_back_guard),
    ),
    # French notes (Quebec, New Brunswick, Ontario, relays): elided articles stay on the
    # word ("d'arme", "l'arme"), so both forms are listed.
    Rule(
        "weapon.french",
        CODE,
        "a weapon or shots named in French (arme, fusil, couteau, coups de feu ...)",
        patterns=(
            "arme|armes|d'arme|d'armes|l'arme|armé|armée|armés|armées|arme+blanche|fusil|"
            "fusils|pistolet|pistolets|carabine|carabines|couteau|couteaux|poignard|"
            "poignardé|poignardée|poignarde|tireur|fusillade",
            "coup|coups ~1 de ~1 feu|couteau",
            "tiré|tirent|tiraient|tirait|tirer ~2 sur|dans|des ~2 coups|balles|"
            "quelqu'un|lui|elle|il|les|la|le|gens",
            "blessé|blessée|blessure ~1 par ~1 balle",
            "entendu|entend|entendent|entendu+des ~2 coups|tirs|détonations|detonations",
        ),
        lookalikes=(
            "pistolet|fusil ~1 à|a|de ~1 eau|colle|jouet|peinture",
            "couteau ~1 de ~1 cuisine ~2 pour ~2 couper|cuisiner",
            "arme ~1 à|a ~1 eau|feu+d'artifice",
        ),
        guard=all_guards(dated_past_guard, days_back_guard),
    ),
)

# Spec: "An update that clears an earlier worry ("it was a phone, not a gun") clears it."
BENIGN = (
    "phone|cellphone|cell|flashlight|torch|toy|toys|umbrella|cane|wallet|tool|drill|"
    "fireworks|firework|firecrackers|firecracker|backfire|backfiring|backfired|screenshot|"
    "video+game|videogame|game|water+gun|squirt+gun|nerf|cap+gun|hairbrush|brush|comb|"
    "remote|stapler|camera|microphone|vape|lighter|keys|key|fake|replica|prop|costume|"
    "halloween|bottle+of+water|water+bottle|stick|branch|broom|radio|walkie|book|"
    "construction|transformer|nail+gun|harmless|nothing|hammer+drill|banana|pipe+for+smoking|"
    "phone+case|glasses|sunglasses|glove|gloves|cigarette|candy|soda|can|cane|nail+file|"
    "nail+clippers|tweezers|pen|marker|spoon|fork|butter+knife|plastic+knife|plastic+fork|"
    "rubber+knife|spork|utensil|utensils|toothbrush|foam|cardboard|radar+gun|radar|"
    "speed+gun|label+maker|price+gun|tattoo+gun|massage+gun|glue+gun|staple+gun|heat+gun|"
    "caulk+gun|tape+gun|survey|surveying|surveyor's+rod|rod|tripod"
)

UPDATE_CLEARS = Context(
    "weapon_cleared_by_update",
    # "it was only yelling, nothing physical" is about blows, not the weapon named
    lookalikes=(
        "it|that|this|object|item|thing ~1 was|is|were|'s|are ~4 nothing ~1 physical|violent|"
        "serious|happened|else|further|more|going+on|but|bad|major|criminal",
    ),
    patterns=(
        f"it|that|this|object|item|thing ~1 was|is|were|'s|are ~4 {BENIGN}",
        f"its|turned+out|turns+out|it+turned+out|it+turns+out ~4 {BENIGN}",
        f"just|only|actually|merely a|an|some ~2 {BENIGN}",
        f"{BENIGN} ~1 ,|and|; ~1 not|n't|no ~1 a|an|the ? real ? gun|knife|weapon|firearm|"
        "pistol",
        "not|n't|no|never|wasn't|weren't a|an|the ? real ? gun|knife|weapon|firearm|pistol",
        "no weapon|weapons|wpns|wpn|guns|firearms ~2 in ~1 the|his|her|their ? apt|apartment|"
        "house|home|residence",
        f"{FIREARM}|weapons|guns ~4 locked ~2 in|up|away ~3 safe|cabinet|box|case",
        # the means is gone: "UPDATE: the only gun was sold last year, nothing in the house"
        f"{FIREARM}|weapons|guns|firearms ~2 was|were|got|has+been|have+been|had+been ~1 "
        f"sold|removed|confiscated|pawned|surrendered|turned+in|given+away|taken+away|"
        f"taken+out|moved+out",
    ),
    affirmed=False,
)

# Shots explained away ("UPD: not gunshots, fireworks per RP") clear the shots heard and
# nothing else: a gun named is still there ("set the gun on the dashboard ... No shots").
# "no shots" alone explains nothing and clears nothing (nobody has fired, yet).
SHOTS_CLEARED_BY_UPDATE = Context(
    "shots_cleared_by_update",
    patterns=(
        f"{BENIGN} ~3 ,|and|;|- ~1 not|n't|no ~1 a|an|the ? real ? shots|gunshots|gunfire|"
        "shooting",
        "not|n't|wasn't|weren't ~1 a|an|the ? real ? gunshots|gunfire|shots",
        # hunters seen, in season: "UPD: she can see the neighbors' hunters in orange vests
        # on the ridge and it's the opening weekend of deer season"
        "hunters|hunter ~6 orange|vests|vest|blaze|ridge|woods|field|tree+stand|treestand",
        "deer|hunting|duck|turkey|goose|squirrel|dove|elk|bear ~1 season|hunters|camp",
        "opening ~1 day|weekend ~2 of ~2 deer|hunting|duck|turkey ? season",
        "target ~1 practice|shooting|range",
        # a sound explained ("SAYS IT WAS A HORROR MOVIE ON HER NEW SOUNDBAR"): the shots
        # only; "it was the TV" says nothing about a knife named
        "it|that|this|sounds|noise|bangs ~1 was|is|'s|were|are|came+from ~4 movie|movies|film|"
        "tv|television|show|soundbar|speaker|speakers|video|game|videogame",
        "shooting|gun|rifle ~1 range",
        # a sound explained by what made it: "transformer on the pole blew", "a car
        # backfiring"
        "transformer|transformers ~3 blew|blowing|blown|exploded|exploding|popped|popping|"
        "went|arcing|sparking",
        "car|truck|vehicle|motorcycle|bike ~2 backfiring|backfired|backfire",
    ),
    affirmed=False,
)
# Update statements that may clear only the listed rules of this code.
UPDATE_CLEARS_ONLY = ((SHOTS_CLEARED_BY_UPDATE, frozenset({"weapon.shots", "weapon.pops_heard"})),)
