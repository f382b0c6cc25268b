"""How the pipeline combines its annotators' opinions into one final annotation per dimension.

The statistical model is the better judge of AnnoMI's broad labels; the rules know forms the model never
learned to tell apart (advice from persuasion, structuring, asking permission) and say which cue fired.
So, per turn:

* **AnnoMI label** (helper): the model's, unless the rules disagree on a cue that is sure
  (confidence >= ``RULE_OVERRIDE``: such cues are about 95% right on AnnoMI) or surer than the model.
* **Behaviour** (helper, the fine code): one that agrees with the chosen AnnoMI label. Within
  therapist_input and other, a rule that fired on a cue (>= ``RULE_CUE``) names the kind (advice,
  persuasion, information, structuring, ...), since AnnoMI only taught the model information vs advice.
  Open or closed is a matter of form, which the rules read over the whole turn (the last question of a
  barrage decides), so a question cue (>= ``QUESTION_CUE``) decides that too. Between simple and complex
  reflection the surer of the two decides.
* **Talk type** (client): the model's, except that a "ja, maar" right after a proposal is sustain talk:
  the client argues for staying as they are (MISC), whatever the words around it.
* **Sure roadblocks** (advice, persuasion, reassurance, and the helper's own story) that the rules find with a
  cue of at least ``SURE_ROADBLOCK`` are never turned into a reflection or a question by the model: the
  cue is the form, and the form is what the client hears. A reflection also needs a reflective form: when
  the model reads a reflection where the rules found a roadblock cue (>= ``RULE_CUE``), the cue stands.
* **Flags and depth**: the model's depth, feeling and flag heads where the model has them, else the rules'.

Without a model, the rules decide alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from ontmoeting.coding.codebook import load_codebook
from ontmoeting.coding.codes import REFLECTIONS, ROADBLOCKS, AnnomiLabel, ClientCode, Flag, HelperCode
from ontmoeting.transcript.model import DEPTH_LEVELS, PIPELINE, Annotation, Dimension

RULE_OVERRIDE = 0.9
RULE_CUE = 0.6
QUESTION_CUE = 0.7
SURE_ROADBLOCK = 0.8
#: What a sure cue of the rules decides whatever the model reads (see the module's docstring).
DIRECTIVE = ROADBLOCKS | {HelperCode.SELF_DISCLOSURE.value}

_RULE_KINDS = {AnnomiLabel.THERAPIST_INPUT.value, AnnomiLabel.OTHER.value}


def combine(
    rule_annotations: Sequence[Annotation], model_annotations: Sequence[Annotation]
) -> list[Annotation]:
    """The pipeline's final annotations for one turn, marked with annotator ``pipeline``."""
    rules = _by_dimension(rule_annotations)
    model = _by_dimension(model_annotations)
    chosen: list[Annotation | None] = []

    directive = _directive(rules.get(Dimension.BEHAVIOUR), model.get(Dimension.BEHAVIOUR))
    if directive is not None:
        label = rules.get(Dimension.ANNOMI)
        chosen += [label, directive]
    else:
        label = _surer(rules.get(Dimension.ANNOMI), model.get(Dimension.ANNOMI))
        chosen.append(label)
        chosen.append(_behaviour(rules.get(Dimension.BEHAVIOUR), model.get(Dimension.BEHAVIOUR), label))
    chosen.append(_talk(rules.get(Dimension.TALK), model.get(Dimension.TALK), rule_annotations))

    final = [a.model_copy(update={"annotator": PIPELINE}) for a in chosen if a is not None]
    depth_taken = False
    # the model's depth first: trained on the corpus, it reads depth from the whole turn and the helper's
    # turn before it, where the rules see only cue words
    for annotation in (*model_annotations, *rule_annotations):
        if annotation.dimension is Dimension.DEPTH and not depth_taken:
            depth_taken = True
            final.append(annotation.model_copy(update={"annotator": PIPELINE}))
        elif annotation.dimension is Dimension.FLAG and not any(
            a.dimension is Dimension.FLAG and a.code == annotation.code for a in final
        ):
            final.append(annotation.model_copy(update={"annotator": PIPELINE}))
    return _feeling_fits_depth(_consistent(final, list(rule_annotations), list(model_annotations)))


def _feeling_fits_depth(final: list[Annotation]) -> list[Annotation]:
    """The guide's rule: a turn with the feeling flag has depth 2 or 3, and depth 2 is a named feeling."""
    depth = next((a for a in final if a.dimension is Dimension.DEPTH), None)
    if depth is None:
        return final
    level = DEPTH_LEVELS.get(depth.code, 0)
    feeling = [a for a in final if a.dimension is Dimension.FLAG and a.code == Flag.FEELING.value]
    if level < 2 and feeling:  # a named feeling is at least depth 2 (the rules' feeling words are sure)
        raised = depth.model_copy(update={"code": "feelings", "confidence": feeling[0].confidence})
        return [raised if a is depth else a for a in final]
    if level == 2 and not feeling:  # depth 2 is a named feeling: without one, the turn stays at thoughts
        lowered = depth.model_copy(update={"code": "thoughts"})
        return [lowered if a is depth else a for a in final]
    return final


