"""Valkuilen (pitfalls): the single turns trainers correct whatever came before them.

* geruststellen (reassurance): "Komt wel goed", "Dat is heel normaal": the feeling is talked away;
* moraliseren (persuasion outside a premature solution or tug of war, which already say it): arguing,
  warning, telling what is right;
* eigen verhaal (the helper's own story, ten words or more): the focus moves to the helper;
* waarom-vraag (a why-question): asks for a defence rather than for the experience (guide, 8.13).

Each is one moment on the helper turn, with the client turn it answered and an alternative built from it.
"""

from __future__ import annotations

from ontmoeting.coding.codes import Flag, HelperCode
from ontmoeting.feedback.model import Moment, PatternKind, Valence
from ontmoeting.feedback.patterns import (
    alternative,
    client_name,
    moment,
    number,
    oplossingsdrang,
    touwtrekken,
)
from ontmoeting.feedback.signals import shorten
from ontmoeting.i18n import tr
from ontmoeting.transcript.model import Conversation, Role, Turn

#: A self-disclosure this long is a story, not a brief "dat herken ik".
STORY_WORDS = 10

MESSAGES = {
    "reassurance.title": {"nl": "Geruststellen (beurt {n})", "en": "Reassuring (turn {n})"},
    "reassurance.reason": {
        "nl": 'Bij beurt {n} stelde je gerust: "{said}". Zo praat je het gevoel weg: {client} hoort dat het '
        "niet zo erg is, niet dat je begrijpt hoe het is.",
        "en": 'At turn {n} you reassured: "{said}". That talks the feeling away: {client} hears that it is '
        "not so bad, not that you understand what it is like.",
    },
    "reassurance.kind": {
        "nl": "Laat het gevoel er zijn: zeg terug wat je hoort, zonder het kleiner te maken.",
        "en": "Let the feeling be there: say back what you hear, without making it smaller.",
    },
    "moralising.title": {"nl": "Moraliseren (beurt {n})", "en": "Moralising (turn {n})"},
    "moralising.reason": {
        "nl": 'Bij beurt {n} vertelde je {client} wat goed of verstandig is: "{said}". Dat roept verzet op '
        "en {client} gaat zich verdedigen in plaats van nadenken.",
        "en": 'At turn {n} you told {client} what is right or sensible: "{said}". That calls up resistance, '
        "and {client} starts defending instead of thinking.",
    },
    "moralising.kind": {
        "nl": "Vraag wat {client} er zelf van vindt, of reflecteer beide kanten van de twijfel.",
        "en": "Ask what {client} thinks of it, or reflect both sides of the doubt.",
    },
    "story.title": {"nl": "Eigen verhaal (beurt {n})", "en": "Your own story (turn {n})"},
    "story.reason": {
        "nl": "Bij beurt {n} vertelde je over jezelf. Even gaat het gesprek dan over jou, en {client} moet "
        "ruimte maken voor jouw ervaring.",
        "en": "At turn {n} you talked about yourself. For a while the conversation is about you, and "
        "{client} has to make room for your experience.",
    },
    "story.kind": {
        "nl": "Houd de aandacht bij {client}: reflecteer wat {client} vertelde, of vraag hoe het voor "
        "{client} is.",
        "en": "Keep the attention on {client}: reflect what {client} told you, or ask what it is like for "
        "{client}.",
    },
    "why.title": {"nl": "Waarom-vraag (beurt {n})", "en": "Why-question (turn {n})"},
    "why.reason": {
        "nl": 'Bij beurt {n} vroeg je naar het waarom: "{said}". Een waarom-vraag vraagt om een verdediging; '
        "{client} gaat uitleggen en rechtvaardigen in plaats van vertellen wat er speelt.",
        "en": 'At turn {n} you asked why: "{said}". A why-question asks for a defence; {client} starts '
        "explaining and justifying instead of telling what is going on.",
    },
    "why.kind": {
        "nl": 'Vraag naar de ervaring in plaats van naar de reden, bijvoorbeeld "Wat maakt het lastig?" '
        'of "Hoe gaat dat dan?"',
        "en": 'Ask about the experience instead of the reason, for example "What makes it hard?" or "How '
        'does that go?"',
    },
    "why.example": {"nl": "Wat maakt het lastig voor je?", "en": "What makes it hard for you?"},
}


def _covered(conversation: Conversation, lang: str) -> set[int]:
    """Turns a premature-solution or tug-of-war moment already names: no second moment for them."""
    covered: set[int] = set()
    for found in [*oplossingsdrang.find(conversation, lang), *touwtrekken.find(conversation, lang)]:
        covered.update(found.turns)
    return covered


def _kind(turn: Turn, covered: set[int]) -> str | None:
    if turn.role is not Role.HELPER:
        return None
    if turn.has_flag(Flag.WHY_QUESTION.value):
        return "why"
    if turn.code == HelperCode.REASSURANCE.value:
        return "reassurance"
    if turn.code == HelperCode.PERSUASION.value and turn.index not in covered:
        return "moralising"
    if turn.code == HelperCode.SELF_DISCLOSURE.value and turn.words >= STORY_WORDS:
        return "story"
    return None


def find(conversation: Conversation, lang: str) -> list[Moment]:
    client = client_name(conversation, lang)
    covered = _covered(conversation, lang)
    found = []
    for turn in conversation.turns:
        kind = _kind(turn, covered)
        if kind is None:
            continue
        source = conversation.previous(turn, Role.CLIENT)
        alt = alternative(
            conversation,
            None if kind == "why" else source,
            tr(MESSAGES, f"{kind}.kind", lang, client=client),
            fallback=tr(MESSAGES, "why.example", conversation.language) if kind == "why" else None,
        )
        said = shorten(turn.text, 90).rstrip(".")
        found.append(
            moment(
                PatternKind.PITFALL,
                Valence.CONCERN,
                turn,
                [turn, *([source] if source is not None else [])],
                tr(MESSAGES, f"{kind}.title", lang, n=number(turn)),
                tr(MESSAGES, f"{kind}.reason", lang, n=number(turn), said=said, client=client),
                lang,
                alt,
                {"pitfall": kind, "helper_code": turn.code or ""},
            )
        )
    return found
