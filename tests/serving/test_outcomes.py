"""Outcomes are stored beside the decision, never over it."""

from __future__ import annotations

import sqlite3
import uuid

import pytest
from serving_helpers import call, running_app

pytestmark = pytest.mark.anyio


async def test_outcomes_beside_the_decision(settings_factory, keys):
    settings = settings_factory()
    async with running_app(settings) as (_, client):
        cad = keys.header("cad")
        d = (await client.post("/v1/triage", headers=cad, json=call())).json()
        did = d["decision_id"]
        before = (await client.get(f"/v1/decisions/{did}", headers=keys.header("auditor"))).json()
        r1 = await client.post(f"/v1/decisions/{did}/outcome", headers=cad, json={
            "kind": "call_taker", "action": "overridden", "route_taken": "standard_dispatch",
            "units": ["2A31", "2A32"], "reporter": "ct-117"})
        assert r1.status_code == 201, r1.text
        assert r1.json()["decision_id"] == did and r1.json()["recorded"] == "store"
        r2 = await client.post(f"/v1/decisions/{did}/outcome", headers=cad, json={
            "kind": "field", "disposition": "resolved_on_scene",
            "police_backup_requested": True, "occurred_at": "2026-11-27T15:00:00Z"})
        assert r2.status_code == 201
        after = (await client.get(f"/v1/decisions/{did}", headers=keys.header("auditor"))).json()
        # the decision itself is untouched, byte for byte
        assert after["record"] == before["record"] and after["chain"] == before["chain"]
        outs = after["outcomes"]
        assert [o["kind"] for o in outs] == ["call_taker", "field"]
        assert outs[0]["action"] == "overridden" and outs[0]["units"] == ["2A31", "2A32"]
        assert outs[1]["police_backup_requested"] is True
        assert {o["outcome_id"] for o in outs} == {r1.json()["outcome_id"], r2.json()["outcome_id"]}
    conn = sqlite3.connect(settings.data_dir / "audit.db")
    assert conn.execute("SELECT count(*) FROM audit_outcomes WHERE decision_id=?",
                        (did,)).fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM audit_decisions").fetchone()[0] == 1


async def test_outcome_errors(settings_factory, keys):
    async with running_app(settings_factory()) as (_, client):
        cad = keys.header("cad")
        did = (await client.post("/v1/triage", headers=cad, json=call())).json()["decision_id"]
        r = await client.post(f"/v1/decisions/{uuid.uuid4()}/outcome", headers=cad,
                              json={"kind": "call_taker", "action": "accepted"})
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
        r = await client.post(f"/v1/decisions/{did}/outcome", headers=cad,
                              json={"kind": "call_taker"})
        assert r.status_code == 422 and "action" in r.text
        r = await client.post(f"/v1/decisions/{did}/outcome", headers=cad,
                              json={"kind": "call_taker", "action": "maybe"})
        assert r.status_code == 422
        r = await client.post(f"/v1/decisions/{did}/outcome", headers=cad,
                              json={"kind": "field", "units": ["x"] * 51})
        assert r.status_code == 422
