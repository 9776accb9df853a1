"""Who can see the auditor pages: login with an auditor key into a signed, HttpOnly,
SameSite=Strict session; CAD keys and requests without a session see nothing; CSRF on every
POST; logout ends the session; security headers on every /audit response; failed logins
are logged without the key."""

from __future__ import annotations

import logging
import re
import time
import warnings

import pytest
from web_helpers import login

from serving.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

PAGES = ("/audit/decisions", "/audit/reports", "/audit/decisions.csv",
         "/audit/reports/route_mix.csv")
HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}


def _check_headers(r) -> None:
    for k, v in HEADERS.items():
        assert r.headers.get(k) == v, (r.request.url, k, r.headers.get(k))
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_no_session_cad_key_and_auditor(settings_factory, keys, caplog):
    with TestClient(create_app(settings_factory())) as c:
        did = c.post("/v1/triage", headers=keys.header("cad"),
                     json={"narrative": "neighbors yelling again, verbal only"}).json()["decision_id"]
        # no session: every page redirects to the login form (with a safe next)
        for path in ("/audit", "/audit/"):
            r = c.get(path, follow_redirects=False)
            assert r.status_code == 303 and r.headers["location"] == "/audit/decisions"
            _check_headers(r)
        for path in (*PAGES, f"/audit/decisions/{did}", f"/audit/decisions/{did}/replay"):
            r = c.get(path, follow_redirects=False)
            assert r.status_code == 303, path
            assert r.headers["location"].startswith("/audit/login?next=%2Faudit%2F")
            _check_headers(r)
        # an API key in a header is not a session: CAD (or even an auditor) key gets no page
        for role in ("cad", "auditor"):
            r = c.get("/audit/decisions", headers=keys.header(role), follow_redirects=False)
            assert r.status_code == 303 and "decision" not in r.text.lower()
        # logging in with the CAD key: 403 page, no session cookie; logged without the key
        caplog.set_level(logging.INFO)
        r = login(c, keys.cad)
        assert r.status_code == 403 and "lacks the auditor role" in r.text
        assert "ct_audit=" not in r.headers.get("set-cookie", "").replace("ct_audit_login", "")
        _check_headers(r)
        assert c.get("/audit/decisions", follow_redirects=False).status_code == 303
        # unknown key: 401 on the login page
        r = login(c, "ct_not-a-real-key-" + "x" * 30)
        assert r.status_code == 401 and "Unknown key." in r.text
        logged = "\n".join(rec.getMessage() for rec in caplog.records)
        assert "audit login refused: client 'cad-test' lacks the auditor role" in logged
        assert "audit login failed: unknown key" in logged
        assert keys.cad not in logged and "not-a-real-key" not in logged
        # the auditor key works and lands where it was going
        r = login(c, keys.auditor, next_url=f"/audit/decisions/{did}")
        assert r.status_code == 303 and r.headers["location"] == f"/audit/decisions/{did}"
        cookie = r.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Max-Age=28800" in cookie
        for path in (*PAGES, f"/audit/decisions/{did}", f"/audit/decisions/{did}/replay",
                     "/audit/static/audit.css"):
            r = c.get(path)
            assert r.status_code == 200, (path, r.text[:300])
            _check_headers(r)
        for bad in ("/audit/nope", "/audit/decisions/not-an-id",
                    "/audit/decisions/01234567-89ab-7def-8123-456789abcdef"):
            r = c.get(bad)
            assert r.status_code == 404 and "<html" in r.text
            _check_headers(r)
        # the JSON API is unchanged: no security headers added there, and no session access
        r = c.get(f"/v1/decisions/{did}")
        assert r.status_code == 401 and "x-frame-options" not in r.headers


def test_csrf_logout_tampering_and_redirects(settings_factory, keys):
    with TestClient(create_app(settings_factory())) as c:
        # login without, or with a wrong, CSRF token
        c.get("/audit/login")
        r = c.post("/audit/login", data={"key": keys.auditor}, follow_redirects=False)
        assert r.status_code == 400 and "expired" in r.text
        r = c.post("/audit/login", data={"key": keys.auditor, "csrf": "forged"},
                   follow_redirects=False)
        assert r.status_code == 400
        # a cross-site form post is refused even with a valid token
        page = c.get("/audit/login")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        r = c.post("/audit/login", data={"key": keys.auditor, "csrf": token},
                   headers={"Sec-Fetch-Site": "cross-site"}, follow_redirects=False)
        assert r.status_code == 403
        # a JSON body is not a form
        r = c.post("/audit/login", json={"key": keys.auditor, "csrf": token},
                   follow_redirects=False)
        assert r.status_code == 415
        # open redirects are refused
        r = login(c, keys.auditor, next_url="https://evil.example/x")
        assert r.status_code == 303 and r.headers["location"] == "/audit/decisions"
        session_cookie = c.cookies.get("ct_audit")
        assert session_cookie
        # a tampered cookie is no session
        c.cookies.set("ct_audit", session_cookie[:-2] + ("AA" if session_cookie[-2:] != "AA"
                                                         else "BB"))
        assert c.get("/audit/decisions", follow_redirects=False).status_code == 303
        c.cookies.set("ct_audit", session_cookie)
        assert c.get("/audit/decisions").status_code == 200
        # logout needs the session's CSRF token
        r = c.post("/audit/logout", data={"csrf": "wrong"}, follow_redirects=False)
        assert r.status_code == 403
        page = c.get("/audit/decisions")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        r = c.post("/audit/logout", data={"csrf": token}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/audit/login?logged_out=1"
        assert c.get("/audit/decisions", follow_redirects=False).status_code == 303
        # the old cookie value is revoked, not just deleted from the browser
        c.cookies.set("ct_audit", session_cookie)
        assert c.get("/audit/decisions", follow_redirects=False).status_code == 303


def test_secure_cookie_and_expiry(settings_factory, keys):
    settings = settings_factory(cookie_secure=True, session_hours=1.5 / 3600,
                                session_secret="s" * 40)
    with TestClient(create_app(settings), base_url="https://audit.test") as c:
        page = c.get("/audit/login")
        assert "__Host-ct_audit_login=" in page.headers["set-cookie"]
        assert "Secure" in page.headers["set-cookie"]
        r = login(c, keys.auditor)
        assert r.status_code == 303
        cookie = next(v for k, v in r.headers.multi_items()
                      if k == "set-cookie" and v.startswith("__Host-ct_audit="))
        assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
        assert "Path=/" in cookie and "Domain" not in cookie
        assert c.get("/audit/decisions").status_code == 200
        time.sleep(2.2)  # itsdangerous timestamps have 1 s resolution
        assert c.get("/audit/decisions", follow_redirects=False).status_code == 303
    # a fixed secret keeps sessions valid across restarts of the service
    with TestClient(create_app(settings_factory(session_secret="k" * 40))) as c1:
        login(c1, keys.auditor)
        value = c1.cookies.get("ct_audit")
    with TestClient(create_app(settings_factory(session_secret="k" * 40))) as c2:
        c2.cookies.set("ct_audit", value)
        assert c2.get("/audit/decisions").status_code == 200
    with TestClient(create_app(settings_factory())) as c3:  # per-process secret: not valid
        c3.cookies.set("ct_audit", value)
        assert c3.get("/audit/decisions", follow_redirects=False).status_code == 303
