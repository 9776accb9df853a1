"""Evidence highlighting, built server-side from the findings' character spans.

The text is split into plain segments and marked segments at every span boundary; the
template prints each segment's text through Jinja's autoescape (never ``|safe``), so a
narrative holding HTML or script is shown as inert text. Spans are relative to the field
they came from (``narrative`` or ``call_type``); each field is highlighted with its own
findings. Overlapping findings ("stabbed": weapon, violence, medical) mark the overlap with
every code. A span that does not point at its evidence (should never happen: the core keeps
spans on the text as sent) is re-located by searching for the evidence, and reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mark:
    n: int  # 1-based number of the finding (anchor ev-<field>-<n>)
    code: str
    evidence: str
    start: int
    end: int
    field: str
    kind: str  # "fired" or "cleared"
    detail: str  # certainty or the clearing reason
    rule_id: str
    explanation: str = ""
    located: str = "span"  # span | searched | missing


@dataclass
class Segment:
    text: str
    marks: list[Mark] = field(default_factory=list)

    @property
    def fired(self) -> list[Mark]:
        return [m for m in self.marks if m.kind == "fired"]

    @property
    def codes(self) -> str:
        return " ".join(dict.fromkeys(m.code for m in self.fired))

    @property
    def anchor(self) -> str | None:
        """The id for the first segment of a fired mark (targets of the evidence links)."""
        return None

    @property
    def title(self) -> str:
        parts = [f"{m.code} ({m.detail})" if m.kind == "fired" else f"cleared {m.code}: {m.detail}"
                 for m in self.marks]
        return "; ".join(dict.fromkeys(parts))


def _locate(text: str, m: Mark) -> Mark:
    if 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.evidence:
        return m
    i = text.find(m.evidence) if m.evidence else -1
    if i < 0:
        i = text.lower().find(m.evidence.lower()) if m.evidence else -1
    if i >= 0:
        m.start, m.end, m.located = i, i + len(m.evidence), "searched"
    else:
        m.located = "missing"
    return m


def marks_for(record_decision: dict, fld: str) -> list[Mark]:
    out = []
    for i, f in enumerate(record_decision.get("disqualifiers", []), 1):
        if (f.get("field") or "narrative") == fld:
            out.append(Mark(i, f["code"], f["evidence"], int(f["start"]), int(f["end"]), fld,
                            "fired", f.get("certainty") or "affirmed", f.get("rule_id", ""),
                            f.get("explanation", "")))
    for i, c in enumerate(record_decision.get("cleared", []), 1):
        if (c.get("field") or "narrative") == fld:
            out.append(Mark(i, c["code"], c["evidence"], int(c["start"]), int(c["end"]), fld,
                            "cleared", c.get("reason", ""), c.get("rule_id", ""),
                            f"cue: {c.get('cue', '')}"))
    return out


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """Split ``text`` at every mark boundary; each piece carries the marks covering it."""
    if not text:
        return []
    placed = [m for m in (_locate(text, m) for m in marks) if m.located != "missing"]
    cuts = sorted({0, len(text), *(m.start for m in placed), *(m.end for m in placed)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        covering = [m for m in placed if m.start <= a and b <= m.end]
        if out and not covering and not out[-1].marks:
            out[-1].text += text[a:b]
        else:
            out.append(Segment(text[a:b], covering))
    return out


@dataclass
class Highlighted:
    field: str
    text: str
    segments: list[Segment]
    marks: list[Mark]

    def first_segment_of(self, mark: Mark) -> int | None:
        for i, s in enumerate(self.segments):
            if mark in s.marks:
                return i
        return None

    @property
    def anchors(self) -> dict[int, str]:
        """segment index -> anchor id, for the first segment of each fired mark."""
        out = {}
        for m in self.marks:
            if m.kind == "fired" and m.located != "missing":
                i = self.first_segment_of(m)
                if i is not None and i not in out:
                    out[i] = f"ev-{self.field}-{m.n}"
        return out


def highlight(text: str | None, record_decision: dict, fld: str) -> Highlighted:
    text = text or ""
    marks = marks_for(record_decision, fld)
    return Highlighted(fld, text, segments(text, marks), marks)
