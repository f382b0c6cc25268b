"""The feedback in the terminal (Rich): summary first, then the measures with their bands, then moments."""

from __future__ import annotations

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ontmoeting.feedback.measures import MESSAGES as MEASURE_MESSAGES
from ontmoeting.feedback.messages import MESSAGES
from ontmoeting.feedback.model import Analysis, Band, Measure, Valence
from ontmoeting.i18n import tr

BAND_STYLE = {
    Band.GOOD: "bold green",
    Band.FAIR: "yellow",
    Band.BELOW_FAIR: "bold red",
    Band.NOT_APPLICABLE: "dim",
}
VALENCE_STYLE = {Valence.STRENGTH: "green", Valence.CONCERN: "red", Valence.INFO: "cyan"}
VALENCE_MARK = {Valence.STRENGTH: "+", Valence.CONCERN: "!", Valence.INFO: "·"}
NO_NORM_MARK = "*"


def _points(title: str, points: list, style: str, mark: str, lang: str) -> Group:
    lines: list = [Text(title, style=f"bold {style}")]
    if not points:
        lines.append(Text(f"  {tr(MESSAGES, 'none_found', lang)}", style="dim"))
    for point in points:
        lines.append(Padding(Text(f"{mark} ", style=style).append(point.text, style="default"), (0, 0, 0, 2)))
    return Group(*lines)


def summary_panel(analysis: Analysis) -> Panel:
    lang = analysis.lang
    info = analysis.conversation
    body = Group(
        _points(tr(MESSAGES, "strengths", lang), analysis.summary.strengths, "green", "+", lang),
        Text(""),
        _points(tr(MESSAGES, "work_on", lang), analysis.summary.work_on, "red", "→", lang),
    )
    title = f"{tr(MESSAGES, 'title', lang)}: {info.title or info.id}"
    subtitle = tr(
        MESSAGES,
        "subtitle",
        lang,
        helpers=", ".join(info.helpers),
        clients=", ".join(info.clients),
        turns=info.turn_count,
    )
    return Panel(body, title=title, subtitle=subtitle, border_style="blue", padding=(1, 2))


def band_label(measure: Measure, lang: str) -> str:
    """The band as the reports show it; 'n.v.t.' where a norm exists but there was nothing to count."""
    if measure.band is Band.NOT_APPLICABLE and measure.fair is not None:
        return tr(MESSAGES, "band.nothing", lang)
    return tr(MESSAGES, f"band.{measure.band.value}", lang)


def has_no_norm(measure: Measure) -> bool:
    """Whether the measure has no published norm (the footnote, shown once, says what that means)."""
    return measure.fair is None


def measures_table(analysis: Analysis) -> Table:
    """One compact table (measure, value, band); measures without a published norm carry a footnote mark."""
    lang = analysis.lang
    table = Table(title=tr(MESSAGES, "measures", lang), title_justify="left", title_style="bold")
    table.add_column(tr(MESSAGES, "measure", lang), style="bold")
    table.add_column(tr(MESSAGES, "value", lang))
    table.add_column(tr(MESSAGES, "band", lang), no_wrap=True)
    for measure in analysis.measures:
        band = Text(band_label(measure, lang), style=BAND_STYLE[measure.band])
        if has_no_norm(measure):
            band.append(f" {NO_NORM_MARK}", style="dim")
        table.add_row(measure.name, measure.display, band)
    return table


def measures_notes(analysis: Analysis, details: bool = False) -> Group:
    """The note on measures without a norm (once), the sources of the bands, and with ``details`` what
    each measure means."""
    lang = analysis.lang
    lines: list = []
    if any(has_no_norm(m) for m in analysis.measures):
        lines.append(Text(f"{NO_NORM_MARK} {tr(MESSAGES, 'no_norm', lang)}", style="dim"))
    sources = list(dict.fromkeys(m.source.split(" (")[0] for m in analysis.measures if not has_no_norm(m)))
    if sources:
        joined = (
            ", ".join(sources[:-1]) + f" {tr(MESSAGES, 'and', lang)} " + sources[-1]
            if len(sources) > 1
            else sources[0]
        )
        lines.append(Text(tr(MESSAGES, "bands_from", lang, sources=joined), style="dim"))
    if details:
        for measure in analysis.measures:
            line = Text(f"{measure.name}: ", style="bold")
            line.append(measure.meaning, style="not bold")
            if not has_no_norm(measure):
                line.append(f" {tr(MESSAGES, 'source', lang)}: {measure.source}", style="dim")
            lines.append(Padding(line, (0, 0, 0, 2)))
    return Group(*lines)


