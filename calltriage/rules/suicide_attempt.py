"""`suicide_attempt`: a suicide attempt in progress or imminent: took pills, cut
themselves, on a ledge or bridge, or a plan with the means at hand.

Suicidal talk with no plan and no means is `behavioral_health` and does not fire here.
"""

from __future__ import annotations

from calltriage.rules.base import Rule

CODE = "suicide_attempt"

REFLEXIVE = "himself|herself|themselves|themself|myself|self|hisself|own"
PILLS = (
    "pills|pill|meds|medication|medications|medicine|tablets|tylenol|xanax|oxy|"
    "oxycodone|ambien|sleeping|bottle|prescription|prescriptions|antifreeze|bleach|"
    "poison|rat|insulin|seroquel|lithium|benadryl|advil|aspirin|ibuprofen|acetaminophen|"
    "everything|handful|fentanyl|heroin"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "suicide_attempt.explicit",
        CODE,
        "an attempt named as such",
        patterns=(
            "suicide|suicidal attempt|attempted|attempting|try|tried|trying",
            "attempted|attempting|attempt|attempts suicide|suicidal",
            f"tried|trying|tries|try|attempted|attempting|going|gonna|about to|wants|plans "
            f"to ? kill|hang|end|off|hurt|harm|shoot|drown|cut|stab|poison|overdose|od * ? "
            f"{REFLEXIVE}|life|it|herself",
            "in progress suicide",
            "suicide in progress",
            "hanging|hanged|hung himself|herself|themselves|self",
            "noose|ligature|hanging",
            "rope|belt|cord|sheet|sheets around|on * ? neck",
            "tried|trying|attempted to ? hang|hung",
            "self-inflicted|self+inflicted",
        ),
        lookalikes=(
            "hanging out|around|up|from|on|off|pictures|picture|clothes|laundry|lights|"
            "decorations|flyers|signs|sign|with|at|in|there|outside|by|near|behind|"
            "loose|over|down",
            "hung out|around|up|over|with",
            "noose|hanging|ligature * ? graffiti|drawing|drawn|picture|painted|sign|"
            "decoration|decorations|halloween",
            "history|hx|previous|prior|past of * ? suicide attempt|attempts",
            "prior|previous|past|old|history|hx suicide|suicidal attempt|attempts",
            "suicide attempt|attempts * ? ago|years|last|previous|prior|in the past",
        ),
    ),
    Rule(
        "suicide_attempt.ingestion",
        CODE,
        "took pills or poison",
        patterns=(
            f"took|taken|taking|takes|swallowed|swallowing|swallow|ingested|ingesting|"
            f"ate|downed|consumed|drank|drinking|chugged|popped|popping|overdosed|od a|an|"
            f"the|his|her|their|all|whole|some|several|many|lots|bunch|entire|handful|"
            f"bottle|of|every|too|30|20|40|50|10 ? *? *? {PILLS}",
            f"took|taken|taking|swallowed|ingested|ate|downed|consumed|popped|overdosed "
            f"{PILLS}",
            "intentional|intentionally|purposely|deliberate|deliberately|on+purpose|"
            "purposeful overdose|od|overdosed|took|ingestion|ingested|swallowed",
            "overdose|overdosed|od on purpose",
        ),
        lookalikes=(
            f"took|taken|taking|takes|take his|her|their|my ? prescribed|daily|normal|"
            f"regular|usual|morning|night|nightly|evening|scheduled|blood pressure|"
            f"heart ? {PILLS}",
            f"not|n't|nt|never|hasn't|hasnt|refuses|refused|stopped|forgot|forgetting|"
            f"forgets|off|without taking|take|took|his|her|their ? {PILLS}",
            f"hasn't|hasnt|has not|have not|haven't|didn't|did not|isn't|not been taking|"
            f"took * ? {PILLS}",
            f"took|taking|takes the|his|her ? {PILLS} away|from",
            "drinking|drank|drink|drinks|drinking from the ? bottle",
            "drank|drinking|drinks|drank a|the|his|her|some|whole|entire ? bottle|bottles "
            "of|a ? wine|vodka|whiskey|beer|liquor|booze|alcohol|alcohol|gin|rum|tequila|"
            "water|soda",
            f"took|taken|taking|takes|swallowed * ? {PILLS} * ? as prescribed",
            f"took|taken|taking|takes * ? rat * ? poison * ? to|for the ? rats|mice|yard|garage",
            "taking|takes|took a|the|his|her ? bottle|bottles to|from|back|out",
            "popped|popping a|the ? tire|tires|balloon|balloons|trunk|hood|wheelie|collar",
        ),
    ),
    Rule(
        "suicide_attempt.cutting",
        CODE,
        "cut themselves or their wrists",
        patterns=(
            f"cut|cuts|cutting|slit|slitting|slashed|slashing|sliced|slicing|stabbed|"
            f"stabbing|carved|carving {REFLEXIVE}|wrist|wrists|arm|arms|throat|veins",
            f"cut|cuts|cutting|slit|slitting|slashed|slashing|sliced|slicing his|her|their|"
            f"own ? wrist|wrists|arm|arms|throat|veins",
            "self-harm|self-harming|self-harmed|self harm|self harming|self-injury|"
            "self-mutilation|self mutilation|self-mutilating",
            "actively|currently|is|was|has+been|been self-harming|cutting",
            "self harming|harmed|injuring|injured|mutilating",
        ),
        lookalikes=(
            f"cut|cutting|cuts {REFLEXIVE} * ? shaving|cooking|chopping|slicing|"
            f"accident|accidentally|accidental|on|while|by|with|a piece|glass|paper|fence|"
            f"mistake|tool|knife while",
            f"accidentally|accidental|accident cut|cuts {REFLEXIVE}",
            "cut|cuts|cutting his|her|their|own ? arm|arms|hair|nails|hand|finger|fingers "
            "on|while|cooking|chopping|shaving|accidentally|by",
            "history|hx|past|previous|prior|old * ? self-harm|self|cutting|scars|cuts",
            "no|not|denies|denied|denying|never * ? self-harm|self|cutting",
        ),
    ),
    Rule(
        "suicide_attempt.location",
        CODE,
        "on a ledge, bridge, roof or tracks, or about to jump",
        patterns=(
            "on|onto|atop|at|over|climbing|climbed|standing|sitting|hanging|leaning "
            "the|a|an|edge|top|side|outside|wrong ? of ? the|a ? ledge|bridge|overpass|"
            "railing|rail|roof|rooftop|parapet|balcony|tracks|cliff|edge|overlook|"
            "guardrail|window|viaduct|trestle|dam|pier",
            "threatening|threatened|threatens|wants|going|about|trying|tried|plans|"
            "planning|gonna|says|said|will|to jump|jumping|leap|leaping",
            "jump|jumping|leap|leaping|jumped off|from|in front of|into * ? bridge|"
            "building|roof|overpass|ledge|balcony|traffic|train|car|cars|bus|river|"
            "water|freeway|highway|tracks|cliff|window|parking",
            "ledge|edge of the ? bridge|roof|building|overpass",
            "walking|walked|stepping|stepped|standing|laying|lying|lay|sitting|ran|running|"
            "wandering into|in|on|onto ? the ? traffic|tracks|freeway|highway|road|roadway|"
            "street|lanes|interstate",
        ),
        lookalikes=(
            "on|onto|at|over|climbing|standing|sitting|hanging|near the|a ? bridge|"
            "overpass|balcony|roof|window|pier|dam under|underneath|below|near|by",
            "under|underneath|below|beneath|near|by|beside|behind the|a ? bridge|overpass|"
            "viaduct|trestle|pier",
            "jump|jumping|jumped start|starter|rope|ropes|ship|the gun|in line|on the|"
            "over the|fence|turnstile|turnstiles|queue|bail|around|up|down|off the couch",
            "roof|rooftop|ledge|balcony * ? leak|leaking|repair|repairs|damage|damaged",
            "sitting|standing|walking|laying|lying|sleeping|camping|living|staying on|"
            "under|at|near the|a ? bridge|pier|overpass|sidewalk|bench",
            "standing|sitting|walking|panhandling|begging|flying|holding in|on|near|at "
            "the ? road|street|roadway|median|intersection|corner|sidewalk|shoulder|"
            "exit|ramp|offramp|off-ramp",
            "walking|walked|wandering|wanders|crossing|crossed|standing|stands|stood|"
            "sitting|sat|laying|lying in|on|onto|into ? the ? traffic|road|street|"
            "roadway|highway|freeway|lanes|interstate",
        ),
    ),
    Rule(
        "suicide_attempt.means_at_hand",
        CODE,
        "suicidal with a plan and the means at hand",
        patterns=(
            "suicidal|suicidal_ideation|si|suicide * ? with|has|w/|and|&|plus ? a|the ? "
            "plan|means|gun|knife|pills|rope|weapon|firearm|razor|blade|access",
            "plan|plans and|& * ? means",
            "gun|pistol|firearm|rifle|shotgun|knife|blade|razor|pills to|against|at|in "
            "his|her|their|own ? head|temple|chest|throat|mouth|neck|wrist|wrists",
            "has|holding|have|with a|the|his|her ? gun|knife|pistol|firearm|rifle|razor "
            "and * ? says|saying|threatening|wants|going|talking * ? kill|end|suicide|die",
            "has|have|got|with|holding|access|collected|collecting|stockpiled|stockpiling|"
            "saving|saved|gathered|gathering|bought|buying|purchased * ? pills|meds|gun|"
            "rope|knife|razor|blades|weapon|firearm * ? to|and * ? kill|end|overdose|od|die|"
            "hang|suicide",
            "plan|plans|planning|planned to * ? overdose|od|hang|shoot|jump|cut|drown|"
            "crash|drive|kill",
            "wrote|writing|written|left|leaving a|the ? suicide|goodbye|farewell ? note|"
            "notes|letter|letters|text|texts|message|messages",
            "suicide|goodbye|farewell note|notes|letter|letters|texts|text|video",
            "giving away belongings|possessions|things|stuff",
            "engine|car running in * ? garage",
            "carbon monoxide",
            "closed garage",
        ),
        lookalikes=(
            "no|not|denies|denied|without|any|never * ? plan|plans|means|note|notes",
            "plan|plans|means to * ? move|leave|stay|go|get|sleep|camp|find|call|see|"
            "sue|pay|travel|visit|work|fix",
            "plan and|& * ? means to|for * ? move|leave|stay|go|get|sleep|camp|find|pay",
            "goodbye text|texts|message|messages|note to * ? landlord|ex|girlfriend|"
            "boyfriend|roommate|friends",
            "carbon monoxide alarm|detector|detectors|alarms|sensor|sensors|leak|reading",
        ),
    ),
)
