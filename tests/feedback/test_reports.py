"""The terminal, HTML and JSON reports of a hand-coded conversation."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.console import Console

from ontmoeting.feedback import render_html, render_html_fragment, render_terminal, to_json
from ontmoeting.feedback.analysis import analyse
from ontmoeting.feedback.model import Analysis
from ontmoeting.feedback.report_json import from_json, json_schema

from .builders import load_table

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def first() -> Analysis:
    return analyse(load_table(FIXTURES / "mira-robert-1.table"), "nl")


def test_terminal_shows_summary_then_measures_then_moments(first: Analysis) -> None:
    console = Console(record=True, width=120, color_system=None)
    render_terminal(first, console)
    text = console.export_text()
    positions = [
        text.index(heading)
        for heading in (
            "Wat goed ging",
            "Om aan te werken",
            "Maten",
            "Momenten",
            "Vragen voor je eigen reflectie",
        )
    ]
    assert positions == sorted(positions)
    assert "Touwtrekken (beurt 7–9)" in text and "Oplossing vóór verkenning (beurt 7)" in text
    assert "“Je mist hem gewoon.”" in text  # the example built from Robert's words
    assert "onder redelijk" in text


def test_html_is_one_self_contained_file(first: Analysis) -> None:
    html = render_html(first)
    assert html.startswith("<!doctype html>") and "<style>" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html), (
        "nothing may be fetched from elsewhere"
    )
    assert "<script src" not in html and "<link" not in html and "@import" not in html
    assert html.count('<li class="turn ') == first.conversation.turn_count
    assert '<svg class="timeline"' in html and '<svg class="bullet"' in html
    for moment in first.moments:
        assert f'id="{moment.id}"' in html
    assert "@media print" in html


def test_html_escapes_client_text() -> None:
    from .builders import conversation_from_table

    conversation = conversation_from_table(
        "H open_question | Wat is er?\nC neutral d0 | <script>alert(1)</script>"
    )
    html = render_html(analyse(conversation, "nl"))
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_fragment_has_no_document_around_it(first: Analysis) -> None:
    fragment = render_html_fragment(first)
    assert fragment.lstrip().startswith('<div class="omr"')
    assert "<html" not in fragment and "<body" not in fragment and "<style>" in fragment
    assert "<style>" not in render_html_fragment(first, with_style=False)


def test_json_has_everything_and_round_trips(first: Analysis) -> None:
    data = json.loads(to_json(first))
    assert data["schema_version"] == 1 and data["kind"] == "ontmoeting.analysis"
    assert {"conversation", "measures", "moments", "depth", "summary", "prompts", "turns"} <= data.keys()
    assert from_json(to_json(first)) == first
    assert "Analysis" in json.dumps(json_schema()) or json_schema()["title"] == "Analysis"


def test_reports_in_english() -> None:
    analysis = analyse(load_table(FIXTURES / "mira-robert-1.table"), "en")
    console = Console(record=True, width=120, color_system=None)
    render_terminal(analysis, console)
    text = console.export_text()
    assert "What went well" in text and "Tug of war" in text
    for dutch in ("touwtrekken", "oplossingsdrang", "vragenvuur", "gemiste kans", "verdieping", "beurt"):
        assert dutch not in text.lower()  # each language's output is pure
    assert "Feedback on the conversation" in render_html(analysis)
    # the example reflection stays in the conversation's language: it is what the helper could say
    assert any(m.alternative and m.alternative.example == "Je mist hem gewoon." for m in analysis.moments)
