"""POST /v1/triage and /v1/triage/batch through real HTTP (ASGI) with a real SQLite store."""

from __future__ import annotations

import uuid

import pytest
from serving_helpers import call, running_app

pytestmark = pytest.mark.anyio

DECISION_KEYS = {"category", "probabilities", "disqualifiers", "route", "team", "next_step",
                 "responders", "reasons", "reason_codes", "model_version", "rules_version",
                 "policy_version", "degraded"}


async def test_triage_answers_everything_and_records_it(settings_factory, keys):
    async with running_app(settings_factory()) as (app, client):
        narrative = "caller says her brother is waving a knife at people outside the store"
        r = await client.post("/v1/triage", headers={**keys.header("cad"),
                                                     "X-Request-ID": "cad-req-42"},
                              json=call(narrative, incident_id="INC-1", district="D3",
                                        unknown_field="ignored"))
        assert r.status_code == 200, r.text
        body = r.json()
        assert DECISION_KEYS <= body.keys()
        assert uuid.UUID(body["decision_id"]).version == 7
        assert body["request_id"] == "cad-req-42" and r.headers["x-request-id"] == "cad-req-42"
        assert body["incident_id"] == "INC-1"
        assert body["degraded"] is False and body["recorded"] == "store"
        assert body["route"] == "standard_dispatch"
        weapon = [d for d in body["disqualifiers"] if d["code"] == "weapon"]
        assert weapon and narrative[weapon[0]["start"]:weapon[0]["end"]] == weapon[0]["evidence"]
        assert body["model_version"] == app.state.engine.model_version
        assert abs(sum(body["probabilities"].values()) - 1) < 0.01
        # the auditor sees exactly what the CAD was told, plus the request
        got = await client.get(f"/v1/decisions/{body['decision_id']}",
                               headers=keys.header("auditor"))
        assert got.status_code == 200
        rec = got.json()["record"]
        assert rec["request"]["narrative"] == narrative
        assert rec["client"] == "cad-test" and rec["request_id"] == "cad-req-42"
        for k in DECISION_KEYS - {"disqualifiers"}:
            assert rec["decision"][k] == body[k], k
        assert got.json()["chain"]["record_hash_ok"] is True


async def test_eligible_call_and_short_call(settings_factory, keys):
    async with running_app(settings_factory()) as (_, client):
        r = await client.post("/v1/triage", headers=keys.header("cad"), json={"narrative": "help"})
        assert r.status_code == 200
        assert r.json()["route"] == "call_taker_review"
        assert "input:narrative_too_short" in r.json()["reason_codes"]


async def test_batch_in_order_one_decision_each(settings_factory, keys):
    calls = [call(f"RP states neighbor number {i} playing loud music, verbal only", id=f"c-{i}")
             for i in range(40)]
    calls[7] = call("man with a gun pointing it at people", id="c-7")
    async with running_app(settings_factory()) as (app, client):
        r = await client.post("/v1/triage/batch", headers=keys.header("cad"),
                              json={"calls": calls})
        assert r.status_code == 200, r.text
        results = r.json()["results"]
        assert [x["id"] for x in results] == [f"c-{i}" for i in range(40)]
        assert len({x["decision_id"] for x in results}) == 40
        assert results[7]["route"] == "standard_dispatch"
        items = []
        cursor = None
        while True:
            q = "/v1/decisions?limit=15" + (f"&cursor={cursor}" if cursor else "")
            page = (await client.get(q, headers=keys.header("auditor"))).json()
            items += page["items"]
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert {x["decision_id"] for x in items} == {x["decision_id"] for x in results}
        detail = (await client.get(f"/v1/decisions/{results[3]['decision_id']}",
                                   headers=keys.header("auditor"))).json()
        assert detail["record"]["batch"]["index"] == 3


async def test_batch_of_1000_is_accepted(settings_factory, keys):
    async with running_app(settings_factory()) as (_, client):
        r = await client.post("/v1/triage/batch", headers=keys.header("cad"),
                              json={"calls": [call(f"loud party at unit {i}, verbal only")
                                              for i in range(1000)]})
        assert r.status_code == 200
        assert len(r.json()["results"]) == 1000


async def test_list_filters(settings_factory, keys):
    async with running_app(settings_factory()) as (app, client):
        h = keys.header("cad")
        await client.post("/v1/triage", headers=h, json=call("subject has a gun, threatening"))
        await client.post("/v1/triage", headers=h, json=call("neighbors arguing about noise, "
                                                             "verbal only, no weapons"))
        a = keys.header("auditor")
        weapon = (await client.get("/v1/decisions?disqualifier=weapon", headers=a)).json()
        assert len(weapon["items"]) == 1 and "weapon" in weapon["items"][0]["disqualifier_codes"]
        sd = (await client.get("/v1/decisions?route=standard_dispatch", headers=a)).json()
        assert all(i["route"] == "standard_dispatch" for i in sd["items"])
        mv = app.state.engine.model_version
        by_model = (await client.get(f"/v1/decisions?model_version={mv}&client=cad-test",
                                     headers=a)).json()
        assert len(by_model["items"]) == 2
        future = (await client.get("/v1/decisions?since=2999-01-01T00:00:00Z", headers=a)).json()
        assert future["items"] == []
        assert (await client.get("/v1/decisions?route=nope", headers=a)).status_code == 422
        assert (await client.get("/v1/decisions?cursor=zzz", headers=a)).status_code == 422
        assert (await client.get("/v1/decisions/not-an-id", headers=a)).status_code == 404
        missing = str(uuid.uuid4())
        assert (await client.get(f"/v1/decisions/{missing}", headers=a)).status_code == 404


async def test_model_endpoint_and_openapi(settings_factory, keys):
    async with running_app(settings_factory()) as (app, client):
        m = (await client.get("/v1/model", headers=keys.header("auditor"))).json()
        assert m["model_version"] == app.state.engine.model_version
        assert m["rules_version"].startswith("rules-") and m["policy_version"].startswith("policy-")
        assert m["model"]["metrics"] == {"macro_f1": 0.0}
        assert "fastapi" in m["library_versions"] and "scikit-learn" in m["library_versions"]
        spec = (await client.get("/openapi.json")).json()
        for path in ("/v1/triage", "/v1/triage/batch", "/v1/decisions/{decision_id}/outcome",
                     "/v1/decisions/{decision_id}", "/v1/decisions", "/v1/model", "/healthz",
                     "/readyz", "/metrics", "/v1/admin/reload"):
            assert path in spec["paths"], path
        triage = spec["paths"]["/v1/triage"]["post"]
        assert triage["requestBody"]["content"]["application/json"]["schema"]["examples"]
        assert "200" in triage["responses"] and "401" in triage["responses"]
