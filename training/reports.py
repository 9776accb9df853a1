"""Evaluation artifacts of one model: decisions on the labelled sets, subgroup metrics,
plots, the misclassified-examples tables, the evaluation report and the model card.

Everything is computed from the *saved* artifact through the real decision path
(``Engine``: rules + classifier + policy), so what is reported is what would serve.
``write_evaluation_artifacts`` writes the whole set into one folder; the MLflow run logs
that folder, ``calltriage model-card`` writes the card from it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from calltriage.decide import CallRequest, Decision
from calltriage.engine import all_decided
from calltriage.evaluation import evaluate, expected_calibration_error, format_report
from calltriage.labels import CATEGORIES, DISQUALIFIERS

SMALL_GROUP = 30  # subgroups smaller than this are flagged as indicative only


def decide_records(engine, records: Sequence[dict]) -> list[Decision]:
    reqs = [CallRequest.model_validate({**r, "id": str(r.get("id"))}) for r in records]
    return all_decided(engine.decide_many(reqs))


# subgroups -------------------------------------------------------------------------------
def narrative_style(text: str) -> str:
    """Writing style measured from the text (as the gold set's README defines it)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "no letters"
    upper = sum(c.isupper() for c in letters) / len(letters)
    if upper >= 0.85:
        return "CAD capitals"
    first = next((c for c in text if c.isalpha()), "")
    if upper == 0 or (first.islower() and upper < 0.05):
        return "lowercase"
    return "mixed-case sentences"


def length_bin(text: str) -> str:
    words = len(text.split())
    if words <= 6:
        return "very short (<=6 words)"
    if len(text) >= 200:
        return "long (>=200 chars)"
    if words <= 15:
        return "short (7-15 words)"
    return "medium (16+ words, <200 chars)"


def group_summary(records: Sequence[dict], decisions: Sequence[Decision]) -> dict:
    """Metrics of one subgroup. Macro-F1 averages only the categories present in it."""
    m = evaluate(records, decisions)
    present = [c for c in CATEGORIES if m["per_class"][c]["support"] > 0]
    macro = float(np.mean([m["per_class"][c]["f1"] for c in present])) if present else 0.0
    any_dq = m["disqualifiers"]["any"]
    return {
        "n": m["n"],
        "accuracy": m["accuracy"],
        "macro_f1": round(macro, 4),
        "dq_support": any_dq["support"],
        "dq_recall": any_dq["recall"] if any_dq["support"] else None,
        "unsafe_dispatches": m["unsafe_dispatches"],
        "eligible": m["eligible"],
        "eligible_capture": m["eligible_capture"] if m["eligible"] else None,
        "ece": m["ece"],
    }


def subgroups(records: Sequence[dict], decisions: Sequence[Decision],
              key: Callable[[dict], str | list[str] | None]) -> dict[str, dict]:
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        k = key(r)
        for g in (k if isinstance(k, list) else [k]):
            if g is not None:
                groups.setdefault(str(g), []).append(i)
    out = {}
    for g in sorted(groups, key=lambda g: (-len(groups[g]), g)):
        idx = groups[g]
        out[g] = group_summary([records[i] for i in idx], [decisions[i] for i in idx])
    return out


def city_summaries(records: Sequence[dict], decisions: Sequence[Decision]) -> dict[str, dict]:
    """Per city of the shared call-type strings, plus call-volume-weighted accuracy."""
    out = subgroups(records, decisions, lambda r: r.get("city") or "unknown")
    for city, s in out.items():
        idx = [i for i, r in enumerate(records) if (r.get("city") or "unknown") == city]
        w = np.array([float(records[i].get("count") or 1) for i in idx])
        ok = np.array([decisions[i].category == records[i]["category"] for i in idx], float)
        s["volume_weighted_accuracy"] = round(float((w * ok).sum() / w.sum()), 4) if len(w) else None
        s["calls_represented"] = int(w.sum())
    return out


# artifacts -------------------------------------------------------------------------------
@dataclass
class Evaluation:
    name: str
    records: list[dict]
    decisions: list[Decision]
    metrics: dict = field(default_factory=dict)

    @classmethod
    def run(cls, name: str, engine, records: Sequence[dict]) -> Evaluation:
        records = list(records)
        decisions = decide_records(engine, records)
        return cls(name, records, decisions, evaluate(records, decisions))

    @property
    def probs(self) -> np.ndarray:
        return np.array([[d.probabilities[c] if d.probabilities else np.nan for c in CATEGORIES]
                         for d in self.decisions])


def _fmt(v, pct: bool = False) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def subgroup_table(groups: dict[str, dict], label: str, extra: Sequence[str] = ()) -> str:
    cols = ["n", "accuracy", "macro_f1", "dq_recall", "unsafe_dispatches", "eligible_capture",
            "ece", *extra]
    head = f"| {label} | " + " | ".join(c.replace("_", " ") for c in cols) + " |"
    lines = [head, "|" + "---|" * (len(cols) + 1)]
    for g, s in groups.items():
        flag = " (small)" if s["n"] < SMALL_GROUP else ""
        lines.append(f"| {g}{flag} | " + " | ".join(_fmt(s.get(c)) for c in cols) + " |")
    return "\n".join(lines)


def write_misclassified_csv(ev: Evaluation, path: Path) -> int:
    """Gold rows whose category is wrong (with the route and disqualifiers for context)."""
    n = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "true_category", "predicted_category", "confidence", *[
            f"p_{c}" for c in CATEGORIES], "route", "true_disqualifiers", "fired_disqualifiers",
            "caller", "call_type", "tags", "narrative"])
        for r, d in zip(ev.records, ev.decisions, strict=True):
            if d.category == r["category"]:
                continue
            n += 1
            p = d.probabilities or {}
            w.writerow([r.get("id"), r["category"], d.category,
                        p.get(d.category) if d.category else "",
                        *[p.get(c, "") for c in CATEGORIES], d.route,
                        " ".join(r.get("disqualifiers", [])), " ".join(d.disqualifier_codes),
                        r.get("caller"), r.get("call_type") or "", " ".join(r.get("tags", [])),
                        r["narrative"]])
    return n


