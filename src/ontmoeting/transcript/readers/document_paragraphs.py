"""Paragraphs with speaker prefixes, read as the text reader reads lines: a paragraph without a prefix
continues the turn above it. What comes before the first speaker (a title block, an introduction) and after
the conversation (from a heading such as "Reflectie" or "Bijlage 1") is left out and reported."""

from __future__ import annotations

from collections import Counter

from ontmoeting.transcript.readers.base import RawConversation, RawTurn, ReadOptions, merge_consecutive
from ontmoeting.transcript.readers.document import APPENDIX, Paragraph, add_note, skipped_around
from ontmoeting.transcript.readers.labels import believed_labels, speaker_key, split_prefix


def _labelled(paragraph: Paragraph) -> tuple[str | None, str, float | None]:
    if paragraph.label:
        return paragraph.label, paragraph.text, None
    prefix = split_prefix(paragraph.text)
    return prefix.label, prefix.rest, prefix.start


def paragraph_turns(paragraphs: list[Paragraph], options: ReadOptions) -> RawConversation:
    """The conversation in paragraphs with speaker prefixes, and what around it was left out."""
    parsed = [_labelled(p) for p in paragraphs]
    counts = Counter(speaker_key(label) for label, _, _ in parsed if label)
    believed = believed_labels(counts, options.helper)
    starts = [i for i, (label, _, _) in enumerate(parsed) if label and speaker_key(label) in believed]
    raw = RawConversation(turns=[], first_line=paragraphs[0].line if paragraphs else 1)
    if not starts:
        return raw
    # A title block's 'Docent: ...' or 'Studentnummer: ...' is a role label once, before the speakers who
    # recur: the conversation starts with the first of those.
    recurring = [i for i in starts if counts[speaker_key(parsed[i][0] or "")] >= 2]
    first, last = (recurring or starts)[0], starts[-1]
    end = len(paragraphs)
    for index in range(last + 1, len(paragraphs)):
        if _ends_conversation(paragraphs[index]):
            end = index
            break
    names: dict[str, str] = {}
    headings = 0
    for index in range(first, end):
        paragraph, (label, rest, start) = paragraphs[index], parsed[index]
        if label and speaker_key(label) in believed:
            speaker = names.setdefault(speaker_key(label), label)
            raw.turns.append(
                RawTurn(speaker=speaker, text=rest, line=paragraph.line, start=start, page=paragraph.page)
            )
        elif paragraph.heading:
            headings += 1
            continue
        elif paragraph.text.strip():
            raw.turns[-1].text = f"{raw.turns[-1].text} {paragraph.text.strip()}".strip()
        if paragraph.note:
            add_note(raw.turns[-1], paragraph.note)
    raw.first_line = paragraphs[first].line
    raw.turns = merge_consecutive(raw.turns)
    raw.warnings.extend(skipped_around(paragraphs[:first], paragraphs[end:], headings))
    return raw


def _ends_conversation(paragraph: Paragraph) -> bool:
    text = paragraph.text.strip()
    return bool(text) and (paragraph.heading or bool(APPENDIX.match(text)) and len(text.split()) <= 8)
