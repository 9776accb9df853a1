"""API keys per client with roles; 401 without a key, 403 with the wrong role; a loud
unauthenticated development mode; settings refuse to start without keys."""

from __future__ import annotations

import hashlib
import json
import logging
import subprocess
import sys
import uuid

import pytest
from serving_helpers import ROOT, call, running_app

from serving.settings import SettingsError, load_settings

pytestmark = pytest.mark.anyio


async def test_401_and_403(settings_factory, keys):
    async with running_app(settings_factory()) as (_, client):
        did = (await client.post("/v1/triage", headers=keys.header("cad"),
                                 json=call())).json()["decision_id"]
        cases = [
            ("POST", "/v1/triage", call()),
            ("POST", "/v1/triage/batch", {"calls": [call()]}),
            ("POST", f"/v1/decisions/{did}/outcome", {"kind": "call_taker", "action": "accepted"}),
            ("GET", f"/v1/decisions/{did}", None),
            ("GET", "/v1/decisions", None),
            ("POST", "/v1/admin/reload", None),
            ("GET", "/v1/model", None),
        ]
        needs = {"/v1/triage": "cad", "/v1/triage/batch": "cad", "outcome": "cad",
                 "/v1/decisions": "auditor", "/v1/admin/reload": "admin"}
        for method, path, body in cases:
            r = await client.request(method, path, json=body)
            assert r.status_code == 401, (path, r.text)
            assert r.json()["error"]["code"] == "unauthorized"
            assert r.headers["www-authenticate"] == "Bearer"
            r = await client.request(method, path, json=body,
                                     headers={"Authorization": "Bearer ct_not-a-real-key"})
            assert r.status_code == 401
            role = next((v for k, v in needs.items() if k in path), None)
            if role is None:  # /v1/model: any valid key
                continue
            for other in {"cad", "auditor", "admin"} - {role}:
                r = await client.request(method, path, json=body, headers=keys.header(other))
                assert r.status_code == 403, (path, other, r.text)
                assert r.json()["error"]["code"] == "forbidden"
            r = await client.request(method, path, json=body, headers=keys.header(role))
            assert r.status_code in (200, 201), (path, r.text)
        # the X-API-Key header works too; probes need no key
        r = await client.get("/v1/model", headers={"X-API-Key": keys.auditor})
        assert r.status_code == 200
        for probe in ("/healthz", "/readyz", "/metrics"):
            assert (await client.get(probe)).status_code == 200


async def test_keys_from_a_toml_file_store_only_hashes(tmp_path, model_dir, keys):
    key = "ct_" + uuid.uuid4().hex
    digest = hashlib.sha256(key.encode()).hexdigest()
    f = tmp_path / "keys.toml"
    f.write_text(f'[[keys]]\nclient = "cad-west"\nroles = ["cad", "auditor"]\nsha256 = "{digest}"\n')
    settings = load_settings(data_dir=tmp_path / "var", model_dir=model_dir, api_keys_file=f,
                             model_poll_seconds=0)
    assert key not in f.read_text()
    async with running_app(settings) as (_, client):
        r = await client.post("/v1/triage", headers={"Authorization": f"Bearer {key}"}, json=call())
        assert r.status_code == 200
        listed = await client.get("/v1/decisions?client=cad-west",
                                  headers={"Authorization": f"Bearer {key}"})
        assert len(listed.json()["items"]) == 1


async def test_dev_mode_is_explicit_and_loud(tmp_path, model_dir, caplog):
    settings = load_settings(data_dir=tmp_path / "var", model_dir=model_dir, auth_disabled=True,
                             model_poll_seconds=0)
    with caplog.at_level(logging.WARNING):
        async with running_app(settings) as (_, client):
            r = await client.post("/v1/triage", json=call())
            assert r.status_code == 200
    loud = [r for r in caplog.records if "AUTHENTICATION IS DISABLED" in r.getMessage()]
    assert loud and loud[0].levelno == logging.WARNING


def test_no_keys_refuses_to_start(tmp_path, monkeypatch):
    monkeypatch.delenv("CALLTRIAGE_API_KEYS", raising=False)
    with pytest.raises(SettingsError, match="no API keys configured"):
        load_settings(data_dir=tmp_path)


def test_api_key_create_cli(tmp_path):
    out = subprocess.run([sys.executable, "-m", "serving.cli", "api-key", "create",
                          "--client", "cad-north", "--role", "cad", "--role", "auditor"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    key = next(line.strip() for line in out.splitlines() if line.strip().startswith("ct_"))
    entry = json.loads(next(line.strip() for line in out.splitlines()
                            if line.strip().startswith("{")))
    assert entry["sha256"] == hashlib.sha256(key.encode()).hexdigest()
    assert entry["roles"] == ["auditor", "cad"] and entry["client"] == "cad-north"
