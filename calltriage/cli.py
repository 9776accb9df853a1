"""`calltriage` — one command line for every user.

    calltriage predict --text "..."            readable decision for one narrative
    calltriage predict --input F --output F    spec batch format ('-' = stdin/stdout)
    calltriage evaluate --input F              quality report on labelled records
    calltriage train                           retrain the default model
    calltriage generate                        regenerate the synthetic training data
    calltriage info                            versions of model, rules and policy
    calltriage serve / audit ...               the HTTP service and its audit store

Subcommands of the training and serving shells are imported only when used, so the core
never imports web or tracking code.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
import time
from pathlib import Path

from calltriage import __version__

OPTIONAL_SHELLS = ("training.cli", "serving.cli", "analysis.cli")


def _model_dir(args) -> Path:
    from calltriage.engine import DEFAULT_MODEL_DIR

    model_dir = Path(args.model) if getattr(args, "model", None) else DEFAULT_MODEL_DIR
    if model_dir == DEFAULT_MODEL_DIR and not (model_dir / "model.joblib").is_file():
        _build_default_model(model_dir)
    return model_dir


def _warn_degraded(error: str) -> None:
    print(f"warning: {error}\nwarning: decisions are rules-only (degraded).", file=sys.stderr)


def _engine(args):
    from calltriage.engine import Engine

    engine = Engine.from_paths(_model_dir(args), getattr(args, "policy", None))
    if engine.slot.error:
        _warn_degraded(engine.slot.error)
    return engine


def _build_default_model(model_dir: Path) -> None:
    print(f"No model in {model_dir}: building the default model from data_samples/ "
          "(first use only, under a minute)...", file=sys.stderr)
    try:
        from training.train import train
    except ImportError:
        print("warning: the training package is not installed; continuing rules-only.",
              file=sys.stderr)
        return
    train(out_dir=model_dir, track=False, progress=lambda m: print(f"  {m}", file=sys.stderr))


# predict -----------------------------------------------------------------------------
def cmd_predict(args) -> int:
    if args.text is None and args.input is None:
        print("predict needs --text or --input", file=sys.stderr)
        return 2
    if args.text is not None:
        return _predict_text(_engine(args), args)
    from calltriage.batch import auto_workers

    workers = args.workers if args.workers is not None else 1
    args.workers = workers = auto_workers() if workers == 0 else workers
    # With several workers they are forked from this process and share its engine
    # (``batch._worker_pool``).
    return _predict_batch(_engine(args), args)


def _predict_text(engine, args) -> int:
    from pydantic import ValidationError

    from calltriage.batch import describe_validation_error
    from calltriage.decide import CallRequest

    try:
        req = CallRequest(narrative=args.text, caller=args.caller, call_type=args.call_type,
                          caller_requests_police=args.caller_requests_police)
    except ValidationError as exc:
        print(f"error: {describe_validation_error(exc)}", file=sys.stderr)
        return 2
    d = engine.decide(req)
    if args.json:
        print(json.dumps(d.to_dict(), indent=2))
        return 0
    print(f"route:        {d.route}" + (f"  (team: {d.team})" if d.team else ""))
    print(f"next step:    {d.next_step}")
    if d.category:
        probs = ", ".join(f"{k} {v:.2f}" for k, v in sorted(
            d.probabilities.items(), key=lambda kv: -kv[1]))
        print(f"category:     {d.category}   ({probs})")
    else:
        print("category:     (none)")
    if d.disqualifiers:
        print("disqualifiers:")
        for f in d.disqualifiers:
            print(f"  - {f.code:<18} '{f.evidence}' [{f.start}:{f.end}] {f.field} "
                  f"{f.certainty} ({f.rule_id})")
    else:
        print("disqualifiers: none")
    shown = [c for c in d.cleared if c.reason != "context"]  # context checks are internal
    if shown:
        print("cleared mentions (did not fire):")
        for c in shown:
            print(f"  - {c.code:<18} '{c.evidence}' [{c.start}:{c.end}] {c.reason}: '{c.cue}'")
    print("reasons:")
    for r in d.reasons:
        print(f"  - {r}")
    if d.disqualifier_risk is not None:
        print(f"model's P(any disqualifier): {d.disqualifier_risk:.2f}")
    print(f"versions:     model {d.model_version}; {d.rules_version}; {d.policy_version}"
          + ("; DEGRADED" if d.degraded else ""))
    return 0


def _predict_batch(engine, args) -> int:
    from calltriage.batch import predict_stream

    workers = args.workers  # resolved by cmd_predict (0: one per core)
    src = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")  # noqa: SIM115
    dst = sys.stdout.buffer if args.output in (None, "-") else open(args.output, "wb")  # noqa: SIM115
    t0 = time.perf_counter()
    try:
        n, errors = predict_stream(src, dst, engine=engine, workers=workers,
                                   make_engine=EngineFactory(args))
    finally:
        if dst is not sys.stdout.buffer:
            dst.close()
        if src is not sys.stdin.buffer:
            src.close()
    elapsed = time.perf_counter() - t0
    if not args.quiet:
        rate = n / elapsed if elapsed else 0.0
        print(f"{n} line(s), {errors} error line(s), {rate:,.0f} lines/s"
              + (f" ({workers} worker processes)" if workers > 1 else ""), file=sys.stderr)
    return 1 if (args.strict and errors) else 0


class EngineFactory:
    """Builds, in a worker process, the engine the parent built (same model and policy
    paths; picklable, unlike the engine)."""

    def __init__(self, args) -> None:
        self.model = getattr(args, "model", None)
        self.policy = getattr(args, "policy", None)

    def __call__(self):
        from calltriage.engine import DEFAULT_MODEL_DIR, Engine

        return Engine.from_paths(Path(self.model) if self.model else DEFAULT_MODEL_DIR,
                                 self.policy)


# evaluate ----------------------------------------------------------------------------
def cmd_evaluate(args) -> int:
    from calltriage.evaluation import format_report
    from training.data import load, load_shared_calltypes
    from training.train import evaluate_records

    engine = _engine(args)
    if args.input == "shared-calltypes":
        ds = load_shared_calltypes()
        if ds is None:
            print("error: ../shared/data/calltypes-3cities.jsonl not found", file=sys.stderr)
            return 2
    else:
        ds = load(Path(args.input))
    m = evaluate_records(engine, ds.records)
    if args.json:
        print(json.dumps(m, indent=2))
    else:
        print(format_report(m, f"{ds.name}: model {engine.model_version}"))
    return 0


# info --------------------------------------------------------------------------------
def cmd_info(args) -> int:
    engine = _engine(args)
    meta = engine.slot.model.metadata if engine.slot.model else {}
    print(json.dumps({
        "calltriage": __version__,
        "model_version": engine.model_version,
        "model_error": engine.slot.error,
        "rules_version": engine.rules_version,
        "policy_version": engine.policy_version,
        "metrics": meta.get("metrics"),
        "library_versions": meta.get("library_versions"),
    }, indent=2))
    return 0


# train / generate ---------------------------------------------------------------------
def cmd_train(args) -> int:
    from training.train import train

    out = Path(args.out) if args.out else None
    kw = {"folds": args.folds, "include_dev": not args.no_dev, "track": not args.no_track}
    if out:
        kw["out_dir"] = out
    if args.limit:
        kw["limit"] = args.limit
    if args.data:
        kw["generated"] = Path(args.data)
    train(**kw)
    return 0


def cmd_generate(args) -> int:
    from training.data import write_jsonl
    from training.generate import generate

    write_jsonl(Path(args.out), generate(args.n, args.seed))
    print(f"wrote {args.n} records to {args.out}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="calltriage", description=__doc__.split("\n")[0])
    p.add_argument("--version", action="version", version=f"calltriage {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp):
        sp.add_argument("--model", help="model folder (default: models/default)")
        sp.add_argument("--policy", help="policy TOML (default: the packaged default policy)")

    sp = sub.add_parser("predict", help="decide one narrative or a JSONL batch")
    common(sp)
    sp.add_argument("--text", help="one narrative; prints a readable decision")
    sp.add_argument("--caller", default="unknown",
                    choices=["first_party", "third_party", "unknown"])
    sp.add_argument("--call-type", default=None)
    sp.add_argument("--caller-requests-police", action="store_true")
    sp.add_argument("--json", action="store_true", help="with --text: print JSON")
    sp.add_argument("--input", help="JSONL input file, '-' for stdin")
    sp.add_argument("--output", help="JSONL output file, '-' for stdout (default)")
    sp.add_argument("--strict", action="store_true", help="exit 1 if any line had an error")
    sp.add_argument("--workers", type=int, default=None,
                    help="with --input: decide in N processes (0 = one per core; default 1); "
                         "output order and content are the same")
    sp.add_argument("--quiet", action="store_true")
    sp.set_defaults(func=cmd_predict)

    sp = sub.add_parser("evaluate", help="quality report on labelled JSONL (gold format)")
    common(sp)
    sp.add_argument("--input", required=True,
                    help="labelled JSONL, or 'shared-calltypes' for ../shared/data")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_evaluate)

    sp = sub.add_parser("info", help="model, rules and policy versions")
    common(sp)
    sp.set_defaults(func=cmd_info)

    sp = sub.add_parser("train", help="train and save the default model")
    sp.add_argument("--out", help="model folder (default: models/default)")
    sp.add_argument("--folds", type=int, default=5)
    sp.add_argument("--no-dev", action="store_true", help="train on generated data only")
    sp.add_argument("--limit", type=int, help="use only the first N training rows")
    sp.add_argument("--data", help="generated training JSONL(.gz) (default: data_samples/"
                    "generated/train.jsonl.gz, generated when missing)")
    sp.add_argument("--no-track", action="store_true",
                    help="do not log the run to MLflow (default: log it and register the "
                    "model as challenger; see `calltriage mlflow-ui-help`)")
    sp.set_defaults(func=cmd_train)

    sp = sub.add_parser("generate", help="regenerate synthetic training narratives")
    sp.add_argument("--n", type=int, default=24000)
    sp.add_argument("--seed", type=int, default=20261127)
    sp.add_argument("--out", default="data_samples/generated/train.jsonl.gz")
    sp.set_defaults(func=cmd_generate)

    for name in OPTIONAL_SHELLS:
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue  # that shell is not installed
        except Exception as exc:  # noqa: BLE001 - a broken shell must not break predict
            print(f"warning: {name} failed to load ({type(exc).__name__}); its commands "
                  "are unavailable", file=sys.stderr)
            continue
        if hasattr(mod, "register"):
            mod.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
