"""`violence`: physical violence happening or just happened, threats to hurt someone else,
a combative or hostile person, domestic violence."""

from __future__ import annotations

from calltriage.rules import weapon as _weapon
from calltriage.rules.base import Context, Rule, all_guards
from calltriage.rules.negation import dated_past_guard, days_back_guard
from calltriage.rules.vocab import (
    TIRES_SLASHED,
    TOY_GUN_SHOT,
    ADJ,
    ANIMAL,
    BLADE,
    BOTTLE_NECK_HELD,
    JAB_IN_THE_ARM,
    BODY,
    DET,
    FIREARM,
    HEDGE,
    IF,
    NOT_KNOWING,
    NP_LEAD,
    PERSON,
    PERSON_NOUN,
    PERSON_NP,
    PET,
    PRONOUN_OBJ,
    REFLEXIVE,
    SHOT_DOWN_IDEA,
    STORY_TOLD,
    STRONG_OBJECT,
    UNK_ANSWER,
    alt,
)

CODE = "violence"

SHOT_WITH_NOTHING = Context(
    "shot_with_nothing",
    patterns=(_weapon.SHOT_WITH_NOTHING,),
    within=2,
    affirmed=False,
)

WEAPON_OBJ = alt(FIREARM, BLADE, STRONG_OBJECT, "weapon|weapons|wpn|bottle|screwdriver|"
                 "broken+bottle|broken+end|rock|brick|stick|pipe|"
                 # gun slang that is nothing else ("flashing a 'blick' at people")
                 "blick|blicky|blicks|thumper|glizzy|draco|choppa|cuete")

# Verbs of hurting another person (threat patterns: "threatening to X", "says he will X").
HARM_VERBS = (
    "kill|hurt|harm|stab|shoot|beat|attack|murder|assault|punch|hit|strangle|choke|cut|"
    "slit|rape|slap|kick|burn|poison|slice|kil|smack|bash|strike|jump|fight|shank|gut|"
    "smash|destroy|end|waste|blast|pop|cap|beat+up|mess+up|fuck+up|kick+the+ass|"
    "break+his+neck|break+her+neck|break+your|beat+the+hell+out+of|beat+the+crap+out+of|"
    "beat+the+shit+out+of|kick+the+shit+out+of|knock+out|knock+his+teeth+in|"
    "kick+his+ass|kick+your+ass|kick+her+ass|whoop|whup|whoop+his+ass|put+hands+on|"
    "put+his+hands+on|lay+hands+on|get+physical+with|bash+his+head|bash+her+head|"
    "run+over|run+down|ram|mow+down|run+him+over|run+her+over|run+them+over|run+me+over|"
    "run+us+over|run+you+over|run+him+down|run+her+down"
)
# Future or wished harm, "he'll hurt someone", "going to kill his dad".
WILL = (
    "will|'ll|ill|gonna|going+to|goin+to|gunna|wanna|want+to|wants+to|wanted+to|might|may|"
    "could|would|'d|plans+to|planning+to|planned+to|about+to|trying+to|tried+to|threatens+to|"
    "intends+to|vowed+to|swore+to|promised+to|gon+na|gon|shall"
)
# A threat to a named body part: "going to bash his head in", "he'll break your jaw".
# Only an unhedged will ("might hit her head" on a fall is a worry, not a threat) and
# verbs that do harm on purpose.
SURE_WILL = (
    "will|'ll|gonna|going+to|goin+to|gunna|gon+na|about+to|'d|threatens+to|threatened+to|"
    "vowed+to|swore+to|promised+to|wants+to|wanted+to"
)
PART_HARM_VERBS = (
    "bash|smash|kick|punch|stomp|stomps|cave|knock|blow|split|crack|slit|beat|bust|snap|rip|"
    "tear|blast|shoot|stab|slice|break|cut|gouge|rearrange|pound|bash+in|kick+in|smash+in"
)
WHOSE = "his|her|their|your|ur|my|yo|caller's|rp's|'s|the+kid's|the+baby's|everyone's"
BODY_PART = (
    "head|heads|face|faces|skull|teeth|brains|brain|neck|jaw|throat|legs|leg|knees|kneecaps|"
    "nose|eyes|eye|ribs|arm|arms|fingers|hands|lights|ass|butt|windpipe|spine|back|heart|"
    "guts|mouth|dome|noggin|melon"
)
# Acts of violence done to a person, used with a person object ("hit her", "choked RP").
HIT_VERBS = (
    "beat|beats|beating|hit|hits|hitting|bit|bite|bites|biting|grabbed|grab|grabs|kick|kicks|"
    "kicked|kicking|slap|slaps|slapped|slapping|shove|shoves|shoved|shoving|push|pushes|"
    "pushed|pushing|choke|chokes|choked|choking|strangle|strangles|strangled|strangling|"
    "scratch|scratched|scratching|throw|threw|throws|throwing|punch|punches|punched|"
    "punching|smack|smacked|smacking|slam|slammed|slamming|tackle|tackled|tackling|"
    "headbutt|headbutted|head-butted|headbutting|head-butting|headbutts|stomp|stomped|stomping|elbow|elbowed|knee|kneed|"
    "spit+on|spat+on|spitting+on|drag|drags|dragged|dragging|drug|yank|yanked|yanking|"
    "throttle|throttled|pin|pinned|pinning|trip|tripped|body+slammed|"
    "bodyslammed|sucker+punched|socked|clocked|decked|swung+on|swinging+on|jumped|jumping|"
    "pistol-whipped|attack|attacks|attacked|attacking|assault|assaults|assaulted|"
    "assaulting|rough+up|roughed+up|roughing+up|hurt|hurts|hurting|hurted|injured|injuring|"
    "pummel|pummeled|pummeling|bully|beaten|whip|whipped|whipping|spank|abuse|abused|"
    "abusing|molest|molested|molesting|rape|raped|raping|restrain|restrained|restraining|"
    "tied+up|tie+up|held+down|holding+down|hold+down|pushed+down|knocked+down|knocked+out|"
    "knock+out|knocked|strike|struck|striking|poke|poked|jab|jabbed|slash|slashed|"
    # slang and CAD forms of the same acts ("whooping the kids", "tased the clerk")
    "whooping|whooped|whupping|whupped|whoopin|whuppin|socking|clocking|decking|"
    "body+slamming|bodyslamming|sucker+punching|choking+out|choked+out|torture|tortured|"
    "torturing|tased|tazed|tasered|tazered|tasing|tazing|maced|macing|pepper+sprayed|"
    "pepper-sprayed|curb+stomped|curb+stomping|headlocked|chokeslammed|suplexed|"
    "backhanded|backhanding|bitch-slapped|pimp-slapped|strangeled|stranggled|chocked|"
    "punchd|punchng|kickd|slaped|slapt|shoved|shovd|beatin|hittin|punchin|kickin|chokin|"
    "attackd|asaulted|assualted|assulted|hiting|hitin|beatting|beatng|punshing|punshed|"
    "kiking|kikin|slaping|chokeing|chockin|stranglin|stabing|shovin"
)

VERBAL_ONLY = Context(
    "verbal_only",
    patterns=(
        "verbal|verbally ~1 only",
        "only|strictly|purely|just|all|totally|entirely verbal",
        "verbal-only",
        "no|not|nothing|neg|negative|never physical|hands-on|assault|aslt",
        "just|only|all|purely|strictly ~1 words|yelling|arguing|shouting|screaming|talk|"
        "talking|name-calling",
        # (not "contact": "RP does not want contact" is about the police)
        "no|nobody|noone|not|never ~1 's|is|was ? hitting|hit|punches|punching|touching|"
        "touched|pushing|shoving",
    ),
    lookalikes=(
        # not ruled out, only not yet: "verbal only so far", "no physical yet"
        "verbal|verbally|verbal-only|only|strictly|purely|just|all|totally|entirely|no|not|"
        "nothing|neg|negative|never|nobody|noone ~4 so+far|yet|for+now|at+first|until",
        # "not only verbal", "no longer just yelling" (an answer "no, just yelling" is
        # verbal only)
        "not|n't|nt ~1 only|just|purely|strictly|all|entirely|totally ~1 verbal|verbally|"
        "words|yelling|arguing|shouting|screaming|talk|talking",
        "no longer ~2 verbal|verbally|only|just",
    ),
    affirmed=False,
)
# An explicit "no one hurt" / "nobody touched anybody" screens sounds heard from a room
# ("slamming doors, screaming. No one hurt"); "nobody hurt yet" does not.
NOBODY_HURT = Context(
    "nobody_hurt",
    patterns=(
        "no|nobody|noone|neither|none ~2 hurt|injured|harmed|touched|hit|assaulted|injuries|"
        "physical",
        "nobody|noone|no+one ~1 touched|hit|laid+hands+on|put+hands+on ~1 anybody|anyone|"
        "nobody|each+other",
    ),
    lookalikes=(
        "no|nobody|noone|neither|none ~2 hurt|injured|harmed|touched|hit|injuries ~2 yet|"
        "so+far|known|that",
    ),
    affirmed=False,
)
# The start of a veiled threat: "... or you'll find out".
_OR_YOU_WILL = "or ~1 you'll|youll|you+will|u+will|ull|you're+going+to|youre+gonna|you+gonna ~1"
# Verbs that report what someone said ("says she could kill him").
SAYING = (
    "says|said|saying|stated|states|stating|yelling|yelled|screaming|screamed|shouting|"
    "shouted|told|telling|tells|texted|texting|posted|keeps+saying|kept+saying"
)
# Animals and insects that attack, fight or bite: no person did it.
# Things of hers that an act lands on ("hit her barn", "threw a frisbee at her car").
_HER_THING = (
    "car|truck|van|suv|house|home|barn|siding|shed|garage|fence|window|windows|windshield|"
    "door|mailbox|roof|porch|wall|trailer|camper|boat|yard|lawn|property|building|apartment|"
    "tent|garden|gate"
)
CREATURE = alt(ANIMAL, "bees|bee|wasps|wasp|hornets|hornet|yellowjackets|yellow+jackets|"
               "swarm|insects|insect|spider|spiders|ants|fire+ants|mosquitoes|rooster|"
               "roosters|pitbulls|mutts|k9")
DISPUTE = Context(
    "interpersonal_dispute",
    patterns=(
        "argument|arguments|arguing|argue|argues|argued|dispute|disputes|disputing|"
        "altercation|altercations|confrontation|confronting|confronted|confront|quarrel|"
        "quarreling|feud|feuding|beef|fight|fighting|fought|spat|squabble|road+rage|"
        "disagreement|standoff|stand-off|conflict|conflicts|complaint|complaints|"
        "noise+complaint|disturbance|harassing|harassment|bad+blood|tension|tensions",
        f"yelling|screaming|shouting|cursing|swearing|yelled|screamed|shouted|threatening "
        f"at|to ~1 {PERSON}",
        "arguing|argument|fighting|yelling|screaming ~2 with ~2 " + PERSON,
        # "told him to get off his property"
        "told|telling|tells|ordered|ordering|yelled+at|screamed+at ~1 him|her|them|rp|caller|"
        "us|me ~1 to ~1 get+off|get+out|go+away|back+off|get+lost",
        "get|getting ~1 off|out+of ~2 my|his|her|their|our|the ? property|lawn|land|yard|porch|"
        "driveway",
    ),
    lookalikes=(
        f"arguing|argues|argued|argument|arguments|fighting|yelling|screaming|talking with|at|to "
        f"{REFLEXIVE}|nobody|no+one|noone|voices|the+voices|the+tv|the+sky|god|ghosts|cars|"
        f"traffic|imaginary|the+wall|the+air|the+radio|trees|the+trees|birds|things",
    ),
)

# What may follow an object "her" and leave it a person ("wailing on her, RP hears it",
# "pounding on her again"), as opposed to a possessive ("pounding on her door").
_AFTER_OBJECT: frozenset[str] = frozenset({
    ".", ",", ";", "!", "?", "\n", "-", "--", "/", "and", "but", "so", "then", "again",
    "while", "in", "at", "on", "with", "until", "till", "because", "for", "from", "when",
    "as", "right", "now", "up", "over", "outside", "inside", "repeatedly", "badly", "hard",
    "all", "still", "too", "rn", "multiple", "several", "twice", "non-stop", "nonstop", "&",
    "til", "by", "into", "against", "around", "down", "*", "**", "(", ")", '"', "'",
})


def object_her_guard(doc, norms: list[str], start: int, end: int) -> str | None:
    """A match that ends on "her" reads it as the person acted on; when a noun follows
    ("pounding on her door", "kneeling on her bed", "smothering her fries"), "her" is a
    possessive and the act is on a thing."""
    if norms[end - 1] != "her" or end >= len(norms):
        return None
    nxt = norms[end]
    if nxt in _AFTER_OBJECT or not nxt.isalpha():
        return None
    return f"'her {nxt}': a thing of hers, not her"


