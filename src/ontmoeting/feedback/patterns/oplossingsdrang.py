"""Oplossingsdrang (premature solution): advice or persuasion before the client's feelings and view
were explored.

Rule (docs/feedback.md): a solution turn (advice, persuasion) is premature when its theme (the solution
and the client turn it answers, :mod:`ontmoeting.feedback.themes`) has not been explored (no reflection of
feeling or meaning, complex reflection or open question that reached the client's experience on it), or when
the client's latest opening (feeling flag or depth >= 2) has not been followed by any exploring turn.
Premature solutions with no exploring turn between them form one occurrence.
"""

from __future__ import annotations

from ontmoeting.coding.codes import Flag, HelperCode
from ontmoeting.feedback.model import Moment, PatternKind, Valence
from ontmoeting.feedback.patterns import alternative, client_name, key_phrase, moment, number
from ontmoeting.feedback.signals import explores_experience, is_exploring, is_opening, is_solution
from ontmoeting.feedback.themes import Themes
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
        "nl": " Daarna kwam je nog met {k:plural:oplossing|oplossingen} zonder verkenning ertussen "
        "({k:word:beurt|beurten} {turns}).",
        "en": " Then you offered {k:plural:more solution|more solutions} with no exploring in between "
        "({k:word:turn|turns} {turns}).",
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


#: A solution within this many helper turns of an exploring turn that reached the client's experience is on
#: the theme just explored.
RECENT = 2


def find(conversation: Conversation, lang: str) -> list[Moment]:
    episodes: list[tuple[list[Turn], Turn | None]] = []  # (solutions, unexplored opening)
    themes = Themes()
    opening: Turn | None = None
    opening_explored = True
    current: list[Turn] | None = None
    since_deep = RECENT + 1  # helper turns since the last turn that explored the client's experience
    for turn in conversation.turns:
        if turn.role is Role.HELPER:
            since_deep += 1
        if is_opening(turn):
            opening, opening_explored = turn, False
        elif is_exploring(turn):
            opening_explored = True
            current = None  # exploring ends the run of solutions
            if explores_experience(conversation, turn):
                themes.add(turn.text, _said_before(conversation, turn))
                since_deep = 0
        elif is_solution(turn):
            # the thread just explored is the same theme whatever its words; else the words decide
            explored = since_deep <= RECENT or themes.covers(turn.text, _said_before(conversation, turn))
            if explored and opening_explored:
                continue
            if current is None:
                current = []
                episodes.append((current, opening if not opening_explored else None))
            current.append(turn)
    return [_moment(conversation, solutions, opening, lang) for solutions, opening in episodes]


def _said_before(conversation: Conversation, turn: Turn) -> str:
    before = conversation.previous(turn, Role.CLIENT)
    return before.text if before is not None else ""


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
    alt = alternative(
        conversation,
        source,
        tr(MESSAGES, "kind", lang, client=client),
        fallback=tr(MESSAGES, "open_question", conversation.language),
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
        alt,
        {"solutions": len(solutions), "permission": "yes" if permission else "no"},
    )
