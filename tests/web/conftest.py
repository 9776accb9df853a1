"""Fixtures for the auditor-workspace tests: the real app (real SQLite audit store, real
model trained on the dev set) driven through Starlette's TestClient, a logged-in auditor,
and helpers to seed decisions through the real HTTP API or the service's own audit writer."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "serving"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from serving_helpers import Keys, make_settings, pg_dsn_or_skip, train_model  # noqa: E402


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("webmodel") / "default"
    train_model(folder, name="webtest")
    return folder


@pytest.fixture(scope="session")
def keys() -> Keys:
    return Keys()


@pytest.fixture
def settings_factory(tmp_path, model_dir, keys):
    def factory(**overrides):
        data_dir = overrides.pop("data_dir", tmp_path / "var")
        overrides.setdefault("cookie_secure", False)
        return make_settings(data_dir, overrides.pop("model_dir", model_dir), keys, **overrides)
    return factory


@pytest.fixture
def pg_schema():
    """(dsn, a unique schema for this test), the schema dropped afterwards."""
    dsn = pg_dsn_or_skip()
    from sqlalchemy import create_engine

    schema = f"ct_web_{uuid.uuid4().hex[:10]}"
    yield dsn, schema
    eng = create_engine(dsn)
    with eng.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    eng.dispose()
