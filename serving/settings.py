"""Service settings: environment variables with the ``CALLTRIAGE_`` prefix and an optional
``.env`` file, validated once at start-up.

``load_settings()`` turns a pydantic ValidationError into a ``SettingsError`` whose message
names each bad variable (``CALLTRIAGE_MAX_BATCH: ...``), so an operator sees what to fix
instead of a traceback.
"""

from __future__ import annotations

import os
import socket
import tomllib
import uuid
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

from calltriage.engine import DEFAULT_MODEL_DIR

ENV_PREFIX = "CALLTRIAGE_"
ROLES = ("cad", "auditor", "admin")
HARD_MAX_BATCH = 1000
# Variables with our prefix that other parts of the project read (not typos).
_OTHER_KNOWN_VARS = {"CALLTRIAGE_TEST_PG_DSN", "CALLTRIAGE_TEST_ARTIFACTS"}
try:  # the training/registry side's variables (CALLTRIAGE_MLFLOW_TRACKING_URI, ...): no MLflow import
    from training.mlflow_config import ENV_VARS as _TRAINING_ENV_VARS

    _OTHER_KNOWN_VARS |= set(_TRAINING_ENV_VARS)
except ImportError:  # serving deployed without the training package
    pass


class SettingsError(ValueError):
    """Settings are invalid; the message lists every problem by variable name."""


