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
from ontmoeting.coding.statistical import FLAG_HEADS
from ontmoeting.coding.training.data import Example
from ontmoeting.transcript.model import Dimension

ANNOMI_CLASSES = ("question", "reflection", "therapist_input", "other")
TALK_CLASSES = ("change", "neutral", "sustain")
#: Heads trained on the project's corpus (turns coded with the whole codebook; see corpus.py).
DEPTH_CLASSES = ("facts", "thoughts", "feelings", "meaning")
#: AnnoMI's own fine codes that mean the same as the codebook's (its 'advice' also holds negotiation and
#: options, and its 'other' holds affirmations: those do not teach the behaviour head).
ANNOMI_BEHAVIOURS = frozenset(
    {"open_question", "closed_question", "simple_reflection", "complex_reflection", "information"}
)
MIN_FLAG_EXAMPLES = 5
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
    min_df: dict[str, int] = field(default_factory=lambda: {"word": 2, "char": 3, "prev": 2, "edge": 2})
    max_features: dict[str, int] = field(
        default_factory=lambda: {"word": 60000, "char": 120000, "prev": 30000, "edge": 20000}
    )
    # which TF-IDF blocks the model reads (BLOCK_SOURCES); "edge" is the turn's first and last words
    blocks: tuple[str, ...] = ("word", "char", "prev", "edge")
    c_helper: float = 1.0
    c_client: float = 0.5
    c_fine: float = 1.0
    class_weight: str | None = "balanced"
    # scale of the standardised embedding columns relative to the rest. The 768 embedding columns overfit
    # when weighted like the rest (CV helper macro-F1 0.68 at 0.3 against 0.74 without them); ~0.03 helps.
    embedding_weight: float = 0.03
    tol: float = 1e-3
    seed: int = 0
    # The behaviour head over every codebook code learns from the corpus alone. With AnnoMI's fine codes
    # that name the same codes (ANNOMI_BEHAVIOURS) it read the corpus worse in 3-fold CV (helper macro-F1
    # 0.713 / 0.614 nl / en against 0.729 / 0.647; simple/complex 0.645 / 0.581 against 0.709 / 0.700):
    # AnnoMI's experts draw the simple/complex line elsewhere than the guide.
    behaviour_from_annomi: bool = False
    # C of the corpus heads: 3 beat 1 and 0.3 in 3-fold CV on the corpus (helper macro-F1 0.705, 0.694, 0.665)
    c_corpus: float = 3.0
    # A flag is rare; with balanced class weights its head says "yes" far too often (feeling: precision 0.66
    # against 0.89 for the rules' feeling words, in 3-fold CV on the corpus), so flags and depth are fitted
    # on the data as it is.
    flag_class_weight: str | None = None
    # How much a corpus turn weighs against an AnnoMI turn in every head (AnnoMI's own simple/complex and
    # advice/information lines are drawn differently from the guide's). 3 against 1 in 3-fold CV on the
    # corpus with AnnoMI in training: helper macro-F1 0.740 / 0.661 (nl / en) against 0.722 / 0.650.
    corpus_weight: float = 3.0
    # ... except in the AnnoMI-label head, whose figures on AnnoMI must not fall (AnnoMI's experts label
    # some codes differently from the codebook's mapping, e.g. affirmations as reflections)
    annomi_corpus_weight: float = 1.0
    depth_class_weight: str | None = None

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def _vectorizer(name: str, config: TrainConfig) -> TfidfVectorizer:
    analyzer = "char_wb" if name == "char" else "word"
    ngrams = {"word": config.word_ngrams, "char": config.char_ngrams, "prev": config.prev_ngrams}.get(
        name, (1, 1)
    )
    return TfidfVectorizer(
        analyzer=analyzer,
        ngram_range=ngrams,
        min_df=config.min_df.get(name, 1),
        max_features=config.max_features.get(name),
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


def _logistic(c: float, config: TrainConfig, class_weight: str | None = "config") -> LogisticRegression:
    weight = config.class_weight if class_weight == "config" else class_weight
    return LogisticRegression(
        C=c, class_weight=weight, max_iter=1000, tol=config.tol, random_state=config.seed
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
    vectorizers = {name: _vectorizer(name, config) for name in BLOCK_SOURCES if name in config.blocks}
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

    def add(
        name: str,
        classes: tuple[str, ...],
        rows: np.ndarray,
        labels: list[str],
        c: float,
        class_weight: str | None = "config",
        corpus_weight: float | None = None,
    ) -> None:
        present = sorted(set(labels))
        weight = config.corpus_weight if corpus_weight is None else corpus_weight
        weights = None
        if weight != 1.0:
            weights = np.array([weight if examples[i].full else 1.0 for i in rows])
        model = _logistic(c, config, class_weight).fit(x[rows], labels, sample_weight=weights)
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
    annomi_labels = [examples[i].annomi for i in helper]
    add(
        "annomi",
        ANNOMI_CLASSES,
        helper,
        annomi_labels,
        config.c_helper,
        corpus_weight=config.annomi_corpus_weight,
    )
    for name, classes in FINE_HEADS.items():
        rows = np.array([i for i, e in enumerate(examples) if e.behaviour in classes])
        if len(rows) and len({examples[i].behaviour for i in rows}) == 2:
            add(name, classes, rows, [examples[i].behaviour for i in rows], config.c_fine)
    client = np.array([i for i, e in enumerate(examples) if e.talk in TALK_CLASSES])
    add("talk", TALK_CLASSES, client, [examples[i].talk for i in client], config.c_client)
    _add_corpus_heads(examples, config, add)

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


def behaviour_classes() -> tuple[str, ...]:
    from ontmoeting.coding.codebook import load_codebook

    return tuple(load_codebook().ids(Dimension.BEHAVIOUR))


def _add_corpus_heads(examples: Sequence[Example], config: TrainConfig, add) -> None:  # noqa: ANN001
    """The behaviour head over every code, the depth head and the flag heads (where the data has them)."""
    order = behaviour_classes()
    rows = [
        i
        for i, e in enumerate(examples)
        if e.behaviour and (e.full or (config.behaviour_from_annomi and e.behaviour in ANNOMI_BEHAVIOURS))
    ]
    present = {examples[i].behaviour for i in rows}
    if len(present) > 2 and any(examples[i].full for i in rows):
        classes = tuple(c for c in order if c in present)
        add("behaviour", classes, np.array(rows), [examples[i].behaviour for i in rows], config.c_corpus)
    depth_rows = [i for i, e in enumerate(examples) if e.full and e.depth in DEPTH_CLASSES]
    present = {examples[i].depth for i in depth_rows}
    if len(present) > 2:
        classes = tuple(c for c in DEPTH_CLASSES if c in present)
        depth_labels = [examples[i].depth for i in depth_rows]
        add("depth", classes, np.array(depth_rows), depth_labels, config.c_corpus, config.depth_class_weight)
    for flag, role in FLAG_HEADS.items():
        flag_rows = [i for i, e in enumerate(examples) if e.full and e.view.role.value == role]
        positives = sum(flag in examples[i].flags for i in flag_rows)
        if positives >= MIN_FLAG_EXAMPLES and len(flag_rows) - positives >= MIN_FLAG_EXAMPLES:
            labels = ["yes" if flag in examples[i].flags else "no" for i in flag_rows]
            add(
                f"flag_{flag}",
                ("no", "yes"),
                np.array(flag_rows),
                labels,
                config.c_corpus,
                config.flag_class_weight,
            )


def accurate_config(seed: int = 0) -> TrainConfig:
    """The most accurate configuration: tf-idf + context + the e5 embedding of the turn, behind a cascade."""
    return TrainConfig(embeddings=True, seed=seed)


def fast_config(seed: int = 0) -> TrainConfig:
    """Without embeddings: thousands of turns per second, a few points less accurate."""
    return TrainConfig(embeddings=False, seed=seed)


CONFIGURATIONS = {"accurate": accurate_config, "fast": fast_config}
