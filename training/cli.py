"""Retraining-workflow subcommands, registered into ``calltriage`` by ``calltriage/cli.py``:

    calltriage promote [--version N] [--by WHO] [--reason TEXT] [--dry-run]
    calltriage export-training --db-url URL --out FILE [--since ISO] [--until ISO]
    calltriage model-card [--model-uri URI | --model DIR] [--out FILE]
    calltriage experiment-textcat [--epochs 3] [--arch bow|ensemble|both] [--limit N]
    calltriage mlflow-ui-help

Imports here stay light (no MLflow at import time): the heavy modules load inside each
command.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path


def _iso(value: str) -> dt.datetime:
    try:
        ts = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise SystemExit(f"error: {value!r} is not an ISO 8601 date/time") from None
    return ts if ts.tzinfo else ts.replace(tzinfo=dt.timezone.utc)


# promote --------------------------------------------------------------------------------
def cmd_promote(args) -> int:
    from training.promote import promote

    try:
        report = promote(args.version or args.alias, by=args.by, reason=args.reason,
                         gold_path=Path(args.gold) if args.gold else None,
                         dry_run=args.dry_run,
                         progress=lambda m: print(m, file=sys.stderr))
    except Exception as exc:  # noqa: BLE001 - a clear message instead of a traceback
        print(f"error: promotion not possible: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    print(report.text())
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({
            "promoted": report.promoted, "candidate_version": report.candidate_version,
            "champion_version_before": report.champion_version, "by": report.by,
            "at": report.at, "gates": [g.to_dict() for g in report.gates]}, indent=2) + "\n")
    if report.promoted or (args.dry_run and report.passed):
        return 0
    return 1


# export ---------------------------------------------------------------------------------
def cmd_export(args) -> int:
    import os

    from training.export import export_training

    url = args.db_url or os.environ.get("CALLTRIAGE_DATABASE_URL")
    if not url:
        print("error: give --db-url (or CALLTRIAGE_DATABASE_URL), e.g. sqlite:///var/audit.db",
              file=sys.stderr)
        return 2
    stats = export_training(url, Path(args.out), since=_iso(args.since) if args.since else None,
                            until=_iso(args.until) if args.until else None,
                            model_version=args.model_version, schema=args.db_schema,
                            include_without_outcome=args.include_without_outcome)
    print(json.dumps(stats, indent=2))
    print(f"wrote {stats.get('rows', 0)} row(s) to {args.out}: review them, fix the labels, set "
          "review.status to \"reviewed\", then retrain (see README: retraining routine)",
          file=sys.stderr)
    return 0


# model card -----------------------------------------------------------------------------
def cmd_model_card(args) -> int:
    from calltriage.engine import DEFAULT_MODEL_DIR, Engine
    from calltriage.model import load_model
    from calltriage.policy import load_policy
    from training import data as D
    from training.reports import write_evaluation_artifacts

    registry = None
    policy_path = None
    if args.model_uri:
        from training.registry import resolve_model_source

        src = resolve_model_source(args.model_uri)
        folder, policy_path = src.folder, src.policy_path
        if src.name:
            registry = {"name": src.name, "version": src.version,
                        "aliases": [src.alias] if src.alias else []}
            try:
                from training.tracking import client_for
                from training.mlflow_config import MlflowConfig

                mv = client_for(MlflowConfig.from_env()).get_model_version(src.name, src.version)
                registry["run_id"] = mv.run_id
                registry["aliases"] = list(mv.aliases) or registry["aliases"]
            except Exception:  # noqa: BLE001 - the card is still useful without them
                pass
    else:
        folder = Path(args.model) if args.model else DEFAULT_MODEL_DIR
    model = load_model(folder)
    engine = Engine(load_policy(args.policy or policy_path), model)
    gold = D.load(D.GOLD, "gold").records if D.GOLD.is_file() else None
    shared = D.load_shared_calltypes()
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        from training.tracking import GOLD2

        gold2 = D.load(GOLD2, "gold2").records if GOLD2.is_file() else None
        summary = write_evaluation_artifacts(engine, model.metadata, Path(tmp), gold=gold,
                                             shared=shared.records if shared else None,
                                             registry=registry,
                                             extra_sets={"gold-2": gold2} if gold2 else None)
        card = summary["files"]["model_card"].read_text(encoding="utf-8")
    if args.out in (None, "-"):
        sys.stdout.write(card)
    else:
        Path(args.out).write_text(card, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


# textcat experiment -----------------------------------------------------------------------
def cmd_textcat(args) -> int:
    from training.textcat_experiment import DEFAULT_OUT, run_experiment

    archs = ("bow", "ensemble") if args.arch == "both" else (args.arch,)
    argv = " ".join(a for a in sys.argv[2:]) if len(sys.argv) > 2 else ""
    res = run_experiment(archs=archs, epochs=args.epochs, limit=args.limit,
                         track=not args.no_track,
                         out=Path(args.out) if args.out else DEFAULT_OUT, args_text=argv,
                         progress=lambda m: print(m, file=sys.stderr))
    print(res["markdown"])
    return 0


# mlflow ui --------------------------------------------------------------------------------
def cmd_ui_help(args) -> int:
    from training.mlflow_config import MlflowConfig

    cfg = MlflowConfig.from_env()
    print(f"""MLflow tracking for calltriage
  tracking URI:      {cfg.tracking_uri}
  artifact root:     {cfg.artifact_root or '(the tracking server decides)'}
  experiment:        {cfg.experiment}   (promotions: {cfg.experiment}-promotions, textcat: {cfg.experiment}-textcat)
  registered model:  {cfg.registered_model}   (aliases: champion, challenger)

