"""The promotion gates (issue: retraining workflow), as data and pure checks.

A candidate becomes ``champion`` only when every gate passes:

1. safety suite: the disqualifier rule tests (tests/rules) and the behavioural model tests
   (tests/behaviour, run against the candidate) all pass;
2. gold macro-F1 not below the current champion's minus ``MAX_MACRO_F1_DROP``, both
   measured now, on the same gold set, with the same rules and policy;
3. disqualifier recall on gold = 1.00 for every code;
4. expected calibration error on gold <= ``MAX_ECE``;
5. no unsafe dispatch on gold (a labelled-disqualified call routed community_responder).

The thresholds are constants on purpose: they are not settings.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from calltriage.labels import DISQUALIFIERS

MAX_MACRO_F1_DROP = 0.01
MIN_DQ_RECALL = 1.0
MAX_ECE = 0.05
MAX_UNSAFE = 0


@dataclass(frozen=True)
class Gate:
    name: str
    passed: bool
    value: str
    threshold: str
    detail: str = ""
    output: str = field(default="", repr=False, compare=False)  # e.g. the safety suite's tail

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("output")
        return d


def metric_gates(candidate: dict, champion: dict | None) -> list[Gate]:
    """Gates 2-5 from two ``calltriage.evaluation.evaluate`` results on the gold set."""
    gates = []
    f1 = candidate["macro_f1"]
    if champion is None:
        gates.append(Gate("gold_macro_f1_vs_champion", True, f"{f1:.4f}", "no champion yet",
                          "first promotion: nothing to compare against"))
    else:
        floor = round(champion["macro_f1"] - MAX_MACRO_F1_DROP, 4)
        gates.append(Gate("gold_macro_f1_vs_champion", f1 >= floor, f"{f1:.4f}",
                          f">= {floor:.4f} (champion {champion['macro_f1']:.4f} - "
                          f"{MAX_MACRO_F1_DROP})"))
    per_code = candidate["disqualifiers"]["per_code"]
    low = {c: per_code[c]["recall"] for c in DISQUALIFIERS
           if per_code[c]["support"] and per_code[c]["recall"] < MIN_DQ_RECALL}
    missed = candidate["disqualifiers"].get("missed_ids", {})
    detail = "; ".join(f"{c} {r:.3f} (missed: {', '.join(missed.get(c, [])[:8])})"
                       for c, r in low.items())
    worst = min((per_code[c]["recall"] for c in DISQUALIFIERS if per_code[c]["support"]),
                default=1.0)
    gates.append(Gate("disqualifier_recall", not low, f"min {worst:.4f}",
                      f"= {MIN_DQ_RECALL:.2f} for every code", detail))
    ece = candidate["ece"]
    gates.append(Gate("expected_calibration_error", ece <= MAX_ECE, f"{ece:.4f}",
                      f"<= {MAX_ECE}"))
    unsafe = candidate["unsafe_dispatches"]
    gates.append(Gate("unsafe_dispatches", unsafe <= MAX_UNSAFE, str(unsafe),
                      f"<= {MAX_UNSAFE}",
                      ("ids: " + ", ".join(candidate.get("unsafe_ids", [])[:12])) if unsafe else ""))
    return gates
