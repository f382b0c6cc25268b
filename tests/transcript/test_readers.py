"""Every reader on its example, and on the ways real files go wrong."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from ontmoeting.errors import ConfigError, InputError
from ontmoeting.transcript.io import read_bytes, read_conversation, read_conversations, read_text
from ontmoeting.transcript.model import Dimension, Role, Source

# (file, format, turns, helper, client)
EXAMPLES = [
    ("mira-robert-1.txt", "text", 30, "Mira", "Robert"),
    ("mira-robert-2.txt", "text", 36, "Mira", "Robert"),
    ("english-session.txt", "text", 31, "Counsellor", "Client"),
    ("formats/timestamps.txt", "text", 8, "H", "C"),
    ("formats/hulpverlener-client.txt", "text", 10, "Hulpverlener", "Cliënt"),
    ("formats/intake.vtt", "vtt", 8, "Anouk", "Daan"),
    ("formats/session.srt", "srt", 8, "Jordan", "Priya"),
    ("formats/conversation.csv", "csv", 8, "Hulpverlener", "Cliënt"),
    ("formats/conversation.tsv", "tsv", 8, "Coach", "Alex"),
    ("formats/conversation.json", "json", 10, "Hulpverlener", "Cliënt"),
]


@pytest.mark.parametrize(("name", "fmt", "turns", "helper", "client"), EXAMPLES)
def test_examples_read_with_roles(
    examples_dir: Path, name: str, fmt: str, turns: int, helper: str, client: str
):
    conversation = read_conversation(examples_dir / name)
    assert conversation.metadata.source_format == fmt or fmt == "json"
    assert len(conversation.turns) == turns
    assert conversation.speakers == {helper: Role.HELPER, client: Role.CLIENT}
    assert [t.index for t in conversation.turns] == list(range(turns))
    # turns alternate: consecutive lines/cues of one speaker were merged
    assert all(
        a.speaker != b.speaker for a, b in zip(conversation.turns, conversation.turns[1:], strict=False)
    )


def test_mira_robert_languages_and_content(examples_dir: Path):
    first = read_conversation(examples_dir / "mira-robert-1.txt")
    assert first.language == "nl" and first.language_detected
    assert "Misschien moet je eens met je vader gaan praten." in first.turns[6].text
    assert first.turns[7].text == "Ja, maar dat durf ik nou net niet."
    english = read_conversation(examples_dir / "english-session.txt")
    assert english.language == "en"


def test_text_continuation_lines_and_timestamps(examples_dir: Path):
    conversation = read_conversation(examples_dir / "formats/timestamps.txt")
    first = conversation.turns[0]
    assert first.start == 3.0
    assert (
        first.text
        == "Welkom. Fijn dat je de stap hebt gezet om hier te komen. Waar wil je het vandaag over hebben?"
    )
    assert first.line == 3
    assert conversation.turns[5].text.endswith("Dat is misschien wel mijn grootste angst.")
    assert conversation.turns[-1].start == 47.0
    assert not conversation.metadata.warnings  # the '#' comment is not reported


def test_vtt_merges_cues_of_one_speaker_and_keeps_times(examples_dir: Path):
    conversation = read_conversation(examples_dir / "formats/intake.vtt")
    opening = conversation.turns[0]
    assert (opening.start, opening.end) == (1.0, 7.9)
    assert opening.text == "Goedemorgen Daan, fijn dat je er bent. Wat brengt je hier vandaag?"
    assert conversation.turns[1].start == 8.3 and conversation.turns[1].end == 16.0
    assert [w.code for w in conversation.metadata.warnings] == ["W102"]


def test_srt_prefix_speakers_and_multiline_cues(examples_dir: Path):
    conversation = read_conversation(examples_dir / "formats/session.srt")
    priya = conversation.turns[1]
    assert priya.text.startswith("Honestly, pretty rough. My mum was in hospital again on Tuesday. I spent")
    assert (priya.start, priya.end) == (6.1, 12.4)


def test_annomi_layout_several_conversations_with_human_labels(examples_dir: Path):
    conversations = read_conversations(examples_dir / "formats/annomi-layout.csv")
    assert [c.id for c in conversations] == ["demo-1", "demo-2"]
    first = conversations[0]
    assert first.metadata.source_format == "annomi"
    assert [t.ref for t in first.turns] == [str(i) for i in range(8)]
    assert first.turns[0].role is Role.HELPER and first.turns[0].speaker == "therapist"
    label = first.turns[0].get(Dimension.ANNOMI)
    assert label is not None and (label.code, label.source, label.annotator) == (
        "question",
        Source.HUMAN,
        "annomi",
    )
    assert first.turns[3].get(Dimension.TALK).code == "change"
    assert first.turns[6].get(Dimension.ANNOMI).code == "therapist_input"
    assert first.turns[4].start == 21.0


ANNOMI_FULL = (
    "transcript_id,utterance_id,interlocutor,utterance_text,utterance_text_en,question_subtype,"
    "reflection_subtype,main_therapist_behaviour,client_talk_type\n"
    "7,0,therapist,Wat brengt je hier?,What brings you here?,open,,question,\n"
    "7,1,client,Mijn dokter.,My doctor.,,,,neutral\n"
    "7,2,therapist,Je dokter stuurde je.,Your doctor sent you.,,simple,reflection,\n"
    "7,3,client,Ja.,Yes.,,,,neutral\n"
    "7,4,therapist,Wil je dat ook?,Do you want that too?,closed,complex,question,\n"
)


def test_annomi_full_subtypes_become_behaviour_codes():
    conversation = read_text(ANNOMI_FULL, name="full.csv")[0]
    behaviour = [t.get(Dimension.BEHAVIOUR) for t in conversation.turns]
    assert [b.code if b else None for b in behaviour] == [
        "open_question",
        None,
        "simple_reflection",
        None,
        "closed_question",
    ]
    assert all(b.source is Source.HUMAN for b in behaviour if b)
    assert conversation.id == "7" and conversation.language == "nl"


def test_text_column_picks_another_column():
    conversation = read_text(ANNOMI_FULL, name="full.csv", text_column="utterance_text_en")[0]
    assert conversation.turns[0].text == "What brings you here?"
    assert conversation.language == "en"


def test_semicolon_csv_with_role_column():
    text = "rol;naam;tekst\nhulpverlener;Mira;Hoe gaat het?\ncliënt;Robert;Goed hoor.\n"
    conversation = read_text(text, name="export.csv")[0]
    assert conversation.speakers == {"Mira": Role.HELPER, "Robert": Role.CLIENT}


def test_json_round_trip_of_example(examples_dir: Path, tmp_path: Path):
    from ontmoeting.transcript.io import from_json, to_json, write_json

    original = read_conversation(examples_dir / "formats/conversation.json")
    assert original.turns[2].get(Dimension.BEHAVIOUR).annotator == "docent"
    write_json(original, tmp_path / "copy.json")
    assert read_conversation(tmp_path / "copy.json") == original
    assert from_json(to_json(original)) == original


def test_jsonl_example_holds_two(examples_dir: Path, tmp_path: Path):
    from ontmoeting.transcript.io import write_json

    conversations = read_conversations(examples_dir / "formats/conversations.jsonl")
    assert [c.id for c in conversations] == ["intake", "session"]
    write_json(conversations, tmp_path / "again.jsonl")
    assert read_conversations(tmp_path / "again.jsonl") == conversations
    write_json(conversations, tmp_path / "collection.json")
    assert read_conversations(tmp_path / "collection.json") == conversations


def test_hand_written_json_is_completed():
    text = (
        '{"turns": [{"role": "therapist", "text": "How are you?"}, '
        '{"role": "client", "text": "Fine, thanks."}]}'
    )
    conversation = read_text(text, name="mine.json")[0]
    assert conversation.id == "mine" and conversation.language == "en" and conversation.language_detected
    assert [t.role for t in conversation.turns] == [Role.HELPER, Role.CLIENT]


# --- encodings -------------------------------------------------------------------------------------------

DUTCH = "Hulpverlener: Hoe gaat het met je?\nCliënt: Ik voel me ellendig, ik mis hem.\n"


@pytest.mark.parametrize(
    "data",
    [
        DUTCH.encode("utf-8"),
        codecs.BOM_UTF8 + DUTCH.encode("utf-8"),
        codecs.BOM_UTF16_LE + DUTCH.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + DUTCH.encode("utf-16-be"),
        DUTCH.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16le", "utf16be", "crlf"],
)
def test_encodings_read_the_same(data: bytes):
    conversation = read_bytes(data, "upload.txt")[0]
    assert conversation.turns[1].speaker == "Cliënt"
    assert conversation.turns[1].text == "Ik voel me ellendig, ik mis hem."
    assert not conversation.metadata.warnings


def test_cp1252_fallback_warns():
    conversation = read_bytes(DUTCH.encode("cp1252"), "oud.txt")[0]
    assert conversation.turns[1].speaker == "Cliënt"
    assert [w.code for w in conversation.metadata.warnings] == ["W101"]
    assert conversation.metadata.warnings[0].line == 2


def test_decomposed_accents_match_labels():
    import unicodedata

    text = unicodedata.normalize("NFD", DUTCH)
    assert read_text(text)[0].turns[1].role is Role.CLIENT


# --- hostile input ---------------------------------------------------------------------------------------

BAD_BYTES = [
    (b"", "E101"),
    (b"  \n\n \t", "E101"),
    (b"PK\x03\x04\x14\x00\x06\x00" + bytes(200), "E102"),
    (b"%PDF-1.7\n" + bytes(range(256)), "E128"),  # a PDF, but a broken one
    (b"Mira: hoi\x00\x00\x00", "E102"),
    (b"Mira: \x81\x8d\x8f\x90\x9d hoi\nRobert: ja", "E103"),
    (b"Er staan geen sprekers in dit bestand.\nAlleen tekst.\n", "E104"),
    (b"Mira: hallo\nMira: is daar iemand?\n", "E105"),
]


@pytest.mark.parametrize(("data", "code"), BAD_BYTES)
def test_bad_bytes_give_coded_errors(data: bytes, code: str):
    with pytest.raises(InputError) as error:
        read_bytes(data, "upload.txt")
    assert error.value.code == code
    assert error.value.file == "upload.txt"
    assert error.value.messages["nl"] and error.value.messages["en"]


def test_undecodable_names_the_line():
    with pytest.raises(InputError) as error:
        read_bytes(b"Mira: hoi\nRobert: goed\nMira: \x81\x8d\n", "x.txt")
    assert (error.value.code, error.value.line) == ("E103", 3)


BAD_TEXT = [
    ("x.xyz", "just some words", None, "E106"),
    ("x.json", '{"turns": [', None, "E108"),
    ("x.json", "[" * 5000 + "]" * 5000, None, "E109"),
    ("x.json", '{"a": ' * 40 + "1" + "}" * 40, None, "E109"),
    ("x.json", '{"schema": "ontmoeting/conversation", "version": 99, "turns": []}', None, "E111"),
    ("x.json", '{"schema": "something/else", "turns": []}', None, "E111"),
    ("x.json", '{"turns": [{"role": "helper", "speaker": "A", "text": "x", "start": -3}]}', None, "E111"),
    ("x.json", "42", None, "E111"),
    ("x.csv", "who,what\nMira,hoi\n", None, "E110"),
    ("x.csv", "speaker,text\nMira,hoi\nRobert,ja\n", "utterance_text_en", "E110"),
    ("x.csv", 'speaker,text\nMira,"hoi\nRobert,ja\n' + ("x" * 70_000 + "\n") * 2, None, "E113"),
    ("x.csv", "speaker,text\nMira," + "x" * 140_000 + "\n", None, "E137"),  # one line too long
    ("x.csv", "speaker,text\n", None, "E120"),
    ("x.vtt", "00:00:01.000 --> 00:00:02.000\nhoi\n", None, "E119"),
    ("x.vtt", "WEBVTT\n\n00:00:01.000 --> later\n<v A>hoi\n", None, "E119"),
    ("x.srt", "1\n00:00:01,000 --> 00:00:02,000\nJust text without speakers\n", None, "E104"),
    ("x.txt", "Mira: hoi\nRobert: ja\n", None, None),
]


@pytest.mark.parametrize(("name", "text", "text_column", "code"), BAD_TEXT)
def test_bad_text_gives_coded_errors(name: str, text: str, text_column: str | None, code: str | None):
    if code is None:
        assert len(read_text(text, name=name)[0].turns) == 2
        return
    with pytest.raises(InputError) as error:
        read_text(text, name=name, text_column=text_column)
    assert error.value.code == code
    assert error.value.file == name


def test_malformed_json_names_line_and_column():
    with pytest.raises(InputError) as error:
        read_text('{\n  "turns": [\n    {"role": "helper",, }\n  ]\n}', name="x.json")
    assert (error.value.code, error.value.line) == ("E108", 3)
    assert "x.json:3" in error.value.render("en")
    # the parser's own (English) words are translated in the Dutch message
    assert "Expecting property name" in error.value.render("en")
    dutch = error.value.render("nl")
    assert "veldnaam tussen dubbele aanhalingstekens verwacht" in dutch and "Expecting" not in dutch


def test_a_csv_parser_error_is_explained_in_dutch_and_english():
    with pytest.raises(InputError) as error:
        read_text('speaker,text\nMira,"hoi\nRobert,ja\n' + ("x" * 70_000 + "\n") * 2, name="x.csv")
    assert error.value.code == "E113"
    assert "field larger than field limit" in error.value.render("en")
    assert "veld groter dan de limiet" in error.value.render("nl")


def test_malformed_jsonl_names_its_line(examples_dir: Path):
    good = (examples_dir / "formats/conversations.jsonl").read_text(encoding="utf-8").splitlines()[0]
    with pytest.raises(InputError) as error:
        read_text(good + "\n{broken\n", name="x.jsonl")
    assert (error.value.code, error.value.line) == ("E108", 2)


def test_missing_columns_are_named():
    with pytest.raises(InputError) as error:
        read_text("who,what\nMira,hoi\n", name="x.csv")
    assert "who, what" in error.value.messages["en"] and "text" in error.value.messages["en"]


def test_size_limit_argument_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "big.txt"
    path.write_text(DUTCH * 100, encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_conversations(path, max_bytes=1000)
    assert error.value.code == "E107"
    monkeypatch.setenv("ONTMOETING_MAX_BYTES", "1kB")
    with pytest.raises(InputError):
        read_conversations(path)
    monkeypatch.setenv("ONTMOETING_MAX_BYTES", "1MB")
    assert read_conversations(path)
    monkeypatch.setenv("ONTMOETING_MAX_BYTES", "lots")
    with pytest.raises(ConfigError) as config:
        read_conversations(path)
    assert config.value.code == "E118"


def test_missing_file_and_folder(tmp_path: Path):
    with pytest.raises(InputError) as missing:
        read_conversations(tmp_path / "nope.txt")
    assert missing.value.code == "E112"
    with pytest.raises(InputError) as folder:
        read_conversations(tmp_path)
    assert folder.value.code == "E124"


def test_exactly_one(examples_dir: Path):
    with pytest.raises(InputError) as error:
        read_conversation(examples_dir / "formats/annomi-layout.csv")
    assert error.value.code == "E114"


@pytest.mark.parametrize(
    ("option", "value", "code"), [("format", "xlsx", "E115"), ("language", "fr", "E116")]
)
def test_bad_options(option: str, value: str, code: str):
    with pytest.raises(InputError) as error:
        read_text(DUTCH, **{option: value})
    assert error.value.code == code


def test_sentence_with_colon_stays_text():
    text = (
        "Mira: Wat zei hij toen?\nRobert: Hij zei iets.\nToen zei ik: nee.\n"
        "Let op: dat was het.\nMira: Oké.\n"
    )
    conversation = read_text(text)[0]
    assert len(conversation.turns) == 3
    assert conversation.turns[1].text == "Hij zei iets. Toen zei ik: nee. Let op: dat was het."


def test_format_override_reads_subtitles_saved_as_txt(examples_dir: Path):
    text = (examples_dir / "formats/intake.vtt").read_text(encoding="utf-8")
    assert read_text(text, name="export.txt")[0].metadata.source_format == "vtt"
    with pytest.raises(InputError) as error:
        read_text(text, name="export.txt", format="srt")
    assert error.value.code == "E119"


@pytest.mark.parametrize(
    "text",
    [
        "Mira  0:03\nHoi Robert, hoe gaat het?\n\nRobert  0:10\nNiet zo goed.\nIk mis mijn vader.\n",
        "00:00:03 Mira\nHoi Robert, hoe gaat het?\n00:00:10 Robert\nNiet zo goed.\nIk mis mijn vader.\n",
        "[00:00:03]\nMira: Hoi Robert, hoe gaat het?\n[00:00:10]\nRobert: Niet zo goed.\n"
        "Ik mis mijn vader.\n",
        "**Mira** [00:03]: Hoi Robert, hoe gaat het?\n**Robert:** (00:10) Niet zo goed. Ik mis mijn vader.\n",
        "Mira:\nHoi Robert, hoe gaat het?\n\nRobert:\n\nNiet zo goed.\nIk mis mijn vader.\n",
    ],
    ids=["otter", "time-first", "time-line", "markdown", "label-line"],
)
def test_transcription_tool_layouts(text: str):
    conversation = read_text(text)[0]
    assert [(t.speaker, t.text) for t in conversation.turns] == [
        ("Mira", "Hoi Robert, hoe gaat het?"),
        ("Robert", "Niet zo goed. Ik mis mijn vader."),
    ]
    if "0:03" in text or "00:03" in text:
        assert [t.start for t in conversation.turns] == [3.0, 10.0]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read_with_a_warning(encoding: str):
    conversation = read_bytes(DUTCH.encode(encoding), "notepad.txt")[0]
    assert conversation.turns[1].text == "Ik voel me ellendig, ik mis hem."
    assert [w.code for w in conversation.metadata.warnings] == ["W107"]
