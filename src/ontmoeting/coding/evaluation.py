"""Agreement between a coder and human labels: macro-F1, Cohen's kappa, per-label precision/recall/F1 and
the confusion matrix (scikit-learn's metrics), for helper and client turns apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.metrics import cohen_kappa_score, confusion_matrix, f1_score, precision_recall_fscore_support

from ontmoeting.transcript.model import Conversation, Dimension, Role, Source, Turn


@dataclass
class Agreement:
    """How well ``predicted`` agrees with ``expected`` on one task (e.g. helper AnnoMI labels)."""

    task: str
    labels: list[str]
    count: int
    macro_f1: float
    kappa: float
    accuracy: float
    per_label: dict[str, dict[str, float]] = field(default_factory=dict)
    confusion: list[list[int]] = field(default_factory=list)  # rows: human, columns: coder

    def to_json(self) -> dict[str, object]:
        return {
            "task": self.task,
            "labels": self.labels,
            "count": self.count,
            "macro_f1": self.macro_f1,
            "kappa": self.kappa,
            "accuracy": self.accuracy,
            "per_label": self.per_label,
            "confusion": self.confusion,
        }


def agreement(
    task: str, expected: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> Agreement:
    """Metrics over the human ``labels`` (a coder's code outside them counts as a miss)."""
    labels = list(labels)
    if not expected:
        return Agreement(task, labels, 0, float("nan"), float("nan"), float("nan"))
    extra = sorted(set(predicted) - set(labels))
    precision, recall, f1, support = precision_recall_fscore_support(
        expected, predicted, labels=labels, zero_division=0
    )
    return Agreement(
        task=task,
        labels=labels,
        count=len(expected),
        macro_f1=float(f1_score(expected, predicted, labels=labels, average="macro", zero_division=0)),
        kappa=float(cohen_kappa_score(expected, predicted)),
        accuracy=float(np.mean([e == p for e, p in zip(expected, predicted, strict=True)])),
        per_label={
            label: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
        },
        confusion=confusion_matrix(expected, predicted, labels=labels + extra).tolist()[: len(labels)],
    )


HELPER_LABELS = ("question", "reflection", "therapist_input", "other")
FINE_LABELS = ("open_question", "closed_question", "simple_reflection", "complex_reflection")
CLIENT_LABELS = ("change", "neutral", "sustain")


def _human(turn: Turn, dimension: Dimension) -> str | None:
    found = [a for a in turn.annotations if a.dimension is dimension and a.source is Source.HUMAN]
    return found[-1].code if found else None


def evaluate_conversations(
    conversations: Sequence[Conversation], annotator: str = "pipeline", fast: bool | None = None
) -> dict[str, Agreement]:
    """Code ``conversations`` (in place) with the pipeline or one annotator; compare with the human labels.

    Helper turns: AnnoMI's four labels (the coder's ANNOMI annotation, else its behaviour code mapped through
    the codebook) and the fine codes where humans gave one; client turns: change/neutral/sustain.
    """
    from ontmoeting.coding.annotator import create
    from ontmoeting.coding.codebook import load_codebook

    if annotator == "pipeline":
        from ontmoeting.coding.pipeline import load_coder

        coder = load_coder(fast=fast)
        for conversation in conversations:
            coder.code(conversation)
        name = "pipeline"
    else:
        params = {"fast": fast} if annotator == "statistical" else {}
        create(annotator, **params).transform(conversations)
        name = annotator
    codebook = load_codebook()

    def annomi_of(turn: Turn) -> str:
        found = turn.get(Dimension.ANNOMI, annotator=name)
        if found is not None:
            return found.code
        behaviour = turn.get(Dimension.BEHAVIOUR, annotator=name)
        if behaviour is None:
            return "none"
        try:
            return codebook.annomi_label(behaviour.code)
        except Exception:  # a code without an AnnoMI label counts as a miss, not a crash
            return "none"

    helper: tuple[list[str], list[str]] = ([], [])
    fine: tuple[list[str], list[str]] = ([], [])
    client: tuple[list[str], list[str]] = ([], [])
    for conversation in conversations:
        for turn in conversation.turns:
            if turn.role is Role.HELPER:
                expected = _human(turn, Dimension.ANNOMI)
                if expected:
                    helper[0].append(expected)
                    helper[1].append(annomi_of(turn))
                expected_fine = _human(turn, Dimension.BEHAVIOUR)
                if expected_fine in FINE_LABELS:
                    got = turn.get(Dimension.BEHAVIOUR, annotator=name)
                    fine[0].append(expected_fine)
                    fine[1].append(got.code if got else "none")
            elif turn.role is Role.CLIENT:
                expected = _human(turn, Dimension.TALK)
                if expected:
                    got = turn.get(Dimension.TALK, annotator=name)
                    client[0].append(expected)
                    client[1].append(got.code if got else "none")
    return {
        "helper": agreement("helper", *helper, HELPER_LABELS),
        "fine": agreement("fine", *fine, FINE_LABELS),
        "client": agreement("client", *client, CLIENT_LABELS),
    }
