"""Behavioural tests run against one model artifact:

* ``CALLTRIAGE_BEHAVIOUR_MODEL_DIR`` when set (``calltriage promote`` sets it to the
  candidate's downloaded artifact; a folder that does not load is an error, not a skip);
* else ``models/default`` when it loads;
* else a production-like model trained here on the shipped training data (no MLflow).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def behaviour_model(tmp_path_factory):
    from calltriage.engine import DEFAULT_MODEL_DIR
    from calltriage.model import ModelLoadError, load_model

    env = os.environ.get("CALLTRIAGE_BEHAVIOUR_MODEL_DIR")
    if env:
        return load_model(Path(env))  # must load: the gate checks this very model
    try:
        return load_model(DEFAULT_MODEL_DIR)
    except ModelLoadError:
        pass
    from training.train import train

    out = tmp_path_factory.mktemp("behaviour-model")
    train(out_dir=out, folds=2, track=False, progress=lambda _m: None)
    return load_model(out)


@pytest.fixture(scope="session")
def behaviour_engine(behaviour_model):
    from calltriage.engine import Engine
    from calltriage.policy import load_policy

    return Engine(load_policy(), behaviour_model)


@pytest.fixture(scope="session")
def decide(behaviour_engine):
    from calltriage.decide import CallRequest

    def run(narrative: str, **kw):
        return behaviour_engine.decide(CallRequest(narrative=narrative, **kw))

    return run
