"""GET /v1/model (any key) and POST /v1/admin/reload (admin)."""

from __future__ import annotations

import importlib.metadata as md
import platform

import orjson
from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from calltriage.model import library_versions
from serving.auth import Principal, require, require_any
from serving.errors import ApiError
from serving.schemas import ERROR_RESPONSES, ReloadOut

router = APIRouter(tags=["model"])

_SERVING_LIBS = ("fastapi", "starlette", "uvicorn", "pydantic", "sqlalchemy", "alembic",
                 "orjson", "prometheus-client", "psycopg")
_META_KEYS = ("name", "created", "data_hash", "git_commit", "metrics", "library_versions",
              "labels", "text_version", "rules_version_at_training", "n_features",
              "temperature", "sha256")


def _versions() -> dict:
    out = dict(library_versions())
    for lib in _SERVING_LIBS:
        try:
            out[lib] = md.version(lib)
        except md.PackageNotFoundError:
            pass
    out["python"] = platform.python_version()
    return out


def _registry_info(st) -> dict | None:
    registry = getattr(st, "registry", None)
    if registry is None:
        return None
    src = st.reloader.source
    return {"uri": registry.uri,
            "name": src.name if src else None,
            "version": src.version if src else None,
            "alias": src.alias if src else None,
            "note": src.note if src is not None else registry.note,
            "last_error": registry.follower.last_error,
            "poll_seconds": st.settings.registry_poll_seconds}


@router.get("/v1/model", summary="Model, rules and policy versions, training metrics, "
                                 "library versions", responses=ERROR_RESPONSES)
async def model_info(request: Request, principal: Principal = Depends(require_any)) -> Response:
    st = request.app.state
    engine = st.engine
    slot = engine.slot
    meta = slot.model.metadata if slot.model else {}
    policy = engine.policy
    body = {
        "model_version": engine.model_version,
        "rules_version": engine.rules_version,
        "policy_version": engine.policy_version,
        "model_loaded": slot.model is not None,
        "model_error": slot.error,
        # set while the model is out of the hot path for being too slow (ModelBudget)
        "model_benched": engine.benched,
        "model_source": str(st.reloader.model_dir),
        "registry": _registry_info(st),
        "shadow": st.shadow.status() if getattr(st, "shadow", None) is not None else
        {"enabled": bool(st.settings.shadow), "active": False,
         "reason": None if not st.settings.shadow else "shadow mode needs CALLTRIAGE_MODEL_URI"},
        "model": {k: meta.get(k) for k in _META_KEYS if k in meta},
        "last_reload_error": st.reloader.last_error,
        "policy": {"name": policy.name, "dispatch_model": policy.dispatch_model,
                   "confidence_threshold": policy.confidence_threshold,
                   "co_response": policy.co_response.enabled},
        "library_versions": _versions(),
        "mlflow": None,  # the MLflow pyfunc comparison arrives with the MLflow workflow
    }
    return Response(orjson.dumps(body), media_type="application/json")


@router.post("/v1/admin/reload", summary="Reload the model from the configured folder, or follow the registry alias",
             response_model=ReloadOut,
             responses={422: {"description": "The new model was refused; the old one serves."},
                        **ERROR_RESPONSES})
async def reload_model(request: Request, principal: Principal = Depends(require("admin"))):
    result = await request.app.state.reloader.reload()
    if not result.reloaded:
        raise ApiError(422, "model_refused",
                       f"The new model was refused; still serving {result.model_version}. "
                       f"{result.error}")
    return Response(orjson.dumps({"reloaded": True, "model_version": result.model_version,
                                  "previous_version": result.previous_version}),
                    media_type="application/json")
