"""Helpers for the serving tests (conftest puts this folder on sys.path)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import warnings
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest

from serving.auth import new_key
from serving.settings import ApiKeyEntry, load_settings

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "data_samples" / "dev" / "dev.jsonl"
PG_ENV = "CALLTRIAGE_TEST_PG_DSN"


def train_model(folder: Path, name: str = "test") -> dict:
    from calltriage.model import TriageClassifier, save_model

    rows = [json.loads(line) for line in DEV.read_text().splitlines() if line.strip()]
    clf = TriageClassifier(n_features=2**16).fit(
        [(r["narrative"], r.get("call_type")) for r in rows], [r["category"] for r in rows])
    return save_model(clf, folder, name=name, data_hash="dev", metrics={"macro_f1": 0.0})


class Keys:
    def __init__(self) -> None:
        self.cad, h_cad = new_key()
        self.auditor, h_aud = new_key()
        self.admin, h_adm = new_key()
        self.entries = (ApiKeyEntry(client="cad-test", roles=("cad",), sha256=h_cad),
                        ApiKeyEntry(client="auditor-test", roles=("auditor",), sha256=h_aud),
                        ApiKeyEntry(client="admin-test", roles=("admin",), sha256=h_adm))

    def header(self, role: str) -> dict:
        return {"Authorization": f"Bearer {getattr(self, role)}"}

    def env_json(self) -> str:
        return json.dumps([e.model_dump() for e in self.entries])


def make_settings(data_dir: Path, model_dir: Path, keys: Keys, **overrides):
    base = dict(data_dir=data_dir, model_dir=model_dir, api_keys=keys.entries,
                model_poll_seconds=0, audit_replay_interval_s=0.2)
    base.update(overrides)
    return load_settings(**base)


@asynccontextmanager
async def running_app(settings):
    """The real app with its lifespan, and an httpx client talking ASGI to it."""
    from serving.app import create_app

    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://cad.test",
                                     timeout=30) as client:
            yield app, client


def call(narrative: str = "RP states neighbor playing loud music again, verbal only, "
                          "no weapons", **kw) -> dict:
    return {"narrative": narrative, "caller": "third_party", "call_type": "NOISE", **kw}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``python -m serving.cli serve`` on a loopback port: the real CLI, app and store."""

    def __init__(self, env: dict, log_path: Path, port: int | None = None) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("CALLTRIAGE_")}
        full_env.update(env)
        full_env["CALLTRIAGE_PORT"] = str(self.port)
        full_env["CALLTRIAGE_HOST"] = "127.0.0.1"
        self._log = log_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "serving.cli", "serve", "--no-access-log"],
            cwd=ROOT, env=full_env, stdout=self._log, stderr=subprocess.STDOUT)

    def wait_ready(self, timeout: float = 60.0, path: str = "/readyz") -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-3000:]}")
            try:
                if httpx.get(self.url + path, timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"server not ready: {self.log_path.read_text()[-3000:]}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()


def server_env(model_dir: Path, data_dir: Path, keys: Keys, **extra) -> dict:
    env = {"CALLTRIAGE_MODEL_DIR": str(model_dir), "CALLTRIAGE_DATA_DIR": str(data_dir),
           "CALLTRIAGE_API_KEYS": keys.env_json(), "CALLTRIAGE_MODEL_POLL_SECONDS": "0",
           "CALLTRIAGE_AUDIT_REPLAY_INTERVAL_S": "0.2", "CALLTRIAGE_LOG_LEVEL": "warning"}
    env.update({k: str(v) for k, v in extra.items()})
    return env


def pg_dsn_or_skip() -> str:
    dsn = os.environ.get(PG_ENV)
    if not dsn:
        msg = (f"PostgreSQL tests SKIPPED: set {PG_ENV} (e.g. "
               "postgresql+psycopg://postgres@127.0.0.1:5432/postgres) to run them")
        warnings.warn(msg, stacklevel=2)
        print(f"\n!!! {msg}", file=sys.stderr)
        pytest.skip(msg)
    return dsn
