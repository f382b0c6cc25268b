"""Reflection prompts: 2-4 questions for the student's own reflection, each tied to a moment found.

The book holds that the helper meets themselves in the conversation: the prompts ask what went on in the
student at the moments that matter, not what the right technique was.
"""

from __future__ import annotations

from ontmoeting.feedback.model import Moment, PatternKind, ReflectionPrompt, Valence
from ontmoeting.feedback.patterns import client_name, key_phrase
from ontmoeting.i18n import tr
from ontmoeting.transcript.model import Conversation

MAX_PROMPTS = 4

MESSAGES = {
    PatternKind.PREMATURE_SOLUTION.value: {
        "nl": 'Bij beurt {n} gaf je een oplossing ("{quote}"). Wat voelde je vlak voordat je dat zei? En wat '
        "had je nodig gehad om nog even bij {client} te blijven?",
        "en": 'At turn {n} you offered a solution ("{quote}"). What did you feel just before you said it? '
        "And "
        "what would you have needed to stay with {client} a little longer?",
    },
    PatternKind.TUG_OF_WAR.value: {
        "nl": "Toen {client} bij beurt {c} 'ja, maar' zei, kwam je met een nieuw voorstel. Wat wilde je op "
        "dat "
        "moment bereiken, en wat was er gebeurd als je het 'maar' had laten staan?",
        "en": "When {client} said 'yes, but' at turn {c}, you came with a new proposal. What did you want to "
        "achieve at that moment, and what might have happened had you let the 'but' stand?",
    },
    PatternKind.MISSED_OPENING.value: {
        "nl": '{client} zei bij beurt {c}: "{quote}". Wat ging er in jou om toen je dat hoorde? Wat maakte '
        "dat je een andere kant op ging?",
        "en": 'At turn {c} {client} said: "{quote}". What went on in you when you heard that? What made you '
        "go "
        "another way?",
    },
    PatternKind.QUESTION_BARRAGE.value: {
        "nl": "Waar was je naar op zoek met de vragen rond beurt {n}? Wat had je met de antwoorden willen "
        "doen?",
        "en": "What were you looking for with the questions around turn {n}? What did you want to do with "
        "the "
        "answers?",
    },
    PatternKind.DEEPENING.value: {
        "nl": "Bij beurt {n} ging {client} dieper. Wat deed jij vlak daarvoor anders dan op andere momenten, "
        "en "
        "hoe was het voor jou om daar te zijn?",
        "en": "At turn {n} {client} went deeper. What did you do just before that differently from other "
        "moments, and what was it like for you to be there?",
    },
    PatternKind.OPENING_TAKEN.value: {
        "nl": "Bij beurt {n} bleef je bij wat {client} voelde. Wat hielp je om daar niet overheen te "
        "stappen?",
        "en": "At turn {n} you stayed with what {client} felt. What helped you not to step over it?",
    },
    PatternKind.PERMISSION_ASKED.value: {
        "nl": "Bij beurt {n} vroeg je toestemming voor je een idee gaf. Hoe was het om de keuze bij {client} "
        "te "
        "laten?",
        "en": "At turn {n} you asked permission before offering an idea. What was it like to leave the "
        "choice "
        "with {client}?",
    },
    "fallback": {
        "nl": "Welk moment in dit gesprek vond je zelf het spannendst, en wat deed je toen?",
        "en": "Which moment in this conversation felt most charged to you, and what did you do then?",
    },
}

# Concerns first (they ask most of the student), then the strengths worth holding on to.
ORDER = (
    PatternKind.PREMATURE_SOLUTION,
    PatternKind.TUG_OF_WAR,
    PatternKind.MISSED_OPENING,
    PatternKind.QUESTION_BARRAGE,
    PatternKind.DEEPENING,
    PatternKind.OPENING_TAKEN,
    PatternKind.PERMISSION_ASKED,
)


def reflection_prompts(
    conversation: Conversation, moments: list[Moment], lang: str
) -> list[ReflectionPrompt]:
    client = client_name(conversation, lang)
    prompts: list[ReflectionPrompt] = []
    for kind in ORDER:
        candidates = [m for m in moments if m.pattern is kind and m.valence is not Valence.INFO]
        if not candidates or len(prompts) >= MAX_PROMPTS:
            continue
        chosen = candidates[0]
        first_client = chosen.turns[0] if chosen.turns[0] != chosen.anchor else chosen.anchor
        quoted = conversation.turns[first_client if kind is PatternKind.MISSED_OPENING else chosen.anchor]
        quote = key_phrase(quoted, conversation, 80)
        resistance = _resistance_turn(chosen) if kind is PatternKind.TUG_OF_WAR else first_client
        text = tr(
            MESSAGES, kind.value, lang, n=chosen.anchor + 1, c=resistance + 1, quote=quote, client=client
        )
        prompts.append(ReflectionPrompt(text=text, moment=chosen.id, turn=chosen.anchor))
    if len(prompts) < 2:
        prompts.append(ReflectionPrompt(text=tr(MESSAGES, "fallback", lang)))
    return prompts


def _resistance_turn(moment: Moment) -> int:
    # the tug of war's anchor is the push again; the client's 'yes, but' is the turn before it
    return max(moment.anchor - 1, moment.turns[0])
