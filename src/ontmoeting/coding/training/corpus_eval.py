"""Measuring the coder on the project's gold corpus: the shipped code path (rules + model merged by
``combine``) on conversations whose model never saw them, against the gold codes of the whole codebook.

Two designs, both by conversation: k-fold cross-validation over the corpus's train split, and training on
the whole train split to read the held-out test split (written by writers who never saw the rules). AnnoMI
can be added to every training set (``annomi``), since it shares no conversation with the corpus.

Figures per language: helper macro-F1 over the codes with at least ``MIN_SUPPORT`` gold examples, per-code
precision/recall/F1, the pitfalls' recall and how often each is read as a reflection, simple/complex
reflection F1, talk type macro-F1, depth exact / within one / Spearman, and F1 of the flags.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ontmoeting.coding.codes import REFLECTIONS
from ontmoeting.coding.linear_model import LinearModel
from ontmoeting.coding.statistical import StatisticalAnnotator
from ontmoeting.coding.training.crossval import folds_of
from ontmoeting.coding.training.data import Example, examples_from
from ontmoeting.coding.training.fit import TrainConfig, fit
from ontmoeting.transcript.model import DEPTH_LEVELS, PIPELINE, Conversation, Dimension, Role, Source

MIN_SUPPORT = 20
PITFALLS = ("advice", "persuasion", "reassurance")
HELPER_FLAGS = ("topic_change", "why_question", "permission", "reflects_feeling", "reflects_meaning")
CLIENT_FLAGS = ("feeling", "yes_but")


@dataclass(frozen=True)
class Reading:
    """One turn's codes, gold or coded."""

    conversation: str
    language: str
    role: str
    code: str | None
    depth: int | None
    flags: frozenset[str]


def gold(conversations: Sequence[Conversation]) -> list[Reading]:
    return [_reading(c, t, human=True) for c in conversations for t in c.turns if t.role is not Role.OTHER]


def coded(conversations: Sequence[Conversation], coder) -> list[Reading]:  # noqa: ANN001
    """The coder's reading of copies of ``conversations`` stripped of every annotation."""
    bare = [c.bare_copy() for c in conversations]
    coder.code_many(bare)
    return [_reading(c, t, human=False) for c in bare for t in c.turns if t.role is not Role.OTHER]


def _reading(conversation: Conversation, turn, human: bool) -> Reading:  # noqa: ANN001
    def pick(dimension: Dimension):  # noqa: ANN202
        for annotation in reversed(turn.annotations):
            if annotation.dimension is dimension and (
                annotation.source is Source.HUMAN if human else annotation.annotator == PIPELINE
            ):
                return annotation
        return None

    main = pick(Dimension.BEHAVIOUR if turn.role is Role.HELPER else Dimension.TALK)
    depth = pick(Dimension.DEPTH)
    flags = frozenset(
        a.code
        for a in turn.annotations
        if a.dimension is Dimension.FLAG and (a.source is Source.HUMAN if human else a.annotator == PIPELINE)
    )
    return Reading(
        conversation.id,
        conversation.language,
        turn.role.value,
        main.code if main else None,
        DEPTH_LEVELS.get(depth.code) if depth else None,
        flags,
    )


