"""Turning a turn and its context into the statistical model's features, in numpy only.

Training uses scikit-learn's ``TfidfVectorizer``; inference must not import scikit-learn (load time,
memory, and the shipped model is plain arrays), so this module re-implements exactly the parts used:
lowercasing, the ``word`` analyser with the default token pattern and n-grams, the ``char_wb`` analyser,
sublinear tf, idf and l2 normalisation. A test checks the two give the same vectors.

A turn is described by a :class:`TurnView`: its text, the previous turn's text and role, and a few
facts about position and form (see :func:`meta_features`). Helper and client turns share the features;
they get separate linear heads.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import repeat

import numpy as np

from ontmoeting.transcript.model import Role, Turn

_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_WHITE = re.compile(r"\s\s+")


def word_ngrams(text: str, ngram_range: tuple[int, int]) -> list[str]:
    """scikit-learn's ``analyzer='word'`` with the default token pattern, lowercased."""
    tokens = _TOKEN.findall(text.lower())
    low, high = ngram_range
    if high == 1:
        return tokens
    grams: list[str] = list(tokens) if low == 1 else []
    count = len(tokens)
    for n in range(max(low, 2), high + 1):
        for start in range(count - n + 1):
            grams.append(" ".join(tokens[start : start + n]))
    return grams


def char_wb_ngrams(text: str, ngram_range: tuple[int, int]) -> list[str]:
    """scikit-learn's ``analyzer='char_wb'``: character n-grams inside word boundaries, lowercased."""
    text = _WHITE.sub(" ", text.lower())
    low, high = ngram_range
    grams: list[str] = []
    for word in text.split():
        word = " " + word + " "
        length = len(word)
        for n in range(low, high + 1):
            if length <= n:  # a short word is counted once, whole, as scikit-learn does
                grams.append(word)
                break
            grams += [word[i : i + n] for i in range(length - n + 1)]
    return grams


@dataclass
class TfidfTable:
    """A fitted TF-IDF vectoriser as plain data: vocabulary (term -> column), idf, and the analyser."""

    analyzer: str  # "word" or "char_wb"
    ngram_range: tuple[int, int]
    vocabulary: dict[str, int]
    idf: np.ndarray
    sublinear_tf: bool = True
    _terms: list[str] | None = field(default=None, init=False, repr=False, compare=False)

    def row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Column indices and l2-normalised tf-idf values of one text (sorted by column)."""
        grams = (
            word_ngrams(text, self.ngram_range)
            if self.analyzer == "word"
            else char_wb_ngrams(text, self.ngram_range)
        )
        # Count first and look up each distinct gram once, in C-level loops (map, fromiter): a turn
        # repeats many character n-grams, and this is the fast coder's hot path.
        counts = Counter(grams)
        found = np.fromiter(map(self.vocabulary.get, counts, repeat(-1)), dtype=np.int64, count=len(counts))
        known = found >= 0
        if not known.any():
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))[known]
        found = found[known]
        order = np.argsort(found)
        columns, tf = found[order], tf[order]
        if self.sublinear_tf:
            tf = np.log(tf) + 1.0
        values = tf * self.idf[columns]
        norm = math.sqrt(float(values @ values))
        return columns, values / norm if norm > 0 else values

    @property
    def size(self) -> int:
        return len(self.idf)

    def term(self, column: int) -> str:
        """The term of a column (the inverse vocabulary is built once, on first use)."""
        if self._terms is None:
            self._terms = list(self.vocabulary)  # the dict keeps column order
        return self._terms[column]


@dataclass(frozen=True)
class TurnView:
    """What the model sees of one turn: its own words, the turn before, and where it stands."""

    text: str
    role: Role
    index: int
    previous_text: str
    previous_role: Role | None
    previous_helper_text: str

    @property
    def edges(self) -> str:
        """How the turn opens and ends, as tokens ("s1_maar s2_maar_je e1_toch"): the first words carry the
        move (a "maar" that disputes, an "ach" that comforts, a "dus" that reflects), whatever follows."""
        return _edges(self.text)


def _edges(text: str) -> str:
    tokens = _TOKEN.findall(text.lower())
    if not tokens:
        return ""
    parts = [f"s1_{tokens[0]}", f"e1_{tokens[-1]}"]
    if len(tokens) > 1:
        parts += [f"s2_{tokens[0]}_{tokens[1]}", f"e2_{tokens[-2]}_{tokens[-1]}"]
    if len(tokens) > 2:
        parts.append(f"s3_{tokens[0]}_{tokens[1]}_{tokens[2]}")
    return " ".join(parts)


def view_of(turn: Turn, context: Sequence[Turn]) -> TurnView:
    previous = context[-1] if context else None
    previous_helper = next((t for t in reversed(context) if t.role is Role.HELPER), None)
    return TurnView(
        text=turn.text,
        role=turn.role,
        index=turn.index,
        previous_text=previous.text if previous else "",
        previous_role=previous.role if previous else None,
        previous_helper_text=previous_helper.text if previous_helper else "",
    )


META_NAMES = (
    "first_turn",
    "log_index",
    "log_words",
    "has_question_mark",
    "ends_with_question_mark",
    "question_marks",
    "previous_is_helper",
    "previous_is_client",
    "previous_log_words",
    "previous_has_question_mark",
    "same_speaker_as_previous",
    # appended in model version 1.2 (the corpus heads): what a topic change and a reflection look like
    "overlap_with_previous",
    "opens_with_new_topic_word",
)
_CONTENT = re.compile(r"(?u)\b\w{4,}\b")
_NEW_TOPIC = frozenset({"en", "trouwens", "anyway", "and", "so", "oké", "oke", "ok", "okay", "goed", "right"})


def meta_features(view: TurnView) -> np.ndarray:
    """Form and position facts that words alone do not carry (length, question marks, who spoke before)."""
    text = view.text.strip()
    previous = view.previous_text.strip()
    return np.array(
        [
            float(view.index == 0),
            math.log1p(view.index),
            math.log1p(len(text.split())),
            float("?" in text),
            float(text.endswith("?")),
            min(text.count("?"), 3) / 3.0,
            float(view.previous_role is Role.HELPER),
            float(view.previous_role is Role.CLIENT),
            math.log1p(len(previous.split())),
            float("?" in previous),
            float(view.previous_role is view.role),
            content_overlap(text, previous),
            float(text.split(" ", 1)[0].strip(",.!?").lower() in _NEW_TOPIC) if text else 0.0,
        ],
        dtype=np.float64,
    )


def content_overlap(text: str, previous: str) -> float:
    """Share of the turn's content words whose first five letters occur in the previous turn: a reflection
    takes up the client's words, a topic change does not."""
    words = {w[:5] for w in _CONTENT.findall(text.lower())}
    if not words or not previous:
        return 0.0
    before = {w[:5] for w in _CONTENT.findall(previous.lower())}
    return len(words & before) / len(words)
