"""Measures and their competence bands, on hand-coded conversations."""

from __future__ import annotations

from ontmoeting.feedback.bands import BANDS
from ontmoeting.feedback.measures import compute_measures
from ontmoeting.feedback.model import Band

from .builders import conversation_from_table

TABLE = """
H open_question | Waar wil je het over hebben?
C neutral d1 | Over mijn werk, het is te veel.
H complex_reflection | Het groeit je boven het hoofd.
C sustain d2 feeling | Ja, maar ik kan niet minder werken.
H simple_reflection | Minder werken kan niet.
C change d1 | Al zou ik wel willen.
H closed_question | Heb je het met je baas besproken?
C neutral d0 | Nee.
H advice | Bespreek het met je baas.
C change d1 | Dat zou ik kunnen doen.
H advice permission | Mag ik nog iets voorstellen? Schrijf op wat je wilt zeggen.
C change d3 | Ja, want ik wil mijn kinderen weer zien.
H affirmation | Je weet goed wat voor jou belangrijk is.
"""


def _by_key(lang: str = "nl") -> dict:
    return {m.key: m for m in compute_measures(conversation_from_table(TABLE), lang)}


def test_counts_ratios_and_bands() -> None:
    m = _by_key()
    assert m["reflection_question_ratio"].value == 1.0 and m["reflection_question_ratio"].band is Band.FAIR
    assert (
        m["percent_complex_reflections"].value == 50.0 and m["percent_complex_reflections"].band is Band.GOOD
    )
    assert m["percent_open_questions"].value == 50.0 and m["percent_open_questions"].band is Band.FAIR
    # adherent: affirmation + advice with permission = 2; non-adherent: advice without permission = 1
    assert m["percent_mi_adherent"].counts == {"adherent": 2, "non_adherent": 1}
    assert m["percent_mi_adherent"].band is Band.BELOW_FAIR
    assert m["advice_without_permission"].value == 1.0
    assert m["advice_without_permission"].counts == {"without_permission": 1, "advice": 2}
    assert m["change_talk"].value == 3.0 and m["sustain_talk"].value == 1.0
    assert m["percent_change_talk"].value == 75.0
    assert m["depth_reached"].value == 3.0
    assert m["advice_without_permission"].band is Band.NOT_APPLICABLE  # no published band: never judged


def test_word_share_and_turn_length() -> None:
    conversation = conversation_from_table(TABLE)
    m = _by_key()
    helper = sum(t.words for t in conversation.helper_turns)
    client = sum(t.words for t in conversation.client_turns)
    assert m["helper_word_share"].value == round(100 * helper / (helper + client), 1)
    assert m["average_helper_turn"].value == round(helper / 7, 1)
    assert m["average_client_turn"].value == round(client / 6, 1)


def test_nothing_to_count_is_not_applicable() -> None:
    m = {
        x.key: x
        for x in compute_measures(conversation_from_table("H advice | Doe het.\nC neutral | Ok."), "en")
    }
    assert m["reflection_question_ratio"].value is None
    assert m["reflection_question_ratio"].band is Band.NOT_APPLICABLE
    assert m["percent_complex_reflections"].band is Band.NOT_APPLICABLE
    assert m["depth_reached"].value is None


def test_band_thresholds_are_the_published_ones() -> None:
    assert (BANDS["reflection_question_ratio"].fair, BANDS["reflection_question_ratio"].good) == (1.0, 2.0)
    assert (BANDS["percent_complex_reflections"].fair, BANDS["percent_complex_reflections"].good) == (
        40.0,
        50.0,
    )
    assert (BANDS["percent_open_questions"].fair, BANDS["percent_open_questions"].good) == (50.0, 70.0)
    spec = BANDS["percent_open_questions"]
    assert [spec.band(v) for v in (49.9, 50.0, 69.9, 70.0)] == [
        Band.BELOW_FAIR,
        Band.FAIR,
        Band.FAIR,
        Band.GOOD,
    ]


def test_every_measure_has_text_in_both_languages() -> None:
    for lang in ("nl", "en"):
        for measure in compute_measures(conversation_from_table(TABLE), lang):
            assert measure.name and measure.meaning and measure.source
    assert _by_key("nl")["reflection_question_ratio"].display.startswith("1,0")
    assert _by_key("en")["reflection_question_ratio"].display.startswith("1.0")
