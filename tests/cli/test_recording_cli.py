"""`ontmoeting transcribe` and `ontmoeting analyse REC` through the CLI runner (a real transcription of
the bundled and the test recordings)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from ontmoeting.cli.main import app
from ontmoeting.transcript.io import read_conversation

runner = CliRunner()
RECORDINGS = Path(__file__).resolve().parent.parent / "data" / "recordings"


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env={"LANG": "C", "LANGUAGE": "", "LC_ALL": "", **(env or {})})


def test_analyse_a_recording_gives_feedback(examples_dir: Path, tmp_path: Path):
    report = tmp_path / "rapport.html"
    result = run("analyse", str(examples_dir / "recordings" / "mira-robert.ogg"), "--report", str(report))
    assert result.exit_code == 0, result.output
    assert "Feedback op het gesprek" in result.output
    assert "W116" in result.output  # says it was recognised speech, to be checked
    assert "Traceback" not in result.output
    assert report.exists() and "Spreker" in report.read_text(encoding="utf-8")


def test_transcribe_writes_json_with_times_beside_or_where_asked(tmp_path: Path):
    source = tmp_path / "stereo.ogg"
    source.write_bytes((RECORDINGS / "stereo.ogg").read_bytes())
    result = run("transcribe", str(source), "--language", "en", "--lang", "en")
    assert result.exit_code == 0, result.output
    written = tmp_path / "stereo.json"
    assert f"Transcript written: {written}" in result.output.replace("\n", "")
    conversation = read_conversation(written)
    assert [t.role.value for t in conversation.turns] == ["helper", "client", "helper", "client"]
    assert all(t.start is not None and t.end is not None for t in conversation.turns)
    assert json.loads(written.read_text(encoding="utf-8"))["metadata"]["source_format"] == "recording"
    again = run("transcribe", str(source), "--lang", "en")
    assert again.exit_code == 2 and "E122" in again.output


def test_review_writes_a_text_file_that_analyse_reads(tmp_path: Path):
    target = tmp_path / "gesprek.txt"
    result = run("transcribe", str(RECORDINGS / "twee-stemmen.wav"), "--review", "-o", str(target))
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Transcript gemaakt door spraakherkenning")
    assert "Hulpverlener:" in text and "Cliënt:" in text
    assert "ontmoeting analyse" in " ".join(result.output.split())
    analysed = run("analyse", str(target), "--quiet", "--json", str(tmp_path / "a.json"))
    assert analysed.exit_code == 0, analysed.output


def test_the_helper_can_be_chosen_by_voice_number(tmp_path: Path):
    target = tmp_path / "t.json"
    result = run(
        "transcribe", str(RECORDINGS / "stereo.ogg"), "--language", "en", "--helper", "2", "-o", str(target)
    )
    assert result.exit_code == 0, result.output
    assert read_conversation(target).turns[0].role.value == "client"


def test_a_transcript_is_not_a_recording(examples_dir: Path, tmp_path: Path):
    result = run("transcribe", str(examples_dir / "mira-robert-1.txt"), "-o", str(tmp_path / "x.json"))
    assert result.exit_code == 2 and "E148" in result.output and "Traceback" not in result.output


def test_a_broken_recording_is_a_clear_error_naming_the_file(tmp_path: Path):
    broken = tmp_path / "kapot.m4a"
    broken.write_bytes(b"\x00\x00\x00\x18ftypM4A " + b"\x00" * 200)
    result = run("analyse", str(broken))
    assert result.exit_code == 2, result.output
    assert "kapot.m4a" in result.output and "E143" in result.output and "Traceback" not in result.output


def test_without_the_extra_the_command_says_how_to_get_it(monkeypatch, tmp_path: Path):
    import importlib

    from ontmoeting.transcript.speech import extra

    real = importlib.import_module

    def without(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.startswith("faster_whisper"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(extra.importlib, "import_module", without)
    result = run("transcribe", str(RECORDINGS / "stereo.ogg"), "-o", str(tmp_path / "x.json"), "--lang", "en")
    assert result.exit_code == 2
    assert "pip install 'ontmoeting[audio]'" in result.output and "E140" in result.output
