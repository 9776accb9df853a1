"""Report numbers equal hand-counted values from seeded decisions; the page's CSVs, the CLI
twins' CSVs and the CLI export equal the page's; SQLite and PostgreSQL give the same numbers.

Seeded (America/Denver, UTC-7 in November 2026), range 2026-11-02 .. 2026-11-05 local:

  #  local time        route                category            caller       district  outcome(s)
  1  11-02 08:00 day   community_responder  conflict .90        first_party  D1        accepted
  2  11-02 16:00 eve   standard_dispatch    behavioral .70 +weapon  third_party D1     overridden
  3  11-02 23:30 night call_taker_review    homelessness .50 (low)  third_party D2     -
  4  11-03 03:00 night call_taker_review    none (degraded)     unknown      -         accepted, then overridden
  5  11-03 10:00 day   standard_dispatch    other .80 +medical+violence first_party D2 overridden, then accepted
  6  11-04 14:59 day   community_responder  behavioral .95 (model m2) first_party D1   field only
  plus two outside the range (11-01 23:59 and 11-05 00:00 local).
"""

from __future__ import annotations

import csv
import io
import warnings

import pytest
from web_helpers import login, finding, seed_decision, seed_outcome, utc

from serving import cli
from serving.app import create_app
from serving.audit import AuditStore, queries, reports
from serving.audit.queries import parse_filter

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

RANGE = "since=2026-11-02&until=2026-11-05"


def seed(writer) -> list[str]:
    ids = []
    n2 = "RP says brother has a knife, yelling"
    n5 = "man hit by a car, bleeding badly after a fight"
    ids.append(seed_decision(writer, when=utc(2026, 11, 2, 15, 0), narrative="loud party next door",
                             category="conflict", p=0.9, district="D1"))
    ids.append(seed_decision(writer, when=utc(2026, 11, 2, 23, 0), narrative=n2,
                             category="behavioral_health", p=0.7, caller="third_party",
                             district="D1", findings=[finding("weapon", n2, "knife")]))
    ids.append(seed_decision(writer, when=utc(2026, 11, 3, 6, 30), narrative="person in a tent, unclear",
                             category="homelessness", p=0.5, caller="third_party", district="D2"))
    ids.append(seed_decision(writer, when=utc(2026, 11, 3, 10, 0), narrative="unknown problem at store",
                             caller="unknown"))
    ids.append(seed_decision(writer, when=utc(2026, 11, 3, 17, 0), narrative=n5, category="other",
                             p=0.8, district="D2",
                             findings=[finding("medical", n5, "bleeding badly"),
                                       finding("violence", n5, "fight")]))
    ids.append(seed_decision(writer, when=utc(2026, 11, 4, 21, 59), narrative="man talking to himself",
                             category="behavioral_health", p=0.95, district="D1",
                             model_version="m2"))
    seed_decision(writer, when=utc(2026, 11, 2, 6, 59), narrative="outside before",
                  category="conflict", p=0.9)
    seed_decision(writer, when=utc(2026, 11, 5, 7, 0), narrative="outside after",
                  category="conflict", p=0.9)
    seed_outcome(writer, ids[0], utc(2026, 11, 2, 15, 1), kind="call_taker", action="accepted")
    seed_outcome(writer, ids[1], utc(2026, 11, 2, 23, 1), kind="call_taker", action="overridden",
                 route_taken="co_response")
    seed_outcome(writer, ids[3], utc(2026, 11, 3, 10, 1), kind="call_taker", action="accepted")
    seed_outcome(writer, ids[3], utc(2026, 11, 3, 10, 2), kind="call_taker", action="overridden")
    seed_outcome(writer, ids[4], utc(2026, 11, 3, 17, 1), kind="call_taker", action="overridden")
    seed_outcome(writer, ids[4], utc(2026, 11, 3, 17, 2), kind="call_taker", action="accepted")
    seed_outcome(writer, ids[5], utc(2026, 11, 4, 22, 0), kind="field", disposition="resolved")
    return ids


