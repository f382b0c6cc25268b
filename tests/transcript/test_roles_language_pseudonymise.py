"""Role labels and guessing, language detection, and pseudonymisation."""

from __future__ import annotations

from pathlib import Path

import pytest

from ontmoeting.errors import InputError
from ontmoeting.transcript.io import pseudonymise, read_conversation, read_text
from ontmoeting.transcript.language import detect_language
from ontmoeting.transcript.model import Role
from ontmoeting.transcript.roles import label_role

HELPERS = ["H", "T", "Hulpverlener", "therapist", "Counselor", "Counsellor", "Student", "Interviewer",
           "Hulpverlener (Mira)"]  # fmt: skip
CLIENTS = ["C", "K", "Cliënt", "Cliënt 2", "client", "Klant", "Patiënt"]
LABELS = [(h, Role.HELPER) for h in HELPERS] + [(c, Role.CLIENT) for c in CLIENTS]
LABELS += [("Observer", Role.OTHER), ("Mira", None), ("Robert", None)]


@pytest.mark.parametrize(("label", "role"), LABELS)
def test_labels(label: str, role: Role | None):
    assert label_role(label) is role


def test_guess_who_asks_and_opens():
    # Robert speaks first here, but Mira asks the questions
    text = (
        "Robert: Ik wil het over mijn vader hebben.\nMira: Wat is er met hem?\nRobert: Ik mis hem.\n"
        "Mira: Hoe is dat?\nRobert: Zwaar.\n"
    )
    conversation = read_text(text)[0]
    assert conversation.speakers == {"Robert": Role.CLIENT, "Mira": Role.HELPER}
    assert conversation.metadata.warnings[0].code == "W102"
    assert "Mira = hulpverlener" in conversation.metadata.warnings[0].nl


def test_first_speaker_wins_when_nobody_asks():
    text = "Anna: Goedemiddag.\nBram: Hallo.\nAnna: Vertel maar.\nBram: Het gaat niet goed.\n"
    assert read_text(text)[0].speakers == {"Anna": Role.HELPER, "Bram": Role.CLIENT}


def test_helper_option_overrides_guess(examples_dir: Path):
    conversation = read_conversation(examples_dir / "mira-robert-1.txt", helper="robert")
    assert conversation.speakers == {"Mira": Role.CLIENT, "Robert": Role.HELPER}
    assert not conversation.metadata.warnings
    with pytest.raises(InputError) as error:
        read_conversation(examples_dir / "mira-robert-1.txt", helper="Anouk")
    assert error.value.code == "E117" and "Mira, Robert" in error.value.messages["en"]


def test_third_speaker_is_other():
    text = (
        "Hulpverlener: Welkom allebei.\nCliënt: Dank je.\nPartner: Ik ben er ook.\n"
        "Hulpverlener: Wat brengt jullie hier?\nCliënt: We maken veel ruzie.\nPartner: Dat klopt.\n"
    )
    assert read_text(text)[0].speakers == {
        "Hulpverlener": Role.HELPER,
        "Cliënt": Role.CLIENT,
        "Partner": Role.OTHER,
    }


def test_named_third_speaker_is_other():
    text = (
        "Mira: Hoe gaat het?\nRobert: Goed hoor, vrij lang verhaal eigenlijk.\nEva: Hm.\n"
        "Mira: Vertel?\nRobert: Nou ja.\nEva: Ja.\n"
    )
    speakers = read_text(text)[0].speakers
    assert speakers == {"Mira": Role.HELPER, "Robert": Role.CLIENT, "Eva": Role.OTHER}


def test_language_detection_and_override(examples_dir: Path):
    assert detect_language(["Ik voel me eigenlijk heel onzeker over mijn werk."])[0] == "nl"
    assert detect_language(["I feel quite unsure about my job, to be honest."])[0] == "en"
    assert detect_language(["?!", "..."]) == ("nl", 0.0)
    given = read_conversation(examples_dir / "mira-robert-1.txt", language="en")
    assert (given.language, given.language_detected) == ("en", False)
    assert read_conversation(examples_dir / "formats/session.srt", language="EN").language == "en"


def test_language_per_conversation():
    text = (
        "gesprek,speaker,text\n1,H,Hoe gaat het met je vandaag?\n1,C,Niet zo goed, ik slaap slecht.\n"
        "2,H,How are you doing today?\n2,C,Not great, I am sleeping badly.\n"
    )
    assert [c.language for c in read_text(text, name="two.csv")] == ["nl", "en"]


def test_pseudonymise_names_in_speakers_text_and_metadata(examples_dir: Path):
    original = read_conversation(examples_dir / "mira-robert-1.txt")
    hidden = pseudonymise(original)
    assert hidden.speakers == {"Hulpverlener": Role.HELPER, "Cliënt": Role.CLIENT}
    everything = hidden.model_dump_json()
    assert "Mira" not in everything and "Robert" not in everything and "mira" not in everything
    assert hidden.turns[0].text == "Hoi Cliënt, kom erin. Ga zitten. Waar wil je het vandaag over hebben?"
    assert hidden.metadata.extra["pseudonymised"] == "true"
    assert original.turns[0].speaker == "Mira"  # a copy, the original is untouched
    assert [t.text for t in hidden.turns][1:5] == [t.text for t in original.turns][1:5]


def test_pseudonymise_variants_and_english_labels():
    text = (
        "Will Jansen: Hi Sam, what brings you here? I will listen.\n"
        "Sam: Will's advice last time helped. JANSEN said so too, and Jansens office was nice.\n"
    )
    hidden = pseudonymise(read_text(text, helper="Will Jansen")[0])
    assert hidden.language == "en"
    assert hidden.turns[0].text == "Hi Client, what brings you here? I will listen."
    assert (
        hidden.turns[1].text
        == "Helper's advice last time helped. Helper said so too, and Helpers office was nice."
    )


def test_pseudonymise_keeps_role_words():
    text = "Therapist: Have you seen a therapist before?\nClient: Yes, a client of hers recommended you.\n"
    hidden = pseudonymise(read_text(text)[0])
    assert hidden.turns[0].text == "Have you seen a therapist before?"
    assert [t.speaker for t in hidden.turns] == ["Helper", "Client"]


def test_function_word_shortcut_agrees_with_langid(examples_dir: Path):
    from ontmoeting.transcript import language

    decided = 0
    for path in sorted(examples_dir.glob("*.txt")) + sorted((examples_dir / "formats").glob("*.txt")):
        text = " ".join(t.text for t in read_conversation(path).turns)
        shortcut = language._by_function_words(text)
        if shortcut is not None:
            decided += 1
            assert shortcut[0] == language._identifier().classify(text)[0], path.name
    assert decided >= 3
    # too little evidence: the statistical identifier decides
    assert language._by_function_words("Ik mis hem.") is None
    assert detect_language(["Ik mis hem."])[0] == "nl"
