"""Hand-rolled SVG charts for the HTML report: the timeline of codes and depth, and bullet bars for measures.

Hand-rolled rather than matplotlib because the report must be fast and self-contained: importing matplotlib
alone took 0.27-0.7 s on the project machine (measured with ``python -X importtime``), against a budget of
1 s for everything after the coder; these SVGs cost milliseconds, scale with the page, and carry <title>
text for screen readers and tooltips.
"""

from __future__ import annotations

from html import escape

from ontmoeting.coding.codes import HelperCode
from ontmoeting.feedback.messages import MESSAGES
from ontmoeting.feedback.model import Analysis, Band, Measure, PatternKind, Valence
from ontmoeting.i18n import format_number, sentence, tr

H = HelperCode

#: Helper codes in colour groups; colours chosen to stay distinguishable for common colour blindness and
#: always paired with a text label in the legend.
GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "reflection": ("#16826a", (H.SIMPLE_REFLECTION.value, H.COMPLEX_REFLECTION.value)),
    "open": ("#2f5fc4", (H.OPEN_QUESTION.value,)),
    "closed": ("#9db5ec", (H.CLOSED_QUESTION.value,)),
    "solution": ("#b84f00", (H.ADVICE.value, H.PERSUASION.value, H.REASSURANCE.value)),
    "support": ("#6a63a8", (H.AFFIRMATION.value, H.AUTONOMY.value)),
    "info": ("#e3b23c", (H.INFORMATION.value,)),
    "other": ("#b3b8bf", (H.SELF_DISCLOSURE.value, H.STRUCTURING.value, H.OTHER.value)),
}
GROUP_OF = {code: group for group, (_, codes) in GROUPS.items() for code in codes}
#: Groups whose colour is light: their labels are written in dark ink, the others in white (contrast >= 4.5).
LIGHT_GROUPS = frozenset({"closed", "info", "other"})
TALK_COLOURS = {"change": "#16826a", "sustain": "#b03a2e", "neutral": "#6b7078"}
PATTERN_COLOURS = {
    PatternKind.PREMATURE_SOLUTION: "#d95f02",
    PatternKind.TUG_OF_WAR: "#c0392b",
    PatternKind.MISSED_OPENING: "#b8860b",
    PatternKind.QUESTION_BARRAGE: "#3b6fd8",
    PatternKind.PITFALL: "#8e5b3a",
    PatternKind.DEEPENING: "#7b3fa0",
    PatternKind.OPENING_TAKEN: "#1b9e77",
    PatternKind.PERMISSION_ASKED: "#1b9e77",
}
CONCERN_ROWS = (
    PatternKind.PREMATURE_SOLUTION,
    PatternKind.TUG_OF_WAR,
    PatternKind.MISSED_OPENING,
    PatternKind.QUESTION_BARRAGE,
)
BAND_COLOURS = {Band.BELOW_FAIR: "#f6d5d1", Band.FAIR: "#fbe8b5", Band.GOOD: "#cfeedd"}


def group_colour(code: str | None) -> str:
    return GROUPS[GROUP_OF.get(code or "", "other")][0]


def ink_for(code: str | None, role: str) -> str:
    """Text colour on a code's chip: dark on light colours, white on dark ones."""
    if role == "helper" and GROUP_OF.get(code or "", "other") in LIGHT_GROUPS:
        return "#1f2328"
    return "#ffffff"


