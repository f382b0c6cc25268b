"""A small client for OpenAI-compatible chat endpoints (Ollama, llama.cpp server, vLLM, a hosted service).

Off unless the user configures it: base URL, model and key come from arguments or from the environment
(``ONTMOETING_LLM_URL``, ``ONTMOETING_LLM_MODEL``, ``ONTMOETING_LLM_KEY``, ``ONTMOETING_LLM_TIMEOUT``).
Transcripts are sensitive: :func:`is_local_url` tells whether the endpoint is on this machine, so that callers
can tell the user when the conversation leaves it (:func:`leaves_machine_notice`). The key is never logged or
shown.

Used by the LLM coder (``coding/llm.py``) and by the practice client's optional LLM voice.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from ontmoeting.errors import ConfigError, OntmoetingError

URL_ENV, MODEL_ENV, KEY_ENV, TIMEOUT_ENV = (
    "ONTMOETING_LLM_URL",
    "ONTMOETING_LLM_MODEL",
    "ONTMOETING_LLM_KEY",
    "ONTMOETING_LLM_TIMEOUT",
)
DEFAULT_TIMEOUT = 10.0
DEFAULT_MODEL = "default"

_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.IGNORECASE)


class LLMError(OntmoetingError):
    """The LLM endpoint could not be reached, timed out, or answered something unusable."""


@dataclass(frozen=True)
class LLMSettings:
    """Where to send chat requests. ``url`` is the base URL, e.g. http://localhost:11434/v1 (Ollama)."""

    url: str
    model: str = DEFAULT_MODEL
    key: str | None = field(default=None, repr=False)  # never in logs or repr
    timeout: float = DEFAULT_TIMEOUT

    @property
    def local(self) -> bool:
        return is_local_url(self.url)

    @property
    def chat_url(self) -> str:
        base = self.url.rstrip("/")
        return base if base.endswith("/chat/completions") else f"{base}/chat/completions"


def settings_from_env(
    url: str | None = None, model: str | None = None, key: str | None = None, timeout: float | None = None
) -> LLMSettings | None:
    """Settings from the arguments, else the environment; None when no URL is configured (the LLM is off)."""
    base = url or os.environ.get(URL_ENV, "").strip()
    if not base:
        return None
    if urlsplit(base).scheme not in ("http", "https") or not urlsplit(base).hostname:
        raise ConfigError(
            "E910",
            nl=f"De LLM-URL '{base}' is geen http(s)-adres (bijvoorbeeld http://localhost:11434/v1).",
            en=f"The LLM URL '{base}' is not an http(s) address (for example http://localhost:11434/v1).",
        )
    raw_timeout = os.environ.get(TIMEOUT_ENV, "").strip()
    try:
        seconds = timeout if timeout is not None else (float(raw_timeout) if raw_timeout else DEFAULT_TIMEOUT)
    except ValueError as error:
        raise ConfigError(
            "E911",
            nl=f"{TIMEOUT_ENV} moet een aantal seconden zijn, niet '{raw_timeout}'.",
            en=f"{TIMEOUT_ENV} must be a number of seconds, not '{raw_timeout}'.",
        ) from error
    return LLMSettings(
        url=base,
        model=model or os.environ.get(MODEL_ENV, "").strip() or DEFAULT_MODEL,
        key=key or os.environ.get(KEY_ENV, "").strip() or None,
        timeout=seconds,
    )


def is_local_url(url: str) -> bool:
    """Whether ``url`` points at this machine (localhost, 127.0.0.0/8, ::1), so that nothing leaves it."""
    host = (urlsplit(url).hostname or "").lower()
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def leaves_machine_notice(settings: LLMSettings) -> dict[str, str] | None:
    """A bilingual warning when the endpoint is not on this machine; None when it is local."""
    if settings.local:
        return None
    host = urlsplit(settings.url).hostname
    return {
        "nl": f"Let op: de gesprekstekst wordt naar {host} gestuurd (de LLM draait niet op deze computer).",
        "en": f"Note: the conversation text is sent to {host} (the LLM does not run on this computer).",
    }


class LLMClient:
    """Chat completions on one endpoint. ``transport`` is for tests (httpx.MockTransport)."""

    def __init__(self, settings: LLMSettings, transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings
        self.transport = transport
        self._http: httpx.Client | None = (
            None  # one connection pool for all requests (a new client costs ~50 ms)
        )

    def _client(self) -> httpx.Client:
        if self._http is None:
            self._http = httpx.Client(timeout=self.settings.timeout, transport=self.transport)
        return self._http

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def _error(self, code: str, nl: str, en: str) -> LLMError:
        return LLMError(code, nl=nl, en=en)

    def chat(
        self,
        messages: list[dict[str, str]],
        *,
        temperature: float = 0.0,
        max_tokens: int | None = None,
        json_mode: bool = False,
    ) -> str:
        """The assistant's reply text for ``messages`` ([{"role": "system"|"user"|"assistant", "content":
        ...}])."""
        body: dict[str, Any] = {
            "model": self.settings.model,
            "messages": messages,
            "temperature": temperature,
        }
        if max_tokens is not None:
            body["max_tokens"] = max_tokens
        if json_mode:
            body["response_format"] = {"type": "json_object"}
        headers = {"Authorization": f"Bearer {self.settings.key}"} if self.settings.key else {}
        host = urlsplit(self.settings.url).hostname
        try:
            response = self._client().post(self.settings.chat_url, json=body, headers=headers)
        except httpx.TimeoutException as error:
            raise self._error(
                "E912",
                nl=f"De LLM op {host} antwoordde niet binnen {self.settings.timeout:g} s.",
                en=f"The LLM at {host} did not answer within {self.settings.timeout:g} s.",
            ) from error
        except httpx.HTTPError as error:
            raise self._error(
                "E913",
                nl=f"De LLM op {host} is niet bereikbaar ({type(error).__name__}).",
                en=f"The LLM at {host} cannot be reached ({type(error).__name__}).",
            ) from error
        if response.status_code >= 400:
            raise self._error(
                "E914",
                nl=f"De LLM op {host} gaf fout {response.status_code}.",
                en=f"The LLM at {host} answered with error {response.status_code}.",
            )
        try:
            content = response.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as error:
            raise self._error(
                "E915",
                nl=f"De LLM op {host} gaf een antwoord zonder tekst.",
                en=f"The LLM at {host} answered without a message.",
            ) from error
        if not isinstance(content, str):
            raise self._error(
                "E915",
                nl=f"De LLM op {host} gaf een antwoord zonder tekst.",
                en=f"The LLM at {host} answered without a message.",
            )
        return content

    def chat_json(self, messages: list[dict[str, str]], **options: Any) -> dict[str, Any]:
        """The reply parsed as one JSON object (code fences and text around the object are tolerated)."""
        text = _FENCE.sub("", self.chat(messages, json_mode=True, **options)).strip()
        start, end = text.find("{"), text.rfind("}")
        try:
            value = json.loads(text[start : end + 1] if start >= 0 and end > start else text)
        except json.JSONDecodeError as error:
            raise self._error(
                "E916", nl="De LLM gaf geen geldige JSON.", en="The LLM did not answer valid JSON."
            ) from error
        if not isinstance(value, dict):
            raise self._error(
                "E916", nl="De LLM gaf geen JSON-object.", en="The LLM did not answer a JSON object."
            )
        return value
