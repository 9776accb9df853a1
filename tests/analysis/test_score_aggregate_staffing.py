"""The shared scoring function equals the core engine call by call; partial counts merge
exactly; Erlang C matches textbook values."""

from __future__ import annotations

import pytest

pytest.importorskip("pyarrow", reason="ANALYSIS TESTS SKIPPED: pyarrow is not installed")

import datetime as dt
import math

import pyarrow as pa

from analysis.aggregate import finish, merge, partial
from analysis.limits import WhatIf
from analysis.mapping import build_mapping
from analysis.score import DECISION_SCHEMA, ScoreConfig, Scorer, canonical_batch
from analysis.staffing import StaffingOptions, erlang_c, estimate, service_level, teams_needed
from calltriage.decide import CallRequest
from calltriage.engine import Engine
from calltriage.policy import Policy


NOW = "2026-01-07T03:00:00+00:00"


def _batch(dev_rows, n=120):
    rows = dev_rows[:n]
    cols = {
        "CAD": [r["id"] for r in rows],
        "TEXT": [r["narrative"] if i % 17 else None for i, r in enumerate(rows)],
        "TYPE": [r.get("call_type") for r in rows],
        "WHEN": [f"2025-05-{1 + i % 28:02d} {i % 24:02d}:15:00" if i % 13 else "garbage"
                 for i in range(len(rows))],
        "BEAT": [f"B{i % 4}" for i in range(len(rows))],
        "WHO": [{"first_party": "1ST", "third_party": "3RD PARTY"}.get(r.get("caller"), "CITIZEN")
                for r in rows],
        "POL": ["Y" if r.get("caller_requests_police") or i % 10 == 0 else "N" for i, r in enumerate(rows)],
        "MIN": [str(5 + i % 50) for i in range(len(rows))],
    }
    cols["TEXT"][3], cols["TYPE"][3] = None, None            # nothing to decide on
    cols["TEXT"][5] = "x" * 20001                            # too long for the core
    return pa.RecordBatch.from_pydict(cols)


MAP = {"id": "CAD", "narrative": "TEXT", "call_type": "TYPE", "received": "WHEN", "district": "BEAT",
       "caller": "WHO", "caller_requests_police": "POL", "onscene_minutes": "MIN"}


def test_scorer_decisions_equal_the_core_engine(small_model, dev_rows):
    policy = Policy(timezone="America/Denver", accept_third_party_callers=False)
    batch = _batch(dev_rows)
    mapping = build_mapping(batch.schema.names, overrides=MAP)
    cfg = ScoreConfig(policy=policy.model_dump(mode="json"), mapping=mapping, now=NOW,
                      whatif=WhatIf(hours="07:00-19:00"))
    scorer = Scorer(cfg, engine=Engine(policy, small_model))
    out = scorer.score(canonical_batch(batch, mapping))
    assert out.schema == DECISION_SCHEMA and out.num_rows == batch.num_rows
    rows = out.to_pylist()
    engine = Engine(policy, small_model)
    now = dt.datetime.fromisoformat(NOW)
    src = batch.to_pylist()
    for i, (r, s) in enumerate(zip(rows, src, strict=True)):
        assert r["id"] == s["CAD"]
        if s["TEXT"] is None and s["TYPE"] is None:
            assert r["error"] == "no narrative and no call type" and r["route"] is None
            continue
        if i == 5:
            assert "20000" in r["error"] and "xxx" not in r["error"] and r["route"] is None
            continue
        narrative = s["TEXT"] if s["TEXT"] is not None else s["TYPE"]
        assert r["narrative_source"] == ("narrative" if s["TEXT"] is not None else "call_type")
        req = CallRequest(id=s["CAD"], narrative=narrative, call_type=s["TYPE"],
                          caller={"1ST": "first_party", "3RD PARTY": "third_party"}.get(s["WHO"], "unknown"),
                          caller_requests_police=s["POL"] == "Y",
                          received_at=(dt.datetime.fromisoformat(s["WHEN"]).replace(
                              tzinfo=policy.tzinfo()) if s["WHEN"] != "garbage" else None))
        d = engine.decide(req, now)
        assert r["route"] == d.route and r["team"] == d.team, i
        assert r["reason_codes"] == ";".join(d.reason_codes)
        assert r["category"] == d.category
        assert (r["disqualifier_codes"] or "") == ";".join(d.disqualifier_codes)
        assert [r[f"p_{c}"] for c in d.probabilities] == list(d.probabilities.values())
        assert r["eligible"] == (d.route == "community_responder")
        assert r["error"] is None
        if s["WHEN"] == "garbage":
            assert r["received_at"] is None and "received_unreadable" in r["data_issues"]
        else:
            assert r["received_at"].startswith(s["WHEN"].replace(" ", "T"))
            assert r["hour"] == int(s["WHEN"][11:13])
        if s["WHO"] == "CITIZEN":
            assert r["caller_source"] == "CITIZEN" and "caller_unrecognized" in r["data_issues"]
        assert r["onscene_minutes"] == float(s["MIN"])
    assert rows[3]["error"] == "no narrative and no call type"
    assert sum(r["narrative_source"] == "call_type" for r in rows) >= 3
    assert sum(r["eligible"] for r in rows) > 5
    assert sum(bool(r["limit_third_party"]) for r in rows) > 0
    assert any(r["relax_third_party"] for r in rows)
    assert any(r["limit_hours"] for r in rows)            # what-if hours evaluated
    assert all(r["relax_hours"] is None for r in rows)    # ... but not active


