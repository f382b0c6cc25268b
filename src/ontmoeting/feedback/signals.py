"""Small readings of coded turns that several patterns share: is this an opening, does this explore it.

These are functions of the codes only (and of punctuation for counting questions), so patterns can be
tested on hand-coded conversations, independent of the coder's accuracy.
"""

from __future__ import annotations

import re

from ontmoeting.coding.codes import (
    QUESTIONS,
    REFLECTIONS,
    ROADBLOCKS,
    SOLUTIONS,
    ClientCode,
    Flag,
    HelperCode,
)
from ontmoeting.transcript.model import Conversation, Role, Turn

#: Helper behaviours that explore what the client just said: reflecting it or asking openly about it.
EXPLORING = REFLECTIONS | {HelperCode.OPEN_QUESTION.value}

#: Helper behaviours that, right after an opening, take the talk away from it (gemiste kans).
LEAVING = frozenset(
    {
        HelperCode.CLOSED_QUESTION.value,
        HelperCode.ADVICE.value,
        HelperCode.PERSUASION.value,
        HelperCode.REASSURANCE.value,  # talking the feeling away leaves it too
        HelperCode.INFORMATION.value,
        HelperCode.STRUCTURING.value,
        HelperCode.SELF_DISCLOSURE.value,
    }
)

_QUESTION_SENTENCE = re.compile(r"[^.?!]*\?")


def is_opening(turn: Turn) -> bool:
    """A client turn that voices a feeling or something personal: the feeling flag, or depth >= 2."""
    return turn.role is Role.CLIENT and (turn.has_flag(Flag.FEELING.value) or (turn.depth or 0) >= 2)


def is_resistance(turn: Turn) -> bool:
    """A client turn that pushes back: 'ja, maar' or sustain talk."""
    return turn.role is Role.CLIENT and (
        turn.has_flag(Flag.YES_BUT.value) or turn.code == ClientCode.SUSTAIN.value
    )


def is_solution(turn: Turn) -> bool:
    return turn.role is Role.HELPER and turn.code in SOLUTIONS


def is_roadblock(turn: Turn) -> bool:
    """Advice, persuasion or reassurance: the helper's answer put in place of the client's own."""
    return turn.role is Role.HELPER and turn.code in ROADBLOCKS


def is_question(turn: Turn) -> bool:
    return turn.role is Role.HELPER and turn.code in QUESTIONS


def is_reflection(turn: Turn) -> bool:
    return turn.role is Role.HELPER and turn.code in REFLECTIONS


def is_exploring(turn: Turn) -> bool:
    """A reflection or open question that stays with the client (an open question on another subject,
    flagged topic_change, does not explore what was just said, nor does a why-question)."""
    return (
        turn.role is Role.HELPER
        and turn.code in EXPLORING
        and not turn.has_flag(Flag.TOPIC_CHANGE.value)
        and not turn.has_flag(Flag.WHY_QUESTION.value)  # "waarom ...?" asks for a defence (guide, 8.13)
    )


def explores_experience(conversation: Conversation, turn: Turn) -> bool:
    """An exploring turn that reaches the client's experience, which is what makes a theme explored: a
    complex reflection, a reflection of feeling or meaning, or an exploring open question that the client
    answers with a feeling or meaning (depth >= 2). A reflection of facts or a question about facts
    ("Wat zei hij?") explores nothing yet."""
    if not is_exploring(turn):
        return False
    if turn.code in REFLECTIONS:
        return (
            turn.code == HelperCode.COMPLEX_REFLECTION.value
            or turn.has_flag(Flag.REFLECTS_FEELING.value)
            or turn.has_flag(Flag.REFLECTS_MEANING.value)
        )
    answer = next_turn(conversation, turn, Role.CLIENT)
    return answer is not None and (answer.depth or 0) >= 2


def question_count(turn: Turn) -> int:
    """How many questions a question turn asks: stacked questions ('Hoe lang? Waar? En wie?') count each."""
    if not is_question(turn):
        return 0
    return max(1, len([s for s in _QUESTION_SENTENCE.findall(turn.text) if s.strip(" ?")]))


def next_turn(conversation: Conversation, turn: Turn, role: Role) -> Turn | None:
    """The first turn after ``turn`` by ``role``, if it directly answers (no turn by the same role as
    ``turn`` lies between)."""
    for later in conversation.turns[turn.index + 1 :]:
        if later.role is role:
            return later
        if later.role is turn.role:
            return None
    return None


def shorten(text: str, limit: int = 140) -> str:
    """``text`` on one line, cut at a word boundary with an ellipsis when longer than ``limit``."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
