"""Oplossingsdrang (premature solution): advice or persuasion before the client's feelings and view
were explored.

Rule (docs/feedback.md): within a theme (from the start, or from the helper's last structuring turn), a
solution turn (advice, persuasion) is premature when the helper has not yet explored at all (no reflection,
no open question) or when the client's latest opening (feeling flag or depth >= 2) has not been followed by
any exploring turn. Premature solutions with no exploring turn between them form one occurrence.
"""

from __future__ import annotations

from ontmoeting.coding.codes import Flag, HelperCode
from ontmoeting.feedback.model import Alternative, Moment, PatternKind, Valence
from ontmoeting.feedback.patterns import client_name, key_phrase, moment, number
from ontmoeting.feedback.rephrase import reflect
from ontmoeting.feedback.signals import is_exploring, is_opening, is_solution
from ontmoeting.i18n import tr
from ontmoeting.transcript.model import Conversation, Role, Turn

MESSAGES = {
    "title": {"nl": "Oplossing vóór verkenning (beurt {n})", "en": "Solution before exploring (turn {n})"},
    "nothing_explored": {
        "nl": "Bij beurt {n} kwam je met een oplossing, terwijl je nog niet had verkend wat er voor {client} "
        "speelt: er was nog geen reflectie en geen open vraag over dit onderwerp.",
        "en": "At turn {n} you offered a solution before exploring what is going on for {client}: there had "
        "been no reflection and no open question on this topic yet.",
    },
    "opening_unexplored": {
        "nl": '{client} zei bij beurt {o}: "{quote}". Daarna kwam je bij beurt {n} met een oplossing, zonder '
        "dat gevoel eerst te reflecteren of ernaar te vragen. Zo hoort {client} vooral dat het opgelost moet "
        "worden, niet dat het begrepen is.",
        "en": 'At turn {o} {client} said: "{quote}". Then at turn {n} you offered a solution without first '
        "reflecting that feeling or asking about it. {client} mostly hears that it must be fixed, not that "
        "it "
        "is understood.",
    },
    "no_permission": {
        "nl": " Je vroeg ook niet of {client} een idee wilde horen.",
        "en": " You also did not ask whether {client} wanted to hear an idea.",
    },
    "with_permission": {
        "nl": " Je vroeg wel eerst toestemming; dat maakt het minder sturend, maar het blijft vroeg.",
        "en": " You did ask permission first, which makes it less pushy, but it is still early.",
    },
    "more": {
        "nl": " Daarna volgden nog {k} oplossing(en) zonder verkenning ertussen (beurt {turns}).",
        "en": " Then {k} more solution(s) followed with no exploring in between (turn {turns}).",
    },
    "kind": {
        "nl": "Eerst verkennen: reflecteer het gevoel of vraag open wat het voor {client} betekent. Een idee "
        "pas "
        'als {client} zich begrepen voelt, en dan met toestemming ("Mag ik je iets voorstellen?").',
        "en": "Explore first: reflect the feeling or ask openly what it means to {client}. An idea only once "
        '{client} feels understood, and then with permission ("May I suggest something?").',
    },
    "open_question": {"nl": "Wat betekent dat voor je?", "en": "What does that mean to you?"},
}


def _is_theme_change(turn: Turn) -> bool:
    return turn.role is Role.HELPER and turn.code == HelperCode.STRUCTURING.value


def find(conversation: Conversation, lang: str) -> list[Moment]:
    episodes: list[tuple[list[Turn], Turn | None]] = []  # (solutions, unexplored opening)
    explored_any = False
    opening: Turn | None = None
    opening_explored = True
    current: list[Turn] | None = None
    for turn in conversation.turns:
        if _is_theme_change(turn):
            explored_any, opening, opening_explored, current = False, None, True, None
            continue
        if is_opening(turn):
            opening, opening_explored = turn, False
        elif is_exploring(turn):
            explored_any = True
            opening_explored = True
            current = None  # exploring ends the run of solutions
        elif is_solution(turn) and (not explored_any or not opening_explored):
            if current is None:
                current = []
                episodes.append((current, opening if not opening_explored else None))
            current.append(turn)
    return [_moment(conversation, solutions, opening, lang) for solutions, opening in episodes]


def _moment(conversation: Conversation, solutions: list[Turn], opening: Turn | None, lang: str) -> Moment:
    first = solutions[0]
    client = client_name(conversation, lang)
    if opening is not None:
        reason = tr(
            MESSAGES,
            "opening_unexplored",
            lang,
            client=client,
            o=number(opening),
            n=number(first),
            quote=key_phrase(opening, conversation),
        )
    else:
        reason = tr(MESSAGES, "nothing_explored", lang, client=client, n=number(first))
    permission = first.code == HelperCode.ADVICE.value and first.has_flag(Flag.PERMISSION.value)
    reason += tr(MESSAGES, "with_permission" if permission else "no_permission", lang, client=client)
    if len(solutions) > 1:
        reason += tr(
            MESSAGES,
            "more",
            lang,
            k=len(solutions) - 1,
            turns=", ".join(str(number(t)) for t in solutions[1:]),
        )
    source = opening or conversation.previous(first, Role.CLIENT)
    example = reflect(source.text, conversation.language) if source is not None else None
    if example is None:
        example = tr(MESSAGES, "open_question", conversation.language)
    alternative = Alternative(
        kind=tr(MESSAGES, "kind", lang, client=client),
        example=example,
        built_from=source.index if source is not None and example else None,
    )
    involved = [*solutions, *([opening] if opening is not None else [])]
    return moment(
        PatternKind.PREMATURE_SOLUTION,
        Valence.CONCERN,
        first,
        involved,
        tr(MESSAGES, "title", lang, n=number(first)),
        reason,
        lang,
        alternative,
        {"solutions": len(solutions), "permission": "yes" if permission else "no"},
    )
