"""One chunk of calls through the full decision path; shared by both engines.

``Scorer.score(batch)`` takes a ``pyarrow.RecordBatch`` with the canonical columns
(``analysis.mapping.FIELDS`` + ``_row`` + ``_error``), builds the core's ``CallRequest``
for each row, runs the core ``Engine.decide_many`` (rules, model, policy, inside spaCy
memory zones), evaluates the policy limitations (``analysis.limits``) and returns one
output row per input row with the ``DECISION_SCHEMA`` columns. The local engine calls it
in worker processes; the Spark engine calls it inside ``mapInArrow`` / ``mapInPandas`` on
the executors. Same function, same engine code, same decisions.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import pyarrow as pa
import pyarrow.compute as pc
from pydantic import ValidationError

from analysis.io import ERROR, ROW
from analysis.limits import LIMIT_NAMES, LimitSet, WhatIf
from analysis.mapping import (FIELDS, Mapping, normalize_caller, parse_bool, parse_onscene,
                              parse_received)
from calltriage.batch import describe_validation_error
from calltriage.decide import CallRequest, Decision
from calltriage.labels import CATEGORIES, DISQUALIFIERS
from calltriage.policy import Policy

log = logging.getLogger("analysis.score")

CR = "community_responder"

DECISION_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("row", pa.int64()),
        ("received_at", pa.string()),     # ISO 8601, local time of the policy's timezone
        ("date", pa.string()),
        ("hour", pa.int8()),
        ("weekday", pa.int8()),           # 0 = Monday
        ("district", pa.string()),
        ("call_type", pa.string()),
        ("caller", pa.string()),
        ("caller_requests_police", pa.bool_()),
        ("onscene_minutes", pa.float64()),
        ("narrative_source", pa.string()),  # narrative | call_type
        ("category", pa.string()),
        *[(f"p_{c}", pa.float64()) for c in CATEGORIES],
        ("disqualifier_codes", pa.string()),  # ';'-separated, spec order
        ("route", pa.string()),
        ("team", pa.string()),
        ("reason_codes", pa.string()),        # ';'-separated
        ("degraded", pa.bool_()),
        ("eligible", pa.bool_()),             # community_responder under the policy
        ("eligible_unrestricted", pa.bool_()),  # ... with every limitation relaxed
        *[(f"limit_{n}", pa.bool_()) for n in LIMIT_NAMES],   # this limit alone removes it
        *[(f"relax_{n}", pa.bool_()) for n in LIMIT_NAMES],   # relaxing it alone adds it
        ("data_issues", pa.string()),
        ("caller_source", pa.string()),       # the input value, when it was not understood
        ("error", pa.string()),
    ]
)

CANONICAL_COLUMNS: tuple[str, ...] = (*FIELDS, ROW, ERROR)


def spark_ddl() -> str:
    """The decision schema as a Spark DDL string (for mapInArrow / mapInPandas)."""
    names = {pa.string(): "string", pa.int64(): "bigint", pa.int8(): "tinyint",
             pa.bool_(): "boolean", pa.float64(): "double"}
    return ", ".join(f"`{f.name}` {names[f.type]}" for f in DECISION_SCHEMA)


@dataclass(frozen=True)
class ScoreConfig:
    """Everything a worker or an executor needs; small and picklable."""

    policy: dict                   # Policy.model_dump(mode="json")
    mapping: Mapping
    now: str                       # ISO 8601 with offset: the time used for calls without one
    model_dir: str | None = None
    whatif: WhatIf = field(default_factory=WhatIf)
    zone_size: int = 512


def make_engine(model_dir: str | None, policy: Policy):
    """The core engine, as every other shell builds it (rules-only and saying why when the
    model is missing or refused)."""
    from calltriage.engine import Engine

    return Engine.with_model_dir(policy, model_dir)


def engine_versions(model_dir: str | None, policy: Policy) -> dict:
    """The versions an engine built by ``make_engine`` would decide with, and why its model
    would be refused, without building it (no rules compiled: for a driver whose workers
    build their own engines)."""
    from calltriage.engine import load_model_or_error
    from calltriage.rules import RULES_VERSION

    model, error = load_model_or_error(model_dir)
    return {"model": model.version if model else None, "rules": RULES_VERSION,
            "policy": policy.version, "model_error": error}


class RowError(Exception):
    """A row that cannot be decided (validation); passes through decide_many in place."""


def canonical_batch(batch: pa.RecordBatch, mapping: Mapping) -> pa.RecordBatch:
    """Rename the mapped input columns to the canonical names; unmapped fields are null."""
    n = batch.num_rows
    arrays, names = [], []
    for name in FIELDS:
        src = mapping.source(name)
        arrays.append(batch.column(src) if src else pa.nulls(n, pa.string()))
        names.append(name)
    for extra in (ROW, ERROR):
        idx = batch.schema.get_field_index(extra)
        arrays.append(batch.column(idx) if idx >= 0 else
                      pa.nulls(n, pa.int64() if extra == ROW else pa.string()))
        names.append(extra)
    return pa.RecordBatch.from_arrays(arrays, names=names)


def _values(arr: pa.Array) -> list:
    t = arr.type
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_null(t):
        return arr.to_pylist()
    if pa.types.is_dictionary(t):
        return _values(arr.dictionary_decode())
    return pc.cast(arr, pa.string()).to_pylist()


def _raw(arr: pa.Array) -> list:
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    return arr.to_pylist()


class Scorer:
    def __init__(self, cfg: ScoreConfig, engine=None):
        self.cfg = cfg
        self.policy = Policy.model_validate(cfg.policy)
        self.engine = engine if engine is not None else make_engine(cfg.model_dir, self.policy)
        self.limits = LimitSet(self.policy, cfg.whatif)
        self.now = dt.datetime.fromisoformat(cfg.now)
        self.out_tz = self.policy.tzinfo()
        self.in_tz = ZoneInfo(cfg.mapping.timezone) if cfg.mapping.timezone else self.out_tz
        self.callers = cfg.mapping.caller_table()
        self.mismatches = 0

    # ------------------------------------------------------------------------------------
    def score(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        m = self.cfg.mapping
        n = batch.num_rows
        col = batch.column
        ids, narrs, cts = _values(col("id")), _values(col("narrative")), _values(col("call_type"))
        districts, callers_in = _values(col("district")), _values(col("caller"))
        crps, received_in = _raw(col("caller_requests_police")), _raw(col("received"))
        onscene_in, rows, read_errors = _raw(col("onscene_minutes")), _raw(col(ROW)), _raw(col(ERROR))

        out: dict[str, list] = {f.name: [] for f in DECISION_SCHEMA}
        requests: list[CallRequest | RowError] = []
        for i in range(n):
            issues = []
            row = rows[i]
            rid = ids[i] if ids[i] is not None and ids[i].strip() else (
                str(row) if row is not None else None)
            when = None
            if received_in[i] is not None and str(received_in[i]).strip():
                when = parse_received(received_in[i], m.received_format, self.in_tz)
                if when is None:
                    issues.append("received_unreadable")
                else:
                    when = when.astimezone(self.out_tz)
            elif m.source("received"):
                issues.append("received_missing")
            caller, known = normalize_caller(callers_in[i], self.callers)
            if not known:
                issues.append("caller_unrecognized")
            onscene = parse_onscene(onscene_in[i], m.onscene_unit)
            if onscene is None and onscene_in[i] is not None and str(onscene_in[i]).strip():
                issues.append("onscene_invalid")
            crp = parse_bool(crps[i])
            narrative, ct = narrs[i], cts[i]
            ct = ct if ct is not None and ct.strip() else None
            source = "narrative"
            if narrative is None or (not narrative.strip() and ct is not None):
                narrative, source = ct, ("call_type" if ct is not None else None)

            out["id"].append(rid)
            out["row"].append(row)
            out["received_at"].append(when.isoformat(timespec="seconds") if when else None)
            out["date"].append(when.date().isoformat() if when else None)
            out["hour"].append(when.hour if when else None)
            out["weekday"].append(when.weekday() if when else None)
            out["district"].append(districts[i])
            out["call_type"].append(ct)
            out["caller"].append(caller)
            out["caller_requests_police"].append(crp)
            out["onscene_minutes"].append(onscene)
            out["narrative_source"].append(source)
            out["data_issues"].append(None if read_errors[i] else (";".join(issues) or None))
            out["caller_source"].append(None if known else str(callers_in[i]))

            if read_errors[i]:
                requests.append(RowError(read_errors[i]))
            elif narrative is None:
                requests.append(RowError("no narrative and no call type"))
            else:
                try:
                    requests.append(CallRequest(
                        id=rid, narrative=narrative, caller=caller, call_type=ct,
                        caller_requests_police=crp, district=districts[i], received_at=when))
                except ValidationError as exc:
                    requests.append(RowError(describe_validation_error(exc)))

        decisions = list(self.engine.decide_many(requests, now=self.now,
                                                 zone_size=self.cfg.zone_size))
        # calls routed away only because the caller asked for police: decide once more,
        # through the engine, with the flag off (for the limitation analysis)
        redo_idx = [i for i, d in enumerate(decisions) if isinstance(d, Decision)
                    and "policy:caller_requests_police" in d.reason_codes]
        no_police: dict[int, Decision] = {}
        if redo_idx:
            again = self.engine.decide_many(
                [requests[i].model_copy(update={"caller_requests_police": False})
                 for i in redo_idx], now=self.now, zone_size=self.cfg.zone_size)
            no_police = {i: d for i, d in zip(redo_idx, again, strict=True)
                         if isinstance(d, Decision)}

        for i, d in enumerate(decisions):
            if isinstance(d, Exception):
                out["category"].append(None)
                for c in CATEGORIES:
                    out[f"p_{c}"].append(None)
                for key in ("disqualifier_codes", "route", "team", "reason_codes"):
                    out[key].append(None)
                out["degraded"].append(None)
                out["eligible"].append(False)
                out["eligible_unrestricted"].append(False)
                for name in LIMIT_NAMES:
                    out[f"limit_{name}"].append(None)
                    out[f"relax_{name}"].append(None)
                out["error"].append(str(d) or type(d).__name__)
                continue
            rl = self.limits.evaluate(requests[i], d, no_police.get(i), self.now)
            self.mismatches += rl.mismatch
            probs = d.probabilities or {}
            out["category"].append(d.category)
            for c in CATEGORIES:
                out[f"p_{c}"].append(probs.get(c))
            out["disqualifier_codes"].append(";".join(d.disqualifier_codes) or None)
            out["route"].append(d.route)
            out["team"].append(d.team)
            out["reason_codes"].append(";".join(d.reason_codes))
            out["degraded"].append(d.degraded)
            out["eligible"].append(rl.eligible)
            out["eligible_unrestricted"].append(rl.eligible_unrestricted)
            for name in LIMIT_NAMES:
                out[f"limit_{name}"].append(rl.removed[name])
                out[f"relax_{name}"].append(rl.adds[name])
            out["error"].append("consistency: re-decided differently" if rl.mismatch else None)

        arrays = [pa.array(out[f.name], f.type) for f in DECISION_SCHEMA]
        return pa.RecordBatch.from_arrays(arrays, schema=DECISION_SCHEMA)


def dq_codes(value: str | None) -> list[str]:
    return [c for c in (value or "").split(";") if c in DISQUALIFIERS]
