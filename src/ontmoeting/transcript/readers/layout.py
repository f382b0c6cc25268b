"""Where the conversation is in a Word or PDF file: its transcript tables if it has any, else its
paragraphs with speaker prefixes."""

from __future__ import annotations

from ontmoeting.transcript.messages import read_warning
from ontmoeting.transcript.readers.base import RawConversation, RawTurn, ReadOptions, merge_consecutive
from ontmoeting.transcript.readers.document import Document, Paragraph, Table, skipped_furniture
from ontmoeting.transcript.readers.document_paragraphs import paragraph_turns
from ontmoeting.transcript.readers.document_tables import table_conversation
from ontmoeting.transcript.readers.labels import speaker_key
from ontmoeting.transcript.readers.own_codes import own_code_annotation


def unify_speakers(turns: list[RawTurn]) -> list[RawTurn]:
    """One name per speaker, as first written: students write 'Cliënt' and later 'Client' or 'cliënt'."""
    names: dict[str, str] = {}
    for turn in turns:
        turn.speaker = names.setdefault(speaker_key(turn.speaker), turn.speaker)
    return turns


def interpret(document: Document, options: ReadOptions) -> RawConversation:
    """The conversation in ``document``: its transcript tables if it has any, else its paragraphs."""
    paragraphs = [
        paragraph
        for block in document.blocks
        for paragraph in ([block] if isinstance(block, Paragraph) else block.as_text)
    ]
    raw = paragraph_turns(paragraphs, options)
    if any(isinstance(block, Table) for block in document.blocks):
        # A document with a transcript table and a few prefixed lines around it (an example in the
        # introduction): the one with more turns is the conversation.
        table = table_conversation(document.blocks, options)
        if table is not None and len(table.turns) >= len(raw.turns):
            raw = table
    raw.turns = merge_consecutive(unify_speakers(raw.turns))
    raw.warnings = [*document.warnings, *raw.warnings, *skipped_furniture(document)]
    notes = 0
    for turn in raw.turns:
        if turn.note:
            notes += 1
            own = own_code_annotation(turn.note)
            if own is not None:
                turn.annotations.append(own)
    if notes:
        raw.warnings.append(read_warning("W114", count=notes))
    return raw
