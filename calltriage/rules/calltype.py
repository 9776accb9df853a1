"""The CAD call-type dialect: small rules per code that screen only the request's
``call_type`` field (``fields=("call_type",)``), never a narrative.

Call-type strings are a controlled vocabulary: "ASLT - IP/JO - WITH OR W/O WPNS (NO
SHOOTINGS)", "AGGRAVATED BATTERY BY SHOOTING", "HOMICIDE", "DEATH", "SUSPICIOUS PACKAGE",
"OFFICER NEEDS ASSISTANCE", bare "SUICIDE", "SIMPLE ROBBERY", "FIGHT - VERBAL/ORAL (NO
WEAPONS)". Their words mean what the call type is, so the lexicon reads them that way:

* a crime type is a report unless the string marks it IP/JO (in progress / just
  occurred) or the type is in progress by nature (DUI, pursuit, hold-up alarm, hostage,
  barricade): only then ``crime_in_progress`` (the narrative crime rules do not screen
  this field);
* "ROBBERY", "CARJACKING", "DOMESTIC ...", "THREATS", "OFFICER NEEDS ASSISTANCE" are
  violence; "AGGRAVATED"/"ARMED" assault, battery, robbery or burglary carry a weapon;
* "DEATH", "DOA", "FATALITY", "WITH INJURIES", "UNK INJURIES", "SICK PERSON", "PERSON
  DOWN" are medical; "NON INJ", "NO INJURIES" and an animal's injuries are not;
* a bare "SUICIDE" or "SUICIDE ATTEMPT" is an attempt; "SUICIDE THREAT" is not.

Separators in this dialect are glued to words ("--DV", "-IP", "CARJACKING-"), so the
word lists below carry those spellings too (``dashed``). A hyphenated qualifier after
the type ("DRIVE BY SHOOTING - NO INJURIES") is no screening answer here, so these rules
are not negatable; the dialect's own negations are look-alikes ("NO WEAPONS", "W/O").
The narrative rules for weapon, violence, medical and suicide_attempt screen the field
as well (their look-alikes below are call-type only).
"""

from __future__ import annotations

from calltriage.rules.base import Context, Rule
from calltriage.rules.violence import VERBAL_ONLY

FIELDS = ("call_type",)

# Call-type rules that an update line in the narrative may clear (``Detector.reconcile``),
# beyond the narrative rules each code already lets an update clear: a person down or
# slumped over the wheel who "woke up, is talking normally".
UPDATE_CLEARABLE: dict[str, frozenset[str]] = {"medical": frozenset({"calltype.person_down"})}

# A medical alarm (a subscriber's pendant) is an unknown medical problem until someone
# has spoken to the subscriber; a narrative saying plainly that it went off by accident
# or that the subscriber is fine rules it out (``Detector.reconcile``; a narrative rule
# finding a medical problem keeps it).
_ALARM_WORDS = frozenset({"alarm", "alarms", "alrm", "alr", "activation", "-alarm"})


def _medical_alarm(doc, norms, start: int, end: int) -> str | None:
    """calltype.medical's guard: the word "MEDICAL" of "MEDICAL ALARM" is left to
    calltype.medical_alarm (which a narrative may rule out)."""
    if end == start + 1 and end < len(norms) and norms[end] in _ALARM_WORDS:
        return "a medical alarm (calltype.medical_alarm)"
    return None


# A bite call type ("ANIMAL BITE") is a medical call until the narrative says plainly that
# the bite is minor or old, as the real "NON RECENT OR SUPERFICIAL BITE" type is no
# medical call: "small puncture, cleaned, not bleeding", "declines EMS", "yesterday" (not
# "an hour ago")
# (a narrative rule that finds bleeding or an injury keeps it, ``Detector.reconcile``).
BITE_MINOR = Context(
    "bite_minor_or_old",
    patterns=(
        "small|minor|superficial|tiny|little|light ~1 puncture|punctures|scratch|scratches|"
        "bite|nip|wound|mark|marks|cut",
        "not|no+longer|stopped ~1 bleeding",
        "didn't|did+not|doesn't|does+not|didnt|no ~1 break ~1 the|his|her ? skin",
        "declines|declined|refuses|refused|doesn't+want|does+not+want|no ~1 ems|medical|"
        "ambulance|medics|treatment",
        "already ~1 treated|seen|cleaned|bandaged|went+to+urgent+care",
        "yesterday|last+night|last+week|days+ago|a+week+ago",
        "wants ~3 report|animal+control|the+owner|vaccination|vaccine|rabies",
    ),
    within=None,
)

