"""Synthetic 911 call-narrative generator for calltriage training data.

    python -m training.generate --n 24000 --seed 20261127 --out data_samples/generated/train.jsonl.gz

Each record is composed from many independent fragments: a scenario core, optional
caller framing, context lines, screening answers, disqualifier add-ons (affirmed or
uncertain), clearing / still-unsure update pairs, neutral updates, transfer framing,
then random style transforms (CAD abbreviation, case, typos, punctuation, clause
reordering, timestamps, truncation of non-essential tails).  Labels follow the
labelling conventions of ../shared/triage-spec.md and are decided BEFORE the text
is styled; no transform may remove label evidence.  See
data_samples/generated/README.md for what is modelled and the label decisions.

Standard library only; deterministic for (n, seed): all randomness comes from one
random.Random(seed).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time

from training import fragments as F
from training.scen_addons import (ADDONS, CLEAR_PAIRS, KEEP_PAIRS, OT_ESC, POS_SCREEN_GENERIC, SHORT_ADDON,
                                  SHORT_NEG)
from training.scen_bh import SCENARIOS as _BH
from training.scen_cf import SCENARIOS as _CF
from training.scen_hl import SCENARIOS as _HL
from training.scen_ot import SCENARIOS as _OT
from training.scen_extra import SCENARIOS as _EXTRA
from training.scenario import CATEGORIES, CODES
from training.tpl import Renderer, tidy

SCENARIOS = _BH + _HL + _CF + _OT + _EXTRA
SCENARIO_BY_ID = {s.sid: s for s in SCENARIOS}
assert len(SCENARIO_BY_ID) == len(SCENARIOS), "duplicate scenario id"

STYLE_TAGS = ("cad", "prose", "typos", "update_lines", "third_party", "first_party", "screening", "transfer",
              "lowercase", "allcaps", "nopunct", "reordered", "truncated", "short", "long", "timestamps",
              "call_type_mismatch", "multiline", "context")

CAT_WEIGHTS = {"behavioral_health": 0.24, "homelessness": 0.18, "conflict": 0.20, "other": 0.38}

# probability of each target disqualifier inside a category (rest = no disqualifier)
DQ_TARGET = {
    "behavioral_health": {"weapon": 0.05, "violence": 0.065, "medical": 0.07, "suicide_attempt": 0.115, "crime_in_progress": 0.035},
    "homelessness": {"weapon": 0.045, "violence": 0.055, "medical": 0.065, "suicide_attempt": 0.048, "crime_in_progress": 0.045},
    "conflict": {"weapon": 0.05, "violence": 0.175, "medical": 0.04, "suicide_attempt": 0.04, "crime_in_progress": 0.045},
    "other": {"weapon": 0.10, "violence": 0.075, "medical": 0.15, "suicide_attempt": 0.022, "crime_in_progress": 0.09},
}
# share of DQ records that use a scenario whose core already carries the code
P_INTRINSIC = {"behavioral_health": 0.6, "homelessness": 0.4, "conflict": 0.55, "other": 0.85}

# ---------------------------------------------------------------------------- vocabulary


class _Vocab(dict):
    """Vocabulary lookup; n<a>_<b> slots produce random integers in [a, b]."""

    _NUM = re.compile(r"n(\d+)_(\d+)$")

    def __missing__(self, key):
        m = self._NUM.match(key)
        if not m:
            raise KeyError("unknown slot {%s}" % key)
        lo, hi = int(m.group(1)), int(m.group(2))
        fn = lambda rng, lo=lo, hi=hi: str(rng.randint(lo, hi))  # noqa: E731
        self[key] = fn
        return fn


def _clock(rng):
    return rng.choice(["%02d%02d", "%02d:%02d", "%02d%02d hrs", "%02d:%02d"]) % (rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))


def _plate(rng):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    style = rng.random()
    if style < 0.4:
        return "".join(rng.choice(L) for _ in range(3)) + "%04d" % rng.randint(0, 9999)
    if style < 0.7:
        return "%d%s%03d" % (rng.randint(1, 9), "".join(rng.choice(L) for _ in range(3)), rng.randint(0, 999))
    if style < 0.85:
        return "partial %s%s" % (rng.choice(L), rng.choice(L))
    return "unk plate"


VOCAB = _Vocab(
    biz=F.BIZ, place=F.PUBLIC_PLACES, park=F.PARKS, res=F.RES_LOC, transit=F.TRANSIT,
    street=F.STREETS, street2=F.STREETS, stsfx=F.ST_SFX, dir=F.DIRS, ord=F.ORD,
    addr=["{n100_9999} {dir} {street} {stsfx}", "{n1_99}00 blk {dir} {street} {stsfx}", "{n1_99}00 block of {street} {stsfx}",
          "{n100_9999} {street} {stsfx} {res}", "{street} {stsfx} and {ord}", "{n100_9999} {ord} {stsfx}"],
    xst=["{ord} and {street} {stsfx}", "{street} {stsfx} & {ord}", "{street}/{ord}", "{street} and {street2}", "{ord} & {street}",
         "{street} {stsfx} at {ord} {stsfx}", "{street} x {ord}"],
    ago=F.AGO, dur=F.DUR, tod=F.TOD, days_ago=F.DAYS_AGO, clock=_clock, plate=_plate,
    drugs=F.DRUGS, diag=F.DIAG, meds=F.MEDS, pills=F.PILLS, knife=F.KNIFE, gun=F.GUN, longgun=F.LONG_GUN, blunt=F.BLUNT, harmless=F.HARMLESS_OBJ,
    veh=F.VEH, vehs=F.VEH_SHORT, pet=F.PETS, wild=F.ANIMALS_WILD, clothing=F.CLOTHING, callfrom=F.CALLFROM,
    rel=F.NEUTRAL_REL + F.MALE_REL[:6] + F.FEMALE_REL[:6], anyname=F.MALE_NAMES + F.FEMALE_NAMES,
    abcd=list("ABCDEFGH"), drugs_any=F.DRUGS,
    hh=lambda r: "%02d" % r.randint(0, 23), mm=lambda r: "%02d" % r.randint(0, 59), ss=lambda r: "%02d" % r.randint(0, 59),
    opid=lambda r: r.choice(["D%d" % r.randint(1, 40), "CT%02d" % r.randint(1, 30), "#%d" % r.randint(100, 999), "[%s%s]" % (r.choice("ABCDEJKLMRST"), r.choice("ABCDEJKLMRST"))]),
)
VOCAB["role"] = F.RP_ROLES["public"]
VOCAB["days_ago"] = F.DAYS_AGO
STICKY = frozenset(["biz", "park", "res", "addr", "xst", "veh", "pet", "diag", "meds", "clock", "role"])

# ---------------------------------------------------------------------------- helpers


def _wchoice(rng, items, weights):
    x = rng.random() * sum(weights)
    acc = 0.0
    for it, w in zip(items, weights):
        acc += w
        if x < acc:
            return it
    return items[-1]


_ADDON_CACHE: dict = {}


def _parse_item(item):
    """'+violence @household::text' -> (extra_codes, required_tags, text)"""
    c = _ADDON_CACHE.get(item)
    if c is None:
        extra, tags = [], []
        text = item
        if "::" in item:
            flags, text = item.split("::", 1)
            for f in flags.split():
                if f.startswith("+"):
                    extra.append(f[1:])
                elif f.startswith("@"):
                    tags.append(f[1:])
        c = (tuple(extra), tuple(tags), text)
        _ADDON_CACHE[item] = c
    return c


_ACTOR_SLOT = re.compile(r"\{(A|Ahe|ahe|ahis|ahim)\}")


def _has_actor(text):
    return bool(_ACTOR_SLOT.search(text))


def _scenario_esc(scen):
    esc = dict(scen.esc)
    for k, v in OT_ESC.get(scen.sid, {}).items():
        esc.setdefault(k, [])
        esc[k] = list(esc[k]) + list(v)
    return esc


_ESC = {s.sid: _scenario_esc(s) for s in SCENARIOS}


_OBSERVER = re.compile(r"\bRP\b[^{]*\{(ahe|ahim|ahis|A)\}")


def _addon_pool(scen, code, self_actor=False):
    """Candidate add-on items for `code` on scenario `scen` (scenario escalations first).

    self_actor: the caller is the person the add-on talks about, so items where RP
    observes that person ("RP isn't sure if {ahe} is breathing") do not fit."""
    items = [i for i in _ESC[scen.sid].get(code, []) if not (self_actor and _OBSERVER.search(i))]
    if code in scen.no_addon:
        return items, []
    cat_items = []
    for it in ADDONS[scen.cat].get(code, []):
        extra, tags, text = _parse_item(it)
        have = set(scen.tags) | {"subj_" + scen.subj}
        if any(not (set(t.split("|")) & have) for t in tags):
            continue
        if "noperson" in scen.tags:
            continue
        if scen.subj == "none" and scen.cat != "conflict" and _has_actor(text):
            continue
        if any(e in scen.no_addon for e in extra):
            continue
        if self_actor and _OBSERVER.search(text):
            continue
        cat_items.append(it)
    return items, cat_items


# pre-index scenarios
_BY_CAT = {c: [s for s in SCENARIOS if s.cat == c] for c in CATEGORIES}
_INTRINSIC = {(c, k): [s for s in _BY_CAT[c] if k in s.dq] for c in CATEGORIES for k in CODES}
_PLAIN = {c: [s for s in _BY_CAT[c] if not s.dq] for c in CATEGORIES}
_ADDABLE = {}
for _c in CATEGORIES:
    for _k in CODES:
        lst = []
        for _s in _BY_CAT[_c]:
            if _k in _s.dq:
                continue
            esc_items, cat_items = _addon_pool(_s, _k)
            if esc_items or (cat_items and not _s.dq):
                lst.append(_s)
        _ADDABLE[(_c, _k)] = lst


def _pick_scenario(rng, cat, code):
    if code is None:
        pool = _PLAIN[cat]
        return pool and _wchoice(rng, pool, [s.w for s in pool]), None
    intr = _INTRINSIC[(cat, code)]
    add = _ADDABLE[(cat, code)]
    if intr and (not add or rng.random() < P_INTRINSIC[cat]):
        return _wchoice(rng, intr, [s.w for s in intr]), None
    s = _wchoice(rng, add, [s.w for s in add])
    return s, code


# ---------------------------------------------------------------------------- people


def _split_sex(entry, rng):
    if entry.endswith("/m"):
        return entry[:-2], "m"
    if entry.endswith("/f"):
        return entry[:-2], "f"
    return entry, rng.choice("mf")


def _pronouns(sex):
    he, his, him = ("he", "his", "him") if sex == "m" else ("she", "her", "her")
    return {"he": he, "his": his, "him": him, "himself": him + "self", "He": he.capitalize(), "His": his.capitalize()}


def _wear(rng, r, cad):
    if rng.random() < 0.7:
        verbs = F.CLOTHING_VERB if cad else ["wearing", "in", "dressed in"]
        return rng.choice(verbs) + " " + r.render(rng.choice(F.CLOTHING))
    return "with " + r.render(rng.choice(F.ACCESSORIES))


def _descriptor(rng, r, sex, cad, scen):
    """Third-party first mention of a person."""
    x = rng.random()
    ages_abbr = scen.slots.get("age_abbr", F.AGE_ABBR)
    ages_prose = scen.slots.get("age_prose", F.AGE_PROSE)
    if cad and x < 0.75 or (not cad and x < 0.2):
        d = "%s %s" % (rng.choice(F.RACE_SEX_ABBR[sex]), r.render(rng.choice(ages_abbr)))
        if rng.random() < 0.55:
            d += " " + _wear(rng, r, True)
        return d
    if x < 0.9:
        word = rng.choice(F.SEX_WORD[sex])
        d = "a " + word
        if rng.random() < 0.6 and not any(a in word for a in ("older", "young", "middle aged")):
            d += " " + r.render(rng.choice(ages_prose))
        if rng.random() < 0.5:
            d += " " + _wear(rng, r, False)
        return d
    name = rng.choice(F.MALE_NAMES if sex == "m" else F.FEMALE_NAMES)
    return rng.choice(["a man named %s", "a regular named %s", "someone RP knows as %s", "a person who goes by %s",
                       "%s, a known local"]) % name if sex == "m" else rng.choice(
        ["a woman named %s", "a regular named %s", "someone RP knows as %s", "a person who goes by %s", "%s, a known local"]) % name


_PLURAL = re.compile(r"\b(juveniles|kids|teens|teenagers|neighbors|people|group|patrons|crew|company|guests)\b", re.I)


def _make_people(rng, scen, mode, cad, r):
    """Fill subject / other-party / actor slots in r.fixed."""
    sex = "m" if rng.random() < 0.6 else "f"
    fx = r.fixed
    fx.update(_pronouns(sex))
    name = rng.choice(F.MALE_NAMES if sex == "m" else F.FEMALE_NAMES)
    fx["name"] = name
    local_rel = scen.slots.get("relS")
    rel_s = r.render(rng.choice(local_rel)) if local_rel else rng.choice(F.MALE_REL if sex == "m" else F.FEMALE_REL)
    fx["relS"] = rel_s
    if mode == "F":
        S = rng.choice(F.CALLER_SELF + F.CALLER_SELF_SEX[sex])
        if rng.random() < 0.2:
            S += rng.choice([", %s yoa," % rng.randint(18, 80), " (%s)" % name, " %s" % name])
        s = rng.choice(["RP", "caller", fx["he"], "RP", "CLR"])
    else:
        kind = scen.subj
        if kind == "any":
            kind = rng.choice(["family", "public"])
        if kind == "family":
            S = "RP's " + rel_s
            if rng.random() < 0.4:
                S += " " + name
            if rng.random() < 0.35 and "age_abbr" not in scen.slots and "relS" not in scen.slots:
                S += rng.choice([", %s yoa," % rng.randint(18, 80), " (%s)" % rng.randint(18, 80), ", age %s," % rng.randint(18, 80)])
            s = rng.choice([rel_s, fx["he"], "subj", name, fx["he"]])
        else:
            S = _descriptor(rng, r, sex, cad, scen)
            s = rng.choice(F.SUBJ_SHORT[sex])
    fx["S"] = S
    fx["s"] = s
    # other party
    o_src = scen.slots.get("O")
    if o_src:
        o_txt, osex = _split_sex(rng.choice(o_src), rng)
        o_txt = r.render(o_txt)
    else:
        osex = rng.choice("mf")
        o_txt = rng.choice(["the other party", "the other person", "another person"])
    fx["O"] = o_txt
    fx["o"] = o_txt if len(o_txt.split()) <= 3 else ("the other party" if rng.random() < 0.5 else _pronouns(osex)["he"])
    op = _pronouns(osex)
    fx.update({"ohe": op["he"], "ohis": op["his"], "ohim": op["him"], "Ohe": op["He"]})
    if scen.cat == "conflict" and o_src:
        if _PLURAL.search(o_txt):
            who = rng.choice(["one of them", "one of the [guys|people|kids]", "one of them"]) if "kid" in o_txt or "juv" in o_txt or "teen" in o_txt \
                else rng.choice(["one of them", "one of the neighbors", "one of them"])
            who = r.render(who)
            fx.update({"A": who, "ahe": who, "ahis": op["his"], "ahim": op["him"], "Ahe": who[0].upper() + who[1:]})
        else:
            fx.update({"A": o_txt, "ahe": op["he"], "ahis": op["his"], "ahim": op["him"], "Ahe": op["He"]})
    else:
        sp = _pronouns(sex)
        fx.update({"A": s, "ahe": sp["he"], "ahis": sp["his"], "ahim": sp["him"], "Ahe": sp["He"]})
    return sex


# ---------------------------------------------------------------------------- style transforms

_ABBR_MAP = {}
for _p, _reps in F.ABBREV:
    _ABBR_MAP.setdefault(_p.lower(), _reps)
_ABBR_RX = re.compile(r"\b(%s)\b" % "|".join(re.escape(k) for k in sorted(_ABBR_MAP, key=len, reverse=True)), re.I)
_ARTICLE = re.compile(r"\b(the|a|an) (?=\w)", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z']+")
_PUNCT = re.compile(r"[.,;:!?\"]")
_NEIGH = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n", "t": "y", "y": "t", "d": "f",
          "l": "k", "k": "l", "u": "i", "h": "j", "c": "v", "g": "h", "p": "o", "b": "v", "w": "e"}


def _cadify(rng, text, p):
    decided = {}

    def rep(m):
        w = m.group(0)
        k = w.lower()
        d = decided.get(k)
        if d is None:
            d = decided[k] = rng.random() < p
        return rng.choice(_ABBR_MAP[k]) if d else w

    text = _ABBR_RX.sub(rep, text)
    if rng.random() < p:
        text = _ARTICLE.sub(lambda m: "" if rng.random() < 0.7 else m.group(0), text)
    return text


_PROSE_RP = re.compile(r"\bRP\b")
_PROSE_SUBJ = re.compile(r"\b((?:the|The|THE) )?(subj|SUBJ)\b")


def _prosify(rng, text, rp_word, subj_word):
    text = _PROSE_RP.sub(rp_word, text)
    text = _PROSE_SUBJ.sub(lambda m: (m.group(1) + subj_word) if m.group(1) else ("subject" if subj_word.endswith("subject") else "person"), text)
    text = text.replace(" w/ ", " with ").replace(" w/o ", " without ")
    return text


def _typo_word(rng, w):
    i = rng.randint(1, len(w) - 2)
    op = rng.random()
    if op < 0.3:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.55:
        return w[:i] + w[i + 1:]
    if op < 0.8:
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    rep = _NEIGH.get(c, c)
    return w[:i] + (rep.upper() if w[i].isupper() else rep) + w[i + 1:]


def _typos(rng, text, rate):
    def sub(m):
        w = m.group(0)
        if len(w) < 4 or w.lower() in F.PROTECTED or rng.random() >= rate:
            return w
        return _typo_word(rng, w)
    return _WORD.sub(sub, text)


def _sentence(text):
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?\"')":
        text += "."
    return text


# ---------------------------------------------------------------------------- record building


def _lower_pronoun(t):
    for p in ("{Ahe}", "{Ohe}", "{He}", "He ", "She "):
        if t.startswith(p):
            return {"{Ahe}": "{ahe}", "{Ohe}": "{ohe}", "{He}": "{he}", "He ": "he ", "She ": "she "}[p] + t[len(p):]
    return t


_CALLER_KNOWN = re.compile(r"\bRP (\(|is\b|from\b)|counselor|social worker|staff says|worker requests|Therapist|APS|Poison control|"
                           r"Alarm co|Monitoring|Shotspotter|keyholder|Hospital (security|social)|\{role\}|outreach worker", re.I)


_CORE_NEG = {
    "violence": re.compile(r"not (violent|threatening|aggressive|combative|physical|hurting|fighting)|verbal|no (threats|physical|assault|one (has been )?hit|violence|one touching|one hurt|sounds of)|nothing physical|nobody touched|just words|only yelling|just yelling|hasn't (swung|hurt)", re.I),
    "weapon": re.compile(r"no (weapons?|wpns?|means)|not armed", re.I),
    "medical": re.compile(r"no (injur|inj\b|one hurt|medical)|not hurt|nobody hurt|uninjured|breathing (ok|fine)|alert|awake|talking|walking|responds|responding", re.I),
    "suicide_attempt": re.compile(r"no plan|denies|no means|no SI|not suicidal|no (pills|weapons)", re.I),
    "crime_in_progress": re.compile(r"no one inside|nothing taken|suspect (gone|left|fled)", re.I),
}



# how often a core gets a reporting frame ("caller says she ...", "RP states the ..."): higher where the
# templates are mostly impersonal, so that reporting verbs and pronouns do not mark a category
P_CROSS = 0.05
P_REPORT_FRAME = {"behavioral_health": 0.15, "homelessness": 0.2, "conflict": 0.2, "other": 0.45}
_LEAD_RP = re.compile(r"^(?:the )?(RP|caller)('s)? ", re.I)
_RP_POSS = re.compile(r"\bRP's\b")
_REPORT_VERB = re.compile(r"(says|states|stating|reports|reporting|advises|adv|sts|is reporting|said|called)\b", re.I)


def _report_frame(rng, core, mode, fx, cat):
    """Prefix a reporting verb; in first-party notes the caller becomes a pronoun."""
    if rng.random() >= P_REPORT_FRAME[cat] or not core:
        return core
    frame = rng.choice(F.REPORT_FRAMES)
    m = _LEAD_RP.match(core)
    if m:
        if mode != "F":
            return core
        rest = core[m.end():]
        if _REPORT_VERB.match(rest):
            return core
        core = (fx["his"] if m.group(2) else fx["he"]) + " " + _RP_POSS.sub(fx["his"], rest)
        return frame + core
    if core[:2].isupper() or core[:1].islower():
        return frame + core
    return frame + core[0].lower() + core[1:]


class Seg:
    __slots__ = ("text", "kind", "critical")

    def __init__(self, text, kind, critical=False):
        self.text = text
        self.kind = kind
        self.critical = critical


def _screen_block(rng, r, scen, dqs, addon_code, addon_text_item, prose=False, skip=()):
    """Return (text, critical).  addon_text_item is a POS_SCREEN template when the add-on goes here."""
    cat = scen.cat
    fields = ["weapon", "violence", "medical"]
    if cat == "behavioral_health":
        fields += ["suicide_attempt", "drugs", "mh"]
    elif cat == "homelessness":
        fields += ["drugs"] + (["suicide_attempt"] if rng.random() < 0.3 else [])
    elif cat == "conflict":
        fields += ["drugs"] if rng.random() < 0.5 else []
        if "household" in scen.tags and rng.random() < 0.2:
            fields.append("suicide_attempt")
    else:
        if "crime" in scen.tags:
            fields.append("crime_in_progress")
        if rng.random() < 0.3:
            fields.append("drugs")
    if addon_code and addon_code not in fields:
        fields.append(addon_code)
    k = rng.randint(min(2, len(fields)), len(fields))
    chosen = rng.sample(fields, k)
    if addon_code and addon_code not in chosen:
        chosen.append(addon_code)
    if rng.random() < 0.5:
        order = ["weapon", "violence", "medical", "suicide_attempt", "crime_in_progress", "drugs", "mh"]
        chosen.sort(key=order.index)
    qa = rng.random() < 0.3
    items = []
    critical = False
    merged_sihi = False
    said = set()
    for f in chosen:
        if f in skip:
            continue  # this code only appears in a later update; the screen predates it
        if f == "drugs":
            items.append(r.pick(F.DRUG_SCREEN))
            continue
        if f == "mh":
            items.append(r.pick(F.MH_SCREEN))
            continue
        if f == addon_code and addon_text_item is not None:
            items.append(r.render(addon_text_item))
            critical = True
            continue
        if f in dqs:
            if rng.random() < 0.4:
                items.append(r.pick(POS_SCREEN_GENERIC[f]))
                critical = True
            elif f == "weapon" and "shots" in scen.tags and rng.random() < 0.6:
                items.append(rng.choice(["no weapons seen", "no wpns seen by RP", "RP did not see a weapon", "NO WPN SEEN"]))
            continue
        if f == "crime_in_progress" and "crime" not in scen.tags:
            continue
        # negated / non-firing answers
        if f == "suicide_attempt" and "si_talk" in scen.tags:
            items.append(r.pick(F.SI_TALK_SCREEN))
            continue
        if f in ("violence", "suicide_attempt") and not merged_sihi and "violence" not in dqs and "suicide_attempt" not in dqs \
                and not (said & {"violence", "suicide_attempt"}) and "si_talk" not in scen.tags and cat == "behavioral_health" \
                and rng.random() < 0.35:
            items.append(r.pick(F.NEG_SCREEN_BOTH))
            merged_sihi = True
            continue
        if f in ("violence", "suicide_attempt") and merged_sihi:
            continue
        said.add(f)
        if qa:
            label = {"weapon": ["WPNS", "Weapons", "WPN", "Weapons?"], "violence": ["VIOL", "Violence", "Threats", "Physical?"],
                     "medical": ["INJ", "Injuries", "MED", "Injuries?"], "suicide_attempt": ["SI", "Self harm", "SI?"],
                     "crime_in_progress": ["IP", "In progress?", "Susp on scene"]}[f]
            val = ["N", "NEG", "no", "none", "neg per RP", "No"] if f != "suicide_attempt" else ["denies", "N", "neg", "no"]
            lab = rng.choice(label)
            items.append(("%s %s" if lab.endswith("?") else "%s: %s") % (lab, rng.choice(val)))
        else:
            pool = F.NEG_SCREEN[f]
            txt = r.pick(pool)
            items.append(txt)
    if not items:
        return None, False
    if prose:
        joiner = rng.choice([", ", "; ", ", ", ". "])
        head = rng.choice(F.SCREEN_HEADERS[:-3] + ["Screening questions:", "Per RP:", "Caller reports"])
    else:
        joiner = rng.choice(F.SCREEN_JOINERS)
        head = rng.choice(F.SCREEN_HEADERS)
    text = joiner.join(i for i in items if i)
    if head:
        text = head + " " + text
    return text, critical


def _pick_clear_pair(rng, scen, dqs, kind):
    pairs_src = CLEAR_PAIRS if kind == "clear" else KEEP_PAIRS
    codes = []
    for c in CODES:
        if kind == "clear" and c in dqs:
            continue
        if c == "suicide_attempt" and scen.cat != "behavioral_health":
            continue
        if c == "crime_in_progress" and not (set(scen.tags) & {"business", "vehicle", "alarm"}):
            continue
        if c == "violence" and scen.cat == "other" and not (set(scen.tags) & {"group", "household"}):
            continue
        if scen.cat == "other" and c in ("weapon", "medical") and not (set(scen.tags) & {"group", "household", "crime", "vehicle", "alarm"}):
            continue
        codes.append(c)
    if not codes:
        return None
    if "noperson" in scen.tags:
        codes = [c for c in codes if c == "crime_in_progress"]
        if not codes:
            return None
    c = rng.choice(codes)
    pairs = [p for p in pairs_src[c]
             if not (("noperson" in scen.tags or (scen.subj == "none" and scen.cat != "conflict")) and (_has_actor(p[0]) or _has_actor(p[1])))]
    if c == "crime_in_progress" and kind == "clear":
        want = [t for t in ("vehicle", "alarm", "business") if t in scen.tags]
        pairs = [p for p in pairs if p[2] in want]
        if not pairs:
            return None
    if not pairs:
        return None
    return c, rng.choice(pairs)


_BAD_UPD_MED = re.compile(r"calmer|walking|sitting|talking|pacing|yelling|gone into|lost sight|keeps coming back|side door")
_BAD_UPD_CIP = re.compile(r"walking|lost sight|gone into|keeps coming back")


def _neutral_update(rng, r, scen, dqs):
    for _ in range(8):
        t = rng.choice(F.NEUTRAL_UPDATES)
        if ("noperson" in scen.tags or (scen.subj == "none" and scen.cat != "conflict")) and ("{A}" in t or "{ahe}" in t or "{ahim}" in t or "{ahis}" in t):
            continue
        if "medical" in dqs and _BAD_UPD_MED.search(t):
            continue
        if ("crime_in_progress" in dqs or "suicide_attempt" in dqs) and _BAD_UPD_CIP.search(t):
            continue
        if dqs and "calmer" in t:
            continue
        return r.render(t)
    return r.render(rng.choice(["RP disconnected", "C/B no answer, LVM", "2nd caller same incident", "language line used"]))


# ---------------------------------------------------------------------------- real CAD call-type vocabulary
# Real call-type strings are read (never copied into the repo) from ../shared/data when it is
# present: the labelled three-city list gives per-category pools (with the disqualifiers a call
# type implies); the unlabelled Milwaukee list is sorted into pools by a few keyword rules.
# Without the files the generator falls back to the scenario call types alone.

_SHARED = __import__("pathlib").Path(__file__).resolve().parent.parent.parent / "shared" / "data"
_MKE_SKIP = re.compile(r"RETURN STATION|PATROL|ASSIGN|POLICE ADMIN|OUT OF SERVICE|COURT|PRISONER|ACADEMY|GAME PLAN|CAR CHANGE|"
                       r"PLANT CAR|MAIL RUN|PICKUP PARTNER|PHOTO|ESCORT|TRAFFIC STOP|SUBJ STOP|BOAT STOP|LASER|PURSUIT|"
                       r"SEARCH WARRANT|REPORT TO|PD/OTHER|MFD SECURITY|HOSPITAL|NETWORK|TS TARGETED|BUSINESS CHECK|"
                       r"PARK AND WALK|SCHL|CONVEY|NOTIFICATION|DOCUMENTED|TAVERN|PROB|ESP TARGET|CST|MPD MON")
_MKE_DANGER = re.compile(r"SHOT|GUN|WEAP|BATTERY|ROBB|ASSAULT|CUT|HOSTAGE|ABDUCT|SEX|FIGHT|THREAT|INJ|DOWN|DEAD|ENTRY|"
                         r"HOLDUP|BOMB|EXPLOSION|ENTICE|-DV|DV$|ACC PI|DUI|RECK|IN WATER|OVERTURNED|ALTERED|VIOL REST")
_MKE_RULES = [
    ("behavioral_health", re.compile(r"WELFARE|MENTAL|SUICID|EDP|INTOX|DRUNK|DETOX")),
    ("homelessness", re.compile(r"TRESPASS|LOITER|SOLICIT|PANHANDL|HOMELESS|ENCAMP")),
    ("conflict", re.compile(r"NOISE|LOUD MUSIC - RES|LOUD MUSIC - VEH|^FAMILY TROUBLE$|LANDLORD|TRBL W/JUV|CHILD CUSTODY|PARKING TROUBLE|DISTURB")),
]
_GENERIC_RX = re.compile(r"^(TRBL W/SUBJ|CALL FOR POLICE|CITIZEN CONTACT|INVESTIGATION|ADDL INFO|SUSP PERS/AUTO|FOLLOW UP|"
                         r"PHONE CALL COMPL|CALL BY PHONE|REPORTS|SUSPICIOUS-OTH|COMMUNITY MTNG)$")


def _load_real_call_types():
    import csv
    import math

    pools = {c: [] for c in CATEGORIES}   # (call_type, frozenset(dqs), weight)
    generic = []
    seen = set()
    try:
        with open(_SHARED / "calltypes-3cities.jsonl", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                ct = (row.get("call_type") or "").strip()
                if not ct or row.get("category") not in pools or ct.upper() in seen:
                    continue
                seen.add(ct.upper())
                w = 1.0 + math.log10(1 + max(0, int(row.get("count") or 0)))
                pools[row["category"]].append((ct, frozenset(row.get("disqualifiers") or ()), w))
    except (OSError, ValueError):
        pass
    try:
        with open(_SHARED / "milwaukee-calltypes-2018-05.csv", encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                ct = (row.get("nature") or "").strip()
                if not ct or ct.upper() in seen or _MKE_SKIP.search(ct):
                    continue
                seen.add(ct.upper())
                w = 1.0 + math.log10(1 + max(0, int(row.get("count") or 0)))
                if _GENERIC_RX.search(ct):
                    generic.append((ct, w))
                    continue
                cat = next((c for c, rx in _MKE_RULES if rx.search(ct)), None)
                if cat:
                    pools[cat].append((ct, frozenset(), w))
                elif not _MKE_DANGER.search(ct):
                    pools["other"].append((ct, frozenset(), w))
    except (OSError, ValueError):
        pass
    for c in pools:
        pools[c].sort()
    generic.sort()
    return pools, generic


REAL_CT, REAL_GENERIC_CT = _load_real_call_types()


def _real_ct(rng, cat, dqs):
    """A real call type of the record's category whose implied disqualifiers the record carries."""
    pool = [(ct, w) for ct, need, w in REAL_CT.get(cat, ()) if need <= dqs]
    if not pool:
        return None
    return _wchoice(rng, [p[0] for p in pool], [p[1] for p in pool])


