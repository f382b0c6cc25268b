"""Vragenvuur (question barrage): three or more questions in a row with no reflection between them.

A run is a sequence of helper question turns (client answers between them are allowed); a stacked turn
("Hoe lang? Waar woont hij? Heb je zijn nummer?") counts each question. Minimal encouragers ('other') neither
add to nor break a run; any other helper behaviour, a reflection above all, ends it.
"""

from __future__ import annotations

from ontmoeting.coding.codes import HelperCode
from ontmoeting.feedback.model import Moment, PatternKind, Valence
from ontmoeting.feedback.patterns import alternative, client_name, helper_says_u, moment, number, span
from ontmoeting.feedback.rephrase import lower_first as _lower_first
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
        "en": "At turn {span} you asked {q:plural:question|questions} in a row without giving back what "
        "you heard.",
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
    "summary": {"nl": "Als ik het goed hoor: {a}, en {b}.", "en": "If I hear you right: {a}, and {b}."},
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
    if not answers and (before := conversation.previous(first, Role.CLIENT)) is not None:
        answers = [before]
    # at a barrage the example gives back the client's own experience, never a bare fact ("Die woont in
    # Canada."): a summary of the last two personal answers, or a reflection of one, else the kind alone
    formal = helper_says_u(conversation)
    personal = [
        (t, said)
        for t in answers
        if (said := reflect(t.text, conversation.language, personal=True, formal=formal))
    ][-2:]
    alt = alternative(conversation, personal[-1][0] if personal else None, tr(MESSAGES, "kind", lang))
    if len(personal) == 2:
        alt.example = tr(
            MESSAGES,
            "summary",
            conversation.language,
            a=_lower_first(personal[0][1].rstrip(".!…")),
            b=_lower_first(personal[1][1].rstrip(".!…")),
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
        alt,
        {"questions": total, "turns": len(run)},
    )