def write_disqualifier_errors_csv(ev: Evaluation, path: Path) -> int:
    """Gold rows where the fired disqualifier codes differ from the labelled ones."""
    n = 0
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "missed", "extra", "route", "unsafe", "category", "narrative"])
        for r, d in zip(ev.records, ev.decisions, strict=True):
            truth, fired = set(r.get("disqualifiers", [])), set(d.disqualifier_codes)
            if truth == fired:
                continue
            n += 1
            w.writerow([r.get("id"), " ".join(c for c in DISQUALIFIERS if c in truth - fired),
                        " ".join(c for c in DISQUALIFIERS if c in fired - truth), d.route,
                        bool(truth) and d.route == "community_responder", r["category"],
                        r["narrative"]])
    return n


def write_plots(ev: Evaluation, folder: Path, prefix: str) -> dict:
    from training import plots

    scored = [(r, d) for r, d in zip(ev.records, ev.decisions, strict=True) if d.probabilities]
    true = [r["category"] for r, _ in scored]
    probs = np.array([[d.probabilities[c] for c in CATEGORIES] for _, d in scored])
    conf = [d.probabilities[d.category] for _, d in scored]
    correct = [d.category == r["category"] for r, d in scored]
    ece = expected_calibration_error(conf, correct)
    out = {}
    out["confusion"] = plots.confusion_matrix_png(
        [r["category"] for r in ev.records], [d.category for d in ev.decisions],
        folder / f"{prefix}_confusion_matrix.png", f"{ev.name}: confusion matrix")
    if len(scored):
        out["pr"], aps = plots.pr_curves_png(true, probs, folder / f"{prefix}_pr_curves.png",
                                             f"{ev.name}: precision-recall per category")
        out["average_precision"] = aps
        out["reliability"] = plots.reliability_png(conf, correct,
                                                   folder / f"{prefix}_reliability.png", ece,
                                                   title=f"{ev.name}: reliability")
    return out


def evaluation_report(evals: Sequence[Evaluation], sections: dict[str, str]) -> str:
    parts = ["# Evaluation report", ""]
    for ev in evals:
        parts += [f"## {ev.name}", "", "```", format_report(ev.metrics), "```", ""]
    for title, body in sections.items():
        parts += [f"## {title}", "", body, ""]
    return "\n".join(parts)


