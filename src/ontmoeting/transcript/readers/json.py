"""The project's own JSON format, which is also its export format (see docs/formats.md).

One conversation::

    {"schema": "ontmoeting/conversation", "version": 1, "id": ..., "language": "nl",
     "language_detected": false, "metadata": {...}, "turns": [{...}, ...]}

Several: ``{"schema": "ontmoeting/conversations", "version": 1, "conversations": [<conversation>, ...]}``,
or JSONL with one conversation object per line. Writing and reading back keeps every field (a test proves
it). Hand-written files may leave out ``schema``, ``version``, ``id``, ``language``, turn ``index`` and
``speaker``; roles may be labels such as "therapist". A newer ``version`` is refused rather than
misread.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from ontmoeting.transcript.language import detect_language
from ontmoeting.transcript.messages import input_error, parser_detail
from ontmoeting.transcript.model import SCHEMA_VERSION, Conversation, ReadWarning, Role
from ontmoeting.transcript.readers.base import ReadOptions, conversation_id
from ontmoeting.transcript.readers.json_lines import turn_lines
from ontmoeting.transcript.roles import ROLE_NAMES, assign_roles, label_role, speaker_stats

SCHEMA = "ontmoeting/conversation"
COLLECTION_SCHEMA = "ontmoeting/conversations"
#: Deeper than any conversation needs (the schema itself is 5 levels); deeper means not our format.
MAX_DEPTH = 32


def conversation_to_dict(conversation: Conversation) -> dict[str, Any]:
    return {"schema": SCHEMA, "version": SCHEMA_VERSION, **conversation.model_dump(mode="json")}


def to_json(conversation: Conversation, *, indent: int | None = 2) -> str:
    return json.dumps(conversation_to_dict(conversation), ensure_ascii=False, indent=indent) + "\n"


def collection_to_json(conversations: Iterable[Conversation]) -> str:
    document = {
        "schema": COLLECTION_SCHEMA,
        "version": SCHEMA_VERSION,
        "conversations": [conversation_to_dict(c) for c in conversations],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(conversations: Iterable[Conversation]) -> str:
    return "".join(json.dumps(conversation_to_dict(c), ensure_ascii=False) + "\n" for c in conversations)


def from_json(text: str, *, name: str = "upload.json") -> Conversation:
    """The one conversation in ``text`` (our JSON); E114 when it holds several."""
    conversations = read(text, ReadOptions(file=name, format="json"), [])
    if len(conversations) != 1:
        raise input_error("E114", name, count=len(conversations))
    return conversations[0]


def from_jsonl(text: str, *, name: str = "upload.jsonl") -> list[Conversation]:
    return read(text, ReadOptions(file=name, format="jsonl"), [])


#: Digits in one JSON number: times and indices need a handful; thousands of digits are an attack on the
#: parser (Python refuses integers over 4,300 digits with a ValueError, and converting them is quadratic).
MAX_NUMBER_DIGITS = 30


class _LongNumber(Exception):
    def __init__(self, text: str) -> None:
        self.text = text


def _number(convert: Any) -> Any:
    def parse(text: str) -> Any:
        if len(text) > MAX_NUMBER_DIGITS:
            raise _LongNumber(text)
        value = convert(text)
        if not math.isfinite(value):  # 1e999 is infinity
            raise _LongNumber(text)
        return value

    return parse


def _constant(text: str) -> Any:
    raise _LongNumber(text)  # NaN, Infinity, -Infinity: not JSON, and no time or index


def _parse(text: str, file: str, line_offset: int = 0) -> Any:
    try:
        return json.loads(text, parse_int=_number(int), parse_float=_number(float), parse_constant=_constant)
    except _LongNumber as long:
        at = text.find(long.text)
        line = text.count("\n", 0, at) + 1 + line_offset if at >= 0 else None
        digits = len(long.text)
        detail = (
            (
                f"{digits} cijfers, de grens is {MAX_NUMBER_DIGITS}",
                f"{digits} digits, the limit is {MAX_NUMBER_DIGITS}",
            )
            if digits > MAX_NUMBER_DIGITS
            else (f"'{long.text}' is oneindig of geen getal", f"'{long.text}' is infinite or not a number")
        )
        raise input_error("E134", file, line, detail=detail) from None
    except json.JSONDecodeError as error:
        raise input_error(
            "E108", file, error.lineno + line_offset, column=error.colno, detail=parser_detail(error.msg)
        ) from None
    except RecursionError:
        raise input_error("E109", file, line_offset + 1 if line_offset else None, limit=MAX_DEPTH) from None


def _depth(value: Any) -> int:
    """Nesting depth of ``value`` (iterative, so a hostile document cannot exhaust the stack)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in item.values())
        elif isinstance(item, list):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in item)
        if deepest > MAX_DEPTH:
            break
    return deepest


