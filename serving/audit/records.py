"""Audit records: canonical JSON, the hash chain, and the filter columns derived from a
record.

A record is a JSON object holding everything about one decision (or one outcome) plus its
chain fields ``writer_id``, ``seq`` and ``prev_hash``. Its hash is the sha256 of its
canonical JSON (orjson, keys sorted, no whitespace). Each writer instance keeps one chain:
``prev_hash`` of record ``seq`` is the hash of record ``seq - 1`` of the same writer (decisions
and outcomes share the chain); the first record points at ``genesis_hash(writer_id)``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import threading
import time
import uuid

import orjson

_OPTS = orjson.OPT_SORT_KEYS


def canonical(payload: dict) -> bytes:
    return orjson.dumps(payload, option=_OPTS)


def parse_record(text: str) -> dict:
    return orjson.loads(text)


def record_hash(canonical_bytes: bytes) -> str:
    return hashlib.sha256(canonical_bytes).hexdigest()


def genesis_hash(writer_id: str) -> str:
    return hashlib.sha256(f"calltriage-audit-genesis:{writer_id}".encode()).hexdigest()


_rng = random.Random(os.urandom(32))
_rng_lock = threading.Lock()
os.register_at_fork(after_in_child=lambda: _rng.seed(os.urandom(32)))


def uuid7() -> str:
    """Time-ordered UUID (RFC 9562 version 7): ids sort by creation time. The 74 random
    bits come from a PRNG seeded from the OS once (an ``os.urandom`` call per id costs more
    than the rest of the id); ids are unique, not secrets: reads need an auditor key."""
    ms = time.time_ns() // 1_000_000
    with _rng_lock:
        rand = _rng.getrandbits(80)
    value = ((ms & ((1 << 48) - 1)) << 80) | (0x7 << 76) | (((rand >> 62) & 0xFFF) << 64) \
        | (0b10 << 62) | (rand & ((1 << 62) - 1))
    return str(uuid.UUID(int=value))


def random_hex(bits: int = 128) -> str:
    """A random id from the same PRNG (request ids: unique, not secret)."""
    with _rng_lock:
        return f"{_rng.getrandbits(bits):0{bits // 4}x}"


def iso(ts: dt.datetime) -> str:
    """UTC, microseconds, 'Z'. A naive time is taken as UTC."""
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=dt.timezone.utc)
    return ts.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def naive_utc(ts: dt.datetime) -> dt.datetime:
    return ts.astimezone(dt.timezone.utc).replace(tzinfo=None)


def codes_column(codes) -> str:
    return ("," + ",".join(codes) + ",") if codes else ""


def columns(kind: str, payload: dict, hash_: str, record_text: str | None = None) -> dict:
    """The table row for a record (the filter columns are copies of record fields)."""
    common = {
        "record": record_text,
        "id": payload["id"],
        "writer_id": payload["writer_id"],
        "seq": payload["seq"],
        "prev_hash": payload["prev_hash"],
        "hash": hash_,
        "received_at": naive_utc(parse_iso(payload["received_at"])),
        "client": payload["client"],
    }
    if kind == "decision":
        d, req = payload["decision"], payload["request"]
        codes = list(dict.fromkeys(f["code"] for f in d["disqualifiers"]))
        common.update(
            request_id=payload.get("request_id"),
            route=d["route"],
            category=d["category"],
            disqualifier_codes=codes_column(sorted(codes)),
            model_version=d["model_version"],
            rules_version=d["rules_version"],
            policy_version=d["policy_version"],
            degraded=bool(d["degraded"]),
            caller=req["caller"],
            district=req.get("district"),
            incident_id=req.get("incident_id"),
            latency_ms=float(payload["latency_ms"]),
        )
    else:
        o = payload["outcome"]
        common.update(decision_id=payload["decision_id"], kind=o["kind"], action=o.get("action"))
    return common
