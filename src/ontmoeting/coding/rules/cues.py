"""Compiling the cue tables (cues_nl.py, cues_en.py) into regular expressions, once per process.

A cue is written as the phrase it matches, so that the phrase can be shown to the user as the reason for a
code: "misschien moet je" matches those words; "je zou ... kunnen" allows one to six words at the dots. A cue
that needs more than that gives its own regular expression beside the phrase that names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

#: (phrase shown to the user, confidence) or (phrase, confidence, own regular expression)
CueSpec = tuple[str, float] | tuple[str, float, str]

_GAP = r"(?: [\w']+){1,6}"


@dataclass(frozen=True, slots=True)
class Cue:
    label: str  # the words shown to the user
    confidence: float
    pattern: re.Pattern[str]
    category: str

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)


def _words(part: str) -> str:
    # "je|u" offers alternatives for one word: the informal and the formal "you" of Dutch transcripts
    return " ".join(
        "(?:" + "|".join(re.escape(option) for option in word.split("|")) + ")"
        if "|" in word
        else re.escape(word)
        for word in part.split()
    )


def phrase_pattern(phrase: str) -> str:
    """A phrase with optional '...' gaps and 'a|b' word alternatives as a regular expression on normalised
    text."""
    # the text is lower case, so the phrase is too ("if I were you" is shown with its capital I)
    parts = [_words(part) for part in phrase.lower().split("...")]
    return r"(?<![\w'])" + _GAP.join(parts) + r"(?![\w'])"


def display(phrase: str) -> str:
    """The phrase as shown to the user: the first of each word's alternatives."""
    return " ".join(word.split("|")[0] for word in phrase.split())


def compile_cues(category: str, specs: list[CueSpec]) -> tuple[Cue, ...]:
    cues = []
    # surest first, whatever the order in the table: the first cue that matches names the code
    for spec in sorted(specs, key=lambda spec: -spec[1]):
        label, confidence = spec[0], spec[1]
        pattern = spec[2] if len(spec) == 3 else phrase_pattern(label)  # type: ignore[misc]
        cues.append(Cue(display(label), confidence, re.compile(pattern), category))
    return tuple(cues)


@dataclass(frozen=True)
class Lexicon:
    """One language's compiled cues and word lists."""

    helper: dict[str, tuple[Cue, ...]]
    client: dict[str, tuple[Cue, ...]]
    minimal: re.Pattern[str]  # a whole utterance that is only an encourager, filler or greeting
    open_words: frozenset[str]
    closed_words: frozenset[str]  # verbs that open a yes/no question
    subject_pronouns: frozenset[str]  # verb-first detection: "woont hij", "praat je"
    conjunctions: frozenset[
        str
    ]  # a sentence that opens with a clause: "als je ..., wat ...?" is no verb-first
    discourse: frozenset[str]  # leading words skipped before looking for a question word
    negators: frozenset[str]
    feeling_words: frozenset[str]  # lemmas and forms
    feeling_after_feel: frozenset[str]  # words that are feelings only after "I feel" ("rot", "awful")
    feel_verbs: frozenset[str]
    feeling_exclude_before: dict[str, frozenset[str]]  # "het ging mis" is no "missen"
    feeling_exclude_after: dict[str, frozenset[str]]  # "missed the deadline" is no longing
    language: str


def first_match(cues: tuple[Cue, ...], text: str) -> tuple[Cue, re.Match[str]] | None:
    """The first cue in table order that matches (tables list the surest cues first)."""
    for cue in cues:
        found = cue.search(text)
        if found:
            return cue, found
    return None


def _build(module: ModuleType, language: str) -> Lexicon:
    return Lexicon(
        helper={name: compile_cues(name, specs) for name, specs in module.HELPER.items()},
        client={name: compile_cues(name, specs) for name, specs in module.CLIENT.items()},
        minimal=re.compile(module.MINIMAL),
        open_words=frozenset(module.OPEN_WORDS),
        closed_words=frozenset(module.CLOSED_WORDS),
        subject_pronouns=frozenset(module.SUBJECT_PRONOUNS),
        conjunctions=frozenset(module.CONJUNCTIONS),
        discourse=frozenset(module.DISCOURSE),
        negators=frozenset(module.NEGATORS),
        feeling_words=frozenset(module.FEELING_WORDS),
        feeling_after_feel=frozenset(module.FEELING_AFTER_FEEL),
        feel_verbs=frozenset(module.FEEL_VERBS),
        feeling_exclude_before={k: frozenset(v) for k, v in module.FEELING_EXCLUDE_BEFORE.items()},
        feeling_exclude_after={k: frozenset(v) for k, v in module.FEELING_EXCLUDE_AFTER.items()},
        language=language,
    )


@lru_cache(maxsize=2)
def lexicon(language: str) -> Lexicon:
    """The compiled cues for ``language`` (nl or en; anything else gets English)."""
    if language == "nl":
        from ontmoeting.coding.rules import cues_nl as module

        return _build(module, "nl")
    from ontmoeting.coding.rules import cues_en as module

    return _build(module, "en")


def shown(cue: Cue, found: re.Match[str]) -> str:
    """The cue as shown to the user; a label with '{}' shows the words that matched ("gebiedende wijs:
    schrijf het eens")."""
    if "{}" not in cue.label:
        return cue.label
    return cue.label.replace("{}", " ".join(found.group(0).split()[:6]))
