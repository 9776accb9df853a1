"""Fixtures for the serving tests: a small real model, API keys, apps with real SQLite files,
real uvicorn processes on loopback ports, and PostgreSQL when CALLTRIAGE_TEST_PG_DSN is set."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from serving_helpers import Keys, Server, make_settings, pg_dsn_or_skip, train_model  # noqa: E402


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("model") / "default"
    train_model(folder)
    return folder


@pytest.fixture(scope="session")
def keys() -> Keys:
    return Keys()


@pytest.fixture
def settings_factory(tmp_path, model_dir, keys):
    def factory(**overrides):
        data_dir = overrides.pop("data_dir", tmp_path / "var")
        return make_settings(data_dir, overrides.pop("model_dir", model_dir), keys, **overrides)
    return factory


@pytest.fixture
def servers(tmp_path):
    started: list[Server] = []

    def start(env: dict, name: str = "server") -> Server:
        s = Server(env, tmp_path / f"{name}-{len(started)}.log")
        started.append(s)
        return s

    yield start
    for s in started:
        s.stop()


@pytest.fixture
def pg_schema():
    """(dsn, a unique schema for this test), the schema dropped afterwards."""
    dsn = pg_dsn_or_skip()
    from sqlalchemy import create_engine

    schema = f"ct_test_{uuid.uuid4().hex[:10]}"
    yield dsn, schema
    eng = create_engine(dsn)
    with eng.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    eng.dispose()
