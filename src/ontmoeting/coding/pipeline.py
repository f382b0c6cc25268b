"""The coding pipeline: rules + statistical model (+ optional LLM), combined into one final code per turn.

``load_coder()`` gives the process's coder (cached). Without a trained model the coder runs on the rules alone
and says so in :meth:`Coder.describe`; it never fails for that reason. Every helper turn ends with a final
behaviour and AnnoMI label, every client turn with a talk type and a depth, each with a confidence and an
explanation, marked with annotator ``pipeline`` (see :func:`ontmoeting.coding.combine.combine` for the
policy).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from functools import lru_cache

from pydantic import BaseModel, Field

from ontmoeting.coding import annotator as registry
from ontmoeting.coding import combine as combining
from ontmoeting.coding.annotator import Annotator
from ontmoeting.coding.codebook import load_codebook
from ontmoeting.coding.rules import RuleAnnotator
from ontmoeting.errors import OntmoetingError
from ontmoeting.i18n import tr
from ontmoeting.llm_client import leaves_machine_notice
from ontmoeting.transcript.model import PIPELINE, Annotation, Conversation, Dimension, Role, Source, Turn

log = logging.getLogger(__name__)

#: Extra annotators switched on by configuration, e.g. ONTMOETING_ANNOTATORS=llm
CODER_ENV = "ONTMOETING_CODER"
ANNOTATORS_ENV = "ONTMOETING_ANNOTATORS"

MESSAGES = {
    "no_model": {
        "nl": "Geen statistisch model geladen ({reason}); de codering gebruikt alleen de regels.",
        "en": "No statistical model loaded ({reason}); coding uses the rules alone.",
    },
    "no_extra": {
        "nl": "Annotator '{name}' is niet beschikbaar ({reason}); hij doet niet mee.",
        "en": "Annotator '{name}' is not available ({reason}); it is left out.",
    },
    "default_helper": {
        "nl": "geen annotator codeerde deze beurt (overig, gok)",
        "en": "no annotator coded this turn (other, a guess)",
    },
    "default_client": {
        "nl": "geen annotator codeerde deze beurt ({code}, gok)",
        "en": "no annotator coded this turn ({code}, a guess)",
    },
}


class CoderInfo(BaseModel):
    """What the coder consists of, for the CLI, the web app and the model card."""

    annotators: list[str]
    fast: bool
    codebook_version: str
    model_configuration: str | None = None
    model_version: str | None = None
    embeddings: bool = False
    notices: list[dict[str, str]] = Field(default_factory=list, description="bilingual {nl, en} notes")

    def lines(self, lang: str) -> list[str]:
        return [notice.get(lang) or notice["en"] for notice in self.notices]


def _reason(error: Exception, lang: str) -> str:
    if isinstance(error, OntmoetingError):
        return error.messages.get(lang) or error.messages["en"]
    return f"{type(error).__name__}: {error}"


def _load_model(fast: bool) -> tuple[Annotator | None, dict[str, str] | None]:
    """The statistical annotator, loaded, or None with a bilingual notice saying why not."""
    try:
        model = registry.create("statistical", fast=fast)
        load = getattr(model, "load", None)
        if callable(load):
            load()
        return model, None
    except (OntmoetingError, ImportError, OSError, ValueError, KeyError, RuntimeError) as error:
        log.info("statistical model not available: %s", _reason(error, "en"))
        return None, {
            lang: tr(MESSAGES, "no_model", lang, reason=_reason(error, lang)) for lang in ("nl", "en")
        }


class Coder:
    """Runs the annotators and combines them. Build it with :func:`load_coder` (cached), or directly."""

    def __init__(
        self,
        rules: Annotator,
        model: Annotator | None = None,
        extras: Sequence[Annotator] = (),
        *,
        fast: bool = False,
        notices: Sequence[dict[str, str]] = (),
    ) -> None:
        self.rules = rules
        self.model = model
        self.extras = list(extras)
        self.fast = fast
        self.notices = list(notices)

    @property
    def components(self) -> list[Annotator]:
        return [self.rules, *([self.model] if self.model else []), *self.extras]

    # -- describing -------------------------------------------------------------------------------

    def describe(self) -> CoderInfo:
        notices = list(self.notices)
        configuration = version = None
        uses_embeddings = False
        if self.model is not None:
            configuration = getattr(self.model, "configuration_", None)
            metadata = getattr(self.model, "metadata_", {}) or {}
            version = str(metadata.get("version") or metadata.get("model_version") or "") or None
            uses_embeddings = getattr(self.model, "embedder_", None) is not None
            message = getattr(self.model, "message", None)
            if callable(message) and message("en"):
                notices.append({"nl": message("nl"), "en": message("en")})
        return CoderInfo(
            annotators=[component.name for component in self.components],
            fast=self.fast,
            codebook_version=load_codebook().version,
            model_configuration=configuration,
            model_version=version,
            embeddings=uses_embeddings,
            notices=notices,
        )

    # -- coding -----------------------------------------------------------------------------------

    def code(self, conversation: Conversation) -> Conversation:
        """Code every turn in place: the components' annotations and the final ones (annotator 'pipeline')."""
        self.code_many([conversation])
        return conversation

    def code_many(self, conversations: Iterable[Conversation]) -> list[Conversation]:
        """Code many conversations at once (the model scores all their turns in one batch)."""
        conversations = list(conversations)
        names = {component.name for component in self.components} | {PIPELINE}
        for conversation in conversations:
            for turn in conversation.turns:  # re-coding replaces automatic codes, never a human's
                turn.annotations = [
                    a for a in turn.annotations if a.source is Source.HUMAN or a.annotator not in names
                ]
        for component in [self.rules, *([self.model] if self.model else [])]:
            component.transform(conversations)
        for extra in list(self.extras):
            try:
                extra.transform(conversations)
            except OntmoetingError as error:  # an unreachable LLM must not cost the user the whole coding
                self._drop(extra, error)
                for conversation in conversations:
                    for turn in conversation.turns:
                        turn.annotations = [a for a in turn.annotations if a.annotator != extra.name]
        for conversation in conversations:
            for turn in conversation.turns:
                for annotation in self._final(turn, conversation.language, None):
                    turn.annotate(annotation)
        return conversations

    def code_turn(self, turn: Turn, context: Sequence[Turn], language: str) -> list[Annotation]:
        """The final annotations of one utterance given the turns before it (the live coach's entry point).
        Leaves ``turn`` unchanged."""
        produced = [
            a
            for component in [self.rules, *([self.model] if self.model else [])]
            for a in component.annotate_turn(turn, context, language)
        ]
        for extra in list(self.extras):
            try:
                produced.extend(extra.annotate_turn(turn, context, language))
            except OntmoetingError as error:
                self._drop(extra, error)
        return self._final(turn, language, produced)

    def _drop(self, extra: Annotator, error: OntmoetingError) -> None:
        """Leave out an extra annotator that failed, and say why (once)."""
        log.info("annotator %s left out: %s", extra.name, error.code)
        if extra in self.extras:
            self.extras.remove(extra)
        self.notices.append(
            {
                lang: tr(MESSAGES, "no_extra", lang, name=extra.name, reason=_reason(error, lang))
                for lang in ("nl", "en")
            }
        )

    def final(self, turn: Turn, language: str, produced: Sequence[Annotation]) -> list[Annotation]:
        """The final annotations of ``turn`` from annotations already produced by the components (e.g. the
        out-of-fold ones of cross-validation), merged exactly as :meth:`code` merges them."""
        return self._final(turn, language, list(produced))

    def _final(self, turn: Turn, language: str, produced: list[Annotation] | None) -> list[Annotation]:
        if turn.role is Role.OTHER:
            return []
        pool = turn.annotations if produced is None else produced
        rule_annotations = [a for a in pool if a.annotator == self.rules.name]
        model_annotations = [a for a in pool if self.model is not None and a.annotator == self.model.name]
        for (
            extra
        ) in self.extras:  # an LLM, when asked for, speaks instead of the model where it has an opinion
            said = [a for a in pool if a.annotator == extra.name]
            dimensions = {a.dimension for a in said}
            model_annotations = [a for a in model_annotations if a.dimension not in dimensions] + said
        final = combining.combine(rule_annotations, model_annotations)
        return _complete(final, turn.role, language)


