"""End to end with the real coder: the two Mira/Robert examples come out clearly different."""

from __future__ import annotations

from pathlib import Path

import pytest

from ontmoeting.feedback.analysis import analyse
from ontmoeting.feedback.model import Band, PatternKind
from ontmoeting.transcript.io import read_conversation


@pytest.fixture(scope="module")
def analyses(examples_dir: Path) -> dict:
    return {
        name: analyse(read_conversation(examples_dir / f"{name}.txt"), "nl")
        for name in ("mira-robert-1", "mira-robert-2", "english-session")
    }


def test_first_mira_robert_shows_premature_solution_and_tug_of_war(analyses: dict) -> None:
    first = analyses["mira-robert-1"]
    assert first.conversation.coded_by == "pipeline"
    premature = first.moments_of(PatternKind.PREMATURE_SOLUTION)
    assert premature and premature[0].anchor == 6  # "Misschien moet je eens met je vader gaan praten."
    tug = first.moments_of(PatternKind.TUG_OF_WAR)
    # advice -> "Ja, maar ..." -> pushing again, more than once, from the first advice on
    assert tug and tug[0].turns[0] <= 8
    assert any(t.details["rounds"] >= 2 and t.turns[0] <= 12 for t in tug)
    keys = [p.key for p in first.summary.work_on]
    assert "pattern:touwtrekken" in keys and "pattern:oplossingsdrang" in keys
    assert first.measure("reflection_question_ratio").band is Band.BELOW_FAIR


def test_second_mira_robert_shows_neither(analyses: dict) -> None:
    second = analyses["mira-robert-2"]
    assert not second.moments_of(PatternKind.PREMATURE_SOLUTION)
    assert not second.moments_of(PatternKind.TUG_OF_WAR)
    assert second.moments_of(PatternKind.OPENING_TAKEN)
    assert second.measure("reflection_question_ratio").band in (Band.FAIR, Band.GOOD)
    assert (second.depth.max_depth or 0) >= 2


def test_the_two_differ_in_the_measures_that_matter(analyses: dict) -> None:
    first, second = analyses["mira-robert-1"], analyses["mira-robert-2"]
    assert (
        second.measure("reflection_question_ratio").value > first.measure("reflection_question_ratio").value
    )
    assert (
        first.measure("advice_without_permission").value > second.measure("advice_without_permission").value
    )
    assert len(first.moments_of(PatternKind.MISSED_OPENING)) > len(
        second.moments_of(PatternKind.MISSED_OPENING)
    )


def test_english_session_gets_english_feedback(examples_dir: Path) -> None:
    analysis = analyse(read_conversation(examples_dir / "english-session.txt"), "en")
    assert analysis.lang == "en" and analysis.summary.strengths
    assert 2 <= len(analysis.prompts) <= 4
