"""What both engines share: options, setup (policy, mapping, engine versions) and the
final step (counts -> staffing -> report.html + summary.json)."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from analysis import aggregate, report, staffing
from analysis.limits import LimitSet, WhatIf
from analysis.mapping import Mapping, build_mapping, load_mapping_file
from analysis.score import ScoreConfig
from calltriage.policy import Policy, load_policy


@dataclass
class AnalysisOptions:
    input: str | Path                     # a path; on Spark also a URI (hdfs://, s3a://, ...)
    out: Path                             # report.html, summary.json (and local decisions)
    engine: str = "local"
    format: str | None = None
    policy_path: str | None = None
    model_dir: str | None = None          # None: models/default (built on first use)
    mapping_file: str | None = None
    columns: dict[str, str | None] = field(default_factory=dict)   # --col-* overrides
    mapping_options: dict = field(default_factory=dict)            # --received-format ...
    chunk_rows: int = 4096
    workers: int | None = None            # local: None = automatic
    progress: bool = True
    as_of: str | None = None              # 'now' for calls without a received time
    whatif: WhatIf = field(default_factory=WhatIf)
    staffing: staffing.StaffingOptions = field(default_factory=staffing.StaffingOptions)
    spark_master: str | None = None
    spark_partitions: int | None = None
    spark_udf: str = "arrow"              # arrow (mapInArrow) | pandas (mapInPandas)
    spark_conf: dict[str, str] = field(default_factory=dict)
    spark_keep_session: bool = False      # tests reuse one session
    spark_output: str | None = None       # where Spark writes decisions.* (default: out)


def is_uri(path: str | Path) -> bool:
    return "://" in str(path)


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def resolve_model_dir(model_dir: str | None) -> str | None:
    """The model folder; the default model is built on first use, as the core CLI does."""
    from calltriage.engine import DEFAULT_MODEL_DIR

    path = Path(model_dir) if model_dir else DEFAULT_MODEL_DIR
    if path == DEFAULT_MODEL_DIR and not (path / "model.joblib").is_file():
        from calltriage import cli as core_cli

        core_cli._build_default_model(path)
    return str(path)


def as_of(opts: AnalysisOptions) -> dt.datetime:
    if opts.as_of:
        when = dt.datetime.fromisoformat(opts.as_of)
        return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def make_mapping(opts: AnalysisOptions, input_columns: list[str]) -> Mapping:
    data = load_mapping_file(opts.mapping_file) if opts.mapping_file else None
    return build_mapping(input_columns, file_data=data, overrides=opts.columns,
                         options=opts.mapping_options)


def make_config(opts: AnalysisOptions, policy: Policy, mapping: Mapping, model_dir: str | None,
                now: dt.datetime) -> ScoreConfig:
    return ScoreConfig(policy=policy.model_dump(mode="json"), mapping=mapping,
                       now=now.isoformat(), model_dir=model_dir, whatif=opts.whatif)


def load(opts: AnalysisOptions) -> Policy:
    return load_policy(opts.policy_path)


def finish(opts: AnalysisOptions, merged: pa.Table, *, policy: Policy, mapping: Mapping,
           versions: dict, input_info: dict, elapsed: float, now: dt.datetime,
           outputs: dict, warnings: list[str]) -> dict:
    results = aggregate.finish(merged)
    limits = LimitSet(policy, opts.whatif).describe()
    st = staffing.estimate(results["by_slot"], results["dates"]["days_by_weekday"], opts.staffing)
    tot = results["totals"]
    if tot["mismatches"]:
        warnings.append(f"{tot['mismatches']} call(s): re-deciding under the actual policy did not "
                        "reproduce the engine's decision; their limitation flags are unreliable "
                        "(report this: the core's decide() order changed).")
    if tot["degraded"]:
        warnings.append(f"{tot['degraded']:,} decision(s) were made without the model "
                        "(rules-only, degraded): those calls are never eligible.")
    if tot["errors"]:
        warnings.append(f"{tot['errors']:,} row(s) could not be decided (see the error column).")
    if results["heatmap"]["no_time"]["n"] and mapping.source("received"):
        warnings.append(f"{results['heatmap']['no_time']['n']:,} call(s) without a readable received "
                        f"time: hours of operation were checked at {now.isoformat()}.")
    if not mapping.source("received"):
        warnings.append("No received-time column: no time-of-day analysis, no staffing rates, "
                        f"and hours of operation are checked at {now.isoformat()}.")
    if not mapping.source("onscene_minutes"):
        warnings.append("No on-scene time column: staffing uses "
                        f"{opts.staffing.default_onscene:g} minutes per call (--default-onscene).")
    n = tot["n"]
    meta = {
        "input": input_info,
        "engine": opts.engine if opts.engine == "local" else f"spark ({input_info.get('spark_master')})",
        "versions": versions,
        "policy": {"name": policy.name, "version": policy.version, "timezone": policy.timezone,
                   "settings": policy.model_dump(mode="json")},
        "mapping": mapping.describe(),
        "as_of": now.isoformat(),
        "generated_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "elapsed_seconds": round(elapsed, 2),
        "rows_per_second": round(n / elapsed) if elapsed else None,
        "outputs": outputs,
        "warnings": warnings,
    }
    summary = report.build_summary(results, meta, limits, st)
    report.write(opts.out, summary)
    return summary


def print_summary(summary: dict) -> None:
    tot, lim, st = summary["totals"], summary["limits"], summary["staffing"]
    meta = summary["meta"]
    log(f"\n{tot['n']:,} calls in {meta['elapsed_seconds']:.1f} s ({meta['rows_per_second'] or 0:,} rows/s)")
    log(f"eligible under the policy:       {tot['eligible']:,} ({100 * (tot['eligible_share'] or 0):.1f}%)")
    log(f"eligible with limits relaxed:    {tot['eligible_unrestricted']:,} "
        f"({100 * (tot['eligible_unrestricted_share'] or 0):.1f}%)")
    for r in lim["rows"]:
        if r["evaluated"]:
            tag = "" if r["active"] else " (what-if)"
            adds = f", relaxing adds {r['relaxing_adds']:,}" if r["relaxing_adds"] is not None else ""
            log(f"  {r['label'] + tag:<52} removes {r['removes_alone']:,}{adds}")
    log(f"  {'all of the policy limitations together':<52} removes {lim['removed_together']:,}")
    o = st["options"]
    log(f"staffing (>= {o['target_share']:.0%} of eligible calls reach a team within "
        f"{o['target_wait_minutes']:g} min), teams per {o['block_hours']}-hour block:")
    log("  " + "  ".join(f"{b['block'][:5]}:{b['eligible']['teams']}" for b in st["blocks"]))
    log("assumptions:")
    for a in st["assumptions"]:
        log(f"  - {a}")
    for w in meta["warnings"]:
        log(f"warning: {w}")
    for k, v in meta["outputs"].items():
        log(f"{k}: {v}")
