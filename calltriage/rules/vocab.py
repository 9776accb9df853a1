"""Shared word lists for the rule patterns (pattern alternatives, "a|b|c").

Kept in one place so that every rule speaks of people, weapons, pills or property with the
same words, including CAD shorthand and frequent misspellings. Words are written as call
takers write them; the shared tokenizer normalizes both the patterns and the text (so
"wpn" also covers "weapon", "meds" covers "medications").
"""

from __future__ import annotations


def up_to(n: int, words: str) -> str:
    """A gap of 0 to ``n`` tokens taken only from ``words`` (n optional slots): unlike
    "~N", it never swallows a comma or an act ("a man smashing car windows and yelling")."""
    return " ".join([f"{words}?"] * n)


def alt(*groups: str) -> str:
    """Join alternative groups into one pattern slot, dropping duplicates."""
    seen: list[str] = []
    for g in groups:
        for w in g.split("|"):
            if w and w not in seen:
                seen.append(w)
    return "|".join(seen)


# A person as the object or subject of an act. Determiners are separate (DET).
PRONOUN_OBJ = "him|her|them|me|us|you|ya|everyone|everybody|anyone|anybody|someone|somebody|people|others"
PERSON_NOUN = (
    "man|woman|men|women|guy|guys|lady|male|female|males|females|person|persons|kid|kids|"
    "child|children|baby|infant|toddler|boy|girl|boys|girls|teen|teens|juvenile|juveniles|"
    "wife|husband|girlfriend|boyfriend|gf|bf|ex|partner|fiance|fiancee|spouse|mom|mother|"
    "dad|father|stepdad|stepmom|stepfather|stepmother|son|daughter|brother|sister|"
    "grandma|grandmother|grandpa|grandfather|uncle|aunt|cousin|nephew|niece|roommate|"
    "roommates|neighbor|neighbors|neighbour|landlord|tenant|coworker|co-worker|boss|manager|"
    "employee|employees|staff|clerk|cashier|teller|customer|customers|patron|patrons|"
    "guard|security|officer|officers|cop|cops|driver|passenger|passengers|victim|caller|"
    "rp|resident|residents|patient|pt|nurse|tech|teacher|student|students|worker|workers|"
    "crew|family|friend|friends|stranger|strangers|passersby|passerby|pedestrian|"
    "pedestrians|subject|subj|suspect|bystander|bystanders|attendant|owner|wife's|husband's|mother's|father's|brother's|sister's|"
    "group|crowd|everybody|mgr|supervisor|mgmt|bartender|server|waitress|waiter|doorman|"
    "bouncer|ranger|deputy|clerks|cashiers|shoppers|shopper|kid's|child's|each+other|"
    "one+another|somebody+else|someone+else|anyone+else|family+members|relatives|"
    # people at work, named by their job ("pointed it at the cook")
    "cook|cooks|chef|chefs|barista|baristas|dishwasher|host|hostess|janitor|custodian|"
    "mechanic|receptionist|pharmacist|doctor|doctors|medic|medics|paramedic|paramedics|"
    "emt|emts|librarian|principal|counselor|caseworker|therapist|volunteer|volunteers|"
    "usher|valet|housekeeper|maid|nanny|babysitter|caregiver|aide|homeowner|shopkeeper|"
    "vendor|vendors|mailman|courier|postman|lifeguard|coworkers|co-workers|classmate|"
    "classmates|tenants|landlady|dispatcher|operator|salesman|saleswoman|attendants|"
    "stocker|busboy|bouncers|guards|nurses|teachers|teenager|teenagers|toddlers|infants|"
    # people out and about ("one hit a jogger")
    "jogger|joggers|cyclist|cyclists|bicyclist|bicyclists|biker|bikers|skater|skaters|"
    "hiker|hikers|motorist|motorists|commuter|commuters|rider|riders|tourist|tourists|"
    # at a game, a service or a visit ("one dad shoved the ref")
    "ref|refs|referee|referees|umpire|umpires|ump|coach|coaches|player|players|parent|"
    "parents|fan|fans|spectator|spectators|official|officials|opponent|opponents|"
    "grandparent|grandparents|pastor|priest|client|clients|guest|guests|visitor|visitors|"
    "contractor|contractors|inmate|inmates|resident's|neighbor's|"
    # "one shoved the other one", "going to beat the others"
    "other+one|others"
)
DET = "the|a|an|his|her|their|my|our|your|this|that|some|another|other|two|2|three|3"
# A story told, not an act (weapon and violence look-alike): "a news story about a
# stabbing tonight", "a true crime book about a stabbing".
STORY_TOLD = (
    "news|story|stories|movie|movies|film|show|podcast|book|novel|article|report|"
    "documentary|episode|video ~3 about|of|on ~2 a|the|that ? stabbing|stabbings|shooting|"
    "shootings|murder|murders|stabbed|shot|assault|assaults|beating|attack|attacks"
)

