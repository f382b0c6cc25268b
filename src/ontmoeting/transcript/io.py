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
from ontmoeting.transcript.files import STDIN, read_limited, too_large
from ontmoeting.transcript.language import check_language
from ontmoeting.transcript.limits import DEFAULT_MAX_BYTES, Limits, check_lines, check_turns
from ontmoeting.transcript.messages import input_error
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


def max_bytes_limit(max_bytes: int | None = None) -> int:
    """The size limit: the argument, else ``ONTMOETING_MAX_BYTES`` (e.g. 50000000 or 50MB), else 20 MB."""
    return Limits.from_environment(max_bytes).max_bytes


def _check_size(size: int, limit: int, file: str) -> None:
    if size > limit:
        raise too_large(file, size, limit)


def read_conversations(
    path: str | Path,
    *,
    format: str | None = None,
    helper: str | None = None,
    language: str | None = None,
    text_column: str | None = None,
    max_bytes: int | None = None,
) -> list[Conversation]:
    """All conversations in the file at ``path`` (several for AnnoMI-style tables and JSONL); '-' reads
    standard input."""
    file = str(path)
    limit = max_bytes_limit(max_bytes)
    data = read_limited(path, limit)
    name = file if file != STDIN else "stdin"
    return read_bytes(
        data, name, format=format, helper=helper, language=language, text_column=text_column, max_bytes=limit
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
    limits = Limits.from_environment(max_bytes)
    _check_size(len(data), limits.max_bytes, filename)
    requested = check_format(format, filename)
    check_language(language, filename)
    if not data:
        raise input_error("E101", filename)
    document = document_format(data, filename, requested)
    if document:
        options = _options(filename, document, helper, language, text_column)
        found = [build(raw, options, []) for raw in _DOCUMENT_READERS[document](data, options)]
        return _within(found, filename, limits)
    decoded = decode(data, filename)
    return _read(decoded.text, filename, format, helper, language, text_column, decoded.warnings, limits)


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
    limits = Limits.from_environment(max_bytes)
    _check_size(len(text_content.encode("utf-8", errors="surrogatepass")), limits.max_bytes, name)
    check_format(format, name)
    check_language(language, name)
    cleaned = normalise_text(text_content)
    if not cleaned.strip():
        raise input_error("E101", name)
    return _read(cleaned, name, format, helper, language, text_column, [], limits)


def _read(
    content: str,
    name: str,
    format: str | None,
    helper: str | None,
    language: str | None,
    text_column: str | None,
    warnings: list[ReadWarning],
    limits: Limits,
) -> list[Conversation]:
    chosen = detect_format(name, content, format)
    if chosen in DOCUMENT_FORMATS:
        raise input_error("E130", name, format=chosen)
    check_lines(content, name, chosen, limits)
    options = _options(name, chosen, helper, language, text_column)
    if chosen in ("json", "jsonl"):
        return _within(json_reader.read(content, options, warnings), name, limits)
    return _within(
        [build(raw, options, warnings) for raw in _RAW_READERS[chosen](content, options)], name, limits
    )


def _within(conversations: list[Conversation], name: str, limits: Limits) -> list[Conversation]:
    """``conversations``, when none has more turns, or longer turns, than the limits allow (E135, E136)."""
    for conversation in conversations:
        check_turns(conversation, name, limits)
    return conversations


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
