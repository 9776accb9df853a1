"""Report numbers over a time range, shared by the ``/audit/reports`` page and
``calltriage audit report`` (same function, same numbers, same CSV).

Definitions (also shown on the page):

* **time buckets** are hours, days or weeks (Monday-based) in the display time zone (the
  policy's ``timezone``); ``auto`` picks hours up to 2 days, days up to 120 days, else weeks.
* **shifts** (local time): day 07:00-15:00, evening 15:00-23:00, night 23:00-07:00.
* **low confidence**: the model's top probability is below the ``confidence_threshold`` of
  the policy the decision was made with (stored policies; the current policy's threshold
  when a version is not stored, and the report says how many). Decisions without
  probabilities (degraded) are not low-confidence; they count as degraded.
* **degraded**: rules-only decision (``degraded: true``).
* **override rate**: decisions whose latest call-taker outcome is ``overridden``, divided by
  decisions with any call-taker outcome (accepted or overridden).
* **disqualifier rate**: decisions in which the code fired / all decisions.

Rows are read in one streamed pass (the filter columns plus the record, for the
probabilities); groups are aggregated in Python so SQLite and PostgreSQL give identical
numbers.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import orjson
from sqlalchemy import and_, select

from serving.audit.archive import policy_thresholds
from serving.audit.models import decisions
from serving.audit.queries import CALLERS, CATEGORIES, CODES, ROUTES, csv_safe, latest_action

SHIFTS = (("day", 7, 15), ("evening", 15, 23), ("night", 23, 7))
SHIFT_NAMES = tuple(s[0] for s in SHIFTS)
NO_CATEGORY = "none (no model)"
MAX_GROUPS = 40  # districts beyond this many (by volume) are summed as "(other districts)"


def shift_of(local: dt.datetime) -> str:
    h = local.hour
    for name, start, end in SHIFTS:
        if (start <= h < end) if start < end else (h >= start or h < end):
            return name
    raise AssertionError(h)  # pragma: no cover


def pick_granularity(since: dt.datetime, until: dt.datetime, wanted: str = "auto") -> str:
    if wanted in ("hour", "day", "week"):
        return wanted
    span = until - since
    if span <= dt.timedelta(days=2):
        return "hour"
    if span <= dt.timedelta(days=120):
        return "day"
    return "week"


def _bucket_start(local: dt.datetime, granularity: str) -> dt.datetime:
    if granularity == "hour":
        return local.replace(minute=0, second=0, microsecond=0)
    day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    if granularity == "day":
        return day
    return day - dt.timedelta(days=day.weekday())


def _bucket_label(start: dt.datetime, granularity: str) -> str:
    if granularity == "hour":
        return start.strftime("%Y-%m-%d %H:00")
    if granularity == "day":
        return start.strftime("%Y-%m-%d")
    return "week of " + start.strftime("%Y-%m-%d")


def _buckets(since: dt.datetime, until: dt.datetime, tz: ZoneInfo, granularity: str) -> list[str]:
    """Every bucket label from since to until (local wall-clock steps)."""
    out = []
    cur = _bucket_start(since.astimezone(tz), granularity).replace(tzinfo=None)
    end = until.astimezone(tz).replace(tzinfo=None)
    step = {"hour": dt.timedelta(hours=1), "day": dt.timedelta(days=1),
            "week": dt.timedelta(days=7)}[granularity]
    while cur < end and len(out) < 5000:
        label = _bucket_label(cur, granularity)
        if not out or out[-1] != label:
            out.append(label)
        cur += step
    return out


@dataclass
class Stats:
    n: int = 0
    routes: Counter = field(default_factory=Counter)
    categories: Counter = field(default_factory=Counter)
    codes: Counter = field(default_factory=Counter)
    any_dq: int = 0
    low_confidence: int = 0
    degraded: int = 0
    reported: int = 0  # decisions with a call-taker outcome
    overridden: int = 0

    def add(self, row: dict) -> None:
        self.n += 1
        self.routes[row["route"]] += 1
        self.categories[row["category"] or NO_CATEGORY] += 1
        for c in row["codes"]:
            self.codes[c] += 1
        self.any_dq += bool(row["codes"])
        self.low_confidence += row["low_confidence"]
        self.degraded += row["degraded"]
        if row["action"] is not None:
            self.reported += 1
            self.overridden += row["action"] == "overridden"


def rate(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


@dataclass
class Chart:
    id: str
    title: str
    description: str
    kind: str  # stacked | lines | bars | grouped
    columns: list[str]
    rows: list[list]
    x: list[str]  # category axis labels
    series: list[tuple[str, list[float | None]]]  # plotted values (shares/rates, 0..1)

    def csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(self.columns)
        for r in self.rows:
            w.writerow([csv_safe(v) for v in r])
        return buf.getvalue()


@dataclass
class Report:
    since: dt.datetime
    until: dt.datetime
    tz: ZoneInfo
    granularity: str
    total: Stats
    charts: list[Chart]
    notes: list[str]

    def chart(self, chart_id: str) -> Chart | None:
        return next((c for c in self.charts if c.id == chart_id), None)


CHART_IDS = ("route_mix", "category_mix", "disqualifier_rates", "quality_rates",
             "override_rate", "by_model_version", "by_caller", "by_district", "by_shift")


def load_rows(db, since: dt.datetime, until: dt.datetime, tz: ZoneInfo,
              thresholds: dict[str, float], default_threshold: float) -> tuple[list[dict], int]:
    """One dict per decision in [since, until); and how many used the fallback threshold."""
    c = decisions.c
    q = (select(c.received_at, c.route, c.category, c.disqualifier_codes, c.model_version,
                c.policy_version, c.degraded, c.caller, c.district, c.record,
                latest_action().label("action"))
         .where(and_(c.received_at >= since.astimezone(dt.timezone.utc).replace(tzinfo=None),
                     c.received_at < until.astimezone(dt.timezone.utc).replace(tzinfo=None)))
         .order_by(c.received_at, c.id))
    rows, fallback = [], 0
    with db.reader.connect() as conn:
        for r in conn.execution_options(stream_results=True, yield_per=2000).execute(q):
            probs = orjson.loads(r.record)["decision"].get("probabilities")
            threshold = thresholds.get(r.policy_version)
            if threshold is None:
                threshold = default_threshold
                fallback += 1
            local = r.received_at.replace(tzinfo=dt.timezone.utc).astimezone(tz)
            rows.append({
                "local": local, "route": r.route, "category": r.category,
                "codes": [x for x in r.disqualifier_codes.split(",") if x],
                "model_version": r.model_version or "(no model)",
                "degraded": bool(r.degraded), "caller": r.caller,
                "district": r.district or "(none)",
                "low_confidence": bool(probs) and max(probs.values()) < threshold,
                "action": r.action if r.action in ("accepted", "overridden") else None,
            })
    return rows, fallback


def _group(rows, key) -> dict[str, Stats]:
    out: dict[str, Stats] = {}
    for row in rows:
        out.setdefault(key(row), Stats()).add(row)
    return out


_GROUP_COLUMNS = ["decisions", *ROUTES, "community_responder_share", "any_disqualifier_rate",
                  "low_confidence_rate", "degraded_rate", "call_taker_outcomes", "overridden",
                  "override_rate"]
_GROUP_SERIES = (("community responder share", "community_responder_share"),
                 ("any-disqualifier rate", "any_disqualifier_rate"),
                 ("low-confidence rate", "low_confidence_rate"),
                 ("degraded rate", "degraded_rate"),
                 ("override rate", "override_rate"))


def _group_row(name: str, s: Stats) -> list:
    return [name, s.n, *(s.routes[r] for r in ROUTES), rate(s.routes["community_responder"], s.n),
            rate(s.any_dq, s.n), rate(s.low_confidence, s.n), rate(s.degraded, s.n), s.reported,
            s.overridden, rate(s.overridden, s.reported)]


def _group_chart(chart_id: str, title: str, label: str, groups: list[tuple[str, Stats]],
                 description: str) -> Chart:
    rows = [_group_row(name, s) for name, s in groups]
    cols = [label, *_GROUP_COLUMNS]
    series = [(name, [r[cols.index(col)] for r in rows]) for name, col in _GROUP_SERIES]
    return Chart(chart_id, title, description, "grouped", cols, rows, [g for g, _ in groups],
                 series)


def build_report(db, *, since: dt.datetime, until: dt.datetime, tz: ZoneInfo,
                 granularity: str = "auto", current_policy=None) -> Report:
    gran = pick_granularity(since, until, granularity)
    thresholds = policy_thresholds(db)
    default_threshold = current_policy.confidence_threshold if current_policy else 0.6
    if current_policy is not None:
        thresholds.setdefault(current_policy.version, current_policy.confidence_threshold)
    rows, fallback = load_rows(db, since, until, tz, thresholds, default_threshold)
    notes = []
    if fallback:
        notes.append(f"{fallback} decision(s) were made under a policy that is not stored; "
                     f"their low-confidence threshold is taken as {default_threshold:.2f} "
                     "(the current policy's).")
    total = Stats()
    for r in rows:
        total.add(r)
    labels = _buckets(since, until, tz, gran)
    by_time = _group(rows, lambda r: _bucket_label(_bucket_start(r["local"], gran), gran))
    for extra in by_time:  # a DST edge can create a label the walk did not
        if extra not in labels:
            labels.append(extra)
    labels.sort()
    timeline = [(b, by_time.get(b, Stats())) for b in labels]
    charts = []

    cols = ["period", "decisions", *ROUTES, *(f"{r}_share" for r in ROUTES)]
    rows_ = [[b, s.n, *(s.routes[r] for r in ROUTES), *(rate(s.routes[r], s.n) for r in ROUTES)]
             for b, s in timeline]
    charts.append(Chart("route_mix", "Route mix over time",
                        "Share of decisions by recommended route.", "stacked", cols, rows_,
                        labels, [(r, [x[2 + len(ROUTES) + i] for x in rows_])
                                 for i, r in enumerate(ROUTES)]))

    cats = [*CATEGORIES, NO_CATEGORY]
    cols = ["period", "decisions", *cats, *(f"{c}_share" for c in cats)]
    rows_ = [[b, s.n, *(s.categories[c] for c in cats), *(rate(s.categories[c], s.n) for c in cats)]
             for b, s in timeline]
    charts.append(Chart("category_mix", "Category mix over time",
                        "Share of decisions by the model's category (none: rules-only).",
                        "stacked", cols, rows_, labels,
                        [(c, [x[2 + len(cats) + i] for x in rows_]) for i, c in enumerate(cats)]))

    cols = ["disqualifier", "decisions_with_code", "decisions", "rate"]
    rows_ = [[c, total.codes[c], total.n, rate(total.codes[c], total.n)] for c in CODES]
    rows_.append(["any", total.any_dq, total.n, rate(total.any_dq, total.n)])
    charts.append(Chart("disqualifier_rates", "Disqualifier rates by code",
                        "Decisions in which each code fired, over all decisions in the range.",
                        "bars", cols, rows_, [r[0] for r in rows_],
                        [("rate", [r[3] for r in rows_])]))

    cols = ["period", "decisions", "low_confidence", "low_confidence_rate", "degraded",
            "degraded_rate"]
    rows_ = [[b, s.n, s.low_confidence, rate(s.low_confidence, s.n), s.degraded,
              rate(s.degraded, s.n)] for b, s in timeline]
    charts.append(Chart("quality_rates", "Low-confidence and degraded rates over time",
                        "Low confidence: top probability below the policy threshold. "
                        "Degraded: rules-only decision.", "lines", cols, rows_, labels,
                        [("low-confidence rate", [r[3] for r in rows_]),
                         ("degraded rate", [r[5] for r in rows_])]))

    cols = ["period", "decisions", "call_taker_outcomes", "overridden", "override_rate"]
    rows_ = [[b, s.n, s.reported, s.overridden, rate(s.overridden, s.reported)]
             for b, s in timeline]
    charts.append(Chart("override_rate", "Override rate over time",
                        "Decisions whose latest call-taker outcome overrode the "
                        "recommendation, over decisions with a call-taker outcome.", "lines",
                        cols, rows_, labels, [("override rate", [r[4] for r in rows_])]))

    by_model = sorted(_group(rows, lambda r: r["model_version"]).items())
    charts.append(_group_chart("by_model_version", "By model version", "model_version", by_model,
                               "The same rates for each model version."))
    by_caller = _group(rows, lambda r: r["caller"])
    charts.append(_group_chart("by_caller", "By caller type", "caller",
                               [(c, by_caller[c]) for c in CALLERS if c in by_caller],
                               "The same rates by who called."))
    by_district = sorted(_group(rows, lambda r: r["district"]).items(),
                         key=lambda kv: (-kv[1].n, kv[0]))
    if len(by_district) > MAX_GROUPS:
        rest = _merge([s for _, s in by_district[MAX_GROUPS - 1:]])
        by_district = [*by_district[:MAX_GROUPS - 1], ("(other districts)", rest)]
    by_district.sort(key=lambda kv: kv[0])
    charts.append(_group_chart("by_district", "By district", "district", by_district,
                               "The same rates by district (the request's district field)."))
    by_shift = _group(rows, lambda r: shift_of(r["local"]))
    charts.append(_group_chart("by_shift", "By shift", "shift",
                               [(s, by_shift[s]) for s in SHIFT_NAMES if s in by_shift],
                               "Day 07-15, evening 15-23, night 23-07 (local time)."))
    return Report(since, until, tz, gran, total, charts, notes)


def _merge(stats: list[Stats]) -> Stats:
    out = Stats()
    for s in stats:
        out.n += s.n
        out.routes.update(s.routes)
        out.categories.update(s.categories)
        out.codes.update(s.codes)
        out.any_dq += s.any_dq
        out.low_confidence += s.low_confidence
        out.degraded += s.degraded
        out.reported += s.reported
        out.overridden += s.overridden
    return out


def default_range(tz: ZoneInfo, days: int = 30, now: dt.datetime | None = None
                  ) -> tuple[dt.datetime, dt.datetime]:
    """The last ``days`` local days, today included."""
    now = (now or dt.datetime.now(dt.timezone.utc)).astimezone(tz)
    end = dt.datetime(now.year, now.month, now.day, tzinfo=tz) + dt.timedelta(days=1)
    return end - dt.timedelta(days=days), end
