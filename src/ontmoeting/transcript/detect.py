"""Which reader to use: the user's ``--format`` first, then a clear signature in the content, then the
file extension, then a closer look at the content.

A specific extension (.vtt, .srt, .csv, .json) is trusted; a generic one (.txt, none, an upload without a
name) is checked against the content, because transcription tools often save subtitles as .txt.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from ontmoeting.transcript.messages import input_error
from ontmoeting.transcript.readers.table import ROLE_COLUMNS, SPEAKER_COLUMNS, TEXT_COLUMNS

FORMATS: tuple[str, ...] = ("text", "vtt", "srt", "csv", "tsv", "annomi", "json", "jsonl", "docx", "pdf")
#: Formats read from the file's bytes (python-docx, pdfplumber), not from decoded text.
DOCUMENT_FORMATS = frozenset({"docx", "pdf"})
_ALIASES = {
    "txt": "text", "plain": "text", "tekst": "text", "webvtt": "vtt", "subrip": "srt",
    "ndjson": "jsonl", "json-lines": "jsonl", "jsonlines": "jsonl", "tab": "tsv", "word": "docx",
}  # fmt: skip
# What people save a conversation as that is neither text nor .docx/.pdf, to say what to do instead.
_OTHER_DOCUMENTS = {
    ".odt": ("een OpenDocument-tekst (.odt)", "an OpenDocument text (.odt)"),
    ".rtf": ("een RTF-bestand (.rtf)", "an RTF file (.rtf)"),
    ".pages": ("een Pages-document", "a Pages document"),
    ".xlsx": ("een Excel-werkmap (.xlsx)", "an Excel workbook (.xlsx)"),
    ".pptx": ("een PowerPoint-presentatie (.pptx)", "a PowerPoint presentation (.pptx)"),
}
_EXTENSIONS = {
    ".vtt": "vtt", ".webvtt": "vtt", ".srt": "srt", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
}  # fmt: skip
_GENERIC_EXTENSIONS = {"", ".txt", ".text", ".md", ".log", ".dat"}
#: The extensions of files that a folder given to ``analyse`` or ``code`` is searched for.
READABLE_EXTENSIONS = frozenset({*_EXTENSIONS, ".txt", ".text", ".md", ".docx", ".pdf"})

_SRT_START = re.compile(r"^\s*\d+\s*\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->", re.MULTILINE)
_TIMING = re.compile(r"\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*\d")
ANNOMI_COLUMNS = frozenset({"transcript_id", "interlocutor", "utterance_text"})


def check_format(value: str | None, file: str | None = None) -> str | None:
    """``value`` as a known format name (aliases allowed), None for None; E115 for anything else."""
    if value is None:
        return None
    name = value.strip().lower().lstrip(".")
    name = _ALIASES.get(name, name)
    if name not in FORMATS:
        raise input_error("E115", file, value=value, formats=", ".join(FORMATS))
    return name


def document_format(data: bytes, name: str, requested: str | None) -> str | None:
    """'docx' or 'pdf' when ``data`` is to be read as a document, None for text; E127 for a .doc and E131
    for another office format. A text format the user chose is never overruled (the text path then says
    the file is binary)."""
    from ontmoeting.transcript.readers import pdf, word

    if requested in DOCUMENT_FORMATS:
        return requested
    if requested is not None:
        return None
    extension = PurePath(name).suffix.lower()
    if pdf.is_pdf(data):
        return "pdf"
    if word.is_docx(data):
        return "docx"
    if data.startswith(word.OLE_MAGIC) or extension == ".doc":
        word.check_not_legacy(data, name)
        raise input_error("E127", name)
    if extension in _OTHER_DOCUMENTS or data.startswith(b"{\\rtf"):
        raise input_error("E131", name, kind=_OTHER_DOCUMENTS.get(extension, _OTHER_DOCUMENTS[".rtf"]))
    if extension in (".docx", ".pdf"):
        return extension[1:]  # the reader says what is wrong with it
    return None


def _header_columns(text: str, delimiter: str) -> set[str]:
    first = text.split("\n", 1)[0]
    return {column.strip().strip('"').strip().lower() for column in first.split(delimiter)}


def _table_kind(text: str) -> str:
    return "annomi" if ANNOMI_COLUMNS <= _header_columns(text, ",") else "csv"


def sniff(text: str) -> str | None:
    """The format the content clearly has, or None."""
    head = text.lstrip()[:4096]
    if head.startswith("WEBVTT"):
        return "vtt"
    if _SRT_START.match(head):
        return "srt"
    if head.startswith("{") or head.startswith("["):
        first_line = head.split("\n", 1)[0].strip()
        rest = head[len(first_line) :].lstrip()
        if head.startswith("{") and first_line.endswith("}") and (not rest or rest.startswith("{")):
            return "jsonl"
        if head.startswith("{") or head.startswith("[{") or head.startswith("[\n") or head.startswith("[ "):
            return "json"
    first = text.split("\n", 1)[0]
    if "\t" in first and len(first.split("\t")) >= 2 and _looks_like_header(first.split("\t")):
        return "tsv"
    if ANNOMI_COLUMNS <= _header_columns(text, ","):
        return "annomi"
    for delimiter in (",", ";"):
        if delimiter in first and _looks_like_header(first.split(delimiter)):
            return "csv"
    return None


def _looks_like_header(cells: list[str]) -> bool:
    names = {cell.strip().strip('"').strip().lower() for cell in cells}
    return bool(names & TEXT_COLUMNS) and bool(names & (SPEAKER_COLUMNS | ROLE_COLUMNS))


def detect_format(name: str, text: str, requested: str | None = None) -> str:
    """The format to read ``text`` (from a file called ``name``) with; E106 when nothing fits.

    The text format is the fallback for generic names; whether it has speakers is the text reader's
    business, which then says so precisely (E104).
    """
    chosen = check_format(requested)
    if chosen:
        return chosen
    extension = PurePath(name).suffix.lower()
    if extension in _EXTENSIONS:
        found = _EXTENSIONS[extension]
        if found == "csv":
            return _table_kind(text)
        if found == "json" and sniff(text) == "jsonl":
            return "jsonl"
        return found
    sniffed = sniff(text)
    if sniffed:
        return sniffed
    if extension in _GENERIC_EXTENSIONS:
        return "text"
    raise input_error("E106", name, formats=", ".join(FORMATS))
