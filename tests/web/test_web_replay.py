"""Replay: a decision made through the real API replays exactly with its recorded versions
(model from the archive, policy from the audit store); after the service restarts with a
stricter policy, the current champion's re-run shows the differences; a stored policy that
was edited, or a model that is gone, is said plainly. The CLI twin gives the same result."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import warnings

import pytest
from web_helpers import login

from serving import cli
from serving.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

STRICT = """name = "strict"
accept_third_party_callers = false
timezone = "America/Denver"
"""


def _summary(html: str, n: int) -> int:
    return int(re.search(rf'id="summary-{n}"><strong>(\d+)</strong>', html).group(1))


def _differing_fields(html: str, column: int) -> set[str]:
    out = set()
    for row in re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</th>(.*?)</tr>", html, re.S):
        cells = re.findall(r"<td([^>]*)>", row[1])
        if 'class="differs"' in cells[column]:
            out.add(row[0])
    return out


def test_replay_exact_then_policy_change(settings_factory, keys, tmp_path, capsys):
    settings = settings_factory()
    with TestClient(create_app(settings)) as c:
        d = c.post("/v1/triage", headers=keys.header("cad"), json={
            "narrative": "RP states neighbor playing loud music again, verbal only, no weapons",
            "caller": "third_party"}).json()
        assert d["route"] == "community_responder" and d["probabilities"]
        login(c, keys.auditor)
        html = c.get(f"/audit/decisions/{d['decision_id']}/replay").text
        assert 'id="exactness" class="ok"' in html
        assert _summary(html, 1) == 0 and _summary(html, 2) == 0
        assert "<tr>" in html and 'class="differs"' not in html
        detail = c.get(f"/audit/decisions/{d['decision_id']}").text
        assert "archived: can be replayed" in detail and "stored: can be replayed" in detail
        assert 'id="explain-note"' not in detail  # explained by the model that decided
    archived = list((settings.data_dir / "model-archive").iterdir())
    assert [p.name for p in archived] == [d["model_version"]]

    # the city tightens its policy and the service restarts with it
    policy = tmp_path / "strict.toml"
    policy.write_text(STRICT)
    strict = settings_factory(policy=policy)
    with TestClient(create_app(strict)) as c:
        login(c, keys.auditor)
        html = c.get(f"/audit/decisions/{d['decision_id']}/replay").text
        assert _summary(html, 1) == 0  # the recorded policy came from the store
        assert _differing_fields(html, 1) == set()
        assert _differing_fields(html, 2) == {"route", "policy version", "reason codes",
                                              "team", "next step", "reasons"}
        assert "policy:accept_third_party_callers" in html
        assert _summary(html, 2) == len(_differing_fields(html, 2))
        page_diffs = _differing_fields(html, 2)
    # the CLI twin, run like a script against the same store and settings
    env = {"database_url": strict.effective_database_url}
    monkey_env = {"CALLTRIAGE_DATA_DIR": str(strict.data_dir),
                  "CALLTRIAGE_MODEL_DIR": str(strict.model_dir),
                  "CALLTRIAGE_POLICY": str(policy), "CALLTRIAGE_AUTH_DISABLED": "true"}
    with pytest.MonkeyPatch.context() as mp:
        for k, v in monkey_env.items():
            mp.setenv(k, v)
        assert cli.main(["audit", "replay", d["decision_id"], "--json",
                         "--database-url", env["database_url"]]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["differences"]["with_recorded_versions"] == []
    assert set(out["differences"]["with_current_champion"]) == page_diffs
    assert out["with_recorded_versions"]["exact"] is True
    assert out["with_current_champion"]["decision"]["route"] == "standard_dispatch"

    # an edited policy row is refused, and a model that is gone is said plainly
    conn = sqlite3.connect(settings.data_dir / "audit.db", isolation_level=None)
    conn.execute("UPDATE audit_policies SET policy_json=replace(policy_json, '0.6', '0.5') "
                 "WHERE policy_version=?", (d["policy_version"],))
    conn.close()
    shutil.rmtree(settings.data_dir / "model-archive")
    other_model = tmp_path / "elsewhere"
    shutil.copytree(strict.model_dir, other_model)
    (other_model / "metadata.json").write_text(json.dumps(
        {**json.loads((other_model / "metadata.json").read_text()), "model_version": "other"}))
    with TestClient(create_app(settings_factory(policy=policy, model_dir=tmp_path / "none"))) as c:
        login(c, keys.auditor)
        html = c.get(f"/audit/decisions/{d['decision_id']}/replay").text
        assert "does not match its version (edited?)" in html
        assert "Cannot re-run with the recorded model" in html
        assert html.count('role="alert">Not run.') == 1
        assert "No model is served now" in html
        detail = c.get(f"/audit/decisions/{d['decision_id']}").text
        assert "not in the archive" in detail and "No explanation" in detail


def test_reloaded_models_are_archived(settings_factory, keys, tmp_path):
    """Every model the service swaps in is archived under its version, so decisions made
    with it can still be replayed after the folder moves on."""
    import time

    from serving_helpers import train_model

    folder = tmp_path / "live-model"
    shutil.copytree(settings_factory().model_dir, folder)
    settings = settings_factory(model_dir=folder)
    with TestClient(create_app(settings)) as c:
        first = c.get("/v1/model", headers=keys.header("cad")).json()["model_version"]
        train_model(folder, name="retrained")
        r = c.post("/v1/admin/reload", headers=keys.header("admin"))
        second = r.json()["model_version"]
        assert r.json()["reloaded"] and second != first
        archive = settings.data_dir / "model-archive"
        for _ in range(100):
            if (archive / second / "metadata.json").is_file():
                break
            time.sleep(0.05)
        assert sorted(p.name for p in archive.iterdir()) == sorted([first, second])
