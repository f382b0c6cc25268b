"""Footnotes in a PDF: the small raised number in the text ('piekeren¹') and the notes at the page's foot.

Word puts a footnote's reference as a superscript digit in the line and its text in a smaller font at the
bottom of the page; neither is something the speaker said. In a Word file they live apart from the text
(python-docx does not show them), so only PDFs need this.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ontmoeting.transcript.readers.pdf_columns import Line

SUPERSCRIPT = 0.75  # a reference digit is about 60% of the text's size; a table in a smaller font is not
SMALL = 0.9  # footnote text is a point or two smaller than the body


def body_size(chars: list[dict[str, Any]]) -> float:
    """The size most of the page's text has."""
    sizes = Counter(round(float(c.get("size") or 0), 1) for c in chars if str(c.get("text", "")).strip())
    return sizes.most_common(1)[0][0] if sizes else 0.0


def without_superscripts(page: Any) -> Any:
    """``page`` without the raised reference digits of footnotes."""
    size = body_size(page.chars)
    if not size:
        return page

    def keep(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return True
        text = str(obj.get("text", ""))
        return not (text.isdigit() and float(obj.get("size") or size) < SUPERSCRIPT * size)

    return page.filter(keep)


def footnote_lines(lines: list[Line], size: float, height: float, margin: float) -> set[tuple[int, int]]:
    """(page, line) of the footnotes at the foot of a page: after the last line in the body's size (a
    footer in the page's bottom margin aside), a run of smaller lines that starts with the note's number."""
    if not lines or not size:
        return set()
    body = [
        i
        for i, line in enumerate(lines)
        if line.size >= SMALL * size and line.bottom <= (1 - margin) * height
    ]
    last = body[-1] if body else -1
    tail = lines[last + 1 :]
    if not tail or not tail[0].text[:1].isdigit() or tail[0].size >= SMALL * size:
        return set()
    return {(line.page, line.line) for line in tail}
