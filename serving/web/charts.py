"""Small server-side SVG charts (no JavaScript, no chart library): stacked bars, grouped
bars, bars and lines over a 0..1 (share or rate) axis. Every label passes through
``markupsafe.escape``; colours are presentation attributes (allowed by the page's CSP, which
forbids inline ``style``). Each chart has ``role="img"``, a title and a description; its
numbers are in the table printed beneath it."""

from __future__ import annotations

from markupsafe import Markup, escape

# Okabe-Ito palette (distinguishable with common colour-vision deficiencies)
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
           "#000000")
W, H = 960, 300
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 64


def _pct(v: float | None) -> str:
    return "no data" if v is None else f"{v * 100:.1f}%"


def _frame(cid: str, title: str, desc: str, body: list[str], legend: list[str],
           height: int = H) -> Markup:
    total_h = height + 22 * ((len(legend) + 3) // 4)
    parts = [f'<svg class="chart" viewBox="0 0 {W} {total_h}" width="100%" role="img" '
             f'aria-labelledby="t-{cid} d-{cid}" xmlns="http://www.w3.org/2000/svg">',
             f'<title id="t-{cid}">{escape(title)}</title>',
             f'<desc id="d-{cid}">{escape(desc)}</desc>']
    # y axis 0..100%
    plot_h = height - TOP - BOTTOM
    for i in range(5):
        y = TOP + plot_h - plot_h * i / 4
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{W - RIGHT}" y2="{y:.1f}" '
                     f'stroke="#d0d0d0" stroke-width="1"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="12" '
                     f'fill="#333">{i * 25}%</text>')
    parts.extend(body)
    for i, item in enumerate(legend):
        x = LEFT + (i % 4) * 220
        y = height + 22 * (i // 4) + 4
        parts.append(f'<rect x="{x}" y="{y}" width="14" height="14" '
                     f'fill="{PALETTE[i % len(PALETTE)]}"/>')
        parts.append(f'<text x="{x + 20}" y="{y + 12}" font-size="13" fill="#222">'
                     f'{escape(item)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _x_labels(labels: list[str], slot: float, height: int) -> list[str]:
    out = []
    every = max(1, int(len(labels) / max(1.0, (W - LEFT - RIGHT) / 90)) + 1)
    for i, lab in enumerate(labels):
        if i % every:
            continue
        x = LEFT + slot * (i + 0.5)
        text = lab if len(lab) <= 16 else lab[:15] + "…"
        out.append(f'<text x="{x:.1f}" y="{height - BOTTOM + 16}" text-anchor="middle" '
                   f'font-size="11" fill="#333">{escape(text)}</text>')
    return out


def render(chart) -> Markup:
    """An SVG for a ``serving.audit.reports.Chart``."""
    labels, series = chart.x, chart.series
    n = max(1, len(labels))
    plot_w = W - LEFT - RIGHT
    plot_h = H - TOP - BOTTOM
    slot = plot_w / n
    body: list[str] = []

    def y_of(v: float) -> float:
        return TOP + plot_h - plot_h * max(0.0, min(1.0, v))

    if not labels:
        body.append(f'<text x="{W / 2}" y="{H / 2}" text-anchor="middle" font-size="14" '
                    'fill="#333">No decisions in this range.</text>')
    elif chart.kind == "stacked":
        bw = max(1.0, slot * 0.8)
        for i, lab in enumerate(labels):
            base = 0.0
            for k, (name, values) in enumerate(series):
                v = values[i] or 0.0
                if v <= 0:
                    continue
                y0, y1 = y_of(base), y_of(base + v)
                body.append(f'<rect x="{LEFT + slot * i + (slot - bw) / 2:.1f}" y="{y1:.1f}" '
                            f'width="{bw:.1f}" height="{max(0.0, y0 - y1):.1f}" '
                            f'fill="{PALETTE[k % len(PALETTE)]}"><title>'
                            f'{escape(lab)}: {escape(name)} {_pct(v)}</title></rect>')
                base += v
    elif chart.kind in ("bars", "grouped"):
        k_n = max(1, len(series))
        group_w = slot * 0.8
        bw = max(1.0, group_w / k_n)
        for i, lab in enumerate(labels):
            for k, (name, values) in enumerate(series):
                v = values[i]
                if v is None:
                    continue
                x = LEFT + slot * i + (slot - group_w) / 2 + bw * k
                y = y_of(v)
                body.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(1.0, bw - 1):.1f}" '
                            f'height="{TOP + plot_h - y:.1f}" '
                            f'fill="{PALETTE[k % len(PALETTE)]}"><title>{escape(lab)}: '
                            f'{escape(name)} {_pct(v)}</title></rect>')
    else:  # lines
        for k, (name, values) in enumerate(series):
            color = PALETTE[k % len(PALETTE)]
            run: list[str] = []

            def flush() -> None:
                if len(run) > 1:
                    body.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" '
                                f'points="{" ".join(run)}"/>')
                run.clear()

            for i, v in enumerate(values):
                if v is None:
                    flush()
                    continue
                x, y = LEFT + slot * (i + 0.5), y_of(v)
                run.append(f"{x:.1f},{y:.1f}")
                body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{color}"><title>'
                            f'{escape(labels[i])}: {escape(name)} {_pct(v)}</title></circle>')
            flush()
    body.extend(_x_labels(labels, slot, H))
    legend = [name for name, _ in series]
    return _frame(escape(chart.id), chart.title, chart.description, body, legend)


def bar(value: float | None, width: int = 160) -> Markup:
    """A small horizontal 0..1 bar (probabilities on the detail page)."""
    v = 0.0 if value is None else max(0.0, min(1.0, float(value)))
    return Markup(
        f'<svg class="pbar" viewBox="0 0 {width} 12" width="{width}" height="12" '
        f'aria-hidden="true" xmlns="http://www.w3.org/2000/svg">'
        f'<rect x="0" y="0" width="{width}" height="12" fill="#e6e6e6"/>'
        f'<rect x="0" y="0" width="{width * v:.1f}" height="12" fill="#0072B2"/></svg>')