def _directive(rule: Annotation | None, model: Annotation | None) -> Annotation | None:
    """The rules' roadblock when it must stand: a sure cue, or any cue against a model reflection."""
    if rule is None or rule.code not in DIRECTIVE:
        return None
    if _confidence(rule) >= SURE_ROADBLOCK:
        return rule
    if model is not None and model.code in REFLECTIONS and _confidence(rule) >= RULE_CUE:
        return rule
    return None


def _by_dimension(annotations: Sequence[Annotation]) -> dict[Dimension, Annotation]:
    found: dict[Dimension, Annotation] = {}
    for annotation in annotations:
        if annotation.dimension is not Dimension.FLAG:
            found.setdefault(annotation.dimension, annotation)
    return found


def _confidence(annotation: Annotation) -> float:
    return annotation.confidence if annotation.confidence is not None else 0.5


def _surer(rule: Annotation | None, model: Annotation | None) -> Annotation | None:
    """The model's opinion unless the rule is sure, or surer than the model, and disagrees."""
    if rule is None or model is None:
        return model or rule
    if rule.code == model.code:
        return model if _confidence(model) >= _confidence(rule) else rule
    if _confidence(rule) >= RULE_OVERRIDE or _confidence(rule) > _confidence(model):
        return rule
    return model


def _behaviour(
    rule: Annotation | None, model: Annotation | None, label: Annotation | None
) -> Annotation | None:
    if label is None:
        return _surer(rule, model)
    codebook = load_codebook()

    def agrees(annotation: Annotation | None) -> bool:
        if annotation is None:
            return False
        entry = codebook.find(Dimension.BEHAVIOUR, annotation.code)
        return entry is not None and entry.annomi == label.code

    rule_ok, model_ok = agrees(rule), agrees(model)
    if rule_ok and model_ok:
        assert rule is not None and model is not None
        if label.code in _RULE_KINDS and _confidence(rule) >= RULE_CUE:
            return rule
        if label.code == AnnomiLabel.QUESTION.value and _confidence(rule) >= QUESTION_CUE:
            return rule
        return model if _confidence(model) >= _confidence(rule) else rule
    if rule_ok:
        return rule
    if model_ok:
        return model
    # Neither fine code fits the label: the pipeline makes them consistent from the label's annotator.
    return rule if label.source is (rule.source if rule else None) else (model or rule)


def _talk(
    rule: Annotation | None, model: Annotation | None, rule_annotations: Sequence[Annotation]
) -> Annotation | None:
    yes_but = any(a.dimension is Dimension.FLAG and a.code == Flag.YES_BUT.value for a in rule_annotations)
    if rule is not None and yes_but and rule.code == ClientCode.SUSTAIN.value:
        return rule
    return model or rule


def _consistent(
    final: list[Annotation], rules: list[Annotation], model: list[Annotation]
) -> list[Annotation]:
    """Behaviour and AnnoMI label must agree (advice is therapist_input). When the combination took them from
    different annotators and they disagree, both come from the annotator whose AnnoMI label was chosen."""
    behaviour = next((a for a in final if a.dimension is Dimension.BEHAVIOUR), None)
    annomi = next((a for a in final if a.dimension is Dimension.ANNOMI), None)
    if behaviour is None or annomi is None:
        return final
    codebook = load_codebook()
    entry = codebook.find(Dimension.BEHAVIOUR, behaviour.code)
    if entry is None or entry.annomi == annomi.code:
        return final
    source = next(
        (
            group
            for group in (rules, model)
            if any(
                a.dimension is Dimension.ANNOMI and a.code == annomi.code and a.source is annomi.source
                for a in group
            )
        ),
        None,
    )
    partner = next(
        (
            a
            for a in source or []
            if a.dimension is Dimension.BEHAVIOUR
            and (codebook.find(Dimension.BEHAVIOUR, a.code) or entry).annomi == annomi.code
        ),
        None,
    )
    if partner is not None:
        replacement = partner.model_copy(update={"annotator": PIPELINE})
    else:
        replacement = annomi.model_copy(
            update={"dimension": Dimension.ANNOMI, "code": entry.annomi, "confidence": behaviour.confidence}
        )
        return [replacement if a is annomi else a for a in final]
    return [replacement if a is behaviour else a for a in final]