def write_evaluation_artifacts(engine, metadata: dict, folder: Path, *, gold: Sequence[dict] | None,
                               shared: Sequence[dict] | None, registry: dict | None = None,
                               training_info: dict | None = None,
                               extra_sets: dict[str, Sequence[dict]] | None = None) -> dict:
    """Evaluate ``engine`` and write every artifact into ``folder``. Returns a summary with
    paths and metrics (used for MLflow logging)."""
    from training.model_card import build_model_card

    folder.mkdir(parents=True, exist_ok=True)
    evals: list[Evaluation] = []
    summary: dict = {"files": {}, "metrics": {}}
    sections: dict[str, str] = {}
    gold_ev = shared_ev = None
    if gold:
        gold_ev = Evaluation.run("gold", engine, gold)
        evals.append(gold_ev)
        plots = write_plots(gold_ev, folder, "gold")
        summary["files"].update({f"gold_{k}": v for k, v in plots.items() if isinstance(v, Path)})
        summary["metrics"]["gold_average_precision"] = plots.get("average_precision", {})
        n_mis = write_misclassified_csv(gold_ev, folder / "gold_misclassified.csv")
        n_dq = write_disqualifier_errors_csv(gold_ev, folder / "gold_disqualifier_errors.csv")
        summary["metrics"]["gold_misclassified"] = n_mis
        summary["metrics"]["gold_disqualifier_errors"] = n_dq
        summary["gold_subgroups"] = {
            "caller type": subgroups(gold_ev.records, gold_ev.decisions,
                                     lambda r: r.get("caller", "unknown")),
            "narrative style": subgroups(gold_ev.records, gold_ev.decisions,
                                         lambda r: narrative_style(r["narrative"])),
            "narrative length": subgroups(gold_ev.records, gold_ev.decisions,
                                          lambda r: length_bin(r["narrative"])),
            "hard-case tag": subgroups(gold_ev.records, gold_ev.decisions,
                                       lambda r: list(r.get("tags") or []) or None),
        }
        for label, groups in summary["gold_subgroups"].items():
            sections[f"gold by {label}"] = subgroup_table(groups, label)
    if shared:
        shared_ev = Evaluation.run("shared call types", engine, shared)
        evals.append(shared_ev)
        cities = city_summaries(shared_ev.records, shared_ev.decisions)
        summary["city_subgroups"] = cities
        sections["call-type strings by city"] = subgroup_table(
            cities, "city", extra=["volume_weighted_accuracy", "calls_represented"])
    extra_evs = []
    for name, records in (extra_sets or {}).items():
        if records:
            ev = Evaluation.run(name, engine, records)
            evals.append(ev)
            extra_evs.append(ev)
    summary["extra"] = {ev.name: ev for ev in extra_evs}
    summary["evaluations"] = {ev.name: ev.metrics for ev in evals}
    report = evaluation_report(evals, sections)
    (folder / "evaluation_report.md").write_text(report + "\n", encoding="utf-8")
    (folder / "evaluation_metrics.json").write_text(
        json.dumps({"evaluations": summary["evaluations"],
                    "gold_subgroups": summary.get("gold_subgroups"),
                    "city_subgroups": summary.get("city_subgroups")}, indent=2) + "\n")
    classifier = getattr(getattr(engine.slot, "model", None), "classifier", None)
    metadata = {**metadata, "has_risk_head": getattr(classifier, "risk", None) is not None}
    card = build_model_card(metadata, gold=gold_ev, shared=shared_ev,
                            gold_subgroups=summary.get("gold_subgroups"),
                            city_subgroups=summary.get("city_subgroups"), registry=registry,
                            policy=engine.policy, training_info=training_info,
                            extra=extra_evs)
    (folder / "model_card.md").write_text(card, encoding="utf-8")
    summary["files"]["report"] = folder / "evaluation_report.md"
    summary["files"]["model_card"] = folder / "model_card.md"
    summary["gold"] = gold_ev
    summary["shared"] = shared_ev
    return summary
