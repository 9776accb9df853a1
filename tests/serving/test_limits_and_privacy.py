"""Request limits give clear 4xx errors, and a narrative never reaches a log record or an
error body: a unique marker goes through every endpoint, valid and invalid requests alike."""

from __future__ import annotations

import json
import logging
import uuid

import pytest
from serving_helpers import call, running_app

pytestmark = pytest.mark.anyio


async def test_limits(settings_factory, keys):
    async with running_app(settings_factory(max_body_bytes=200_000)) as (_, client):
        cad = keys.header("cad")
        r = await client.post("/v1/triage", headers=cad, json=call("x" * 20_000))
        assert r.status_code == 200
        r = await client.post("/v1/triage", headers=cad, json=call("x" * 20_001))
        assert r.status_code == 422 and r.json()["error"]["code"] == "narrative_too_long"
        assert r.json()["error"]["details"][0]["loc"] == ["body", "narrative"]
        r = await client.post("/v1/triage/batch", headers=cad,
                              json={"calls": [{"narrative": "a b c"}] * 1001})
        assert r.status_code == 422 and r.json()["error"]["code"] == "batch_too_large"
        r = await client.post("/v1/triage/batch", headers=cad, json={"calls": []})
        assert r.status_code == 422
        big = json.dumps({"calls": [call("y" * 1000)] * 300}).encode()
        r = await client.post("/v1/triage/batch", headers=cad, content=big)
        assert r.status_code == 413 and r.json()["error"]["code"] == "body_too_large"

        async def chunks():  # no Content-Length: the cap applies while reading
            for _ in range(50):
                yield b" " * 10_000

        r = await client.post("/v1/triage", headers=cad, content=chunks())
        assert r.status_code == 413
        r = await client.post("/v1/triage", headers=cad, content=b'{"narrative": ')
        assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_json"
        r = await client.post("/v1/triage", headers=cad, json={"caller": "first_party"})
        assert r.status_code == 422 and r.json()["error"]["details"][0]["loc"] == ["body", "narrative"]
        r = await client.get("/v1/nope")
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
        r = await client.put("/v1/triage", headers=cad)
        assert r.status_code == 405


async def test_narrative_never_in_logs_or_error_bodies(settings_factory, keys, caplog):
    marker = f"MARKER{uuid.uuid4().hex}"
    text = f"{marker} says her brother has a knife, {marker} is scared"
    errors: list[str] = []
    async with running_app(settings_factory(max_body_bytes=100_000)) as (app, client):
        caplog.set_level(logging.DEBUG)
        cad, aud, adm = keys.header("cad"), keys.header("auditor"), keys.header("admin")

        async def send(method, path, expect, **kw):
            r = await client.request(method, path, **kw)
            assert r.status_code == expect, (path, r.status_code, r.text[:300])
            if r.status_code >= 400:
                errors.append(r.text)
            return r

        ok = await send("POST", "/v1/triage", 200, headers=cad, json=call(text))
        did = ok.json()["decision_id"]
        await send("POST", "/v1/triage/batch", 200, headers=cad, json={"calls": [call(text)] * 3})
        await send("POST", f"/v1/decisions/{did}/outcome", 201, headers=cad,
                   json={"kind": "field", "disposition": "resolved", "notes": text})
        await send("GET", f"/v1/decisions/{did}", 200, headers=aud)
        await send("GET", "/v1/decisions", 200, headers=aud)
        # invalid requests, each carrying the narrative
        await send("POST", "/v1/triage", 401, json=call(text))
        await send("POST", "/v1/triage", 403, headers=aud, json=call(text))
        await send("POST", "/v1/triage", 422, headers=cad, json=call(text * 400))
        await send("POST", "/v1/triage", 422, headers=cad, json=call(text, caller=text))
        await send("POST", "/v1/triage", 422, headers=cad, json=call(text, call_type=text * 10))
        await send("POST", "/v1/triage", 422, headers=cad, json={"narrative": {"t": text}})
        await send("POST", "/v1/triage", 422, headers=cad, json={"narrative": [text]})
        await send("POST", "/v1/triage", 422, headers=cad, json=call(text, received_at=text))
        await send("POST", "/v1/triage", 422, headers=cad,
                   content=json.dumps(call(text)).encode()[:-3])
        await send("POST", "/v1/triage", 422, headers=cad,
                   content=b'{"narrative": "' + text.encode() + b'\\x"}')
        await send("POST", "/v1/triage", 413, headers=cad, json=call(text * 1000))
        await send("POST", "/v1/triage/batch", 422, headers=cad,
                   json={"calls": [call(text), {"narrative": 7, "note": text}]})
        await send("POST", "/v1/triage/batch", 422, headers=cad,
                   json={"calls": [call(text)] + [{"narrative": "a"}] * 1000})
        await send("POST", "/v1/triage/batch", 422, headers=cad, json={"calls": text})
        await send("POST", f"/v1/decisions/{did}/outcome", 422, headers=cad,
                   json={"kind": "call_taker", "notes": text})
        await send("POST", f"/v1/decisions/{did}/outcome", 422, headers=cad,
                   json={"kind": "field", "notes": text * 100})
        await send("POST", f"/v1/decisions/{did}/outcome", 422, headers=cad,
                   json={"kind": "field", "narrative": text})
        await send("POST", f"/v1/decisions/{uuid.uuid4()}/outcome", 404, headers=cad,
                   json={"kind": "field", "notes": text})
        await send("POST", "/v1/admin/reload", 403, headers=cad, json=call(text))
        # a model failing at run time logs its failure, not the call
        clf = app.state.engine.slot.model.classifier

        def broken(*a, **k):
            raise ValueError(text)

        clf.proba_doc = clf.scores_doc = broken
        r = await send("POST", "/v1/triage", 200, headers=cad, json=call(text))
        assert r.json()["degraded"] is True
    assert len(errors) >= 18
    for body in errors:
        assert marker not in body
    assert caplog.records, "logging was not captured"
    for rec in caplog.records:
        assert marker not in rec.getMessage(), (rec.name, rec.getMessage()[:200])
    assert marker not in caplog.text
