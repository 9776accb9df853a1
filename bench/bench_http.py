"""HTTP benchmark of the CAD service on loopback (issue 3, "Speed").

Starts, on free loopback ports:

* the real service (``python -m serving.cli serve``: real app, real model, SQLite audit
  store on, one uvicorn worker), and
* a trivial FastAPI app whose endpoint parses the same request model (``CallRequest``)
  and returns a constant,

then drives each with the same fixed number of ``POST /v1/triage`` requests from 16
concurrent keep-alive connections (a small asyncio HTTP/1.1 client, so the load
generator costs little of the 2 cores it shares with the server). Prints both throughputs,
their ratio, and p50/p99 latency. With ``--memory`` it also sends requests whose
narratives carry ever-new words and prints the server's RSS after the first and the last
checkpoint (default 20,000 and 200,000 requests; ``--quick`` shrinks everything).

    .venv/bin/python bench/bench_http.py             # 20,000 requests per server
    .venv/bin/python bench/bench_http.py --memory    # + RSS after 20k vs 200k requests
    .venv/bin/python bench/bench_http.py --quick --memory
    .venv/bin/python bench/bench_http.py --workers 2   # every server with 2 uvicorn workers

Targets (2 cores): ratio >= 0.5, p99 <= 15 ms at 16 clients; RSS growth <= 10 %.
Also drives ``mlflow models serve`` (one worker, ``--env-manager local``) on our pyfunc,
the same decision path, with the same calls as ``dataframe_records``, and prints our
ratio to it (target >= 5x); ``--no-mlflow`` skips it.
"""

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NARRATIVES = [
    "RP states neighbor playing loud music again, verbal only, no weapons seen",
    "caller says adult son pacing and yelling, hasn't slept in days, denies SI, neg wpns",
    "unhoused man sleeping in the bus shelter, cold, asking for a blanket, no injuries",
    "caller says her brother has a knife and is threatening the neighbors",
    "two roommates arguing over rent, verbal only, nobody hurt, caller wants mediation",
    "welfare check requested on elderly female, confused, wandering near 5th and Main",
]


# --- the trivial baseline app (run in its own process) ---------------------------------
def baseline_app():
    from fastapi import FastAPI

    from calltriage.decide import CallRequest

    app = FastAPI()

    @app.post("/v1/triage")
    async def triage(call: CallRequest) -> dict:
        return {"route": "call_taker_review", "ok": True}

    return app


# --- processes ------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _stat(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _tree(pid: int) -> list[int]:
    """A process and its live descendants."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                children.setdefault(int(_stat(int(entry.name))[1]), []).append(int(entry.name))
            except (OSError, IndexError):
                pass
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, ()))
    return out


def cpu_s(pid: int) -> float:
    """User + system CPU seconds of a process and its live descendants (``mlflow models
    serve`` runs its server in a child; uvicorn workers are children), robust to other
    load on the machine."""
    total = 0
    for p in _tree(pid):
        try:
            f = _stat(p)
        except OSError:
            continue
        total += int(f[11]) + int(f[12])
    return total / os.sysconf("SC_CLK_TCK")


def tree_rss_kb(pid: int) -> int:
    """RSS of a process and its descendants (the workers, with --workers > 1)."""
    total = 0
    for p in _tree(pid):
        try:
            total += rss_kb(p)
        except OSError:
            pass
    return total


def wait_http(port: int, proc: subprocess.Popen, path: str = "/healthz", timeout=90) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server on port {port} exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server on port {port} did not come up")


def ensure_model(tmp: Path) -> Path:
    from calltriage.engine import DEFAULT_MODEL_DIR
    from calltriage.model import ModelLoadError, load_model

    try:
        load_model(DEFAULT_MODEL_DIR)
        return DEFAULT_MODEL_DIR
    except ModelLoadError:
        pass
    print("no default model in models/default: training a small one on data_samples/dev "
          "for the benchmark ...", flush=True)
    from calltriage.model import TriageClassifier, save_model

    rows = [json.loads(x) for x in (ROOT / "data_samples/dev/dev.jsonl").read_text().splitlines()
            if x.strip()]
    clf = TriageClassifier().fit([(r["narrative"], r.get("call_type")) for r in rows],
                                 [r["category"] for r in rows])
    folder = tmp / "model"
    save_model(clf, folder, name="bench", data_hash="dev", metrics={})
    return folder


def engine_cpu_us(model: Path, n: int = 2000) -> float:
    """CPU per ``Engine.decide`` on the benchmark calls, in this process (no HTTP, no audit)."""
    from calltriage.decide import CallRequest
    from calltriage.engine import Engine

    engine = Engine.from_paths(model, None)
    calls = [CallRequest(narrative=t, caller="third_party", call_type="TRBL W/SUBJ")
             for t in NARRATIVES]
    for i in range(200):
        engine.decide(calls[i % len(calls)])
    c0 = time.process_time()
    for i in range(n):
        engine.decide(calls[i % len(calls)])
    return (time.process_time() - c0) / n * 1e6


def start_service(tmp: Path, model: Path, key_json: str, port: int,
                  workers: int = 1) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CALLTRIAGE_")}
    env.update({"CALLTRIAGE_MODEL_DIR": str(model), "CALLTRIAGE_DATA_DIR": str(tmp / "var"),
                "CALLTRIAGE_API_KEYS": key_json, "CALLTRIAGE_PORT": str(port),
                "CALLTRIAGE_LOG_LEVEL": "warning", "CALLTRIAGE_MODEL_POLL_SECONDS": "5"})
    return subprocess.Popen([sys.executable, "-m", "serving.cli", "serve", "--no-access-log",
                             "--workers", str(workers)], cwd=ROOT, env=env)


def start_mlflow(tmp: Path, model: Path, port: int, workers: int = 1) -> subprocess.Popen | None:
    """``mlflow models serve`` (one uvicorn worker, as ours) on our logged pyfunc, which
    runs the same decision path. None when MLflow (the ``train`` extra) is missing."""
    try:
        from training.tracking import save_pyfunc
    except ImportError:
        return None
    folder = save_pyfunc(model, tmp / "pyfunc")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CALLTRIAGE_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    mlflow_cli = Path(sys.executable).parent / "mlflow"
    return subprocess.Popen([str(mlflow_cli), "models", "serve", "-m", str(folder),
                             "--env-manager", "local", "-h", "127.0.0.1", "-p", str(port),
                             "--workers", str(workers)], cwd=tmp, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def start_baseline(port: int, workers: int = 1) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, __file__, "--serve-baseline", str(port),
                             "--workers", str(workers)], cwd=ROOT)


# --- the load generator --------------------------------------------------------------
class Words:
    """Ever-new words ('qzkvt...'), so the server meets strings it has never seen."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)

    def __call__(self, k: int) -> str:
        return " ".join("".join(self.rng.choices(string.ascii_lowercase, k=9)) for _ in range(k))


