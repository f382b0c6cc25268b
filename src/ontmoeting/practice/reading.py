"""How the practice client reads a student's turn: the project's coder, with the rules' sure pushes first.

``default_classifier()`` is the ``classify(text, context, language) -> Reading`` a session uses; it carries
the coder so the session can code the client's turns with the same one at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ontmoeting.errors import ConfigError
from ontmoeting.practice import engine
from ontmoeting.practice.engine import Classify, Reading
from ontmoeting.transcript.model import Annotation, Dimension, Role, Source, Turn

HELPER_SPEAKER = "Student"
ENGINE_ANNOTATOR = "practice"
#: From this confidence the rules' reading of a push wins over the combined code (see rules_sure_push).
SURE_PUSH = 0.7


def default_classifier(fast: bool | None = None) -> Classify:
    """The project's coder as a ``classify`` callable (behaviour code, permission flag, confidence)."""
    try:
        from ontmoeting.coding.pipeline import load_coder
    except ImportError as error:
        raise ConfigError(
            "E410",
            nl="De coder (ontmoeting.coding.pipeline) ontbreekt; de oefencliënt kan beurten niet lezen.",
            en="The coder (ontmoeting.coding.pipeline) is missing; the practice client cannot read turns.",
        ) from error
    coder = load_coder(fast=fast)

    def classify(text: str, context: Sequence[Turn], language: str) -> Reading:
        turn = Turn(index=len(context), role=Role.HELPER, speaker=HELPER_SPEAKER, text=text)
        annotations = rules_sure_push(
            coder, turn, context, language, coder.code_turn(turn, list(context), language)
        )
        behaviour = next((a for a in annotations if a.dimension is Dimension.BEHAVIOUR), None)
        permission = any(a.dimension is Dimension.FLAG and a.code == "permission" for a in annotations)
        code = behaviour.code if behaviour else "other"
        confidence = behaviour.confidence if behaviour and behaviour.confidence is not None else 1.0
        return Reading(code, permission, confidence, tuple(annotations))

    classify.coder = coder  # type: ignore[attr-defined]  # finish() codes the client's turns with it too
    return classify


def rules_sure_push(
    coder: Any, turn: Turn, context: Sequence[Turn], language: str, final: list[Annotation]
) -> list[Annotation]:
    """The final annotations, with the rules' sure reading of a push in place of the model's other reading.

    The client reacts to the form it hears: when the rules find a pushing cue (advice, persuasion,
    reassurance, the helper's own story) with confidence >= ``SURE_PUSH`` and the combined code is no push,
    the push counts, marked as the practice engine's reading so the report counts what the client reacted to.
    """
    behaviour = next((a for a in final if a.dimension is Dimension.BEHAVIOUR), None)
    if behaviour is None or behaviour.code in engine.PUSHES:
        return final
    rules = next(
        (a for a in coder.rules.annotate_turn(turn, context, language) if a.dimension is Dimension.BEHAVIOUR),
        None,
    )
    if rules is None or rules.code not in engine.PUSHES or (rules.confidence or 0.0) < SURE_PUSH:
        return final
    reading = Annotation(
        dimension=Dimension.BEHAVIOUR,
        code=rules.code,
        source=Source.RULES,
        annotator=ENGINE_ANNOTATOR,
        confidence=rules.confidence,
        explanation=f"the rules' cue ({rules.explanation or rules.code}) over '{behaviour.code}'",
    )
    return [a for a in final if a is not behaviour] + [reading]
