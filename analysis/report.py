"""``report.html`` (self-contained: inline SVG charts, each with its numbers and a table)
and ``summary.json`` from the merged counts."""

from __future__ import annotations

import html
import json
from pathlib import Path

from analysis.staffing import WEEKDAYS

COLORS = ("#2b6cb0", "#9ac1e8", "#c05621", "#718096", "#2f855a")
CAT_LABELS = {"behavioral_health": "Behavioral health", "homelessness": "Homelessness",
              "conflict": "Conflict", "other": "Other", "(none)": "(no decision)"}
ROUTE_LABELS = {"community_responder": "Community responder", "standard_dispatch": "Standard dispatch",
                "co_response": "Co-response", "call_taker_review": "Call-taker review",
                "error": "Unreadable row"}


def esc(x) -> str:
    return html.escape(str(x), quote=True)


def fmt_int(x) -> str:
    return f"{int(x):,}" if x is not None else "–"


def fmt_pct(x) -> str:
    return f"{100 * x:.1f}%" if x is not None else "–"


# -- SVG charts ---------------------------------------------------------------------------
def hbars(rows: list[tuple[str, list[float]]], series: list[str], width: int = 760,
          fmt=fmt_int) -> str:
    """Grouped horizontal bars, one group per row, the value printed after each bar."""
    label_w = min(380, max(120, 14 + int(6.6 * max((len(lab) for lab, _ in rows), default=10))))
    bar_h, gap = 16, 10
    k = len(series)
    group_h = k * bar_h + gap
    height = len(rows) * group_h + 34
    vmax = max([v for _, vals in rows for v in vals if v is not None] + [1])
    plot_w = width - label_w - 80
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             'role="img" xmlns="http://www.w3.org/2000/svg">']
    for i, (label, vals) in enumerate(rows):
        y0 = i * group_h + 4
        parts.append(f'<text x="{label_w - 8}" y="{y0 + k * bar_h / 2 + 4}" text-anchor="end">'
                     f'{esc(label)}</text>')
        for j, v in enumerate(vals):
            v = v or 0
            w = max(0.0, plot_w * v / vmax)
            y = y0 + j * bar_h
            parts.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h - 3}" '
                         f'fill="{COLORS[j % len(COLORS)]}"><title>{esc(label)} – {esc(series[j])}: '
                         f'{esc(fmt(v))}</title></rect>')
            parts.append(f'<text x="{label_w + w + 4:.1f}" y="{y + bar_h - 5}" class="val">{esc(fmt(v))}</text>')
    ly = height - 12
    x = label_w
    for j, s in enumerate(series):
        parts.append(f'<rect x="{x}" y="{ly - 9}" width="10" height="10" fill="{COLORS[j % len(COLORS)]}"/>'
                     f'<text x="{x + 14}" y="{ly}">{esc(s)}</text>')
        x += 24 + 7 * len(s)
    parts.append("</svg>")
    return "".join(parts)


def vbars(labels: list[str], series: list[str], values: list[list[float]], width: int = 900,
          height: int = 260, fmt=fmt_int) -> str:
    """Grouped vertical bars (values[j][i]: series j, label i), values printed on top."""
    left, bottom, top = 40, 46, 18
    n, k = len(labels), len(series)
    plot_w, plot_h = width - left - 10, height - bottom - top
    slot = plot_w / max(n, 1)
    bw = max(2.0, (slot - 4) / max(k, 1))
    vmax = max([v for vals in values for v in vals if v is not None] + [1])
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             'role="img" xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" stroke="#999"/>']
    for i, lab in enumerate(labels):
        x0 = left + i * slot + 2
        for j in range(k):
            v = values[j][i] or 0
            h = plot_h * v / vmax
            x = x0 + j * bw
            parts.append(f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bw - 1:.1f}" '
                         f'height="{h:.1f}" fill="{COLORS[j % len(COLORS)]}"><title>{esc(lab)} – '
                         f'{esc(series[j])}: {esc(fmt(v))}</title></rect>')
            if bw >= 14 or k == 1:
                parts.append(f'<text x="{x + bw / 2:.1f}" y="{top + plot_h - h - 3:.1f}" class="val small" '
                             f'text-anchor="middle">{esc(fmt(v))}</text>')
        parts.append(f'<text x="{x0 + slot / 2 - 2:.1f}" y="{top + plot_h + 14}" text-anchor="middle" '
                     f'class="small">{esc(lab)}</text>')
    x = left
    for j, s in enumerate(series):
        parts.append(f'<rect x="{x}" y="{height - 16}" width="10" height="10" fill="{COLORS[j % len(COLORS)]}"/>'
                     f'<text x="{x + 14}" y="{height - 7}">{esc(s)}</text>')
        x += 24 + 7 * len(s)
    parts.append("</svg>")
    return "".join(parts)


