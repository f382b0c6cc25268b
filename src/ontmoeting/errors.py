"""Coded, bilingual errors for everything a user can get wrong.

Every problem the user can cause (a broken file, an unknown persona, a bad option) is raised as an
:class:`OntmoetingError` carrying a stable code (``E101``), a Dutch and an English message, and where
possible the file and line. The CLI prints it and exits with 2; the web app answers with a 4xx. Never a
traceback for the user's mistakes.

Code ranges, one per subsystem so that modules never collide:
E1xx transcript reading, E2xx coding, E3xx feedback, E4xx practice, E5xx store and web, E6xx relationship,
E9xx configuration.
"""

from __future__ import annotations

from pathlib import Path


class OntmoetingError(Exception):
    """An error caused by the user's input, with a message in Dutch and in English."""

    def __init__(
        self,
        code: str,
        *,
        nl: str,
        en: str,
        file: str | Path | None = None,
        line: int | None = None,
    ) -> None:
        self.code = code
        self.messages = {"nl": nl, "en": en}
        self.file = str(file) if file is not None else None
        self.line = line
        super().__init__(self.render("en"))

    def location(self) -> str:
        if self.file and self.line is not None:
            return f"{self.file}:{self.line}"
        return self.file or ""

    def render(self, lang: str = "nl") -> str:
        """The message in ``lang``, prefixed with file and line when known and followed by the code."""
        text = self.messages.get(lang) or self.messages["en"]
        where = self.location()
        prefix = f"{where}: " if where else ""
        return f"{prefix}{text} [{self.code}]"


class InputError(OntmoetingError):
    """The input file or text cannot be read as a conversation."""


class ConfigError(OntmoetingError):
    """A configuration, option or data file (persona, instrument, codebook) is wrong."""


class NotFoundError(OntmoetingError):
    """Something the user named (a persona, a conversation, a user) does not exist."""
