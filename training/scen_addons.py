"""Disqualifier add-ons per category, clearing / still-unsure update pairs, short tags.

Add-on item syntax: optional flags then "::" then the template.
  "+violence::..."   the item also adds `violence`
  "@household::..."  only for scenarios tagged household
The actor slots {A} {Ahe} {ahe} {ahis} {ahim} refer to the subject (behavioral_health,
homelessness, other) or to the other party (conflict).
Every item carries its code(s) as an affirmed or UNCERTAIN mention (uncertain fires).
"""

ADDONS = {
    "behavioral_health": {
        "weapon": [
            "{Ahe} [has|is holding|is carrying] {knife} [in {ahis} hand|and won't put it down|in {ahis} waistband]",
            "RP [thinks|believes] {ahe} [has|may have] {gun} [in {ahis} room|in {ahis} backpack|in the car]",
            "[possibly armed|poss armed|unk if armed|unknown if {ahe} is armed][ with a knife| with a gun|]",
            "{Ahe} [grabbed|picked up] {knife} from the kitchen [a few minutes ago|just now|before RP called]",
            "RP saw {gun} [on the nightstand next to {ahim}|in {ahis} lap|in {ahis} hand]",
            "there [are|may be] guns in the home and {ahe} [knows the combination|has access to them]",
            "+violence::{Ahe} [swung|is swinging] {blunt} at [RP|{ahis} {rel}|people passing by]",
            "+violence::{Ahe} [threatened RP with {knife}|pointed {knife} at RP|pointed {knife} at {ahis} {rel}]",
            "{Ahe} has {blunt} and is [pacing with it|holding it over {ahis} shoulder|carrying it around the house]",
            "{Ahe} [keeps|has] {knife} [on {ahim}|in {ahis} pocket|under {ahis} pillow] per RP",
            "RP not sure but thinks {ahe} [might have|has] {knife} [in {ahis} sleeve|in {ahis} jacket]",
            "RP [is afraid|worries] {ahe} [might grab|could get to] [{knife}|{gun}|the gun in the closet]",
            "unk if {ahe} has [{knife}|{gun}|any weapons] on {ahim}",
            "[possibly|poss|maybe] has {knife} [in {ahis} pocket|in {ahis} bag]",
        ],
        "violence": [
            "{Ahe} [punched|shoved|slapped|hit] [RP|{ahis} {rel}|a staff member] [a few min ago|{ago}|before RP called]",
            "{Ahe} is [threatening to hurt|saying {ahe} will kill|threatening] [RP|the neighbor|{ahis} {rel}|anyone who comes in]",
            "{Ahe} [became combative|got combative|is combative] with [staff|RP|security]",
            "{Ahe} [threw|has been throwing] [a chair|dishes|a lamp|things] at [RP|{ahis} {rel}]",
            "{Ahe} [spit on|kicked|bit] [RP|a security guard|a customer]",
            "{Ahe} tried to [choke|grab] RP",
            "+HI toward [{ahis} {rel}|the neighbor|staff]",
            "{Ahe} [is getting aggressive|is swinging {ahis} fists] at people walking by",
            "{Ahe} [pushed|knocked down] {ahis} [elderly mother|{rel}] [earlier|{ago}]",
            "RP [thinks|is afraid] {ahe} [may have hit|might hurt|could hurt] [{ahis} {rel}|someone|RP]",
            "poss assaultive, RP [heard a scuffle|heard {ahim} hitting something or someone]",
            "unk if {ahe} hurt anyone, RP heard screaming",
        ],
        "medical": [
            "{Ahe} [fell and hit {ahis} head|hit {ahis} head] and is bleeding",
            "{Ahe} is now [unresponsive|not responding to RP|not waking up]",
            "{Ahe} [is having|just had] a seizure",
            "{Ahe} [is c/o|is complaining of] chest pain",
            "RP says {ahe} [can't breathe|is not breathing right|is breathing really shallow]",
            "{Ahe} [collapsed|passed out] [on the floor|in the hallway|in the bathroom]",
            "{Ahe} [hasn't eaten in days and|is very weak and] can't stand",
            "{Ahe} has a [bad cut on {ahis} hand|deep gash on {ahis} leg] that [won't stop bleeding|is bleeding a lot]",
            "{Ahe} [took too much of|double dosed on] {meds} by accident and is [very drowsy|hard to wake]",
            "RP [isn't sure if|can't tell if] {ahe} is breathing",
            "[poss|possibly] [injured|hurt], {ahe} [fell|hit the wall] [a few min ago|earlier]",
            "unk if {ahe} is conscious, not answering RP",
            "{Ahe} may have hit {ahis} head, [some blood on the floor|bleeding from the ear]",
        ],
        "suicide_attempt": [
            "{Ahe} [says {ahe} took|took] {pills} [to die|to end it|because {ahe} doesn't want to live]",
            "{Ahe} [cut {ahis} wrists|cut {ahim}self trying to die|cut {ahim}self to end it] [tonight|just now]",
            "{Ahe} is [standing on the balcony railing|on the roof edge|at the edge of the bridge] saying {ahe} will jump",
            "{Ahe} [has|is holding] {pills} and says {ahe} is going to take them [all|tonight]",
            "[unk if|RP not sure if] {ahe} took [anything|any pills] [to hurt {ahim}self|]",
            "{Ahe} [tied|has] a [rope|belt|cord] [in the closet|around {ahis} neck] and says {ahe} wants to die",
            "+weapon::{Ahe} [has|is holding] {gun} to {ahis} head",
            "+weapon::{Ahe} is holding {knife} to {ahis} [wrist|throat]",
            "+medical::{Ahe} took {pills} [to die|on purpose] and is now [vomiting|very drowsy|barely awake]",
            "RP thinks {ahe} may have taken [pills|something] to [end it|hurt {ahim}self], [empty bottle found|pills missing]",
            "[poss|possible] OD attempt - {ahe} [said goodbye|left a note] and [pills are missing|the bottle is empty]",
        ],
        "crime_in_progress": [
            "{Ahe} is [smashing|breaking] [windows|car windows|the glass door] [right now|now]",
            "{Ahe} is [trying to get into|going through] [parked cars|cars in the lot|the neighbor's garage] now",
            "{Ahe} just got [into {ahis} car|behind the wheel] and is driving away [drunk|high|impaired]",
            "@subj_public|subj_any::{Ahe} is [taking things off the shelves and walking out|stealing from {biz}] right now",
            "{Ahe} [broke into|is inside] [the neighbor's house|a closed business|the church] right now",
            "{Ahe} is [spray painting|tagging] [the building|cars] right now",
            "RP thinks {ahe} [may be|might be] [breaking into|inside] [a car|the neighbor's garage] right now",
        ],
    },
    "homelessness": {
        "weapon": [
            "{Ahe} has {knife} [out|on {ahis} belt|next to {ahis} sleeping bag|in {ahis} hand]",
            "RP [saw|thinks {ahe} has] {gun} in {ahis} [cart|bag|waistband]",
            "[possibly armed|poss armed w/ knife|unk if armed]",
            "+violence::{Ahe} [waving|swinging] {blunt} at [people walking by|customers|RP]",
            "{Ahe} [is holding|has] {blunt} [and is pacing|next to {ahim}|in {ahis} hand]",
            "+violence::{Ahe} [pulled out|showed] {knife} when RP asked {ahim} to leave",
            "RP [thinks|is pretty sure] there is {gun} in {ahis} [tent|backpack]",
            "unk if {ahe} has [{knife}|a weapon], RP saw something shiny in {ahis} hand",
            "{Ahe} [may have|might have] {knife} [on {ahim}|in {ahis} cart]",
        ],
        "violence": [
            "{Ahe} [shoved|swung at|spit on] [a customer|the clerk|RP]",
            "{Ahe} [is threatening|threatened] [people walking by|to beat up the manager|to hurt RP]",
            "{Ahe} [got aggressive and grabbed|grabbed] [a woman's arm|RP's jacket]",
            "{Ahe} is [fighting|in a fist fight] with another [camper|person from the camp]",
            "{Ahe} [became combative|got hostile] when [security|staff|RP] asked {ahim} to move",
            "{Ahe} [threw|is throwing] [trash|food|coffee] at [people|RP|a customer]",
            "{Ahe} [kicked|punched] [the security guard|an employee] [{ago}|a few min ago]",
            "RP [thinks|believes] {ahe} [may have hit|might have shoved] [a customer|someone at the camp]",
        ],
        "medical": [
            "{Ahe} [won't wake up|is not responding to RP]",
            "{Ahe} is [bleeding from {ahis} foot|bleeding from the head]",
            "{Ahe} [has a leg wound that looks infected|has feet that are swollen and black] and can't walk",
            "{Ahe} is [shivering uncontrollably and confused|barely conscious]",
            "{Ahe} is having trouble breathing",
            "{Ahe} is [laying face down|not moving], unk if breathing",
            "{Ahe} [fell and can't get up|has a broken ankle per RP]",
            "{Ahe} [appears to be having a seizure|is seizing]",
            "[poss|possibly] [unconscious|hurt], RP [can't wake {ahim}|not sure if {ahe} is breathing]",
            "unk injuries, {ahe} [fell off the bench|is laying awkwardly]",
        ],
        "suicide_attempt": [
            "{Ahe} told RP {ahe} took {pills} [because {ahe} is done|to die|and doesn't want to wake up]",
            "{Ahe} is now standing on the [overpass railing|bridge railing] saying {ahe} will jump",
            "{Ahe} [cut {ahis} arms|cut {ahis} wrist] with [glass|a broken mirror] and says {ahe} wants to die",
            "{Ahe} [walked into traffic|is laying in the traffic lane] saying {ahe} wants to die",
            "[unk if|RP thinks] {ahe} took [something|pills] to hurt {ahim}self",
            "{Ahe} has {pills} and told RP {ahe} is going to take them all tonight",
            "RP thinks {ahe} may have taken [pills|something] to [die|end it]",
        ],
        "crime_in_progress": [
            "{Ahe} [pried open|broke the lock on] the [door|window] of the vacant [house|building] and is inside now",
            "{Ahe} is [currently breaking into|cutting the lock on] [the shed|the storage unit|a garage] to sleep",
            "{Ahe} is [taking|stealing] [food|items|a cart of groceries] from {biz} right now",
            "{Ahe} is [cutting the fence|climbing the fence] to get into the [lot|rail yard|construction site] now",
            "{Ahe} is [going through|rummaging in] [parked cars|unlocked cars] in the lot right now",
            "RP thinks {ahe} [may be|might be] [inside the closed store|breaking into the shed] right now",
        ],
    },
    "conflict": {
        "weapon": [
            "{Ahe} [came out with|is holding|grabbed] {knife}[ and is standing in the doorway|]",
            "{Ahe} [came outside with|is holding] {blunt}[ but hasn't swung it|]",
            "RP [thinks|believes] {ahe} [has|keeps] {gun} [in the house|in {ahis} car|on {ahim}]",
            "{Ahe} [told RP {ahe} has|said {ahe} keeps] a gun [in {ahis} car|in the house]",
            "+violence::{Ahe} [threatened to shoot RP|said {ahe} would get {ahis} gun and shoot RP]",
            "+violence::{Ahe} [swung|is swinging] {blunt} at RP",
            "+violence::{Ahe} [pulled|pointed] {knife} at RP",
            "[unk if|unknown if] {ahe} is armed",
            "{Ahe} [has|is carrying] {gun} [on {ahis} hip|in {ahis} waistband] per RP",
            "RP [thinks|is afraid] {ahe} [may have|might have|could have] {knife} [in {ahis} pocket|behind {ahis} back]",
            "[possibly|poss] armed, RP saw {ahim} reach into {ahis} waistband",
        ],
        "violence": [
            "[it got physical|it turned physical] - {ahe} [pushed|shoved] RP",
            "{Ahe} [slapped|punched|hit] RP [in the face|in the arm]",
            "{Ahe} [threw a drink|threw a shoe|threw coffee] at RP",
            "{Ahe} is threatening to [beat RP up|hurt RP|kill RP|fight RP]",
            "{Ahe} [spit on|grabbed|choked] RP",
            "RP hears [hitting|slapping sounds|someone being hit]",
            "{Ahe} [tried to|is trying to] [fight|swing at] RP",
            "{Ahe} [headbutted|kicked] RP",
            "{Ahe} [grabbed RP by the arm|pulled RP's hair] and won't let go",
            "RP [thinks|believes] {ahe} [may have hit|might hit] [RP's sister|the kids|RP]",
            "[poss|possibly] physical, RP heard [a slap|a thud and screaming]",
        ],
        "medical": [
            "during the argument {ahe} [collapsed|grabbed {ahis} chest and fell|passed out]",
            "{Ahe} [started having a seizure|is having a seizure] [during the argument|after yelling]",
            "RP [is having|is now having] [chest pains|an asthma attack and can't breathe] from the stress",
            "{Ahe} [fell down the stairs|tripped and hit {ahis} head] [during the argument|while yelling] and is bleeding",
            "{Ahe} is [very drunk and can't stand|passed out drunk on the floor, not waking up]",
            "@household::RP's [elderly mother|grandfather] [fainted|is unresponsive] during the argument",
            "[poss|possibly] injured - {ahe} [fell|slipped] during the argument, unk if hurt badly",
        ],
        "suicide_attempt": [
            "@household::during the argument {ahe} [took|swallowed] {pills} saying {ahe} wants to die",
            "@household::{Ahe} [locked {ahim}self in the bathroom|went into the bedroom] with {pills} saying {ahe} will take them all",
            "@household::{Ahe} [is now on the balcony railing|climbed onto the roof] threatening to jump",
            "@household::{Ahe} [cut {ahis} wrists|cut {ahim}self] after the argument and says {ahe} wants to die",
            "@household +weapon::{Ahe} [grabbed|has] {gun} and is threatening to kill {ahim}self",
            "@household::[unk if|RP not sure if] {ahe} took [any pills|something] after saying {ahe} wanted to die",
        ],
        "crime_in_progress": [
            "{Ahe} is [slashing RP's tires|keying RP's car|smashing RP's car windows] right now",
            "@household|neighbor::{Ahe} is [kicking|trying to kick in|breaking] RP's [door|window] [now|right now]",
            "@household::{Ahe} is [throwing RP's belongings off the balcony and breaking them|destroying RP's property] right now",
            "{Ahe} [just got in {ahis} car drunk|is driving away drunk] [now|right now]",
            "@household::{Ahe} is [taking|stealing] RP's [TV|things|laptop] [right now|as RP is on the phone]",
            "@neighbor::{Ahe} is [spray painting|throwing paint on] RP's [fence|car] now",
            "@business::{Ahe} is [smashing|breaking] [the display case|the front window|tables|the register screen] right now",
            "@business::{Ahe} is [walking out with|grabbing] merchandise without paying right now",
        ],
    },
    "other": {
        "weapon": [
            "RP [thinks|saw that] {ahe} [has|had] {gun}",
            "[possibly armed|unk if armed|poss armed w/ gun]",
            "{Ahe} [has|is carrying] {knife} [in {ahis} hand|on {ahis} belt]",
            "RP [thinks|believes] {ahe} [may have|might have] {gun} [in {ahis} jacket|in {ahis} car]",
        ],
        "violence": [
            "{Ahe} [threatened|yelled threats at] RP [and said {ahe} would hurt RP|]",
            "{Ahe} [pushed|shoved] RP when RP [approached|said something]",
            "{Ahe} [punched|hit] [RP|a bystander]",
        ],
        "medical": [
            "{Ahe} [is bleeding|appears injured and is bleeding]",
            "RP [is|was] [hurt|bleeding] [from the hand|from the head]",
            "[unk injuries|possible injuries]",
        ],
        "suicide_attempt": [],
        "crime_in_progress": [
            "{Ahe} is [now trying car doors|now breaking into a car|inside a car that isn't {ahis}]",
        ],
    },
}

