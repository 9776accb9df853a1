"""The model card (Markdown), generated from the artifact's metadata and a fresh evaluation
of the whole decision path. Sections: intended and out-of-scope uses, training data,
evaluation data, metrics overall and per subgroup (caller type, narrative style and length,
hard-case tags, call-type city), thresholds, promotion gates, known limitations, versions.
"""

from __future__ import annotations

import datetime as dt

from calltriage.labels import CATEGORIES, DISQUALIFIERS
from training import gates as G

INTENDED_USE = """\
* **What it does.** Reads a 911 call-taker's free-text narrative (plus the optional CAD call
  type and caller fields), screens it against the five standard disqualifiers with
  hard-coded rules, classifies it into `behavioral_health`, `homelessness`, `conflict` or
  `other` with calibrated probabilities, and recommends a route under the city's routing
  policy: `community_responder`, `co_response`, `standard_dispatch` or `call_taker_review`.
* **Who uses it.** 911 call-takers (through the CAD), the 911 center's quality and policy
  staff, and auditors. **The call-taker always decides**; the recommendation is advice with
  its reasons and evidence.
* **Where.** US 911 centers that dispatch community responder teams (call-center-led,
  embedded-professional or hotline-led models), in English."""

OUT_OF_SCOPE = """\
* Deciding a dispatch without a call-taker, or overriding a call-taker's judgement.
* Risk scoring of people, predicting violence or criminality, eligibility for services,
  or any use about an individual beyond the routing of the call at hand.
* Narratives in languages other than English, transcripts of audio, or text that is not a
  call-taker's narrative (social media, police reports, medical records).
* Screening for the disqualifiers without the hard-coded rules: the classifier alone is
  not a safety screen.
* Use with a routing policy or in a city whose calls were not checked against the
  evaluation below (measure first: `calltriage evaluate`)."""


def _f(v, digits: int = 3) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.{digits}f}"
    return str(v)


def _table(rows: list[list], head: list[str]) -> str:
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(_f(x) for x in r) + " |" for r in rows]
    return "\n".join(out)


def _metrics_block(m: dict) -> str:
    rows = [[c, m["per_class"][c]["precision"], m["per_class"][c]["recall"],
             m["per_class"][c]["f1"], m["per_class"][c]["support"]] for c in CATEGORIES]
    cat = _table(rows, ["category", "precision", "recall", "F1", "support"])
    pc = m["disqualifiers"]["per_code"]
    rows = [[c, pc[c]["precision"], pc[c]["recall"], pc[c]["support"]] for c in DISQUALIFIERS]
    a = m["disqualifiers"]["any"]
    rows.append(["(any)", a["precision"], a["recall"], a["support"]])
    dq = _table(rows, ["disqualifier", "precision", "recall", "support"])
    routes = ", ".join(f"{k} {v}" for k, v in m["routes"].items())
    head = (f"{m['n']} calls. Macro-F1 **{m['macro_f1']:.3f}**, accuracy {m['accuracy']:.3f}, "
            f"ECE {m['ece']:.3f}, unsafe dispatches **{m['unsafe_dispatches']}**, eligible "
            f"capture {m['eligible_capture']:.3f} of {m['eligible']} eligible calls, "
            f"ineligible calls sent to a community responder "
            f"{m['ineligible_sent_to_community_responder']}. Routes: {routes}.")
    return f"{head}\n\n{cat}\n\n{dq}"


def _subgroup_section(groups: dict[str, dict[str, dict]] | None, city: dict | None) -> str:
    from training.reports import subgroup_table

    parts = []
    if groups:
        for label, g in groups.items():
            parts += [f"### Gold set by {label}", "", subgroup_table(g, label), ""]
    if city:
        parts += ["### Real call-type strings by city", "",
                  "The call-type strings alone (no narrative) from `../shared/data`, labelled "
                  "with the spec's categories; volume-weighted accuracy weights each string "
                  "by how many calls carried it.", "",
                  subgroup_table(city, "city", extra=["volume_weighted_accuracy",
                                                      "calls_represented"]), ""]
    if not parts:
        return "No labelled evaluation data was available."
    parts.insert(0, f"Groups under {30} calls are marked *(small)*: read them as indicative. "
                    "`dq recall` is the share of labelled-disqualified calls in which any "
                    "disqualifier fired; `-` means the group has none.\n")
    return "\n".join(parts)


