"""The one entry point for reading and writing conversations, whatever the format.

    read_conversations(path, format=None, helper=None, language=None, text_column=None, max_bytes=None)
    read_conversation(path, ...)            exactly one conversation, else E114
    read_bytes(data, filename, ...)         an upload
    read_text(text, name="upload", ...)     text already in memory
    write_json(conversations, path)         .json (one object, or a collection) or .jsonl (one per line)
    to_json(conversation) / from_json(text) and to_jsonl(conversations) / from_jsonl(text)

Every problem with the input is an :class:`~ontmoeting.errors.InputError` (E1xx) naming the file and,
where there is one, the line. What the readers guessed or repaired is in ``metadata.warnings``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from ontmoeting.transcript.detect import (
    DOCUMENT_FORMATS,
    FORMATS,
    check_format,
    detect_format,
    document_format,
)
from ontmoeting.transcript.encoding import decode, normalise_text
from ontmoeting.transcript.language import check_language
from ontmoeting.transcript.messages import config_error, input_error
from ontmoeting.transcript.model import Conversation, ReadWarning
from ontmoeting.transcript.pseudonymise import pseudonymise
from ontmoeting.transcript.readers import json as json_reader
from ontmoeting.transcript.readers import pdf, subtitles, table, text, word
from ontmoeting.transcript.readers.base import RawConversation, ReadOptions, build
from ontmoeting.transcript.readers.json import (
    from_json,
    from_jsonl,
    to_json,
    to_jsonl,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "from_json",
    "from_jsonl",
    "max_bytes_limit",
    "pseudonymise",
    "read_bytes",
    "read_conversation",
    "read_conversations",
    "read_text",
    "to_json",
    "to_jsonl",
    "write_json",
    "write_jsonl",
]

#: Default size limit for one input file: far above any conversation, far below what hurts a laptop.
DEFAULT_MAX_BYTES = 20_000_000
MAX_BYTES_ENV = "ONTMOETING_MAX_BYTES"

_RAW_READERS: dict[str, Callable[[str, ReadOptions], list[RawConversation]]] = {
    "text": text.read,
    "vtt": subtitles.read_vtt,
    "srt": subtitles.read_srt,
    "csv": table.read_csv,
    "tsv": table.read_tsv,
    "annomi": table.read_csv,
}
_DOCUMENT_READERS: dict[str, Callable[[bytes, ReadOptions], list[RawConversation]]] = {
    "docx": word.read,
    "pdf": pdf.read,
}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "kib": 1024, "m": 10**6, "mb": 10**6, "mib": 2**20,
          "g": 10**9, "gb": 10**9, "gib": 2**30}  # fmt: skip


def max_bytes_limit(max_bytes: int | None = None) -> int:
    """The size limit: the argument, else ``ONTMOETING_MAX_BYTES`` (e.g. 50000000 or 50MB), else 20 MB."""
    if max_bytes is not None:
        return max_bytes
    value = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    match = _SIZE.match(value)
    if not match:
        raise config_error("E118", value=value)
    return int(float(match[1]) * _UNITS[(match[2] or "").lower()])


def _human_size(size: int) -> str:
    if size >= 10**6:
        return f"{size / 10**6:.1f} MB"
    if size >= 10**3:
        return f"{size / 10**3:.1f} kB"
    return f"{size} B"


def _check_size(size: int, limit: int, file: str) -> None:
    if size > limit:
        raise input_error("E107", file, size=_human_size(size), limit=_human_size(limit))


def read_conversations(
    path: str | Path,
    *,
    format: str | None = None,
    helper: str | None = None,
    language: str | None = None,
    text_column: str | None = None,
    max_bytes: int | None = None,
) -> list[Conversation]:
    """All conversations in the file at ``path`` (several for AnnoMI-style tables and JSONL)."""
    file = str(path)
    limit = max_bytes_limit(max_bytes)
    try:
        if Path(path).is_dir():
            raise input_error("E124", file)
        _check_size(Path(path).stat().st_size, limit, file)
        data = Path(path).read_bytes()
    except OSError as error:
        raise input_error("E112", file, detail=error.strerror or type(error).__name__) from None
    return read_bytes(
        data, file, format=format, helper=helper, language=language, text_column=text_column, max_bytes=limit
    )


def read_conversation(
    path: str | Path,
    *,
    format: str | None = None,
    helper: str | None = None,
    language: str | None = None,
    text_column: str | None = None,
    max_bytes: int | None = None,
) -> Conversation:
    """The one conversation in the file at ``path``; E114 when it holds several."""
    conversations = read_conversations(
        path, format=format, helper=helper, language=language, text_column=text_column, max_bytes=max_bytes
    )
    return _exactly_one(conversations, str(path))


def read_bytes(
    data: bytes,
    filename: str,
    *,
    format: str | None = None,
    helper: str | None = None,
    language: str | None = None,
    text_column: str | None = None,
    max_bytes: int | None = None,
) -> list[Conversation]:
    """The conversations in ``data``, the content of a file called ``filename`` (an upload)."""
    _check_size(len(data), max_bytes_limit(max_bytes), filename)
    requested = check_format(format, filename)
    check_language(language, filename)
    if not data:
        raise input_error("E101", filename)
    document = document_format(data, filename, requested)
    if document:
        options = _options(filename, document, helper, language, text_column)
        return [build(raw, options, []) for raw in _DOCUMENT_READERS[document](data, options)]
    decoded = decode(data, filename)
    return _read(decoded.text, filename, format, helper, language, text_column, decoded.warnings)


def read_text(
    text_content: str,
    *,
    name: str = "upload",
    format: str | None = None,
    helper: str | None = None,
    language: str | None = None,
    text_column: str | None = None,
    max_bytes: int | None = None,
) -> list[Conversation]:
    """The conversations in ``text_content`` (already decoded, e.g. pasted into the web app)."""
    _check_size(len(text_content.encode("utf-8", errors="surrogatepass")), max_bytes_limit(max_bytes), name)
    check_format(format, name)
    check_language(language, name)
    cleaned = normalise_text(text_content)
    if not cleaned.strip():
        raise input_error("E101", name)
    return _read(cleaned, name, format, helper, language, text_column, [])


def _read(
    content: str,
    name: str,
    format: str | None,
    helper: str | None,
    language: str | None,
    text_column: str | None,
    warnings: list[ReadWarning],
) -> list[Conversation]:
    chosen = detect_format(name, content, format)
    if chosen in DOCUMENT_FORMATS:
        raise input_error("E130", name, format=chosen)
    options = _options(name, chosen, helper, language, text_column)
    if chosen in ("json", "jsonl"):
        return json_reader.read(content, options, warnings)
    return [build(raw, options, warnings) for raw in _RAW_READERS[chosen](content, options)]


def _options(
    name: str, format: str, helper: str | None, language: str | None, text_column: str | None
) -> ReadOptions:
    return ReadOptions(
        file=name,
        format=format,
        helper=helper,
        language=check_language(language, name),
        text_column=text_column,
    )


def _exactly_one(conversations: list[Conversation], file: str) -> Conversation:
    if len(conversations) != 1:
        raise input_error("E114", file, count=len(conversations))
    return conversations[0]


def write_json(conversations: Conversation | Iterable[Conversation], path: str | Path) -> None:
    """Write to ``path``: JSONL when it ends in .jsonl/.ndjson, else JSON (one object for one conversation,
    a collection for several). Written to a temporary file first, so a failure never leaves half a file."""
    items = [conversations] if isinstance(conversations, Conversation) else list(conversations)
    target = Path(path)
    if target.suffix.lower() in (".jsonl", ".ndjson"):
        content = to_jsonl(items)
    else:
        content = to_json(items[0]) if len(items) == 1 else json_reader.collection_to_json(items)  # 0 too
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(content, encoding="utf-8")
    temporary.replace(target)


def write_jsonl(conversations: Iterable[Conversation], path: str | Path) -> None:
    target = Path(path)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(to_jsonl(list(conversations)), encoding="utf-8")
    temporary.replace(target)
