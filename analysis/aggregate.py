"""Mergeable partial counts over scored chunks, and the final tables.

``partial(batch)`` turns one chunk of decisions into a small long-format table
(``PARTIAL_SCHEMA``: kind, key, measures). Partials from any number of chunks, processes
or Spark executors merge by summing per (kind, key): the local engine merges as it goes;
Spark runs the same ``partial`` in ``mapInArrow`` and sums with ``groupBy``. ``finish``
turns the merged table into the plain dict the report and ``summary.json`` use. Memory is
bounded by the number of distinct keys (hour x weekday x district x category x route,
call types, dates), not by the number of calls.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import orjson
import pyarrow as pa
import pyarrow.compute as pc

from analysis.limits import LIMIT_NAMES
from calltriage.labels import CATEGORIES, DISQUALIFIERS, IN_SCOPE, ROUTES

CR = "community_responder"

KINDS: dict[str, tuple[str, ...]] = {
    "cube": ("weekday", "hour", "district", "category", "route", "eligible_unrestricted"),
    "call_type": ("call_type",),
    "date": ("date",),
    "issues": ("data_issues",),
    "caller_source": ("caller_source",),
    "reasons": ("reason_codes",),
}
# the most distinct keys kept per kind; beyond this the smallest fold into "(other)"
# (only free-text columns mapped as call types would get there)
KEY_CAP = {"call_type": 20000, "caller_source": 200, "reasons": 5000}

COUNT_MEASURES: tuple[str, ...] = (
    "n", "eligible", "eligible_unrestricted", "onscene_n", "onscene_n_eligible",
    "onscene_n_unrestricted", "dq_any", *[f"dq_{c}" for c in DISQUALIFIERS], "degraded",
    "errors", "mismatches", "third_party", "caller_requests_police", "in_scope",
    *[f"limit_{n}" for n in LIMIT_NAMES], *[f"relax_{n}" for n in LIMIT_NAMES],
)
SUM_MEASURES: tuple[str, ...] = ("onscene_sum", "onscene_sum_eligible", "onscene_sum_unrestricted")
MEASURES = COUNT_MEASURES + SUM_MEASURES

PARTIAL_SCHEMA = pa.schema(
    [("kind", pa.string()), ("key", pa.string())]
    + [(m, pa.int64()) for m in COUNT_MEASURES]
    + [(m, pa.float64()) for m in SUM_MEASURES]
)


def _flag(arr) -> pa.Array:
    return pc.fill_null(pc.cast(arr, pa.int64()), 0)


def measures(t: pa.Table) -> dict[str, pa.Array]:
    n = t.num_rows
    route = t.column("route")
    elig = _flag(t.column("eligible"))
    unres = _flag(t.column("eligible_unrestricted"))
    ons = t.column("onscene_minutes")
    ons_n = _flag(pc.is_valid(ons))
    ons0 = pc.fill_null(ons, 0.0)
    dq = t.column("disqualifier_codes")
    out = {
        "n": pa.array([1] * n, pa.int64()),
        "eligible": elig,
        "eligible_unrestricted": unres,
        "onscene_n": ons_n,
        "onscene_n_eligible": pc.multiply(ons_n, elig),
        "onscene_n_unrestricted": pc.multiply(ons_n, unres),
        "dq_any": _flag(pc.is_valid(dq)),
        "degraded": _flag(t.column("degraded")),
        "errors": _flag(pc.is_null(route)),
        "mismatches": _flag(pc.and_(pc.is_valid(route), pc.is_valid(t.column("error")))),
        "third_party": _flag(pc.equal(t.column("caller"), "third_party")),
        "caller_requests_police": _flag(pc.and_(t.column("caller_requests_police"),
                                                pc.is_valid(route))),
        "in_scope": _flag(pc.is_in(t.column("category"), pa.array(sorted(IN_SCOPE)))),
        "onscene_sum": ons0,
        "onscene_sum_eligible": pc.multiply(ons0, pc.cast(elig, pa.float64())),
        "onscene_sum_unrestricted": pc.multiply(ons0, pc.cast(unres, pa.float64())),
    }
    for c in DISQUALIFIERS:
        out[f"dq_{c}"] = _flag(pc.match_substring(dq, c))
    for name in LIMIT_NAMES:
        out[f"limit_{name}"] = _flag(t.column(f"limit_{name}"))
        out[f"relax_{name}"] = _flag(t.column(f"relax_{name}"))
    return out


def _encode(table: pa.Table, keys: tuple[str, ...]) -> list[str]:
    cols = [table.column(k).to_pylist() for k in keys]
    return [orjson.dumps(list(v)).decode() for v in zip(*cols, strict=True)]


def partial(batch: pa.RecordBatch | pa.Table) -> pa.Table:
    """The partial counts of one chunk of decisions (``DECISION_SCHEMA`` rows)."""
    t = batch if isinstance(batch, pa.Table) else pa.Table.from_batches([batch])
    if t.num_rows == 0:
        return PARTIAL_SCHEMA.empty_table()
    ms = measures(t)
    key_cols = sorted({k for keys in KINDS.values() for k in keys})
    base = pa.table({**{k: t.column(k) for k in key_cols}, **ms})
    parts = []
    for kind, keys in KINDS.items():
        g = base.group_by(list(keys), use_threads=False).aggregate([(m, "sum") for m in MEASURES])
        enc = _encode(g, keys)
        cols = {"kind": pa.array([kind] * len(enc), pa.string()), "key": pa.array(enc, pa.string())}
        for m in MEASURES:
            cols[m] = pc.fill_null(g.column(f"{m}_sum"), 0).cast(PARTIAL_SCHEMA.field(m).type)
        parts.append(pa.table(cols, schema=PARTIAL_SCHEMA))
    return pa.concat_tables(parts)


def merge(tables: list[pa.Table]) -> pa.Table:
    t = pa.concat_tables([x for x in tables if x.num_rows] or [PARTIAL_SCHEMA.empty_table()])
    g = t.group_by(["kind", "key"], use_threads=False).aggregate([(m, "sum") for m in MEASURES])
    cols = {"kind": g.column("kind"), "key": g.column("key")}
    for m in MEASURES:
        cols[m] = pc.fill_null(g.column(f"{m}_sum"), 0).cast(PARTIAL_SCHEMA.field(m).type)
    return _cap(pa.table(cols, schema=PARTIAL_SCHEMA))


def _cap(t: pa.Table) -> pa.Table:
    parts = []
    for kind in KINDS:
        sub = t.filter(pc.equal(t.column("kind"), kind))
        cap = KEY_CAP.get(kind)
        if cap and sub.num_rows > 2 * cap:
            sub = sub.sort_by([("n", "descending"), ("key", "ascending")])
            keep, rest = sub.slice(0, cap), sub.slice(cap)
            folded = {"kind": [kind], "key": [orjson.dumps(["(other)"]).decode()]}
            for m in MEASURES:
                folded[m] = [pc.sum(rest.column(m)).as_py() or 0]
            parts += [keep, pa.table(folded, schema=PARTIAL_SCHEMA)]
        else:
            parts.append(sub)
    return pa.concat_tables(parts)


class Aggregator:
    """Merges partials as they come, compacting every ``compact_rows`` partial rows."""

    def __init__(self, compact_rows: int = 100_000):
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self._merged: pa.Table | None = None
        self.compact_rows = compact_rows

    def add(self, part: pa.Table) -> None:
        self._pending.append(part)
        self._pending_rows += part.num_rows
        if self._pending_rows >= self.compact_rows:
            self._compact()

    def _compact(self) -> None:
        tables = ([self._merged] if self._merged is not None else []) + self._pending
        self._merged = merge(tables)
        self._pending, self._pending_rows = [], 0

    def table(self) -> pa.Table:
        self._compact()
        return self._merged


# -- final tables ---------------------------------------------------------------------------
def _rows(t: pa.Table, kind: str) -> list[tuple[list, dict]]:
    sub = t.filter(pc.equal(t.column("kind"), kind))
    d = sub.to_pydict()
    out = []
    for i in range(sub.num_rows):
        out.append((orjson.loads(d["key"][i]), {m: d[m][i] for m in MEASURES}))
    return out


def _round(x):
    """Float sums rounded, so the order in which partials merged does not show."""
    return round(x, 6) if isinstance(x, float) else x


def _add(acc: dict, m: dict) -> None:
    for k, v in m.items():
        acc[k] = acc.get(k, 0) + v


def _share(a: float, b: float) -> float | None:
    return round(a / b, 4) if b else None


def finish(t: pa.Table) -> dict:
    """The merged partial table as plain tables (dicts and lists, JSON-ready)."""
    cube = _rows(t, "cube")
    totals: dict = {}
    routes: dict = defaultdict(int)
    cats: dict = defaultdict(dict)
    districts: dict = defaultdict(dict)
    heat = defaultdict(dict)       # (weekday, hour) -> measures
    no_time: dict = {}             # decided calls without a readable received time
    for (wd, hr, dist, cat, route, _unres), m in cube:
        _add(totals, m)
        routes[route if route is not None else "error"] += m["n"]
        _add(cats[cat if cat is not None else "(none)"], m)
        _add(districts[dist if dist is not None else "(none)"], m)
        _add(heat[(wd, hr)], m)
        if wd is None and route is not None:
            _add(no_time, m)

    n = totals.get("n", 0)
    out: dict = {"totals": {k: _round(totals.get(k, 0)) for k in MEASURES}}
    out["totals"]["eligible_share"] = _share(totals.get("eligible", 0), n)
    out["totals"]["eligible_unrestricted_share"] = _share(totals.get("eligible_unrestricted", 0), n)
    out["routes"] = {r: routes.get(r, 0) for r in (*ROUTES, "error") if routes.get(r) or r in ROUTES}

    def row(name: str, m: dict, key: str) -> dict:
        return {key: name, "calls": m.get("n", 0), "share_of_calls": _share(m.get("n", 0), n),
                "eligible": m.get("eligible", 0),
                "eligible_share": _share(m.get("eligible", 0), m.get("n", 0)),
                "eligible_unrestricted": m.get("eligible_unrestricted", 0),
                "with_disqualifier": m.get("dq_any", 0)}

    order = [*CATEGORIES, *sorted(c for c in cats if c not in CATEGORIES)]
    out["categories"] = [row(c, cats[c], "category") for c in order if c in cats]
    out["districts"] = sorted((row(d, m, "district") for d, m in districts.items()),
                              key=lambda r: (-r["calls"], str(r["district"])))
    out["heatmap"] = {
        "eligible": [[heat.get((wd, h), {}).get("eligible", 0) for h in range(24)] for wd in range(7)],
        "calls": [[heat.get((wd, h), {}).get("n", 0) for h in range(24)] for wd in range(7)],
        "eligible_unrestricted": [[heat.get((wd, h), {}).get("eligible_unrestricted", 0)
                                   for h in range(24)] for wd in range(7)],
        "no_time": {k: no_time.get(k, 0) for k in ("n", "eligible")},
    }
    # staffing inputs per (weekday, hour)
    out["by_slot"] = [
        {"weekday": wd, "hour": h, **{k: _round(heat.get((wd, h), {}).get(k, 0)) for k in (
            "n", "eligible", "eligible_unrestricted", "onscene_n_eligible", "onscene_sum_eligible",
            "onscene_n_unrestricted", "onscene_sum_unrestricted")}}
        for wd in range(7) for h in range(24)
    ]
    in_scope_dq = Counter()
    for (_wd, _hr, _d, cat, _r, _u), m in cube:
        if cat in IN_SCOPE:
            for c in DISQUALIFIERS:
                in_scope_dq[c] += m[f"dq_{c}"]
    out["disqualifiers"] = [
        {"code": c, "calls": totals.get(f"dq_{c}", 0), "share_of_calls": _share(totals.get(f"dq_{c}", 0), n),
         "in_scope_category_calls": in_scope_dq[c]} for c in DISQUALIFIERS
    ]
    out["limits_raw"] = {name: {"removed": totals.get(f"limit_{name}", 0),
                                "adds": totals.get(f"relax_{name}", 0)} for name in LIMIT_NAMES}

    cts = []
    for (ct,), m in _rows(t, "call_type"):
        cts.append({"call_type": ct if ct is not None else "(none)", "calls": m["n"],
                    "eligible": m["eligible"], "eligible_unrestricted": m["eligible_unrestricted"],
                    "in_scope": m["in_scope"], "with_disqualifier": m["dq_any"]})
    cts.sort(key=lambda r: (-r["eligible_unrestricted"], -r["calls"], r["call_type"]))
    out["call_types"] = cts
    out["call_type_count"] = len(cts)

    dates = {d: m for (d,), m in _rows(t, "date") if d is not None}
    out["dates"] = _dates(dates)

    issues: Counter = Counter()
    for (v,), m in _rows(t, "issues"):
        for part in (v or "").split(";"):
            if part:
                issues[part] += m["n"]
    out["data_issues"] = dict(sorted(issues.items()))
    out["unrecognized_callers"] = dict(Counter({v: m["n"] for (v,), m in _rows(t, "caller_source")
                                                if v is not None}).most_common(20))
    reasons: Counter = Counter()
    for (v,), m in _rows(t, "reasons"):
        for part in (v or "").split(";"):
            if part:
                reasons[part] += m["n"]
    out["reason_codes"] = dict(reasons.most_common())
    return out


def _dates(dates: dict[str, dict]) -> dict:
    if not dates:
        return {"first": None, "last": None, "days": 0, "days_by_weekday": [0] * 7, "months": []}
    first = dt.date.fromisoformat(min(dates))
    last = dt.date.fromisoformat(max(dates))
    days = (last - first).days + 1
    by_wd = [0] * 7
    for i in range(days):
        by_wd[(first + dt.timedelta(days=i)).weekday()] += 1
    months: dict[str, dict] = defaultdict(lambda: {"calls": 0, "eligible": 0, "eligible_unrestricted": 0})
    for d, m in dates.items():
        acc = months[d[:7]]
        acc["calls"] += m["n"]
        acc["eligible"] += m["eligible"]
        acc["eligible_unrestricted"] += m["eligible_unrestricted"]
    return {"first": first.isoformat(), "last": last.isoformat(), "days": days,
            "days_by_weekday": by_wd,
            "months": [{"month": k, **v} for k, v in sorted(months.items())]}