# escalations for `other` scenarios that have no natural person (added per scenario id)
OT_ESC = {
    "ot.crash_pdo": {
        "medical": ["other driver now c/o neck pain and [is bleeding from the forehead|can't move {ahis} arm]", "[unk injuries|poss injuries] to the other driver",
                    "passenger [is now dizzy and bleeding|hit {ahis} head and is confused]"],
        "crime_in_progress": ["other driver [appears drunk|smells of alcohol] and is [trying to drive off|leaving the scene now]"],
        "violence": ["other driver [punched|shoved] RP [during the exchange|when RP asked for insurance]"],
        "weapon": ["+violence::other driver [pulled a gun|showed a knife] when RP asked for insurance", "RP thinks the other driver has {gun} in {ahis} console"],
    },
    "ot.burglar_alarm": {
        "crime_in_progress": ["[keyholder|RP|neighbor] now sees someone inside moving around", "[audio|camera] shows [a person|two people] inside now"],
    },
    "ot.susp_vehicle": {
        "weapon": ["occupant [has|may have] {gun} [in {ahis} lap|on the seat]", "RP saw [a rifle|a handgun] on the dash"],
        "crime_in_progress": ["occupants are now [trying car doors|taking a bike off a porch|breaking into a garage]"],
        "medical": ["occupant [slumped over and not moving|unresponsive in the driver's seat]"],
    },
    "ot.vehicle_running": {
        "medical": ["UPDATE: RP now sees someone [slumped in the back seat|laying across the front seat], not responding"],
    },
    "ot.animal_dog": {
        "medical": ["the {pet} [bit a child who is bleeding|attacked a jogger, bleeding from the leg]"],
        "violence": ["owner [threatened RP|shoved RP] when RP complained"],
    },
    "ot.theft_past": {
        "violence": ["suspect [pushed|shoved] RP when RP tried to stop {ahim}"],
    },
    "ot.traffic_hazard": {
        "medical": ["a [motorcyclist|cyclist] [hit it and is down, bleeding|crashed and can't get up]"],
    },
    "ot.stalled_vehicle": {
        "medical": ["driver [now says {ahe} feels faint and has chest pain|is diabetic and getting confused]"],
        "crime_in_progress": ["driver [appears drunk|is passed out drunk] and keeps trying to restart it"],
    },
    "ot.parking_violation": {
        "violence": ["owner came out and [shoved RP|threatened to hurt RP]"],
        "crime_in_progress": ["someone is [breaking into|trying to hotwire] the car now"],
    },
    "ot.structure_fire": {
        "medical": ["[one person burned|someone inside with burns|resident coughing and can't breathe]", "[unk if anyone inside|possible person trapped]"],
    },
    "ot.gas_leak": {
        "medical": ["RP [feels dizzy and nauseous|elderly neighbor is not waking up]"],
    },
    "ot.fire_alarm": {
        "medical": ["resident [says {ahe} can't breathe from the smoke|collapsed in the hallway]"],
    },
    "ot.lift_assist": {
        "medical": ["now says {ahe} [hit {ahis} head and is bleeding|has severe hip pain and can't move]"],
    },
    "ot.susp_person": {
        "weapon": ["RP [saw|thinks there is] {gun} [in {ahis} waistband|on {ahis} hip]", "{Ahe} [has|is carrying] {knife}"],
        "crime_in_progress": ["{Ahe} is now [trying door handles|climbing a fence into a backyard|looking into cars and pulling on handles]"],
        "violence": ["{Ahe} [yelled threats at|shoved] RP when RP asked what {ahe} was doing"],
    },
    "ot.fraud_scam": {
        "crime_in_progress": ["the scammer [is on the other line with RP's mother right now|is coming to pick up the cash now]"],
    },
    "ot.misdial_hangup": {
        "violence": ["C/B female whispering that her partner [is hitting her|hit her], then hung up"],
    },
    "ot.info_request": {
        "medical": ["during the call RP [said {ahe} is having chest pain|started slurring and dropped the phone]"],
    },
    "ot.found_property": {
        "weapon": ["there is [a handgun|a knife with blood on it] in the [bag|backpack]"],
    },
    "ot.lost_child_missing": {
        "medical": ["child found [in the pool, not breathing|injured, bleeding from the head]"],
    },
    "ot.car_alarm_noise": {
        "crime_in_progress": ["RP now sees someone [inside the car|breaking the window] right now"],
    },
    "ot.hit_run_past": {
        "medical": ["RP now says {ahis} [neck hurts and arm is numb|head is bleeding]"],
    },
}

