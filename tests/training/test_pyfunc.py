"""The logged pyfunc runs the whole decision path: one output row per input row, in order,
with category, probabilities, disqualifier codes and route, identical to the Engine."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pandas as pd
import pytest

from training.pyfunc import OUTPUT_COLUMNS, PROB_COLUMNS


@pytest.fixture(scope="module")
def _module_store(tmp_path_factory, _pristine_store, trained_model):
    """One registry + one logged model for every test in this module (logging and loading
    a pyfunc costs seconds)."""
    import shutil

    from training.mlflow_config import MlflowConfig
    from training.tracking import log_training_run

    folder = tmp_path_factory.mktemp("pyfunc-store")
    shutil.copy(_pristine_store, folder / "mlflow.db")
    cfg = MlflowConfig.for_uri(f"sqlite:///{folder / 'mlflow.db'}", experiment="test-pyfunc",
                               registered_model="test-pyfunc-triage")
    info = log_training_run(trained_model[1], trained_model[0], train_records=[], config=cfg,
                            progress=lambda _m: None)
    return cfg, info


@pytest.fixture()
def mlflow_config(_module_store, monkeypatch):
    from training.tracking import client_for

    cfg = _module_store[0]
    monkeypatch.setenv("CALLTRIAGE_MLFLOW_TRACKING_URI", cfg.tracking_uri)
    client_for(cfg)  # also points the fluent API (spark_udf, load_model) at this store
    return cfg


@pytest.fixture()
def registered(_module_store):
    return _module_store[1]


@pytest.fixture(scope="module")
def pyfunc_model(_module_store):
    import mlflow.pyfunc

    from training.tracking import client_for

    cfg = _module_store[0]
    client_for(cfg)
    return mlflow.pyfunc.load_model(f"models:/{cfg.registered_model}@challenger")


CALLS = [
    {"id": "a", "narrative": "RP states neighbor playing loud music since midnight, verbal "
     "only, neg wpns", "caller": "first_party", "call_type": "NOISE"},
    {"id": "b", "narrative": "caller says her brother is hearing voices and has a knife in "
     "his hand", "caller": "third_party"},
    {"id": "c", "narrative": "unhoused man sleeping in the doorway, store wants him moved"},
    {"id": "d", "narrative": "two car crash, no injuries", "caller_requests_police": True},
]


def test_predict_contract_matches_engine(pyfunc_model, trained_model):
    from calltriage.decide import CallRequest
    from calltriage.engine import Engine
    from calltriage.model import load_model
    from calltriage.policy import load_policy

    out = pyfunc_model.predict(pd.DataFrame(CALLS))
    assert list(out.columns) == list(OUTPUT_COLUMNS)
    assert len(out) == len(CALLS)
    assert list(out["id"]) == ["a", "b", "c", "d"]
    engine = Engine(load_policy(), load_model(trained_model[0]))
    for row, call in zip(out.to_dict(orient="records"), CALLS, strict=True):
        d = engine.decide(CallRequest(**call))
        assert row["route"] == d.route
        assert row["category"] == d.category
        assert row["disqualifiers"] == d.disqualifier_codes
        assert [row[c] for c in PROB_COLUMNS] == [d.probabilities[c] for c in
                                                 ("behavioral_health", "homelessness",
                                                  "conflict", "other")]
        assert abs(sum(row[c] for c in PROB_COLUMNS) - 1) < 1e-3
        assert row["rules_version"] == d.rules_version and row["error"] is None
        spec = json.loads(row["decision"])  # the spec's batch output line
        assert spec["id"] == call["id"] and spec["route"] == d.route
    b = out.iloc[1]
    assert "weapon" in b["disqualifiers"] and b["route"] == "standard_dispatch"
    assert out.iloc[3]["route"] == "standard_dispatch"  # caller requests police


@pytest.mark.parametrize("n", [1, 3, 50])
def test_one_row_per_input_for_any_batch_size(pyfunc_model, n):
    frame = pd.DataFrame({"narrative": [f"man yelling at cars on corner number {i}, no weapons"
                                        for i in range(n)]})
    out = pyfunc_model.predict(frame)
    assert len(out) == n
    assert list(out["id"]) == [str(i) for i in range(n)]  # row index when no id column


def test_only_narrative_column_and_bad_rows(pyfunc_model):
    long_text = "x " * 10_001
    out = pyfunc_model.predict(pd.DataFrame({"narrative": ["subj sleeping in the park, neg "
                                                           "wpns", long_text]}))
    assert len(out) == 2
    assert out.iloc[0]["error"] is None and out.iloc[0]["route"]
    assert out.iloc[1]["route"] is None and "narrative" in out.iloc[1]["error"]
    assert "x x x" not in out.iloc[1]["error"]  # never quotes the narrative


def test_missing_narrative_column_is_refused(pyfunc_model):
    from mlflow.exceptions import MlflowException

    with pytest.raises(MlflowException):
        pyfunc_model.predict(pd.DataFrame({"text": ["hello there friend"]}))


def test_artifact_is_our_joblib_not_skops(registered, mlflow_config, tmp_path):
    import mlflow.artifacts
    import yaml

    local = mlflow.artifacts.download_artifacts(
        f"models:/{mlflow_config.registered_model}/{registered['version']}", dst_path=str(tmp_path))
    from pathlib import Path

    root = Path(local)
    conf = yaml.safe_load((root / "MLmodel").read_text())
    assert list(conf["flavors"]) == ["python_function"]  # no sklearn flavour
    assert conf["flavors"]["python_function"]["loader_module"] == "mlflow.pyfunc.loaders.code_model"
    files = {p.name for p in root.rglob("*") if p.is_file()}
    assert {"model.joblib", "metadata.json", "policy.toml", "pyfunc_model.py"} <= files
    assert not any(f.endswith(".skops") or f == "python_model.pkl" for f in files)
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    assert size < 10_000_000, size  # the 3.7 MB classifier + a few KB, not 100 MB
    req = (root / "requirements.txt").read_text()
    assert "scikit-learn==" in req and "spacy==" in req


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_mlflow_models_serve(registered, mlflow_config, tmp_path):
    """`mlflow models serve --env-manager local` answers /invocations with one row per call."""
    port = _free_port()
    bindir = os.path.dirname(sys.executable)  # the scoring server execs `uvicorn` from PATH
    env = {**os.environ, "MLFLOW_TRACKING_URI": mlflow_config.tracking_uri,
           "PATH": bindir + os.pathsep + os.environ.get("PATH", "")}
    mlflow_bin = os.path.join(bindir, "mlflow")
    proc = subprocess.Popen(
        [mlflow_bin, "models", "serve", "-m", f"models:/{mlflow_config.registered_model}@challenger",
         "--env-manager", "local", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=open(tmp_path / "serve.log", "w"))
    try:
        body = json.dumps({"dataframe_records": CALLS}).encode()
        deadline = time.time() + 120
        while True:
            try:
                req = urllib.request.Request(f"http://127.0.0.1:{port}/invocations", data=body,
                                             headers={"Content-Type": "application/json"})
                with urllib.request.urlopen(req, timeout=10) as r:
                    preds = json.loads(r.read())["predictions"]
                break
            except OSError:
                if time.time() > deadline or proc.poll() is not None:
                    raise AssertionError((tmp_path / "serve.log").read_text()[-3000:]) from None
                time.sleep(1)
        assert len(preds) == len(CALLS)
        assert [p["id"] for p in preds] == ["a", "b", "c", "d"]
        assert "weapon" in preds[1]["disqualifiers"]
        assert preds[1]["route"] == "standard_dispatch"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.mark.slow
def test_spark_udf(registered, mlflow_config, monkeypatch):
    """`mlflow.pyfunc.spark_udf` (local Spark, env_manager=local): one struct per row."""
    pyspark = pytest.importorskip("pyspark")
    import shutil

    if shutil.which("java") is None:
        pytest.skip("Spark needs a Java runtime")
    import mlflow.pyfunc
    from pyspark.sql import SparkSession

    # Spark's Python workers must run this interpreter (calltriage, pandas, the model).
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    spark = (SparkSession.builder.master("local[1]").appName("calltriage-udf-test")
             .config("spark.ui.enabled", "false").getOrCreate())
    try:
        from pyspark.sql.functions import struct

        frame = pd.DataFrame(CALLS)[["id", "narrative", "caller", "caller_requests_police"]]
        frame["caller"] = frame["caller"].fillna("unknown")
        frame["caller_requests_police"] = frame["caller_requests_police"].fillna(False).astype(bool)
        df = spark.createDataFrame(frame)
        udf = mlflow.pyfunc.spark_udf(
            spark, f"models:/{mlflow_config.registered_model}@challenger", env_manager="local")
        # Pass the columns you have as one struct: optional columns you leave out stay out
        # (positional arguments would fill them with NaN, which a boolean column refuses).
        rows = (df.withColumn("d", udf(struct(*df.columns))).select("id", "d.*").collect())
        assert len(rows) == len(CALLS)
        by_id = {r["id"]: r for r in rows}
        assert by_id["b"]["route"] == "standard_dispatch"
        assert "weapon" in list(by_id["b"]["disqualifiers"])
        assert by_id["a"]["category"] in ("conflict", "other", "behavioral_health", "homelessness")
        assert by_id["d"]["route"] == "standard_dispatch"  # caller_requests_police reached it
        del pyspark
    finally:
        spark.stop()
