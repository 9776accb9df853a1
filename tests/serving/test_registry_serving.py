"""Serving from the MLflow registry: ``models:/<name>@champion`` loaded at start-up, alias
moves followed (POST /v1/admin/reload and polling), the models/ folder when no registry is
configured or the registry is unreachable, and shadow mode (the challenger scores the same
requests; its decisions are logged, never returned).

A real local SQLite MLflow registry in tmp_path and the real app with its lifespan."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import warnings

import pytest
from serving_helpers import call, running_app

from calltriage.model import load_model, save_model

try:
    import mlflow  # noqa: F401
except ImportError:
    _msg = "registry serving tests SKIPPED: mlflow is not importable (pip install mlflow)"
    warnings.warn(_msg, stacklevel=1)
    print(f"\n!!! {_msg}", file=sys.stderr)
    pytest.skip(_msg, allow_module_level=True)

os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
os.environ.setdefault("DO_NOT_TRACK", "true")

pytestmark = pytest.mark.anyio

NAME = "test-triage"
URI = f"models:/{NAME}@champion"
# fields that differ between two answers to the same call by construction
_PER_REQUEST = ("decision_id", "request_id", "received_at", "recorded")


class Registry:
    """A fresh SQLite tracking store + registry; ``register`` logs a new model version."""

    def __init__(self, tmp_path, model_dir) -> None:
        from training.mlflow_config import MlflowConfig
        from training.tracking import client_for

        self.cfg = MlflowConfig.for_uri(f"sqlite:///{tmp_path / 'mlflow.db'}",
                                        experiment="test-serving", registered_model=NAME)
        self.client = client_for(self.cfg)
        self.tmp_path = tmp_path
        self.model_dir = model_dir
        self.versions: dict[str, str] = {}  # registry version -> model_version

    def register(self, label: str) -> str:
        from training.tracking import log_training_run

        folder = self.tmp_path / f"model-{label}"
        meta = save_model(load_model(self.model_dir).classifier, folder, name=label,
                          data_hash="dev", metrics={"macro_f1": 0.0})
        out = log_training_run(meta, folder, config=self.cfg, progress=lambda _m: None)
        self.versions[out["version"]] = meta["model_version"]
        return out["version"]

    def set_alias(self, alias: str, version: str) -> None:
        self.client.set_registered_model_alias(NAME, alias, version)


@pytest.fixture
def registry(tmp_path, model_dir, monkeypatch) -> Registry:
    reg = Registry(tmp_path, model_dir)
    monkeypatch.setenv("CALLTRIAGE_MLFLOW_TRACKING_URI", reg.cfg.tracking_uri)
    monkeypatch.setenv("CALLTRIAGE_REGISTERED_MODEL", NAME)
    return reg


async def _model(client, keys) -> dict:
    r = await client.get("/v1/model", headers=keys.header("auditor"))
    assert r.status_code == 200, r.text
    return r.json()


async def test_serves_the_champion_and_follows_the_alias(registry, settings_factory, keys):
    v1 = registry.register("r1")
    registry.set_alias("champion", v1)
    settings = settings_factory(model_uri=URI, registry_poll_seconds=0.2)
    async with running_app(settings) as (app, client):
        info = await _model(client, keys)
        assert info["registry"]["uri"] == URI and info["registry"]["version"] == v1
        assert info["model_version"] == registry.versions[v1]
        assert info["shadow"]["enabled"] is False
        ready = await client.get("/readyz")
        assert ready.status_code == 200, ready.text
        assert ready.json()["checks"]["model"]["source"] == f"{NAME}/{v1}@champion"
        r = await client.post("/v1/triage", headers=keys.header("cad"), json=call())
        assert r.status_code == 200 and r.json()["model_version"] == registry.versions[v1]

        # the alias moves: POST /v1/admin/reload (or the poller, whichever comes first)
        v2 = await asyncio.to_thread(registry.register, "r2")
        await asyncio.to_thread(registry.set_alias, "champion", v2)
        r = await client.post("/v1/admin/reload", headers=keys.header("admin"))
        assert r.status_code == 200, r.text
        assert r.json()["model_version"] == registry.versions[v2]
        info = await _model(client, keys)
        assert info["registry"]["version"] == v2
        assert info["model_version"] == registry.versions[v2] != registry.versions[v1]
        r = await client.post("/v1/triage", headers=keys.header("cad"), json=call())
        assert r.json()["model_version"] == registry.versions[v2]

        # rolled back in the registry: the poller alone picks it up
        await asyncio.to_thread(registry.set_alias, "champion", v1)
        for _ in range(100):
            info = await _model(client, keys)
            if info["registry"]["version"] == v1:
                break
            await asyncio.sleep(0.1)
        assert info["registry"]["version"] == v1
        assert app.state.engine.model_version == registry.versions[v1]


async def test_no_registry_configured_serves_the_model_folder(settings_factory, keys,
                                                              model_dir):
    async with running_app(settings_factory()) as (app, client):
        info = await _model(client, keys)
        assert info["registry"] is None and info["model_source"] == str(model_dir)
        assert info["model_version"] == load_model(model_dir).version
        assert info["shadow"] == {"enabled": False, "active": False, "reason": None}
        r = await client.post("/v1/triage", headers=keys.header("cad"), json=call())
        assert r.status_code == 200 and r.json()["model_version"] == info["model_version"]


async def test_registry_unreachable_falls_back_to_the_model_folder(settings_factory, keys,
                                                                   model_dir, tmp_path,
                                                                   monkeypatch, caplog):
    monkeypatch.setenv("CALLTRIAGE_MLFLOW_TRACKING_URI", "sqlite:////proc/none/mlflow.db")
    async with running_app(settings_factory(model_uri=URI, registry_poll_seconds=0)) as (
            app, client):
        ready = await client.get("/readyz")
        assert ready.status_code == 200, ready.text
        detail = ready.json()["checks"]["model"]["detail"]
        assert "registry unavailable" in detail and str(model_dir) in detail
        info = await _model(client, keys)
        assert info["model_version"] == load_model(model_dir).version
        assert info["registry"]["version"] is None and "registry unavailable" in \
            info["registry"]["note"]
        r = await client.post("/v1/triage", headers=keys.header("cad"), json=call())
        assert r.status_code == 200 and not r.json()["degraded"]
    assert any("falling back to model folder" in rec.getMessage() for rec in caplog.records)


async def test_shadow_mode_logs_comparisons_and_never_changes_the_answer(
        registry, settings_factory, keys, tmp_path):
    v1 = registry.register("champ")
    registry.set_alias("champion", v1)
    v2 = registry.register("chall")  # log_training_run makes it the challenger
    assert v2 != v1

    calls = [call(), call("RP states subj is waving a knife in the parking lot"),
             call("adult son hearing voices, has not slept in days, no weapons")]
    answers = {}
    for shadow in (False, True):
        settings = settings_factory(model_uri=URI, registry_poll_seconds=0, shadow=shadow,
                                    data_dir=tmp_path / f"var-{shadow}")
        async with running_app(settings) as (app, client):
            got = []
            for c in calls:
                r = await client.post("/v1/triage", headers=keys.header("cad"), json=c)
                assert r.status_code == 200, r.text
                got.append(r.json())
            r = await client.post("/v1/triage/batch", headers=keys.header("cad"),
                                  json={"calls": calls})
            assert r.status_code == 200, r.text
            got.extend(r.json()["results"])
            info = await _model(client, keys)
            answers[shadow] = got
            if shadow:
                sink = settings.data_dir / "shadow.jsonl"
                for _ in range(50):  # background tasks finish after the response
                    if sink.is_file() and len(sink.read_text().splitlines()) >= 6:
                        break
                    await asyncio.sleep(0.05)
                assert info["shadow"]["active"] is True
                assert info["shadow"]["challenger_registry_version"] == v2
                assert info["shadow"]["challenger_model_version"] == registry.versions[v2]
                records = [json.loads(line) for line in sink.read_text().splitlines()]
                assert len(records) == 6
                assert [rec["decision_id"] for rec in records] == \
                    [a["decision_id"] for a in got]
                for rec, a in zip(records, got, strict=True):
                    assert rec["type"] == "shadow"
                    assert rec["live_model"] == registry.versions[v1] == a["model_version"]
                    assert rec["shadow_model"] == registry.versions[v2]
                    assert rec["live_route"] == a["route"]
            else:
                assert info["shadow"]["active"] is False
                assert not (settings.data_dir / "shadow.jsonl").exists()

    def strip(a: dict) -> dict:
        return {k: v for k, v in a.items() if k not in _PER_REQUEST}

    assert [strip(a) for a in answers[True]] == [strip(a) for a in answers[False]]
    assert all(a["model_version"] == registry.versions[v1] for a in answers[True])
