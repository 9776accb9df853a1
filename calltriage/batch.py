"""The spec's batch format (JSON Lines): parse input lines, format output lines.

A line that cannot be read (not UTF-8, bad JSON, no narrative, wrong types, too long)
yields an output line with its ``id`` (or line number) and an ``error`` that names the
problem without ever quoting the narrative. Unknown fields are ignored.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
from collections import deque
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


def read_requests(lines: Iterable[bytes], first_line: int = 1
                  ) -> Iterator[CallRequest | LineError]:
    for i, raw in enumerate(lines, start=first_line):
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


# --- decide a stream of lines, in one process or several -------------------------------
CHUNK_LINES = 1024  # lines per unit of work (and per spaCy memory zone)


def decide_lines(engine, lines: list[bytes], first_line: int) -> tuple[bytes, int, int]:
    """Decide a chunk of input lines; returns (output lines, lines, error lines)."""
    out = []
    n = errors = 0
    items = list(read_requests(lines, first_line))
    for item, result in zip(items, engine.decide_many(items, zone_size=len(items) or 1),
                            strict=True):
        n += 1
        if isinstance(result, LineError):
            errors += 1
            out.append(dumps_line({"id": result.id, "error": result.error}))
        elif isinstance(result, Exception):  # engine.EngineError: this call only
            errors += 1
            out.append(dumps_line({"id": item.id, "error": str(result)}))
        else:
            out.append(dumps_line(output_record(item.id, result)))
    return b"".join(out), n, errors


def _chunks(src, size: int) -> Iterator[tuple[list[bytes], int]]:
    line_no = 1
    while True:
        lines = list(itertools.islice(src, size))
        if not lines:
            return
        yield lines, line_no
        line_no += len(lines)


_WORKER_ENGINE = None


def _worker_init(make_engine) -> None:
    global _WORKER_ENGINE
    _WORKER_ENGINE = make_engine()


def _worker_chunk(job: tuple[list[bytes], int]) -> tuple[bytes, int, int]:
    return decide_lines(_WORKER_ENGINE, *job)


def auto_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _worker_pool(workers: int, engine, make_engine):
    """Worker processes that each hold an engine.

    Where the platform forks and this process runs no other Python thread, the workers
    are forked from it and inherit ``engine`` (compiled rules, loaded and warmed model,
    shared copy-on-write): no worker pays the imports and the engine build again (about
    3 s before the first line, measured). The pool forks all its workers before it starts
    its own manager thread. Elsewhere each worker builds its engine with ``make_engine``
    in a fresh interpreter (forkserver or spawn).
    """
    global _WORKER_ENGINE
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    if engine is not None and "fork" in methods and threading.active_count() == 1:
        _WORKER_ENGINE = engine
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    if make_engine is None:
        raise ValueError("several workers need make_engine where they cannot be forked")
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_init,
                               initargs=(make_engine,))


def predict_stream(src, dst, engine=None, make_engine=None, workers: int = 1,
                   chunk_lines: int = CHUNK_LINES) -> tuple[int, int]:
    """Read JSONL lines from ``src`` (binary), write one output line per input line to
    ``dst`` in input order; returns (lines, error lines).

    ``workers > 1`` decides chunks in that many processes (forked with ``engine``, or
    each building its own with ``make_engine``: ``_worker_pool``), at most two chunks per
    worker in flight, so memory stays bounded whatever the input size; the output is
    identical to one process.
    """
    global _WORKER_ENGINE
    n = errors = 0
    if workers <= 1:
        for lines, first in _chunks(src, chunk_lines):
            data, k, e = decide_lines(engine, lines, first)
            dst.write(data)
            n, errors = n + k, errors + e
        return n, errors
    try:
        with _worker_pool(workers, engine, make_engine) as pool:
            pending: deque = deque()
            for job in _chunks(src, chunk_lines):
                pending.append(pool.submit(_worker_chunk, job))
                while len(pending) >= 2 * workers:
                    data, k, e = pending.popleft().result()
                    dst.write(data)
                    n, errors = n + k, errors + e
            while pending:
                data, k, e = pending.popleft().result()
                dst.write(data)
                n, errors = n + k, errors + e
    finally:
        _WORKER_ENGINE = None
    return n, errors
