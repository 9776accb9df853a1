"""One error body shape for every 4xx/5xx, and nothing of the request in it.

``{"error": {"code": "...", "message": "...", "details": [...]}, "request_id": "..."}``

Pydantic validation errors echo the offending input by default (``input``, and sometimes
``ctx``); a narrative must never come back in an error body or reach a log, so only
``loc``, ``msg`` and ``type`` are kept.
"""

from __future__ import annotations

import logging
import traceback

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

log = logging.getLogger("calltriage.serving.errors")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, *, details: list | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers


def error_response(request_id: str | None, status: int, code: str, message: str,
                   details: list | None = None, headers: dict | None = None) -> Response:
    body: dict = {"error": {"code": code, "message": message}, "request_id": request_id}
    if details:
        body["error"]["details"] = details
    h = dict(headers or {})
    if request_id:
        h["X-Request-ID"] = request_id
    return Response(orjson.dumps(body), status_code=status, media_type="application/json",
                    headers=h)


def safe_validation_details(errors) -> list[dict]:
    """Validation errors without the input values (never echo a narrative)."""
    out = []
    for err in errors:
        loc = [p if isinstance(p, int) else str(p)[:64] for p in err.get("loc", ())]
        out.append({"loc": loc, "msg": str(err.get("msg", ""))[:300],
                    "type": str(err.get("type", ""))})
    return out


def _rid(request: Request) -> str | None:
    return request.scope.get("state", {}).get("request_id")


_STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 406: "not_acceptable", 409: "conflict",
                 413: "body_too_large", 415: "unsupported_media_type",
                 422: "invalid_request", 429: "too_many_requests"}


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return error_response(_rid(request), exc.status, exc.code, exc.message,
                              exc.details, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        details = safe_validation_details(exc.errors())
        code = "invalid_request"
        message = "The request does not match the schema; see details."
        if any(d["type"] == "json_invalid" for d in details):
            code, message = "invalid_json", "The request body is not valid JSON."
        elif any(d["type"] == "too_long" and d["loc"][-1:] == ["calls"] for d in details):
            code = "batch_too_large"
            message = f"A batch holds at most {request.app.state.settings.max_batch} calls."
        elif any(d["type"] == "string_too_long" and d["loc"][-1:] == ["narrative"]
                 for d in details):
            code = "narrative_too_long"
            message = "The narrative is longer than 20,000 characters."
        return error_response(_rid(request), 422, code, message, details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        code = _STATUS_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code
        return error_response(_rid(request), exc.status_code, code, message,
                              headers=getattr(exc, "headers", None))


def log_unexpected(exc: BaseException, path: str, request_id: str | None) -> None:
    """Log an unhandled error without its message: the text may quote request data."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("unhandled %s on %s (request %s)\n%s", type(exc).__name__, path, request_id, frames)
