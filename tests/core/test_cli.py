"""The CLI end to end, as a user runs it: real processes, real files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def cli(*args, input=None, check=True):
    p = subprocess.run([sys.executable, "-m", "calltriage.cli", *args], input=input,
                       capture_output=True, timeout=120)
    if check and p.returncode != 0:
        raise AssertionError(p.stderr.decode())
    return p


def test_predict_text_is_readable(small_model_dir):
    out = cli("predict", "--model", str(small_model_dir), "--text",
              "RP states male has a knife, no injuries").stdout.decode()
    assert "route:        standard_dispatch" in out
    assert "weapon" in out and "'knife'" in out
    assert "cleared mentions" in out and "injuries" in out
    assert "rules-" in out and "policy-" in out


def test_predict_batch_spec_format_and_bad_lines(small_model_dir, tmp_path):
    lines = [
        json.dumps({"id": "c-1", "narrative": "neighbor playing loud music again, verbal only",
                    "caller": "first_party", "call_type": "NOISE", "extra_field": "x"}),
        "{not json",
        json.dumps({"id": "c-3"}),
        json.dumps({"id": "c-4", "narrative": 42}),
        json.dumps({"id": "c-5", "narrative": "x" * 20001}),
        json.dumps({"id": "c-6", "narrative": "   "}),
        json.dumps({"id": 7, "narrative": "he pulled a gun", "caller": "alien"}),
        json.dumps([1, 2]),
    ]
    raw = ("\n".join(lines) + "\n").encode() + b'{"id": "c-9", "narrative": "\xff\xfe"}\n'
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(raw)
    out = tmp_path / "out.jsonl"
    p = cli("predict", "--model", str(small_model_dir), "--input", str(inp), "--output", str(out))
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["c-1", "2", "c-3", "c-4", "c-5", "c-6", "7", "8", "9"]
    ok = rows[0]
    for key in ("category", "probabilities", "disqualifiers", "route", "team", "reasons",
                "model_version", "rules_version", "policy_version"):
        assert key in ok
    assert "extra_field" not in json.dumps(ok)
    assert abs(sum(ok["probabilities"].values()) - 1) < 0.01
    assert "JSON" in rows[1]["error"]
    assert "narrative" in rows[2]["error"]
    assert "narrative" in rows[3]["error"] and "string" in rows[3]["error"]
    assert "20000" in rows[4]["error"] and "xxxx" not in rows[4]["error"]
    assert rows[5]["route"] == "call_taker_review"
    assert "caller" in rows[6]["error"]
    assert "object" in rows[7]["error"]
    assert "UTF-8" in rows[8]["error"]
    assert p.returncode == 0
    strict = cli("predict", "--model", str(small_model_dir), "--input", str(inp), "--output",
                 str(out), "--strict", check=False)
    assert strict.returncode == 1


def test_predict_stdin_stdout(small_model_dir):
    line = json.dumps({"id": "s1", "narrative": "man sleeping in the bus shelter, no blanket"})
    p = cli("predict", "--model", str(small_model_dir), "--input", "-", "--quiet",
            input=(line + "\n").encode())
    row = json.loads(p.stdout.decode())
    assert row["id"] == "s1" and row["route"] in (
        "community_responder", "call_taker_review", "standard_dispatch")


def test_evaluate_prints_the_required_metrics(small_model_dir, tmp_path):
    recs = [
        {"id": "a", "narrative": "he has a gun", "category": "other", "disqualifiers": ["weapon"]},
        {"id": "b", "narrative": "neighbors arguing about noise, verbal only",
         "category": "conflict", "disqualifiers": []},
    ]
    f = tmp_path / "lab.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in recs))
    out = cli("evaluate", "--model", str(small_model_dir), "--input", str(f)).stdout.decode()
    for needle in ("macro-F1", "precision", "recall", "weapon", "unsafe dispatches",
                   "eligible capture"):
        assert needle in out


@pytest.mark.parametrize("args", [["predict"], ["evaluate"]])
def test_usage_errors(args):
    assert cli(*args, check=False).returncode == 2


def test_predict_in_worker_processes_matches_one_process(small_model_dir, tmp_path):
    """--workers: same lines, same order, same error ids (line numbers) as one process."""
    import argparse
    import io

    from calltriage.batch import predict_stream
    from calltriage.cli import EngineFactory

    texts = ["neighbor playing loud music again, verbal only", "he pulled a gun on me",
             "unhoused man asleep in the doorway, cold", "son hearing voices, denies SI",
             "my wife is not breathing", "caller locked out of car, no emergency"]
    lines = []
    for i in range(40):
        if i % 9 == 4:
            lines.append(b"{broken json")
        elif i % 13 == 6:
            lines.append(b"")  # blank lines are skipped but keep the numbering
        else:
            lines.append(json.dumps({"id": f"r{i}", "narrative": texts[i % len(texts)],
                                     "caller": "third_party"}).encode())
    raw = b"\n".join(lines) + b"\n"
    factory = EngineFactory(argparse.Namespace(model=str(small_model_dir), policy=None))
    one, many = io.BytesIO(), io.BytesIO()
    n1, e1 = predict_stream(io.BytesIO(raw), one, engine=factory(), chunk_lines=7)
    n2, e2 = predict_stream(io.BytesIO(raw), many, make_engine=factory, workers=2,
                            chunk_lines=7)
    assert (n1, e1) == (n2, e2) == (37, 4)
    assert one.getvalue() == many.getvalue()
    # the CLI's way: workers forked from this process share the engine it built (where
    # this process may fork: one thread, as the CLI run below; under pytest-xdist this
    # process has more, so its workers build their own) -- same lines either way
    shared = io.BytesIO()
    assert predict_stream(io.BytesIO(raw), shared, engine=factory(), make_engine=factory,
                          workers=2, chunk_lines=7) == (37, 4)
    assert shared.getvalue() == one.getvalue()
    rows = [json.loads(x) for x in many.getvalue().splitlines()]
    assert [r["id"] for r in rows if "error" in r] == ["5", "14", "23", "32"]
    assert rows[-1]["id"] == "r39"
    # the CLI flag goes through the same path
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(raw)
    out = tmp_path / "out.jsonl"
    cli("predict", "--model", str(small_model_dir), "--input", str(inp), "--output", str(out),
        "--workers", "2", "--quiet")
    assert out.read_bytes() == one.getvalue()
