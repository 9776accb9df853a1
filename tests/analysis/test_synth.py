"""The synthetic historical export: deterministic, shaped by the real call-type mix."""

from __future__ import annotations

import pytest

pytest.importorskip("pyarrow", reason="ANALYSIS TESTS SKIPPED: pyarrow is not installed")

import collections
import json

import pyarrow.parquet as pq

from analysis.synth import DISTRICTS, SHARED_CALLTYPES, digest, write


def test_deterministic_and_realistic(synth_parquet, tmp_path):
    again = write(tmp_path / "again.parquet", rows=1200, seed=7)
    assert digest(again) == digest(synth_parquet)

    t = pq.read_table(synth_parquet).to_pylist()
    assert len(t) == 1200
    assert [r["incident_number"] for r in t] == [f"25-{i:07d}" for i in range(1, 1201)]
    times = [r["call_received"] for r in t]
    assert times == sorted(times) and times[0].year == times[-1].year == 2025
    real = {json.loads(x)["call_type"] for x in SHARED_CALLTYPES.read_text().splitlines() if x.strip()}
    assert {r["initial_call_type"] for r in t} <= real
    assert {r["district"] for r in t} <= set(DISTRICTS)
    assert {r["caller_type"] for r in t} <= {"FIRST PARTY", "THIRD PARTY", "UNKNOWN"}
    assert {r["requested_police"] for r in t} <= {"Y", "N"}
    assert 0 < sum(r["comments"] is None for r in t) < 120
    assert len({r["comments"] for r in t if r["comments"]}) > 1000      # unique narratives
    # fewer calls in the small hours than in the afternoon
    hours = collections.Counter(r["call_received"].hour for r in t)
    assert sum(hours[h] for h in (3, 4, 5)) * 2 < sum(hours[h] for h in (15, 16, 17))
    ons = [r["onscene_minutes"] for r in t if r["onscene_minutes"] is not None]
    assert 1000 < len(ons) < 1200 and all(1 <= x <= 600 for x in ons)
