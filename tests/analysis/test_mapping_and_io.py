"""Column mapping, value normalization and the chunked readers, on real files."""

from __future__ import annotations

import pytest

pytest.importorskip("pyarrow", reason="ANALYSIS TESTS SKIPPED: pyarrow is not installed")

import datetime as dt
import gzip
import json
from zoneinfo import ZoneInfo

import pyarrow as pa
import pyarrow.parquet as pq

from analysis.io import Source, detect_format
from analysis.mapping import (MappingError, build_mapping, normalize_caller, parse_bool,
                              parse_onscene, parse_received)


DENVER = ZoneInfo("America/Denver")


def test_aliases_need_no_mapping_for_the_spec_batch_format():
    m = build_mapping(["id", "narrative", "caller", "call_type", "caller_requests_police", "x"])
    assert m.columns == {"id": "id", "narrative": "narrative", "call_type": "call_type",
                         "caller": "caller", "caller_requests_police": "caller_requests_police"}


def test_explicit_columns_win_case_insensitively_and_errors_name_the_columns():
    cols = ["CAD_NO", "COMMENTS", "NATURE", "TIME"]
    m = build_mapping(cols, file_data={"columns": {"id": "cad_no"}},
                      overrides={"received": "TIME", "call_type": None})
    assert m.columns == {"id": "CAD_NO", "received": "TIME", "narrative": "COMMENTS",
                         "call_type": "NATURE"}
    with pytest.raises(MappingError, match="'NOPE'.*COMMENTS"):
        build_mapping(cols, overrides={"narrative": "NOPE"})
    with pytest.raises(MappingError, match="no narrative or call-type"):
        build_mapping(["a", "b"])
    with pytest.raises(MappingError, match="unknown field"):
        build_mapping(cols, file_data={"columns": {"narative": "COMMENTS"}})
    with pytest.raises(MappingError, match="timezone"):
        build_mapping(cols, options={"timezone": "Mars/Olympus"})


def test_value_normalization():
    m = build_mapping(["narrative"], file_data={"caller_values": {"RP IS WITNESS": "third_party"}})
    table = m.caller_table()
    assert normalize_caller("3RD PARTY", table) == ("third_party", True)
    assert normalize_caller(" self ", table) == ("first_party", True)
    assert normalize_caller("rp is witness", table) == ("third_party", True)
    assert normalize_caller("citizen", table) == ("unknown", False)
    assert normalize_caller(None, table) == ("unknown", True)
    assert parse_bool("Y") and parse_bool("true") and parse_bool(1) and not parse_bool("N")
    assert not parse_bool(None) and not parse_bool("")
    assert parse_onscene("12.5", "minutes") == 12.5
    assert parse_onscene(90, "seconds") == 1.5
    assert parse_onscene("-3", "minutes") is None and parse_onscene("abc", "minutes") is None
    assert parse_onscene(float("nan"), "minutes") is None and parse_onscene(5000, "minutes") is None


def test_received_times():
    naive = parse_received("2025-07-04 13:05:00", None, DENVER)
    assert naive == dt.datetime(2025, 7, 4, 13, 5, tzinfo=DENVER)
    aware = parse_received("2025-07-04T19:05:00+00:00", None, DENVER)
    assert aware == naive
    us = parse_received("07/04/2025 01:05:00 PM", "%m/%d/%Y %I:%M:%S %p", DENVER)
    assert us == naive
    assert parse_received(str(int(naive.timestamp())), "epoch_s", DENVER) == naive
    assert parse_received("yesterday", None, DENVER) is None
    assert parse_received(dt.datetime(2025, 7, 4, 13, 5), None, DENVER) == naive


def test_detect_format():
    assert detect_format("a.csv.gz") == "csv" and detect_format("b.PARQUET") == "parquet"
    assert detect_format("c.jsonl") == "jsonl"
    with pytest.raises(ValueError):
        detect_format("d.xlsx")


def _rows(src: Source, cols: list[str]) -> list[dict]:
    out = []
    for b in src.batches(cols):
        assert b.num_rows <= src.chunk_rows
        out.extend(b.to_pylist())
    return out


def test_csv_reader_multiline_quotes_gzip_and_bad_rows(tmp_path):
    text = ('id,narrative,call_type\n'
            '1,"line one\nline two, with ""quotes""",NOISE\n'
            '2,,TRESPASS\n'
            '3,plain,\n'
            '4,too,many,fields\n'
            '5,last,X\n')
    for name, data in (("a.csv", text.encode()), ("a.csv.gz", gzip.compress(text.encode()))):
        p = tmp_path / name
        p.write_bytes(data)
        src = Source(p, chunk_rows=2)
        assert src.columns == ["id", "narrative", "call_type"]
        rows = _rows(src, ["narrative", "id"])
        assert [r["id"] for r in rows] == ["1", "2", "3", "5"]
        assert rows[0]["narrative"] == 'line one\nline two, with "quotes"'
        assert rows[1]["narrative"] is None            # empty field -> null
        assert [r["_row"] for r in rows] == [1, 2, 3, 4]
        assert src.invalid_rows == 1
        assert src.bytes_read == p.stat().st_size


def test_parquet_reader_chunks_and_types(tmp_path):
    p = tmp_path / "a.parquet"
    t = pa.table({"id": list(range(10)), "narrative": [f"n{i}" for i in range(10)],
                  "when": pa.array([dt.datetime(2025, 1, 1, i) for i in range(10)], pa.timestamp("s"))})
    pq.write_table(t, p, row_group_size=4)
    src = Source(p, chunk_rows=3)
    assert src.total_rows == 10
    rows = _rows(src, ["when", "narrative", "id"])
    assert [r["_row"] for r in rows] == list(range(1, 11))
    assert rows[9]["when"] == dt.datetime(2025, 1, 1, 9) and rows[9]["id"] == 9


def test_jsonl_reader_bad_lines_keep_their_line_numbers(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_bytes(b'{"id": "a", "narrative": "x", "n": 3, "b": true}\n\n{bad\n[1]\n'
                  b'{"narrative": {"nested": 1}}\n\xff\xfe\n')
    src = Source(p, chunk_rows=2)
    assert src.columns == ["id", "narrative", "n", "b"]
    rows = _rows(src, ["id", "narrative", "n", "b"])
    assert [r["_row"] for r in rows] == [1, 3, 4, 5, 6]
    assert rows[0] == {"id": "a", "narrative": "x", "n": "3", "b": "true", "_row": 1, "_error": None}
    assert rows[1]["_error"] == "line is not valid JSON"
    assert rows[2]["_error"] == "line is not a JSON object"
    assert rows[3]["narrative"] == json.dumps({"nested": 1}, separators=(",", ":"))
    assert rows[4]["_error"] == "line is not valid UTF-8"
