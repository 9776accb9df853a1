"""POST /v1/triage and POST /v1/triage/batch: the CAD's hot path.

The handler is async and does no blocking I/O: the body is parsed by pydantic-core's JSON
parser, the engine (CPU-bound, well under a millisecond) runs on the event loop, the audit
record goes to the group-commit writer and the handler awaits only its future. The answer
is sent after the record is committed to the database or fsync'd to the local spool.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time

import orjson
from fastapi import APIRouter, Depends, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.background import BackgroundTask
from starlette.responses import Response

from calltriage.decide import Decision
from serving.audit import AuditUnavailable, decision_payload, uuid7
from serving.audit.records import iso
from serving.auth import Principal, authorize, require
from serving.errors import ApiError
from serving.schemas import ERROR_RESPONSES, BatchRequest, BatchResponse, TriageRequest, TriageResponse

log = logging.getLogger("calltriage.serving.triage")
router = APIRouter(tags=["triage"])

_BATCH_SLICE = 32  # decisions per event-loop slice in a batch (other requests run between)
_RECORDED = {"db": "store", "spool": "spool"}
_REQUEST_SCHEMA = TriageRequest.model_json_schema()


def _fallback_decision(engine) -> Decision:
    """When the engine itself fails (not just the model): the safest recommendation."""
    return Decision(
        category=None, probabilities=None, disqualifiers=(), cleared=(),
        route="standard_dispatch", team=None,
        next_step="Follow standard CAD protocol.", responders=(),
        reasons=("Screening failed unexpectedly: follow standard protocol.",),
        reason_codes=("degraded:engine_error",),
        model_version=engine.model_version, rules_version=engine.rules_version,
        policy_version=engine.policy_version, degraded=True,
    )


def _decide(engine, call, now) -> Decision:
    try:
        return engine.decide(call, now=now)
    except Exception as exc:  # noqa: BLE001 - never a 5xx for a valid request
        log.error("engine failed (%s): answering standard_dispatch", type(exc).__name__)
        return _fallback_decision(engine)


def _response_dict(d: dict, decision_id: str, request_id: str, call, received: str) -> dict:
    out = {"decision_id": decision_id, "request_id": request_id, "id": call.id,
           "incident_id": call.incident_id, "received_at": received}
    out.update(d)
    return out


def _unavailable(request_id: str) -> ApiError:
    return ApiError(503, "audit_unavailable",
                    "The decision could not be recorded (database and local spool both "
                    "failed). Follow the normal CAD protocol.",
                    headers={"Retry-After": "1"})


@router.post(
    "/v1/triage",
    summary="Triage one call",
    response_class=Response,
    responses={200: {"model": TriageResponse, "description": "The recommendation."},
               503: {"description": "Audit store unavailable: follow normal protocol."},
               **ERROR_RESPONSES},
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": _REQUEST_SCHEMA}}}},
)
async def triage(request: Request) -> Response:
    principal = authorize(request, "cad")  # direct call: no dependency-injection round
    state = request.scope["state"]
    t0 = state.get("t0") or time.perf_counter()
    body = await request.body()
    try:
        call = TriageRequest.model_validate_json(body)
    except ValidationError as exc:
        raise RequestValidationError(
            [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_input=False)]
        ) from None
    app_state = request.app.state
    engine = app_state.engine
    now = dt.datetime.now(dt.timezone.utc)
    decision = _decide(engine, call, now)
    d = decision.to_dict()
    latency_ms = (time.perf_counter() - t0) * 1000.0
    decision_id = uuid7()
    request_id = state["request_id"]
    received = iso(now)
    payload = decision_payload(decision_id=decision_id, received_at=now,
                               client=principal.client, request_id=request_id, call=call,
                               decision=decision, decision_dict=d, latency_ms=latency_ms)
    try:
        target = await app_state.store.writer.submit("decision", payload)
    except AuditUnavailable:
        raise _unavailable(request_id) from None
    app_state.metrics.observe_decision(decision)
    out = _response_dict(d, decision_id, request_id, call, received)
    out["recorded"] = _RECORDED[target]
    return Response(orjson.dumps(out), media_type="application/json",
                    background=_shadow_task(app_state, [call], [decision], [decision_id]))


def _shadow_task(app_state, calls, decisions, decision_ids) -> BackgroundTask | None:
    """Shadow mode: the challenger scores the same calls after the response is sent, on the
    event loop (an async task: spaCy memory zones are not thread-safe). Never returned."""
    shadow = getattr(app_state, "shadow", None)
    if shadow is None or shadow.scorer is None:
        return None
    return BackgroundTask(shadow.compare, calls, decisions, decision_ids)


@router.post(
    "/v1/triage/batch",
    summary="Triage up to 1,000 calls (one recommendation each, in order)",
    response_class=Response,
    responses={200: {"model": BatchResponse}, **ERROR_RESPONSES},
)
async def triage_batch(batch: BatchRequest, request: Request,
                       principal: Principal = Depends(require("cad"))) -> Response:
    app_state = request.app.state
    settings = app_state.settings
    if len(batch.calls) > settings.max_batch:
        raise ApiError(422, "batch_too_large",
                       f"A batch holds at most {settings.max_batch} calls; "
                       f"this one has {len(batch.calls)}.")
    state = request.scope["state"]
    t0 = state.get("t0") or time.perf_counter()
    engine = app_state.engine
    request_id = state["request_id"]
    batch_id = uuid7()
    now = dt.datetime.now(dt.timezone.utc)
    received = iso(now)
    decisions: list[Decision] = []
    calls = batch.calls
    for i in range(0, len(calls), _BATCH_SLICE):
        for call in calls[i:i + _BATCH_SLICE]:
            decisions.append(_decide(engine, call, now))
        await asyncio.sleep(0)  # let single-call requests in between slices
    latency_ms = (time.perf_counter() - t0) * 1000.0
    outs, payloads = [], []
    for i, (call, decision) in enumerate(zip(calls, decisions, strict=True)):
        d = decision.to_dict()
        decision_id = uuid7()
        payloads.append(decision_payload(
            decision_id=decision_id, received_at=now, client=principal.client,
            request_id=request_id, call=call, decision=decision, decision_dict=d,
            latency_ms=latency_ms, batch={"id": batch_id, "index": i, "size": len(calls)}))
        outs.append(_response_dict(d, decision_id, request_id, call, received))
    try:
        targets = await asyncio.gather(*app_state.store.writer.submit_many("decision", payloads))
    except AuditUnavailable:
        raise _unavailable(request_id) from None
    for decision, out, target in zip(decisions, outs, targets, strict=True):
        app_state.metrics.observe_decision(decision)
        out["recorded"] = _RECORDED[target]
    return Response(orjson.dumps({"request_id": request_id, "batch_id": batch_id,
                                  "results": outs}), media_type="application/json",
                    background=_shadow_task(app_state, calls, decisions,
                                            [o["decision_id"] for o in outs]))
