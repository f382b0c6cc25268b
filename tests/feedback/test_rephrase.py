"""Example reflections built from the client's own words."""

from __future__ import annotations

import pytest

from ontmoeting.feedback.rephrase import pick_phrase, reflect


@pytest.mark.parametrize(
    ("text", "lang", "after_but", "expected"),
    [
        ("ik mis mijn vader", "nl", False, "Je mist je vader."),
        ("We hebben geen contact meer. Ik mis hem gewoon.", "nl", False, "Je mist hem gewoon."),
        ("Ja, maar dat durf ik nou net niet.", "nl", True, "Dat durf je nou net niet."),
        (
            "Ik denk... dat ik bang ben dat hij weer hetzelfde zegt.",
            "nl",
            False,
            "Je denkt... dat je bang bent dat hij weer hetzelfde zegt.",
        ),
        (
            "Ja, dat zou kunnen, maar ik voel me daar gewoon niet goed bij.",
            "nl",
            True,
            "Je voelt je daar gewoon niet goed bij.",
        ),
        (
            "Ik heb er vaak aan gedacht. Maar dan leg ik de telefoon toch weer neer.",
            "nl",
            False,
            "Dan leg je de telefoon toch weer neer.",
        ),
        ("I miss my dad.", "en", False, "You miss your dad."),
        ("Yeah, but then I'd never see my friends.", "en", True, "Then you'd never see your friends."),
        ("Well, I was scared. I am still scared.", "en", False, "You were scared."),
    ],
)
def test_reflect(text: str, lang: str, after_but: bool, expected: str) -> None:
    assert reflect(text, lang, after_but=after_but) == expected


def test_questions_only_give_no_example() -> None:
    assert reflect("Ja, maar wat als hij hem niet leest? Of weggooit?", "nl", after_but=True) is None


def test_feeling_sentence_is_preferred_over_the_last_one() -> None:
    assert pick_phrase("Ik voel me rot. Verder gaat alles prima.", "nl") == "Ik voel me rot."
    assert pick_phrase("Misschien. Het gaat prima.", "nl") == "Het gaat prima."  # 'misschien' is no 'missen'
