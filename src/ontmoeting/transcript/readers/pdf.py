"""PDF files with pdfplumber: each page's lines and tables, without page headers, footers and numbers.

pdfplumber (on pdfminer.six) was chosen over pypdf because it gives every word's position and finds ruled
tables, which the table layouts students use need; pypdf's text comes without columns. A table without
rules is found from the words' positions (:mod:`.pdf_columns`). A header or footer is a line at the top or
bottom of a page that recurs on other pages (its numbers aside) or is only a page number.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ontmoeting.errors import InputError
from ontmoeting.transcript.messages import input_error, read_warning
from ontmoeting.transcript.readers.base import RawConversation, ReadOptions
from ontmoeting.transcript.readers.document import Document, Paragraph, Table, raised_inside
from ontmoeting.transcript.readers.layout import interpret
from ontmoeting.transcript.readers.pdf_columns import Line, borderless_tables
from ontmoeting.transcript.readers.pdf_footnotes import body_size, footnote_lines, without_superscripts

PDF_MAGIC = b"%PDF"
MARGIN = 0.09  # share of the page height at the top and the bottom where headers and footers sit
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:(?:pagina|page|blz\.?|p\.)\s*)?\d{1,4}(?:\s*(?:/|van|of|uit)\s*\d{1,4})?"
    r"(?:\s*[-–—])?\s*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<=\w)\s+([.,;:!?])(?=\s|$)")
_HEADING_WORDS = 8
LIBRARIES = ("pdfminer", "pdfplumber", "pypdfium2")
#: Far more pages than any written-out conversation; a longer PDF is not one, and reading it takes minutes.
MAX_PAGES = 300


def is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(PDF_MAGIC)


def read(data: bytes, options: ReadOptions) -> list[RawConversation]:
    import pdfplumber  # imported here so that reading text files never pays for it
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    # pdfminer logs every oddity of a damaged file as a warning; the user gets one message instead
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    if not is_pdf(data):
        raise input_error("E128", options.file, format="PDF", kind=("geen PDF-bestand", "not a PDF file"))
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            document = extract(pdf, options.file)
    except InputError:
        raise
    except Exception as error:  # pdfminer raises many kinds for a damaged file (PSEOF, PDFSyntaxError, ...)
        if not raised_inside(error, LIBRARIES):
            raise  # our own mistake: a traceback, not a message that blames the user's file
        # pdfplumber wraps pdfminer's errors in PdfminerException
        cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise input_error("E129", options.file) from None
        raise input_error(
            "E128",
            options.file,
            format="PDF",
            kind=("beschadigd of onvolledig", f"damaged or incomplete: {type(cause).__name__}"),
        ) from None
    return [interpret(document, options)]


def _lines(page: Any, number: int) -> list[Line]:
    found: list[Line] = []
    for position, line in enumerate(page.extract_text_lines(return_chars=True, strip=True), start=1):
        chars = [c for c in line.get("chars", []) if c.get("text", "").strip()]
        if not chars:
            continue
        found.append(
            Line(
                # where a footnote's number was taken out, no space before the punctuation after it
                text=_SPACE_BEFORE_PUNCTUATION.sub(r"\1", line["text"]),
                x0=line["x0"],
                x1=line["x1"],
                top=line["top"],
                bottom=line["bottom"],
                page=number,
                line=position,
                bold=all("bold" in (c.get("fontname") or "").casefold() for c in chars),
                size=Counter(round(float(c.get("size") or 0.0), 1) for c in chars).most_common(1)[0][0],
                words=[(c["x0"], c["x1"], c["text"]) for c in chars],
            )
        )
    return found


def _inside(line: Line, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    middle = (line.top + line.bottom) / 2
    return top <= middle <= bottom and line.x1 > x0 and line.x0 < x1


def _ruled_tables(page: Any, number: int, first_table: int) -> tuple[list[tuple[float, Table]], list[Any]]:
    tables: list[tuple[float, Table]] = []
    boxes = []
    for found in page.find_tables():
        rows = found.extract()
        if not rows or max(len(r) for r in rows) < 2:
            continue
        boxes.append(found.bbox)
        table = Table(
            # None is a cell covered by a merged one: left out, as python-docx's merged cells are
            rows=[[cell.strip() for cell in row if cell is not None] for row in rows],
            lines=[None] * len(rows),  # numbered with the page's lines, in extract()
            pages=[number] * len(rows),
            number=first_table + len(tables),
        )
        tables.append((found.bbox[1], table))
    return tables, boxes


def _furniture(pages: list[list[Line]], heights: list[float]) -> set[tuple[int, int]]:
    """(page, line) of every header, footer and page number."""

    def margin(line: Line) -> bool:
        height = heights[line.page - 1]
        return line.top < MARGIN * height or line.bottom > (1 - MARGIN) * height

    recurring = Counter(
        key for lines in pages for key in {_DIGITS.sub("#", ln.text.casefold()) for ln in lines if margin(ln)}
    )
    enough = 2 if len(pages) >= 2 else 10**9
    return {
        (ln.page, ln.line)
        for lines in pages
        for ln in lines
        if margin(ln)
        and (_PAGE_NUMBER.match(ln.text) or recurring[_DIGITS.sub("#", ln.text.casefold())] >= enough)
    }


def extract(pdf: Any, file: str) -> Document:
    if len(pdf.pages) > MAX_PAGES:
        raise input_error(
            "E132",
            file,
            detail=(f"{len(pdf.pages)} pagina's", f"{len(pdf.pages)} pages"),
            limit=(f"{MAX_PAGES} pagina's", f"{MAX_PAGES} pages"),
        )
    pages: list[list[Line]] = []
    heights: list[float] = []
    ruled: list[list[tuple[float, Table]]] = []
    empty_pages: list[int] = []
    tables = footnotes = 0
    for number, page in enumerate(pdf.pages, start=1):
        heights.append(float(page.height))
        found, boxes = _ruled_tables(page, number, tables + 1)
        tables += len(found)
        lines = _lines(without_superscripts(page), number)
        if not lines and not found:
            empty_pages.append(number)
        notes = footnote_lines(lines, body_size(page.chars), float(page.height), MARGIN)
        footnotes += len(notes)
        pages.append(
            [ln for ln in lines if (ln.page, ln.line) not in notes and not any(_inside(ln, b) for b in boxes)]
        )
        ruled.append(found)
    if len(empty_pages) == len(heights):
        raise input_error("E125", file, pages=len(heights))
    furniture = _furniture(pages, heights)
    document = Document(blocks=[])
    document.skipped["page_number"] = len(furniture)
    document.skipped["footnote"] = footnotes
    sizes = Counter(round(ln.size) for lines in pages for ln in lines)
    common_size = sizes.most_common(1)[0][0] if sizes else 0
    for lines, page_tables in zip(pages, ruled, strict=True):
        kept = [ln for ln in lines if (ln.page, ln.line) not in furniture]
        items: list[tuple[float, Paragraph | Table]] = list(page_tables)
        loose, found_tables = borderless_tables(kept, tables + 1) if not page_tables else (kept, [])
        tables += len(found_tables)
        for table_top, table, members in found_tables:
            table.as_text = [_paragraph(ln, common_size) for ln in members]
            items.append((table_top, table))
        items.extend((ln.top, _paragraph(ln, common_size)) for ln in loose)
        items.sort(key=lambda item: item[0])
        _number(block for _, block in items)
        document.blocks.extend(block for _, block in items)
    if empty_pages:
        document.warnings.append(read_warning("W113", pages=", ".join(map(str, empty_pages))))
    return document


def _number(blocks: Iterable[Paragraph | Table]) -> None:
    """Number the lines of a page as they are read: a paragraph line or a table row is one line."""
    count = 0
    for block in blocks:
        if isinstance(block, Paragraph):
            count += 1
            block.line = count
        elif block.as_text:  # rows start at some of the lines it was made of
            renumbered = {}
            for paragraph in block.as_text:
                count += 1
                renumbered[paragraph.line] = count
                paragraph.line = count
            block.lines = [renumbered.get(line) for line in block.lines]
        else:
            block.lines = list(range(count + 1, count + len(block.rows) + 1))
            count += len(block.rows)


def _paragraph(line: Line, body_size: int) -> Paragraph:
    short = len(line.text.split()) <= _HEADING_WORDS and not line.text.rstrip().endswith((".", "?", "!", ":"))
    heading = short and (line.bold or line.size >= body_size + 1.5)
    return Paragraph(text=line.text, line=line.line, page=line.page, heading=heading)
