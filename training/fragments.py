"""Shared vocabularies for the synthetic call-narrative generator.

Everything here is invented for this project (call-type strings are written in the
style of real CAD systems, not copied from any data set).  Strings are templates for
training.tpl: [a|b] picks one alternative, {slot} fills a slot.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- people

MALE_NAMES = [
    "Marcus", "James", "Luis", "DeShawn", "Tyler", "Kevin", "Jose", "Michael", "Andre", "Brian",
    "Carlos", "Darnell", "Eric", "Frank", "Gary", "Hector", "Isaiah", "Jamal", "Kyle", "Lamar",
    "Miguel", "Nathan", "Omar", "Pedro", "Quentin", "Rashad", "Steve", "Terrell", "Victor", "Wayne",
    "Xavier", "Yusuf", "Zach", "Dmitri", "Nguyen", "Tuan", "Abdi", "Mohamed", "Raymond", "Earl",
    "Cody", "Dustin", "Travis", "Jesse", "Malik", "Reggie", "Curtis", "Ahmad", "Hung", "Dale",
    "Ricky", "Tony", "Danny", "Joel", "Ernesto", "Francisco", "Leon", "Samuel", "Walter", "Bobby",
]
FEMALE_NAMES = [
    "Maria", "Jasmine", "Ashley", "Tanya", "Linda", "Keisha", "Rosa", "Jennifer", "Brittany", "Diane",
    "Crystal", "Destiny", "Elena", "Fatima", "Gloria", "Hannah", "Imani", "Jessica", "Kayla", "Latoya",
    "Monique", "Nicole", "Olivia", "Patricia", "Quiana", "Rachel", "Shanice", "Tiffany", "Ursula", "Veronica",
    "Wendy", "Ximena", "Yolanda", "Zoe", "Amina", "Mai", "Linh", "Hodan", "Carmen", "Brenda",
    "Amber", "Misty", "Courtney", "Samantha", "Ebony", "Lupe", "Ana", "Dolores", "Kim", "Sharon",
    "Tasha", "Renee", "Heather", "Naomi", "Beatriz", "Sierra", "Leah", "Irene", "Margaret", "Judy",
]

MALE_REL = ["son", "brother", "father", "husband", "boyfriend", "grandson", "uncle", "nephew",
            "adult son", "stepson", "cousin", "ex-husband", "dad", "grandfather", "stepdad", "fiance"]
FEMALE_REL = ["daughter", "sister", "mother", "wife", "girlfriend", "granddaughter", "aunt", "niece",
              "adult daughter", "stepdaughter", "cousin", "ex-wife", "mom", "grandmother", "stepmom", "fiancee"]
NEUTRAL_REL = ["roommate", "friend", "neighbor", "coworker", "client", "tenant", "best friend",
               "partner", "housemate", "classmate", "kid", "family member"]

RACE_SEX_ABBR = {
    "m": ["W/M", "B/M", "H/M", "A/M", "WM", "BM", "HM", "W/M", "B/M", "N/M", "UNK RACE MALE", "M/W", "M/B", "M/H", "MALE"],
    "f": ["W/F", "B/F", "H/F", "A/F", "WF", "BF", "HF", "W/F", "B/F", "N/F", "UNK RACE FEMALE", "F/W", "F/B", "F/H", "FEMALE"],
}
SEX_WORD = {
    "m": ["man", "male", "guy", "gentleman", "older man", "young man", "white male", "black male",
          "hispanic male", "asian male", "white man", "Black man", "Latino man", "native american male", "middle aged man"],
    "f": ["woman", "female", "lady", "older woman", "young woman", "white female", "black female",
          "hispanic female", "asian female", "white woman", "Black woman", "Latina woman", "native american female", "middle aged woman"],
}
AGE_ABBR = ["20S", "30S", "40S", "50S", "60S", "APPROX 25", "APPROX 35", "APPROX 45", "APPROX 60",
            "20-25", "30-35", "40-50", "50-60", "{n18_80} YOA", "{n18_80}YO", "AGE {n18_80}", "LATE 20S",
            "EARLY 30S", "MID 40S", "OLDER", "ELDERLY", "TEEN", "{n18_80} Y/O", "UNK AGE"]
AGE_PROSE = ["in {his} 20s", "in {his} 30s", "in {his} 40s", "in {his} 50s", "in {his} 60s",
             "about {n18_80}", "around {n18_80} years old", "maybe 30", "late teens or early 20s",
             "in {his} 70s", "approximately {n18_80}", "elderly", "middle aged", "young", "older"]
CLOTHING = [
    "red hoodie", "blk hoodie", "grey sweatshirt", "no shirt", "blue jeans", "camo jacket", "army jacket",
    "green parka", "hospital gown", "pajamas", "black puffer coat", "white t-shirt", "tan carhartt jacket",
    "yellow rain jacket", "orange vest", "plaid shirt", "dark clothing", "all black", "sweatpants", "a blanket over {his} shoulders",
    "one shoe", "no shoes", "baseball cap", "beanie", "purple jacket", "denim jacket", "flannel", "a Raiders jersey", "a Broncos hoodie", "a Lakers jersey",
    "work boots", "a dress", "scrubs", "gym shorts", "a trench coat", "a red bandana", "a winter hat", "flip flops",
    "a bathrobe", "a neon green shirt", "cargo shorts", "a hi-vis jacket", "a grey beanie", "a leather jacket",
]
ACCESSORIES = ["a wheelchair", "crutches", "a walker", "a large duffel bag", "a shopping cart full of bags", "a bike", "a small dog",
               "headphones", "a cane", "a green sleeping bag", "a cardboard sign", "tattoos on {his} face", "a long beard", "dreads",
               "a shaved head", "glasses", "a backpack", "a rolling suitcase", "a bag of cans", "a guitar", "a skateboard", "a stroller"]
CLOTHING_VERB = ["wearing", "wearing", "in", "wrg", "with", "LS wearing", "dressed in", "has on"]

# subject references, third party (filled per record in generate.py)
SUBJ_SHORT = {
    "m": ["subj", "SUBJ", "the male", "he", "the man", "male", "the subj", "the guy", "he", "subject"],
    "f": ["subj", "SUBJ", "the female", "she", "the woman", "female", "the subj", "the lady", "she", "subject"],
}
CALLER_SELF = ["RP", "RP", "caller", "Caller", "CLR", "the caller", "RP (subj)", "RP/subj", "Calling party", "reporting party", "CALLER"]
CALLER_SELF_SEX = {"m": ["male caller", "male RP", "M/RP"], "f": ["female caller", "female RP", "F/RP"]}

# caller roles for third-party framing
RP_ROLES = {
    "business": ["store manager", "store mgr", "asst manager", "the clerk", "an employee", "security", "the security guard",
                 "the owner", "shift lead", "cashier", "loss prevention", "front desk", "the manager on duty", "a barista",
                 "the pharmacist", "a coworker of the subj", "the bartender", "night manager"],
    "public": ["a passerby", "passerby", "a driver", "a pedestrian", "a neighbor", "a resident", "a jogger",
               "a bus driver", "a parent at the park", "a dog walker", "someone at the bus stop", "a delivery driver",
               "a city worker", "a park ranger", "transit security", "a rideshare driver", "a cyclist", "a mail carrier"],
    "residence": ["a neighbor", "the building manager", "the landlord", "the upstairs neighbor", "maintenance",
                  "the apartment manager", "a neighbor across the hall", "the property manager", "a tenant", "the HOA president"],
    "family": ["family", "a family member", "the subj's mother", "the subj's father", "the subj's sister", "the subj's brother",
               "the subj's partner", "the subj's roommate", "the subj's friend", "the subj's adult daughter",
               "the subj's adult son", "the subj's grandmother", "the subj's aunt", "an ex", "a friend"],
    "agency": ["a case manager", "a social worker", "an outreach worker", "a therapist", "a school counselor",
               "a nurse at the clinic", "group home staff", "a probation officer", "shelter staff", "a hospital social worker",
               "a crisis line counselor", "a teacher", "an APS worker", "a home health aide", "a pastor"],
}
FRAMING_T = [
    "RP is {role}", "RP is {role}.", "Caller is {role}", "3rd party caller, {role}", "RP IS {role}",
    "3P caller ({role})", "Call from {role}", "RP identifies as {role}", "RP, {role}, states", "{role} calling",
    "Caller ({role}) reports", "RP = {role}", "RP is {role}, not involved", "RP is {role} and does not know the subj",
    "3RD PARTY - {role}", "RP is {role}, calling from {callfrom}",
]
FRAMING_F = [
    "RP is the subj", "Caller calling for self", "1st party caller", "RP calling re: self", "RP IS THE PT",
    "CALLER IS THE PERSON IN NEED", "1P caller", "RP is calling about {himself}", "self-report",
    "RP calling for {himself}", "first party call", "RP IS SUBJ",
]
FRAMING_F_BY_CAT = {
    "behavioral_health": FRAMING_F,
    "homelessness": FRAMING_F[:7] + ["RP is unhoused and calling for {himself}", "RP IS THE PERSON NEEDING SHELTER", "self-report, RP is homeless"],
    "conflict": ["RP is one of the parties", "RP is involved", "involved party calling", "RP is a party to the dispute", "1st party - involved",
                 "RP IS INVOLVED PARTY", "caller is part of the dispute"],
    "other": ["RP is involved", "RP calling from scene", "RP is the involved party", "1P caller", "RP IS INVOLVED", "RP on scene"],
}
CALLFROM = ["inside the store", "across the street", "the lobby", "their car", "home", "work", "the front desk",
            "a neighbor's phone", "the parking lot", "the break room", "a cell phone", "the bus", "upstairs"]

# --------------------------------------------------------------------------- places
STREETS = [
    "Main", "Oak", "Pine", "Elm", "Maple", "Cedar", "Washington", "Lincoln", "MLK", "Broadway", "Colfax", "Federal",
    "Central", "Grand", "Lake", "Park", "Jefferson", "Madison", "Division", "Burnside", "Alberta", "Sandy", "Fremont",
    "University", "College", "Mission", "Valencia", "Aurora", "Rainier", "Pacific", "Hill", "Lamar", "Congress",
    "Riverside", "Sunset", "Vine", "Walnut", "Chestnut", "Spruce", "Poplar", "Magnolia", "Highland", "Fairview",
    "Kennedy", "Roosevelt", "Wilson", "Franklin", "Adams", "Monroe", "Jackson", "Fulton", "Halsted", "Western",
    "Cicero", "Michigan", "State", "Market", "Mill", "Church", "Water", "Front", "Bridge", "Railroad", "Industrial",
    "Airport", "Ridge", "Canyon", "Mesa", "Alameda", "Evans", "Santa Fe", "Zuni", "Osage", "Glenarm", "Welton",
    "Holly", "Dahlia", "Quebec", "Havana", "Peoria", "Chambers", "Olive", "Juniper", "Sycamore", "Cherry",
    "Morrison", "Belmont", "Hawthorne", "Killingsworth", "Powell", "Stark", "Glisan", "Lombard", "Foster",
]
ST_SFX = ["St", "Ave", "Blvd", "Rd", "Dr", "Way", "ST", "AV", "Pkwy", "Ln", "Ct", "Pl", "Hwy", ""]
DIRS = ["N", "S", "E", "W", "NE", "SE", "NW", "SW", "", "", ""]
ORD = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th", "14th", "15th", "16th",
       "17th", "18th", "20th", "22nd", "23rd", "25th", "27th", "29th", "32nd", "38th", "41st", "47th", "52nd", "58th",
       "63rd", "72nd", "82nd", "92nd", "104th", "122nd"]

BIZ = [
    "the gas station", "the Shell station", "the Chevron", "Walgreens", "CVS", "the 7-Eleven", "Safeway", "King Soopers",
    "Kroger", "the Family Dollar", "the Dollar General", "McDonald's", "Burger King", "Taco Bell", "the Starbucks",
    "the laundromat", "the library", "the check cashing place", "the liquor store", "the corner store", "the bodega",
    "the pharmacy", "the Walmart", "the Target", "Home Depot", "the bank", "the credit union", "the post office",
    "the DMV", "the motel", "the Motel 6", "the Super 8", "the hotel", "the hospital", "the urgent care",
    "the church", "the mosque", "the community center", "the rec center", "the YMCA", "the thrift store", "Goodwill",
    "the pawn shop", "the car wash", "the AutoZone", "the tire shop", "the bar", "the sports bar", "the brewery",
    "the coffee shop", "the bakery", "the pizza place", "the Chinese restaurant", "the taqueria", "the diner",
    "the Denny's", "the IHOP", "the grocery store", "the mini mart", "the smoke shop", "the dispensary",
    "the cell phone store", "the nail salon", "the barber shop", "the daycare", "the office building",
    "the parking garage", "the transit center", "the leasing office", "the senior center", "the food bank",
    "the Arby's", "the Jack in the Box", "Circle K", "the QuikTrip", "the Kwik Trip", "the Love's truck stop", "the Wendy's",
]
PUBLIC_PLACES = [
    "the park", "the bus stop", "the light rail platform", "the train station", "under the overpass", "the greenbelt",
    "the bike path", "the riverbank trail", "the alley behind {biz}", "the church steps", "the median", "the sidewalk",
    "the playground", "the ball field", "the skate park", "the dog park", "the creek bed", "the bridge underpass",
    "the freeway on-ramp", "the highway shoulder", "the library steps", "the plaza", "the courthouse steps",
    "the city hall lawn", "the transit center", "the bus shelter", "the parking lot of {biz}", "the loading dock behind {biz}",
    "the vacant lot", "the soccer field", "the picnic shelter", "the fountain", "the pedestrian bridge",
    "the tunnel under the tracks", "the rail yard", "the marina", "the beach access", "the boardwalk", "the hospital parking lot",
    "the school field", "the ATM vestibule", "the stairwell of the parking garage", "the park restroom", "the walking trail",
    "the corner of {xst}", "the intersection of {xst}", "the underpass at {xst}", "the entrance to {biz}",
]
PARKS = ["Cheesman Park", "Lincoln Park", "City Park", "Riverfront Park", "Washington Park", "Memorial Park", "Laurelhurst Park",
         "Veterans Park", "Sunset Park", "Lakeside Park", "Civic Center Park", "Jefferson Park", "Eastside Park", "Greenway Park",
         "Mill Creek Park", "Central Park", "Heritage Park", "Pioneer Square", "Rose Park", "Frontier Park"]
RES_LOC = [
    "apt {n1_40}", "apt {n1_9}{abcd}", "unit {n100_420}", "the upstairs unit", "the downstairs unit", "the basement apartment",
    "the duplex next door", "the house across the street", "the trailer in space {n1_99}", "the back house", "#{n100_420}",
    "the apartment above RP", "the unit next door", "the end unit", "building {abcd} apt {n1_40}", "the condo",
    "the group home", "the halfway house", "the senior apartments", "the townhouse", "the mobile home park", "space {n1_99}",
    "room {n100_420} at the motel", "the garden level unit", "the studio in back", "the house",
]
TRANSIT = ["the #15 bus", "the light rail", "the Red Line", "the 20 bus", "the train", "the streetcar", "the Blue Line",
           "the express bus", "route {n1_99}", "the last bus", "the commuter train", "the MAX", "the 6 bus"]

# --------------------------------------------------------------------------- time
AGO = ["just now", "a few min ago", "about 10 min ago", "approx 20 mins ago", "30 min ago", "an hour ago", "about an hour ago",
       "2 hrs ago", "earlier today", "this morning", "last night", "overnight", "around {clock}", "5 minutes ago",
       "15 mins ago", "a little while ago", "at approx {clock}", "shortly before the call", "earlier this evening"]
DUR = ["for about an hour", "for 2 hours", "since this morning", "all day", "since last night", "for 3 days", "all week",
       "for the past few days", "for about 20 minutes", "since {clock}", "for several hours", "for a week", "on and off all day",
       "for 45 minutes", "since yesterday", "for the past month", "every night this week", "for weeks"]
TOD = ["this morning", "tonight", "this afternoon", "overnight", "this evening", "right now", "at the moment", "today"]
DAYS_AGO = ["last week", "a few days ago", "over the weekend", "on Monday", "yesterday", "two weeks ago", "last month",
            "sometime last night", "while RP was on vacation", "a couple days ago", "Tuesday night", "earlier in the week"]

# --------------------------------------------------------------------------- objects & health
DRUGS = ["meth", "fentanyl", "crack", "heroin", "spice", "molly", "something", "cocaine", "K2", "weed and alcohol", "unk drugs",
         "xanax", "PCP", "mushrooms", "acid"]
DIAG = ["schizophrenia", "bipolar disorder", "depression", "PTSD", "schizoaffective disorder", "anxiety", "psychosis",
        "paranoid schizophrenia", "bipolar", "major depression", "borderline personality disorder", "autism", "dementia",
        "TBI", "OCD", "substance use disorder"]
MEDS = ["{his} meds", "{his} medication", "lithium", "seroquel", "abilify", "{his} psych meds", "depakote", "risperdal",
        "zyprexa", "{his} antidepressants", "{his} injection", "clozapine", "haldol", "{his} prescriptions"]
PILLS = ["a bottle of pills", "a handful of pills", "a whole bottle of tylenol", "about 30 pills", "{his} entire prescription",
         "sleeping pills", "a bunch of {his} seroquel", "an unknown amount of pills", "all of {his} meds", "a bottle of ibuprofen",
         "{his} mom's pills", "her blood pressure pills", "20 or so pills", "a month's worth of {his} meds", "a bottle of benadryl"]
KNIFE = ["a knife", "a kitchen knife", "a steak knife", "a box cutter", "a machete", "a large knife", "a pocket knife",
         "a butcher knife", "a hatchet", "a switchblade", "a folding knife", "a long blade", "a hunting knife", "scissors", "a razor blade"]
GUN = ["a gun", "a handgun", "a pistol", "a firearm", "a revolver", "a black handgun", "a small gun", "a 9mm", "a .38",
       "a glock", "a silver pistol", "a gun"]
LONG_GUN = ["a rifle", "a shotgun", "an AR", "a long gun", "a hunting rifle", "an assault rifle", "a shotgun"]
BLUNT = ["a bat", "a baseball bat", "a metal pipe", "a golf club", "a tire iron", "a crowbar", "a hammer", "a 2x4",
         "a broken bottle", "a stick", "a shovel", "a chain", "a brick"]
HARMLESS_OBJ = ["a phone", "a cell phone", "a flashlight", "a hairbrush", "a TV remote", "a wallet", "a water bottle",
                "a vape", "a comb", "a spoon", "a screwdriver for the bike", "an umbrella", "a stapler", "a toy", "keys",
                "a black phone case", "a harmonica", "a tape measure", "a beer can", "a calculator"]
VEH = ["silver Honda Civic", "blk SUV", "white work van", "red pickup", "grey Camry", "blue Subaru", "black Charger",
       "white Tahoe", "green Jeep", "tan minivan", "maroon Buick", "white Prius", "dark sedan", "gold Altima", "black F-150",
       "white box truck", "silver Kia", "blue Corolla", "older brown van", "black Audi", "red Mustang", "grey Nissan Rogue",
       "white Ford Transit", "motorcycle", "orange Dodge Challenger", "black Escalade"]
VEH_SHORT = ["car", "veh", "truck", "SUV", "van", "sedan", "pickup", "vehicle"]
PETS = ["dog", "pit bull", "small dog", "cat", "two dogs", "german shepherd", "chihuahua", "husky"]
ANIMALS_WILD = ["a raccoon", "a skunk", "a possum", "a snake", "a bat", "a coyote", "a deer", "a squirrel", "a bird",
                "a family of raccoons", "a hawk", "a fox"]

# --------------------------------------------------------------------------- screening (non-firing negatives)
NEG_SCREEN = {
    "weapon": [
        "neg wpns", "no weapons", "no wpns seen", "NO WEAPONS SEEN", "denies weapons", "WPNS: NEG", "WPNS-N", "no weapons mentioned",
        "not armed", "RP does not see any weapons", "no weapons in the home", "no guns in the house", "no weapons involved",
        "weapons: none seen", "NEG WPN", "unarmed", "no weapons observed", "RP doesn't think {ahe} has any weapons",
        "no wpns per RP", "WPNS NEG", "no weapons on {ahim}", "NO WPNS", "weapons: no", "no knives or guns seen", "nothing in {ahis} hands",
        "hands empty per RP", "no weapon",
    ],
    "violence": [
        "not violent", "no violence", "no assault", "verbal only", "no threats", "no physical", "NO PHYS", "nothing physical",
        "denies HI", "neg HI", "HI: neg", "no one has been hurt or threatened", "hasn't threatened anyone", "not aggressive",
        "not combative", "no hands on", "not threatening anyone", "non-violent", "no threats made", "NOT VIOL", "no aggression",
        "has not been violent", "no one was hit", "no physical contact", "cooperative", "no hitting or pushing", "NO ASLT",
    ],
    "medical": [
        "no injuries", "NO INJ", "INJ: NEG", "nobody hurt", "no medical needs", "denies medical", "conscious and breathing",
        "awake and talking", "EMS not needed", "no inj reported", "declines EMS", "walking and talking", "alert and oriented",
        "not injured", "uninjured", "no medical complaints", "breathing normally", "no one injured", "NEG INJ", "no visible injuries",
        "no need for medical", "refuses medical, no inj", "MED: NEG", "no apparent injuries", "A&O x3",
    ],
    "suicide_attempt": [
        "denies SI", "neg SI", "SI: neg", "no SI", "denies thoughts of self harm", "has not hurt {ahim}self", "no self harm",
        "not suicidal per RP", "no pills taken", "denies suicidal thoughts", "SI: N", "no hx of SI", "NEG SI",
        "no talk of suicide", "no self-harm", "not a danger to self per RP", "RP says {ahe} is not suicidal",
    ],
    "crime_in_progress": [
        "not in progress", "not IP", "no one on scene", "delayed report", "suspect gone", "suspect GOA", "nothing in progress",
        "no signs of forced entry", "no one inside", "occurred {days_ago}", "no suspect info", "happened {days_ago}, no suspects",
    ],
}
NEG_SCREEN_BOTH = ["denies SI/HI", "neg SI/HI", "SI/HI: neg", "no SI/HI", "denies SI and HI", "SI/HI: N/N", "SI/HI NEG"]
SI_TALK_SCREEN = ["+SI, no plan", "SI: yes, denies plan or means", "SI yes / plan no / means no", "passive SI, no plan",
                  "+SI NEG PLAN NEG MEANS", "suicidal thoughts but no plan", "SI w/o plan or intent", "SI: passive",
                  "endorses SI, denies plan", "SI+ no means in home"]
DRUG_SCREEN = ["ETOH: Y", "ETOH involved", "has been drinking", "smells of alcohol per RP", "unk re drugs/ETOH", "no drugs or alcohol",
               "ETOH: N", "{drugs} use per RP", "possibly high on {drugs}", "drugs: unk per RP", "ETOH: unk per RP", "drinking today",
               "no ETOH", "denies drug use", "uses {drugs}", "sober per RP", "ETOH/drugs: no", "ETOH+", "DRUGS: Y ({drugs})"]
MH_SCREEN = ["MH hx: {diag}", "hx {diag}", "dx {diag}", "MH: unk", "no known MH hx", "on meds: {meds}", "off {meds}",
             "sees a therapist", "has a case worker", "prior 5150", "prior EDP calls"]
SCREEN_HEADERS = ["SCREENING:", "Screening:", "Screened:", "Per screening -", "Q&A:", "RP answered:", "DQ screen:",
                  "Screen:", "SCRN:", "Safety questions:", "PER PROTOCOL:", "Key questions:", "", "", ""]
SCREEN_JOINERS = [", ", ", ", "; ", " / ", " - ", ". ", " | ", "  "]

# Uncertain / affirmed screen answers (fire their code) - used as addon placement "screen"
POS_SCREEN = {
    "weapon": ["WPNS: {knife}", "WPNS: UNK", "unk if armed", "poss armed", "RP thinks {ahe} has {gun}", "WPNS: Y - {blunt}",
               "{knife} in {ahis} pocket per RP", "weapons: possibly {gun}", "UNK WPNS", "wpns: unknown", "may have {knife}",
               "WPNS: RP NOT SURE", "weapons: {knife} seen", "RP unsure if {ahe} is armed"],
    "violence": ["HI: yes", "+HI", "threatening others", "VIOLENT: Y", "combative", "HI: threatening {rel}", "has been hitting people",
                 "assaultive earlier", "viol: yes, pushed RP", "HI toward neighbor", "threatened to hurt staff", "+HI, made threats"],
    "medical": ["INJ: head lac, bleeding", "UNK INJ", "not breathing normally", "unresponsive", "INJ: Y", "c/o chest pain",
                "EMS needed", "INJ: bleeding from arm", "can't stand", "barely conscious", "INJ: unk, {ahe} won't answer",
                "MED: seizure earlier", "breathing is shallow"],
    "suicide_attempt": ["SI: yes, took pills", "+SI w/ plan and means", "SI: took unk amt of pills", "SI: cut {ahim}self",
                        "SI plan: OD, has the pills w/ {ahim}", "SI: +plan +means", "SI: attempted tonight", "unk if {ahe} took anything",
                        "SI: has {pills} in hand"],
    "crime_in_progress": ["IP", "in progress", "suspect still on scene", "still inside", "happening now", "I/P", "ongoing now"],
}

# --------------------------------------------------------------------------- updates
UPDATE_PREFIX = ["UPDATE:", "UPD:", "**", "*** UPDATE", "ADDL:", "RP CALLED BACK:", "C/B:", "SUPP:", "Update -", "upd",
                 "** C/B", "2ND CALL:", "RP ADV", "ADD'L INFO:", "UPDATE", "per C/B,", "Per RP on callback:", "NEW INFO:", "->"]
NEUTRAL_UPDATES = [
    "RP disconnected", "C/B no answer, LVM", "C/B - RP confirms location", "RP now standing by outside", "RP will meet responders at the front",
    "RP advises {A} still on scene", "{A} now walking [NB|SB|EB|WB] on {street} {stsfx}", "RP lost sight of {ahim}", "{A} sitting down now",
    "2nd caller same incident", "dup call, see prior", "RP requests call back when someone arrives", "RP states {ahe} is calmer now",
    "RP requests no lights and sirens", "language line used", "RP adds {ahe} has a {pet} with {ahim}", "RP updated desc: {clothing}",
    "RP says {ahe} goes by {name}", "RP gave gate code {n1000_9999}", "RP will be in a {veh}", "RP states {ahe} is still [yelling|talking to {ahim}self|pacing|there]",
    "RP confirms it is the same person as last week", "RP called back asking ETA", "RP now says {ahe} is by the side door",
    "RP adds there is a {pet} in the unit", "RP moved inside, still has eyes on {ahim}", "caller's phone battery low",
    "RP does not want to be contacted", "RP updates addr to {n100_9999} {dir} {street} {stsfx}", "per RP nothing has changed",
    "RP adv {ahe} has gone into {biz}", "RP says {ahe} keeps coming back", "RP requests a case number",
]
TIMESTAMP_FMT = ["[{hh}:{mm}:{ss}]", "{hh}:{mm}:{ss}", "{hh}{mm}", "{hh}:{mm}", "[{hh}{mm}]", "({hh}:{mm})", "{hh}:{mm} {opid}"]

# --------------------------------------------------------------------------- transfers
TRANSFER = {
    "behavioral_health": [
        "XFER FROM 988", "Warm transfer from 988 Lifeline", "Transferred from the crisis line", "Call received from 988, counselor on line",
        "CRISIS LINE XFER", "988 counselor requests in-person response", "Transfer from the county crisis line", "Xfer from nurse advice line",
        "Call came in via 988 rollover", "Text-to-911 session", "Relay call (TTY)", "Transferred from 311",
        "Warm xfer from mobile crisis hotline", "988 -> 911 transfer, counselor conferenced",
    ],
    "homelessness": [
        "Transferred from 311", "XFER FROM 311", "Call from the homeless outreach line", "Transfer from the shelter hotline",
        "311 app report forwarded", "Call routed from non-emergency line", "Forwarded from the city's homeless services line",
        "Xfer from transit dispatch", "Call from transit security via admin line", "Non-emerg line transfer",
    ],
    "conflict": [
        "Transferred from 311", "Noise line transfer", "Non-emergency line transfer", "Xfer from the housing authority",
        "Call from campus security", "Transfer from the apartment answering service", "Forwarded from 311 noise complaint",
        "Call came in on admin line", "Transferred from neighboring PSAP",
    ],
    "other": [
        "ALARM CO REPORTS", "Alarm company calling", "Xfer from CHP", "Transfer from state patrol", "Call from poison control",
        "Transferred from neighboring PSAP", "Transfer from fire dispatch", "Call from the monitoring company", "Transferred from 311",
        "OnStar call", "Telematics crash notification", "Transfer from county dispatch", "Call from the nurse line",
        "Call from animal control after hours", "Xfer from campus police", "Text-to-911 session",
    ],
}

# --------------------------------------------------------------------------- context lines
GENERIC_CTX = [
    "RP wishes to remain anonymous", "C/B # on file", "RP will meet at the front desk", "language line - Spanish", "language line - Somali",
    "language line - Vietnamese", "language line - Mandarin", "RP hard to understand", "poor connection", "RP hung up, C/B no answer",
    "2nd caller same incident", "RP is at the location", "RP no longer on scene", "RP does not want contact", "RP requests contact by phone",
    "RP is driving by and did not stop", "gate code {n1000_9999}", "use the side entrance", "RP will flag down responders",
    "RP is calling from {callfrom}", "RP was very calm on the phone", "RP seemed upset", "RP speaking quietly", "background noise on line",
    "call dropped once, RP called back", "RP gave name as {name}", "RP is a repeat caller", "RP calling on behalf of a friend",
    "RP requests anonymity from subj", "RP lives nearby", "RP walking past", "RP is on a cell, breaking up",
    "DUP CALL", "see prior incident same address", "prior calls this address", "premise hx on file", "RP refused to give name",
]
CTX = {
    "behavioral_health": [
        "hx of {diag}", "{ahe} is off {meds} for [2 weeks|a month|a few days|about a week]", "prior 5150 [in 2022|in March|last year|a few months ago]",
        "known to the crisis team", "{ahe} has a case manager at [county behavioral health|the clinic|the mental health center]",
        "RP requests mental health responders, not police", "family says {ahe} does better with a calm approach",
        "{ahe} has been up for [3|4|several] days", "RP says this has happened before", "{ahe} recently [lost {ahis} job|broke up with {ahis} partner|was discharged from the hospital|lost {ahis} housing]",
        "{ahe} was seen at the ER [yesterday|last week]", "prior calls same subj", "{ahe} speaks mostly [Spanish|Vietnamese|ASL|Russian]",
        "{ahe} has been hospitalized before for {diag}", "RP says {ahe} is usually fine when on {meds}", "{ahe} was released from jail {days_ago}",
        "RP asks that responders not wear uniforms if possible", "{ahe} is a veteran", "{ahe} is a veteran of the armed forces, sees the VA",
        "{ahe} has autism and is nonverbal at times", "{ahe} lives alone", "{ahe} is on a waitlist for a psychiatrist",
        "RP has POA", "{ahe} is {n18_80}", "RP says {ahe} trusts the mobile crisis team", "{ahe} had a 72-hr hold {days_ago}",
        "{ahe} stopped going to therapy", "{ahe} has a peer support worker", "RP is worried but does not want {ahim} arrested",
    ],
    "homelessness": [
        "subj known to outreach", "{ahe} has been there [3 days|all week|since last night|on and off for a month]",
        "[belongings|tent|cart|bags] blocking [the entrance|the sidewalk|the ramp|the bus stop bench]",
        "RP does not want {ahim} arrested, just wants {ahim} to get help", "shelter on {street} is full per RP",
        "temp is [28|19|24|12|102|98|34] degrees", "RP has given {ahim} [food|water|a blanket|a coffee]", "{ahe} has a {pet} with {ahim}",
        "multiple prior calls this location", "RP says {ahe} has nowhere to go", "{ahe} asked RP about a shelter bed",
        "{ahe} is polite but won't leave", "{ahe} has been staying in the area since [spring|the encampment was cleared|{ahe} was evicted]",
        "RP requests outreach team", "RP says {ahe} is a regular", "{ahe} uses a wheelchair", "business opens at 0700",
        "{ahe} has a lot of bags with {ahim}", "RP thinks {ahe} may be a veteran", "it is raining", "it is below freezing tonight",
        "heat advisory today", "no trespass order on file", "property owner wants {ahim} moved along", "RP is sympathetic",
    ],
    "conflict": [
        "ongoing issue for [months|weeks|about a year]", "RP has spoken to the landlord already", "RP wants it documented",
        "prior calls re same neighbor", "RP requests mediation", "kids present in the home", "both parties on the lease",
        "quiet hours start at [10pm|11pm|2200]", "HOA has been notified", "RP would like someone to talk to them",
        "RP does not want anyone arrested", "RP has it on video", "RP says {A} has been drinking", "RP is elderly",
        "this is the 3rd call this week", "RP has a restraining order petition pending", "RP works nights and can't sleep",
        "RP says the noise is killing {ahim}", "RP has a newborn", "RP is recording", "RP declines to meet in person",
        "management office closed", "RP says it's been going on {dur}", "neighbors are not speaking to each other",
    ],
    "other": [
        "RP will be standing by [out front|in a {veh}|at the corner]", "RP needs a report for insurance", "RP has [a photo|video|doorbell cam footage]",
        "RP requests a case number", "nothing further", "RP does not need contact", "traffic backed up", "per RP",
        "RP is the owner", "RP is the property manager", "RP will send pictures", "no further info", "NFI",
        "RP can provide serial numbers", "RP has a description", "RP is working the counter", "RP is a delivery driver",
        "RP was just driving by", "RP has kids in the car", "RP is on the phone with the bank too", "RP does not know the owner",
    ],
}

# harmless look-alike lines (contain trigger-ish words, fire nothing)
LOOKALIKE_CTX = {
    "behavioral_health": [
        "{ahe} used to work at the photo shoot studio downtown", "RP says {ahe} has been killing time at the library",
        "{ahe} keeps talking about a fight with the insurance company", "{ahe} mentioned a flu shot", "{ahe} has had shooting pains in {ahis} back for weeks, no acute complaint",
        "{ahe} keeps saying the neighbors are 'out to get' {ahim} but has made no threats", "{ahe} has a glue gun and crafts all night",
        "{ahe} talks about {ahis} old job at a knife factory", "{ahe} was shooting hoops earlier and seemed fine",
    ],
    "homelessness": [
        "{ahe} has a cardboard sign that says 'armed forces vet, anything helps'", "{ahe} was shooting hoops at the park earlier",
        "RP says {ahe} is 'dying for a hot meal', no medical issue",
        "{ahe} is killing time until the shelter opens", "there was a break-in at the store last week, RP does not think it was {ahim}",
        "{ahe} asked for a flu shot clinic", "RP's fight is with the property owner, not the subj",
    ],
    "conflict": [
        "neighbor's nail gun [at 6am|all weekend|since 0700]", "RP had a fight with the insurance company about the fence too",
        "kids with squirt guns spraying cars", "RP says the music is killing {ahim}", "the neighbor does a photo shoot in the yard every weekend",
        "argument started over a break-in last week", "RP is 'dying to get some sleep'", "they were shooting hoops until midnight",
        "neighbor threatened to call the landlord", "landlord threatened to tow RP's car", "threatened to sue RP", "staple gun noise",
        "they play Call of Duty loud all night, gunfire sounds from the game", "the neighbor cut off RP's cable",
    ],
    "other": [
        "RP is in a fight with the insurance company", "RP mentions a break-in last week, separate report",
        "RP was shooting photos of the damage", "RP says the repair bill is killing {ahim}",
    ],
}

# police request / no-police phrasing
REQ_POLICE = ["RP REQ PD", "RP requesting police", "caller insists on an officer", "RP wants a cop to come out",
              "RP ADAMANT WANTS LAW ENFORCEMENT", "RP requests officer response", "RP wants police, not a social worker",
              "RP wants PD to trespass {ahim}", "caller asking for police specifically", "RP wants {ahim} arrested"]
NO_POLICE = ["RP does not want police", "RP requests no police", "RP asks for mental health team instead of police",
             "caller doesn't want cops", "RP requests a non-police response", "RP asks for the community team",
             "RP specifically asked for STAR/CAHOOTS type response", "RP does not want {ahim} arrested"]

# --------------------------------------------------------------------------- call types
GENERIC_CT = [
    "TRBL W/SUBJ", "CHECK WELFARE", "INVESTIGATE PERSON", "CALL FOR POLICE", "SUSP PERS/AUTO", "DISTURBANCE", "ASSIST CITIZEN",
    "UNKNOWN TROUBLE", "CITIZEN CONTACT", "911 HANGUP", "ADDL INFO", "SERVICE CALL", "PUBLIC ASSIST", "MISC", "UNK PROBLEM",
    "SUSPICIOUS CIRCUMSTANCES", "INFORMATION", "FOLLOW UP", "ASSIST OTHER AGENCY", "AREA CHECK", "COMPLAINT", "PROBLEM UNKNOWN",
    "911 OPEN LINE", "ABANDONED 911", "CIVIL MATTER", "MEET CITIZEN", "REPORTS", "INVESTIGATION", "--SUSPICIOUS CIRCUM. - OTHER",
]
CT_DECOR = ["{ct}", "{ct}", "{ct}", "{ct}", "{ct}", "{ct}", "P2 {ct}", "P3 {ct}", "{ct} (P1)", "{ct}-NON EMERG", "{ct} - ADV", "{ct}*", "{ct_lower}"]

# --------------------------------------------------------------------------- abbreviations (CAD style)
# (pattern, [replacements]) applied to whole words, case-insensitively, with probability
ABBREV = [
    (r"reporting party", ["RP"]), (r"the caller", ["RP", "CLR", "CALLER"]), (r"caller", ["RP", "CLR", "CALLER"]),
    (r"subject", ["SUBJ", "SUBJ", "SUB"]), (r"white male", ["W/M", "WM"]), (r"white female", ["W/F", "WF"]),
    (r"black male", ["B/M", "BM"]), (r"black female", ["B/F", "BF"]), (r"hispanic male", ["H/M", "HM"]),
    (r"hispanic female", ["H/F", "HF"]), (r"asian male", ["A/M"]), (r"asian female", ["A/F"]),
    (r"years old", ["YOA", "YO", "Y/O"]), (r"year old", ["YO", "Y/O"]), (r"alcohol", ["ETOH"]), (r"intoxicated", ["INTOX", "ETOH"]),
    (r"drunk", ["INTOX", "ETOH", "DRUNK"]), (r"suicidal ideation", ["SI"]), (r"homicidal ideation", ["HI"]),
    (r"weapons", ["WPNS"]), (r"weapon", ["WPN"]), (r"negative", ["NEG"]), (r"unknown", ["UNK"]),
    (r"complaining of", ["C/O"]), (r"call back", ["C/B"]), (r"callback", ["C/B"]), (r"gone on arrival", ["GOA"]),
    (r"in progress", ["IP", "I/P"]), (r"just occurred", ["J/O"]), (r"vehicles", ["VEHS"]), (r"vehicle", ["VEH"]),
    (r"apartment", ["APT"]), (r"advised", ["ADV", "ADVD"]), (r"advises", ["ADV", "ADVS"]), (r"requesting", ["REQ", "REQG"]),
    (r"requests", ["REQ", "REQS"]), (r"approximately", ["APPROX", "APX"]), (r"approx", ["APPROX", "APX"]), (r"with", ["W/", "W/", "WITH"]),
    (r"without", ["W/O"]), (r"between", ["BTWN"]), (r"information", ["INFO"]), (r"northbound", ["NB"]), (r"southbound", ["SB"]),
    (r"eastbound", ["EB"]), (r"westbound", ["WB"]), (r"possible", ["POSS"]), (r"possibly", ["POSS"]),
    (r"emotionally disturbed person", ["EDP"]), (r"history", ["HX"]), (r"ambulance", ["AMB", "AMBO"]), (r"medical", ["MED"]),
    (r"residence", ["RES", "RESID"]), (r"building", ["BLDG"]), (r"street", ["ST"]), (r"avenue", ["AVE"]), (r"block", ["BLK"]),
    (r"juveniles", ["JUVS"]), (r"juvenile", ["JUV"]), (r"minutes", ["MINS", "MIN"]), (r"hours", ["HRS"]), (r"unresponsive", ["UNRESP", "UNRESPONSIVE"]),
    (r"injuries", ["INJ", "INJS"]), (r"injury", ["INJ"]), (r"injured", ["INJ", "INJURED"]), (r"description", ["DESC"]), (r"location", ["LOC"]),
    (r"involved", ["INVOL", "INV"]), (r"parking lot", ["PKG LOT", "PL"]), (r"officers", ["OFCS"]), (r"officer", ["OFC", "OFCR"]),
    (r"department", ["DEPT"]), (r"suspect", ["SUSP", "SUSPECT"]), (r"because", ["B/C", "BC"]), (r"people", ["PPL"]), (r"person", ["PERS", "PERSON"]),
    (r"mother", ["MOTHER", "MOM"]), (r"boyfriend", ["BF", "BOYFRIEND"]), (r"girlfriend", ["GF", "GIRLFRIEND"]), (r"brother", ["BRO"]),
    (r"neighbors", ["NEIGHBORS", "NBRS"]), (r"neighbor", ["NEIGHBOR", "NBR", "NEIGH"]), (r"manager", ["MGR"]), (r"employee", ["EMP", "EMPLOYEE"]),
    (r"security", ["SEC", "SECURITY"]), (r"medications", ["MEDS"]), (r"medication", ["MEDS", "MED"]), (r"hospital", ["HOSP"]),
    (r"emergency room", ["ER"]), (r"behind", ["BHND", "BEHIND"]), (r"states", ["STS", "STATES", "ADV"]), (r"stated", ["STATED", "ADV"]),
    (r"years", ["YRS"]), (r"number", ["#"]), (r"telephone", ["PH"]), (r"phone", ["PH", "PHONE"]), (r"wearing", ["WRG", "WEARING"]),
    (r"jacket", ["JKT", "JACKET"]), (r"black", ["BLK", "BLACK"]), (r"white", ["WHT", "WHITE"]), (r"silver", ["SIL", "SLVR"]),
    (r"blue", ["BLU", "BLUE"]), (r"green", ["GRN"]), (r"grey", ["GRY", "GRAY"]), (r"and", ["&", "AND", "AND"]), (r"at", ["@", "AT", "AT"]),
    (r"driver", ["DRVR", "DRIVER"]), (r"passenger", ["PASS", "PSGR"]), (r"license plate", ["LIC", "PLATE"]), (r"unit", ["UNIT"]),
    (r"intersection", ["INTX", "INTERSECTION"]), (r"property", ["PROP"]), (r"damage", ["DMG"]), (r"accident", ["ACC", "ACCIDENT"]),
    (r"previous", ["PREV"]), (r"prior", ["PRIOR", "PRV"]), (r"yesterday", ["YEST", "YESTERDAY"]), (r"appears", ["APPEARS", "APPRS"]),
    (r"female", ["FEM", "FEMALE", "F"]), (r"male", ["MALE", "M", "MALE"]), (r"transport", ["TRANSPORT", "TXP", "TRANS"]),
    (r"something", ["SOMETHING", "STHG"]), (r"message", ["MSG"]), (r"left", ["LEFT", "LFT"]), (r"right now", ["NOW", "RN"]),
    (r"someone", ["SOMEONE", "SOME1"]), (r"doesn't", ["DOESNT", "DOESNT"]), (r"won't", ["WONT"]), (r"can't", ["CANT"]),
]
# words that typos and case games must never touch (negations and danger words)
PROTECTED = {
    "no", "not", "neg", "denies", "denied", "deny", "never", "none", "nothing", "nobody", "without", "w/o", "isn't", "wasn't",
    "doesn't", "don't", "didn't", "won't", "can't", "cannot", "unable", "unk", "unknown", "poss", "possibly", "possible", "may",
    "might", "maybe", "unsure", "gun", "guns", "knife", "knives", "blade", "machete", "pistol", "rifle", "shotgun", "firearm",
    "handgun", "shots", "shot", "stabbed", "bat", "armed", "weapon", "weapons", "wpn", "wpns", "pills", "breathing", "breathe",
    "pulse", "unresponsive", "unconscious", "bleeding", "blood", "seizure", "overdose", "jump", "bridge", "ledge", "rope",
    "cut", "hit", "punched", "kill", "suicide", "suicidal", "hurt", "choke", "choking", "inside", "now", "progress", "driving",
    "fire", "smoke", "chest", "pain", "hi", "si", "si/hi", "etoh", "intox", "ip", "i/p", "rp", "subj", "phone", "not",
}

# reporting frames put in front of a scenario core (category-neutral)
REPORT_FRAMES = ["RP says ", "caller says ", "RP states ", "caller states ", "RP advises ", "caller reports ", "RP reports ",
                 "per RP, ", "RP stating ", "caller stating ", "RP adv ", "RP STS ", "caller is saying ", "RP called to say ",
                 "RP calling because ", "caller advising ", "CLR STATES ", "RP is reporting that "]
# the caller's own state, any category
CALLER_STATE = ["RP crying", "caller very upset", "RP is hysterical", "RP shaken up", "caller is scared", "RP panicking",
                "caller calm", "RP upset and crying", "RP hard to understand, crying", "RP is calm and cooperative",
                "caller out of breath", "RP angry", "RP frustrated", "caller frantic", "RP speaking quietly", "RP elderly, hard of hearing",
                "caller [talking fast|very excited]", "RP [nervous|anxious] but cooperative", "RP irate"]

# details borrowed from another category's vocabulary that do not change the main need
# (spec: an unhoused person in a mental-health crisis is behavioral_health; a noise dispute
# where one neighbor is unhoused is conflict).  No disqualifier content.
CROSS_CTX = {
    "behavioral_health": [
        "{ahe} is unhoused", "{ahe} has been staying at the shelter on {street}", "{ahe} lives in a tent by the river per RP",
        "{ahe} was evicted {days_ago}", "{ahe} sleeps in {ahis} car lately", "{ahe} got into an argument with staff earlier, verbal only",
        "neighbors have complained about the noise", "{ahe} was drinking earlier per RP", "RP and {ahim} argued about it, nothing physical",
        "{ahe} is couch surfing", "{ahe} has been panhandling outside {biz}", "landlord is trying to evict {ahim}",
    ],
    "homelessness": [
        "{ahe} seems a little confused but answers questions", "{ahe} may have been drinking, walking fine", "RP thinks {ahe} might have MH issues, no crisis seen",
        "{ahe} was talking to {ahim}self a bit", "{ahe} argued with the manager earlier, verbal only", "{ahe} seems depressed per RP, denies SI",
        "{ahe} smells of alcohol but is alert", "{ahe} said {ahe} is off {ahis} meds, calm", "other tenants are upset about it",
        "RP and {ahim} exchanged words, nothing physical", "{ahe} is a little disoriented from the cold, talking fine",
    ],
    "conflict": [
        "{A} has been drinking", "RP says {A} has mental health issues but this is about the noise", "{A} used to be homeless",
        "RP thinks {A} is on something", "{A} is staying with a friend since being evicted", "{A} has {diag} per RP, calm today",
        "the other party sleeps in {ahis} car sometimes", "RP is stressed and can't sleep", "RP says {A} is 'crazy', no crisis described",
        "{A} is on probation per RP", "RP is in counseling over this",
    ],
    "other": [
        "RP is stressed about it", "RP thinks it may have been someone from the camp nearby", "RP has anxiety about being home alone",
        "RP says the neighbor kids were loud earlier, unrelated", "RP was crying", "RP says {ahe} has been depressed lately but that is not why RP called",
        "there is a homeless camp down the block, RP does not think it is related", "RP says {ahe} had a couple of drinks earlier",
        "RP and the neighbor argued about this before", "RP is upset",
    ],
}
