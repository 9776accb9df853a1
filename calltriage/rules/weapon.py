"""`weapon`: a weapon is present, shown, used, threatened or within reach with intent."""

from __future__ import annotations

from calltriage.rules.base import Rule

CODE = "weapon"

FIREARMS = (
    "gun|guns|handgun|handguns|pistol|pistols|revolver|revolvers|rifle|rifles|shotgun|"
    "shotguns|firearm|firearms|glock|glocks|ar15|ar-15|ak47|ak-47|uzi|9mm|magnum|"
    "derringer|carbine|semi-auto|semiautomatic|sawed-off|sawedoff|tec9|tec-9|caliber|"
    "long-gun|longgun|handgun|ammo|ammunition|bullets|bullet|rounds|holster|holstered"
)
BLADES = (
    "knife|knives|blade|blades|machete|machetes|boxcutter|boxcutters|box-cutter|razor|"
    "razorblade|switchblade|switchblades|dagger|sword|swords|axe|ax|hatchet|cleaver|"
    "shank|shiv|scissors|icepick|ice-pick|katana|bayonet|pocketknife|pocket-knife|"
    "butcher|steak|kitchen"
)
IMPROVISED = (
    "bat|bats|crowbar|crowbars|hammer|pipe|tire-iron|tireiron|brick|bottle|bottles|"
    "club|baton|stick|board|2x4|rock|rocks|chain|screwdriver|wrench|golf|pole|shovel|"
    "taser|tazer|stun|mace|brass|nunchucks|nunchucks|spear|bow|crossbow|arrow|arrows"
)
WIELD = (
    "swinging|swung|swings|swing|wielding|wields|brandishing|brandished|brandishes|waving|"
    "waved|holding|holds|held|threatening|threatened|threatens|pointing|pointed|points|"
    "armed|hit|hitting|struck|striking|strikes|beating|beat|attacking|attacked|chasing|"
    "chased|raised|raising|threw|throwing|throws|thrown|grabbed|pulled|pulling|pulls|"
    "carrying|carries|carried|has|had|have|with|w/|using|used|uses|lunging|lunged|"
    "jabbing|charging|menacing"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "weapon.generic",
        CODE,
        "the word weapon or armed",
        patterns=(
            "weapon|weapons|armed|wpn|wpns",
            "weaponry",
            "sharp object|objects|item|items",
            "deadly weapon",
        ),
        lookalikes=(
            "alarm armed|was|is|system",
            "re:^(alarm|system|panel)$ * ? armed",
            "armed forces|services",
            "armed service|services",
            "strong armed|arm",
        ),
    ),
    Rule(
        "weapon.firearm",
        CODE,
        "a firearm is mentioned",
        patterns=(FIREARMS,),
        lookalikes=(
            "glue|nail|staple|heat|caulk|caulking|squirt|water|nerf|spray|radar|grease|"
            "paint|soldering|massage|tattoo|price|hot|label|foam|bubble|temperature guns|gun",
            "gun|guns shop|store|show|shows|club|dealer|counter|stores",
            "top gun|guns",
            "rounds of|on|in|at|with|drinks|golf|applause",
            "made|making|doing|does|did|do|his|her|their|the|morning|nightly|daily rounds",
            "gun-shy|gunshy",
            "son of a gun",
            "jumped the gun",
            "stick|sticks shift",
        ),
    ),
    Rule(
        "weapon.blade",
        CODE,
        "a knife or blade is mentioned",
        patterns=(
            "knife|knives|blade|blades|machete|machetes|boxcutter|boxcutters|box-cutter|"
            "switchblade|switchblades|dagger|sword|swords|shank|shiv|icepick|ice-pick|"
            "katana|bayonet|pocketknife|pocket-knife|razorblade|cleaver",
            "box cutter|cutters",
            "razor blade|blades",
            "ice pick",
            "axe|ax|hatchet|hatchets",
            "straight razor",
            "butcher|steak|kitchen|hunting|pocket knife|knives",
            "broken bottle|glass",
            "scissors",
        ),
        lookalikes=(
            "knife|knives sharpening|sharpener|sharpeners|block|set|sharpen|store|shop|sale|"
            "collection|maker",
            "butter knife|knives",
            "blade|blades of grass",
            "wiper blade|blades",
            "fan blade|blades",
            "roller blade|blades|blading",
            "rollerblade|rollerblades|rollerblading",
            "razor scooter|scooters|burn",
            "shoulder blade|blades",
            "ice pick-up",
            "axe body spray",
            "scissors lift",
        ),
    ),
    Rule(
        "weapon.improvised",
        CODE,
        "an object used or held as a weapon (bat, bottle, pipe, hammer ...)",
        patterns=(
            f"{WIELD} a|an|the|his|her|their|some|broken|metal|wooden|baseball|golf|lead|glass|beer|big|large|long ? {IMPROVISED}",
            f"{WIELD} a|an|the|his|her|their|some ? broken|metal|wooden|baseball|aluminum|golf|lead|glass|beer|big|large|long {IMPROVISED}",
            "baseball|metal|aluminum|aluminium|wooden bat|bats",
            "golf club|clubs",
            "tire iron",
            "brass knuckles",
            "stun gun|guns",
            "pepper spray",
            "bear spray",
            f"{IMPROVISED} as|for a ? weapon",
            f"came at|after * ? with a|an|the * ? {IMPROVISED}",
            "taser|tazer|nunchucks|crowbar|crossbow",
        ),
        lookalikes=(),
    ),
    Rule(
        "weapon.shots",
        CODE,
        "shots fired, shooting or a person shot",
        patterns=(
            "shots|shot fired|fire|firing|heard|rang",
            "shots|shot",
            "gunshot|gunshots|gunfire|gun-shot|gun-shots|gunshot_wound|gsw",
            "shooting|shootings",
            "shoot|shoots|shooter|shooters",
            "been|was|got|were|just|being shot",
            "shot him|her|them|me|us|at|someone|somebody|himself|herself|it|up|through|dead|"
            "in|multiple|twice|once|the",
            "fired a|shots|rounds|round|several|multiple|weapon|gun|off|at",
            "opened fire",
            "open fire",
            "pistol whipped|whipping",
            "pistol-whipped",
            "re:^(pistolwhipped|pistol-whipped)$",
            "discharge|discharged|discharging a|the|his|her ? firearm|gun|weapon|rifle|pistol",
        ),
        lookalikes=(
            "photo|video|film|movie|fashion|music|commercial|modeling|photography shoot|"
            "shooting|shoot|shoots",
            "shooting|shoot|shooter|shooters pain|pains|star|stars|hoops|baskets|pool|"
            "range|video|videos|photos|pictures|film|gallery|guard|guards|method",
            "shooting|shoot|shoots|shot up|dope|heroin|drugs|meth|smack",
            "shooting|shoot|shot the breeze|bull|messenger|moon",
            "flu|covid|booster|vaccine|vaccination|insulin|b12|allergy|tetanus|tdap|"
            "vitamin|first|big|long|hot|mug|jump|free|pool|trick|slap|screen|cheap|"
            "good|nice|last|best|depo|one shot|shots",
            "shot|shots of|glass|glasses|clock|caller",
            "took|take|taking|takes|doing|do|did|downed|drank a|some ? shot|shots",
            "shot|shots at a|the title|job|promotion|it",
            "shot in the dark",
            "call|calling|calls the shots",
            "re:^(screenshot|screenshots|snapshot|snapshots|mugshot|mugshots|slingshot|"
            "earshot|buckshot)$",
            "fire|fired from|employee|employees|the|her|him|me|job|worker|workers",
            "fired her|him|me|them|us|the|from|an|my|his",
            "was|got|been|being fired",
            "fire|fired up the|a|his ? grill|bbq|barbecue|car|engine|oven|generator",
        ),
    ),
    Rule(
        "weapon.stab",
        CODE,
        "stabbing or slashing",
        patterns=(
            "stab|stabs|stabbed|stabbing|stabbings|stabber",
            "slashed|slashing|slash|slashes him|her|them|me|someone|at|his|her|throat|face",
            "cut|cutting|cuts him|her|them|me|someone|somebody with",
        ),
        lookalikes=(
            "stab|stabbing|stabbed in the dark",
            "stabbing pain|pains|sensation",
            "stab at",
            "slashed|slashing|slash prices|price|tires|tire|budget|seats|seat",
        ),
    ),
    Rule(
        "weapon.threat_with",
        CODE,
        "threatening someone with a weapon-like object",
        patterns=(
            "threatening|threatened|threatens|threaten to ? shoot|stab|cut|slash",
            "pointing|pointed|points|aiming|aimed a|an|the|his|her ? gun|firearm|pistol|"
            "rifle|weapon|knife",
            "held|holding|put|puts|has a|an|the ? gun|knife|pistol|blade to|at|against",
        ),
        lookalikes=(),
    ),
)