# worry raised, then cleared by a later update -> no disqualifier for that code
CLEAR_PAIRS = {
    "weapon": [
        ("RP [thought|said] {ahe} had [a gun|a knife] in {ahis} hand", "RP now says it was {harmless}, not a [gun|knife]"),
        ("[possibly|poss] armed w/ [knife|gun]", "RP clarifies no weapon, it was {harmless}"),
        ("RP thought {ahe} [may have|had] a gun in {ahis} waistband", "RP got a better look, it is {harmless}, no weapon"),
        ("RP [worried|concerned] {ahe} has a knife", "[RP confirms|RP checked and] no knife, {ahe} was holding {harmless}"),
        ("unk if armed", "RP can now see {ahis} hands, empty, no weapons"),
    ],
    "violence": [
        ("RP initially reported a fight", "RP clarifies verbal only, no one was hit"),
        ("RP heard what sounded like hitting", "RP states it was [furniture being moved|the TV|someone dropping boxes], no assault"),
        ("RP thought {ahe} pushed someone", "RP now says {ahe} [tripped|bumped into them by accident], no one was pushed, not violent"),
        ("poss physical", "per RP it was only yelling, nothing physical"),
    ],
    "medical": [
        ("RP said {ahe} was not moving", "{ahe} is now awake and talking, declines EMS"),
        ("[poss unresponsive|unk if conscious]", "{ahe} sat up and is [walking around|talking to RP], no injuries"),
        ("RP thought {ahe} was bleeding", "RP clarifies it was [paint|ketchup|red juice], no injuries"),
        ("RP thought {ahe} [fainted|passed out]", "{ahe} was just sleeping, woke up and is fine, no medical needed"),
    ],
    "suicide_attempt": [
        ("RP worried {ahe} took pills", "RP found the pill bottle full, {ahe} did not take anything, denies SI"),
        ("RP thought {ahe} was going to jump", "{ahe} was [waiting for a ride|looking at the river], came down and denies SI"),
        ("RP saw blood and thought {ahe} cut {ahim}self", "RP clarifies it was a kitchen accident, {ahe} denies self harm"),
    ],
    "crime_in_progress": [
        ("RP thought someone was breaking into a car", "it was the owner, locked out, no crime", "vehicle"),
        ("RP thought someone was [trying car doors|in the car]", "[owner came out|it was the owner getting {ahis} bag], no crime", "vehicle"),
        ("RP thought someone was stealing", "store mgr says [they|the customer] paid, nothing taken", "business"),
        ("RP thought someone was shoplifting", "LP checked, receipt shown, nothing taken", "business"),
        ("RP heard glass break", "RP found a picture fell off the wall, no one inside", "alarm"),
        ("keyholder thought someone was inside", "keyholder walked through, building empty, no signs of entry", "alarm"),
    ],
}

