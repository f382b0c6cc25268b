"""Transcript tables in Word and PDF files: which column is the speaker, the text, a number, a time, and the
student's own comment or code.

The layouts students use: two columns (speaker | text), three (number | speaker | text), and the
assessment layout with one or more columns for what the student did ("Wat deed ik?", "Interventie",
"Reflectie"). A header row names the columns; without one, the columns are recognised by what is in them
(numbers, a few recurring short names, long text). A row without a speaker continues the turn above; a
repeated header row (a table over several pages) is skipped; a text cell may itself start with 'S:'.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ontmoeting.transcript.messages import read_warning
from ontmoeting.transcript.readers.base import RawConversation, RawTurn, ReadOptions, merge_consecutive
from ontmoeting.transcript.readers.document import Block, Paragraph, Table, add_note, skipped_around
from ontmoeting.transcript.readers.labels import (
    TIME,
    believed_labels,
    name_like,
    plain_words,
    seconds,
    speaker_key,
    split_prefix,
)
from ontmoeting.transcript.roles import label_role

# Header words per column kind, compared without accents, case and punctuation. A header cell counts
# when it is one of these or starts with one ("Wat deed ik? (techniek)").
HEADERS: dict[str, tuple[str, ...]] = {
    "number": ("nr", "no", "nummer", "number", "beurt", "beurtnummer", "regel", "turn", "#"),
    "speaker": ("wie", "spreker", "speaker", "naam", "persoon", "rol", "role", "who", "name", "deelnemer"),
    "time": ("tijd", "time", "tijdstip", "tijdcode", "minuut", "timecode"),
    "text": ("tekst", "gesprek", "uitspraak", "uitspraken", "letterlijk", "verbatim", "transcript",
             "wat werd er gezegd", "wat is er gezegd", "wat wordt er gezegd", "wat zei", "text", "utterance",
             "dialoog", "gespreksverloop", "gesprekstekst", "dialogue", "what was said", "conversation"),
    "comment": ("wat deed ik", "wat doe ik", "interventie", "interventies", "reflectie", "opmerking",
                "opmerkingen", "toelichting", "commentaar", "code", "codering", "gesprekstechniek",
                "gespreksvaardigheid", "techniek", "vaardigheid", "analyse", "feedback", "comment",
                "comments", "note", "notes", "what i did", "skill", "technique", "intervention",
                "reflection", "eigen code", "leerpunt", "mijn gedachten", "wat dacht ik", "gedachten",
                "bedoeling", "doel", "methodiek", "evaluatie", "analysis"),
}  # fmt: skip
_NUMBER = re.compile(r"^\s*\d{1,4}\s*[.)]?\s*$")
_TIME = re.compile(rf"^\s*[\[(]?{TIME}[\])]?\s*$")
MIN_TURNS = 3


def header_kind(cell: str) -> str | None:
    """The column kind a header cell names, or None."""
    plain = plain_words(cell, "#")
    if not plain or len(plain.split()) > 8:
        return None
    for kind, words in HEADERS.items():
        for word in words:
            if plain == word or plain.startswith(word + " "):
                return kind
    return None


@dataclass
class Columns:
    speaker: int | None = None
    text: int | None = None
    number: int | None = None
    time: int | None = None
    comments: list[int] = field(default_factory=list)
    header: list[str] | None = None  # the header row's cells, to skip where it is repeated
    # One column per speaker ('Student | Cliënt'): column -> the speaker named in its header
    per_speaker: dict[int, str] = field(default_factory=dict)


def _header(row: list[str]) -> Columns | None:
    kinds = [header_kind(cell) for cell in row]
    unnamed = [i for i, kind in enumerate(kinds) if kind is None and row[i].strip()]
    speakers = [i for i in unnamed if _speaker_header(row[i])]
    per_speaker = "text" not in kinds and "speaker" not in kinds and len(speakers) >= 2
    if not per_speaker and (
        sum(k is not None for k in kinds) < 2 or "text" not in kinds and "speaker" not in kinds
    ):
        return None
    columns = Columns(header=[plain_words(cell, "#") for cell in row])
    for index, kind in enumerate(kinds):
        if kind == "comment":
            columns.comments.append(index)
        elif kind and getattr(columns, kind) is None:
            setattr(columns, kind, index)
    if per_speaker:
        columns.per_speaker = {i: " ".join(row[i].split()) for i in speakers}
    return columns


def _one_speaker_per_row(body: list[list[str]], speaker_columns: list[int]) -> bool:
    """Whether the rows fill one speaker column each, and each column more than once."""
    filled = [[i for i in speaker_columns if _cell(row, i).strip()] for row in body]
    rows = [f for f in filled if f]
    single = [f[0] for f in rows if len(f) == 1]
    used = Counter(single)
    return bool(rows) and len(single) >= 0.7 * len(rows) and sum(1 for n in used.values() if n >= 2) >= 2


def _speaker_header(cell: str) -> bool:
    """A header cell that names a speaker: 'Student', 'Cliënt', 'Hulpverlener (ik)', 'Mira'."""
    label = " ".join(cell.split())
    if len(label) > 40 or label.endswith((".", "?", "!", ",")):
        return False
    return label_role(label) is not None or (name_like(label) and len(label.split()) <= 3)


def title_row(row: list[str], width: int) -> bool:
    """A row merged across the table ('Gesprek 2 - 12 maart'): one cell where the others have several."""
    filled = {" ".join(cell.split()) for cell in row if cell.strip()}
    return width >= 2 and len(row) < width and len(filled) <= 1


def _values(rows: list[list[str]], index: int) -> list[str]:
    return [" ".join(row[index].split()) for row in rows if index < len(row) and row[index].strip()]


def _is_speaker_column(values: list[str], rows: int) -> bool:
    if len(values) < max(2, rows // 2):
        return False
    if any(len(v) > 40 or len(v.split()) > 4 for v in values):
        return False
    counts = Counter(speaker_key(v.rstrip(":")) for v in values)
    top = sum(n for _, n in counts.most_common(2))
    return 2 <= len(counts) <= 6 and top >= 0.6 * len(values) and name_like(values[0].rstrip(":"))


def _share(values: list[str], pattern: re.Pattern[str]) -> float:
    return sum(bool(pattern.match(v)) for v in values) / len(values) if values else 0.0


def _mean_length(values: list[str]) -> float:
    return sum(len(v) for v in values) / len(values) if values else 0.0


def _prefixed_share(values: list[str]) -> float:
    return (
        sum(split_prefix(v.split("\n", 1)[0]).label is not None for v in values) / len(values)
        if values
        else 0.0
    )


def infer_columns(rows: list[list[str]]) -> Columns | None:
    """The columns of a transcript table, from its header row or its content; None for another table."""
    if not rows:
        return None
    width = max(len(row) for row in rows)
    rows = [row for row in rows if not title_row(row, width)]
    if not rows:
        return None
    columns = _header(rows[0])
    if columns is not None and columns.per_speaker:
        if _one_speaker_per_row(rows[1:], list(columns.per_speaker)):
            return columns
        columns = None  # 'Student | Hoi!' was the first turn, not a header
    body = rows[1:] if columns else rows
    columns = columns or Columns()
    for index in range(width):
        if index in columns.comments or index in (
            columns.speaker,
            columns.text,
            columns.number,
            columns.time,
        ):
            continue
        values = _values(body, index)
        if not values:
            continue
        if columns.number is None and _share(values, _NUMBER) >= 0.7:
            columns.number = index
        elif columns.time is None and _share(values, _TIME) >= 0.7:
            columns.time = index
        elif columns.speaker is None and _is_speaker_column(values, len(body)):
            columns.speaker = index
    if columns.text is None:
        free = [
            i
            for i in range(width)
            if i not in (columns.speaker, columns.number, columns.time) and i not in columns.comments
        ]
        if columns.speaker is not None:
            after = [i for i in free if i > columns.speaker]
            candidates = after or free
            columns.text = candidates[0] if candidates else None
        elif free:
            # No speaker column: the text cells carry the speaker ('S: ...'); else this is no transcript
            best = max(
                free, key=lambda i: (_prefixed_share(_values(body, i)), _mean_length(_values(body, i)))
            )
            columns.text = best if _prefixed_share(_values(body, best)) >= 0.5 else None
    if columns.text is None:
        return None
    for index in range(width):
        if (
            index > columns.text
            and index not in columns.comments
            and index not in (columns.speaker, columns.number, columns.time)
        ):
            columns.comments.append(index)
    columns.comments.sort()
    return columns


def _cell(row: list[str], index: int | None) -> str:
    return row[index] if index is not None and index < len(row) else ""


def _note(row: list[str], columns: Columns) -> str | None:
    parts = [" ".join(_cell(row, i).split()) for i in columns.comments]
    parts = [p for p in parts if p]
    return " | ".join(parts) or None


def _table_turns(table: Table, columns: Columns, options: ReadOptions) -> tuple[list[RawTurn], int]:
    """The turns in ``table`` and the number of rows without text."""
    turns: list[RawTurn] = []
    empty = 0
    start_row = 0
    inline = columns.speaker is None
    believed: set[str] = set()
    if inline:
        labels = Counter(
            speaker_key(prefix.label)
            for row in table.rows[start_row:]
            for line in _cell(row, columns.text).split("\n")
            if (prefix := split_prefix(line)).label
        )
        believed = believed_labels(labels, options.helper)
    width = max(len(row) for row in table.rows)
    for position in range(start_row, len(table.rows)):
        row = table.rows[position]
        if columns.header and _plain_row(row) == columns.header or title_row(row, width):
            continue  # the header row again, on the next page, or a title across the table
        line, page = table.lines[position], table.pages[position]
        if columns.per_speaker:
            turns.extend(_speaker_column_turns(row, columns, line, page))
            continue
        text, note = _cell(row, columns.text), _note(row, columns)
        if not text.strip():
            empty += 1
            if note and turns:
                add_note(turns[-1], note)
            continue
        if inline:
            turns.extend(_inline_turns(text, believed, turns, line, page, note))
            continue
        speaker = " ".join(_cell(row, columns.speaker).split()).rstrip(":").strip()
        body = " ".join(text.split())
        if not speaker and turns:
            turns[-1].text = f"{turns[-1].text} {body}"
            if note:
                add_note(turns[-1], note)
            continue
        stamp = _cell(row, columns.time).strip()
        start = seconds(stamp.strip("[]() ")) if columns.time is not None and _TIME.match(stamp) else None
        turns.append(
            RawTurn(
                speaker=speaker or "?",
                text=body,
                line=line,
                page=page,
                start=start,
                ref=_ref(row, columns),
                note=note,
            )
        )
    return turns, empty


def _speaker_column_turns(
    row: list[str], columns: Columns, line: int | None, page: int | None
) -> list[RawTurn]:
    """A row of a table with one column per speaker: a turn for each speaker whose cell has text."""
    found = [
        RawTurn(
            speaker=name,
            text=" ".join(_cell(row, index).split()),
            line=line,
            page=page,
            ref=_ref(row, columns),
        )
        for index, name in sorted(columns.per_speaker.items())
        if _cell(row, index).strip()
    ]
    note = _note(row, columns)
    if found and note:
        found[0].note = note
    return found


def _ref(row: list[str], columns: Columns) -> str | None:
    """The turn's number in the number column ('12.' -> '12')."""
    return (_cell(row, columns.number).strip().rstrip(".)") or None) if columns.number is not None else None


