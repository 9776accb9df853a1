"""Auditor sessions: a signed, expiring, HttpOnly, SameSite=Strict cookie, and CSRF tokens.

* Log in by POSTing an API key holding the ``auditor`` role. The key is never stored: the
  cookie holds a session id, a CSRF token and a *fingerprint* of the key (an HMAC of the
  key's sha256 under the session secret), signed with ``itsdangerous``. Every request
  resolves the fingerprint against the configured keys again, so removing a key (and
  restarting) ends its sessions, and roles are always the key's current roles.
* The secret is ``CALLTRIAGE_SESSION_SECRET``; without it a random one is made per process
  (with a warning): sessions then end at restart and do not carry across workers.
* Expiry: ``CALLTRIAGE_SESSION_HOURS`` (default 8). Logout revokes the session id in this
  process and clears the cookie.
* ``Secure`` is set unless ``CALLTRIAGE_COOKIE_SECURE=false`` (plain-http development);
  with it on, the cookie names carry the ``__Host-`` prefix (no Domain, Path=/, Secure).
* CSRF: every POST form carries a token. Before login it is double-submitted against a
  signed login cookie; after login it must equal the session's token. An ``Origin`` header,
  when present, must be this site. SameSite=Strict is a second line.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import threading
import time
from dataclasses import dataclass

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from serving.auth import Principal

log = logging.getLogger("calltriage.serving.web")

LOGIN_MAX_AGE_S = 3600


@dataclass(frozen=True)
class Session:
    sid: str
    csrf: str
    principal: Principal
    issued_at: float


class Sessions:
    def __init__(self, settings, keyring) -> None:
        if settings.session_secret is not None:
            secret = settings.session_secret.get_secret_value()
        else:
            secret = secrets.token_urlsafe(48)
            log.warning("CALLTRIAGE_SESSION_SECRET is not set: auditor sessions are signed "
                        "with a random per-process secret (they end when the service "
                        "restarts and do not carry across workers)")
        self._secret = secret.encode()
        self._sessions = URLSafeTimedSerializer(secret, salt="calltriage-audit-session")
        self._login = URLSafeTimedSerializer(secret, salt="calltriage-audit-login")
        self.max_age = int(settings.session_hours * 3600)
        self.secure = bool(settings.cookie_secure)
        prefix = "__Host-" if self.secure else ""
        self.cookie = f"{prefix}ct_audit"
        self.login_cookie = f"{prefix}ct_audit_login"
        self.keyring = keyring
        self._by_fp = {self._fingerprint(digest): p for digest, p in keyring.entries()}
        self._revoked: dict[str, float] = {}
        self._lock = threading.Lock()

    # keys -------------------------------------------------------------------------------
    def _fingerprint(self, digest_hex: str) -> str:
        return hmac.new(self._secret, digest_hex.encode(), hashlib.sha256).hexdigest()[:32]

    def fingerprint_of_key(self, key: str) -> str:
        if self.keyring.disabled:
            return "dev"
        digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()
        return self._fingerprint(digest)

    def _principal(self, fp: str) -> Principal | None:
        if self.keyring.disabled:
            return self.keyring.dev_principal
        return self._by_fp.get(fp)

    # sessions ---------------------------------------------------------------------------
    def create(self, key: str) -> tuple[str, Session]:
        sid, csrf = secrets.token_urlsafe(18), secrets.token_urlsafe(24)
        fp = self.fingerprint_of_key(key)
        value = self._sessions.dumps({"sid": sid, "fp": fp, "csrf": csrf})
        return value, Session(sid, csrf, self._principal(fp), time.time())

    def read(self, cookie_value: str | None) -> Session | None:
        if not cookie_value or len(cookie_value) > 4096:
            return None
        try:
            data, signed_at = self._sessions.loads(cookie_value, max_age=self.max_age,
                                                   return_timestamp=True)
        except (BadSignature, SignatureExpired, ValueError):
            return None
        if not isinstance(data, dict) or not {"sid", "fp", "csrf"} <= set(data):
            return None
        with self._lock:
            if data["sid"] in self._revoked:
                return None
        principal = self._principal(str(data["fp"]))
        if principal is None:
            return None
        return Session(str(data["sid"]), str(data["csrf"]), principal, signed_at.timestamp())

    def revoke(self, session: Session) -> None:
        now = time.time()
        with self._lock:
            self._revoked[session.sid] = session.issued_at + self.max_age
            for sid in [s for s, until in self._revoked.items() if until < now]:
                del self._revoked[sid]

    # login CSRF -----------------------------------------------------------------------
    def new_login_token(self) -> tuple[str, str]:
        """(token for the form, signed value for the login cookie)."""
        token = secrets.token_urlsafe(24)
        return token, self._login.dumps(token)

    def check_login_token(self, cookie_value: str | None, form_token: str | None) -> bool:
        if not cookie_value or not form_token:
            return False
        try:
            token = self._login.loads(cookie_value, max_age=LOGIN_MAX_AGE_S)
        except (BadSignature, SignatureExpired):
            return False
        return isinstance(token, str) and hmac.compare_digest(token, form_token)

    @staticmethod
    def check_csrf(session: Session, form_token: str | None) -> bool:
        return bool(form_token) and hmac.compare_digest(session.csrf, form_token)

    # cookies ----------------------------------------------------------------------------
    def set_cookie(self, response, name: str, value: str, max_age: int) -> None:
        response.set_cookie(name, value, max_age=max_age, path="/", secure=self.secure,
                            httponly=True, samesite="strict")

    def clear_cookie(self, response, name: str) -> None:
        response.delete_cookie(name, path="/", secure=self.secure, httponly=True,
                               samesite="strict")
