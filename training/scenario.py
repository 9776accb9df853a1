"""Scenario definition record used by the scenario libraries (scen_*.py)."""

from __future__ import annotations

CODES = ("weapon", "violence", "medical", "suicide_attempt", "crime_in_progress")
CATEGORIES = ("behavioral_health", "homelessness", "conflict", "other")


class S:
    """One scenario: what is happening, its intrinsic labels and how it can be told.

    core      templates; "F:" prefix = first-party only, "T:" = third-party only
    dq        intrinsic disqualifiers carried by EVERY core/short template
    short     3-8 word notes carrying the same dq
    more      optional extra detail sentences (no disqualifier content)
    esc       {code: [templates]} scenario-specific escalations that add `code`
              (a template may start with "+code2 +code3::" to add more codes)
    ct        matching CAD call-type strings
    callers   allowed caller modes: F first party, T third party, U unknown
    subj      how the subject is referred to: public | family | self | any | none
    rp        key into fragments.RP_ROLES for third-party framing (or a list)
    tags      si_talk, intox, crime, shots, household, noperson, vehicle ...
    slots     scenario-local vocabularies
    no_addon  codes the generic category addons must not add to this scenario
    """

    __slots__ = ("sid", "cat", "core", "dq", "short", "more", "esc", "ct", "callers", "subj", "rp", "tags",
                 "slots", "no_addon", "w", "core_f", "core_t", "core_n")

    def __init__(self, sid, cat, core, *, dq=(), short=(), more=(), esc=None, ct=(), callers="FTU", subj="public",
                 rp="public", tags=(), slots=None, no_addon=(), w=1.0):
        assert cat in CATEGORIES, cat
        for c in dq:
            assert c in CODES, (sid, c)
        self.sid = sid
        self.cat = cat
        self.core = list(core)
        self.dq = tuple(sorted(dq))
        self.short = list(short)
        self.more = list(more)
        self.esc = dict(esc or {})
        for c in self.esc:
            assert c in CODES, (sid, c)
        self.ct = list(ct)
        self.callers = callers
        self.subj = subj
        self.rp = rp
        self.tags = tuple(tags)
        self.slots = dict(slots or {})
        self.no_addon = tuple(no_addon)
        self.w = w
        self.core_f = [c[2:] for c in self.core if c.startswith("F:")]
        self.core_t = [c[2:] for c in self.core if c.startswith("T:")]
        self.core_n = [c for c in self.core if not (c.startswith("F:") or c.startswith("T:"))]
        # a perspective is only available when some template can be told from it
        if not (self.core_f or self.core_n):
            self.callers = self.callers.replace("F", "")
        if not (self.core_t or self.core_n):
            self.callers = self.callers.replace("T", "")
        if not self.modes():
            raise ValueError("%s has no usable caller perspective" % sid)

    def templates_for(self, mode):
        if mode == "F":
            return self.core_f + self.core_n
        return self.core_t + self.core_n

    def modes(self):
        """Render perspectives available (F = subject is the caller, T = someone else calls)."""
        return [m for m in "FT" if m in self.callers]
