"""Fixtures for the eligibility-analysis tests: real files in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEV = REPO / "data_samples" / "dev" / "dev.jsonl"
SHARED = REPO.parent / "shared" / "data" / "calltypes-3cities.jsonl"


@pytest.fixture(scope="session")
def dev_rows() -> list[dict]:
    return [json.loads(x) for x in DEV.read_text().splitlines() if x.strip()]


@pytest.fixture(scope="session")
def synth_parquet(tmp_path_factory) -> Path:
    """A small synthetic export made by the real generator (needs ../shared/data)."""
    if not SHARED.is_file():
        pytest.skip(f"{SHARED} not found: the synthetic export reads the real call-type mix")
    from analysis.synth import write

    return write(tmp_path_factory.mktemp("synth") / "calls.parquet", rows=1200, seed=7)