def _call_type(rng, scen, dqs=frozenset()):
    x = rng.random()
    mismatch = False
    ct = None
    if x < 0.55 and scen.ct:
        ct = rng.choice(scen.ct)
    elif x < 0.8:
        ct = _real_ct(rng, scen.cat, dqs)
        if ct is None and scen.ct:
            ct = rng.choice(scen.ct)
    if ct is None and x < 0.91:
        if REAL_GENERIC_CT and rng.random() < 0.4:
            ct = _wchoice(rng, [g[0] for g in REAL_GENERIC_CT], [g[1] for g in REAL_GENERIC_CT])
        else:
            ct = rng.choice(F.GENERIC_CT)
        mismatch = True
    if ct is None:
        others = [s for s in SCENARIOS if s.cat != scen.cat and not s.dq and s.ct]
        ct = rng.choice(rng.choice(others).ct)
        mismatch = True
    deco = rng.choice(F.CT_DECOR)
    if deco == "{ct_lower}":
        ct = ct.lower()
    else:
        ct = deco.replace("{ct}", ct)
    return ct, mismatch


def _build(idx, rng):
    cat = _wchoice(rng, list(CAT_WEIGHTS), list(CAT_WEIGHTS.values()))
    targets = DQ_TARGET[cat]
    x = rng.random()
    code = None
    acc = 0.0
    for k in CODES:
        acc += targets[k]
        if x < acc:
            code = k
            break
    scen, addon_code = _pick_scenario(rng, cat, code)
    dqs = set(scen.dq)

    modes = scen.modes()
    mode = modes[0] if len(modes) == 1 else ("F" if rng.random() < 0.4 else "T")
    cad = rng.random() < 0.58
    style = {"cad" if cad else "prose"}
    local = dict(scen.slots)
    rp = scen.rp
    if "role" not in local:
        local["role"] = rp if isinstance(rp, list) else F.RP_ROLES.get(rp, F.RP_ROLES["public"])
    r = Renderer(rng, VOCAB, local=local, sticky=STICKY)
    _make_people(rng, scen, mode, cad, r)

    # ----- length class
    lx = rng.random()
    short_ok = bool(scen.short) and (addon_code is None or (scen.cat in ("behavioral_health", "homelessness") and rng.random() < 0.3))
    length = "short" if (lx < 0.09 and short_ok) else ("long" if lx > 0.72 else "normal")

    # ----- addon resolution
    addon_item = None
    addon_extra = ()
    self_actor = mode == "F" and scen.cat != "conflict"
    if addon_code:
        esc_items, cat_items = _addon_pool(scen, addon_code, self_actor)
        if not esc_items and not cat_items:
            esc_items, cat_items = _addon_pool(scen, addon_code)
        if esc_items and (not cat_items or rng.random() < 0.7):
            item = rng.choice(esc_items)
        else:
            item = rng.choice(cat_items)
        addon_extra, _, addon_item = _parse_item(item)
        dqs.add(addon_code)
        dqs.update(addon_extra)

    segs: list[Seg] = []
    updates: list[Seg] = []
    caller_requests_police = rng.random() < 0.02

    if length == "short":
        text = r.pick(scen.short)
        if rng.random() < 0.45:
            text += r.render(rng.choice([" @ {xst}", " at {addr}", " {xst}", " near {place}", " - {street} {stsfx}", " {addr}", " at {biz}"]))
        if rng.random() < 0.25:
            text = rng.choice(["RP STS ", "RP ADV ", "RP reports ", "per RP: ", "CLR STS ", "3P RP: ", "C/B: "]) + text
        if rng.random() < 0.2:
            text += r.render(rng.choice([" x {dur}", " since {clock}", ", {ago}", " again", " - 2nd call", " ({dur})"]))
        if addon_code:
            text += rng.choice([", ", " ", " - ", " / "]) + rng.choice(SHORT_ADDON[addon_code])
        elif rng.random() < 0.25:
            negs = [n for n in SHORT_NEG[cat] if not _neg_conflicts(n, dqs, scen)]
            if negs:
                text += rng.choice([", ", " ", " - "]) + rng.choice(negs)
        segs.append(Seg(text, "core", True))
        style.add("short")
    else:
        if rng.random() < 0.07:
            segs.append(Seg(rng.choice(F.TRANSFER[cat]), "transfer"))
            style.add("transfer")
        core_tpl = rng.choice(scen.templates_for(mode))
        if mode == "T" and rng.random() < 0.5 and not _CALLER_KNOWN.search(core_tpl):
            fr = r.render(rng.choice(F.FRAMING_T))
            segs.append(Seg(fr, "framing"))
        elif mode == "F" and rng.random() < 0.25:
            segs.append(Seg(r.pick(F.FRAMING_F_BY_CAT[cat]), "framing"))
        core = _report_frame(rng, r.render(core_tpl), mode, r.fixed, cat)
        segs.append(Seg(core, "core", True))
        if rng.random() < 0.08:
            segs.append(Seg(r.pick(F.CALLER_STATE), "ctx"))
        if rng.random() < P_CROSS and not ("noperson" in scen.tags or (scen.subj == "none" and cat != "conflict")):
            # a detail that belongs to another category's vocabulary but not to this call's main need
            segs.append(Seg(r.pick(F.CROSS_CTX[cat]), "ctx"))
        if length == "long" and scen.more and rng.random() < 0.5:
            segs.append(Seg(r.pick(scen.more), "more"))

        placement = None
        pair_code = None
        if addon_code:
            px = rng.random()
            placement = "core" if px < 0.5 else ("update" if px < 0.8 else "screen")
            core_negates = bool(_CORE_NEG[addon_code].search(core)) or any(
                _CORE_NEG[e].search(core) for e in addon_extra)
            if core_negates:
                # the core already screened this out: the add-on is a later escalation
                placement = "update"
                addon_item = rng.choice(["now ", "it escalated - ", "situation changed, ", "since the call started ", "now says "]) + \
                    _lower_pronoun(addon_item)
            if placement == "screen" and (addon_extra or not F.POS_SCREEN.get(addon_code) or scen.cat == "conflict"
                                          or ("noperson" in scen.tags)):
                placement = "core"
            if placement == "core":
                segs.append(Seg(r.render(addon_item), "addon", True))
            elif placement == "update":
                updates.append(Seg(r.render(addon_item), "update", True))

        # clearing / keep pairs
        if rng.random() < 0.07:
            kind = "clear" if rng.random() < 0.7 else "keep"
            got = _pick_clear_pair(rng, scen, dqs, kind)
            if got and self_actor and (_OBSERVER.search(got[1][0]) or _OBSERVER.search(got[1][1])):
                got = None
            if got:
                c, pair = got
                pair_code = c
                worry, later = pair[0], pair[1]
                segs.append(Seg(r.render(worry), "worry", True))
                updates.append(Seg(r.render(later), "update", True))
                if kind == "keep":
                    dqs.add(c)

        p_more = 0.25 if length == "normal" else 0.8
        if scen.more and rng.random() < p_more:
            segs.append(Seg(r.pick(scen.more), "more"))
        n_ctx = (1 if rng.random() < 0.35 else 0) if length == "normal" else rng.randint(1, 3)
        for _ in range(n_ctx):
            pool = F.CTX[cat] if rng.random() < 0.65 else F.GENERIC_CTX
            t = rng.choice(pool)
            if ("noperson" in scen.tags or scen.subj == "none" and cat != "conflict") and _has_actor(t):
                t = rng.choice(F.GENERIC_CTX)
            segs.append(Seg(r.render(t), "ctx"))
            style.add("context")
        if rng.random() < 0.07 and (cat != "other" or set(scen.tags) & {"vehicle", "crime"}):
            t = rng.choice(F.LOOKALIKE_CTX[cat])
            if not (("noperson" in scen.tags or scen.subj == "none" and cat != "conflict") and _has_actor(t)):
                segs.append(Seg(r.render(t), "ctx"))
        p_screen = {"behavioral_health": 0.45, "homelessness": 0.33, "conflict": 0.33, "other": 0.18}[cat]
        if length == "long":
            p_screen += 0.25
        if placement == "screen" or rng.random() < p_screen:
            pos_item = rng.choice(F.POS_SCREEN[addon_code]) if placement == "screen" else None
            skip = ((addon_code,) + tuple(addon_extra)) if placement == "update" else ()
            if pair_code:
                skip = skip + (pair_code,)  # the worry and its update speak for this code
            txt, crit = _screen_block(rng, r, scen, dqs, addon_code if placement == "screen" else None, pos_item,
                                      prose=not cad, skip=skip)
            if txt:
                segs.append(Seg(txt, "screen", crit))
                style.add("screening")
        if caller_requests_police and rng.random() < 0.6:
            req = F.REQ_POLICE if cat != "other" else [q for q in F.REQ_POLICE if "{ahim}" not in q]
            segs.append(Seg(r.pick(req), "police"))
        elif not caller_requests_police and cat != "other" and rng.random() < 0.04:
            segs.append(Seg(r.pick(F.NO_POLICE), "police"))
        n_upd = (1 if rng.random() < 0.15 else 0) if length == "normal" else (rng.randint(1, 2) if rng.random() < 0.5 else 0)
        for _ in range(n_upd):
            pos = rng.randint(0, len(updates))
            updates.insert(pos, Seg(_neutral_update(rng, r, scen, dqs), "update"))
        # all updates follow the body, so a clearing update always comes after its worry
        if length == "long" and rng.random() < 0.5:
            segs.append(Seg(r.render(rng.choice(F.GENERIC_CTX)), "ctx"))

        # ----- reorder floating body segments (never core/addon/worry order, never updates)
        if rng.random() < 0.15 and len(segs) > 2:
            spine = [s for s in segs if s.kind in ("core", "addon", "worry")]
            floating = [s for s in segs if s.kind not in ("core", "addon", "worry", "transfer")]
            head = [s for s in segs if s.kind == "transfer"]
            rng.shuffle(floating)
            body = list(spine)
            for s in floating:
                body.insert(rng.randint(0, len(body)), s)
            # the spine must keep its relative order: re-sort spine positions
            idxs = [i for i, s in enumerate(body) if s.kind in ("core", "addon", "worry")]
            for i, s in zip(idxs, spine):
                body[i] = s
            if body != segs:
                style.add("reordered")
            segs = head + body

    seen = set()
    uniq = []
    for sg in segs:
        key = sg.text.strip().lower()
        if key in seen and not sg.critical:
            continue
        seen.add(key)
        uniq.append(sg)
    segs = uniq
    if updates:
        style.add("update_lines")
    if mode == "T":
        style.add("third_party")
    else:
        style.add("first_party")

    # ----- render text with styles
    text, extra_styles = _style_text(rng, segs, updates, cad, length)
    style |= extra_styles
    if length == "long" or len(text) > 300:
        style.add("long")

    # ----- metadata
    caller = {"F": "first_party", "T": "third_party"}[mode]
    if rng.random() < 0.15:
        caller = "unknown"
    call_type = None
    if rng.random() < 0.5:
        call_type, mism = _call_type(rng, scen, frozenset(dqs))
        if mism:
            style.add("call_type_mismatch")
    if not (dqs <= set(CODES)):
        raise AssertionError(dqs)
    return {
        "id": "gen-%06d" % idx,
        "narrative": text,
        "caller": caller,
        "call_type": call_type,
        "caller_requests_police": caller_requests_police,
        "category": cat,
        "disqualifiers": sorted(dqs),
        "style": sorted(style),
        "scenario": scen.sid,
    }


