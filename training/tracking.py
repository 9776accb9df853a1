"""MLflow tracking of a training run (called by ``training.train.train`` after saving).

One run per ``calltriage train`` in the experiment of ``MlflowConfig`` (default: SQLite
``<repo>/mlflow.db``, artifacts under ``<repo>/mlruns``):

* params: the training parameters, feature size, temperature, text/rules versions;
* inputs: data hash and sizes per source (also as an MLflow dataset input);
* metrics: cross-validation and gold-set metrics (per class, per disqualifier code,
  unsafe dispatches, eligible capture, ECE) and the call-type-string metrics;
* artifacts: ``evaluation/`` (confusion matrix, precision-recall curves and reliability
  plot as PNG, misclassified gold rows as CSV, the evaluation report, the metrics JSON,
  the model card) and the artifact's ``metadata.json``;
* the model: an MLflow pyfunc (``training/pyfunc.py``) registered under one name; the new
  version gets the alias ``challenger``. ``champion`` only moves through
  ``calltriage promote``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from training.mlflow_config import CHALLENGER, REPO, MlflowConfig

MODEL_ARTIFACT_NAME = "triage"
GOLD2 = REPO / "data_samples" / "gold2" / "gold2.jsonl"  # second held-out set, when present


def _quiet_mlflow() -> None:
    # MLflow prints progress bars, info lines and advice; keep the training output readable.
    os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
    import logging
    import warnings

    import mlflow  # noqa: F401 - configures its loggers on import; adjust them afterwards

    for name in ("mlflow", "alembic"):
        logging.getLogger(name).setLevel(logging.WARNING)
    warnings.filterwarnings("ignore", message=".*type hints to the `predict` method.*")
    warnings.filterwarnings("ignore", message=".*dataset source can be interpreted in multiple.*")


def client_for(config: MlflowConfig):
    """Point MLflow at ``config`` and return a client. Creates the experiment if needed."""
    _quiet_mlflow()
    import mlflow
    from mlflow import MlflowClient

    mlflow.set_tracking_uri(config.tracking_uri)
    mlflow.set_registry_uri(config.tracking_uri)
    if config.artifact_root and config.artifact_root.startswith("file:"):
        from urllib.parse import urlparse

        Path(urlparse(config.artifact_root).path).mkdir(parents=True, exist_ok=True)
    return MlflowClient(tracking_uri=config.tracking_uri, registry_uri=config.tracking_uri)


def ensure_experiment(client, config: MlflowConfig, name: str | None = None) -> str:
    name = name or config.experiment
    exp = client.get_experiment_by_name(name)
    if exp is not None:
        return exp.experiment_id
    location = None
    if config.artifact_root:
        location = config.artifact_root.rstrip("/") + "/" + name
    return client.create_experiment(name, artifact_location=location)


def _flat_metrics(prefix: str, m: dict) -> dict[str, float]:
    out = {
        f"{prefix}_macro_f1": m["macro_f1"],
        f"{prefix}_accuracy": m["accuracy"],
        f"{prefix}_ece": m["ece"],
        f"{prefix}_unsafe_dispatches": m["unsafe_dispatches"],
        f"{prefix}_eligible_capture": m["eligible_capture"],
        f"{prefix}_dq_recall_any": m["disqualifiers"]["any"]["recall"],
        f"{prefix}_dq_precision_any": m["disqualifiers"]["any"]["precision"],
        f"{prefix}_ineligible_sent": m["ineligible_sent_to_community_responder"],
        f"{prefix}_n": m["n"],
    }
    for c, v in m["per_class"].items():
        out[f"{prefix}_f1_{c}"] = v["f1"]
        out[f"{prefix}_precision_{c}"] = v["precision"]
        out[f"{prefix}_recall_{c}"] = v["recall"]
    for c, v in m["disqualifiers"]["per_code"].items():
        out[f"{prefix}_dq_recall_{c}"] = v["recall"]
        out[f"{prefix}_dq_precision_{c}"] = v["precision"]
    for r, v in m["routes"].items():
        out[f"{prefix}_route_{r}"] = v
    return {k: float(v) for k, v in out.items() if v is not None}


def stage_model_folder(model_dir: Path, dest: Path) -> Path:
    """Copy exactly the two artifact files (model.joblib, metadata.json) into ``dest``."""
    from calltriage.model import METADATA_FILE, MODEL_FILE

    dest.mkdir(parents=True, exist_ok=True)
    for name in (MODEL_FILE, METADATA_FILE):
        shutil.copy2(model_dir / name, dest / name)
    return dest


@contextmanager
def _pyfunc_parts(model_dir: Path, policy_path: Path | None):
    """The keyword arguments MLflow needs to log or save the decision-path pyfunc, with
    the model folder and policy staged in a temporary folder for the duration."""
    from calltriage.policy import DEFAULT_POLICY_PATH
    from training import pyfunc as P

    with tempfile.TemporaryDirectory(prefix="calltriage-pyfunc-") as tmp:
        staged = stage_model_folder(Path(model_dir), Path(tmp) / "triage_model")
        policy = Path(policy_path) if policy_path else DEFAULT_POLICY_PATH
        staged_policy = Path(tmp) / "policy.toml"
        shutil.copy2(policy, staged_policy)
        yield {
            "python_model": str(P.MODEL_CODE_PATH),
            "artifacts": {P.ARTIFACT_MODEL: str(staged), P.ARTIFACT_POLICY: str(staged_policy)},
            "signature": P.signature(),
            "input_example": P.INPUT_EXAMPLE,
            "pip_requirements": pip_requirements(),
            "metadata": {"calltriage": "needs the calltriage package installed in the loading "
                                       "environment (use --env-manager local)"},
        }


def log_pyfunc(model_dir: Path, *, policy_path: Path | None = None,
               registered_model: str | None = None, tags: dict | None = None):
    """Log the decision-path pyfunc in the active run; returns MLflow's ModelInfo."""
    import mlflow.pyfunc

    with _pyfunc_parts(model_dir, policy_path) as parts:
        return mlflow.pyfunc.log_model(name=MODEL_ARTIFACT_NAME,
                                       registered_model_name=registered_model, tags=tags,
                                       **parts)


