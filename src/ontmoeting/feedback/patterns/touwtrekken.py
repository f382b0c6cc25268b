"""Touwtrekken (tug of war): solution -> client resistance -> the helper pushes again.

Sustain talk and "ja, maar" also follow reflections and open questions (Apodaca et al. 2016), so resistance
alone proves nothing. A round is the sequence: a push (advice, persuasion, or reassurance used as an
argument), the client's direct answer with the yes_but flag or sustain talk, and the helper's next turn
again a push. Rounds that follow on each other are one tug of war.
"""

from __future__ import annotations

from ontmoeting.feedback.model import Moment, PatternKind, Valence
from ontmoeting.feedback.patterns import alternative, client_name, moment, number, span
from ontmoeting.feedback.signals import is_resistance, is_roadblock, next_turn, shorten
from ontmoeting.i18n import tr
from ontmoeting.transcript.model import Conversation, Role, Turn

MESSAGES = {
    "title": {"nl": "Touwtrekken (beurt {span})", "en": "Tug of war (turn {span})"},
    "reason": {
        "nl": 'Bij beurt {a} stelde je iets voor, {client} antwoordde "{quote}" (beurt {c}) en jij kwam '
        "met een volgend voorstel (beurt {b}).",
        "en": 'At turn {a} you proposed something, {client} answered "{quote}" (turn {c}) and you came '
        "back with another proposal (turn {b}).",
    },
    "rounds": {
        "nl": " Dat gebeurde {k} keer achter elkaar, tot beurt {last}.",
        "en": " This happened {k:plural:time|times} in a row, up to turn {last}.",
    },
    "why": {
        "nl": " Hoe harder jij trekt, hoe harder {client} terugtrekt: elk nieuw voorstel geeft een nieuwe "
        "reden "
        "om 'ja, maar' te zeggen, en {client} praat zich zo vaster in plaats van losser.",
        "en": " The harder you pull, the harder {client} pulls back: every new proposal gives a new reason "
        "to "
        "say 'yes, but', and {client} talks themselves further in rather than out.",
    },
    "kind": {
        "nl": "Stap uit het touwtrekken: laat het voorstel los en reflecteer het 'maar', wat het moeilijk "
        "maakt. "
        'Leg de keuze terug bij {client} ("Jij bepaalt of en wanneer.").',
        "en": "Step out of the tug of war: let go of the proposal and reflect the 'but', what makes it hard. "
        'Hand the choice back to {client} ("It\'s up to you whether and when.").',
    },
}


def _is_push(turn: Turn) -> bool:
    """A move that pulls the client towards the helper's answer: advice, persuasion, or reassurance used as
    an argument ("Komt echt goed.") (guide, 8.15)."""
    return is_roadblock(turn)


def _rounds(conversation: Conversation) -> list[tuple[Turn, Turn, Turn]]:
    found = []
    for turn in conversation.turns:
        if not _is_push(turn):
            continue
        answer = next_turn(conversation, turn, Role.CLIENT)
        if answer is None or not is_resistance(answer):
            continue
        again = next_turn(conversation, answer, Role.HELPER)
        if again is not None and _is_push(again):
            found.append((turn, answer, again))
    return found


def find(conversation: Conversation, lang: str) -> list[Moment]:
    """Rounds that follow on each other (the push again of one is the first move of the next) form one tug
    of war; any other helper turn between two rounds, even a closed question, ends it (annotators start a
    new occurrence there, corpus train split)."""
    episodes: list[list[tuple[Turn, Turn, Turn]]] = []
    for round_ in _rounds(conversation):
        if episodes:
            previous_end = episodes[-1][-1][2].index
            if round_[0].index <= previous_end:
                episodes[-1].append(round_)
                continue
        episodes.append([round_])
    return [_moment(conversation, rounds, lang) for rounds in episodes]


def _moment(conversation: Conversation, rounds: list[tuple[Turn, Turn, Turn]], lang: str) -> Moment:
    client = client_name(conversation, lang)
    first_push, first_answer, push_again = rounds[0]
    last = rounds[-1][2]
    reason = tr(
        MESSAGES,
        "reason",
        lang,
        a=number(first_push),
        c=number(first_answer),
        b=number(push_again),
        client=client,
        quote=shorten(first_answer.text, 80).rstrip("."),
    )
    if len(rounds) > 1:
        reason += tr(MESSAGES, "rounds", lang, k=len(rounds), last=number(last))
    reason += tr(MESSAGES, "why", lang, client=client)
    alt = alternative(conversation, first_answer, tr(MESSAGES, "kind", lang, client=client), after_but=True)
    involved = range(first_push.index, last.index + 1)
    return moment(
        PatternKind.TUG_OF_WAR,
        Valence.CONCERN,
        push_again,
        involved,
        tr(MESSAGES, "title", lang, span=span(first_push, last)),
        reason,
        lang,
        alt,
        {"rounds": len(rounds)},
    )
