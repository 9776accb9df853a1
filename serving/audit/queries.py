"""Auditor queries over the audit store, shared by the web pages and ``calltriage audit
export``: one filter, one sort whitelist, one CSV format, so both give the same rows.

Filtering runs in SQL on the filter columns (indexed: received_at, route, category,
model_version); "overridden" looks at the *latest* call-taker outcome of each decision (a
correlated subquery on ``audit_outcomes.decision_id``, indexed): outcomes are append-only,
so a later report corrects an earlier one.

Times: a value without an offset (``2026-11-27`` or ``2026-11-27T08:00``) is read in the
display time zone (the policy's), one with an offset as given.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields, replace
from zoneinfo import ZoneInfo

import orjson
from sqlalchemy import and_, func, select

from serving.audit.models import decisions, outcomes

ROUTES = ("community_responder", "co_response", "call_taker_review", "standard_dispatch")
CATEGORIES = ("behavioral_health", "homelessness", "conflict", "other")
CODES = ("weapon", "violence", "medical", "suicide_attempt", "crime_in_progress")
CALLERS = ("first_party", "third_party", "unknown")
OVERRIDDEN = {"yes": "call-taker overrode", "no": "call-taker accepted",
              "unreported": "no call-taker outcome"}
# sort key -> column (whitelist: nothing else reaches ORDER BY)
SORTS = {"received_at": decisions.c.received_at, "route": decisions.c.route,
         "category": decisions.c.category, "latency": decisions.c.latency_ms,
         "model_version": decisions.c.model_version}
PER_PAGE = (25, 50, 100, 200)


class FilterError(ValueError):
    """A filter value is invalid; the message names the field."""


@dataclass(frozen=True)
class DecisionFilter:
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    route: str | None = None
    category: str | None = None
    disqualifier: str | None = None
    model_version: str | None = None
    degraded: bool | None = None
    overridden: str | None = None  # yes | no | unreported
    caller: str | None = None
    district: str | None = None

    def query_items(self, tz: ZoneInfo) -> list[tuple[str, str]]:
        """The filter as URL query items (for links that keep it)."""
        out = []
        for f in fields(self):
            v = getattr(self, f.name)
            if v is None:
                continue
            if isinstance(v, dt.datetime):
                v = v.astimezone(tz).strftime("%Y-%m-%dT%H:%M")
            elif isinstance(v, bool):
                v = "yes" if v else "no"
            out.append((f.name, str(v)))
        return out

    @property
    def active(self) -> bool:
        return any(getattr(self, f.name) is not None for f in fields(self))


def parse_when(value: str | None, tz: ZoneInfo, field: str = "time") -> dt.datetime | None:
    if value is None or not value.strip():
        return None
    v = value.strip()
    try:
        if len(v) == 10:
            d = dt.date.fromisoformat(v)
            return dt.datetime(d.year, d.month, d.day, tzinfo=tz)
        ts = dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        raise FilterError(f"{field}: '{v[:40]}' is not a date or time (use 2026-11-27 or "
                          "2026-11-27T08:00)") from None
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=tz)


def _choice(params: Mapping[str, str], name: str, allowed) -> str | None:
    v = (params.get(name) or "").strip()
    if not v:
        return None
    if v not in allowed:
        raise FilterError(f"{name}: '{v[:40]}' is not one of {', '.join(allowed)}")
    return v


def _yes_no(params: Mapping[str, str], name: str) -> bool | None:
    v = (params.get(name) or "").strip().lower()
    if not v:
        return None
    if v in ("yes", "true", "1"):
        return True
    if v in ("no", "false", "0"):
        return False
    raise FilterError(f"{name}: use yes or no")


def _text(params: Mapping[str, str], name: str, limit: int = 200) -> str | None:
    v = (params.get(name) or "").strip()
    if not v:
        return None
    if len(v) > limit:
        raise FilterError(f"{name}: at most {limit} characters")
    return v


def parse_filter(params: Mapping[str, str], tz: ZoneInfo) -> DecisionFilter:
    """Build a filter from query parameters (web) or options (CLI); raises FilterError."""
    f = DecisionFilter(
        since=parse_when(params.get("since"), tz, "since"),
        until=parse_when(params.get("until"), tz, "until"),
        route=_choice(params, "route", ROUTES),
        category=_choice(params, "category", CATEGORIES),
        disqualifier=_choice(params, "disqualifier", CODES),
        model_version=_text(params, "model_version"),
        degraded=_yes_no(params, "degraded"),
        overridden=_choice(params, "overridden", tuple(OVERRIDDEN)),
        caller=_choice(params, "caller", CALLERS),
        district=_text(params, "district"),
    )
    if f.since and f.until and f.until <= f.since:
        raise FilterError("until must be after since")
    return f


def _naive_utc(ts: dt.datetime) -> dt.datetime:
    return ts.astimezone(dt.timezone.utc).replace(tzinfo=None)


def latest_action():
    """The action of the latest call-taker outcome of each decision (NULL: none reported)."""
    o = outcomes.c
    return (select(o.action)
            .where(o.decision_id == decisions.c.id, o.kind == "call_taker")
            .order_by(o.received_at.desc(), o.id.desc()).limit(1)
            .correlate(decisions).scalar_subquery())


def conditions(f: DecisionFilter) -> list:
    c = decisions.c
    conds = []
    if f.since is not None:
        conds.append(c.received_at >= _naive_utc(f.since))
    if f.until is not None:
        conds.append(c.received_at < _naive_utc(f.until))
    if f.route:
        conds.append(c.route == f.route)
    if f.category:
        conds.append(c.category == f.category)
    if f.disqualifier:
        conds.append(c.disqualifier_codes.like(f"%,{f.disqualifier},%"))
    if f.model_version:
        conds.append(c.model_version == f.model_version)
    if f.degraded is not None:
        conds.append(c.degraded == f.degraded)
    if f.caller:
        conds.append(c.caller == f.caller)
    if f.district:
        conds.append(c.district == f.district)
    if f.overridden:
        action = latest_action()
        conds.append({"yes": action == "overridden", "no": action == "accepted",
                      "unreported": action.is_(None)}[f.overridden])
    return conds


def _where(q, f: DecisionFilter):
    conds = conditions(f)
    return q.where(and_(*conds)) if conds else q


def order_by(sort: str, descending: bool) -> list:
    if sort not in SORTS:
        raise FilterError(f"sort: one of {', '.join(SORTS)}")
    col = SORTS[sort]
    if descending:
        return [col.desc(), decisions.c.id.desc()]
    return [col.asc(), decisions.c.id.asc()]


_LIST_COLS = (decisions.c.id, decisions.c.received_at, decisions.c.client, decisions.c.route,
              decisions.c.category, decisions.c.disqualifier_codes, decisions.c.model_version,
              decisions.c.rules_version, decisions.c.policy_version, decisions.c.degraded,
              decisions.c.caller, decisions.c.district, decisions.c.incident_id,
              decisions.c.latency_ms)


def _summary(r, tz: ZoneInfo) -> dict:
    ts = r.received_at.replace(tzinfo=dt.timezone.utc)
    return {
        "decision_id": r.id, "received_at": ts, "received_local": ts.astimezone(tz),
        "client": r.client, "route": r.route, "category": r.category,
        "disqualifier_codes": [x for x in r.disqualifier_codes.split(",") if x],
        "model_version": r.model_version, "rules_version": r.rules_version,
        "policy_version": r.policy_version, "degraded": bool(r.degraded), "caller": r.caller,
        "district": r.district, "incident_id": r.incident_id, "latency_ms": r.latency_ms,
        "action": r.action,
    }


@dataclass
class Page:
    items: list[dict]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def count(db, f: DecisionFilter) -> int:
    with db.reader.connect() as conn:
        return conn.execute(_where(select(func.count()).select_from(decisions), f)).scalar_one()


def list_page(db, f: DecisionFilter, tz: ZoneInfo, *, sort: str = "received_at",
              descending: bool = True, page: int = 1, per_page: int = 50) -> Page:
    per_page = per_page if per_page in PER_PAGE else 50
    page = max(1, page)
    total = count(db, f)
    q = _where(select(*_LIST_COLS, latest_action().label("action")), f)
    q = q.order_by(*order_by(sort, descending)).limit(per_page).offset((page - 1) * per_page)
    with db.reader.connect() as conn:
        rows = conn.execute(q).all()
    return Page([_summary(r, tz) for r in rows], total, page, per_page)


def model_versions(db, limit: int = 200) -> list[str]:
    with db.reader.connect() as conn:
        rows = conn.execute(select(decisions.c.model_version).distinct()
                            .where(decisions.c.model_version.is_not(None))
                            .order_by(decisions.c.model_version).limit(limit)).all()
    return [r[0] for r in rows]


# export -----------------------------------------------------------------------------------

EXPORT_COLUMNS = (
    "decision_id", "received_at", "route", "team", "category", "top_probability",
    "p_behavioral_health", "p_homelessness", "p_conflict", "p_other", "disqualifier_codes",
    "disqualifier_evidence", "reason_codes", "degraded", "model_version", "rules_version",
    "policy_version", "caller", "call_type", "district", "incident_id", "client",
    "latency_ms", "call_taker_action", "route_taken", "outcomes",
)
NARRATIVE_COLUMN = "narrative"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value) -> str:
    """A cell a spreadsheet will not run as a formula (CSV injection): text starting with
    = + - @ tab or CR gets a leading single quote."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if value == value else ""
    if isinstance(value, int):
        return str(value)
    s = str(value)
    return "'" + s if s.startswith(_FORMULA_START) else s


