"""Transcript-level cross-validation: train never sees a test transcript (in either language)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ontmoeting.coding.evaluation import Agreement, agreement
from ontmoeting.coding.linear_model import LinearModel, TextEmbedder
from ontmoeting.coding.statistical import decode
from ontmoeting.coding.training.data import Example
from ontmoeting.coding.training.fit import ANNOMI_CLASSES, TALK_CLASSES, TrainConfig, fit

FINE_CLASSES = ("open_question", "closed_question", "simple_reflection", "complex_reflection")


def folds_of(groups: Sequence[str], folds: int, seed: int) -> np.ndarray:
    """Fold number per example: the groups are shuffled with ``seed`` and dealt round-robin."""
    unique = sorted(set(groups), key=lambda g: (len(g), g))
    order = np.random.default_rng(seed).permutation(len(unique))
    fold_of_group = {unique[i]: rank % folds for rank, i in enumerate(order)}
    return np.array([fold_of_group[g] for g in groups])


@dataclass
class Predicted:
    scores: np.ndarray  # raw scores of all heads (for calibration)
    annomi: str | None
    behaviour: str | None
    talk: str | None
    confidence: float


def predict(
    model: LinearModel, examples: Sequence[Example], embedder: TextEmbedder | None
) -> list[Predicted]:
    views = [e.view for e in examples]
    scores = model.scores(views, embedder)
    out = []
    for row, view in enumerate(views):
        labels = decode(model, scores[row : row + 1], view.role)
        out.append(Predicted(scores[row], labels.annomi, labels.behaviour, labels.talk, labels.confidence))
    return out


def cross_validate(
    examples: Sequence[Example],
    config: TrainConfig,
    embedder: TextEmbedder | None,
    folds: int = 5,
    seed: int = 0,
) -> list[Predicted]:
    """Out-of-fold predictions for every example."""
    fold = folds_of([e.group for e in examples], folds, seed)
    predictions: list[Predicted | None] = [None] * len(examples)
    for k in range(folds):
        train = [e for e, f in zip(examples, fold, strict=True) if f != k]
        test_rows = np.flatnonzero(fold == k)
        model = fit(train, config, embedder)
        for row, p in zip(test_rows, predict(model, [examples[i] for i in test_rows], embedder), strict=True):
            predictions[row] = p
    return predictions  # type: ignore[return-value]


def report(
    examples: Sequence[Example], predictions: Sequence[Predicted], language: str | None
) -> dict[str, Agreement]:
    """Helper (AnnoMI 4), fine (open/closed, simple/complex) and client agreement for one language (or all)."""
    pairs = [(e, p) for e, p in zip(examples, predictions, strict=True) if language in (None, e.language)]
    helper = [(e.annomi, p.annomi or "other") for e, p in pairs if e.annomi]
    fine = [(e.behaviour, p.behaviour or "other") for e, p in pairs if e.behaviour in FINE_CLASSES]
    client = [(e.talk, p.talk or "neutral") for e, p in pairs if e.talk]
    return {
        "helper": agreement("helper", [a for a, _ in helper], [b for _, b in helper], ANNOMI_CLASSES),
        "fine": agreement("fine", [a for a, _ in fine], [b for _, b in fine], FINE_CLASSES),
        "client": agreement("client", [a for a, _ in client], [b for _, b in client], TALK_CLASSES),
    }
