"""The rules that turn the coder's reading of a helper turn into the client's next move.

The book's mechanics, made explicit: reflections (most of all complex ones, of feeling and meaning) and
open, exploring questions raise openness and let the client go one layer deeper; advice without
permission, persuading and confronting raise resistance and bring "ja, maar"; a run of closed questions
gets short answers and keeps the talk on the surface; a minimal encourager lets the client go on; advice
given with permission is received more calmly; when resistance runs too high the client ends the talk.
Each persona tunes the rules with :class:`~ontmoeting.practice.persona.RuleParameters`.

The engine is pure: :func:`decide` takes a state and returns a new one, so a session can undo a turn by
keeping the old state.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from ontmoeting.coding.codes import HelperCode
from ontmoeting.practice.persona import Persona
from ontmoeting.practice.state import ClientState, Move
from ontmoeting.transcript.model import Annotation, Turn


class Reading(NamedTuple):
    """How the coder read one helper turn."""

    code: str
    permission: bool = False
    confidence: float = 1.0
    annotations: tuple[Annotation, ...] = ()


#: ``classify(text, context, language) -> (code, permission, confidence)`` (a :class:`Reading` or a tuple)
Classify = Callable[[str, Sequence[Turn], str], Any]

H = HelperCode

# Base effect of each helper code on openness and resistance; a persona scales rises with its multipliers.
OPENNESS_DELTA: dict[str, float] = {
    H.COMPLEX_REFLECTION.value: 0.22,
    H.SIMPLE_REFLECTION.value: 0.15,
    H.OPEN_QUESTION.value: 0.12,
    H.AFFIRMATION.value: 0.07,
    H.AUTONOMY.value: 0.06,
    H.OTHER.value: 0.03,
    H.SELF_DISCLOSURE.value: 0.0,
    H.STRUCTURING.value: 0.0,
    H.INFORMATION.value: 0.0,
    H.CLOSED_QUESTION.value: -0.03,
    H.ADVICE.value: -0.08,
    H.REASSURANCE.value: -0.06,  # "dat komt wel goed": the feeling is talked away, the client closes a little
    H.PERSUASION.value: -0.12,
}
RESISTANCE_DELTA: dict[str, float] = {
    H.COMPLEX_REFLECTION.value: -0.12,
    H.SIMPLE_REFLECTION.value: -0.08,
    H.OPEN_QUESTION.value: -0.03,
    H.AFFIRMATION.value: -0.08,
    H.AUTONOMY.value: -0.15,
    H.OTHER.value: 0.0,
    H.SELF_DISCLOSURE.value: 0.02,
    H.STRUCTURING.value: 0.0,
    H.INFORMATION.value: 0.03,
    H.CLOSED_QUESTION.value: 0.02,
    H.ADVICE.value: 0.14,
    H.REASSURANCE.value: 0.08,
    H.PERSUASION.value: 0.2,
}
# Advice with permission, as (openness, resistance): received calmly, neither opens nor closes much.
ADVICE_WITH_PERMISSION = (0.02, 0.03)
# An exploring turn that names what touches the client opens them up further.
TOUCH_BONUS = 0.1
# From this confidence on a reading counts fully; below it, its opening effects shrink.
FULL_CONFIDENCE = 0.7

EXPLORING = frozenset({H.COMPLEX_REFLECTION.value, H.SIMPLE_REFLECTION.value, H.OPEN_QUESTION.value})
#: Pushing turns: they take the lead from the client. Never rewarded with a deeper layer; a run of them
#: without a repair ends the talk with a hostile or defensive client (``Persona.pushes_to_leave``).
PUSHES = frozenset({H.ADVICE.value, H.PERSUASION.value, H.REASSURANCE.value, H.SELF_DISCLOSURE.value})
#: Turns that repair after a push: showing you heard the client, or giving the choice back.
REPAIRS = frozenset(
    {H.COMPLEX_REFLECTION.value, H.SIMPLE_REFLECTION.value, H.AUTONOMY.value, H.AFFIRMATION.value}
)
# A repair right after pushing lowers resistance this much more than the same turn would otherwise.
REPAIR_FACTOR = 1.5
# A factual question shows interest in the person: a little openness, no depth.
FACT_QUESTION_OPENNESS = 0.03


@dataclass(frozen=True)
class Decision:
    """The client's next move and the layer it is spoken from."""

    move: Move
    layer: int
    touched: bool = False


def touches(persona_touches: Sequence[str], text: str) -> bool:
    """Whether ``text`` names one of the themes that touch the client (word starts, case-insensitive)."""
    lowered = text.lower()
    return any(re.search(r"\b" + re.escape(word.lower()), lowered) for word in persona_touches)


def initial_state(persona: Persona) -> ClientState:
    parameters = persona.parameters
    return ClientState(openness=parameters.start_openness, resistance=parameters.start_resistance)


def opening(state: ClientState) -> tuple[ClientState, Decision]:
    return state.model_copy(update={"last_move": Move.OPENING, "turns_in_layer": 1}), Decision(
        Move.OPENING, 0
    )


