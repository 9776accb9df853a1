"""Shared fixtures: a small real model trained on the dev set (seconds), saved with the
real artifact code, and engines over it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parent.parent
DEV = REPO / "data_samples" / "dev" / "dev.jsonl"


@pytest.fixture(scope="session")
def small_model_dir(tmp_path_factory) -> Path:
    from calltriage.model import TriageClassifier, save_model

    rows = [json.loads(line) for line in DEV.read_text().splitlines() if line.strip()]
    clf = TriageClassifier(n_features=2**16)
    clf.fit([(r["narrative"], r.get("call_type")) for r in rows],
            np.array([r["category"] for r in rows]))
    folder = tmp_path_factory.mktemp("model")
    save_model(clf, folder, name="test-small", data_hash="sha256:test", metrics={})
    return folder


@pytest.fixture(scope="session")
def small_model(small_model_dir):
    from calltriage.model import load_model

    return load_model(small_model_dir)


@pytest.fixture()
def engine(small_model):
    from calltriage.engine import Engine
    from calltriage.policy import Policy

    return Engine(Policy(), small_model)
