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


@pytest.fixture(scope="session")
def risk_model(dev_rows):
    """A small model with the possible-disqualifier head (the core's safety net)."""
    import numpy as np

    from calltriage.model import TriageClassifier

    texts = [(r["narrative"], r.get("call_type")) for r in dev_rows]
    clf = TriageClassifier(n_features=2**16)
    clf.fit(texts, np.array([r["category"] for r in dev_rows]))
    # the head learns from the second half only, so it is unsure about some of the first
    # half (trained on every row, it would be certain and never fire)
    X = clf.pipeline.named_steps["features"].transform(texts[150:])  # noqa: N806
    clf.fit_risk(X, [bool(r.get("disqualifiers")) for r in dev_rows[150:]])

    class Loaded:  # the two attributes the engine reads from a loaded model
        classifier = clf
        version = "test-risk"

    return Loaded()
