"""The annotator contract and the registry of annotators by name.

An annotator adds named annotations (see :class:`~ontmoeting.transcript.model.Dimension`) to turns.
Like scikit-learn estimators, ``__init__`` only stores parameters; learned state ends in ``_`` and is
set by ``fit`` or by loading a shipped model. Like spaCy components, each declares what it assigns and
what it requires, and is registered explicitly by name (see :data:`BUILTIN`), never by import side effects.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from typing import ClassVar

from ontmoeting.errors import ConfigError
from ontmoeting.transcript.model import Annotation, Conversation, Dimension, Turn


class Annotator(ABC):
    """Adds annotations to turns. Subclasses set ``name``, ``assigns`` and (optionally) ``requires``."""

    name: ClassVar[str]
    assigns: ClassVar[tuple[Dimension, ...]]
    requires: ClassVar[tuple[Dimension, ...]] = ()

    def fit(self, conversations: Sequence[Conversation]) -> Annotator:
        """Learn from annotated conversations. Rule-based annotators learn nothing."""
        return self

    @abstractmethod
    def annotate_turn(self, turn: Turn, context: Sequence[Turn], language: str) -> list[Annotation]:
        """Annotations for one turn, given the turns before it (oldest first). Must not modify ``turn``.

        The single-utterance entry point: the live coach calls this for every helper turn.
        """

    def transform(self, conversations: Iterable[Conversation]) -> list[Conversation]:
        """Annotate every turn of every conversation in place; returns the conversations.

        Batch annotators override this to vectorise; the result must equal per-turn annotation.
        """
        done = []
        for conversation in conversations:
            for turn in conversation.turns:
                for annotation in self.annotate_turn(
                    turn, conversation.turns[: turn.index], conversation.language
                ):
                    turn.annotate(annotation)
            done.append(conversation)
        return done


AnnotatorFactory = Callable[..., Annotator]

#: Built-in annotators: name -> "module:attribute". Imported lazily so that the CLI starts fast.
BUILTIN: dict[str, str] = {
    "rules": "ontmoeting.coding.rules:RuleAnnotator",
    "statistical": "ontmoeting.coding.statistical:StatisticalAnnotator",
    "llm": "ontmoeting.coding.llm:LLMAnnotator",
}

_registered: dict[str, AnnotatorFactory] = {}


def register(name: str, factory: AnnotatorFactory) -> None:
    """Register an annotator factory (usually the class) under ``name``, e.g. from a plugin."""
    _registered[name] = factory


def registered_names() -> list[str]:
    return sorted(set(BUILTIN) | set(_registered))


def get_factory(name: str) -> AnnotatorFactory:
    if name in _registered:
        return _registered[name]
    if name not in BUILTIN:
        raise ConfigError(
            "E201",
            nl=f"Onbekende annotator '{name}'. Bekend: {', '.join(registered_names())}.",
            en=f"Unknown annotator '{name}'. Known: {', '.join(registered_names())}.",
        )
    module_name, attribute = BUILTIN[name].split(":")
    factory = getattr(importlib.import_module(module_name), attribute)
    _registered[name] = factory
    return factory


def create(name: str, **params: object) -> Annotator:
    """A new annotator by registered name, with ``params`` passed to its constructor."""
    return get_factory(name)(**params)