def _complete(final: list[Annotation], role: Role, language: str) -> list[Annotation]:
    """Make sure the main codes are there even when no annotator gave one."""
    lang = "nl" if language == "nl" else "en"
    have = {a.dimension for a in final}
    result = list(final)

    def default(dimension: Dimension, code: str, confidence: float, key: str) -> Annotation:
        return Annotation(
            dimension=dimension,
            code=code,
            source=Source.RULES,
            annotator=PIPELINE,
            confidence=confidence,
            explanation=tr(MESSAGES, key, lang, code=code),
        )

    if role is Role.HELPER:
        if Dimension.BEHAVIOUR not in have:
            result.append(default(Dimension.BEHAVIOUR, "other", 0.2, "default_helper"))
        if Dimension.ANNOMI not in have:
            behaviour = next(a for a in result if a.dimension is Dimension.BEHAVIOUR)
            label = load_codebook().annomi_label(behaviour.code)
            result.append(behaviour.model_copy(update={"dimension": Dimension.ANNOMI, "code": label}))
    elif role is Role.CLIENT:
        if Dimension.TALK not in have:
            result.append(default(Dimension.TALK, "neutral", 0.3, "default_client"))
        if Dimension.DEPTH not in have:
            result.append(default(Dimension.DEPTH, "facts", 0.3, "default_client"))
    return result


