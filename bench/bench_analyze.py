"""Eligibility-analysis benchmarks (issue 6): prints numbers, asserts nothing.

    python bench/bench_analyze.py                    # 1,000,000 rows: local engine, then Spark local mode
    python bench/bench_analyze.py --rows 50000       # a quick run
    python bench/bench_analyze.py --skip-spark --memory-scaling

The input is the shipped synthetic export (data_samples/historical/calls-2025.parquet,
120,000 calls), repeated with new incident numbers up to --rows and written once to a
cache folder (narratives repeat every 120,000 rows; nothing in the decision path caches
across calls, so repeats do not make it faster). Both engines read the same file.

Measures, on this machine:
  * `calltriage analyze` (local engine, all cores) wall time and rows per second, end to
    end: read, decide every call, limitation analysis, write Parquet + CSV, report;
  * peak resident memory of the whole process tree (driver + workers), sampled from /proc;
    with --memory-scaling also on a tenth of the rows, to show it does not grow with rows;
  * the same command with --engine spark --spark-master local[*] (JVM start included).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "data_samples" / "historical" / "calls-2025.parquet"


def make_input(rows: int, cache: Path) -> Path:
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    out = cache / f"calls-{rows}.parquet"
    if out.is_file() and pq.ParquetFile(out).metadata.num_rows == rows:
        return out
    cache.mkdir(parents=True, exist_ok=True)
    src = pq.read_table(SAMPLE)
    writer = pq.ParquetWriter(out, src.schema, compression="zstd")
    done, rep = 0, 0
    while done < rows:
        t = src.slice(0, min(src.num_rows, rows - done))
        if rep:
            ids = pc.binary_join_element_wise(t.column("incident_number"), f"r{rep}", "-")
            t = t.set_column(0, "incident_number", ids)
        writer.write_table(t, row_group_size=100_000)
        done += t.num_rows
        rep += 1
    writer.close()
    return out


def _tree_rss(root: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{d}/statm") as f:
                rss[int(d)] = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(d))
    total, stack = 0, [root]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack.extend(children.get(p, []))
    return total


def run(args: list[str], label: str) -> dict:
    cmd = [sys.executable, "-m", "calltriage.cli", "analyze", "--no-progress", *args]
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], _tree_rss(p.pid))
            stop.wait(0.25)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, err = p.communicate()
    wall = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    stop.set()
    th.join()
    if p.returncode != 0:
        print(f"{label}: FAILED (exit {p.returncode})\n{err[-3000:]}")
        return {}
    return {"wall": wall, "cpu": cpu, "peak_rss": peak[0], "stderr": err}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "calltriage-bench"))
    ap.add_argument("--workers", type=int, default=None, help="local workers (default: all cores)")
    ap.add_argument("--skip-spark", action="store_true")
    ap.add_argument("--spark-master", default="local[*]")
    ap.add_argument("--memory-scaling", action="store_true",
                    help="also run the local engine on a tenth of the rows")
    args = ap.parse_args()

    cache = Path(args.cache)
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; "
          f"load average {os.getloadavg()[0]:.1f}")
    t = time.perf_counter()
    data = make_input(args.rows, cache)
    print(f"input: {data} ({args.rows:,} rows, {data.stat().st_size / 1e6:.0f} MB; "
          f"prepared in {time.perf_counter() - t:.0f} s)")

    sizes = [args.rows // 10, args.rows] if args.memory_scaling else [args.rows]
    for n in sizes:
        path = make_input(n, cache)
        out = cache / f"out-local-{n}"
        extra = ["--workers", str(args.workers)] if args.workers else []
        r = run(["--input", str(path), "--out", str(out), *extra], f"local {n}")
        if not r:
            continue
        s = json.loads((out / "summary.json").read_text())
        print(f"local engine, {n:,} rows, {s['meta']['input']['workers']} worker(s): "
              f"{r['wall']:.1f} s wall, {n / r['wall']:,.0f} rows/s end to end "
              f"(target >= 5,000); peak RSS of driver + workers {r['peak_rss'] / 2**20:,.0f} MiB; "
              f"eligible {s['totals']['eligible']:,}; load average now {os.getloadavg()[0]:.1f}")
        print(f"  CPU time of driver + workers {r['cpu']:.0f} s = {n / r['cpu']:,.0f} rows per "
              f"CPU-second (start-up included): the rate on an otherwise idle machine is about "
              f"that times the number of cores ({os.cpu_count()} here)")

    if args.skip_spark:
        return
    out = cache / f"out-spark-{args.rows}"
    r = run(["--input", str(data), "--out", str(out), "--engine", "spark",
             "--spark-master", args.spark_master], "spark")
    if r:
        s = json.loads((out / "summary.json").read_text())
        print(f"spark {args.spark_master}, {args.rows:,} rows: {r['wall']:.1f} s wall "
              f"(JVM start included), {args.rows / r['wall']:,.0f} rows/s end to end "
              f"(analysis time in the report: {s['meta']['elapsed_seconds']:.0f} s); "
              f"peak RSS of the process tree (JVM + Python workers) {r['peak_rss'] / 2**20:,.0f} MiB; "
              f"eligible {s['totals']['eligible']:,}")


if __name__ == "__main__":
    main()
