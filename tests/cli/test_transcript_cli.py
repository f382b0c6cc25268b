"""`ontmoeting inspect` and `convert` through the CLI runner: every example, every bad input."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ontmoeting.cli.main import app
from ontmoeting.transcript.io import read_conversations

runner = CliRunner()

EXAMPLE_FILES = [
    "mira-robert-1.txt", "mira-robert-2.txt", "english-session.txt", "formats/timestamps.txt",
    "formats/hulpverlener-client.txt",
    "formats/intake.vtt", "formats/session.srt", "formats/conversation.csv",
    "formats/conversation.tsv", "formats/annomi-layout.csv", "formats/conversation.json",
    "formats/conversations.jsonl", "formats/uitgewerkt-gesprek-tabel.docx",
    "formats/verbatim-met-toelichting.docx", "formats/verbatim-met-toelichting.pdf",
    "formats/uitgewerkt-gesprek-tabel.pdf", "formats/gesprek-met-opmerkingen.docx",
]  # fmt: skip


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env={"LANG": "C", "LANGUAGE": "", "LC_ALL": "", **(env or {})})


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.output.startswith("ontmoeting ")


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_inspect_and_convert_every_example(examples_dir: Path, tmp_path: Path, name: str):
    path = examples_dir / name
    inspected = run("inspect", str(path), "--lang", "en")
    assert inspected.exit_code == 0, inspected.output
    assert "Traceback" not in inspected.output
    for suffix in (".json", ".jsonl"):
        out = tmp_path / f"out{suffix}"
        converted = run("convert", str(path), "-o", str(out), "--lang", "en")
        assert converted.exit_code == 0, converted.output
        assert read_conversations(out) == read_conversations(path)


def test_inspect_shows_speakers_roles_words_language(examples_dir: Path):
    result = run("inspect", str(examples_dir / "mira-robert-1.txt"), "--lang", "nl")
    assert result.exit_code == 0
    for expected in ("Mira", "hulpverlener", "Robert", "cliënt", "nl (herkend)", "Woorden", "30", "W102"):
        assert expected in result.output
    english = run(
        "inspect",
        str(examples_dir / "mira-robert-1.txt"),
        "--helper",
        "Mira",
        "--language",
        "nl",
        "--lang",
        "en",
    )
    assert "nl (given)" in english.output and "W102" not in english.output


def test_inspect_text_column(tmp_path: Path):
    path = tmp_path / "nl.csv"
    path.write_text(
        "speaker,text,text_en\nH,Hoe gaat het met je?,How are you?\nC,Goed hoor.,Fine.\n", encoding="utf-8"
    )
    result = run("inspect", str(path), "--text-column", "text_en", "--lang", "en")
    assert result.exit_code == 0 and "en (detected)" in result.output


def test_cp1252_warning_is_shown(tmp_path: Path):
    path = tmp_path / "oud.txt"
    path.write_bytes("Hulpverlener: Hoe is het?\nCliënt: Ik voel me ellendig.\n".encode("cp1252"))
    result = run("inspect", str(path), "--lang", "nl")
    assert result.exit_code == 0 and "W101" in result.output and "Windows-1252" in result.output


def test_convert_pseudonymise(examples_dir: Path, tmp_path: Path):
    out = tmp_path / "anon.json"
    result = run("convert", str(examples_dir / "mira-robert-2.txt"), "-o", str(out), "--pseudonymise")
    assert result.exit_code == 0
    content = out.read_text(encoding="utf-8")
    assert "Robert" not in content and "Mira" not in content
    assert json.loads(content)["schema"] == "ontmoeting/conversation"


BAD_FILES: list[tuple[str, bytes, list[str], str, int | None]] = [
    # name, content, extra options, code, line
    ("empty.txt", b"", [], "E101", None),
    ("binary.txt", b"\x00\x01\x02\x03" * 50, [], "E102", None),
    ("word.docx", b"PK\x03\x04" + bytes(100), [], "E128", None),  # named .docx, but no Word file
    ("bad.txt", b"Mira: hoi\nRobert: \x81\x8d\x8f\n", [], "E103", 2),
    ("nobody.txt", b"Er staan hier geen sprekers.\nEcht niet.\n", [], "E104", 1),
    ("alone.txt", b"Mira: hallo?\nMira: is daar iemand?\n", [], "E105", 1),
    ("notes.xyz", b"hello there", [], "E106", None),
    ("big.txt", b"Mira: hoi\nRobert: ja\n" * 10, ["--max-bytes", "50"], "E107", None),
    ("broken.json", b'{\n  "turns": [\n    {"role": "helper",, }\n  ]\n}', [], "E108", 3),
    ("deep.json", b"[" * 3000 + b"]" * 3000, [], "E109", None),
    ("columns.csv", b"who,what\nMira,hoi\n", [], "E110", 1),
    ("newer.json", b'{"schema": "ontmoeting/conversation", "version": 9, "turns": []}', [], "E111", None),
    ("ok.txt", b"Mira: hoi\nRobert: ja\n", ["--format", "xlsx"], "E115", None),
    ("text.txt", b"Mira: hoi\nRobert: ja\n", ["--format", "docx"], "E128", None),
    ("ok2.txt", b"Mira: hoi\nRobert: ja\n", ["--language", "fr"], "E116", None),
    ("ok3.txt", b"Mira: hoi\nRobert: ja\n", ["--helper", "Anouk"], "E117", None),
    ("cues.vtt", b"WEBVTT\n\nhello without time\n", [], "E119", 3),
]


@pytest.mark.parametrize(
    ("name", "content", "options", "code", "line"), BAD_FILES, ids=[b[3] + "-" + b[0] for b in BAD_FILES]
)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_bad_input_exits_2_with_coded_message(
    tmp_path: Path, name: str, content: bytes, options: list[str], code: str, line: int | None, lang: str
):
    path = tmp_path / name
    path.write_bytes(content)
    for command in (["inspect", str(path)], ["convert", str(path), "-o", str(tmp_path / "out.json")]):
        result = run(*command, *options, "--lang", lang)
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output
        output = " ".join(result.output.split())  # rich may wrap long messages
        assert f"[{code}]" in output
        assert str(path) in output.replace(" ", "") or str(path) in output
        if line is not None:
            assert f"{path}:{line}" in output.replace(" ", "") or f"{path}:{line}" in output
        assert ("Fout" if lang == "nl" else "Error") in output


def test_size_limit_from_environment(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Mira: hoi\nRobert: ja\n" * 10)
    result = run("inspect", str(path), env={"ONTMOETING_MAX_BYTES": "100"})
    assert result.exit_code == 2 and "[E107]" in result.output
    bad = run("inspect", str(path), env={"ONTMOETING_MAX_BYTES": "veel"})
    assert bad.exit_code == 2 and "[E118]" in bad.output


def test_missing_file_and_folder(tmp_path: Path):
    missing = run("inspect", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 2 and "[E112]" in missing.output and "Traceback" not in missing.output
    folder = run("inspect", str(tmp_path))
    assert folder.exit_code == 2 and "[E124]" in folder.output


def test_convert_protects_files(examples_dir: Path, tmp_path: Path):
    source = tmp_path / "in.json"
    source.write_bytes((examples_dir / "formats/conversation.json").read_bytes())
    same = run("convert", str(source), "-o", str(source), "--force")
    assert same.exit_code == 2 and "[E123]" in same.output
    assert source.read_bytes() == (examples_dir / "formats/conversation.json").read_bytes()
    existing = tmp_path / "exists.json"
    existing.write_text("keep me", encoding="utf-8")
    refused = run("convert", str(examples_dir / "mira-robert-1.txt"), "-o", str(existing))
    assert refused.exit_code == 2 and "[E122]" in refused.output and existing.read_text() == "keep me"
    forced = run("convert", str(examples_dir / "mira-robert-1.txt"), "-o", str(existing), "--force")
    assert forced.exit_code == 0 and len(read_conversations(existing)[0].turns) == 30
    wrong = run("convert", str(examples_dir / "mira-robert-1.txt"), "-o", str(tmp_path / "out.txt"))
    assert wrong.exit_code == 2 and "[E121]" in wrong.output


def test_utf16_file_through_cli(tmp_path: Path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "H: Hoe gaat het?\nC: Goed.\n".encode("utf-16-le"))
    result = run("inspect", str(path), "--lang", "en")
    assert result.exit_code == 0 and "helper" in result.output


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_inspect_a_word_file_shows_the_notes_own_codes_and_what_was_skipped(examples_dir: Path, lang: str):
    result = run("inspect", str(examples_dir / "formats/verbatim-met-toelichting.docx"), "--lang", lang)
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "Advies gegeven." in output  # the student's comment, as a note
    if lang == "nl":
        assert "Notities van de student" in output and "Advies of oplossing" in output
        assert "vóór het gesprek overgeslagen" in output and "kop- en voetteksten" in output
    else:
        assert "The student's notes" in output and "Advice or solution" in output
        assert "before the conversation skipped" in output and "page headers, footers" in output
        assert "overgeslagen" not in output and "Notitie" not in output  # each language pure


def test_a_doc_from_before_2007_exits_2_with_its_message(tmp_path: Path):
    legacy = Path(__file__).resolve().parents[1] / "data" / "documents" / "oud-formaat.doc"
    result = run("inspect", str(legacy))
    assert result.exit_code == 2
    assert "[E127]" in result.output and "Traceback" not in result.output
    assert "oud-formaat.doc" in result.output


def test_code_and_analyse_take_a_pdf_like_any_other_format(examples_dir: Path, tmp_path: Path):
    path = str(examples_dir / "formats/verbatim-met-toelichting.pdf")
    coded = run("code", path, "--lang", "en")
    assert coded.exit_code == 0, coded.output
    assert "advice" in coded.output.casefold() and "Traceback" not in coded.output
    report = tmp_path / "report.html"
    analysed = run("analyse", path, "--report", str(report), "--lang", "nl")
    assert analysed.exit_code == 0, analysed.output
    html = report.read_text(encoding="utf-8")
    assert "Notitie van de student" in html and "Hier ging ik te snel naar een oplossing." in html


def test_warnings_name_the_file_read_not_the_file_a_conversation_came_from(tmp_path: Path):
    line = json.dumps(
        {
            "metadata": {"source_file": "oorspronkelijk.txt"},
            "turns": [{"speaker": "Mira", "text": "Hoe gaat het?"}, {"speaker": "Robert", "text": "Goed."}],
        }
    )
    path = tmp_path / "gesprekken.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    result = run("inspect", str(path), "--lang", "en")
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "[W102]" in output  # roles guessed: a warning about this file
    assert f"{path}: " in output and "oorspronkelijk.txt:" not in output