def heatmap(matrix: list[list[int]], width: int = 900) -> str:
    """7 x 24 grid (weekday x hour) with the count in each cell."""
    left, top, cell_h = 40, 22, 26
    cell_w = (width - left - 6) / 24
    height = top + 7 * cell_h + 8
    vmax = max([v for row in matrix for v in row] + [1])
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             'role="img" xmlns="http://www.w3.org/2000/svg">']
    for h in range(24):
        parts.append(f'<text x="{left + h * cell_w + cell_w / 2:.1f}" y="{top - 6}" text-anchor="middle" '
                     f'class="small">{h:02d}</text>')
    for wd in range(7):
        y = top + wd * cell_h
        parts.append(f'<text x="{left - 6}" y="{y + cell_h / 2 + 4}" text-anchor="end">{WEEKDAYS[wd]}</text>')
        for h in range(24):
            v = matrix[wd][h]
            t = v / vmax
            r, g, b = (int(247 - t * (247 - 33)), int(251 - t * (251 - 102)), int(255 - t * (255 - 172)))
            x = left + h * cell_w
            ink = "#fff" if t > 0.55 else "#222"
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{cell_w - 1:.1f}" height="{cell_h - 1}" '
                         f'fill="rgb({r},{g},{b})"><title>{WEEKDAYS[wd]} {h:02d}:00 – {v:,}</title></rect>'
                         f'<text x="{x + cell_w / 2:.1f}" y="{y + cell_h / 2 + 4}" text-anchor="middle" '
                         f'class="cell" fill="{ink}">{v:,}</text>')
    parts.append("</svg>")
    return "".join(parts)


