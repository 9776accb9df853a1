"""Data validation on load, and the evaluation metrics computed by hand on tiny cases."""

from __future__ import annotations

import json

import pytest

from calltriage.decide import CallRequest, decide
from calltriage.evaluation import evaluate, expected_calibration_error
from calltriage.policy import Policy
from calltriage.rules import RULES_VERSION, screen
from training import data as D


def rec(i, narrative, category="conflict", dq=(), **kw):
    return {"id": f"r{i}", "narrative": narrative, "category": category,
            "disqualifiers": list(dq), **kw}


@pytest.mark.parametrize("bad,needle", [
    ({"category": "crime"}, "category"),
    ({"disqualifiers": ["gun"]}, "disqualifiers"),
    ({"disqualifiers": "weapon"}, "disqualifiers"),
    ({"narrative": None}, "narrative"),
    ({"caller": "neighbor"}, "caller"),
    ({"call_type": 5}, "call_type"),
])
def test_validation_names_each_problem(bad, needle):
    r = {**rec(1, "neighbors arguing"), **bad}
    with pytest.raises(D.DataError, match=needle):
        D.validate([r], "t")


def test_duplicate_ids_and_narratives():
    with pytest.raises(D.DataError, match="duplicate ids"):
        D.validate([rec(1, "a b c"), rec(1, "d e f")], "t")
    ds = D.validate([rec(1, "Loud music!"), rec(2, "loud   music")], "t")
    assert any("duplicate narrative" in w for w in ds.warnings)
    with pytest.raises(D.DataError, match="duplicate narrative"):
        D.validate([rec(1, "Loud music!"), rec(2, "loud   music")], "t", strict_duplicates=True)


def test_leakage_between_train_and_gold_is_removed():
    train = D.validate([rec(1, "Man yelling at cars."), rec(2, "dog barking all night")], "tr")
    gold = D.validate([rec(9, "man yelling at cars")], "gold")
    kept, removed = D.remove_leakage(train, [gold])
    assert removed == 1 and [r["id"] for r in kept.records] == ["r2"]


def test_shipped_data_files_validate_and_do_not_leak():
    evaluation = [D.load(path) for path in D.EVALUATION_SETS]  # gold, gold-3, gold-11
    dev = D.load(D.DEV)
    gen = D.load(D.GENERATED)
    assert len(evaluation) == 3 and all(len(ds) >= 400 for ds in evaluation)
    # 18 hand-written training sets by 18 authors, none of them an evaluation set
    assert len(D.HANDWRITTEN) == 18 and not set(D.HANDWRITTEN) & set(D.EVALUATION_SETS)
    assert len(gen) >= 20_000
    held = {D.normalize_for_leakage(r["narrative"]) for ds in evaluation for r in ds.records}
    assert not any(D.normalize_for_leakage(r["narrative"]) in held for r in dev.records)
    # every hand-written training set loads and its ids carry a prefix training weights up
    # (a row without one would count as generated); a few short narratives recur between
    # authors ("DOMESTIC"): training drops those against every evaluation set
    for path in D.HANDWRITTEN:
        hand = D.load(path)
        assert len(hand) >= 300
        assert all(r["id"].startswith(D.HANDWRITTEN_IDS) for r in hand.records)
        kept, removed = D.remove_leakage(hand, evaluation)
        assert removed <= 2
        assert not any(D.normalize_for_leakage(r["narrative"]) in held for r in kept.records)
    # generated rows may coincide with a short evaluation narrative ("SLEEPER IN DOORWAY");
    # training drops them against every evaluation set
    kept, removed = D.remove_leakage(gen, evaluation)
    assert removed < 10
    assert not any(D.normalize_for_leakage(r["narrative"]) in held for r in kept.records)


def test_write_jsonl_is_byte_deterministic(tmp_path):
    rows = [rec(1, "a"), rec(2, "b")]
    D.write_jsonl(tmp_path / "a.jsonl.gz", rows)
    D.write_jsonl(tmp_path / "b.jsonl.gz", rows)
    assert (tmp_path / "a.jsonl.gz").read_bytes() == (tmp_path / "b.jsonl.gz").read_bytes()
    assert D.read_jsonl(tmp_path / "a.jsonl.gz") == rows


def _decision(narrative, probs, **req):
    import datetime as dt

    s = screen(narrative)
    return decide(CallRequest(narrative=narrative, **req), s.findings, s.cleared, probs,
                  Policy(), model_version="m", rules_version=RULES_VERSION,
                  now=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))


def test_metrics_on_a_hand_checked_example():
    C = [0.05, 0.05, 0.85, 0.05]  # conflict
    O = [0.05, 0.05, 0.05, 0.85]  # other
    records = [
        rec(1, "neighbors arguing over noise, verbal only", "conflict"),
        rec(2, "roommates yelling about rent, verbal", "conflict"),
        rec(3, "two car crash, vehicles in the road", "other"),
        rec(4, "he has a knife and is arguing with his brother", "conflict", ["weapon"]),
        rec(5, "kids arguing at the bus stop, no weapons", "conflict", ["violence"]),
    ]
    decisions = [
        _decision(records[0]["narrative"], C),
        _decision(records[1]["narrative"], O),          # wrong category -> standard
        _decision(records[2]["narrative"], O),
        _decision(records[3]["narrative"], C),          # weapon fires -> standard
        _decision(records[4]["narrative"], C),          # labelled violence, nothing fires
    ]
    m = evaluate(records, decisions)
    assert m["per_class"]["conflict"]["recall"] == 0.75  # 3 of 4 conflict predicted
    assert m["per_class"]["other"]["precision"] == 0.5
    assert m["disqualifiers"]["per_code"]["weapon"]["recall"] == 1.0
    assert m["disqualifiers"]["per_code"]["violence"]["recall"] == 0.0
    assert m["disqualifiers"]["missed_ids"]["violence"] == ["r5"]
    assert m["unsafe_dispatches"] == 1 and m["unsafe_ids"] == ["r5"]
    assert m["eligible"] == 2 and m["eligible_capture"] == 0.5


def test_ece():
    assert expected_calibration_error([0.9] * 10, [True] * 9 + [False]) == 0.0
    assert expected_calibration_error([1.0, 1.0], [False, False]) == 1.0
