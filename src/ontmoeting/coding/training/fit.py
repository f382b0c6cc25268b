"""Fitting the statistical coder with scikit-learn and exporting it as a numpy :class:`LinearModel`.

scikit-learn is used here only (training, cross-validation); the exported arrays are scored by
:mod:`ontmoeting.coding.linear_model` without it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from ontmoeting.coding.features import META_NAMES, TfidfTable, meta_features
from ontmoeting.coding.linear_model import BLOCK_SOURCES, Head, LinearModel, TextEmbedder
from ontmoeting.coding.training.data import Example

ANNOMI_CLASSES = ("question", "reflection", "therapist_input", "other")
TALK_CLASSES = ("change", "neutral", "sustain")
#: Binary fine heads: name -> (negative, positive) fine codes, trained on helper turns with that human code.
FINE_HEADS = {
    "question": ("closed_question", "open_question"),
    "reflection": ("simple_reflection", "complex_reflection"),
    "input": ("information", "advice"),
}


@dataclass
class TrainConfig:
    """Everything that decides the model; stored in the model's metadata."""

    embeddings: bool = True
    # Embed the previous turn too. Off: in 5-fold CV it changed helper F1 by <= 0.004 and client F1 by
    # <= 0.008 (2026-11-28, benchmarks/coder_quality.py), and it doubles the embedding work of a cold turn.
    context_embeddings: bool = False
    # Accurate configuration only: a turn the fast model reads with at least this probability keeps the
    # fast reading and is not embedded (a cascade). In 5-fold CV 0.65 kept the helper and client figures
    # of embedding every turn while embedding about 40% of the turns (0.6: a third, helper F1 -0.002; 0.7:
    # half); see docs/model-card.md. 0 embeds none, above 1 embeds every turn.
    cascade_threshold: float = 0.65
    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)
    prev_ngrams: tuple[int, int] = (1, 2)
    min_df: dict[str, int] = field(default_factory=lambda: {"word": 2, "char": 3, "prev": 2})
    max_features: dict[str, int] = field(
        default_factory=lambda: {"word": 60000, "char": 120000, "prev": 30000}
    )
    c_helper: float = 1.0
    c_client: float = 0.5
    c_fine: float = 1.0
    class_weight: str | None = "balanced"
    # scale of the standardised embedding columns relative to the rest. The 768 embedding columns overfit
    # when weighted like the rest (CV helper macro-F1 0.68 at 0.3 against 0.74 without them); ~0.03 helps.
    embedding_weight: float = 0.03
    tol: float = 1e-3
    seed: int = 0

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def _vectorizer(name: str, config: TrainConfig) -> TfidfVectorizer:
    analyzer = "char_wb" if name == "char" else "word"
    ngrams = {"word": config.word_ngrams, "char": config.char_ngrams, "prev": config.prev_ngrams}[name]
    return TfidfVectorizer(
        analyzer=analyzer,
        ngram_range=ngrams,
        min_df=config.min_df[name],
        max_features=config.max_features[name],
        sublinear_tf=True,
        lowercase=True,
        dtype=np.float64,
    )


def _dense_raw(examples: Sequence[Example], config: TrainConfig, embedder: TextEmbedder | None) -> np.ndarray:
    parts = [np.vstack([meta_features(e.view) for e in examples])]
    if config.embeddings:
        if embedder is None:
            raise ValueError("config.embeddings needs an embedder")
        for source in embedded_sources(config):
            parts.append(embedder.embed([getattr(e.view, source) for e in examples]))
    return np.hstack(parts).astype(np.float64)


def embedded_sources(config: TrainConfig) -> tuple[str, ...]:
    """The texts of a turn view that a configuration embeds, in column order."""
    return ("text", "previous_text") if config.context_embeddings else ("text",)


def _logistic(c: float, config: TrainConfig) -> LogisticRegression:
    return LogisticRegression(
        C=c, class_weight=config.class_weight, max_iter=1000, tol=config.tol, random_state=config.seed
    )


