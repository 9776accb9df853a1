"""Settings: CALLTRIAGE_* variables and .env, validated at start-up with clear errors."""

from __future__ import annotations

import subprocess
import sys

import pytest
from serving_helpers import ROOT

from serving.app import create_app
from serving.settings import SettingsError, load_settings, unknown_env_vars


def test_env_and_dotenv(tmp_path, monkeypatch, keys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("CALLTRIAGE_MAX_BATCH=10\nCALLTRIAGE_AUTH_DISABLED=true\n")
    monkeypatch.setenv("CALLTRIAGE_PORT", "9123")
    s = load_settings()
    assert s.max_batch == 10 and s.port == 9123 and s.auth_disabled
    assert s.effective_database_url.endswith("var/audit.db")


def test_bad_values_are_named(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CALLTRIAGE_AUTH_DISABLED", "true")
    monkeypatch.setenv("CALLTRIAGE_MAX_BATCH", "5000")
    monkeypatch.setenv("CALLTRIAGE_DATABASE_URL", "mysql://x")
    with pytest.raises(SettingsError) as err:
        load_settings()
    msg = str(err.value)
    assert "CALLTRIAGE_MAX_BATCH" in msg and "CALLTRIAGE_DATABASE_URL" in msg
    monkeypatch.delenv("CALLTRIAGE_MAX_BATCH")
    monkeypatch.delenv("CALLTRIAGE_DATABASE_URL")
    monkeypatch.setenv("CALLTRIAGE_API_KEYS", '[{"client": "x", "roles": ["king"], "sha256": "ab"}]')
    monkeypatch.setenv("CALLTRIAGE_AUTH_DISABLED", "false")
    with pytest.raises(SettingsError, match="CALLTRIAGE_API_KEYS"):
        load_settings()


def test_bad_policy_fails_fast(tmp_path, keys):
    bad = tmp_path / "policy.toml"
    bad.write_text('confidence_threshold = 7\n')
    s = load_settings(data_dir=tmp_path, auth_disabled=True, policy=bad)
    with pytest.raises(SettingsError, match="CALLTRIAGE_POLICY"):
        create_app(s)
    with pytest.raises(SettingsError, match="does not exist"):
        load_settings(data_dir=tmp_path, auth_disabled=True, policy=tmp_path / "nope.toml")


def test_unknown_variables_are_reported():
    env = {"CALLTRIAGE_DATABSE_URL": "x", "CALLTRIAGE_PORT": "1", "CALLTRIAGE_TEST_PG_DSN": "y"}
    assert unknown_env_vars(env) == ["CALLTRIAGE_DATABSE_URL"]


def test_serve_exits_2_with_a_clear_message(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "CALLTRIAGE_MAX_BODY_BYTES": "12"}
    r = subprocess.run([sys.executable, "-m", "serving.cli", "serve"], cwd=tmp_path,
                       env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2
    assert "CALLTRIAGE_MAX_BODY_BYTES" in r.stderr and "Traceback" not in r.stderr
