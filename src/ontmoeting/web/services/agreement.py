"""Agreement between a reviewer's codes and the coder's: Cohen's kappa and the confusion table
(scikit-learn), for one group of codes."""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence

from sklearn.metrics import cohen_kappa_score, confusion_matrix

from ontmoeting.web.services.review import GroupAgreement


def group_agreement(group: str, pairs: Sequence[tuple[str, str]], order: Sequence[str]) -> GroupAgreement:
    """Kappa is left out (None) when it is undefined: no pairs, or both sides used one and the same code."""
    if not pairs:
        return GroupAgreement(group)
    human = [h for h, _ in pairs]
    coder = [c for _, c in pairs]
    used = set(human) | set(coder)
    labels = [code for code in order if code in used] + sorted(used - set(order))
    percent = 100.0 * sum(h == c for h, c in pairs) / len(pairs)
    kappa: float | None = None
    with (
        warnings.catch_warnings()
    ):  # one label in use: sklearn warns; the table is still right, kappa undefined
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("ignore", RuntimeWarning)
        matrix = confusion_matrix(human, coder, labels=labels).tolist()
        if len(used) > 1:
            value = float(cohen_kappa_score(human, coder, labels=labels))
            kappa = None if math.isnan(value) else value
    return GroupAgreement(group, len(pairs), percent, kappa, labels, matrix)
