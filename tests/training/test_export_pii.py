"""Feedback loop: audited decisions + outcomes -> labelled rows with placeholders."""

from __future__ import annotations

import datetime as dt
import glob
import json
from pathlib import Path

import pytest

from training.pii import scrub

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("text,gone,kept", [
    ("RP John Smith at 1234 N 27th St says son hearing voices, callback 414-555-0134",
     ["John", "Smith", "1234 N 27th", "414-555-0134"], ["hearing voices", "[NAME]", "[ADDRESS]",
                                                         "[PHONE]"]),
    ("caller Maria Garcia (608) 555-0199, neighbor at 500 W Wisconsin Ave apt 3",
     ["Maria", "Garcia", "555-0199", "Wisconsin Ave", "apt 3"], ["neighbor"]),
    ("subj named deshawn washington, DOB 03/14/1985, goes by Dee",
     ["deshawn", "washington", "1985", "Dee"], ["[DOB]", "goes by"]),
    ("pt Juan Carlos de la Cruz dob: Jan 5, 1990 unresponsive at 2400 blk of W Vliet",
     ["Juan", "Cruz", "1990", "Vliet"], ["unresponsive"]),
    ("SUBJ JOHN SMITH HAS A KNIFE AT 88 ELM STREET", ["JOHN", "SMITH", "88 ELM"],
     ["HAS A KNIFE"]),
    ("Mrs. O'Brien called from 4145550123 about a man sleeping in her doorway, email "
     "ob@example.com", ["O'Brien", "4145550123", "ob@example.com"], ["sleeping in her doorway"]),
    ("RP states male yelling, neg wpns, 10-4, time 1430, 2 units enrt",
     [], ["RP states male yelling, neg wpns, 10-4, time 1430, 2 units enrt"]),
])
def test_scrub_replaces_personal_data(text, gone, kept):
    out, counts = scrub(text)
    for g in gone:
        assert g not in out, (g, out)
    for k in kept:
        assert k in out, (k, out)
    assert sum(counts.values()) >= (1 if gone else 0)


def test_scrub_never_hides_a_disqualifier_in_the_rule_tables():
    """Placeholders must not remove the words the rules fire on."""
    from calltriage.rules import detect

    texts = []
    for f in glob.glob(str(REPO / "tests" / "rules" / "tables" / "*.json")):
        table = json.loads(Path(f).read_text())
        for kind in ("affirmed", "uncertain"):
            texts += [t for t in table.get(kind, []) if isinstance(t, str)]
    assert len(texts) > 100
    for t in texts:
        before = {f.code for f in detect(t)}
        after = {f.code for f in detect(scrub(t)[0])}
        assert before <= after, (t, scrub(t)[0])


def _audit_db(tmp_path):
    pytest.importorskip("serving.audit.models")
    from sqlalchemy import create_engine

    from serving.audit.models import metadata

    url = f"sqlite:///{tmp_path / 'audit.db'}"
    engine = create_engine(url)
    metadata.create_all(engine)
    return url, engine


def _insert(engine, calls_and_outcomes, small_engine):
    """Write audit rows exactly as the service does (payload builders + column mapping)."""
    from serving.audit import decision_payload, outcome_payload
    from serving.audit.models import decisions, outcomes
    from serving.audit.records import canonical, columns, record_hash
    from serving.schemas import OutcomeIn

    from calltriage.decide import CallRequest

    seq = 0
    prev = "0" * 64
    t0 = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.timezone.utc)
    ids = []
    with engine.begin() as conn:
        for i, (call, outs) in enumerate(calls_and_outcomes):
            req = CallRequest(**call)
            d = small_engine.decide(req)
            did = f"00000000-0000-7000-8000-{i:012d}"
            ids.append(did)
            p = decision_payload(decision_id=did, received_at=t0 + dt.timedelta(minutes=i),
                                 client="cad-test", request_id=f"r{i}", call=req, decision=d,
                                 decision_dict=d.to_dict(), latency_ms=1.0)
            seq += 1
            p.update(writer_id="w1", seq=seq, prev_hash=prev)
            text = canonical(p).decode()
            h = record_hash(text.encode())
            conn.execute(decisions.insert().values(**columns("decision", p, h, text)))
            prev = h
            for j, o in enumerate(outs):
                op = outcome_payload(outcome_id=f"10000000-0000-7000-8000-{i:06d}{j:06d}",
                                     decision_id=did,
                                     received_at=t0 + dt.timedelta(minutes=i, seconds=30 + j),
                                     client="cad-test", request_id=f"o{i}{j}",
                                     outcome=OutcomeIn(**o))
                seq += 1
                op.update(writer_id="w1", seq=seq, prev_hash=prev)
                text = canonical(op).decode()
                h = record_hash(text.encode())
                conn.execute(outcomes.insert().values(**columns("outcome", op, h, text)))
                prev = h
    return ids


