"""CSV and TSV: one row per turn, columns found by their (Dutch or English) names.

Defaults: the text is in ``text``/``tekst``/``utterance_text``/... (or the column named by ``text_column``),
the speaker in ``speaker``/``spreker``/``interlocutor``/..., a stated role in ``role``/``rol``. A
``transcript_id``/``conversation_id``/``gesprek`` column splits the file into several conversations, as
in AnnoMI. Rows are not merged (each row keeps its id in ``turn.ref`` and its labels), and AnnoMI's expert
labels become human annotations by annotator ``annomi``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from ontmoeting.transcript.messages import input_error, parser_detail, read_warning
from ontmoeting.transcript.model import Annotation, Dimension, Role, Source
from ontmoeting.transcript.readers.base import RawConversation, RawTurn, ReadOptions
from ontmoeting.transcript.readers.labels import seconds
from ontmoeting.transcript.roles import label_role

# Ordered: the first present column wins.
TEXT_ORDER = ("text", "utterance_text", "tekst", "utterance", "uitspraak", "content", "message", "bericht",
              "zin", "sentence", "transcript", "transcriptie")  # fmt: skip
SPEAKER_ORDER = ("speaker", "spreker", "interlocutor", "speaker_name", "name", "naam", "participant",
                 "deelnemer", "who", "wie", "persoon")  # fmt: skip
ROLE_ORDER = ("role", "rol", "speaker_role")
START_ORDER = ("start", "begin", "start_time", "starttijd", "begintijd", "timestamp", "tijd", "time")
END_ORDER = ("end", "eind", "einde", "end_time", "eindtijd", "stop")
CONVERSATION_ORDER = ("transcript_id", "conversation_id", "conversation", "gesprek_id", "gesprek",
                      "session_id", "sessie", "dialogue_id", "dialog_id")  # fmt: skip
REF_ORDER = ("utterance_id", "turn_id", "beurt_id", "ref", "id")
TITLE_ORDER = ("video_title", "title", "titel")

TEXT_COLUMNS = frozenset(TEXT_ORDER)
SPEAKER_COLUMNS = frozenset(SPEAKER_ORDER)
ROLE_COLUMNS = frozenset(ROLE_ORDER)

ANNOMI_MAIN = "main_therapist_behaviour"
ANNOMI_TALK = "client_talk_type"
_SUBTYPES = {
    ("question_subtype", "open"): "open_question",
    ("question_subtype", "closed"): "closed_question",
    ("reflection_subtype", "simple"): "simple_reflection",
    ("reflection_subtype", "complex"): "complex_reflection",
}
ANNOMI_ANNOTATOR = "annomi"


def _key(column: str) -> str:
    return column.strip().strip('"').strip().lower().replace(" ", "_").replace("-", "_")


def _first(present: dict[str, str], order: tuple[str, ...]) -> str | None:
    return next((present[name] for name in order if name in present), None)


def _time(value: str | None) -> float | None:
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        number = float(value.replace(",", ".")) if ":" not in value else seconds(value)
    except ValueError:
        return None
    return number if number is not None and number >= 0 else None


def _annotations(row: dict[str, str | None], columns: dict[str, str]) -> list[Annotation]:
    found: list[Annotation] = []

    def value(name: str) -> str:
        column = columns.get(name)
        return (row.get(column) or "").strip().lower() if column else ""

    def human(dimension: Dimension, code: str) -> Annotation:
        return Annotation(dimension=dimension, code=code, source=Source.HUMAN, annotator=ANNOMI_ANNOTATOR)

    main = value(ANNOMI_MAIN)
    if main:
        found.append(human(Dimension.ANNOMI, main))
    talk = value(ANNOMI_TALK)
    if talk:
        found.append(human(Dimension.TALK, talk))
    for column in ("question_subtype", "reflection_subtype"):
        if main and not column.startswith(main):
            continue  # a subtype only counts for the behaviour the experts chose as the main one
        code = _SUBTYPES.get((column, value(column)))
        if code:
            found.append(human(Dimension.BEHAVIOUR, code))
            break
    return found


def _rows(reader: csv.DictReader, file: str) -> Iterator[tuple[int, dict[str, str | None]]]:
    line = reader.line_num + 1
    try:
        for row in reader:
            yield line, row
            line = reader.line_num + 1
    except csv.Error as error:
        raise input_error("E113", file, reader.line_num or line, detail=parser_detail(str(error))) from None


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_table(text: str, options: ReadOptions, delimiter: str) -> list[RawConversation]:
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        raise input_error("E113", options.file, 1, detail=parser_detail(str(error))) from None
    present = {_key(column): column for column in header if column is not None}
    found = ", ".join(column for column in header if column) or "-"
    if options.text_column:
        text_column = present.get(_key(options.text_column))
        if text_column is None:
            raise input_error("E110", options.file, 1, missing=options.text_column, found=found)
    else:
        text_column = _first(present, TEXT_ORDER)
        if text_column is None:
            raise input_error(
                "E110", options.file, 1, missing="text (" + "/".join(TEXT_ORDER[:4]) + ")", found=found
            )
    speaker_column = _first(present, SPEAKER_ORDER)
    role_column = _first(present, ROLE_ORDER)
    if speaker_column is None and role_column is None:
        raise input_error(
            "E110", options.file, 1, missing="speaker/spreker/interlocutor or role/rol", found=found
        )
    start_column, end_column = _first(present, START_ORDER), _first(present, END_ORDER)
    conversation_column, ref_column = _first(present, CONVERSATION_ORDER), _first(present, REF_ORDER)
    title_column = _first(present, TITLE_ORDER)
    label_names = (ANNOMI_MAIN, ANNOMI_TALK, "question_subtype", "reflection_subtype")
    label_columns = {name: present[name] for name in label_names if name in present}
    used = {c for c in (text_column,  # noqa: E501 speaker_column, role_column, start_column, end_column, conversation_column,
                        ref_column, title_column) if c} | set(label_columns.values())  # fmt: skip
    extra_columns = [c for c in header if c and c not in used and not c.startswith("utterance_text")]

    conversations: dict[str, RawConversation] = {}
    extras: dict[str, dict[str, set[str]]] = {}
    skipped = 0
    unknown_roles: dict[str, int] = {}
    for line, row in _rows(reader, options.file):
        content = (row.get(text_column) or "").strip()
        conversation_key = (row.get(conversation_column) or "").strip() if conversation_column else ""
        raw = conversations.get(conversation_key)
        if raw is None:
            raw = conversations[conversation_key] = RawConversation(
                turns=[], id=conversation_key or None, first_line=line
            )
            extras[conversation_key] = {c: set() for c in extra_columns}
            if title_column:
                raw.title = (row.get(title_column) or "").strip() or None
        if not content:
            skipped += 1
            continue
        for column in extra_columns:
            values = extras[conversation_key][column]
            if len(values) < 2:
                values.add((row.get(column) or "").strip())
        stated_role: Role | None = None
        role_value = (row.get(role_column) or "").strip() if role_column else ""
        if role_value:
            stated_role = label_role(role_value)
            if stated_role is None:
                unknown_roles.setdefault(role_value, line)
                stated_role = Role.OTHER
        speaker = ((row.get(speaker_column) or "").strip() if speaker_column else "") or role_value or "?"
        raw.turns.append(
            RawTurn(
                speaker=speaker,
                text=content,
                line=line,
                start=_time(row.get(start_column)) if start_column else None,
                end=_time(row.get(end_column)) if end_column else None,
                ref=((row.get(ref_column) or "").strip() or None) if ref_column else None,
                role=stated_role,
                annotations=_annotations(row, label_columns) if label_columns else [],
            )
        )
    for key, raw in conversations.items():
        raw.extra = {c: next(iter(v)) for c, v in extras[key].items() if len(v) == 1 and next(iter(v))}
        if skipped:
            raw.warnings.append(read_warning("W104", count=skipped))
        for value, line in unknown_roles.items():
            raw.warnings.append(read_warning("W106", line=line, value=value))
    if not conversations:
        raise input_error("E120", options.file, 2)
    return list(conversations.values())


def read_csv(text: str, options: ReadOptions) -> list[RawConversation]:
    return read_table(text, options, _delimiter(text) if _delimiter(text) != "\t" else ",")


def read_tsv(text: str, options: ReadOptions) -> list[RawConversation]:
    return read_table(text, options, "\t")
