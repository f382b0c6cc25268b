"""The HTML report: one self-contained file (styles and charts inline, no scripts or fonts from elsewhere),
and the same content as a fragment for the web app's pages."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from jinja2 import Environment, PackageLoader, select_autoescape

from ontmoeting import __version__
from ontmoeting.coding.codebook import load_codebook
from ontmoeting.feedback.charts import (
    GROUPS,
    PATTERN_COLOURS,
    TALK_COLOURS,
    bullet_svg,
    group_colour,
    ink_for,
    timeline_svg,
)
from ontmoeting.feedback.messages import MESSAGES
from ontmoeting.feedback.model import Analysis, PatternKind, TurnView
from ontmoeting.i18n import sentence, tr
from ontmoeting.transcript.model import Dimension


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("ontmoeting.feedback", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=1)
def report_css() -> str:
    """The report's stylesheet (scoped under ``.omr``), for pages that embed the fragment."""
    return resources.files("ontmoeting.feedback").joinpath("templates/report.css").read_text(encoding="utf-8")


def _turn_colour(turn: TurnView) -> str:
    if turn.role == "helper":
        return group_colour(turn.code)
    return TALK_COLOURS.get(turn.code or "neutral", "#8c8c8c")


def _context(analysis: Analysis, with_style: bool) -> dict[str, object]:
    lang = analysis.lang

    def t(key: str, **params: object) -> str:
        return tr(MESSAGES, key, lang, **params)

    return {
        "a": analysis,
        "t": t,
        "css": report_css(),
        "with_style": with_style,
        "print_button": False,
        "version": __version__,
        "timeline": timeline_svg(analysis),
        "bullets": {m.key: bullet_svg(m, lang) for m in analysis.measures},
        "groups": [
            {"colour": colour, "label": sentence(t(f"group.{name}"))} for name, (colour, _) in GROUPS.items()
        ],
        "talk": [{"colour": colour, "label": t(f"talk.{name}")} for name, colour in TALK_COLOURS.items()],
        "flag_name": lambda flag: load_codebook().name(Dimension.FLAG, flag, lang).lower(),
        "colour": _turn_colour,
        "ink": lambda turn: ink_for(turn.code, turn.role),
        "moment_by_id": {m.id: m for m in analysis.moments},
        "lanes": _lanes(analysis),
        "sections": analysis.moments_for_reading(),
    }


def _lanes(analysis: Analysis) -> list[dict[str, object]]:
    """One margin lane per pattern kind found: the turns it covers, its colour and name."""
    lanes = []
    for kind in PatternKind:
        found = analysis.moments_of(kind)
        if found:
            covered = {index for m in found for index in m.turns}
            lanes.append(
                {
                    "colour": PATTERN_COLOURS[kind],
                    "turns": covered,
                    "name": found[0].pattern_name.split(" (")[0],
                }
            )
    return lanes


def render_html_fragment(analysis: Analysis, *, with_style: bool = True) -> str:
    """The report's body content (a ``<div class="omr">``) without ``<html>``, for embedding.

    With ``with_style`` the scoped stylesheet comes inline in a ``<style>`` element; a page that links
    :func:`report_css` itself can leave it out.
    """
    return _environment().get_template("fragment.html").render(**_context(analysis, with_style))


def render_html(analysis: Analysis) -> str:
    """The whole report as one self-contained HTML document."""
    context = _context(analysis, with_style=False)
    # the print button needs no script file: its inline onclick is part of the document itself
    context["fragment"] = (
        _environment().get_template("fragment.html").render(**{**context, "print_button": True})
    )
    return _environment().get_template("report.html").render(**context)
