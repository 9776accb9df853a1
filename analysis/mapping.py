"""Column mapping: which column of a CAD export is the narrative, the call type, the
received time, the district, the caller type and the on-scene time.

A mapping comes from a small TOML file, from ``--col-*`` options (which win), and, for
fields neither names, from a short list of unambiguous column names (``narrative``,
``call_type``, ``received_at`` ...), so the spec's JSON Lines batch format needs no
mapping at all. Example file::

    [columns]
    id = "incident_number"
    narrative = "comments"            # narrative and/or call_type is required
    call_type = "initial_type"
    received = "call_received"        # local time, or ISO 8601 with an offset
    district = "district"
    caller = "caller_type"
    caller_requests_police = "requested_police"
    onscene_minutes = "minutes_on_scene"

    [options]
    received_format = "%m/%d/%Y %I:%M:%S %p"   # strptime; default ISO 8601; or epoch_s / epoch_ms
    timezone = "America/Denver"                # for times without an offset (default: the policy's)
    onscene_unit = "minutes"                   # or "seconds"

    [caller_values]                            # extra spellings (case-insensitive)
    "SELF" = "first_party"
    "RP IS WITNESS" = "third_party"

The values of each field are normalized by the functions at the bottom of this module,
which both engines call (through ``analysis.score``), so a value means the same thing on
one machine and on Spark.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

FIELDS: tuple[str, ...] = (
    "id", "narrative", "call_type", "received", "district", "caller",
    "caller_requests_police", "onscene_minutes",
)

FIELD_HELP = {
    "id": "call or incident id (default: the row number)",
    "narrative": "call-taker narrative / comments",
    "call_type": "CAD call type (nature) string",
    "received": "time the call was received",
    "district": "district, beat or zone",
    "caller": "caller type: first_party / third_party / unknown (common spellings understood)",
    "caller_requests_police": "true when the caller asked for police",
    "onscene_minutes": "minutes (or seconds, see onscene_unit) a unit spent on scene",
}

# Unambiguous names recognized when a field is not mapped (compared case-insensitively).
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "call_id", "incident_id", "incident_number", "event_number", "cad_number"),
    "narrative": ("narrative", "comments", "call_notes", "narrative_text"),
    "call_type": ("call_type", "calltype", "nature", "initial_call_type", "call_type_initial"),
    "received": ("received_at", "received", "call_received", "time_received", "datetime_received"),
    "district": ("district", "beat", "police_district"),
    "caller": ("caller", "caller_type"),
    "caller_requests_police": ("caller_requests_police", "requested_police"),
    "onscene_minutes": ("onscene_minutes", "on_scene_minutes", "minutes_on_scene"),
}

ONSCENE_UNITS = ("minutes", "seconds")
MAX_ONSCENE_MINUTES = 24 * 60  # longer is treated as a data error (counted, then ignored)

_CALLER_WORDS = {
    "first_party": ("first_party", "first party", "first", "1st", "1st party", "1st_party", "self",
                    "subject", "1p", "fp"),
    "third_party": ("third_party", "third party", "third", "3rd", "3rd party", "3rd_party", "witness",
                    "3p", "tp", "other party", "business"),
    "unknown": ("unknown", "unk", "u", ""),
}
_TRUE = frozenset({"true", "t", "yes", "y", "1", "x"})


class MappingError(ValueError):
    """The mapping is invalid or does not fit the input; the message says how to fix it."""


@dataclass(frozen=True)
class Mapping:
    columns: dict[str, str]  # canonical field -> input column
    received_format: str | None = None
    timezone: str | None = None
    onscene_unit: str = "minutes"
    caller_values: dict[str, str] = field(default_factory=dict)
    auto: dict[str, str] = field(default_factory=dict)  # fields found by alias (for the log)

    def source(self, name: str) -> str | None:
        return self.columns.get(name)

    def describe(self) -> dict:
        return {
            "columns": dict(self.columns),
            "recognized_by_name": dict(self.auto),
            "received_format": self.received_format or "ISO 8601",
            "timezone": self.timezone,
            "onscene_unit": self.onscene_unit,
            "caller_values": dict(self.caller_values),
        }

    def caller_table(self) -> dict[str, str]:
        table = {w: canon for canon, words in _CALLER_WORDS.items() for w in words}
        table.update({k.strip().lower(): v for k, v in self.caller_values.items()})
        return table


def load_mapping_file(path: str | Path) -> dict:
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text())
    except OSError as exc:
        raise MappingError(f"cannot read mapping file {p}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(f"mapping file {p} is not valid TOML: {exc}") from None
    unknown = set(data) - {"columns", "options", "caller_values"}
    if unknown:
        raise MappingError(f"mapping file {p}: unknown section(s) {sorted(unknown)}; "
                           "use [columns], [options], [caller_values]")
    return data


def build_mapping(input_columns: list[str], *, file_data: dict | None = None,
                  overrides: dict[str, str | None] | None = None,
                  options: dict | None = None) -> Mapping:
    """Resolve the mapping against the input's columns. Explicit names must exist (exact,
    else case-insensitive); unmapped fields are looked up by alias."""
    file_data = file_data or {}
    cols = dict(file_data.get("columns", {}))
    bad = set(cols) - set(FIELDS)
    if bad:
        raise MappingError(f"unknown field(s) {sorted(bad)} in [columns]; fields are {list(FIELDS)}")
    for k, v in (overrides or {}).items():
        if v:
            cols[k] = v
    by_lower = {c.lower(): c for c in input_columns}
    resolved: dict[str, str] = {}
    for name, src in cols.items():
        if not isinstance(src, str) or not src:
            raise MappingError(f"column for {name!r} must be a non-empty string")
        if src in input_columns:
            resolved[name] = src
        elif src.lower() in by_lower:
            resolved[name] = by_lower[src.lower()]
        else:
            raise MappingError(
                f"column {src!r} (mapped to {name}) is not in the input; the input has: "
                f"{', '.join(input_columns[:40])}" + (" ..." if len(input_columns) > 40 else ""))
    auto: dict[str, str] = {}
    taken = set(resolved.values())
    for name in FIELDS:
        if name in resolved:
            continue
        for alias in ALIASES[name]:
            src = by_lower.get(alias)
            if src and src not in taken:
                resolved[name] = auto[name] = src
                taken.add(src)
                break
    if "narrative" not in resolved and "call_type" not in resolved:
        raise MappingError(
            "no narrative or call-type column: map one with --col-narrative / --col-call-type "
            f"or a mapping file; the input has: {', '.join(input_columns[:40])}")

    opts = {**file_data.get("options", {}), **{k: v for k, v in (options or {}).items() if v}}
    unknown = set(opts) - {"received_format", "timezone", "onscene_unit"}
    if unknown:
        raise MappingError(f"unknown option(s) {sorted(unknown)} in [options]")
    tz = opts.get("timezone")
    if tz:
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise MappingError(f"unknown timezone {tz!r}") from None
    unit = opts.get("onscene_unit", "minutes")
    if unit not in ONSCENE_UNITS:
        raise MappingError(f"onscene_unit must be one of {ONSCENE_UNITS}, not {unit!r}")
    callers = {str(k): str(v) for k, v in file_data.get("caller_values", {}).items()}
    bad = {k: v for k, v in callers.items() if v not in _CALLER_WORDS}
    if bad:
        raise MappingError(f"[caller_values] must map to first_party, third_party or unknown: {bad}")
    return Mapping(columns=resolved, received_format=opts.get("received_format"), timezone=tz,
                   onscene_unit=unit, caller_values=callers, auto=auto)


# -- value normalization (shared by both engines) ---------------------------------------
def normalize_caller(value, table: dict[str, str]) -> tuple[str, bool]:
    """(canonical caller, recognized?)"""
    if value is None:
        return "unknown", True
    canon = table.get(str(value).strip().lower())
    return (canon, True) if canon else ("unknown", False)


def parse_bool(value) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    return str(value).strip().lower() in _TRUE


def parse_received(value, fmt: str | None, tz: dt.tzinfo) -> dt.datetime | None:
    """An aware datetime, or None when empty or unreadable. Naive times are local to
    ``tz`` (the mapping's timezone, else the policy's)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        when = value
    elif isinstance(value, dt.date):
        when = dt.datetime(value.year, value.month, value.day)
    else:
        s = str(value).strip()
        if not s:
            return None
        try:
            if fmt in ("epoch_s", "epoch_ms"):
                secs = float(s) / (1000.0 if fmt == "epoch_ms" else 1.0)
                return dt.datetime.fromtimestamp(secs, dt.timezone.utc)
            when = dt.datetime.strptime(s, fmt) if fmt else dt.datetime.fromisoformat(s)
        except (ValueError, OverflowError, OSError):
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=tz)
    return when


def parse_onscene(value, unit: str) -> float | None:
    """On-scene minutes, or None when empty, unreadable, negative or over a day."""
    if value is None:
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    if x != x:  # NaN
        return None
    if unit == "seconds":
        x /= 60.0
    if x < 0 or x > MAX_ONSCENE_MINUTES:
        return None
    return x