def _plain_row(row: list[str]) -> list[str]:
    return [plain_words(cell, "#") for cell in row]


def _inline_turns(
    text: str, believed: set[str], turns: list[RawTurn], line: int | None, page: int | None, note: str | None
) -> list[RawTurn]:
    """Turns in a text cell whose lines start with the speaker ('S: ...'); a line without one continues."""
    new: list[RawTurn] = []
    for part in text.split("\n"):
        prefix = split_prefix(part)
        if prefix.label and speaker_key(prefix.label) in believed:
            new.append(RawTurn(speaker=prefix.label, text=prefix.rest, line=line, page=page))
        elif part.strip():
            target = new[-1] if new else (turns[-1] if turns else None)
            if target is None:
                continue
            target.text = f"{target.text} {part.strip()}".strip()
    if note:
        target = new[0] if new else (turns[-1] if turns else None)
        if target is not None:
            add_note(target, note)
    return new


def _recurring_speakers(turns: list[RawTurn]) -> bool:
    """Whether two speakers speak at least twice each: a conversation, not a title block's
    'Naam | Datum | Opleiding'."""
    counts = Counter(turn.speaker for turn in turns)
    return len(turns) >= MIN_TURNS and len([n for n in counts.values() if n >= 2]) >= 2


def merged_tables(blocks: list[Block]) -> list[Table]:
    """The tables in reading order, a table broken over pages (only empty paragraphs or page furniture
    between two parts with the same number of columns) joined into one."""
    merged: list[Table] = []
    adjacent = False
    for block in blocks:
        if isinstance(block, Paragraph):
            adjacent = adjacent and not block.text.strip()
            continue
        width = max((len(r) for r in block.rows), default=0)
        if merged and adjacent and max(len(r) for r in merged[-1].rows) == width:
            merged[-1].rows.extend(block.rows)
            merged[-1].lines.extend(block.lines)
            merged[-1].pages.extend(block.pages)
        else:
            merged.append(Table(list(block.rows), list(block.lines), list(block.pages), block.number))
        adjacent = True
    return merged


