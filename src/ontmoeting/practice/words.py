"""Words and cues: how the practice client matches what the student said against a persona's words.

A cue is one or more words; a word ending in ``*`` matches every word it starts (``woon*``: woont, wonen).
:func:`cue_matches` wants every word of the cue somewhere in the text (a persona's ``ask`` items and topic
words); :func:`phrase_matches` wants them one after the other (the built-in phrases of ``fact_cues``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

_WORD = re.compile(r"[\w'’-]+", re.UNICODE)


@lru_cache(maxsize=4096)
def _cue(item: str) -> tuple[tuple[str, bool], ...]:
    """A cue as (word, is_prefix) pairs."""
    return tuple((word.rstrip("*"), word.endswith("*")) for word in item.lower().split())


def cue_length(item: str) -> int:
    """How many words the cue ``item`` has."""
    return len(_cue(item))


def cue_matches(item: str, words: Sequence[str]) -> bool:
    """Whether every word of the cue ``item`` is among ``words`` (``*``: a word starting with it)."""
    for part, prefix in _cue(item):
        if " " in part:  # pragma: no cover - _cue splits on spaces
            return False
        if prefix:
            if not any(w.startswith(part) for w in words):
                return False
        elif part not in words:
            return False
    return True


def phrase_matches(item: str, words: Sequence[str]) -> bool:
    """Whether the words of ``item`` occur in ``words`` one after the other (``*``: a word start)."""
    parts = _cue(item)
    for start in range(len(words) - len(parts) + 1):
        if all(
            words[start + k].startswith(part) if prefix else words[start + k] == part
            for k, (part, prefix) in enumerate(parts)
        ):
            return True
    return False


def mentions(words_of_text: Sequence[str], cues: Iterable[str]) -> bool:
    """Whether any of ``cues`` (single words or word groups, ``*`` for word starts) occurs in the text."""
    return any(cue_matches(cue, words_of_text) for cue in cues)


def words(text: str) -> list[str]:
    """The lower-case words of ``text``, for :func:`mentions`, :func:`cue_matches`, :func:`phrase_matches`."""
    return [w.strip("'’-") for w in _WORD.findall(text.lower().replace("’", "'"))]


def same_word(one: str, other: str) -> bool:
    """The same word but for an ending: the shorter is the start of the longer, or (both long) they share
    their first six letters ("vader"/"vaders", "gescheiden"/"scheiding" not; "suppose"/"support" not)."""
    short, long_ = sorted((one, other), key=len)
    if len(short) <= 6:
        return long_.startswith(short)
    return short[:6] == long_[:6]
