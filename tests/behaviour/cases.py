"""Hand-written behavioural cases (CheckList-style), written for these tests from the spec,
not taken from the gold, dev or generated data."""

from __future__ import annotations

# Minimum functionality: plain, unambiguous calls per category (no disqualifier).
MFT: dict[str, list[str]] = {
    "behavioral_health": [
        "caller says her adult son is hearing voices and talking to himself, has not slept "
        "in three days, no weapons, not violent",
        "RP states her husband is very depressed and keeps saying life is not worth living, "
        "denies any plan, no means, no weapons in the house",
        "man pacing in the bus station talking to people who are not there, seems confused "
        "and scared, neg wpns, not aggressive",
        "welfare check on an elderly woman who is disoriented and keeps asking strangers "
        "where she lives, she is not hurt",
        "988 transfer, caller feeling hopeless and anxious, denies SI plan or means, would "
        "like someone to come talk with her in person",
        "RP reports her brother stopped taking his psych meds and is paranoid that the "
        "neighbors are spying on him, no weapons, not threatening anyone",
        "intoxicated male walking and talking, slurring his words outside the bar, not "
        "violent, no injuries, bartender wants someone to check on him",
    ],
    "homelessness": [
        "unhoused man sleeping in the doorway of the pharmacy, manager wants him moved "
        "along, he is not aggressive",
        "homeless woman with two bags asking for help getting to a shelter, she has no "
        "place to stay tonight",
        "encampment of four tents behind the public library, staff request outreach for "
        "the people staying there",
        "person panhandling at the freeway off ramp all day, appears to have nowhere to go",
        "man camping in the park with all his belongings in a shopping cart, no threats, "
        "parks staff asking for services",
        "unsheltered person sleeping in the stairwell of the parking garage to get out of "
        "the cold, nowhere else to go, not causing problems",
    ],
    "conflict": [
        "neighbors arguing loudly over a parking spot, verbal only, nobody touched anyone, "
        "no weapons",
        "RP states the neighbor has been playing very loud music since midnight and will not "
        "turn it down",
        "roommates yelling at each other about unpaid rent, verbal argument only, no threats",
        "landlord and tenant arguing at the front door about a late payment, verbal only",
        "customer arguing with the store clerk over a refund, verbal dispute, no threats "
        "made",
        "teenage son and his father shouting at each other at home, verbal only, nobody hurt",
    ],
    "other": [
        "two car collision at the intersection, minor damage, no injuries, cars blocking "
        "the lane",
        "caller wants to know how to get a copy of an accident report for insurance",
        "loose dog running in the street chasing cars",
        "traffic signal is out at the intersection and cars are not stopping",
        "bicycle stolen from the garage sometime last week, report only, no suspect",
        "residential burglar alarm going off, alarm company requesting a check, keyholder "
        "not reached",
    ],
}

# Invariance templates: the route must not depend on who, where or which phone number.
TEMPLATES: list[str] = [
    "{name} called from {phone} about her neighbor at {address} playing loud music every "
    "night, verbal only, no weapons",
    "RP {name} at {address} states her adult son is hearing voices and pacing, not violent, "
    "no weapons, callback {phone}",
    "unhoused man sleeping in the doorway at {address}, store manager {name} wants him moved "
    "along, callback {phone}",
    "{name} reports a two car collision in front of {address}, no injuries, callback {phone}",
    "caller {name} says a homeless woman is asking for a ride to a shelter near {address}, "
    "she has nowhere to stay, callback {phone}",
]
NAMES = ["John Smith", "Maria Garcia", "DeShawn Washington", "Nguyen Van An", "Aisha Mohammed",
         "Mrs. O'Brien", "Jake", "Priya Patel", "Dmitri Ivanov", "Juan Carlos de la Cruz"]
ADDRESSES = ["1234 N 27th St", "500 W Wisconsin Ave apt 3", "88 Elm Street",
             "the corner of 5th and Main", "4410 S Howell Ave", "Lakeview Apartments unit 12B"]
PHONES = ["414-555-0134", "(608) 555-0199", "555-0101", "4145550123", "+1 262 555 0177"]
DEFAULTS = {"name": NAMES[0], "address": ADDRESSES[0], "phone": PHONES[0]}

# Directional: adding a knife must disqualify, wherever and however it is said.
KNIFE_ADDITIONS = [
    ("suffix", "{text}. Subj has a knife."),
    ("update", "{text}\n** UPDATE: RP now says he has a knife"),
    ("prefix", "Caller says the subject has a knife. {text}"),
    ("clause", "{text}, and she has a knife in her hand"),
    ("caps", "{text}. SUBJ HAS A KNIFE"),
]