def _rows(text: str) -> dict[str, dict]:
    rows = list(csv.DictReader(io.StringIO(text)))
    key = next(iter(rows[0])) if rows else None
    return {r[key]: r for r in rows}


def check_numbers(csvs: dict[str, str]) -> None:
    route = _rows(csvs["route_mix"])
    assert list(route) == ["2026-11-02", "2026-11-03", "2026-11-04"]
    assert route["2026-11-02"] == {
        "period": "2026-11-02", "decisions": "3", "community_responder": "1", "co_response": "0",
        "call_taker_review": "1", "standard_dispatch": "1", "community_responder_share": "0.3333",
        "co_response_share": "0", "call_taker_review_share": "0.3333",
        "standard_dispatch_share": "0.3333"}
    assert route["2026-11-03"]["call_taker_review"] == "1" and route["2026-11-03"]["decisions"] == "2"
    assert route["2026-11-04"]["community_responder_share"] == "1"
    cat = _rows(csvs["category_mix"])
    assert cat["2026-11-03"]["none (no model)"] == "1" and cat["2026-11-03"]["other"] == "1"
    dq = _rows(csvs["disqualifier_rates"])
    assert dq["weapon"]["decisions_with_code"] == "1" and dq["weapon"]["rate"] == "0.1667"
    assert dq["medical"]["rate"] == "0.1667" and dq["violence"]["rate"] == "0.1667"
    assert dq["suicide_attempt"]["rate"] == "0" and dq["any"]["rate"] == "0.3333"
    q = _rows(csvs["quality_rates"])
    assert q["2026-11-02"]["low_confidence"] == "1" and q["2026-11-02"]["low_confidence_rate"] == "0.3333"
    assert q["2026-11-03"]["degraded"] == "1" and q["2026-11-03"]["degraded_rate"] == "0.5"
    assert q["2026-11-04"]["low_confidence_rate"] == "0"
    o = _rows(csvs["override_rate"])
    assert (o["2026-11-02"]["call_taker_outcomes"], o["2026-11-02"]["overridden"],
            o["2026-11-02"]["override_rate"]) == ("2", "1", "0.5")
    assert (o["2026-11-03"]["call_taker_outcomes"], o["2026-11-03"]["overridden"]) == ("2", "1")
    assert o["2026-11-04"]["call_taker_outcomes"] == "0" and o["2026-11-04"]["override_rate"] == ""
    shift = _rows(csvs["by_shift"])
    assert [(s, shift[s]["decisions"]) for s in shift] == [("day", "3"), ("evening", "1"),
                                                           ("night", "2")]
    assert shift["day"]["override_rate"] == "0" and shift["night"]["override_rate"] == "1"
    assert shift["night"]["low_confidence_rate"] == "0.5" and shift["night"]["degraded_rate"] == "0.5"
    caller = _rows(csvs["by_caller"])
    assert {k: v["decisions"] for k, v in caller.items()} == {
        "first_party": "3", "third_party": "2", "unknown": "1"}
    assert caller["third_party"]["any_disqualifier_rate"] == "0.5"
    district = _rows(csvs["by_district"])
    assert {k: v["decisions"] for k, v in district.items()} == {"(none)": "1", "D1": "3", "D2": "2"}
    assert district["D1"]["community_responder_share"] == "0.6667"
    model = _rows(csvs["by_model_version"])
    assert {k: v["decisions"] for k, v in model.items()} == {
        "(no model)": "1", "m2": "1", "seed-model": "4"}