_SHORT_NEG_CODE = {
    "weapon": re.compile(r"wpn|weapon|armed", re.I),
    "violence": re.compile(r"violent|verbal|phys|threat|assault|\bHI\b|aggressive|combative", re.I),
    "medical": re.compile(r"inj|breathing|conscious", re.I),
    "suicide_attempt": re.compile(r"\bSI\b", re.I),
}


def _neg_conflicts(neg, dqs, scen):
    """True when a short negated screen would contradict the record's labels."""
    for code, rx in _SHORT_NEG_CODE.items():
        if rx.search(neg) and (code in dqs or (code == "suicide_attempt" and "si_talk" in scen.tags)):
            return True
    return False


def _style_text(rng, segs, updates, cad, length):
    style = set()
    p_abbr = rng.uniform(0.45, 0.95) if cad else 0.0
    rp_word = rng.choice(["the caller", "caller", "the reporting party", "RP", "the RP", "caller"])
    subj_word = rng.choice(["subject", "person", "subj", "individual"])
    typos = rng.random() < 0.1
    typo_rate = rng.uniform(0.03, 0.09)
    nopunct = rng.random() < (0.14 if cad else 0.05)
    timestamps = rng.random() < 0.1 and (updates or length == "long")
    if typos:
        style.add("typos")
    if nopunct:
        style.add("nopunct")

    def one(seg):
        t = tidy(seg.text)
        if cad:
            t = _cadify(rng, t, p_abbr)
        else:
            t = _prosify(rng, t, rp_word, subj_word)
            t = _sentence(t)
        if typos:
            t = _typos(rng, t, typo_rate)
        if nopunct:
            t = _PUNCT.sub("", t)
        return tidy(t) if cad else t

    body = [(one(s), s.critical) for s in segs]
    upd = []
    ts_h, ts_m, ts_s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    for s in updates:
        t = one(s)
        pre = rng.choice(F.UPDATE_PREFIX)
        if t[:2].upper() == "RP" and ("RP" in pre or "C/B" in pre):
            pre = rng.choice(["UPDATE:", "UPD:", "**", "ADDL:", "->", "NEW INFO:"])
        if nopunct:
            pre = _PUNCT.sub("", pre)
        upd.append((pre + " " + t, s.critical))

    if timestamps:
        style.add("timestamps")
        fmt = rng.choice(F.TIMESTAMP_FMT)
        out = []
        for t, c in body + upd:
            ts_s += rng.randint(5, 150)
            ts_m += ts_s // 60
            ts_s %= 60
            if ts_m > 59:
                ts_m -= 60
                ts_h = (ts_h + 1) % 24
            stamp = fmt.replace("{hh}", "%02d" % ts_h).replace("{mm}", "%02d" % ts_m).replace("{ss}", "%02d" % ts_s)
            stamp = stamp.replace("{opid}", VOCAB["opid"](rng))
            out.append((stamp + " " + t, c))
        sep = rng.choice(["\n", "\n", " ", " | "])
        pieces = out
    else:
        if cad:
            sep = rng.choice([" ", ". ", " / ", "; ", " -- ", "\n", " ** ", ", ", "  ", " - "])
        else:
            sep = rng.choice([" ", " ", "  ", "\n"])
        pieces = body + upd
        if upd and rng.random() < 0.3:
            # updates on their own lines
            joined_body = sep.join(t for t, _ in body)
            pieces = [(joined_body, any(c for _, c in body))] + upd
            sep_u = "\n"
            text, crit_end = _join(pieces, sep_u)
            if "\n" in text:
                style.add("multiline")
            return _finish(rng, text, crit_end, cad, length, style)
    text, crit_end = _join(pieces, sep)
    if "\n" in text:
        style.add("multiline")
    return _finish(rng, text, crit_end, cad, length, style)