def _limitations(meta: dict, gold, shared, gold_groups) -> str:
    items = [
        "Trained on synthetic narratives (`training/generate.py`) plus one author's "
        "hand-written development set; no real CAD narrative was used. Real narratives may "
        "use shorthand, misspellings and local call types the model has not seen.",
        "The gold set (547 hand-written narratives) is small: one wrong call moves a "
        "per-class recall by 0.5-1.5 points and subgroups by more.",
        "The disqualifier screen is rule-based: phrasing outside the rule vocabulary can be "
        "missed; the recall below is measured, not guaranteed. The rules always override the "
        "model, so the classifier cannot cause a missed disqualifier, but it decides "
        "`community_responder` vs `call_taker_review` for the calls the rules let through.",
        "English only. Call-type strings alone carry little information; the model is "
        "meant for narratives.",
        "Probabilities are calibrated with one softmax temperature fitted on out-of-fold "
        "training scores; calibration on real calls must be re-measured.",
    ]
    if gold is not None:
        m = gold.metrics
        pc = m["disqualifiers"]["per_code"]
        low = [f"{c} {pc[c]['recall']:.3f}" for c in DISQUALIFIERS
               if pc[c]["support"] and pc[c]["recall"] < 1.0]
        if low:
            items.append("Measured on gold, the rules miss disqualifiers: recall "
                         + ", ".join(low) + ". Missed rows are listed in "
                         "`gold_disqualifier_errors.csv`.")
        if m["unsafe_dispatches"]:
            items.append(f"{m['unsafe_dispatches']} gold call(s) labelled with a disqualifier "
                         "were routed `community_responder` (unsafe dispatch): "
                         + ", ".join(m["unsafe_ids"][:12]) + ".")
        if m["ece"] > G.MAX_ECE:
            items.append(f"Expected calibration error on gold is {m['ece']:.3f}, above the "
                         f"promotion gate of {G.MAX_ECE}.")
        if gold_groups:
            weak = []
            for label, groups in gold_groups.items():
                if label == "hard-case tag":
                    continue
                for g, s in groups.items():
                    if s["n"] >= 30 and s["macro_f1"] < m["macro_f1"] - 0.05:
                        weak.append(f"{label} '{g}' (macro-F1 {s['macro_f1']:.3f}, n={s['n']})")
            if weak:
                items.append("Weaker subgroups (macro-F1 more than 0.05 under overall): "
                             + "; ".join(weak) + ".")
    if shared is not None:
        items.append(f"On bare call-type strings the macro-F1 is "
                     f"{shared.metrics['macro_f1']:.3f} and disqualifier recall "
                     f"{shared.metrics['disqualifiers']['any']['recall']:.3f}: a call type "
                     "is not a narrative.")
    return "\n".join(f"* {i}" for i in items)