def test_report_numbers_page_and_cli_twins(settings_factory, keys, tmp_path, monkeypatch,
                                           capsys):
    settings = settings_factory()
    with TestClient(create_app(settings)) as c:
        ids = seed(c.app.state.store.writer)
        login(c, keys.auditor)
        page = c.get(f"/audit/reports?{RANGE}")
        assert page.status_code == 200
        assert 'id="report-summary"><strong>6</strong>' in page.text
        assert page.text.count("<svg class=\"chart\"") == len(reports.CHART_IDS)
        assert page.text.count('class="csv-link"') == len(reports.CHART_IDS)
        web = {}
        for cid in reports.CHART_IDS:
            r = c.get(f"/audit/reports/{cid}.csv?{RANGE}&granularity=auto")
            assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
            web[cid] = r.text
        assert c.get(f"/audit/reports/nope.csv?{RANGE}").status_code == 404
        web_export = c.get("/audit/decisions.csv?since=2026-11-02&until=2026-11-05&"
                           "sort=received_at&order=asc").text
    check_numbers(web)
    assert [r["decision_id"] for r in csv.DictReader(io.StringIO(web_export))] == ids
    # the CLI twins, against the same store
    monkeypatch.setenv("CALLTRIAGE_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("CALLTRIAGE_AUTH_DISABLED", "true")
    out = tmp_path / "report"
    assert cli.main(["audit", "report", "--out", str(out), "--since", "2026-11-02",
                     "--until", "2026-11-05"]) == 0
    assert "6 decisions" in capsys.readouterr().out
    for cid in reports.CHART_IDS:
        assert (out / f"{cid}.csv").read_bytes().decode() == web[cid], cid
    html = (out / "report.html").read_text()
    assert html.count("<svg class=\"chart\"") == len(reports.CHART_IDS)
    assert 'href="route_mix.csv"' in html and (out / "audit.css").is_file()
    export = tmp_path / "export.csv"
    assert cli.main(["audit", "export", "--out", str(export), "--since", "2026-11-02",
                     "--until", "2026-11-05", "--order", "asc"]) == 0
    assert export.read_bytes().decode() == web_export
    jsonl = tmp_path / "export.jsonl"
    assert cli.main(["audit", "export", "--out", str(jsonl), "--overridden", "yes"]) == 0
    import json

    lines = [json.loads(x) for x in jsonl.read_text().splitlines()]
    assert sorted(x["decision_id"] for x in lines) == sorted([ids[1], ids[3]])
    assert all("narrative" not in x for x in lines)
    assert cli.main(["audit", "export", "--out", str(jsonl), "--since", "soon"]) == 2


def test_report_postgres_equals_sqlite(pg_schema, settings_factory):
    """The same seeds in PostgreSQL give byte-identical report CSVs."""
    import zoneinfo

    tz = zoneinfo.ZoneInfo("America/Denver")
    f = parse_filter({"since": "2026-11-02", "until": "2026-11-05"}, tz)
    results = []
    dsn, schema = pg_schema
    for s in (settings_factory(data_dir=settings_factory().data_dir / "sqlite"),
              settings_factory(database_url=dsn, db_schema=schema)):
        store = AuditStore.open(s, writer_id="seed")
        try:
            ids = seed(store.writer)
            rep = reports.build_report(store.db, since=f.since, until=f.until, tz=tz)
            results.append({c.id: c.csv() for c in rep.charts})
            # the list filters (the "overridden" subquery included) on this database
            for flt, expected in ((("overridden", "yes"), {1, 3}), (("overridden", "no"), {0, 4}),
                                  (("overridden", "unreported"), {2, 5}),
                                  (("disqualifier", "violence"), {4}), (("degraded", "yes"), {3}),
                                  (("caller", "third_party"), {1, 2})):
                got = queries.list_page(store.db, parse_filter(
                    {"since": "2026-11-02", "until": "2026-11-05", flt[0]: flt[1]}, tz), tz,
                    sort="latency", per_page=200).items
                assert {ids.index(i["decision_id"]) for i in got} == expected, (s.database_url, flt)
        finally:
            store.close()
    check_numbers(results[1])
    assert results[0] == results[1]