def _prf(expected: Sequence[bool], predicted: Sequence[bool]) -> dict[str, float]:
    tp = sum(e and p for e, p in zip(expected, predicted, strict=True))
    fp = sum(p and not e for e, p in zip(expected, predicted, strict=True))
    fn = sum(e and not p for e, p in zip(expected, predicted, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "support": tp + fn,
    }


def figures(expected: Sequence[Reading], predicted: Sequence[Reading], language: str | None = None) -> dict:
    """All corpus figures for one language (None: both)."""
    from scipy.stats import spearmanr

    pairs = [(e, p) for e, p in zip(expected, predicted, strict=True) if language in (None, e.language)]
    helper = [(e, p) for e, p in pairs if e.role == "helper"]
    client = [(e, p) for e, p in pairs if e.role == "client"]
    support = Counter(e.code for e, _ in helper)
    per_code = {
        code: _prf([e.code == code for e, _ in helper], [p.code == code for _, p in helper])
        for code in sorted(support)
    }
    counted = [c for c, n in support.items() if n >= MIN_SUPPORT]
    macro = float(np.mean([per_code[c]["f1"] for c in counted])) if counted else 0.0
    pitfalls = {}
    for code in PITFALLS:
        gold_rows = [p for e, p in helper if e.code == code]
        if gold_rows:
            pitfalls[code] = {
                "support": len(gold_rows),
                "recall": round(sum(p.code == code for p in gold_rows) / len(gold_rows), 3),
                "read_as_reflection": round(
                    sum(p.code in REFLECTIONS for p in gold_rows) / len(gold_rows), 3
                ),
            }
    topic = [p for e, p in helper if "topic_change" in e.flags]
    if topic:
        pitfalls["topic_change"] = {
            "support": len(topic),
            "recall": round(sum("topic_change" in p.flags for p in topic) / len(topic), 3),
            "read_as_reflection": round(sum(p.code in REFLECTIONS for p in topic) / len(topic), 3),
        }
    simple_complex = float(
        np.mean([per_code.get(c, {"f1": 0.0})["f1"] for c in ("simple_reflection", "complex_reflection")])
    )
    talk_codes = sorted({e.code for e, _ in client if e.code})
    talk = {c: _prf([e.code == c for e, _ in client], [p.code == c for _, p in client]) for c in talk_codes}
    depth_pairs = [(e.depth, p.depth if p.depth is not None else 0) for e, p in client if e.depth is not None]
    depth = {}
    if depth_pairs:
        a = np.array([x for x, _ in depth_pairs])
        b = np.array([y for _, y in depth_pairs])
        rho = spearmanr(a, b).statistic if len(set(a)) > 1 and len(set(b)) > 1 else 0.0
        depth = {
            "exact": round(float(np.mean(a == b)), 3),
            "within_one": round(float(np.mean(np.abs(a - b) <= 1)), 3),
            "spearman": round(float(rho), 3),
            "mean_gold": round(float(a.mean()), 2),
            "mean_coded": round(float(b.mean()), 2),
        }
    flags = {
        flag: _prf([flag in e.flags for e, _ in rows], [flag in p.flags for _, p in rows])
        for flag, rows in [*((f, helper) for f in HELPER_FLAGS), *((f, client) for f in CLIENT_FLAGS)]
    }
    return {
        "helper_turns": len(helper),
        "client_turns": len(client),
        "helper_macro_f1": round(macro, 3),
        "codes_counted": counted,
        "per_code": per_code,
        "pitfalls": pitfalls,
        "simple_complex_f1": round(simple_complex, 3),
        "talk_macro_f1": round(float(np.mean([v["f1"] for v in talk.values()])) if talk else 0.0, 3),
        "depth": depth,
        "flags": flags,
    }


def _coder(model: LinearModel | None, **cascade):  # noqa: ANN003, ANN202
    from ontmoeting.coding.pipeline import Coder
    from ontmoeting.coding.rules import RuleAnnotator

    annotator = StatisticalAnnotator.from_models(model, **cascade) if model is not None else None
    return Coder(RuleAnnotator(), model=annotator, fast=not cascade)


def _train(corpus: Sequence[Example], annomi: Sequence[Example], config: TrainConfig) -> LinearModel:
    return fit([*annomi, *corpus], config)


def evaluate_designs(
    train: Sequence[Conversation],
    test: Sequence[Conversation],
    annomi: Sequence[Conversation] = (),
    *,
    folds: int = 5,
    seed: int = 0,
    config: TrainConfig | None = None,
    variants: Sequence[str] = ("pipeline", "rules"),
    accurate: TrainConfig | None = None,
    embedder=None,  # noqa: ANN001
) -> dict[str, dict]:
    """Figures of each variant ('pipeline': rules + fast model; 'rules': rules alone; with ``accurate`` and
    ``embedder`` also 'accurate pipeline': rules + the cascade of the fast and the embedding model)
    for the cross-validated train split and the held-out test split."""
    config = config or TrainConfig(embeddings=False, seed=seed)
    annomi_examples = examples_from(annomi) if annomi else []
    results: dict[str, dict] = {}
    designs: list[tuple[str, list[tuple[list[Conversation], list[Conversation]]]]] = []
    if train and folds > 1:
        fold = folds_of([c.id for c in train], folds, seed)
        splits = [
            (
                [c for c, f in zip(train, fold, strict=True) if f != k],
                [c for c, f in zip(train, fold, strict=True) if f == k],
            )
            for k in range(folds)
        ]
        designs.append((f"cv{folds}", splits))
    if train and test:
        designs.append(("test", [(list(train), list(test))]))
    for design, splits in designs:
        expected: list[Reading] = []
        names = [*variants, *(["accurate pipeline"] if accurate is not None else [])]
        got: dict[str, list[Reading]] = {v: [] for v in names}
        for fit_on, read in splits:
            corpus_examples = examples_from(fit_on)
            model = _train(corpus_examples, annomi_examples, config)
            expected += gold(read)
            for variant in variants:
                got[variant] += coded(read, _coder(None if variant == "rules" else model))
            if accurate is not None:
                slow = fit([*annomi_examples, *corpus_examples], accurate, embedder)
                coder = _coder(slow, gate=model, embedder=embedder, threshold=accurate.cascade_threshold)
                got["accurate pipeline"] += coded(read, coder)
        results[design] = {
            variant: {lang or "all": figures(expected, readings, lang) for lang in ("nl", "en", None)}
            for variant, readings in got.items()
        }
    return results
