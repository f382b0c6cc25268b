"""Pattern finders: one module per pattern, each a function ``find(conversation, lang) -> list[Moment]``.

Patterns are functions of the codes on the turns (see :mod:`ontmoeting.feedback.signals`), so they can be
tested on hand-coded conversations. The rules and why they are as they are: docs/feedback.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from ontmoeting.coding.codebook import load_codebook
from ontmoeting.feedback.model import Alternative, Moment, PatternKind, Valence
from ontmoeting.feedback.signals import shorten
from ontmoeting.i18n import tr
from ontmoeting.transcript.model import Conversation, Dimension, Role, Turn

#: Each language's own names: an English report says "tug of war", not "touwtrekken (tug of war)".
NAMES = {
    PatternKind.PREMATURE_SOLUTION: {"nl": "oplossingsdrang", "en": "premature solution"},
    PatternKind.TUG_OF_WAR: {"nl": "touwtrekken", "en": "tug of war"},
    PatternKind.MISSED_OPENING: {"nl": "gemiste kans", "en": "missed opening"},
    PatternKind.QUESTION_BARRAGE: {"nl": "vragenvuur", "en": "question barrage"},
    PatternKind.PITFALL: {"nl": "valkuil", "en": "pitfall"},
    PatternKind.DEEPENING: {"nl": "verdieping", "en": "deepening"},
    PatternKind.OPENING_TAKEN: {"nl": "benutte kans", "en": "opening taken"},
    PatternKind.PERMISSION_ASKED: {"nl": "toestemming gevraagd", "en": "permission asked"},
}

_GENERIC_CLIENT = {
    "client",
    "cliënt",
    "clint",
    "klant",
    "c",
    "cl",
    "patient",
    "patiënt",
    "deelnemer",
    "participant",
}


def pattern_name(kind: PatternKind, lang: str) -> str:
    return tr(NAMES, kind, lang)


@dataclass(frozen=True)
class _Facts:
    """What every moment of one conversation asks again: computed once per analysis, not once per moment
    (which made a 10,000-turn analysis quadratic)."""

    conversation: int  # id() of the conversation these are about
    client: str | None
    formal: bool


_FACTS: ContextVar[_Facts | None] = ContextVar("conversation_facts", default=None)


@contextmanager
def conversation_facts(conversation: Conversation) -> Iterator[None]:
    """While finding the moments of ``conversation``, its client's name and form of address are known."""
    token = _FACTS.set(_Facts(id(conversation), _client_speaker(conversation), _says_u(conversation)))
    try:
        yield
    finally:
        _FACTS.reset(token)


def _known(conversation: Conversation) -> _Facts | None:
    facts = _FACTS.get()
    return facts if facts is not None and facts.conversation == id(conversation) else None


def _client_speaker(conversation: Conversation) -> str | None:
    for speaker, role in conversation.speakers.items():
        if role is Role.CLIENT and speaker.strip().lower() not in _GENERIC_CLIENT:
            return speaker
    return None


def client_name(conversation: Conversation, lang: str) -> str:
    """The client's name as the transcript gives it, or 'de cliënt'/'the client' for a role label."""
    facts = _known(conversation)
    name = facts.client if facts is not None else _client_speaker(conversation)
    return name or ("de cliënt" if lang == "nl" else "the client")


def code_name(turn: Turn, lang: str) -> str:
    dimension = Dimension.BEHAVIOUR if turn.role is Role.HELPER else Dimension.TALK
    return load_codebook().name(dimension, turn.code, lang) if turn.code else "?"


def number(turn: Turn | int) -> int:
    """The 1-based turn number shown to people."""
    return (turn.index if isinstance(turn, Turn) else turn) + 1


def key_phrase(turn: Turn, conversation: Conversation, limit: int = 110) -> str:
    """The words of ``turn`` worth quoting: the sentence naming a feeling, else the last statement."""
    from ontmoeting.feedback.rephrase import pick_phrase

    return shorten(pick_phrase(turn.text, conversation.language) or turn.text, limit).rstrip(".")


_FORMAL = re.compile(r"\b(u|uw|bent u|hebt u|heeft u)\b", re.IGNORECASE)
_INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)


def helper_says_u(conversation: Conversation) -> bool:
    """Whether the helper says "u" to the client (elderly care, pastoral work): the examples must too."""
    facts = _known(conversation)
    return facts.formal if facts is not None else _says_u(conversation)


def _says_u(conversation: Conversation) -> bool:
    if conversation.language != "nl":
        return False
    said = " ".join(t.text for t in conversation.helper_turns)
    return len(_FORMAL.findall(said)) > len(_INFORMAL.findall(said))


def alternative(
    conversation: Conversation,
    source: Turn | None,
    kind: str,
    *,
    after_but: bool = False,
    personal: bool = False,
    fallback: str | None = None,
) -> Alternative:
    """The alternative to a moment: ``kind`` in words, with a simple and a complex reflection built from the
    client's words in ``source`` (in "u" where the helper says "u"), or ``fallback`` as the example."""
    from ontmoeting.feedback.rephrase import complex_reflection, reflect

    lang, formal = conversation.language, helper_says_u(conversation)
    example = complex_example = None
    if source is not None:
        example = reflect(source.text, lang, after_but=after_but, formal=formal, personal=personal)
        complex_example = complex_reflection(source.text, lang, formal=formal)
    return Alternative(
        kind=kind,
        example=example or fallback,
        complex_example=complex_example,
        built_from=source.index if source is not None and (example or complex_example) else None,
    )


def span(first: Turn, last: Turn) -> str:
    """'7' or '7–19': the turn numbers from ``first`` to ``last``."""
    return str(number(first)) if first.index == last.index else f"{number(first)}–{number(last)}"


def moment(
    kind: PatternKind,
    valence: Valence,
    anchor: Turn,
    turns: Iterable[Turn | int],
    title: str,
    reason: str,
    lang: str,
    alternative: Alternative | None = None,
    details: dict[str, int | float | str] | None = None,
) -> Moment:
    indices = sorted({t.index if isinstance(t, Turn) else t for t in turns} | {anchor.index})
    return Moment(
        id="",
        pattern=kind,
        valence=valence,
        pattern_name=pattern_name(kind, lang),
        anchor=anchor.index,
        turns=indices,
        title=title,
        reason=reason,
        quote=shorten(anchor.text),
        alternative=alternative,
        details=details or {},
    )


Finder = Callable[[Conversation, str], list[Moment]]


def finders() -> list[Finder]:
    """Every pattern finder, in the order the reports list their kinds."""
    from ontmoeting.feedback.patterns import (
        gemiste_kans,
        oplossingsdrang,
        toestemming,
        touwtrekken,
        valkuilen,
        verdieping,
        vragenvuur,
    )

    return [
        oplossingsdrang.find,
        touwtrekken.find,
        gemiste_kans.find,
        vragenvuur.find,
        valkuilen.find,
        verdieping.find,
        toestemming.find,
    ]