# -- tables ------------------------------------------------------------------------------
def table(headers: list[str], rows: list[list], numeric_from: int = 1) -> str:
    out = ["<table><thead><tr>"]
    out += [f"<th>{esc(h)}</th>" for h in headers]
    out.append("</tr></thead><tbody>")
    for r in rows:
        out.append("<tr>" + "".join(
            f'<td class="{"num" if i >= numeric_from else ""}">{esc(v)}</td>' for i, v in enumerate(r))
            + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


# -- assembly ----------------------------------------------------------------------------
def limits_table(results: dict, limits: list[dict]) -> dict:
    tot = results["totals"]
    unres, elig = tot["eligible_unrestricted"], tot["eligible"]
    rows = []
    for lim in limits:
        raw = results["limits_raw"][lim["name"]]
        rows.append({
            **lim,
            "removes_alone": raw["removed"] if lim["evaluated"] else None,
            "removes_share_of_unrestricted": (round(raw["removed"] / unres, 4)
                                              if lim["evaluated"] and unres else None),
            "relaxing_adds": raw["adds"] if lim["active"] else None,
        })
    return {"unrestricted_eligible": unres, "eligible": elig,
            "removed_together": unres - elig,
            "removed_together_share": round((unres - elig) / unres, 4) if unres else None,
            "rows": rows}


def build_summary(results: dict, meta: dict, limits: list[dict], staffing: dict) -> dict:
    return {"meta": meta, "totals": results["totals"], "routes": results["routes"],
            "categories": results["categories"], "districts": results["districts"],
            "heatmap": results["heatmap"], "limits": limits_table(results, limits),
            "disqualifiers": results["disqualifiers"], "staffing": staffing,
            "call_types": results["call_types"][:200], "call_type_count": results["call_type_count"],
            "dates": results["dates"], "reason_codes": results["reason_codes"],
            "data_issues": results["data_issues"],
            "unrecognized_callers": results["unrecognized_callers"]}


def write(out_dir: Path, summary: dict) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    sj = out_dir / "summary.json"
    sj.write_text(json.dumps(summary, indent=2, ensure_ascii=False, default=str) + "\n")
    rh = out_dir / "report.html"
    rh.write_text(render(summary))
    return rh, sj


CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;max-width:980px;color:#1a202c;line-height:1.4}
h1{font-size:1.6em;margin-bottom:.2em} h2{margin-top:1.8em;border-bottom:1px solid #e2e8f0;padding-bottom:.2em}
.meta{color:#4a5568;font-size:.9em} .kpis{display:flex;gap:14px;flex-wrap:wrap;margin:16px 0}
.kpi{border:1px solid #e2e8f0;border-radius:6px;padding:10px 14px;min-width:150px}
.kpi b{display:block;font-size:1.5em} table{border-collapse:collapse;margin:10px 0;font-size:.88em}
th,td{border-bottom:1px solid #e2e8f0;padding:4px 8px;text-align:left} td.num{text-align:right;font-variant-numeric:tabular-nums}
th{background:#f7fafc} svg.chart{display:block;max-width:100%;height:auto;font-size:12px}
svg .val{font-size:11px;fill:#2d3748} svg .small{font-size:10px} svg .cell{font-size:9px}
.note{color:#4a5568;font-size:.88em} .warn{background:#fffbea;border:1px solid #f6e05e;padding:8px 12px;border-radius:6px}
details{margin:8px 0} code{background:#f7fafc;padding:0 3px}
"""


def render(s: dict) -> str:
    meta, tot = s["meta"], s["totals"]
    n = tot["n"]
    P: list[str] = []
    add = P.append
    add(f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Eligibility analysis – "
        f"{esc(meta['input']['name'])}</title><style>{CSS}</style></head><body>")
    add("<h1>Community responder eligibility analysis</h1>")
    d = s["dates"]
    add(f"<p class='meta'>Input <code>{esc(meta['input']['name'])}</code> ({fmt_int(meta['input']['rows'])} rows, "
        f"{esc(meta['input']['format'])}); calls received {esc(d['first'] or '?')} to {esc(d['last'] or '?')} "
        f"({fmt_int(d['days'])} days). Engine <code>{esc(meta['engine'])}</code>; model "
        f"<code>{esc(meta['versions']['model'])}</code>; <code>{esc(meta['versions']['rules'])}</code>; "
        f"policy <code>{esc(meta['versions']['policy'])}</code>. Generated {esc(meta['generated_at'])}.</p>")
    warnings = list(meta.get("warnings", []))
    if warnings:
        add("<div class='warn'>" + "<br>".join(esc(w) for w in warnings) + "</div>")
    lim = s["limits"]
    add("<div class='kpis'>"
        f"<div class='kpi'>Calls<b>{fmt_int(n)}</b></div>"
        f"<div class='kpi'>Eligible under the policy<b>{fmt_int(tot['eligible'])}</b>{fmt_pct(tot['eligible_share'])} of calls</div>"
        f"<div class='kpi'>Eligible with every limit relaxed<b>{fmt_int(tot['eligible_unrestricted'])}</b>"
        f"{fmt_pct(tot['eligible_unrestricted_share'])} of calls</div>"
        f"<div class='kpi'>Removed by the policy's limits<b>{fmt_int(lim['removed_together'])}</b>"
        f"{fmt_pct(lim['removed_together_share'])} of the unrestricted set</div>"
        f"<div class='kpi'>With a disqualifier<b>{fmt_int(tot['dq_any'])}</b>{fmt_pct(tot['dq_any'] / n if n else None)} of calls</div>"
        "</div>")
    add("<p class='note'>“Eligible” means the service would recommend a community responder "
        "(route <code>community_responder</code>): no standard disqualifier fired, the category is "
        "behavioral health, homelessness or conflict with confidence at or above the policy threshold, "
        "and no policy rule excluded the call. Every row went through the full decision path "
        "(rules, model, policy); per-call decisions are in <code>decisions.parquet</code> and "
        "<code>decisions.csv</code>.</p>")

    # routes
    add("<h2>Recommended routes</h2>")
    routes = [(ROUTE_LABELS.get(r, r), v) for r, v in s["routes"].items()]
    add(hbars([(lab, [v]) for lab, v in routes], ["calls"]))
    add(table(["route", "calls", "share"], [[lab, fmt_int(v), fmt_pct(v / n if n else None)]
                                            for lab, v in routes]))

    # categories
    add("<h2>Eligible share and counts by category</h2>")
    cats = s["categories"]
    add(hbars([(CAT_LABELS.get(c["category"], c["category"]),
                [c["calls"], c["eligible_unrestricted"], c["eligible"]]) for c in cats],
              ["calls", "eligible, limits relaxed", "eligible under the policy"]))
    add(table(["category (model)", "calls", "share of calls", "with a disqualifier",
               "eligible, limits relaxed", "eligible", "eligible share of category"],
              [[CAT_LABELS.get(c["category"], c["category"]), fmt_int(c["calls"]), fmt_pct(c["share_of_calls"]),
                fmt_int(c["with_disqualifier"]), fmt_int(c["eligible_unrestricted"]), fmt_int(c["eligible"]),
                fmt_pct(c["eligible_share"])] for c in cats]))

    # heatmap
    hm = s["heatmap"]
    add("<h2>Eligible calls by hour of day and weekday</h2>")
    add(f"<p class='note'>Calls the service would route to a community responder, by local time "
        f"received ({esc(meta['policy']['timezone'])}), summed over the data period. "
        f"{fmt_int(hm['no_time']['n'])} call(s) had no readable time and are not shown.</p>")
    add(heatmap(hm["eligible"]))
    if hm["eligible_unrestricted"] != hm["eligible"]:
        add("<p class='note'>The same with every policy limitation relaxed (where the demand is):</p>")
        add(heatmap(hm["eligible_unrestricted"]))
    add("<details><summary>All calls by hour and weekday (table)</summary>")
    add(table(["weekday", *[f"{h:02d}" for h in range(24)]],
              [[WEEKDAYS[wd], *[fmt_int(v) for v in hm["calls"][wd]]] for wd in range(7)]))
    add("</details>")

    # districts
    add("<h2>By district</h2>")
    dist = s["districts"][:40]
    add(hbars([(str(r["district"]), [r["eligible_unrestricted"], r["eligible"]]) for r in dist],
              ["eligible, limits relaxed", "eligible under the policy"]))
    add(table(["district", "calls", "with a disqualifier", "eligible, limits relaxed", "eligible",
               "eligible share"],
              [[r["district"], fmt_int(r["calls"]), fmt_int(r["with_disqualifier"]),
                fmt_int(r["eligible_unrestricted"]), fmt_int(r["eligible"]), fmt_pct(r["eligible_share"])]
               for r in dist]))
    if len(s["districts"]) > 40:
        add(f"<p class='note'>{len(s['districts']) - 40} more district(s) in summary.json.</p>")

    # limitations
    add("<h2>What each policy limitation removes</h2>")
    add(f"<p class='note'>Start from the <b>{fmt_int(lim['unrestricted_eligible'])}</b> calls the "
        "service would send to a community responder with every limitation relaxed. "
        "<i>Removes alone</i>: how many of them this limitation, on its own, turns away "
        "(for a limitation the policy does not use, at the what-if setting shown). "
        "<i>Relaxing adds</i>: how many more calls become eligible if only this limitation is lifted "
        "from the actual policy. Calls can be removed by several limitations, so the one-by-one "
        f"numbers need not add up to the combined effect: together the policy's limitations remove "
        f"<b>{fmt_int(lim['removed_together'])}</b> ({fmt_pct(lim['removed_together_share'])}).</p>")
    rows = [r for r in lim["rows"] if r["evaluated"]]
    add(hbars([(r["label"] + ("" if r["active"] else " (what-if)"), [r["removes_alone"]]) for r in rows],
              ["eligible calls removed by this limitation alone"]))
    add(table(["limitation", "in this policy", "setting", "removes alone", "share of unrestricted",
               "relaxing adds"],
              [[r["label"], "yes" if r["active"] else ("what-if: " + r["what_if"] if r["what_if"] else "no"),
                r["setting"], fmt_int(r["removes_alone"]) if r["evaluated"] else "not evaluated",
                fmt_pct(r["removes_share_of_unrestricted"]),
                fmt_int(r["relaxing_adds"]) if r["relaxing_adds"] is not None else "–"]
               for r in lim["rows"]]
              + [["All of the policy's limitations together", "", "", fmt_int(lim["removed_together"]),
                  fmt_pct(lim["removed_together_share"]), fmt_int(lim["removed_together"])]],
              numeric_from=3))
    add("<p class='note'>Hours and call-type lists a policy does not set can be tried with "
        "<code>--what-if-hours 07:00-23:00</code>, <code>--what-if-deny</code> and "
        "<code>--what-if-allow</code>. Caller-requests-police is not a policy switch: the spec "
        "always sends those calls to standard dispatch.</p>")

    # disqualifiers
    add("<h2>Disqualifiers</h2>")
    dq = s["disqualifiers"]
    add(hbars([(r["code"], [r["calls"], r["in_scope_category_calls"]]) for r in dq],
              ["all calls", "calls whose category is in scope"]))
    add(table(["code", "calls", "share of calls", "in-scope category calls"],
              [[r["code"], fmt_int(r["calls"]), fmt_pct(r["share_of_calls"]),
                fmt_int(r["in_scope_category_calls"])] for r in dq]))
    add("<p class='note'>A call can carry several disqualifiers. Disqualifiers are hard-coded "
        "and no policy can turn them off; “in-scope category” calls are behavioral-health, "
        "homelessness or conflict calls the model would otherwise consider.</p>")

    # staffing
    st = s["staffing"]
    o = st["options"]
    add("<h2>Staffing estimate (Erlang C)</h2>")
    add(f"<p class='note'>Teams needed so that at least <b>{o['target_share']:.0%}</b> of eligible "
        f"calls reach a team within <b>{o['target_wait_minutes']:g} minutes</b>, per "
        f"{o['block_hours']}-hour block, over {fmt_int(st['days_observed'])} days of data.</p>")
    blocks = st["blocks"]
    add(vbars([b["block"][:5] for b in blocks],
              ["teams, average day", "teams, busiest weekday", "teams, limits relaxed (avg day)"],
              [[b["eligible"]["teams"] for b in blocks], [b["eligible"]["peak_teams"] for b in blocks],
               [b["unrestricted"]["teams"] for b in blocks]]))
    add(table(["block", "eligible calls", "calls / hour", "mean service min", "load (Erl.)", "teams",
               "P(wait ≤ target)", "mean wait min", "busiest weekday", "calls / hour there",
               "teams there", "teams, limits relaxed"],
              [[b["block"], fmt_int(b["eligible"]["calls"]), f"{b['eligible']['calls_per_hour']:.2f}",
                f"{b['eligible']['service_minutes']:.1f}" + ("*" if b["eligible"]["onscene_source"] != "observed" else ""),
                f"{b['eligible']['load']:.2f}", b["eligible"]["teams"], fmt_pct(b["eligible"]["service_level"]),
                f"{b['eligible']['mean_wait']:.1f}", b["eligible"]["peak_weekday"],
                f"{b['eligible']['peak_calls_per_hour']:.2f}", b["eligible"]["peak_teams"],
                b["unrestricted"]["teams"]] for b in blocks]))
    add("<p class='note'><b>Assumptions.</b></p><ul class='note'>"
        + "".join(f"<li>{esc(a)}</li>" for a in st["assumptions"]) + "</ul>")

    # months
    months = d["months"]
    if months:
        add("<h2>By month</h2>")
        add(vbars([m["month"] for m in months], ["eligible, limits relaxed", "eligible"],
                  [[m["eligible_unrestricted"] for m in months], [m["eligible"] for m in months]]))
        add(table(["month", "calls", "eligible, limits relaxed", "eligible"],
                  [[m["month"], fmt_int(m["calls"]), fmt_int(m["eligible_unrestricted"]), fmt_int(m["eligible"])]
                   for m in months]))

    # call types
    add("<h2>Call types with the most eligible calls</h2>")
    top = [c for c in s["call_types"] if c["eligible_unrestricted"]][:25]
    add(table(["call type", "calls", "eligible, limits relaxed", "eligible", "with a disqualifier"],
              [[c["call_type"], fmt_int(c["calls"]), fmt_int(c["eligible_unrestricted"]),
                fmt_int(c["eligible"]), fmt_int(c["with_disqualifier"])] for c in top]))
    add(f"<p class='note'>{fmt_int(s['call_type_count'])} distinct call types; the top 200 are in "
        "summary.json.</p>")

    # reasons and data quality
    add("<h2>Reason codes</h2>")
    add(table(["reason code", "calls"], [[k, fmt_int(v)] for k, v in s["reason_codes"].items()]))
    add("<h2>Data quality</h2>")
    dq_rows = [["rows that could not be decided", fmt_int(tot["errors"])],
               ["decisions made without the model (degraded)", fmt_int(tot["degraded"])],
               *[[k.replace("_", " "), fmt_int(v)] for k, v in s["data_issues"].items()]]
    add(table(["issue", "rows"], dq_rows))
    if s["unrecognized_callers"]:
        add("<p class='note'>Caller values not understood (counted as unknown; map them in "
            "<code>[caller_values]</code>): "
            + ", ".join(f"<code>{esc(k)}</code> ({fmt_int(v)})" for k, v in s["unrecognized_callers"].items())
            + "</p>")
    mp = meta["mapping"]
    add("<details><summary>Column mapping and policy</summary>")
    add(table(["field", "input column"], [[k, v] for k, v in mp["columns"].items()], numeric_from=9))
    add(f"<pre>{esc(json.dumps(meta['policy'], indent=2, default=str))}</pre></details>")
    add(f"<p class='meta'>{fmt_int(meta['input']['rows'])} rows in {meta['elapsed_seconds']:.1f} s "
        f"({fmt_int(meta['rows_per_second'])} rows/s) with <code>calltriage analyze</code>.</p>")
    add("</body></html>")
    return "".join(P)
