"""Every registered annotator that can be created here keeps the annotator contract (coding/annotator.py)."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest

from ontmoeting.coding.annotator import Annotator, create, registered_names
from ontmoeting.errors import OntmoetingError
from ontmoeting.transcript.io import read_conversation
from ontmoeting.transcript.model import Annotation, Conversation, Dimension

from .fake_llm import FakeLLM

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def fake_llm() -> Iterator[FakeLLM]:
    with FakeLLM() as server:
        yield server


def _params(name: str, fake_llm: FakeLLM) -> dict[str, object]:
    return {"url": fake_llm.url, "model": "fake", "timeout": 5.0} if name == "llm" else {}


def _loaded(name: str, fake_llm: FakeLLM) -> Annotator:
    annotator = create(name, **_params(name, fake_llm))
    load = getattr(annotator, "load", None)
    try:
        if callable(load):
            load()
    except (OntmoetingError, FileNotFoundError) as error:  # e.g. the statistical model is not trained here
        pytest.skip(f"annotator '{name}' cannot be loaded here: {error}")
    return annotator


def _conversations() -> list[Conversation]:
    return [
        read_conversation(EXAMPLES / "mira-robert-1.txt", helper="Mira", language="nl"),
        read_conversation(EXAMPLES / "english-session.txt", language="en"),
    ]


def _key(annotations: list[Annotation]) -> list[tuple]:
    return sorted((a.dimension.value, a.code, a.annotator, a.confidence, a.explanation) for a in annotations)


NAMES = registered_names()


@pytest.mark.parametrize("name", NAMES)
def test_init_only_stores_parameters(name: str, fake_llm: FakeLLM) -> None:
    annotator = create(name, **_params(name, fake_llm))
    parameters = [p for p in inspect.signature(type(annotator).__init__).parameters if p != "self"]
    stored = vars(annotator)
    assert not [key for key in stored if key.endswith("_")], "learned state before fit/load"
    assert set(stored) == set(parameters), "each constructor parameter is stored under its own name"


@pytest.mark.parametrize("name", NAMES)
def test_declares_name_and_what_it_assigns(name: str, fake_llm: FakeLLM) -> None:
    annotator = create(name, **_params(name, fake_llm))
    assert annotator.name == name
    assert annotator.assigns and all(isinstance(d, Dimension) for d in annotator.assigns)


@pytest.mark.parametrize("name", NAMES)
def test_annotate_turn_returns_only_assigned_annotations_and_leaves_the_turn(
    name: str, fake_llm: FakeLLM
) -> None:
    annotator = _loaded(name, fake_llm)
    for conversation in _conversations():
        for turn in conversation.turns[:12]:
            before = turn.model_dump()
            found = annotator.annotate_turn(turn, conversation.turns[: turn.index], conversation.language)
            assert turn.model_dump() == before
            for annotation in found:
                assert isinstance(annotation, Annotation)
                assert annotation.dimension in annotator.assigns
                assert annotation.annotator == name
                assert annotation.confidence is not None and 0.0 <= annotation.confidence <= 1.0
                assert annotation.explanation


@pytest.mark.parametrize("name", NAMES)
def test_transform_equals_per_turn_annotation(name: str, fake_llm: FakeLLM) -> None:
    annotator = _loaded(name, fake_llm)
    batch = _conversations()
    annotator.transform(batch)
    for conversation in _conversations():
        for turn, done in zip(
            conversation.turns, next(c for c in batch if c.id == conversation.id).turns, strict=True
        ):
            single = annotator.annotate_turn(turn, conversation.turns[: turn.index], conversation.language)
            assert _key(single) == _key([a for a in done.annotations if a.annotator == name]), turn.text
