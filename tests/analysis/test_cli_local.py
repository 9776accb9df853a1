"""`calltriage analyze` end to end with the local engine: real processes, real files."""

from __future__ import annotations

import pytest

pytest.importorskip("pyarrow", reason="ANALYSIS TESTS SKIPPED: pyarrow is not installed")

import csv
import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from analysis.limits import LIMIT_NAMES
from analysis.score import DECISION_SCHEMA


REPO = Path(__file__).resolve().parents[2]
AS_OF = "2026-01-07T03:00:00+00:00"

STRICT_POLICY = """
name = "strict-test"
timezone = "America/Denver"
accept_third_party_callers = false
conflict_requires_bh_nexus = true
call_type_deny = ["DISTURBANCE (OTHER)", "--DISTURBANCE - NOISE"]

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


def analyze(*args, check=True):
    p = subprocess.run([sys.executable, "-m", "calltriage.cli", "analyze", "--no-progress",
                        "--as-of", AS_OF, *args], capture_output=True, text=True, cwd=REPO,
                       timeout=300)
    if check and p.returncode != 0:
        raise AssertionError(p.stderr)
    return p


def read_csv(path: Path) -> pa.Table:
    return pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(
        column_types=DECISION_SCHEMA, strings_can_be_null=True, quoted_strings_can_be_null=False))


def _same(a: pa.Table, b: pa.Table) -> None:
    assert a.schema.names == b.schema.names
    for name in a.schema.names:
        x, y = a.column(name).to_pylist(), b.column(name).to_pylist()
        if x != y:
            bad = next(i for i, (u, v) in enumerate(zip(x, y, strict=True)) if u != v)
            raise AssertionError(f"column {name} differs at row {bad}: {x[bad]!r} != {y[bad]!r}")


@pytest.fixture(scope="module")
def strict_run(synth_parquet, small_model_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("strict") / "report"
    pol = out.parent / "strict.toml"
    pol.write_text(STRICT_POLICY)
    p = analyze("--input", str(synth_parquet), "--out", str(out), "--model", str(small_model_dir),
                "--policy", str(pol), "--what-if-allow", "TRESPASS,SERVICE - WELFARE CHECK")
    return out, p


def test_outputs_and_summary_agree_with_the_per_call_decisions(strict_run, synth_parquet):
    out, p = strict_run
    src = pq.read_table(synth_parquet)
    dec = pq.read_table(out / "decisions.parquet")
    assert dec.schema == DECISION_SCHEMA
    assert dec.column("id").to_pylist() == src.column("incident_number").to_pylist()
    _same(dec, read_csv(out / "decisions.csv"))

    s = json.loads((out / "summary.json").read_text())
    rows = dec.to_pylist()
    tot = s["totals"]
    assert tot["n"] == len(rows) == src.num_rows
    assert tot["eligible"] == sum(r["eligible"] for r in rows) > 0
    assert tot["eligible_unrestricted"] == sum(r["eligible_unrestricted"] for r in rows)
    assert tot["eligible_unrestricted"] > tot["eligible"]
    assert tot["mismatches"] == 0 and tot["errors"] == 0
    assert s["meta"]["mapping"]["columns"] == {
        "id": "incident_number", "narrative": "comments", "call_type": "initial_call_type",
        "received": "call_received", "district": "district", "caller": "caller_type",
        "caller_requests_police": "requested_police", "onscene_minutes": "onscene_minutes"}
    lim = {r["name"]: r for r in s["limits"]["rows"]}
    for name in LIMIT_NAMES:
        removed = sum(bool(r[f"limit_{name}"]) for r in rows)
        adds = sum(bool(r[f"relax_{name}"]) for r in rows)
        assert (lim[name]["removes_alone"] or 0) == removed, name
        assert (lim[name]["relaxing_adds"] or 0) == adds, name
    for name in ("third_party", "bh_nexus", "call_type_deny", "hours", "caller_requests_police"):
        assert lim[name]["active"] and lim[name]["removes_alone"] > 0, name
    assert not lim["call_type_allow"]["active"] and lim["call_type_allow"]["evaluated"]
    assert s["limits"]["removed_together"] == tot["eligible_unrestricted"] - tot["eligible"]
    # every call the policy turned away (and not the model or the rules) names a policy code
    for r in rows:
        if r["eligible_unrestricted"] and not r["eligible"]:
            assert "policy:" in r["reason_codes"], r
    dq = {d["code"]: d["calls"] for d in s["disqualifiers"]}
    assert dq["violence"] == sum("violence" in (r["disqualifier_codes"] or "") for r in rows) > 0
    dist = {d["district"]: d["eligible"] for d in s["districts"]}
    assert dist["Downtown"] == sum(r["eligible"] for r in rows if r["district"] == "Downtown")
    heat = s["heatmap"]["eligible"]
    assert heat[2][9] == sum(r["eligible"] for r in rows if r["weekday"] == 2 and r["hour"] == 9)
    assert len(s["staffing"]["blocks"]) == 12
    assert s["staffing"]["blocks"][5]["eligible"]["onscene_source"] == "observed"
    assert s["staffing"]["blocks"][0]["eligible"]["calls"] == 0     # team off duty at night
    assert sum(b["eligible"]["calls"] for b in s["staffing"]["blocks"]) == tot["eligible"]
    assert s["dates"]["first"].startswith("2025-01") and s["dates"]["last"].startswith("2025-12")


def test_report_has_every_section_with_numbers(strict_run):
    out, p = strict_run
    html = (out / "report.html").read_text()
    s = json.loads((out / "summary.json").read_text())
    for heading in ("Eligible share and counts by category", "by hour of day and weekday",
                    "By district", "What each policy limitation removes", "Disqualifiers",
                    "Staffing estimate (Erlang C)", "Assumptions"):
        assert heading in html, heading
    assert html.count("<svg") >= 7
    assert f"{s['totals']['n']:,}" in html and f"{s['limits']['removed_together']:,}" in html
    assert "Hours of operation" in html and "Call-type allow list (what-if)" in html
    assert "assumptions:" in p.stderr and "Erlang C" in p.stderr
    assert "policy-strict-test-" in html


def test_csv_with_a_mapping_file_on_two_workers_gives_the_same_decisions(
        strict_run, synth_parquet, small_model_dir, tmp_path):
    out, _ = strict_run
    src = pq.read_table(synth_parquet)
    # the same calls as another CAD would export them: other names, US dates, seconds
    received = [t.strftime("%m/%d/%Y %I:%M:%S %p") for t in src.column("call_received").to_pylist()]
    ons = [None if v is None else v * 60 for v in src.column("onscene_minutes").to_pylist()]
    caller = [{"FIRST PARTY": "SELF", "THIRD PARTY": "RP WITNESS"}.get(v, v)
              for v in src.column("caller_type").to_pylist()]
    export = pa.table({"CAD_NO": src.column("incident_number"), "NATURE": src.column("initial_call_type"),
                       "CALL_TIME": received, "BEAT": src.column("district"), "COMMENTS": src.column("comments"),
                       "CALLER": caller, "ASKED_POLICE": src.column("requested_police"),
                       "SECS_ON_SCENE": ons})
    path = tmp_path / "export.csv"
    pacsv.write_csv(export, path)
    mapping = tmp_path / "mapping.toml"
    mapping.write_text("""
