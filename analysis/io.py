"""Chunked readers (CSV, Parquet, JSON Lines; gzip-compressed CSV/JSONL too) and
streaming writers, with pyarrow. Memory stays bounded by the chunk size whatever the file
size: nothing holds more than one chunk (Parquet: one row group) of the input at a time.

Every chunk comes out as a ``pyarrow.RecordBatch`` with the input's column names plus two
bookkeeping columns: ``_row`` (1-based row or line number) and ``_error`` (why a line
could not be read, JSON Lines only). CSV and JSON Lines values are read as strings, so
a value is interpreted once, by ``analysis.mapping``, the same way for every format and
for both engines.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

FORMATS = ("csv", "parquet", "jsonl")
ROW, ERROR = "_row", "_error"
ROW_GROUP = 65536


def detect_format(path: str | Path) -> str:
    name = Path(path).name.lower()
    for suffix in (".gz", ".gzip"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.endswith(".csv") or name.endswith(".txt"):
        return "csv"
    if name.endswith(".parquet") or name.endswith(".pq"):
        return "parquet"
    if name.endswith(".jsonl") or name.endswith(".ndjson") or name.endswith(".json"):
        return "jsonl"
    raise ValueError(f"cannot tell the format of {path}: use .csv, .parquet or .jsonl "
                     "(optionally .gz), or pass --format")


class _Counting(io.RawIOBase):
    """A read-only file wrapper that counts the (compressed) bytes read, for progress."""

    def __init__(self, raw):
        self._raw = raw
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self._raw.readinto(b)
        self.bytes_read += n or 0
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


class Source:
    """One input file, read in chunks of about ``chunk_rows`` rows."""

    def __init__(self, path: str | Path, fmt: str | None = None, chunk_rows: int = 4096):
        self.path = Path(path)
        if not self.path.is_file():
            raise FileNotFoundError(f"input file not found: {self.path}")
        self.format = fmt or detect_format(self.path)
        if self.format not in FORMATS:
            raise ValueError(f"unknown format {self.format!r}; use one of {FORMATS}")
        self.chunk_rows = max(1, int(chunk_rows))
        self.total_bytes = self.path.stat().st_size
        self.total_rows: int | None = None
        self.invalid_rows = 0  # CSV rows with the wrong number of fields (skipped, counted)
        self._counter: _Counting | None = None
        self._pq_done_bytes = 0
        if self.format == "parquet":
            self._pf = pq.ParquetFile(self.path)
            self.total_rows = self._pf.metadata.num_rows
            self.columns = list(self._pf.schema_arrow.names)
        elif self.format == "csv":
            self.columns = self._csv_header()
        else:
            self.columns = self._jsonl_keys()

    @property
    def gzipped(self) -> bool:
        with open(self.path, "rb") as f:
            return f.read(2) == b"\x1f\x8b"

    @property
    def bytes_read(self) -> int:
        return self._counter.bytes_read if self._counter else 0

    def _open_binary(self):
        self._counter = _Counting(open(self.path, "rb"))  # noqa: SIM115 - closed by caller
        buffered = io.BufferedReader(self._counter, buffer_size=1 << 20)
        return gzip.GzipFile(fileobj=buffered) if self.gzipped else buffered

    # -- CSV -----------------------------------------------------------------------------
    def _csv_header(self) -> list[str]:
        with self._open_binary() as f:
            reader = pacsv.open_csv(f, read_options=pacsv.ReadOptions(block_size=1 << 16),
                                    parse_options=pacsv.ParseOptions(
                                        newlines_in_values=True,
                                        invalid_row_handler=lambda _row: "skip"))
            names = list(reader.schema.names)
        self._counter = None
        return names

    def _csv_batches(self, columns: list[str]) -> Iterator[pa.RecordBatch]:
        def invalid(_row) -> str:
            self.invalid_rows += 1
            return "skip"

        block = max(1 << 20, self.chunk_rows * 512)
        with self._open_binary() as f:
            reader = pacsv.open_csv(
                f,
                read_options=pacsv.ReadOptions(block_size=block),
                parse_options=pacsv.ParseOptions(newlines_in_values=True,
                                                 invalid_row_handler=invalid),
                convert_options=pacsv.ConvertOptions(
                    column_types={c: pa.string() for c in self.columns},
                    include_columns=columns, strings_can_be_null=True,
                    quoted_strings_can_be_null=False),
            )
            yield from reader

    # -- JSON Lines ----------------------------------------------------------------------
    def _jsonl_keys(self, sample_lines: int = 2000) -> list[str]:
        keys: dict[str, None] = {}
        with self._open_binary() as f:
            for i, raw in enumerate(f):
                if i >= sample_lines:
                    break
                try:
                    obj = orjson.loads(raw)
                except orjson.JSONDecodeError:
                    continue
                if isinstance(obj, dict):
                    keys.update(dict.fromkeys(obj))
        self._counter = None
        return list(keys)

    def _jsonl_batches(self, columns: list[str]) -> Iterator[pa.RecordBatch]:
        def text(v):
            if v is None or isinstance(v, str):
                return v
            if isinstance(v, bool):
                return "true" if v else "false"
            if isinstance(v, (int, float)):
                return str(v)
            return orjson.dumps(v).decode()

        cols: dict[str, list] = {c: [] for c in columns}
        rows: list[int] = []
        errors: list[str | None] = []

        def flush():
            arrays = [pa.array(cols[c], pa.string()) for c in columns]
            arrays += [pa.array(rows, pa.int64()), pa.array(errors, pa.string())]
            batch = pa.RecordBatch.from_arrays(arrays, names=[*columns, ROW, ERROR])
            for c in columns:
                cols[c] = []
            rows.clear()
            errors.clear()
            return batch

        with self._open_binary() as f:
            for line_no, raw in enumerate(f, start=1):
                if not raw.strip():
                    continue
                err = None
                try:
                    obj = orjson.loads(raw)
                    if not isinstance(obj, dict):
                        err, obj = "line is not a JSON object", {}
                except orjson.JSONDecodeError:
                    err, obj = ("line is not valid UTF-8" if _bad_utf8(raw)
                                else "line is not valid JSON"), {}
                for c in columns:
                    cols[c].append(text(obj.get(c)))
                rows.append(line_no)
                errors.append(err)
                if len(rows) >= self.chunk_rows:
                    yield flush()
            if rows:
                yield flush()

    # -- all formats -----------------------------------------------------------------------
    def batches(self, columns: list[str]) -> Iterator[pa.RecordBatch]:
        """Chunks with only ``columns`` (input names) plus ``_row`` and ``_error``."""
        columns = list(dict.fromkeys(columns))
        if self.format == "jsonl":
            yield from self._jsonl_batches(columns)
            return
        if self.format == "parquet":
            source = self._pf.iter_batches(batch_size=self.chunk_rows, columns=columns,
                                           use_threads=False)
        else:
            source = self._csv_batches(columns)
        row = 1
        for big in source:
            for start in range(0, big.num_rows, self.chunk_rows):
                b = big.slice(start, self.chunk_rows)
                n = b.num_rows
                b = b.select(columns) if b.schema.names != columns else b
                arrays = [*b.columns, pa.array(range(row, row + n), pa.int64()),
                          pa.nulls(n, pa.string())]
                yield pa.RecordBatch.from_arrays(arrays, names=[*columns, ROW, ERROR])
                row += n


def _bad_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


class DecisionWriter:
    """Streams scored chunks to ``decisions.parquet`` (zstd) and ``decisions.csv``."""

    def __init__(self, out_dir: Path, schema: pa.Schema):
        out_dir.mkdir(parents=True, exist_ok=True)
        self.parquet_path = out_dir / "decisions.parquet"
        self.csv_path = out_dir / "decisions.csv"
        self._pq = pq.ParquetWriter(self.parquet_path, schema, compression="zstd")
        self._csv = pacsv.CSVWriter(self.csv_path, schema)
        self._pending: list[pa.RecordBatch] = []
        self._pending_rows = 0
        self.rows = 0

    def write(self, batch: pa.RecordBatch) -> None:
        if not batch.num_rows:
            return
        self._csv.write_batch(batch)
        self.rows += batch.num_rows
        # Parquet: buffer small chunks into row groups of about ROW_GROUP rows
        self._pending.append(batch)
        self._pending_rows += batch.num_rows
        if self._pending_rows >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._pq.write_table(pa.Table.from_batches(self._pending), row_group_size=ROW_GROUP)
            self._pending, self._pending_rows = [], 0

    def close(self) -> None:
        self._flush()
        self._pq.close()
        self._csv.close()