# Tires, not a person (violence and medical look-alike): "neighbor just slashed my tires".
TIRES_SLASHED = (
    "neighbor|neighbors|someone|somebody|he|she|they|guy|man|woman|kids|ex|boyfriend|"
    "girlfriend|husband|wife ? just|had|has|already ? slashed|slashing|slashes|cut|"
    "cutting|punctured|puncturing|popped|popping|stabbed|stabbing ~1 my|his|her|their|"
    "the|all|both|4|four|our ? tires|tire|tyres"
)
# Toy guns shot (weapon look-alike; violence adds the target): "KIDS ... SHOOTING NERF GUNS
# AT CARS" (never BB, pellet or airsoft guns).
TOY_GUN_SHOT = (
    "shooting|shot|shoots|firing ~2 nerf|water|squirt|toy|cap|foam|bubble ~1 gun|guns|"
    "pistol|pistols|rifle|rifles|blaster|blasters|darts"
)

# Means that are somewhere else, given away or sold: "gave his guns to his uncle in the
# fall", "his son took his shotguns to his own house", "her rifle is at her brother's
# house" (a gun there is no gun at hand; the weapon and suicide rules share them).
_MEANS = (
    "guns|gun|shotgun|shotguns|rifle|rifles|firearms|firearm|pistol|pistols|handgun|handguns|"
    "pills|meds|medications|weapon|weapons"
)
MEANS_ELSEWHERE = (
    # (not "took": "took the pills away from his wife" has them now)
    f"gave|given|giving|sold|turned+in|handed+over|pawned|surrendered ~4 {_MEANS} ~1 away|"
    f"over|last|in+the+fall|in+april|in+march|months+ago|years+ago|when|after|before",
    # ... to someone else ("took his gun to the bedroom" is the gun at hand)
    f"gave|given|giving|took|taken|moved|sold|turned+in|handed+over|pawned|surrendered ~4 "
    f"{_MEANS} ~2 to ~2 his|her|their|a|the|my ? uncle|aunt|brother|sister|son|daughter|dad|"
    f"father|mom|mother|friend|neighbor|cousin|grandpa|grandma|own+house|own+place|buyback|"
    f"pawn+shop|pawnshop|police|sheriff|gun+shop|store|brother's|sister's|uncle's|son's|"
    f"daughter's|dad's|father's|friend's|neighbor's",
    f"{_MEANS} ~3 is|are|'s|were|was|stay|stays|staying ~1 at|with ~2 his|her|their|a|the ? "
    f"brother's|sister's|uncle's|aunt's|dad's|father's|mom's|mother's|son's|daughter's|"
    f"friend's|neighbor's|cousin's|grandpa's|grandma's|brother|sister|uncle|dad|son|friend",
)

