"""How the pipeline combines its annotators' opinions into one final annotation per dimension.

Policy (tuned on held-out AnnoMI transcripts by the benchmark): the statistical model decides the main
code, except where a rule fired on a cue it is sure of (confidence >= ``RULE_OVERRIDE``); flags and depth
come from the rules. Without a model, the rules decide alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from ontmoeting.transcript.model import PIPELINE, Annotation, Dimension

RULE_OVERRIDE = 0.9

_MAIN = (Dimension.BEHAVIOUR, Dimension.TALK, Dimension.ANNOMI)


def combine(rule_annotations: Sequence[Annotation], model_annotations: Sequence[Annotation]) -> list[Annotation]:
    """The pipeline's final annotations for one turn, marked with annotator ``pipeline``."""
    final: list[Annotation] = []
    for dimension in _MAIN:
        rule = next((a for a in rule_annotations if a.dimension is dimension), None)
        model = next((a for a in model_annotations if a.dimension is dimension), None)
        chosen = model
        if rule is not None and (model is None or (rule.confidence or 0.0) >= RULE_OVERRIDE):
            chosen = rule
        if chosen is not None:
            final.append(chosen.model_copy(update={"annotator": PIPELINE}))
    for annotation in (*rule_annotations, *model_annotations):
        if annotation.dimension in (Dimension.FLAG, Dimension.DEPTH):
            if not any(a.dimension is annotation.dimension and a.code == annotation.code for a in final):
                if annotation.dimension is Dimension.DEPTH and any(a.dimension is Dimension.DEPTH for a in final):
                    continue
                final.append(annotation.model_copy(update={"annotator": PIPELINE}))
    return final