def request_bytes(port: int, body: bytes, key: str | None, path: str = "/v1/triage") -> bytes:
    head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n")
    if key:
        head += f"Authorization: Bearer {key}\r\n"
    return head.encode() + b"\r\n" + body


async def run_load(port: int, n: int, concurrency: int, key: str | None,
                   new_words: bool = False, seed: int = 1, mlflow: bool = False) -> dict:
    """``mlflow``: the same calls to ``mlflow models serve`` (``POST /invocations``, one
    ``dataframe_records`` row per request)."""
    words = Words(seed)
    counter = iter(range(n))
    latencies: list[float] = []
    errors = 0

    def next_body(i: int) -> bytes:
        text = NARRATIVES[i % len(NARRATIVES)]
        if new_words:
            text = f"{text} {words(3)}"
        call = {"narrative": text, "caller": "third_party", "call_type": "TRBL W/SUBJ"}
        return json.dumps({"dataframe_records": [call]} if mlflow else call).encode()

    async def conn_loop() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            for i in counter:
                req = request_bytes(port, next_body(i), key,
                                    "/invocations" if mlflow else "/v1/triage")
                t0 = time.perf_counter()
                writer.write(req)
                head = await reader.readuntil(b"\r\n\r\n")
                status = int(head[9:12])
                length = 0
                for line in head.split(b"\r\n"):
                    if line[:15].lower() == b"content-length:":
                        length = int(line[15:])
                await reader.readexactly(length)
                latencies.append(time.perf_counter() - t0)
                if status != 200:
                    errors += 1
        finally:
            writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(conn_loop() for _ in range(concurrency)))
    elapsed = time.perf_counter() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    return {"n": len(latencies), "rps": len(latencies) / elapsed, "p50_ms": pct(0.50),
            "p99_ms": pct(0.99), "errors": errors}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=20_000, help="per server (default 20,000)")
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--warmup", type=int, default=1_000)
    ap.add_argument("--memory", action="store_true", help="also measure RSS with new words")
    ap.add_argument("--memory-checkpoints", default="20000,200000",
                    help="request counts at which to read RSS (default 20000,200000)")
    ap.add_argument("--quick", action="store_true",
                    help="small run: 3,000 requests, RSS at 2,000 vs 20,000")
    ap.add_argument("--no-mlflow", action="store_true",
                    help="skip the `mlflow models serve` comparison")
    ap.add_argument("--workers", type=int, default=1,
                    help="uvicorn worker processes for every server (default 1)")
    ap.add_argument("--serve-baseline", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.serve_baseline:
        import uvicorn

        if args.workers > 1:
            uvicorn.run("bench_http:baseline_app", factory=True, app_dir=str(Path(__file__).parent),
                        host="127.0.0.1", port=args.serve_baseline, workers=args.workers,
                        log_level="warning", access_log=False)
        else:
            uvicorn.run(baseline_app(), host="127.0.0.1", port=args.serve_baseline,
                        log_level="warning", access_log=False)
        return 0
    if args.quick:
        args.requests, args.warmup = 3_000, 300
        if args.memory_checkpoints == "20000,200000":
            args.memory_checkpoints = "2000,20000"

    from serving.auth import new_key

    key, digest = new_key()
    key_json = json.dumps([{"client": "bench", "roles": ["cad"], "sha256": digest}])
    tmp = Path(tempfile.mkdtemp(prefix="calltriage-bench-"))
    procs: list[subprocess.Popen] = []
    try:
        model = ensure_model(tmp)
        engine_us = engine_cpu_us(model)
        svc_port, base_port = free_port(), free_port()
        procs.append(start_service(tmp, model, key_json, svc_port, args.workers))
        procs.append(start_baseline(base_port, args.workers))
        wait_http(svc_port, procs[0], "/readyz")
        wait_http(base_port, procs[1], "/docs")
        print(f"service: http://127.0.0.1:{svc_port} (model {model}, SQLite audit store on, "
              f"{args.workers} uvicorn worker(s); every server below runs as many)")
        print(f"baseline: http://127.0.0.1:{base_port} (parses CallRequest, returns a constant)")
        print(f"{args.requests:,} requests per server, {args.concurrency} concurrent "
              "connections, after a warm-up\n")

        def measured(port: int, pid: int, key_: str | None, mlflow: bool = False) -> dict:
            asyncio.run(run_load(port, args.warmup, args.concurrency, key_, mlflow=mlflow))
            c0 = cpu_s(pid)
            r = asyncio.run(run_load(port, args.requests, args.concurrency, key_,
                                     mlflow=mlflow))
            r["cpu_us"] = (cpu_s(pid) - c0) / max(1, r["n"]) * 1e6
            return r

        base = measured(base_port, procs[1].pid, None)
        svc = measured(svc_port, procs[0].pid, key)

        for name, r in (("baseline (parse + constant)", base), ("calltriage /v1/triage", svc)):
            print(f"{name:30s} {r['rps']:8.0f} req/s   p50 {r['p50_ms']:6.2f} ms   "
                  f"p99 {r['p99_ms']:6.2f} ms   server CPU {r['cpu_us']:5.0f} us/req   "
                  f"errors {r['errors']}")
        print(f"\nEngine.decide alone (in-process): {engine_us:.0f} us CPU per call; the service "
              f"adds {svc['cpu_us'] - engine_us:.0f} us per request on top of it (HTTP, auth, "
              f"validation, audit record + group commit), the baseline costs {base['cpu_us']:.0f}")
        ratio = svc["rps"] / base["rps"]
        print(f"\nratio service/baseline: {ratio:.2f}  (target >= 0.5); by server CPU per "
              f"request: {base['cpu_us'] / svc['cpu_us']:.2f}")
        print(f"load average during the run: {os.getloadavg()[0]:.2f} (another busy process "
              "on these 2 cores skews throughput; CPU per request is robust to it)")
        print(f"p99 service: {svc['p99_ms']:.2f} ms  (target <= 15 ms)")
        ml = None
        if not args.no_mlflow:
            ml_port = free_port()
            ml_proc = start_mlflow(tmp, model, ml_port, args.workers)
            if ml_proc is not None:
                procs.append(ml_proc)
                wait_http(ml_port, ml_proc, "/ping", timeout=180)
                ml = measured(ml_port, ml_proc.pid, None, mlflow=True)
        if ml is None:
            print("ratio vs `mlflow models serve`: n/a (MLflow not installed or --no-mlflow)")
        else:
            print(f"{'mlflow models serve (pyfunc)':30s} {ml['rps']:8.0f} req/s   p50 "
                  f"{ml['p50_ms']:6.2f} ms   p99 {ml['p99_ms']:6.2f} ms   server CPU "
                  f"{ml['cpu_us']:5.0f} us/req   errors {ml['errors']}")
            print(f"ratio service / `mlflow models serve`: {svc['rps'] / ml['rps']:.1f}x "
                  f"(target >= 5x); by server CPU per request: "
                  f"{ml['cpu_us'] / svc['cpu_us']:.1f}x")

        if args.memory:
            checkpoints = sorted(int(x) for x in args.memory_checkpoints.split(","))
            print(f"\nmemory: requests with ever-new words; RSS at {checkpoints}")
            done = 0
            readings = []
            for i, cp in enumerate(checkpoints):
                r = asyncio.run(run_load(svc_port, cp - done, args.concurrency, key,
                                         new_words=True, seed=100 + i))
                done = cp
                readings.append((cp, tree_rss_kb(procs[0].pid)))
                print(f"  after {cp:>8,} requests: RSS {readings[-1][1] / 1024:7.1f} MiB   "
                      f"({r['rps']:.0f} req/s, errors {r['errors']})")
            first, last = readings[0][1], readings[-1][1]
            print(f"RSS growth {readings[0][0]:,} -> {readings[-1][0]:,} requests: "
                  f"{(last - first) / first * 100:+.1f}%  (target within 10%)")
        db = tmp / "var" / "audit.db"
        if db.exists():
            print(f"\naudit database: {db.stat().st_size / 1e6:.0f} MB")
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
