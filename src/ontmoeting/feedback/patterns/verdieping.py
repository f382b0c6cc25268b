"""Verdieping (deepening): the moments the client steps into feelings or meaning, or is led back out of them.

Only steps that cross the line between thoughts (1) and feelings (2) become moments; the whole curve with
every step is in ``Analysis.depth``. A step in right after a reflection, an exploring open question or a
silence-like turn ("mm", an encourager: code other) is a strength; after anything else (advice, persuasion,
a why-question, even an affirmation) the step is not credited to the helper's turn. A step out right
after a turn that leaves the client's experience (closed question, advice,
persuasion, information, structuring, self-disclosure) is shown as information: the helper's turn led back
to facts. Other steps (a step in after advice is often resistance; a step out after a reflection is the
natural rhythm of a talk) are in the curve but are not singled out.
"""

from __future__ import annotations

from ontmoeting.coding.codes import HelperCode
from ontmoeting.feedback.depth import depth_curve
from ontmoeting.feedback.measures import MESSAGES as MEASURE_MESSAGES
from ontmoeting.feedback.model import Moment, PatternKind, Valence
from ontmoeting.feedback.patterns import client_name, code_name, key_phrase, moment, number
from ontmoeting.feedback.signals import LEAVING, is_exploring, shorten
from ontmoeting.i18n import tr
from ontmoeting.transcript.model import Conversation

MESSAGES = {
    "up.title": {"nl": "Verdieping naar {level} (beurt {n})", "en": "Deepening to {level} (turn {n})"},
    "down.title": {"nl": "Terug naar {level} (beurt {n})", "en": "Back to {level} (turn {n})"},
    "up.reason": {
        "nl": 'Na jouw beurt {h} ({move}: "{said}") ging {client} van {from_} naar {to}: "{quote}".',
        "en": 'After your turn {h} ({move}: "{said}") {client} went from {from_} to {to}: "{quote}".',
    },
    "down.reason": {
        "nl": 'Na jouw beurt {h} ({move}: "{said}") ging {client} terug van {from_} naar {to}: "{quote}".',
        "en": 'After your turn {h} ({move}: "{said}") {client} went back from {from_} to {to}: "{quote}".',
    },
    "no_helper": {"nl": "Zonder beurt van jou ertussen", "en": "With no turn of yours in between"},
}


def _level(depth: int, lang: str) -> str:
    return tr(MEASURE_MESSAGES, f"depth.{depth}", lang)


def find(conversation: Conversation, lang: str) -> list[Moment]:
    client = client_name(conversation, lang)
    found = []
    for step in depth_curve(conversation).steps:
        crosses = (step.from_depth < 2 <= step.to_depth) or (step.to_depth < 2 <= step.from_depth)
        if not crosses or step.helper_index is None:
            continue
        turn = conversation.turns[step.to_index]
        helper = conversation.turns[step.helper_index]
        up = step.direction == "up"
        if up and not (is_exploring(helper) or helper.code == HelperCode.OTHER.value):
            continue
        if not up and helper.code not in LEAVING:
            continue
        reason = tr(
            MESSAGES,
            "up.reason" if up else "down.reason",
            lang,
            move=code_name(helper, lang).lower(),
            h=number(helper),
            said=shorten(helper.text, 70).rstrip("."),
            client=client,
            from_=_level(step.from_depth, lang),
            to=_level(step.to_depth, lang),
            quote=key_phrase(turn, conversation),
        )
        title = tr(
            MESSAGES,
            "up.title" if up else "down.title",
            lang,
            level=_level(step.to_depth, lang),
            n=number(turn),
        )
        found.append(
            moment(
                PatternKind.DEEPENING,
                Valence.STRENGTH if up else Valence.INFO,
                turn,
                [helper, step.from_index],
                title,
                reason,
                lang,
                details={
                    "direction": step.direction,
                    "from_depth": step.from_depth,
                    "to_depth": step.to_depth,
                    "helper_code": helper.code or "",
                },
            )
        )
    return found
