"""The MLflow pyfunc: the whole decision path (rules + classifier + policy) behind
``predict(DataFrame) -> DataFrame``.

Serialization, chosen deliberately:

* The classifier is stored as *our own* artifact, the folder ``save_model`` writes
  (``model.joblib`` + ``metadata.json``). ``load_context`` loads it with
  ``calltriage.model.load_model``, which checks the sha256 before unpickling and refuses
  other library or text-pipeline versions. The routing policy TOML rides along as a second
  artifact.
* No sklearn flavour (its ``predict`` on a bare text pipeline returns the wrong row count
  for a DataFrame input and would skip the rules), no skops (MLflow 3's default sklearn
  format blew a 3.6 MB pipeline up to ~100 MB), and no cloudpickle of this class: the
  model is logged *from code* (``training/pyfunc_model.py``), so the only pickle in the
  artifact is the classifier we already verify.
* The decision code is *not* bundled (no ``code_paths``): the pyfunc runs the installed
  ``calltriage`` package, exactly like the HTTP service and the batch CLI, so every engine
  makes the same decision, and each output row names the rules and policy versions it was
  made under. Consequence: load it where ``calltriage`` is installed
  (``mlflow models serve --env-manager local``, ``spark_udf(..., env_manager="local")``).

Input: one row per call, column ``narrative`` (required) plus the optional spec fields
``id``, ``caller``, ``call_type``, ``caller_requests_police``, ``incident_id``,
``district``, ``received_at``. Output: one row per input row, in order (``OUTPUT_COLUMNS``).
A row that fails validation (no narrative, wrong type, over 20,000 characters) gets
``error`` and null decision fields, never a guessed route.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import pandas as pd

import training.mlflow_config  # noqa: F401 - disables MLflow telemetry before MLflow loads
import mlflow.pyfunc  # noqa: E402

from calltriage.labels import CATEGORIES

INPUT_COLUMNS = ("id", "narrative", "caller", "call_type", "caller_requests_police",
                 "incident_id", "district", "received_at")
PROB_COLUMNS = tuple(f"prob_{c}" for c in CATEGORIES)
OUTPUT_COLUMNS = ("id", "category", *PROB_COLUMNS, "disqualifiers", "route", "team",
                  "next_step", "reasons", "reason_codes", "model_version", "rules_version",
                  "policy_version", "degraded", "decision", "error")

ARTIFACT_MODEL = "triage_model"  # folder: model.joblib + metadata.json
ARTIFACT_POLICY = "policy"  # the routing policy TOML


def _missing(v) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    try:
        return bool(pd.isna(v)) if not isinstance(v, (list, dict, tuple)) else False
    except (TypeError, ValueError):
        return False


def _row_to_request(row: dict, index: int):
    """A CallRequest, or a ValueError naming the problem (never quoting the narrative)."""
    from pydantic import ValidationError

    from calltriage.batch import describe_validation_error
    from calltriage.decide import CallRequest

    body = {k: row[k] for k in INPUT_COLUMNS if k in row and not _missing(row[k])}
    rid = body.get("id")
    if isinstance(rid, float) and rid.is_integer():
        rid = int(rid)
    body["id"] = str(rid) if rid is not None else str(index)
    if isinstance(body.get("received_at"), pd.Timestamp):
        body["received_at"] = body["received_at"].to_pydatetime()
    if "caller_requests_police" in body and not isinstance(body["caller_requests_police"], bool):
        v = body["caller_requests_police"]
        if hasattr(v, "item"):  # numpy bool
            body["caller_requests_police"] = bool(v.item())
    if "narrative" not in body:
        return body["id"], ValueError("narrative: field required")
    try:
        return body["id"], CallRequest.model_validate(body)
    except ValidationError as exc:
        return body["id"], ValueError(describe_validation_error(exc))


def decisions_frame(engine, frame: pd.DataFrame, now: dt.datetime | None = None) -> pd.DataFrame:
    """Run ``engine`` over a DataFrame of calls; one output row per input row, same order."""
    from calltriage.batch import output_record

    if not isinstance(frame, pd.DataFrame):
        frame = pd.DataFrame(frame)
    if "narrative" not in frame.columns:
        raise ValueError("input needs a 'narrative' column (plus optional spec fields: "
                         + ", ".join(c for c in INPUT_COLUMNS if c != "narrative") + ")")
    records = frame.to_dict(orient="records")
    parsed = [_row_to_request(r, i) for i, r in enumerate(records)]
    ids = [p[0] for p in parsed]
    results = list(engine.decide_many([p[1] for p in parsed], now=now))
    rows = []
    for rid, res in zip(ids, results, strict=True):
        if isinstance(res, Exception):
            rows.append({"id": rid, "error": str(res)})
            continue
        d = res.to_dict()
        probs = d["probabilities"] or {}
        row = {
            "id": rid,
            "category": d["category"],
            **{f"prob_{c}": probs.get(c) for c in CATEGORIES},
            "disqualifiers": res.disqualifier_codes,
            "route": d["route"],
            "team": d["team"],
            "next_step": d["next_step"],
            "reasons": list(d["reasons"]),
            "reason_codes": list(d["reason_codes"]),
            "model_version": d["model_version"],
            "rules_version": d["rules_version"],
            "policy_version": d["policy_version"],
            "degraded": bool(d["degraded"]),
            "decision": json.dumps(output_record(rid, res), ensure_ascii=False),
            "error": None,
        }
        rows.append(row)
    # Object columns keep None (not NaN) for missing values; probabilities are float64.
    out = pd.DataFrame({
        c: pd.Series([r.get(c) for r in rows],
                     dtype="float64" if c in PROB_COLUMNS else object)
        for c in OUTPUT_COLUMNS
    })
    return out


class TriageDecisionModel(mlflow.pyfunc.PythonModel):
    """pyfunc wrapper around ``calltriage.engine.Engine``. The ``pd.DataFrame`` hint only
    tells MLflow the input kind; the explicit signature below does the validation."""

    def load_context(self, context) -> None:
        from calltriage.engine import Engine
        from calltriage.model import load_model
        from calltriage.policy import load_policy

        model = load_model(Path(context.artifacts[ARTIFACT_MODEL]))
        policy_path = context.artifacts.get(ARTIFACT_POLICY)
        policy = load_policy(Path(policy_path) if policy_path else None)
        self.engine = Engine(policy, model)
        self.engine.warm()

    def predict(self, context, model_input: pd.DataFrame, params=None) -> pd.DataFrame:
        if not hasattr(self, "engine"):
            self.load_context(context)
        return decisions_frame(self.engine, model_input)


def signature():
    """Input: the spec's call fields; output: ``OUTPUT_COLUMNS``."""
    from mlflow.models import ModelSignature
    from mlflow.types.schema import Array, ColSpec, Schema

    inputs = Schema([
        ColSpec("string", "id", required=False),
        ColSpec("string", "narrative"),
        ColSpec("string", "caller", required=False),
        ColSpec("string", "call_type", required=False),
        ColSpec("boolean", "caller_requests_police", required=False),
        ColSpec("string", "incident_id", required=False),
        ColSpec("string", "district", required=False),
        ColSpec("datetime", "received_at", required=False),
    ])
    outputs = Schema([
        ColSpec("string", "id"),
        ColSpec("string", "category", required=False),
        *[ColSpec("double", c, required=False) for c in PROB_COLUMNS],
        ColSpec(Array("string"), "disqualifiers", required=False),
        ColSpec("string", "route", required=False),
        ColSpec("string", "team", required=False),
        ColSpec("string", "next_step", required=False),
        ColSpec(Array("string"), "reasons", required=False),
        ColSpec(Array("string"), "reason_codes", required=False),
        ColSpec("string", "model_version", required=False),
        ColSpec("string", "rules_version", required=False),
        ColSpec("string", "policy_version", required=False),
        ColSpec("boolean", "degraded", required=False),
        ColSpec("string", "decision", required=False),
        ColSpec("string", "error", required=False),
    ])
    return ModelSignature(inputs=inputs, outputs=outputs)


INPUT_EXAMPLE = pd.DataFrame([
    {"id": "ex-1", "narrative": "RP states neighbor playing loud music since 11pm, verbal "
     "argument only, neg wpns", "caller": "first_party", "call_type": "NOISE",
     "caller_requests_police": False},
    {"id": "ex-2", "narrative": "caller says her brother is hearing voices and pacing, has a "
     "knife in his hand", "caller": "third_party", "call_type": None,
     "caller_requests_police": False},
])

MODEL_CODE_PATH = Path(__file__).with_name("pyfunc_model.py")