# What may stand between a verb and the noun it takes, where a gap could also swallow a
# weapon: a determiner and one more word at most ("grabbed a plastic bottle", "has his
# water bottle"; "grabbed a knife and his water bottle" is no water bottle held).
NP_LEAD = f"{DET}? *?"
PERSON = alt(PRONOUN_OBJ, PERSON_NOUN)
# "his brother", "the clerk", "RP's roommate", "her": DET? + PERSON. Use as two slots.
ADJ = (
    "other|little|young|elderly|old|older|younger|small|big|two|2|three|3|whole|entire|"
    "own|same|next|poor|homeless|pregnant|disabled|teenage|teen|adult|new|ex|step|"
    "disabled|elderly|female|male|unhoused|drunk|sleeping|random|innocent|older|baby|"
    "9|6|5|4|7|8|10|12|14|16|infant|toddler|teenaged|17|15|13|11|bus|store|gas|station|"
    "security|school|taxi|cab|uber|lyft|delivery|mail|night|front|desk|shift|crossing|"
    "parking|van|truck|train|transit|hotel|restaurant|bar|club|library|shelter|park|"
    "apartment|building|property|assistant|head|lunch|postal|ups|fedex|amazon|pizza|"
    "unknown|random|female|male|adult|juvenile|city|county|transit|loss|prevention"
)
PERSON_NP = f"{DET}|'s ? {ADJ}? {PERSON}"

REFLEXIVE = "himself|herself|themselves|themself|myself|yourself|self|hisself|ourselves"

# Weapons.
FIREARM = (
    "gun|guns|handgun|handguns|pistol|pistols|revolver|revolvers|rifle|rifles|shotgun|"
    "shotguns|firearm|firearms|glock|glocks|ar15|ar-15|ak47|ak-47|uzi|9mm|magnum|derringer|"
    "carbine|semi-auto|semiautomatic|sawed-off|tec9|long-gun|longgun|"
    # misspellings, calibers and gauges, and slang that means nothing but a gun
    "hangun|handgn|pistal|pistle|rifel|shotgn|fire-arm|.22|.25|.32|.38|.357|.380|.40|.44|.45|"
    ".223|.243|.308|30-06|.30-06|"
    # "has a.38 in his waistband" (one token when typed without a space)
    "a.22|a.25|a.32|a.38|a.357|a.380|a.40|a.44|a.45|a.9mm|a38|a357|a380|a45|a44|a22|"
    ".410|38+special|357+magnum|45+caliber|45+cal|40+caliber|40+cal|9+millimeter|"
    "nine+millimeter|12+gauge|12-gauge|twelve+gauge|20+gauge|ghost+gun|ghost+guns|"
    "ghostgun|blicky|blickey|mossberg|ruger|sks|assault+rifle|assault+rifles|hunting+rifle|"
    "deer+rifle|hand+gun|sawed+off|sawed-off+shotgun|fire+arm|fire+arms|pistola|escopeta|"
    "bangstick|bang+stick|powerhead"
)
# A jab or a boost, not a gunshot: "got his flu shot in the arm", "a real shot in the
# arm" (a look-alike of weapon, violence and medical; a person "shot in the arm" stays).
JAB_IN_THE_ARM = (
    "a|flu|covid|booster|vaccine|vaccination|insulin|b12|allergy|tetanus|tdap|vitamin|big|"
    "real|nice|needed ~1 shot in the arm"
)
# What is left of a smashed bottle, in hand: "holding the broken neck, yelling at her" (a
# weapon and, in a dispute, violence; no broken neck of a person's).
BOTTLE_NECK_HELD = (
    "holding|holds|held|waving|waved|pointing|swinging|brandishing|gripping|clutching|grabbed "
    "the|a|its ? broken|jagged|busted ~1 neck|end|top|half"
)
BLADE = (
    "knife|knives|blade|blades|machete|machetes|boxcutter|boxcutters|box-cutter|box+cutter|"
    "box+cutters|switchblade|"
    "switchblades|dagger|daggers|sword|swords|shank|shiv|icepick|ice-pick|katana|bayonet|"
    "pocketknife|pocket-knife|razorblade|razorblades|cleaver|razor|razors|hatchet|axe|ax|"
    "rambo+knife|rambo|"
    "scissors|scalpel|blades|knive|knifes|kinfe|nife|sciasors|sissors|scisors|sizzors|"
    "cissors|scissers|"
    # thrown and folding blades
    "shuriken|throwing+star|throwing+stars|ninja+star|ninja+stars|throwing+knife|"
    "throwing+knives|karambit|balisong|butterfly+knife|switch+blade|exacto|x-acto|"
    "utility+knife|carpet+knife|kukri|cuchillo|cuchillos|navaja|ulu|ulus"
)
# Objects that are weapons whenever someone holds them (no other use in a call).
STRONG_OBJECT = (
    "bat|bats|crowbar|crowbars|tire-iron|tireiron|2x4|baton|nunchucks|nunchuck|brass+knuckles|"
    "knuckles|taser|tazer|stun+gun|mace|spear|crossbow|bow|arrows|club|billy+club|"
    "sledgehammer|sledge|pickaxe|pick-axe|machete|metal+pipe|lead+pipe|pipe|hammer|"
    "baseball+bat|golf+club|tire+iron|"
    "expandable+baton|collapsible+baton|blackjack|cattle+prod|stun+baton|knuckle+duster|"
    "knuckle+dusters|brass+knucks|knucks|pepper+spray|bear+spray|gaff|gaff+hook|harpoon|"
    "pitchfork|hatchet|axe|ax|cleaver|meat+cleaver"
)
# Objects that are weapons when used or swung at people.
WEAK_OBJECT = alt(
    STRONG_OBJECT,
    "brick|bricks|bottle|bottles|rock|rocks|stone|stones|stick|sticks|board|chain|chains|"
    "lock|padlock|belt|cane|umbrella|skateboard|shovel|rake|wrench|screwdriver|chair|chairs|"
    "glass|mug|pan|frying+pan|iron|pole|broom|hanger|fork|pen|scissors|tool|tools|"
    "object|objects|something|brass|branch|plank|lumber|cinderblock|cinder+block|rebar|"
    # hard household things thrown or swung at people ("threw the walker at her")
    "walker|crutch|crutches|plate|plates|dish|dishes|vase|lamp|ashtray|bowl|kettle|"
    "laptop|toolbox|dumbbell|dumbbells|bike+lock|u-lock|trophy|candlestick|skillet|"
    "rolling+pin|cue|pool+cue|cue+stick|pool+stick|billiard+cue|pot|pots|coffee+pot|coffeepot|"
    "teapot|saucepan|barstool|bar+stool|stool|stools|jar|flowerpot|flower+pot|poker|"
    "fireplace+poker|fire+poker|helmet|"
    # sharps, power tools and gun-shaped tools aimed at people
    "syringe|syringes|needle|needles|dirty+needle|used+needle|chainsaw|chain+saw|"
    "nail+gun|staple+gun|bb+gun|bb+guns|pellet+gun|airsoft+gun|airsoft|paintball+gun|"
    "flare+gun|heat+gun",
)
WEAPON_ANY = alt(FIREARM, BLADE, STRONG_OBJECT, "weapon|weapons|wpn|wpns")

