"""The local spool: append-only JSON Lines, fsync'd, used while the database is unreachable.

Each writer instance appends to its own file ``<writer_id>.jsonl`` and holds an exclusive
``flock`` on it while alive. A file whose lock can be taken belongs to a writer that is gone
(a crash, a restart): any live writer may replay it into the database and delete it.
Replaying is idempotent (rows are keyed by record id), so a crash between a database commit
and the spool's truncation never stores a record twice.

One line per record: ``{"kind": "decision"|"outcome", "hash": "...", "record": "<canonical JSON>"}``.
A torn last line (a crash in the middle of a write, so never acknowledged) is skipped.
"""

from __future__ import annotations

import fcntl
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import orjson

log = logging.getLogger("calltriage.serving.audit")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def encode(kind: str, hash_: str, record_text: str) -> bytes:
    return orjson.dumps({"kind": kind, "hash": hash_, "record": record_text}) + b"\n"


def read_lines(path: Path, offset: int = 0) -> Iterator[tuple[int, dict]]:
    """(offset after the line, parsed line) for every complete line from ``offset``."""
    with path.open("rb") as f:
        f.seek(offset)
        pos = offset
        for raw in f:
            pos += len(raw)
            if not raw.endswith(b"\n"):
                log.warning("spool %s: skipping a torn last line (never acknowledged)", path.name)
                return
            try:
                yield pos, orjson.loads(raw)
            except orjson.JSONDecodeError:
                log.error("spool %s: unreadable line at byte %d skipped", path.name, pos - len(raw))


class Spool:
    def __init__(self, directory: Path, writer_id: str) -> None:
        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / f"{writer_id}.jsonl"
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        _fsync_dir(self.dir)
        self.size = os.fstat(self._fd).st_size

    def append(self, lines: list[bytes]) -> None:
        """Write and fsync; raises OSError when the disk refuses."""
        data = b"".join(lines)
        view = memoryview(data)
        try:
            while view:
                n = os.write(self._fd, view)
                view = view[n:]
            os.fsync(self._fd)
        except OSError:
            try:  # drop a partial line so the next append starts clean
                os.ftruncate(self._fd, self.size)
            except OSError:
                pass
            raise
        self.size += len(data)

    def truncate(self) -> None:
        os.ftruncate(self._fd, 0)
        os.fsync(self._fd)
        self.size = 0

    def close(self) -> None:
        if self._fd >= 0:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = -1
        try:
            if self.path.stat().st_size == 0:
                self.path.unlink()
        except FileNotFoundError:
            pass

    def orphans(self) -> list[Path]:
        """Spool files of writers that are gone (their lock is free), oldest first."""
        found = []
        for p in self.dir.glob("*.jsonl"):
            if p == self.path:
                continue
            try:
                found.append((p.stat().st_mtime_ns, p))
            except FileNotFoundError:
                continue
        return [p for _, p in sorted(found)]


class OrphanClaim:
    """Exclusive claim on another writer's spool file (None if that writer is alive)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd = os.open(path, os.O_RDWR)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            raise

    def done(self) -> None:
        self.path.unlink(missing_ok=True)
        _fsync_dir(self.path.parent)
        self.release()

    def release(self) -> None:
        if self.fd >= 0:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = -1


def count_lines(path: Path, offset: int = 0) -> int:
    try:
        with path.open("rb") as f:
            f.seek(offset)
            return sum(1 for _ in f)
    except FileNotFoundError:
        return 0
