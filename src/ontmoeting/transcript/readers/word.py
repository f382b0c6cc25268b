"""Word files (.docx) with python-docx: the body's paragraphs and tables in order, Word comments on them.

Page headers and footers live in their own parts of the file and are never read as turns; they are only
counted, so that ``inspect`` can say they were left out. A paragraph's number in the body (a table row
counts as one) is the turn's ``line``. A .doc from before 2007, or an encrypted Word file, is not a .docx:
both are an OLE container, told apart by the encrypted package stream inside.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from ontmoeting.transcript.messages import input_error
from ontmoeting.transcript.readers.base import RawConversation, ReadOptions
from ontmoeting.transcript.readers.document import Document, Paragraph, Table, bold_label, raised_inside
from ontmoeting.transcript.readers.layout import interpret

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_HEADING_STYLES = ("heading", "kop", "title", "titel", "subtitle", "ondertitel")
_SHORT_HEADING_WORDS = 8


#: What a .docx may unpack to: a transcript's XML is a few MB at most; more is a zip bomb, not homework.
MAX_UNPACKED = 200_000_000


def is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):  # NotImplemented: a zip version
        return False


def check_not_legacy(data: bytes, file: str) -> None:
    """E127 for a Word 97-2003 file (.doc), E126 for an encrypted Word file: neither is a .docx."""
    if data.startswith(OLE_MAGIC):
        raise input_error("E126" if _ENCRYPTED_STREAM in data[:1_000_000] else "E127", file)


def read(data: bytes, options: ReadOptions) -> list[RawConversation]:
    check_not_legacy(data, options.file)
    _check_archive(data, options.file)
    import docx  # python-docx; imported here so that reading text files never pays for it

    try:
        document = extract(docx.Document(io.BytesIO(data)))
    except Exception as error:  # a bad zip, a missing part, lxml's XMLSyntaxError: a damaged file
        if not raised_inside(error, ("docx", "lxml", "zipfile", "zlib")):
            raise  # our own mistake: a traceback, not a message that blames the user's file
        raise input_error("E128", options.file, format="Word (.docx)", kind=_damage(error)) from None
    return [interpret(document, options)]


def _check_archive(data: bytes, file: str) -> None:
    """E128 for a zip that is no Word file, E132 for one that unpacks to more than :data:`MAX_UNPACKED`;
    a file that is no zip at all is left to python-docx, which says it is damaged."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return
    if "word/document.xml" not in names:
        raise input_error("E128", file, format="Word (.docx)", kind=("geen Word-bestand", "not a Word file"))
    if unpacked > MAX_UNPACKED:
        raise input_error(
            "E132",
            file,
            detail=(f"{unpacked // 10**6} MB uitgepakt", f"{unpacked // 10**6} MB unpacked"),
            limit=f"{MAX_UNPACKED // 10**6} MB",
        )


def _damage(error: Exception) -> tuple[str, str]:
    return ("beschadigd of onvolledig", f"damaged or incomplete: {type(error).__name__}")


def _comments(document: Any) -> dict[str, str]:
    try:
        comments = document.comments
    except (AttributeError, KeyError, ValueError):
        return {}
    return {str(c.comment_id): " ".join(c.text.split()) for c in comments if c.text.strip()}


def _comment_ids(element: Any) -> list[str]:
    ids = element.xpath(".//w:commentRangeStart/@w:id | .//w:commentReference/@w:id")
    return list(dict.fromkeys(str(i) for i in ids))


def _is_heading(paragraph: Any, text: str) -> bool:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.casefold().startswith(_HEADING_STYLES):
        return True
    runs = [r for r in paragraph.runs if r.text.strip()]
    short = len(text.split()) <= _SHORT_HEADING_WORDS and not text.rstrip().endswith((".", "?", "!", ":"))
    return bool(runs) and short and all(r.bold for r in runs)


def _paragraphs(paragraph: Any, line: int, comments: dict[str, str]) -> list[Paragraph]:
    """The lines of a Word paragraph: a line break (Shift+Enter) may put the label on a line of its own or
    start the next speaker's turn, so each line is read as the text reader reads a line."""
    text = paragraph.text
    label = None
    runs = [r for r in paragraph.runs if r.text]
    if runs and runs[0].bold and len(runs) > 1:
        bold = ""
        for run in runs:
            if not run.bold:
                break
            bold += run.text
        rest = text[len(bold) :]
        # '**Mira** Hoe gaat het?': a bold name without a colon is the speaker; with a colon the text
        # reader's prefix rule already finds it
        if ":" not in bold and "\n" not in bold and rest.strip() and bold_label(bold):
            label, text = " ".join(bold.split()), rest.strip()
    note = " ".join(comments[i] for i in _comment_ids(paragraph._p) if i in comments) or None
    lines = [part.replace("\t", " ") for part in text.split("\n")]
    first = Paragraph(
        text=lines[0],
        line=line,
        heading=label is None and _is_heading(paragraph, text),
        label=label,
        note=note,
    )
    return [first, *(Paragraph(text=part, line=line) for part in lines[1:] if part.strip())]


def _cell_text(cell: Any) -> str:
    return "\n".join(p.text for p in cell.paragraphs if p.text.strip())


def _row_cells(row: Any) -> list[str]:
    """A row's cells once each: python-docx repeats a merged cell for every column it spans."""
    seen: list[Any] = []
    for cell in row.cells:
        if not seen or cell._tc is not seen[-1]._tc:
            seen.append(cell)
    return [_cell_text(cell) for cell in seen]


def extract(document: Any) -> Document:
    """Paragraphs and tables of ``document`` (python-docx) in reading order."""
    comments = _comments(document)
    blocks: list[Paragraph | Table] = []
    line = 0
    tables = 0
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            tables += 1
            rows, lines = [], []
            for row in block.rows:
                line += 1
                rows.append(_row_cells(row))
                lines.append(line)
            blocks.append(Table(rows=rows, lines=lines, pages=[None] * len(rows), number=tables))
        else:
            line += 1
            blocks.extend(_paragraphs(block, line, comments))
    found = Document(blocks=blocks)
    found.skipped["header_footer"] = _furniture(document)
    return found


def _furniture(document: Any) -> int:
    """Non-empty paragraphs in the page headers and footers (each distinct one once)."""
    texts: set[str] = set()
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            try:
                if part.is_linked_to_previous and section is not document.sections[0]:
                    continue
                texts.update(p.text.strip() for p in part.paragraphs if p.text.strip())
            except (AttributeError, KeyError, ValueError):
                continue
    return len(texts)
