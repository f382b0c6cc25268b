"""Between the transcript model (``Conversation``) and the rows that store it."""

from __future__ import annotations

from ontmoeting.store.tables import AnnotationRecord, ConversationRecord, TurnRecord
from ontmoeting.transcript.model import Annotation, Conversation, Metadata, Turn


def to_record(conversation: Conversation, *, owner_id: int, origin: str = "upload") -> ConversationRecord:
    """New rows for ``conversation`` (not yet added to a session)."""
    metadata = conversation.metadata
    record = ConversationRecord(
        owner_id=owner_id,
        title=(metadata.title or metadata.source_file or conversation.id or "")[:300],
        language=conversation.language,
        source_format=metadata.source_format,
        source_filename=(metadata.source_file or None) and metadata.source_file[:300],
        origin=origin,
        external_id=conversation.id[:200],
        metadata_json=metadata.model_dump_json(),
    )
    for turn in conversation.turns:
        turn_record = TurnRecord(
            index=turn.index,
            role=turn.role.value,
            speaker=turn.speaker[:200],
            text=turn.text,
            start=turn.start,
            end=turn.end,
            ref=turn.ref,
            line=turn.line,
            page=turn.page,
            note=turn.note,
        )
        turn_record.annotations = [annotation_record(a) for a in turn.annotations]
        record.turns.append(turn_record)
    return record


def annotation_record(annotation: Annotation, author_id: int | None = None) -> AnnotationRecord:
    return AnnotationRecord(
        dimension=annotation.dimension.value,
        code=annotation.code,
        source=annotation.source.value,
        annotator=annotation.annotator,
        confidence=annotation.confidence,
        explanation=annotation.explanation,
        author_id=author_id,
    )


def to_annotation(record: AnnotationRecord) -> Annotation:
    return Annotation(
        dimension=record.dimension,  # type: ignore[arg-type]
        code=record.code,
        source=record.source,  # type: ignore[arg-type]
        annotator=record.annotator,
        confidence=record.confidence,
        explanation=record.explanation,
    )


def from_record(record: ConversationRecord) -> Conversation:
    """The ``Conversation`` stored in ``record``, with every annotation (automatic and human)."""
    turns = [
        Turn(
            index=t.index,
            role=t.role,  # type: ignore[arg-type]
            speaker=t.speaker,
            text=t.text,
            start=t.start,
            end=t.end,
            ref=t.ref,
            line=t.line,
            page=t.page,
            note=t.note,
            annotations=[to_annotation(a) for a in t.annotations],
        )
        for t in record.turns
    ]
    return Conversation(
        id=record.external_id or str(record.id),
        language=record.language,  # type: ignore[arg-type]
        metadata=Metadata.model_validate_json(record.metadata_json or "{}"),
        turns=turns,
    )