# Body parts, for "shot in the leg", "knife to his throat".
BODY = (
    "head|neck|throat|chest|stomach|abdomen|belly|back|arm|arms|leg|legs|hand|hands|face|"
    "side|shoulder|shoulders|thigh|foot|feet|groin|torso|eye|eyes|gut|hip|knee|wrist|"
    "wrists|temple|mouth|jaw|ribs|buttocks|butt|ear|finger|fingers|heart|lung|body"
)

# Pills, drugs and poisons taken in a suicide attempt or overdose.
PILLS = (
    "pills|pill|meds|medication|medications|medicine|medicines|tablets|tablet|capsules|"
    "tylenol|xanax|oxy|oxys|oxycodone|oxycontin|percocet|percocets|vicodin|hydrocodone|"
    "ambien|seroquel|lithium|benadryl|advil|aspirin|ibuprofen|acetaminophen|klonopin|"
    "valium|ativan|adderall|zoloft|prozac|trazodone|gabapentin|morphine|methadone|"
    "insulin|fentanyl|heroin|opioids|opiates|painkillers|sleeping+pills|sleeping+pill|"
    "pain+pills|prescription|prescriptions|narcotics|antidepressants|bleach|antifreeze|"
    "poison|rat+poison|drano|lye|pesticide|norco|dilaudid|suboxone|xannies|perc|percs|"
    "addys|pils|pillz|medicaton|medicatons|medecine|tylenols|xanax+bars|"
    # over-the-counter and common prescription names, and how callers count them
    "tabs|nyquil|dayquil|zzzquil|unisom|cough+syrup|cough+medicine|sleep+aids|sleeping+aids|"
    "melatonin|excedrin|aleve|naproxen|motrin|tylenol+pm|advil+pm|tramadol|codeine|"
    "clonazepam|lorazepam|alprazolam|diazepam|zolpidem|quetiapine|sertraline|fluoxetine|"
    "amitriptyline|wellbutrin|lexapro|celexa|effexor|abilify|depakote|lamictal|metformin|"
    "propranolol|heart+pills|blood+pressure+pills|sleeping+meds|sleep+meds|"
    "antidepressant|painkiller|pain+meds|psych+meds|sodium+nitrite|fentanyl+patches|"
    "fentanyl+patch|patches"
)
# Pills as means at hand (no poisons, no street drugs).
PILLS_AT_HAND = (
    "pills|pill|meds|medication|medications|medicine|medicines|tablets|capsules|tylenol|"
    "xanax|oxy|oxycodone|oxycontin|percocet|percocets|vicodin|hydrocodone|ambien|seroquel|"
    "lithium|benadryl|klonopin|valium|ativan|trazodone|gabapentin|morphine|methadone|"
    "insulin|painkillers|sleeping+pills|pain+pills|antidepressants|pils|pillz|pill+bottles|"
    "pill+bottle|oxys|percs|percocets|xans|xanax+bars|bars+of+xanax|ibuprofen|advil|motrin|"
    "aleve|naproxen|aspirin|acetaminophen|excedrin|nyquil|melatonin|zoloft|prozac|adderall"
)
POISON = (
    "bleach|antifreeze|poison|rat+poison|drano|lye|pesticide|pesticides|cleaner|chemicals|"
    "weed+killer|roundup|gasoline|kerosene|ammonia|drain+cleaner|toilet+bowl+cleaner|"
    "washer+fluid|windshield+washer+fluid|windshield+fluid|lighter+fluid|paint+thinner|"
    "insecticide|bug+spray|mouse+poison|arsenic|cyanide|sodium+nitrite|nitrite|"
    "ethylene+glycol|methanol|lamp+oil|tide+pods|laundry+pods|laundry+detergent|"
    "pool+chemicals|chlorine|nail+polish+remover|acetone|mothballs|rodent+poison|paraquat|"
    "herbicide|weedkiller|pesticides|insecticides|fertilizer|lye|oven+cleaner"
)
INGEST = (
    "took|taken|taking|swallowed|swallowing|swallow|ingested|ingesting|ate|eaten|downed|"
    "downing|consumed|consuming|drank|chugged|chugging|popped|popping|overdosed|od|chewed|"
    "chewing|"
    "injected|injecting|did|snorted|tooken|tooke|swolled|swalowed|swallowd|take"
)
QUANTITY = (
    "all|whole|entire|bottle|bottles|handful|handfuls|bunch|lot|lots|dozen|dozens|many|"
    "several|too|extra|multiple|half|box|boxes|pack|packs|package|sheet|months|week's|"
    "month's|stash|supply|rest|everything|NUM|ten|twenty|thirty|forty|fifty|"
    "hundred|fifteen|numerous|double|triple|massive|large|huge|amount|quantity|number|"
    "qty|unknown+amount|unknown+number|unknown+quantity|amt|amts|unknown+amt|fistful|fistfuls|mouthful|palmful|"
    "pile|heap|ton|tons|boatload|shitload|crapload|two+dozen|couple+dozen|strip|strips|"
    "blister|vial|jar|container|baggie|script|bunches|dozens"
)