# An injury done to someone ("split her lip", "knocked his tooth out"), and what it lands on.
INJURE = (
    "broke|broken|breaks|break|busted|busting|busts|split|splitting|cracked|cracking|fractured|"
    "bloodied|bloodying|bruised|bruising|blacked|dislocated|knocked|knocking|punched|kicked|"
    "scratched|bit"
)
INJURED_PART = (
    "nose|lip|lips|jaw|tooth|teeth|eye|eyes|ribs|rib|arm|arms|wrist|head|skull|cheekbone|"
    "cheek|face|orbital|eye+socket|finger|fingers|collarbone|neck|ear|ears|mouth|forehead|"
    "leg|legs|shoulder|hand"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "violence.assault",
        CODE,
        "an assault, attack or beating",
        patterns=(
            # strangling told by the hands: "he put his hands around her neck"
            "put|puts|putting|had|has|have|wrapped|wrapping|got|gets|placed ~1 his|her|their|"
            "both ? hands|hand|arm|arms|fingers ~1 around|round|on ~2 her|his|my|their|the|"
            "rp's|caller's ? neck|throat",
            # a car as the blow: "he tried to run her over", "hit him with his car on purpose"
            "tried|trying|tries|try|attempted|attempting ~1 to ~1 run ~1 him|her|them|me|us|"
            "someone|people|the+officer|the+guard ~1 over|down",
            # "fists flying outside the bar"
            "fists|punches|blows ~1 flying|thrown|being+thrown|were+thrown|getting+thrown",
            # a thing and then a person: "keeps punching the wall and me"
            f"{HIT_VERBS} ~3 and|& me|him|them|us|everyone|everybody|anyone",
            f"{HIT_VERBS} ~3 and|& her .|,|!|NL|too|now|again|right|rn|and",
            # "smashed a bottle over his head", "broke a chair on his back"
            "smashed|smashing|smashes|broke|breaking|breaks|cracked|cracking|busted ~3 over|on|"
            "across ~4 head|face|skull|'s+back|his+back|her+back|their+back",
            "assault|assaulted|assaulting|assaults|assaultive|aslt|battery|batterd|battered|"
            "attack|attacked|attacking|attacks|attacker|attackers|beating|beaten|beatdown|"
            "beat-down|mugged|mugging|brawl|brawling|melee|fistfight|fist-fight|fisticuffs|"
            "rape|raped|raping|molested|molesting|strangled|strangling|strangulation|"
            "punched|punching|punches|slapped|slapping|headbutted|head-butted|"
            "bitten|pummeled|pummeling|elbowed|kneed|throttled|bludgeoned|"
            "victim|victims|hostage|hostages|abused|abusing|abuser|manhandled|roughed|"
            "retaliate|retaliation|sucker-punched|assaulter|assailant|assailants|"
            "stranglehold|chokehold|choke-hold|beatin|punchin|kickin|hittin|jumped",
            f"{HIT_VERBS} {PERSON_NP}",
            # a person named by whose they are: "slapped a kid's mom" (the look-alike
            # "kicked the neighbor's ..." is a thing of theirs, and stops at the "'s")
            f"{HIT_VERBS} {DET}? {ADJ}? {PERSON_NOUN} 's {ADJ}? {PERSON_NOUN}",
            # "roughing her up again", "knocked him out cold"
            f"roughing|roughed|rough|roughs|beating|beat|knocked|knocking|knock|laid|laying|"
            f"choked|choking {PERSON_NP} up|out|down",
            "got|was|been|being|gets|get knocked+out|knocked+down|laid+out|knocked+unconscious|"
            "koed|ko'd|sucker+punched|cold+cocked|coldcocked|stomped|curb+stomped|punched+out",
            # "one already shoved the other", "one hit the other one"
            f"{HIT_VERBS} the other one|ones|,|.|;|!|and|NL|--|-|into|onto|against|down|to|"
            f"across|off|out",
            f"{HIT_VERBS} 's|caller|rp ~2 {PERSON}",
            f"{HIT_VERBS} caller|rp|victim|subject|subj",
            f"kill|kills|killing|killed|murder|murders|murdering|stab|stabbing|shoot|shooting|"
            f"strangling|strangle|poison|poisoning|rape|raping|stabbed|stabs|shanked|shot|"
            f"shoots {PERSON_NP}|caller|rp",
            "beat|beats|beating|beaten|roughed|roughing up",
            "sexual|sexually assault|abuse|assaulted|abused|attacked",
            "physical|physically altercation|altercations|fight|fighting|violent|violence|"
            "aggressive|abusive|assaulted|hurt|harmed|attacked|fought|struggle|struggling|"
            "confrontation",
            "got|gets|getting|became|become|turned|turning|went|escalated|escalating|now "
            "physical|violent|rough|hands-on",
            "laid|lay|put|putting|puts hands on",
            "put|putting|puts his|her|their hands on",
            "hands on",
            # grabbing or dragging a person by the body
            f"grabbed|grabbing|grabs|grab|seized|yanked|yanking|pulled|pulling|dragged|dragging|"
            f"drags|drag|drug|took|held|holding|lifted|threw|slammed|had|has|got|have|having ~4 "
            f"by|around the|her|his|"
            f"their|my ? throat|neck|hair|arm|arms|collar|shirt|wrist|wrists|hood|jacket|face|"
            f"head|legs|leg|feet|ankles|waist|ponytail|braids",
            f"dragged|dragging|drags|drag|drug|pulled|pulling|shoved|shoving|pushed|pushing|"
            f"forced|forcing|threw|throwing ~3 {PERSON} ~3 into|in|down|across|out+of|along|"
            f"through|to ~2 the|a|his|her|their ? car|van|suv|truck|vehicle|house|room|street|"
            f"ground|floor|stairs|wall|alley|bushes",
            f"threw|throwing|throws|thrown|hurled|hurling|tossed|tossing|flung|flinging|"
            f"chucked|chucking|lobbed|whipped|shoving|shoved|pushing|pushed|swinging|swung ~5 "
            f"at|towards|toward {PERSON_NP}|"
            f"caller|rp",
            # a thing driven into a person: "shoved the table into her"
            f"shoved|shoving|pushed|pushing|threw|throwing|slammed|slamming|knocked|flipped ~3 "
            f"into|onto ~1 him|them|me|us|caller|rp",
            # ("into her yard" is hers, "into her." is she)
            "shoved|shoving|pushed|pushing|threw|throwing|slammed|slamming|knocked|flipped ~3 "
            "into|onto ~1 her .|,|;|!|and|NL|--",
            f"shoved|shoving|pushed|pushing|threw|throwing|slammed|slamming|thrown|knocked ~3 "
            f"into|against|onto|through|down ~2 the|a ? wall|walls|door|floor|ground|table|"
            f"car|window|locker|counter|fence|stairs|pavement|concrete|dresser|mirror",
            "hit|struck|punched|kicked|slapped|smacked ~2 in|on|across the|his|her|their ? "
            + BODY,
            "being|been|was|were|getting|gets|got|get hit|beaten|beat|attacked|assaulted|"
            "kicked|punched|choked|strangled|hurt|abused|slapped|jumped|stabbed|shot|shoved|"
            "pushed|bitten|bit|smacked|beat+up|roughed+up",
            "jumped|jumping|jumps a|the|some|this|that ? kid|man|guy|woman|student|boy|girl|"
            "teen|person|victim|homeless|him|her|them|me",
            "tied|tie|tying up ~2 her|him|them|me|person|victim",
            # "hit her on purpose", "deliberately ran him over"
            "hit|struck|ran+over|run+over|rammed|ran+into|drove+into|hits ~3 on ~1 purpose",
            "intentionally|deliberately|purposely|purposefully ~2 hit|struck|ran+over|rammed|"
            "ran+into|drove+into|swerved+at|aimed+at",
            # an assault told by where it landed: "scratched his face", "punched her mouth"
            "scratched|clawed|punched|slapped|smacked|socked|kicked|kneed|elbowed|headbutted|"
            "head-butted|bit|spit+in|spat+in ~3 's|his|her|their|my|your face|eye|eyes|nose|"
            "mouth|jaw|cheek|cheeks|lip|lips|neck|throat|ear|forehead|teeth",
            "shaken baby",
            "stomped|stomping|stomps|kicking|kicked|kicks ~1 on|in ~2 his|her|their|the|a ? "
            "head|face|chest|ribs|stomach|body|neck|back",
            f"{PERSON} ~2 tied+up|zip-tied|zip+tied|duct+taped|bound|held+at+gunpoint|"
            f"held+at+knifepoint",
            "home invasion|invasions",
            "home-invasion",
            f"grabbed|grabbing|grabs|seized|twisted|twisting|yanked|yanking my|his|her|their|"
            f"the|caller's|rp's|victim's ~1 arm|arms|wrist|wrists|neck|throat|hair|face",
            f"would|wo|will|did|does not|n't|nt let ~1 go ~1 of ? {PERSON}|me|her|him|until",
            "shaking|shook|shakes ~2 the|her|his ? baby|infant|newborn",
            "held|holding|hold ~2 her|him|them|me|person|victim down|hostage|captive|"
            "against+her+will|against+his+will",
            "won't|will+not|wont|not letting|let ~2 her|him|them|me leave|go|out",
            "bloody|black|broken|busted|split nose|lip|lips|eye|eyes|face|jaw|tooth|teeth",
            "blood on|all * ? face|hands|shirt|clothes|floor|him|her",
            "stop hitting|hurting|choking|kicking|touching|punching|beating|attacking me|her|him",
            "get|got off|away ~1 me|of+me",
            "let go|me+go ~2 me|of+me",
            "leave me alone ~2 !",
            "don't|dont|do+not hurt|touch|hit|kill|shoot|stab me",
            "screaming|yelling|crying|shouting|screamed|yelled|cried|shouted|calling for help",
            "screams|screaming|yells|yelling for help",
        ),
        lookalikes=(
            # the injured, not the injuring: "INJURED PERSON", "injured hiker on the trail"
            "injured person|persons|party|parties|pedestrian|hiker|hikers|cyclist|bicyclist|"
            "worker|skier|climber|boater|swimmer|runner|jogger|motorist",
            # a worry about what may come: "wants police to stop him before someone gets
            # hurt", "before she kills someone" (never "before he kills me|her")
            "before|until someone|somebody|anyone|anybody|people|somebody's|someone's get|"
            "gets|getting hurt|killed|injured",
            "before he|she|they kills|kill|hurts|hurt|injures someone|somebody|anyone|anybody|"
            "people",
            # a thing of hers hit: "A ROUND JUST HIT HER BARN SIDING", "threw a frisbee at
            # her car"
            f"hit|hits|struck|strikes her|his|their {_HER_THING}",
            f"threw|throwing|throws|tossed|tossing ~3 at her|his|their {_HER_THING}",
            # an animal hit on the road: "a deer was hit on Highway 97"
            # (the animal right before: never "swung the bat, she was hit")
            f"{CREATURE} was|got|gets|is|been hit|struck|run+over",
            # a date moved: "his VA housing appointment got pushed back a month"
            "appointment|appt|date|meeting|hearing|court|flight|surgery|closing|deadline|"
            "interview|shift|trial|visit|move-in|movein|payday|paycheck|check ~1 got|was|been|"
            "is|gets|keeps+getting pushed|bumped|moved ~1 back|up|out|to|forward|again",
            # a worry about traffic: "walking in the lanes, worried she gets hit"
            # (traffic named first: not "worried she gets hit by him again")
            "traffic|lanes|lane|road|street|highway|freeway|intersection|crosswalk ~12 "
            "worried|afraid|scared|concerned|fears|fearing|nervous ~3 he|she|they|someone|"
            "somebody|she'll|he'll|they'll ~1 gets|get|will+get|might+get|could+get|"
            "is+going+to+get|gonna+get|'ll+get hit|run+over|struck",
            STORY_TOLD,
            # pain, noise or work that is "killing" someone
            "pain|ache|aches|headache|migraine|back|knees|rooster|roosters|dog|dogs|bike|"
            "dirt+bike|noise|music|shifts|double+shifts|job|work|boss|bills|stress|anxiety|"
            "heat|humidity|cold|kids|traffic|commute|neighbors|neighbor|hours|rent|prices|"
            "landlord|schedule|insomnia|arthritis ~4 is|are|'s|'re|has+been|have+been|been|"
            "keeps|keep ? '|\"? killing|kills|killed ~1 me|him|her|us|them",
            # a sport: "a sparring round yesterday where one got knocked down"
            "sparring|spar|sparred|match|bout|round|ring|practice|scrimmage|tournament|game ~8 "
            "got|was|were|been|getting ~1 knocked|knocked+down|knocked+out|choked|choked+out|"
            "hit|punched|kicked|tackled|taken+down",
            # a thing thrown at property, not a person: "threw a brick through his store
            # window" (crime_in_progress may fire on it)
            f"shoved|shoving|pushed|pushing|threw|throwing|thrown|tossed|tossing|slammed|"
            f"slamming|knocked|hurled|hurling ~1 a|the|some|his|her|their ? brick|bricks|rock|"
            f"rocks|stone|stones|bottle|bottles|chair|chairs|ball|object|something|trash|garbage|can|"
            f"cans|cart|bike|sign|table|tv|phone|laptop|bag|bags ~1 into|against|onto|through|"
            f"down|over {NP_LEAD} wall|walls|door|floor|ground|table|car|window|windows|"
            f"windshield|fence|street|dumpster|house|store|yard",
            # banging on things while screaming: property, no struggle
            "screaming|yelling|shouting|hollering ~1 ,|and|& ? banging|pounding|hitting|kicking "
            "~1 on ~2 the|a|his|her|parked|people's ? car|cars|hoods|hood|windows|window|doors|"
            "door|walls|wall|trash+cans|dumpsters|mailboxes|drums|pots",
            # a verbal domestic: "DOM VERBAL", "verbal domestic", "domestic - verbal"
            "domestic|dv|dom|domestic_violence ~1 -|:|/|, ? verbal|verbally|argument|arguing",
            "verbal|verbally ~1 domestic|dv|dom|domestic_violence",
            # places and shots that hurt nobody: "a man on a bench at Battery Park", "the
            # Five Points station", "fainted after her flu shot"
            "battery ~1 park|st|street|ave|avenue|place|wharf|tunnel|point|road|rd|hill",
            "five|5|two|three|four|six|seven|eight points ~8 at ~2 the|passing|oncoming|moving|"
            "parked ? cars|vehicles|traffic|drivers|motorists|passersby|pedestrians|crowd|"
            "houses|windows|buses|kids|people|occupied",
            "her|his|their|my|a|the|an|its ? flu|covid|booster|vaccine|tetanus|allergy|b12|"
            "insulin|cortisone|testosterone|botox|pneumonia|shingles|measles|rabies ~1 shot|"
            "shots",
            # grooming or distress, not restraint: "pulling at her hair", "picking at his skin"
            "pulling|pulled|pulls|tugging|tugged|twisting|picking|picked|scratching ~1 at ~1 "
            "her|his|their|own ~1 hair|clothes|skin|shirt|arms|face|scalp|sores",
            "said|says|saying|told|tells|yelled|yelling ~3 '|\"? try ~1 me ~1 on|at|in|with|"
            "out|later|tomorrow",
            # a weapon carried low, not a person held: "holding it down by his leg"
            "holding|held|holds ~1 it|them|the+gun|the+knife|the+bat|the+rifle down|low ~2 "
            "by|at|along|against ~2 his|her|their ? leg|legs|side|thigh|hip",
            # "she and her dog were kicked out of the shelter"
            "was|were|got|been|being|get|gets|getting ? kicked|kicking|kick|kicks ~1 out|off ~1 "
            "of|from",
            "hit and|& run|runs",
            "hit-and-run|hit-run",
            # a cell, not a crime: "swallowed a button battery"
            "button|aa|aaa|car|phone|lithium|9v|watch|dead|laptop|cell|coin|hearing+aid|"
            "backup|spare|low|replacement|rechargeable|camera|flashlight|smoke+detector ~1 "
            "battery|batteries",
            "battery|batteries ~1 acid|charger|charging|operated|powered|pack|packs|backup|"
            "dead|died|low|leak|leaking|fire|explosion|exploded|swallowed|ingested",
            "swallowed|ingested|ate|chewed ~3 battery|batteries",
            "hit|hits|hitting|struck|striking|strikes|smacked|kicked|kicking|kicks|punched|"
            "punching|slammed|slamming|threw|throwing|throw|pushed|pushing|pushes|push "
            "a|the|his|her|my|their|our|'s|some|into|at|on|through|against ? a|the|his|her|my|"
            "their|our|'s|some ? parked|patio|shopping|soccer|other|neighbor's|own ? car|cars|"
            "vehicle|vehicles|pole|curb|mailbox|fence|tree|deer|dog|building|wall|walls|sign|"
            "hydrant|truck|bus|van|suv|sedan|median|jackpot|lottery|button|buttons|snooze|road|"
            "ground|deck|sack|brakes|pothole|gas|door|doors|ball|balls|can|cans|trash|garbage|"
            "bag|bags|cart|carts|stroller|wheelchair|furniture|chair|table|tv|window|windows|"
            "glass|dumpster|bin|bins|rocks|stuff|things|items|belongings|clothes|party|fit|"
            # (no bare "on"/"up"/"back": "threw her on the floor" is an assault; "hit on",
            # "hit up" have their own look-alikes below)
            "tantrum|the+road|the+books|the+hay|the+bottle|the+gym|it+off|bottom|"
            "rock+bottom|a+wall|a+nerve|home|level|button|record|limit|target|mark|spot|"
            "stop|high|low|traffic|town|streets|bar|bars|club|the+bars|the+clubs|pause|"
            "publish|play|send|reply|enter|golf|tennis|baseball|pedal|gas|paper|deadline|"
            "limits|boundaries|drugs|dope",
            "hit|hits his|her|their|my head ~3 on|against|when|while|falling|fall|fell",
            "fell|falling|fall|falls|slipped ~4 hit|hitting|struck|striking",
            "hit|hits|hitting on",
            "hit|hits|hitting up|me+up|him+up|her+up",
            "attack|attacks panic|anxiety|heart|asthma|asthmatic",
            # battery, the device: "battery 80%", "phone battery died", "battery pack"
            "phone|cell|laptop|car|tablet|device|oxygen|concentrator|wheelchair|scooter|"
            "hearing+aid|detector|backup|spare|dead|low|aa|aaa|lithium|9v|9-volt|charged|"
            "rechargeable|replacement|new battery|batteries",
            "battery|batteries NUM|life|pack|packs|charger|chargers|charging|charged|powered|"
            "operated|backup|level|low|dead|died|dying|drained|acid|cables|terminal|terminals|"
            "percent|is+low|is+dead|was+dead|ran+out|running+low",
            # harmless things thrown in horseplay: "kids throwing food at each other",
            # "throwing snowballs at cars" (a food fight, not an assault)
            "threw|throwing|throws|throw|tossing|tossed|tosses|flinging|flung|chucking|chucked|"
            "lobbing ~1 food|snowballs|snowball|water+balloons|popcorn|confetti|pillows|pillow|"
            "candy|spitballs|glitter|silly+string|paper+airplanes|crumbs|fries|french+fries ~2 "
            "at ~1 each+other|one+another|people|them|us|him|her|kids|everyone|passersby|"
            "customers|staff|cars|friends",
            # a pet or an animal attacked: "the dog attacked her cat"
            "attack|attacked|attacking|attacks|mauled|mauling her|his|their|my|our|the|a|"
            "neighbor's|neighbors|someone's|another|two|several ? small|little|pet|family ? "
            "dog|dogs|cat|cats|kitten|kittens|puppy|puppies|pet|pets|chicken|chickens|hen|hens|"
            "goat|goats|horse|horses|duck|ducks|goose|geese|rabbit|rabbits|bird|birds|sheep|"
            "cow|cows|livestock",
            "panic|anxiety|heart|asthma|asthmatic|gout|migraine|allergy|allergic attack|attacks",
            "beat|beating|beats the traffic|heat|odds|clock|deadline|record|drum|drums|rush|"
            "system|game|level|team|rivals|rival|other+team|case|charge|charges|ticket",
            "heart|dead beat|beating|beats",
            "heart ~2 beating|beats",
            "beat up ~1 car|truck|vehicle|van|couch|sofa|chair",
            "beat-up|beatup car|truck|vehicle|van",
            "victim of|to|from a ? fraud|scam|scams|identity|theft|burglary|crime|break-in|"
            "robbery|report|vandalism|hit-and-run|circumstance|circumstances",
            "fraud|scam|theft|identity|burglary|robbery|property|crime|break-in|vandalism "
            "victim|victims",
            "victim ~4 burglary|theft|fraud|scam|report|vandalism|break-in",
            "victim advocate|advocates|services|witness|assistance|compensation",
            "spit|spat|spitting on the ground|sidewalk|floor",
            "child|elder|drug|substance|alcohol|animal|verbal|emotional|financial abuse",
            "abuse|abusing|abused of|substance|drug|drugs|alcohol|pills|meds|the+system",
            "verbal|verbally abuse|abused|abusing|abusive",
            "restrained|restraining order|orders",
            "seat belt restrained",
            "restrained|restraining ~2 dog|dogs|by+staff|by+security|by+police|by+officers",
            "jumped|jumping|jumps over|off|in|into|on|onto|out|up|down|ship|bail|start|"
            "turnstile|turnstiles|fence|fences|line|queue|the+fence|the+gun|the+line|at|from|"
            "around|rope",
            "jumped|jump start|started",
            "kicked|kick|kicking|kicks ~2 out|off",
            "kicked|kick|kicking ~3 soccer|ball|balls|can|cans|football|the+habit|door|doors|"
            "tires|tire|rocks|dirt|sand|leaves",
            "grabbing|grabbed|grab|grabs ~2 food|bag|bags|stuff|items|cart|keys|phone|coffee|"
            "lunch|dinner|drink|beer|beers|something|things|snacks|purse|wallet|money|"
            "belongings|clothes|jacket|coat|attention|seat|spot|bite",
            f"{ANIMAL} ~2 attack|bit|bite|bites|biting|bitten|attacked|attacking|attacks|jumped|"
            f"scratched|charged|chased|chasing|lunged|lunging ~3",
            "dead|car|phone|low|new|aa|aaa|9v|lithium|spare|truck|backup|detector|alarm|"
            "smoke+detector|dying|weak ~1 battery|batteries",
            "battery|batteries ~1 died|dead|dying|is+dead|was+dead|charger|charging|pack|powered|"
            "operated|life|low|acid|cables|chirping|needs|replaced|replacing|running",
            "he'll|will|might|could|gonna|going+to|may|'ll|afraid|worried|scared|concerned ~3 "
            "get|be|being|getting ~1 hit|struck|run+over",
            "afraid|worried|worry|worries|scared|concerned|fear|fears|feared|might|could ~4 "
            "get|be|being|getting ~1 hurt|injured|killed|harmed|hit",
            "got|get|getting|was|been|being ~1 kicked ~1 out|off",
            "sign|signs|pole|mailbox|fence|tree|car|cars|vehicle|truck|light|lamp|hydrant|trash|"
            "can|cans|bin|bins|cart|display|statue|bike|scooter|house|building ~2 is|was|got|"
            "been|were ~1 knocked|hit|struck|smashed|damaged",
            f"{HIT_VERBS} {DET}? {PERSON} 's",
            f"{HIT_VERBS} his|her|their|my|our|the ~1 mailbox|mailboxes|trash|bins|bin|sign|"
            f"fence|car|bike|stuff|things|drink|phone|door|window|plant|plants|cart|tent|"
            f"garbage|cans|can",
            "stomping|stomped|stomps ~3 around|loudly|upstairs|feet|floor|floors|all+night|"
            "and+dropping",
            f"shoot|shot|shooting|shoots {PERSON_NP} a|an ~1 text|message|email|line|note|look|"
            f"glance|smile",
            f"poison|poisoning|poisoned|poisons ~1 {PERSON}|his|her|their|my|the ~1 water|food|"
            f"drink|drinks|coffee|meds|medication|mind|minds|air|tea|well|pills",
            "paranoid|delusional|delusions|delusion|convinced ~6 poisoning|poisoned|poison|"
            "poisons",
            "believes|believe|thinks|think|claims|accuses|accusing|says ~4 is|are|been|keeps|"
            "keep ~1 poisoning",
            "fell|fainted|falling|fall|falls|collapsed|slipped|tripped|passed+out|seizure|"
            "seizing|seized ~8 hit|hitting|hits|struck|striking|bumped|banged his|her|their|my "
            "head|face|back|chin|knee|hip",
            "cut|cutting|cuts ~2 hair|nails|grass|lawn|check|lock|fence|tree|hedge|bangs",
            "jump|jumping|jumped|jumps ~2 car|battery|truck|vehicle|start",
            "stabbing|stab pain|pains|sensation|sensations|headache",
            "house|home|car|apartment|store|garage|shed|place|business|vehicle|truck|unit ~2 "
            "was|got|been|were ~1 robbed|hit|broken",
            "scratched|scratch|scratches ~2 car|door|paint|vehicle|bumper|fender|truck",
            "punched in|out",
            "retaliation ~3 parking|complaint|complaints|report",
            "beating|beat|beats ~2 eggs|rug|rugs|carpet",
            "hurt|hurts|hurting his|her|their|my ? feelings|back|knee|leg|arm|feet|foot|ankle|"
            "wrist|head|stomach|shoulder|neck|hip|hand|pride|business|chances|ego|"
            "reputation|credit|eyes|ears",
            "dragging|dragged|drags|drag|drug ~2 his|her|their|a|the|my ? feet|foot|leg|bag|bags|"
            "cart|carts|trash|garbage|suitcase|mattress|couch|furniture|tarp|belongings|stuff|"
            "things|box|boxes|blanket|sleeping+bag|out|on",
            "drug|drugs ~1 dealer|dealers|dealing|deal|use|user|users|addict|problem|abuse|"
            "test|tests|paraphernalia|activity|house",
            "pushing|pushed|push|pushes ~3 cart|carts|stroller|wheelchair|shopping|buttons|"
            "button|limits|boundaries|drugs|paper|papers|pills|agenda|back|for|through|forward|"
            "it|appointment|meeting|date|deadline",
            "throwing|threw|throws|thrown|toss|tossing|tossed ~3 out|away|trash|garbage|rocks|"
            "up|things|items|stuff|food|bags|fit|fits|tantrum|tantrums|party|belongings|clothes|"
            "ball|balls|frisbee|snowballs|snowball|bottles|cans",
            "screaming|yelling|shouting|crying for help ~4 with|finding|getting|paying|housing|"
            "shelter|rent|food|money",
            "help me ~2 with|find|get|out|move|carry|pay|understand",
            "get|got off me ~2 phone|line|case|back",
            "let me go ~2 in|inside|home|back|to|out|through",
            "let go of me ~0 ,",
            # holding one's own chest or stomach is a symptom, not an assault
            "grabbed|grabbing|grabs|clutched|clutching|clutches|holding|held his|her|their ? "
            "own ? chest|heart|stomach|belly|abdomen",
            "black eye peas|friday",
            "bloody mary|marys|hell|nose+bleed",
            "blood on ~3 sidewalk|floor|ground|street|pavement|sink|toilet|sheets|bed|towel",
            # a penalty, a game won, an ache, self-blame: no blow struck
            f"slapped|slaps|slapping|slap|hit|hits|hitting {PERSON_NP}|caller|rp ~2 with ~2 a|an|"
            f"the ? fine|fee|fees|ticket|tickets|lawsuit|suit|citation|citations|bill|charge|"
            f"charges|late+fee|warning|notice|eviction|lien|tow|penalty|bill|invoice",
            f"beat|beats|beating|beaten|whooped|whooping|smoked|crushed {PERSON_NP} at|in ~2 a|"
            f"the ? chess|cards|pool|checkers|poker|game|games|video+game|video+games|"
            f"basketball|arm+wrestling|darts|race|cornhole|monopoly|scrabble|trivia|ping+pong|"
            f"tennis|golf|bingo|dominoes|fortnite|madden|spades|uno|foosball|bowling",
            "back|feet|foot|head|knee|knees|tooth|teeth|neck|shoulder|hip|legs|prices|rent|"
            "heat|commute|traffic|noise|wait|waiting|suspense|hangover|stomach|cramps|"
            "allergies|humidity|shoes|boots|migraine|arthritis|sciatica|gas+prices ~3 is|are|"
            "'s|'re ? killing|kills|killed me|us|him|her",
            f"beating|beat|beats|beaten {REFLEXIVE} up",
            "nobody|noone|no+one|never|not|n't|nt|neither|didn't ~2 put|puts|laid|lay|putting|"
            "placed|had ~1 his|her|their|any ? hands on",
            # a report of one that is over, the way a call type says it: "ASSAULT REPORT",
            # "ASSAULT - PRIOR", "SEXUAL ASSAULT - DELAYED REPORT", "242 BATTERY RPT"
            "assault|assaults|aslt|battery|sexual+assault|rape|stabbing|shooting|abuse ~2 "
            "report|rpt|prior|cold|delayed|delay|past|late|follow-up|followup|f/u|info|"
            "information|inquiry|historical|old",
            "victim|victims ~2 at|in|to ~1 the ? hospital|er|emergency+room",
            # a workout, not a fight: "people kicking and punching pads"
            "punching|punched|kicking|kicked|hitting|hit ~2 the|a ? pads|pad|bags|bag|mitts|"
            "heavy+bag|punching+bag|dummy|dummies|targets|focus+mitts",
            # bedding and the air: "punching his pillows for hours, not hitting anybody"
            "punching|punched|punches|hitting|hit|kicking|kicked|beating|beat ~1 his|her|their|"
            "my|the|a ? pillow|pillows|mattress|mattresses|bed|couch|cushion|cushions|air|"
            "stuffed+animal|teddy+bear",
            # things, not people: "punching a street sign", "punched a hole in his wall",
            # "threw his tablet against the wall", "hit her bumper"
            "hit|hits|hitting|struck|smacked|kicked|kicking|punched|punching|slammed|slamming|"
            "threw|throwing|throw|smashed|smashing ~1 a|the|his|her|my|their|own ? street+sign|"
            "stop+sign|hole|holes|fridge|refrigerator|mirror|locker|lockers|cabinet|cabinets|"
            "dresser|tablet|phone|laptop|controller|xbox|playstation|dishes|plates|bumper|"
            "fender|tailgate|side+mirror|windshield|hood|steering+wheel|dashboard|punching+bag",
            "threw|throwing|thrown|tossed ~1 them|it ~2 on|onto ~2 the ? floor|ground|bed|couch|"
            "pile|lawn",
            # bitten or stung by an animal: "got bit by a copperhead"
            f"got|was|been|were|get|gets|getting|being ? bit|bitten|stung|attacked|scratched|"
            f"mauled ~2 by ~2 a|an|the|his|her|their|our|my|"
            f"neighbor's|a+neighbor's|some ? {ANIMAL}|snake|copperhead|rattlesnake|"
            f"cottonmouth|spider|bee|bees|wasp|wasps|hornet|hornets|tick|raccoon|bat|coyote|fox|"
            f"squirrel|possum|opossum|jellyfish|stingray|shark",
            # anyone at all is what a screening denies or a fear imagines ("no command to hurt
            # anyone", "said nothing about hurting anyone"); a threat to anyone is
            # violence.threat's
            "hurt|hurting|hurts|harm|harming|harms|kill|killing anyone|anybody",
            # picking at one's own skin
            # (her own, not "he scratched her face")
            "picking|picked ~1 at? ~1 her|his|their ~1 skin|sores|scabs|arms|face|scalp",
            "scratching|scratched ~1 at? ~1 her|his|their ~1 own? ~1 arms|arm|skin|legs|sores|"
            "scalp|head",
            "scratching|scratched ~1 herself|himself|themselves",
            # a delusion told: "saying the neighbors are poisoning him"
            "saying|said|claiming|claimed|insists|insisting|thinking|convinced|believing ~4 "
            "is|are|been|keeps|keep|were|was ~1 poisoning|poisoned ? him|her|them|me|us|his|"
            "their",
        ),
        guard=all_guards(dated_past_guard, days_back_guard),
        forbids=SHOT_WITH_NOTHING,
    ),
    Rule(
        "violence.sounds_of_struggle",
        CODE,
        "sounds of a struggle: thumps or crashes with screaming",
        patterns=(
            "thumps|thuds|thumping|thudding|banging|crashing|crashes|slamming ~4 screaming|"
            "yelling|crying|scream|screams",
            "screaming|yelling|crying|screams ~4 thumps|thuds|thumping|thud|banging|crashing|"
            "crashes|things+breaking|glass+breaking",
        ),
        forbids=(VERBAL_ONLY, NOBODY_HURT),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.blow_heard",
        CODE,
        "a blow or a struggle heard, not seen",
        patterns=(
            # one blow heard: "a loud thud against the wall and yelling", "glass breaking and
            # a woman yelling stop"
            "thud|thump|crash|bang|slam|things+breaking|glass+breaking|glass+shattering ~4 "
            "and|then|with|, ~2 a|the|someone|somebody|people|a+woman|a+man|a+child|a+kid ? "
            "screaming|yelling|crying|scream|screams|shouting|shrieking|wailing",
            # "sounds of a struggle upstairs", "noises like someone being thrown around"
            "sounds|sound|noises|noise ~1 of|like ~1 a|someone|somebody|people ? struggle|"
            "struggling|fighting|fight|scuffle|scuffling|wrestling|hitting|slapping|punching|"
            "someone+being+hit|somebody+being+hit|someone+being+thrown|being+thrown",
            # a blow heard, not seen: "she thinks she heard a slap", "heard a punch"
            "heard|hears|hearing|hear ~2 a|the|what+sounded+like+a|what+sounded+like ? slap|"
            "slaps|smack|smacks|slapping|smacking|punch|punches|punching|hitting|blows",
        ),
        own_lookalikes=(
            # a door or a thing: "heard the slap of the screen door", "hitting the bag"
            "heard|hears|hearing|hear ~2 a|the ? slap|smack|bang|slam|thud|crash ~1 of|from ~2 "
            "the|a|his|her ? screen|door|doors|screen+door|car+door|gate|window|shutters|"
            "tailgate|trunk|dumpster+lid|lid",
            "heard|hears|hearing|hear ~2 hitting|punching ~2 the|a|his|her ? bag|punching+bag|"
            "ball|balls|wall|drum|drums|nail|nails",
        ),
        # (no "nobody hurt" or "verbal only" clearing: a neighbor who hears a slap through
        # the wall cannot see who is hurt; the call-taker asks) ... but a later word that
        # explains the sound clears it: "UPD daughter says it was a cabinet door, ...
        # nobody touched anybody"
        forbids=Context(
            "sound_explained",
            patterns=(
                "it|that|this|noise|noises|sound|sounds|bang|slap|thud|crash ~1 was|were|'s|is "
                "~5 cabinet|door|doors|tv|television|movie|show|game|video+game|dog|dogs|cat|"
                "kids+playing|dropped|fell|falling|furniture|dresser|shelf|pan|pot|pots|dishes",
                "nobody|noone|no+one ~1 touched|hit|laid+hands+on|put+hands+on ~1 anybody|"
                "anyone|nobody|each+other",
                "nobody|noone|no+one ~1 was|got|been ~1 hit|touched|slapped|struck|punched",
            ),
            side="after",
            affirmed=False,
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.fight",
        CODE,
        "a physical fight",
        patterns=(
            "fight|fights|fighting|fought|fiting|figting|fightin|brawl|scuffle|scuffling|"
            "tussle|tussling|wrestling|wrestled|rumble|skirmish",
        ),
        lookalikes=(
            "rumble strip|strips|stripes",
            "fight song|songs|chant|chants|music",
            # a fight that is over: "after a fight with his girlfriend"
            # (not "following": "following the fighting couple")
            "after|since ~2 a|an|the|their|his|her|big|bad|huge ? fight|argument|altercation|"
            "scuffle|spat",
            "after|since ~2 months|weeks|years|days|a+year|a+month ~1 of ~1 fighting|arguing|"
            "feuding",
            "water|squirt|nerf|snowball|snow|pillow|food|paintball|balloon|water+balloon|"
            "water+gun|squirt+gun|nerf+gun|toy|play|mock|pretend|tickle|thumb|dance|rap ~1 "
            "fight|fights|fighting",
            "fight|fights|fighting|fought ~3 with|against ~3 insurance|company|landlord's|"
            "bank|city|county|ticket|claim|cancer|cold|flu|infection|addiction|eviction|"
            "system|court|agency|utility|school|bureaucracy|billing|government|irs|state|"
            "feds|va|benefits|disability|depression|illness|disease|boss|employer|dmv|"
            "company|hospital|doctors|insurer|parole|probation|charges|case|lawsuit|lease",
            "fight|fighting|fought|fights|fighter ~2 cancer|addiction|eviction|ticket|fire|"
            "fires|crime|cold|flu|infection|urge|urges|depression|sleep|traffic|charges|"
            "charge|case|cold|virus|covid|disease|illness|tears|back+tears|the+system|"
            "the+city|the+power|for+custody|for+his+life|for+her+life|for+rights|for+justice|"
            "to+stay+awake|it+out+in+court|in+court",
            "verbal|verbally|word|words|shouting|screaming|yelling|pillow|food|snowball|water|"
            "dog|dogs|cat|cats|rooster|cock|cocks|chicken|play|pretend|custody|legal|court|"
            "paper|billing|parking|phone|text|online|twitter|facebook|instagram|tiktok|"
            "social+media|mma|ufc|boxing|cage|prize|title|pay-per-view|ppv|food|nerf|"
            "water+balloon|sword|pillow|tickle|dance|rap|karate|kung+fu|video+game|staged "
            "fight|fights|fighting",
            "fight|fights|fighting|fought ~2 on ~1 tv|television|phone|facebook|social|online",
            "fight|fighting|fights|fought|arguing|argue over|about|with ~1 the|a|his|her|their ? "
            "phone|text|texts|custody|remote|tv|money|rent|parking|noise|bills|bill|words|space|"
            "spot|video+game|game|games|toys|toy|xbox|controller|ipad|tablet|computer|"
            "playstation|switch|chores|dishes|homework|music|thermostat|bathroom|car|keys",
            "fight|fighting|fights|fought ~3 with|w/|using ~1 words",
            "not|isn't|wasn't|no|never|nt fighting|fight|physical",
            "fire|fires fighting|fighter|fighters",
            "firefight|firefighter|firefighters|fire-fighter|prizefight|prizefighter|"
            "dogfight|dogfighting|cockfight|cockfighting",
            "fighting back tears",
            "flight or ? fight|flight",
            "fight|flight or ? flight|fight",
            "fighting words|chance|spirit|shape|irish",
            "wrestling ~3 match|matches|team|practice|tv|show|with+his+demons|with+her+demons|"
            "with+the+idea|with+the+decision|with+addiction",
            "fight club|night|card|gym",
            "boxing|mma|ufc|fight gym|match|night|card|class",
            "fighting|fought|fight ~3 with ~2 himself|herself|themselves|voices",
            # shadow-boxing an imaginary foe: '"fighting" with the air', "fighting demons"
            "fighting|fought|fight|fights|punching|swinging ~3 with|at ? the|thin ? air|nothing|"
            "demons|shadows|ghosts|spirits|invisible|imaginary|noone|no+one|nobody|hallucinations",
            "fighting|fight|fought ~2 off ~2 a|the ? cold|flu|infection|sleep|virus|urge",
            "fight|fights|fighting|fought|tussle ~3 over|about|for ~3 custody|space|spot|"
            "parking|blanket|remote",
            f"wrestling|wrestled|play+fighting|play-fighting|playfighting|roughhousing|fighting|"
            f"playing|tussling ~3 with ~2 the|a|his|her|their|our|my ? {CREATURE}",
            # a struggle with an illness, an urge or a voice: "FIGHT THE DEVIL", "I'M DONE
            # FIGHTING THIS" (never "fighting it", which may be "fighting it out")
            "fight|fighting|fights|fought ~2 the|this|his|her|their ? devil|demons|demon|this|"
            "diagnosis|dx|diabetes|disease|cancer|voices|feeling|feelings|thoughts",
            "done|tired|sick|finished|through ~1 of|with ? fighting|fight",
        ),
        forbids=VERBAL_ONLY,
        # "kicked out after a fight last month" is no fight now
        guard=all_guards(dated_past_guard, days_back_guard),
        # on a call type ("FIGHT"), the notes may rule it out: "clarifies it's parents
        # yelling at each other, nobody touching anyone" (``reconcile``, as for a bare
        # domestic and ``calltype.fight``)
        extra={"narrative_rules_out": VERBAL_ONLY},
    ),
    Rule(
        "violence.fight_physical",
        CODE,
        "a fight named as physical (fists, punches, blows): no 'verbal only' rules it out",
        patterns=(
            "fist+fight|fist+fighting|fistfighting|fistfight|fist-fight|fist-fighting|"
            "street+fight|gang+fight|bar+fight|throwing+hands|throwing+punches|threw+punches|"
            "exchanged+blows|trading+blows|came+to+blows|fighting+on+the+ground|shoving+match|"
            "pushing+match|slap+fight|slapfight|went+to+blows|going+to+blows|comes+to+blows|"
            "coming+to+blows|goes+to+blows|come+to+blows",
            # still at it: "it went to blows, still swinging" (not "still fighting", which
            # is as often words: "still fighting over the remote")
            "still ~1 swinging|punching|hitting|throwing+punches",
            "fighting|fight|fought ~4 on ~1 the ~1 ground ~4 not+moving|bleeding|kicking|"
            "punching|unconscious|knocked+out",
        ),
        lookalikes=(
            "mma|ufc|boxing|cage|karate|staged|video+game|movie|tv ~2 fist+fight|street+fight|"
            "bar+fight|fistfight",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.threat",
        CODE,
        "a threat to hurt someone else",
        patterns=(
            f"threatening|threatened|threatens|threaten|threats|threat|threating|thretening|"
            f"threatned ~4 {HARM_VERBS}",
            f"says|said|saying|stated|states|stating|yelling|yelled|screaming|screamed|"
            f"shouting|shouted|told|telling|tells|texted|texting|posted|vowed|swore|swearing|"
            f"keeps+saying|kept+saying|wrote|messaged|called+and+said|threatening ~4 "
            f"{WILL} ~2 {HARM_VERBS} {PERSON_NP}|caller|rp",
            f"{WILL} {HARM_VERBS} ~1 {PERSON_NP}",
            # "will 'beat the s**t' out of the landlord", "going to make her regret"
            f"{WILL} '|\"? beat|kick|knock|slap|punch|smack ~1 the ~3 out ~2 of ~1 {PERSON_NP}",
            f"{WILL} ~4 '|\"? make ~1 her|him|them|you|me|rp|caller ~1 regret|pay|suffer|sorry",
            f"{WILL} ~2 '|\"? send ~1 him|her|them|you ~2 to|back+to ~1 hell|his+maker|"
            f"her+maker|the+grave|the+morgue",
            # a pet and then the person: "threatened to kill RP's dog and then RP" (the pet
            # alone is a look-alike)
            f"threaten|threatened|threatening|threatens|threats|{WILL} ~2 kill|hurt|harm|stab|"
            f"shoot|beat|attack|murder|poison|shank|strangle|choke|cut|beat+up|run+over ~3 "
            f"and|& then|also|maybe ? me|him|her|them|us|rp|caller|everyone|everybody|"
            f"{PERSON_NP}",
            # "going to put him in the ground" (the hospital: ``threat_hospital``)
            f"{WILL} ~2 '|\"? put|send ~1 him|her|them|you|me|us|'em|rp|caller|y'all|yall ~1 in|"
            f"into|to ~1 the|a ? ground|grave|wheelchair|morgue|body+bag|coffin|casket|dirt",
            # "saying he's gonna 'light her up'" (shoot her)
            f"{WILL} '|\"? light|lite ~1 her|him|them|you|me|y'all|yall|'em|this+place ~1 up",
            # "said he'd come back and bash her face in"
            f"{SAYING}|threatened|threatening|threatens|swore|vowed|warned ~4 {WILL} come|go|get|"
            f"be ~1 back|over|out|around|here|there ~2 and|to ~1 {HARM_VERBS}",
            f"{WILL} '|\" {HARM_VERBS} ~1 {PERSON_NP}",
            f"threatening|threatened|threatens|threaten|threating {DET} * {PERSON}",
            f"{WEAPON_OBJ}|bullet|bullets ~2 for ~1 anyone|anybody|whoever|everyone|everybody|"
            f"you|them|him|her|the+next|any+of",
            "anyone|anybody|whoever ~2 comes|tries|steps|walks|gets ~3 gets|get|will|'ll|"
            "is+getting|gonna ~2 stabbed|shot|cut|hurt|killed|it",
            f"said|says|saying|told|tells|stated|states|yelled|yelling|screamed|shouted ~2 that ? "
            f"he|she|they|i ~1 will+get|is+going+to+get|going+to+get|'ll+get|gonna+get|"
            f"was+going+to+get|will+go+get|'ll+go+get|is+getting|getting ~2 a|his|her|my|the ? "
            f"{WEAPON_OBJ}|piece|strap|heater|burner|gat|heat",
            # "says he'll use it on anyone who comes in" (the weapon in hand)
            f"{WILL} '? use ~1 it|them|this|that ~1 on ~1 anyone|anybody|whoever|everyone|"
            f"everybody|you|ya|them|him|her|me|us|people|somebody|someone|caller|rp|"
            f"{PERSON_NP}",
            # a veiled threat in his own words: texting "i have something for the neighbors"
            "'|\" i ~1 have|got|'ve+got|'ve|got+a ~1 something|a+surprise|a+present|one ~1 for ~1 "
            "the|my|you|them|him|her|y'all|yall|all ? neighbors|neighbor|landlord|ex|boss|you|"
            "them|him|her|y'all|yall|everyone|everybody|all",
            # a gun promised to someone: "told him he has a gun for the caller tonight",
            # "would bring his pistol over a debt", "will shoot up his house"
            f"has|have|got|'s+got|bringing|bring|brings|coming+with ~2 a|his|her|the|my ? "
            f"{FIREARM}|weapon|piece|strap|bullet|bullets ~1 for ~1 {PERSON_NP}|caller|rp|him|"
            f"her|them|you|'s",
            f"{WILL} ~2 bring|bringing|use|come+with a|his|her|the|my ? {FIREARM}|piece|strap ~3 "
            f"over|about|because|for|tonight|next+time",
            f"{WILL} ~2 shoot+up|shoot|spray|light+up ~2 his|her|their|the|your|my|rp's|"
            f"caller's ? house|home|car|place|apartment|apt|business|shop|store|trailer",
            # "on his way to her house to 'make her pay'" (not "make him pay the rent")
            "to|and '|\"? make ~1 her|him|them|you|rp|caller|'em ~1 pay|suffer|regret '|\"? "
            ".|,|!|;|NL|'|\"|for+it|for+this|for+that|for+what|dearly",
            f"{WILL} {HARM_VERBS} ~1 caller|rp|'s",
            # "said he will 'put a bullet in it and you'"
            "put|putting|puts|pump|pumping ~1 a|one|two|some ? bullet|bullets|cap|caps|round|"
            "rounds|hole|holes|slug|lead ~1 in|into|through ~4 you|ya|him|her|them|me|your|his|"
            "their|head|heads|face|chest|rp|caller|skull",
            # veiled threats, in the words people use: "leave me alone or you'll find out",
            # "said he'd f him up", "he'll be back with his boys to handle it", "said 'I know
            # where you live'"
            f"{_OR_YOU_WILL} find+out|regret+it|be+sorry|get+hurt|see+what+happens",
            f"{WILL} fuck|f|mess|jack|fck|eff|tear ~1 him|her|them|you|u|ya|me|'em|rp|caller ~1 "
            f"up",
            "said|says|saying|told|tells|texted|yelled|yelling|screamed|wrote ~3 i|we ~1 know "
            "~1 where ~1 you|u|she|he|they ~1 live|lives|stay|stays|sleep|sleeps",
            "come|be|coming|comes ~1 back ~1 with ~2 his|my|her|their|the|some ? boys|friends|"
            "crew|guys|homies|people|brothers|cousins|gang ~4 handle|take+care|deal|finish|"
            "settle|get|hurt|beat|kill|jump|fight",
            # "threatened to slash his tires and his face" (a face, not only the tires)
            "threatened|threatening|threatens|threaten ~6 slash|slashing|cut|cutting|carve|"
            "carving ~4 face|throat|neck",
            # a partner afraid of what is coming: "has not touched RP but she is afraid he will"
            "afraid|scared|terrified|fears|fearful ~2 he|she|they ~1 will|'ll|might|may|"
            "is+going+to ~1 hurt|hit|attack|kill|harm|beat|choke|get+physical|.|/|;|NL",
            # "said he is going to bash his head in", "he'll smash your face in"
            f"{SURE_WILL} ~1 {PART_HARM_VERBS} {WHOSE} ~1 {BODY_PART}",
            f"{SURE_WILL} ~1 {PART_HARM_VERBS} the|that|this|some|a ~2 head|face|skull|teeth|"
            f"jaw|neck|throat|kneecaps|knees|legs|ribs|nose|windpipe|lights|ass",
            f"{WILL} '|\"? {HARM_VERBS} all|every|each|both|any|some|the+rest|one|two ~1 of ~1 "
            f"you|ya|y'all|yall|them|us|these|those|'em",
            f"{WILL} '|\"? {HARM_VERBS} you|ya|them|'em ~1 all|both",
            f"{WILL} {HARM_VERBS} you|ya|u|y'all|everyone|everybody|anyone|anybody|someone|"
            f"somebody|people|them|him|her",
            "homicidal|homicidal_ideation|suicidal_homicidal_ideation|homocidal|homicidial",
            f"{HARM_VERBS}|kills|killing|killed|hurting|harming|shooting|stabbing ~1 "
            f"{REFLEXIVE} and|& * ? her|him|them|his|wife|husband|kids|children|family|"
            f"everyone|everybody|others|baby|girlfriend|boyfriend|mom|dad|us|me",
            "murder-suicide|murder|murdered|murdering|homicide",
            "death|kill threat|threats",
            # threats made or yelled, of nothing named (of harm, unless they say otherwise):
            # "yelling threats at the landlord", "THREATS MADE DURING NEIGH DISPUTE"
            "yelling|screaming|shouting|hollering|making|made|makes|hurling|issuing|texting|"
            "sending|sent|left|leaving|posting|posted|receiving|received|getting|got|gets ~1 "
            "threats|threatening+messages|threatening+texts|threatening+voicemails|"
            "threatening+calls",
            # "said RP will regret it"
            "said|says|saying|told|texted|yelled|yelling|screamed|screaming ~3 rp|caller|you|"
            "she|he|they|the+reporting+party ~1 will|'ll|gonna|is+going+to ~1 regret ~1 it|this",
            # "texts saying RP is dead"
            "texts|text|texting|messages|message|voicemail|voicemails|saying|says|posted ~3 "
            "rp|caller|you|the+reporting+party|the+caller is|'s|are|'re dead|gonna+die|"
            "going+to+die",
            "threats ~1 made|were+made|being+made|have+been+made",
            "threatening|threatened|threats|threat of ? violence|harm|bodily|death|physical",
            "terroristic|criminal threats|threat|threatening",
            "menacing|intimidating|intimidation|intimidated|stalking|stalker|stalked",
            f"threatening|threatened|threatens|threaten|threating|thretening|threatned "
            f"{PERSON_NP}",
            f"threatening|threatened|threatens|threaten|threating|thretening|threatned "
            f"caller|rp|'s",
            "or else|i'll+get+you|you'll+be+sorry|you'll+regret|watch+your+back|you're+dead|"
            "ur+dead|youre+dead|dead+man|you're+next|you+are+next|make+you+pay|make+him+pay|"
            "make+her+pay|teach+him+a+lesson|teach+her+a+lesson|teach+them+a+lesson|"
            "settle+the+score",
            f"{WILL} '? take+care+of|deal+with|settle|handle ~1 the|this|that|it|him|her|them|"
            f"you ? problem|situation|score",
            "settle|settling things|this|it|the+score ~3 with ~2 gun|knife|weapon|his|her|"
            "fists",
            f"coming|come|comin|headed|heading|going|on+his+way|on+her+way|on+their+way|"
            f"coming+back|coming+over|come+over|come+back|driving|driving+over|driving+back|"
            f"walking+over|heading+over|headed+over ~4 with ~2 a|his|her|their|the ? "
            f"{alt(FIREARM, BLADE, STRONG_OBJECT, 'weapon|weapons|friends|boys|crew|gang')}",
            f"come|comes|coming|came ~1 over|out|outside|here ~2 and ~2 say|fight|try|settle",
            "step|come|bring outside|out ~1 and ~1 fight|settle",
            # a dare to come near: "come closer and see what happens", "try me"
            "come|step|get|walk ~1 closer|any+closer|near+me|over+here|up+here ~3 and ~1 see|find "
            "~1 what|out",
            "see ~1 what ~1 happens ~1 if|when ~2 you|he|she|they|anyone|anybody ~1 come|comes|"
            "step|steps|touch|touches|try|tries",
            "wants|want|wanting|trying|looking|challenging|challenged|challenges to fight",
            "challenging|challenged|challenges ~3 to ~1 a ? fight",
        ),
        own_lookalikes=(
            # a consequence spelled out: "pay the rent or you'll find out what eviction means"
            f"{_OR_YOU_WILL} find+out ~1 what|how|if|whether|when|who|about|in|from|the",
        ),
        lookalikes=(
            JAB_IN_THE_ARM,
            # murder and burning told of things: "trying to murder his wallet", "'murdered'
            # their fun", "he would 'burn her life down'"
            "murder|murdered|murdering|murders ~4 his|her|their|my|our|the|its ? rhapsody|ballad|"
            "solo|performance|rendition|cover|number|verse|chorus|high+note|wallet|fun|"
            "starter|sourdough|vibe|mood|song|songs|plants|plant|buzz|budget|diet|business|"
            "lawn|garden|grass|career|dreams|chances|credit|game|joke|lyrics|karaoke|playlist|"
            "cake|recipe|steak|food|dinner|hair|haircut|nails|paint|phone|battery|ears|"
            "eardrums|grammar|english|language|weekend|night|schedule|sleep",
            f"{SAYING}|{WILL} ~4 '|\"? burn|burning ~1 her|his|their|my|your ? life|lives|world|"
            f"career|reputation|business|name ~1 down|up|to+the+ground",
            # a fight in court: "HE SAYS HE WILL FIGHT ME FOR CUSTODY IN COURT"
            f"{SAYING}|{WILL} ~4 fight|fighting|take ~3 for|over|in|to ~2 custody|court|"
            f"visitation|the+kids|rights|the+cleaners",
            # jumping off something, then a person named: "SAYING SHE WANTS TO JUMP, FRIEND
            # IS RP"
            f"{WILL} ~2 jump|jumping ,|;|.|- ~2 {PERSON_NP}|caller|rp",
            # a game won, not a threat: '"murder" the other at darts', "kill it at trivia"
            "murder|murdered|murdering|kill|killed|killing|destroy|destroyed|crush|crushed|"
            "smoke|smoked|whip|whipped|annihilate|slaughter|wreck|bury|beat|beats ~4 at|in ~2 "
            "a|the ? darts|pool|chess|cards|poker|golf|bowling|trivia|karaoke|fortnite|madden|"
            "video+games|video+game|ping+pong|beer+pong|cornhole|basketball|bingo|spades|uno|"
            "checkers|scrabble|monopoly|tennis|foosball|euchre|cribbage|dominoes|game|games",
            # an animal of the caller's, not the caller: "shouted that he's going to kill the
            # RP's rooster" (from where a threat match may start; never "her", which may be
            # the person: "going to kill her dog and then her")
            f"{HARM_VERBS} ~1 caller's|rp's|his|their|my|the+neighbor's|neighbor's ~1 *? "
            f"{ANIMAL}",
            f"{SAYING}|threatened|threatening|threatens ~8 {HARM_VERBS} ~1 caller's|rp's|his|"
            f"their|my|the+neighbor's|neighbor's ~1 *? {ANIMAL}",
            f"{WILL} ~2 {HARM_VERBS} ~1 caller's|rp's|his|their|my|the+neighbor's|"
            f"neighbor's ~1 *? {ANIMAL}",
            # a fear for the person himself: "RP scared he will jump"
            "afraid|scared|terrified|fears|fearful|worried|worries ~2 he|she|they ~1 will|'ll|"
            "might|may|is+going+to ~1 jump|fall|die|overdose|od|leave|run|relapse|drink|use|cut|"
            "hang|drown|freeze|starve|wander ~1 .|/|;|NL ?",
            # "you're dead to me": done with someone, no threat
            "you|he|she|they|u|ur|you're|he's|she's|they're ~1 're|'s|are|is|r ? dead to me|us|"
            "him|her|them|you|ya|the+family",
            # "hi, i'm 17 and my parents kicked me out": a greeting, not homicidal ideation
            "hi|hey|hello ,|! ? i|i'm|im|my|there|um|uh|sorry|please|911|dispatch|operator|"
            "ma'am|sir|this+is|it's|its|so",
            # a threat of something other than harm: "making threats to evict her", "threats
            # to call the cops"
            "yelling|screaming|shouting|hollering|making|made|makes|hurling|issuing|texting|"
            "sending|sent|left|leaving|posting|posted|receiving|received|getting|got|gets|"
            "threats ~1 threats|made|were+made|"
            "being+made|have+been+made|threatening+messages|threatening+texts ~3 to|about ~1 "
            "call|calling|evict|evicting|sue|suing|report|reporting|tow|towing|leave|move|fire|"
            "firing|quit|kick|post|posting|expose|break+up|cut+off|stop|withhold|take+the+kids|"
            "take+custody|press+charges|get+a+lawyer|contact|complain|fine|ban",
            # afraid of something other than an attack: "afraid he will fall", "... hurt himself"
            "afraid|scared|terrified ~2 he|she|they ~1 will|'ll|might|may ~2 fall|get+lost|"
            "get+hurt|be+hurt|be+alone|die|lose|run|run+away|leave|wander|freeze|starve|relapse|"
            "overdose|drink|use|hurt+himself|hurt+herself|hurt+themselves|harm+himself|"
            "harm+herself|kill+himself|kill+herself|do+something|get+sick|get+hit|be+arrested|"
            "get+arrested|not|never|fail|miss|forget|choke+on",
            f"threatening|threatened|threatens|threaten|threats|threat to ~3 {REFLEXIVE}",
            # the animal of a person: "says he's going to shoot the neighbors dog"
            f"{SAYING}|threatening|threatened|threatens|swore|vowed ~4 {WILL} ~2 {HARM_VERBS} ~1 "
            f"the|his|her|their|my|your|a|that|this ? neighbor|neighbors|neighbor's|neighbours|"
            f"neighbour's|'s|landlord's|ex's|brother's|sister's|mom's|dad's ? {PET}",
            # "hi" the greeting, not HI (homicidal ideation): "hi im calling because"
            "hi im|i'm calling|wondering|looking|trying|sorry|just",
            "hi there|my+name|this+is|i+need|i+was+wondering|i+wanted|yes|um|uh|ma'am|sir|"
            "hello|again|911|operator|dispatch",
            "hi ,|! there|my+name|this+is|yes|um|uh|ma'am|sir|hello|911|operator|dispatch",
            "hi is|are ~1 this|it|you ~1 911|the|police|dispatch|emergency|someone|a|real",
            "says|said|saying|stated|states|told|telling|texted|wrote ~4 want|wants|wanted|"
            "going|gonna|will|'ll|might ~2 end|take ~1 his|her|their|my ~1 own ? life|lives",
            "threatening|threatened|threatens|threaten|threats|threat to|of ~3 sue|suing|call|"
            "calling|report|reporting|evict|evicting|eviction|leave|leaving|quit|move|moving|"
            "tow|towing|complain|post|lawsuit|legal|court|police|cops|cancel|fire|firing|"
            "expose|tell|telling|break+up|divorce|jump|jumping|kick+him+out|kick+her+out|"
            "runaway|run+away|running+away|run+off|walk+out|storm+out|move+out|drop+out|disown|"
            "ground|block|unfriend|resign|throw+him+out|throw+her+out|throw+them+out|"
            "throw+out|change+the+locks|not+come+back|never+come+back|skip|"
            "kick+them+out|kick+out|call+the+police|report+him|report+her|take+the+kids|"
            "take+the+children|leave+him|leave+her|ban|trespass|press+charges|sell|"
            "stop+paying|withhold",
            f"threatening|threatened|threatens|threaten|threats|threat ~3 kill|hurt|harm|end|"
            f"cut|shoot|stab|hang|drown|burn|poison ~2 {REFLEXIVE}",
            f"kill|hurt|harm|cut|shoot|end|hang|drown|burn|poison|stab ~1 {REFLEXIVE}",
            f"threatening|threatened|threatens|threaten|threating ~1 {PERSON_NP} with|of ~3 "
            f"eviction|lawsuit|legal|police|jail|charges|a+lawsuit|court|towing|a+ticket|ticket|"
            f"arrest|firing|divorce|deportation|ice",
            "threatening|threatened|threatens|threaten ~3 with ~2 eviction|lawsuit|legal|"
            "police|jail|charges|court|towing|ticket|arrest|firing|divorce|deportation|"
            "suicide|leaving",
            "not|no|never|nt threatening|threatened|threats",
            "threatening|threat weather|storm|skies|clouds|rain|rainclouds|sky",
            "kill|killing|killed|kills time|the+mood|the+engine|the+lights|the+power|it|bugs|"
            "rats|mice|roaches|spiders|weeds|battery|wasps|bees|the+motor|the+music|a+bottle|"
            "the+bottle|me+with+kindness|two+birds|the+vibe|my+buzz|the+buzz|germs",
            "hurt|hurts|hurting his|her|their|my ? feelings|back|knee|leg|arm|feet|foot|ankle|"
            "wrist|head|stomach|shoulder|neck|hip|hand|pride|business|chances",
            "get|getting|got|gets help|him|her|them|me|out|away|back|home|up|in|money|food|a|an|"
            "the|his|her|their|my|some|to|off|rid|paid|evicted|caught|even|something|anything|"
            "everything|it|this|that|there|here",
            "end|ends|ending the|a|his|her|their|this|that ? call|relationship|lease|day|night|"
            "shift|game|it|contract|conversation",
            "jump|jumps|jumping|jumped ship|start|in|off|the|over|on|up|out|down|into|a",
            "fight|fighting ~2 the ? eviction|ticket|case|charges|landlord|system|city",
            "smash|smashing|smashed|break|breaking|broke|destroy|destroying|destroyed|burn|"
            "burning|burned|bash|bashing ~2 the|a|his|her|their|my|some|car|cars|window|windows|"
            "door|doors|phone|tv|stuff|things|property|dishes|furniture|mailbox|plates|glass|"
            "items|belongings|wall|walls",
            # (no gap: "take care of him, kids playing nearby" is the threat)
            "take care of the|his|her|their|my|our|the+two ? kids|children|baby|mom|dad|"
            "mother|father|himself|herself|dog|cat|bill|bills|rent|paperwork|car|house|yard",
            "deal with the|his|her|their|my ? kids|children|baby|landlord|insurance|"
            "paperwork|bills|it+later|this+later",
            "settle|settling ~3 in|out+of court|dispute|claim|bill|bills|debt|account|down|in",
            "handle ~2 it|this ~2 himself|herself|myself|themselves|later|tomorrow|in+court",
            "come|came|coming|comes ~1 over|out|outside|here ~2 and ~2 see|visit|talk|help",
            "coming|come|comin|headed|heading|going ~4 with ~2 his|her|their|the|a ? friends|"
            "crew ~3 to ~2 help|move|pick|party|visit|eat",
            "or else ~1 what|where|something|someone|somewhere|anything|everything",
            "murder mystery|mysteries|podcast|show|shows|movie|movies|book|books|documentary|"
            "trial|case",
            "murdering|murdered|murder ~3 song|songs|karaoke|whitney|tune|tunes|the+song",
            "homicide detective|detectives|unit|division",
            "homicidal_ideation - vis|viz|visibility|res|fi|tech|top|tops|lo|rise|five|5",
            "say|said|says|saying|waved|wave|waving|tell|told|tells|tell ~2 homicidal_ideation",
            "homicidal_ideation there|to|everyone|everybody|mom|neighbor|neighbors",
            "oh|hello|hey homicidal_ideation",
            "stalking|stalked|stalker ~3 instagram|facebook|profile|page|social|online",
            # "says he'll jump if anyone comes near": jumping is his own danger
            f"{WILL} '? jump|leap|jumping ~1 if|when|unless|before|once|the+moment|as+soon ~1 "
            f"{PERSON_NP}|they|police|cops|officers",
            # a vehicle does the hitting: "wants the next train to hit her"
            f"train|trains|car|cars|bus|buses|truck|trucks|traffic|vehicle|vehicles|semi|"
            f"subway|streetcar|trolley ~1 to hit|strike|run+over|kill|end ~1 {PERSON_NP}|caller|"
            f"rp|'s",
            # the idiom "I could kill him", said and taken back in the same breath
            # (someone else saying "he doesn't mean it" is no disclaimer: victims minimize)
            *(f"{lead} could|'d '|\"? kill|strangle|choke|murder|throttle '|\"? {PERSON_NP} "
              f"~12 obviously|clearly|of+course|laughs|laughing|laughed ~4 does|do|did|is|was|"
              f"'s not|n't ? mean|serious|literal|literally"
              for lead in (f"{SAYING} ~4", "")),
            *(f"{lead} could|'d '|\"? kill|strangle|choke|murder|throttle '|\"? {PERSON_NP} "
              f"~12 just|only ~1 venting|an+expression|a+figure+of+speech"
              for lead in (f"{SAYING} ~4", "")),
            # animals and insects that fight, attack or bite
            f"fight|fights|fighting|fought|brawl|scuffle '|\"? between|among|involving ~3 "
            f"{CREATURE}",
            f"{CREATURE} are|were|is|was|'re|started|keep|kept|began|got|get|getting ? into|"
            f"in ? a ? fight|fighting|fought|fights|brawling|scuffle|scuffling|tussle",
            f"was|were|been|being|got|get|gets|is|are ? attacked|attack|attacking|bitten|bit|"
            f"stung|chased|charged|mauled|swarmed|jumped '|\"? by ~3 {CREATURE}",
            # a person who shot an animal, or shot out a light: nobody hurt
            f"{PERSON}? shot|shoot|shooting|shoots|stabbed ~1 a|an|the|some|two|his|her|their|"
            f"my|our|neighbor's|stray|wild ? {CREATURE} ~4",
            f"{PERSON}? shot|shooting|shoot out|up ~2 the|a|his|her|their|some|two|all+the ? "
            f"streetlight|streetlights|light|lights|lamp|lamps|sign|signs|mailbox|camera|"
            f"cameras|tire|tires|transformer",
        ),
        forbids=SHOT_WITH_NOTHING,
    ),
    Rule(
        "violence.hostile",
        CODE,
        "a combative, hostile or violent person",
        patterns=(
            "combative|combatitive|combatative|combatve|hostile|violent|violently|violence|"
            "belligerent|assaultive|aggressive|aggressively|aggression|agressive|aggresive|"
            "agressively|threatening|menacing|dangerous|rampage|rampaging|vicious|volatile|"
            "explosive|enraged|in+a+rage|raging|berserk|out+of+control|uncontrollable|"
            "physically+aggressive|posturing|posturing|chest+bumping|chest-bumping|chest+bumped|"
            "chest-bumped|bumping+chests|chest+to+chest|nose+to+nose|in+each+other's+faces|"
            "squaring+up|squared+up|squaring+off|squared+off",
            # a challenge to fight, or someone begging an armed person: "lifted his shirt ...
            # and said 'try me'", "mom screaming 'put it down, put it down'"
            "said|says|saying|told|tells|yelled|yelling ~3 '|\"? try ~1 me",
            "screaming|yelling|begging|pleading|crying|shouting|hollering ~3 '|\"? put|drop ~1 "
            "it|that|the+knife|the+gun|the+bat|the+knife|the+weapon ~1 down",
            "screaming|screamed|scream|screams|yelling|yelled|begging|pleading|shouting|"
            "hollering ~3 '|\"? drop ~1 the|that|your|ur ? knife|gun|bat|weapon|pistol|machete",
            # up in someone's face: "screaming in her sister's face", "still in his face"
            "screaming|yelling|shouting|spitting|still|right ~1 in ~2 her|his|their|my|your|the|someone's|somebody's|"
            "people's|sister's|brother's|mom's|dad's|wife's|husband's|girlfriend's|"
            "boyfriend's|ref's|coach's|customer's|clerk's|neighbor's|caller's|rp's ~1 face|faces",
            # chasing a person: "is now chasing a woman down the sidewalk"
            # (a person named, not "them": the clerk chasing shoplifters, a caller who
            # "chased them off")
            f"chasing|chased|chases|running+after|ran+after|going+after|went+after ~1 "
            f"{DET} ~1 {PERSON_NOUN}",
            "chasing|chased|chases|running+after|ran+after|going+after|went+after ~1 people|"
            "someone|somebody|caller|rp|pedestrians|customers|kids|women|students",
            # slang for a fist fight, starting or about to: "bout to catch hands"
            "catch|catching|caught|throw|throwing|threw|throwin|catchin hands|fades|the+fade",
            "swinging|swung|lunging|lunged|charging|charged|coming|came|went|going|ran|running|"
            "rushed|rushing|lunges|charges|advancing|advanced at|after|towards|toward",
            "swinging|swung|swings|lashing|lashed|lashes|swing out|on|at",
            "swinging|swung|swings his|her|their ? fists|fist|arms",
            "taking|took|throwing|threw|thrown|threw a|some|several|multiple ? swing|swings|"
            "punch|punches|hit|hits|blows",
            "kicking|punching|hitting|biting|scratching|spitting|swinging|flailing ~1 at|"
            "and|& ~1 staff|officers|people|security|nurses|medics|everyone|family",
            # "came out swinging", "started throwing punches"
            "came|comes|coming|come|went|goes|going out ~1 swinging|punching|fighting|kicking|"
            "throwing+punches|throwing+fists|throwing+hands",
            "started|starts|starting|began|begins ~1 swinging|throwing+punches|throwing+hands|"
            "throwing+fists|brawling",
            f"started|starts|starting|began|begins ~1 punching|kicking|hitting|clawing|"
            f"scratching|biting|slapping|shoving|pushing ~1 at|on ? {PERSON_NP}",
            f"squaring|squared|sizing|sized up ~2 to|at|with ? {PERSON}",
            "got|getting|gets|get|keeps+getting|was|is|were up ? in|into ~1 his|her|their|my|"
            "the|someone's|people's|everyone's|caller's|rp's ? face|faces",
            "fists up|raised|balled|clenched",
            "spoiling|looking|wanting|itching for a fight",
        ),
        lookalikes=(
            # threats to her things or her tenancy: "threatening to throw all her stuff on
            # the curb"
            "threatening|threatened|threatens|threats|threat ~1 to ~1 throw|put|toss|dump|"
            "move|set ~3 stuff|things|belongings|clothes|furniture|junk|possessions ~3 on|out|"
            "in|onto|to|into ~2 the ? curb|street|lawn|yard|hallway|dumpster|trash|sidewalk",
            # the fear of being chased (paranoia), not a chase: "saying people are chasing him"
            f"people|ppl|voices|demons|ghosts|everyone|everybody|nobody|spirits|aliens|feds|"
            f"fbi|cia|government|cartel|shadows ~2 "
            f"is|are|was|were|keep|keeps|been|'re|r ? chasing|chased|following ~1 "
            f"{PERSON_NP}|people|someone|somebody",
            "chasing|chased|chases|running+after|ran+after ~1 each+other|one+another",
            "aggressive|violent|hostile|dangerous|threatening|menacing '|\"? dog|dogs|driver|"
            "drivers|driving|weather|storm|cough|coughing|vomiting|sneeze|shaking|winds|wind|"
            "storms|traffic|turn|intersection|animal|animals|cat|cats|raccoon|goose|geese|"
            "panhandling|panhandler|panhandlers|sales|salesman|marketing|collector|"
            "collectors|pothole|curve|conditions|condition|chemical|chemicals|medication|"
            "medications|treatment|cancer|game|games|movie|movies|video|videos|tv|show|shows|"
            "music|lyrics|road|roads|squirrel|bird|birds|crows|bees|wasps|swan|swans|turkey|"
            "turkeys|horse|tackle|tactics|solicitation|soliciting|begging|tone|letter|"
            "letters|email|emails|voicemail|voicemails|texts|text|messages|message|phone|"
            "calls|call|posts|noise",
            "violent|violence crime|crimes|history|offender|offenders|video|videos|tv|movie|"
            "movies|game|games|felony|record|past|prevention|awareness",
            # the medical term: "life-threatening injuries", "NON LIFE THREATENING"
            "life -? threatening",
            # a history is not violence happening now: "no history of violence" (a history
            # of DV is left to the domestic rule: a partners' argument is then a domestic)
            "history|hx|record|prior|previous|past violence|violent|aggression",
            "history|hx|record ~1 of ~1 violence|violent|assault|assaults|aggression|"
            "fighting|fights",
            "asking|begging|panhandling|soliciting|asking+for|asks ~5 aggressively|aggressive",
            "no|not|non|non-violent|nonviolent|never|without|nt violence|violent|aggressive|"
            "combative|hostile|threatening|dangerous|aggression|assaultive|belligerent",
            "not|nt being|acting|currently|physically|overly|been|ever aggressive|violent|"
            "combative|hostile|threatening|dangerous",
            "charged|charging|charges his|her|their|a|the|my ? phone|phones|battery|car|device|"
            "laptop|scooter|wheelchair|for|with|him|her|them|me|rent|fee|fees|too|money|card",
            "charged|charging|charges with ~3 assault|battery|theft|crime|dui|owi",
            # a place, a thing or a time right after the word, with at most a determiner
            # and one more word before it ("ran toward the north parking deck", "went
            # after work"); never a gap a person fits in: "came at him at the door" and
            # "ran at the clerk by the store" are the attack
            "coming|came|went|going|ran|running|rushed|rushing after|at|towards|toward "
            "the|a|an|his|her|their|my|our|your|its|this|that ? *? dog|"
            "dogs|cat|cats|car|cars|bus|train|ball|phone|store|house|home|job|work|school|"
            "shelter|door|doors|exit|exits|entrance|office|lunch|dinner|hours|midnight|noon|"
            "class|traffic|parking|deck|garage|lot|street|road|alley|woods|park|field|lobby|"
            "stairs|stairwell|elevator|mall|building|highway|freeway|corner|station|stop|"
            "river|creek|tracks|bridge|back|front|it|appointment|meeting|8|9|10|11|12|1|2|3|"
            "4|5|6|7|am|pm|6am|7am|8am",
            # a machine that runs: "generator running at night", "engine running at idle"
            "generator|generators|engine|engines|motor|motors|fan|fans|ac|a/c|heater|heaters|"
            "dryer|washer|faucet|water|shower|toilet|music|radio|tv|lights|machine|machines|"
            "compressor|pump|mower|blower|car|truck|truck's|vehicle|van|rv|bus|buses|train|"
            "trains|meter|sprinkler|sprinklers|it ~2 running|runs|ran|run at|after|towards",
            "running|runs|ran|run at night|all+night|idle|capacity|all+hours|full+blast",
            "went|going|go|goes|ran|running|run after ~2 him|her|them ~2 to ~2 help|check|see|"
            "talk|return|give|bring",
            "dangerous|threatening weather|conditions|situation|curve|road|area|intersection|"
            "neighborhood|street|wires|wire|tree|trees|ice|heat|cold|levels|level|driving|drug|"
            "drugs|chemicals|items|objects|dogs|location|spot|crossing|stairs|staircase|"
            "building|structure|mold|sidewalk|hole|pothole|debris",
            "dangerous|danger to|for ~1 himself|herself|themselves|self|him|her",
            "danger to himself|herself|themselves|self",
            "not|n't|nt|never|doesn't|does+not|don't|do+not ~1 think|believe|feel|consider|"
            "seem|appear ~4 dangerous|violent|aggressive|threatening|hostile|combative",
            "nothing|anything ~1 dangerous|violent|threatening|hostile",
            "talking|talks|talkng|mumbling|muttering|laughing|singing|yelling|screaming ~2 to "
            "himself|herself ~2 and ~2 swinging|waving|flailing",
            "swinging|swung|swings|swing ~2 door|doors|gate|arms|legs|feet|by|on|around|"
            "bridge|set|sets|swings|hammock|golf|bat|club|ropes",
            "charging station|stations|cable|cord|cords|port|ports|brick",
            "in|into his|her|their|my|the ? face ~2 book|mask|masks|timer|tattoo|tattoos|"
            "paint|makeup|glasses|phone|cream|wash",
            "in|into ~1 his|her|their|my|the ? face ~0 .",
            "face down|up|first",
            "in|into ~1 the|his|her|their|my ? face down|up",
            "out of control ~2 car|vehicle|truck|fire|blaze|dog|dogs|kids|party|spending|"
            "drinking|diabetes|blood|sugar|bills|spending|debt|spiral|skid",
            "fists up ~0 .",
        ),
    ),
    Rule(
        "violence.weapon_against_person",
        CODE,
        "a weapon aimed, shown or held against another person",
        patterns=(
            f"pointing|pointed|points|aiming|aimed|aims|waving|waved|waves|brandishing|"
            f"brandished|brandishes|swinging|swung|swings|jabbing|jabbed|lunging|lunged|"
            f"thrusting|thrust|slashing|swiping|poking|flashing|flashed|showing|showed|shown|"
            f"displaying|displayed|shot|shooting|firing|fired|came+at|coming+at|charging|"
            f"pointin|wavin ~3 {WEAPON_OBJ}|it|something|object ~3 at|towards|toward|in ~1 "
            f"{PERSON_NP}|caller|rp|'s",
            f"shot|shooting|firing|fired|shoots|fires ~2 at|towards|toward|into ~1 {PERSON_NP}|"
            f"caller|rp|'s|crowd",
            # the thing aimed told with a hedge: "pointed what RP believes was a gun at her"
            f"pointing|pointed|points|aiming|aimed|aims|waving|waved|brandishing|brandished ~1 "
            f"what|something|object|an+object|a+thing|a+black+object ~6 {WEAPON_OBJ}|weapon ~3 "
            f"at|towards|toward|in ~1 {PERSON_NP}|caller|rp|'s",
            f"pointing|pointed|points|aiming|aimed|aims|waving|brandishing|shooting|firing|"
            f"shot|fired ~3 {alt(FIREARM, 'weapon|it')}? ~3 at|towards|toward|into ~2 the|"
            f"passing|oncoming|moving|parked ? cars|vehicles|traffic|drivers|motorists|"
            f"passersby|pedestrians|crowd|houses|windows|buses|kids|people|occupied",
            # a bat or blade swung at passing traffic or at people passing by
            f"swinging|swung|swings|waving|waved|jabbing|lunging|lunged|slashing|charging ~3 "
            f"{WEAPON_OBJ}|it ~3 at|towards|toward ~1 the? passing|oncoming|moving ~1 cars|"
            f"vehicles|traffic|drivers|motorists|buses|people|pedestrians",
            f"swinging|swung|swings|waving|waved|jabbing|lunging|lunged|slashing|charging ~3 "
            f"{WEAPON_OBJ}|it ~3 at|towards|toward ~1 the? drivers|motorists|passersby|"
            f"pedestrians|people|kids|children|customers|crowd|traffic|neighbors|shoppers",
            f"pulled|pulls|pulling|drew|draws|whipped ~1 it|one|out ~1 on ~1 {PERSON_NP}|caller|"
            f"rp|'s",
            f"yelled|yelling|texted|texting|screamed|screaming|shouted|shouting|threatened|"
            f"warned ~2 "
            f"that ? he|she|they|i ~1 has|have|had|got|owns|'s+got|will+get|is+going+to+get|"
            f"going+to+get|'ll+get|keeps ~2 a|his|her|my ? {WEAPON_OBJ}",
            f"brandishing|brandished|brandishes|brandish|pulled|pulling|pulls|drew|"
            f"drawing|draws|drawn|pulled+out|took+out|whipped+out ~3 "
            f"{alt(FIREARM, BLADE, 'weapon|weapons|wpn')}",
            f"{alt(FIREARM, BLADE, 'weapon')} ~4 pointed|aimed|drawn|brandished",
            "knifepoint|gunpoint|knife-point|gun-point",
            "knife|gun point",
            f"held|holding|holds|put|puts|putting|pressed|pressing|pushed ~3 "
            f"{alt(FIREARM, BLADE, 'weapon|it')} to|against|at ~2 {PERSON}|rp|caller|'s ~2 "
            f"head|face|neck|throat|chest|temple|back|side",
            f"threatened|threatening|threatens|threaten|menacing|menaced|scaring|scared|"
            f"terrorizing|intimidating ~6 with ~3 {alt(FIREARM, BLADE, STRONG_OBJECT, 'weapon|wpn|it|bottle|screwdriver|object|rock|brick')}",
            f"{alt(FIREARM, BLADE, STRONG_OBJECT)} ~3 and|, ~3 threatening|threatened|"
            f"threatens|yelling|screaming|shouting|cursing ~1 at|to ~1 {PERSON_NP}|caller|rp",
            # "pointing it at people's doors" in a hallway
            f"pointing|pointed|aiming|aimed|points ~3 {alt(FIREARM, 'it|weapon')} ~3 at|towards|"
            f"toward ~2 people's|ppls|peoples|neighbors|neighbor's|neighbours|the+neighbors'|"
            f"apartment|apartments|houses|homes ~1 doors|door|windows|window|apartments|houses|"
            f"homes|units",
            # road rage: "held a handgun out the window"
            f"held|holding|holds|stuck|sticking|pointed|pointing|showed|showing|waved|waving ~3 "
            f"{alt(FIREARM, 'weapon')} ~1 out ~1 the|his|her|their|a|car|truck ? window",
            # held out toward someone: "held the jagged end toward her", "held it up at the
            # cashier", "holding the knife out at him"
            f"held|holding|holds|raised|raising|thrust|thrusting|stuck|sticking ~3 "
            f"{WEAPON_OBJ}|it|end|blade|point|edge|tip|barrel ~1 up|out ? at|towards|toward "
            f"{PERSON_NP}|caller|rp|'s",
            # "made slashing motions toward a female passenger", "stabbing motions at him"
            f"slashing|stabbing|swinging|jabbing|lunging|swiping|cutting|throat-slashing|"
            f"shooting|punching ~1 motions|motion|gestures|gesture|movements|movement ~2 at|"
            f"towards|toward|in+front+of|near ~1 {PERSON_NP}|caller|rp|'s|people|staff|customers",
            # "slashed at the air toward security when they approached"
            f"slashed|slashing|slashes|swung|swinging|swings|jabbed|jabbing|lunged|lunging|"
            f"stabbed|stabbing|swiped|swiping ~3 at ~1 the ? air ~2 toward|towards|at|near|"
            f"in+front+of ~2 {PERSON_NP}|security|staff|guards|people|caller|rp|officers|workers|"
            f"customers",
            # the armed person after someone: "a man with a knife chasing another man"
            f"{alt(FIREARM, BLADE, STRONG_OBJECT, 'weapon')} ~3 chasing|chased|chases|"
            f"running+after|ran+after|going+after|went+after|coming+after|came+after|stalking|"
            f"hunting ~1 {PERSON_NP}|another|others|someone|somebody|caller|rp|people|everyone",
        ),
        lookalikes=(
            f"{TOY_GUN_SHOT} ~3 at ~2 the|a|passing|parked|each ? car|cars|other|kids|people|"
            f"windows|houses|cans|targets|trees|him|her|them|us|me|traffic|drivers",
            # a delusion: 'the govt is "shooting rays" at her thru the lights'
            "shooting|shoots|shot|shoot ~1 '|\"? rays|beams|lasers|laser|radiation|waves|signals|"
            "microwaves '|\"? ~1 at|into|through|thru ~1 her|him|them|me|people|us|everyone",
            "pointing|pointed|points|waving|waved|showing|showed|shown|shows|show|flashing|"
            "flashed ~6 at|to ~1 me|him|her|them ~2 and|to ~1 smile|smiled|wave|waved|hello|hi|"
            "homicidal_ideation",
            f"showed|showing|shows|shown|show ~3 {alt(FIREARM, BLADE)} ~3 to ~1 officer|"
            f"officers|police|cops|deputy|security|buyer|clerk+at+the+gun",
            "shot|shooting|shoot|firing|fired ~3 at|towards ~1 the|a ? camera|target|targets|"
            "cans|bottles|basket|hoop|goal|net",
        ),
        negatable=True,
        guard=all_guards(dated_past_guard, days_back_guard),
    ),
    Rule(
        "violence.weapon_shown",
        CODE,
        "a weapon shown or displayed to people",
        patterns=(
            f"flashed|flashing|flashes|showed|showing|shows|show|displayed|displaying|displays|"
            f"lifted+his+shirt|lifted+her+shirt ~3 {alt(FIREARM, BLADE, 'weapon|weapons|wpn')}",
        ),
        # Showing is a threat unless the caller screens the threat out in the same
        # sentence ("showing other kids a knife, not threatening anyone", "showing a handgun
        # in his waistband, not pointing it"): then it is the weapon code alone. Pointing,
        # brandishing, drawing, threats and every act still fire from their own rules.
        # showing off to friends, not to someone: weapon alone
        lookalikes=(
            f"showing|showed|shows|show|flashing|flashed ~1 off ~3 "
            f"{alt(FIREARM, BLADE, 'weapon|weapons|wpn')} ~3 to ~2 his|her|their|some ? friends|"
            f"buddies|friend|homies|boys|crew|girlfriend|boyfriend",
        ),
        forbids=Context(
            "threat_screened_out",
            patterns=(
                "not|never|without|no|nobody|noone ~1 threatening|threatened|threatens|"
                "threaten|threat|threats|pointing|pointed|point|points|aiming|aimed|aim|"
                "menacing|brandishing|directing|directed",
            ),
            lookalikes=(
                "not|never|without|no|nobody|noone ~1 threatening|threatened|threatens|"
                "threaten|threat|threats|pointing|pointed|point|points|aiming|aimed|aim|"
                "menacing|brandishing|directing|directed ~4 yet|so+far|but|anymore|now",
            ),
            within=20,
            same_sentence=True,
            affirmed=False,
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.armed_dispute",
        CODE,
        "a weapon in hand during a dispute with another person",
        patterns=(
            f"has|have|had|having|holding|holds|held|grabbed|grabbing|got|gotten|carrying|"
            f"wielding|with|w/|pulled|took+out|came+out+with|came+back+with|came+back+out+with|"
            f"came+out+w|came+back+w|came+back+out+w|"
            f"went+and+got|went+to+get|returned+with|picked+up|armed|waving|waved|brandishing|"
            f"swinging|pointing|pointed|showed|flashed ~4 "
            f"{alt(FIREARM, BLADE, STRONG_OBJECT, 'weapon|bottle|screwdriver')}",
            # what is left of a smashed bottle: "holding the broken neck, yelling at her"
            BOTTLE_NECK_HELD,
            f"{alt(FIREARM, BLADE, STRONG_OBJECT)} in ~1 his|her|their|hand|hands",
            # gun slang: "came back out with his 'thumper'"
            f"has|have|had|holding|holds|held|grabbed|got|carrying|with|w/|pulled|"
            f"came+out+with|came+back+with|came+back+out+with|went+and+got|waving|pointing|"
            f"showed|flashed|flashing ~4 '|\"? thumper|glizzy|yoppa|choppa|blick|blicky|"
            f"draco|toolie|cuete",
            # heard told to let go of it: the wife screams "put the knife down"
            f"put|drop|lower|droppin|dropping ~1 the|that|your|ur|his|da ? "
            f"{alt(FIREARM, BLADE, STRONG_OBJECT, 'weapon')}",
        ),
        lookalikes=(
            "has|have|had|having|holding|holds|held|grabbed|grabbing|got|carrying|with|w/|"
            "waving|pointing|swinging ~3 water|squirt|nerf|toy|cap|bubble|paintball|airsoft|"
            "glue|nail|staple|heat|caulk ~1 gun|guns|pistol|pistols|rifle|rifles",
            f"{alt(FIREARM, BLADE, STRONG_OBJECT)} ~3 in|on ~2 belt|belt+loop|pocket|holster|"
            f"sheath|waistband|glovebox|bag|backpack|car|trunk|case|safe|closet|drawer|"
            f"basement|garage|tent|truck",
            f"has|have|had|having|carrying|carries|with|w/|wearing|wears|got ~3 "
            f"{alt(FIREARM, BLADE, STRONG_OBJECT)} ~3 in|on ~2 belt|belt+loop|pocket|holster|"
            f"sheath|waistband|glovebox|bag|backpack|trunk|case|safe|closet|drawer|tent",
            # the bottle named right after the verb (a determiner and one word at most
            # between them: "grabbed a knife and his water bottle" is still a knife)
            f"has|have|had|having|holding|holds|held|grabbed|grabbing|got|carrying|with|w/ "
            f"{NP_LEAD} pill|pills|medicine|medication|prescription|water|baby|shampoo|"
            f"soda|milk|vitamin|ketchup|lotion|perfume|pop bottle|bottles",
            # a drink or pills, not a weapon: "one has a bottle of vodka", "grabbed a bottle
            # of his pain pills"
            f"has|have|had|having|holding|holds|held|grabbed|grabbing|got|carrying|with|w/ "
            f"{NP_LEAD} bottle|bottles|jar|box|pack|handful ~1 of ~3 water|beer|wine|"
            f"liquor|soda|pop|juice|vodka|whiskey|whisky|rum|tequila|gin|milk|booze|alcohol|"
            f"jack|hennessy|henny|malt|pill|pills|medicine|medication|meds|prescription|"
            f"tylenol|advil|ibuprofen|aspirin|oxy|oxycodone|xanax|vitamins",
            # the weapon turned on the person himself (suicide_attempt + weapon, spec), not on
            # the other side of the dispute: "W/ HANDGUN TO HIS OWN HEAD"
            f"has|have|had|having|holding|holds|held|with|w/|pointing|pointed|pressing|pressed ~3 "
            f"{alt(FIREARM, BLADE)} ~1 to|against|at|under ~1 his|her|their ~1 own ~1 head|"
            f"temple|chest|throat|neck|wrist|wrists|stomach|mouth|chin|heart",
            f"has|have|had|having|holding|holds|held|with|w/|pointing|pointed|pressing|pressed ~3 "
            f"{alt(FIREARM, BLADE)} ~1 to|against|at ~1 himself|herself|themselves|themself",
            # goods, not a blade: "put razor blade cartridges and baby formula in her cart"
            "put|drop|putting|dropping ~1 the|that|your|his|her|da ? razor|razors ~1 blade|blades ? "
            "cartridges|cartridge|refills|refill",
        ),
        requires=DISPUTE,
    ),
    Rule(
        "violence.domestic",
        CODE,
        "domestic violence or a generic domestic disturbance (physical violence not ruled out)",
        patterns=(
            "domestic|dv|domestic_violence|domestics|domestc|domestik|dom",
            # ruled out only so far: "domestic at apt 4, no physical yet"
            "domestic|dv|domestic_violence ~4 no|not|nothing ~1 physical|hands-on|assault|aslt|"
            "violence|violent ~1 yet|so+far|for+now",
            "domestic|dv|domestic_violence ~4 verbal|verbally ~1 only ~1 yet|so+far|for+now",
            "family violence",
            # a generic family disturbance is a domestic disturbance ("FAMILY DIST",
            # "DISTURBANCE - FAMILY"); a family *dispute* or *trouble* is not named violence
            "family|fam ~1 disturbance|disturbances|dist|disturb|disturbing",
            "disturbance|dist|disturb -|/? family|fam",
            "intimate partner violence",
            "ipv",
        ),
        lookalikes=(
            "domestic verbal|verbal-only",
            "domestic|dv ~3 verbal|verbally ~2 only",
            "domestic|dom animal|animals|cat|dog|flight|flights|help|worker|workers|violence+shelter|"
            "airline|airport|beer|wine|car|cars|product|products|partnership|terminal|travel|"
            "abuse+hotline|engineering|engineer|policy|affairs|market|supply|water|"
            "partners|partner+benefits|goods|use|appliance|appliances|chores|duties|"
            "terrorism|terrorist|violence+awareness|violence+advocate",
            "domestic argument|arguments|dispute+verbal",
            "verbal|verbal-only domestic|dv",
            "domestic|dv ~4 no ~1 assault|aslt|hands|physical|violence",
            "domestic|dv ~4 nothing physical",
            "domestic|dv ~4 not physical",
            "dom perignon|pérignon",
        ),
        forbids=VERBAL_ONLY,
        # Fired by a bare domestic call type ("DOMESTIC DISTURBANCE"), it yields to a
        # narrative that plainly says "verbal only" / "no assault" (Detector.reconcile),
        # as it does inside a narrative: the spec's generic domestic disturbance.
        extra={"narrative_rules_out": VERBAL_ONLY},
    ),
    Rule(
        "violence.harm_reported",
        CODE,
        "someone hurt by another person, shot or stabbed",
        patterns=(
            "was|got|been|being|were|is|gets|get|getting attacked|assaulted|beaten|beat|punched|"
            "kicked|choked|strangled|raped|jumped|stabbed|shot|slashed|pushed|shoved|mugged|"
            "robbed|hit|struck|slapped|bitten|bit|thrown|dragged|grabbed|smacked",
            f"{PERSON} ~1 was|got|is|been|just ? shot|stabbed|slashed",
            "shot|stabbed|slashed ~3 in|on|through the|his|her|their ? " + BODY,
            "shot|stabbed|stab|slashed|knife|gunshot|gun+shot wound|wounds|victim|"
            "victims|injury|injuries",
            "gunshot_wound|gsw|gsws|stab+wound|stab+wounds|stabbing|stabbings|gunshot+victim|"
            "shooting+victim|stabbing+victim",
            "robbed|mugged|carjacked|held+up at|by ~2 knifepoint|gunpoint|knife|gun|weapon|"
            "point",
            "armed robbery|robberies|robber|robbers|holdup|hold-up|stickup|stick-up|carjacking",
            # a carjacking takes a car from a person by force or threat: violence, even when
            # the suspect has left in the car (no crime in progress any more)
            "carjacked|carjacking|carjack|carjacks|carjacker|carjackers|car-jacking|car-jacked|"
            "car+jacked|car+jacking",
            "holding|held|holds|hold up ~2 the|a ? store|register|clerk|cashier|bank|teller|"
            "gas+station|station|shop|pharmacy|restaurant|counter|motel|hotel|circle+k|"
            "7-eleven|liquor+store|dollar+store",
            # a person cut with a blade, or hit with something, by someone: "PERS CUT W/
            # KNIFE", "got cut with a knife in the back", "hit w/ hammer by his partner"
            f"cut|slashed|sliced|knifed|stuck with|w/|by ~2 a|an|the|his|her|their ? "
            f"{BLADE}|broken+bottle|bottle|glass",
            f"cut|slashed|sliced|stabbed|stuck ~1 {PERSON_NP}|rp|caller|him|her|them|me|'s "
            f"with|w/ ~2 a|an|the|his|her|their ? {BLADE}|broken+bottle|glass",
            f"hit|struck|beaten|beat|bashed ~1 with|w/ ~2 a|an|the|his|her|their ? hammer|bat|"
            f"pipe|crowbar|brick|rock|bottle|board|stick|club|tire+iron|wrench|golf+club|chair|"
            f"baseball+bat|{FIREARM} ~3 by",
            f"cut|slashed|sliced|stabbed|hit|struck|beaten|attacked|burned|scalded ~6 by ~1 "
            f"her|his|their|a|the ? partner|boyfriend|girlfriend|husband|wife|ex|bf|gf|"
            f"ex-boyfriend|ex-girlfriend|ex-husband|ex-wife|roommate|son|daughter|brother|"
            f"sister|father|mother|dad|mom|stepdad|stepfather|uncle|cousin|neighbor|spouse",
            # hands on a person: "grabbed the shirt of RP", "grabbed her by the collar"
            f"grabbed|grabbing|grabs|yanked|pulled ~1 the|a ? shirt|collar|hair|arm|jacket|"
            f"coat|hoodie|throat|neck ~1 of ~1 {PERSON_NP}|caller|rp|'s|a|the|his|her",
            f"grabbed|grabbing|grabs|yanked|pulled ~1 {PERSON_NP}|caller|rp|him|her|them ~1 by "
            f"~1 the ? shirt|collar|hair|arm|jacket|coat|hoodie|throat|neck",
            "holding|held|holds|hold ~2 the|a ? store|register|clerk|cashier|bank|teller ~1 up",
            "robbing|robbed|robs|rob ~3 at ~1 gunpoint|knifepoint|gun+point|knife+point",
            "demanding|demanded|demands|demand ~3 cash|money|wallet|purse|phone|register|"
            "drugs|keys|car|valuables",
            "hand|handing|hands over|it ~3 cash|money|wallet|purse|phone|register|drugs|keys|"
            "valuables|cigarettes|everything",
        ),
        lookalikes=(
            TIRES_SLASHED,
            # a door, not a person: "HER FRONT DOOR IS KICKED IN"
            "door|doors|gate|window|windows|lock|doorframe ~1 is|was|been|got|are|were ~1 "
            "kicked|smashed|busted|broken|punched|hit ~1 in|open|down|through|off",
            # self-inflicted (suicide_attempt and medical, spec): "husband just shot himself"
            f"{PERSON_NOUN}|he|she|they|subj|subject|pt|patient ~2 shot|stabbed|cut|slashed "
            f"{REFLEXIVE}",
            "cut off|out|in|up|loose|ties|class|school|from|across|through|the|a|his|her "
            "* ? power|water|line|phone|services|benefits|utilities|hair|grass|lawn|lock|tree|"
            "branch|fence|service|gas|electricity|heat",
            "hit|struck|bitten|bit|knocked|thrown|grabbed by ~2 a|an|the ? car|vehicle|truck|"
            "bus|bike|bicycle|ball|train|cyclist|veh|scooter|motorcycle|van|suv|taxi|deer|"
            "branch|tree|limb|door|wave|waves|wind|lightning|storm|debris|cart|shopping+cart|"
            "baseball|softball|puck|golf|dog|cat|snake|spider|tick|mosquito|horse|bee|wasp",
            "was|got|been|were|is|being hit|struck|knocked ~2 by ~2 a|an|the ? car|vehicle|truck|"
            "bus|bike|bicycle|ball|train|cyclist|veh|scooter|motorcycle|van|suv|taxi|deer|"
            "branch|tree|limb|door|wave|cart|shopping",
            "was|got|been|were shot at+the|a+job|promotion|idea|ball",
            f"{PERSON}|he|she ? was|got|been|were|is|get|gets|getting|being ? shot down ~2 "
            f"idea|ideas|proposal|proposals|plan|plans|request|requests|offer|offers",
            SHOT_DOWN_IDEA,
            "was|got|been|were jumped|jump ? started|start",
            "bit|bitten|bite by|from ~2 a|the|his|her|my|their ? dog|dogs|cat|cats|animal|snake|"
            "spider|tick|mosquito|mosquitoes|raccoon|squirrel|rat|bat|bats|horse|pitbull|pit|"
            "bug|bugs|bedbugs|bed+bugs|flea|fleas",
            "hit|struck|knocked by ~2 a|the ? falling",
            "got|was|been|were robbed ~3 by|of ~2 the ? landlord|bank|company|government|"
            "system|ref|refs|referee|umpire",
            "victim|victims ~4 burglary|theft|fraud|scam|report|vandalism|break-in|identity",
            "victim advocate|advocates|services|witness|assistance|compensation|impact",
            "injury|injuries ~2 attorney|lawyer|claim|claims|lawsuit|report",
            "hit|struck ~2 a|the ? curb|pole|mailbox|median|tree|fence|wall|sign|deer",
            "shooting|shoot|shootings ~3 range|video|photos|hoops|pool|baskets|star|stars|"
            "pain|pains|up|film|wedding|the+breeze",
            "photo|video|film|movie|wedding|fashion|music|tv shooting|shoot|shooter",
            "flu|covid|booster|vaccine|insulin|allergy|b12|tetanus|one|first|best|big|"
            "long|last|tequila|vodka|jello shot|shots",
            "demanding|demanded|demands|demand ~3 refund|refunds|manager|money+back|"
            "their+money+back|his+money+back|her+money+back|rent|payment|change|deposit",
        ),
        guard=all_guards(dated_past_guard, days_back_guard),
    ),
    Rule(
        "violence.beating_slang",
        CODE,
        "a beating told in slang ('wailing on him', 'laying into her', 'slapping her around')",
        patterns=(
            f"wailing|whaling|wailin|whalin|pounding|poundin|beating|beatin|stomping|stomped|"
            f"whooping|whooped ~1 on {PERSON_NP}|caller|rp|victim",
            f"laying|layin|laid|lighting|lit ~1 into {PERSON_NP}|caller|rp|victim",
            f"stomped|stomping|stomps|stomp ~1 {PRONOUN_OBJ}|caller|rp|victim ~1 out",
            "curb stomped|stomping|stomp|stomps",
            f"slapping|smacking|knocking|shoving|pushing|throwing|tossing|kicking|slapped|"
            f"smacked|knocked|shoved|pushed|threw|tossed|kicked|slaps|smacks|knocks|shoves|"
            f"pushes|beating|beat ~1 {PRONOUN_OBJ}|caller|rp|victim around",
            f"beating|beat|beats|beaten|kicked|stomped|punched ~1 {PERSON_NP}|caller|rp|victim "
            f"~1 senseless|unconscious|bloody|black+and+blue|to+a+pulp|half+to+death|to+death|"
            f"silly",
            "got|get|getting|were|was ~1 into ~1 it ~1 physically|physical",
            "being|been|was|were|getting|gets|got|get whooped|whupped|whooping|stomped|whipped|"
            "belted|paddled|switched+with|beat+with|hit+with|"
            "stomped+out|curb+stomped|slapped+around|knocked+around|pushed+around|"
            "smacked+around|tased|tazed|maced|pepper+sprayed|pepper-sprayed|bodyslammed|"
            "body+slammed|choked+out|sucker+punched",
            f"ganging|ganged|jumped|jumping|piled|piling ~1 up? on {PERSON_NP} ~3 punching|"
            f"kicking|hitting|beating|stomping|and+punching|and+kicking|and+hitting",
        ),
        lookalikes=(
            "laying|laid|lit into ~2 the|a ? bed|floor|ground|couch",
            "being|been|was|were|getting|gets|got|get whipped cream|up|into|out|around|through",
        ),
        guard=all_guards(object_her_guard, dated_past_guard),
    ),
    Rule(
        "violence.injury_inflicted",
        CODE,
        "an injury one person did to another ('he broke her nose', 'split her lip', 'knocked "
        "his tooth out', 'cracked him over the head')",
        patterns=(
            f"he|boyfriend|husband|bf|ex|dad|father|stepdad|stepfather|brother|son|uncle|"
            f"grandson|male|man|guy|subj|subject|suspect|susp ~1 {INJURE} her|rp's|caller's|"
            f"victim's|my|mom's|wife's ~1 {INJURED_PART}",
            f"she|girlfriend|wife|gf|mom|mother|stepmom|sister|daughter|aunt|female|woman|lady ~1 "
            f"{INJURE} his|rp's|caller's|victim's|my|dad's|husband's ~1 {INJURED_PART}",
            f"{INJURE} {PERSON_NP}|caller|rp|victim|v 's ~1 {INJURED_PART}",
            f"knocked|knocking|knocks ~1 {PERSON_NP}|caller|rp|victim|v|his|her|their ~1 "
            f"tooth|teeth ~1 out|in|loose",
            f"cracked|cracking|whacked|whacking|conked|bonked|bashed|bashing|clobbered|"
            f"walloped|smashed|slammed|hit|struck ~1 {PERSON_NP}|caller|rp|victim|v ~2 over|upside|"
            f"across|in|on ~2 the|his|her|their ? head|face|skull|jaw|noggin",
        ),
        lookalikes=(
            f"{INJURE} ~1 his|her|their|my ~1 own",
        ),
        # "he says she broke her arm when she fell off the bike": an accident told by a
        # man about a woman reads like the pattern; an accident named right after clears it
        forbids=Context(
            "accident_named",
            patterns=(
                "fell+off|fell+from|falling+off|when+she+fell|"
                "when+he+fell|slipped|slipping|tripped|tripping|accident|accidentally|"
                "skating|skateboarding|sports|practice|crashed|wrecked|playing+rough|"
                "playing+around|roughhousing|horseplay|horsing+around",
            ),
            within=6,
            side="after",
            same_sentence=True,
            affirmed=True,
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.sexual_touch",
        CODE,
        "groping or sexual touching of another person",
        patterns=(
            "groped|groping|gropes|grope|fondled|fondling|fondles|fondle",
            f"touching|touched|touches|rubbing|rubbed|rubs|grabbing|grabbed ~3 {PERSON_NP}|kids|"
            f"children|girls|boys|women|caller|rp ? inappropriately|sexually|private|privates|"
            f"breasts|genitals|crotch|butt|buttocks",
            "inappropriately|sexually ~1 touching|touched|touches|grabbing|grabbed",
        ),
        lookalikes=(
            "touching|touched|touches|rubbing|rubbed|scratching|scratched ~1 his|her|their "
            "? own ? crotch|privates|butt",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.vehicle_as_weapon",
        CODE,
        "a vehicle used against a person: run off the road, swerving at someone",
        patterns=(
            f"ran|run|running|runs|forced|forcing|forces|pushed|pushing ~1 {PERSON_NP}|me|us|him|"
            f"her|them|caller|rp ~1 off ~1 the ? road|highway|freeway|street|interstate",
            f"swerved|swerving|swerves|aimed|steered|accelerated|gunned+it ~1 at|"
            f"toward|towards|into ~1 {PERSON_NP}|me|us|him|her|them|caller|rp|pedestrians|"
            f"the+crowd|a+crowd|people",
            "brake-checking|brake+checking|brake-checked|brake+checked ~3 on+purpose|to+hit|"
            "to+cause|trying",
        ),
        lookalikes=(
            "swerved|swerving|swerves ~1 to|toward|towards ~1 avoid|miss",
            # a device aimed, not a car: "a camera aimed into RP's bedroom window"
            f"camera|cameras|light|lights|floodlight|floodlights|spotlight|sprinkler|speaker|"
            f"speakers|antenna|dish|telescope|doorbell ~3 aimed|pointed|steered ~1 at|into|"
            f"toward|towards ~1 {PERSON_NP}|me|us|him|her|them|caller|rp|pedestrians|the+crowd|"
            f"a+crowd|people",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.restraint",
        CODE,
        "a person pinned, held down, sat on, smothered or held under water",
        patterns=(
            f"has|had|got|have|having|holding|held|holds|keeps|kept|keeping ~1 {PERSON_NP}|caller|"
            f"rp|victim ~1 pinned|pinned+down|cornered|trapped|up+against|against+the+wall|"
            f"in+a+headlock|in+a+chokehold|in+a+choke+hold|by+the+throat|by+the+neck",
            "headlock|head+lock|choke+hold|sleeper+hold|rear+naked+choke|full+nelson",
            "sitting|sat|sits|kneeling|knelt|kneels ~1 on ~1 his|her|their|the+victim's|rp's|"
            "caller's|my|top+of+his|top+of+her ? chest|neck|throat|head|face",
            f"sitting|sat|sits|kneeling|knelt|kneels ~1 on ~1 top ~1 of ~1 {PRONOUN_OBJ}|caller|"
            f"rp|victim",
            f"kneeling|knelt|kneels on {PERSON_NP}",
            f"drown|drowning|drowned|drowns {PERSON_NP}|caller|rp|victim ~1 in ~2 the ? tub|"
            f"bathtub|pool|water|river|lake|sink|toilet",
            f"smothering|smothered|smother|smothers|suffocating|suffocated|suffocate|"
            f"suffocates ~1 {PERSON_NP}|caller|rp|victim",
            f"drown|drowning|drowned|drowns {PERSON_NP}|caller|rp|victim",
            "put|puts|putting|held|holding|holds|pressed|pressing|pushed|pushing|forcing|forced "
            "~3 pillow|blanket|towel|plastic+bag ~1 over ~1 the+baby's|baby's|infant's|"
            "child's|kid's|rp's|caller's|victim's|his+wife's|her+husband's|the+victim's ~1 "
            "face|mouth|nose|head",
            "his ~1 hand|hands ~1 over ~1 rp's|caller's|victim's|the+baby's|baby's|her ~1 mouth|"
            "nose|face",
            "her ~1 hand|hands ~1 over ~1 rp's|caller's|victim's|the+baby's|baby's|his ~1 mouth|"
            "nose|face",
            "holding|held|holds|pushing|pushed|shoving|shoved|forcing|forced|dunking|dunked ~3 "
            "his|her|their|the|baby's|rp's|caller's|victim's ? head|face ~1 under ~2 "
            "the ? water|underwater|tub|bathtub|toilet|sink|pool",
            "held|holding|holds|kept|keeping|keeps|locked|detained|trapped ~4 against ~1 her|his|"
            "their|my|your will",
            f"pulled|pulling|pulls|yanked|yanking|yanks|ripped|ripping|grabbed|grabbing|grabs ~1 "
            f"{PERSON_NP}|caller's|rp's|victim's|his|her|their|my ~1 hair|ponytail|braids|"
            f"braid|hijab|weave|wig",
            f"locked|locking|locks ~1 {PERSON_NP}|caller|rp|victim ~1 in|inside ~2 the|a|his|"
            f"her|their ? room|bedroom|closet|bathroom|basement|trunk|shed|attic|cage|garage",
            # kept from leaving or from calling for help (domestic violence): "blocked the
            # door so she couldn't leave", "took her phone so she can't call" ("won't let her
            # leave" is violence.assault)
            "blocked|blocking|blocks|block|stood+in|standing+in ~2 the|her|his|my|our ? door|"
            "doorway|exit|way|hallway|car ~3 so|and ~2 she|he|they|i|caller|rp ~1 couldn't|"
            "could+not|can't|cannot|can|could|wouldn't|won't|isn't+able|wasn't+able|unable ~1 "
            "leave|get+out|go|escape|call|close|close+it|drive|drive+away|get+in|get+away|"
            "open|open+it|move|pass",
            "took|grabbed|snatched|broke|smashed|threw|takes|taking|grabbing ~1 her|his|my|rp's|"
            "caller's|their ~1 phone|cell|cellphone ~4 so|and ~2 she|he|they|i|caller|rp ~1 "
            "couldn't|could+not|can't|cannot|wouldn't|won't ~1 call|leave|get+help",
            "took|grabbed|snatched|broke|smashed|threw ~1 her|his|my|rp's|caller's|their ~1 "
            "phone|cell|cellphone ~2 when|as|while ~2 she|he|they|i|caller|rp ~2 tried|was+trying|"
            "went|started ~2 to ~1 call",
        ),
        lookalikes=(
            "smother|smothering|smothered|smothers|suffocating|suffocated ~3 with ~2 love|"
            "attention|affection|kisses|hugs|questions|texts|calls",
            f"drown|drowning|drowned|drowns {PERSON_NP}? ~1 his|her|their|my ? sorrows|troubles|"
            f"feelings",
            f"drown|drowning|drowned|drowns {PRONOUN_OBJ}|everyone|everybody|it ~1 out",
            "has|had|got|have|having|holding|held|holds|keeps|kept|keeping ~1 him|her|them|it ~1 "
            "trapped ~2 in ~2 the ? elevator|car|snow|mud",
            "pulled|pulling|pulls|yanked ~1 his|her|their|my ~1 hair ~1 back|up ~1 into|in ~1 a ? "
            "ponytail|bun|braid|clip",
            "pulled|pulling|pulls|grabbed|grabbing|grabs|yanked|yanking ~1 his|her|their|my ~1 "
            "hair brush|tie|ties|dryer|straightener|clip|clips|products|spray|gel|band|bands|"
            "net|extensions",
            # her own hair pulled in distress: "she is pulling her hair and screaming"
            "she|she's ~3 pulling|pulled|pulls|grabbing|grabbed|yanking|yanked|tearing|ripping ~1 "
            "her ~1 own? hair",
            "he|he's ~3 pulling|pulled|pulls|grabbing|grabbed|yanking|yanked|tearing|ripping ~1 "
            "his ~1 own? hair",
            f"{CREATURE} ~2 is|was|keeps ? sitting|sat|sits|lying|laying|kneading on ~2 his|her|"
            f"their|my|the ? chest|neck|throat|head|face|top",
            "pulled|pulling|pulls|yanked|yanking|ripped|ripping ~1 his|her|their|my ~1 own ~1 "
            "hair",
            "pulling|pulled|pull|tearing ~1 my|our|his|her|their ~1 hair ~1 out ~2 over|about|with|"
            "trying|because|waiting|dealing",
        ),
        guard=all_guards(object_her_guard, dated_past_guard),
    ),
    Rule(
        "violence.injury_marks",
        CODE,
        "marks of an assault on a person: strangulation marks, bruises where someone hit her",
        patterns=(
            "marks|mark|bruises|bruising|bruised|welts|handprints|hand+prints|fingerprints|"
            "finger+marks|finger+prints|red+marks|petechiae|scratches|"
            "scratch+marks ~3 on|around|across ~2 her|his|their|the|victim's|rp's|caller's ? "
            "neck|throat",
            f"bruises|bruising|bruised|welts|marks|scratches|handprints|swelling|swollen|"
            f"black+eye|black+eyes|cuts|bite+marks|injuries|lump|knot ~8 where|after|when ~2 "
            f"{PERSON_NP}|he|she|they|someone|somebody ~2 {HIT_VERBS}",
            f"bruises|bruising|bruised|welts|marks|scratches|handprints|swelling|swollen|"
            f"black+eye|black+eyes|cuts|bite+marks|injuries ~6 from ~1 {PERSON_NP}",
        ),
        # marks on the neck of a person who tried to hang himself are his own
        forbids=Context(
            "hanging_named",
            patterns=(
                "hang|hanged|hanging|hung|noose|ligature|strangle+himself|strangle+herself|"
                "choke+himself|choke+herself|suicide|suicidal|rope|cord|belt+around",
            ),
            within=25,
            affirmed=False,
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.hostage_barricade",
        CODE,
        "a person barricaded with others, or holding people inside against their will",
        patterns=(
            f"barricaded|barricading|barricades|barricade ~5 with|w/ ~2 {PERSON_NP}|kids|"
            f"children|family|hostage|hostages|baby|wife|girlfriend",
            f"barricaded|barricading|barricades|barricade ~5 {PERSON_NP}|kids|children|family ~2 "
            f"inside|in+there|with+him|with+her",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.threat_hospital",
        CODE,
        "a threat to put someone in the hospital",
        patterns=(
            f"{SAYING}|threatened|threatening|threatens|threaten|swore|vowed ~6 put|putting|"
            f"send ~1 {PERSON_NP}|you|ya|caller|rp ~1 in|into|to ~1 the|a ? hospital|icu|er|"
            f"emergency+room",
            # "he'll 'put them in the hospital'"
            f"{WILL} ~2 '|\"? put|putting|send ~1 {PERSON_NP}|you|ya|caller|rp|'em ~1 in|into|to "
            f"~1 the|a ? hospital|icu|er|emergency+room",
        ),
        # ... not a family or a clinician speaking of a hospital stay ("mom said she will put
        # him in the hospital if he stops his meds")
        forbids=Context(
            "hospital_for_care",
            patterns=(
                "psych|psychiatric|mental|evaluation|eval|treatment|hold|72|5150|detox|rehab|"
                "meds|medication|medications|medicine|doctor|dr|nurse|therapist|psychiatrist|"
                "counselor|caseworker|commit|committed|admit|admitted|sectioned|baker+act|"
                "crisis+team|mobile+crisis|for+help|get+help|get+him+help|get+her+help",
            ),
            same_sentence=True,
            affirmed=False,
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.threat_phrases",
        CODE,
        "a threat to kill or injure told as a phrase ('you're a dead man', 'put her in the "
        "hospital', 'burn the house down with her in it')",
        patterns=(
            "is|'s|are|'re|be|was|were|you're|youre|ur a ? dead man|men|meat|woman|bitch",
            # a dare: "STEP OVER AND SEE WHAT HAPPENS", "come closer and see"
            "step|come|cross|try|walk ~3 and ~1 see ~1 what ~1 happens|happen",
            # "stick" as a stab, said to someone: "or he would stick him" (never "she'll stick
            # him in timeout")
            f"{WILL} '? stick|shiv ~1 him|her|them|you|ya|'em|me|u ~0 .|,|!|;|NL|QMARK|if|and|"
            f"with|again|too",
            f"or|else ~2 he|she|they|i|he'd|she'd|they'd|i'd|he'll|she'll|i'll ~1 {WILL}? '? "
            f"stick|shiv ~1 him|her|them|you|ya|'em|me|u",
            # a weapon not used *yet*: "HAS A BASEBALL BAT IN HIS HAND, HASN'T SWUNG IT YET"
            # (the weapon, "it": "hasn't hit anyone yet" alone names no threat)
            "hasn't|hasnt|has+not|haven't|havent|have+not|didn't|not ~1 swung|swing|used|use|"
            "fired|pointed ~1 it|them ~1 yet",
            # keep-away with a weapon: "holding his buck knife saying nobody better come near
            # him"
            "nobody|noone|no+one|nobody+had|anybody|anyone ~1 better|'d+better|had+better|"
            "better+not ~1 come|get|step|walk ~1 near|close|closer|any+closer|up+on",
            # a weapon claimed to make someone back off: "BACK OFF I GOT A KNIFE"
            f"back+off|get+back|stay+back|come+any+closer|come+closer|don't+come ~4 i|i've ~1 "
            f"got|have|'ve+got|'ve ~2 a|my|the ? {WEAPON_OBJ}",
            # a harm in scare quotes: going to "take care of" the family
            f"{WILL} ~1 '|\" take+care+of|handle|deal+with|settle '|\"? ~2 {PERSON_NP}|you|"
            f"them|him|her|everyone",
            # cut open: he'll "open him up"
            f"{WILL} ~1 '|\"? open|gut|split ~1 him|her|you|them|'em|ya ~1 up|open",
            # a screening answer: "THREATS TO OTHERS: YES", "HI: YES"
            "threats|threat|homicidal_ideation|harm ~2 to|toward|towards ? others|other|anyone "
            ":|-|QMARK ~1 yes|y|positive|pos",
            f"{WILL}|{SAYING}|threatened|threatening|threatens|threaten|swore|vowed ~6 put|"
            f"putting|send ~1 {PERSON_NP}|you|ya|caller|rp ~1 in|into|six+feet ~1 the|a ? ground|"
            f"grave|morgue|coffin|body+bag|under",
            f"{WILL} '? burn|torch|firebomb|blow+up|set+fire+to|light ~3 the|his|her|their|my|our|"
            f"your|this|that ? house|home|place|apartment|apt|building|trailer|car|business|"
            f"store|garage ~3 down|up|on+fire",
            f"burn|burning|torch|set+fire+to ~4 with ~2 {PERSON_NP}|you|ya ~1 in|inside",
            "bullet|bullets ~3 with ~2 his|her|your|their|ur ? name",
            "you're+dead|ur+dead|youre+dead|you+are+dead|you're+next|you+are+next|"
            "watch+your+back|watch+ur+back|sleep+with+one+eye+open|count+your+days|"
            "your+days+are+numbered|you're+gonna+get+it|you+will+pay|you'll+pay",
            f"{WILL} '? make {PERSON_NP}|caller|rp|you|ya|u ~1 pay|bleed|suffer|regret+it",
        ),
        lookalikes=(
            "there|here|it|that|this ~1 is|'s|was|are|were ~1 a ? dead man|men|woman",
            f"{PERSON_NP}|he|she|i|i'm ~3 dead man|men|woman|women ~1 walking",
            f"{WILL} '? make {PERSON_NP}|caller|rp|you|ya|u ~1 pay ~1 the|rent|back|bill|bills|"
            f"damages|"
            f"fees|fine|deposit|child+support|support|it|up|for+the|for+damages|for+repairs",
            "you'll|you+will pay ~1 the|rent|back|bill|bills|fees|fine|deposit|it|for+the|"
            "for+damages|for+repairs|later|tomorrow",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.abuse_now",
        CODE,
        "abuse of a child or an elder happening now, or burning a person",
        patterns=(
            "child|elder|elderly|physical|domestic|sexual|kid|baby abuse|abused|abusing|beating|"
            "beaten ~1 in_progress|in+progress|happening|right+now|ongoing|occurring|going+on",
            f"burning|burned|burnt|burns|branding ~1 {PERSON_NP}|caller|rp|victim ~1 with ~2 a|an|"
            f"the|his|her|lit|hot ? cigarette|cigarettes|lighter|iron|cigar|boiling|lit|hot|"
            f"curling+iron|stove|candle",
            f"threw|throwing|poured|pouring|splashed|splashing|dumped ~2 boiling|hot ~2 water|"
            f"coffee|oil|grease|tea|soup ~2 on|at|onto|over ~1 {PERSON_NP}|caller|rp|victim",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.spray_stun",
        CODE,
        "a person pepper-sprayed, maced, tased or sprayed with a chemical",
        patterns=(
            f"sprayed|spraying|sprays|spray|maced|macing|tased|tazed|tasered|tazered|zapped|"
            f"stunned ~1 {PERSON_NP}|caller|rp|victim ~1 with ~3 mace|pepper|bear|wasp|spray|"
            f"chemicals|chemical|bleach|taser|tazer|stun",
            f"pepper|bear -? sprayed|spraying|sprays|spray {PERSON_NP}|caller|rp|victim",
        ),
        lookalikes=(
            "officer|officers|police|pd|cops|cop|deputy|deputies|trooper|troopers ~3 tased|"
            "tazed|tasered|maced|pepper+sprayed|pepper-sprayed|sprayed|spraying|tasing",
            "tased|tazed|tasered|maced|sprayed ~1 by ~2 police|officer|officers|pd|cops|deputy|"
            "deputies",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.cad_shorthand",
        CODE,
        "CAD shorthand or a misspelling for an assault",
        patterns=(
            "asslt|assualt|assult|asault|assaut|assaullt|assaulr|assulting|assualting|"
            "asaulting|aslting|asslting|a&b|adw|dvip",
            "agg|aggravated|aggr|simple|felony|sexual ~1 aslt|asslt|assault|assualt|assult|"
            "battery|batt",
            "assault|aslt|asslt and|& battery",
            "dv|domestic|domestic_violence ~1 w/|with ~1 injuries|injury|inj|strangulation|"
            "choking|weapon",
            "physical|phys ~1 dom|domestic|dv",
            "mutual ~1 combat|fight|fighting|altercation",
            # "V" / "vic" for the victim: "susp kicked V multiple times"
            f"{HIT_VERBS} v|vic|vict|v1|v2|v-1|v-2|vics",
        ),
        lookalikes=(
            "sexual|felony|aggravated|agg|simple ~1 assault|aslt|battery ~3 charge|charges|"
            "conviction|convictions|history|hx|case|court|record|warrant|trial",
            "a&b ~1 towing|tow|auto|plumbing|company|market|store|motors|roofing|cleaners|"
            "liquor|deli|storage|electric|trucking|services",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.shooting_victim",
        CODE,
        "a person down after shots were heard",
        patterns=(
            "man|person|someone|somebody|male|female|guy|woman|body|victim|subject|subj|kid|"
            "teen|juvenile|people ~2 down|lying|laying|on+the+ground|not+moving|bleeding|"
            "collapsed|slumped",
        ),
        requires=Context(
            "shots_heard",
            patterns=("shots|gunshots|gunfire|shooting|shot+fired|shots+fired|gunshot|pops|"
                      "popping",),
            # the person may be found in a later update line ("UPD: 3RD CALLER: MALE
            # LYING ON THE SIDEWALK, NOT MOVING")
            within=60,
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.open_line_distress",
        CODE,
        "yelling, screaming or a struggle heard on a call that hung up or went unanswered",
        patterns=(
            "yelling|screaming|shouting|arguing|crying|fighting|commotion|struggle|struggling|"
            "banging|scuffle|screams|yells ~3 heard|in ~2 the ? background",
            "heard|hear|hearing|hears ~3 yelling|screaming|shouting|arguing|commotion|struggle|"
            "scuffle|screams|crying|fighting",
        ),
        requires=Context(
            "line_dropped",
            patterns=(
                "hung+up|hangs+up|hang+up|hangup|hang-up|hung-up|disconnected|call+dropped|"
                "line+went+dead|line+dead|open+line|911+hangup|911+hang+up",
                "no ~1 answer|response ~2 on ? callback|call+back|cb|call-back|recall",
                "callback|call+back|cb|call-back ~2 no|unanswered|went+to ~1 answer|voicemail|vm",
            ),
            affirmed=False,
            within=30,
        ),
        # the caller was reached again and talks ("call dropped once, RP called back";
        # "on callback female says she is ok"): what is heard is what is reported
        forbids=Context(
            "caller_reached_again",
            patterns=(
                "called|calls|calling|call back|again ~4 rp|caller|she|he|hears|says|said|"
                "states|stated|advised|advises|reports|reported",
                "rp|caller|she|he|they ~1 called|calls|calling|call back|again",
                "callback|call-back|cb|recontact|re-contact|recall ~2 answered|answers|says|said|"
                "states|stated|advised|advises|reports|ok|okay|fine|spoke|talked",
            ),
            affirmed=False,
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.armed_intent",
        CODE,
        "an armed person going to 'take care of' someone",
        patterns=(
            "take|taking ~1 care ~1 of ~1 him|her|them|that+guy|the+guy|that+dude|business",
            f"take|taking ~1 care ~1 of '|\"? {PERSON_NP}",
            "deal|deals|dealing|settle|settling|handle|handling ~1 with ? him|her|them|"
            "that+guy|the+guy|the+score",
            "'|\" take ~1 care ~1 of ~1 him|her|them",
        ),
        requires=Context(
            "armed",
            patterns=(
                f"{alt(FIREARM, BLADE)}|weapon|armed|strapped|piece|heat|burner|gat|blicky",
            ),
            within=25,
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "violence.uncertain",
        CODE,
        "whether there was or will be violence is asked and unknown",
        patterns=(
            f"{NOT_KNOWING} ~1 {IF} ~5 hit|hurt|assaulted|attacked|physical|fighting|fight|"
            f"punched|struck|hurting|hitting|beaten|beat|kicked|pushed|shoved|choked|"
            f"assault|violent|violence|touched|threatened|threatening|stabbed|shot|grabbed|"
            f"abused|abusing|harmed|slapped|attacking",
            f"physical|violence|violent|threats|threat|threatening|homicidal_ideation|"
            f"homicidal|assault|assaultive|aslt|fighting|hitting|hit|dv|domestic|contact|"
            f"altercation ~2 QMARK|:|- ~1 {UNK_ANSWER}",
            f"physical|violence|violent|threats|threat|threatening|homicidal_ideation|"
            f"assault|fighting|hitting|hit|dv|altercation ~2 QMARK|:|- ~1 does|do|did|is|'s|can|could|caller|rp|he|she|they ? not|n't|nt know|known|sure|tell|certain|clear",
            f"physical|violence|violent|threats|homicidal_ideation|physicality|assault|dv|"
            f"altercation {UNK_ANSWER}|not+known|unconfirmed|undetermined|tbd",
            f"{UNK_ANSWER}|{HEDGE} physical|violent|violence|assault|assaulted|dv|"
            f"domestic_violence|altercation|fighting|fight|threats|combative|aggressive",
            "sounds|sounded|sound ~1 like ~4 fighting|fight|hitting|hit|beating|struggle|"
            "struggling|someone+being|somebody+being|scuffle|punches|slaps|wrestling",
            f"can't|cannot|could+not|couldn't|unable|hard to ? tell|see|determine ~1 "
            f"{IF} ~4 fighting|fight|hitting|hit|playing|wrestling|physical|assault",
            f"{HEDGE} ~1 become|get|getting|turn|turning|escalate|escalating ~1 physical|violent|"
            f"combative|aggressive|hostile",
            # an open line where a man tells someone to get off the phone (domestic
            # violence until shown otherwise): "MALE VOICE SAYING PUT THE PHONE DOWN"
            "male|man|voice|someone|somebody|guy|he ~3 saying|said|says|yelling|yelled|"
            "screaming|screamed|telling|told|shouting|shouted ~3 put|hang|get|drop|give|gimme ~1 "
            "the|that|your|ur ? phone|fone ~1 down|up|away|off|now|me|.|,",
            "male|man|voice|someone|somebody|guy|he ~3 saying|said|says|yelling|yelled|"
            "screaming|screamed|telling|told|shouting|shouted ~3 hang+up|get+off ~1 the|that|"
            "your ? phone|line",
        ),
        negatable=False,
        lookalikes=(
            f"{NOT_KNOWING} ~1 {IF} ~5 hit|struck by ~2 a|the ? car|vehicle|bus|truck|ball",
            "domestic|dv ~1 " + UNK_ANSWER + " ~3 verbal",
        ),
    ),
    Rule(
        "violence.harm_to_anyone",
        CODE,
        "someone may or will hurt someone, no one named ('he might hurt someone')",
        patterns=(
            f"{WILL} hurt|harm|hit|attack|kill|stab|shoot ~1 someone|somebody|anyone|anybody|"
            f"people|others|everyone|everybody",
        ),
        # (negatable, unlike the unknowns above: "not gonna hurt anybody" is a screened
        # negative; "might hurt someone" fires as uncertain)
        guard=dated_past_guard,
    ),
    # Told the way CAD notes put it.
    Rule(
        "violence.told_by_act",
        CODE,
        "an armed robber still inside, a gun threat by phone or text, spitting at or "
        "grabbing people, a fight told by its blows",
        patterns=(
            # "hold up alarm, clerk says an armed suspect is still inside", "man with a knife
            # is still inside"
            "armed ~1 suspect|susp|subject|subj|man|male|female|woman|person|robber|robbers|"
            "suspects ~3 still|is+still|are+still|remains|remain ~1 inside|in+the+store|there|"
            "on+scene|in+the+building",
            f"man|male|woman|female|guy|suspect|susp|subject|subj|person|someone ~1 with|w/ ~1 "
            f"a|an ? {FIREARM}|{BLADE}|weapon ~3 is|'s ? still ~1 inside|in+the+store|there|"
            f"on+scene|in+the+building",
            # shot or stabbed, in the victim's words: 'saying "he got me"'
            "'|\" he|she|they|someone|somebody ~1 got|shot|stabbed|cut ~1 me '|\"",
            # money demanded in a break-in: "kicked in the back door and is yelling at her for
            # money"
            "yelling|screaming|shouting ~2 at ~1 her|him|them|rp|caller|me ~1 for ~1 money|cash|"
            "his+money|her+money",
            # a gun named in a threat: "phone threat with gun", "text saying they have a gun
            # and know where she lives"
            f"threat|threats|threatening ~2 with ~1 a|an ? {FIREARM}|{BLADE}|weapon",
            f"have|has|got ~1 a|an ? {FIREARM}|{BLADE}|weapon ~2 and|& ~1 know|knows ~1 where ~2 "
            f"lives|live|stays|stay",
            # spit on and grabbed: "spitting at customers who won't give her money", "grabbed
            # a customer's arm"
            "spitting|spit|spat|spits ~1 at|on ~1 customers|people|staff|employees|him|her|"
            "them|caller|rp|workers|passengers|riders|kids|pedestrians|shoppers",
            "spitting|spit|spat|spits ~1 at|on ~1 the|a ~1 customer|clerk|driver|guard|cashier|"
            "worker|officer|nurse|employee|passenger|caller",
            "grabbed|grabbing|grabs|yanked|twisted ~1 a|the ? customer's|person's|woman's|man's|"
            "caller's|rp's|someone's|clerk's|worker's|employee's|lady's|girl's|boy's|kid's|"
            "child's|driver's ~1 arm|wrist|hand|hair|shirt|jacket|neck|throat|face",
            # a fight told by its blows: "two girls pulling hair", "fists only"
            "pulling|plling|pullin|yanking each+other's|each+others|eachothers ? hair|haair|hiar",
            "fists ~1 only|flying|up",
            # a fight told by its mark: "got into it in the kitchen, one has a fat lip"
            "got+into+it|get+into+it|went+at+it|going+at+it|got+physical|scuffled ~10 fat+lip|"
            "busted+lip|split+lip|black+eye|bloody+nose|bloody+lip|swollen+eye",
            "fist ~1 fight|fighting",
        ),
        lookalikes=(
            # a haircut, a braid: "pulling her hair back", "pulling hair out of the drain"
            "pulling|yanking ~1 her|his|my|their ? hair ~1 back|up|out+of|into|from|a+ponytail",
            "spitting|spit|spat ~1 at|on ~1 the ? ground|sidewalk|floor|street",
            # a suicide threat with a weapon ("SUICIDE THREAT W/ WPN")
            f"suicide|suicidal|suicidal_ideation|si ~1 threat|threats ~2 with|w/ ~1 a|an ? "
            f"{FIREARM}|{BLADE}|weapon|wpn",
        ),
        guard=all_guards(dated_past_guard, days_back_guard),
        # the call-type lexicon reads call types ("THREATS W/ WEAPON" is violence there)
        fields=("narrative",),
    ),
    # Spanish and Spanish-English notes.
    Rule(
        "violence.spanish",
        CODE,
        "a fight, a blow or a threat told in Spanish (pelea, le dio un puño, la tiraron ...)",
        patterns=(
            "pelea|peleando|peleándose|peleandose|puñetazo|puñetazos|golpeó|golpeo|golpeando|"
            "golpeándola|golpeandola|golpeándolo|golpeandolo|agredió|agredio|agrediendo|"
            "agresión|agresion|maltratando|pegándole|pegandole|estrangulando|ahorcándola|"
            "ahorcandola|empujó|empujo|empujando|abusando",
            "dio|dando|dan|daba|dieron|dándose|dandose ~2 un|una|unos ? puño|puños|puno|punos|"
            "golpe|golpes|"
            "cachetada|cachetadas|bofetada|bofetadas|patada|patadas|trompada|trompadas",
            "le|la|lo|les|los ~1 pegó|pego|pegaron|golpeó|golpeo|golpearon|tiraron|tiró|tiro|"
            "empujó|empujo|empujaron|agredió|agredio",
            "tiró|tiro|lanzó|lanzo|tiraron ~4 silla|botella|piedra|plato|platos|vaso|objeto|"
            "objetos|cosas ~2 a ~2 su|la|el|al|los|las",
            "amenaza|amenazó|amenazo|amenazando|amenazas ~3 matar|matarla|matarlo|matarlos|"
            "pegarle|golpear|golpearla|golpearlo|con+un|con+una|con+el|con+la",
            # "lo va a matar", "dice que la va a matar"
            "lo|la|los|las|te ~1 va|van|voy ~1 a ~1 matar|golpear|pegar|apuñalar|disparar|"
            "quemar",
            # "me va a matar" (he will kill me; "me voy a matar" is his own life)
            "me ~1 va|van ~1 a ~1 matar|golpear|pegar|apuñalar|disparar|quemar",
            "quiere|quieren ~1 matarla|matarlo|matarme|matarnos|matarlos|golpearla|golpearlo",
        ),
        guard=all_guards(dated_past_guard, days_back_guard),
    ),
    # French notes.
    Rule(
        "violence.french",
        CODE,
        "a fight, a blow or a threat told in French (il la frappe, bagarre, menace de la "
        "tuer ...)",
        patterns=(
            "frappe|frappé|frappée|frappent|frappait|frapper|battent|battre|"
            "bagarre|bagarres|bagarrent|agresse|agressé|agressée|agression|agresseur|"
            "étrangle|etrangle|étranglé|étranglée|giflé|giflée|gifle|tabassé|tabassée|"
            "tabasse|cogne|cogné|coups+de+poing|coup+de+poing|violence+conjugale|"
            "violence+familiale",
            "se ~1 battent|bagarrent|tapent|frappent",
            "la|le|les|me|nous ~1 bat",
            "menace|menacé|menacée|menacent|menaçant|menacant|menaces ~4 tuer|frapper|"
            "blesser|battre|mort|poignarder",
            "va|veut|vais|vont ~2 la|le|les|me|te|nous|vous ~1 tuer|frapper|battre|"
            "poignarder|blesser|étrangler",
        ),
        lookalikes=(
            # "la porte", "le mur": a door knocked on, not a person
            "frappe|frappé|frappent|frapper|cogne|cogné ~1 à|a|sur|contre ~2 la|le|les ? "
            "porte|portes|mur|murs|fenêtre|fenetre|vitre",
        ),
        guard=all_guards(dated_past_guard, days_back_guard),
    ),
)

# "UPDATE: it's a nail gun he's using on the fence": the weapon clearing statement also
# clears violence found only through that weapon (held or aimed), never an act.
UPDATE_CLEARS = _weapon.UPDATE_CLEARS
UPDATE_CLEARABLE = frozenset({"violence.armed_dispute", "violence.weapon_against_person",
                              "violence.weapon_shown"})