Show the runs and the registry in the MLflow UI (then open http://127.0.0.1:{args.port}):

  {cfg.ui_command(args.port)}

Other stores: set CALLTRIAGE_MLFLOW_TRACKING_URI (or MLFLOW_TRACKING_URI), e.g.
  CALLTRIAGE_MLFLOW_TRACKING_URI=http://mlflow.internal:5000 calltriage train
  CALLTRIAGE_MLFLOW_TRACKING_URI=postgresql://user@db/mlflow calltriage train

Serve the champion's whole decision path over HTTP (MLflow scoring server, same env):
  MLFLOW_DISABLE_TELEMETRY=true MLFLOW_TRACKING_URI={cfg.tracking_uri} mlflow models serve -m "models:/{cfg.registered_model}@champion" --env-manager local --port 5001
  curl -s localhost:5001/invocations -H 'Content-Type: application/json' \\
    -d '{{"dataframe_records": [{{"narrative": "RP states neighbor playing loud music, verbal only"}}]}}'
""")
    return 0


def register(sub) -> None:
    sp = sub.add_parser("promote", help="move the registry alias 'champion' to a candidate "
                        "when every promotion gate passes (else refuse with a report)")
    g = sp.add_mutually_exclusive_group()
    g.add_argument("--version", help="registered model version number to promote")
    g.add_argument("--alias", default="challenger", help="alias of the candidate "
                   "(default: challenger)")
    sp.add_argument("--by", help="who promotes (default: $CALLTRIAGE_PROMOTED_BY or user@host)")
    sp.add_argument("--reason", help="why (recorded with the promotion)")
    sp.add_argument("--gold", help="labelled gold JSONL (default: data_samples/gold/gold.jsonl)")
    sp.add_argument("--dry-run", action="store_true", help="check the gates, change nothing")
    sp.add_argument("--json-out", help="also write the gate results as JSON here")
    sp.set_defaults(func=cmd_promote)

    sp = sub.add_parser("export-training", help="audited decisions + call-taker outcomes -> "
                        "labelled rows for review, personal data replaced by placeholders")
    sp.add_argument("--db-url", help="audit database URL (default: $CALLTRIAGE_DATABASE_URL)")
    sp.add_argument("--db-schema", help="PostgreSQL schema of the audit tables")
    sp.add_argument("--out", required=True, help="output JSONL")
    sp.add_argument("--since", help="received_at >= this ISO time")
    sp.add_argument("--until", help="received_at < this ISO time")
    sp.add_argument("--model-version", help="only decisions made by this model version")
    sp.add_argument("--include-without-outcome", action="store_true",
                    help="also export decisions with no call-taker outcome (needs_review)")
    sp.set_defaults(func=cmd_export)

    sp = sub.add_parser("model-card", help="generate the Markdown model card")
    g = sp.add_mutually_exclusive_group()
    g.add_argument("--model-uri", help="e.g. models:/calltriage-triage@champion")
    g.add_argument("--model", help="model folder (default: models/default)")
    sp.add_argument("--policy", help="policy TOML (default: the model's logged policy or the "
                    "packaged default)")
    sp.add_argument("--out", help="output file (default: stdout)")
    sp.set_defaults(func=cmd_model_card)

    sp = sub.add_parser("experiment-textcat", help="compare the production classifier with a "
                        "spaCy textcat trained on the same rows (quality, latency, size)")
    sp.add_argument("--epochs", type=int, default=3)
    sp.add_argument("--arch", choices=["bow", "ensemble", "both"], default="both")
    sp.add_argument("--limit", type=int, help="use only the first N training rows (smoke runs)")
    sp.add_argument("--out", help="Markdown result file (default: "
                    "experiments/textcat-vs-production.md)")
    sp.add_argument("--no-track", action="store_true", help="do not log to MLflow")
    sp.set_defaults(func=cmd_textcat)

    sp = sub.add_parser("mlflow-ui-help", help="where runs are tracked and how to open the "
                        "MLflow UI")
    sp.add_argument("--port", type=int, default=5000)
    sp.set_defaults(func=cmd_ui_help)