class ApiKeyEntry(BaseModel):
    """One client's key: only its sha256 is stored."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    client: str = Field(..., min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.:@-]+$")
    roles: tuple[Literal["cad", "auditor", "admin"], ...] = Field(..., min_length=1)
    sha256: str = Field(..., pattern=r"^[0-9a-f]{64}$")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_file=".env", env_file_encoding="utf-8", extra="ignore",
        validate_default=True,
    )

    # engine -------------------------------------------------------------------------
    model_dir: Path = DEFAULT_MODEL_DIR
    policy: Path | None = None  # same variable the core CLI reads (CALLTRIAGE_POLICY)
    model_poll_seconds: float = Field(5.0, ge=0.0)  # 0 disables watching the model folder
    # registry: e.g. models:/calltriage-triage@champion (None: serve model_dir). The MLflow
    # tracking URI is CALLTRIAGE_MLFLOW_TRACKING_URI (training/mlflow_config.py).
    model_uri: str | None = None
    registry_poll_seconds: float = Field(30.0, ge=0.0)  # 0 disables following the alias
    shadow: bool = False  # score with the registry's challenger too; logged, never returned
    # The model's time per call (calltriage.engine.ModelBudget): model_slow_streak calls
    # in a row over model_budget_ms take the model out of the hot path for
    # model_cooloff_s (decisions rules-only and degraded, /readyz false), then it is
    # tried again. Scoring normally takes well under 1 ms. 0 ms: no limit.
    model_budget_ms: float = Field(20.0, ge=0.0)
    model_slow_streak: int = Field(3, ge=1, le=1000)
    model_cooloff_s: float = Field(60.0, gt=0.0)

    # audit store ----------------------------------------------------------------------
    data_dir: Path = Path("var")
    database_url: str | None = None  # default: SQLite file under data_dir
    db_schema: str | None = Field(None, pattern=r"^[a-z_][a-z0-9_]{0,62}$")  # PostgreSQL only
    db_connect_timeout_s: float = Field(2.0, gt=0)
    db_busy_timeout_ms: int = Field(500, ge=0)  # SQLite lock wait before spooling
    writer_id: str | None = Field(None, pattern=r"^[A-Za-z0-9_.:-]{1,60}$")  # chain name prefix
    # how long the writer lets a group gather before committing it (fewer, larger commits).
    # Every request of the group waits for it, so it is a latency floor: at 16 clients,
    # 3 ms gave p99 14-27 ms, 1 ms 11.6-15.5 ms (bench/bench_http.py, session 10).
    audit_commit_interval_ms: float = Field(1.0, ge=0.0, le=1000.0)
    audit_max_batch: int = Field(1000, ge=1, le=20000)
    audit_replay_interval_s: float = Field(1.0, gt=0.0)

    # security and limits --------------------------------------------------------------
    api_keys: tuple[ApiKeyEntry, ...] = ()
    api_keys_file: Path | None = None
    auth_disabled: bool = False  # development only; logged loudly at start-up
    max_body_bytes: int = Field(5 * 1024 * 1024, ge=1024)
    max_batch: int = Field(HARD_MAX_BATCH, ge=1, le=HARD_MAX_BATCH)

    # auditor web pages (/audit) ------------------------------------------------------------
    # signs the session cookie; unset: a random secret per process (sessions end at restart
    # and do not carry across workers; a warning says so)
    session_secret: SecretStr | None = None
    session_hours: float = Field(8.0, gt=0.0, le=24.0)
    # the Secure cookie attribute; turn off only for plain-http development on loopback
    cookie_secure: bool = True

    # process --------------------------------------------------------------------------
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    workers: int = Field(1, ge=1, le=64)
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    # CPython's GIL switch interval for `serve` (default 5 ms). A shorter one lets the
    # audit writer thread take its turn promptly between CPU-bound decisions, so a group's
    # answers are not held back behind the next decisions (with the 1 ms commit interval:
    # 0.5 ms gave 2,029-2,059 req/s, 0.2 ms 2,068-2,372 req/s).
    gil_switch_interval_ms: float = Field(0.2, gt=0.0, le=100.0)

    @field_validator("database_url")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v is None or not v.strip():
            return None
        v = v.strip()
        if v.startswith("postgres://"):
            v = "postgresql+psycopg://" + v[len("postgres://"):]
        if v.startswith("postgresql://"):
            v = "postgresql+psycopg://" + v[len("postgresql://"):]
        if not (v.startswith("sqlite") or v.startswith("postgresql+psycopg://")):
            raise ValueError("use sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/DB")
        if v.startswith("postgresql"):
            try:
                import psycopg  # noqa: F401
            except ImportError:
                raise ValueError("PostgreSQL needs psycopg: pip install 'calltriage[postgres]'") from None
        return v

    @field_validator("session_secret")
    @classmethod
    def _secret(cls, v: SecretStr | None) -> SecretStr | None:
        if v is None or not v.get_secret_value().strip():
            return None
        if len(v.get_secret_value()) < 32:
            raise ValueError("use at least 32 characters (e.g. python -c 'import secrets; "
                             "print(secrets.token_urlsafe(32))')")
        return v

    @field_validator("model_uri")
    @classmethod
    def _model_uri(cls, v: str | None) -> str | None:
        if v is None or not v.strip():
            return None
        v = v.strip()
        if v.startswith("models:/"):
            rest = v[len("models:/"):].strip("/")
            name, sep, tail = rest.rpartition("@") if "@" in rest else rest.rpartition("/")
            if not name or not sep or not tail or (sep == "/" and not tail.isdigit()):
                raise ValueError("use models:/<name>@<alias> or models:/<name>/<version>")
        return v

    @field_validator("policy")
    @classmethod
    def _policy(cls, v: Path | None) -> Path | None:
        if v is not None and not v.is_file():
            raise ValueError(f"policy file {v} does not exist")
        return v

    @model_validator(mode="after")
    def _keys(self) -> Settings:
        if self.api_keys_file is not None:
            if not self.api_keys_file.is_file():
                raise ValueError(f"api_keys_file {self.api_keys_file} does not exist")
        if not self.auth_disabled and not self.api_keys and self.api_keys_file is None:
            raise ValueError(
                "no API keys configured: set CALLTRIAGE_API_KEYS or CALLTRIAGE_API_KEYS_FILE "
                "(create keys with `calltriage api-key create`), or set "
                "CALLTRIAGE_AUTH_DISABLED=true for local development only"
            )
        if self.db_schema and self.database_url and not self.database_url.startswith("postgresql"):
            raise ValueError("db_schema applies to PostgreSQL only")
        return self

    # derived --------------------------------------------------------------------------
    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'audit.db').resolve()}"

    @property
    def spool_dir(self) -> Path:
        return self.data_dir / "spool"

    def effective_writer_id(self) -> str:
        """One hash chain per writer instance, new at every process start: the configured
        ``writer_id`` (default: the host name) is only its prefix."""
        prefix = self.writer_id or "".join(
            c if c.isalnum() or c in "-." else "-" for c in socket.gethostname())[:40]
        return f"{prefix}-{os.getpid()}-{uuid.uuid4().hex[:8]}"

    def all_api_keys(self) -> tuple[ApiKeyEntry, ...]:
        keys = list(self.api_keys)
        if self.api_keys_file is not None:
            keys.extend(load_keys_file(self.api_keys_file))
        return tuple(keys)


def load_keys_file(path: Path) -> list[ApiKeyEntry]:
    """TOML: ``[[keys]]`` tables with ``client``, ``roles`` and ``sha256``."""
    try:
        data = tomllib.loads(path.read_text())
    except OSError as exc:
        raise SettingsError(f"CALLTRIAGE_API_KEYS_FILE: cannot read {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"CALLTRIAGE_API_KEYS_FILE: {path} is not valid TOML: {exc}") from None
    try:
        return [ApiKeyEntry.model_validate(k) for k in data.get("keys", [])]
    except ValidationError as exc:
        raise SettingsError(f"CALLTRIAGE_API_KEYS_FILE: {path}: {_describe(exc)}") from None


def _describe(exc: ValidationError) -> str:
    lines = []
    for err in exc.errors(include_input=False, include_url=False):
        loc = [str(p) for p in err["loc"]]
        name = (ENV_PREFIX + loc[0].upper()) if loc else "settings"
        rest = ("." + ".".join(loc[1:])) if len(loc) > 1 else ""
        lines.append(f"{name}{rest}: {err['msg']}")
    return "\n".join(lines)


def unknown_env_vars(environ: dict[str, str] | None = None) -> list[str]:
    """CALLTRIAGE_* variables that match no setting (likely typos)."""
    env = os.environ if environ is None else environ
    known = {ENV_PREFIX + name.upper() for name in Settings.model_fields} | _OTHER_KNOWN_VARS
    return sorted(k for k in env if k.startswith(ENV_PREFIX) and k not in known)


def load_settings(**overrides) -> Settings:
    """Read and validate settings; raise SettingsError with one line per problem."""
    try:
        settings = Settings(**overrides)
        settings.all_api_keys()
    except ValidationError as exc:
        raise SettingsError("invalid settings:\n" + _describe(exc)) from None
    return settings
