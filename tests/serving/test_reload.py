"""Hot reload: atomic swap under load with zero failed requests; a bad new model is refused
and the old one keeps serving; a change in the model folder is picked up by polling."""

from __future__ import annotations

import asyncio
import shutil

import pytest
from serving_helpers import call, running_app

from calltriage.model import load_model, save_model

pytestmark = pytest.mark.anyio


def resave(src, dst, name: str) -> str:
    """Save the same classifier under a new version into ``dst`` (as a retrain would)."""
    return save_model(load_model(src).classifier, dst, name=name, data_hash="dev",
                      metrics={"macro_f1": 0.0})["model_version"]


async def test_reload_under_load_zero_failures(settings_factory, keys, tmp_path, model_dir):
    live = tmp_path / "live-model"
    shutil.copytree(model_dir, live)
    async with running_app(settings_factory(model_dir=live)) as (app, client):
        v1 = app.state.engine.model_version
        seen: list[tuple[int, str | None, bool]] = []
        done = asyncio.Event()

        async def load(w: int) -> None:
            i = 0
            while not done.is_set():
                r = await client.post("/v1/triage", headers=keys.header("cad"),
                                      json=call(f"neighbors yelling {w}-{i}, verbal only"))
                seen.append((r.status_code, r.json().get("model_version"),
                             r.json().get("degraded")))
                i += 1

        async def reloads() -> list:
            versions = []
            admin = keys.header("admin")
            for n in range(3):
                await asyncio.sleep(0.05)
                v = await asyncio.to_thread(resave, model_dir, live, f"v{n + 2}")
                r = await client.post("/v1/admin/reload", headers=admin)
                assert r.status_code == 200, r.text
                assert r.json()["model_version"] == v
                versions.append(v)
                await asyncio.sleep(0.05)
                # a corrupt artifact is refused; the model just loaded keeps serving
                (live / "model.joblib").write_bytes(b"not a model")
                r = await client.post("/v1/admin/reload", headers=admin)
                assert r.status_code == 422 and r.json()["error"]["code"] == "model_refused"
                assert app.state.engine.model_version == v
                ready = await client.get("/readyz")
                assert ready.status_code == 200
            done.set()
            return versions

        results = await asyncio.gather(reloads(), *(load(w) for w in range(6)))
        versions = results[0]
        assert len(seen) > 50
        assert all(code == 200 for code, _, _ in seen), {c for c, _, _ in seen}
        assert not any(degraded for _, _, degraded in seen)
        assert {v for _, v, _ in seen} <= {v1, *versions}
        assert app.state.engine.model_version == versions[-1]
        m = (await client.get("/metrics")).text
        assert 'calltriage_model_reloads_total{result="refused"} 3.0' in m
        assert 'calltriage_model_reloads_total{result="ok"} 3.0' in m


async def test_polling_picks_up_a_new_model_and_refuses_a_bad_one(settings_factory, keys,
                                                                  tmp_path, model_dir):
    live = tmp_path / "live-model"
    async with running_app(settings_factory(model_dir=live, model_poll_seconds=0.05)) as (app, client):
        assert (await client.get("/readyz")).status_code == 503  # no model yet: degraded
        v2 = await asyncio.to_thread(resave, model_dir, live, "polled")
        for _ in range(200):
            if app.state.engine.model_version == v2:
                break
            await asyncio.sleep(0.05)
        assert app.state.engine.model_version == v2
        assert (await client.get("/readyz")).status_code == 200
        # a new metadata.json that does not match the model file: refused, v2 keeps serving
        meta = (live / "metadata.json").read_text().replace(v2, "polled-bad")
        (live / "metadata.json").write_text(meta.replace('"sha256": "', '"sha256": "0'))
        for _ in range(100):
            if app.state.reloader.last_error:
                break
            await asyncio.sleep(0.05)
        assert app.state.reloader.last_error and app.state.engine.model_version == v2
        r = await client.post("/v1/triage", headers=keys.header("cad"), json=call())
        assert r.json()["model_version"] == v2 and r.json()["degraded"] is False