def save_pyfunc(model_dir: Path, path: Path, *, policy_path: Path | None = None) -> Path:
    """Write the same pyfunc to a local folder, without a tracking server (for
    ``mlflow models serve -m <path> --env-manager local``, e.g. in the HTTP benchmark)."""
    import mlflow.pyfunc

    with _pyfunc_parts(model_dir, policy_path) as parts:
        mlflow.pyfunc.save_model(path=str(path), **parts)
    return Path(path)


def pip_requirements() -> list[str]:
    from importlib.metadata import version

    pkgs = ["mlflow", "scikit-learn", "numpy", "scipy", "joblib", "spacy", "pydantic",
            "pandas", "orjson"]
    return [f"{p}=={version(p)}" for p in pkgs]


def log_training_run(meta: dict, model_dir: Path, *, train_records: list[dict] | None = None,
                     sources: dict[str, int] | None = None, gold: list[dict] | None = None,
                     shared: list[dict] | None = None, config: MlflowConfig | None = None,
                     register: bool = True,
                     progress: Callable[[str], None] = print) -> dict:
    """Log one finished training run. Returns ``{"run_id", "experiment_id",
    "registered_model", "version", "model_uri"}``."""
    config = config or MlflowConfig.from_env()
    client = client_for(config)
    import mlflow
    from mlflow.data.meta_dataset import MetaDataset

    from calltriage.engine import Engine
    from calltriage.model import load_model
    from calltriage.policy import load_policy
    from training import data as D
    from training.reports import write_evaluation_artifacts

    exp_id = ensure_experiment(client, config)
    metrics = meta.get("metrics") or {}
    params = dict(meta.get("params") or {})
    class_counts = Counter(r["category"] for r in train_records or [])
    with mlflow.start_run(experiment_id=exp_id, run_name=meta["model_version"]) as run:
        mlflow.log_params({
            **params,
            "n_features": meta.get("n_features"),
            "temperature": meta.get("temperature"),
            "model_name": meta.get("name"),
            "text_version": meta.get("text_version"),
            "rules_version": meta.get("rules_version_at_training"),
            "train_sources": ",".join(meta.get("train_sources", [])),
            "data_hash": meta.get("data_hash"),
            "train_rows": metrics.get("train_rows"),
            **{f"rows_{k}": v for k, v in (sources or {}).items()},
            **{f"rows_{c}": class_counts.get(c, 0) for c in sorted(class_counts)},
            "gold_rows": len(gold) if gold else 0,
            "gold_hash": D.data_hash(gold) if gold else None,
            "calltype_rows": len(shared) if shared else 0,
        })
        mlflow.set_tags({
            "model_version": meta["model_version"],
            "git_commit": meta.get("git_commit") or "unknown",
            "artifact_sha256": meta.get("sha256"),
            **{f"lib.{k}": v for k, v in (meta.get("library_versions") or {}).items()},
        })
        try:
            src = MetaDataset(source=_local_source(D.GENERATED), name="train",
                              digest=str(meta.get("data_hash", ""))[-16:])
            mlflow.log_input(src, context="training")
        except Exception:  # noqa: BLE001 - dataset inputs are a UI nicety, never fatal
            pass
        mm = {k: float(v) for k, v in metrics.items()
              if isinstance(v, (int, float)) and not isinstance(v, bool)}
        mlflow.log_metrics(mm)

        info = log_pyfunc(model_dir, registered_model=config.registered_model if register else None,
                          tags={"model_version": meta["model_version"]})
        out = {"run_id": run.info.run_id, "experiment_id": exp_id,
               "tracking_uri": config.tracking_uri, "model_uri": info.model_uri,
               "registered_model": None, "version": None}
        if register and info.registered_model_version is not None:
            out.update(registered_model=config.registered_model,
                       version=str(info.registered_model_version))

        loaded = load_model(Path(model_dir))
        engine = Engine(load_policy(), loaded)
        with tempfile.TemporaryDirectory(prefix="calltriage-eval-") as tmp:
            folder = Path(tmp) / "evaluation"
            gold2 = D.load(GOLD2, "gold2").records if GOLD2.is_file() else None
            summary = write_evaluation_artifacts(
                engine, loaded.metadata, folder, gold=gold, shared=shared,
                extra_sets={"gold-2": gold2} if gold2 and gold is not None else None,
                registry={"name": out["registered_model"], "version": out["version"],
                          "aliases": [CHALLENGER] if out["version"] else [],
                          "run_id": run.info.run_id},
                training_info={"class_counts": dict(class_counts)})
            flat = {}
            if summary.get("gold") is not None:
                flat.update(_flat_metrics("gold", summary["gold"].metrics))
                for c, ap in (summary["metrics"].get("gold_average_precision") or {}).items():
                    flat[f"gold_ap_{c}"] = ap
                flat["gold_misclassified"] = summary["metrics"]["gold_misclassified"]
            if summary.get("shared") is not None:
                flat.update(_flat_metrics("calltypes", summary["shared"].metrics))
            if "gold-2" in summary.get("extra", {}):
                flat.update(_flat_metrics("gold2", summary["extra"]["gold-2"].metrics))
            mlflow.log_metrics(flat)
            mlflow.log_artifacts(str(folder), artifact_path="evaluation")
            mlflow.log_artifact(str(Path(model_dir) / "metadata.json"),
                                artifact_path="model_artifact")
            progress(f"mlflow: evaluation artifacts logged ({len(list(folder.iterdir()))} files)")

        if out["version"] is not None:
            version, name = out["version"], config.registered_model
            gm = summary["gold"].metrics if summary.get("gold") is not None else None
            vtags = {
                "model_version": meta["model_version"],
                "data_hash": meta.get("data_hash"),
                "git_commit": meta.get("git_commit") or "unknown",
                "run_id": run.info.run_id,
                "rules_version_at_training": meta.get("rules_version_at_training"),
            }
            if gm is not None:
                vtags.update({"gold_macro_f1": gm["macro_f1"], "gold_ece": gm["ece"],
                              "gold_unsafe_dispatches": gm["unsafe_dispatches"],
                              "gold_dq_recall_any": gm["disqualifiers"]["any"]["recall"]})
            for k, v in vtags.items():
                if v is not None:
                    client.set_model_version_tag(name, version, k, str(v))
            client.set_registered_model_alias(name, CHALLENGER, version)
            mlflow.set_tag("registered_model_version", f"{name}/{version}")
            progress(f"mlflow: registered {name} version {version} as @{CHALLENGER} "
                     f"(run {run.info.run_id[:8]}, {config.tracking_uri})")
        else:
            progress(f"mlflow: logged run {run.info.run_id[:8]} ({config.tracking_uri})")
    return out


def _local_source(path: Path):
    from mlflow.data.dataset_source_registry import resolve_dataset_source

    return resolve_dataset_source(str(path))
