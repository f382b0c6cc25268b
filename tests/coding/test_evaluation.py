"""Agreement metrics and the ``evaluate`` command on a small AnnoMI-layout fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ontmoeting.cli.main import app
from ontmoeting.coding.evaluation import agreement
from ontmoeting.coding.training import run_training
from ontmoeting.transcript.io import read_conversations

FIXTURES = Path(__file__).parent / "fixtures"


def test_agreement_figures() -> None:
    perfect = agreement("x", ["a", "b", "a"], ["a", "b", "a"], ["a", "b"])
    assert perfect.macro_f1 == 1.0 and perfect.kappa == 1.0 and perfect.confusion == [[2, 0], [0, 1]]
    off = agreement("x", ["a", "a", "b", "b"], ["a", "b", "b", "none"], ["a", "b"])
    assert off.per_label["a"] == {"precision": 1.0, "recall": 0.5, "f1": pytest.approx(2 / 3), "support": 2}
    assert off.accuracy == 0.5 and off.confusion == [[1, 1, 0], [0, 1, 1]]  # the 'none' column is a miss
    assert off.kappa < perfect.kappa


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("model")
    conversations = read_conversations(FIXTURES / "annomi-tiny.csv", format="annomi")
    run_training(conversations, out, configurations=("fast",), folds=0, progress=lambda _: None)
    return out


def test_evaluate_command_prints_and_writes_figures(model_dir: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ontmoeting.coding import statistical

    monkeypatch.setattr(statistical, "MODEL_DIR", model_dir)
    out = tmp_path / "figures.json"
    result = CliRunner().invoke(
        app,
        [
            "evaluate",
            str(FIXTURES / "annomi-tiny.csv"),
            "--format",
            "annomi",
            "--annotator",
            "statistical",
            "--fast",
            "--json",
            str(out),
            "--lang",
            "en",
        ],
    )
    assert result.exit_code == 0, result.output
    assert (
        "macro-F1" in result.output
        and "Confusion matrix" in result.output
        and "therapist_input" in result.output
    )
    figures = json.loads(out.read_text())["results"]
    assert (
        figures["helper"]["count"] == 12
        and figures["client"]["count"] == 12
        and figures["fine"]["count"] == 8
    )
    # trained on this very file, the tiny model must agree with it well above chance
    assert figures["helper"]["macro_f1"] > 0.5 and figures["client"]["macro_f1"] > 0.5


def test_evaluate_rules_in_dutch(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "evaluate",
            str(FIXTURES / "annomi-tiny.csv"),
            "--format",
            "annomi",
            "--annotator",
            "rules",
            "--lang",
            "nl",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Verwarringsmatrix" in result.output and "kappa" in result.output


def test_evaluate_without_human_labels_is_a_coded_error(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("Hulpverlener: Hoe gaat het?\nCliënt: Goed.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(plain), "--annotator", "rules", "--lang", "en"])
    assert result.exit_code == 2 and "E230" in result.output
