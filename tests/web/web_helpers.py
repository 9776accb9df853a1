"""Seeding helpers: decisions made by the real pure ``decide()`` (so probabilities, findings
and degradation are exactly what a test needs) and written through the service's own audit
writer, with chosen times."""

from __future__ import annotations

import datetime as dt
import re
import warnings

from calltriage.decide import CallRequest, decide
from calltriage.policy import Policy
from calltriage.rules import RULES_VERSION
from calltriage.rules.base import Finding
from serving.audit import decision_payload, outcome_payload, uuid7
from serving.schemas import OutcomeIn

CATS = ("behavioral_health", "homelessness", "conflict", "other")


def probs(category: str | None, p: float | None):
    if category is None:
        return None
    rest = (1.0 - p) / 3
    return [p if c == category else rest for c in CATS]


def finding(code: str, narrative: str, evidence: str, fld: str = "narrative") -> Finding:
    start = narrative.index(evidence)
    return Finding(code, evidence, start, start + len(evidence), f"{code}.test", RULES_VERSION,
                   "affirmed", f"test finding for {code}", fld)


def seed_decision(writer, *, when: dt.datetime, narrative: str, category: str | None = None,
                  p: float | None = None, findings=(), caller: str = "first_party",
                  district: str | None = None, call_type: str | None = None,
                  model_version: str | None = "seed-model", policy: Policy | None = None,
                  risk: float | None = None, client: str = "cad-seed",
                  latency_ms: float = 1.0) -> str:
    policy = policy or Policy()
    req = CallRequest(narrative=narrative, caller=caller, district=district,
                      call_type=call_type)
    d = decide(req, list(findings), [], probs(category, p), policy,
               model_version=model_version if category else None,
               rules_version=RULES_VERSION, now=when,
               degraded_reason=None if category else "model not loaded", risk=risk)
    did = uuid7()
    payload = decision_payload(decision_id=did, received_at=when, client=client,
                               request_id=uuid7().replace("-", ""), call=req, decision=d,
                               decision_dict=d.to_dict(), latency_ms=latency_ms)
    assert writer.write_sync("decision", payload) == "db"
    return did


def seed_outcome(writer, decision_id: str, when: dt.datetime, **outcome) -> str:
    oid = uuid7()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        body = OutcomeIn(**outcome)
    payload = outcome_payload(outcome_id=oid, decision_id=decision_id, received_at=when,
                              client="cad-seed", request_id="seed", outcome=body)
    assert writer.write_sync("outcome", payload) == "db"
    return oid


def utc(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.timezone.utc)


def login(client, key: str, next_url: str = "/audit/decisions"):
    """Log in through the real form (GET for the CSRF token, then POST)."""
    page = client.get("/audit/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    return client.post("/audit/login", data={"key": key, "csrf": token, "next": next_url},
                       follow_redirects=False)
