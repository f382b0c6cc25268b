"""Transcripts: the conversation model and the readers and writers for every supported format."""

from ontmoeting.transcript.model import (
    PIPELINE,
    SCHEMA_VERSION,
    Annotation,
    Conversation,
    Dimension,
    Metadata,
    ReadWarning,
    Role,
    Source,
    Turn,
)

__all__ = [
    "PIPELINE",
    "SCHEMA_VERSION",
    "Annotation",
    "Conversation",
    "Dimension",
    "Metadata",
    "ReadWarning",
    "Role",
    "Source",
    "Turn",
]
