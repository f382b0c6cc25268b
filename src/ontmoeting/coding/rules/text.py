"""Text normalisation for the rules: transcripts are noisy ("eh", "uh", "I-I", "je je", [lacht], curly
quotes).

The normalised text is lower case, with fillers, stutters, repeated words and transcriber notes removed, and
with only sentence punctuation (. ? !) kept, so that the cue patterns can stay simple: "Ja, maar" becomes "ja
maar".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": " ",
        "\u201d": " ",
        '"': " ",
        ",": " ",
        ";": " ",
        ":": " ",
        "\u2026": ".",
        "(": " ",
        ")": " ",
    }
)
_NOTES = re.compile(r"\[[^\]]*\]")  # transcriber notes: [lacht], [inaudible]
_DASHES = re.compile(r"\s*(?:--+|\u2014|\u2013)\s*|(?<=\w)-(?=\s|$)|(?:^|\s)-(?=\w)|\s-\s")
_FILLERS = {
    "nl": re.compile(r"\b(?:eh+m?|uh+m?|ehm+|uhm+)\b"),
    "en": re.compile(r"\b(?:uh+m?|um+|uhm+|erm+|er|ah+)\b"),
}
_STUTTER = re.compile(r"\b(\w+)(?:-\1\b)+")  # I-I, th-that is left alone but to-to is fixed
_PREFIX_STUTTER = re.compile(r"\b(\w{1,3})-(\1\w+)")  # th-that -> that, w-we -> we
_REPEATED = re.compile(r"\b(\w+(?:'\w+)?)(?:\s+\1\b)+")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.?!])")
_PUNCT_RUNS = re.compile(r"([.?!])[.?!]+")
_EMPTY_SENTENCES = re.compile(r"(?:^|(?<=[.?!]))\s*[.?!]+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.?!])\s+")
_TOKEN = re.compile(r"[\w']+")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str  # normalised, without the final punctuation mark
    question: bool
    tokens: tuple[str, ...]


def normalise(text: str, language: str) -> str:
    """Lower case, no fillers, stutters, repeated words or transcriber notes; only . ? ! kept."""
    lowered = _NOTES.sub(" ", text.lower()).translate(_QUOTES)
    lowered = _DASHES.sub(" ", lowered)
    lowered = _FILLERS.get(language, _FILLERS["en"]).sub(" ", lowered)
    lowered = _PREFIX_STUTTER.sub(r"\2", _STUTTER.sub(r"\1", lowered))
    lowered = _REPEATED.sub(r"\1", lowered)
    lowered = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", lowered))
    lowered = _EMPTY_SENTENCES.sub("", _PUNCT_RUNS.sub(r"\1", lowered))
    return lowered.strip()


def sentences(normalised: str) -> list[Sentence]:
    """The sentences of a normalised text; a sentence ending in '?' is a question."""
    found = []
    for part in _SENTENCE_SPLIT.split(normalised):
        part = part.strip()
        if not part:
            continue
        question = part.endswith("?")
        body = part.rstrip(".?! ")
        if body:
            found.append(Sentence(body, question, tuple(_TOKEN.findall(body))))
    return found


def tokens(normalised: str) -> list[str]:
    return _TOKEN.findall(normalised)


@lru_cache(maxsize=65536)
def lemma(token: str, language: str) -> str:
    """The token's lemma (simplemma: voelde -> voelen, bange -> bang, missed -> miss); cached per token."""
    try:
        return simplemma.lemmatize(token, lang=language)
    except ValueError:  # a language simplemma does not know: use the word itself
        return token
