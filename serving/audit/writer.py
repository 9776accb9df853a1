"""The group-commit writer: one background thread per service instance.

Request handlers ``submit()`` a record and await the returned future; the thread takes
everything pending, chains it (seq, prev_hash, hash), writes the whole group in one
transaction, and only then resolves the futures, so a response never leaves before its
record is durable. When the database refuses, the same group is appended to the local
spool and fsync'd instead; later groups follow it into the spool (keeping the order) until
a replay has moved the whole spool into the database. If both the database and the spool
fail, the group is not acknowledged (the handler answers 503) and the chain is rewound so
it stays without gaps.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import logging
import queue
import threading
import time
from collections import defaultdict
from dataclasses import dataclass

from serving.audit import records
from serving.audit.database import AuditDatabase
from serving.audit.models import TABLES
from serving.audit.spool import OrphanClaim, Spool, count_lines, encode, read_lines

log = logging.getLogger("calltriage.serving.audit")

_STOP = object()
_ORPHAN_SCAN_S = 30.0


class AuditUnavailable(RuntimeError):
    """Neither the database nor the local spool accepted the record."""


@dataclass(slots=True)
class _Entry:
    kind: str
    payload: dict
    future: asyncio.Future | None
    loop: asyncio.AbstractEventLoop | None


def _settle(futures: list[asyncio.Future], result, exc) -> None:
    for f in futures:
        if not f.done():
            if exc is not None:
                f.set_exception(exc)
            else:
                f.set_result(result)


class AuditWriter:
    def __init__(self, db: AuditDatabase, spool: Spool, writer_id: str, metrics=None, *,
                 commit_interval_s: float = 0.0, max_batch: int = 1000,
                 replay_interval_s: float = 1.0) -> None:
        self.db = db
        self.spool = spool
        self.writer_id = writer_id
        self.metrics = metrics
        self.commit_interval_s = commit_interval_s
        self.max_batch = max_batch
        self.replay_interval_s = replay_interval_s
        self._q: queue.SimpleQueue = queue.SimpleQueue()
        self._seq = 0
        self._last_hash = records.genesis_hash(writer_id)
        self._own_pending = count_lines(spool.path)
        self._replay_offset = 0
        self._pending_ids: set[str] = set()  # decision ids in our spool, not yet in the DB
        self._orphan_pending = 0
        self._next_replay = 0.0
        self._next_orphan_scan = 0.0
        self.db_up: bool | None = None
        self.last_error: str | None = None
        self.failed_groups = 0
        self._stopped = False
        self._sql_cache: dict[str, tuple[str, tuple[str, ...]]] = {}
        self._conn = None  # the writer thread's own DB-API connection
        self._thread = threading.Thread(target=self._run, name=f"audit-writer-{writer_id}",
                                        daemon=True)

    # public ---------------------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()

    def submit(self, kind: str, payload: dict) -> asyncio.Future:
        """Queue one record (called on the event loop); await the future for 'db' or 'spool'."""
        if self._stopped:
            raise AuditUnavailable("audit writer stopped")
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        self._q.put(_Entry(kind, payload, fut, loop))
        return fut

    def submit_many(self, kind: str, payloads: list[dict]) -> list[asyncio.Future]:
        if self._stopped:
            raise AuditUnavailable("audit writer stopped")
        loop = asyncio.get_running_loop()
        futs = [loop.create_future() for _ in payloads]
        for p, f in zip(payloads, futs, strict=True):
            self._q.put(_Entry(kind, p, f, loop))
        return futs

    def write_sync(self, kind: str, payload: dict, timeout: float = 30.0) -> str:
        """Blocking variant for scripts and tests outside an event loop."""
        done = threading.Event()
        box: dict = {}

        class _F:
            def done(self):
                return "r" in box

            def set_result(self, r):
                box["r"] = r
                done.set()

            def set_exception(self, e):
                box["r"] = e
                done.set()

        class _L:
            def call_soon_threadsafe(self, fn, *args):
                fn(*args)

        self._q.put(_Entry(kind, payload, _F(), _L()))  # type: ignore[arg-type]
        if not done.wait(timeout):
            raise AuditUnavailable("audit write timed out")
        if isinstance(box["r"], BaseException):
            raise box["r"]
        return box["r"]

    def is_pending(self, decision_id: str) -> bool:
        return decision_id in self._pending_ids

    @property
    def spool_depth(self) -> int:
        return self._own_pending + self._orphan_pending

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def status(self) -> dict:
        return {"writer_id": self.writer_id, "database": {None: "unknown", True: "up",
                                                          False: "down"}[self.db_up],
                "spool_depth": self.spool_depth, "last_error": self.last_error,
                "writer_alive": self.alive, "last_seq": self._seq}

    def stop(self, timeout: float = 30.0) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._q.put(_STOP)
        self._thread.join(timeout)
        self.spool.close()

    # the thread -----------------------------------------------------------------------
    def _run(self) -> None:
        while True:
            batch, stop = self._collect()
            if batch:
                try:
                    self._write(batch)
                except Exception as exc:  # noqa: BLE001 - never let the writer thread die
                    log.error("audit writer: unexpected %s", type(exc).__name__, exc_info=False)
                    self._resolve(batch, None, AuditUnavailable(type(exc).__name__))
            now = time.monotonic()
            if self._own_pending and now >= self._next_replay:
                self._replay_own()
            elif not self._own_pending and now >= self._next_orphan_scan:
                self._replay_orphans()
            if stop:
                self._drop_connection()
                return

    def _wait_s(self) -> float | None:
        now = time.monotonic()
        due = self._next_replay if self._own_pending else self._next_orphan_scan
        return max(0.0, due - now)

    def _collect(self) -> tuple[list[_Entry], bool]:
        wait = self._wait_s()
        try:
            first = self._q.get(timeout=wait) if wait else self._q.get_nowait()
        except queue.Empty:
            return [], False
        if first is _STOP:
            return self._drain([]), True
        batch = [first]
        if self.commit_interval_s:
            time.sleep(self.commit_interval_s)
        stop = False
        while len(batch) < self.max_batch:
            try:
                e = self._q.get_nowait()
            except queue.Empty:
                break
            if e is _STOP:
                stop = True
                batch = self._drain(batch)
                break
            batch.append(e)
        return batch, stop

    def _drain(self, batch: list) -> list:
        while True:
            try:
                e = self._q.get_nowait()
            except queue.Empty:
                return batch
            if e is not _STOP:
                batch.append(e)

    def _write(self, batch: list[_Entry]) -> None:
        for i in range(0, len(batch), self.max_batch):
            self._write_group(batch[i:i + self.max_batch])

    def _write_group(self, batch: list[_Entry]) -> None:
        saved = (self._seq, self._last_hash)
        rows = []
        for e in batch:
            self._seq += 1
            p = e.payload
            p["writer_id"] = self.writer_id
            p["seq"] = self._seq
            p["prev_hash"] = self._last_hash
            raw = records.canonical(p)
            h = records.record_hash(raw)
            self._last_hash = h
            rows.append((e.kind, p, raw.decode(), h))
        t0 = time.perf_counter()
        target = None
        if not self._own_pending:
            try:
                self._insert(rows, idempotent=False)
                target = "db"
                self._db_state(True)
            except Exception as exc:  # noqa: BLE001 - any database failure means: spool
                self._db_state(False, exc)
        if target is None:
            try:
                self.spool.append([encode(k, h, t) for k, _, t, h in rows])
                target = "spool"
                self._own_pending += len(rows)
                self._pending_ids.update(p["id"] for k, p, _, _ in rows if k == "decision")
                if self.metrics:
                    self.metrics.spooled.inc(len(rows))
                if len(rows) == self._own_pending:
                    self._next_replay = time.monotonic() + self.replay_interval_s
            except OSError as exc:
                self._seq, self._last_hash = saved
                self.failed_groups += 1
                self.last_error = f"spool: {type(exc).__name__}"
                log.critical("audit: database AND spool failed (%s); %d request(s) refused",
                             type(exc).__name__, len(rows))
                self._resolve(batch, None, AuditUnavailable("audit store unavailable"))
                return
        if self.metrics:
            self.metrics.audit_write.labels(target).observe(time.perf_counter() - t0)
            self.metrics.audit_batch.observe(len(rows))
            self.metrics.spool_depth.set(self.spool_depth)
        self._resolve(batch, target, None)

    def _resolve(self, batch: list[_Entry], result, exc) -> None:
        by_loop: dict = defaultdict(list)
        for e in batch:
            if e.future is not None:
                by_loop[e.loop].append(e.future)
        for loop, futs in by_loop.items():
            try:
                loop.call_soon_threadsafe(_settle, futs, result, exc)
            except RuntimeError:  # the loop is closed (shutdown): nobody is waiting
                pass

    def _db_state(self, up: bool, exc: BaseException | None = None) -> None:
        if up and self.db_up is not True:
            if self.db_up is False:
                log.warning("audit database reachable again")
            self.last_error = None
        if not up:
            name = type(exc).__name__ if exc else "error"
            if self.db_up is not False:
                log.error("audit database unavailable (%s): spooling to %s", name,
                          self.spool.path)
            self.last_error = f"database: {name}"
        self.db_up = up
        if self.metrics:
            self.metrics.db_up.set(1 if up else 0)

    # database -------------------------------------------------------------------------
    def _insert(self, rows: list[tuple[str, dict, str, str]], *, idempotent: bool) -> None:
        """One transaction: the rows, then the writers' heads. Runs on a DB-API connection
        the writer keeps, with prepared statements: SQLAlchemy's per-statement and per-row
        work would cost more than the rest of the write. Any error drops the connection
        (a fresh one is taken next time)."""
        self.db.ensure_schema()
        by_kind: dict[str, list[dict]] = defaultdict(list)
        heads: dict[str, tuple[int, str]] = {}
        for kind, payload, raw, h in rows:
            by_kind[kind].append(records.columns(kind, payload, h, raw))
            w, s = payload["writer_id"], payload["seq"]
            if w not in heads or heads[w][0] < s:
                heads[w] = (s, h)
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        conn = self._raw_connection()
        try:
            cur = conn.cursor()
            if self.db.is_sqlite:
                cur.execute("BEGIN IMMEDIATE")
            mark = "?" if self.db.is_sqlite else "%s"
            for kind, cols in by_kind.items():
                table = TABLES[kind]
                if idempotent:
                    cols = self._missing(cur, table, cols, mark)
                if cols:
                    sql, names = self._insert_sql(table)
                    conv = self._row_converter(table)
                    cur.executemany(sql, [conv(c, names) for c in cols])
            stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f") if self.db.is_sqlite else now
            for w, (s, h) in heads.items():
                cur.execute(f"UPDATE audit_writers SET last_seq={mark}, last_hash={mark}, "
                            f"updated_at={mark} WHERE writer_id={mark} AND last_seq < {mark}",
                            (s, h, stamp, w, s))
                if cur.rowcount == 0:
                    cur.execute(f"SELECT 1 FROM audit_writers WHERE writer_id={mark}", (w,))
                    if cur.fetchone() is None:
                        cur.execute("INSERT INTO audit_writers (writer_id, last_seq, last_hash, "
                                    f"updated_at) VALUES ({mark}, {mark}, {mark}, {mark})",
                                    (w, s, h, stamp))
            if self.db.is_sqlite:
                cur.execute("COMMIT")
            else:
                conn.commit()
            cur.close()
        except BaseException:
            self._drop_connection()
            raise

    def _raw_connection(self):
        if self._conn is None:
            self._conn = self.db.writer.raw_connection()
        return self._conn

    def _drop_connection(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.invalidate()  # never reuse a connection that failed mid-transaction
            except Exception:  # noqa: BLE001
                pass

    def _insert_sql(self, table) -> tuple[str, tuple[str, ...]]:
        cached = self._sql_cache.get(table.name)
        if cached is None:
            names = tuple(c.name for c in table.columns)
            mark = "?" if self.db.is_sqlite else "%s"
            cached = (f"INSERT INTO {table.name} ({', '.join(names)}) "
                      f"VALUES ({', '.join([mark] * len(names))})", names)
            self._sql_cache[table.name] = cached
        return cached

    def _row_converter(self, table):
        if not self.db.is_sqlite:
            return lambda c, names: tuple(c[n] for n in names)

        def sqlite_row(c, names):  # the storage format SQLAlchemy's SQLite types read back
            out = []
            for n in names:
                v = c[n]
                if isinstance(v, dt.datetime):
                    v = v.strftime("%Y-%m-%d %H:%M:%S.%f")
                elif isinstance(v, bool):
                    v = int(v)
                out.append(v)
            return tuple(out)

        return sqlite_row

    @staticmethod
    def _missing(cur, table, cols: list[dict], mark: str) -> list[dict]:
        """Rows not stored yet (a replay after an ambiguous commit must not duplicate)."""
        have: dict[str, str] = {}
        ids = [c["id"] for c in cols]
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            cur.execute(f"SELECT id, hash FROM {table.name} WHERE id IN "
                        f"({', '.join([mark] * len(part))})", tuple(part))
            have.update((r[0], r[1]) for r in cur.fetchall())
        for c in cols:
            if c["id"] in have and have[c["id"]] != c["hash"]:
                log.error("audit replay: record %s already stored with another hash", c["id"])
        return [c for c in cols if c["id"] not in have]

    # replay ---------------------------------------------------------------------------
    def _read_chunk(self, path, offset: int) -> tuple[list, int]:
        rows, end = [], offset
        for end, line in itertools.islice(read_lines(path, offset), self.max_batch):
            payload = records.parse_record(line["record"])
            rows.append((line["kind"], payload, line["record"], line["hash"]))
        return rows, end

    def _replay_own(self) -> None:
        try:
            rows, end = self._read_chunk(self.spool.path, self._replay_offset)
            if rows:
                self._insert(rows, idempotent=True)
        except Exception as exc:  # noqa: BLE001
            self._db_state(False, exc)
            self._next_replay = time.monotonic() + self.replay_interval_s
            return
        self._db_state(True)
        self._replay_offset = end
        self._own_pending = max(0, self._own_pending - len(rows))
        self._pending_ids.difference_update(p["id"] for k, p, _, _ in rows if k == "decision")
        if self.metrics:
            self.metrics.replayed.inc(len(rows))
        if not rows or self._own_pending == 0:
            self.spool.truncate()
            self._replay_offset = 0
            self._own_pending = 0
            self._pending_ids.clear()
            log.warning("audit spool replayed into the database; writing directly again")
        self._next_replay = time.monotonic()  # keep going while records are pending
        if self.metrics:
            self.metrics.spool_depth.set(self.spool_depth)

    def _replay_orphans(self) -> None:
        self._next_orphan_scan = time.monotonic() + _ORPHAN_SCAN_S
        for path in self.spool.orphans():
            try:
                claim = OrphanClaim(path)
            except (BlockingIOError, FileNotFoundError):
                continue  # its writer is alive, or another writer took it
            try:
                self._orphan_pending = count_lines(path)
                offset = 0
                while True:
                    rows, offset = self._read_chunk(path, offset)
                    if not rows:
                        break
                    self._insert(rows, idempotent=True)
                    self._orphan_pending = max(0, self._orphan_pending - len(rows))
                    if self.metrics:
                        self.metrics.replayed.inc(len(rows))
                claim.done()
                self._orphan_pending = 0
                log.warning("audit: replayed the spool %s left by a stopped writer", path.name)
            except Exception as exc:  # noqa: BLE001
                claim.release()
                self._db_state(False, exc)
                self._next_orphan_scan = time.monotonic() + self.replay_interval_s
                return
