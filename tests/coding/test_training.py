"""Training end to end on a tiny fixture (AnnoMI-layout CSV, JSONL corrections), by function and CLI."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from typer.testing import CliRunner

from ontmoeting.cli.main import app
from ontmoeting.coding.codebook import load_codebook
from ontmoeting.coding.statistical import StatisticalAnnotator
from ontmoeting.coding.training import run_training
from ontmoeting.coding.training.crossval import folds_of
from ontmoeting.coding.training.data import examples_from, load_extra
from ontmoeting.transcript.io import read_conversations
from ontmoeting.transcript.model import Annotation, Dimension, Source

FIXTURES = Path(__file__).parent / "fixtures"


def test_extra_corrections_load_with_their_human_labels() -> None:
    conversations = load_extra(FIXTURES / "corrections.jsonl")
    examples = examples_from(conversations)
    assert len(conversations) == 2 and len(examples) == 24
    assert [e.annomi for e in examples[:3]] == ["question", None, "reflection"]
    assert examples[0].behaviour == "open_question" and examples[1].talk == "neutral"


def test_a_behaviour_correction_alone_gives_the_annomi_label() -> None:
    conversation = load_extra(FIXTURES / "corrections.jsonl")[0]
    turn = conversation.turns[8]
    turn.annotations = [
        Annotation(dimension=Dimension.BEHAVIOUR, code="advice", source=Source.HUMAN, annotator="trainer")
    ]
    example = examples_from([conversation])[8]
    assert example.annomi == load_codebook().behaviour_to_annomi()["advice"] == "therapist_input"


def test_folds_keep_a_transcript_together_and_are_seeded() -> None:
    groups = [str(i // 3) for i in range(60)]
    folds = folds_of(groups, 5, seed=1)
    for group in set(groups):
        assert len({folds[i] for i, g in enumerate(groups) if g == group}) == 1
    assert (folds == folds_of(groups, 5, seed=1)).all()
    assert sorted(set(folds.tolist())) == [0, 1, 2, 3, 4]


def test_training_is_deterministic_and_writes_metadata(tmp_path: Path) -> None:
    conversations = read_conversations(FIXTURES / "annomi-tiny.csv", format="annomi")
    conversations += load_extra(FIXTURES / "corrections.jsonl")
    for run in ("a", "b"):
        run_training(
            conversations, tmp_path / run, configurations=("fast",), folds=2, seed=3, progress=lambda _: None
        )
    first = np.load(tmp_path / "a" / "fast.npz")
    second = np.load(tmp_path / "b" / "fast.npz")
    np.testing.assert_array_equal(first["coef"], second["coef"])
    metadata = json.loads((tmp_path / "a" / "metadata.json").read_text())
    assert metadata["turns"] == 48 and metadata["seed"] == 3 and metadata["folds"] == 2
    assert set(metadata["figures"]["fast"]["en"]) == {"helper", "fine", "client"}
    assert "annomi" in metadata["temperatures"]["fast"]


def test_train_command_with_extra_file_only(tmp_path: Path) -> None:
    out = tmp_path / "model"
    result = CliRunner().invoke(
        app,
        [
            "train",
            "--data",
            str(tmp_path / "absent"),
            "--extra",
            str(FIXTURES / "corrections.jsonl"),
            "--output",
            str(out),
            "--folds",
            "0",
            "--configuration",
            "fast",
            "--lang",
            "en",
        ],
    )
    assert result.exit_code == 0, result.output
    annotator = StatisticalAnnotator(fast=True, model_dir=str(out)).load()
    assert set(annotator.model_.heads) >= {"annomi", "talk"}


def test_train_command_without_any_data_fails_with_a_code(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["train", "--data", str(tmp_path), "--output", str(tmp_path / "m"), "--lang", "en"]
    )
    assert result.exit_code == 2
    assert "E222" in result.output


def test_the_cascade_keeps_the_fast_reading_where_it_is_sure() -> None:
    from ontmoeting.coding.training.crossval import Predicted, cascade

    def reading(label: str, probability: float) -> Predicted:
        return Predicted(np.zeros(1), label, None, None, probability, probability)

    fast = [reading("question", 0.9), reading("other", 0.5), reading("reflection", 0.7)]
    accurate = [reading("reflection", 0.6), reading("reflection", 0.8), reading("other", 0.9)]
    read = cascade(fast, accurate, threshold=0.7)
    assert [r.annomi for r in read] == ["question", "reflection", "reflection"]
    assert read[0] is fast[0] and read[1] is accurate[1] and read[2] is fast[2]


def test_calibrated_readings_keep_labels_and_the_raw_gate() -> None:
    from ontmoeting.coding.training.crossval import calibrated, cross_validate
    from ontmoeting.coding.training.fit import TrainConfig

    conversations = read_conversations(FIXTURES / "annomi-tiny.csv", format="annomi")
    conversations += load_extra(FIXTURES / "corrections.jsonl")
    examples = examples_from(conversations)
    config = TrainConfig(embeddings=False, min_df={"word": 1, "char": 1, "prev": 1})
    models: list = []
    raw = cross_validate(examples, config, None, folds=2, seed=0, models=models)
    assert len(models) == 2
    softer = calibrated(examples, raw, models[0], {"annomi": 3.0, "talk": 3.0})
    for before, after in zip(raw, softer, strict=True):
        assert (before.annomi, before.behaviour, before.talk) == (after.annomi, after.behaviour, after.talk)
        assert after.main_probability == before.main_probability  # the cascade gates on the raw value
        if before.annomi:
            assert after.annomi_confidence <= before.annomi_confidence + 1e-12
