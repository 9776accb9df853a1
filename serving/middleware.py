"""One pure-ASGI middleware for every request: request id, body-size cap, metrics, and a
last-resort 500 that never echoes request data.

Pure ASGI (not ``BaseHTTPMiddleware``) because it runs on every hot-path request.
"""

from __future__ import annotations

import re
import time

from serving.audit.records import random_hex
from serving.errors import error_response, log_unexpected

_RID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_BODY_METHODS = {"POST", "PUT", "PATCH"}


class ServiceMiddleware:
    def __init__(self, app, metrics, max_body_bytes: int) -> None:
        self.app = app
        self.metrics = metrics
        self.max_body = max_body_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        rid = None
        length = None
        for k, v in scope["headers"]:
            if k == b"x-request-id":
                r = v.decode("latin-1")
                rid = r if _RID.match(r) else None
            elif k == b"content-length":
                length = v
        rid = rid or random_hex()
        state = scope.setdefault("state", {})
        state["request_id"] = rid
        state["t0"] = t0
        status: list = [None]  # None until the response starts
        method = scope["method"]
        rid_header = (b"x-request-id", rid.encode())

        async def send_wrapper(message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                headers = list(message.get("headers", ()))
                if not any(k.lower() == b"x-request-id" for k, _ in headers):
                    headers.append(rid_header)
                message["headers"] = headers
            await send(message)

        try:
            app_receive = receive
            if method in _BODY_METHODS:
                too_big = False
                if length is not None:
                    try:
                        too_big = int(length) > self.max_body
                    except ValueError:
                        await self._reply(send, status, rid, 400, "bad_request",
                                          "Invalid Content-Length header.")
                        return
                if not too_big:
                    body, too_big, disconnected = await self._read(receive)
                    if disconnected:
                        status[0] = 499
                        return
                if too_big:
                    await self._reply(send, status, rid, 413, "body_too_large",
                                      f"The request body exceeds {self.max_body} bytes. Send "
                                      "fewer calls per batch.")
                    return
                app_receive = _Replay(body, receive)
            await self.app(scope, app_receive, send_wrapper)
        except Exception as exc:  # noqa: BLE001
            log_unexpected(exc, scope.get("path", ""), rid)
            if status[0] is None:
                try:
                    await self._reply(send, status, rid, 500, "internal_error",
                                      "Internal error. The CAD should show its normal protocol.")
                except Exception:  # noqa: BLE001 - response already started
                    pass
        finally:
            route = scope.get("route")
            path = getattr(route, "path", None) or "unmatched"
            m = self.metrics
            m.requests.labels(path, method, str(status[0] or 500)).inc()
            m.latency.labels(path, method).observe(time.perf_counter() - t0)

    async def _read(self, receive) -> tuple[bytes, bool, bool]:
        chunks, total = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b"", False, True
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > self.max_body:
                return b"", True, False
            chunks.append(chunk)
            if not message.get("more_body", False):
                return (chunks[0] if len(chunks) == 1 else b"".join(chunks)), False, False

    @staticmethod
    async def _reply(send, status, rid, code_status, code, message) -> None:
        status[0] = code_status
        resp = error_response(rid, code_status, code, message)
        await resp({"type": "http"}, None, send)  # type: ignore[arg-type]


class _Replay:
    """Gives the buffered body to the app once, then waits for the disconnect."""

    __slots__ = ("body", "receive", "sent")

    def __init__(self, body: bytes, receive) -> None:
        self.body = body
        self.receive = receive
        self.sent = False

    async def __call__(self):
        if not self.sent:
            self.sent = True
            return {"type": "http.request", "body": self.body, "more_body": False}
        return await self.receive()