# Property, for vandalism and "an object used on property, not people".
PROPERTY = (
    "window|windows|windshield|windshields|door|doors|car|cars|vehicle|vehicles|truck|"
    "trucks|van|suv|tire|tires|tyres|mailbox|mailboxes|fence|fences|gate|lock|locks|sign|"
    "signs|wall|walls|machine|machines|cage|property|light|lights|lamp|lamps|camera|"
    "cameras|meter|pump|glass|building|store|shed|garage|statue|bench|bus|bike|bikes|"
    "bicycle|house|home|storefront|atm|register|parking+meter|hydrant|"
    "pole|mirror|mirrors|headlight|headlights|taillight|taillights|dumpster|vending|"
    "porch|deck|furniture|patio|planter|planters|railing|siding|roof|trailer|boat|"
    "scooter|motorcycle|kiosk|tv|television|camry|sedan|hood|trunk|paint|graffiti|"
    "ice+machine|cars'|fixtures|sprinklers|landscaping|flowers|garden|yard|lawn|"
    "houses|homes|buildings|stores|sheds|garages|porches|businesses|storefronts|trailers|"
    "headstone|headstones|gravestone|gravestones|tombstone|tombstones|showcase|showcases|"
    "display+case|display+cases|glass+case|jewelry+case"
)
ANIMAL = (
    "dog|dogs|cat|cats|kitten|puppy|bird|birds|pigeon|pigeons|raccoon|raccoons|squirrel|"
    "deer|possum|opossum|skunk|rat|rats|mouse|mice|snake|snakes|horse|cow|goat|chicken|"
    "chickens|duck|ducks|goose|geese|fox|coyote|bat|bats|hawk|owl|animal|animals|pet|pets|"
    "pitbull|pit|lizard|turtle|fish|bear|rabbit|bunny|iguana|iguanas|moose|elk|rooster|"
    "roosters|hen|hens|alligator|gator|armadillo|bobcat|cougar|sheep|lamb|donkey|mule|calf|"
    "cattle|llama|parrot|ferret|hamster|gecko|tortoise|frog|toad|otter|beaver|porcupine|"
    "groundhog|woodchuck|chipmunk|crow|crows|seagull|vulture|weasel|badger"
)

