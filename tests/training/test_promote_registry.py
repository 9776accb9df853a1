"""Promotion gates, the registry aliases, the serving loader and shadow mode."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from training import gates as G


def _client(cfg):
    from mlflow import MlflowClient

    return MlflowClient(tracking_uri=cfg.tracking_uri, registry_uri=cfg.tracking_uri)


def _alias(cfg, alias):
    try:
        return str(_client(cfg).get_model_version_by_alias(cfg.registered_model, alias).version)
    except Exception:  # noqa: BLE001
        return None


# gates as pure functions ----------------------------------------------------------------
def _metrics(f1=0.9, ece=0.03, unsafe=0, recall=1.0):
    per_code = {c: {"recall": recall, "support": 5, "precision": 1.0} for c in
                ("weapon", "violence", "medical", "suicide_attempt", "crime_in_progress")}
    return {"macro_f1": f1, "ece": ece, "unsafe_dispatches": unsafe,
            "unsafe_ids": ["g-1"] * unsafe,
            "disqualifiers": {"per_code": per_code, "missed_ids": {"weapon": ["g-2"]}}}


def test_metric_gates_thresholds():
    ok = G.metric_gates(_metrics(), _metrics(f1=0.905))
    assert all(g.passed for g in ok)
    names = {g.name: g for g in G.metric_gates(_metrics(f1=0.894), _metrics(f1=0.905))}
    assert not names["gold_macro_f1_vs_champion"].passed  # 0.894 < 0.905 - 0.01
    assert G.metric_gates(_metrics(f1=0.895), _metrics(f1=0.905))[0].passed  # exactly at floor
    assert not {g.name: g for g in G.metric_gates(_metrics(ece=0.051), None)}[
        "expected_calibration_error"].passed
    assert not {g.name: g for g in G.metric_gates(_metrics(unsafe=1), None)}[
        "unsafe_dispatches"].passed
    bad = {g.name: g for g in G.metric_gates(_metrics(recall=0.99), None)}["disqualifier_recall"]
    assert not bad.passed and "g-2" in bad.detail
    first = G.metric_gates(_metrics(), None)[0]
    assert first.passed and "no champion" in first.threshold


# promotion --------------------------------------------------------------------------------
def test_promote_refuses_when_a_gate_fails(log_model, mlflow_config, hard_gold,
                                           passing_safety, tmp_path):
    from training.promote import promote

    log_model()
    report = promote(by="alice", reason="test", gold_path=hard_gold, config=mlflow_config,
                     cache_dir=tmp_path / "cache", safety_runner=passing_safety,
                     progress=lambda _m: None)
    failed = {g.name for g in report.gates if not g.passed}
    assert "disqualifier_recall" in failed and "h1" in report.text()
    assert not report.promoted and _alias(mlflow_config, "champion") is None
    assert "REFUSED" in report.text() and "alice" in report.text()
    # the attempt is recorded
    runs = _client(mlflow_config).search_runs(
        [_client(mlflow_config).get_experiment_by_name(
            f"{mlflow_config.experiment}-promotions").experiment_id])
    assert runs and runs[0].data.tags["outcome"] == "refused"
    assert runs[0].data.tags["by"] == "alice"


def test_promote_moves_champion_when_gates_pass_and_records_who(log_model, mlflow_config,
                                                                 easy_gold, passing_safety,
                                                                 tmp_path):
    from training.promote import promote

    log_model()
    r1 = promote(by="alice", gold_path=easy_gold, config=mlflow_config,
                 cache_dir=tmp_path / "cache", safety_runner=passing_safety,
                 progress=lambda _m: None)
    assert r1.passed, r1.text()
    assert r1.promoted and _alias(mlflow_config, "champion") == "1"
    assert _alias(mlflow_config, "challenger") is None  # promoted: no longer a challenger
    assert len(passing_safety.calls) == 1 and Path(passing_safety.calls[0], "model.joblib").is_file()
    tags = _client(mlflow_config).get_model_version(mlflow_config.registered_model, "1").tags
    assert tags["promoted_by"] == "alice" and tags["promoted_from"] == "none"
    assert tags["promoted_at"].startswith("20")

    log_model()  # version 2 becomes the challenger
    assert _alias(mlflow_config, "challenger") == "2"
    r2 = promote(by="bob", gold_path=easy_gold, config=mlflow_config,
                 cache_dir=tmp_path / "cache", safety_runner=passing_safety,
                 progress=lambda _m: None)
    assert r2.promoted and r2.champion_version == "1"
    assert _alias(mlflow_config, "champion") == "2"
    old = _client(mlflow_config).get_model_version(mlflow_config.registered_model, "1").tags
    assert old["demoted_by"] == "bob"
    new = _client(mlflow_config).get_model_version(mlflow_config.registered_model, "2").tags
    assert new["promoted_from"] == "1"


def test_promote_refuses_when_the_safety_suite_fails(log_model, mlflow_config, easy_gold,
                                                      tmp_path):
    from training.promote import promote

    log_model()
    report = promote(by="carol", gold_path=easy_gold, config=mlflow_config,
                     cache_dir=tmp_path / "cache",
                     safety_runner=lambda d: G.Gate("safety_suite", False, "1 failed",
                                                    "all pass", output="FAILED test_x"),
                     progress=lambda _m: None)
    assert not report.promoted and _alias(mlflow_config, "champion") is None
    assert "safety_suite" in report.text() and "FAILED test_x" in report.text()


def test_promote_cli_dry_run_and_exit_codes(log_model, mlflow_config, easy_gold, hard_gold,
                                            monkeypatch, capsys):
    from calltriage.cli import main
    from training import promote as P

    log_model()
    monkeypatch.setattr(P, "run_safety_suite",
                        lambda d, **kw: G.Gate("safety_suite", True, "stub", "all pass"))
    assert main(["promote", "--gold", str(easy_gold), "--dry-run", "--by", "dan"]) == 0
    assert "WOULD PROMOTE" in capsys.readouterr().out
    assert _alias(mlflow_config, "champion") is None
    assert main(["promote", "--gold", str(hard_gold), "--by", "dan"]) == 1  # refused
    assert "REFUSED" in capsys.readouterr().out


def test_safety_suite_runs_pytest_against_the_candidate(trained_model, tmp_path):
    """The real subprocess, on a one-test suite (the full suite runs in `promote`)."""
    from training.promote import run_safety_suite

    repo = tmp_path / "repo"
    for sub in ("tests/rules", "tests/behaviour"):
        (repo / sub).mkdir(parents=True)
    (repo / "tests/rules/test_one.py").write_text(
        "import os\n\ndef test_env():\n    assert os.environ['CALLTRIAGE_BEHAVIOUR_MODEL_DIR']\n")
    (repo / "tests/behaviour/test_two.py").write_text("def test_ok():\n    assert True\n")
    gate = run_safety_suite(trained_model[0], repo=repo, progress=lambda _m: None)
    assert gate.passed and "2 passed" in gate.value
    empty = tmp_path / "empty"
    gate = run_safety_suite(trained_model[0], repo=empty, progress=lambda _m: None)
    assert not gate.passed and "missing" in gate.detail


# serving loader -------------------------------------------------------------------------
def test_resolve_alias_download_cache_and_follow(log_model, mlflow_config, easy_gold,
                                                 passing_safety, tmp_path):
    from calltriage.model import load_model
    from training.promote import promote
    from training.registry import AliasFollower, resolve_model_source

    cache = tmp_path / "cache"
    log_model()
    promote(by="x", gold_path=easy_gold, config=mlflow_config, cache_dir=cache,
            safety_runner=passing_safety, progress=lambda _m: None)
    uri = f"models:/{mlflow_config.registered_model}@champion"
    src = resolve_model_source(uri, config=mlflow_config, cache_dir=cache)
    assert src.version == "1" and src.alias == "champion"
    assert load_model(src.folder).version.startswith("triage-lr-")
    assert src.policy_path is not None and src.policy_path.is_file()

    follower = AliasFollower(uri, config=mlflow_config, cache_dir=cache, current=src)
    assert follower.check() is None  # nothing moved
    log_model()
    promote(by="y", gold_path=easy_gold, config=mlflow_config, cache_dir=cache,
            safety_runner=passing_safety, progress=lambda _m: None)
    moved = follower.check()
    assert moved is not None and moved.version == "2"
    assert (moved.folder / "model.joblib").is_file() and moved.folder != src.folder
    assert follower.check() is None

    # registry unreachable: the last version resolved for this URI, from the cache
    from training.mlflow_config import MlflowConfig

    down = MlflowConfig.for_uri("sqlite:////proc/none/mlflow.db",
                                registered_model=mlflow_config.registered_model)
    # the cache is keyed by registry URI: a different (dead) registry has no cached pointer
    from training.registry import RegistryUnavailable

    with pytest.raises(RegistryUnavailable):
        resolve_model_source(uri, config=down, cache_dir=cache)


def test_resolve_uses_cache_when_registry_is_down(log_model, mlflow_config, tmp_path,
                                                  monkeypatch):
    from training import registry as R

    log_model()
    cache = tmp_path / "cache"
    uri = f"models:/{mlflow_config.registered_model}@challenger"
    first = R.resolve_model_source(uri, config=mlflow_config, cache_dir=cache)

    def boom(*a, **k):
        raise ConnectionError("registry down")

    monkeypatch.setattr(R, "current_version", boom)
    again = R.resolve_model_source(uri, config=mlflow_config, cache_dir=cache)
    assert again.folder == first.folder and again.version == first.version
    assert "registry unavailable" in again.note


def test_no_registry_configured_falls_back_to_the_folder(tmp_path):
    from calltriage.engine import DEFAULT_MODEL_DIR
    from training.registry import parse_models_uri, resolve_model_source

    assert resolve_model_source(None).folder == DEFAULT_MODEL_DIR
    assert resolve_model_source("").uri is None
    assert resolve_model_source(str(tmp_path)).folder == tmp_path
    assert parse_models_uri("models:/m@champion") == ("m", None, "champion")
    assert parse_models_uri("models:/m/7") == ("m", "7", None)
    with pytest.raises(ValueError):
        parse_models_uri("models:/m/latest")


def test_shadow_scorer_logs_and_never_changes_the_live_decision(small_model, trained_model,
                                                                 tmp_path, caplog):
    from calltriage.decide import CallRequest
    from calltriage.engine import Engine
    from calltriage.model import load_model
    from calltriage.policy import load_policy
    from training.registry import ShadowScorer

    live = Engine(load_policy(), small_model)
    shadow = ShadowScorer(live, load_model(trained_model[0]), sink=tmp_path / "shadow.jsonl")
    req = CallRequest(narrative="neighbors arguing loudly about a parking spot, verbal only")
    d = live.decide(req)
    before = d.to_dict()
    rec = shadow.compare(req, d, decision_id="dec-1")
    assert d.to_dict() == before
    assert rec["live_model"] == small_model.version
    assert rec["shadow_model"] == shadow.model_version != rec["live_model"]
    line = json.loads((tmp_path / "shadow.jsonl").read_text().splitlines()[0])
    assert line["decision_id"] == "dec-1" and "shadow_route" in line

    class Broken:
        def proba_doc(self, *a):
            raise RuntimeError("boom")

    from calltriage.model import LoadedModel

    bad = ShadowScorer(live, LoadedModel(Broken(), {"model_version": "broken"}, tmp_path))
    rec = bad.compare(req, d)  # the shadow engine degrades; nothing raises
    assert rec is None or rec["shadow_model"] in (None, "broken")
    assert d.to_dict() == before