def build_coder(fast: bool = False, extra: Sequence[str] = (), *, use_model: bool = True) -> Coder:
    """A new coder (not cached): the rules, the statistical model when it loads, and ``extra`` annotators by
    name."""
    notices: list[dict[str, str]] = []
    model, notice = _load_model(fast) if use_model else (None, None)
    if notice:
        notices.append(notice)
    extras = []
    for name in extra:
        try:
            component = registry.create(name)
            load = getattr(component, "load", None)
            if callable(load):
                load()
            extras.append(component)
            settings = getattr(component, "settings_", None)
            notice = leaves_machine_notice(settings) if settings is not None else None
            if notice:
                notices.append(notice)
        except (OntmoetingError, ImportError) as error:
            notices.append(
                {
                    lang: tr(MESSAGES, "no_extra", lang, name=name, reason=_reason(error, lang))
                    for lang in ("nl", "en")
                }
            )
    return Coder(RuleAnnotator(), model, extras, fast=fast, notices=notices)


def configured_annotators() -> tuple[str, ...]:
    """Extra annotators from the environment (ONTMOETING_ANNOTATORS=llm), off by default."""
    value = os.environ.get(ANNOTATORS_ENV, "")
    return tuple(
        name.strip()
        for name in value.split(",")
        if name.strip() and name.strip() not in ("rules", "statistical")
    )


@lru_cache(maxsize=8)
def _cached(fast: bool, extra: tuple[str, ...]) -> Coder:
    return build_coder(fast, extra)


def configured_fast() -> bool:
    """Which configuration ``load_coder()`` uses when not told: ONTMOETING_CODER=accurate|fast, default fast.

    Fast is the default because it codes about twenty times faster (a 500-turn session well within a
    second, a live practice turn in a few milliseconds, even on a busy server) at a cost of at most 0.016
    macro-F1 on AnnoMI (docs/model-card.md); the sentence embeddings of the accurate configuration are worth
    it for careful offline coding, not for every page view.
    """
    return os.environ.get(CODER_ENV, "fast").strip().lower() != "accurate"


def load_coder(fast: bool | None = None, extra: Sequence[str] | None = None) -> Coder:
    """The process's coder for this configuration (built once): ``fast`` None means the configured default
    (:func:`configured_fast`). ``extra`` defaults to the configured annotators."""
    names = tuple(extra) if extra is not None else configured_annotators()
    return _cached(configured_fast() if fast is None else bool(fast), names)