def test_partials_merge_exactly(small_model, dev_rows):
    policy = Policy(timezone="America/Denver")
    batch = _batch(dev_rows, 300)
    mapping = build_mapping(batch.schema.names, overrides=MAP)
    cfg = ScoreConfig(policy=policy.model_dump(mode="json"), mapping=mapping, now=NOW)
    out = Scorer(cfg, engine=Engine(policy, small_model)).score(canonical_batch(batch, mapping))
    whole = finish(merge([partial(out)]))
    pieces = [partial(out.slice(i, 37)) for i in range(0, out.num_rows, 37)]
    split = finish(merge([merge(pieces[:3]), *pieces[3:]]))
    assert whole == split
    t = out.to_pylist()
    assert whole["totals"]["n"] == len(t)
    assert whole["totals"]["eligible"] == sum(r["eligible"] for r in t)
    assert whole["totals"]["errors"] == sum(r["route"] is None for r in t)
    assert sum(sum(row) for row in whole["heatmap"]["eligible"]) + sum(
        r["eligible"] for r in t if r["hour"] is None) == whole["totals"]["eligible"]
    assert {c["category"]: c["calls"] for c in whole["categories"]}.get("conflict") == sum(
        r["category"] == "conflict" for r in t)
    dq = {d["code"]: d["calls"] for d in whole["disqualifiers"]}
    assert dq["weapon"] == sum("weapon" in (r["disqualifier_codes"] or "") for r in t)


def test_erlang_c_textbook_values():
    assert erlang_c(1, 0.5) == pytest.approx(0.5)            # M/M/1: P(wait) = rho
    assert erlang_c(2, 1.0) == pytest.approx(1 / 3)          # M/M/2 at rho = 0.5
    # a classic call-centre example: 10 Erlangs, 12 agents -> P(wait) ~ 0.4494
    assert erlang_c(12, 10.0) == pytest.approx(0.4494, abs=1e-3)
    # service level: 1 - C * exp(-(c - A) t / AHT)
    assert service_level(12, 10.0, 3.0, 0.333) == pytest.approx(
        1 - 0.4494 * math.exp(-2 * 0.333 / 3.0), abs=1e-3)
    assert erlang_c(3, 3.0) == 1.0 and service_level(3, 3.0, 10, 10) == 0.0


def test_teams_needed_meets_the_target_with_the_fewest_teams():
    for rate, aht in ((0.5, 45.0), (2.0, 40.0), (6.0, 30.0), (0.05, 90.0)):
        r = teams_needed(rate, aht, 0.8, 10.0)
        a = rate * aht / 60
        assert r["teams"] > a and service_level(r["teams"], a, aht, 10.0) >= 0.8
        assert r["teams"] - 1 <= a or service_level(r["teams"] - 1, a, aht, 10.0) < 0.8
    assert teams_needed(0.0, 45.0, 0.8, 10.0)["teams"] == 0
    assert teams_needed(0.0, 45.0, 0.8, 10.0, min_teams=1)["teams"] == 1
    assert teams_needed(4.0, 45.0, 0.9, 5.0)["teams"] >= teams_needed(4.0, 45.0, 0.8, 10.0)["teams"]


def test_staffing_estimate_rates():
    slots = [{"weekday": wd, "hour": h, "n": 0, "eligible": 0, "eligible_unrestricted": 0,
              "onscene_n_eligible": 0, "onscene_sum_eligible": 0.0, "onscene_n_unrestricted": 0,
              "onscene_sum_unrestricted": 0.0} for wd in range(7) for h in range(24)]
    # 10 weeks; Mondays 08:00-09:59: 40 eligible calls of 30 minutes
    for s in slots:
        if s["weekday"] == 0 and s["hour"] in (8, 9):
            s.update(eligible=20, eligible_unrestricted=30, onscene_n_eligible=20,
                     onscene_sum_eligible=600.0, onscene_n_unrestricted=30, onscene_sum_unrestricted=900.0)
    est = estimate(slots, [10] * 7, StaffingOptions(block_hours=2, target_share=0.8, target_wait=10))
    b = est["blocks"][4]
    assert b["block"] == "08:00-10:00"
    assert b["eligible"]["calls"] == 40
    assert b["eligible"]["calls_per_hour"] == pytest.approx(40 / (70 * 2), abs=1e-3)
    assert b["eligible"]["peak_weekday"] == "Mon"
    assert b["eligible"]["peak_calls_per_hour"] == pytest.approx(2.0)
    assert b["eligible"]["service_minutes"] == 30.0
    assert b["eligible"]["peak_teams"] >= b["eligible"]["teams"] >= 1
    assert est["blocks"][0]["eligible"]["teams"] == 0
    assert est["blocks"][0]["eligible"]["onscene_source"] == "fallback"
    assert any("Erlang C" in a for a in est["assumptions"])
    with pytest.raises(ValueError):
        StaffingOptions(block_hours=5)
