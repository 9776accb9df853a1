"""Quality metrics of the whole decision path against labelled records.

Pure functions over (label record, decision) pairs, shared by `calltriage evaluate`,
training reports and the promotion gates. Labelled records follow the gold format:
``category`` and ``disqualifiers`` (list of codes); ``caller_requests_police`` optional.

* per-class precision/recall/F1 and macro-F1 of the category;
* per-code disqualifier recall and precision (set comparison per record);
* unsafe dispatches: a truly disqualified call routed ``community_responder``;
* eligible capture: share of eligible calls (in-scope category, no disqualifier, caller not
  asking for police) routed ``community_responder``;
* expected calibration error of the top-class probability.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from calltriage.decide import Decision
from calltriage.labels import CATEGORIES, DISQUALIFIERS, IN_SCOPE, ROUTES


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "support": tp + fn}


def is_eligible(record: dict) -> bool:
    return (record.get("category") in IN_SCOPE and not record.get("disqualifiers")
            and not record.get("caller_requests_police", False))


def expected_calibration_error(confidences: Sequence[float], correct: Sequence[bool],
                               bins: int = 10) -> float:
    conf = np.asarray(confidences, dtype=float)
    ok = np.asarray(correct, dtype=float)
    if len(conf) == 0:
        return 0.0
    edges = np.linspace(0.0, 1.0, bins + 1)
    ece = 0.0
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        mask = (conf > lo) & (conf <= hi) if lo > 0 else (conf >= lo) & (conf <= hi)
        if mask.any():
            ece += mask.mean() * abs(ok[mask].mean() - conf[mask].mean())
    return round(float(ece), 4)


def evaluate(records: Sequence[dict], decisions: Sequence[Decision]) -> dict:
    if len(records) != len(decisions):
        raise ValueError("records and decisions differ in length")
    n = len(records)
    # categories -----------------------------------------------------------------------
    confusion = {t: Counter() for t in CATEGORIES}
    for rec, dec in zip(records, decisions, strict=True):
        confusion[rec["category"]][dec.category or "none"] += 1
    per_class = {}
    for c in CATEGORIES:
        tp = confusion[c][c]
        fp = sum(confusion[t][c] for t in CATEGORIES if t != c)
        fn = sum(v for k, v in confusion[c].items() if k != c)
        per_class[c] = _prf(tp, fp, fn)
    macro_f1 = round(float(np.mean([per_class[c]["f1"] for c in CATEGORIES])), 4)
    accuracy = round(sum(confusion[c][c] for c in CATEGORIES) / n, 4) if n else 0.0

    # disqualifiers --------------------------------------------------------------------
    per_code = {}
    missed: dict[str, list[str]] = {c: [] for c in DISQUALIFIERS}
    extra: dict[str, list[str]] = {c: [] for c in DISQUALIFIERS}
    for code in DISQUALIFIERS:
        tp = fp = fn = 0
        for rec, dec in zip(records, decisions, strict=True):
            truth = code in rec.get("disqualifiers", [])
            fired = code in dec.disqualifier_codes
            tp += truth and fired
            fp += fired and not truth
            fn += truth and not fired
            if truth and not fired:
                missed[code].append(str(rec.get("id")))
            if fired and not truth:
                extra[code].append(str(rec.get("id")))
        per_code[code] = _prf(tp, fp, fn)
    any_tp = sum(bool(r.get("disqualifiers")) and bool(d.disqualifiers)
                 for r, d in zip(records, decisions, strict=True))
    any_truth = sum(bool(r.get("disqualifiers")) for r in records)
    any_fired = sum(bool(d.disqualifiers) for d in decisions)

    # routing --------------------------------------------------------------------------
    unsafe = [str(r.get("id")) for r, d in zip(records, decisions, strict=True)
              if r.get("disqualifiers") and d.route == "community_responder"]
    eligible = [(r, d) for r, d in zip(records, decisions, strict=True) if is_eligible(r)]
    captured = sum(d.route == "community_responder" for _, d in eligible)
    wrong_team = sum(d.route == "community_responder" and d.category != r["category"]
                     for r, d in eligible)
    not_eligible_sent = [str(r.get("id")) for r, d in zip(records, decisions, strict=True)
                         if not is_eligible(r) and d.route == "community_responder"]
    routes = Counter(d.route for d in decisions)

    scored = [(d.probabilities[d.category], d.category == r["category"])
              for r, d in zip(records, decisions, strict=True)
              if d.probabilities and d.category]
    ece = expected_calibration_error([s[0] for s in scored], [s[1] for s in scored])

    return {
        "n": n,
        "accuracy": accuracy,
        "macro_f1": macro_f1,
        "per_class": per_class,
        "confusion": {t: dict(confusion[t]) for t in CATEGORIES},
        "disqualifiers": {
            "per_code": per_code,
            "any": _prf(any_tp, any_fired - any_tp, any_truth - any_tp),
            "missed_ids": missed,
            "extra_ids": extra,
        },
        "unsafe_dispatches": len(unsafe),
        "unsafe_ids": unsafe,
        "eligible": len(eligible),
        "eligible_capture": round(captured / len(eligible), 4) if eligible else 0.0,
        "eligible_captured_other_category": wrong_team,
        "ineligible_sent_to_community_responder": len(not_eligible_sent),
        "ineligible_sent_ids": not_eligible_sent,
        "routes": {r: routes.get(r, 0) for r in ROUTES},
        "ece": ece,
        "degraded": sum(d.degraded for d in decisions),
    }


def format_report(m: dict, title: str = "") -> str:
    lines = []
    if title:
        lines += [title, "=" * len(title)]
    lines.append(f"records: {m['n']}   accuracy: {m['accuracy']:.3f}   "
                 f"macro-F1: {m['macro_f1']:.3f}   ECE: {m['ece']:.3f}")
    lines.append("")
    lines.append(f"{'category':<20}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}")
    for c, v in m["per_class"].items():
        lines.append(f"{c:<20}{v['precision']:>10.3f}{v['recall']:>10.3f}{v['f1']:>10.3f}"
                     f"{v['support']:>10}")
    lines.append("")
    lines.append(f"{'disqualifier':<20}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}")
    for c, v in m["disqualifiers"]["per_code"].items():
        lines.append(f"{c:<20}{v['precision']:>10.3f}{v['recall']:>10.3f}{v['f1']:>10.3f}"
                     f"{v['support']:>10}")
    a = m["disqualifiers"]["any"]
    lines.append(f"{'(any)':<20}{a['precision']:>10.3f}{a['recall']:>10.3f}{a['f1']:>10.3f}"
                 f"{a['support']:>10}")
    lines.append("")
    lines.append(f"unsafe dispatches (disqualified -> community_responder): "
                 f"{m['unsafe_dispatches']}")
    lines.append(f"eligible capture: {m['eligible_capture']:.3f} of {m['eligible']} eligible "
                 f"calls routed community_responder")
    lines.append(f"ineligible calls routed community_responder: "
                 f"{m['ineligible_sent_to_community_responder']}")
    lines.append("routes: " + ", ".join(f"{k}={v}" for k, v in m["routes"].items()))
    missed = {k: v for k, v in m["disqualifiers"]["missed_ids"].items() if v}
    if missed:
        lines.append("MISSED disqualifiers: " + "; ".join(
            f"{k}: {', '.join(v[:12])}" for k, v in missed.items()))
    if m["unsafe_ids"]:
        lines.append("UNSAFE: " + ", ".join(m["unsafe_ids"][:20]))
    return "\n".join(lines)
