"""The ``/audit`` sub-application: routes, security headers, HTML error pages.

Every response under ``/audit`` (pages, CSV, static files, errors, redirects) carries
``Content-Security-Policy`` (self only, no inline script or style, no framing),
``X-Content-Type-Options: nosniff``, ``X-Frame-Options: DENY``, ``Referrer-Policy:
no-referrer`` and ``Cache-Control: no-store`` (narratives are sensitive).

Database reads run in the thread pool; replays and explanations run on one dedicated
thread with the workbench's own spaCy pipeline, never on the event loop that serves the
CAD's requests.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import ipaddress
import logging
import re
from urllib.parse import parse_qs, urlencode

import anyio
from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse

from calltriage.rules import RULES_VERSION
from serving.audit import queries, reports
from serving.audit.archive import get_policy
from serving.audit.replay import Workbench
from serving.audit.verify import verify_record
from serving.web import PREFIX
from serving.web.highlight import highlight
from serving.web.render import STATIC, render
from serving.web.session import LOGIN_MAX_AGE_S, Session, Sessions

log = logging.getLogger("calltriage.serving.web")

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
_REPLACED = {k for k, _ in SECURITY_HEADERS} | {b"pragma", b"expires"}
EXPORT_CAP = 200_000  # rows per web CSV export (the CLI has no cap)
_ID = re.compile(r"^[0-9a-fA-F-]{32,36}$")
_CHART = re.compile(r"^[a-z_]{1,40}$")


class SecurityHeaders:
    """Pure ASGI wrapper: outermost, so even a last-resort 500 gets the headers."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", ())
                           if k.lower() not in _REPLACED]
                headers.extend(SECURITY_HEADERS)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class LoginRequired(Exception):
    def __init__(self, next_url: str) -> None:
        super().__init__("login required")
        self.next_url = next_url


class PageError(Exception):
    def __init__(self, status: int, title: str, message: str) -> None:
        super().__init__(title)
        self.status, self.title, self.message = status, title, message


