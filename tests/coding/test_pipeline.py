"""The pipeline: final annotations on every turn, the rules-only fallback, one-utterance entry, re-coding."""

from __future__ import annotations

from pathlib import Path

import pytest

from ontmoeting.coding import annotator as registry
from ontmoeting.coding import pipeline
from ontmoeting.coding.annotator import Annotator
from ontmoeting.coding.pipeline import Coder, build_coder, load_coder
from ontmoeting.coding.rules import RuleAnnotator
from ontmoeting.errors import ConfigError
from ontmoeting.transcript.io import read_conversation
from ontmoeting.transcript.model import PIPELINE, Annotation, Dimension, Role, Source, Turn

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def mira() -> object:
    return read_conversation(EXAMPLES / "mira-robert-1.txt", helper="Mira", language="nl")


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a fresh clone before training: the statistical annotator cannot load."""

    def refuse(name: str, **params: object) -> Annotator:
        if name == "statistical":
            raise ConfigError("E220", nl="Model ontbreekt.", en="Model missing.")
        return original(name, **params)

    original = registry.create
    monkeypatch.setattr(registry, "create", refuse)


def test_without_a_model_the_coder_uses_the_rules_and_says_so(no_model: None) -> None:
    coder = build_coder()
    info = coder.describe()
    assert info.annotators == ["rules"] and info.model_configuration is None and not info.embeddings
    assert any("Model missing." in line for line in info.lines("en"))
    assert any("alleen de regels" in line for line in info.lines("nl"))
    conversation = coder.code(mira())
    assert all(
        turn.get(Dimension.BEHAVIOUR if turn.role is Role.HELPER else Dimension.TALK, annotator=PIPELINE)
        for turn in conversation.turns
    )


def test_every_turn_ends_with_final_main_codes(no_model: None) -> None:
    conversation = build_coder().code(mira())
    for turn in conversation.turns:
        final = [a for a in turn.annotations if a.annotator == PIPELINE]
        dimensions = {a.dimension for a in final}
        expected = (
            {Dimension.BEHAVIOUR, Dimension.ANNOMI}
            if turn.role is Role.HELPER
            else {Dimension.TALK, Dimension.DEPTH}
        )
        assert expected <= dimensions
        assert all(a.confidence is not None and a.explanation for a in final)
        assert turn.code is not None
    robert = conversation.turns[7]  # "Ja, maar dat durf ik nou net niet."
    assert robert.code == "sustain" and robert.has_flag("yes_but")
    # "Dan is het toch niet zo moeilijk? Misschien moet je ..." argues and proposes: persuasion (the guide)
    assert conversation.turns[6].code == "persuasion" and not conversation.turns[6].has_flag("permission")


class Silent(Annotator):
    """An annotator that codes nothing: the pipeline must still give every turn its main codes."""

    name = "rules"
    assigns = (Dimension.BEHAVIOUR,)

    def annotate_turn(self, turn, context, language):
        return []


def test_defaults_when_no_annotator_says_anything() -> None:
    coder = Coder(Silent())
    helper = Turn(index=0, role=Role.HELPER, speaker="H", text="…")
    client = Turn(index=1, role=Role.CLIENT, speaker="C", text="…")
    final = {a.dimension: a for a in coder.code_turn(helper, [], "en")}
    assert final[Dimension.BEHAVIOUR].code == "other" and final[Dimension.ANNOMI].code == "other"
    assert final[Dimension.BEHAVIOUR].confidence <= 0.3 and final[Dimension.BEHAVIOUR].explanation
    final = {a.dimension: a for a in coder.code_turn(client, [helper], "nl")}
    assert final[Dimension.TALK].code == "neutral" and final[Dimension.DEPTH].code == "facts"
    assert "gok" in final[Dimension.TALK].explanation


def test_code_turn_gives_the_same_final_codes_as_code_and_leaves_the_turn(no_model: None) -> None:
    coder = build_coder()
    whole = coder.code(mira())
    fresh = mira()
    for turn in fresh.turns:
        before = turn.model_dump()
        single = coder.code_turn(turn, fresh.turns[: turn.index], fresh.language)
        assert turn.model_dump() == before
        assert all(a.annotator == PIPELINE for a in single)
        coded = [a for a in whole.turns[turn.index].annotations if a.annotator == PIPELINE]
        assert sorted((a.dimension.value, a.code) for a in single) == sorted(
            (a.dimension.value, a.code) for a in coded
        )


def test_code_many_equals_code_one_by_one(no_model: None) -> None:
    coder = build_coder()
    english = read_conversation(EXAMPLES / "english-session.txt", language="en")
    batch = coder.code_many([mira(), english])
    one = [coder.code(mira()), coder.code(read_conversation(EXAMPLES / "english-session.txt", language="en"))]
    assert [c.model_dump() for c in batch] == [c.model_dump() for c in one]


def test_recoding_replaces_automatic_codes_and_keeps_human_ones(no_model: None) -> None:
    coder = build_coder()
    conversation = coder.code(mira())
    human = Annotation(
        dimension=Dimension.BEHAVIOUR,
        code="complex_reflection",
        source=Source.HUMAN,
        annotator="trainer",
        confidence=1.0,
        explanation="trainer's correction",
    )
    conversation.turns[6].annotate(human)
    count = len(conversation.turns[6].annotations)
    coder.code(conversation)
    assert len(conversation.turns[6].annotations) == count  # nothing duplicated
    assert conversation.turns[6].code == "complex_reflection"  # the human counts
    assert human in conversation.turns[6].annotations


def test_the_final_behaviour_and_annomi_label_agree() -> None:
    class Model(Annotator):
        name = "statistical"
        assigns = (Dimension.BEHAVIOUR, Dimension.ANNOMI)

        def annotate_turn(self, turn, context, language):
            make = dict(source=Source.MODEL, annotator=self.name, explanation="model")
            return [
                Annotation(dimension=Dimension.BEHAVIOUR, code="advice", confidence=0.6, **make),
                Annotation(dimension=Dimension.ANNOMI, code="therapist_input", confidence=0.6, **make),
            ]

    coder = Coder(RuleAnnotator(), Model())
    # The rules are sure it is a reflection (AnnoMI label 0.9) but less sure it is complex (0.77), so the
    # combination takes the label from the rules and the fine code from the model: they must be made to agree.
    turn = Turn(index=0, role=Role.HELPER, speaker="H", text="Het klinkt alsof je hem mist.")
    rules = {a.dimension: a for a in RuleAnnotator().annotate_turn(turn, [], "nl")}
    assert rules[Dimension.ANNOMI].confidence >= 0.9 > rules[Dimension.BEHAVIOUR].confidence
    final = {a.dimension: a for a in coder.code_turn(turn, [], "nl")}
    assert (final[Dimension.BEHAVIOUR].code, final[Dimension.ANNOMI].code) == (
        "complex_reflection",
        "reflection",
    )
    unsure = Turn(index=0, role=Role.HELPER, speaker="H", text="Het weer was slecht die dag.")
    final = {a.dimension: a for a in coder.code_turn(unsure, [], "nl")}
    assert (final[Dimension.BEHAVIOUR].code, final[Dimension.ANNOMI].code) == ("advice", "therapist_input")


def test_load_coder_is_cached_per_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pipeline.ANNOTATORS_ENV, raising=False)
    assert load_coder() is load_coder()
    assert load_coder(fast=True) is load_coder(fast=True)
    assert load_coder(fast=True) is not load_coder(fast=False)
    assert load_coder().describe().codebook_version


def test_the_configured_coder_is_fast_unless_accurate_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pipeline.CODER_ENV, raising=False)
    assert load_coder() is load_coder(fast=True)
    monkeypatch.setenv(pipeline.CODER_ENV, "accurate")
    assert load_coder() is load_coder(fast=False)


def test_configured_extra_annotators_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pipeline.ANNOTATORS_ENV, "llm, rules")
    assert pipeline.configured_annotators() == ("llm",)
    monkeypatch.delenv(pipeline.ANNOTATORS_ENV)
    assert pipeline.configured_annotators() == ()


def _opinion(code: str, source: Source, confidence: float) -> Annotation:
    return Annotation(
        dimension=Dimension.ANNOMI,
        code=code,
        source=source,
        annotator="rules" if source is Source.RULES else "statistical",
        confidence=confidence,
    )


@pytest.mark.parametrize(
    ("rule_confidence", "model_confidence", "expected"),
    [
        (0.95, 0.99, "question"),  # a sure cue wins even against a sure model
        (0.85, 0.40, "question"),  # a cue surer than the model wins ("Je zou ... kunnen" read as reflection)
        (0.60, 0.65, "reflection"),  # otherwise the model's label stands
    ],
)
def test_the_annomi_label_is_the_models_unless_a_rule_cue_is_sure_or_surer(
    rule_confidence: float, model_confidence: float, expected: str
) -> None:
    from ontmoeting.coding.combine import RULE_OVERRIDE, combine

    assert 0.85 < RULE_OVERRIDE <= 0.95
    final = combine(
        [_opinion("question", Source.RULES, rule_confidence)],
        [_opinion("reflection", Source.MODEL, model_confidence)],
    )
    assert {a.dimension: a.code for a in final}[Dimension.ANNOMI] == expected
