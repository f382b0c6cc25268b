"""Turning the bytes of an uploaded or saved file into text, or a clear reason why not.

Order: a byte-order mark decides (UTF-32, UTF-8, UTF-16); then strict UTF-8; then Windows-1252, which is
what Word and Excel on Dutch Windows machines still write, with a warning because a wrong guess would
silently change letters. Binary files (Word, PDF, images, anything with NUL bytes) are refused before
decoding, because decoding them "successfully" as cp1252 would produce garbage turns.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ontmoeting.transcript.messages import input_error, read_warning
from ontmoeting.transcript.model import ReadWarning

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of the binary files people most often upload by mistake, to say what they uploaded.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "ZIP/Word/Excel (.docx/.xlsx)"),
    (b"%PDF", "PDF"),
    (b"\xd0\xcf\x11\xe0", "Word/Excel 97-2003 (.doc/.xls)"),
    (b"{\\rtf", "RTF"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"ID3", "MP3"),
    (b"OggS", "Ogg"),
    (b"RIFF", "WAV/AVI"),
    (b"\x1f\x8b", "gzip"),
)

_SAMPLE = 8192


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[ReadWarning] = field(default_factory=list)


def _line_of(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


def _binary_kind(data: bytes) -> str | None:
    """A description of ``data`` when it is binary, else None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return ""
    # Control characters other than tab, newline, carriage return and form feed are rare in text.
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    if sample and controls / len(sample) > 0.05:
        return ""
    return None


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """Text saved as UTF-16 without a byte-order mark: in mostly-Latin text every other byte is NUL."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(data) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    for nuls, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls.count(0) >= 0.7 * len(nuls) and others.count(0) == 0:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return (text, encoding) if "\x00" not in text else None
    return None


def normalise_text(text: str) -> str:
    """One newline convention and composed characters, so 'Cliënt' matches however it was typed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.lstrip("\ufeff")
    return unicodedata.normalize("NFC", text)


def decode(data: bytes, file: str | Path | None = None) -> Decoded:
    """Decode ``data`` (a whole file) into text; raise an :class:`InputError` naming ``file`` if it cannot."""
    if not data.strip():
        raise input_error("E101", file)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                line = text_line(data[len(bom) :], error.start, encoding)
                raise input_error("E103", file, line) from None
            return _checked(
                Decoded(normalise_text(text), encoding + ("-sig" if encoding == "utf-8" else "")), file
            )
    utf16 = _bomless_utf16(data)
    if utf16:
        return _checked(
            Decoded(normalise_text(utf16[0]), utf16[1], [read_warning("W107", encoding=utf16[1])]), file
        )
    kind = _binary_kind(data)
    if kind is not None:
        raise input_error("E102", file, kind=f" ({kind})" if kind else "")
    try:
        return _checked(Decoded(normalise_text(data.decode("utf-8")), "utf-8"), file)
    except UnicodeDecodeError as error:
        first_bad = error.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise input_error("E103", file, _line_of(data, first_bad)) from None
    return _checked(
        Decoded(normalise_text(text), "cp1252", [read_warning("W101", _line_of(data, first_bad))]), file
    )


def text_line(data: bytes, position: int, encoding: str) -> int:
    """The line number of byte ``position`` in ``data`` encoded with ``encoding`` (for error messages)."""
    try:
        return data[:position].decode(encoding, errors="replace").count("\n") + 1
    except LookupError:  # pragma: no cover - only known encodings reach here
        return 1


def _checked(decoded: Decoded, file: str | Path | None) -> Decoded:
    if not decoded.text.strip():
        raise input_error("E101", file)
    if "\x00" in decoded.text[:_SAMPLE]:
        raise input_error("E102", file, kind="")
    return decoded
