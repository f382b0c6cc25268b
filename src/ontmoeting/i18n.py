"""Dutch first, English too: choosing the language of user-facing text.

Each module keeps its own catalogue ``{key: {"nl": ..., "en": ...}}`` next to the code that uses it,
so adding a message never touches a shared file. :func:`tr` looks a key up; :func:`resolve_language`
decides which language to speak.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from typing import Literal

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")
DEFAULT_LANGUAGE: Language = "nl"

Catalogue = Mapping[str, Mapping[str, str]]


def tr(catalogue: Catalogue, key: str, lang: str, **params: object) -> str:
    """The text for ``key`` in ``lang`` (falling back to Dutch, then English), formatted with ``params``."""
    entry = catalogue[key]
    text = entry.get(lang) or entry.get(DEFAULT_LANGUAGE) or entry["en"]
    return text.format(**params) if params else text


def locale_language() -> Language | None:
    """The user's language from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), if nl or en."""
    candidates = [os.environ.get(name, "") for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    try:
        candidates.append(locale.getlocale()[0] or "")
    except ValueError:  # an unparsable locale setting is no reason to fail
        pass
    for value in candidates:
        code = value.split(":")[0][:2].lower()
        if code in LANGUAGES:
            return code  # type: ignore[return-value]
    return None


def resolve_language(option: str | None = None, conversation: str | None = None) -> Language:
    """Explicit option first, then the conversation's language, then the locale, then Dutch."""
    for value in (option, conversation, locale_language()):
        if value in LANGUAGES:
            return value  # type: ignore[return-value]
    return DEFAULT_LANGUAGE