def read(content: str, options: ReadOptions, warnings: list[ReadWarning]) -> list[Conversation]:
    """Conversations from JSON or JSONL ``content``, with the user's ``--language``/``--helper`` applied."""
    found: list[tuple[Any, int | None]] = []  # (document, line)
    if options.format == "jsonl":
        for number, line in enumerate(content.split("\n"), start=1):
            if line.strip():
                found.append((_parse(line, options.file, number - 1), number))
    else:
        document = _parse(content, options.file)
        found.extend((item, None) for item in _unwrap(document, options.file))
    if not found:
        raise input_error("E101", options.file)
    conversations = []
    for position, (document, line) in enumerate(found):
        if _depth(document) > MAX_DEPTH:
            raise input_error("E109", options.file, line, limit=MAX_DEPTH)
        if (
            options.format == "jsonl"
            and isinstance(document, dict)
            and document.get("schema") == COLLECTION_SCHEMA
        ):
            raise input_error(
                "E111",
                options.file,
                line,
                detail=("een verzameling binnen JSONL", "a collection inside JSONL"),
            )
        default_id = conversation_id(options.file) + (f"-{position + 1}" if len(found) > 1 else "")
        try:
            conversations.append(_conversation(document, options, warnings, line, default_id))
        except _TurnError as error:
            turn_line = line
            if line is None:  # a .json file: find the line of that turn in the text
                lists = turn_lines(content)
                if position < len(lists) and error.turn < len(lists[position]):
                    turn_line = lists[position][error.turn]
            raise input_error("E111", options.file, turn_line, detail=error.detail) from None
    return conversations


class _TurnError(Exception):
    """A turn that is not valid: which one, and why (the message is made where its line is known)."""

    def __init__(self, turn: int, detail: str) -> None:
        self.turn, self.detail = turn, detail


def _unwrap(document: Any, file: str) -> list[Any]:
    if isinstance(document, list):
        return document
    if isinstance(document, dict) and document.get("schema") == COLLECTION_SCHEMA:
        _check_version(document, file, None)
        items = document.get("conversations")
        if not isinstance(items, list):
            raise input_error(
                "E111", file, detail=("'conversations' moet een lijst zijn", "'conversations' must be a list")
            )
        return items
    return [document]


def _check_version(document: dict[str, Any], file: str, line: int | None) -> None:
    version = document.get("version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool):
        raise input_error(
            "E111",
            file,
            line,
            detail=(
                f"'version' moet een geheel getal zijn, niet {version!r}",
                f"'version' must be a whole number, not {version!r}",
            ),
        )
    if version > SCHEMA_VERSION:
        raise input_error(
            "E111",
            file,
            line,
            detail=(
                f"versie {version} is nieuwer dan deze ontmoeting leest ({SCHEMA_VERSION}); werk haar bij",
                f"version {version} is newer than this ontmoeting reads ({SCHEMA_VERSION}); update it",
            ),
        )


def _conversation(
    document: Any, options: ReadOptions, warnings: list[ReadWarning], line: int | None, default_id: str
) -> Conversation:
    file = options.file
    if not isinstance(document, dict):
        raise input_error(
            "E111",
            file,
            line,
            detail=(
                f"verwacht een object, gevonden: {type(document).__name__}",
                f"expected an object, found {type(document).__name__}",
            ),
        )
    schema = document.get("schema")
    if schema is not None and schema != SCHEMA:
        raise input_error(
            "E111",
            file,
            line,
            detail=(
                f"schema is {schema!r}, verwacht {SCHEMA!r}",
                f"schema is {schema!r}, expected {SCHEMA!r}",
            ),
        )
    _check_version(document, file, line)
    if schema is None and not isinstance(document.get("turns"), list):
        raise input_error("E111", file, line, detail=("geen lijst 'turns'", "no 'turns' list"))
    data = {k: v for k, v in document.items() if k not in ("schema", "version")}
    data.setdefault("id", default_id)
    language_given = "language" in data
    data.setdefault("language", "nl")
    turns = data.get("turns")
    needs_roles = False
    if isinstance(turns, list):
        data["turns"] = [dict(t) if isinstance(t, dict) else t for t in turns]
        for position, turn in enumerate(data["turns"]):
            if not isinstance(turn, dict):
                continue
            turn.setdefault("index", position)
            role = turn.get("role")
            if isinstance(role, str) and role not in {r.value for r in Role}:
                labelled = label_role(role)
                turn["role"] = labelled.value if labelled else role
            if "role" not in turn:
                needs_roles = True
                turn["role"] = Role.OTHER.value
            if (
                "speaker" not in turn
                and isinstance(turn.get("role"), str)
                and turn["role"] in ROLE_NAMES["en"]
            ):
                turn.setdefault("speaker", ROLE_NAMES["en"].get(Role(turn["role"]), "?"))
    try:
        conversation = Conversation.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        loc = first["loc"]
        if len(loc) >= 2 and loc[0] == "turns" and isinstance(loc[1], int):
            raise _TurnError(loc[1], f"{where}: {first['msg']}") from None
        raise input_error("E111", file, line, detail=f"{where}: {first['msg']}") from None
    if [t.index for t in conversation.turns] != list(range(len(conversation.turns))):
        conversation.reindex()
    if needs_roles or options.helper:
        stats = speaker_stats((t.speaker, t.text) for t in conversation.turns)
        roles, guessed = assign_roles(stats, helper=options.helper, file=file, line=line)
        for turn in conversation.turns:
            turn.role = roles[turn.speaker]
        conversation.metadata.warnings.extend(guessed)
    if options.language:
        conversation.language = options.language  # type: ignore[assignment]
        conversation.language_detected = False
    elif not language_given:
        conversation.language, _ = detect_language(t.text for t in conversation.turns)
        conversation.language_detected = True
    if warnings:
        conversation.metadata.warnings = list(warnings) + conversation.metadata.warnings
    return conversation
