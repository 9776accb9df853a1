"""`suicide_attempt`: a suicide attempt in progress or imminent: took pills, cut
themselves, on a ledge or bridge, or a plan with the means at hand.

Suicidal talk with no plan and no means is `behavioral_health` and does not fire here:
the means rules fire only when the narrative also has (non-negated) suicidal talk, and
suicidal talk fires only with means at hand. Acts (took pills, cut wrists, tried to hang
himself, standing on the railing) fire by themselves.
"""

from __future__ import annotations

from calltriage.rules.base import Context, Rule, all_guards
from calltriage.rules.negation import dated_past_guard, days_back_guard
from calltriage.rules.vocab import (
    MEANS_ELSEWHERE,
    up_to,
    BLADE,
    FIREARM,
    HX_FILL,
    INGEST,
    PILLS,
    PILLS_AT_HAND,
    POISON,
    QUANTITY,
    REFLEXIVE,
    alt,
)

CODE = "suicide_attempt"

SELF = alt(REFLEXIVE, "own|hisself|herslef|himslef|themselfs")
DIE_VERBS = (
    "kill|end|die|off|hang|shoot|drown|overdose|od|poison|jump|suicide|suffocate|gas|"
    "slit|stab|cut|hurt|harm|unalive|unalive|end+it|end+it+all|end+things"
)
# How an attempt is named, with frequent typos and CAD abbreviations ("att", "atmpt").
ATTEMPT = (
    "attempted|attempting|attempt|attempts|att|atmpt|attmpt|attmp|attemped|attempeted|"
    "attemted|atempted|atempt|attemp|attempet|tried|trying|tries|try|tryed|tryied|trys"
)
SUICIDE = "suicide|suic|suicde|sucide|suiside|suicid|suiside|suicidal"
# An attempt as a noun or adjective in CAD ("ATTEMPTED OD", "OD ATTEMPT").
ATTEMPT_NOUN = (
    "attempted|attempting|attempt|attempts|att|atmpt|attmpt|attmp|attemped|attempeted|"
    "attemted|atempted|atempt|attemp|attempet"
)

# What is poured on oneself before setting oneself alight.
ACCELERANT = (
    "gasoline|gas|lighter+fluid|kerosene|accelerant|fuel|diesel|paint+thinner|"
    "rubbing+alcohol|lamp+oil"
)

# Vehicles a person may ask to be hit by; water a person may walk into.
VEHICLE = "car|cars|truck|trucks|bus|buses|train|trains|vehicle|vehicles|semi"
WATER = (
    "lake|river|ocean|sea|water|bay|surf|waves|creek|pond|reservoir|canal|harbor|quarry|"
    "current|rapids"
)

# A jump that is no fall: "wants to jump start his car", "wants to jump rope" (a look-alike
# of the talk and of the place rule alike).
JUMP_NOT_A_FALL = (
    "wants|want|wanted|wanting|going|gonna|about|trying|tried|ready|needs|need|threatening|"
    "threatens|threatened|said|says ? to ? jump ~1 start|started|starting|rope|ship|bail|"
    "in+line|the+line|on+the+trampoline|the+gun|the+fence|the+turnstile|the+battery|the+car"
)

# Suicidal talk: ideation, intent, farewells, a plan.
# Talking to oneself ("muttering to himself"): no words of turning something on oneself.
SELF_TALK = ("talking|talks|talked|muttering|mutters|mumbling|mumbles|arguing|argues|laughing|"
             "laughs|singing|sings|whispering|rambling|ranting|cursing|swearing|chuckling|"
             "preaching|praying|yelling|screaming|shouting|speaking")


SUICIDAL_TALK = Context(
    "suicidal_talk",
    guard=dated_past_guard,
    patterns=(
        "suicidal|suicidal_ideation|suicidal_homicidal_ideation|suicide|suicidality|"
        "sucidal|suicdal|sucide|suiside|suicial|suicidial|suicidel|suisidal",
        f"kill|killing|kills|end|ending|ends|off|offing|hurt|hurting|harm|harming|hang|"
        f"hanging|shoot|shooting|drown|drowning|poison|poisoning|cut|cutting|slit|unalive|burn|burning|torch ~1 "
        f"{SELF}",
        "end|ending|ends|take|taking his|her|their|my|own ? life|lives",
        "end|ending|ends it|things ~1 all|tonight|now|today",
        # "going to the bridge to end it." (not "to end it with her")
        "to end it|things|everything",
        "wants|want|wanting|wanted|going|gonna|trying|tried|ready|wishes|wish|deserves|"
        "deserve|better|rather|would+rather|'d+rather|plans|planning|about|threatening|"
        "threatens|threatened to ? die|be+dead|not+be+here|not+wake+up|disappear+forever|"
        "end+it|be+hit|get+hit|be+run+over",
        "rather ~1 die|be+dead|dead",
        "better off|of dead|without",
        "no reason|point to|in ? live|living|go+on",
        "can't|cannot|cant|couldn't|doesn't|don't|not ~1 go|going|keep ~1 on|going|living|"
        "doing+this|do+this",
        "can't|cannot|cant|couldn't|don't|doesn't ~1 want to ~1 live|be+alive|be+here|"
        "wake+up|go+on",
        "done with ~2 life|living|everything|it+all|this+world",
        "is|'s|am|'m|are ~1 '|\" done '|\"",
        "he|she|i|they|subj|subject ~1 's|is|am|are|'m|was ~1 done ~1 '|\"|.|!|with+life|"
        "with+everything|with+it+all|with+living",
        "not worth ~1 living|it",
        "goodbye|good-bye|goodbyes|farewell|farewells|goodbbye|goodby|gooodbye|godbye|goodbey|"
        "goodye|gbye",
        "say|said|saying|says|said|texted|text|wrote|left ~3 goodbye|bye|sorry|i+love+you",
        "note|letter|text|message|video|post ~3 saying|says|said|reading|reads ~3 "
        "goodbye|sorry|love|forgive",
        "has|have|had|with|w/|got|made|making|admits|endorses|endorsing|describes|"
        "described a ? plan|plans",
        "possible|poss|possibly|maybe|might+have|may+have plan|plans",
        "plan|plans|planning|planned|intends|intent|intention to ~3 "
        "overdose|od|hang|shoot|jump|cut|drown|crash|kill|end|die|suicide",
        "tonight is|'s the night",
        # a note found: "unresp, note found"
        "note|notes|letter ~1 found",
        # the warning signs people see: "gave away his dog and his truck today, wrote letters
        # to everyone"
        "gave|giving|gives|given|giving+away|gave+away ~1 away ? ~2 his|her|their|my|all ? "
        "dog|dogs|cat|cats|pets|belongings|possessions|things|stuff|guns",
        "wrote|writing|written|left|leaving ~2 letters|goodbye+letters|notes ~2 to|for ~1 "
        "everyone|everybody|the+family|family|the+kids|his+kids|her+kids|each",
        # a quoted "it's time" with the means at hand: '"it's time"' with mom's morphine
        "'|\" it's|its|it+is ~1 time '|\"",
        # "has pills and a plan to take them tonight"
        "plan|plans ~1 to ~1 take|swallow|overdose|od|drink ~2 them|it|all|pills|the+pills|"
        "everything|the+whole|the+bottle|every",
        "plan|plans ~1 to ~1 do+it|end+it|jump|hang|shoot|kill|die",
        # "has a rope ... is going to do it tonight"; "texted he won't be coming back"
        "going+to|gonna|about+to|ready+to|planning+to ~1 do+it|go+through+with+it ~1 tonight|"
        "now|today|this+time|for+real|right+now|again",
        "won't|will+not|wont|not ~1 be ~1 coming ~1 back|home",
        # "i have my dads gun and im doing it tonight"; a quoted "READY" with the gun in his lap
        "doing ~1 it ~1 tonight|today|this+time|for+real",
        "i|im ~2 doing ~1 it ~1 now|right+now",
        "'|\" ready '|\"|.|!",
        # "i want to jump", "says she is going to go over the edge" (with the place it needs)
        "wants|want|wanting|going|gonna|about|ready|threatening|threatens|threatened|trying|"
        "plans|planning ~1 to ~1 jump|go+over+the+edge|go+over+the+side|go+over+the+railing",
        "going|gonna ~1 over ~1 the ~1 edge|side|railing|rail",
        # what people say on the way: "it's better this way", "let it come", "got it all
        # figured out", "find him before his kids do", "this should do it", "this time im
        # doing it right", "the water will take care of it"
        "better ~1 this ~1 way",
        "let ~1 it ~1 come|happen|hit ~1 me|him|her ?",
        "got|has|have|'s ~1 it ~1 all ~1 figured ~1 out",
        "find ~1 him|her|me|my+body|his+body|her+body ~1 before",
        "this|that ~1 should|will|'ll|oughta ~1 do ~1 it",
        "this ~1 time ~3 doing|do ~1 it ~1 right|for+real",
        "water|river|ocean|lake|train|cold ~1 will|'ll|gonna ~1 take ~1 care ~1 of ~1 it|me|"
        "him|her|everything",
        # a note left where it will be found
        "note|letter ~2 on|in ~2 the|his|her ? dash|dashboard|table|counter|bed|pillow|"
        "kitchen+table|seat|nightstand|door|fridge|windshield|steering+wheel",
        "left|leaving|wrote|writing ~2 a ? note|letter|notes|letters ~2 for|to ~2 his|her|the ~1 "
        "wife|husband|kids|family|mom|dad|children|son|daughter|girlfriend|boyfriend|parents",
        "photo|picture|pic|video|selfie ~2 of ~2 his|her|their|my ? feet|legs|shoes ~2 at|on|over|"
        "hanging+over ~2 the|a ? edge|drop|ledge|railing|side",
        "wasn't|wasnt|was+not|isn't|isnt|is+not|not|never ~1 coming ~1 back|home",
        "never ~1 see ~1 me|him|her ~1 again",
        # a picture of the means sent to someone: "texted her a photo of a filled bathtub and
        # razor blades"
        f"texted|sent|posted|sends|sending|texting|posting|w/|with ~4 photo|picture|pic|pics|"
        f"image|selfie|video|photos|pictures ~2 of ~6 {PILLS}|razor|razors|"
        f"blades|razor+blades|rope|noose|bathtub|tub|ledge|rooftop|tracks|bridge",
        # "sent a picture of his shotgun on the kitchen table with the caption 'sorry'"
        "caption|captioned|saying|says|said|with+the+words|and+the+word|and+the+words ~2 "
        "'|\"? sorry|bye|goodbye|goodbye+everyone|this+is+it|i'm+sorry|im+sorry|forgive+me",
        # "texted 'this is it'", "tired of living", "the last time you'll hear from me"
        "texted|texts|text|messaged|posted|wrote|said|says ~2 '|\"? this ~1 is ~1 it|the+end",
        "tired|sick ~1 of ~1 living|life|being+alive|being+here|it+all|everything",
        "last ~1 time ~4 hear|see|talk ~2 from|to ~1 me|him|her|them",
        "hang|hanging ~2 it|things ~1 up ~1 for ~1 good",
        # with a gun or a blade at hand: "it's over", "says he's done", "wanted someone to
        # know where to find him", "the gun's loaded, don't try to stop me", "next train",
        # "cut deep this time"
        "'|\"? it|it's|its|it+is ~1 's|is ? over '|\"|.|,|!|NL",
        "says|said|saying|texted|states|stated|yelling|'|\" ~1 he|she|i|he's|she's|i'm|im|hes|"
        "shes ~1 is|'s|am|'m ? done",
        "where ~1 to ~1 find ~1 him|her|me|them|my+body|his+body|her+body|the+body",
        "don't|dont|do+not ~1 try ~1 to ~1 stop|find|save ~1 me|him|her",
        "next ~1 train",
        "just|only ? want|wants|wanted ~1 someone|somebody|you|her|him ~1 to ~1 know",
        "cut ~1 deep|deeper|deeply",
        "it|gun|rifle|pistol|shotgun|knife|blade|weapon|razor ~2 at|to|on|against ~1 himself|"
        "herself|themselves|myself|his+own|her+own|their+own",
        "no|not ~1 at ~1 anyone|anybody|them|us|her|him ? ,? at ~1 himself|herself|themselves",
        "walk|swim|go|wade|walking|swimming ~1 in|out|into ~3 and ~2 not|never ~1 come|coming "
        "~1 back|out",
        "not|n't|never ~1 come ~1 back|home",
        # a note left with the wallet and phone: "left his wallet and phone in the car with
        # a note on the seat"
        "wallet|phone|keys|id|wedding+ring|ring ~8 with|and ~1 a ~1 note|letter",
        "a|the ~1 note|letter ~2 on|in ~2 the|his|her ? seat|dash|dashboard|table|counter|"
        "pillow|bed|desk|windshield|sink",
        # the act meant, told after it: "told the witness he did it on purpose and wishes it
        # had worked", "jumped, appeared deliberate per deckhand"
        "wish|wishes|wished|wishing|wanted ~2 it|that ~1 had|would+have|'d|would|to ? worked|"
        "work|killed+him|killed+her|killed+me",
        "appeared|appears|looked|looks|seemed|seems|was|looking ~1 deliberate|intentional|"
        "purposeful|on+purpose",
        # "going to use all of it at once so she doesn't wake up"
        "so ~1 she|he|they|i|that ~1 doesn't|does+not|won't|wont|will+not|don't|never|can't|"
        "wouldn't ~1 wake ~1 up",
        # stopped once, "she'll find another way"; pills put by: "a bag of pills she had
        # been saving"
        "find|finds|try|tries|use ~1 another|a+different|some+other ~1 way|method",
        "saving|saved|hoarding|hoarded|stockpiling|stockpiled|stashing|stashed|collecting|"
        "collected ~2 up? her|his|their ? pills|meds|medication|medications|tablets|"
        "pill|sleeping+pills",
        "pills|meds|medication|medications|tablets ~3 she|he|they ~2 had|has|have|'d ~1 been "
        "saving|hoarding|stockpiling|stashing|collecting",
        # a warning on the door: "a paper taped to the side door saying 'don't come in,
        # call 911'"
        "note|paper|sign|letter|message ~8 don't|dont|do+not ~1 come+in|come+inside|enter|"
        "open+the+door|open+the+garage",
        # farewells and "be done": "text 'tell my kids I'm sorry'", "driving to the lake to
        # 'be done'", "won't be around tomorrow"
        "tell|tel ~1 my|his|her|the ? little|baby|big|older|younger ? kids|children|family|"
        "wife|husband|mom|dad|mother|father|parents|daughter|son|girls|boys|everyone|everybody|"
        "mama|momma|mommy|daddy|grandma|grandmother|babies|baby|sister|brother|kid|girl|boy ~3 "
        "sorry|love|loves|goodbye|bye",
        "sorry ~2 tell ~1 my|his|her ~1 kids|children|family|wife|husband|mom|dad|mother|"
        "father|parents|daughter|son|mama|momma|mommy|daddy|grandma|babies|baby",
        "sorry for everything|all+of+it|being+a+burden",
        "won't|will+not|wont|not ~1 be ~1 around|here ~1 anymore|tomorrow|much+longer|"
        "for+long|after+tonight|by+morning",
        "to '|\" be done",
        "wants|want|wanted|wanting|ready|going|gonna|about ~1 to ~1 be|get|just+be ~1 done",
        "gonna|gunna|gon+na ~1 be|get|just+be ~1 done",
        "'|\" be|being|get done '|\"|.|!",
        "crisis line|hotline|lifeline|988|suicide+hotline|crisis+center",
        "giving away ~3 belongings|possessions|things|stuff|pets",
        # "she said she won't wake up tomorrow", "so he won't wake up" (not "he won't wake
        # up": that is a person down)
        "won't|will+not|wont|never|wouldn't|would+not ~1 wake ~1 up ~1 tomorrow|again|ever|"
        "in+the+morning",
        "so|that ~1 he|she|i|they ~1 won't|wouldn't|will+not|would+not|never|doesn't|"
        "does+not|don't|wont ~1 wake ~1 up",
        "hopes|hoping|hope|wants|wanted|wanting|wish|wishes|wished ~3 won't|will+not|wont|"
        "never|not|wouldn't|would+not|to+not ~1 wake ~1 up",
        # "I can't do this anymore", "can't take it any more", "gave away his dog this
        # week", "a loaded gun and a note"
        "can't|cannot|cant|can+not ~1 do|take|handle ~1 this|it|any+of+this ~1 anymore|"
        "any+more|no+more|much+longer",
        "gave|given|giving|gives ~1 away ~3 his|her|their|my ? dog|dogs|cat|cats|pets|pet|"
        "belongings|possessions|things|stuff|guns|guitar|clothes|jewelry|savings|money",
        "and|that|says|said|states|stated he|she|i ~1 is|'s|am|'m|was ~1 done ~1 ,|and",
        f"{alt(FIREARM, 'pills|rope|noose|razor|knife|weapon')} ~3 and|with|next+to|beside ~2 "
        f"a|the|his|her ? note|letter|suicide+note|goodbye+note",
        "last|final ~1 goodbye|message|words|wishes|will",
        "murder-suicide",
        # asked whether hurt, a plain "not yet" (a text-to-911 answer)
        "hurt|hurting|injured|harmed|done+anything|taken+anything ~8 not ~1 yet",
        "hurt|hurting|injured|harmed|done+anything|taken+anything ~3 QMARK? NL ~3 not ~1 yet",
        "wants|wanted|want|wanna ~1 it|everything|the+pain|this|all+this|all+of+this|"
        "things|it+all ~1 to ~1 end|stop|be+over",
        "self-harm|self+harm|self-harming",
        # "nobody would miss him", "a burden to everyone", "talking about dying", "wants to
        # go to sleep forever", "blow his brains out", "eat a bullet", "left a note"
        "nobody|noone|no+one|no-one ~1 will|would|'ll|'d|wo|is+going+to|gonna ~1 not? miss|"
        "care|notice",
        "a|such+a burden ~2 to|on|for ~2 everyone|everybody|family|people|them|us|his|her|"
        "their|my|the",
        "talking|talks|talked|talk|speaking|spoke|posting|posted|texting|texted ~2 about|of "
        "~2 dying|suicide|killing+himself|killing+herself|killing+themselves|killing+myself|"
        "ending+it|ending+it+all|ending+things|ending+his+life|ending+her+life|being+dead|"
        "wanting+to+die|not+being+here|not+wanting+to+live|taking+his+life|"
        "taking+her+life",
        "sleep|asleep ~2 forever|and+never+wake+up|and+not+wake+up|for+good",
        # ("blow his head off" is as often a threat to someone else: first person only)
        "blow|blowing|blew ~2 my|own brains|head ~1 out|off",
        "eat|eating ~1 a|his|her|my ? bullet|gun|shotgun|pistol",
        "put|putting ~2 a ? bullet ~2 in|through ~2 my|own head|brain|skull",
        "wish|wishes|wished|wishing ~1 i ~1 was|were|'d+be|would+be dead",
        "left|leaving|wrote|writing|written|found ~2 a|an ? note|letter ~0 .|,|;|and|saying|"
        "says|for|behind",
        "life|living ~2 is|isn't|not|'s ~1 not? worth ~1 living|it",
        "commit|committing|commiting|comit suicide",
        "this|tonight|today ~1 is ~1 the ~1 end",
        "not|n't|never ~1 to ? follow|look+for|come+looking|come+after|try+to+find ~1 him|her|"
        "them|me",
        "did|done|do ~1 it|this|that ~1 to ~1 die|end+it|end+his+life|end+her+life|"
        "end+my+life|be+dead",
        f"wants|wanted|wanting|waiting|hoping|trying|asking|begging ~3 a|the|some|any ? "
        f"{VEHICLE} ~1 to ~1 hit|run+over|kill ~1 him|her|them|me",
    ),
    lookalikes=(
        # talking to himself, not of turning it on himself: "knife, muttering to himself"
        f"it|gun|rifle|pistol|shotgun|knife|blade|weapon|razor ~2 {SELF_TALK} to|with {SELF} "
        f".|,|;|!|NL|-|and|while|in|on|at|as|near|by|outside|inside|but",
        # "wants to jump start his car", "wants to jump rope"
        JUMP_NOT_A_FALL,
        # ending a relationship, a lease, a call: "going over there to end it with her"
        "to end it|things ~1 with|between|off|early|there|on|amicably|peacefully|nicely|"
        "politely|face+to+face|in+person",
        "suicide prevention|awareness|squad|walk|walks|hotline+number|training|class|"
        "doors|door|bomber|bombers|mission|pact+movie",
        "suicide|suicidal ~2 squad|movie|song|lyrics|game|show|podcast",
        f"history|hx|previous|prior|past {up_to(3, HX_FILL)} suicide|suicidal|"
        f"attempts|attempt",
        "end|ending|ends ~2 the|his|her|their|my ? lease|relationship|call|shift|day|"
        "contract|marriage|conversation|argument|game|meeting|party|night",
        "goodbye|bye ~2 to ~2 his|her|their|the ? friends|family|dog|cat|neighbors|kids|"
        "coworkers|staff|landlord|apartment|house",
        # ("said goodbye and walked toward the tracks" is talk with a place)
        "said|says|saying goodbye ~1 and ~1 left|hung|went ~1 home|to+bed|inside|out|up|back",
        "plan|plans|planning|planned ~3 to ~3 move|leave|stay|go|get|sleep|camp|find|call|"
        "see|sue|pay|travel|visit|work|fix|buy|sell|eat|meet|return|come|talk",
        "plan|plans ~2 for ~2 the|tonight|tomorrow|dinner|weekend|housing|shelter|rent|"
        "moving|treatment",
        "safety|care|treatment|discharge|payment|housing|phone|data|health|insurance|"
        "business|lesson|escape|game|exit|action|plan b|plans",
        "this ~1 is ~1 the night ~1 shift|shelter|before",
        "tonight is the night ~2 of|before|shift",
        "crisis line|hotline|lifeline ~3 number|info|information|referral|resources",
        "dead inside ~2 the|a|his|her|house|car|apartment|building|tent|store",
        "hurt|hurting|harm ~1 his|her|my ? feelings",
        "off ~1 himself|herself ~0 ,",
        "better off ~3 at|in|with|living|staying|going|at+home|in+a",
        "wants|want|wanted|wanting|ready|going|gonna|about ~1 to ~1 be|get|just+be ~1 done "
        "with|by|in|at|before|after|soon|tomorrow|for|so|working|here|there|eating|talking|"
        "paying",
        "gonna|gunna|gon+na ~1 be|get|just+be ~1 done with|by|in|at|before|after|soon|"
        "tomorrow|for|so|working|here|there|eating|talking|paying",
        "note|letter ~3 landlord|door|car|windshield|neighbor|neighbors|complaint|rent|"
        "eviction|notice|manager|office|school|teacher|mailbox",
        "a|such+a burden ~2 to|on|for ~2 the ? system|budget|taxpayers|city|business",
        "this|tonight|today ~1 is ~1 the ~1 end ~1 of ~2 the|his|her|their|it|this|our|"
        "my|that|a|an|lease|month|shift|line|road|block|street|hall|driveway",
    ),
)

