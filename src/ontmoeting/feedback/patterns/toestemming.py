"""Toestemming (permission asked): advice given with permission asked or the client's autonomy stressed.

A strength MITI counts as MI-adherent ('advise with permission'); found from the coder's 'permission' flag.
"""

from __future__ import annotations

from ontmoeting.coding.codes import Flag, HelperCode
from ontmoeting.feedback.model import Moment, PatternKind, Valence
from ontmoeting.feedback.patterns import client_name, moment, number
from ontmoeting.i18n import tr
from ontmoeting.transcript.model import Conversation, Role

MESSAGES = {
    "title": {"nl": "Advies met toestemming (beurt {n})", "en": "Advice with permission (turn {n})"},
    "reason": {
        "nl": "Bij beurt {n} bood je een idee aan en liet je {client} de ruimte om te kiezen. Zo blijft "
        "{client} eigenaar van de oplossing.",
        "en": "At turn {n} you offered an idea and left {client} room to choose. That keeps {client} the "
        "owner "
        "of the solution.",
    },
}


def find(conversation: Conversation, lang: str) -> list[Moment]:
    client = client_name(conversation, lang)
    found = []
    for turn in conversation.turns:
        if (
            turn.role is Role.HELPER
            and turn.code == HelperCode.ADVICE.value
            and turn.has_flag(Flag.PERMISSION.value)
        ):
            found.append(
                moment(
                    PatternKind.PERMISSION_ASKED,
                    Valence.STRENGTH,
                    turn,
                    [turn],
                    tr(MESSAGES, "title", lang, n=number(turn)),
                    tr(MESSAGES, "reason", lang, n=number(turn), client=client),
                    lang,
                )
            )
    return found