def _export_row(r, record: dict, outs: list[dict], narrative: bool) -> dict:
    d, req = record["decision"], record["request"]
    probs = d.get("probabilities") or {}
    ct = [o for o in outs if o.get("kind") == "call_taker"]
    last = ct[-1] if ct else None
    row = {
        "decision_id": r.id,
        "received_at": record["received_at"],
        "route": d["route"], "team": d.get("team"), "category": d.get("category"),
        "top_probability": max(probs.values()) if probs else None,
        **{f"p_{c}": probs.get(c) for c in CATEGORIES},
        "disqualifier_codes": " ".join(x for x in r.disqualifier_codes.split(",") if x),
        "disqualifier_evidence": " | ".join(
            f"{f['code']}: {f['evidence']}" + (" (call type)" if f.get("field") == "call_type"
                                               else "")
            for f in d.get("disqualifiers", [])),
        "reason_codes": " ".join(d.get("reason_codes", [])),
        "degraded": bool(d.get("degraded")),
        "model_version": d.get("model_version"), "rules_version": d.get("rules_version"),
        "policy_version": d.get("policy_version"),
        "caller": req.get("caller"), "call_type": req.get("call_type"),
        "district": req.get("district"), "incident_id": req.get("incident_id"),
        "client": record.get("client"), "latency_ms": record.get("latency_ms"),
        "call_taker_action": last.get("action") if last else None,
        "route_taken": last.get("route_taken") if last else None,
        "outcomes": len(outs),
    }
    if narrative:
        row[NARRATIVE_COLUMN] = req.get("narrative")
    return row


