"""``calltriage audit verify``: walk every writer's hash chain and name the first record that
was edited, deleted or reordered.

Checks, per writer (decisions and outcomes share one chain, ordered by ``seq``):

* the stored ``hash`` is the sha256 of the stored canonical record (else: *edited*);
* every filter column equals the value in the record (else: *edited*; a changed ``seq``
  column alone is reported as *reordered*);
* ``seq`` runs 1, 2, 3 ... without gaps (a gap: *deleted*, naming the neighbours);
* each ``prev_hash`` is the hash of the record before it (else: *reordered* when it points at
  another record of the chain, *chain broken* otherwise);
* the chain reaches the head recorded in ``audit_writers`` (else: the tail was *deleted*).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from sqlalchemy import select

from serving.audit import records
from serving.audit.database import AuditDatabase
from serving.audit.models import decisions, outcomes, writers

_SKIP_COMPARE = {"record"}


@dataclass(frozen=True)
class Problem:
    kind: str  # edited | deleted | reordered | chain_broken | tail_deleted
    writer_id: str
    seq: int | None
    record_id: str | None
    table: str | None
    message: str

    def __str__(self) -> str:
        where = f"record {self.record_id}" if self.record_id else "chain"
        seq = f", seq {self.seq}" if self.seq is not None else ""
        tab = f", {self.table}" if self.table else ""
        return f"{self.kind.upper()}: {where} (writer {self.writer_id}{seq}{tab}): {self.message}"


@dataclass
class WriterSummary:
    writer_id: str
    decisions: int = 0
    outcomes: int = 0
    last_seq: int = 0
    problems: list[Problem] = field(default_factory=list)


@dataclass
class VerifyReport:
    writers: dict[str, WriterSummary]
    orphan_outcomes: int = 0

    @property
    def problems(self) -> list[Problem]:
        return [p for w in self.writers.values() for p in w.problems]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def decisions(self) -> int:
        return sum(w.decisions for w in self.writers.values())

    @property
    def outcomes(self) -> int:
        return sum(w.outcomes for w in self.writers.values())


def _rows(db: AuditDatabase, table, kind: str):
    with db.reader.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=2000).execute(
            select(table).order_by(table.c.writer_id, table.c.seq))
        for row in result:
            m = row._mapping
            yield (m["writer_id"], m["seq"], kind, dict(m))


def verify(db: AuditDatabase, *, all_problems: bool = False) -> VerifyReport:
    db.ensure_schema()
    with db.reader.connect() as conn:
        heads = {r.writer_id: (r.last_seq, r.last_hash) for r in conn.execute(select(writers))}
        orphans = conn.execute(
            select(outcomes.c.id).where(~outcomes.c.decision_id.in_(select(decisions.c.id)))
        ).all()
    report = VerifyReport({}, orphan_outcomes=len(orphans))
    merged = heapq.merge(_rows(db, decisions, "decision"), _rows(db, outcomes, "outcome"),
                         key=lambda r: (r[0], r[1]))
    state: dict = {}
    for writer_id, seq, kind, row in merged:
        w = report.writers.get(writer_id)
        if w is None:
            w = report.writers[writer_id] = WriterSummary(writer_id)
            state = {"expected": 1, "prev_hash": records.genesis_hash(writer_id),
                     "prev_id": None, "by_hash": {}}
        _check(w, state, kind, row, all_problems)
    for writer_id, (last_seq, last_hash) in heads.items():
        w = report.writers.get(writer_id) or report.writers.setdefault(
            writer_id, WriterSummary(writer_id))
        if w.last_seq < last_seq and (all_problems or not w.problems):
            w.problems.append(Problem(
                "tail_deleted", writer_id, w.last_seq + 1, None, None,
                f"the chain ends at seq {w.last_seq} but the writer recorded seq {last_seq}: "
                f"records {w.last_seq + 1}..{last_seq} were deleted"))
    return report


def _check(w: WriterSummary, st: dict, kind: str, row: dict, all_problems: bool) -> None:
    table = "audit_decisions" if kind == "decision" else "audit_outcomes"
    rid, seq = row["id"], row["seq"]
    if kind == "decision":
        w.decisions += 1
    else:
        w.outcomes += 1
    w.last_seq = max(w.last_seq, seq)

    def problem(kind_: str, msg: str) -> None:
        if all_problems or not w.problems:
            w.problems.append(Problem(kind_, w.writer_id, seq, rid, table, msg))

    for kind_, msg in row_problems(kind, row):
        problem(kind_, msg)
    if seq > st["expected"]:
        after = f"after record {st['prev_id']}" if st["prev_id"] else "at the start of the chain"
        missing = f"seq {st['expected']}" if seq == st["expected"] + 1 else \
            f"seq {st['expected']}..{seq - 1}"
        problem("deleted", f"{missing} missing: record(s) deleted {after}, before this one")
    elif seq < st["expected"]:
        problem("reordered", f"seq {seq} appears twice in the chain")
    elif row["prev_hash"] != st["prev_hash"]:
        origin = st["by_hash"].get(row["prev_hash"])
        if origin is not None:
            problem("reordered", f"written after record {origin} but now follows "
                                 f"record {st['prev_id']}")
        else:
            problem("chain_broken", f"prev_hash does not match record {st['prev_id']}: that "
                                    "record was edited (hash recomputed) or this one moved")
    st["by_hash"][row["hash"]] = rid
    st["expected"] = seq + 1
    st["prev_hash"] = row["hash"]
    st["prev_id"] = rid


def row_problems(kind: str, row: dict) -> list[tuple[str, str]]:
    """The checks of one stored row on its own: its hash, and its columns against its record."""
    raw, seq = row["record"], row["seq"]
    if records.record_hash(raw.encode()) != row["hash"]:
        return [("edited", "the stored record does not match its hash")]
    try:
        derived = records.columns(kind, records.parse_record(raw), row["hash"], raw)
    except (ValueError, KeyError, TypeError):
        return [("edited", "the stored record cannot be read")]
    changed = [c for c, v in derived.items()
               if c not in _SKIP_COMPARE and not _same(row.get(c), v)]
    if changed == ["seq"]:
        return [("reordered", f"stored at seq {seq} but written as seq {derived['seq']}")]
    if changed:
        return [("edited", f"column(s) {', '.join(changed)} differ from the record")]
    return []


@dataclass
class RecordCheck:
    name: str
    ok: bool
    message: str


@dataclass
class RecordStatus:
    """The chain status of one record: its own hash and columns, and its links to the
    records before and after it in its writer's chain (the same checks as ``verify``,
    limited to this record's neighbourhood; the whole chain is ``calltriage audit verify``)."""

    record_id: str
    writer_id: str
    seq: int
    checks: list[RecordCheck]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)