def _f(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def timeline_svg(analysis: Analysis) -> str:
    """The conversation as a timeline: helper codes, pattern bands, and the client's depth curve."""
    lang = analysis.lang
    turns = analysis.turns
    n = max(len(turns), 1)
    left, right, width = 112.0, 12.0, 960.0
    plot = width - left - right
    step = plot / n
    rows = [kind for kind in CONCERN_ROWS if analysis.moments_of(kind)]
    codes_y, codes_h = 24.0, 26.0
    rows_y = codes_y + codes_h + 10
    row_h = 14.0
    depth_y = rows_y + len(rows) * (row_h + 4) + 14
    depth_h = 120.0
    axis_y = depth_y + depth_h + 4
    height = axis_y + 26
    title = tr(MESSAGES, "timeline", lang)
    desc = tr(MESSAGES, "timeline.desc", lang)
    out = [
        f'<svg class="timeline" viewBox="0 0 {_f(width)} {_f(height)}" role="img" aria-labelledby="tl-title '
        'tl-desc" '
        f'preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="tl-title">{escape(title)}</title><desc id="tl-desc">{escape(desc)}</desc>',
        f'<text x="0" y="{_f(codes_y + 17)}" class="lbl">{escape(tr(MESSAGES, "helper", lang))}</text>',
    ]
    for turn in turns:
        if turn.role != "helper":
            continue
        x = left + turn.index * step
        label = sentence(f"{tr(MESSAGES, 'turn', lang)} {turn.number}: {turn.code_name or '?'}")
        out.append(
            f'<rect x="{_f(x)}" y="{_f(codes_y)}" width="{_f(max(step * 0.9, 1.0))}" height="{_f(codes_h)}" '
            f'fill="{group_colour(turn.code)}" rx="1"><title>{escape(label)}</title></rect>'
        )
    for row, kind in enumerate(rows):
        y = rows_y + row * (row_h + 4)
        name = analysis.moments_of(kind)[0].pattern_name.split(" (")[0]
        out.append(f'<text x="0" y="{_f(y + 11)}" class="lbl sm">{escape(name)}</text>')
        out.append(
            f'<line x1="{_f(left)}" x2="{_f(width - right)}" y1="{_f(y + row_h / 2)}" '
            f'y2="{_f(y + row_h / 2)}" class="rowline"/>'
        )
        for found in analysis.moments_of(kind):
            x1 = left + found.turns[0] * step
            x2 = left + (found.turns[-1] + 1) * step
            out.append(
                f'<a href="#{found.id}"><rect x="{_f(x1)}" y="{_f(y)}" width="{_f(max(x2 - x1, 3))}" '
                f'height="{_f(row_h)}" rx="3" fill="{PATTERN_COLOURS[kind]}" opacity="0.85">'
                f"<title>{escape(found.title)}</title></rect></a>"
            )
    for level in range(4):
        y = depth_y + depth_h - level * (depth_h / 3)
        name = _depth_name(level, lang)
        out.append(f'<line x1="{_f(left)}" x2="{_f(width - right)}" y1="{_f(y)}" y2="{_f(y)}" class="grid"/>')
        out.append(
            f'<text x="{_f(left - 8)}" y="{_f(y + 4)}" class="lbl sm" text-anchor="end">{escape(name)}</text>'
        )
    points = analysis.depth.points
    if points:
        coords = [
            (left + (p.index + 0.5) * step, depth_y + depth_h - p.depth * (depth_h / 3)) for p in points
        ]
        path = " ".join(f"{'M' if i == 0 else 'L'}{_f(x)},{_f(y)}" for i, (x, y) in enumerate(coords))
        out.append(f'<path d="{path}" class="depthline"/>')
        by_index = {t.index: t for t in turns}
        radius = 4.5 if n <= 120 else 2.2
        for point, (x, y) in zip(points, coords, strict=True):
            turn = by_index[point.index]
            colour = TALK_COLOURS.get(turn.code or "neutral", "#8c8c8c")
            label = sentence(
                f"{tr(MESSAGES, 'turn', lang)} {turn.number}: {turn.depth_name}, {turn.code_name or ''}"
            )
            out.append(
                f'<circle cx="{_f(x)}" cy="{_f(y)}" r="{radius}" fill="{colour}" stroke="#fff" '
                f'stroke-width="1"><title>{escape(label)}</title></circle>'
            )
    else:
        out.append(
            f'<text x="{_f(left + 8)}" y="{_f(depth_y + depth_h / 2)}" class="lbl sm">'
            f"{escape(tr(MESSAGES, 'depth.none', lang))}</text>"
        )
    out.append(
        f'<text x="0" y="{_f(depth_y + 12)}" class="lbl">{escape(tr(MESSAGES, "client", lang))}</text>'
    )
    tick = next(t for t in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if n / t <= 16)
    for number in range(tick, n + 1, tick):
        x = left + (number - 0.5) * step
        out.append(
            f'<text x="{_f(x)}" y="{_f(axis_y + 16)}" class="lbl sm" text-anchor="middle">{number}</text>'
        )
    out.append(
        f'<text x="0" y="{_f(axis_y + 16)}" class="lbl sm">{escape(tr(MESSAGES, "turn", lang))}</text>'
    )
    out.append("</svg>")
    return "".join(out)


def _depth_name(level: int, lang: str) -> str:
    from ontmoeting.feedback.measures import MESSAGES as MEASURE_MESSAGES

    return tr(MEASURE_MESSAGES, f"depth.{level}", lang)


def bullet_svg(measure: Measure, lang: str) -> str:
    """A measure against its band: coloured zones (below fair, fair, good) and a marker at the value."""
    if measure.fair is None or measure.good is None:
        return ""
    top = measure.scale_max or max(measure.good * 1.5, (measure.value or 0) * 1.1)
    top = max(top, (measure.value or 0))
    width, height, bar_y, bar_h = 300.0, 34.0, 6.0, 14.0

    def x(value: float) -> float:
        return min(value, top) / top * width

    fair_label = tr(MESSAGES, "fair_from", lang, v=format_number(measure.fair, lang, "g"))
    good_label = tr(MESSAGES, "good_from", lang, v=format_number(measure.good, lang, "g"))
    label = f"{measure.name}: {measure.display}. {fair_label}, {good_label}."
    out = [
        f'<svg class="bullet" viewBox="0 0 {_f(width)} {_f(height)}" role="img" aria-label="{escape(label)}" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<rect x="0" y="{bar_y}" width="{_f(x(measure.fair))}" height="{bar_h}" '
        f'fill="{BAND_COLOURS[Band.BELOW_FAIR]}"/>',
        f'<rect x="{_f(x(measure.fair))}" y="{bar_y}" width="{_f(x(measure.good) - x(measure.fair))}" '
        f'height="{bar_h}" fill="{BAND_COLOURS[Band.FAIR]}"/>',
        f'<rect x="{_f(x(measure.good))}" y="{bar_y}" width="{_f(width - x(measure.good))}" height="{bar_h}" '
        f'fill="{BAND_COLOURS[Band.GOOD]}"/>',
        f'<text x="{_f(x(measure.fair) + 3)}" y="{_f(bar_y + bar_h + 12)}" '
        f'class="tick">{format_number(measure.fair, lang, "g")}</text>',
        f'<text x="{_f(x(measure.good) + 3)}" y="{_f(bar_y + bar_h + 12)}" '
        f'class="tick">{format_number(measure.good, lang, "g")}</text>',
    ]
    if measure.value is not None:
        mx = x(measure.value)
        out.append(
            f'<rect x="{_f(max(mx - 2, 0))}" y="1" width="4" height="{_f(bar_h + 10)}" rx="1" '
            'class="marker"/>'
        )
    out.append("</svg>")
    return "".join(out)


def valence_colour(valence: Valence) -> str:
    return {"strength": "#1b9e77", "concern": "#c0392b", "info": "#7b3fa0"}[valence.value]
