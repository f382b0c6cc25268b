"""The trajectory chart: both scales across sessions, with cut-offs and signals marked, as inline SVG.

Hand-built SVG rather than a plotting library because it is a handful of lines and points, it scales with the
page (phone or laptop), takes the page's fonts and colours, and carries accessible names: the chart has a
title and description, every point a tooltip, and the page shows the same numbers as a table for screen
readers.
"""

from __future__ import annotations

from html import escape

from ontmoeting.i18n import format_number, tr
from ontmoeting.relationship.signals import Severity, Signal, SignalKind
from ontmoeting.relationship.trajectory import Trajectory

TEXTS = {
    "title": {"nl": "Verloop van {code}", "en": "Trajectory of {code}"},
    "desc": {
        "nl": "Relatie en welzijn per sessie (0-{max:g}), met de grenzen als stippellijn. Gekleurde ringen "
        "markeren signalen. Dezelfde cijfers staan in de tabel onder de grafiek.",
        "en": "Relationship and well-being per session (0-{max:g}), with the cut-offs as dashed lines. "
        "Coloured "
        "rings mark signals. The same numbers are in the table below the chart.",
    },
    "relationship": {"nl": "Relatie", "en": "Relationship"},
    "wellbeing": {"nl": "Welzijn", "en": "Well-being"},
    "cutoff": {"nl": "grens {value:g}", "en": "cut-off {value:g}"},
    "session": {"nl": "sessie", "en": "session"},
    "empty": {"nl": "Nog geen scores.", "en": "No scores yet."},
}

WIDTH, PANEL_HEIGHT = 640, 170
LEFT, RIGHT, TOP, BOTTOM = 44, 16, 26, 26
COLOURS = {"relationship": "#2f6f73", "wellbeing": "#7a4fa0"}
SEVERITY_COLOURS = {Severity.ALERT: "#c0392b", Severity.NOTICE: "#d68910", Severity.GOOD: "#1e8449"}
RELATIONSHIP_KINDS = {SignalKind.RELATIONSHIP_BELOW_CUTOFF, SignalKind.RELATIONSHIP_DROP}


def _panel(trajectory: Trajectory, scale: str, signals: list[Signal], lang: str, top: float) -> list[str]:
    instrument = (
        trajectory.relationship_instrument if scale == "relationship" else trajectory.wellbeing_instrument
    )
    totals = [
        (
            s.number,
            trajectory.relationship_total(s) if scale == "relationship" else trajectory.wellbeing_total(s),
        )
        for s in trajectory.sessions
    ]
    numbers = [n for n, _ in totals] or [1]
    lo, hi = instrument.total.min, instrument.total.max
    plot_w, plot_h = WIDTH - LEFT - RIGHT, PANEL_HEIGHT - TOP - BOTTOM
    first_n, last_n = min(numbers), max(numbers)

    def x(n: int) -> float:
        return LEFT + (plot_w / 2 if last_n == first_n else (n - first_n) / (last_n - first_n) * plot_w)

    def y(v: float) -> float:
        return top + TOP + (hi - v) / (hi - lo) * plot_h

    colour = COLOURS[scale]
    out = [
        f'<text x="{LEFT}" y="{top + 16}" class="chart-label" '
        f'fill="{colour}">{escape(tr(TEXTS, scale, lang))}</text>'
    ]
    for tick in (lo, (lo + hi) / 2, hi):
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            'class="chart-grid"/>'
        )
        out.append(
            f'<text x="{LEFT - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" class="chart-axis">'
            f"{format_number(tick, lang, 'g')}</text>"
        )
    cut = instrument.cutoff.value
    out.append(
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(cut):.1f}" y2="{y(cut):.1f}" class="chart-cutoff"/>'
    )
    out.append(
        f'<text x="{WIDTH - RIGHT}" y="{y(cut) - 4:.1f}" text-anchor="end" class="chart-axis">'
        f"{escape(tr(TEXTS, 'cutoff', lang, value=cut))}</text>"
    )
    points = [(n, v) for n, v in totals if v is not None]
    if len(points) > 1:
        path = " ".join(f"{'M' if i == 0 else 'L'}{x(n):.1f},{y(v):.1f}" for i, (n, v) in enumerate(points))
        out.append(
            f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2.5" stroke-linejoin="round"/>'
        )
    for n, v in points:
        mine = [
            s
            for s in signals
            if s.session == n and (s.kind in RELATIONSHIP_KINDS) == (scale == "relationship")
        ]
        tip = f"{tr(TEXTS, 'session', lang)} {n}: {format_number(v, lang, 'g')}"
        if mine:
            worst = min(mine, key=lambda s: s.severity.rank)
            tip += " — " + "; ".join(s.title(lang) for s in mine)
            out.append(
                f'<circle cx="{x(n):.1f}" cy="{y(v):.1f}" r="9" fill="none" stroke-width="2.5" '
                f'stroke="{SEVERITY_COLOURS[worst.severity]}" class="chart-signal-{worst.severity.value}"/>'
            )
        out.append(
            f'<circle cx="{x(n):.1f}" cy="{y(v):.1f}" r="4.5" fill="{colour}"><title>{escape(tip)}</title>'
            "</circle>"
        )
    for n in numbers if trajectory.sessions else []:
        out.append(
            f'<text x="{x(n):.1f}" y="{top + PANEL_HEIGHT - 6}" text-anchor="middle" class="chart-axis">'
            f"{n}</text>"
        )
    return out


def trajectory_svg(trajectory: Trajectory, signals: list[Signal], lang: str) -> str:
    """An accessible, responsive SVG of both scales (one panel each)."""
    height = PANEL_HEIGHT * 2 + 8
    title = tr(TEXTS, "title", lang, code=trajectory.client_code)
    desc = tr(TEXTS, "desc", lang, max=trajectory.wellbeing_instrument.total.max)
    parts = [
        f'<svg class="trajectory-chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-title">{escape(title)}</title><desc id="chart-desc">{escape(desc)}</desc>',
    ]
    if not trajectory.sessions:
        parts.append(
            f'<text x="{WIDTH / 2}" y="{height / 2}" text-anchor="middle" class="chart-axis">'
            f"{escape(tr(TEXTS, 'empty', lang))}</text>"
        )
    else:
        parts += _panel(trajectory, "relationship", signals, lang, 0)
        parts += _panel(trajectory, "wellbeing", signals, lang, PANEL_HEIGHT + 8)
    parts.append("</svg>")
    return "".join(parts)


SPARK = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float | None], lo: float, hi: float) -> str:
    """A one-line terminal chart; a gap (space) where a session has no score."""
    out = []
    for value in values:
        if value is None:
            out.append(" ")
            continue
        frac = 0.0 if hi == lo else (value - lo) / (hi - lo)
        out.append(SPARK[min(len(SPARK) - 1, max(0, int(round(frac * (len(SPARK) - 1)))))])
    return "".join(out)
