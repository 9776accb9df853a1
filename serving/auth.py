"""API keys per client with roles (``cad``, ``auditor``, ``admin``).

Only the sha256 of each key is configured. A presented key is hashed and compared with
every configured hash through ``hmac.compare_digest`` (no early exit), so timing reveals
neither which key nor how much of it matched. Keys are 256-bit random tokens, so an
unsalted hash is enough: there is nothing to brute-force.

401: no key or an unknown key. 403: a valid key without the role the endpoint needs.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass

from fastapi import Request

from serving.errors import ApiError
from serving.settings import ApiKeyEntry

log = logging.getLogger("calltriage.serving.auth")

KEY_PREFIX = "ct_"
DEV_CLIENT = "dev-unauthenticated"


@dataclass(frozen=True, slots=True)
class Principal:
    client: str
    roles: frozenset[str]


def new_key() -> tuple[str, str]:
    """A fresh key and its sha256 (store only the hash)."""
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    return key, hash_key(key)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class KeyRing:
    def __init__(self, entries: tuple[ApiKeyEntry, ...], disabled: bool = False) -> None:
        self.disabled = disabled
        self._entries = [(bytes.fromhex(e.sha256), Principal(e.client, frozenset(e.roles)))
                         for e in entries]
        self._dev = Principal(DEV_CLIENT, frozenset(("cad", "auditor", "admin")))

    def lookup(self, key: str | None) -> Principal | None:
        if self.disabled:
            return self._dev
        if not key:
            return None
        digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).digest()
        found = None
        for stored, principal in self._entries:
            if hmac.compare_digest(stored, digest) and found is None:
                found = principal
        return found

    def entries(self) -> list[tuple[str, Principal]]:
        """(sha256 hex of the key, principal) for every configured key (web sessions bind
        to a key through this, never storing the key)."""
        return [(stored.hex(), principal) for stored, principal in self._entries]

    @property
    def dev_principal(self) -> Principal:
        return self._dev

    def warn_if_disabled(self) -> None:
        if self.disabled:
            banner = "!" * 78
            msg = (f"\n{banner}\n!! AUTHENTICATION IS DISABLED (CALLTRIAGE_AUTH_DISABLED=true).\n"
                   "!! Every request is accepted as client "
                   f"'{DEV_CLIENT}' with all roles.\n!! Never run like this in production.\n"
                   f"{banner}")
            log.warning(msg)


def _presented_key(request: Request) -> str | None:
    auth = request.headers.get("authorization")
    if auth:
        scheme, _, value = auth.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
    return request.headers.get("x-api-key") or None


def authorize(request: Request, role: str) -> Principal:
    """The same check as ``require(role)``, called directly from a hot-path handler (no
    dependency-injection round)."""
    principal = _authenticate(request)
    if role not in principal.roles:
        raise ApiError(403, "forbidden",
                       f"This API key (client '{principal.client}') lacks the '{role}' role.")
    return principal


def require(role: str):
    """FastAPI dependency: the caller must hold ``role``. Async on purpose: a sync
    dependency would cost a thread-pool hop on every request."""

    async def dependency(request: Request) -> Principal:
        return authorize(request, role)

    dependency.__name__ = f"require_{role}"
    return dependency


async def require_any(request: Request) -> Principal:
    return _authenticate(request)


def _authenticate(request: Request) -> Principal:
    """The caller's principal, or 401."""
    ring: KeyRing = request.app.state.keyring
    principal = ring.lookup(_presented_key(request))
    if principal is None:
        raise ApiError(401, "unauthorized",
                       "Missing or unknown API key. Send 'Authorization: Bearer <key>'.",
                       headers={"WWW-Authenticate": "Bearer"})
    return principal