# Things that hang harmlessly ("coat hanging in the closet", "plants hanging off the
# balcony") and the places where a person may be found hanging.
HUNG_THINGS = (
    "coat|coats|jacket|jackets|clothes|laundry|picture|pictures|sign|signs|lights|flag|"
    "flags|plant|plants|towel|towels|shirt|shirts|dress|tools|bike|bikes|hammock|swing|"
    "decorations|banner|banners|tarp|tarps|mirror|painting|wreath|basket|baskets|rug|rugs|"
    "vines|icicles|gutter|branch|branches|bag|bags|"
    "speaker|speakers|tv|curtain|curtains|blanket|blankets|hose|lantern|chimes|feeder"
)
HANG_PLACES = (
    "garage|basement|closet|tree|shower|bathroom|stairwell|attic|shed|barn|rafters|rafter|"
    "ceiling|door|bedroom|beam|closet+rod|rod|banister|pipe|fan|railing|hook|fence|wall|"
    "window|porch|line|clothesline|hallway|lobby|yard|vent|vents|bunk|bars|hinge"
)

# High places a person may jump from.
HIGH_PLACE = (
    "bridge|overpass|balcony|roof|rooftop|parking+garage|parking+structure|garage|building|"
    "viaduct|trestle|dam|tower|water+tower|cliff|skyscraper|fire+escape|crane|billboard"
)

# What a driver aims at to die (fixed objects, water, oncoming traffic).
CRASH_TARGET = (
    "tree|pole|wall|bridge|pillar|abutment|overpass|barrier|median|guardrail|river|lake|"
    "water|ocean|cliff|canyon|ravine|quarry|oncoming|traffic|semi|train|truck|building|"
    "embankment|column|concrete"
)

# Medicines nobody takes to get high: an overdose of them is rarely recreational or a
# dosing slip (not insulin or heart pills, which the elderly double up by mistake).
NONRECREATIONAL = (
    "tylenol|acetaminophen|advil|ibuprofen|aspirin|antidepressants|antidepressant|lithium|"
    "seroquel|quetiapine|sleeping+pills|sleep+meds|sleeping+meds|benadryl|trazodone|zoloft|"
    "prozac|sertraline|fluoxetine|lexapro|celexa|effexor|wellbutrin|amitriptyline|abilify|"
    "depakote|lamictal|tylenol+pm|nyquil|psych+meds|excedrin|aleve|naproxen|motrin|"
    "melatonin|unisom|depression+meds|depression+pills|depression+medication|"
    "depression+medicine|anxiety+meds|anxiety+pills|bipolar+meds|mood+stabilizers|"
    "mood+stabilizer|antipsychotics|antipsychotic|mental+health+meds|nerve+pills"
)

# What people cut themselves with.
CUTTER = alt(
    BLADE,
    "razor|razors|glass|shard|shards|box+cutter|box+cutters|razor+blade|razor+blades|"
    "exacto|x-acto|utility+knife|pocket+knife|steak+knife|kitchen+knife|broken+glass|"
    "broken+bottle|broken+mirror|piece+of+glass|blade|pencil+sharpener|safety+pin|tin+can|"
    "can+lid",
)

# What a person locks themselves in with ("locked himself in the bathroom with a razor").
LOCKED_IN_WITH = alt(
    FIREARM,
    "razor|razors|razor+blade|razor+blades|blade|blades|rope|noose|pills|pill+bottle|"
    "bottle+of+pills|meds|knife|knives|box+cutter",
)

# Pills named without an owner ("took pills", "swallowed some tablets").
LOOSE_PILLS = "pills|pill|tablets|tabs|capsules|pils|pillz|sleeping+pills|pain+pills"

# Means at hand for suicide (a weapon, pills, a rope ...).
MEANS = alt(
    FIREARM,
    BLADE,
    PILLS_AT_HAND,
    "rope|ropes|noose|ligature|extension+cord|weapon|weapons|razor|razors|loaded|belt|"
    "belts|cord|cords|"
    "empty+pill+bottles|empty+bottles|"
    # fuel to burn oneself with ("soaked her clothes in lighter fluid, says she'll burn
    # herself")
    "lighter+fluid|gasoline|kerosene|gas+can|accelerant",
)
# A word that is not a count ("taking her meds", not "taking 20 ambien" or "taking all
# her pills"), nor a clause end or a negation (what a "~3" gap would not cross).
_NOT_QTY = (
    r"re:^(?!\d|all$|whole$|entire$|bunch$|handful|twenty|thirty|forty|fifty|sixty|"
    r"hundred|ten$|fifteen$|dozen|half$|lot$|lots$|several$|many$|rest$|bottle|box|"
    r"extra$|unknown$|unk$|amt$|amount$|too$|double$|triple$|not$|no$|but$|never$|"
    r"however$|without$|denies$|denied$|nothing$|none$|[.!?;*]$)\S+$"
)
# Medication mentioned as treatment, not as means at hand.
MEDS_AS_TREATMENT = (
    f"off|stopped|stopping|not+taking|quit|ran+out+of|out+of|refusing|refuses|refused|"
    f"missed|missing|skipping|skipped|needs|need|needing|refill|refills|pharmacy|prescribed|"
    f"taking|takes|on|compliant|noncompliant|non-compliant|changed|new|adjusted|"
    f"without {_NOT_QTY}? {_NOT_QTY}? {_NOT_QTY}? his|her|their|any ? {PILLS_AT_HAND}"
)
# Pills or a poison at hand, for an intent to take "them" or drink "it".
# A call relayed by a crisis line: the worker calls because of what the person said, so
# the means at hand in the notes ("his service pistol on the table, loaded") need no talk
# of their own, unless the notes screen the talk ("SI? N"). See ``Detector.run``.
CRISIS_LINE_RELAY = Context(
    "crisis_line_relay",
    patterns=(
        "988 ~2 transfer|transferred|xfer|call|line|counselor|crisis|relay|relayed|says|"
        "reports|advises|worker|lifeline|operator|calling|called|texted",
        "from|via|by|with|called|texted|calling|contacted|thru|through ~1 988",
        "crisis+line|crisis+hotline|suicide+hotline|suicide+line|suicide+prevention+line|"
        "lifeline|veterans+crisis+line|crisis+text+line|hotline+worker|hotline+counselor|"
        "hotline+volunteer|crisis+line+worker",
        # a crisis worker who calls ("parents want a crisis counselor" is no relay)
        "crisis ~1 counselor|worker|center ~2 calling|called|on+the+line|reports|reporting|"
        "says|advises|transferring|transferred|relaying|relayed|keeping",
        "from|via|by ~2 a|the ? crisis ~1 counselor|worker|center",
        "hotline ~4 worker|counselor|volunteer|calling|transfer|transferred|relay|relaying|"
        "on+the+line|keeping",
    ),
    # the line's own client is safe, the call is about something else: "Call from a 988
    # counselor: her client is safe and not the issue, but ..."
    lookalikes=(
        "from|via|by|with ? a|the ? 988|hotline|lifeline|crisis ~2 counselor|worker|line|"
        "volunteer|transfer|call|operator ~8 client|caller|person|patient|texter|he|she|they "
        "~1 is|'s|are|'re|was ~1 safe|fine|okay|ok|not+the+issue|not+suicidal|not+involved",
    ),
)

PILLS_OR_POISON_AT_HAND = Context(
    "pills_at_hand",
    patterns=(PILLS_AT_HAND, POISON),
    lookalikes=(MEDS_AS_TREATMENT,),
)


# How routine medication is named ("his usual night meds").
ROUTINE = (
    "usual|regular|normal|daily|nightly|morning|evening|night|bedtime|prescribed|scheduled|"
    "psych|blood+pressure|heart|diabetes|seizure|sleep"
)

# An ingestion described as accidental or with no intent to die is not an attempt.
# Between a small child and what it swallowed ("the toddler may have got into the pills"):
# small words only, never another clause ("kids playing nearby, her teenager swallowed").
_KID_FILL = (
    "is|was|'s|just|may|might|have|has|had|possibly|probably|somehow|accidentally|apparently|"
    "reportedly|the|my|our|her|his|their|little|2|3|4|5|year|years|old|yo|y/o|age|months"
)
ACCIDENTAL_INGESTION = Context(
    "accidental_ingestion",
    patterns=(
        "not|n't|nt|never on ~1 purpose",
        "accidentally|accidental|accident|unintentional|unintentionally|mistakenly|"
        "by+mistake|by+accident|thought+it+was|thought+they+were",
        f"not ~2 to ~1 hurt|kill|harm|die ~1 {SELF}",
        f"toddler|baby|infant|child|kid|kids|daughter+age|son+age {up_to(4, _KID_FILL)} "
        f"got+into|got+ahold|found|ate|swallowed|drank",
        f"{INGEST} ~3 by ~1 mistake|accident",
    ),
    affirmed=False,
)

# Small words between kids and their jump into the water ("kids are always jumping off
# the pier"), never a verb of thinking or saying.
_PLAY = (
    "are|were|'re|keep|keeps|kept|been|just|all|like|love|always|often|taking|turns|turn|"
    "going|to|gonna|wanna|want|daring|each|other|dared|the|local|some|neighborhood|from|"
    "camp|summer|again|still"
)

