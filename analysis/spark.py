"""The Spark engine: the same analysis on Apache Spark (local mode or any cluster).

Scoring runs on the executors through ``mapInArrow`` (default) or ``mapInPandas``; both
call ``analysis.score.Scorer.score`` (the core ``Engine``: rules, model, policy) on each
Arrow batch, so a call gets the same decision as with the local engine. Counting runs the
same ``analysis.aggregate.partial`` on the executors and sums per key with ``groupBy``; the
driver only ever holds the merged counts. Outputs are Spark's usual part-file folders:
``decisions.parquet/`` and ``decisions.csv/`` (plus ``report.html`` and ``summary.json``).

The model folder is shipped to the executors with ``SparkContext.addFile``; the code
(calltriage + analysis) and its dependencies must be importable on the executors; see
analysis/README.md for a cluster recipe. pyspark is imported only when this engine runs.
"""

from __future__ import annotations

import functools
import os
import sys
import time
from pathlib import Path

from analysis import run
from analysis.aggregate import PARTIAL_SCHEMA
from analysis.mapping import FIELDS
from analysis.score import ScoreConfig, spark_ddl

_SCORERS: dict = {}


class SparkUnavailable(RuntimeError):
    """pyspark or Java is missing; the message says what to install."""


def check_spark() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise SparkUnavailable("--engine spark needs pyspark: pip install pyspark "
                               "(see analysis/README.md for the tested pins)") from None
    import shutil

    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        raise SparkUnavailable("--engine spark needs Java 17 or 21 (java on PATH or JAVA_HOME)")


# -- executor side ----------------------------------------------------------------------
def _scorer(cfg: ScoreConfig):
    """One Scorer (one core Engine) per Python worker, reused across tasks."""
    key = (cfg.model_dir, repr(cfg))
    sc = _SCORERS.get(key)
    if sc is None:
        from dataclasses import replace

        from analysis.score import Scorer

        model_dir = cfg.model_dir
        if model_dir:
            try:
                from pyspark import SparkFiles

                shipped = SparkFiles.get(Path(model_dir).name)
                if Path(shipped).is_dir():
                    model_dir = shipped
            except Exception:  # noqa: BLE001 - not in a Spark task, or not shipped
                pass
        _SCORERS.clear()
        sc = _SCORERS[key] = Scorer(replace(cfg, model_dir=model_dir))
    return sc


def score_arrow(cfg: ScoreConfig, batches):
    scorer = _scorer(cfg)
    for b in batches:
        if b.num_rows:
            yield scorer.score(b)


def score_pandas(cfg: ScoreConfig, frames):
    import pyarrow as pa

    import pyarrow.compute as pc

    scorer = _scorer(cfg)
    for pdf in frames:
        if len(pdf):
            b = pa.RecordBatch.from_pandas(pdf, preserve_index=False)
            row = b.column("_row")
            if pa.types.is_floating(row.type):  # pandas turns a nullable long into float/NaN
                row = pc.cast(pc.if_else(pc.is_nan(row), None, row), pa.int64())
                b = b.set_column(b.schema.get_field_index("_row"), "_row", row)
            yield scorer.score(b).to_pandas()


def partial_arrow(batches):
    from analysis.aggregate import partial

    for b in batches:
        if b.num_rows:
            yield from partial(b).to_batches()


# -- driver side ------------------------------------------------------------------------
def _session(opts: run.AnalysisOptions):
    from pyspark.sql import SparkSession

    master = opts.spark_master or os.environ.get("SPARK_MASTER")
    if master is None or master.startswith("local"):
        # local mode: executors are child processes of this machine; give them this
        # interpreter and this checkout (the analysis package may not be installed)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        root = str(Path(__file__).resolve().parent.parent)
        pp = os.environ.get("PYTHONPATH", "")
        if root not in pp.split(os.pathsep):
            os.environ["PYTHONPATH"] = root + (os.pathsep + pp if pp else "")
    b = SparkSession.builder.appName("calltriage-analyze")
    if master:
        b = b.master(master)
    elif not os.environ.get("SPARK_HOME") and "spark.master" not in opts.spark_conf:
        b = b.master("local[*]")
    conf = {
        "spark.ui.showConsoleProgress": "true" if opts.progress else "false",
        "spark.sql.execution.arrow.maxRecordsPerBatch": str(opts.chunk_rows),
        "spark.sql.execution.arrow.useLargeVarTypes": "false",
        "spark.sql.session.timeZone": "UTC",
        **opts.spark_conf,
    }
    for k, v in conf.items():
        b = b.config(k, v)
    spark = b.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    if "spark.sql.shuffle.partitions" not in opts.spark_conf:
        # the counts are small: one shuffle partition per core is plenty
        spark.conf.set("spark.sql.shuffle.partitions", str(spark.sparkContext.defaultParallelism))
    return spark