ALARM_EXPLAINED = Context(
    "medical_alarm_explained",
    patterns=(
        "by ~1 accident|mistake",
        "accidental|accidentally|mistakenly|inadvertently|inadvertent ~3 activation|"
        "activated|pressed|pushed|set+off|hit|bumped|triggered|alarm",
        "accidental|false|faulty ~1 activation|alarm",
        "pressed|pushed|hit|bumped|activated|triggered|set ~3 it|alarm|button|pendant ~1 "
        "accidentally|by+accident|by+mistake|mistakenly",
        "she|he|subscriber|resident|client|patient|they ~2 is|'s|was|are|feels ~1 fine|ok|okay|"
        "alright|uninjured|unhurt",
        "says|said|states|stated|reports|reported|confirms|confirmed ~2 she|he|they|all ? is|"
        "'s|was|are ? fine|ok|okay|alright|uninjured|unhurt",
        "no ~1 ems|medical|ambulance|help|assistance ~1 needed|required|necessary|wanted|"
        "requested",
        "does|did not|n't ~1 need|want|require ~1 ems|medical|ambulance|help|assistance",
    ),
    lookalikes=(
        "not|no|n't ~2 fine|ok|okay|alright",
        "fine|ok|okay|alright ~4 but|except|now|then",
    ),
    affirmed=False,
)


def dashed(words: str) -> str:
    """Alternatives with the dialect's glued separators: "dv" -> "dv|-dv|--dv|dv-"."""
    out: list[str] = []
    for w in words.split("|"):
        if not w:  # a stray "|" would make a bare dash a word of the list
            raise ValueError(f"empty alternative in {words[:60]!r}")
        for v in (w, f"-{w}", f"--{w}", f"{w}-", f"-{w}-"):
            if v not in out:
                out.append(v)
    return "|".join(out)


# In progress / just occurred markers ("IP", "I/P", "IP/JO", "JO", "IN PROGRESS", and
# "JH" / "J/H", just happened).
IPJO = (dashed("in_progress|jo|ip|j/o|prog|inprog|occurring|now|jh|j/h") +
        "|in+progress|in+prog|just+occurred|just+happened|just+occ|i/p|j+/+o|j+/+h")
# California Penal / Vehicle Code sections, which CAD systems across the state use as call
# types ("211 IP", "245 ADW", "459 SILENT ALARM", "23152"): state law, so the same
# everywhere, unlike radio 10-codes (only the few with a near-universal meaning are used).
PC_VIOLENCE = ("187|207|211|215|240|242|243|245|246|261|273.5|273.5a|273.5pc|422|"
               "243e|243(e)|243e1|273a|288")
PC_WEAPON = "245|246|417|25850|25400|12025|12031|246.3"
PC_PROPERTY = "459|484|487|488|496|594|10851"

# Crime types that are crime_in_progress when marked IP/JO.
CRIME_TYPES = dashed(
    "assault|assaults|aslt|battery|fight|fighting|burg|burglary|burglar|robbery|robb|"
    "rape|abduction|kidnap|kidnapping|kidnappng|order|violation|abuse|abused|abduct|"
    "molest|molested|luring|bias|prowler|prowl|arson|escape|theft|thefts|stolen|"
    "snatch|carjacking|bomb|bombs|threats|threat|shoplift|shoplifting|larceny|vandalism|"
    "damage|break-in|breakin|trespass|intruder|hostage|home+invasion|burglary|b&e|"
    "mischief|graffiti|auto+theft|car+prowl|prowling|theft|breaking+and+entering|"
    "breaking+&+entering|b+&+e|b+and+e|entering|unlawful+entry|larceny|looting|"
    "carjacking|car+jacking|holdup|hold-up|stickup|"
    # fraud, drugs, vehicle theft (UDAA / UUV: unlawful driving away / unauthorized use
    # of a vehicle), destruction, sex offences, stripping a building for scrap, extortion,
    # order violations (PPO), A/B (assault and battery), F/A (felonious assault)
    "fraud|forgery|counterfeit|narcotics|narcotic|drugs|drug|dealing|udaa|uuv|gta|"
    "joyriding|destruction|destroying|malicious|tampering|lewd|lascivious|indecent|"
    "exposure|peeping|voyeurism|sex|sexual|csc|scrap|stripping|extortion|ppo|riot|"
    "harassment|stalking|a+/+b|f+/+a|a&b|a+&+b|poaching|break+in|trespasser|trespassers|"
    "trespassing|vandalizing|vandalising|vandalized|"
    # misspellings seen in CAD
    "vandalisim|vandalsim|graffitti|burglery|burglury|buglary|robery|roberry|theift|"
    "shoplifing|shopliftng"
) + "|" + PC_VIOLENCE + "|" + PC_PROPERTY

