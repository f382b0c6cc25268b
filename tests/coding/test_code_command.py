"""`ontmoeting code`: the table, the JSONL contract of --output, every input format, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ontmoeting.cli.main import app
from ontmoeting.coding import annotator as registry
from ontmoeting.coding import pipeline
from ontmoeting.coding.records import RECORD_KEYS
from ontmoeting.errors import ConfigError

from .fake_llm import FakeLLM

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
BILINGUAL = Path(__file__).parent / "fixtures" / "annomi-bilingual.csv"
runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(
        app, list(args), env={"LANG": "C", "LANGUAGE": "", "LC_ALL": "", "COLUMNS": "200", **(env or {})}
    )


@pytest.fixture(autouse=True)
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests check the command, not the model: run on the rules whether or not a model is trained."""

    def refuse(name: str, **params: object):
        if name == "statistical":
            raise ConfigError("E220", nl="Model ontbreekt.", en="Model missing.")
        return original(name, **params)

    original = registry.create
    monkeypatch.setattr(registry, "create", refuse)
    monkeypatch.delenv(pipeline.ANNOTATORS_ENV, raising=False)
    pipeline._cached.cache_clear()
    yield
    pipeline._cached.cache_clear()


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_prints_each_turn_with_its_code_in_the_users_language() -> None:
    result = run("code", str(EXAMPLES / "mira-robert-1.txt"), "--helper", "Mira", "--lang", "nl")
    assert result.exit_code == 0, result.output
    assert (
        "Advies of oplossing" in result.output
        and "Behoudtaal" in result.output
        and "Ja, maar" in result.output
    )
    assert "toch niet zo moeilijk" in result.output  # the cue that made turn 7 persuasion
    assert "alleen de regels" in result.output  # the fallback is announced
    english = run("code", str(EXAMPLES / "english-session.txt"), "--lang", "en")
    assert english.exit_code == 0 and "Advice or solution" in english.output and "Yes, but" in english.output


def test_jsonl_contract_for_annomi_layout_with_a_chosen_text_column(tmp_path: Path) -> None:
    out = tmp_path / "coded.jsonl"
    result = run(
        "code",
        str(BILINGUAL),
        "--format",
        "annomi",
        "--text-column",
        "utterance_text_en",
        "--output",
        str(out),
        "--lang",
        "en",
    )
    assert result.exit_code == 0, result.output
    records = lines(out)
    assert len(records) == 10
    for record in records:
        assert tuple(record) == RECORD_KEYS
        assert record["role"] in ("helper", "client")
        assert 0 <= record["confidence"] <= 1 and record["explanation"]
        if record["role"] == "helper":
            assert record["annomi_label"] in ("question", "reflection", "therapist_input", "other")
            assert record["depth"] is None
        else:
            assert record["annomi_label"] == record["code"] in ("change", "neutral", "sustain")
            assert record["depth"] in (0, 1, 2, 3)
    first = records[0]
    assert (first["transcript_id"], first["utterance_id"], first["index"]) == ("7", "0", 0)
    assert first["text"] == "What would you like to talk about today?" and first["language"] == "en"
    by_id = {(r["transcript_id"], r["utterance_id"]): r for r in records}
    advice = by_id[("7", "2")]
    assert (advice["code"], advice["annomi_label"]) == ("advice", "therapist_input")
    assert "you should" in advice["explanation"]
    answer = by_id[("7", "3")]
    assert answer["code"] == "sustain" and answer["flags"] == ["yes_but"]
    assert by_id[("12", "1")]["depth_code"] == "meaning" and "feeling" in by_id[("12", "1")]["flags"]


def test_the_dutch_text_column_is_coded_in_dutch(tmp_path: Path) -> None:
    out = tmp_path / "nl.jsonl"
    assert run("code", str(BILINGUAL), "--format", "annomi", "--output", str(out)).exit_code == 0
    records = lines(out)
    assert records[2]["text"].startswith("Misschien moet je") and records[2]["language"] == "nl"
    assert 'signaal "misschien moet je"' in records[2]["explanation"]


def test_plain_text_has_no_input_ids(tmp_path: Path) -> None:
    out = tmp_path / "mira.jsonl"
    assert run("code", str(EXAMPLES / "mira-robert-1.txt"), "--helper", "Mira", "-o", str(out)).exit_code == 0
    records = lines(out)
    assert records[0]["transcript_id"] is None and records[0]["utterance_id"] is None
    assert records[0]["conversation"] == "mira-robert-1" and [r["index"] for r in records] == list(range(30))


@pytest.mark.parametrize(
    "name",
    [
        "formats/intake.vtt",
        "formats/session.srt",
        "formats/conversation.csv",
        "formats/conversation.tsv",
        "formats/annomi-layout.csv",
        "formats/conversation.json",
        "formats/conversations.jsonl",
    ],
)
def test_reads_every_example_format(name: str, tmp_path: Path) -> None:
    path = EXAMPLES / name
    if not path.exists():
        pytest.skip(f"{name} is not in examples/")
    out = tmp_path / "out.jsonl"
    result = run("code", str(path), "--output", str(out))
    assert result.exit_code == 0, result.output
    assert all(r["code"] for r in lines(out) if r["role"] != "other")


def test_bad_input_is_a_coded_message_not_a_traceback(tmp_path: Path) -> None:
    result = run("code", str(tmp_path / "missing.txt"), "--lang", "en")
    assert result.exit_code == 2 and "[E1" in result.output and "Traceback" not in result.output
    result = run("code", str(EXAMPLES / "mira-robert-1.txt"), "--format", "nonsense", "--lang", "en")
    assert result.exit_code == 2


def test_asking_for_an_unconfigured_llm_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ONTMOETING_LLM_URL", raising=False)
    result = run("code", str(EXAMPLES / "mira-robert-1.txt"), "--annotator", "llm", "--lang", "en")
    assert result.exit_code == 2 and "E240" in result.output
    result = run("code", str(EXAMPLES / "mira-robert-1.txt"), "--annotator", "nonsense", "--lang", "en")
    assert result.exit_code == 2 and "E201" in result.output


def test_with_a_local_llm(tmp_path: Path) -> None:
    out = tmp_path / "llm.jsonl"
    with FakeLLM() as server:
        result = run(
            "code",
            str(BILINGUAL),
            "--annotator",
            "llm",
            "--output",
            str(out),
            "--lang",
            "en",
            env={"ONTMOETING_LLM_URL": server.url, "ONTMOETING_LLM_MODEL": "fake"},
        )
    assert result.exit_code == 0, result.output
    assert "rules + llm" in result.output and "sent to" not in result.output  # local: nothing leaves
    assert any("LLM (fake)" in r["explanation"] for r in lines(out))