# worry raised, later update still unsure -> disqualifier KEPT
KEEP_PAIRS = {
    "weapon": [
        ("RP thought {ahe} had a [gun|knife]", "RP still not sure if it was a [gun|knife] or {harmless}"),
        ("[possibly|poss] armed", "RP still can't tell if {ahe} is armed"),
    ],
    "violence": [
        ("RP heard what sounded like someone being hit", "RP still hears thumps, unk if anyone is being hurt"),
    ],
    "medical": [
        ("RP [thinks|isn't sure] {ahe} is breathing", "RP still can't tell if {ahe} is breathing"),
    ],
    "suicide_attempt": [
        ("RP worried {ahe} took pills", "RP still unsure if {ahe} took any, [bottle is empty|pills are missing]"),
    ],
    "crime_in_progress": [
        ("RP thinks someone is inside", "RP still hears movement inside"),
    ],
}

SHORT_ADDON = {
    "weapon": ["w/ knife", "poss armed", "unk wpns", "HAS GUN", "w/ bat", "knife in hand", "POSS GUN"],
    "violence": ["hitting ppl", "combative", "threatening RP", "assaultive", "swinging at ppl"],
    "medical": ["now unresp", "bleeding", "can't stand", "not breathing right", "unk if breathing"],
    "suicide_attempt": ["took pills", "SI w/ plan + pills", "cut self SI", "on ledge"],
    "crime_in_progress": ["breaking in now", "still inside", "smashing windows now"],
}
SHORT_NEG = {
    "behavioral_health": ["neg wpns", "no inj", "not violent", "denies SI", "NEG WPNS NO INJ", "no wpns seen", "denies SI/HI", "denies HI", "not combative"],
    "homelessness": ["neg wpns", "no inj", "not aggressive", "NEG WPNS NO INJ", "no wpns seen", "no injuries", "not violent", "conscious and breathing"],
    "conflict": ["verbal only", "no wpns", "no inj", "no phys", "no threats", "VERBAL ONLY NO INJ", "no assault", "neg wpns"],
    "other": ["no inj", "no injuries", "neg wpns", "NO INJ", "no wpns seen"],
}

# affirmed generic screen answers for intrinsic disqualifiers (adds no new code)
POS_SCREEN_GENERIC = {
    "weapon": ["WPNS: Y", "weapons: yes per RP", "WPNS: see above", "armed"],
    "violence": ["VIOL: Y", "violence: yes", "assaultive: Y"],
    "medical": ["INJ: Y", "EMS needed", "MED: Y", "injuries: yes"],
    "suicide_attempt": ["SI: Y (attempt)", "SI: attempt", "self harm: yes"],
    "crime_in_progress": ["IP: Y", "in progress: yes", "susp on scene: Y"],
}
