"""A tiny version of `calltriage experiment-textcat` (the real run takes minutes)."""

from __future__ import annotations


def test_textcat_experiment_smoke(tmp_path, mlflow_config, fast_eval):
    from mlflow import MlflowClient

    from training.textcat_experiment import run_experiment

    out = tmp_path / "textcat.md"
    res = run_experiment(archs=("bow",), epochs=1, limit=300, latency_n=8,
                         latency_calls=8, use_calltypes=False, out=out, config=mlflow_config,
                         progress=lambda _m: None)
    names = [r["arch"] for r in res["results"]]
    assert names == ["production", "textcat-bow"]
    for r in res["results"]:
        assert 0.0 <= r["gold_macro_f1"] <= 1.0
        assert r["p99_ms"] > 0 and r["size_bytes"] > 0
    md = out.read_text()
    assert "| model | gold macro-F1" in md and "## Conclusion" in md and "Default: **" in md
    client = MlflowClient(tracking_uri=mlflow_config.tracking_uri)
    exp = client.get_experiment_by_name(f"{mlflow_config.experiment}-textcat")
    runs = client.search_runs([exp.experiment_id])
    assert len(runs) == 3  # parent + one per model
    child = [r for r in runs if r.data.params.get("arch") == "textcat-bow"][0]
    assert {"gold_macro_f1", "p99_ms", "size_bytes", "gold_ece"} <= set(child.data.metrics)