def decide(
    persona: Persona,
    state: ClientState,
    reading: Reading,
    touched: bool = False,
    *,
    factual: bool = False,
    summary: bool = False,
) -> tuple[ClientState, Decision]:
    """The state after the helper turn read as ``reading``, and the client's move. Leaves ``state`` alone.

    ``factual``: the turn asks for a fact (see :mod:`ontmoeting.practice.facts`); the client answers it and
    stays where they are. ``summary``: the turn sums up what the client said; it may take the client one
    layer deeper even before they have said ``turns_per_layer`` things in this one (a next step).
    """
    p = persona.parameters
    code = reading.code if reading.code in OPENNESS_DELTA else H.OTHER.value
    if summary and code in (H.OPEN_QUESTION.value, H.CLOSED_QUESTION.value):
        code = H.COMPLEX_REFLECTION.value  # a summary with a check at the end: the summary is what counts
    advice_with_permission = code == H.ADVICE.value and reading.permission
    pushing = code in PUSHES and not advice_with_permission
    factual = factual and not pushing
    if advice_with_permission:
        d_open, d_resist = ADVICE_WITH_PERMISSION
    elif factual:
        d_open, d_resist = FACT_QUESTION_OPENNESS, 0.0
    else:
        d_open, d_resist = OPENNESS_DELTA[code], RESISTANCE_DELTA[code]
    exploring = code in EXPLORING and not factual
    if exploring and (touched or summary):  # a summary shows they were heard, as naming what touches does
        d_open += TOUCH_BONUS
    repair = code in REPAIRS and (state.push_streak > 0 or state.last_move in (Move.YES_BUT, Move.PUSH_BACK))
    if repair and d_resist < 0:
        d_resist *= REPAIR_FACTOR
    # Rises are scaled by the persona, falls are not: a guarded client opens slowly but shuts quickly.
    d_open = d_open * p.openness_rise if d_open > 0 else d_open
    d_resist = d_resist * p.resistance_rise if d_resist > 0 else d_resist
    # Half an invitation (the coder is unsure what the turn was) opens the client only half as much.
    certainty = min(1.0, max(0.0, reading.confidence) / FULL_CONFIDENCE)
    d_open = d_open * certainty if d_open > 0 else d_open
    d_resist = d_resist * certainty if d_resist < 0 else d_resist
    openness = min(1.0, max(0.0, state.openness + d_open))
    resistance = max(0.0, state.resistance + d_resist)
    closed_streak = state.closed_streak + 1 if code == H.CLOSED_QUESTION.value else 0
    if pushing:
        push_streak = state.push_streak + 1
    elif code in REPAIRS:
        push_streak = 0
    else:
        push_streak = state.push_streak
    limit = persona.pushes_to_leave
    layer = state.layer

    if resistance >= p.end_at or (pushing and limit is not None and push_streak >= limit):
        move = Move.LEAVE
        layer = min(layer, 1)
    elif factual:
        move = Move.ANSWER
    elif advice_with_permission:
        move = Move.CALM
    elif code == H.ADVICE.value:
        move, layer = Move.YES_BUT, min(layer, 1)
    elif code in (H.PERSUASION.value, H.REASSURANCE.value):
        # pushed or talked out of a feeling, the client pushes back and goes back to the surface
        move, layer = Move.PUSH_BACK, min(layer, 1)
    elif code == H.SELF_DISCLOSURE.value:
        # the helper's own story takes the focus off the client: they say more, but from the surface
        move, layer = Move.STAY, min(layer, 1)
    elif code == H.CLOSED_QUESTION.value:
        # A closed question asks for a fact: back to the surface; a run of them gets short shrift.
        layer = min(layer, 1)
        move = Move.SHORT if closed_streak >= p.short_after_closed else Move.STAY
    elif exploring:
        # One layer at a time, and only after the client has said enough in this one (turns_per_layer).
        can_deepen = (
            layer < 3
            and resistance < p.block_deepening_at
            and openness >= p.layer_thresholds[layer]
            and (state.turns_in_layer >= p.turns_per_layer or summary)
        )
        move = Move.DEEPEN if can_deepen else Move.STAY
        layer = layer + 1 if can_deepen else layer
    elif code == H.OTHER.value:
        move = Move.GO_ON
    else:
        move = Move.STAY

    new_state = state.model_copy(
        update={
            "openness": openness,
            "resistance": resistance,
            "layer": layer,
            "deepest": max(state.deepest, layer),
            "closed_streak": closed_streak,
            "push_streak": push_streak,
            # an answer to a factual question is not something said in this layer
            "turns_in_layer": (
                state.turns_in_layer if factual else state.turns_in_layer + 1 if layer == state.layer else 1
            ),
            "helper_turns": state.helper_turns + 1,
            "ended": move is Move.LEAVE,
            "last_move": move,
            "used": {k: list(v) for k, v in state.used.items()},
        }
    )
    return new_state, Decision(move, layer, touched)


def as_reading(result: Any) -> Reading:
    """Accept a :class:`Reading`, or a ``(code, permission, confidence)`` tuple from a simple classifier."""
    if isinstance(result, Reading):
        return result
    return Reading(*result)


def not_understood(state: ClientState) -> tuple[ClientState, Decision]:
    """The student spoke the other language: the client says so, and nothing else changes."""
    new_state = state.model_copy(
        update={
            "helper_turns": state.helper_turns + 1,
            "last_move": Move.NOT_UNDERSTOOD,
            "used": {k: list(v) for k, v in state.used.items()},
        }
    )
    return new_state, Decision(Move.NOT_UNDERSTOOD, state.layer)
