"""The session judgement against AnnoMI's high/low MI quality: does it tell good MI from poor MI?

AnnoMI (Wu et al. 2022) labels each of its 133 demonstration sessions (113 in the shared copy) as high or
low MI quality. Each transcript is coded by the shipped coder from its bare text (in-sample for the coder:
AnnoMI is in its training data, so this measures the judgement's rules rather than the coder), judged, and
each estimate's AUC is computed as it is (no parameter is fitted to AnnoMI). ``combined`` is a logistic
regression on the four globals, scored out of fold (stratified K-fold by transcript; each transcript is
one session per language, so no transcript is in two folds).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

from ontmoeting.feedback.globals import GLOBALS, judge
from ontmoeting.feedback.measures import compute_measures


def session_rows(data: Path, language: str) -> tuple[list[dict[str, float]], list[int]]:
    from ontmoeting.coding.pipeline import load_coder
    from ontmoeting.coding.training.data import load_annomi

    coder = load_coder(fast=True, extra=())
    rows, y = [], []
    for given in load_annomi(data, languages=(language,)):
        conversation = given.bare_copy()
        coder.code(conversation)
        judgement = judge(conversation, compute_measures(conversation, language), language)
        row = {g.key: g.value if g.value is not None else 3.0 for g in judgement.globals}
        row["relational"] = judgement.relational or 3.0
        row["technical"] = judgement.technical or 3.0
        row["overall"] = judgement.overall or 3.0
        rows.append(row)
        y.append(1 if given.metadata.extra["mi_quality"] == "high" else 0)
    return rows, y


def cross_validated_auc(data: Path, folds: int = 5, seed: int = 0) -> dict:
    result: dict = {"folds": folds, "auc": {}, "sessions": 0, "high": 0}
    for language in ("nl", "en"):
        rows, y = session_rows(data, language)
        labels = np.array(y)
        aucs = {key: float(roc_auc_score(labels, [r[key] for r in rows])) for key in rows[0]}
        features = np.array([[r[k] for k in GLOBALS] for r in rows])
        out_of_fold = np.zeros(len(rows))
        for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(features, labels):
            model = LogisticRegression(C=1.0).fit(features[train], labels[train])
            out_of_fold[test] = model.predict_proba(features[test])[:, 1]
        aucs["combined (CV)"] = float(roc_auc_score(labels, out_of_fold))
        result["auc"][language] = {k: round(v, 3) for k, v in aucs.items()}
        result["sessions"], result["high"] = len(rows), int(labels.sum())
    return result
