"""What a Word or PDF file holds once its text is out, and how the conversation is found in it.

The Word and PDF readers only extract: paragraphs (or lines of a page) and tables, in reading order, with
where each came from, into the model below. Finding the conversation is the same for both
(:mod:`.layout`):

- a table whose columns are a speaker and a text (and maybe a number, a time and the student's own
  comment or code) is the conversation (see :mod:`.document_tables`);
- otherwise paragraphs with speaker prefixes are, read as the text reader reads lines: a paragraph without
  a prefix continues the turn above it;
- a title block and an introduction before the conversation, headings inside it and an appendix after it
  ("Reflectie", "Bijlage 1") are left out, and each is reported as a warning, so that ``inspect`` says what
  was skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ontmoeting.transcript.messages import read_warning
from ontmoeting.transcript.model import ReadWarning
from ontmoeting.transcript.readers.base import RawTurn
from ontmoeting.transcript.readers.labels import name_like


@dataclass
class Paragraph:
    """A paragraph of a Word file or a line of a PDF page."""

    text: str
    line: int | None = None  # Word: the paragraph's number in the body; PDF: the line on its page
    page: int | None = None
    heading: bool = False  # a heading style, or a short line set apart (bold, larger)
    label: str | None = None  # a bold speaker label written without a colon ('**Mira** Hoe gaat het?')
    note: str | None = None  # a Word comment anchored in this paragraph


@dataclass
class Table:
    rows: list[list[str]]  # cell texts; a cell's own paragraphs or lines are joined by '\n'
    lines: list[int | None]  # per row, as Paragraph.line
    pages: list[int | None]  # per row
    number: int = 1  # the table's number in the document, for messages
    # A table found only from where words stand on a PDF page: its lines, to read as text instead when it
    # turns out to be no transcript table (a numbered list with a hanging indent looks like one)
    as_text: list[Paragraph] = field(default_factory=list)


Block = Paragraph | Table


@dataclass
class Document:
    blocks: list[Block]
    skipped: Counter[str] = field(default_factory=Counter)  # 'header_footer', 'page_number', 'footnote'
    warnings: list[ReadWarning] = field(default_factory=list)


# Headings that open what follows a conversation in an assignment (and never a turn).
APPENDIX = re.compile(
    r"^\s*(?:\d+[.)]?\s*)?(?:bijlage|appendix|reflectie|zelfreflectie|nabeschouwing|evaluatie|analyse|"
    r"literatuur(?:lijst)?|bronnen(?:lijst)?|references|bibliography|conclusie|conclusion|leerpunten|"
    r"beoordeling(?:sformulier)?|feedback|terugblik|afsluiting|reflection|evaluation|analysis|"
    r"learning points|assessment)\b",
    re.IGNORECASE,
)
_FIRST_WORDS = 6


def _first_words(text: str) -> str:
    words = text.split()
    return " ".join(words[:_FIRST_WORDS]) + (" …" if len(words) > _FIRST_WORDS else "")


def add_note(turn: RawTurn, note: str) -> None:
    note = " ".join(note.split())
    if note:
        turn.note = f"{turn.note} {note}" if turn.note else note


def _amount(count: int, *, lines: bool) -> tuple[str, str]:
    """'3 alinea's' for a Word file, '3 regels' for a PDF (whose paragraphs are not known), in nl and en."""
    nl = ("regel", "regels") if lines else ("alinea", "alinea's")
    en = ("line", "lines") if lines else ("paragraph", "paragraphs")
    return (f"{count} {nl[count != 1]}", f"{count} {en[count != 1]}")


def skipped_around(before: list[Paragraph], after: list[Paragraph], headings: int = 0) -> list[ReadWarning]:
    """W108 (before the conversation), W109 (after it) and W111 (headings inside it)."""
    found: list[ReadWarning] = []
    before = [p for p in before if p.text.strip()]
    after = [p for p in after if p.text.strip()]
    # A Word paragraph's number is no line a user can find, so Word warnings quote the start instead;
    # a PDF's page and line can be found.
    for code, skipped in (("W108", before), ("W109", after)):
        if skipped:
            first = skipped[0]
            found.append(
                read_warning(
                    code,
                    line=first.line if first.page else None,
                    page=first.page,
                    amount=_amount(len(skipped), lines=first.page is not None),
                    start=_first_words(first.text),
                )
            )
    if headings:
        found.append(read_warning("W111", count=headings))
    return found


def skipped_furniture(document: Document) -> list[ReadWarning]:
    """W110: page headers, footers and page numbers that were left out; W115: footnotes."""
    count = document.skipped["header_footer"] + document.skipped["page_number"]
    found = [read_warning("W110", count=count)] if count else []
    if document.skipped["footnote"]:
        found.append(read_warning("W115", count=document.skipped["footnote"]))
    return found


def raised_inside(error: BaseException, libraries: tuple[str, ...]) -> bool:
    """Whether ``error`` was raised in one of ``libraries`` (a damaged file), not in our own code (a bug)."""
    traceback = error.__traceback__
    last = None
    while traceback is not None:
        last = traceback.tb_frame.f_code.co_filename
        traceback = traceback.tb_next
    parts = set(Path(last).parts) if last else set()
    return any(library in parts or f"{library}.py" in parts for library in libraries)


def bold_label(text: str) -> bool:
    """Whether a bold run at the start of a Word paragraph reads as a speaker label without a colon."""
    label = text.strip()
    return 0 < len(label) <= 40 and name_like(label.rstrip(":"))
