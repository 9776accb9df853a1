"""Both engines give identical decisions on the same input (Spark local mode).

Skipped, loudly, when pyspark or Java is missing. One test drives one Spark session
(local[1]) through three inputs, so that pytest-xdist does not start a JVM per worker;
the inputs are small, so the cost is mostly Spark's own start-up.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pyarrow", reason="ANALYSIS TESTS SKIPPED: pyarrow is not installed")

import importlib.util
import json
import os
import shutil
import warnings
from pathlib import Path

import pyarrow.csv as pacsv
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from analysis.limits import WhatIf
from analysis.run import AnalysisOptions


def _missing() -> str | None:
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark is not installed (pip install pyspark; see analysis/README.md)"
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        return "Java is not installed (Spark needs Java 17 or 21)"
    return None


REASON = _missing()
if REASON:
    warnings.warn(f"Spark tests SKIPPED: {REASON}", stacklevel=1)
pytestmark = pytest.mark.skipif(REASON is not None, reason=f"SPARK TESTS SKIPPED: {REASON}")

POLICY = """
name = "spark-test"
timezone = "America/Denver"
accept_third_party_callers = false
call_type_deny = ["DISTURBANCE (OTHER)"]
[categories.behavioral_health]
team = "Community Response Team"
[categories.homelessness]
team = "Community Response Team"
[categories.conflict]
team = "Community Response Team"
[hours."Community Response Team"]
start = "07:00:00"
end = "22:00:00"
"""


@pytest.fixture(scope="module")
def case(synth_parquet, tmp_path_factory):
    d = tmp_path_factory.mktemp("spark")
    t = pq.read_table(synth_parquet).slice(0, 400)
    pq.write_table(t, d / "calls.parquet")
    pacsv.write_csv(t, d / "calls.csv")
    (d / "policy.toml").write_text(POLICY)
    return d


def _opts(case: Path, small_model_dir, out: str, engine: str, **kw) -> AnalysisOptions:
    return AnalysisOptions(input=case / kw.pop("input", "calls.parquet"), out=case / out,
                           engine=engine, policy_path=str(case / "policy.toml"),
                           model_dir=str(small_model_dir), progress=False, workers=1,
                           as_of="2026-01-07T03:00:00+00:00", chunk_rows=128,
                           whatif=WhatIf(deny=("TRESPASS",)), spark_master="local[1]",
                           spark_keep_session=True, **kw)


@pytest.fixture(scope="module")
def local_run(case, small_model_dir):
    from analysis.local import run_local

    summary = run_local(_opts(case, small_model_dir, "local", "local"))
    return summary, pq.read_table(case / "local" / "decisions.parquet")


@pytest.fixture(scope="module", autouse=True)
def _stop_spark():
    yield
    try:
        from pyspark.sql import SparkSession

        s = SparkSession.getActiveSession()
        if s is not None:
            s.stop()
    except Exception:  # noqa: BLE001
        pass


def _compare(local, spark_table):
    # every column but `row`: Spark numbers rows only when the input has no id column
    names = [n for n in local.schema.names if n != "row"]
    a = local.select(names).sort_by("id").to_pylist()
    b = spark_table.select(names).sort_by("id").to_pylist()
    assert len(a) == len(b) == 400
    for x, y in zip(a, b, strict=True):
        assert x == y, {k: (x[k], y[k]) for k in x if x[k] != y[k]}


def check_mapinarrow_from_parquet(case, small_model_dir, local_run):
    from analysis.spark import run_spark

    local_summary, local = local_run
    summary = run_spark(_opts(case, small_model_dir, "spark", "spark"))
    _compare(local, ds.dataset(case / "spark" / "decisions.parquet").to_table())
    for key in ("totals", "limits", "categories", "districts", "heatmap", "disqualifiers",
                "staffing", "routes"):
        assert summary[key] == local_summary[key], key
    assert summary["totals"]["eligible"] > 0 and summary["limits"]["removed_together"] > 0
    assert summary["meta"]["input"]["name"] == "calls.parquet"
    assert summary["meta"]["input"]["rows"] == 400
    html = (case / "spark" / "report.html").read_text()
    assert "What each policy limitation removes" in html
    csv_parts = list((case / "spark" / "decisions.csv").glob("part-*.csv"))
    assert csv_parts
    assert json.loads((case / "spark" / "summary.json").read_text())["meta"]["engine"].startswith("spark")


def check_mapinpandas_from_csv(case, small_model_dir, local_run):
    from analysis.spark import run_spark

    _, local = local_run
    run_spark(_opts(case, small_model_dir, "spark-pandas", "spark", input="calls.csv",
                    spark_udf="pandas"))
    _compare(local, ds.dataset(case / "spark-pandas" / "decisions.parquet").to_table())


def check_rows_numbered_without_an_id_column(case, small_model_dir, dev_rows):
    """JSON Lines without ids (one line unreadable): both engines number the rows alike."""
    from analysis.local import run_local
    from analysis.spark import run_spark

    lines = [json.dumps({"narrative": r["narrative"], "call_type": r.get("call_type"),
                         "caller": r.get("caller"), "caller_requests_police": r.get("caller_requests_police"),
                         "received_at": f"2025-06-0{1 + i % 7}T{i % 24:02d}:30:00", "onscene_minutes": 10 + i})
             for i, r in enumerate(dev_rows[:60])]
    lines.insert(7, "{not json")
    (case / "noid.jsonl").write_text("\n".join(lines) + "\n")
    run_local(_opts(case, small_model_dir, "noid-local", "local", input="noid.jsonl"))
    run_spark(_opts(case, small_model_dir, "noid-spark", "spark", input="noid.jsonl"))
    a = pq.read_table(case / "noid-local" / "decisions.parquet").sort_by("row").to_pylist()
    b = ds.dataset(case / "noid-spark" / "decisions.parquet").to_table().sort_by("row").to_pylist()
    assert [r["id"] for r in a] == [str(i) for i in range(1, 62)]
    assert a[7]["error"] == "line is not valid JSON"
    assert a == b


def test_spark_engine_gives_the_local_engine_decisions(case, small_model_dir, local_run, dev_rows):
    """One test, so that one pytest-xdist worker starts one Spark session for all three."""
    check_mapinarrow_from_parquet(case, small_model_dir, local_run)
    check_mapinpandas_from_csv(case, small_model_dir, local_run)
    check_rows_numbered_without_an_id_column(case, small_model_dir, dev_rows)
