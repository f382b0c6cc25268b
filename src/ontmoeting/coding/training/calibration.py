"""Temperature scaling of each head on out-of-fold scores, so that confidences mean what they say."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ontmoeting.coding.linear_model import LinearModel

TEMPERATURES = np.exp(np.linspace(np.log(0.25), np.log(4.0), 81))
#: Which human label of an example each head is calibrated on.
HEAD_LABELS = {
    "annomi": "annomi",
    "talk": "talk",
    "question": "behaviour",
    "reflection": "behaviour",
    "input": "behaviour",
}


def head_label(example: object, head: str) -> str | None:
    """The human label of ``example`` that ``head`` is calibrated on; None where it has none (an AnnoMI
    turn has no depth or flags, a helper turn no depth)."""
    if head in HEAD_LABELS:
        return getattr(example, HEAD_LABELS[head])
    full = getattr(example, "full", False)
    if not full:
        return None
    if head == "behaviour":
        return getattr(example, "behaviour", None)
    if head == "depth":
        return getattr(example, "depth", None)
    if head.startswith("flag_"):
        from ontmoeting.coding.statistical import FLAG_HEADS

        flag = head.removeprefix("flag_")
        if FLAG_HEADS.get(flag) != example.view.role.value:  # type: ignore[attr-defined]
            return None
        return "yes" if flag in example.flags else "no"  # type: ignore[attr-defined]
    return None


def fit_temperatures(model: LinearModel, scores: np.ndarray, examples: Sequence[object]) -> dict[str, float]:
    """One temperature per head of ``model`` from out-of-fold ``scores`` (a row per example)."""
    return {
        head: fit_temperature(model, head, scores, [head_label(e, head) for e in examples])
        for head in model.heads
    }


def fit_temperature(model: LinearModel, head: str, scores: np.ndarray, labels: Sequence[str]) -> float:
    """The temperature (from a grid) minimising the negative log-likelihood of ``labels``."""
    classes = model.heads[head].classes
    keep = [i for i, label in enumerate(labels) if label in classes]
    if len(keep) < 10:
        return 1.0
    target = np.array([classes.index(labels[i]) for i in keep])
    rows = scores[keep]
    best, best_loss = 1.0, np.inf
    for temperature in TEMPERATURES:
        p = model.probabilities(rows / temperature, head)
        loss = -np.mean(np.log(np.clip(p[np.arange(len(target)), target], 1e-12, 1.0)))
        if loss < best_loss:
            best, best_loss = float(temperature), loss
    return best


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    """Mean |accuracy - confidence| over equal-width confidence bins, weighted by bin size."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    total = 0.0
    for low, high in zip(edges[:-1], edges[1:], strict=True):
        inside = (confidence > low) & (confidence <= high)
        if inside.any():
            total += inside.mean() * abs(correct[inside].mean() - confidence[inside].mean())
    return float(total)
