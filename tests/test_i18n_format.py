"""The message layer: plurals, the decimal comma in Dutch and capitals at sentence starts."""

from __future__ import annotations

import pytest

from ontmoeting.i18n import format_message, format_number, plural, sentence, tr

CATALOGUE = {
    "rounds": {"nl": "{k:plural:ronde|rondes}", "en": "{k:plural:round|rounds}"},
    "turns": {"nl": "({k:word:beurt|beurten} {turns})", "en": "({k:word:turn|turns} {turns})"},
    "said": {"nl": "{client} zei iets.", "en": "{client} said something."},
    "mid": {"nl": "Bij beurt 3 zei {client} iets. {client} zweeg.", "en": "At turn 3 {client} spoke."},
    "kappa": {"nl": "κ {k:.2f} · {p:.0%} · {x}", "en": "κ {k:.2f} · {p:.0%} · {x}"},
    "plain": {"nl": "Geen {{haakjes}} nodig", "en": "No {{braces}} needed"},
    "email": {"nl": "{email} ({role}) toegevoegd.", "en": "{email} ({role}) added."},
    "text": {"nl": "{text} en {lang}", "en": "{text} and {lang}"},
}


@pytest.mark.parametrize(
    ("lang", "k", "expected"),
    [
        ("nl", 1, "1 ronde"),
        ("nl", 3, "3 rondes"),
        ("nl", 0, "0 rondes"),
        ("en", 1, "1 round"),
        ("en", 2, "2 rounds"),
    ],
)
def test_plural_gives_the_number_and_the_form_that_fits(lang: str, k: int, expected: str) -> None:
    assert tr(CATALOGUE, "rounds", lang, k=k) == expected


def test_word_gives_the_form_alone() -> None:
    assert tr(CATALOGUE, "turns", "nl", k=1, turns="7") == "(beurt 7)"
    assert tr(CATALOGUE, "turns", "en", k=2, turns="7, 9") == "(turns 7, 9)"
    assert plural(1, "vraag", "vragen", "nl") == "1 vraag"


def test_numbers_get_a_decimal_comma_in_dutch_only() -> None:
    assert tr(CATALOGUE, "kappa", "nl", k=0.914, p=0.456, x=2.5) == "κ 0,91 · 46% · 2,5"
    assert tr(CATALOGUE, "kappa", "en", k=0.914, p=0.456, x=2.5) == "κ 0.91 · 46% · 2.5"
    assert format_number(0.5, "nl", ".1f") == "0,5" and format_number(0.5, "en", ".1f") == "0.5"
    assert format_number(1234.5, "nl", ",.1f") == "1.234,5"
    assert format_number(3, "nl") == "3" and format_number(2.0, "nl", "g") == "2"
    assert format_message("{n} beurten", "nl", n=12) == "12 beurten"  # integers stay as they are


def test_a_parameter_that_starts_a_sentence_gets_a_capital() -> None:
    assert tr(CATALOGUE, "said", "nl", client="de cliënt") == "De cliënt zei iets."
    assert tr(CATALOGUE, "said", "en", client="Robert") == "Robert said something."
    assert (
        tr(CATALOGUE, "mid", "nl", client="de cliënt") == "Bij beurt 3 zei de cliënt iets. De cliënt zweeg."
    )
    assert tr(CATALOGUE, "mid", "en", client="the client") == "At turn 3 the client spoke."


def test_codes_addresses_and_quotes_keep_their_case() -> None:
    assert (
        tr(CATALOGUE, "email", "nl", email="jan@example.org", role="admin")
        == "jan@example.org (admin) toegevoegd."
    )
    assert format_message("{language} (herkend)", "nl", language="nl") == "nl (herkend)"
    assert (
        format_message('"{quote}", zei {client}.', "nl", quote="nee", client="de cliënt")
        == '"nee", zei de cliënt.'
    )


def test_messages_without_parameters_and_parameters_named_like_arguments() -> None:
    assert tr(CATALOGUE, "plain", "nl") == "Geen {{haakjes}} nodig"  # unformatted, as before
    assert format_message("Geen {{haakjes}} {x}", "nl", x=1) == "Geen {haakjes} 1"
    assert tr(CATALOGUE, "text", "en", text="a text", lang="nl") == "A text and nl"


def test_sentence_upper_cases_the_first_letter_only() -> None:
    assert sentence("de cliënt zei") == "De cliënt zei"
    assert sentence('  "ja, maar"') == '  "Ja, maar"'
    assert sentence("Robert") == "Robert" and sentence("") == "" and sentence("3 keer") == "3 keer"


def test_plural_needs_two_forms() -> None:
    with pytest.raises(ValueError):
        format_message("{k:plural:ronde}", "nl", k=2)
