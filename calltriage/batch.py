"""The spec's batch format (JSON Lines): parse input lines, format output lines.

A line that cannot be read (not UTF-8, bad JSON, no narrative, wrong types, too long)
yields an output line with its ``id`` (or line number) and an ``error`` that names the
problem without ever quoting the narrative. Unknown fields are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import orjson
from pydantic import ValidationError

from calltriage.decide import CallRequest, Decision


@dataclass(frozen=True, slots=True)
class LineError(Exception):
    id: str
    error: str


def describe_validation_error(exc: ValidationError) -> str:
    """A readable message naming fields and problems, never the offending input."""
    parts = []
    for err in exc.errors(include_input=False, include_url=False):
        loc = ".".join(str(p) for p in err.get("loc", ())) or "line"
        parts.append(f"{loc}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


def parse_line(raw: bytes, line_no: int) -> CallRequest | LineError:
    fallback_id = str(line_no)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return LineError(fallback_id, "line is not valid UTF-8")
    try:
        obj = orjson.loads(text)
    except orjson.JSONDecodeError:
        return LineError(fallback_id, "line is not valid JSON")
    if not isinstance(obj, dict):
        return LineError(fallback_id, "line is not a JSON object")
    rid = obj.get("id")
    rid = str(rid) if isinstance(rid, (str, int)) and not isinstance(rid, bool) else fallback_id
    if "narrative" not in obj:
        return LineError(rid, "narrative: field required")
    try:
        req = CallRequest.model_validate(obj)
    except ValidationError as exc:
        return LineError(rid, describe_validation_error(exc))
    if req.id is None:
        req = req.model_copy(update={"id": rid})
    return req


def read_requests(lines: Iterable[bytes]) -> Iterator[CallRequest | LineError]:
    for i, raw in enumerate(lines, start=1):
        raw = raw.rstrip(b"\r\n")
        if not raw.strip():
            continue
        yield parse_line(raw, i)


def output_record(req_id: str | None, decision: Decision) -> dict:
    """One output line in the spec's format (spec fields first, then extras)."""
    d = decision.to_dict()
    return {
        "id": req_id,
        "category": d["category"],
        "probabilities": d["probabilities"],
        "disqualifiers": [
            {"code": f["code"], "evidence": f["evidence"], "start": f["start"], "end": f["end"],
             **({"field": f["field"]} if f["field"] != "narrative" else {})}
            for f in d["disqualifiers"]
        ],
        "route": d["route"],
        "team": d["team"],
        "reasons": d["reasons"],
        "model_version": d["model_version"],
        "rules_version": d["rules_version"],
        "policy_version": d["policy_version"],
        "next_step": d["next_step"],
        "reason_codes": d["reason_codes"],
        "degraded": d["degraded"],
    }


def dumps_line(obj: dict) -> bytes:
    return orjson.dumps(obj) + b"\n"
