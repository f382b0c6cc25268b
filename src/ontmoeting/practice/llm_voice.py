"""Optional LLM voice: an OpenAI-compatible server words the reply; the engine still decides what happens.

The engine chooses state, layer and move, and the built-in voice picks a line; the LLM only rephrases that
line within the persona (prompt: who the client is, the layer, the move, the guide line). Anything that goes
wrong falls back to the built-in line: an error, a timeout (default 10 s), or output that breaks the persona
(too long, wrong language, talks about being an AI, gives advice, drops the "ja, maar" of a yes-but move).

Configuration (read by the shared :mod:`ontmoeting.llm_client`): ONTMOETING_LLM_URL (e.g.
http://localhost:11434/v1 for Ollama), ONTMOETING_LLM_MODEL, ONTMOETING_LLM_KEY (optional),
ONTMOETING_LLM_TIMEOUT (seconds, default 10). When the URL is not on this machine the conversation leaves it:
:attr:`LLMVoice.leaves_machine` is True and the CLI says so before the talk starts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlparse

import httpx

from ontmoeting.llm_client import LLMClient, LLMError, LLMSettings, is_local_url, settings_from_env
from ontmoeting.practice.messages import LAYER_NAMES
from ontmoeting.practice.persona import Material
from ontmoeting.practice.state import Move

__all__ = ["LLMSettings", "LLMVoice", "check_output"]

_MOVE_GUIDE = {
    Move.OPENING: {"nl": "je begint het gesprek", "en": "you open the conversation"},
    Move.DEEPEN: {"nl": "je gaat iets dieper dan net", "en": "you go a little deeper than before"},
    Move.STAY: {"nl": "je vertelt iets meer", "en": "you tell a bit more"},
    Move.GO_ON: {"nl": "je praat door", "en": "you carry on talking"},
    Move.SHORT: {"nl": "je antwoordt kort, zonder uitleg", "en": "you answer briefly, without explaining"},
    Move.YES_BUT: {
        "nl": "je wijst het advies af met 'ja, maar'",
        "en": "you reject the advice with 'yes, but'",
    },
    Move.PUSH_BACK: {"nl": "je verzet je", "en": "you push back"},
    Move.CALM: {"nl": "je overweegt het rustig", "en": "you consider it calmly"},
    Move.LEAVE: {"nl": "je beëindigt het gesprek", "en": "you end the conversation"},
}
#: Moves whose line is said as written: a fact from the sheet must stay exactly true, and a remark about
#: the other language must stay in this one.
_AS_WRITTEN = frozenset({Move.ANSWER, Move.NOT_UNDERSTOOD})

_BREAKS_ROLE = re.compile(
    r"\b(ai|a\.i\.|taalmodel|language model|chatbot|assistent|assistant|as an ai|als ai|openai|prompt)\b",
    re.I,
)
_GIVES_ADVICE = {
    "nl": re.compile(
        r"\b(je moet|je zou moeten|ik raad je aan|mijn advies|probeer eens|u moet|u zou moeten)\b", re.I
    ),
    "en": re.compile(r"\b(you should|you must|i suggest|i recommend|my advice|you could try)\b", re.I),
}
_YES_BUT = re.compile(r"\b(maar|but)\b", re.I)


def check_output(text: str, guide: str, lang: str, move: Move) -> str | None:
    """Why ``text`` breaks the persona, or None when it may be said."""
    if not text:
        return "empty"
    if len(text.split()) > max(40, int(2.5 * len(guide.split()))):
        return "too_long"
    if _BREAKS_ROLE.search(text):
        return "breaks_role"
    if _GIVES_ADVICE.get(lang, _GIVES_ADVICE["en"]).search(text):
        return "advice"
    if move is Move.YES_BUT and not _YES_BUT.search(text):
        return "move"
    if len(text.split()) >= 4:
        try:
            from ontmoeting.transcript.language import detect_language
        except ImportError:  # pragma: no cover
            return None
        detected, probability = detect_language([text])
        if detected != lang and probability >= 0.7:
            return "language"
    return None


def _clean(text: str, name: str) -> str:
    text = text.strip()
    text = re.sub(rf"^\s*\**{re.escape(name)}\**\s*:\s*", "", text, flags=re.I)  # a "Robert:" label
    return text.strip().strip('"“”').strip()


class LLMVoice:
    """Words the engine's chosen line with an LLM, falling back to the line itself."""

    name = "llm"

    def __init__(self, settings: LLMSettings, transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings
        self.client = LLMClient(settings, transport)
        self.last_voice = "builtin"
        self.last_fallback: str | None = None

    @classmethod
    def from_env(cls) -> LLMVoice | None:
        """The voice for the configured endpoint, or None when none is configured."""
        settings = settings_from_env()
        return cls(settings) if settings else None

    @property
    def leaves_machine(self) -> bool:
        return not is_local_url(self.settings.url)

    @property
    def host(self) -> str:
        return urlparse(self.settings.url).hostname or self.settings.url

    def prompt(
        self,
        guide: str,
        material: Material,
        lang: str,
        move: Move,
        layer: int,
        history: Sequence[tuple[str, str]],
        opening: str,
        helper_text: str,
    ) -> list[dict[str, str]]:
        layer_name = LAYER_NAMES[layer][lang]
        if lang == "nl":
            system = (
                f"Je speelt {material.name}, een cliënt in een oefengesprek met een student-hulpverlener. "
                f"Wie je bent: {material.who} Situatie: {material.situation} "
                f"Spreek in de ik-vorm, in gewoon gesproken Nederlands, kort (één tot drie zinnen). "
                f"Geef nooit advies, stel geen therapeutische vragen, zeg nooit dat je een AI bent. "
                f"In dit antwoord: {_MOVE_GUIDE[move]['nl']}, vanuit de laag '{layer_name}'. "
                f'Zeg ongeveer dit, in je eigen woorden: "{guide}"'
            )
        else:
            system = (
                f"You play {material.name}, a client in a practice conversation with a student helper. "
                f"Who you are: {material.who} Situation: {material.situation} "
                f"Speak in the first person, in plain spoken English, briefly (one to three sentences). "
                f"Never give advice, never ask therapeutic questions, never say you are an AI. "
                f"In this reply: {_MOVE_GUIDE[move]['en']}, from the layer '{layer_name}'. "
                f'Say roughly this, in your own words: "{guide}"'
            )
        messages = [{"role": "system", "content": system}, {"role": "assistant", "content": opening}]
        for helper, client in list(history)[-6:]:
            messages += [{"role": "user", "content": helper}, {"role": "assistant", "content": client}]
        messages.append({"role": "user", "content": helper_text})
        return messages

    def word(
        self,
        guide: str,
        *,
        material: Material,
        lang: str,
        move: Move,
        layer: int,
        history: Sequence[tuple[str, str]] = (),
        opening: str = "",
        helper_text: str = "",
        **_: object,
    ) -> str:
        """The LLM's wording of ``guide``, or ``guide`` itself when the LLM fails or breaks the persona."""
        self.last_voice, self.last_fallback = "builtin", None
        if move in _AS_WRITTEN:
            return guide
        messages = self.prompt(guide, material, lang, move, layer, history, opening, helper_text)
        try:
            text = _clean(self.client.chat(messages, temperature=0.7, max_tokens=150), material.name)
        except LLMError as error:
            self.last_fallback = "timeout" if error.code == "E912" else "error"
            return guide
        problem = check_output(text, guide, lang, move)
        if problem:
            self.last_fallback = problem
            return guide
        self.last_voice = "llm"
        return text
