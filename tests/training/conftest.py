"""Fixtures for the retraining-workflow tests: real MLflow with a SQLite tracking store in
tmp_path (migrated once per session, then copied: creating the schema takes seconds), one
small real model trained once per session, and an easy labelled set on which the gates
can pass.

Tests marked ``slow`` (``mlflow models serve``, Spark) are skipped unless
``CALLTRIAGE_RUN_SLOW=1`` or ``-m slow`` is given.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")  # no vendor telemetry from tests
os.environ.setdefault("DO_NOT_TRACK", "true")


def pytest_collection_modifyitems(config, items):
    if os.environ.get("CALLTRIAGE_RUN_SLOW") == "1" or "slow" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="slow: set CALLTRIAGE_RUN_SLOW=1 or use -m slow")
    here = Path(__file__).resolve().parent
    for item in items:
        if "slow" in item.keywords and here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def _pristine_store(tmp_path_factory) -> Path:
    from training.mlflow_config import MlflowConfig
    from training.tracking import client_for

    folder = tmp_path_factory.mktemp("mlflow-pristine")
    cfg = MlflowConfig.for_uri(f"sqlite:///{folder / 'mlflow.db'}")
    client = client_for(cfg)
    client.search_experiments()  # creates and migrates the schema
    return folder / "mlflow.db"


@pytest.fixture()
def mlflow_config(tmp_path, _pristine_store, monkeypatch):
    """A fresh, empty tracking store + registry for one test."""
    from training.mlflow_config import MlflowConfig

    db = tmp_path / "mlflow.db"
    shutil.copy(_pristine_store, db)
    cfg = MlflowConfig.for_uri(f"sqlite:///{db}", experiment="test-calltriage",
                               registered_model="test-triage")
    monkeypatch.setenv("CALLTRIAGE_MLFLOW_TRACKING_URI", cfg.tracking_uri)
    monkeypatch.setenv("CALLTRIAGE_MLFLOW_EXPERIMENT", cfg.experiment)
    monkeypatch.setenv("CALLTRIAGE_REGISTERED_MODEL", cfg.registered_model)
    monkeypatch.setenv("CALLTRIAGE_MODEL_CACHE", str(tmp_path / "model-cache"))
    return cfg


@pytest.fixture(scope="session")
def trained_model(tmp_path_factory):
    """(model folder, metadata) of a small real model: 4,000 generated rows, 2 folds."""
    from training.train import train

    out = tmp_path_factory.mktemp("trained-model")
    meta = train(out_dir=out, limit=4000, folds=2, track=False, progress=lambda _m: None)
    return out, meta


EASY_GOLD = [
    ("e1", "caller says her adult son is hearing voices and has not slept in days, no "
           "weapons, not violent", "behavioral_health", []),
    ("e2", "unhoused man sleeping in the doorway of the pharmacy, manager wants him moved "
           "along, not aggressive", "homelessness", []),
    ("e3", "neighbors arguing loudly over a parking spot, verbal only, no weapons",
     "conflict", []),
    ("e4", "two car collision at the intersection, minor damage, no injuries", "other", []),
    ("e5", "RP states subj is waving a knife at people in the parking lot", "other",
     ["weapon"]),
    ("e6", "homeless woman asking for a ride to the shelter, no place to stay tonight",
     "homelessness", []),
    ("e7", "RP states neighbor has been playing very loud music since midnight", "conflict", []),
    ("e8", "man found unresponsive and not breathing on the sidewalk", "other", ["medical"]),
]


@pytest.fixture()
def easy_gold(tmp_path) -> Path:
    return _write(tmp_path / "easy_gold.jsonl", EASY_GOLD)


HARD_GOLD = [
    # labelled weapon, but nothing in the text says so: no rule can fire, so the
    # disqualifier-recall gate must fail whatever the classifier
    ("h1", "caller says the man outside is acting strange, will not say more", "other",
     ["weapon"]),
    *EASY_GOLD[:4],
]


def _write(path: Path, rows) -> Path:
    with path.open("w") as f:
        for rid, text, cat, dq in rows:
            f.write(json.dumps({"id": rid, "narrative": text, "caller": "third_party",
                                "call_type": None, "caller_requests_police": False,
                                "category": cat, "disqualifiers": dq}) + "\n")
    return path


@pytest.fixture()
def hard_gold(tmp_path) -> Path:
    return _write(tmp_path / "hard_gold.jsonl", HARD_GOLD)


@pytest.fixture()
def fast_eval(tmp_path, monkeypatch):
    """Training's built-in evaluation on a tiny labelled file instead of the 547 gold rows
    and 1,150 call-type strings (for tests that do not look at those numbers)."""
    from training import data as D
    from training import tracking

    monkeypatch.setattr(D, "GOLD", _write(tmp_path / "tiny_gold.jsonl", EASY_GOLD))
    monkeypatch.setattr(D, "load_shared_calltypes", lambda *a, **k: None)
    monkeypatch.setattr(tracking, "GOLD2", tmp_path / "no-gold2.jsonl")


@pytest.fixture()
def passing_safety():
    from training.gates import Gate

    calls = []

    def runner(model_dir):
        calls.append(model_dir)
        return Gate("safety_suite", True, "stubbed: 1 passed", "all pass")

    runner.calls = calls
    return runner


@pytest.fixture()
def log_model(trained_model, mlflow_config):
    """Log the session model as a new registered version (no retraining); returns info."""
    from training import data as D
    from training.tracking import log_training_run

    folder, meta = trained_model

    def run(gold=None):
        return log_training_run(meta, folder, train_records=[], sources={"generated": 4000},
                                gold=gold, shared=None, config=mlflow_config,
                                progress=lambda _m: None)

    run.gold_records = D.load(D.GOLD).records
    return run
