"""`violence`: physical violence happening or just happened, threats to hurt someone else,
a combative or hostile person, domestic violence."""

from __future__ import annotations

from calltriage.rules.base import Rule

CODE = "violence"

HARM_VERBS = (
    "kill|hurt|harm|stab|shoot|beat|attack|murder|assault|punch|hit|strangle|choke|"
    "cut|slit|fight|jump|rape|smash|break|bash|slap|kick|burn|poison|run|get|end|"
    "destroy|blow|slice|waste|kil"
)
REFLEXIVE = "himself|herself|themselves|themself|myself|yourself|self|hisself"

RULES: tuple[Rule, ...] = (
    Rule(
        "violence.assault",
        CODE,
        "an assault, attack or beating",
        patterns=(
            "assault|assaulted|assaulting|assaults|assaultive|aslt|battery|batterd|battered|"
            "attack|attacked|attacking|attacks|attacker|beating|beaten|beatdown|beat-down|"
            "mugged|mugging|jumped|brawl|brawling|melee|fistfight|fist-fight|fisticuffs|"
            "rape|raped|molested|molesting|strangled|strangling|strangulation|choked|"
            "choking|punched|punching|punches|punch|kicked|kicking|slapped|slapping|"
            "headbutted|head-butted|stomped|stomping|bitten|clawed|tackled|pummeled|"
            "pummeling|shoved|shoving|pushed|pushing|hitting|hits|struck|striking|"
            "smacked|smacking|elbowed|kneed|scratched|spit|spat|spitting|throttled|"
            "bludgeoned|victim|victims|hostage|hostages|abused|abusing|abuse|abuser|"
            "manhandled|roughed|slammed|threw|thrown|throwing|hurting|injuring|"
            "retaliate|retaliation|restrained|restraining|grabbing",
            "beat|beats|hit|bit|bite|biting|grabbed|grab|kick|slap|shove|push|choke|"
            "strangle|scratch|throw him|her|them|me|us|his|my|the|a|someone|somebody|"
            "people|everyone|anyone|wife|husband|girlfriend|boyfriend|mom|dad|mother|"
            "father|son|daughter|brother|sister|child|kid|baby|staff|customer|"
            "customers|employee|officer|neighbor|roommate|victim|up",
            "beat|beats|beating up",
            "sexual assault|abuse",
            "physical|physically altercation|altercations|fight|fighting|violent|violence|"
            "aggressive|abusive|assaulted|hurt|harmed|attacked|fought",
            "got|gets|getting|became|become|turned physical|violent|rough",
            "laid|lay|put hands on",
            "put his|her|their hands on",
            "hands on",
        ),
        lookalikes=(
            "hit and|& run|runs",
            "hit-and-run|hit-run",
            "hit|hits|hitting|struck|striking a|the|his|her|my|their|parked ? car|cars|"
            "vehicle|vehicles|pole|curb|mailbox|fence|tree|deer|dog|building|wall|sign|"
            "hydrant|veh|truck|bus|van|suv|jackpot|lottery|button|snooze|road|ground|"
            "deck|sack|brakes|wall|pothole|gas",
            "hit|hits his|her|their head",
            "hit|hits|hitting on",
            "hit|hit-up|hits up|me up|him up",
            "attack|attacks panic|anxiety|heart|asthma|asthmatic",
            "panic|anxiety|heart|asthma attack|attacks",
            "beat|beating|beats the traffic|heat|odds|clock|deadline|record|drum|drums|"
            "rush|system|game|level",
            "heart|dead beat|beating|beats",
            "beat up car|truck|vehicle|van",
            "pushing|pushed|push a|the|his|her ? cart|carts|stroller|wheelchair|shopping|"
            "buttons|button|limits|boundaries|drugs|paper",
            "pushed|pushing back|for|through|forward|off the|my|our|his|her ? appointment|meeting|date|deadline",
            "victim of|to a ? fraud|scam|scams|identity|theft|burglary|crime",
            "fraud|scam|theft|identity|burglary|robbery|property|crime victim|victims",
            "spit|spat|spitting on the ground|sidewalk|floor",
            "grabbing|grabbed|grab food|a|some|his|her|their|bag|bags|stuff|items|cart|keys|phone|coffee",
            "throwing|threw|throws|thrown out|away|trash|garbage|rocks at|up|a|things|items|stuff|food|bags|fit|fits|tantrum|tantrums|party",
            "throwing|threw|thrown|throw his|her|my|their belongings|stuff|things|clothes|items",
            "child|elder|drug|substance|alcohol abuse",
            "abuse of|substance|drug|alcohol",
            "verbal|verbally abuse|abused|abusing|abusive",
            "restrained|restraining order|orders",
            "seat belt restrained",
            "jumped over|off|in|into|on|the|a|out|up|onto|down|ship|bail|fence|start|turnstile|line|queue",
            "jumped|jump start|started",
            "choking on|hazard",
            "retaliation for|against ? parking",
        ),
    ),
    Rule(
        "violence.fight",
        CODE,
        "a physical fight",
        patterns=(
            "fight|fights|fighting|fought",
        ),
        lookalikes=(
            "fight|fights|fighting|fought with|against * ? insurance|company|landlord's|bank|"
            "city|county|ticket|claim|cancer|cold|flu|infection|addiction|eviction|"
            "system|court|agency|utility|school|bureaucracy|billing",
            "fighting|fought|fight cancer|addiction|eviction|ticket|fire|fires|crime|cold|"
            "flu|infection|urge|urges|depression|sleep|traffic|charges|charge|case",
            "verbal|verbally|word|words|shouting|screaming|yelling|pillow|food|snowball|"
            "water|dog|dogs|cat|cats|rooster|cock|play|pretend|custody|legal|court|paper|"
            "billing|parking|phone|text|online|twitter|facebook fight|fights|fighting",
            "fight|fighting|fights over|about the|a ? phone|text|custody|remote|tv|money|"
            "rent|parking|noise|bills|bill",
            "not|isn't|wasn't|no fighting|fight|physical",
            "fire|fires fighting|fighter|fighters",
            "firefight|firefighter|firefighters|fire-fighter|prizefight",
            "fighting back tears",
            "fight|flight or flight|fight",
            "fighting words",
        ),
    ),
    Rule(
        "violence.threat",
        CODE,
        "a threat to hurt someone else",
        patterns=(
            f"threatening|threatened|threatens|threaten|threats|threat|threating|thretening "
            f"to|that|he|she|they|will|would|going|gonna ? *? *? {HARM_VERBS}",
            f"says|said|saying|stated|states|stating|yelling|yelled|screaming|screamed|"
            f"shouting|shouted|told|telling|texted|posted|vowed|swore|swearing he|she|they|"
            f"subj|subject|suspect|will|would|is|was|going|gonna|wants ? *? *? to|gonna "
            f"{HARM_VERBS} her|him|them|me|us|you|everyone|somebody|someone|people|his|my|the|a|"
            f"everybody|anyone|wife|husband|girlfriend|boyfriend|mother|father|mom|dad|"
            f"neighbor|neighbors|roommate|landlord|staff|kids|family|cops|police|officer|"
            f"officers|coworker|boss|manager|caller",
            "homicidal|homicidal_ideation|suicidal_homicidal_ideation",
            f"{REFLEXIVE} and|& * ? her|him|them|his|the|wife|husband|kids|children|family|"
            f"everyone|everybody|others|baby|girlfriend|boyfriend|mom|dad",
            "murder-suicide|murder|murdered|homicide",
            "death threat|threats",
            "threatening|threatened|threats|threat of ? violence|harm|bodily",
            "terroristic|criminal threats|threat|threatening",
            "menacing",
            "intimidating|intimidation",
        ),
        lookalikes=(
            f"threatening|threatened|threatens|threaten|threats|threat to * ? {REFLEXIVE}",
            "threatening|threatened|threatens|threaten|threats|threat to|of * ? sue|suing|"
            "call|report|evict|eviction|leave|quit|move|tow|complain|post|lawsuit|"
            "legal|court|police|cops|cancel|fire|firing|expose|tell|break+up|divorce|"
            "jump",
            "threatening|threatened|threatens|threaten|threats|threat to * ? kill|hurt|harm|"
            "end|cut|shoot|stab * ? " + REFLEXIVE,
            "kill|hurt|harm|cut|shoot|end * ? " + REFLEXIVE,
            "not|no|never threatening|threatened",
            "threatening|threat weather|storm|skies|clouds|rain",
            "kill|killing|killed time|the mood|the engine|the lights|the power|it|bugs|"
            "rats|mice|roaches|spiders|weeds|battery|wasps|bees",
            "hurt|hurts|hurting his|her|their|my ? feelings|back|knee|leg|arm|feet|foot|"
            "ankle|wrist|head|stomach|shoulder|neck|hip|hand|pride|business|chances",
            "break up|in|into|down|free|out",
            "get|getting|got|gets help|him|her|them|me|out|away|back|home|up|in|money|"
            "food|a|an|the|his|her|their|my|some|to|off|rid|paid|evicted|caught|even|"
            "something|anything|everything|it|this|that|there|here",
            "run|running|runs away|off|out|errands|over|into|a|the|his|her|back|him|her",
            "blow|blowing up my|his|her|the|their ? phone|cell",
            "blowing|blew|blow off|up steam|phone|the|her|his|my",
            "end|ends|ending the|a|his|her|their|this|that ? call|relationship|lease|day|"
            "night|shift|game|it",
            "jump|jumps|jumping|jumped ship|start|in|off|the|over|on|up|out|down|into|a",
            "smash|smashing|smashed|break|breaking|broke|destroy|destroying|destroyed|burn|"
            "burning|burned|bash|bashing the|a|his|her|their|my|some|car|cars|"
            "window|windows|door|doors|phone|tv|stuff|things|property|dishes|furniture|"
            "mailbox|plates|glass|items|belongings|wall|walls",
            "hit|punch|kick|slap|bash|smash * ? the|a ? wall|walls|door|doors|table|car|"
            "window|windows|mailbox|dumpster",
        ),
    ),
    Rule(
        "violence.hostile",
        CODE,
        "a combative, hostile or violent person",
        patterns=(
            "combative|combatitive|combatative|hostile|violent|violently|violence|belligerent|"
            "assaultive|aggressive|aggressively|aggression|agressive|threatening|menacing|"
            "dangerous|rampage|rampaging",
            "swinging|swung|lunging|lunged|charging|charged|coming|came|went|going|ran|"
            "running at|after|towards|toward",
            "swinging|swung|lashing|lashed out|on|at",
            "taking|took|throwing|threw|thrown|threw a|some|several|multiple ? swing|swings|"
            "punch|punches|hit|hits",
        ),
        lookalikes=(
            "aggressive|violent|hostile|dangerous dog|dogs|driver|drivers|driving|"
            "weather|storm|cough|coughing|vomiting|sneeze|shaking|winds|wind|storms|"
            "traffic|turn|intersection|animal|animals|cat|cats|raccoon|goose|geese|"
            "panhandling|panhandler|panhandlers|sales|salesman|marketing|collector|"
            "collectors|pothole|curve|conditions|condition|chemical|chemicals|"
            "medication|medications|treatment|cancer|game|games|movie|movies|video|"
            "videos|tv|show|shows|music|lyrics|road|roads",
            "violent|violence crime|crimes|history|offender|offenders|video|videos|tv|"
            "movie|movies|game|games",
            "no|not|non|non-violent|nonviolent|never|without violence|violent|aggressive|"
            "combative|hostile|threatening|dangerous|aggression|assaultive",
            "not being|acting|currently|physically|overly aggressive|violent|combative|"
            "hostile|threatening|dangerous",
            "charged|charging his|her|their|a|the|my ? phone|phones|battery|car|device|"
            "laptop|scooter|wheelchair|for|with|him|her|them|me|rent|fee|fees|too|money",
            "coming|came|went|going|ran|running after|at|towards|toward * ? dog|dogs|cat|"
            "cats|car|bus|train|ball|phone|store|house|home|job|work|school|shelter|"
            "door|office|lunch|dinner|hours|midnight|noon|class|traffic|me|her|him|them",
            "dangerous|threatening weather|conditions|situation|curve|road|area|"
            "intersection|neighborhood|street|wires|wire|tree|trees|ice|heat|cold|"
            "levels|level|driving|drug|drugs|chemicals|items|objects|dogs",
            "dangerous to|for himself|herself|themselves|self",
            "danger to himself|herself|themselves|self",
            "swinging|swung door|doors|gate|arms|his|her|legs|feet|by|on|around",
            "charging station|stations|cable|cord|cords|port|ports",
        ),
    ),
    Rule(
        "violence.domestic",
        CODE,
        "domestic violence or a generic domestic disturbance (physical violence not ruled out)",
        patterns=(
            "domestic|dv|domestic_violence",
            "family violence",
            "intimate partner violence",
            "ipv",
        ),
        lookalikes=(
            "domestic verbal|verbal-only",
            "domestic|dv * ? verbal only",
            "domestic|dv * ? verbal|verbally * ? only",
            "domestic animal|animals|cat|dog|flight|flights|help|worker|workers|"
            "violence shelter|airline|airport|beer|wine|car|cars|product|products|"
            "partnership|terminal|travel|abuse hotline",
            "domestic argument|arguments",
            "verbal|verbal-only domestic|dv",
            "domestic|dv * ? no assault|aslt|hands|physical",
            "domestic|dv * ? nothing physical",
        ),
    ),
    Rule(
        "violence.harm_reported",
        CODE,
        "someone hurt by another person",
        patterns=(
            "was|got|been|being|were attacked|assaulted|beaten|beat|punched|kicked|choked|"
            "strangled|raped|jumped|stabbed|shot|slashed|pushed|shoved|mugged|robbed",
            "bloody|black|broken|busted nose|lip|lips|eye|eyes|face",
            "blood on|all * ? face|hands|shirt|clothes|floor|him|her",
        ),
        lookalikes=(
            "cut off|out|in|up|loose|ties|class|school|from|across|through|the|a|his|her "
            "* ? power|water|line|phone|services|benefits|utilities|hair|grass|lawn|lock|"
            "tree|branch|fence|service|gas|electricity|heat",
            "hit by a|an|the ? car|vehicle|truck|bus|bike|bicycle|ball|train|cyclist|veh|"
            "scooter|motorcycle|van|suv|taxi|deer",
            "was|got|been|were shot down|at the|a ? job|promotion|idea|ball",
            "was|got|been|were jumped|jump ? started|start",
            "black eye peas|friday",
            "bit by|bitten by|bit|bitten * ? dog|dogs|cat|cats|animal|snake|spider|tick|"
            "mosquito|mosquitoes|raccoon|squirrel|rat|bat|bats|horse|pitbull|pit",
        ),
    ),
)
