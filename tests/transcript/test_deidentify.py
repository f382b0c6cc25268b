"""De-identification: planted names, places, institutions, dates, phone numbers, e-mail addresses and BSNs
are gone, other words stay, the same person has the same placeholder in every turn and note, in Dutch
(deduce, loaded once for the test process: about 11 s) and English; and the CLI's --pseudonymise."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ontmoeting.cli.main import app
from ontmoeting.transcript.deidentify import deidentify, deidentify_texts, find_identifiers, load_engine
from ontmoeting.transcript.model import Conversation, Role, Turn

DUTCH = [
    ("Student", Role.HELPER, "Hoi, ik ben Lotte. Fijn dat je er bent. Jij bent Sanne de Boer, toch?"),
    ("Cliënt", Role.CLIENT, "Ja. Ik woon sinds kort in Zwolle, vlakbij de Breestraat 12. Mijn broertje Daan "
     "woont nog bij mijn moeder."),
    ("Student", Role.HELPER, "Wat vind je daarvan, Sanne?"),
    ("Cliënt", Role.CLIENT, "Moeilijk. Ik werk bij de Albert Heijn en ik zit op het Deltion College. "
     "Op 12 maart heb ik een gesprek met mijn mentor, meneer Bakker."),
    ("Student", Role.HELPER, "Je kunt hem bellen op 06-12345678 of mailen naar m.bakker@deltion.nl."),
    ("Cliënt", Role.CLIENT, "Mijn BSN is 111222333, als dat nodig is voor de aanvraag."),
]  # fmt: skip
ENGLISH = [
    ("Helper", Role.HELPER, "Hi Chloe, come on in. I'm Sam, one of the trainee counsellors."),
    ("Client", Role.CLIENT, "My flatmate Priya keeps asking if I'm okay. My mum rings every Sunday "
     "from Leeds."),
    ("Helper", Role.HELPER, "Have you spoken to anyone at the University of Manchester? Dr Okafor, perhaps?"),
    ("Client", Role.CLIENT, "Not yet. My dissertation is due on the 14th of May. Will you write that down?"),
    ("Helper", Role.HELPER, "Of course. You can ring 07700 900417 or email "
     "chloe.harrison@student.manchester.ac.uk."),
    ("Client", Role.CLIENT, "Thanks, Sam. I still live at 14 Gloucester Road, BS7 8AE."),
]  # fmt: skip


def _conversation(lines: list[tuple[str, Role, str]], language: str) -> Conversation:
    turns = [
        Turn(index=i, role=role, speaker=speaker, text=text) for i, (speaker, role, text) in enumerate(lines)
    ]
    return Conversation(id="test", language=language, turns=turns)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _gone(value: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text) is None


@pytest.fixture(scope="module")
def dutch() -> Conversation:
    return deidentify(_conversation(DUTCH, "nl"))


@pytest.fixture(scope="module")
def english() -> Conversation:
    return deidentify(_conversation(ENGLISH, "en"))


PLANTED_NL = ["Lotte", "Sanne de Boer", "Sanne", "Zwolle", "Breestraat 12", "Daan", "Albert Heijn",
              "Deltion College", "12 maart", "Bakker", "06-12345678", "m.bakker@deltion.nl",
              "111222333"]  # fmt: skip
PLANTED_EN = ["Chloe", "Sam", "Priya", "Leeds", "University of Manchester", "Okafor", "14th of May",
              "07700 900417", "chloe.harrison@student.manchester.ac.uk", "14 Gloucester Road",
              "BS7 8AE"]  # fmt: skip


def test_dutch_identifiers_are_gone_and_other_words_stay(dutch: Conversation) -> None:
    text = "\n".join(t.text for t in dutch.turns)
    for value in PLANTED_NL:
        assert _gone(value, text), value
    kept = ["Fijn", "broertje", "moeder", "Moeilijk", "gesprek", "mentor", "meneer", "bellen", "aanvraag",
            "sinds", "kort", "vlakbij"]  # fmt: skip
    for word in kept:
        assert word in _words(text), word
    assert "[TELEFOONNUMMER-1]" in text and "[EMAILADRES-1]" in text and "[DATUM-1]" in text
    assert "[BSN-1]" in text or "[NUMMER-1]" in text


def test_english_identifiers_are_gone_and_other_words_stay(english: Conversation) -> None:
    text = "\n".join(t.text for t in english.turns)
    for value in PLANTED_EN:
        assert _gone(value, text), value
    for word in ["flatmate", "mum", "Sunday", "dissertation", "Will", "Thanks", "trainee", "Not", "ring"]:
        assert word in _words(text), word
    assert "[PHONE-1]" in text and "[EMAIL-1]" in text and "[DATE-1]" in text
    assert english.turns[3].text.endswith("Will you write that down?")  # a verb, not a name


def test_the_same_person_has_the_same_placeholder_in_every_turn(dutch: Conversation) -> None:
    first = re.search(r"Jij bent (\[PERSOON-\d+\])", dutch.turns[0].text)
    assert first, dutch.turns[0].text
    # 'Sanne' alone, two turns later, is the same person as 'Sanne de Boer'
    assert dutch.turns[2].text == f"Wat vind je daarvan, {first.group(1)}?"
    assert "meneer [PERSOON-" in dutch.turns[3].text  # the title stays outside the placeholder
    numbers = re.findall(r"\[PERSOON-(\d+)\]", " ".join(t.text for t in dutch.turns))
    # Lotte, Sanne de Boer, Daan, Sanne, Albert Heijn (deduce reads a person), Bakker: only Sanne twice
    assert len(numbers) == 6 and len(set(numbers)) == 5


def test_english_placeholders_are_consistent(english: Conversation) -> None:
    greeting = re.search(r"I'm (\[[A-Z]+-\d+\])", english.turns[0].text)
    assert greeting, english.turns[0].text
    assert english.turns[5].text.startswith(f"Thanks, {greeting.group(1)}.")
    assert "Dr [PERSON-" in english.turns[2].text


def test_speaker_names_become_roles_and_the_copy_is_marked() -> None:
    lines = [("Mira", Role.HELPER, "Hoi Robert, hoe gaat het met Anouk?"),
             ("Robert", Role.CLIENT, "Slecht. Anouk is naar Utrecht verhuisd, zegt Mira's collega "
              "Kees.")]  # fmt: skip
    original = _conversation(lines, "nl")
    hidden = deidentify(original)
    assert [t.speaker for t in hidden.turns] == ["Hulpverlener", "Cliënt"]
    assert hidden.turns[0].text.startswith("Hoi Cliënt, hoe gaat het met [PERSOON-1]?")
    assert "[PERSOON-1] is naar [LOCATIE-1] verhuisd" in hidden.turns[1].text
    assert "Hulpverlener's collega [PERSOON-2]" in hidden.turns[1].text
    assert (
        hidden.metadata.extra["deidentified"] == "true" and hidden.metadata.extra["pseudonymised"] == "true"
    )
    assert original.turns[0].text.startswith("Hoi Robert")  # a copy: the original is untouched


def test_notes_title_and_metadata_are_deidentified_with_the_same_mapping() -> None:
    conversation = _conversation(DUTCH, "nl")
    conversation.turns[1].note = "Hier vertelt Sanne over Daan en over Zwolle."
    conversation.metadata.title = "Gesprek met Sanne de Boer"
    conversation.metadata.extra["school"] = "Deltion College"
    conversation.id = "gesprek-sanne-de-boer"
    hidden = deidentify(conversation)
    sanne = re.search(r"Jij bent (\[PERSOON-\d+\])", hidden.turns[0].text).group(1)  # type: ignore[union-attr]
    note = hidden.turns[1].note or ""
    assert sanne in note and "Sanne" not in note and "Daan" not in note and "Zwolle" not in note
    assert hidden.metadata.title == f"Gesprek met {sanne}"
    assert "Deltion" not in hidden.metadata.extra["school"]
    assert "sanne" not in hidden.id.lower()
    assert hidden.turns[0].note is None  # no note stays no note


def test_role_labels_and_existing_placeholders_are_left_alone() -> None:
    texts = ["Hulpverlener: ik spreek [PERSOON-1] vandaag, samen met Marieke uit Deventer."]
    result, _ = deidentify_texts(texts, "nl", protect=["Hulpverlener"])
    assert result[0].startswith("Hulpverlener: ik spreek [PERSOON-1] vandaag")
    assert "[PERSOON-2]" in result[0] and "Marieke" not in result[0] and "Deventer" not in result[0]
    again, _ = deidentify_texts(result, "nl")
    assert again == result  # de-identifying twice changes nothing more


def test_sentence_initial_words_are_not_names() -> None:
    texts = ["Mooi. Niks aan de hand, echt. Hoop dat het lukt.", "Knap hoor. Best moeilijk, ja."]
    assert find_identifiers(texts, "nl") == [[], []]
    english = [
        "Will do. Hope I can. I asked Grace and she said grace. Mark my words.",
        "Reading is hard in Reading.",
    ]
    found = find_identifiers(english, "en")
    assert [english[0][s.start : s.end] for s in found[0]] == ["Grace"]
    assert [english[1][s.start : s.end] for s in found[1]] == ["Reading"] and found[1][0].start > 10


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("nl", "Bel gerust naar +31 6 48213907, of naar 0594-512873.", "+31 6 48213907"),
        ("nl", "Bel gerust naar +31 6 48213907, of naar 0594-512873.", "0594-512873"),
        ("nl", "Mijn Poolse nummer is +48 601 482 937.", "+48 601 482 937"),
        ("nl", "Het rekeningnummer is NL42 INGB 0006 1234 56, staat op het pasje.", "NL42 INGB 0006 1234 56"),
        ("nl", "De auto, kenteken K-482-RT, staat te koop.", "K-482-RT"),
        ("nl", "We zien elkaar op 3-4-2024 om 10:00 uur.", "3-4-2024"),
        ("en", "It's (718) 555-0147, my cell.", "(718) 555-0147"),
        ("en", "And your NHS number is 943 476 5919?", "943 476 5919"),
        ("en", "Born April 15th, 1994, and next time is 04/23/2024.", "April 15th, 1994"),
        ("en", "Born April 15th, 1994, and next time is 04/23/2024.", "04/23/2024"),
        ("en", "Write to dani.reyes94@gmail.com please.", "dani.reyes94@gmail.com"),
    ],
)
def test_patterns(language: str, text: str, value: str) -> None:
    (result,), _ = deidentify_texts([text], language)
    assert _gone(value, result), result


def test_amounts_times_and_ages_stay() -> None:
    texts = [
        "Ik verdien zo'n 450 euro, 2.300 euro schuld, om 10:00 uur, ik ben 16 jaar en werk 3 keer per week."
    ]
    (result,), _ = deidentify_texts(texts, "nl")
    assert result == texts[0]


def test_engines_are_loaded_once_per_process() -> None:
    assert load_engine("nl") is load_engine("nl")
    assert load_engine("en") is load_engine("en")


def test_importing_does_not_load_deduce() -> None:
    code = (
        "import sys, ontmoeting.transcript.deidentify, ontmoeting.web.services.pipeline\n"
        "assert 'deduce' not in sys.modules and 'docdeid' not in sys.modules, 'loaded at import'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_deduce_does_not_take_over_logging() -> None:
    import logging

    load_engine("nl")
    assert not [h for h in logging.getLogger().handlers if getattr(h, "stream", None) is sys.stdout]


def test_the_web_pipeline_deidentifies() -> None:
    from ontmoeting.web.services import pipeline

    hidden = pipeline.pseudonymise(_conversation(DUTCH, "nl"))
    assert "Zwolle" not in " ".join(t.text for t in hidden.turns)


# --- the CLI ------------------------------------------------------------------------------------------

runner = CliRunner()
FILE_TEXT = (
    "Mira: Hoi Robert, hoe is het in Zwolle?\n"
    "Robert: Slecht. Mijn zus Marieke belt me niet meer terug op 06-12345678.\n"
    "Mira: Je mist Marieke.\n"
    "Robert: Ja. Ze werkt nu bij de Rabobank in Deventer.\n"
)


def _run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env={"LANG": "C", "LANGUAGE": "", "LC_ALL": ""})


@pytest.fixture
def transcript(tmp_path: Path) -> Path:
    path = tmp_path / "gesprek.txt"
    path.write_text(FILE_TEXT, encoding="utf-8")
    return path


def _no_identifiers(content: str) -> None:
    for value in ("Robert", "Mira", "Marieke", "Zwolle", "Deventer", "Rabobank", "06-12345678"):
        assert value not in content, value


def test_convert_pseudonymise_deidentifies(transcript: Path, tmp_path: Path) -> None:
    out = tmp_path / "anon.json"
    result = _run("convert", str(transcript), "-o", str(out), "--pseudonymise", "--helper", "Mira")
    assert result.exit_code == 0, result.output
    content = out.read_text(encoding="utf-8")
    _no_identifiers(content)
    data = json.loads(content)
    assert data["turns"][1]["text"].startswith("Slecht. Mijn zus [PERSOON-1]")
    assert data["turns"][2]["text"] == "Je mist [PERSOON-1]."


def test_convert_without_the_flag_keeps_the_names(transcript: Path, tmp_path: Path) -> None:
    out = tmp_path / "plain.json"
    assert _run("convert", str(transcript), "-o", str(out), "--helper", "Mira").exit_code == 0
    assert "Marieke" in out.read_text(encoding="utf-8")


def test_code_pseudonymise(transcript: Path, tmp_path: Path) -> None:
    out = tmp_path / "codes.jsonl"
    result = _run("code", str(transcript), "--helper", "Mira", "--pseudonymise", "-o", str(out))
    assert result.exit_code == 0, result.output
    _no_identifiers(out.read_text(encoding="utf-8"))


def test_analyse_pseudonymise(transcript: Path, tmp_path: Path) -> None:
    out = tmp_path / "analysis.json"
    result = _run("analyse", str(transcript), "--helper", "Mira", "--pseudonymise", "-q", "--json", str(out))
    assert result.exit_code == 0, result.output
    _no_identifiers(out.read_text(encoding="utf-8"))