def fit(
    examples: Sequence[Example], config: TrainConfig, embedder: TextEmbedder | None = None
) -> LinearModel:
    """Fit all heads on ``examples`` (helper and client turns together share the vectorisers)."""
    return fit_with_estimators(examples, config, embedder)[0]


def fit_with_estimators(
    examples: Sequence[Example], config: TrainConfig, embedder: TextEmbedder | None = None
) -> tuple[LinearModel, dict[str, TfidfVectorizer], dict[str, LogisticRegression], np.ndarray, np.ndarray]:
    """:func:`fit`, also returning scikit-learn's vectorisers, estimators, dense mean and scale (tests)."""
    vectorizers = {name: _vectorizer(name, config) for name in BLOCK_SOURCES}
    blocks = []
    for name, vectorizer in vectorizers.items():
        texts = [getattr(e.view, BLOCK_SOURCES[name]) for e in examples]
        blocks.append(vectorizer.fit_transform(texts))
    raw = _dense_raw(examples, config, embedder)
    mean = raw.mean(axis=0)
    scale = raw.std(axis=0)
    scale[scale < 1e-8] = 1.0
    scale[len(META_NAMES) :] /= config.embedding_weight  # form/position features keep weight 1
    x = sparse.hstack([*blocks, sparse.csr_matrix((raw - mean) / scale)]).tocsr()

    estimators: dict[str, LogisticRegression] = {}
    coef_columns: list[np.ndarray] = []
    intercepts: list[np.ndarray] = []
    heads: dict[str, Head] = {}

    def add(name: str, classes: tuple[str, ...], rows: np.ndarray, labels: list[str], c: float) -> None:
        present = sorted(set(labels))
        model = _logistic(c, config).fit(x[rows], labels)
        estimators[name] = model
        start = sum(col.shape[1] for col in coef_columns)
        if len(present) == 2:  # binary: one column, positive = classes[1]
            sign = 1.0 if list(model.classes_) == list(classes) else -1.0
            coef_columns.append(sign * model.coef_.T)
            intercepts.append(sign * model.intercept_)
            heads[name] = Head(name, classes, start, start + 1)
        else:
            order = [list(model.classes_).index(c_) for c_ in classes]
            coef_columns.append(model.coef_[order].T)
            intercepts.append(model.intercept_[order])
            heads[name] = Head(name, classes, start, start + len(classes))

    helper = np.array([i for i, e in enumerate(examples) if e.annomi in ANNOMI_CLASSES])
    add("annomi", ANNOMI_CLASSES, helper, [examples[i].annomi for i in helper], config.c_helper)
    for name, classes in FINE_HEADS.items():
        rows = np.array([i for i, e in enumerate(examples) if e.behaviour in classes])
        if len(rows) and len({examples[i].behaviour for i in rows}) == 2:
            add(name, classes, rows, [examples[i].behaviour for i in rows], config.c_fine)
    client = np.array([i for i, e in enumerate(examples) if e.talk in TALK_CLASSES])
    add("talk", TALK_CLASSES, client, [examples[i].talk for i in client], config.c_client)

    tables = {
        name: TfidfTable(
            analyzer=vec.analyzer,
            ngram_range=vec.ngram_range,
            vocabulary={t: int(c) for t, c in sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])},
            idf=vec.idf_.astype(np.float64),
        )
        for name, vec in vectorizers.items()
    }
    model = LinearModel(
        tables=tables,
        dense_mean=mean,
        dense_scale=scale,
        uses_embeddings=config.embeddings,
        embedded=embedded_sources(config),
        coef=np.hstack(coef_columns).astype(np.float32),
        intercept=np.concatenate(intercepts),
        heads=heads,
    )
    return model, vectorizers, estimators, mean, scale


def accurate_config(seed: int = 0) -> TrainConfig:
    """The most accurate configuration: tf-idf + context + the e5 embedding of the turn, behind a cascade."""
    return TrainConfig(embeddings=True, seed=seed)


def fast_config(seed: int = 0) -> TrainConfig:
    """Without embeddings: thousands of turns per second, a few points less accurate."""
    return TrainConfig(embeddings=False, seed=seed)


CONFIGURATIONS = {"accurate": accurate_config, "fast": fast_config}
