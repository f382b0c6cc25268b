"""Gemiste kans (missed opening) and its opposite, the opening taken.

An opening is a client turn with the feeling flag or depth >= 2. If the helper's next turn leaves it (closed
question, advice, persuasion, information, structuring, self-disclosure), the opening is missed; if it
reflects or asks openly, the opening is taken. Minimal encouragers and affirmations are neither.
"""

from __future__ import annotations

from ontmoeting.coding.codes import Flag
from ontmoeting.feedback.model import Moment, PatternKind, Valence
from ontmoeting.feedback.patterns import alternative, client_name, code_name, key_phrase, moment, number
from ontmoeting.feedback.signals import LEAVING, is_exploring, is_opening, next_turn, shorten
from ontmoeting.i18n import tr
from ontmoeting.transcript.model import Conversation, Role

MESSAGES = {
    "missed.title": {"nl": "Gemiste kans (beurt {n})", "en": "Missed opening (turn {n})"},
    "missed.reason": {
        "nl": '{client} zei bij beurt {c}: "{quote}". Je volgende beurt ({move}, beurt {n}) ging daar niet '
        "op in, en het gevoel bleef liggen. Zo leert {client} dat het hier over iets anders gaat dan over "
        "wat {client} raakt.",
        "en": 'At turn {c} {client} said: "{quote}". Your next turn ({move}, turn {n}) did not take it up, '
        "and "
        "the feeling was left behind. {client} learns that this conversation is about something other than "
        "what touches them.",
    },
    "missed.kind": {
        "nl": 'Blijf bij wat {client} net zei: reflecteer het gevoel, of vraag open door ("Hoe is dat voor '
        'je?").',
        "en": 'Stay with what {client} just said: reflect the feeling, or ask openly ("What is that like for '
        'you?").',
    },
    "taken.title": {"nl": "Benutte kans (beurt {n})", "en": "Opening taken (turn {n})"},
    "taken.reason": {
        "nl": '{client} zei bij beurt {c}: "{quote}". Jij bleef erbij ({move}, beurt {n}): "{answer}".',
        "en": 'At turn {c} {client} said: "{quote}". You stayed with it ({move}, turn {n}): "{answer}".',
    },
}


def find(conversation: Conversation, lang: str) -> list[Moment]:
    found = []
    client = client_name(conversation, lang)
    for turn in conversation.turns:
        if not is_opening(turn):
            continue
        answer = next_turn(conversation, turn, Role.HELPER)
        if answer is None:
            continue
        move = code_name(answer, lang).lower()
        if answer.code in LEAVING or answer.has_flag(Flag.TOPIC_CHANGE.value):
            alt = alternative(conversation, turn, tr(MESSAGES, "missed.kind", lang, client=client))
            reason = tr(
                MESSAGES,
                "missed.reason",
                lang,
                client=client,
                c=number(turn),
                n=number(answer),
                quote=key_phrase(turn, conversation),
                move=move,
            )
            found.append(
                moment(
                    PatternKind.MISSED_OPENING,
                    Valence.CONCERN,
                    answer,
                    [turn],
                    tr(MESSAGES, "missed.title", lang, n=number(answer)),
                    reason,
                    lang,
                    alt,
                    {"helper_code": answer.code or ""},
                )
            )
        elif is_exploring(answer):
            reason = tr(
                MESSAGES,
                "taken.reason",
                lang,
                client=client,
                c=number(turn),
                quote=key_phrase(turn, conversation),
                n=number(answer),
                move=move,
                answer=shorten(answer.text, 90).rstrip("."),
            )
            found.append(
                moment(
                    PatternKind.OPENING_TAKEN,
                    Valence.STRENGTH,
                    answer,
                    [turn],
                    tr(MESSAGES, "taken.title", lang, n=number(answer)),
                    reason,
                    lang,
                    details={"helper_code": answer.code or ""},
                )
            )
    return found
