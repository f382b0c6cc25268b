"""Training on the project's corpus gives the heads of the whole codebook, and the corpus evaluation reads
conversations it never trained on through the shipped code path (rules + model merged)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ontmoeting.cli.main import app
from ontmoeting.coding.statistical import StatisticalAnnotator
from ontmoeting.coding.training.corpus import DEFAULT_CORPUS, corpus_files, load_corpus
from ontmoeting.coding.training.corpus_eval import evaluate_designs
from ontmoeting.coding.training.fit import TrainConfig
from ontmoeting.transcript.model import Conversation, Dimension, Role, Turn

pytestmark = pytest.mark.skipif(
    not DEFAULT_CORPUS.is_dir(), reason="no corpus/ folder (not a source checkout)"
)


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """12 train and 4 test conversations of the real corpus, in both languages."""
    root = tmp_path_factory.mktemp("corpus")
    for split, count in (("train", 12), ("test", 4)):
        (root / split).mkdir()
        files = corpus_files(splits=(split,))
        for language in ("nl", "en"):
            chosen = [p for p in files if p.name.startswith(language + "-")][: count // 2]
            for path in chosen:
                shutil.copy(path, root / split / path.name)
    return root


def test_train_command_with_the_corpus_gives_every_head(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "model"
    result = CliRunner().invoke(
        app,
        [
            "train",
            "--data",
            str(tmp_path / "absent"),
            "--corpus",
            str(small_corpus),
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
    assert {"annomi", "talk", "behaviour", "depth", "flag_feeling", "flag_yes_but"} <= set(
        annotator.model_.heads
    )
    metadata = json.loads((out / "metadata.json").read_text())
    assert metadata["corpus_conversations"] == 12  # the train split only: the test split is never trained on
    conversation = Conversation(
        id="x",
        language="nl",
        turns=[
            Turn(index=0, role=Role.HELPER, speaker="h", text="Hoe gaat het met je?"),
            Turn(
                index=1, role=Role.CLIENT, speaker="c", text="Ik voel me zo alleen sinds mijn vader weg is."
            ),
        ],
    )
    annotator.transform([conversation])
    client = conversation.turns[1]
    assert client.get(Dimension.DEPTH) is not None
    assert all(a.confidence is not None and 0 <= a.confidence <= 1 for a in client.annotations)


def test_the_corpus_evaluation_reads_unseen_conversations(small_corpus: Path) -> None:
    train = load_corpus(small_corpus, splits=("train",))
    test = load_corpus(small_corpus, splits=("test",))
    results = evaluate_designs(train, test, folds=2, config=TrainConfig(embeddings=False))
    assert set(results) == {"cv2", "test"}
    for design in results.values():
        assert set(design) == {"pipeline", "rules"}
        figures = design["pipeline"]["all"]
        assert figures["helper_turns"] > 0 and 0.0 <= figures["helper_macro_f1"] <= 1.0
        assert 0.0 <= figures["depth"]["exact"] <= 1.0 and "feeling" in figures["flags"]
    # the test design reads exactly the test split's turns
    turns = sum(len(c.turns) for c in test)
    test_figures = results["test"]["rules"]["all"]
    assert test_figures["helper_turns"] + test_figures["client_turns"] == turns


def test_every_corpus_head_is_calibrated(small_corpus: Path) -> None:
    from ontmoeting.coding.training.calibration import fit_temperatures
    from ontmoeting.coding.training.data import examples_from
    from ontmoeting.coding.training.fit import fit

    examples = examples_from(load_corpus(small_corpus, splits=("train",)))
    model = fit(examples, TrainConfig(embeddings=False))
    scores = model.scores([e.view for e in examples])
    temperatures = fit_temperatures(model, scores, examples)
    assert set(temperatures) == set(model.heads) >= {"behaviour", "depth", "flag_feeling", "flag_yes_but"}
    assert all(0.2 <= t <= 4.5 for t in temperatures.values())
