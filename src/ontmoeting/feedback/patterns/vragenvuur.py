"""Vragenvuur (question barrage): three or more questions in a row with no reflection between them.

A run is a sequence of helper question turns (client answers between them are allowed); a stacked turn
("Hoe lang? Waar woont hij? Heb je zijn nummer?") counts each question. Minimal encouragers ('other') neither
add to nor break a run; any other helper behaviour, a reflection above all, ends it.
"""

from __future__ import annotations

from ontmoeting.coding.codes import HelperCode
from ontmoeting.feedback.model import Alternative, Moment, PatternKind, Valence
from ontmoeting.feedback.patterns import client_name, moment, number, span
from ontmoeting.feedback.rephrase import reflect
from ontmoeting.feedback.signals import is_question, question_count
from ontmoeting.i18n import tr
from ontmoeting.transcript.model import Conversation, Role, Turn

THRESHOLD = 3

MESSAGES = {
    "title": {"nl": "Vragenvuur (beurt {span})", "en": "Question barrage (turn {span})"},
    "reason": {
        "nl": "Bij beurt {span} stelde je {q} vragen achter elkaar zonder tussendoor terug te geven wat je "
        "hoorde.",
        "en": "At turn {span} you asked {q} questions in a row without giving back what you heard.",
    },
    "stacked": {
        "nl": " Bij beurt {n} stelde je er {k} tegelijk; {client} kan er dan maar één beantwoorden.",
        "en": " At turn {n} you asked {k} at once; {client} can only answer one of them.",
    },
    "why": {
        "nl": " Zo wordt het een verhoor: {client} antwoordt, maar vertelt niet zelf, en jij bepaalt waar "
        "het "
        "over gaat.",
        "en": " It turns into an interview: {client} answers but does not tell their own story, and you "
        "decide "
        "what it is about.",
    },
    "kind": {
        "nl": "Zet een reflectie tussen de vragen: geef terug wat je hoorde voor je verder vraagt, en stel "
        "één "
        "vraag tegelijk.",
        "en": "Put a reflection between the questions: give back what you heard before asking on, and ask "
        "one "
        "question at a time.",
    },
}


def find(conversation: Conversation, lang: str) -> list[Moment]:
    runs: list[list[Turn]] = []
    current: list[Turn] = []
    for turn in conversation.turns:
        if turn.role is not Role.HELPER or turn.code == HelperCode.OTHER.value:
            continue
        if is_question(turn):
            current.append(turn)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return [_moment(conversation, run, lang) for run in runs if sum(map(question_count, run)) >= THRESHOLD]


def _moment(conversation: Conversation, run: list[Turn], lang: str) -> Moment:
    client = client_name(conversation, lang)
    total = sum(map(question_count, run))
    first, last = run[0], run[-1]
    reason = tr(MESSAGES, "reason", lang, span=span(first, last), q=total)
    stacked = max(run, key=question_count)
    if question_count(stacked) > 1:
        reason += tr(MESSAGES, "stacked", lang, n=number(stacked), k=question_count(stacked), client=client)
    reason += tr(MESSAGES, "why", lang, client=client)
    answers = [t for t in conversation.turns[first.index : last.index] if t.role is Role.CLIENT]
    source = answers[-1] if answers else conversation.previous(first, Role.CLIENT)
    example = reflect(source.text, conversation.language) if source is not None else None
    alternative = Alternative(
        kind=tr(MESSAGES, "kind", lang),
        example=example,
        built_from=source.index if source is not None and example else None,
    )
    # the anchor is the turn at which the count reaches the threshold
    running, anchor = 0, last
    for turn in run:
        running += question_count(turn)
        if running >= THRESHOLD:
            anchor = turn
            break
    return moment(
        PatternKind.QUESTION_BARRAGE,
        Valence.CONCERN,
        anchor,
        range(first.index, last.index + 1),
        tr(MESSAGES, "title", lang, span=span(first, last)),
        reason,
        lang,
        alternative,
        {"questions": total, "turns": len(run)},
    )
