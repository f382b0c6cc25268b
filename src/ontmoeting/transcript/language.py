"""The language of a conversation: given by the user or the source, else detected (Dutch or English only).

Most conversations give themselves away by their function words (de, het, niet vs. the, and, not); when
those leave no doubt (enough of them, one language four times the other) that is the answer, and the
statistical identifier, which takes over half a second to load, is not needed. Otherwise py3langid decides.

py3langid is restricted to nl/en because those are the languages ontmoeting analyses; asking it to choose
among 97 languages would call short Dutch turns Afrikaans or Frisian. Detection runs once per
conversation on its first few thousand characters, which is plenty and keeps large corpora fast.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ontmoeting.i18n import DEFAULT_LANGUAGE, LANGUAGES, Language
from ontmoeting.transcript.messages import input_error

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

_SAMPLE_CHARS = 4000
#: Below this probability the text says too little (e.g. "ok", "ja"); the default language is used.
MIN_CONFIDENCE = 0.7
_ALIASES = {
    "nl": "nl", "nld": "nl", "dut": "nl", "dutch": "nl", "nederlands": "nl",
    "en": "en", "eng": "en", "english": "en", "engels": "en",
}  # fmt: skip


_FUNCTION_WORDS = {
    "nl": frozenset("de het een ik je jij niet dat en van is wat hoe maar ook naar mijn zijn wel heb hebt "
                    "heeft er nog dan met voor op te om die dit we jullie u hij zij zou kan".split()),
    "en": frozenset("the a an i you not that and of is what how but also to my his her have has there "
                    "still then with for on it this we they he she would can do does don't i'm it's".split()),
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
#: Function-word evidence needed to decide without the statistical identifier.
MIN_FUNCTION_WORDS = 20
MIN_RATIO = 4.0


def function_word_counts(text: str, *, exclusive: bool = False) -> dict[str, int]:
    """How many Dutch and how many English function words ``text`` has (``{'nl': n, 'en': m}``); with
    ``exclusive``, only words of one language count ("is" is both)."""
    counts = {"nl": 0, "en": 0}
    shared = _FUNCTION_WORDS["nl"] & _FUNCTION_WORDS["en"] if exclusive else frozenset()
    for word in _WORD.findall(text.lower()):
        if word in shared:
            continue
        for language, words in _FUNCTION_WORDS.items():
            if word in words:
                counts[language] += 1
    return counts


def _by_function_words(text: str) -> tuple[Language, float] | None:
    """The language and its share of the function words, when they leave no doubt."""
    counts = function_word_counts(text)
    nl, en = counts["nl"], counts["en"]
    if nl + en < MIN_FUNCTION_WORDS:
        return None
    if nl >= MIN_RATIO * max(en, 1):
        return "nl", nl / (nl + en)
    if en >= MIN_RATIO * max(nl, 1):
        return "en", en / (nl + en)
    return None


@functools.cache
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def check_language(value: str | None, file: str | None = None) -> Language | None:
    """``value`` as a language code (case and spaces ignored), None for None; E116 for anything else."""
    if value is None:
        return None
    code = _ALIASES.get(value.strip().lower().replace("_", "-").split("-")[0], "")
    if code not in LANGUAGES:
        raise input_error("E116", file, value=value)
    return code  # type: ignore[return-value]


def detect_language(texts: Iterable[str]) -> tuple[Language, float]:
    """The most likely language of ``texts`` (nl or en) and its probability; Dutch when unsure."""
    sample: list[str] = []
    size = 0
    for text in texts:
        sample.append(text)
        size += len(text)
        if size >= _SAMPLE_CHARS:
            break
    joined = " ".join(sample)[:_SAMPLE_CHARS]
    if not any(c.isalpha() for c in joined):
        return DEFAULT_LANGUAGE, 0.0
    clear = _by_function_words(joined)
    if clear:
        return clear
    code, probability = _identifier().classify(joined)
    if probability < MIN_CONFIDENCE:
        return DEFAULT_LANGUAGE, float(probability)
    return code, float(probability)  # type: ignore[return-value]