[columns]
id = "CAD_NO"
narrative = "COMMENTS"
call_type = "NATURE"
received = "CALL_TIME"
district = "BEAT"
caller = "CALLER"
caller_requests_police = "ASKED_POLICE"
onscene_minutes = "SECS_ON_SCENE"

[options]
received_format = "%m/%d/%Y %I:%M:%S %p"
onscene_unit = "seconds"

[caller_values]
"RP WITNESS" = "third_party"
""")
    pol = out.parent / "strict.toml"
    out2 = tmp_path / "report"
    analyze("--input", str(path), "--out", str(out2), "--model", str(small_model_dir),
            "--policy", str(pol), "--mapping", str(mapping), "--workers", "2", "--chunk-rows", "300",
            "--what-if-allow", "TRESPASS,SERVICE - WELFARE CHECK")
    a = pq.read_table(out / "decisions.parquet")
    b = pq.read_table(out2 / "decisions.parquet")
    # on-scene minutes went through seconds and back: equal to rounding
    ons_a, ons_b = a.column("onscene_minutes").to_pylist(), b.column("onscene_minutes").to_pylist()
    assert all((x is None and y is None) or abs(x - y) < 1e-9 for x, y in zip(ons_a, ons_b, strict=True))
    _same(a.drop_columns(["onscene_minutes", "caller_source", "data_issues"]),
          b.drop_columns(["onscene_minutes", "caller_source", "data_issues"]))
    s2 = json.loads((out2 / "summary.json").read_text())
    assert s2["meta"]["input"]["workers"] == 2
    assert s2["unrecognized_callers"] == {}
    # the driver of a two-worker run reports the versions the workers decided with
    s1 = json.loads((out / "summary.json").read_text())
    assert s2["meta"]["versions"] == s1["meta"]["versions"]
    assert s2["meta"]["versions"]["model"] and not s2["meta"]["versions"]["model_error"]


def test_two_workers_without_a_model_say_so_and_decide_from_the_rules(dev_rows, tmp_path):
    path = tmp_path / "calls.jsonl"
    path.write_text("".join(json.dumps({"id": r["id"], "narrative": r["narrative"]}) + "\n"
                            for r in dev_rows[:30]))
    out = tmp_path / "r"
    analyze("--input", str(path), "--out", str(out), "--model", str(tmp_path / "no-model"),
            "--workers", "2", "--chunk-rows", "10")
    s = json.loads((out / "summary.json").read_text())
    assert s["meta"]["versions"]["model"] is None
    assert "no model artifact" in s["meta"]["versions"]["model_error"]
    assert any("rules-only" in w for w in s["meta"]["warnings"])
    d = pq.read_table(out / "decisions.parquet")
    assert all(d.column("degraded").to_pylist())


def test_spec_jsonl_needs_no_mapping_and_reports_bad_lines(small_model_dir, dev_rows, tmp_path):
    path = tmp_path / "calls.jsonl"
    lines = [json.dumps({k: r[k] for k in ("id", "narrative", "caller", "call_type",
                                           "caller_requests_police") if k in r}) for r in dev_rows[:40]]
    lines.insert(5, "{not json")
    path.write_text("\n".join(lines) + "\n")
    out = tmp_path / "r"
    p = analyze("--input", str(path), "--out", str(out), "--model", str(small_model_dir))
    dec = pq.read_table(out / "decisions.parquet")
    assert dec.num_rows == 41
    bad = dec.filter(pc.is_valid(dec.column("error"))).to_pylist()
    assert [(r["id"], r["error"]) for r in bad] == [("6", "line is not valid JSON")]
    assert "1 row(s) could not be decided" in p.stderr
    assert "No received-time column" in p.stderr
    with open(out / "decisions.csv", newline="") as f:
        assert len(list(csv.DictReader(f))) == 41


def test_user_errors_exit_2_with_a_message(small_model_dir, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n")
    p = analyze("--input", str(path), "--out", str(tmp_path / "o"), "--model", str(small_model_dir),
                check=False)
    assert p.returncode == 2 and "no narrative or call-type column" in p.stderr
    p = analyze("--input", str(path), "--out", str(tmp_path / "o"), "--col-narrative", "nope",
                check=False)
    assert p.returncode == 2 and "'nope'" in p.stderr and "a, b" in p.stderr
    p = analyze("--input", str(tmp_path / "missing.parquet"), "--out", str(tmp_path / "o"), check=False)
    assert p.returncode == 2 and "not found" in p.stderr
    help_text = subprocess.run([sys.executable, "-m", "calltriage.cli", "--help"], cwd=REPO,
                               capture_output=True, text=True).stdout
    assert "analyze" in help_text