def build_model_card(meta: dict, *, gold=None, shared=None, gold_subgroups=None,
                     city_subgroups=None, registry: dict | None = None, policy=None,
                     training_info: dict | None = None, extra=()) -> str:
    """``gold``/``shared`` are ``training.reports.Evaluation`` objects (or None).
    ``meta["has_risk_head"]`` (set by the caller from the loaded classifier) adds the
    disqualifier-risk head to the description."""
    from calltriage.rules import RULES_VERSION
    from calltriage.text import TEXT_VERSION

    metrics = meta.get("metrics") or {}
    params = meta.get("params") or {}
    reg = registry or {}
    has_risk = bool(meta.get("has_risk_head"))
    title = f"# Model card: {meta.get('model_version', 'unknown model')}"
    lines = [title, "",
             f"*Generated {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M UTC} by "
             "`training/model_card.py` from the model's metadata and a fresh evaluation of "
             "the whole decision path (rules + classifier + policy).*", ""]
    facts = [
        ["model version", meta.get("model_version")],
        ["registered model", f"{reg['name']} version {reg['version']}" if reg.get("name") else "-"],
        ["aliases", ", ".join(reg.get("aliases", [])) or "-"],
        ["MLflow run", reg.get("run_id") or "-"],
        ["created", meta.get("created")],
        ["git commit", meta.get("git_commit")],
        ["classifier", "hashed word/bigram/prefix features -> logistic-loss SGD "
                       "(balanced classes) + softmax temperature"
                       + ("; plus a disqualifier-risk head (P(any disqualifier)) that can only "
                          "send a call to call-taker review" if has_risk else "")],
        ["artifact sha256", (meta.get("sha256") or "")[:16] + "..."],
    ]
    lines += ["## Summary", "", _table(facts, ["", ""]), ""]
    lines += ["## Intended use", "", INTENDED_USE, "", "## Out-of-scope uses", "",
              OUT_OF_SCOPE, ""]

    # training data
    ti = training_info or {}
    td = [
        f"* Sources: {', '.join(meta.get('train_sources', [])) or '-'}; "
        f"{metrics.get('train_rows', '-')} rows after the leakage check against the gold set "
        f"(data hash `{meta.get('data_hash')}`).",
        "* `generated`: synthetic narratives from `training/generate.py` (193 scenarios, "
        "style transforms, deterministic seed); every other source is a hand-written set "
        "(`dev`, `dev2`, `dev3` ... `dev10`, `gold2`, `gold4` ... `gold10`: one author "
        "each, 18 authors, 6,538 rows since session 12), each row weighted "
        f"x{params.get('handwritten_weight', '-')} because they are closer to real "
        "call-taker text.",
        "* The gold set and the held-out gold-3 and gold-11 are never trained on; training "
        "rows whose normalized text appears in one of them are removed before training.",
    ]
    if ti.get("class_counts"):
        td.append("* Rows per category: " + ", ".join(
            f"{c} {ti['class_counts'].get(c, 0)}" for c in CATEGORIES) + ".")
    lines += ["## Training data", "", *td, ""]
    lines += ["## Evaluation data", "",
              "* **Gold**: 547 hand-written narratives by an author who saw neither the "
              "generator nor the rules (`data_samples/gold/README.md`), held out.",
              "* **Held out**: gold-3 and gold-11 (`data_samples/gold3/`, `gold11/`), "
              "hand-written from the spec alone by authors who saw no project data; never "
              "tuned on, never trained on (README, \"Measured quality\").",
              "* **Call-type strings**: the real CAD call-type strings of three cities "
              "(`../shared/data/calltypes-3cities.jsonl`), scored as bare text.", ""]

    # metrics
    lines += ["## Metrics", ""]
    if metrics.get("cv_macro_f1") is not None:
        lines.append(f"Cross-validation ({metrics.get('folds', '-')} folds, out-of-fold): "
                     f"macro-F1 {_f(metrics.get('cv_macro_f1'))}; hand-written rows only "
                     f"{_f(metrics.get('cv_macro_f1_handwritten'))}.")
        lines.append("")
    if gold is not None:
        lines += ["### Gold set (whole decision path)", "", _metrics_block(gold.metrics), ""]
    for ev in extra or ():
        lines += [f"### {ev.name}", "", _metrics_block(ev.metrics), ""]
    if shared is not None:
        lines += ["### Real call-type strings", "", _metrics_block(shared.metrics), ""]
    lines += ["## Metrics per subgroup", "", _subgroup_section(gold_subgroups, city_subgroups), ""]

    # thresholds
    th = [
        ["softmax temperature", meta.get("temperature")],
    ]
    if policy is not None:
        th += [
            ["policy", f"{policy.name} ({policy.version})"],
            ["confidence threshold for community_responder", policy.confidence_threshold],
            ["minimum narrative words", policy.min_narrative_words],
            *([["possible-disqualifier review (risk head)",
                getattr(policy, "possible_disqualifier_review")]]
              if hasattr(policy, "possible_disqualifier_review") else []),
            ["accept third-party callers", policy.accept_third_party_callers],
            ["conflict requires behavioral-health nexus", policy.conflict_requires_bh_nexus],
            ["co-response", f"{'on' if policy.co_response.enabled else 'off'} "
                            f"({', '.join(policy.co_response.codes)})"],
        ]
    lines += ["## Thresholds", "", _table(th, ["setting", "value"]), "",
              "Disqualifiers are not thresholds: any fired disqualifier routes to standard "
              "dispatch (or co-response where the policy enables it), whatever the model says.",
              ""]
    if gold is not None:
        gl = G.metric_gates(gold.metrics, None)
        rows = [[g.name, "pass" if g.passed else "**FAIL**", g.value, g.threshold] for g in gl
                if g.name != "gold_macro_f1_vs_champion"]
        lines += ["## Promotion gates (gold set, as measured here)", "",
                  _table(rows, ["gate", "status", "value", "threshold"]), "",
                  "`calltriage promote` also runs the safety suite (rule tables and behavioural "
                  "tests against this model) and compares macro-F1 with the current champion "
                  f"(at most {G.MAX_MACRO_F1_DROP} lower).", ""]
    lines += ["## Known limitations", "", _limitations(meta, gold, shared, gold_subgroups), ""]
    lv = meta.get("library_versions") or {}
    versions = [
        ["text pipeline", f"{meta.get('text_version')} (code: {TEXT_VERSION})"],
        ["rules", f"{meta.get('rules_version_at_training')} at training; {RULES_VERSION} now"],
        *[[k, v] for k, v in sorted(lv.items())],
    ]
    lines += ["## Versions", "", _table(versions, ["component", "version"]), ""]
    return "\n".join(lines)
