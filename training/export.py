"""``calltriage export-training``: audited decisions + call-taker outcomes -> labelled rows
for review, with personal data replaced by placeholders (``training/pii.py``).

Reads the serving audit store (``serving/audit/models.py``, migration 0001) through
SQLAlchemy from any database URL (SQLite or PostgreSQL), read-only. Only these columns are
used, so later migrations that add columns do not break the export:

* ``audit_decisions``: ``id``, ``received_at``, ``model_version``, ``record`` (the
  canonical JSON: ``{"request": {"narrative", "caller", "call_type",
  "caller_requests_police", ...}, "decision": {"category", "probabilities",
  "disqualifiers": [{"code", ...}], "route", "model_version", "rules_version",
  "policy_version", "degraded", ...}, ...}``);
* ``audit_outcomes``: ``decision_id``, ``received_at``, ``record`` (``{"outcome": {"kind":
  "call_taker"|"field", "action": "accepted"|"overridden", "route_taken", "disposition",
  "police_backup_requested", ...}}``).

Each exported row is a training record (``training/data.py`` format) plus a ``review``
block. The label is a *suggestion*: the model's category and the fired disqualifier codes,
kept when the call-taker accepted the recommendation and nothing in the field outcome
contradicts it (``status: "suggested"``), flagged ``needs_review`` otherwise (overridden,
police backup requested, a degraded decision, a lost disqualifier after scrubbing...). A
reviewer fixes the labels and sets ``review.status`` to ``"reviewed"``; only reviewed rows
are used for training (``load_reviewed``; ``training.train.train(feedback=[...])``).

Never exported: free-text outcome notes, unit ids, reporter ids, client names, incident
ids, districts, the call's own id.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Column, DateTime, MetaData, String, Table, Text, and_, create_engine, select

from calltriage.labels import CATEGORIES, DISQUALIFIERS
from training.pii import scrub

REVIEWED = "reviewed"


def audit_tables(schema: str | None = None) -> tuple[Table, Table]:
    """The audit tables, restricted to the columns the export reads."""
    md = MetaData(schema=schema)
    decisions = Table("audit_decisions", md,
                      Column("id", String(36), primary_key=True),
                      Column("received_at", DateTime(timezone=False)),
                      Column("model_version", String(200)),
                      Column("record", Text))
    outcomes = Table("audit_outcomes", md,
                     Column("id", String(36), primary_key=True),
                     Column("decision_id", String(36)),
                     Column("received_at", DateTime(timezone=False)),
                     Column("record", Text))
    return decisions, outcomes


def _naive_utc(ts: dt.datetime | None) -> dt.datetime | None:
    if ts is None or ts.tzinfo is None:
        return ts
    return ts.astimezone(dt.timezone.utc).replace(tzinfo=None)


def iter_audited(url: str, *, since: dt.datetime | None = None, until: dt.datetime | None = None,
                 model_version: str | None = None, schema: str | None = None,
                 chunk: int = 500) -> Iterator[tuple[dict, list[dict]]]:
    """(decision record, [outcome records]) pairs, oldest first, read in chunks."""
    decisions, outcomes = audit_tables(schema)
    engine = create_engine(url)
    try:
        conds = []
        if since is not None:
            conds.append(decisions.c.received_at >= _naive_utc(since))
        if until is not None:
            conds.append(decisions.c.received_at < _naive_utc(until))
        if model_version:
            conds.append(decisions.c.model_version == model_version)
        last: tuple | None = None
        while True:
            q = select(decisions.c.id, decisions.c.received_at, decisions.c.record)
            page = list(conds)
            if last is not None:
                page.append((decisions.c.received_at > last[0])
                            | and_(decisions.c.received_at == last[0], decisions.c.id > last[1]))
            if page:
                q = q.where(and_(*page))
            q = q.order_by(decisions.c.received_at, decisions.c.id).limit(chunk)
            with engine.connect() as conn:
                rows = conn.execute(q).all()
                if not rows:
                    return
                ids = [r.id for r in rows]
                outs = conn.execute(select(outcomes.c.decision_id, outcomes.c.record)
                                    .where(outcomes.c.decision_id.in_(ids))
                                    .order_by(outcomes.c.received_at, outcomes.c.id)).all()
            by_decision: dict[str, list[dict]] = {}
            for o in outs:
                by_decision.setdefault(o.decision_id, []).append(json.loads(o.record))
            for r in rows:
                yield json.loads(r.record), by_decision.get(r.id, [])
            last = (rows[-1].received_at, rows[-1].id)
    finally:
        engine.dispose()


def _codes(decision: dict) -> list[str]:
    fired = {f.get("code") for f in decision.get("disqualifiers") or []}
    return [c for c in DISQUALIFIERS if c in fired]


def to_training_row(record: dict, outcomes: list[dict]) -> dict | None:
    """One labelled row for review, or None when the record has no narrative."""
    req = record.get("request") or {}
    dec = record.get("decision") or {}
    narrative = req.get("narrative")
    if not isinstance(narrative, str) or not narrative.strip():
        return None
    text, counts = scrub(narrative)
    call_type = req.get("call_type")
    if isinstance(call_type, str) and call_type:
        call_type, ct_counts = scrub(call_type)
        counts.update(ct_counts)
    codes = _codes(dec)
    why: list[str] = []
    outs = [o.get("outcome") or {} for o in outcomes]
    taker = [o for o in outs if o.get("kind") == "call_taker"]
    field = [o for o in outs if o.get("kind") == "field"]
    if not taker:
        why.append("no call-taker outcome")
    elif any(o.get("action") == "overridden" for o in taker):
        routes = sorted({o.get("route_taken") or "?" for o in taker if o.get("action") == "overridden"})
        why.append(f"call-taker overrode {dec.get('route')} (took {', '.join(routes)})")
    if any(o.get("police_backup_requested") for o in field):
        why.append("field unit requested police backup: a disqualifier may have been missed")
    if dec.get("degraded") or dec.get("category") not in CATEGORIES:
        why.append("decision was rules-only (no model category)")
    if dec.get("route") == "call_taker_review":
        why.append("the model was not confident (call_taker_review)")
    # Scrubbing must not remove the words a disqualifier fired on.
    try:
        from calltriage.rules import detect

        lost = sorted({f.code for f in detect(narrative)} - {f.code for f in detect(text)})
    except Exception:  # noqa: BLE001 - the check is advisory
        lost = []
    if lost:
        why.append(f"placeholder replacement hid disqualifier evidence ({', '.join(lost)})")
    received = record.get("received_at")
    return {
        "id": f"fb-{record.get('id')}",
        "narrative": text,
        "caller": req.get("caller") or "unknown",
        "call_type": call_type or None,
        "caller_requests_police": bool(req.get("caller_requests_police")),
        "category": dec.get("category") if dec.get("category") in CATEGORIES else "other",
        "disqualifiers": codes,
        "review": {
            "status": "needs_review" if why else "suggested",
            "why": why,
            "decision_id": record.get("id"),
            "received_at": received,
            "model_version": dec.get("model_version"),
            "rules_version": dec.get("rules_version"),
            "policy_version": dec.get("policy_version"),
            "model_route": dec.get("route"),
            "model_category": dec.get("category"),
            "probabilities": dec.get("probabilities"),
            "outcomes": [{k: o.get(k) for k in ("kind", "action", "route_taken", "disposition",
                                                 "police_backup_requested")} for o in outs],
            "placeholders": dict(counts),
        },
    }


def export_training(url: str, out: Path, *, since=None, until=None, model_version=None,
                    schema: str | None = None, include_without_outcome: bool = False) -> dict:
    """Write the rows (JSON Lines) and return counts."""
    stats: Counter = Counter()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for record, outcomes in iter_audited(url, since=since, until=until,
                                             model_version=model_version, schema=schema):
            stats["decisions"] += 1
            if not outcomes and not include_without_outcome:
                stats["skipped_without_outcome"] += 1
                continue
            row = to_training_row(record, outcomes)
            if row is None:
                stats["skipped_no_narrative"] += 1
                continue
            stats[row["review"]["status"]] += 1
            for k, v in row["review"]["placeholders"].items():
                stats[f"placeholder_{k}"] += v
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            stats["rows"] += 1
    tmp.replace(out)
    return dict(stats)


def load_reviewed(path: Path):
    """The rows of an exported file that a reviewer marked ``reviewed``, validated as
    training data (``training.data.validate``)."""
    from training import data as D

    rows = [r for r in D.read_jsonl(Path(path))
            if (r.get("review") or {}).get("status") == REVIEWED]
    clean = [{k: v for k, v in r.items() if k != "review"} for r in rows]
    return D.validate(clean, f"feedback:{Path(path).name}")
