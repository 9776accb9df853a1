"""The Jinja2 environment of the auditor pages and of ``calltriage audit report``'s HTML
(autoescape always on; templates never mark request data ``|safe``)."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import jinja2

from serving.web import charts

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"


def _pct(v) -> str:
    return "—" if v is None else f"{float(v) * 100:.1f}%"


def _num(v) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:.4f}"
    return str(v)


def _when(ts: dt.datetime | None, fmt: str = "%Y-%m-%d %H:%M:%S %Z") -> str:
    return "—" if ts is None else ts.strftime(fmt)


def _cell(v, column: str = "") -> str:
    """A report table cell: rates and shares as percentages, counts as they are."""
    if v is None:
        return "—"
    if isinstance(v, float) and (column.endswith(("_rate", "_share")) or column == "rate"):
        return _pct(v)
    return str(v)


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(pct=_pct, num=_num, when=_when, cell=_cell)
    env.globals.update(svg_chart=charts.render, svg_bar=charts.bar)
    return env


def render(name: str, **context) -> str:
    return environment().get_template(name).render(**context)
