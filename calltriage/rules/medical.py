"""`medical`: an emergency medical need.

Danger phrases that contain a negation word ("not breathing", "won't wake up",
"can't breathe", "no pulse", "breathing? no") are positive patterns here and are marked
non-negatable: the negation word inside them is part of the danger, not a screen.
"""

from __future__ import annotations

from calltriage.rules.base import Rule

CODE = "medical"

NOT = "not|n't|nt|never"

RULES: tuple[Rule, ...] = (
    Rule(
        "medical.danger_negation",
        CODE,
        "a danger phrase that contains a negation word",
        patterns=(
            f"{NOT}|barely|hardly|stopped|stop|quit|stops breathing|breathin|breath|"
            f"breathng|responding|responsive|responsve|moving|conscious|waking|alert|"
            f"answering|respond|reacting|awake",
            f"{NOT}|barely|hardly breathe|breath|breathe|breathing|wake|waking|respond|"
            f"react|move|stand|walk|sit|talk|speak",
            "can|cannot|could|will|would|wo|ca|cant|wont|couldnt|doesnt|does|did|is|isnt "
            f"{NOT}? get|be ? up|woken|awakened|roused|aroused",
            "unable to|cannot|cant stand|walk|breathe|breath|move|talk|speak|respond|wake|"
            "sit|get|swallow|stand",
            "no|without|absent|lost pulse|pulses|heartbeat|breathing|breath|breaths|"
            "respirations|signs|response|vitals",
            "trouble|difficulty|difficult|problems|problem|hard|labored|laboured|shallow|"
            "agonal|gasping|struggling breathing|breathe|breath|respirations|to",
            "breathing funny|weird|strange|shallow|labored|slow|heavy|hard|"
            "badly|abnormally|irregularly",
            "breathing|conscious|awake|responsive|alert|pulse QMARK|:|- no|negative|nope|not",
            "short|shortness of breath",
            "short_of_breath",
            "gasping|choking|turning|turned|lips|face|is ? blue|purple|gray|grey|pale",
        ),
        negatable=False,
        lookalikes=(
            "not|n't|nt|never moving|respond|responding|answering|answer|talk|talking|"
            "speak|reacting|react out|away|to|on|in|his|her|their|my|the|phone|calls|"
            "texts|emails|door",
            "not|n't|nt|never moving|walk|stand * ? car|vehicle|cars|traffic|truck|bus|"
            "line|furniture|stuff|belongings|things|out|away|along|over|from|in|into",
            "can|cannot|could|will|would|wo|ca|cant|wont|does|did|is n't|nt|not ? "
            "stand|get over|up|rid|along|by|out|in|to|it|the|a|him|her|them|his|"
            "back|home|a|an",
            "no|without response|responses|answer|signs of|from|to",
            "unable|cannot|cant to|not ? get|move into|in|out|back|home|a|an|the|his|her|"
            "their|my|to|through|ahold|car|vehicle|money|food|housing|shelter|work|job|"
            "him|her|them",
            "lost pulse oximeter",
            "choking on|hazard",
            "blue car|truck|vehicle|jacket|shirt|hoodie|coat|jeans|pants|house|door|"
            "sedan|suv|van|bike|hat|cap|tent|tarp|bag|backpack",
            "can|cannot|could|will|would|wo|ca|does|did|is n't|not|nt stand|walk|sit|"
            "talk|move|speak the|his|her|their|my|it|that|this|each|anyone|loud|being|"
            "to|him|them|me|neighbor|neighbors",
        ),
    ),
    Rule(
        "medical.unresponsive",
        CODE,
        "unconscious, unresponsive, collapsed, passed out",
        patterns=(
            "unconscious|unconcious|unconsious|unconscience|unresponsive|unresponsve|"
            "non-responsive|nonresponsive|unarousable|unrousable|obtunded|comatose|"
            "catatonic|lifeless|limp|collapsed|collapse|collapses|collapsing|fainted|"
            "fainting|syncope|syncopal|loss_of_consciousness|altered_mental_status|"
            "unresp|dead|deceased|doa|lethargic|overdosing|blacked|blackout|blacking",
            "passed|passing|pass out|outside|away",
            "knocked out",
            "slumped over",
            "in and out of consciousness",
            "going in and out",
            "falling down|over drunk|intoxicated|wasted",
            "fell|falling|falls * ? hit|hitting|struck|striking his|her|their head",
            "found down",
            "man|woman|person|subj|subject|male|female|guy|lady|someone down",
        ),
        lookalikes=(
            "dead battery|batteries|end|ends|bolt|tired|set|serious|silent|zone|bird|"
            "birds|animal|animals|deer|cat|cats|dog|dogs|raccoon|squirrel|rat|rats|"
            "possum|opossum|skunk|tree|trees|body|bodies|phone|line|air|of|stop|"
            "center|last|on|wrong|calm|quiet|asleep|set|beat|meat|heat|broke|serious|"
            "weight|giveaway|wood|leaves|ringer|pixel|car|vehicle",
            "passed|passing a|an|the|his|her|my|their|by|through|along|on|over|down|"
            "around|away|the|out of ? car|vehicle|bus|test|exam|inspection|house|"
            "school|store|note|notes|flyers|pamphlets|papers|leaflets|word|buck|time",
            "passed away|away * ? ago|last|years|months|weeks|in",
            "pass outside",
            "dead end|ends|bolt|tired|set|serious|silent|zone|center|last|on|wrong|weight|"
            "giveaway|wood|leaves|ringer|pixel|battery|batteries|phone|line|air",
            "collapsed|collapse|collapsing roof|ceiling|building|tent|fence|wall|porch|"
            "deck|structure|shed|garage|awning|bridge|tree|carport|bleachers|scaffolding|"
            "stage|chair",
            "roof|ceiling|building|tent|fence|wall|porch|deck|structure|shed|garage|"
            "awning|tree|stage|scaffolding|chair collapsed|collapse|collapsing",
            "dead|deceased|doa * ? animal|deer|cat|dog|raccoon|bird|possum|opossum|"
            "squirrel|rat|skunk|coyote|fox|goose",
            "limp|limps|limping on|in|with|from|around|away|along|down|slightly|leg|foot",
            "knocked out the|a|his|her|power|window|windows|tooth|teeth",
            "blackout|blacked|blacking curtains|shades|out windows|the|power",
            "power blackout",
        ),
    ),
    Rule(
        "medical.overdose",
        CODE,
        "an overdose or severe poisoning",
        patterns=(
            "overdose|overdosed|overdoses|overdosing|overdosis|overdoze|over-dose|o.d.|"
            "od|ods|oded|o/d|narcan|naloxone|poisoned|poisoning|toxic|toxicity",
            "too many|much pills|meds|medications|drugs|heroin|fentanyl|xanax|tylenol",
        ),
        lookalikes=(
            "narcan|naloxone kit|kits|training|vending|supply|supplies|box|boxes|"
            "station|stations|class|program|distribution",
            "carries|carrying|has|have|with|handing out|gives|give|distribute|distributes "
            "narcan|naloxone",
            "food|lead|mold|carbon poisoning",
            "toxic relationship|relationships|masculinity|friend|friends|positivity|"
            "person|people|behavior|environment|workplace|mold|waste|fumes",
            "overdose prevention|awareness|training|class|kit|kits|center|site|sites",
        ),
    ),
    Rule(
        "medical.acute",
        CODE,
        "an acute medical emergency (seizure, chest pain, stroke, severe bleeding ...)",
        patterns=(
            "seizure|seizures|seizing|seized|convulsing|convulsions|convulsion|"
            "convulsed|fitting|epileptic|postictal|post-ictal",
            "chest|cardiac pain|pains|pressure|tightness|arrest|event",
            "heart attack|attacks|problems|problem|stopped|racing",
            "cardiac|cardiac_arrest|cpr|aed|defibrillator|stroke|strokes|aneurysm|"
            "anaphylaxis|anaphylactic|hypoglycemic|hyperglycemic|diabetic|insulin|"
            "hypothermia|hypothermic|hyperthermia|heatstroke|heat-stroke|frostbite|"
            "frostbitten|drowning|drowned|electrocuted|electrocution|hemorrhage|"
            "hemorrhaging|haemorrhage|cyanotic|choking|choked",
            "heat stroke|exhaustion",
            "allergic reaction",
            "throat closing|swelling",
            "foaming at the ? mouth",
            "vomiting|throwing|coughing|spitting|puking up ? blood",
            "vomit|vomiting|puke|puking and|& * ? unresponsive|not|passed",
            "severe|severely|extreme|bad|worst|excruciating|unbearable pain|bleeding|"
            "injuries|injury|burns|burn|allergic|reaction|headache|asthma|dehydration",
            "asthma attack",
            "diabetic emergency|shock|coma",
            "in labor|labour",
            "water broke",
            "giving birth",
            "having a|the ? baby",
            "pregnant and|& * ? bleeding|pain|contractions",
            "contractions",
            "face drooping",
            "slurred speech",
            "symptoms of a ? stroke",
            "ems|ambulance|medics|paramedics|medic|ems-|emt|emts|911-medical|mfd|efd",
        ),
        lookalikes=(
            "cpr class|classes|training|certified|certification|card",
            "aed|defibrillator cabinet|box|station|training|class|inspection",
            "stroke of|a ? luck|genius|midnight|brush|brushes|paint",
            "heat stroke warning|advisory",
            "history|hx of|with * ? seizures|seizure|stroke|strokes|diabetes|heart|asthma|epilepsy",
            "fitting room|rooms|in|into|for|the|a|his|her|their|shoes|clothes|clothing|"
            "together|pieces|out",
            "seized|seizing property|assets|car|vehicle|items|goods|drugs|by|the|his|her|my",
            "property|car|vehicle|items|drugs|goods seized",
            "heart problems|problem history",
            "choking hazard|on * ? bone",
            "pain in the neck|butt|ass",
            "bad|severe|extreme weather|storm|traffic|smell|odor|attitude|mood|day|"
            "neighborhood|neighbor|smoke|noise|headache",
            "no|not|refuses|refused|refusing|declined|declines|denies|without|"
            "cancel|cancelled|canceled|disregard|don't|dont|doesn't|does|not|n't|nt "
            "* ? ems|ambulance|medics|paramedics|medic|emt|emts",
            "ems|ambulance|medics|paramedics|medic|emt|emts not|declined|refused|"
            "cancelled|canceled|unneeded|unnecessary|staging|standby|stage|stand",
            "ems|ambulance|medics|paramedics|medic|emt|emts * ? by|stage|stage|standby|"
            "staging|on standby|if|needed|refused|declined|disregard",
            "water broke|broken * ? pipe|pipes|main|line|heater|tank|leak",
            "water main broke",
            "having a|the baby shower|party|hard|bad|rough|good|great|day|time|crisis|"
            "breakdown|meltdown|moment|fit|tantrum|fight|argument|conversation",
            "throwing up ? his|her|their hands|arms",
        ),
    ),
    Rule(
        "medical.bleeding_injury",
        CODE,
        "bleeding or a serious injury",
        patterns=(
            "bleeding|bleed|bleeds|bled|hemorrhaging|blood|bloody|bloodied|gushing|"
            "laceration|lacerations|gash|gashes|wound|wounds|wounded|gunshot_wound|"
            "stabbed|impaled|amputated|amputation|compound|fracture|fractured|"
            "fractures|dislocated|unconscious|concussion|burns|burned|burnt|scalded|"
            "injured|injury|injuries|injures|injuring|trauma|traumatic",
            "is|was|got|been|appears|looks|seems|badly|seriously|very|bad|severely|really "
            "hurt",
            "broken|broke|snapped arm|arms|leg|legs|hip|hips|neck|back|bone|bones|ankle|"
            "wrist|jaw|nose|ribs|rib|skull|pelvis|femur|collarbone",
            "head|neck|back|spinal|brain|eye injury|injuries|trauma|wound|wounds",
            "hit|struck|hitting|striking his|her|their head",
            "shot|stabbed|cut|slashed in|on the|his|her|their ? head|neck|chest|stomach|"
            "face|back|arm|leg|hand|abdomen|throat|side|shoulder",
            "cut|cuts|cutting|slashed his|her|their|own ? wrist|wrists|arm|arms|throat|neck|"
            "self|himself|herself|themselves",
            "fell|fall|falls|fallen down|from|off * ? stairs|ladder|roof|balcony|"
            "window|bridge|building|steps|wall|porch",
            "can't|cannot|cant|unable * ? get up",
            "fell|falls|fallen and|& * ? can't|cannot|cant|unable|hurt|injured|bleeding|"
            "won't|wont",
            "hit by a|an|the ? car|vehicle|truck|bus|train|veh|suv|van|motorcycle",
            "struck by a|an|the ? car|vehicle|truck|bus|train|veh|suv|van|motorcycle",
            "pedestrian struck|hit|down",
            "rollover|entrapment|trapped|pinned|ejected",
        ),
        lookalikes=(
            "blood drive|drives|bank|donation|donor|test|tests|pressure|sugar|work|"
            "draw|type|relative|relatives|alcohol|brother|brothers|feud|money|sport|"
            "orange|oranges|moon|line|lines|level|levels|glucose|thinners|thinner",
            "bad|cold|first|bad-blood blood",
            "bloody mary|marys|hell|nose",
            "hurt|hurts|hurting|injured|injury|injuries feelings|feeling|pride|business|"
            "ego|reputation|credit|relationship|chances|case|his|her|their|my|reserve|"
            "list|leave|report|claim|claims|lawyer|attorney|compensation",
            "no|not|n't|nt|without|never|nobody|none hurt|injured|injury|injuries|"
            "bleeding|blood|broken|wounds|trauma",
            "nobody|no one|noone|none * ? hurt|injured|harmed|bleeding",
            "hurt|hurts|hurting his|her|their|my * ? feelings",
            "broken|broke window|windows|glass|door|doors|lock|locks|down|up|in|into|"
            "heater|pipe|pipes|phone|tv|car|vehicle|mirror|fence|gate|promise|promises|"
            "heart|home|family|record|english|off|out|the|a|some|bottle|bottles|bike|"
            "mailbox|furniture|dishes",
            "burns|burned|burnt|burning trash|rubbish|leaves|wood|fire|food|toast|candle|"
            "candles|incense|sage|cds|dvds|tires|tyres|garbage|bridges|down|out|up",
            "burned|burnt out|down|up",
            "fall|falls|fell asleep|behind|apart|through|for|in+love|off+the+wagon",
            "cut|cuts|cutting off|the|his|her|their|my|a|in|out|through|back|up|down|"
            "class|school|grass|lawn|hair|power|water|ties|line|benefits|hours|services|"
            "service|funding|lock|fence|tree|branch|branches|across|corners|deal",
            "wound|wounds up|down|care|clinic",
            "trapped in|inside * ? elevator|cycle|situation|relationship|room|lie",
            "trapped animal|cat|dog|bird|raccoon|squirrel|bat|deer",
            "animal|cat|dog|bird|raccoon|squirrel|bat|deer|possum|opossum trapped|stuck|"
            "injured|hurt|bleeding",
            "injured|hurt|bleeding|wounded|dead animal|cat|dog|bird|raccoon|squirrel|bat|"
            "deer|possum|opossum|goose|geese|duck|ducks|fox|coyote|hawk|owl|kitten|puppy",
            "minor|small|superficial|slight|old injury|injuries|cut|cuts|scrape|scrapes|scratch|scratches|bleeding",
            "hurt|hurting|hurts his|her|their|my ? back|knee|ankle|foot|feet|wrist|toe|finger",
        ),
    ),
)