def moments_view(analysis: Analysis) -> Group:
    lang = analysis.lang
    items: list = [Text(tr(MESSAGES, "moments", lang), style="bold")]
    if not analysis.moments:
        items.append(Text(tr(MESSAGES, "no_moments", lang), style="dim"))
    for moment in (m for _, group in analysis.moments_for_reading() for m in group):
        style = VALENCE_STYLE[moment.valence]
        head = Text(f"{VALENCE_MARK[moment.valence]} ", style=style)
        head.append(moment.title, style=f"bold {style}")
        head.append(f"  [{moment.pattern_name}]", style="dim")
        items.append(head)
        speaker = analysis.turns[moment.anchor].speaker
        body: list[Text] = [Text(f"{speaker}: “{moment.quote}”", style="italic"), Text(moment.reason)]
        if moment.alternative is not None:
            line = Text(f"{tr(MESSAGES, 'try', lang)}: ", style="bold")
            line.append(moment.alternative.kind, style="not bold")
            body.append(line)
            if moment.alternative.example:
                example = Text(f"{tr(MESSAGES, 'for_example', lang)}: ", style="bold")
                example.append(f"“{moment.alternative.example}”", style="not bold green")
                body.append(example)
        items.append(Padding(Group(*body), (0, 0, 1, 4)))
    return Group(*items)


def depth_line(analysis: Analysis) -> Text:
    """The client's depth as a one-line sparkline: ▁ facts … █ meaning."""
    lang = analysis.lang
    bars = "▁▃▅█"
    text = Text(f"{tr(MESSAGES, 'depth', lang)}: ", style="bold")
    if not analysis.depth.points:
        text.append(tr(MESSAGES, "depth.none", lang), style="dim")
        return text
    text.append("".join(bars[p.depth] for p in analysis.depth.points), style="magenta")
    low, high = (tr(MEASURE_MESSAGES, f"depth.{level}", lang) for level in (0, 3))
    text.append(f"  (▁ {low} … █ {high})", style="dim")
    return text


def prompts_view(analysis: Analysis) -> Group:
    lang = analysis.lang
    items: list = [Text(tr(MESSAGES, "prompts", lang), style="bold")]
    for number, prompt in enumerate(analysis.prompts, start=1):
        items.append(Padding(Text(f"{number}. {prompt.text}"), (0, 0, 0, 2)))
    return Group(*items)


JUDGEMENT = {
    "title": {
        "nl": "Sessie-oordeel (schatting van de globale scores van MITI 4.2.1, 1-5):",
        "en": "Session judgement (estimates of the MITI 4.2.1 global ratings, 1-5):",
    },
    "item": {"nl": "{name} {value:.1f}", "en": "{name} {value:.1f}"},
}


def judgement_line(analysis: Analysis) -> Text:
    """The four MITI global estimates on one line (the components are in the JSON and the docs)."""
    judgement = analysis.judgement
    if judgement is None:
        return Text("")
    lang = analysis.lang
    items = [
        tr(JUDGEMENT, "item", lang, name=g.name, value=g.value)
        for g in judgement.globals
        if g.value is not None
    ]
    return Text(f"{tr(JUDGEMENT, 'title', lang)} {' · '.join(items)}" if items else "", style="dim")


def render_terminal(analysis: Analysis, console: Console | None = None, *, details: bool = False) -> None:
    """Print the feedback on ``console`` (default: a new Console on stdout); with ``details``, what each
    measure means and where its band comes from."""
    console = console or Console()
    lang = analysis.lang
    console.print(summary_panel(analysis))
    console.print(Text(tr(MESSAGES, f"coded.{analysis.conversation.coded_by}", lang), style="dim"))
    console.print()
    console.print(measures_table(analysis))
    console.print(measures_notes(analysis, details))
    console.print(judgement_line(analysis))
    console.print(depth_line(analysis))
    console.print()
    console.print(moments_view(analysis))
    console.print(prompts_view(analysis))