def _chain_row(conn, writer_id: str, seq: int) -> tuple[str, dict] | None:
    for kind, table in (("decision", decisions), ("outcome", outcomes)):
        row = conn.execute(select(table).where(table.c.writer_id == writer_id,
                                               table.c.seq == seq)).first()
        if row is not None:
            return kind, dict(row._mapping)
    return None


def verify_record(db: AuditDatabase, record_id: str, kind: str = "decision") -> RecordStatus | None:
    """Check one record (None when there is no such record)."""
    table = decisions if kind == "decision" else outcomes
    with db.reader.connect() as conn:
        found = conn.execute(select(table).where(table.c.id == record_id)).first()
        if found is None:
            return None
        row = dict(found._mapping)
        wid, seq = row["writer_id"], row["seq"]
        prev = _chain_row(conn, wid, seq - 1) if seq > 1 else None
        nxt = _chain_row(conn, wid, seq + 1)
        head = conn.execute(select(writers).where(writers.c.writer_id == wid)).first()
    checks = []
    own = row_problems(kind, row)
    checks.append(RecordCheck("record hash and columns", not own,
                              "; ".join(m for _, m in own) or
                              "the stored record matches its hash and its columns"))
    if seq == 1:
        ok = row["prev_hash"] == records.genesis_hash(wid)
        checks.append(RecordCheck("link to the previous record", ok,
                                  "first record of its chain, linked to the chain's genesis"
                                  if ok else "first record of its chain, but prev_hash is not "
                                             "the chain's genesis hash"))
    elif prev is None:
        checks.append(RecordCheck("link to the previous record", False,
                                  f"seq {seq - 1} of writer {wid} is missing (deleted?)"))
    else:
        pkind, prow = prev
        prev_bad = row_problems(pkind, prow)
        if row["prev_hash"] != prow["hash"]:
            checks.append(RecordCheck("link to the previous record", False,
                                      f"prev_hash does not match record {prow['id']} "
                                      f"(seq {seq - 1})"))
        elif prev_bad:
            checks.append(RecordCheck("link to the previous record", False,
                                      f"the previous record {prow['id']} fails its own check: "
                                      f"{prev_bad[0][1]}"))
        else:
            checks.append(RecordCheck("link to the previous record", True,
                                      f"linked to {pkind} {prow['id']} (seq {seq - 1})"))
    head_seq = head.last_seq if head is not None else None
    if nxt is not None:
        nkind, nrow = nxt
        ok = nrow["prev_hash"] == row["hash"]
        checks.append(RecordCheck("link to the next record", ok,
                                  f"{nkind} {nrow['id']} (seq {seq + 1}) links to this record"
                                  if ok else f"the next record {nrow['id']} (seq {seq + 1}) "
                                             "does not link to this record's hash"))
    elif head_seq is not None and head_seq > seq:
        checks.append(RecordCheck("link to the next record", False,
                                  f"seq {seq + 1} is missing although the writer recorded "
                                  f"seq {head_seq} (deleted?)"))
    else:
        ok = head is None or head.last_hash == row["hash"]
        checks.append(RecordCheck("link to the next record", ok,
                                  "last record of its chain (the writer's recorded head)" if ok
                                  else "last record of its chain, but the writer's recorded "
                                       "head hash differs"))
    return RecordStatus(record_id, wid, seq, checks)


def _same(a, b) -> bool:
    if isinstance(b, float) or isinstance(a, float):
        try:
            return float(a) == float(b)
        except (TypeError, ValueError):
            return False
    if isinstance(b, bool):
        return bool(a) == b
    return a == b
