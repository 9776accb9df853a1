"""Outcomes (CAD) and decision look-ups (auditors).

Outcomes are records of their own, beside the decision, never an update of it. Reads run
in the thread pool (they are plain SQLAlchemy calls).
"""

from __future__ import annotations

import datetime as dt
import re

import anyio
import orjson
from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from serving.audit import AuditUnavailable, outcome_payload, uuid7
from serving.audit.database import BadCursor
from serving.audit.records import iso
from serving.auth import Principal, require
from serving.errors import ApiError
from serving.schemas import (
    ERROR_RESPONSES,
    Category,
    Code,
    DecisionDetail,
    DecisionList,
    OutcomeIn,
    OutcomeOut,
    Route,
)

router = APIRouter(tags=["decisions"])

_ID = re.compile(r"^[0-9a-fA-F-]{32,36}$")
_DB_DOWN = ("audit_db_unavailable",
            "The audit database is unreachable right now; retry later.")


def _check_id(decision_id: str) -> str:
    if not _ID.match(decision_id):
        raise ApiError(404, "not_found", "No decision with this id.")
    return decision_id.lower()


@router.post(
    "/v1/decisions/{decision_id}/outcome",
    summary="Report what the call-taker did, or the field disposition",
    status_code=201,
    response_class=Response,
    responses={201: {"model": OutcomeOut}, 404: {"description": "Unknown decision_id."},
               **ERROR_RESPONSES},
)
async def report_outcome(decision_id: str, outcome: OutcomeIn, request: Request,
                         principal: Principal = Depends(require("cad"))) -> Response:
    decision_id = _check_id(decision_id)
    store = request.app.state.store
    if not store.writer.is_pending(decision_id):
        try:
            exists = await anyio.to_thread.run_sync(store.db.decision_exists, decision_id)
        except Exception:  # noqa: BLE001 - database down: accept and spool, verify later
            exists = True
        if not exists:
            raise ApiError(404, "not_found", "No decision with this id (if it was made during "
                                             "a database outage, retry in a minute).")
    now = dt.datetime.now(dt.timezone.utc)
    outcome_id = uuid7()
    payload = outcome_payload(outcome_id=outcome_id, decision_id=decision_id, received_at=now,
                              client=principal.client,
                              request_id=request.scope["state"]["request_id"], outcome=outcome)
    try:
        target = await store.writer.submit("outcome", payload)
    except AuditUnavailable:
        raise ApiError(503, "audit_unavailable", "The outcome could not be recorded; retry.",
                       headers={"Retry-After": "1"}) from None
    request.app.state.metrics.outcomes.labels(outcome.kind, outcome.action or "none").inc()
    body = {"outcome_id": outcome_id, "decision_id": decision_id, "received_at": iso(now),
            "recorded": "store" if target == "db" else "spool"}
    return Response(orjson.dumps(body), status_code=201, media_type="application/json")


@router.get(
    "/v1/decisions/{decision_id}",
    summary="One decision with its full audit record, chain fields and outcomes",
    response_model=DecisionDetail,
    responses={404: {"description": "Unknown decision_id."}, **ERROR_RESPONSES},
)
def get_decision(decision_id: str, request: Request,
                 principal: Principal = Depends(require("auditor"))):
    decision_id = _check_id(decision_id)
    try:
        found = request.app.state.store.db.get_decision(decision_id)
    except Exception:  # noqa: BLE001
        raise ApiError(503, *_DB_DOWN, headers={"Retry-After": "5"}) from None
    if found is None:
        raise ApiError(404, "not_found", "No decision with this id.")
    return Response(orjson.dumps(found), media_type="application/json")


@router.get(
    "/v1/decisions",
    summary="List decisions (newest first) with filters; paginated by cursor",
    response_model=DecisionList,
    responses=ERROR_RESPONSES,
)
def list_decisions(
    request: Request,
    principal: Principal = Depends(require("auditor")),
    since: dt.datetime | None = Query(None, description="received_at >= since (ISO 8601)"),
    until: dt.datetime | None = Query(None, description="received_at < until (ISO 8601)"),
    route: Route | None = None,
    category: Category | None = None,
    disqualifier: Code | None = Query(None, description="Decisions in which this code fired"),
    model_version: str | None = Query(None, max_length=200),
    client: str | None = Query(None, max_length=100),
    degraded: bool | None = None,
    limit: int = Query(50, ge=1, le=500),
    cursor: str | None = Query(None, max_length=400),
):
    try:
        items, next_cursor = request.app.state.store.db.list_decisions(
            since=since, until=until, route=route, category=category, disqualifier=disqualifier,
            model_version=model_version, client=client, degraded=degraded, limit=limit,
            cursor=cursor)
    except BadCursor:
        raise ApiError(422, "invalid_cursor", "The cursor is not one this API returned.") from None
    except Exception:  # noqa: BLE001
        raise ApiError(503, *_DB_DOWN, headers={"Retry-After": "5"}) from None
    return Response(orjson.dumps({"items": items, "next_cursor": next_cursor}),
                    media_type="application/json")
