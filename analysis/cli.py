"""``calltriage analyze``: registered into the core CLI through ``OPTIONAL_SHELLS``.

Imports nothing heavy at module level, so ``calltriage --help`` stays fast and a missing
pyarrow only matters when ``analyze`` runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EPILOG = """\
examples:
  calltriage analyze --input calls.parquet --out report/
  calltriage analyze --input export.csv --out report/ --mapping mapping.toml --policy city.toml
  calltriage analyze --input export.csv --out report/ --col-narrative COMMENTS \\
      --col-call-type NATURE --col-received CALL_TIME --col-district BEAT
  calltriage analyze --input calls.parquet --out report/ --engine spark --spark-master local[*]

Without a mapping, columns named like the spec's batch format (id, narrative, call_type,
caller, caller_requests_police) or received_at, district, onscene_minutes are used.
"""


def register(subparsers) -> None:
    sp = subparsers.add_parser(
        "analyze", help="eligibility analysis of a historical CAD export (CSV, Parquet, JSONL)",
        description="Run the full decision path over every call of a historical export and "
                    "write per-call decisions (Parquet + CSV), report.html and summary.json.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sp.add_argument("--input", required=True, help="calls.csv | .parquet | .jsonl (optionally .gz)")
    sp.add_argument("--out", required=True, help="output folder (created)")
    sp.add_argument("--format", choices=["csv", "parquet", "jsonl"], help="default: from the file name")
    sp.add_argument("--engine", choices=["local", "spark"], default="local")
    sp.add_argument("--policy", help="policy TOML (default: the packaged default policy)")
    sp.add_argument("--model", help="model folder (default: models/default)")

    g = sp.add_argument_group("column mapping")
    g.add_argument("--mapping", help="mapping TOML ([columns], [options], [caller_values])")
    from analysis.mapping import FIELD_HELP, FIELDS

    for name in FIELDS:
        flag = "--col-" + name.replace("_", "-")
        if name == "onscene_minutes":
            flag = "--col-onscene"
        g.add_argument(flag, dest=f"col_{name}", metavar="COLUMN", help=FIELD_HELP[name])
    g.add_argument("--received-format", help="strptime format of the received time "
                   "(default ISO 8601; or epoch_s / epoch_ms)")
    g.add_argument("--timezone", help="timezone of received times without an offset "
                   "(default: the policy's timezone)")
    g.add_argument("--onscene-unit", choices=["minutes", "seconds"])

    g = sp.add_argument_group("limitations (what-if settings for limits the policy does not set)")
    g.add_argument("--what-if-hours", metavar="HH:MM-HH:MM[/mon,tue,...]",
                   help="hours of operation to evaluate when the policy is 24/7")
    g.add_argument("--what-if-deny", metavar="TYPE[,TYPE...]", help="call types to evaluate as a deny list")
    g.add_argument("--what-if-allow", metavar="TYPE[,TYPE...]", help="call types to evaluate as an allow list")

    g = sp.add_argument_group("staffing (Erlang C)")
    g.add_argument("--target-share", type=float, default=0.8,
                   help="share of eligible calls that must reach a team within the wait (default 0.8)")
    g.add_argument("--target-wait", type=float, default=10.0, help="minutes (default 10)")
    g.add_argument("--block-hours", type=int, default=2, help="hours per block (default 2)")
    g.add_argument("--travel-minutes", type=float, default=0.0,
                   help="added to mean on-scene time per call (default 0)")
    g.add_argument("--default-onscene", type=float, default=45.0,
                   help="on-scene minutes when the input has none (default 45)")
    g.add_argument("--min-teams", type=int, default=0, help="teams on duty at least (default 0)")

    g = sp.add_argument_group("execution")
    g.add_argument("--chunk-rows", type=int, default=4096, help="rows per chunk (default 4096)")
    g.add_argument("--workers", type=int, help="local worker processes (default: all cores; "
                   "1 for small inputs)")
    g.add_argument("--as-of", help="ISO time used for calls without a received time (default: now)")
    g.add_argument("--no-progress", action="store_true", help="no progress bar")
    g.add_argument("--spark-master", help="Spark master URL (default: local[*], or the "
                   "spark-submit / SPARK_MASTER setting)")
    g.add_argument("--spark-partitions", type=int, help="repartition the input to N partitions")
    g.add_argument("--spark-udf", choices=["arrow", "pandas"], default="arrow",
                   help="mapInArrow (default) or mapInPandas")
    g.add_argument("--spark-conf", action="append", default=[], metavar="KEY=VALUE",
                   help="extra Spark configuration (repeatable)")
    g.add_argument("--spark-output", metavar="URI",
                   help="where Spark writes decisions.parquet/ and decisions.csv/ "
                        "(default: --out; on a cluster e.g. hdfs:///reports/2025)")
    sp.set_defaults(func=cmd_analyze)


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (value or "").split(",") if x.strip())


def options_from_args(args):
    from analysis.limits import WhatIf, parse_hours
    from analysis.mapping import FIELDS
    from analysis.run import AnalysisOptions
    from analysis.staffing import StaffingOptions

    if args.what_if_hours:
        parse_hours(args.what_if_hours)  # fail early with a clear message
    conf = {}
    for kv in args.spark_conf:
        k, sep, v = kv.partition("=")
        if not sep:
            raise ValueError(f"--spark-conf {kv!r}: use KEY=VALUE")
        conf[k.strip()] = v.strip()
    return AnalysisOptions(
        input=args.input if "://" in args.input else Path(args.input), out=Path(args.out), engine=args.engine, format=args.format,
        policy_path=args.policy, model_dir=args.model, mapping_file=args.mapping,
        columns={f: getattr(args, f"col_{f}") for f in FIELDS},
        mapping_options={"received_format": args.received_format, "timezone": args.timezone,
                         "onscene_unit": args.onscene_unit},
        chunk_rows=args.chunk_rows, workers=args.workers, progress=not args.no_progress,
        as_of=args.as_of,
        whatif=WhatIf(hours=args.what_if_hours, deny=_split(args.what_if_deny),
                      allow=_split(args.what_if_allow)),
        staffing=StaffingOptions(target_share=args.target_share, target_wait=args.target_wait,
                                 block_hours=args.block_hours, travel_minutes=args.travel_minutes,
                                 default_onscene=args.default_onscene, min_teams=args.min_teams),
        spark_master=args.spark_master, spark_partitions=args.spark_partitions,
        spark_udf=args.spark_udf, spark_conf=conf, spark_output=args.spark_output,
    )


def cmd_analyze(args) -> int:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        print("error: calltriage analyze needs pyarrow (pip install pyarrow)", file=sys.stderr)
        return 2
    from analysis.mapping import MappingError
    from analysis.run import print_summary
    from calltriage.policy import PolicyError

    try:
        opts = options_from_args(args)
        if opts.engine == "spark":
            from analysis.spark import SparkUnavailable, run_spark

            try:
                summary = run_spark(opts)
            except SparkUnavailable as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
        else:
            from analysis.local import run_local

            summary = run_local(opts)
    except (MappingError, PolicyError, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print_summary(summary)
    return 0
