"""``ontmoeting oefen``: the persona list, the scripted mode and user errors, through Typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ontmoeting.cli.main import app
from ontmoeting.practice import session as session_module
from ontmoeting.transcript.model import Conversation

from .conftest import fake_classify

runner = CliRunner()


@pytest.fixture(autouse=True)
def _fake_coder(monkeypatch):
    monkeypatch.setattr(session_module, "default_classifier", lambda fast=False: fake_classify)
    monkeypatch.delenv("ONTMOETING_LLM_URL", raising=False)


def test_the_list_shows_every_persona_in_the_users_language():
    result = runner.invoke(app, ["oefen", "--lang", "nl"])
    assert result.exit_code == 0, result.output
    for persona_id in ("robert", "sanne", "dennis", "marja", "linda", "erik"):
        assert persona_id in result.output
    assert "vijandig" in result.output and "leerdoel" in result.output
    english = runner.invoke(app, ["oefen", "--lang", "en"])
    assert "hostile" in english.output and "learning goal" in english.output


def test_a_script_plays_the_talk_with_coach_lines_report_and_saved_transcript(tmp_path: Path):
    script = tmp_path / "turns.txt"
    script.write_text(
        "# Mira, tweede versie\nO: Vertel eens.\n\nR: Je mist hem.\nA: Bel hem gewoon.\n", encoding="utf-8"
    )
    saved = tmp_path / "talk.json"
    result = runner.invoke(
        app, ["oefen", "robert", "--script", str(script), "--lang", "nl", "--seed", "5", "--save", str(saved)]
    )
    assert result.exit_code == 0, result.output
    assert result.output.count("Jij: ") == 3
    assert "coach: Advies zonder toestemming" in result.output
    assert "Hoe diep ging Robert?" in result.output
    assert str(saved) in result.output.replace("\n", "")
    data = json.loads(saved.read_text(encoding="utf-8"))
    conversation = Conversation.model_validate(data[0] if isinstance(data, list) else data)
    assert conversation.metadata.context == "oefengesprek" and len(conversation.turns) == 7
    again = runner.invoke(app, ["oefen", "robert", "--script", str(script), "--lang", "nl", "--seed", "5"])
    client_lines = [line for line in result.output.splitlines() if line.startswith("Robert: ")]
    assert client_lines and client_lines == [
        line for line in again.output.splitlines() if line.startswith("Robert: ")
    ]


def test_no_coach_hides_the_coach_lines(tmp_path: Path):
    script = tmp_path / "turns.txt"
    script.write_text("R: Je mist hem.\n", encoding="utf-8")
    result = runner.invoke(app, ["oefen", "robert", "--script", str(script), "--no-coach", "--lang", "en"])
    assert result.exit_code == 0 and "coach:" not in result.output


def test_the_script_stops_when_the_client_ends_the_talk(tmp_path: Path):
    script = tmp_path / "turns.txt"
    script.write_text("P: Je moet gewoon normaal doen.\n" * 15, encoding="utf-8")
    result = runner.invoke(app, ["oefen", "dennis", "--script", str(script), "--lang", "nl"])
    assert result.exit_code == 0
    assert "beëindigde het gesprek" in result.output


def test_the_interactive_chat_handles_commands(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    typed = "/help\nR: Je mist hem.\n/hint\n/terug\n/terug\n/onzin\nA: Bel hem.\n/stop\n"
    result = runner.invoke(app, ["oefen", "robert", "--lang", "nl", "--seed", "1"], input=typed)
    assert result.exit_code == 0, result.output
    assert "Laatste beurt teruggenomen." in result.output
    assert "Er is nog niets om terug te nemen." in result.output
    assert "Onbekend commando" in result.output
    assert "bijvoorbeeld" in result.output  # the hint
    saved = list(tmp_path.glob("oefengesprek-robert-*.json"))
    assert len(saved) == 1
    data = json.loads(saved[0].read_text(encoding="utf-8"))
    conversation = Conversation.model_validate(data[0] if isinstance(data, list) else data)
    assert [t.text for t in conversation.helper_turns] == ["A: Bel hem."]


def test_user_errors_exit_with_2_and_a_code(tmp_path: Path):
    unknown = runner.invoke(app, ["oefen", "nobody", "--lang", "en"])
    assert unknown.exit_code == 2 and "E407" in unknown.output and "robert" in unknown.output
    missing = runner.invoke(app, ["oefen", "robert", "--script", str(tmp_path / "none.txt"), "--lang", "en"])
    assert missing.exit_code == 2 and "E411" in missing.output
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    result = runner.invoke(app, ["oefen", "robert", "--script", str(empty), "--lang", "en"])
    assert result.exit_code == 2 and "E412" in result.output