# Means that may be gone from the house ("threw out her old medications").
_GONE_MEANS = (
    "medications|medication|meds|pills|razors|razor|knives|knife|guns|gun|firearms|firearm|"
    "rope|blades|pill+bottles"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "suicide_attempt.explicit",
        CODE,
        "an attempt named as such",
        patterns=(
            "suicide|suicidal attempt|attempted|attempting|try|tried|trying|attempts|"
            "atempt|attemp|gesture",
            "attempted|attempting|attempt|attempts|tried|trying suicide|suicidal",
            f"tried|trying|tries|try|attempted|attempting|attempts|attempt ~1 to ~1 {DIE_VERBS} "
            f"~2 {SELF}|life|lives",
            "tried|trying|tries|try|attempted|attempting|attempts|attempt ~1 to ~1 end ~1 it|"
            "things|it+all",
            "tried|trying|tries|attempted|attempting|attempt ~1 to ~1 overdose|od|suffocate",
            f"going|gonna|about|plans|planning|threatening|threatened|threatens|wants|"
            f"ready|says ~2 to ~1 shoot|hang|overdose|od|drown|slit|suffocate|poison|stab|"
            f"hurt+himself+with|kill+himself+with ~2 {SELF}",
            "in progress suicide|attempt",
            "suicide|attempt in progress|in_progress|ip",
            "hanging|hanged|hung ~1 himself|herself|themselves|self",
            "noose|ligature|nooses|ligatures",
            "he|she|husband|wife|son|daughter|brother|sister|mom|dad|mother|father|roommate|"
            "friend|man|woman|person|body|male|female|someone|boyfriend|girlfriend ~2 hanging|"
            "hung ~3 from|in ~2 the|a|his|her ? garage|basement|closet|tree|shower|bathroom|"
            "stairwell|attic|shed|barn|rafters|ceiling|door|bedroom|room|cell|beam|bridge|"
            "railing",
            "rope|belt|cord|sheet|sheets|ligature|wire|cable|string|shoelace|shoelaces|"
            "extension+cord ~2 around|on|tied+around|round ~2 his|her|their|the ? neck|throat",
            "rope|ropes|noose|cord|belt|sheet|sheets|extension+cord ~4 tied|hung|hanging|"
            "attached|fastened|secured|tied+up|strung ~4 rafter|rafters|beam|beams|ceiling|"
            "tree|closet|rod|pipe|door|doorknob|railing|banister|fan|hook|balcony|stairs|"
            "joist|light|vent|vents|bunk|bed+frame|bars|window+bars|showerhead|shower+head|"
            "hinge|door+hinge|sprinkler|sprinkler+head|bedpost|headboard",
            "found|find|discovered ~3 him|her|them|husband|wife|son|daughter|brother|sister|"
            "mom|dad|mother|father|roommate|friend|man|woman|person|body ~2 hanging|hung",
            # the verb first: "tied a sheet to the vent", "looped a belt over the door"
            "tied|tying|ties|hung|hanging|attached|attaching|fastened|looped|looping|knotted|"
            "rigged|rigging|strung ~3 a|the|his|her|their ? rope|ropes|noose|cord|belt|sheet|"
            "sheets|extension+cord|ligature|shoelace|shoelaces|shirt|towel|gown|scarf ~4 to|"
            "from|around|over|on ~2 the|a|his|her|their ? rafter|rafters|beam|beams|ceiling|"
            "closet+rod|rod|pipe|door|doorknob|railing|banister|fan|ceiling+fan|hook|stairs|"
            "joist|vent|vents|bunk|bed+frame|bars|window+bars|showerhead|shower+head|hinge|"
            "door+hinge|sprinkler|bedpost|headboard|tree|branch|light+fixture",
            "cut|cutting|took ~1 him|her|them ~1 down",
            "rope|ropes|noose|cord|extension+cord|belt|ligature ~2 tied|rigged|set+up|ready|"
            "hung|hanging|strung|prepared|looped ~4 in|from|up|to|around|over ~2 the|a|his|her ? "
            "garage|basement|closet|attic|shed|barn|bedroom|room|bathroom|tree|beam|rafter|"
            "rafters|ceiling|door|stairs|balcony|railing",
            "standing|stood|stands|standing+up|climbed|climbing ~1 on ~2 a|the ? chair|stool|"
            "bucket|ladder|crate|box ~10 rope|noose|cord|belt|neck",
            "rope|noose|cord|belt|neck ~10 standing|stood|stands|climbed|climbing ~1 on ~2 a|"
            "the ? chair|stool|bucket|ladder|crate|box",
            "in|inside ~2 a|the|his|her ? garage ~6 car|engine|truck|vehicle|motor|generator ~1 "
            "running|on|idling|started",
            "car|engine|truck|vehicle|motor|generator ~1 running|on|idling ~6 in|inside ~2 a|the|"
            "his|her ? garage",
            # "sitting in the running car in the garage", "in the garage in the running truck"
            "running|idling|started car|engine|truck|vehicle|van|suv ~4 in|inside ~2 a|the|his|"
            "her ? closed|shut|locked ? garage",
            "in|inside ~2 a|the|his|her ? closed|shut|locked ? garage ~6 running|idling car|"
            "engine|truck|vehicle|van|suv",
            "set|setting|sets|lit|lighting|light|lights|poured+gasoline+on ~2 himself|herself|"
            "themselves|myself ~2 on ? fire|ablaze|alight",
            "self-immolation|self+immolation|immolate",
            "self-inflicted|self+inflicted",
            # told indirectly: "she did something to herself", "he's done something to himself"
            f"did|done|doing ~1 something|anything|somethin|smth ~1 to {SELF}",
            # "possible hanging", "poss hanging", "near hanging", "possibly hanging in the
            # closet" (not "possibly hanging out")
            "possible|poss|possibly|apparent|apparently|suspected|maybe|might+be|may+be|"
            "could+be|attempted|partial|near|near-hanging hanging|hangin",
            # an appliance in the bath: "in the tub with the hair dryer plugged in"
            "in|into ~2 the|a|her|his ? bath|bathtub|tub ~4 with ~4 toaster|"
            "hair+dryer|hairdryer|radio|space+heater|heater|curling+iron|extension+cord",
            # a blade in the bath: "in the bathtub with a razor", "the bath water is red"
            f"in ~2 the|a|her|his ? bath|bathtub|tub ~3 with ~2 a|the|her|his|some ? "
            f"{alt(BLADE, 'razor|razors|razor+blade|razor+blades|box+cutter|glass')}",
            "bath|bathtub|tub|bath+water|water ~3 is|was|turned|turning|all ~1 red|bloody|pink",
            "car|engine|truck|vehicle|motor ~2 running|on|idling|started ~4 in ~2 the|a|his|her|"
            "their ? closed|locked|shut ? garage",
            "started|starting|start|running|turned+on|left+running|idling ~1 the|his|her|a ? "
            "car|engine|truck|vehicle|motor ~6 garage ~2 door|doors ~1 closed|shut|down",
            "started|starting|start|running|turned+on|left+running|idling ~1 the|his|her|a ? "
            "car|engine|truck|vehicle|motor ~2 with ~2 the|a ? garage ? door|doors ~1 "
            "closed|shut|down",
            "closed|shut|locked garage ~4 car|engine|truck|vehicle|motor ~2 running|on|idling|"
            "started",
            "in|inside ~2 a|the|his|her ? closed|shut|locked garage",
            "carbon monoxide ~3 car|garage|charcoal|grill|himself|herself|intentional",
            "sitting|sits|locked ~2 in ~2 the|his|her|a ? car ~6 engine|motor running",
            "hose|tube|tubing ~3 exhaust|tailpipe|tail+pipe",
            "gas|oven ~2 on ~4 head|himself|herself|inside",
            "head ~2 in ~2 the|an ? oven",
            "plastic|a bag ~2 over ~2 his|her|their ? head",
            "plastic ~1 bag|bags ~2 on|around ~2 his|her|their|own ? head|face",
            "taped|tied|sealed|taping|tying ~4 bag|plastic ~4 head|neck|face",
            "helium|charcoal ~3 tent|bag|room|car|himself|herself",
            # the attempt named with typos and CAD shorthand: "att suicide", "SUIC ATT",
            # "attemped suicide", "tryed to kill hisself", "tried killing himself"
            f"{ATTEMPT} {SUICIDE}",
            f"{SUICIDE} {ATTEMPT}",
            f"{ATTEMPT} ~1 to ~1 commit|comit|committing|commiting {SUICIDE}",
            f"{ATTEMPT} ~1 to ~1 {DIE_VERBS} ~2 {SELF}|life|lives",
            f"{ATTEMPT} ~1 to ~1 take|end ~1 his|her|their|my ? own ? life",
            f"{ATTEMPT} killing|ending|hanging|shooting|drowning|cutting|overdosing|poisoning|"
            f"offing|strangling|suffocating|stabbing|electrocuting ~2 {SELF}|life|it",
            "attempt|attempts|try ~1 on ~1 his|her|their|my ? own life",
            "took|taken|taking ~1 his|her|their|my own life",
            "apparent|apparently|possible|suspected|likely|probable|poss suicide",
            "just|has|possibly|apparently|may+have|might+have committed|commited suicide",
            # hanging, strangling, a ligature put on
            f"hanging|hanged|hung|hangin|hunged|hangged|hangs {SELF}",
            f"strangle|strangling|strangled|choke|choking|choked|asphyxiate|asphyxiating|"
            f"suffocate|suffocating|smother|smothering ~1 {SELF}",
            "put|puts|putting|tied|tying|ties|wrapped|wrapping|placed|looped|looping|"
            "tightened|tightening|knotted ~4 around|round ~2 his|her|their|own ? neck|throat",
            "is|was|'s|are|were|been|currently|still|now|body|someone|somebody|person|"
            "subject|pt|patient|victim|juvenile|teen ~1 "
            "hanging|hung ~3 from|in ~2 the|a|his|her ? garage|basement|closet|tree|shower|"
            "bathroom|stairwell|attic|shed|barn|rafters|rafter|ceiling|door|bedroom|beam|"
            "closet+rod|rod|banister|pipe|fan|bridge|railing|hook",
            "found|discovered ~3 hanging|hanged|hung ~0 .|,|;|!|in|from|by|off",
            "saw|sees|seen|see|spotted|observed|noticed|finds ~3 hanging|hanged|hung in|from|by "
            "~2 the|a|an|his|her ? garage|basement|closet|tree|shower|bathroom|stairwell|attic|"
            "shed|barn|rafters|rafter|ceiling|beam|closet+rod|rod|banister|pipe|fan|neck|rope|"
            "belt|cord|noose|sheet|extension+cord",
            # drowning, burning, russian roulette, electrocution
            f"drown|drowning|drowned|drowns {SELF}",
            f"doused|dousing|douse|soaked|soaking|drenched|drenching|poured|pouring|covered|"
            f"covering ~2 {SELF} ~2 in|with ~2 {ACCELERANT}",
            f"poured|pouring|pours|dumped|dumping ~2 {ACCELERANT} ~2 on|over|all+over ~1 "
            f"{SELF}",
            f"poured|pouring|pours|dumped|dumping ~2 {ACCELERANT} ~2 on|over|all+over ~1 "
            f"his|her|their ? own ? head|body|clothes",
            f"covered|soaked|drenched|doused in|with ~1 {ACCELERANT}",
            "russian roulette",
            # CAD: "ATTEMPTED OD", "OD ATTEMPT", "HANGING ATTEMPT", "SA BY OD",
            # "SI W/ ATTEMPT", "INT OD", "OD WITH INTENT"
            f"{ATTEMPT_NOUN} overdose|overdosing|hanging|ingestion|jump|jumping",
            f"overdose|hanging|ingestion|jump|jumping {ATTEMPT_NOUN}",
            # ("SA" is also sexual assault: only methods nobody assaults with)
            "sa|s/a ~1 by|via|w/|with ~1 overdose|pills|hanging|ingestion|ligature|drowning|"
            "cutting|cut|laceration|lacerations|slitting|slit|jumping|jump|carbon+monoxide|"
            "co|self-inflicted|wrist|wrists",
            "suicidal_ideation|suicidal ~2 with|w/ ~1 attempt|atmpt|att",
            "int|intent|intentional|intentionally|deliberate|purposeful overdose|ingestion|"
            "overdosed|ingested",
            "overdose|overdosed|ingestion|ingested ~2 with|w/ ~1 intent",
            # told further on: "INGESTION: ~20 benadryl + mom's xanax, per PC intentional"
            "overdose|overdosed|ingestion|ingested ~16 intentional|intentionally|deliberate|"
            "deliberately|purposely|purposeful|on+purpose",
            "charcoal|hibachi|coals ~6 closed|sealed|taped|locked|shut|small ~3 room|"
            "bathroom|bedroom|car|door|doors|window|windows|vents|closet|tent",
            "burning|burned|lit|lighting ~2 charcoal|coals ~3 in|inside ~2 the|a|his|her ? "
            "car|bathroom|bedroom|closet|room|tent",
            "charcoal|coals|hibachi ~2 burning|lit|smoldering|smouldering ~3 in|inside|on ~2 the|"
            "a|his|her ? car|truck|van|vehicle|bathroom|bedroom|closet|room|tent|floor|"
            "back+seat|backseat",
            "generator|grill|hibachi|charcoal ~2 running|burning|lit|on ~3 in|inside ~2 a|the|"
            "his|her ? closed|sealed|locked|shut|taped ~1 bedroom|room|bathroom|closet|car|"
            "tent|garage",
            # suicide by cop: "wants the police to shoot him", "told officers to kill her",
            # "said the cops would have to shoot him"
            "suicide by ~1 cop|cops|police",
            "wants|wanted|wanting|want|asking|asked|begging|begged|trying|tried|daring|dared|"
            "told|telling|tells|yelling+at|screaming+at|get|getting|make|making ~3 police|cops|"
            "officers|officer|deputies|deputy|swat|law+enforcement|pd ~1 to ? shoot|kill ~1 him|"
            "her|them|me",
            "police|cops|officers|deputies|swat ~2 would|will|'ll|'d|are|were|is|going|gonna "
            "~2 to? have|need ~1 to ~1 shoot|kill ~1 him|her|them|me",
            f"electrocute|electrocuting|electrocuted ~1 {SELF}",
            "toaster|hair+dryer|hairdryer|radio ~3 in|into ~2 the ? bath|bathtub|tub",
            # swallowing objects
            "swallowed|swallowing|swallow|ate|eating|ingested razor+blades|razorblades|"
            "razor+blade|razors|batteries|glass|broken+glass|screws|nails|tacks|needles|"
            "pins|thumbtacks",
        ),
        own_lookalikes=(
            # another's hands on a neck is strangling, not a ligature: "he put his hands
            # around her neck" (violence)
            "put|puts|putting|had|has|wrapped|wrapping|placed ~1 his|her|their|both ~1 hands|"
            "hand|arm|arms|fingers ~1 around|round|on ~2 his|her|their|own ? neck|throat",
        ),
        lookalikes=(
            "possibly|maybe|might+be|may+be|could+be hanging|hangin out|around|with|at|"
            "there|outside|by|near|loose|up|over|down|onto|behind|somewhere",
            "hanging out|around|up|from|on|off|pictures|picture|clothes|laundry|lights|"
            "decorations|flyers|signs|sign|with|at|there|outside|by|near|behind|loose|over|"
            "down|onto|in+there|in+the+lobby|in+front",
            "hanging ~2 christmas|holiday|halloween|string|fairy|party|twinkle ~1 lights|"
            "decorations",
            "hung out|around|up|over|with|the+phone|up+on",
            "put|puts|putting|tied|tying|ties|wrapped|wrapping|placed|looped|looping ~1 a|the|"
            "his|her|their ? scarf|scarves|tie|necktie|bandana|lanyard|necklace|chain|towel|"
            "bandage|ice+pack|neck+brace|neck+pillow|collar|bib|cape ~4 around|round ~2 his|"
            "her|their|own ? neck|throat",
            "suicide by ~1 cop|cops|police ~2 movie|film|show|song|video|game|documentary|"
            "podcast|book|training|class",
            "tied|tying|ties|hung|hanging|attached|attaching|fastened|looped|looping|knotted|"
            "rigged|rigging|strung ~3 a|the|his|her|their ? rope|ropes|cord|sheet|sheets|"
            "towel|shirt|scarf ~8 swing|tire+swing|hammock|clothesline|laundry|tarp|tent|shade|"
            "boat|canoe|kayak|dog|leash|load|bike|decorations|lights|flag|banner|curtain|"
            "privacy|dry|drying|bird+feeder|feeder|pinata",
            "noose|hanging|ligature ~3 graffiti|drawing|drawn|picture|painted|sign|"
            "decoration|decorations|halloween|prop|props|costume",
            f"history|hx|previous|prior|past|old of {up_to(3, HX_FILL)} suicide|"
            f"suicidal|attempt|attempts",
            "prior|previous|past|old|history|hx suicide|suicidal attempt|attempts",
            "suicide attempt|attempts ~3 ago|years|last|previous|prior|in+the+past|in+2019",
            "car|engine|truck ~3 running ~6 garage ~3 warm|warming|fix|repair|working|work|"
            "mechanic",
            "car|engine|truck|vehicle|motor|generator ~2 running|on|idling ~6 in|inside ~2 a|the|"
            "his|her ? garage ~8 open|opened|outage|power+out|warm|warming|charging|working|"
            "repair|fixing|mechanic",
            "running|idling|started car|engine|truck|vehicle|van|suv ~6 garage ~8 open|opened|"
            "outage|power+out|warm|warming|charging|working|repair|fixing|mechanic",
            "in|inside ~2 a|the|his|her ? garage ~6 running|idling car|engine|truck|vehicle|van|"
            "suv ~8 open|opened|outage|power+out|warm|warming|charging|working|repair|fixing|"
            "mechanic",
            "generator ~2 running|on ~6 garage|shed|porch|yard|driveway ~6 outage|power|storm|"
            "open|opened",
            "cut|took him|her|them down ~1 to|from ~2 size|the",
            "hanging|hung ~3 sheet|sheets|blanket|blankets|towel|towels|tarp|tarps|curtain|"
            "curtains|clothes|laundry|jacket|coat|banner|flag|flags|picture|pictures|plant|"
            "lights|sign|mirror|tv",
            "rope|cord|belt|sheet ~4 tied|tied+to|attached ~4 tent|tarp|dog|boat|shopping+cart|"
            "cart|bike|bag|fence|car|truck|trailer",
            f"drown|drowning|drowned {SELF} ~2 in|with ~1 work|sorrows|alcohol|booze|liquor|"
            f"beer|paperwork|debt|music|video+games|perfume|cologne",
            "possible|poss|apparent|likely|suspected suicide risk|threat|threats|ideation|"
            "talk|concerns|concern|watch|screening|note|notes",
            f"{HUNG_THINGS} ~4 hanging|hung|hangs|dangling ~3 from|in|on|off|over|out ~2 the|a|"
            f"an|his|her|their|my ? ~2 {alt(HANG_PLACES, HIGH_PLACE)}",
            "found|discovered|saw|sees|seen|see|spotted|observed|noticed|finds ~3 hanging|hung ~2 "
            "out|around|up|with|at|out+at|on+the+corner",
            "covered|soaked|drenched|doused in|with ~1 gasoline|gas|oil|diesel|fuel ~3 "
            "from|after|while|at+work|at+the+station|pumping|filling|spilled|spill|"
            "the+car|engine|mechanic",
            "took|taken|taking ~1 his|her|their|my own life ~3 years|ago|last|in+20|back",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "suicide_attempt.ingestion",
        CODE,
        "took a large quantity of pills or poison",
        patterns=(
            f"{INGEST} ~3 {QUANTITY} ~5 {PILLS}",
            f"took|taken|swallowed|swallowing|downed|popped|overdosed|ingested|od ~2 all|"
            f"everything|them+all|all+of+them|the+whole+bottle|the+whole+thing|a+bunch|"
            f"a+handful|the+entire+bottle|the+whole+pack",
            f"{INGEST} the ~2 {PILLS}",
            f"{INGEST} ~2 {POISON}",
            # "drank some of the paraquat out of the shed"
            f"{INGEST} ~1 some|part|half|most|all ~1 of ~1 the|his|her|a ? {POISON}",
            "intentional|intentionally|purposely|deliberate|deliberately|on+purpose|"
            "purposeful|purposefully|suicidal|self-inflicted overdose|od|overdosed|took|"
            "ingestion|ingested|swallowed|poisoning",
            "overdose|overdosed|overdoes|od|oded|took ~4 on ~1 purpose",
            # "took a lethal dose", "might have taken a fatal amount"
            "lethal|fatal|deadly dose|doses|amount|amounts|quantity|overdose",
            # "taking pills one at a time while on the phone with RP"
            f"{INGEST} ~2 {PILLS} ~1 one ~1 at ~1 a ~1 time|one+by+one|right+now|as+we+speak",
            # swallowed in a fight, to make a point: 'swallowed her Xanax to "show her"'
            f"{INGEST} ~4 {PILLS} ~2 to ~1 '|\"? show|prove|scare|punish|spite|teach ~1 her|him|"
            f"them|me|you|everyone|a+lesson",
            # the pills at hand and an amount she won't give: 'with a bag of pills opened, she
            # says she took "some"'
            f"{PILLS} ~10 took|swallowed|ate|taken|popped ~1 '|\"? some|a+few|several|"
            f"a+couple|a+bunch '|\"? .|,|;|!|NL|and|but",
            f"empty ~2 {PILLS} bottle|bottles|package|packages|packs|box|boxes|blister|"
            f"packets|containers|container",
            f"empty|emptied ~1 bottle|bottles|package|packages|packs|box|boxes|blister|packets|"
            f"containers|container ~1 of ~2 {PILLS}",
            f"{PILLS} bottle|bottles|packets|containers ~2 empty|emptied",
            f"{PILLS} ~3 missing|gone ~3 from ~2 the|his|her ? bottle|cabinet|drawer",
            f"counted|counting|counts|lined|lining|laid|laying|sorted|sorting|set|setting ~1 "
            f"out|up ~3 {PILLS}|them",
            f"{PILLS} ~3 counted|lined|laid|set|spread ~1 out|up",
            # "took an overdose", "OD intentional", "took pills" (no owner, no routine),
            # "unk how many pills she took", "took whatever pills were in the cabinet",
            # "mixed pills and alcohol"
            "took|taken|taking|takes ~1 an|a ? overdose|overdoses",
            f"{INGEST}|chewed|chewing ~8 bottle|bottles|handful|handfuls|box|pack|sheet|strip "
            f"~1 of ~2 his|her|their|my|the ? {PILLS}",
            f"overdose|overdosed|overdosing|oded|oding|od'ing on|of ~2 his|her|their|my|own ? "
            f"{NONRECREATIONAL}",
            "overdose|overdosed|overdosing|oded|oding|od'ing ~2 on ~1 purpose",
            # the purpose said after the pills: "took unk amt of xanax, states she wanted to
            # sleep forever" (longer than the "took xanax to sleep" look-alike)
            f"{INGEST} ~4 {QUANTITY}? ~2 {PILLS} ~8 die|be+dead|sleep+forever|"
            f"never+wake+up|not+wake+up|end+it|end+things|end+it+all|kill+herself|"
            f"kill+himself|kill+myself|end+her+life|end+his+life|end+my+life|be+done",
            # "not sure how many she took", "unk how much he swallowed"
            "how many|much he|she|they|pt|subj|patient|i|it ~1 took|swallowed|ingested|"
            "taken|downed|popped|has+taken|had+taken|may+have+taken|took+of",
            # "empty blister packs in the trash", "an empty pill bottle on the nightstand"
            "empty|emptied blister+pack|blister+packs|blister+packets|pill+bottle|pill+bottles|"
            "pill+packets|medicine+bottle|medicine+bottles|medication+bottle|"
            "medication+bottles|prescription+bottle|prescription+bottles|pill+box|pillbox|"
            "pill+organizer|pill+case",
            "blister+pack|blister+packs|blister+packets|pill+bottle|pill+bottles|"
            "pill+organizer|pillbox|pill+box ~2 empty|emptied|all+empty",
            # "she had the pills in her mouth", "tablets in his mouth"
            "pills|tablets|capsules|tabs|pils ~2 in ~1 his|her|their|my mouth",
            # "took them 20 minutes ago, a whole bottle of his wife's ambien"
            f"{INGEST} ~8 whole|entire|full|complete bottle|bottles|pack|box|sleeve|strip|"
            f"packet|blister|card|month's+supply ~1 of ~4 {PILLS}",
            f"{LOOSE_PILLS}|pill+bottles|pill+bottle|medication+bottles|medicine+bottles|"
            f"empty+bottles ~2 everywhere|scattered|strewn|all+over|spilled|around+her|"
            f"around+him",
            "overdose|overdosed|overdosing|oded ~2 intentional|intentionally|deliberate|"
            "deliberately|purposely|purposefully|self-inflicted|self+inflicted",
            f"took|taken|taking|swallowed|swallowing|ingested|ingesting|downed|popped|tooken|"
            f"swallowd|swalowed some|several|a+few|unknown|extra|random|more ? {LOOSE_PILLS}",
            f"how many|much ~3 {PILLS}|of+them|of+the+pills ~3 took|taken|swallowed|ingested|"
            f"downed|took|had",
            f"took|taken|swallowed|ingested|downed|ate|popped ~1 whatever|everything|anything "
            f"~4 {PILLS}|medicine+cabinet|med+cabinet|pill+box|pillbox|pill+organizer",
            f"mixed|mixing|mixes|mix|combined|combining ~3 {PILLS} ~3 and|with|&|plus ~3 "
            f"alcohol|booze|liquor|vodka|whiskey|wine|beer|beers|drinking|drinks|rum|tequila",
        ),
        lookalikes=(
            f"took|taken|taking|takes|take his|her|their|my ? prescribed|daily|normal|regular|"
            f"usual|morning|night|nightly|evening|scheduled|blood+pressure|heart|diabetes|"
            f"seizure ~1 {PILLS}",
            f"{INGEST} ~3 {PILLS} ~3 as ~1 prescribed|directed|usual|scheduled",
            f"{INGEST} ~3 {PILLS} ~8 as ~1 usual|prescribed|directed|always|every+day|"
            f"every+night",
            f"took|taken|taking|take|takes ~4 {PILLS} ~1 out|out+of|from ~4 to ~1 bring|take|"
            f"return|give|drop|show|dispose|throw|hide|lock|count|sort",
            f"not|n't|nt|never|hasn't|hasnt|refuses|refused|refusing|stopped|stop|forgot|"
            f"forgetting|forgets|off|without|quit|missed ~1 taking|take|took|his|her|their|"
            f"the ? {PILLS}",
            f"took|taking|takes|take ~3 the|his|her|their ? {PILLS} away|from",
            "drinking|drank|drink|drinks|drinking from the ? bottle",
            "drank|drinking|drinks|drink|downed|chugged ~3 bottle|bottles|handful|all|lot|lots|"
            "whole|entire|half|bunch|box|pack|case ~2 of ~1 a ? wine|vodka|whiskey|beer|beers|"
            "liquor|booze|alcohol|gin|rum|tequila|water|soda|juice|coffee|milk|cola|coke|"
            "pepsi|gatorade|brandy|bourbon|scotch|hennessy|mouthwash",
            "drank|drinking|drinks|drunk|drink|downed|chugged ~3 all|whole|entire|bottle|lot|"
            "lots|bunch|half ~3 day|night|afternoon|evening|weekend",
            f"took|taken|taking|takes|swallowed ~3 rat ~3 poison ~3 to|for the ? rats|mice|yard|"
            f"garage",
            "took|taking|takes|take|brought|bringing|carry|carrying|carried a|the|his|her|some ? "
            "bottle|bottles|cans to|from|back|out|home|into|away",
            "taking|took|take|takes all|everything|the+rest|it with|to|from|out|back|home|away|"
            "off|in|up",
            "take|taking|took|takes it ~2 easy|out|back|apart|seriously|personally|off|down|up|"
            "home|away|over",
            "took|taking|take|takes all ~2 day|night|morning|afternoon|week|the+time|my|his|her|"
            "their ~2 money|stuff|things|clothes|belongings|time|food",
            "took|taking|take|takes|ate|eating|eat ~2 all ~2 the|his|her|my ? food|cake|candy|"
            "cookies|snacks|chips|pizza|money",
            "did|done|doing|used|uses ~2 all|everything|a+lot|lots|the+whole|the+bottle ~2 "
            "he|she|they|could|can|possible|they+could|work|chores|dishes|laundry",
            "did|done|doing it all",
            "popped|popping|pop a|the|his|her ? tire|tires|balloon|balloons|trunk|hood|wheelie|"
            "collar|question|in|over|out|up",
            "took|takes|taking|take the ~2 bus|train|car|kids|dog|trash|stairs|elevator|lead|"
            "blame|fall|call|test|exam|money",
            f"{INGEST} ~3 {PILLS} ~4 to ~1 sleep|relax|calm|party|get+high|feel+better|"
            f"stay+awake",
            f"{INGEST} ~6 not ~2 to ~1 hurt|kill|harm|die",
            "did|doing|done|used some|a|the ? drugs|dope|meth|coke|cocaine|molly|ecstasy|lsd|"
            "acid|shrooms|weed|pot|crack",
            f"{INGEST} ~3 {PILLS} ~2 to ~2 the|his|her ? pharmacy|doctor|hospital|clinic|nurse|"
            f"police|car|house|back|station",
            "all|whole|entire|bottle|lot|lots ~1 of ~1 water|wine|beer|vodka|liquor|soda|juice",
            "took|taken|taking|brought|bringing ~2 the|a ? whole|entire ~1 bottle|bottles|case ~1 "
            "of ~2 wine|vodka|liquor|whiskey|beer|beers|soda|water|juice|booze|tequila|rum|gin|"
            "champagne|alcohol|ketchup|shampoo|lotion",
            "took|taking|takes|take|grabbed|ate|eating|eats|stole ~1 a|the ? handful|handfuls|"
            "bunch|lot|box|bag|pack|fistful ~2 of ~2 candy|chips|cookies|food|snacks|gum|money|"
            "cash|napkins|flyers|stuff|things|items|change|mints|samples|condiments|brochures|"
            "ketchup|sugar|packets|straws|merchandise|beer|beers|cans|fruit|razors|"
            "razor+blades|batteries|gift+cards|cards|phones|headphones|clothes|shirts|makeup|"
            "cosmetics|perfume|tools|jewelry|lighters|photos|pictures|pics|videos|selfies|"
            "notes|shots|breaks|flyers|papers|books|clothes|groceries|trash|cans|bottles",
            "popped|popping|pops|pop ~4 balloons|balloon|bubble|bubbles|wrap|popcorn|tire|tires|"
            "fireworks|firecrackers|caps|corks|pimples|zit",
            f"{INGEST} ~3 {PILLS} ~3 for ~2 her|his|their|my|a|the ? headache|pain|migraine|cold|"
            f"allergies|allergy|back|tooth|toothache|fever|cramps|anxiety|sleep|nerves|flu|"
            f"period|arthritis|hangover",
            f"took|taken|taking|stole|steal ~3 {PILLS} ~2 from|off|out+of ~2 the|a ? shelf|"
            f"shelves|store|counter|pharmacy|register|car|truck|locker|display|cart",
        ),
        forbids=ACCIDENTAL_INGESTION,
        guard=dated_past_guard,
    ),
    Rule(
        "suicide_attempt.ingestion_with_talk",
        CODE,
        "took pills or anything, with suicidal talk in the narrative",
        patterns=(
            f"took|taken|taking|swallowed|swallowing|ingested|ate|downed|consumed|drank|"
            f"popped|overdosed|od|injected|did ~4 {PILLS}|something|anything|stuff|everything|"
            f"whatever",
            "overdose|overdosed|od|oded|overdosing",
            f"{PILLS} ~2 taken|swallowed|ingested",
            # "drank some of the paraquat", "drank most of a jug of antifreeze"
            f"{INGEST} ~6 {POISON}",
            f"washing|washed|wash|washes ~1 down ~3 {PILLS}|them|it|handfuls|handful",
            f"{PILLS} ~3 washed|washing ~1 down",
            f"chewed|chewing|chewed+up ~3 {PILLS}",
            f"mixed|mixing|mixes|mix|combined|combining ~3 {PILLS}",
        ),
        lookalikes=(
            f"took|taken|taking|takes his|her|their|my ? prescribed|daily|normal|regular|usual|"
            f"morning|night|nightly|evening|scheduled ~1 {PILLS}",
            f"not|n't|nt|never|hasn't|hasnt|refuses|refused|stopped|forgot|off|without|quit ~1 "
            f"taking|take|took ~2 his|her|their|the ? {PILLS}",
            # "took something from the shelf", never "took something and wants to die"
            "took|taking|take ~2 something|anything|stuff from|out|to|with|back|off|over|home",
            f"history|hx|previous|prior|past|old {up_to(3, HX_FILL)} overdose|"
            f"overdoses|od|ods",
        ),
        requires=SUICIDAL_TALK,
        forbids=ACCIDENTAL_INGESTION,
        guard=dated_past_guard,
    ),
    Rule(
        "suicide_attempt.ingestion_intent",
        CODE,
        "about to take the pills or poison that are at hand",
        patterns=(
            f"going|gonna|about|plans|planning|planned|wants|threatening|threatened|threatens|"
            f"intends|ready|says|said|will|'ll|fixing ~2 to ? take|swallow|down|eat|drink|"
            f"overdose|od|pop ~4 them|pills|{PILLS}",
            # "plans to take all of it tonight" (the bottle in her hand)
            "going|gonna|about|plans|planning|planned|wants|threatening|threatened|threatens|"
            "intends|ready|says|said|will|'ll|fixing ~2 to ? take|swallow|down|drink ~1 all|"
            "every|the+whole|the+entire ~2 of ? it|them|these|those|bottle|thing",
            # "is going to take it all tonight"
            "going|gonna|about|plans|planning|wants|threatening|threatens|will|'ll ~2 to ? "
            "take|swallow|down ~1 it|them ~1 all",
            f"{PILLS} ~4 in ~2 front ~1 of ~1 her|him|them",
            # all of them made ready to drink: "put all her husband's leftover morphine in a
            # cup of tea"
            f"put|puts|putting|mixed|mixing|mixes|crushed|crushing|dissolved|dissolving|"
            f"dumped|dumping|poured|pouring|stirred|stirring|emptied|emptying ~1 all|every|"
            f"the+whole|the+entire ~5 {PILLS} ~3 in|into ~2 a|her|his|their|the|my ? cup|glass|"
            f"mug|tea|coffee|drink|juice|water|wine|soda|vodka|whiskey|smoothie|milk|bowl",
            # "has a bottle of rat poison in front of her and is going to drink it"
            "going|gonna|about|plans|planning|wants|threatening|threatens|will|'ll|ready ~2 to ? "
            "drink|swallow|chug|eat|inject ~1 it|that|this|some|them",
        ),
        lookalikes=(
            f"going|gonna|about|plans|wants|ready|says|said|will|'ll ~2 to ? take ~3 {PILLS}|them "
            f"~1 to|back|home|the+pharmacy|as+prescribed|later|with|in+the+morning|to+the",
            "going|gonna|about|plans|planning|wants|ready|says|said|will|'ll ~2 to ? take|drink ~1 "
            "all|every|the+whole|the+entire ~2 of ? it|them|bottle|thing ~1 to|back|home|"
            "the+pharmacy|as+prescribed|later|with|in+the+morning|to+the|outside|away|out",
            # her usual meds, not "all the pills in her bag"
            f"going|gonna|about|will|'ll|says|said|saying|states|stated ~2 to ? take "
            f"his|her|their ? {ROUTINE}? {ROUTINE}? {PILLS}",
        ),
        requires=PILLS_OR_POISON_AT_HAND,
    ),
    Rule(
        "suicide_attempt.pills_gone",
        CODE,
        "the bottle of the pills named is empty or the pills are gone",
        patterns=(
            "bottle|bottles|box|boxes|pack|packs|packet|packets|blister|container|pill+bottle|"
            "pill+bottles|prescription ~2 is|was|are|were|now|found|left|all ~1 empty|emptied|"
            "half+empty|half-empty",
            f"{PILLS_AT_HAND} ~2 is|are|were|was|all ~1 gone|missing",
        ),
        lookalikes=(
            "empty|emptied|gone|missing ~6 refill|refills|pharmacy|renew|prescription|script|"
            "ran+out|run+out|runs+out|needs+more|recycle|recycling|stolen|stole|theft",
        ),
        requires=Context(
            "pills_named",
            patterns=(PILLS_AT_HAND,),
            lookalikes=(MEDS_AS_TREATMENT,),
            within=15,
        ),
        forbids=(
            ACCIDENTAL_INGESTION,
            Context(
                "refill_or_theft",
                patterns=(
                    "refill|refills|ran+out|run+out|runs+out|running+out|out+of|renew|"
                    "stolen|stole|steal|stealing|theft|took+them+to|flushed|threw+away|"
                    "threw+out|disposed|took+them+away|took+away|locked+up",
                ),
                within=12,
                affirmed=False,
            ),
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "suicide_attempt.ingestion_of_them",
        CODE,
        "took a number or all of the pills named earlier ('took 40 of them')",
        patterns=(
            "took|taken|swallowed|ingested|downed|popped|ate|chewed NUM|all|half|most|dozens|"
            "bunch|lot|handful|several|twenty|thirty|forty|fifty|ten|fifteen ~2 of ~1 them|those|"
            "these|it",
        ),
        lookalikes=(
            "took|taken|ate ~4 of ~1 them|those|these|it ~2 to|with|from|out|back|home|away|"
            "outside|inside|off|apart|down",
        ),
        requires=PILLS_OR_POISON_AT_HAND,
        forbids=ACCIDENTAL_INGESTION,
        guard=dated_past_guard,
    ),
    Rule(
        "suicide_attempt.cutting",
        CODE,
        "cut themselves or their wrists",
        patterns=(
            f"cut|cuts|cutting|slit|slitting|slashed|slashing|sliced|slicing|stabbed|stabbing|"
            f"carved|carving|burned|burning|cuting|cutted|cuttin|slitted|sliting|slashd {SELF}",
            f"has|had|have|already ~1 hurt|harmed|injured {SELF}",
            f"cut|cuts|cutting|slit|slitting|slashed|slashing|sliced|slicing|opened|gashed|"
            f"carved|carving|cuting|cutted|cuttin|slitted|sliting up|open|into ? his|her|their|"
            f"both ? own ? wrist|wrists|arm|arms|"
            f"throat|veins|neck|thighs|thigh|forearm|forearms",
            # "she has been cutting on her arms" (the act, not "a cut on his arm")
            "cutting|slicing|slashing|carving|cuttin|cuting on ? his|her|their ? own ? wrist|"
            "wrists|arm|arms|forearm|forearms|thigh|thighs|legs|leg|stomach",
            # "cutting on herself", "used a razor on her arms", "carving into her arm",
            # "cutting her legs", "wrists are bleeding", "fresh cuts on her arms"
            f"cut|cuts|cutting|slicing|sliced|slashing|slashed|carving|carved on|up|into "
            f"{SELF}",
            f"cutting|slicing|slashing|carving|scratching|cut+up|sliced+up|slashed+up ~1 "
            f"into|on ? his|her|their ? own ? legs|leg|thighs|stomach|belly|skin|body|ankles",
            f"carving|carved|carve|scratching|etching|etched|digging ~1 into|on|up ~2 his|her|"
            f"their ? own ? arm|arms|wrist|wrists|skin|leg|legs|thigh|thighs|body|stomach|"
            f"forearm|forearms",
            f"used|using|uses|took|taking|grabbed ~3 {alt(BLADE, 'razor|razors|glass|shard|blade')} "
            f"~3 on|to ~1 {SELF}",
            f"used|using|uses|took|taking ~3 {alt(BLADE, 'razor|razors|glass|shard|blade')} "
            f"~3 on|to ~1 his|her|their ? own ? arm|arms|wrist|wrists|legs|thighs|forearm|"
            f"forearms|skin|stomach",
            "wrists ~2 bleeding|slit|slashed|sliced|gashed|bloody|cut+open|cut+up",
            "bleeding ~3 from|at ~2 his|her|their|both|the ? wrist|wrists",
            # "daughter is in the bathroom cutting, door locked" (not "cutting his hair")
            "in ~2 the|her|his|their ? bathroom|bedroom|room|closet|shower ~1 cutting ~0 .|,|;|"
            "!|again|herself|himself|and|right+now|now|with|on",
            "his|her|their|both wrists cut|slit|slashed|sliced|gashed",
            "wrist ~2 slit|slashed|gashed|cut+open",
            "fresh|new|deep|open|bleeding|gaping self-inflicted? cuts|cut|lacerations|"
            "laceration|slashes|gashes|wounds ~3 arm|arms|wrist|wrists|forearm|forearms|legs|"
            "thighs|thigh",
            "self-harm|self-harming|self-harmed|self+harm|self+harming|self-injury|"
            "self-mutilation|self+mutilation|self-mutilating|selfharm",
            "actively|currently|still|been|is|was|started|keeps self-harming|cutting ~0 .|,|"
            "again|right+now|now|tonight",
            "cut|cuts|slit|slits|gash|gashes|laceration|lacerations ~3 wrist|wrists|forearm|"
            "forearms",
            "self harming|harmed|injuring|injured|mutilating",
            f"lacerated|lacerating|gashed|gouged|gouging ~1 his|her|their|both ? own ? "
            f"wrists|{alt(SELF)}",
            # "a knife to her throat" is a threat to someone else: throat, neck and arms need
            # "own" (patterns above)
            f"{CUTTER} ~3 to|against|across ~1 his|her|their|both ? own ? wrist|wrists|veins",
            f"took|taking|takes|take ~3 {CUTTER} ~1 to ~1 his|her|their|both ? own ? arm|arms|"
            f"forearm|forearms|thigh|thighs|legs|skin|wrist|wrists|body|stomach",
            "cut|cuts|slit|gash|gashes|laceration|lacerations ~2 on ~1 her|his|their|both ? "
            "wrist|wrists",
            f"{alt(BLADE, 'razor|razors|glass|shard')} ~3 to|against|on|across ~1 his|her|"
            f"their ? own ? wrist|wrists|veins",
            f"{alt(BLADE, 'razor|razors|glass|shard')} ~3 to|against|on|across ~1 his|her|"
            f"their ? own throat|neck|arm|arms",
            f"{CUTTER} ~3 to|against|on|across|into ~1 {SELF}",
            # "pressing a knife into his arm", "digging the scissors into her wrist"
            f"pressing|pressed|presses|pushing|pushed|digging|dug|jabbing|jabbed|dragging|"
            f"dragged|holding|held ~3 {alt(CUTTER, 'scissors|scissor')} ~2 into|against|to|"
            f"across|on ~1 his|her|their|own ? own ? arm|arms|forearm|forearms|wrist|wrists|"
            f"skin|leg|legs|thigh|thighs|stomach|veins",
        ),
        lookalikes=(
            f"cut|cutting|cuts|burned|burnt|hurt|injured {SELF} ~3 shaving|cooking|chopping|"
            f"slicing|accident|accidentally|accidental|while|by|with+a+piece|glass|paper|"
            f"fence|mistake|tool|knife+while|at+work|working|playing|falling|fell",
            f"cut|cutting|cuts|burned|burnt|hurt|injured {SELF} on ~2 a|the|some|broken ? "
            f"glass|fence|nail|nails|metal|can|wire|edge|paper|piece|tin|sharp|stove|grill|"
            f"pan|oven|iron|counter|table|door|window|bike|machine|saw",
            f"accidentally|accidental|accident cut|cuts|burned|hurt {SELF}",
            "cut|cuts|cutting his|her|their|own ? arm|arms|hair|nails|hand|finger|fingers "
            "on|while|cooking|chopping|shaving|accidentally|by",
            f"history|hx|past|previous|prior|old {up_to(3, HX_FILL)} self-harm|"
            f"self|cutting|scars|cuts",
            # a screening question (its answer is what counts): "asked about self harm, no cuts"
            "asked|ask|asking|screened|screening|questioned|inquired ~2 about|regarding|re|for|"
            "if|whether ~3 self-harm|self+harm|self-harming|self+harming|cutting|self-injury",
            # an accident with the hands in the sink: "cut her wrist on broken glass doing dishes"
            # an accident told right after ("cut his wrist when he fell through the glass
            # door"), never "he said he fell into a dark place"
            "cut|cuts|sliced|gashed|nicked his|her|their ? wrist|wrists ~4 doing+dishes|"
            "washing+dishes|dishes|cooking|chopping|at+work|working+on|fell+on|fell+off|"
            "fell+down|fell+and|fell+onto|fell+through|fell+against|fell+in+the|falling+on|"
            "falling+off|falling+down|slipped|slipping|tripped|accidentally|accident|"
            "broke+a+glass|window+broke",
            "no|not|denies|denied|denying|never ~3 self-harm|self|cutting",
            "hurt|hurting|harming|harmed ~1 himself|herself ~2 feelings",
            "cutting class|classes|school|corners|hair|grass|lawn|down|up|off|out|through|"
            "the|a|his|her|wood|trees|branches|fence|hedge|in+line|it|back",
            f"{alt(BLADE, 'razor')} ~3 to|on ~1 his|her ? own ? wrist ~2 watch",
            "cutting|cut|cuts|slicing|sliced ~1 the|his|her|their ? legs|leg ~3 off|out+of|of|"
            "from ~3 jeans|pants|trousers|table|chair|stool|the|a|his|her|old|their",
        ),
        own_lookalikes=(
            # a blade carried by a man who talks to himself: "CARRYING A MACHETE, TALKING TO
            # HIMSELF", "knife, muttering to herself" (the knife still counts with suicidal
            # talk: ``location_with_talk``)
            f"{CUTTER} ~2 {SELF_TALK} to|with {SELF} .|,|;|!|NL|-|and|while|in|on|at|as|near|"
            f"by|outside|inside|but",
        ),
        forbids=Context(
            "self_harm_in_the_past",
            patterns=(
                "back in|back+in ~1 NUM|19|20|january|february|march|april|may|june|july|"
                "august|september|october|november|december|high+school|college|the+day",
                "years|months|weeks ~1 ago",
                "in 2019|2018|2020|2021|2022|2017|2016|2015",
                "nothing recent",
            ),
            within=8,
            affirmed=False,
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "suicide_attempt.location",
        CODE,
        "on a ledge, railing or edge, or about to jump",
        patterns=(
            "on|onto|atop|over|outside|straddling|climbing|climbed|climbs|standing+on|"
            "sitting+on|hanging+off|hanging+from|leaning+over|past|beyond|wrong+side+of the|a ? "
            "ledge|railing|rail|railings|parapet|guardrail|guard+rail",
            "on|onto|atop|over|outside|straddling|climbing|climbed|climbs|past|beyond the|a ? "
            "bridge|overpass|roof|rooftop|balcony|garage|viaduct|trestle ledge|railing|rail|"
            "railings|parapet|edge|guardrail|side",
            "outside|outer+side|wrong+side|other+side|far+side ~1 of ~1 the|a ? railing|rail|"
            "railings|guardrail|guard+rail|barrier|parapet",
            "edge of the|a ? bridge|roof|rooftop|building|overpass|cliff|platform|balcony|"
            "parking+garage|tracks",
            "legs|feet ~2 over|dangling ~2 the ? side|edge|railing|rail",
            "wrong|other|outside side ~2 of ~1 the ? railing|rail|fence|barrier|guardrail",
            "threatening|threatened|threatens|wants|wanting|going|about|trying|tried|plans|"
            "planning|gonna|says|said|will|ready|preparing|getting+ready|saying|"
            "saying+he+will|saying+she+will|states|stated|want|wanna ~2 to ? jump|jumping|leap|"
            "leaping",
            # "going to walk off the edge when he finishes this call", "drive off the bridge"
            "threatening|threatened|threatens|wants|wanting|going|about|trying|tried|plans|"
            "planning|gonna|will|'ll|ready|want|wanna ~2 to ? walk|step|drive|go|throw+himself|"
            "throw+herself|fling+himself|fling+herself ~1 off|over ~2 the|a|that ? edge|cliff|"
            "bridge|roof|rooftop|ledge|overpass|building|pier|railing|dam|parking+garage",
            # "they think she might jump into the lake" (not "might jump the fence")
            "might|may|could|would|'d|possibly|probably|afraid|worried|scared ~2 jump|leap ~2 "
            "off|from|in+front+of|into|before|onto ~4 bridge|building|roof|overpass|ledge|"
            "balcony|traffic|train|river|water|freeway|highway|tracks|cliff|window|garage|"
            "truck|semi|subway|pier|dam|tower|lake|bay|ocean|sea|reservoir|creek|canal|quarry|"
            "gorge|canyon",
            "jump|jumping|leap|leaping|jumped ~2 off|from|in+front+of|into|before|onto ~4 "
            "bridge|building|roof|overpass|ledge|balcony|traffic|train|car|cars|bus|river|"
            "water|freeway|highway|tracks|cliff|window|parking|garage|floor|story|truck|"
            "semi|subway|pier|wharf|jetty|seawall|dam|tower|lake|bay|ocean|sea|reservoir|"
            "creek|canal|quarry|gorge|canyon",
            # "lying down in front of cars", "threw herself under a car"
            "lie|lying|laying|lay|lies ~2 in+front+of ~2 a|the|oncoming|moving|passing ? car|"
            "cars|vehicle|vehicles",
            "throw|throwing|threw|dive|diving|dove|jump|jumping|jumped ~3 in+front+of|under ~2 "
            "a|the|oncoming|moving|passing ? car|cars|vehicle|vehicles",
            "throw|throwing|threw|step|stepping|stepped|walk|walking|walked|lie|lying|laying|"
            "running|darting|"
            "lay ~2 in+front+of|into|under ~2 a|the|an|next|oncoming ? train|trains|bus|truck|"
            "traffic|semi|subway",
            "on|onto|across|lying+on|laying+on|sitting+on|standing+on the|a ? train|railroad|"
            "rail|railway|subway|light+rail|amtrak ? tracks|track|rails|trestle",
            "wants|want|wanting|trying|going|waiting ~1 to ~1 be|get ~1 hit|run+over|struck|"
            "killed ~3 train|car|bus|truck|traffic",
            "wants|want|wanting|trying|waiting ~1 to ~1 be|get ~1 hit|run+over|struck",
            "jumper|jumpers|possible+jumper|poss+jumper",
            # "wants a car to hit him", "climbing the bridge tower", "outside the bridge
            # fence", "crying on the overpass", "chest deep in the river"
            f"wants|wanted|wanting|waiting|hoping|trying|asking|begging ~3 a|the|some|any ? "
            f"{VEHICLE} ~1 to ~1 hit|run+over|kill|end ~1 him|her|them|me|it",
            "climbing|climbed|climbs|scaling|scaled|scales ~2 the|a ? bridge|overpass "
            "tower|towers|cables|cable|support|supports|arch|fence|girder|girders|beam|beams|"
            "structure|pillar|railing|barrier|netting",
            "climbing|climbed|climbs|scaling|scaled|up+on|on+top+of|atop ~2 the|a ? "
            "water+tower|cell+tower|radio+tower|transmission+tower|smokestack|crane|billboard",
            "outside|wrong+side|other+side|far+side ~1 of ~1 the|a ? bridge|overpass|roof|"
            "balcony|dam|viaduct fence|barrier|wall|netting|railing|rail|guardrail",
            "crying|sobbing|distraught|despondent|hysterical|weeping ~6 on|at|atop ~2 the|a ? "
            "bridge|overpass|ledge|railing|parking+garage|cliff|viaduct|trestle",
            "on|at|atop ~2 the|a ? bridge|overpass|ledge|railing|cliff|viaduct|trestle ~6 "
            "crying|sobbing|distraught|despondent|hysterical|weeping",
            "looking|staring|peering|gazing ~1 down ~3 at|into|toward|towards ~2 the ? "
            "traffic|water|river|tracks|freeway|highway|drop",
            f"chest|neck|waist|shoulder|shoulders|chin ~1 deep|high ~3 in|into ~2 the|a ? {WATER}",
            f"walked|walking|waded|wading|went ~2 into|in|out ~3 the|a ? {WATER} ~6 chest|neck|"
            f"waist|shoulder|shoulders|chin ~1 deep|high",
            f"walked|walking|waded|wading|went ~2 into|out+into ~3 the|a ? {WATER} ~6 "
            f"will+not|not|refuses|refusing|wo ~2 come|coming|get|getting ~1 out|back",
            # "feet dangling over the side", "out on the window ledge", "hanging off the
            # balcony", "on the 4th floor balcony railing", "jumped in the river"
            "legs|feet ~2 dangling|hanging|over ~3 the|a ? side|edge|railing|rail|ledge|"
            "water|river|bridge|roof",
            f"{HIGH_PLACE} ~6 legs|feet ~1 dangling|hanging",
            "out|outside ~2 on|onto ~2 the|a ? window ? ledge|sill|windowsill",
            "climbed|climbing|climbs|crawled|crawling ~1 out ~3 window ~3 onto|on ~2 the|a ? "
            "ledge|roof|sill|windowsill|fire+escape|awning",
            f"hanging|dangling|hangs ~1 off|from|over ~2 the|a|an ? {HIGH_PLACE}",
            f"hung ~1 off|from ~2 the|a|an ? {HIGH_PLACE}",
            f"on|onto|atop|over|outside|straddling|climbing|climbed|standing+on|sitting+on|"
            f"past|beyond ~2 the|a|an ? ~3 {HIGH_PLACE} railing|rail|railings|ledge|parapet|"
            f"guardrail",
            "jump|jumped|jumping|leap|leaped|leapt|leaping ~2 in ~2 the|a ? river|lake|bay|"
            "ocean|canal|harbor|reservoir|quarry",
            # a crash on purpose, or said to be coming: "drove into a pole on purpose",
            # "intentionally crashed his car", "says he will drive his car into a wall"
            f"drove|driving|drive|drives|crashed|crashing|crash|steered|steering|swerved|"
            f"rammed|slammed|aimed|ran ~4 into|off ~3 {CRASH_TARGET} ~4 on+purpose|"
            f"intentionally|deliberately|purposely|purposefully",
            "intentionally|deliberately|purposely|purposefully|on+purpose ~1 crashed|wrecked|"
            "rolled|totaled|drove|steered|swerved ~3 his|her|their|the ? car|vehicle|truck|"
            "suv|van|motorcycle|into|off",
            f"going|gonna|wants|want|threatening|threatened|threatens|says|said|saying|will|"
            f"'ll|plans|planning|about|trying|tried|ready ~3 drive|crash|steer|wreck|ram|slam|"
            f"run|go|drive+his+car|drive+her+car ~4 into|off ~3 {CRASH_TARGET}",
            "walking|walked|stepping|stepped|running|ran|darting|wandering|lying|laying ~1 "
            "into|in|onto ~1 the ? oncoming|moving ~1 traffic|lanes",
        ),
        lookalikes=(
            "on|onto|atop ~1 a|the ? rail ~1 replacement|pass|line|yard|station|service|trail|"
            "trails|system|bus|car|cars",
            # "wants to jump start his car", "wants to jump rope"
            JUMP_NOT_A_FALL,
            "on|onto|at|near the|a ? bridge|overpass|balcony|roof|window|pier|dam under|"
            "underneath|below|near|by",
            "under|underneath|below|beneath|near|by|beside|behind the|a ? bridge|overpass|"
            "viaduct|trestle|pier|tracks",
            "jump|jumping|jumped start|starter|rope|ropes|ship|the+gun|in+line|on+the+bed|"
            "fence|turnstile|turnstiles|queue|bail|around|up|down|off+the+couch|"
            "the+fence|rope|on+the+trampoline|trampoline|into+the+pool|in+the+pool|"
            "puddles|in+puddles|off+the+diving",
            "roof|rooftop|ledge|balcony ~3 leak|leaking|repair|repairs|damage|damaged|"
            "garden|party|bar|deck",
            "cat|cats|dog|dogs|bird|birds|pigeon|pigeons|squirrel|squirrels|raccoon|raccoons|"
            "kitten|animal|animals|goose|geese|duck|ducks|nest|nesting ~6 ledge|edge|roof|"
            "railing|balcony|rail",
            "window|windowsill|kitchen|book|fireplace|counter ledge",
            # an accidental fall: "drunk, stumbling, RP worried he will fall onto the tracks"
            "fall|falls|falling|fell|stumble|stumbles|stumbling|stumbled|trip|trips|tripping|"
            "tripped|slip|slips|slipping|slipped ~1 off|onto|on|into|over ~2 the|a ? train|"
            "railroad|rail|railway|subway|light+rail ? tracks|track|rails|edge|ledge|railing|"
            "rail",
            "threatening|threatened|threatens|wants|wanting|going|about|says|said|saying|will|"
            "gonna ~2 to ? jump|jumping him|her|them|me|us|you|someone|somebody|people|kids|"
            "his|my",
            "jump|jumping|jumped ~2 off|from ~3 bridge|pier|dock|cliff|rocks ~6 for+fun|swimming|"
            "to+swim|to+cool+off|on+a+dare|hot+day|summer",
            "standing|sitting|leaning|on|onto|atop on? the|a|his|her ? railing|rail|railings|"
            "ledge ~1 of|on ~2 the|a|his|her ? porch|deck|stairs|steps|stoop|patio|front+porch|"
            "back+porch",
            "standing|sitting|perched|on|onto|atop on? the|a ? ledge|edge|rim ~1 of|by|around ~2 "
            "the|a ? fountain|planter|pool|garden|flower+bed|stage|sidewalk|curb|tub|bathtub|sink|"
            "bed|stairs|steps|pond|sandbox",
            "on|onto the|a ? ledge ~3 of|by|above|under ~2 the|a ? window|window+sill|"
            "windowsill|sill|shelf|mantel|fireplace|counter|bookcase|bookshelf|tub|bathtub|"
            "sink|shower",
            "plant|plants|vase|pot|pots|cup|mug|book|books|box|boxes|candle|candles|photo|"
            "picture|flower|flowers|bottle|bottles|toy|toys|can|cans|package|packages ~3 "
            "on|onto|off|over the|a ? ledge|railing|balcony|edge|roof",
            "jumped|jumping|jump ~2 the ? fence|wall|gate|line|queue|turnstile",
            "edge of the|a ? bed|couch|seat|road|street|sidewalk|parking+lot|lot|property|"
            "woods|park|town|city|table|curb|field",
            "on|onto|across|near|by|along|beside the|a ? train|railroad|rail ? tracks|track ~3 "
            "collecting|picking|walking+along|camping|camp|sleeping|living|tent|tents|"
            "encampment|cans",
            "on the ? tracks ~2 to|for ~1 a ? walk|photos|pictures|shortcut",
            "pennies|coins|penny|coin ~4 on|onto|across ~2 the|a ? train|railroad ? rail|rails|"
            "tracks|track",
            # kids' mischief on the tracks: "putting pennies on the rail", "tagging the trestle"
            "on|across|near the|a ? train|railroad|rail|railway ? tracks|track|rails|rail|"
            "trestle ~2 putting|placing|pennies|coins|playing|tagging|graffiti|skateboarding|"
            "biking|riding+bikes|taking+photos|taking+pictures|photoshoot|for+a+photoshoot",
            # off a bus or truck and away: "jumped off the bus without paying and ran"
            "jumped|jumps|jumping|jump off|out+of ~2 the|a|his|her ? bus|truck|trailer|"
            "tailgate|back+of+the+truck|pickup ~4 without|and+ran|ran|fled|paying|running|"
            "took+off|ankle",
            "running|ran|run|jump|jumped|jumps|jumping|dash|dashed|darting|darted ~2 in ~1 front "
            "~1 of ~2 the|a|his|her|my ? house|store|car+to|building|line|crowd|camera|tv|mirror|"
            "class",
            "wants|want|wanting|trying ~1 to ~1 be|get ~1 hit ~1 up",
            "jumper|jumpers ~1 cables|cable|start|starter|pack|box|sweater|dress|wire|wires|"
            "car|horse|shirt|cord",
            "knitted|wool|red|blue|his|her|my|a ~1 jumper",
            "hit|run+over|struck ~2 by ~2 a|the ? ball|wave|waves",
            "dog|dogs|cat|cats|deer|animal|puppy|kid|kids|child|children|toddler|baby|asleep|"
            "sleeping|passed+out|mechanic ~4 lying|laying|lay|lies|jumped|jumping|jump ~2 "
            "in+front+of|under ~2 the|a|his|her|my ? car|cars|vehicle|vehicles",
            "in+front+of|under ~2 the|a|his|her|my ? car|cars|vehicle|vehicles ~4 driveway|"
            "garage|parking+lot|lot|yard|to+stop|to+block|to+keep|so+he+could+not|"
            "so+she+could+not|from+leaving|to+prevent",
            # kids jumping off the pier for fun; never "they think she might jump into the
            # lake" (only small words may stand between: a wide gap here, and "after" or
            # "get" below, cleared real attempts)
            f"kids|kid|teens|teen|children|boys|girls|friends|swimmers {up_to(3, _PLAY)} jump|"
            f"jumped|jumping|jumps ~2 in|into|off ~3 river|lake|water|creek|pond|"
            f"quarry|bay|ocean|pier|dock|wharf|jetty",
            "jump|jumped|jumping|jumps ~2 in|into ~3 river|lake|water|creek|pond|quarry|bay|"
            "ocean ~2 to|for|on|as|and|, ~1 swim|swimming|cool|fun|dare|party|retrieve|rescue|"
            "save+the|save+a|save+his|save+her|fetch|polar+plunge|plunge|race|contest|"
            "competition|charity|bet|splash|splashing|play|playing|get+the+ball|get+the+dog",
            f"{HUNG_THINGS} ~4 hanging|hung|hangs|dangling ~3 from|in|on|off|over|out ~2 the|a|"
            f"an|his|her|their|my ? ~2 {alt(HANG_PLACES, HIGH_PLACE)}",
            "suspect|suspects|fled|fleeing|chasing|chased|shoplifter|thief|running+from ~6 "
            "running|darting ~2 into|in+front+of ~2 a|the|an ? traffic|bus|truck|train",
            "kids|kid|child|children|toddler|toddlers|boy|girl|dog|dogs|cat|cats|deer|ball ~4 "
            "run|running|ran|dart|darting|darted|dashed|dashing ~2 into|in+front+of ~2 a|the|an ? "
            "traffic|bus|truck|train|street|road",
            # "going to jump in the shower", never "going to jump in front of a truck" or
            # "... into the lake"
            "going|gonna|about|wants|want|ready|will|'ll ~2 to ? jump|jumping in|into|on "
            "the|a|his|her|my ? shower|bath|car|cab|uber|line|conversation|bed|game|fight|call",
            "painter|painters|worker|workers|window+washer|window+washers|washer|washers|roofer|"
            "roofers|contractor|contractors|crew|construction|technician|repairman|maintenance|"
            "installer|electrician|inspector|inspectors|firefighter|firefighters ~4 on|onto|"
            "atop|over|at the|a ? ~3 ledge|roof|rooftop|railing|bridge|balcony|edge|overpass|"
            "tower|scaffolding|crane",
            "on|onto|atop|at the|a ? ~3 ledge|roof|rooftop|railing|bridge|balcony|edge|"
            "overpass|tower ~6 washing|painting|cleaning|repairing|fixing|installing|working|"
            "shoveling|inspecting|replacing|hanging+lights|putting+up",
            f"fishing|fisherman|fishermen|angler|anglers|waders|swimming|swimmers|surfing|kids ~6 "
            f"chest|neck|waist|shoulder|knee ~1 deep|high ~3 in|into ~2 the|a ? {WATER}",
            f"fishing|fisherman|fishermen|angler|anglers|swimming|swimmers|surfing|kids|dog ~4 "
            f"walked|walking|waded|wading|went ~2 into|in|out ~3 the|a ? {WATER} ~6 chest|neck|"
            f"waist|shoulder|shoulders|chin ~1 deep|high",
            "traffic|lanes|road|street ~4 panhandling|begging|asking|flying|selling|holding|"
            "with+a+sign|drunk|intoxicated|confused|disoriented|to+cross|crossing",
        ),
        # "stood on their roof threatening to jump back in 2021", "tried to jump ... years ago"
        guard=all_guards(dated_past_guard, days_back_guard),
    ),
    Rule(
        "suicide_attempt.crash_or_drown_intent",
        CODE,
        "about to drive off an edge or into something, or to drown weighted down",
        patterns=(
            "going+to|gonna|about+to|will|'ll|wants+to|threatening+to|threatened+to|plans+to|"
            "planning+to ~1 drive|crash|steer|wreck|run ~2 it|the+car|his+car|her+car|the+truck|"
            "himself|herself ? off|into ~2 the|a|an ? edge|cliff|bridge|canyon|river|lake|wall|"
            "tree|semi|oncoming|traffic|train|overpass|pillar|embankment|quarry|ravine|ditch|"
            "bay|ocean",
            # "going to drive his truck off the Rio Grande Gorge Bridge"
            "going+to|gonna|about+to|will|'ll|wants+to|threatening+to|threatened+to|plans+to|"
            "planning+to ~1 drive|crash|steer|wreck|run|roll ~3 off ~5 edge|cliff|bridge|canyon|"
            "overpass|pier|dock|gorge|embankment|quarry|ravine",
            # into traffic on purpose: "walking in the lanes on purpose, stepping out in front
            # of cars", "threw himself in front of a bus"
            "throwing|threw|throws|thrown|flung|flinging ~1 himself|herself|themselves|themself ~2 "
            "in+front+of|into|under ~2 the|a|an ? cars|car|traffic|trucks|truck|vehicles|train|"
            "bus|buses|semi|semis|oncoming",
            "in+front+of|into|in ~2 the|a ? cars|car|traffic|trucks|vehicles|lanes|lane|train|"
            "bus|buses|oncoming ~4 on+purpose|intentionally|deliberately|trying+to+get+hit|"
            "wanting+to+get+hit|to+get+hit",
            "on+purpose|intentionally|deliberately ~3 stepping|stepped|walking|walked|running|ran|"
            "jumping|jumped|darting ~2 out? ~1 in+front+of|into ~2 the|a ? cars|car|traffic|"
            "trucks|vehicles|lanes|train|bus|oncoming",
            # "said he's going to let the tide take him"
            "let|letting|lets ~1 the ? tide|water|waves|current|river|ocean|sea|lake|train|cold "
            "take|carry|have ~1 him|her|me|them|us",
            "rocks|stones|bricks|weights ~1 in|into ~2 his|her|their ? coat|jacket|pants|"
            "sweatshirt|hoodie ? pockets|pocket",
            # weighted down by the water: "on the dock with a cinder block tied to his ankle"
            "cinder+block|cinderblock|block|brick|bricks|weight|weights|rock|rocks|anchor|"
            "dumbbell|dumbbells|kettlebell ~2 tied|chained|strapped|taped|roped ~1 to|around ~2 "
            "his|her|their|the ? ankle|ankles|leg|legs|waist|foot|feet|body|neck",
            "tied|tying|chained|chaining|strapped|strapping ~3 cinder+block|cinderblock|block|"
            "brick|bricks|weight|weights|rock|rocks|anchor|dumbbell|dumbbells|kettlebell ~1 to|"
            "around ~2 his|her|their|himself|herself|the ? ankle|ankles|leg|legs|waist|foot|feet|"
            "body|neck",
            # heading for the water to drive in: "heading for the boat ramp ... to drive in"
            "heading|headed|going|driving ~8 ramp|boat+ramp|river|lake|pier|dock|quarry|"
            "bridge|cliff|reservoir|bay|ocean|canal ~8 to ~1 drive|roll|steer ~1 in|into|off",
            "walking|walked|wading|waded|walks|heading ~1 into|in ~2 the ? lake|river|ocean|sea|"
            "water|bay|reservoir|pond ~8 rocks|stones|weights|fully+clothed|fully+dressed|"
            "in+his+clothes|in+her+clothes|clothes+on",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "suicide_attempt.edge_of_high_place",
        CODE,
        "standing or sitting at the edge, with a bridge, roof or ledge in the same sentence",
        patterns=(
            "standing|sitting|perched|stood|sat|teetering|balancing|straddling|stands|sits ~1 "
            "at|on ~1 the|a ? edge|ledge|railing",
            # "sitting on top of the railing w/ legs on the outside"
            "standing|sitting|perched|stood|sat|teetering|balancing|straddling|stands|sits|"
            "climbed|climbing|got|gotten ~1 on|onto|up+on ~1 top ~1 of ~1 the|a ? edge|ledge|"
            "railing|rail|railings|parapet|wall|barrier|guardrail",
            "legs|feet|leg ~1 on|over|hanging|dangling ~2 the ? outside|other+side|edge|over",
            "walking|walks|walked|pacing|paces|paced|wandering|creeping|tiptoeing ~1 along|on|"
            "across ~1 the|a ? edge|ledge|railing|parapet|rail",
            "sitting|standing|perched|sat|stood|crouching|kneeling ~1 on|in ~1 the|a|her|his|an ? "
            "open? window+sill|windowsill|sill|window+ledge|window ~8 legs|feet|body ~2 out|"
            "outside|dangling|hanging|over",
            "outside|wrong+side|other+side|far+side ~1 of ~1 the|a ? fence|railing|rail|barrier|"
            "netting|guardrail|guard+rail",
            # "climbed over the fence on the pedestrian bridge ..., he's on the outside now
            # holding on with one hand"
            "climbed|climbing|climbs|hopped|hopping|went|got|getting|gone ~1 over|past ~2 the|a ? "
            "fence|railing|rail|railings|barrier|guardrail|netting|parapet",
            "on ~1 the ? outside ~2 now|holding|hanging|of|clinging",
            "holding|hanging|clinging ~1 on ? with ~1 one ~1 hand",
            "jumped|jumping|leapt|leaped|leaping|has+jumped|may+have+jumped|might+have+jumped|"
            "already+jumped",
        ),
        lookalikes=(
            "standing|sitting|perched|stood|sat|pacing|leaning|stands|sits ~1 at|on|near|by|"
            "along ~1 the|a ? edge|side ~1 of ~2 the|a|his|her ? bed|couch|seat|road|street|"
            "sidewalk|pool|tub|bathtub|stage|table|desk|curb|chair|dock|field|lot|parking+lot|"
            "property|town|woods|park|driveway|lawn|yard|porch|steps|stairs|fountain",
            "jumped|jumping|jump ~2 the|a ? fence|wall|gate|line|queue|turnstile|curb|puddle|"
            "rope|gun|car|battery",
            "jumped|jumping ~2 up|down|around|on+the+bed|on+the+trampoline|in+line|in+the+pool",
            # boarding: "jumped on the ferry without a ticket"
            "jumped|jumping|jumps|hopped|hopping on|onto|aboard ~2 the|a ? ferry|ship|boat|"
            "vessel|train|bus",
        ),
        requires=Context(
            "high_place",
            patterns=(
                "bridge|overpass|roof|rooftop|parking+garage|parking+structure|parking+deck|"
                "top+floor|cliff|tower|viaduct|trestle|dam|fire+escape|skywalk|skybridge|"
                "balcony",
                # over the side of a vessel: "climbed over the stern rail and jumped"
                "ferry|ship|stern|overboard|vessel|cruise+ship",
                "2nd|3rd|4th|5th|6th|7th|8th|9th|10th|11th|12th|13th|14th|15th|16th|17th|"
                "18th|19th|20th|21st|22nd|23rd|24th|25th|26th|27th|28th|29th|30th|"
                "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top floor|story|"
                "storey",
            ),
            lookalikes=(
                "roof|rooftop ~3 leak|leaking|leaks|repair|repairs|damage|damaged|caved|fixing|"
                "fix|replaced|replacing|over",
                "bridge ~1 club|game|games|tournament|loan",
            ),
            # the place may come a line before: "ran out to the balcony (8th fl)" / "2141 now
            # sitting on top of the railing"
            within=30,
            affirmed=False,
        ),
    ),
    Rule(
        "suicide_attempt.location_with_talk",
        CODE,
        "at a height, on tracks or in traffic, with suicidal talk",
        patterns=(
            # "a photo from the ped overpass"; "swam out past the break"
            "from|off the|a|an ? ped|pedestrian|freeway|highway|railroad|train|foot ? bridge|"
            "overpass|viaduct|trestle|roof|rooftop|ledge|cliff|parking+garage",
            "swam|swimming|swims|paddled|paddling|walked|walking|waded|wading|swum ~3 out|into "
            "~3 the ? ocean|sea|lake|bay|water|surf|break|breakers|waves|current|past|deep",
            "on|onto|atop|at|in|up+on|up+at|climbing|climbed|standing+on|sitting+on|top+of|"
            "near|by|beside|along|next+to the|a|an|his|her ? bridge|overpass|roof|rooftop|"
            "balcony|tracks|train+tracks|"
            "railroad|highway|freeway|interstate|viaduct|trestle|pier|dam|cliff|tower|"
            "parking+garage|top+floor|window|platform|river|lake|water",
            "walking|standing|sitting|lying|laying|wandering|running into|in|on the ? traffic|"
            "freeway|highway|road|roadway|interstate|lanes",
            # a named one: "on the Aurora bridge", "on the 6th street overpass", "at the
            # Pearl River bridge", "from the Lee Bridge", "onto the Ocean View fishing pier"
            "on|onto|atop|up+on|standing+on|sitting+on|at|from|off the ~3 bridge|overpass|"
            "viaduct|trestle|pier|dam|skyway|cliffs|cliff|gorge|overlook|lookout|bluff|bluffs|"
            "rim|falls|point|viewpoint|vista",
            "walked|walking|went|ran|running|out ~2 onto|on|to ~1 the ~3 bridge|overpass|pier|"
            "dam|trestle|skyway|cliffs|cliff",
            # a place on it: "at the top of the Mathews Bridge", "dropped in the middle of
            # the Buckman Bridge", "walking back up the bridge"
            "top|middle|center|centre|edge|crest|span ~1 of ~1 the|a ~4 bridge|overpass|"
            "viaduct|trestle|skyway|dam|pier|parking+garage|garage|deck|causeway",
            "walked|walking|went|going|ran|running|climbing|climbed|heading|headed ~2 up|onto|"
            "across|out+on|out+onto ~1 the|a ~3 bridge|overpass|viaduct|trestle|skyway|dam|pier|"
            "causeway",
            # a gun in slang at hand: "i have my 9 in my lap"
            "my|his|her ~1 9|nine|40|45|38|strap|piece|glock|gat ~2 in|on|across ~2 my|his|her|"
            "the ? lap|knees|hand|hands|waistband",
            # a fire set to die in: "told FF he set it himself because he wanted to die"
            "set|lit|started ~1 the|a|his|her ? fire|it|house|apartment|room|trailer ~1 "
            "himself|herself|themselves|on+fire",
            # to water, to go in: "driving to Lake Hefner to walk in and not come back"
            "driving|drove|going|goin|headed|heading|walking|walked|went ~1 to|toward|towards|"
            "down+to ~3 lake|river|ocean|bay|beach|sea|reservoir|quarry ~4 to ~1 walk+in|"
            "walk+into|walk+out|wade+in|wade+out|swim+out|jump|drown|go+in",
            # on the way to one: "heading to the bridge to kill himself", "going to the
            # Skyway" (with the talk it needs)
            "going|goin|gone|headed|heading|driving|drove|walking|walked|went|left|leaving|"
            "on+his+way|on+her+way|on+their+way|on+the+way|way ~1 to|for|toward|towards|up+to|"
            "out+to ~1 the|a ? ~2 bridge|overpass|viaduct|trestle|tracks|railroad|cliff|cliffs|"
            "dam|roof|rooftop|parking+garage|skyway|gorge|canyon|quarry|falls|tower|ledge",
            "walking|standing|sitting|lying|laying|lay|laid|lies|wandering|down ~2 in ~2 the|a ? "
            "middle ~1 of ~2 the|a ? traffic|freeway|highway|road|roadway|interstate|lanes|"
            "tracks",
            "gunshot|gunshots|gunshot_wound|single+shot|one+shot|heard+a+shot|heard+a+bang|"
            "shot+fired|shots+fired",
            f"{MEANS}",
            # a street opioid in hand, not a habit ("uses fentanyl"): "a bag of fentanyl in
            # her hand ... going to use all of it at once so she doesn't wake up"
            "bag|baggie|baggy|bundle|bundles|gram|grams|stash|syringe|needle|rig|bags ~2 of|"
            "full+of ~1 fentanyl|fent|heroin|dope|h",
            "fentanyl|fent|heroin|dope ~3 in ~1 her|his|their|my ~1 hand|hands|lap|fist",
            f"loaded|loading|loads|cocked|cocking ~3 {FIREARM}",
            "wrong way|wrong-way",
            # "called from the top level of the same garage" (with the talk it needs)
            "top|highest|upper level|deck|floor|story|storey|levels",
            # a car running in a shut garage: "drove into the closed garage ... engine running"
            "engine|car|truck|motor ~2 running ~8 closed|shut ~1 garage",
            # a hose and tape taken along (the exhaust kit): "drove off with the garden hose
            # and a roll of duct tape"
            "hose|hoses|garden+hose|vacuum+hose|dryer+hose ~6 duct+tape|tape|duct",
            # (with the talk this rule needs: "engine running ... note on the dash")
            "engine|motor ~1 running|idling|still+running|on",
            "car|truck|van|suv running|idling|still+running",
            "closed|shut ~1 garage ~10 engine|car|truck|motor ~2 running",
            # parked on a crossing: "parked on the railroad crossing ... won't move"
            "parked|stopped|sitting|standing|stalled ~3 on|across ~2 the|a ? railroad|train|"
            "rail|railway ~1 crossing|tracks",
            # wounds shown with the talk: "a pic of her arm cut up real bad"
            "arm|arms|wrist|wrists|leg|legs|thigh|thighs|forearm|forearms ~2 cut|cuts|slashed|"
            "sliced ~1 up|open|bad|deep",
            "driving|drive|drove|drives|crash|crashing|crashed|steer|steering|aim|aiming ~3 "
            "into|off ~2 the|a|an ? oncoming|traffic|wall|tree|bridge|river|pole|semi|truck|"
            "train|cliff|water|lake|building",
            "on purpose ~3 driving|crash|crashing|wrong",
            # a single car into a fixed object, with suicidal talk
            "veh|vehicle|car|truck|suv|van|driver|he|she ~3 into|hit|struck|crashed+into|"
            "drove+into|went+into|slammed+into|rammed|vs|versus|v ~2 the|a|an ? bridge|pillar|"
            "pole|tree|"
            "wall|abutment|overpass|barrier|median|building|pier|embankment|guardrail|column|"
            "support|semi|train|river|lake|water|quarry",
            "set|setting|started|starting|lit|lighting ~2 the|a|his|her ? fire|fires|blaze",
            "set|setting|sets|lit ~2 it|the+house|the+apartment|the+place|the+room|his+unit ~2 "
            "on ~1 fire|ablaze",
            "gasoline|gas|lighter+fluid|accelerant ~3 poured|pouring|doused|dousing|soaked",
            # "wading into the ocean", "walking into the river" (with suicidal talk)
            "walked|walking|walks|waded|wading|wade|went|going|heading|headed|swam|swimming ~2 "
            "into|in|toward|towards|out+into ~2 the|a ? lake|river|ocean|sea|water|bay|surf|"
            "waves|creek|pond|reservoir|canal|harbor|quarry",
            # "cuts all over his arms" (with suicidal talk)
            "cuts|cut|lacerations|laceration|slashes|gashes|scratches|bleeding|blood ~4 arm|"
            "arms|forearm|forearms|wrist|wrists|legs|thighs",
        ),
        lookalikes=(
            # the means gone: "threw out her old medications last week", "mom removed all
            # the razors from the house"
            # (never "threw back a handful of pills": thrown *out* or *away* only)
            f"threw|thrown|throw|throws|tossed ~1 out|away ~4 {_GONE_MEANS}",
            f"flushed|gave+away|given+away|got+rid+of|disposed+of|turned+in|handed+over|"
            f"locked+up ~4 {_GONE_MEANS}",
            f"removed|removes|took|taken ~4 {_GONE_MEANS} ~2 from|out+of ~2 the|his|her|their|"
            f"my ? house|home|room|apartment|bedroom|bathroom|car|reach",
            *MEANS_ELSEWHERE,
            "under|underneath|below|beneath|by|beside|behind the|a ? bridge|overpass|"
            "viaduct|trestle|pier",
            "bridge|overpass ~1 is|was ~1 blocked|closed|icy|out",
            f"{alt(PILLS)} ~3 as ~1 prescribed",
            "water ~1 bottle|bill|heater|main|leak|leaking|pipe|pipes|damage|fountain",
            "car ~2 parked|broke|broken|towed|keys|alarm|accident|insurance|payment|registration",
            "gas ~1 station|can|cans|money|card|pump|bill|leak|smell|line|stove",
            "bag|bags ~2 of ~1 clothes|stuff|belongings|trash|groceries|cans",
            "sheet|sheets ~2 of|music|paper|rock",
            "belt ~1 loop|buckle",
            "asked|ask|asking|inquired|screened|questioned ~2 about|regarding|re|for|if|"
            "whether ~3 any|he|she|they|has|have|had ? weapons|weapon|wpns|meds|pills|"
            "guns|firearms|means|access|medications",
            MEDS_AS_TREATMENT,
            f"{PILLS_AT_HAND} ~3 make|makes|made|making ~2 him|her|them ~1 sleepy|tired|drowsy",
            f"history|hx|diagnosis|prescription|prescribed|psych|psychiatric {up_to(3, HX_FILL)} "
            f"{PILLS_AT_HAND}",
        ),
        requires=SUICIDAL_TALK,
        forbids=Context(
            "means_removed_or_denied",
            patterns=(
                "gave|given|handed|surrendered|turned+over|removed|took+away|taken+away|"
                "locked|locked+up|secured|disposed ~4 to ~2 sister|brother|mom|dad|friend|"
                "police|officer|safe|away",
                "locked ~1 in|up|away ~2 safe|cabinet|box",
                "no|not|without|never|denies|denied|neg|negative ~2 access|means|guns|gun|"
                "firearms|weapons|pills|meds|plan",
                # told after the means: "the family's hunting rifles were moved to her
                # brother's house last year"
                "was|were|got|been|have+been|had+been ~1 moved|taken|removed|given ~1 to ~3 "
                "brother's|sister's|mom's|dad's|friend's|neighbor's|parents'|cousin's|uncle's|"
                "aunt's|grandpa's|grandma's|son's|daughter's|police|station|storage",
                "was|were|got|been|have+been|had+been ~1 moved|taken|removed ~1 out+of ~2 the|his|"
                "her|their ? house|home|apartment|trailer",
                "was|were|got|been|have+been|had+been ~1 sold|pawned|surrendered|turned+in|"
                "confiscated|given+away|taken+away",
            ),
            # a screening answer ("no weapons seen") never cancels a means named as present
            # ("no weapons seen, wife left with his pistol ... to 'be done'")
            lookalikes=(
                "no|not|never|neg|negative ~2 weapons|weapon|wpns|wpn ~1 seen|"
                "visible|observed|mentioned|reported|known|per+rp|per+caller",
            ),
            within=6,
            affirmed=False,
        ),
    ),
    Rule(
        "suicide_attempt.location_with_crisis_line",
        CODE,
        "on a bridge, a roof, a ledge or the tracks, on a call from or to a crisis line",
        patterns=(
            "on|onto|atop|up+on|standing+on|sitting+on|climbing|climbed|top+of the|a ~2 "
            "bridge|overpass|viaduct|trestle|roof|rooftop|ledge|tracks|train+tracks|"
            "railroad+tracks|parking+garage|parking+structure|cliff",
        ),
        requires=Context(
            "crisis_line",
            patterns=(
                "988",
                "crisis|suicide ~1 line|hotline|lifeline",
                "suicide prevention ~1 line|hotline|lifeline",
            ),
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "suicide_attempt.gunshot_with_despair",
        CODE,
        "a gunshot heard where a depressed or despondent person is",
        patterns=(
            "gunshot|gunshots|gunshot_wound|single+shot|one+shot|shot+fired|"
            "heard+a+shot|heard+one+shot|heard+a+single+shot",
            "heard|hear|hears ~4 a|one|single ? shot|pop|bang ~3 from|in|inside ~2 his|her|"
            "their|the ? room|bedroom|bathroom|garage|basement|shed|barn|car|truck|office",
        ),
        lookalikes=(
            "gunshot|gunshots|shots ~3 in ~1 the ? area|distance|neighborhood|street|park",
            "shot+fired|shots+fired ~3 call|calls|area|unit|units",
        ),
        requires=Context(
            "despair",
            patterns=(
                "depressed|depression|despondent|hopeless|distraught|suicidal|"
                "suicidal_ideation|sucidal|grieving+badly",
            ),
            lookalikes=("not|no|denies|never depressed|despondent|suicidal",),
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "suicide_attempt.firearm_self",
        CODE,
        "a gun turned on oneself: shot himself, a gun to his head or in his mouth",
        patterns=(
            f"shot|shoot|shooting|shoots {SELF}",
            # "to her head" is as often a threat to a woman as a woman's own act: "her" needs
            # "own" (or suicidal talk, location_with_talk); "at his head" is someone aiming
            f"{FIREARM}|barrel|muzzle ~2 to|against|under ~1 his|their|own ? "
            f"head|temple|temples|chin|chest|heart",
            f"{FIREARM}|barrel|muzzle ~2 in|into ~1 his|their|own ? mouth",
            f"{FIREARM} ~1 pointed|aimed|pressed|held ~1 at|to|against ~1 his|their|own ? "
            f"head|temple|temples|chin|chest|heart",
            f"{FIREARM}|barrel|muzzle ~2 to|against|in|into|under ~1 her ? own "
            f"head|temple|temples|mouth|chin",
            f"barrel|muzzle ~2 to|against|in|into|under ~1 her mouth|temple|chin",
            f"pointing|pointed|points|aiming|aimed|aims|turned|turning ~4 at|on ~1 {SELF}",
        ),
        lookalikes=(
            f"accidentally|accidental|accident ~2 shot|shoot|shooting {SELF}",
            f"shot|shoot|shooting {SELF} ~3 in ~1 the|his|her ? foot|hand|leg|toe|finger|knee|"
            f"thigh",
            f"shot|shoot|shooting {SELF} ~4 cleaning|hunting|by+accident|accidentally|"
            f"accidental|by+mistake|on+accident",
            f"shot|shoot|shooting {SELF} ~2 in ~1 the ? mirror|photo|photos|video",
            f"shot|shoot|shooting|shoots {SELF} ~1 a|an ? message|text|email|note|dm|reminder|"
            f"look|glance|line|photo|selfie",
            f"shot|shoot|shooting {SELF} ~3 with|using ~2 a|the|his|her ? nerf|bb|airsoft|water|"
            f"paintball|toy|cap|staple|nail|glue|pellet|camera|phone|slingshot",
            f"pointing|pointed|points|aiming|aimed|turned|turning ~4 at|on ~1 {SELF} ~3 "
            f"camera|phone|mirror|light|flashlight|lens",
        ),
        forbids=Context(
            "robbery_or_threat_to_others",
            patterns=(
                "robbed|robbery|robber|robbers|robbing|hostage|hostages|carjack|carjacked|"
                "carjacking|mugged|mugging|holdup|hold-up|stickup|stick-up|home+invasion|"
                "kidnapped|kidnapping|wallet|register|demanded|demanding",
                "threatened|threatening|threatens|threaten ~2 to ~1 kill|shoot|hurt ~1 her|him|"
                "them|me|us|you|everyone|everybody",
            ),
            lookalikes=("cops|cop|police and|&|n|'n robbers|robber",),
            within=12,
            affirmed=False,
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "suicide_attempt.means_at_hand",
        CODE,
        "suicidal with a plan and the means at hand",
        patterns=(
            "suicidal|suicidal_ideation|si|suicide ~4 with|has|w/|and|&|plus|to ~3 plan|means|"
            "gun|knife|pills|rope|weapon|firearm|razor|blade|access",
            "plan|plans and|& ~3 means|intent",
            "plan|plans re:^\\+$ ~2 means|intent",
            "suicidal_ideation|si|suicidal re:^\\+$ ~1 plan|plans",
            # a screening answer: "MEANS: Y", "access to means: yes"
            "means|access+to+means :|-|= re:^(y|yes|pos|positive|\\+)$",
            "plan|plans|planning|planned to ~3 overdose|od|hang|shoot|drown",
            f"{alt(FIREARM, BLADE, 'weapon|razor')} ~3 to|against|at|in ~1 his|her|their ? "
            f"own head|temple|chest|throat|mouth|neck|wrist|wrists",
            f"{FIREARM} ~2 in ~1 his|her|their|own ? mouth",
            f"use|using|uses|turn|turning|point|pointing|aim|aiming ~2 it|them|that|this|the|a|"
            f"his|her ? {alt(FIREARM, BLADE, 'weapon|razor|pills|rope')}? on ~1 {SELF}",
            "wrote|writing|written|left|leaving|leaves|posted|sent|texted ~2 a|the|his|her ? "
            "suicide|goodbye|farewell ~1 note|notes|letter|letters|text|texts|message|messages|"
            "video|post|email",
            "suicide note|notes|letter|letters|texts|text|video|message|messages|post",
            f"locked|barricaded|shut ~1 {SELF} ~4 with ~2 a|an|the|his|her|their|some ? "
            f"{LOCKED_IN_WITH}",
            f"stockpiling|stockpiled|stockpile|hoarding|hoarded|saving+up|saved+up|stashing|"
            f"stashed ~3 {PILLS}",
            f"{alt(PILLS, 'weapon|razor|rope|noose|gun|knife')} ~3 counted|lined|laid|ready|"
            f"prepared ~1 out|up",
        ),
        lookalikes=(
            "no|not|denies|denied|without|any|never|neg|negative ~3 plan|plans|means|note|notes",
            "plan|plans|means to ~3 move|leave|stay|go|get|sleep|camp|find|call|see|sue|pay|"
            "travel|visit|work|fix",
            "plan and|& ~3 means to|for ~3 move|leave|stay|go|get|sleep|camp|find|pay",
            "goodbye text|texts|message|messages|note ~3 to ~2 landlord|ex|girlfriend|boyfriend|"
            "roommate|friends|boss|job",
            f"loaded|loading ~3 {FIREARM} ~4 into|in ~2 the|his|her|a ? car|truck|trunk|safe|case",
            "si|suicidal_ideation|suicidal|suicide ~4 without|no|denies|denied|neg|negative|"
            "not ~3 plan|plans|means|access",
            "plan|plans|planning|planned to ~3 shoot ~2 video|film|photos|pictures|hoops|pool",
        ),
        guard=dated_past_guard,
    ),
    # The attempt told by what was done or may have been done, the way CAD notes put it.
    Rule(
        "suicide_attempt.act_told",
        CODE,
        "an attempt told by the act: a weapon held to oneself, a prescription about to be "
        "taken, something maybe taken to die, a crash or a fire meant to kill",
        patterns=(
            # "has a black handgun and has it to his head" (as ``firearm_self``: "to her
            # head" is as often a threat to a woman, so "her" needs "own")
            "has|holding|holds|put|puts|putting|pressing ~1 it|the+gun ~1 to|against ~1 "
            "his|their|own ~1 head|temple|chest",
            # "she is holding pocket knife to her throat" (the holder's own: "husband held a
            # knife to her throat" is a threat, violence and weapon)
            "she|she's ~2 holding|holds|has|put|puts|pressing|pressed ~1 a|the|her ? "
            "pocket+knife|knife|blade|razor|box+cutter|scissors|it ~1 to|against|on ~1 her ~1 "
            "throat|neck|wrist|wrists|chest",
            "he|he's ~2 holding|holds|has|put|puts|pressing|pressed ~1 a|the|his ? "
            "pocket+knife|knife|blade|razor|box+cutter|scissors|it ~1 to|against|on ~1 his ~1 "
            "throat|neck|wrist|wrists|chest",
            # "with his entire prescription saying he will take them all"
            "entire|whole|full ~1 prescription|bottle|supply|stash ~10 take|swallow|down ~1 "
            "them|it ~1 all",
            "going+to|gonna|will|'ll|wants+to|threatening+to|says+she'll|says+he'll ~1 take|"
            "swallow ~1 them|it ~1 all ~2 tonight|now|at+once|right+now|.|,|;|NL|and",
            # something maybe taken to die: "thinks he took something to hurt himself", "unk
            # if she took anything to hurt herself", "not sure if she took sthg after saying
            # she wanted to die", "may have taken sthg to end it"
            "took|taken|take|swallowed|ingested ~1 something|sthg|smthg|stg|anything|smth|"
            "somthing ~2 to|after ~4 hurt|harm|kill|end|die|wanted+to+die|wants+to+die",
            # into traffic meaning it: "walked into traffic saying she wants to die"
            "walked|walking|walks|ran|running|stepped|stepping ~1 into|in+front+of ~2 the ? "
            "traffic|trafic|trafik|cars|bus|train|truck ~6 wants|wanted|want|trying|tried ~1 to ~1 die|"
            "end|kill|get+hit",
            # a crash meant to kill: "hit the wall at high speed, witnesses say he aimed for
            # it", "intentional crash"
            "intentional|intentionally|deliberate|deliberately|purposely|on+purpose ~1 crash|"
            "crashed|wreck|collision|mvc|mva",
            "crash|crashed|wreck ~1 intentional|intentionally|on+purpose|deliberately",
            "hit|drove+into|crashed+into|slammed+into|plowed+into|rammed|struck ~2 the|a ? "
            "wall|median|pole|tree|barrier|bridge|pillar|abutment|overpass|building|guardrail ~16 "
            "aimed+for+it|aimed+at+it|on+purpose|wanted+to+die|wants+to+die|wanted+to+end+it|"
            "trying+to+die|intentional|intentionally|deliberately",
            # a fire set to die in: "fire set by resident who wants to die", "poured gas in
            # the unit and said she wants to die", "lit her mattress on fire and is refusing to
            # leave"
            "fire|fires ~1 set ~8 wants|wanted ~1 to ~1 die|end+it",
            "poured|pouring|doused|dousing|spread|spreading ~1 gas|gasoline|lighter+fluid|"
            "kerosene ~12 wants|wanted|want|going|gonna|trying ~1 to ~1 die|end+it|kill",
            "set ~1 fire ~1 to ~4 apartment|apt|unit|house|home|room|trailer|bedroom|mattress|"
            "bed ~8 refusing|refuses|won't|wont|will+not|wants+to+burn|burn+with+it",
            "wants|want|wanted|going|gonna ~1 to ~1 burn ~1 with ~1 it|the+house|the+place",
            # "going to burn the place down with himself in it" (never "with me in it": said
            # as often by the one threatened)
            "burn|burning|torch ~4 with ~1 himself|herself|themselves ~1 in|inside",
            # carbon monoxide in a garage or a car, with a note: "CO IN GARAGE, UNRESP, NOTE
            # FOUND"
            "co|carbon+monoxide ~2 in ~2 the|a|his|her ? garage|car|truck|vehicle ~8 note|"
            "letter|goodbye",
            "lit|set|lighting|setting ~1 his|her|their|the ? mattress|bed|room|apartment|unit|"
            "house|trailer|tent|clothes|car ~1 on ~1 fire ~6 refusing|refuses|won't|wont|will+not ~2 "
            "leave|come+out|get+out",
            # shut in with the engine: "passed out in the garage, garage door closed"
            "passed+out|unconscious|unresponsive|unresp|slumped ~4 garage ~4 door|doors ~1 "
            "closed|shut|down",
            "passed+out|unconscious|unresponsive|unresp|slumped ~4 in ~2 the|a|his|her ? car ~6 "
            "engine|motor ~1 running|on|idling",
        ),
        lookalikes=(
            "hit|struck ~2 the|a ? wall|pole|tree ~12 on+purpose ~3 to ~1 stop|avoid|miss",
        ),
        guard=dated_past_guard,
    ),
    # Spanish and Spanish-English notes.
    Rule(
        "suicide_attempt.spanish",
        CODE,
        "a suicide attempt or an imminent one told in Spanish (se tomó un pote de pastillas, "
        "una carta de despedida, en el puente 'no me busquen' ...)",
        patterns=(
            "intento ~1 de ~1 suicidio",
            "intento+suicida|intentó+suicidarse|intento+suicidarse|trató+de+suicidarse",
            "carta|nota|mensaje ~1 de ~1 despedida",
            "se ~1 tomó|tomo|tragó|trago ~3 pote|frasco|botella|todas|todo|caja|puño ~3 "
            "pastillas|pastilla|tylenol|medicamentos|pastillas|píldoras|pildoras|de",
            "se ~1 cortó|corto|cortó+las|corto+las ~2 venas|muñecas|muñeca|munecas|muneca",
            # talk and the means or the place: "en el puente ... no me busquen, ya decidí",
            # "ya no aguanto ... tiene la pistola de su trabajo"
            "no+me+busquen|ya+decidí|ya+decidi|para+no+despertar|quitarse+la+vida|"
            "quitarme+la+vida|me+voy+a+matar|se+va+a+matar|voy+a+suicidarme|"
            "no+quiere+vivir|no+quiero+vivir|con+tirarse|con+lanzarse|con+matarse|"
            "con+suicidarse|va+a+tirarse|se+va+a+tirar|"
            "se+va+a+suicidar|ya+no+aguanto|no+aguanto+más|no+aguanto+mas|cuida+a+los+nenes",
            # "estoy en el puente ... voy a saltar", "ya no puedo más", "quiero morir"
            "voy+a+saltar|va+a+saltar|van+a+saltar|voy+a+tirarme|me+voy+a+tirar|"
            "voy+a+lanzarme|me+voy+a+lanzar|se+va+a+lanzar|ya+no+puedo+más|"
            "ya+no+puedo+mas|quiero+morir|quiero+morirme|me+quiero+morir|me+quiero+matar|"
            "se+quiere+matar|quiere+matarse|acabar+con+todo|acabar+con+mi+vida|"
            "acabar+con+su+vida",
        ),
        requires=Context(
            "spanish_means_or_place",
            patterns=(
                "puente|techo|azotea|ledge|pistola|arma|escopeta|revólver|cuchillo|navaja|"
                "soga|cuerda|pastillas|pastilla|pote|frasco|veneno|vías|vias|tren|carretera|"
                "expreso|tylenol|despedida|nenes|despertar",
            ),
        ),
        guard=dated_past_guard,
    ),
    # French notes.
    Rule(
        "suicide_attempt.french",
        CODE,
        "a suicide attempt or an imminent one told in French (tentative de suicide, de "
        "l'autre côté de la rambarde, texto d'adieu sur le pont ...)",
        patterns=(
            "tentative ~1 de ~1 suicide",
            "s'est ~1 coupé|coupée|tailladé|tailladée|ouvert|ouvert ~2 les? veines|poignets|"
            "poignet",
            "a|elle|il ~1 avalé|pris ~3 comprimés|pilules|médicaments|medicaments|cachets ~6 "
            "mourir|en+finir|suicider|d'adieu",
            # over the railing: "de l'autre côté de la rambarde"
            "l'autre ~1 côté|cote ~2 de|du ~1 la|l' ? rambarde|garde-corps|parapet|"
            "balustrade|garde+corps",
        ),
        guard=dated_past_guard,
    ),
    Rule(
        "suicide_attempt.french_talk",
        CODE,
        "suicidal talk in French with the place or the means at hand (texto d'adieu sur le "
        "pont, veut en finir avec le fusil ...)",
        patterns=(
            "se+suicider|me+suicider|se+tuer|me+tuer|en+finir|mettre+fin+à+ses+jours|"
            "mettre+fin+a+ses+jours|veut+mourir|veux+mourir|va+sauter|veut+sauter|"
            "vais+sauter|menace+de+sauter|texto+d'adieu|lettre+d'adieu|message+d'adieu|"
            "mot+d'adieu|d'adieu",
        ),
        requires=Context(
            "french_means_or_place",
            patterns=(
                "pont|rambarde|garde-corps|parapet|balustrade|toit|balcon|falaise|rails|voie|"
                "métro|metro|train|arme|d'arme|fusil|pistolet|couteau|corde|comprimés|pilules|"
                "médicaments|medicaments|cachets|poison|veines|poignets|poignet",
            ),
        ),
        guard=dated_past_guard,
    ),
)

# A later update that screens the means away ("gun is locked in dad's safe", "no weapons
# in the apt", "denies any plan") clears only the means-and-talk findings, never an act.
UPDATE_CLEARS = Context(
    "suicide_means_cleared_by_update",
    patterns=(
        "no|neg|negative|not ~2 weapons|weapon|guns|gun|firearms|wpns|pills|meds|means|access ~3 "
        "in|at|on ~2 the ? apt|apartment|house|home|him|her|residence",
        f"{FIREARM}|weapons|pills|meds ~4 locked|secured|removed|taken+away|given+to|handed+over",
        # the person at the place was there for something else: "UPDT: RP CONFIRMS SUBJ IS
        # FISHING FROM THE INSIDE OF THE RAILING, NOT IN DISTRESS"
        "is|was|'s|just|only|were|are ~1 fishing|sightseeing|photographing|jogging|working|"
        "painting|inspecting|repairing|birdwatching|bird+watching|taking+photos|"
        "taking+pictures|walking+his+dog|walking+her+dog",
        "not ~1 in ~1 distress",
        # up there for a chore: "UPD: IT'S A ONE-STORY GARAGE, HE IS CLEANING GUTTERS"
        "cleaning|clearing|fixing|shoveling|shovelling|raking ~1 gutters|the+gutters|"
        "the+roof|leaves|snow|shingles|the+chimney|the+antenna|the+dish",
        "no|not ~1 talk|talking|mention|mentioning|threats|threatening ~2 of|about ? jumping|"
        "suicide|killing+himself|killing+herself|hurting+himself|hurting+herself",
    ),
    affirmed=False,
)
UPDATE_CLEARABLE = frozenset({
    "suicide_attempt.location_with_talk", "suicide_attempt.ingestion_intent",
    "suicide_attempt.location",
})
