"""Small pieces of the auditor workspace: evidence segments (overlaps, both fields, a span
that does not point at its evidence), the CSV injection guard, shifts and time buckets, and
chart labels escaped."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from serving.audit import queries, reports
from serving.web import charts
from serving.web.highlight import highlight, segments
from serving.web.render import render

TZ = zoneinfo.ZoneInfo("America/Denver")


def _dq(code, text, evidence, fld="narrative", start=None):
    s = text.index(evidence) if start is None else start
    return {"code": code, "evidence": evidence, "start": s, "end": s + len(evidence),
            "field": fld, "rule_id": f"{code}.x", "certainty": "affirmed"}


def test_segments_overlap_and_fields():
    text = "he was stabbed, <b>bleeding</b>"
    rec = {"disqualifiers": [_dq("weapon", text, "stabbed"), _dq("violence", text, "was stabbed"),
                             _dq("medical", text, "bleeding"),
                             _dq("violence", "ASLT IP", "ASLT", "call_type")],
           "cleared": []}
    h = highlight(text, rec, "narrative")
    assert "".join(s.text for s in h.segments) == text
    pieces = [(s.text, s.codes) for s in h.segments]
    assert pieces == [("he ", ""), ("was ", "violence"), ("stabbed", "weapon violence"),
                      (", <b>", ""), ("bleeding", "medical"), ("</b>", "")]
    assert h.anchors == {1: "ev-narrative-2", 2: "ev-narrative-1", 4: "ev-narrative-3"}
    ct = highlight("ASLT IP", rec, "call_type")
    assert [(s.text, s.codes) for s in ct.segments] == [("ASLT", "violence"), (" IP", "")]


def test_segments_relocate_or_report_bad_spans():
    text = "caller says knife in hand"
    rec = {"disqualifiers": [_dq("weapon", text, "knife", start=0),
                             {**_dq("weapon", text, "knife"), "evidence": "gun"}], "cleared": []}
    h = highlight(text, rec, "narrative")
    located = {m.evidence: m.located for m in h.marks}
    assert located == {"knife": "searched", "gun": "missing"}
    assert [s.text for s in h.segments if s.fired] == ["knife"]
    assert segments("", []) == []


def test_payload_is_escaped_in_the_template():
    text = "<script>alert(1)</script> has a knife"
    rec = {"disqualifiers": [_dq("weapon", text, "knife")], "cleared": []}
    html = render("error.html", prefix="/audit", session=None, path="", tzname="UTC",
                  title=text, message=highlight(text, rec, "narrative").segments[0].text)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize("value,expected", [
    ("=1+1", "'=1+1"), ("+SUM(A1)", "'+SUM(A1)"), ("-2+3", "'-2+3"), ("@cmd", "'@cmd"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("plain", "plain"), ("a=b", "a=b"), (None, ""),
    (True, "true"), (0.25, "0.25"), (1.0, "1"), (3, "3")])
def test_csv_injection_guard(value, expected):
    assert queries.csv_safe(value) == expected


def test_shifts_and_buckets():
    def at(h, m=0):
        return dt.datetime(2026, 11, 3, h, m, tzinfo=TZ)

    assert [reports.shift_of(at(h)) for h in (6, 7, 14, 15, 22, 23, 0)] == [
        "night", "day", "day", "evening", "evening", "night", "night"]
    since, until = dt.datetime(2026, 11, 2, tzinfo=TZ), dt.datetime(2026, 11, 3, tzinfo=TZ)
    assert reports.pick_granularity(since, until) == "hour"
    assert reports.pick_granularity(since, until + dt.timedelta(days=30)) == "day"
    assert reports.pick_granularity(since, until + dt.timedelta(days=200)) == "week"
    assert len(reports._buckets(since, until, TZ, "hour")) == 24
    # the DST change (2026-11-01 in Denver) still gives one bucket per local day
    days = reports._buckets(dt.datetime(2026, 10, 31, tzinfo=TZ),
                            dt.datetime(2026, 11, 3, tzinfo=TZ), TZ, "day")
    assert days == ["2026-10-31", "2026-11-01", "2026-11-02"]


def test_parse_filter_times_and_errors():
    f = queries.parse_filter({"since": "2026-11-02", "until": "2026-11-03T08:30Z",
                              "overridden": "yes", "degraded": "no"}, TZ)
    assert f.since == dt.datetime(2026, 11, 2, tzinfo=TZ)
    assert f.until == dt.datetime(2026, 11, 3, 8, 30, tzinfo=dt.timezone.utc)
    assert f.overridden == "yes" and f.degraded is False
    for bad in ({"route": "police"}, {"since": "2026-13-01"}, {"degraded": "maybe"},
                {"since": "2026-11-03", "until": "2026-11-02"}, {"district": "x" * 201}):
        with pytest.raises(queries.FilterError):
            queries.parse_filter(bad, TZ)


def test_chart_labels_are_escaped():
    chart = reports.Chart("c", "T<script>", "d&", "grouped", ["g", "n"], [["<b>x</b>", 1]],
                          ["<b>x</b>"], [("s<i>", [0.5])])
    svg = str(charts.render(chart))
    assert "<script>" not in svg and "<b>" not in svg and "&lt;b&gt;x&lt;/b&gt;" in svg
    assert svg.count("<rect") >= 2 and 'role="img"' in svg
    empty = reports.Chart("e", "E", "", "lines", [], [], [], [])
    assert "No decisions in this range." in str(charts.render(empty))
