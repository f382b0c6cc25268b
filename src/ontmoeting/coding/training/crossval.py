"""Transcript-level cross-validation: train never sees a test transcript (in either language)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from ontmoeting.coding.evaluation import Agreement, agreement
from ontmoeting.coding.linear_model import LinearModel, TextEmbedder
from ontmoeting.coding.statistical import decode
from ontmoeting.coding.training.data import Example
from ontmoeting.coding.training.fit import ANNOMI_CLASSES, TALK_CLASSES, TrainConfig, fit
from ontmoeting.transcript.model import Annotation, Dimension, Role, Source, Turn

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
    annomi_confidence: float = 0.0
    gate: float | None = None  # the raw main probability, kept when the confidences are calibrated

    @property
    def main_probability(self) -> float:
        """Raw probability of the AnnoMI label (helper) or the talk type (client)."""
        if self.gate is not None:
            return self.gate
        return self.annomi_confidence if self.annomi else self.confidence


def calibrated(
    examples: Sequence[Example],
    predictions: Sequence[Predicted],
    model: LinearModel,
    temperatures: dict[str, float],
) -> list[Predicted]:
    """The same readings with the temperature-scaled confidences the shipped annotator gives (what the
    pipeline's merge compares with the rules); ``model`` supplies the head layout only."""
    out = []
    for example, predicted in zip(examples, predictions, strict=True):
        decoded = decode(model, predicted.scores[None, :], example.view.role, temperatures)
        out.append(
            replace(
                predicted,
                confidence=decoded.confidence,
                annomi_confidence=decoded.annomi_confidence,
                gate=predicted.main_probability,
            )
        )
    return out


def cascade(fast: Sequence[Predicted], accurate: Sequence[Predicted], threshold: float) -> list[Predicted]:
    """The accurate configuration's reading: the fast model's where it is sure (raw probability of its
    main label >= ``threshold``), else the embedding model's; as :class:`StatisticalAnnotator` does."""
    return [f if f.main_probability >= threshold else a for f, a in zip(fast, accurate, strict=True)]


def embedded_share(read: Sequence[Predicted], accurate: Sequence[Predicted]) -> float:
    """The share of a cascade's readings that came from the embedding model."""
    return sum(r is a for r, a in zip(read, accurate, strict=True)) / max(len(read), 1)


def predict(
    model: LinearModel, examples: Sequence[Example], embedder: TextEmbedder | None
) -> list[Predicted]:
    views = [e.view for e in examples]
    scores = model.scores(views, embedder)
    out = []
    for row, view in enumerate(views):
        labels = decode(model, scores[row : row + 1], view.role)
        out.append(
            Predicted(
                scores[row],
                labels.annomi,
                labels.behaviour,
                labels.talk,
                labels.confidence,
                labels.annomi_confidence,
            )
        )
    return out


def cross_validate(
    examples: Sequence[Example],
    config: TrainConfig,
    embedder: TextEmbedder | None,
    folds: int = 5,
    seed: int = 0,
    models: list[LinearModel] | None = None,
    extra: Sequence[Example] = (),
) -> list[Predicted]:
    """Out-of-fold predictions for every example (the fold models are appended to ``models`` if given).
    ``extra`` examples (e.g. the project's corpus, which shares no conversation with AnnoMI) are in every
    fold's training set and are never read."""
    fold = folds_of([e.group for e in examples], folds, seed)
    predictions: list[Predicted | None] = [None] * len(examples)
    for k in range(folds):
        train = [*extra, *(e for e, f in zip(examples, fold, strict=True) if f != k)]
        test_rows = np.flatnonzero(fold == k)
        model = fit(train, config, embedder)
        if models is not None:
            models.append(model)
        for row, p in zip(test_rows, predict(model, [examples[i] for i in test_rows], embedder), strict=True):
            predictions[row] = p
    return predictions  # type: ignore[return-value]


def report(
    examples: Sequence[Example], predictions: Sequence[Predicted], language: str | None
) -> dict[str, Agreement]:
    """Helper (AnnoMI 4), fine (open/closed, simple/complex) and client agreement for one language or all."""
    pairs = [(e, p) for e, p in zip(examples, predictions, strict=True) if language in (None, e.language)]
    helper = [(e.annomi, p.annomi or "other") for e, p in pairs if e.annomi]
    fine = [(e.behaviour, p.behaviour or "other") for e, p in pairs if e.behaviour in FINE_CLASSES]
    client = [(e.talk, p.talk or "neutral") for e, p in pairs if e.talk]
    return {
        "helper": agreement("helper", [a for a, _ in helper], [b for _, b in helper], ANNOMI_CLASSES),
        "fine": agreement("fine", [a for a, _ in fine], [b for _, b in fine], FINE_CLASSES),
        "client": agreement("client", [a for a, _ in client], [b for _, b in client], TALK_CLASSES),
    }


def model_annotations(predicted: Predicted, role: Role) -> list[Annotation]:
    """What the statistical annotator would have said for one out-of-fold prediction."""

    def make(dimension: Dimension, code: str, confidence: float) -> Annotation:
        return Annotation(
            dimension=dimension,
            code=code,
            source=Source.MODEL,
            annotator="statistical",
            confidence=min(max(confidence, 0.0), 1.0),
        )

    if role is Role.HELPER:
        return [
            make(Dimension.BEHAVIOUR, predicted.behaviour or "other", predicted.confidence),
            make(Dimension.ANNOMI, predicted.annomi or "other", predicted.annomi_confidence),
        ]
    if role is Role.CLIENT:
        return [make(Dimension.TALK, predicted.talk or "neutral", predicted.confidence)]
    return []


def combined(
    examples: Sequence[Example],
    predictions: Sequence[Predicted],
    rule_annotations: Sequence[tuple[Turn, str, Sequence[Annotation]]],
) -> list[Predicted]:
    """The pipeline's out-of-fold reading: each turn's rule annotations and the out-of-fold model annotations
    merged exactly as :class:`ontmoeting.coding.pipeline.Coder` merges them for one turn."""
    from ontmoeting.coding.pipeline import Coder
    from ontmoeting.coding.rules import RuleAnnotator
    from ontmoeting.coding.statistical import StatisticalAnnotator

    coder = Coder(RuleAnnotator(), model=StatisticalAnnotator())  # only the names are used by _final
    out = []
    for example, predicted, (turn, language, rules) in zip(
        examples, predictions, rule_annotations, strict=True
    ):
        produced = [*rules, *model_annotations(predicted, example.view.role)]
        final = {a.dimension: a for a in coder._final(turn, language, produced)}
        annomi, behaviour, talk = (
            final.get(d) for d in (Dimension.ANNOMI, Dimension.BEHAVIOUR, Dimension.TALK)
        )
        main = behaviour or talk
        out.append(
            Predicted(
                predicted.scores,
                annomi.code if annomi else None,
                behaviour.code if behaviour else None,
                talk.code if talk else None,
                main.confidence or 0.0 if main else 0.0,
                annomi.confidence or 0.0 if annomi else 0.0,
            )
        )
    return out
