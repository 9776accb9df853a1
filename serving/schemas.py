"""Request and response models of the HTTP API (they drive the OpenAPI document).

``TriageRequest`` *is* the core's ``CallRequest`` (same fields, same limits, unknown fields
ignored), with examples. Responses are built as plain dicts on the hot path and documented
by the models here.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from calltriage.decide import CallRequest

Route = Literal["community_responder", "standard_dispatch", "co_response", "call_taker_review"]
Category = Literal["behavioral_health", "homelessness", "conflict", "other"]
Code = Literal["weapon", "violence", "medical", "suicide_attempt", "crime_in_progress"]

_EXAMPLE_CALL = {
    "narrative": "RP states adult son yelling and pacing in the yard, says people are "
                 "following him, has not slept in days. neg wpns, no one hurt.",
    "caller": "third_party",
    "call_type": "WELFARE CITIZEN",
    "caller_requests_police": False,
    "incident_id": "2026-112700123",
    "district": "D3",
    "received_at": "2026-11-27T14:03:11Z",
}

_EXAMPLE_DECISION = {
    "decision_id": "019ac4d2-6f1e-7a3c-9b1e-3f2a5c7d9e01",
    "request_id": "7f3c2a9e4b1d4c8e9a0b1c2d3e4f5a6b",
    "id": None,
    "incident_id": "2026-112700123",
    "received_at": "2026-11-27T14:03:11.482113Z",
    "category": "behavioral_health",
    "probabilities": {"behavioral_health": 0.91, "homelessness": 0.02, "conflict": 0.05,
                      "other": 0.02},
    "disqualifiers": [],
    "route": "community_responder",
    "team": "Community Response Team",
    "next_step": "Dispatch Community Response Team.",
    "responders": [],
    "reasons": ["No disqualifier; behavioral_health at 0.91 (threshold 0.60)."],
    "reason_codes": ["eligible:behavioral_health"],
    "model_version": "default-20261127120000-1a2b3c4d",
    "rules_version": "rules-1.1.0+16ba264691",
    "policy_version": "policy-default-0b8bad7a57e5",
    "degraded": False,
    "recorded": "store",
}


class TriageRequest(CallRequest):
    """One call: only ``narrative`` is required (at most 20,000 characters)."""

    model_config = ConfigDict(extra="ignore", json_schema_extra={"examples": [_EXAMPLE_CALL]})


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"calls": [_EXAMPLE_CALL,
                                {"narrative": "caller says neighbor pointed a handgun at him"}]}]})

    calls: list[TriageRequest] = Field(..., min_length=1, max_length=1000)


class Disqualifier(BaseModel):
    code: Code
    evidence: str = Field(description="The exact text that fired the rule.")
    start: int = Field(description="Character offset of the evidence in the field.")
    end: int
    field: Literal["narrative", "call_type"]
    rule_id: str
    certainty: Literal["affirmed", "uncertain"]


class TriageResponse(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE_DECISION]})

    decision_id: str = Field(description="Look the decision up, and report its outcome, by this id.")
    request_id: str = Field(description="Echo of the X-Request-ID header (or a generated id).")
    id: str | None = Field(description="Echo of the call's own id, if sent.")
    incident_id: str | None
    received_at: str
    category: Category | None = Field(description="null when the model was not used.")
    probabilities: dict[str, float] | None
    disqualifiers: list[Disqualifier]
    route: Route
    team: str | None
    next_step: str
    responders: list[Literal["police", "ems"]]
    reasons: list[str]
    reason_codes: list[str]
    model_version: str | None
    rules_version: str
    policy_version: str
    degraded: bool = Field(description="true when the model was not used (rules-only decision).")
    disqualifier_risk: float | None = Field(
        None, description="The model's estimate that a disqualifier applies although no rule "
                          "fired (null when the model does not provide it).")
    recorded: Literal["store", "spool"] = Field(
        description="Where the audit record was durably written before this answer.")


class BatchResponse(BaseModel):
    request_id: str
    results: list[TriageResponse]


class OutcomeIn(BaseModel):
    """What the call-taker did, or (later) what happened in the field."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"kind": "call_taker", "action": "accepted", "route_taken": "community_responder",
         "units": ["CRT-12"]},
        {"kind": "field", "disposition": "resolved_on_scene", "police_backup_requested": False},
    ]})

    kind: Literal["call_taker", "field"] = Field(
        "call_taker", description="call_taker: the call-taker's action; field: the disposition.")
    action: Literal["accepted", "overridden"] | None = Field(
        None, description="Required for kind=call_taker.")
    route_taken: Route | None = None
    units: list[str] = Field(default_factory=list, max_length=50)
    disposition: str | None = Field(None, max_length=200)
    police_backup_requested: bool | None = None
    notes: str | None = Field(None, max_length=2000)
    occurred_at: dt.datetime | None = None
    reporter: str | None = Field(None, max_length=200, description="Call-taker or unit id.")

    @model_validator(mode="after")
    def _action(self) -> OutcomeIn:
        if self.kind == "call_taker" and self.action is None:
            raise ValueError("action (accepted or overridden) is required for kind=call_taker")
        if any(len(u) > 50 for u in self.units):
            raise ValueError("unit ids are at most 50 characters")
        return self


class OutcomeOut(BaseModel):
    outcome_id: str
    decision_id: str
    received_at: str
    recorded: Literal["store", "spool"]


class DecisionSummary(BaseModel):
    decision_id: str
    received_at: str
    client: str
    request_id: str | None
    route: Route
    category: Category | None
    disqualifier_codes: list[Code]
    model_version: str | None
    rules_version: str
    policy_version: str
    degraded: bool
    caller: str
    district: str | None
    incident_id: str | None
    latency_ms: float


class DecisionList(BaseModel):
    items: list[DecisionSummary]
    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page.")


class ChainInfo(BaseModel):
    writer_id: str
    seq: int
    prev_hash: str
    hash: str
    record_hash_ok: bool


class DecisionDetail(BaseModel):
    decision_id: str
    record: dict = Field(description="The full audit record: request, decision, versions, "
                                     "client, latency.")
    chain: ChainInfo
    outcomes: list[dict]


class ErrorInfo(BaseModel):
    code: str
    message: str
    details: list[dict] | None = None


class ErrorBody(BaseModel):
    error: ErrorInfo
    request_id: str | None


class ReloadOut(BaseModel):
    reloaded: bool
    model_version: str | None
    previous_version: str | None


ERROR_RESPONSES = {
    401: {"model": ErrorBody, "description": "No API key or an unknown key."},
    403: {"model": ErrorBody, "description": "The key lacks the role this endpoint needs."},
    413: {"model": ErrorBody, "description": "Request body larger than the configured cap."},
    422: {"model": ErrorBody, "description": "Invalid request (details name each field)."},
}
