"""Dutch first, English too: choosing the language of user-facing text.

Each module keeps its own catalogue ``{key: {"nl": ..., "en": ...}}`` next to the code that uses it,
so adding a message never touches a shared file. :func:`tr` looks a key up; :func:`resolve_language`
decides which language to speak.

Templates are formatted by a small :class:`string.Formatter` that knows the language:

* ``{k:plural:ronde|rondes}`` gives the number, a space and the right form ("1 ronde", "3 rondes");
  ``{k:word:beurt|beurten}`` the form alone ("beurten 7, 9");
* floats, and numbers with a float spec (``{x:.2f}``, ``{x:.0%}``, ``{x:g}``), get a decimal comma in Dutch;
* a parameter that starts a sentence (the message, or after '. ', '? ', '! ') gets a capital first letter
  ("{client} zei" with "de cliënt" -> "De cliënt zei"), unless it is a code, an address or a path.

:func:`format_number` and :func:`sentence` do the same for text built outside templates.
"""

from __future__ import annotations

import os
import string
from collections.abc import Mapping, Sequence
from typing import Literal

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")
DEFAULT_LANGUAGE: Language = "nl"

Catalogue = Mapping[str, Mapping[str, str]]


_FLOAT_TYPES = set("eEfFgG%n")
_LEADING = " \t\n'\"‘’“”„«»(¿¡"


def format_number(value: object, lang: str, spec: str = "") -> str:
    """``value`` formatted with ``spec`` (as in ``format``), with a decimal comma in Dutch.

    In Dutch, grouping marks swap too: ``format_number(1234.5, "nl", ",.1f")`` is "1.234,5".
    """
    text = format(value, spec)
    if lang != "nl" or isinstance(value, bool) or not isinstance(value, (int, float)):
        return text
    return text.translate(_SWAP_MARKS)


_SWAP_MARKS = str.maketrans({".": ",", ",": "."})


def sentence(text: str) -> str:
    """``text`` with its first letter upper-cased (after leading spaces, quotes and brackets)."""
    for position, char in enumerate(text):
        if char in _LEADING:
            continue
        return text[:position] + char.upper() + text[position + 1 :] if char.islower() else text
    return text


def plural(count: object, one: str, many: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """'1 ronde', '3 rondes': the number, a space and the form that fits it."""
    word = one if count == 1 or count == -1 else many
    return f"{format_number(count, lang)} {word}"


class MessageFormatter(string.Formatter):
    """``str.format`` with plurals, the language's decimal mark and capitals at sentence starts (see the
    module's docstring). Fields are named (``{client}``, ``{k:plural:ronde|rondes}``)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def vformat(self, format_string: str, args: Sequence[object], kwargs: Mapping[str, object]) -> str:
        out: list[str] = []
        for literal, field, spec, conversion in self.parse(format_string):
            out.append(literal)
            if field is None:
                continue
            value, _ = self.get_field(field, args, kwargs)
            value = self.convert_field(value, conversion)
            spec = super().vformat(spec, args, kwargs) if spec and "{" in spec else (spec or "")
            text = self.format_field(value, spec)
            if _at_sentence_start("".join(out)) and _reads_as_words(text):
                text = sentence(text)
            out.append(text)
        return "".join(out)

    def format_field(self, value: object, format_spec: str) -> str:
        for kind in ("plural:", "word:"):
            if format_spec.startswith(kind):
                forms = format_spec[len(kind) :].split("|")
                if len(forms) != 2:
                    raise ValueError(f"{kind} needs two forms, 'one|many': {format_spec!r}")
                if kind == "word:":
                    return forms[0] if value == 1 or value == -1 else forms[1]
                return plural(value, forms[0], forms[1], self.lang)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if isinstance(value, float) or (format_spec and format_spec[-1] in _FLOAT_TYPES):
                return format_number(value, self.lang, format_spec)
        return super().format_field(value, format_spec)


def format_message(template: str, lang: str, /, **params: object) -> str:
    """``template`` formatted with ``params`` the way :func:`tr` does it."""
    return MessageFormatter(lang).vformat(template, (), params)


def _at_sentence_start(before: str) -> bool:
    """Whether text that follows ``before`` starts a sentence: at the very start of a message, or after
    '.', '?' or '!' and a space."""
    stripped = before.rstrip()
    if not stripped:
        return True
    return stripped[-1] in ".?!" and stripped != before and not stripped.endswith("..")


def _reads_as_words(value: str) -> bool:
    """Whether a value opening a sentence is words ('de cliënt', 'robert') rather than a code, an address
    or a path ('nl', 'jan@example.org', 'data/x.db'), which keep their case."""
    stripped = value.strip().lstrip(_LEADING)
    if not stripped:
        return False
    token = stripped.split()[0]
    if not token.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    return len(token) > 2 or len(stripped.split()) > 1


def tr(catalogue: Catalogue, key: str, lang: str, /, **params: object) -> str:
    """The text for ``key`` in ``lang`` (falling back to Dutch, then English), formatted with ``params``.

    A message that starts with a parameter gets a capital first letter (see :func:`sentence`).
    """
    entry = catalogue[key]
    text = entry.get(lang) or entry.get(DEFAULT_LANGUAGE) or entry["en"]
    return format_message(text, lang, **params) if params else text


def locale_language() -> Language | None:
    """The user's language from the environment, if it is explicitly nl or en; None when it is not set.

    The locale is the first of LC_ALL, LC_MESSAGES and LANG that is set (as POSIX has it); LANGUAGE, a
    gettext list such as ``en:nl``, comes before it, except under the C or POSIX locale (as gettext does).
    C and POSIX (``C.UTF-8`` included, common on servers and in containers) say nothing about the user's
    language, so they count as not set and the default, Dutch, holds. Python's ``locale.getlocale()`` is not
    asked: it reports ``en_US`` for C.UTF-8 and for no locale at all.
    """
    effective = next((os.environ[n] for n in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(n)), "")
    if not effective or effective.split(".")[0].split("@")[0].upper() in ("C", "POSIX"):
        return None
    for value in [*os.environ.get("LANGUAGE", "").split(":"), effective]:
        code = value.strip()[:2].lower()
        if code in LANGUAGES:
            return code  # type: ignore[return-value]
    return None


def resolve_language(option: str | None = None, conversation: str | None = None) -> Language:
    """Explicit option first, then the conversation's language, then the locale, then Dutch."""
    for value in (option, conversation, locale_language()):
        if value in LANGUAGES:
            return value  # type: ignore[return-value]
    return DEFAULT_LANGUAGE
