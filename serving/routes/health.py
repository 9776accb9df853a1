"""GET /healthz (alive), GET /readyz (model loaded and warmed, audit store writable),
GET /metrics (Prometheus). No key needed: probes and scrapers call these."""

from __future__ import annotations

import orjson
from fastapi import APIRouter, Request
from starlette.responses import Response

from calltriage.decide import CallRequest

router = APIRouter(tags=["operations"])


@router.get("/healthz", summary="The process is alive")
async def healthz() -> Response:
    return Response(b'{"status":"alive"}', media_type="application/json")


_PROBE = CallRequest(narrative="RP states subj yelling at neighbors, no weapons seen",
                     call_type="TRBL W/SUBJ")


def readiness(app) -> dict:
    st = app.state
    engine = st.engine
    model_ok, model_detail = False, engine.slot.error or "no model"
    benched = engine.benched
    if engine.slot.model is not None and benched is not None:
        model_detail = benched  # too slow lately: decisions go on without it for now
    elif engine.slot.model is not None:
        try:  # one real decision: the model can still score (and in time)
            probe = engine.decide(_PROBE)
            if probe.degraded:
                model_detail = "model fails to score: " + "; ".join(probe.reasons[:1])
            else:
                model_ok, model_detail = True, engine.model_version
        except Exception as exc:  # noqa: BLE001
            model_detail = f"engine fails: {type(exc).__name__}"
    model_check = {"ok": model_ok, "detail": model_detail}
    registry = getattr(st, "registry", None)
    if registry is not None:  # serving from the registry (CALLTRIAGE_MODEL_URI)
        src = st.reloader.source
        note = src.note if src is not None else registry.note
        if note:
            model_check["detail"] = f"{model_detail} ({note})"
        model_check["source"] = src.label if src is not None else str(st.reloader.model_dir)
        model_check["registry_uri"] = registry.uri
        model_check["registry_error"] = registry.follower.last_error
    audit = st.store.status()
    audit_ok = st.store.writable
    ready = model_ok and audit_ok
    st.metrics.ready.set(1 if ready else 0)
    return {"ready": ready,
            "checks": {"model": model_check,
                       "audit": {"ok": audit_ok, **audit}}}


@router.get("/readyz", summary="Ready: model loaded and warmed, audit store writable "
                               "(503 otherwise; /v1/triage still answers, degraded)")
async def readyz(request: Request) -> Response:
    body = readiness(request.app)
    return Response(orjson.dumps(body), status_code=200 if body["ready"] else 503,
                    media_type="application/json")


@router.get("/metrics", summary="Prometheus metrics")
async def metrics(request: Request) -> Response:
    m = request.app.state.metrics
    m.spool_depth.set(request.app.state.store.writer.spool_depth)
    return Response(m.render(), media_type=m.content_type)
