"""The auditor workspace: server-rendered pages under ``/audit`` (decision list with filters
and CSV export, decision detail with highlighted evidence, explanation and chain status,
replay, reports with charts), behind the ``auditor`` role with a session cookie.

``install(app)`` mounts it on the service. It is a separate ASGI sub-application, so its
security headers, HTML error pages and session handling never touch the CAD's JSON API.
"""

from __future__ import annotations

PREFIX = "/audit"


def install(app) -> None:
    from starlette.responses import RedirectResponse

    from serving.web.app import SECURITY_HEADERS, create_web_app

    async def bare_prefix(request):  # "/audit" itself: the mount answers "/audit/..."
        resp = RedirectResponse(f"{PREFIX}/decisions", status_code=303)
        for k, v in SECURITY_HEADERS:
            resp.headers[k.decode()] = v.decode()
        return resp

    app.add_route(PREFIX, bare_prefix, methods=["GET"], include_in_schema=False)
    app.mount(PREFIX, create_web_app(app), name="audit")
