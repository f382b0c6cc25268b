"""An optional coder that asks a language model on an OpenAI-compatible endpoint for a code from the codebook.

Off by default: enable it with ``ontmoeting code --annotator llm`` or ``ONTMOETING_ANNOTATORS=llm``, and point
it at an endpoint with ``ONTMOETING_LLM_URL`` (see :mod:`ontmoeting.llm_client`). The answer must be JSON with
a code from the codebook and a short reason; anything else is refused, never guessed. When the endpoint is not
on this machine, the caller tells the user that the conversation leaves it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, ClassVar

from ontmoeting.coding.annotator import Annotator
from ontmoeting.coding.codebook import Codebook, load_codebook
from ontmoeting.errors import ConfigError
from ontmoeting.llm_client import LLMClient, LLMError, LLMSettings, settings_from_env
from ontmoeting.transcript.model import Annotation, Dimension, Role, Source, Turn

log = logging.getLogger(__name__)

DEFAULT_CONFIDENCE = 0.7

_SYSTEM = (
    "You code utterances from counselling conversations (motivational interviewing; Dutch or English) with a "
    'codebook. Answer with one JSON object only: {{"code": "<one code id>", "reason": "<at most 20 words, '
    'in {language_name}>", "confidence": <0..1>}}. Allowed codes for this {role} utterance:\n{codes}'
)
_LANGUAGE_NAMES = {"nl": "Dutch", "en": "English"}


class LLMAnnotator(Annotator):
    """Codes helper behaviour (and its AnnoMI label) and client talk type with a language model."""

    name: ClassVar[str] = "llm"
    assigns: ClassVar[tuple[Dimension, ...]] = (Dimension.BEHAVIOUR, Dimension.ANNOMI, Dimension.TALK)

    def __init__(
        self,
        url: str | None = None,
        model: str | None = None,
        key: str | None = None,
        timeout: float | None = None,
        context_turns: int = 4,
        transport: Any = None,
    ) -> None:
        self.url = url
        self.model = model
        self.key = key
        self.timeout = timeout
        self.context_turns = context_turns
        self.transport = transport  # an httpx transport, for tests

    def load(self) -> LLMAnnotator:
        """Resolve the endpoint (arguments, else environment); ConfigError E240 when none is configured."""
        if getattr(self, "client_", None) is not None:
            return self
        settings = settings_from_env(self.url, self.model, self.key, self.timeout)
        if settings is None:
            raise ConfigError(
                "E240",
                nl="Geen LLM ingesteld: zet ONTMOETING_LLM_URL (bijvoorbeeld http://localhost:11434/v1) en "
                "ONTMOETING_LLM_MODEL.",
                en="No LLM configured: set ONTMOETING_LLM_URL (for example http://localhost:11434/v1) and "
                "ONTMOETING_LLM_MODEL.",
            )
        self.settings_: LLMSettings = settings
        self.client_ = LLMClient(settings, transport=self.transport)
        return self

    # -- prompting --------------------------------------------------------------------------------

    def messages(
        self, turn: Turn, context: Sequence[Turn], language: str, codebook: Codebook
    ) -> list[dict[str, str]]:
        dimension = Dimension.BEHAVIOUR if turn.role is Role.HELPER else Dimension.TALK
        lang = "nl" if language == "nl" else "en"
        codes = "\n".join(f"- {entry.id}: {entry.definition.en}" for entry in codebook.codes_for(dimension))
        system = _SYSTEM.format(language_name=_LANGUAGE_NAMES[lang], role=turn.role.value, codes=codes)
        recent = [t for t in context if t.role is not Role.OTHER][-self.context_turns :]
        lines = [f"{t.role.value}: {t.text}" for t in recent]
        user = ("Conversation so far:\n" + "\n".join(lines) + "\n\n" if lines else "") + (
            f"Code this {turn.role.value} utterance:\n{turn.role.value}: {turn.text}"
        )
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]

    def annotate_turn(self, turn: Turn, context: Sequence[Turn], language: str) -> list[Annotation]:
        if turn.role is Role.OTHER or not turn.text.strip():
            return []
        self.load()
        codebook = load_codebook()
        answer = self.client_.chat_json(self.messages(turn, context, language, codebook))
        dimension = Dimension.BEHAVIOUR if turn.role is Role.HELPER else Dimension.TALK
        code = str(answer.get("code", "")).strip().lower()
        if codebook.find(dimension, code) is None:
            # The turn's text stays out of the log; the code the model invented is harmless to show.
            raise LLMError(
                "E241",
                nl=f"De LLM gaf de code '{code[:40]}', die niet in het codeboek staat ({dimension.value}).",
                en=f"The LLM answered the code '{code[:40]}', not in the codebook ({dimension.value}).",
            )
        confidence = _confidence(answer.get("confidence"))
        reason = " ".join(str(answer.get("reason", "")).split())[:200]
        explanation = f"LLM ({self.settings_.model}): {reason}" if reason else f"LLM ({self.settings_.model})"

        def make(dim: Dimension, value: str) -> Annotation:
            return Annotation(
                dimension=dim,
                code=value,
                source=Source.LLM,
                annotator=self.name,
                confidence=confidence,
                explanation=explanation,
            )

        if turn.role is Role.HELPER:
            return [make(Dimension.BEHAVIOUR, code), make(Dimension.ANNOMI, codebook.annomi_label(code))]
        return [make(Dimension.TALK, code)]


def _confidence(value: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_CONFIDENCE
    return min(max(number, 0.0), 1.0) if number == number else DEFAULT_CONFIDENCE  # NaN -> default