def _read(spark, path: Path, fmt: str):
    p = str(path)
    if fmt == "parquet":
        return spark.read.parquet(p)
    if fmt == "csv":
        # every column as text, RFC 4180 quoting, narratives may span lines
        return (spark.read.option("header", True).option("multiLine", True)
                .option("escape", '"').option("inferSchema", False).csv(p))
    return (spark.read.option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", "_corrupt_record").json(p))


def run_spark(opts: run.AnalysisOptions) -> dict:
    check_spark()
    import warnings

    # pyspark warns about pandas >= 3 when any Python UDF is planned; the default
    # mapInArrow path does not use pandas at all
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas",
                            category=FutureWarning)
    from pyspark.sql import functions as F

    from analysis.io import detect_format
    from analysis.score import make_engine

    t0 = time.perf_counter()
    src = str(opts.input)
    if not run.is_uri(src) and not Path(src).exists():
        raise FileNotFoundError(f"input not found: {src}")
    fmt = opts.format or detect_format(src.rstrip("/"))
    name = src.rstrip("/").rsplit("/", 1)[-1]
    policy = run.load(opts)
    now = run.as_of(opts)
    model_dir = run.resolve_model_dir(opts.model_dir)
    engine = make_engine(model_dir, policy)  # driver: versions and a model check
    versions = {"model": engine.model_version, "rules": engine.rules_version,
                "policy": engine.policy_version, "model_error": engine.slot.error}
    notes: list[str] = []
    if engine.slot.error:
        notes.append(f"model not loaded ({engine.slot.error}): decisions are rules-only (degraded).")

    spark = _session(opts)
    master = spark.sparkContext.master
    df = _read(spark, src, fmt)
    input_cols = [c for c in df.columns if c != "_corrupt_record"]
    mapping = run.make_mapping(opts, input_cols)
    cfg = run.make_config(opts, policy, mapping, model_dir, now)
    run.log(f"analyze (spark {master}): {name} ({fmt}), mapping "
            + ", ".join(f"{k}={v}" for k, v in mapping.columns.items()))
    if model_dir and Path(model_dir).is_dir():
        spark.sparkContext.addFile(str(Path(model_dir).resolve()), recursive=True)

    if not mapping.source("id"):
        # no id column: number the rows (1-based, in file order) as the local engine does
        rdd = df.rdd.zipWithIndex().map(lambda t: (*t[0], t[1] + 1))
        df = spark.createDataFrame(rdd, df.schema.add("_row", "long"))
    cols = []
    for field in FIELDS:
        column = mapping.source(field)
        cols.append(F.col(f"`{column}`").alias(field) if column
                    else F.lit(None).cast("string").alias(field))
    cols.append(F.col("_row") if "_row" in df.columns else F.lit(None).cast("long").alias("_row"))
    if "_corrupt_record" in df.columns:
        cols.append(F.when(F.col("_corrupt_record").isNotNull(), F.lit("line is not valid JSON"))
                    .otherwise(F.lit(None).cast("string")).alias("_error"))
    else:
        cols.append(F.lit(None).cast("string").alias("_error"))
    canon = df.select(*cols)
    if opts.spark_partitions:
        canon = canon.repartition(opts.spark_partitions)

    if opts.spark_udf == "pandas":
        scored = canon.mapInPandas(functools.partial(score_pandas, cfg), spark_ddl())
    else:
        scored = canon.mapInArrow(functools.partial(score_arrow, cfg), spark_ddl())

    out = opts.out
    out.mkdir(parents=True, exist_ok=True)
    base = (opts.spark_output or str(out.resolve())).rstrip("/")
    pq_dir, csv_dir = f"{base}/decisions.parquet", f"{base}/decisions.csv"
    scored.write.mode("overwrite").parquet(pq_dir)          # the one scoring pass
    decided = spark.read.parquet(pq_dir)
    decided.write.mode("overwrite").option("header", True).csv(csv_dir)
    sums = [F.sum(m).alias(m) for m in PARTIAL_SCHEMA.names[2:]]
    merged_rows = (decided.mapInArrow(partial_arrow, _partial_ddl())
                   .groupBy("kind", "key").agg(*sums).toArrow())
    import pyarrow as pa
    import pyarrow.compute  # noqa: F401

    merged = pa.table({f.name: merged_rows.column(f.name).cast(f.type) for f in PARTIAL_SCHEMA},
                      schema=PARTIAL_SCHEMA)
    n_rows = int(pa.compute.sum(merged.filter(pa.compute.equal(merged.column("kind"), "cube"))
                                .column("n")).as_py() or 0)
    elapsed = time.perf_counter() - t0
    info = {"name": name, "path": src, "format": fmt, "rows": n_rows,
            "bytes": Path(src).stat().st_size if not run.is_uri(src) and Path(src).is_file() else None,
            "spark_master": master, "spark_udf": opts.spark_udf,
            "partitions": canon.rdd.getNumPartitions() if opts.spark_partitions else None}
    outputs = {"decisions_parquet": pq_dir, "decisions_csv": csv_dir,
               "report": str(out / "report.html"), "summary": str(out / "summary.json")}
    summary = run.finish(opts, merged, policy=policy, mapping=mapping, versions=versions,
                         input_info=info, elapsed=elapsed, now=now, outputs=outputs,
                         warnings=notes)
    if not opts.spark_keep_session:
        spark.stop()
    return summary


def _partial_ddl() -> str:
    import pyarrow as pa

    names = {pa.string(): "string", pa.int64(): "bigint", pa.float64(): "double"}
    return ", ".join(f"`{f.name}` {names[f.type]}" for f in PARTIAL_SCHEMA)
