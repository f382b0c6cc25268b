"""The shipped statistical model as plain arrays, and its scoring in numpy.

One ``.npz`` file (no pickles: loaded with ``allow_pickle=False``) holds, for one configuration:

- TF-IDF tables (vocabulary in column order, idf) for the turn's words (``word``), its characters
  (``char``) and the previous turn's words (``prev``);
- the mean and scale of the dense features (form and position, and e5 embeddings of the texts named in
  ``embedded``, the turn's own and in older models also the previous turn's, when the configuration uses
  them);
- one coefficient matrix ``coef`` (features x outputs) and ``intercept`` for all heads at once, with
  ``head_names``/``head_bounds``/``head_classes`` saying which columns belong to which head.

Heads: ``annomi`` (helper: question, reflection, therapist_input, other), ``question`` (open/closed),
``reflection`` (simple/complex), ``input`` (information/advice), ``talk`` (client: change, neutral,
sustain). A head with one column is a binary logistic regression (sigmoid); otherwise softmax.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from ontmoeting.coding.features import META_NAMES, TfidfTable, TurnView, meta_features

#: Which text of a :class:`TurnView` each TF-IDF block reads.
BLOCK_SOURCES = {"word": "text", "char": "text", "prev": "previous_text", "edge": "edges"}


#: Form/position features of models written before ``meta_count`` was stored (model version <= 1.1).
LEGACY_META_COUNT = 11

#: What models of version 1.0 (no ``embedded`` array) embedded: the turn and the previous turn.
LEGACY_EMBEDDED = ("text", "previous_text")


class TextEmbedder(Protocol):
    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class Head:
    name: str
    classes: tuple[str, ...]
    start: int
    stop: int

    @property
    def binary(self) -> bool:
        return self.stop - self.start == 1


@dataclass
class LinearModel:
    tables: dict[str, TfidfTable]
    dense_mean: np.ndarray
    dense_scale: np.ndarray
    uses_embeddings: bool
    coef: np.ndarray  # (n_features, n_outputs), float32
    intercept: np.ndarray  # (n_outputs,)
    heads: dict[str, Head]
    #: Which texts of a :class:`TurnView` are embedded, in column order (when ``uses_embeddings``).
    embedded: tuple[str, ...] = ("text",)
    #: How many form/position features (META_NAMES, from the start) the model was trained with: features
    #: are only ever appended, so older model files keep their meaning.
    meta_count: int = len(META_NAMES)

    # -- features ---------------------------------------------------------------------------------

    def dense(self, views: Sequence[TurnView], embedder: TextEmbedder | None) -> np.ndarray:
        meta = (
            np.vstack([meta_features(v)[: self.meta_count] for v in views])
            if views
            else np.zeros((0, self.meta_count))
        )
        parts = [meta]
        if self.uses_embeddings:
            if embedder is None:
                raise ValueError("this model needs sentence embeddings")
            texts = [getattr(v, source) for source in self.embedded for v in views]
            vectors = embedder.embed(texts)  # one call: the embedder batches and caches across sources
            parts += [vectors[i * len(views) : (i + 1) * len(views)] for i in range(len(self.embedded))]
        dense = np.hstack(parts).astype(np.float64)
        return (dense - self.dense_mean) / self.dense_scale

    def sparse_rows(self, view: TurnView) -> tuple[np.ndarray, np.ndarray]:
        """Column indices and values of the sparse part of one turn's feature vector."""
        columns, values, offset = [], [], 0
        for name, table in self.tables.items():
            text = getattr(view, BLOCK_SOURCES[name])
            cols, vals = table.row(text)
            columns.append(cols + offset)
            values.append(vals)
            offset += table.size
        return np.concatenate(columns), np.concatenate(values)

    @property
    def sparse_width(self) -> int:
        return sum(t.size for t in self.tables.values())

    # -- scoring ----------------------------------------------------------------------------------

    def scores(self, views: Sequence[TurnView], embedder: TextEmbedder | None = None) -> np.ndarray:
        """Raw linear scores (n_turns x n_outputs) for all heads."""
        out = self.dense(views, embedder) @ self.coef[self.sparse_width :] + self.intercept
        for row, view in enumerate(views):
            columns, values = self.sparse_rows(view)
            if len(columns):
                out[row] += values @ self.coef[columns]
        return out

    def probabilities(self, scores: np.ndarray, head: str) -> np.ndarray:
        """Class probabilities (n_turns x n_classes) of ``head`` from :meth:`scores`."""
        spec = self.heads[head]
        block = scores[:, spec.start : spec.stop]
        if spec.binary:
            positive = 1.0 / (1.0 + np.exp(-block[:, 0]))
            return np.column_stack([1.0 - positive, positive])
        shifted = np.exp(block - block.max(axis=1, keepdims=True))
        return shifted / shifted.sum(axis=1, keepdims=True)

    def top_terms(self, view: TurnView, head: str, class_index: int, count: int = 3) -> list[str]:
        """The words of this turn that pushed most towards ``class_index`` of ``head`` (for explanations)."""
        spec = self.heads[head]
        table = self.tables["word"]
        columns, values = table.row(view.text)
        if not len(columns):
            return []
        if spec.binary:
            weights = self.coef[columns, spec.start] * (1 if class_index == 1 else -1)
        else:
            weights = self.coef[columns, spec.start + class_index]
        contribution = values * weights
        order = np.argsort(-contribution)[:count]
        return [table.term(int(columns[i])) for i in order if contribution[i] > 0]

    # -- files ------------------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {
            "dense_mean": self.dense_mean,
            "dense_scale": self.dense_scale,
            "uses_embeddings": np.array(self.uses_embeddings),
            "embedded": np.array(self.embedded),
            "coef": self.coef.astype(np.float32),
            "intercept": self.intercept.astype(np.float64),
            "head_names": np.array(list(self.heads)),
            "head_bounds": np.array([[h.start, h.stop] for h in self.heads.values()], dtype=np.int64),
            "head_classes": np.array(["|".join(h.classes) for h in self.heads.values()]),
            "table_names": np.array(list(self.tables)),
            "meta_count": np.array(self.meta_count),
        }
        for name, table in self.tables.items():
            arrays[f"{name}_vocabulary"] = np.array(list(table.vocabulary))
            arrays[f"{name}_idf"] = table.idf
            arrays[f"{name}_spec"] = np.array(
                [table.analyzer, str(table.ngram_range[0]), str(table.ngram_range[1])]
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        with np.load(path, allow_pickle=False) as data:
            tables = {}
            for name in data["table_names"].tolist():
                analyzer, low, high = data[f"{name}_spec"].tolist()
                terms = data[f"{name}_vocabulary"].tolist()
                tables[name] = TfidfTable(
                    analyzer=analyzer,
                    ngram_range=(int(low), int(high)),
                    vocabulary={term: column for column, term in enumerate(terms)},
                    idf=data[f"{name}_idf"].astype(np.float64),
                )
            heads = {
                name: Head(name, tuple(classes.split("|")), int(bounds[0]), int(bounds[1]))
                for name, bounds, classes in zip(
                    data["head_names"].tolist(),
                    data["head_bounds"],
                    data["head_classes"].tolist(),
                    strict=True,
                )
            }
            return cls(
                tables=tables,
                dense_mean=data["dense_mean"].astype(np.float64),
                dense_scale=data["dense_scale"].astype(np.float64),
                uses_embeddings=bool(data["uses_embeddings"]),
                embedded=tuple(data["embedded"].tolist()) if "embedded" in data else LEGACY_EMBEDDED,
                coef=data["coef"].astype(np.float32),
                intercept=data["intercept"].astype(np.float64),
                heads=heads,
                meta_count=int(data["meta_count"]) if "meta_count" in data else LEGACY_META_COUNT,
            )
