"""The code identifiers of the codebook, as constants for code that reasons about them.

The codebook data (``codebook.yaml``: names, definitions, examples, AnnoMI mapping) is the source of
truth for users; these enums are the same identifiers for programs, and a test keeps the two in step.
"""

from __future__ import annotations

from enum import Enum


class HelperCode(str, Enum):
    OPEN_QUESTION = "open_question"
    CLOSED_QUESTION = "closed_question"
    SIMPLE_REFLECTION = "simple_reflection"
    COMPLEX_REFLECTION = "complex_reflection"  # includes reflection of feeling and summary
    AFFIRMATION = "affirmation"
    INFORMATION = "information"
    ADVICE = "advice"  # a solution or suggestion; flag 'permission' when asked/autonomy stressed
    PERSUASION = "persuasion"  # persuading, arguing, moralising, confronting
    REASSURANCE = "reassurance"  # reassuring, minimising, normalising a feeling away
    AUTONOMY = "autonomy"  # emphasising autonomy, seeking collaboration
    SELF_DISCLOSURE = "self_disclosure"
    STRUCTURING = "structuring"  # agenda, time, announced transitions
    OTHER = "other"  # greetings, fillers, minimal encouragers


class ClientCode(str, Enum):
    CHANGE = "change"
    SUSTAIN = "sustain"
    NEUTRAL = "neutral"


class Flag(str, Enum):
    PERMISSION = "permission"  # helper: advice with permission asked or autonomy stressed
    YES_BUT = "yes_but"  # client: "ja, maar" resistance to what the helper just proposed
    FEELING = "feeling"  # client: expressed a feeling
    WHY_QUESTION = "why_question"  # helper: a why-question, which can sound like a reproach
    TOPIC_CHANGE = "topic_change"  # helper: leaves the subject or feeling of the client's last turn
    REFLECTS_FEELING = "reflects_feeling"  # helper reflection naming a feeling
    REFLECTS_MEANING = "reflects_meaning"  # helper reflection naming a need, value or fear
    DOUBLE_SIDED = "double_sided"  # helper reflection of both sides of ambivalence
    SUMMARY = "summary"  # helper reflection gathering several turns


HELPER_FLAGS = frozenset(
    {
        Flag.PERMISSION.value,
        Flag.WHY_QUESTION.value,
        Flag.TOPIC_CHANGE.value,
        Flag.REFLECTS_FEELING.value,
        Flag.REFLECTS_MEANING.value,
        Flag.DOUBLE_SIDED.value,
        Flag.SUMMARY.value,
    }
)
CLIENT_FLAGS = frozenset({Flag.YES_BUT.value, Flag.FEELING.value})
REFLECTION_FLAGS = frozenset(
    {Flag.REFLECTS_FEELING.value, Flag.REFLECTS_MEANING.value, Flag.DOUBLE_SIDED.value, Flag.SUMMARY.value}
)


class DepthCode(str, Enum):
    FACTS = "facts"  # 0: facts and events
    THOUGHTS = "thoughts"  # 1: thoughts and opinions
    FEELINGS = "feelings"  # 2: feelings
    MEANING = "meaning"  # 3: personal meaning, needs, fears


class AnnomiLabel(str, Enum):
    QUESTION = "question"
    REFLECTION = "reflection"
    THERAPIST_INPUT = "therapist_input"
    OTHER = "other"


QUESTIONS = frozenset({HelperCode.OPEN_QUESTION.value, HelperCode.CLOSED_QUESTION.value})
REFLECTIONS = frozenset({HelperCode.SIMPLE_REFLECTION.value, HelperCode.COMPLEX_REFLECTION.value})
SOLUTIONS = frozenset({HelperCode.ADVICE.value, HelperCode.PERSUASION.value})
#: Gordon's roadblocks as the codebook has them: the moves that steer away from the client's own exploring.
ROADBLOCKS = frozenset({HelperCode.ADVICE.value, HelperCode.PERSUASION.value, HelperCode.REASSURANCE.value})
