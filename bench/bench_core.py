"""Core benchmarks (issue 2): prints numbers, asserts nothing.

    python bench/bench_core.py            # full run (100,000 narratives)
    python bench/bench_core.py --quick    # smaller counts, for a smoke check

Measures, on this machine:
  * single-narrative decision latency p50/p99 (tokenize + rules + model + decide);
  * batch decision throughput over 100,000 narratives, one process (one core);
  * `calltriage predict` end to end (JSONL in, JSONL out, separate process);
  * training time on 50,000 narratives (featurize + 5-fold CV + final fit);
  * model load time and artifact size;
  * peak RSS of this process.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def narratives(n: int) -> list[dict]:
    src = REPO / "data_samples" / "generated" / "train.jsonl.gz"
    rows = []
    with gzip.open(src, "rt") as f:
        for line in f:
            rows.append(json.loads(line))
    out = []
    i = 0
    while len(out) < n:
        r = rows[i % len(rows)]
        out.append(r)
        i += 1
    return out


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    n_single = 2_000 if args.quick else 20_000
    n_batch = 10_000 if args.quick else 100_000
    n_cli = 10_000 if args.quick else 100_000
    n_train = 10_000 if args.quick else 50_000

    from calltriage.decide import CallRequest
    from calltriage.engine import DEFAULT_MODEL_DIR, Engine
    from calltriage.model import load_model
    from calltriage.policy import load_policy

    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    t = time.perf_counter()
    model = load_model(DEFAULT_MODEL_DIR)
    load_s = time.perf_counter() - t
    size = (DEFAULT_MODEL_DIR / "model.joblib").stat().st_size
    print(f"model {model.version}: load {load_s * 1000:.0f} ms, artifact {size / 1e6:.2f} MB")

    engine = Engine(load_policy(), model)
    engine.warm()
    rows = narratives(max(n_single, n_batch))
    reqs = [CallRequest(narrative=r["narrative"], call_type=r.get("call_type"),
                        caller=r.get("caller", "unknown")) for r in rows]
    mean_chars = statistics.mean(len(r["narrative"]) for r in rows[:n_batch])

    # warm the tokenizer cache and the feature cache like a running service would
    for r in reqs[:2000]:
        engine.decide(r)
    lat = []
    for r in reqs[:n_single]:
        t = time.perf_counter()
        engine.decide(r)
        lat.append(time.perf_counter() - t)
    print(f"single decision latency over {n_single:,} calls (mean {mean_chars:.0f} chars): "
          f"p50 {pct(lat, 0.5) * 1e3:.3f} ms, p99 {pct(lat, 0.99) * 1e3:.3f} ms "
          f"[target p99 <= 1 ms]")

    t = time.perf_counter()
    count = sum(1 for _ in engine.decide_many(reqs[:n_batch]))
    dt = time.perf_counter() - t
    print(f"batch decide_many: {count:,} calls in {dt:.2f} s = {count / dt:,.0f}/s "
          f"on one core [target >= 10,000/s]")

    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "in.jsonl"
        with inp.open("w") as f:
            for i, r in enumerate(rows[:n_cli]):
                f.write(json.dumps({"id": f"b{i}", "narrative": r["narrative"],
                                    "call_type": r.get("call_type"),
                                    "caller": r.get("caller", "unknown")}) + "\n")
        out = Path(tmp) / "out.jsonl"
        for workers, label in (("1", "one process"), ("0", f"--workers 0 ({os.cpu_count()} "
                                                            "processes)")):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "calltriage.cli", "predict", "--input",
                            str(inp), "--output", str(out), "--quiet", "--workers", workers],
                           check=True, cwd=REPO)
            dt = time.perf_counter() - t
            print(f"calltriage predict end to end, {label}: {n_cli:,} lines in {dt:.2f} s = "
                  f"{n_cli / dt:,.0f} lines/s incl. process start and model load "
                  f"[target >= 5,000/s]")

        big = Path(tmp) / "train50k.jsonl.gz"
        subprocess.run([sys.executable, "-m", "calltriage.cli", "generate", "--n", str(n_train),
                        "--seed", "7", "--out", str(big)], check=True, cwd=REPO,
                       stderr=subprocess.DEVNULL)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "calltriage.cli", "train", "--out",
                        str(Path(tmp) / "m"), "--data", str(big), "--no-dev", "--no-track"],
                       check=True, cwd=REPO, stdout=subprocess.DEVNULL)
        dt = time.perf_counter() - t
        print(f"training on {n_train:,} labelled calls (featurize, 5-fold CV, final fit, gold "
              f"evaluation, save): {dt:.1f} s [target <= 60 s]")

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the benchmark process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