def _join(pieces, sep):
    out = []
    pos = 0
    crit_end = 0
    for i, (t, c) in enumerate(pieces):
        if i:
            out.append(sep)
            pos += len(sep)
        out.append(t)
        pos += len(t)
        if c:
            crit_end = pos
    return "".join(out), crit_end


def _finish(rng, text, crit_end, cad, length, style):
    # truncation of a long note: only after the last label-bearing piece
    if len(text) > 260 and rng.random() < 0.12 and len(text) - crit_end > 25:
        cut = rng.randint(crit_end + 12, len(text) - 8)
        text = text[:cut].rstrip()
        if rng.random() < 0.3:
            text += "..."
        style.add("truncated")
    x = rng.random()
    if cad and x < 0.45 or (not cad and x < 0.04):
        text = text.upper()
        style.add("allcaps")
    elif x > 0.91:
        text = text.lower()
        style.add("lowercase")
    return text, style


DEFAULT_N = 24000
DEFAULT_SEED = 20261127


def write(path, n: int = DEFAULT_N, seed: int = DEFAULT_SEED) -> list[dict]:
    """Generate and write (gzip when the name ends in .gz); returns the records."""
    import os

    path = str(path)
    d = os.path.dirname(path)
    if d:
        os.makedirs(d, exist_ok=True)
    recs = generate(n, seed)
    write_jsonl(recs, path)
    return recs


