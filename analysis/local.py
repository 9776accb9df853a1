"""The local engine: the input streams in chunks through worker processes, each with its
own core ``Engine``; decisions stream to Parquet + CSV and partial counts merge as they
come. At most ``2 x workers`` chunks are in flight, so memory stays bounded whatever the
file size. A progress bar goes to stderr.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from pathlib import Path
from concurrent.futures import ProcessPoolExecutor

from analysis import run
from analysis.aggregate import Aggregator, partial
from analysis.io import DecisionWriter, Source
from analysis.mapping import FIELDS
from analysis.score import (
    DECISION_SCHEMA,
    ScoreConfig,
    Scorer,
    canonical_batch,
    engine_versions,
    make_engine,
)

# below this many rows (or bytes of text input) starting worker processes does not pay off
SMALL_ROWS = 20_000
SMALL_BYTES = 5_000_000

_WORKER: Scorer | None = None


def _init_worker(cfg: ScoreConfig) -> None:
    global _WORKER
    _WORKER = Scorer(cfg)


def _work(batch):
    scored = _WORKER.score(batch)
    return scored, partial(scored)


class Progress:
    def __init__(self, src: Source, enabled: bool):
        self.src = src
        self.rows = 0
        self.t0 = time.perf_counter()
        self.bar = None
        if enabled:
            from tqdm import tqdm

            if src.total_rows is not None:
                self.bar = tqdm(total=src.total_rows, unit="row", unit_scale=True,
                                desc="analyze", mininterval=0.5, dynamic_ncols=True)
            else:
                self.bar = tqdm(total=src.total_bytes, unit="B", unit_scale=True,
                                unit_divisor=1024, desc="analyze", mininterval=0.5,
                                dynamic_ncols=True)

    def update(self, rows: int) -> None:
        self.rows += rows
        if self.bar is None:
            return
        if self.src.total_rows is not None:
            self.bar.update(rows)
        else:
            self.bar.update(self.src.bytes_read - self.bar.n)
        rate = self.rows / max(time.perf_counter() - self.t0, 1e-9)
        self.bar.set_postfix_str(f"{self.rows:,} rows, {rate:,.0f} rows/s", refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            if self.src.total_rows is None:
                self.bar.update(self.bar.total - self.bar.n)
            self.bar.close()


def auto_workers(src: Source) -> int:
    small = (src.total_rows is not None and src.total_rows < SMALL_ROWS) or (
        src.total_rows is None and src.total_bytes < SMALL_BYTES)
    return 1 if small else max(1, os.cpu_count() or 1)


def run_local(opts: run.AnalysisOptions) -> dict:
    t0 = time.perf_counter()
    if run.is_uri(opts.input):
        raise ValueError(f"the local engine reads local files; for {opts.input} use --engine spark")
    src = Source(Path(opts.input), opts.format, opts.chunk_rows)
    mapping = run.make_mapping(opts, src.columns)
    policy = run.load(opts)
    now = run.as_of(opts)
    model_dir = run.resolve_model_dir(opts.model_dir)
    cfg = run.make_config(opts, policy, mapping, model_dir, now)
    workers = opts.workers or auto_workers(src)
    if workers > 1:
        engine = None  # the workers build their own; this process compiles no rules
        versions = engine_versions(model_dir, policy)
    else:
        engine = make_engine(model_dir, policy)
        versions = {"model": engine.model_version, "rules": engine.rules_version,
                    "policy": engine.policy_version, "model_error": engine.slot.error}
    warnings: list[str] = []
    if versions["model_error"]:
        warnings.append(f"model not loaded ({versions['model_error']}): decisions are "
                        "rules-only (degraded).")
        run.log(f"warning: {warnings[-1]}")
    columns = [mapping.columns[f] for f in FIELDS if f in mapping.columns]
    run.log(f"analyze: {src.path.name} ({src.format}), mapping "
            + ", ".join(f"{k}={v}" for k, v in mapping.columns.items())
            + f"; {workers} worker(s)")

    writer = DecisionWriter(opts.out, DECISION_SCHEMA)
    agg = Aggregator()
    progress = Progress(src, opts.progress)
    batches = (canonical_batch(b, mapping) for b in src.batches(columns))

    def handle(scored, part) -> None:
        writer.write(scored)
        agg.add(part)
        progress.update(scored.num_rows)

    try:
        if workers <= 1:
            scorer = Scorer(cfg, engine=engine)
            for b in batches:
                scored = scorer.score(b)
                handle(scored, partial(scored))
        else:
            ctx = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                                     initargs=(cfg,)) as pool:
                pending: deque = deque()
                for b in batches:
                    pending.append(pool.submit(_work, b))
                    while len(pending) >= 2 * workers:
                        handle(*pending.popleft().result())
                while pending:
                    handle(*pending.popleft().result())
    finally:
        progress.close()
        writer.close()

    if src.invalid_rows:
        warnings.append(f"{src.invalid_rows:,} CSV row(s) had the wrong number of fields and were skipped.")
    elapsed = time.perf_counter() - t0
    info = {"name": src.path.name, "path": str(src.path), "format": src.format, "rows": writer.rows,
            "bytes": src.total_bytes, "workers": workers, "chunk_rows": opts.chunk_rows,
            "skipped_csv_rows": src.invalid_rows}
    outputs = {"decisions_parquet": str(writer.parquet_path), "decisions_csv": str(writer.csv_path),
               "report": str(opts.out / "report.html"), "summary": str(opts.out / "summary.json")}
    return run.finish(opts, agg.table(), policy=policy, mapping=mapping, versions=versions,
                      input_info=info, elapsed=elapsed, now=now, outputs=outputs, warnings=warnings)