CALLS = [
    ({"narrative": "RP John Smith at 1234 N 27th St says neighbor playing loud music, verbal "
                   "only, callback 414-555-0134", "caller": "first_party", "call_type": "NOISE",
      "incident_id": "INC-1", "district": "D3"},
     [{"kind": "call_taker", "action": "accepted", "route_taken": "community_responder",
       "notes": "spoke with Mr. Smith at length"}]),
    ({"narrative": "caller Maria Garcia says her son is hearing voices, DOB 03/14/1985, "
                   "no weapons", "caller": "third_party"},
     [{"kind": "call_taker", "action": "overridden", "route_taken": "standard_dispatch"}]),
    ({"narrative": "man sleeping in the doorway of the pharmacy", "caller": "third_party"},
     [{"kind": "call_taker", "action": "accepted", "route_taken": "community_responder"},
      {"kind": "field", "disposition": "resolved_on_scene", "police_backup_requested": True}]),
    ({"narrative": "two car crash at 5th and Main, no injuries"}, []),
]


def test_export_training_from_the_audit_store(tmp_path, small_model):
    from calltriage.engine import Engine
    from calltriage.policy import load_policy
    from training import data as D
    from training.export import export_training, load_reviewed

    url, engine = _audit_db(tmp_path)
    ids = _insert(engine, CALLS, Engine(load_policy(), small_model))
    out = tmp_path / "feedback.jsonl"
    stats = export_training(url, out)
    assert stats["decisions"] == 4 and stats["rows"] == 3
    assert stats["skipped_without_outcome"] == 1
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["review"]["decision_id"] for r in rows] == ids[:3]
    text = out.read_text()
    for secret in ("John", "Smith", "1234 N 27th", "414-555-0134", "Maria", "Garcia", "1985",
                   "INC-1", "D3", "cad-test", "spoke with"):
        assert secret not in text, secret
    a, b, c = rows
    assert "[NAME]" in a["narrative"] and "[PHONE]" in a["narrative"]
    assert "[ADDRESS]" in a["narrative"] and "[DOB]" in b["narrative"]
    assert a["review"]["status"] == "suggested" and a["category"] == a["review"]["model_category"]
    assert b["review"]["status"] == "needs_review" and "overrode" in b["review"]["why"][0]
    assert c["review"]["status"] == "needs_review"
    assert any("police backup" in w for w in c["review"]["why"])
    assert a["review"]["placeholders"]["PHONE"] == 1
    # the rows are valid training data once reviewed
    D.validate([{k: v for k, v in r.items() if k != "review"} for r in rows], "feedback")
    assert len(load_reviewed(out)) == 0  # nothing reviewed yet
    rows[1]["review"]["status"] = "reviewed"
    rows[1]["category"] = "behavioral_health"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    reviewed = load_reviewed(out)
    assert len(reviewed) == 1 and reviewed.records[0]["category"] == "behavioral_health"

    # filters and the include-without-outcome switch
    assert export_training(url, tmp_path / "x.jsonl", include_without_outcome=True)["rows"] == 4
    later = export_training(url, tmp_path / "y.jsonl",
                            since=dt.datetime(2026, 11, 27, 12, 1, 30, tzinfo=dt.timezone.utc))
    assert later["decisions"] == 2


def test_export_cli_and_reviewed_rows_feed_training(tmp_path, small_model, capsys, fast_eval):
    from calltriage.cli import main
    from calltriage.engine import Engine
    from calltriage.policy import load_policy
    from training.train import train

    url, engine = _audit_db(tmp_path)
    _insert(engine, CALLS, Engine(load_policy(), small_model))
    out = tmp_path / "fb.jsonl"
    assert main(["export-training", "--db-url", url, "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 3
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    for r in rows:
        r["review"]["status"] = "reviewed"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    lines: list[str] = []
    meta = train(out_dir=tmp_path / "m", limit=None, folds=2, track=False, feedback=[out],
                 generated=REPO / "data_samples" / "dev" / "dev.jsonl", include_dev=False,
                 progress=lines.append)
    assert meta["train_sources"] == ["generated", "feedback:fb.jsonl"]
    assert meta["metrics"]["train_rows"] == 310 + 3


def test_export_reads_only_documented_columns():
    """The exporter's table shapes are a subset of the service's audit tables."""
    models = pytest.importorskip("serving.audit.models")
    from training.export import audit_tables

    for mine, theirs in zip(audit_tables(), (models.decisions, models.outcomes), strict=True):
        assert mine.name == theirs.name
        assert {c.name for c in mine.columns} <= {c.name for c in theirs.columns}