def generate(n: int, seed: int) -> list[dict]:
    """Generate n labelled synthetic narratives, deterministic for (n, seed)."""
    import random

    rng = random.Random(seed)
    out = []
    for i in range(1, n + 1):
        rec = _build(i, rng)
        out.append(rec)
    return out


# ---------------------------------------------------------------------------- stats / fragments


def count_fragments() -> dict:
    """Distinct fragment strings: vocabulary entries, template alternatives and templates."""
    from training import scen_addons as A
    from training.tpl import alternatives

    templates = set()
    for s in SCENARIOS:
        templates.update(s.core)
        templates.update(s.short)
        templates.update(s.more)
        for v in _ESC[s.sid].values():
            templates.update(v)
        for v in s.slots.values():
            templates.update(v)
    for cat in A.ADDONS.values():
        for v in cat.values():
            templates.update(_parse_item(i)[2] for i in v)
    for v in list(A.CLEAR_PAIRS.values()) + list(A.KEEP_PAIRS.values()):
        for pair in v:
            templates.update(pair[:2])
    vocab_strings = set()
    for name in dir(F):
        val = getattr(F, name)
        if name.isupper() and isinstance(val, list):
            vocab_strings.update(x for x in val if isinstance(x, str))
        elif name.isupper() and isinstance(val, dict):
            for v in val.values():
                if isinstance(v, list):
                    vocab_strings.update(x for x in v if isinstance(x, str))
    for v in list(A.SHORT_ADDON.values()) + list(A.POS_SCREEN_GENERIC.values()) + [A.SHORT_NEG]:
        vocab_strings.update(v)
    alts = set()
    for t in templates | vocab_strings:
        for a in alternatives(t):
            if len(a.strip()) >= 2:
                alts.add(a.strip())
    every = templates | vocab_strings | alts
    return {"templates": len(templates), "vocabulary": len(vocab_strings), "alternatives": len(alts), "distinct_total": len(every)}


