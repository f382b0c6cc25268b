"""How much one input may hold, so that a hostile or broken file is refused quickly instead of running for
minutes: bytes (checked while reading), turns, characters in one turn, and characters in one line.

The defaults lie far above any real conversation (a three-hour session has about 1,500 turns; AnnoMI's
longest has 800) and keep the work of ``analyse`` under a minute on a laptop. Each is set by an
environment variable (``ONTMOETING_MAX_BYTES``, ``ONTMOETING_MAX_TURNS``, ``ONTMOETING_MAX_TURN_CHARS``,
``ONTMOETING_MAX_LINE_CHARS``) or by the caller; docs/formats.md lists them with their messages.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from ontmoeting.transcript.messages import config_error, input_error
from ontmoeting.transcript.model import Conversation

DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_MAX_TURNS = 10_000
DEFAULT_MAX_TURN_CHARS = 50_000
DEFAULT_MAX_LINE_CHARS = 100_000
#: Formats read line by line, where one line of megabytes is no transcript (JSON may be one long line).
LINE_FORMATS = frozenset({"text", "vtt", "srt", "csv", "tsv", "annomi"})

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "kib": 1024, "m": 10**6, "mb": 10**6, "mib": 2**20,
          "g": 10**9, "gb": 10**9, "gib": 2**30}  # fmt: skip


def bytes_from(value: str) -> int:
    match = _SIZE.match(value)
    if not match:
        raise config_error("E118", value=value)
    return int(float(match[1]) * _UNITS[(match[2] or "").lower()])


def count_from(name: str, value: str) -> int:
    if not value.strip().isdigit() or int(value) < 1:
        raise config_error("E138", name=name, value=value)
    return int(value)


@dataclass(frozen=True)
class Limits:
    max_bytes: int = DEFAULT_MAX_BYTES
    max_turns: int = DEFAULT_MAX_TURNS
    max_turn_chars: int = DEFAULT_MAX_TURN_CHARS
    max_line_chars: int = DEFAULT_MAX_LINE_CHARS

    @classmethod
    def from_environment(cls, max_bytes: int | None = None) -> Limits:
        """The limits the environment sets (E118/E138 for a value that is no number), ``max_bytes`` first."""
        environ = os.environ
        found = {}
        if max_bytes is not None:
            found["max_bytes"] = max_bytes
        elif environ.get("ONTMOETING_MAX_BYTES", "").strip():
            found["max_bytes"] = bytes_from(environ["ONTMOETING_MAX_BYTES"])
        for field, name in (
            ("max_turns", "ONTMOETING_MAX_TURNS"),
            ("max_turn_chars", "ONTMOETING_MAX_TURN_CHARS"),
            ("max_line_chars", "ONTMOETING_MAX_LINE_CHARS"),
        ):
            if environ.get(name, "").strip():
                found[field] = count_from(name, environ[name])
        return cls(**found)


def check_lines(content: str, file: str, format: str, limits: Limits) -> None:
    """E137 for the first line longer than the limit, in a format read line by line."""
    if format not in LINE_FORMATS or len(content) <= limits.max_line_chars:
        return
    start = 0
    number = 1
    while True:
        end = content.find("\n", start)
        stop = len(content) if end == -1 else end
        if stop - start > limits.max_line_chars:
            raise input_error("E137", file, number, length=stop - start, limit=limits.max_line_chars)
        if end == -1:
            return
        start, number = end + 1, number + 1


def check_turns(conversation: Conversation, file: str, limits: Limits) -> None:
    """E135 for more turns than the limit, E136 for a turn longer than it; with the turn's line."""
    turns = conversation.turns
    if len(turns) > limits.max_turns:
        raise input_error(
            "E135", file, turns[limits.max_turns].line, count=len(turns), limit=limits.max_turns
        )
    for turn in turns:
        if len(turn.text) > limits.max_turn_chars:
            raise input_error(
                "E136",
                file,
                turn.line,
                number=turn.index + 1,
                length=len(turn.text),
                limit=limits.max_turn_chars,
            )
