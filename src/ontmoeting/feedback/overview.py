"""The overview of many analysed conversations: one row each, as a terminal table, an HTML page and CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from html import escape

from rich.table import Table

from ontmoeting import __version__
from ontmoeting.feedback.messages import MESSAGES as REPORT_MESSAGES
from ontmoeting.feedback.model import Analysis, PatternKind
from ontmoeting.feedback.report_html import report_css
from ontmoeting.i18n import tr

MEASURE_COLUMNS = (
    "reflection_question_ratio",
    "percent_complex_reflections",
    "percent_open_questions",
    "advice_without_permission",
    "helper_word_share",
    "depth_reached",
)
PATTERN_COLUMNS = (
    PatternKind.PREMATURE_SOLUTION,
    PatternKind.TUG_OF_WAR,
    PatternKind.MISSED_OPENING,
    PatternKind.QUESTION_BARRAGE,
)

MESSAGES = {
    "source": {"nl": "Gesprek", "en": "Conversation"},
    "turns": {"nl": "Beurten", "en": "Turns"},
    "report": {"nl": "Rapport", "en": "Report"},
    "error": {"nl": "Fout", "en": "Error"},
    "title": {
        "nl": "Overzicht van {n:plural:gesprek|gesprekken}",
        "en": "Overview of {n:plural:conversation|conversations}",
    },
    "short.reflection_question_ratio": {"nl": "R:V", "en": "R:Q"},
    "short.percent_complex_reflections": {"nl": "% complex", "en": "% complex"},
    "short.percent_open_questions": {"nl": "% open", "en": "% open"},
    "short.advice_without_permission": {"nl": "advies z. toest.", "en": "advice w/o perm."},
    "short.helper_word_share": {"nl": "% woorden", "en": "% words"},
    "short.depth_reached": {"nl": "diepte", "en": "depth"},
}


@dataclass
class OverviewRow:
    """One conversation in the overview: its analysis and report, or the error that stopped it."""

    source: str
    analysis: Analysis | None = None
    report: str | None = None
    error: str | None = None
    values: dict[str, str] = field(default_factory=dict)


def _cells(row: OverviewRow) -> list[str]:
    if row.analysis is None:
        return [""] * (1 + len(MEASURE_COLUMNS) + len(PATTERN_COLUMNS))
    cells = [str(row.analysis.conversation.turn_count)]
    for key in MEASURE_COLUMNS:
        measure = row.analysis.measure(key)
        if measure.value is None:
            cells.append("–")
        elif key == "depth_reached":
            cells.append(f"{measure.value:g}")
        else:
            cells.append(measure.display.split(" (")[0])
    cells += [str(len(row.analysis.moments_of(kind))) for kind in PATTERN_COLUMNS]
    return cells


def _headers(lang: str) -> list[str]:
    from ontmoeting.feedback.patterns import pattern_name

    return (
        [tr(MESSAGES, "source", lang), tr(MESSAGES, "turns", lang)]
        + [tr(MESSAGES, f"short.{key}", lang) for key in MEASURE_COLUMNS]
        + [pattern_name(kind, lang).split(" (")[0] for kind in PATTERN_COLUMNS]
    )


def overview_table(rows: list[OverviewRow], lang: str) -> Table:
    table = Table(title=tr(MESSAGES, "title", lang, n=len(rows)), title_justify="left", title_style="bold")
    for index, header in enumerate(_headers(lang)):
        if index == 0:
            table.add_column(header, no_wrap=True, max_width=36, overflow="ellipsis")
        else:
            table.add_column(header, justify="right")
    for row in rows:
        if row.error:
            table.add_row(
                row.source, f"[red]{tr(MESSAGES, 'error', lang)}[/]", *[""] * (len(_headers(lang)) - 2)
            )
        else:
            table.add_row(row.source, *_cells(row))
    return table


def overview_csv(rows: list[OverviewRow], lang: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([*_headers(lang), tr(MESSAGES, "report", lang), tr(MESSAGES, "error", lang)])
    for row in rows:
        writer.writerow([row.source, *_cells(row), row.report or "", row.error or ""])
    return buffer.getvalue()


def overview_html(rows: list[OverviewRow], lang: str) -> str:
    head = "".join(f"<th scope=col>{escape(h)}</th>" for h in _headers(lang))
    body = []
    for row in rows:
        name = escape(row.source)
        if row.report:
            name = f'<a href="{escape(row.report)}">{name}</a>'
        if row.error:
            body.append(
                f"<tr><td>{name}</td><td colspan={len(_headers(lang)) - 1}>"
                f"{escape(tr(MESSAGES, 'error', lang))}: {escape(row.error)}</td></tr>"
            )
        else:
            body.append(
                "<tr><td>" + name + "</td>" + "".join(f"<td>{escape(c)}</td>" for c in _cells(row)) + "</tr>"
            )
    title = escape(tr(MESSAGES, "title", lang, n=len(rows)))
    footer = escape(tr(REPORT_MESSAGES, "generated", lang, version=__version__))
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>'
        f"<style>body{{margin:0;background:#f7f8fa}}{report_css()}</style></head><body><div class=omr>"
        f'<h1>{title}</h1><div class="card" style="overflow-x:auto"><table class="overview"><thead><tr>{head}'
        f"</tr></thead><tbody>{''.join(body)}</tbody></table></div><footer>{footer}</footer></div></body></html>"
    )
