"""``calltriage promote``: move the registry alias ``champion`` to a candidate version only
when every gate in ``training/gates.py`` passes; otherwise refuse with a report.

Both the candidate and the current champion are downloaded from the registry and evaluated
*now* on the same gold set with the installed rules and the candidate's logged policy, so
the macro-F1 comparison is like for like. The safety suite runs as a pytest subprocess
(``tests/rules`` and ``tests/behaviour``) with ``CALLTRIAGE_BEHAVIOUR_MODEL_DIR`` pointing
at the candidate's artifact.

Every attempt (promoted or refused) is recorded as a run in the experiment
``<experiment>-promotions`` (who, when, versions, gate values, the report as an artifact);
a promotion also tags the model version (``promoted_by``, ``promoted_at``,
``promoted_from``) and the previous champion (``demoted_at``, ``demoted_by``).
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from training import gates as G
from training.mlflow_config import CHALLENGER, CHAMPION, REPO, MlflowConfig

SAFETY_SUITE = ("tests/rules", "tests/behaviour")
SAFETY_TIMEOUT_S = 900


@dataclass
class PromotionReport:
    name: str
    candidate_version: str
    candidate_model: str
    champion_version: str | None
    champion_model: str | None
    gates: list[G.Gate]
    promoted: bool
    by: str
    at: str
    reason: str | None = None
    gold_hash: str | None = None
    dry_run: bool = False
    candidate_metrics: dict = field(default_factory=dict)
    champion_metrics: dict | None = None
    safety_output: str = ""

    @property
    def passed(self) -> bool:
        return all(g.passed for g in self.gates)

    def text(self) -> str:
        status = ("PROMOTED" if self.promoted else
                  "WOULD PROMOTE (dry run)" if self.dry_run and self.passed else "REFUSED")
        lines = [
            f"# Promotion {status}: {self.name} version {self.candidate_version}",
            "",
            f"* candidate: version {self.candidate_version} ({self.candidate_model})",
            f"* current champion: "
            + (f"version {self.champion_version} ({self.champion_model})"
               if self.champion_version else "none"),
            f"* requested by {self.by} at {self.at}"
            + (f"; reason: {self.reason}" if self.reason else ""),
            f"* gold set {self.gold_hash}",
            "",
            "| gate | result | value | threshold | detail |",
            "|---|---|---|---|---|",
        ]
        for g in self.gates:
            lines.append(f"| {g.name} | {'pass' if g.passed else 'FAIL'} | {g.value} | "
                         f"{g.threshold} | {g.detail.replace('|', '/')} |")
        lines.append("")
        if not self.promoted:
            failed = [g.name for g in self.gates if not g.passed]
            if failed:
                lines.append(f"`{CHAMPION}` was NOT moved: failed gate(s) {', '.join(failed)}.")
            elif self.dry_run:
                lines.append("Dry run: every gate passes; nothing was changed.")
        else:
            lines.append(f"`{CHAMPION}` now points at version {self.candidate_version}.")
        if self.safety_output:
            lines += ["", "## Safety suite output (tail)", "", "```", self.safety_output, "```"]
        return "\n".join(lines)


def who_am_i() -> str:
    user = os.environ.get("CALLTRIAGE_PROMOTED_BY")
    if user:
        return user
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001
        user = "unknown"
    return f"{user}@{socket.gethostname()}"


def run_safety_suite(model_dir: Path, *, repo: Path = REPO,
                     progress: Callable[[str], None] = print) -> G.Gate:
    """pytest tests/rules tests/behaviour against ``model_dir``."""
    paths = [repo / p for p in SAFETY_SUITE]
    missing = [str(p) for p in paths if not p.is_dir()]
    if missing:
        return G.Gate("safety_suite", False, "not run", "all pass",
                      f"test folder(s) missing: {', '.join(missing)}")
    env = {**os.environ, "CALLTRIAGE_BEHAVIOUR_MODEL_DIR": str(model_dir)}
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
           "-x", "--no-header", *[str(p) for p in paths]]
    progress(f"safety suite: {' '.join(SAFETY_SUITE)} against {model_dir}")
    try:
        out = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True,
                             timeout=SAFETY_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return G.Gate("safety_suite", False, "timeout", "all pass",
                      f"did not finish in {SAFETY_TIMEOUT_S}s")
    tail = "\n".join((out.stdout + out.stderr).strip().splitlines()[-25:])
    summary = next((ln for ln in reversed(tail.splitlines()) if " passed" in ln or " failed" in ln
                    or " error" in ln), f"exit code {out.returncode}")
    return G.Gate("safety_suite", out.returncode == 0, summary.strip("= "), "all pass",
                  "" if out.returncode == 0 else "see the safety suite output below", output=tail)


def _evaluate_folder(model_dir: Path, policy_path: Path | None, gold: list[dict]) -> dict:
    from calltriage.engine import Engine
    from calltriage.model import load_model
    from calltriage.policy import load_policy
    from training.train import evaluate_records

    engine = Engine(load_policy(policy_path), load_model(model_dir))
    return evaluate_records(engine, gold)


def promote(candidate: str | None = None, *, by: str | None = None, reason: str | None = None,
            gold_path: Path | None = None, config: MlflowConfig | None = None,
            cache_dir: Path | None = None, run_safety: bool = True, dry_run: bool = False,
            safety_runner: Callable[[Path], G.Gate] | None = None,
            progress: Callable[[str], None] = print) -> PromotionReport:
    """Check the gates for ``candidate`` (a version number or an alias; default
    ``challenger``) and move ``champion`` when they all pass (unless ``dry_run``)."""
    import mlflow

    from training import data as D
    from training.registry import resolve_model_source
    from training.tracking import client_for, ensure_experiment

    config = config or MlflowConfig.from_env()
    client = client_for(config)
    name = config.registered_model
    cand = candidate or CHALLENGER
    cand_uri = f"models:/{name}/{cand}" if str(cand).isdigit() else f"models:/{name}@{cand}"
    by = by or who_am_i()
    at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()

    src = resolve_model_source(cand_uri, config=config, cache_dir=cache_dir, client=client)
    progress(f"candidate: {name} version {src.version} ({src.folder})")
    champ_src = None
    try:
        champ_version = str(client.get_model_version_by_alias(name, CHAMPION).version)
        champ_src = resolve_model_source(f"models:/{name}/{champ_version}", config=config,
                                         cache_dir=cache_dir, client=client)
    except Exception:  # noqa: BLE001 - no champion yet
        champ_version = None

    gold_file = Path(gold_path) if gold_path else D.GOLD
    gold = D.load(gold_file, "gold").records
    from calltriage.model import load_model

    cand_model = load_model(src.folder).version
    cand_metrics = _evaluate_folder(src.folder, src.policy_path, gold)
    champ_metrics = champ_model = None
    if champ_src is not None:
        champ_model = load_model(champ_src.folder).version
        champ_metrics = _evaluate_folder(champ_src.folder, src.policy_path, gold)
    progress(f"gold ({len(gold)} rows): candidate macro-F1 {cand_metrics['macro_f1']:.4f}"
             + (f", champion {champ_metrics['macro_f1']:.4f}" if champ_metrics else
                ", no champion yet"))

    gates: list[G.Gate] = []
    safety_tail = ""
    if run_safety:
        runner = safety_runner or (lambda d: run_safety_suite(d, progress=progress))
        sg = runner(src.folder)
        safety_tail = sg.output
        gates.append(sg)
    else:
        gates.append(G.Gate("safety_suite", False, "skipped", "all pass",
                            "--skip-safety-suite: cannot promote without the safety suite"))
    gates += G.metric_gates(cand_metrics, champ_metrics)

    report = PromotionReport(
        name=name, candidate_version=str(src.version), candidate_model=cand_model,
        champion_version=champ_version, champion_model=champ_model, gates=gates,
        promoted=False, by=by, at=at, reason=reason, gold_hash=D.data_hash(gold),
        dry_run=dry_run, candidate_metrics=cand_metrics, champion_metrics=champ_metrics,
        safety_output=safety_tail if not gates[0].passed else "")

    if report.passed and not dry_run and champ_version != str(src.version):
        client.set_registered_model_alias(name, CHAMPION, str(src.version))
        tags = {"promoted_by": by, "promoted_at": at,
                "promoted_from": champ_version or "none",
                "promotion_gold_macro_f1": f"{cand_metrics['macro_f1']:.4f}",
                "promotion_ece": f"{cand_metrics['ece']:.4f}"}
        if reason:
            tags["promotion_reason"] = reason[:500]
        for k, v in tags.items():
            client.set_model_version_tag(name, str(src.version), k, v)
        if champ_version:
            client.set_model_version_tag(name, champ_version, "demoted_at", at)
            client.set_model_version_tag(name, champ_version, "demoted_by", by)
        try:
            if str(client.get_model_version_by_alias(name, CHALLENGER).version) == str(src.version):
                client.delete_registered_model_alias(name, CHALLENGER)
        except Exception:  # noqa: BLE001 - no challenger alias
            pass
        report.promoted = True
    elif report.passed and champ_version == str(src.version):
        report.promoted = False
        report.gates.append(G.Gate("not_already_champion", False, str(src.version), "!= champion",
                                   "this version is already the champion"))

    # record the attempt -------------------------------------------------------------------
    exp_id = ensure_experiment(client, config, f"{config.experiment}-promotions")
    outcome = "promoted" if report.promoted else ("dry_run" if dry_run else "refused")
    with mlflow.start_run(experiment_id=exp_id,
                          run_name=f"{outcome}-{name}-v{src.version}") as run:
        mlflow.set_tags({"outcome": outcome, "by": by, "at": at,
                         "candidate_version": str(src.version),
                         "champion_version_before": champ_version or "none",
                         "candidate_model": cand_model, "reason": reason or ""})
        mlflow.log_params({"registered_model": name, "candidate": cand,
                           "gold_hash": report.gold_hash})
        mlflow.log_metrics({
            "candidate_gold_macro_f1": cand_metrics["macro_f1"],
            "candidate_gold_ece": cand_metrics["ece"],
            "candidate_gold_unsafe": cand_metrics["unsafe_dispatches"],
            "candidate_gold_dq_recall_any": cand_metrics["disqualifiers"]["any"]["recall"],
            **({"champion_gold_macro_f1": champ_metrics["macro_f1"]} if champ_metrics else {}),
            **{f"gate_{g.name}": float(g.passed) for g in report.gates},
        })
        with tempfile.TemporaryDirectory() as tmp:
            p = Path(tmp) / "promotion_report.md"
            p.write_text(report.text() + "\n", encoding="utf-8")
            mlflow.log_artifact(str(p))
        progress(f"recorded as run {run.info.run_id[:8]} in {config.experiment}-promotions")
    return report