# Animals a person may be seen hurting ("bat" is a weapon, "fish" a meal).
PET = (
    "dog|dogs|cat|cats|kitten|kittens|puppy|puppies|pup|pups|horse|horses|pony|pet|pets|"
    "pitbull|pitbulls|animal|animals|goat|goats|chicken|chickens|rabbit|bunny|k9|mutt"
)

# Uncertainty openers, for "unk if breathing", "not sure whether he hit her".
NOT_KNOWING = (
    "unknown|unk|unsure|unclear|uncertain|sure|know|knows|knew|tell|certain|idk|"
    "determine|confirm|confirmed|verify|see|check|checking|wondering|wonders|"
    "questionable|question"
)
IF = "if|whether|wether|weather"
HEDGE = (
    "possibly|possible|poss|maybe|might|may|could|probably|prob|likely|perhaps|"
    "suspected|suspect|potential|potentially|apparently|appears|unknown|unk|unsure|"
    "questionable|looks+like|sounds+like|seems|seem|think|thinks|believes|believe|"
    "unclear"
)
UNK_ANSWER = "unknown|unk|unsure|idk|unclear|possible|poss|possibly|maybe|probably|prob|likely|unkn"

# Between "history of" and what it names ("hx of depression and prior suicide attempts"):
# small words and diagnoses, never a comma (a gap there swallowed "history of
# schizophrenia, ATT SUICIDE BY HANGING").
HX_FILL = (
    "of|with|a|an|prior|previous|past|multiple|several|many|two|2|three|3|known|documented|"
    "recent|old|attempted|failed|mental|illness|depression|bipolar|schizophrenia|ptsd|"
    "anxiety|and|&|or|/|substance|drug|alcohol|abuse|use|cutting|self|harm|self-harm"
)

# "Shot down" of an idea, not a person: "his plan got shot down by the board".
SHOT_DOWN_IDEA = (
    "idea|ideas|plan|plans|proposal|proposals|request|requests|offer|offers|application|bill|"
    "motion|pitch ~2 was|got|been|were|is|gets|getting ~1 shot ~1 down"
)
