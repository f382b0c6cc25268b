"""Tables without rules on a PDF page, found from where the words stand.

A Word table without borders, or a speaker label with a tab before the text, comes out of a PDF as lines
whose words fall into columns with wide gaps between them. Lines with such a gap, whose column starts recur
on at least three lines, form a table; a line with only a later column continues the row above (a text cell
that wraps). Everything else stays a line of text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ontmoeting.transcript.readers.document import Table

_LIST_NUMBER = re.compile(r"^\d{1,3}[.)]$")
GAP = 12.0  # points between two words that makes them two cells (a word space is about 3)
ALIGN = 4.0  # points within which two cells start in the same column
MIN_ROWS = 3


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int
    line: int
    bold: bool = False
    size: float = 0.0
    words: list[tuple[float, float, str]] = field(default_factory=list)  # characters: x0, x1, text


@dataclass
class Segment:
    x0: float
    text: str


def segments(line: Line) -> list[Segment]:
    """The parts of ``line`` separated by a gap wider than :data:`GAP`."""
    found: list[Segment] = []
    text, start, last_x1 = "", None, None
    for x0, x1, char in sorted(line.words):
        if last_x1 is not None and x0 - last_x1 > GAP:
            found.append(Segment(start or 0.0, text))
            text, start = "", None
        elif last_x1 is not None and x0 - last_x1 > 0.2 * max(line.size, 5.0):
            text += " "
        if start is None:
            start = x0
        text += char
        last_x1 = x1
    if text:
        found.append(Segment(start or 0.0, text))
    # '1.<tab>Mira: ...': Word's list number with a hanging indent belongs to the line, it is no column
    if len(found) >= 2 and _LIST_NUMBER.match(found[0].text):
        found[:2] = [Segment(found[0].x0, f"{found[0].text} {found[1].text}")]
    return found


def _starts(rows: list[list[Segment]]) -> list[float]:
    counts: Counter[float] = Counter()
    for parts in rows:
        for part in parts:
            counts[round(part.x0 / ALIGN) * ALIGN] += 1
    starts = sorted(x for x, n in counts.items() if n >= MIN_ROWS)
    merged: list[float] = []
    for x in starts:
        if not merged or x - merged[-1] > ALIGN:
            merged.append(x)
    return merged


def _column(x0: float, starts: list[float]) -> int:
    index = 0
    for position, start in enumerate(starts):
        if x0 + ALIGN >= start:
            index = position
    return index


def borderless_tables(
    lines: list[Line], first_number: int
) -> tuple[list[Line], list[tuple[float, Table, list[Line]]]]:
    """``lines`` split into the lines that stay text and the tables among them (with their top and the lines
    they were made of)."""
    parts = [segments(line) for line in lines]
    multi = [p for p in parts if len(p) >= 2]
    if len(multi) < MIN_ROWS:
        return lines, []
    starts = _starts(multi)
    if len(starts) < 2:
        return lines, []
    loose: list[Line] = []
    tables: list[tuple[float, Table, list[Line]]] = []
    current: Table | None = None
    members: list[Line] = []
    current_top = 0.0
    for line, line_parts in zip(lines, parts, strict=True):
        aligned = all(any(abs(p.x0 - s) <= ALIGN for s in starts) for p in line_parts)
        columnar = aligned and (
            len(line_parts) >= 2 or (current is not None and line_parts[0].x0 > starts[0] + ALIGN)
        )
        if not columnar:
            if current is not None and len(current.rows) >= MIN_ROWS:
                tables.append((current_top, current, members))
            elif current is not None:
                loose.extend(members)
            current, members = None, []
            loose.append(line)
            continue
        cells = [""] * len(starts)
        for part in line_parts:
            cells[_column(part.x0, starts)] = part.text
        if current is None:
            current = Table(rows=[], lines=[], pages=[], number=first_number + len(tables))
            current_top = line.top
        members.append(line)
        if cells[0] or not current.rows:
            current.rows.append(cells)
            current.lines.append(line.line)
            current.pages.append(line.page)
        else:
            previous = current.rows[-1]
            for index, cell in enumerate(cells):
                if cell:
                    previous[index] = f"{previous[index]}\n{cell}" if previous[index] else cell
    if current is not None and len(current.rows) >= MIN_ROWS:
        tables.append((current_top, current, members))
    elif current is not None:
        loose.extend(members)
    return sorted(loose, key=lambda ln: ln.top), tables