def _safe_next(value: str | None) -> str:
    """Only a path inside the workspace (no open redirect)."""
    if (value and value.startswith(PREFIX + "/") and not value.startswith("//")
            and "\\" not in value and len(value) < 2000 and "\n" not in value
            and "\r" not in value):
        return value
    return PREFIX + "/decisions"


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def create_web_app(main_app) -> SecurityHeaders:
    web = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    web.state.main = main_app
    sessions = Sessions(main_app.state.settings, main_app.state.keyring)
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=1,
                                                     thread_name_prefix="audit-workbench")
    bench: dict = {}

    # helpers ------------------------------------------------------------------------------
    def state():
        return main_app.state

    def tz():
        return state().engine.policy.tzinfo()

    def workbench() -> Workbench:
        wb = bench.get("wb")
        if wb is None:
            st = state()
            wb = bench["wb"] = Workbench(
                st.store.db, st.model_archive,
                current=lambda: (st.engine.slot.model, st.engine.policy))
        return wb

    async def on_bench(fn, *args):
        return await asyncio.get_running_loop().run_in_executor(executor, fn, *args)

    async def db_call(fn, *args, **kw):
        try:
            return await anyio.to_thread.run_sync(lambda: fn(*args, **kw))
        except (queries.FilterError, PageError):
            raise
        except Exception as exc:  # noqa: BLE001 - database down or broken
            log.error("audit page: database read failed (%s)", type(exc).__name__)
            raise PageError(503, "Audit database unavailable",
                            "The audit database cannot be read right now. Try again in a "
                            "minute.") from None

    def page(request: Request, template: str, status: int = 200,
             session: Session | None = None, **ctx) -> HTMLResponse:
        html = render(template, prefix=PREFIX, session=session, path=request.url.path,
                      tzname=_tzname(), **ctx)
        return HTMLResponse(html, status_code=status)

    def _tzname() -> str:
        try:
            return str(tz())
        except Exception:  # noqa: BLE001 - before start-up completes
            return "UTC"

    def current_session(request: Request) -> Session | None:
        return sessions.read(request.cookies.get(sessions.cookie))

    def auditor(request: Request) -> Session:
        session = current_session(request)
        if session is None:
            nxt = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise LoginRequired(nxt)
        if "auditor" not in session.principal.roles:
            raise PageError(403, "Not allowed",
                            f"The key of client '{session.principal.client}' lacks the "
                            "auditor role.")
        return session

    async def form(request: Request) -> dict[str, str]:
        ctype = request.headers.get("content-type", "")
        if not ctype.startswith("application/x-www-form-urlencoded"):
            raise PageError(415, "Unsupported form", "Send the form from the page.")
        site = request.headers.get("sec-fetch-site")
        if site is not None and site not in ("same-origin", "none"):
            log.warning("audit form refused: cross-site request (%s)", site[:20])
            raise PageError(403, "Cross-site request refused",
                            "This form can only be sent from the auditor pages themselves.")
        body = (await request.body()).decode("utf-8", "replace")
        parsed = parse_qs(body, keep_blank_values=True, max_num_fields=20)
        return {k: v[0] for k, v in parsed.items()}

    def params(request: Request) -> dict[str, str]:
        return {k: v for k, v in request.query_params.items()}

    def check_id(decision_id: str) -> str:
        if not _ID.match(decision_id):
            raise PageError(404, "Not found", "No decision with this id.")
        return decision_id.lower()

    # errors ---------------------------------------------------------------------------------
    @web.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired):
        return RedirectResponse(f"{PREFIX}/login?{urlencode({'next': _safe_next(exc.next_url)})}",
                                status_code=303)

    @web.exception_handler(PageError)
    async def _page_error(request: Request, exc: PageError):
        return page(request, "error.html", exc.status, session=current_session(request),
                    title=exc.title, message=exc.message)

    @web.exception_handler(queries.FilterError)
    async def _filter_error(request: Request, exc: queries.FilterError):
        return page(request, "error.html", 400, session=current_session(request),
                    title="Invalid filter", message=str(exc))

    @web.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        title = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, "Error")
        return page(request, "error.html", exc.status_code, session=current_session(request),
                    title=title, message="There is no such page in the auditor workspace."
                    if exc.status_code == 404 else title)

    @web.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.error("audit page failed: %s on %s", type(exc).__name__, request.url.path)
        return HTMLResponse(render("error.html", prefix=PREFIX, session=None, path="",
                                   tzname="UTC", title="Internal error",
                                   message="The page failed. The error is logged."),
                            status_code=500)

    # login ------------------------------------------------------------------------------------
    @web.get("/")
    async def home(request: Request):
        return RedirectResponse(f"{PREFIX}/decisions", status_code=303)

    def login_page(request: Request, status: int = 200, error: str | None = None,
                   next_url: str | None = None) -> HTMLResponse:
        token, signed = sessions.new_login_token()
        plain_http_hint = (sessions.secure and request.url.scheme == "http"
                           and _is_loopback(request.url.hostname))
        resp = page(request, "login.html", status, csrf=token, error=error,
                    next_url=_safe_next(next_url or request.query_params.get("next")),
                    logged_out="logged_out" in request.query_params,
                    plain_http_hint=plain_http_hint)
        sessions.set_cookie(resp, sessions.login_cookie, signed, LOGIN_MAX_AGE_S)
        return resp

    @web.get("/login")
    async def login_form(request: Request):
        session = current_session(request)
        if session is not None and "auditor" in session.principal.roles:
            return RedirectResponse(_safe_next(request.query_params.get("next")),
                                    status_code=303)
        return login_page(request)

    @web.post("/login")
    async def login(request: Request):
        data = await form(request)
        next_url = _safe_next(data.get("next"))
        client_ip = request.client.host if request.client else "?"
        if not sessions.check_login_token(request.cookies.get(sessions.login_cookie),
                                          data.get("csrf")):
            log.warning("audit login refused: missing or invalid CSRF token (from %s)",
                        client_ip)
            return login_page(request, 400, "The login form expired or was not sent from "
                                            "this page. Please try again.", next_url)
        key = (data.get("key") or "").strip()
        principal = state().keyring.lookup(key) if key and len(key) < 500 else None
        if principal is None:
            log.warning("audit login failed: unknown key (from %s)", client_ip)
            return login_page(request, 401, "Unknown key.", next_url)
        if "auditor" not in principal.roles:
            log.warning("audit login refused: client '%s' lacks the auditor role (from %s)",
                        principal.client, client_ip)
            resp = page(request, "error.html", 403, title="Not allowed",
                        message=f"The key of client '{principal.client}' lacks the auditor "
                                "role. Ask for an auditor key.")
            sessions.clear_cookie(resp, sessions.login_cookie)
            return resp
        value, _session = sessions.create(key)
        log.info("auditor '%s' logged in (from %s)", principal.client, client_ip)
        resp = RedirectResponse(next_url, status_code=303)
        sessions.set_cookie(resp, sessions.cookie, value, sessions.max_age)
        sessions.clear_cookie(resp, sessions.login_cookie)
        return resp

    @web.post("/logout")
    async def logout(request: Request):
        session = current_session(request)
        data = await form(request)
        if session is not None:
            if not sessions.check_csrf(session, data.get("csrf")):
                raise PageError(403, "Invalid form token",
                                "The logout form was not sent from this page.")
            sessions.revoke(session)
            log.info("auditor '%s' logged out", session.principal.client)
        resp = RedirectResponse(f"{PREFIX}/login?logged_out=1", status_code=303)
        sessions.clear_cookie(resp, sessions.cookie)
        return resp

    # decisions ----------------------------------------------------------------------------------
    def sort_args(p: dict) -> tuple[str, bool]:
        sort = p.get("sort") or "received_at"
        if sort not in queries.SORTS:
            raise queries.FilterError(f"sort: one of {', '.join(queries.SORTS)}")
        order = p.get("order") or "desc"
        if order not in ("asc", "desc"):
            raise queries.FilterError("order: asc or desc")
        return sort, order == "desc"

    @web.get("/decisions")
    async def decision_list(request: Request):
        session = auditor(request)
        p = params(request)
        zone = tz()
        f = queries.parse_filter(p, zone)
        sort, desc = sort_args(p)
        try:
            page_no = int(p.get("page") or 1)
            per_page = int(p.get("per_page") or 50)
        except ValueError:
            raise queries.FilterError("page and per_page are numbers") from None
        db = state().store.db
        result = await db_call(queries.list_page, db, f, zone, sort=sort, descending=desc,
                               page=page_no, per_page=per_page)
        versions = await db_call(queries.model_versions, db)
        base = f.query_items(zone)
        return page(request, "decisions.html", session=session, filter=f, result=result, zone=zone,
                    sort=sort, desc=desc, versions=versions, base_items=base,
                    query=lambda **kw: _query(base, {"sort": sort, "order": "desc" if desc else "asc",
                                                     "per_page": str(result.per_page)}, kw),
                    export_cap=EXPORT_CAP, routes=queries.ROUTES,
                    categories=queries.CATEGORIES, codes=queries.CODES,
                    callers=queries.CALLERS, overridden=queries.OVERRIDDEN,
                    per_page_options=queries.PER_PAGE, sorts=queries.SORTS)

    @web.get("/decisions.csv")
    async def decision_export(request: Request):
        session = auditor(request)
        p = params(request)
        f = queries.parse_filter(p, tz())
        sort, desc = sort_args(p)
        narrative = p.get("narrative") in ("1", "yes", "true")
        db = state().store.db
        await db_call(queries.count, db, f)  # fail early (503 page) when the database is down
        log.info("auditor '%s' exported decisions as CSV (narratives: %s)",
                 session.principal.client, "yes" if narrative else "no")
        rows = queries.iter_export(db, f, sort=sort, descending=desc, limit=EXPORT_CAP,
                                   narrative=narrative)
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        return StreamingResponse(
            queries.csv_lines(rows, narrative), media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition":
                     f'attachment; filename="calltriage-decisions-{stamp}.csv"'})

    async def recorded(db, decision_id: str) -> tuple[str, dict]:
        """The checked id and its stored decision (with outcomes), or a 404 page."""
        decision_id = check_id(decision_id)
        found = await db_call(db.get_decision, decision_id)
        if found is None:
            raise PageError(404, "Not found", "No decision with this id.")
        return decision_id, found

    @web.get("/decisions/{decision_id}")
    async def decision_detail(request: Request, decision_id: str):
        session = auditor(request)
        db = state().store.db
        decision_id, found = await recorded(db, decision_id)
        chain = await db_call(verify_record, db, decision_id)
        record = found["record"]
        rec = record["decision"]
        wb = workbench()
        explanation = await on_bench(wb.explain, record)
        model_found = None
        if rec.get("model_version"):
            model_found = await anyio.to_thread.run_sync(
                lambda: state().model_archive.find(rec["model_version"]) is not None)
        policy_stored = await db_call(get_policy, db, rec["policy_version"])
        log.info("auditor '%s' viewed decision %s", session.principal.client, decision_id)
        zone = tz()
        return page(
            request, "detail.html", session=session, d=found, record=record, rec=rec,
            req=record["request"], chain=chain, explanation=explanation,
            narrative=highlight(record["request"].get("narrative"), rec, "narrative"),
            call_type=highlight(record["request"].get("call_type"), rec, "call_type"),
            received=reports_time(record["received_at"], zone),
            outcomes=[{**o, "received_local": reports_time(o["received_at"], zone)}
                      for o in found["outcomes"]],
            current_rules=RULES_VERSION, model_found=model_found,
            policy_stored=policy_stored is not None and policy_stored.policy is not None,
            current_model=state().engine.model_version,
            current_policy=state().engine.policy_version,
            probabilities=sorted((rec.get("probabilities") or {}).items(),
                                 key=lambda kv: -kv[1]))

    @web.get("/decisions/{decision_id}/replay")
    async def decision_replay(request: Request, decision_id: str):
        session = auditor(request)
        decision_id, found = await recorded(state().store.db, decision_id)
        result = await on_bench(workbench().replay, found["record"])
        log.info("auditor '%s' replayed decision %s", session.principal.client, decision_id)
        return page(request, "replay.html", session=session, decision_id=decision_id,
                    result=result)

    # reports ---------------------------------------------------------------------------------
    def report_args(p: dict):
        zone = tz()
        since = queries.parse_when(p.get("since"), zone, "since")
        until = queries.parse_when(p.get("until"), zone, "until")
        d_since, d_until = reports.default_range(zone)
        since, until = since or (until - dt.timedelta(days=30) if until else d_since), \
            until or d_until
        if until <= since:
            raise queries.FilterError("until must be after since")
        if until - since > dt.timedelta(days=3700):
            raise queries.FilterError("the range is at most ten years")
        gran = p.get("granularity") or "auto"
        if gran not in ("auto", "hour", "day", "week"):
            raise queries.FilterError("granularity: auto, hour, day or week")
        return zone, since, until, gran

    async def build(p: dict):
        zone, since, until, gran = report_args(p)
        report = await db_call(reports.build_report, state().store.db, since=since,
                               until=until, tz=zone, granularity=gran,
                               current_policy=state().engine.policy)
        return report, gran

    @web.get("/reports")
    async def report_page(request: Request):
        session = auditor(request)
        p = params(request)
        report, gran = await build(p)
        zone = report.tz
        items = [("since", report.since.astimezone(zone).strftime("%Y-%m-%dT%H:%M")),
                 ("until", report.until.astimezone(zone).strftime("%Y-%m-%dT%H:%M")),
                 ("granularity", gran)]
        query = urlencode(items)
        return page(request, "reports.html", session=session, report=report,
                    granularity=gran, csv_href=lambda cid: f"{PREFIX}/reports/{cid}.csv?{query}",
                    since_value=items[0][1], until_value=items[1][1])

    @web.get("/reports/{chart_id}.csv")
    async def report_csv(request: Request, chart_id: str):
        auditor(request)
        if not _CHART.match(chart_id) or chart_id not in reports.CHART_IDS:
            raise PageError(404, "Not found", "No such chart.")
        report, _ = await build(params(request))
        chart = report.chart(chart_id)
        return Response(chart.csv(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition":
                                 f'attachment; filename="calltriage-{chart_id}.csv"'})

    web.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    return SecurityHeaders(web)


def reports_time(iso_text: str, zone) -> dt.datetime:
    from serving.audit.records import parse_iso

    return parse_iso(iso_text).astimezone(zone)


def _query(base: list[tuple[str, str]], current: dict, changes: dict) -> str:
    """The list's query string with ``changes`` applied (None removes a parameter)."""
    items = dict(base)
    items.update(current)
    for k, v in changes.items():
        if v is None:
            items.pop(k, None)
        else:
            items[k] = str(v)
    return urlencode(list(items.items()))