def summarize(records: list[dict]) -> dict:
    from collections import Counter

    n = len(records)
    cats = Counter(r["category"] for r in records)
    dq_any = sum(1 for r in records if r["disqualifiers"])
    codes = Counter(c for r in records for c in r["disqualifiers"])
    combo = Counter()
    for r in records:
        if not r["disqualifiers"]:
            combo[(r["category"], "none")] += 1
        for c in r["disqualifiers"]:
            combo[(r["category"], c)] += 1
    styles = Counter(t for r in records for t in r["style"])
    scen = Counter(r["scenario"] for r in records)
    narr = Counter(r["narrative"] for r in records)
    lens = sorted(len(r["narrative"]) for r in records)
    return {
        "n": n, "categories": dict(cats), "dq_any": dq_any, "codes": dict(codes), "combo": combo, "styles": dict(styles),
        "scenarios": scen, "distinct_narratives": len(narr), "dup_share": (n - len(narr)) / n if n else 0.0,
        "callers": dict(Counter(r["caller"] for r in records)),
        "call_type_present": sum(1 for r in records if r["call_type"]),
        "police_req": sum(1 for r in records if r["caller_requests_police"]),
        "len_min": lens[0] if lens else 0, "len_median": lens[n // 2] if lens else 0, "len_max": lens[-1] if lens else 0,
        "short_le8_words": sum(1 for r in records if len(r["narrative"].split()) <= 8),
        "long_ge300": sum(1 for r in records if len(r["narrative"]) >= 300),
    }


def dumps_lines(records) -> bytes:
    """The exact bytes written for `records` (one JSON object per line, UTF-8)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def write_jsonl(records, out):
    data = dumps_lines(records)
    if out == "-":
        sys.stdout.write(data.decode("utf-8"))
        return
    if out.endswith(".gz"):
        with open(out, "wb") as fh:
            with gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as gz:
                gz.write(data)
    else:
        with open(out, "wb") as fh:
            fh.write(data)


def _markdown_stats(st, frag, seconds=None):
    n = st["n"]
    lines = []
    lines.append("| category | records | share | with any DQ |")
    lines.append("|---|---:|---:|---:|")
    for c in CATEGORIES:
        k = st["categories"].get(c, 0)
        d = n and sum(v for (cc, code), v in st["combo"].items() if cc == c and code != "none")
        nodq = st["combo"].get((c, "none"), 0)
        lines.append("| %s | %d | %.1f%% | %.1f%% |" % (c, k, 100.0 * k / n, 100.0 * (k - nodq) / k if k else 0))
    lines.append("")
    lines.append("Records with at least one disqualifier: %d (%.1f%%)" % (st["dq_any"], 100.0 * st["dq_any"] / n))
    lines.append("")
    lines.append("| category \\ disqualifier | none | " + " | ".join(CODES) + " |")
    lines.append("|---|---:|" + "---:|" * len(CODES))
    for c in CATEGORIES:
        lines.append("| %s | %d | " % (c, st["combo"].get((c, "none"), 0)) + " | ".join(str(st["combo"].get((c, k), 0)) for k in CODES) + " |")
    lines.append("")
    lines.append("| style tag | records | share |")
    lines.append("|---|---:|---:|")
    for t in STYLE_TAGS:
        v = st["styles"].get(t, 0)
        lines.append("| %s | %d | %.1f%% |" % (t, v, 100.0 * v / n))
    lines.append("")
    lines.append("Distinct scenario ids: %d. Top 10 scenario shares:" % len(st["scenarios"]))
    lines.append("")
    lines.append("| scenario | records | share |")
    lines.append("|---|---:|---:|")
    for s, v in st["scenarios"].most_common(10):
        lines.append("| %s | %d | %.2f%% |" % (s, v, 100.0 * v / n))
    lines.append("")
    lines.append("Other facts: callers %s; call_type present %d (%.1f%%); caller_requests_police true %d (%.1f%%); "
                 "distinct narratives %d (exact-duplicate share %.2f%%); narrative length min/median/max %d/%d/%d chars; "
                 "<=8 words %d; >=300 chars %d."
                 % (st["callers"], st["call_type_present"], 100.0 * st["call_type_present"] / n, st["police_req"],
                    100.0 * st["police_req"] / n, st["distinct_narratives"], 100.0 * st["dup_share"], st["len_min"],
                    st["len_median"], st["len_max"], st["short_le8_words"], st["long_ge300"]))
    lines.append("")
    lines.append("Fragments: %d scenario/add-on templates, %d vocabulary entries, %d bracketed alternatives; %d distinct fragment strings in all."
                 % (frag["templates"], frag["vocabulary"], frag["alternatives"], frag["distinct_total"]))
    if seconds is not None:
        lines.append("")
        lines.append("Generation time: %.1f s." % seconds)
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate synthetic labelled 911 call narratives (JSON Lines).")
    ap.add_argument("--n", type=int, default=DEFAULT_N)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default="-", help="output path; .gz = gzip; '-' = stdout")
    ap.add_argument("--stats", action="store_true", help="print markdown statistics to stderr")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    recs = generate(args.n, args.seed)
    dt = time.perf_counter() - t0
    if args.out != "-":
        import os

        d = os.path.dirname(args.out)
        if d:
            os.makedirs(d, exist_ok=True)
    write_jsonl(recs, args.out)
    if args.stats:
        sys.stderr.write(_markdown_stats(summarize(recs), count_fragments(), dt) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
