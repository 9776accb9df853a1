"""`calltriage train` logs every run to MLflow and registers the model as challenger."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from training.mlflow_config import DEFAULT_DB, MlflowConfig


def test_train_logs_params_metrics_artifacts_and_registers(tmp_path, mlflow_config):
    from mlflow import MlflowClient

    from training.train import train

    lines: list[str] = []
    meta = train(out_dir=tmp_path / "model", limit=1500, folds=2,
                 tracking_config=mlflow_config, progress=lines.append)
    info = meta["mlflow"]
    assert "error" not in info, info
    assert any("registered test-triage version 1 as @challenger" in ln for ln in lines)
    # the existing printed lines are unchanged
    assert any(ln.startswith("saved ") for ln in lines)
    assert any(ln.startswith("gold: macro-F1") for ln in lines)

    client = MlflowClient(tracking_uri=mlflow_config.tracking_uri)
    run = client.get_run(info["run_id"])
    p, m = run.data.params, run.data.metrics
    for key in ("alpha", "n_features", "handwritten_weight", "folds", "seed", "data_hash",
                "train_rows", "rows_generated", "gold_rows", "gold_hash", "text_version",
                "rules_version"):
        assert key in p, key
    assert p["train_rows"] == "1500" and p["gold_rows"] == "547"
    expected = ["cv_macro_f1", "gold_macro_f1", "gold_ece", "gold_unsafe_dispatches",
                "gold_dq_recall_weapon", "gold_f1_conflict", "gold_ap_other", "train_seconds"]
    from training.data import SHARED_CALLTYPES

    if SHARED_CALLTYPES.is_file():  # the real call types live in ../shared/data
        expected.append("calltypes_macro_f1")
    for key in expected:
        assert key in m, key
    assert run.data.tags["model_version"] == meta["model_version"]

    arts = {a.path for a in client.list_artifacts(info["run_id"], "evaluation")}
    for name in ("gold_confusion_matrix.png", "gold_pr_curves.png", "gold_reliability.png",
                 "gold_misclassified.csv", "gold_disqualifier_errors.csv", "model_card.md",
                 "evaluation_report.md", "evaluation_metrics.json"):
        assert f"evaluation/{name}" in arts, name
    local = Path(client.download_artifacts(info["run_id"], "evaluation", str(tmp_path / "dl")))
    assert (local / "gold_reliability.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    card = (local / "model_card.md").read_text()
    for section in ("## Intended use", "## Out-of-scope uses", "## Training data",
                    "## Metrics per subgroup", "by caller type", "by narrative style",
                    "by narrative length", "by city", "## Thresholds",
                    "## Known limitations", "## Versions", "test-triage version 1"):
        assert section in card, section
    header = (local / "gold_misclassified.csv").read_text().splitlines()[0]
    assert header.startswith("id,true_category,predicted_category,confidence")

    mv = client.get_model_version_by_alias("test-triage", "challenger")
    assert str(mv.version) == "1"
    assert mv.tags["model_version"] == meta["model_version"]
    assert "gold_macro_f1" in mv.tags and mv.tags["run_id"] == info["run_id"]


def test_second_run_becomes_the_new_challenger(log_model, mlflow_config):
    from mlflow import MlflowClient

    a, b = log_model(), log_model()
    assert (a["version"], b["version"]) == ("1", "2")
    client = MlflowClient(tracking_uri=mlflow_config.tracking_uri)
    assert str(client.get_model_version_by_alias("test-triage", "challenger").version) == "2"


def test_tracking_failure_keeps_the_model_and_says_so(tmp_path, fast_eval):
    from training.train import train

    bad = MlflowConfig.for_uri("sqlite:////proc/no-such-dir/mlflow.db")
    lines: list[str] = []
    meta = train(out_dir=tmp_path / "model", limit=300, folds=2, tracking_config=bad,
                 progress=lines.append)
    assert "error" in meta["mlflow"]
    assert (tmp_path / "model" / "model.joblib").is_file()
    assert any(ln.startswith("WARNING: MLflow tracking failed") for ln in lines)


def test_no_track_logs_nothing(tmp_path, mlflow_config, fast_eval):
    from mlflow import MlflowClient

    from training.train import train

    meta = train(out_dir=tmp_path / "model", limit=300, folds=2, track=False,
                 tracking_config=mlflow_config, progress=lambda _m: None)
    assert "mlflow" not in meta
    client = MlflowClient(tracking_uri=mlflow_config.tracking_uri)
    assert client.get_experiment_by_name(mlflow_config.experiment) is None


def test_config_defaults_and_env(monkeypatch):
    for var in ("CALLTRIAGE_MLFLOW_TRACKING_URI", "MLFLOW_TRACKING_URI",
                "CALLTRIAGE_MLFLOW_ARTIFACT_ROOT", "CALLTRIAGE_MLFLOW_EXPERIMENT",
                "CALLTRIAGE_REGISTERED_MODEL"):
        monkeypatch.delenv(var, raising=False)
    cfg = MlflowConfig.from_env()
    assert cfg.tracking_uri == f"sqlite:///{DEFAULT_DB}"
    assert cfg.artifact_root == (DEFAULT_DB.parent / "mlruns").as_uri()
    assert cfg.registered_model == "calltriage-triage"
    assert "mlflow ui --backend-store-uri sqlite:///" in cfg.ui_command()
    monkeypatch.setenv("MLFLOW_TRACKING_URI", "http://mlflow.example:5000")
    assert MlflowConfig.from_env().tracking_uri == "http://mlflow.example:5000"
    assert MlflowConfig.from_env().artifact_root is None
    monkeypatch.setenv("CALLTRIAGE_MLFLOW_TRACKING_URI", "sqlite:////data/t.db")
    cfg = MlflowConfig.from_env()
    assert cfg.tracking_uri == "sqlite:////data/t.db"
    assert cfg.artifact_root == "file:///data/mlruns"


def test_core_imports_no_mlflow():
    code = ("import sys, calltriage.engine, calltriage.cli, calltriage.evaluation, "
            "calltriage.batch; calltriage.cli.build_parser(); "
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('mlflow', 'matplotlib')); print(bad); sys.exit(1 if bad else 0)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_core_source_does_not_mention_mlflow():
    core = Path(__file__).resolve().parents[2] / "calltriage"
    offenders = [p.name for p in core.rglob("*.py") if "import mlflow" in p.read_text()
                 or "from mlflow" in p.read_text()]
    assert offenders == []


def test_mlflow_ui_help_prints_the_command(capsys, mlflow_config):
    from calltriage.cli import main

    assert main(["mlflow-ui-help", "--port", "5055"]) == 0
    out = capsys.readouterr().out
    assert f"mlflow ui --backend-store-uri {mlflow_config.tracking_uri}" in out
    assert "--port 5055" in out
    assert "mlflow models serve" in out
    json.dumps(out)  # plain text


def test_model_card_cli(trained_model, tmp_path, fast_eval):
    from calltriage.cli import main

    out = tmp_path / "card.md"
    assert main(["model-card", "--model", str(trained_model[0]), "--out", str(out)]) == 0
    card = out.read_text()
    assert card.startswith(f"# Model card: {trained_model[1]['model_version']}")
    for section in ("## Intended use", "## Metrics per subgroup", "## Thresholds",
                    "## Promotion gates", "## Known limitations", "## Versions"):
        assert section in card