def iter_export(db, f: DecisionFilter, *, sort: str = "received_at", descending: bool = True,
                limit: int | None = None, narrative: bool = False,
                chunk: int = 500) -> Iterator[dict]:
    """Every decision of the filter, in order, as export rows (streamed in chunks: outcomes
    are fetched per chunk of decisions)."""
    q = _where(select(decisions.c.id, decisions.c.disqualifier_codes, decisions.c.record), f)
    q = q.order_by(*order_by(sort, descending))
    if limit is not None:
        q = q.limit(limit)
    with db.reader.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=chunk).execute(q)
        while True:
            rows = result.fetchmany(chunk)
            if not rows:
                break
            by_decision: dict[str, list[dict]] = {r.id: [] for r in rows}
            with db.reader.connect() as oconn:
                outs = oconn.execute(select(outcomes.c.decision_id, outcomes.c.record)
                                     .where(outcomes.c.decision_id.in_(list(by_decision)))
                                     .order_by(outcomes.c.received_at, outcomes.c.id)).all()
            for o in outs:
                rec = orjson.loads(o.record)
                by_decision[o.decision_id].append({**rec["outcome"],
                                                   "received_at": rec["received_at"]})
            for r in rows:
                yield _export_row(r, orjson.loads(r.record), by_decision[r.id], narrative)


def csv_header(narrative: bool = False) -> list[str]:
    return [*EXPORT_COLUMNS, *([NARRATIVE_COLUMN] if narrative else [])]


def csv_lines(rows, narrative: bool = False) -> Iterator[str]:
    """CSV text, one chunk per row (header first), with the injection guard."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    header = csv_header(narrative)
    w.writerow(header)
    yield buf.getvalue()
    for row in rows:
        buf.seek(0)
        buf.truncate()
        w.writerow([csv_safe(row.get(k)) for k in header])
        yield buf.getvalue()


def jsonl_lines(rows) -> Iterator[bytes]:
    for row in rows:
        yield orjson.dumps(row) + b"\n"


def with_defaults(f: DecisionFilter, **kw) -> DecisionFilter:
    return replace(f, **kw)