def table_conversation(blocks: list[Block], options: ReadOptions) -> RawConversation | None:
    """The conversation in the transcript table among ``blocks``, or None when no table is one."""
    tables = merged_tables(blocks)
    best: tuple[list[RawTurn], int, Table] | None = None
    for table in tables:
        columns = infer_columns(table.rows)
        if columns is None:
            continue
        turns, empty = _table_turns(table, columns, options)
        turns = merge_consecutive(turns)
        if _recurring_speakers(turns):
            if best is None or len(turns) > len(best[0]):
                best = (turns, empty, table)
    if best is None:
        return None
    turns, empty, table = best
    raw = RawConversation(turns=turns, first_line=table.lines[0] if table.lines else None)
    first_row, last_row = table.lines[0], table.lines[-1]
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    before = [p for p in paragraphs if first_row is not None and p.line is not None and _before(p, table)]
    after = [p for p in paragraphs if last_row is not None and p.line is not None and _later(p, table)]
    raw.warnings.extend(skipped_around(before, after))
    others = len(tables) - 1
    if others:
        raw.warnings.append(read_warning("W112", count=others))
    if empty:
        raw.warnings.append(read_warning("W104", count=empty))
    return raw


def _position(page: int | None, line: int | None) -> tuple[int, int]:
    return (page or 0, line or 0)


def _before(paragraph: Paragraph, table: Table) -> bool:
    return _position(paragraph.page, paragraph.line) < _position(table.pages[0], table.lines[0])


def _later(paragraph: Paragraph, table: Table) -> bool:
    return _position(paragraph.page, paragraph.line) > _position(table.pages[-1], table.lines[-1])