RULES: tuple[Rule, ...] = (
    Rule(
        "calltype.weapon",
        "weapon",
        "the call type names a weapon, a shooting, a bomb or an armed crime",
        patterns=(
            "armed|aggravated|aggrav|agg|aggr|agg. ~2 " + dashed(
                "assault|assaults|aslt|battery|batt|robbery|robb|burglary|burg"),
            dashed("weapon|weapons|weapn|wpn|wpns|weap|firearm|firearms|gun|guns|knife|"
                   "knives|shooting|shootings|shots|shot|gunshot|gunshots|gunfire|stabbing|"
                   "cutting|bomb|bombs|firebomb|explosive|explosives|explo|ied|"
                   "shotspotter|shellcasings|carjacking|cutting"),
            "with or without|w/o ~1 weapon|weapons|wpns|wpn|weap",
            "car jacking",
            "fire bomb",
            "drive by|-by",
            "suspicious|unattended|abandoned ~1 package|packages|device|item|bag|backpack|box",
            "suspect|susp ~1 pkg|package|device",
            dashed("illegal|unlawful|concealed") + " carrying|carry|possession ~1 of ? weapon|weapons|"
            "firearm|gun|knife",
            "illegal|unlawful carrying|carry",
            "reckless|reck ~1 use ~1 of",
            "battery|assault|aslt|homicide|robbery ~1 re:^(cut|stab|shoot|shot|gun|knife|armed|weap)",
            "felonious|felony ~1 assault|aslt|assaults",
            "adw|a.d.w.|brandishing|brandish",
            # man / person with a gun, knife, weapon; a sniper
            dashed("mwg|pwg|mwk|pwk|mww|pww|sniper|snipers"),
            PC_WEAPON,
            "10 -? 32",  # APCO 10-32: person with a gun
            # Detroit's "DV F/A": felonious assault (an assault with a dangerous weapon);
            # elsewhere F/A is a fire alarm, so only beside a domestic
            f"{dashed('dv|domestic_violence|domestic')} ~2 f+/+a",
            "assault|aslt|assaults ~2 with|w/ ~1 a ? deadly|dangerous|weapon",
            "discharging|discharge|discharged ~1 firearm|firearms|weapon|gun",
            "battery|assault|homicide ~2 by|with ~1 " + dashed("shooting|knife|cutting|stabbing|"
                                                              "gun|firearm|weapon"),
        ),
        lookalikes=(
            "no|non|without|not|w/o " + dashed("weapon|weapons|weapn|wpn|wpns|weap|wea|"
                                                "shootings|shooting|gun|guns|knife"),
            "car ? carjacking|carjacking-|jacking|jacking- ~2 no|non|without|w/o ~1 weapon|"
            "weapons|wpn|weap|wea|weapo",
            "shots|shot ~1 spotter+test",
            "nail|glue|water|toy|paintball|airsoft|bb ~1 gun|guns",
            "cutting ~2 tree|trees|fence|lock",
            "fireworks|firework ~4 shots|bomb",
            "bombs|bomb|explo ~4 reckless|burning",
            dashed("arson") + " ~1 bombs|bomb ~2 explo",
            "bomb|bombs ~2 squad+assist|dog",
        ),
        negatable=False,
        fields=FIELDS,
    ),
    Rule(
        "calltype.violence",
        "violence",
        "the call type names an assault, a robbery, a threat, domestic violence or an "
        "officer needing help",
        patterns=(
            dashed("assault|assaults|aslt|asslt|battery|batt|homicide|murder|manslaughter|"
                   "rape|raped|molest|molested|molesting|groped|fondled|abuse|abused|"
                   "kidnap|kidnapping|kidnappng|kidnappin|kidnaping|abduction|abducted|"
                   "hostage|hostages|barricaded|barricade|riot|riots|threats|threat|"
                   "threatening|extortion|robbery|robb|robberies|carjacking|mugging|"
                   "strangulation|stabbing|shooting|shootings|dv|domestic_violence|"
                   "trafficking|e.r.t./hostage|gang|stalking|"
                   "menacing|intimidation|cruelty|cruelity|crulety|hold-up|holdup"),
            "car jacking",
            "fire bomb",
            "purse|property ~1 snatch|snatching",
            "strong arm|armed",
            "sex|sexual|sexually ~1 assault|battery|offense|offenses|abuse|exploitation",
            "carnal knowledge",
            "criminal sexual conduct",
            "csc|molestation|a&b|a+&+b",
            "assault and|& battery",
            "road rage",
            "officer|officers|ofc|ofcr|officer's|deputy|deputies|trooper|troopers|agent|unit|"
            "units|firefighter|firefighters|medic|medics ~1 need|needs|needing|down|in+distress|"
            "injured ~1 " + dashed("assistance|assist|assista|assis|ass|help"),
            "active ~1 shooter|shooters|assailant|attacker|killer",
            dashed("sniper|snipers"),
            "brandishing|brandish|brandished|417",
            "danger|dangerous|threat ~1 to ~1 others|other|public",
            f"{dashed('help|assist')} the officer",
            "life in danger",
            "shot or shot at",
            "person ~1 shot|stabbed",
            PC_VIOLENCE,
            "11 -? 99",  # officer needs help
            # a call type that says someone was shot or stabbed ("SHOT OR STABBED DELTA")
            dashed("shot|stabbed|stab"),
            # a responder in trouble ("PERSONNEL IN TROUBLE", "UNIT IN DANGER")
            "personnel|officer|officers|firefighter|firefighters|medic|medics|crew|unit|"
            "ems|deputy ~2 in ~1 trouble|danger",
            "aggravated|armed|agg ~2 " + dashed("burglary|burg|burglar"),
            dashed("bomb|bombs|explosive|explosives|device") + " ~2 threat|threats|thrt|scare|"
            "scares|threatening",
            dashed("firebomb|molotov") + "|fire+bomb",
            "aggressive ~2 panhandling|panhandler|panhandlers|solicitation|soliciting|solicitor|"
            "begging|beggar",
            "panhandling|panhandler|solicitation|soliciting|solicitor|begging|beggar ~2 "
            "aggressive",
            "re:^do(m|me|mes|mest|mesti)?$",
            # A bare "DOMESTIC" / "DOMESTIC DISTURBANCE" is the narrative rule
            # violence.domestic, which a plain "verbal only" in the narrative may rule out
            # (Detector.reconcile); a domestic call type that names violence is violence
            # whatever the narrative says.
            dashed("domestic") + " ~2 " + dashed(
                "violence|viol|vio|aslt|asslt|assault|assaults|battery|batt|abuse|abused|"
                "fight|fighting|physical|phys|strangulation|injury|injuries|inj|weapon|"
                "weapons|wpn|wpns|armed"),
        ),
        lookalikes=(
            "fight|fighting|dispute|disturbance|argument ~3 verbal|oral",
            "verbal|oral ~2 fight|fighting|dispute|disturbance",
            "threat|threats ~2 to ~1 phys|physical safety",
            dashed("suicide|suicidal") + " ~1 threat|threats|threatening",
            "threat|threats|threatening ~2 suicide|suicidal|self",
            "no|non|not|without ~1 -? " + dashed("rape|assault|aslt|battery|kidnapping|kidnap|"
                                                 "abduction|fight|robbery|threats|threat|"
                                                 "dv|domestic|abuse"),
            "no|non ~4 assault|aslt|assaults|threats|threat|thrt|thrts",
            "no known ~1 kidnapping|kidnap|abduction",
            "abduction ~2 no ~1 known ~1 kidnapping",
            dashed("kidnap|kidnapping") + " ~2 custodial",
            "thrt ~2 to ~1 phys|physical",
            "no|non ~3 threats|threat|bias",
            dashed("animal|animals|dog|dogs") + " ~6 dangerous|aggressive|vicious|injured|dead|"
            "attack",
            "dangerous|aggressive|vicious ~2 animal|animals|dog|dogs",
            "dist|disturbance|disturb ~3 dv|domestic|domestic_violence ~3 no|non ~1 assault|"
            "aslt|physical",
            "dv|domestic|domestic_violence ~4 no|non ~1 assault|aslt|physical",
            f"{dashed('help|assist')} the officer ~8 non",
            "alarm|alarms|--alarm|-alarm ~4 robb|robbery|hold-up|holdup|hold+up",
            "robb|robbery|hold-up|holdup ~1 alarm|alarms",
            "hold up alarm",
            "cruelty|cruelity|crulety|abuse ~2 to ? animal|animals|annimals|annimal|dog|dogs",
            "animal|animals|dog|dogs ~2 cruelty|abuse|fight|fighting",
            "drug|drugs|narcotics|narcotic ~1 trafficking|traffic",
            "domestic ~1 animal|animals|flight",
            "gang ~1 graffiti|tagging",
            "graffiti ~3 gang",
            "includes gang",
            "fireworks|firework ~4 bomb",
            "financial|fraud ~2 abuse|exploitation",
            "abuse|exploitation ~2 financial|fraud",
            "no|non " + dashed("assault|assaults|aslt|battery|threats|fight"),
            "non|not|no dv|domestic|domestic_violence",
            "dv|domestic|domestic_violence|--dv ~4 argument|arguments|standby|peace|verbal|"
            "neglect|financial",
            "dist|disturbance|disturb ~3 dv|domestic|domestic_violence ~1 dist|disturbance",
            "impersonating ~3 officer",
            "shot ~1 spotter|spotters|clock|shot+spotter",
            "life -? threatening",
            "flu|booster|vaccine|covid|vaccination ~1 shot|shots",
            "911 ~1 abuse|misuse|hangup|hang-up",
        ),
        negatable=False,
        fields=FIELDS,
    ),
    Rule(
        "calltype.medical",
        "medical",
        "the call type names a death, an injury, an overdose or a medical emergency",
        patterns=(
            dashed("medical|ems|ambulance|death|dead|doa|deceased|fatality|fatal|fatali|"
                   "casualty|homicide|overdose|od|naloxone|narcan|unconscious|unresponsive|"
                   "cardiac|stroke|seizure|drowning|drowned|sick|injured|injury|injuries|"
                   "injur|inju|inj|injs|stabbing|rescue|"
                   "collapse|collapsed|hemorrhage|bleeding|choking|breathing"),
            "shot or shot at",
            "person|man|woman|subject|male|female|pedestrian|someone|party|juvenile ~1 shot|"
            "stabbed",
            "chest|abdominal|back ~1 pain|pains",
            "breathing|respiratory ~1 problem|problems|difficulty|distress",
            "difficulty|trouble ~1 breathing",
            dashed("convulsions|convulsion|convulsing|diabetic|hemorrhage|laceration|"
                   "lacerations|electrocution|electrocuted|hypothermia|anaphylaxis|"
                   "anaphylactic|allergic|poisoning|ingestion|fainting|fainted|childbirth|"
                   "maternity|pregnancy|traumatic|trauma|burns|burned|drowning"),
            "cardiac|heart ~1 arrest|problems|problem|attack",
            "heat|cold ~1 exposure|stroke|exhaustion",
            "unknown problem|problems",
            "fall|falls|fallen ~1 victim|person|injury|injured",
            "person|subject|subj ~1 fallen|fell",
            "pi|p.i.|personal+injury ~2 accident|crash|collision|acc|mva|mvc",
            "acc|mva|mvc|tc|ta|wreck ~1 pi|p.i.|pia",
            # "10-50 PI": the 10-code for a crash, marked personal injury
            "10 -? 50|45 ~1 pi|p.i.|pia|injury|injuries|inj|major",
            "med ~1 run|call|emergency|emerg",
            "accident|crash|collision ~2 pi|p.i.|personal+injury|injury|injuries",
            "water emergency|emergencies",
            "accident|crash|collision|mvc|acc|run|wreck ~2 with|w/ ~1 re:^i(n|nj|nju|njur)?$",
            "battery|homicide ~2 by|with ~1 " + dashed("shooting|knife|cutting|stabbing|gun|"
                                                      "firearm|weapon|shot"),
            "airplane|plane|aircraft|helicopter|train|aviation|bus ~1 crash|crashes|down",
            "crash ~2 with|w/ ~1 injuries|injury|fatality",
            # EMD (MPDS) determinant levels C, D, E: advanced life support, the most
            # urgent ("OVERDOSE DELTA", "BURNS DELTA OR ECHO", "09E01 CARDIAC ARREST",
            # "10C CHEST PAIN")
            dashed("delta|echo"),
            "10 -? 52|53",  # ambulance needed, person down
            "11 -? 41|44|79|80",  # ambulance, deceased, accident with (major) injuries
            r"re:^[0-3]?\d[cde]\d{0,2}[a-z]?$",
            "child|children|baby|babies|infant|kid|kids|toddler|juvenile|juv ~1 locked|left ~1 "
            "in|inside|insd",
            # EMD "assault / fall / bite: possibly dangerous or serious" (body area)
            "assault|assaults|aslt|fall|falls|bite|bites|attack|injury ~2 dangerous|"
            "dangerousor|serious",
            "life ~1 status|threatening",
            "unknown ~1 probably|problem|prob",
            dashed("wound|wounds|wnd|wnds|gunshot_wound"),
            "pent|penetrating ~1 wnd|wound|wounds|trauma",
            "major|serious|severe|bad ~1 accident|crash|collision|mva|mvc|wreck|traffic+incident|"
            "traffic+accident|injury|injuries",
            "person|subject|subj|man|woman|child|juvenile|juv|someone|swimmer|swimmers|body|"
            "people|persons ~1 in ~1 the? water|river|lake|pool|bay|canal|surf",
            "water|swift+water|ice ~1 rescue",
            "vehicle|veh|car|auto|truck ~1 in|into ~1 the? water|river|lake|pond|canal|bay|creek",
            dashed("shooting|shootings|strangulation|strangled|strangling|choked|pia|pi/acc"),
            "swimmer|swimmers ~1 in+distress|distress",
            "capsized|overturned|sinking ~1 boat|vessel|canoe|kayak",
            # EMD and fire/EMS wording: stroke, envenomation, CO, a vehicle against a
            # pedestrian or cyclist, an ejection, altered mental status, an animal attack
            dashed("cva|tia|envenomation|envenomations|envenomed|snakebite|ejection|ejected|"
                   "altered_mental_status"),
            "carbon+monoxide|co+poisoning|smoke+inhalation|gas+inhalation|inhalation",
            "vs|versus|v. ~1 ped|peds|pedestrian|pedestrians|bike|bicycle|bicyclist|cyclist|"
            "motorcycle|mc|scooter|child",
            "altered ~1 mental ~1 status",
            "animal|animals|dog|dogs ~1 attack|attacks|mauling|mauled",
        ),
        lookalikes=(
            "non|no|not|without ~1 " + dashed("injury|injuries|inj|injured|medical|inju|injur"),
            "non-injury|noninjury|non-inj",
            "after ~1 fact|the+fact ~1 inj|injury|injuries",
            dashed("animal|animals|dog|dogs|deer|wildlife") + " ~6 injured|dead|injury|sick|down|hazard",
            "injured|dead|sick ~2 animal|animals|dog|dogs|deer|bird|birds|wildlife",
            "trees|tree|wires|wire|lines|line|power|signs|sign|signals|pole|poles ~2 down",
            "down ~1 signs|signals|wires|trees|lines",
            "traffic ~3 down",
            "fire|boat|cat|animal|tree|elevator|lockout|lock-out ~1 rescue",
            "non|not|no ~1 life ~1 threatening",
            # EMD "sick person, no priority symptoms"; "injury, not a dangerous body area"
            "sick ~3 non|no|not ~1 priority",
            "injury|injuries|inj ~2 non|not ~1 dangerous|serious",
            "animal|animals|dog|dogs ~1 attack|attacks ~2 on ~1 a|another|the|their ? dog|dogs|"
            "cat|cats|animal|animals|pet|pets|livestock|chickens|goat|goats|horse",
            "elevator|elevators ~2 entrapment|entrapped|stuck|trapped",
            "life ~1 status ~1 not ~1 questionable",
            "non|not|no ~1 dangerous|serious|severe|major",
            "delta|echo ~2 airport|airlines|air+lines|flight|lines",
            "atlanta|airport|airlines ~2 delta",
            "rescue ~1 boater|animal|cat|dog",
            "crash ~1 report|reports",
            "structure|building|roof|wall|walls|bridge|ceiling|tree|trees|trench|porch ~3 "
            "collapse|collapsed|collapsing",
            "burns|burned|burning ~2 reckless|illegal|trash|rubbish|leaves",
            "reckless|illegal|open ~1 burning|burn",
            "excl|excluding|except ~1 crash|crashes",
            "drive by shooting ~2 no ~1 injuries|injury",
            "no|non|not|without|w/o ~1 shooting|shootings",
            "shooting|shootings ~2 no|non ~1 injuries|injury|inj|victim|victims|hit",
            "shots|gunshots ~2 no ~1 shooting",
            "fireworks ~2 shooting",
            "dead ~2 battery|end|bolt",
            "shooting ~1 range",
            "cutting ~2 tree|trees|fence|lock|brush",
            "no ~1 response",
        ),
        guard=_medical_alarm,
        negatable=False,
        fields=FIELDS,
    ),
    Rule(
        "calltype.person_down",
        "medical",
        "the call type is a person down or slumped over the wheel: unconscious until someone "
        "has checked",
        patterns=(
            "person|man|woman|subject|male|female|pedestrian|someone|party|juvenile|one ~1 "
            "down",
            "down ~2 check",
            "check ~3 down",
            # a driver slumped at the wheel ("ONE OVER THE WHEEL")
            "slumped|over ~1 the? wheel|steering+wheel",
        ),
        lookalikes=(
            "trees|tree|wires|wire|lines|line|power|signs|sign|signals|pole|poles ~2 down",
            "down ~1 signs|signals|wires|trees|lines",
        ),
        negatable=False,
        fields=FIELDS,
    ),
    # A bare "FIGHT" is violence unless the notes call it words only, as a bare domestic is
    # ("clarifies it's parents yelling at each other, nobody touching anyone").
    Rule(
        "calltype.fight",
        "violence",
        "the call type names a fight or a brawl: violence until the narrative says it was "
        "words only",
        patterns=(dashed("fight|fighting|fights|fite|figt|brawl|brawling|scuffle|tussle|"
                         "melee|rumble"),),
        fields=FIELDS,
        extra={"narrative_rules_out": VERBAL_ONLY},
    ),
    Rule(
        "calltype.bite",
        "medical",
        "the call type names a bite (an animal's): an injury until the narrative says it is "
        "minor or old",
        patterns=(dashed("bite|bites|bitten"),),
        negatable=False,
        fields=FIELDS,
        extra={"narrative_rules_out": BITE_MINOR},
    ),
    Rule(
        "calltype.medical_alarm",
        "medical",
        "the call type is a medical alarm (a subscriber's pendant): an unknown medical "
        "problem until the subscriber is reached",
        patterns=(
            "medical|med|pendant|personal+emergency|lifeline|life+alert ~1 alarm|alarms|alrm|"
            "alr|activation",
        ),
        negatable=False,
        fields=FIELDS,
        extra={"narrative_rules_out": ALARM_EXPLAINED},
    ),
    Rule(
        "calltype.suicide_attempt",
        "suicide_attempt",
        "the call type names a suicide or a suicide attempt",
        patterns=(
            # "SUICIDE" names the act; "SUICIDAL" alone ("EDP - SUICIDAL", like "SUICIDAL
            # PERSON") is suicidal talk, given to the narrative (``given_contexts``), an
            # attempt only with the means or the place in the call type itself
            dashed("suicide|suicides"),
            "suicidal ~3 gun|guns|weapon|weapons|wpn|wpns|knife|knives|pills|meds|rope|"
            "in+hand|armed|barricaded|firearm|overdose|od|ingestion|bridge|ledge|roof|jumper",
            "attempt|attempts|attempted|attempting ~2 suicide|suicidal",
            dashed("jumper|jumpers"),
            "person|subject ~1 on ~1 bridge|ledge|roof",
            "crisis|jumper|suicidal|person|subject|subj|man|woman|male|female|juvenile|juv ~3 "
            "on ~1 the|a ? bridge|ledge|overpass|rooftop|roof|railing|parapet",
            "near ~1 hanging|drowning|strangulation",
            dashed("hanging|hanged"),
        ),
        lookalikes=(
            dashed("suicide|suicidal") + " threat|threats|ideation|talk|concern|concerns|"
            "check|crisis|call|prevention|hotline|thoughts|subj|subject|statements",
            "suicidal ~1 person|subject|subj|individual|male|female",
            "threat|threats|threatening ~2 suicide|suicidal",
            "jumper|jumpers ~1 cable|cables|start",
            "hanging|hanged ~2 out|around|sign|signs|wire|wires|tree|branch|limb|limbs|power|"
            "line|lines|cable|cables|object|objects|door|gutter|shelf|light|lights|decorations",
            "out|around|loitering|people|juveniles|juvs|kids|youths|group ~1 hanging",
            "sign|signs|wire|wires|tree|branch|limb|line|lines|cable|cables|light|lights|"
            "gutter|banner|flag|object|debris ~2 hanging",
        ),
        negatable=False,
        fields=FIELDS,
    ),
    Rule(
        "calltype.crime_in_progress",
        "crime_in_progress",
        "the call type marks a crime in progress or just occurred, or is in progress by "
        "nature (DUI, pursuit, hold-up alarm, hostage)",
        patterns=(
            f"{CRIME_TYPES} ~6 {IPJO}",
            f"{IPJO} ~6 {CRIME_TYPES}",
            # "ROBBERY NOT ARMED I/P": a gap never crosses a negation, so the negated
            # qualifier is spelt out (what is negated is the weapon, not the crime)
            f"{CRIME_TYPES} not|non|no|without|un ~1 armed|aggravated|weapon|weapons|wpn|"
            f"wpns|weap|injury|injuries|inj ~2 {IPJO}",
            # a domestic with a weapon, in progress ("DV PRS WITH A WEAP I/P-J/H")
            f"{dashed('dv|domestic_violence|domestic')} ~4 weapon|weapons|weap|wpn|wpns|gun|"
            f"guns|knife|armed ~4 {IPJO}",
            # a verified alarm: the alarm company confirmed an intrusion ("VERIFIED ALR /
            # PERSON W/O CODE")
            "verified|confirmed ~2 alarm|alarms|alr|alrm|-alarm|--alarm|burg|burglary|burglar",
            "alarm|alarms|alr|alrm|-alarm|--alarm ~2 verified|confirmed",
            # a call type saying "impaired" means an impaired driver ("AUTO X UNK INJ /
            # IMPAIRED"); an impaired person on foot, or a hearing-impaired caller, is not
            dashed("impaired"),
            "in_progress|in+progress ~2 " + CRIME_TYPES,
            dashed("dui|dwi|owi|oui|ovi|impaired_driving|d.u.i.|d.u.i|dui/dwi|pursuit|pursuits|"
                   "sideshow|takeover|"
                   "eluding|elude|hostage|hostages|barricaded|barricade|"
                   "e.r.t./hostage|-e.r.t./hostage"),
            "driving|driver|boating|operating|flying ~2 under ~2 influence|the+influence",
            "driving|driver|boating|operating ~1 while ? under",
            "under the ? influence",
            "reckless|wreckless|erratic ~1 driving|driver|driv|drivi|drive|vehicle|veh",
            "refuse|refused|refusing|failure ~2 to ~1 stop|yield",
            "hold-up|holdup|hold+up|robb|robbery|211 ~3 alarm|alarms",
            "alarm|alarms|--alarm|-alarm ~4 hold-up|holdup|hold+up|robb|robbery",
            "hold up|- ~1 alarm",
            "home invasion",
            "23152|23153|502",  # California driving-under-the-influence sections
            "10 -? 31|80",  # APCO 10-31 crime in progress, 10-80 pursuit
            "shoplifter|shoplifters|suspect|suspects ~2 detained|in+custody|on+scene|inside",
            "wrong way ~1 driver|vehicle|veh",
            "drunk|intoxicated|impaired|drinking|intox ~1 driver|drivers|driving|motorist|"
            "operator|boater",
            "street racing",
        ),
        lookalikes=(
            "no|non|not ~1 " + dashed("assault|aslt|bias|threats|threat|hazard|injury|injuries"),
            "alarm|alarms|--alarm|-alarm ~4 panic|duress ~3 residential|not+dv|bus|taxi|car|"
            "prsn|person|dv",
            "residential ~3 panic|duress",
            "-alarm|--alarm|alarm ~2 residential ~2 panic|duress",
            "panic|duress ~3 bus|taxi|car|prsn|not+dv|dv",
            "reckless ~1 burning|endangerment",
            "non|no|not ~1 pursuit|pursuits",
            "includes ~1 in_progress|jo|ip",
            "order ~3 non ~1 dv",
            "visually|hearing|mentally|cognitively|physically|speech|developmentally ~1 "
            "impaired",
            "impaired ~1 person|persons|subject|subj|pedestrian|ped|peds|walker|individual",
        ),
        negatable=False,
        fields=FIELDS,
    ),
)
