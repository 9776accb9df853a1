"""GET /metrics: request counts and latency by route, decisions by route/category and
disqualifier, degraded count, audit write latency and spool depth."""

from __future__ import annotations

import re

import pytest
from serving_helpers import call, running_app

pytestmark = pytest.mark.anyio


def value(text: str, name: str, **labels) -> float:
    for line in text.splitlines():
        if line.startswith(name + "{") or line.startswith(name + " "):
            got = dict(re.findall(r'(\w+)="([^"]*)"', line.split(" ")[0]))
            if all(got.get(k) == v for k, v in labels.items()):
                return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"{name} {labels} not in metrics")


async def test_metrics(settings_factory, keys, tmp_path):
    async with running_app(settings_factory()) as (app, client):
        cad = keys.header("cad")
        for _ in range(3):
            await client.post("/v1/triage", headers=cad, json=call("man pointing a gun at people"))
        await client.post("/v1/triage", headers=cad, json={"narrative": "please help"})
        await client.post("/v1/triage", headers=cad, json={"narrative": 1})
        await client.post("/v1/triage", json=call())
        text = (await client.get("/metrics")).text
        assert value(text, "calltriage_http_requests_total", route="/v1/triage",
                     method="POST", status="200") == 4
        assert value(text, "calltriage_http_requests_total", route="/v1/triage",
                     status="422") == 1
        assert value(text, "calltriage_http_requests_total", route="/v1/triage",
                     status="401") == 1
        assert value(text, "calltriage_http_request_duration_seconds_count",
                     route="/v1/triage") == 6
        assert value(text, "calltriage_decisions_total", route="standard_dispatch") >= 3
        assert value(text, "calltriage_decisions_total", route="call_taker_review") == 1
        assert value(text, "calltriage_decision_disqualifiers_total", code="weapon",
                     route="standard_dispatch") == 3
        assert value(text, "calltriage_degraded_decisions_total") == 0
        assert value(text, "calltriage_audit_write_seconds_count", target="db") >= 1
        assert value(text, "calltriage_audit_spool_depth") == 0
        assert value(text, "calltriage_model_info",
                     model_version=app.state.engine.model_version) == 1
    async with running_app(settings_factory(model_dir=tmp_path / "none",
                                            data_dir=tmp_path / "v2")) as (app, client):
        await client.post("/v1/triage", headers=keys.header("cad"), json=call())
        await client.get("/readyz")
        text = (await client.get("/metrics")).text
        assert value(text, "calltriage_degraded_decisions_total") == 1
        assert value(text, "calltriage_ready") == 0
