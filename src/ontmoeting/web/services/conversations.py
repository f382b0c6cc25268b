"""Conversations: from an upload to stored, coded, analysed rows; the report of a stored conversation."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ontmoeting.errors import InputError
from ontmoeting.store.convert import from_record, to_record
from ontmoeting.store.tables import AnalysisRecord, ConversationRecord, TurnRecord, User
from ontmoeting.transcript.model import Conversation
from ontmoeting.web.services import pipeline

MAX_TURNS = 5000


@dataclass
class UploadOptions:
    filename: str
    title: str = ""
    language: str | None = None  # None: detect
    pseudonymise: bool = True
    origin: str = "upload"


def ingest(
    db: Session, owner: User, data: bytes, options: UploadOptions, *, max_bytes: int
) -> ConversationRecord:
    """Read, (pseudonymise,) code, store and analyse one uploaded conversation. Nothing is stored when reading
    fails; a failing analysis leaves the coded conversation stored (the report is made again on viewing)."""
    filename = clean_filename(options.filename)
    conversation = pipeline.read_upload(data, filename, language=options.language, max_bytes=max_bytes)
    return ingest_conversation(db, owner, conversation, options)


def clean_filename(filename: str | None, default: str = "upload.txt") -> str:
    """The upload's own name, without the folders a browser may send along."""
    return (filename or default).replace("\\", "/").rsplit("/", 1)[-1][:200] or default


def ingest_conversation(
    db: Session, owner: User, conversation: Conversation, options: UploadOptions
) -> ConversationRecord:
    """(Pseudonymise,) code, store and analyse a conversation that has been read: an upload's, or the
    corrected transcript of a recording."""
    filename = clean_filename(options.filename)
    if not conversation.turns:
        raise InputError(
            "E532", nl=f"{filename} bevat geen beurten.", en=f"{filename} contains no turns.", file=filename
        )
    if len(conversation.turns) > MAX_TURNS:
        raise InputError(
            "E533",
            nl=f"{filename} heeft meer dan {MAX_TURNS} beurten.",
            en=f"{filename} has more than {MAX_TURNS} turns.",
            file=filename,
        )
    if options.pseudonymise:
        conversation = pipeline.pseudonymise(conversation)
    if options.title.strip():
        conversation.metadata.title = options.title.strip()[:300]
    conversation = pipeline.code(conversation)
    return store(db, owner, conversation, origin=options.origin, pseudonymised=options.pseudonymise)


def store(
    db: Session,
    owner: User,
    conversation: Conversation,
    *,
    origin: str = "upload",
    pseudonymised: bool = False,
) -> ConversationRecord:
    """Save a (coded) conversation for ``owner`` and cache its analysis. Used by uploads and by practice."""
    record = to_record(conversation, owner_id=owner.id, origin=origin)
    record.pseudonymised = pseudonymised
    db.add(record)
    db.flush()
    refresh_analysis(db, record, conversation)
    return record


def refresh_analysis(
    db: Session, record: ConversationRecord, conversation: Conversation | None = None
) -> Any:
    """(Re)compute and cache the analysis, e.g. after a trainer's correction. Returns it, or None when the
    feedback layer is not available."""
    if not pipeline.feedback_available():
        return None
    conversation = conversation or from_record(record)
    analysis = pipeline.analyse(conversation, record.language)
    figures = pipeline.headline_measures(analysis)
    cached = record.analysis or AnalysisRecord(conversation_id=record.id)
    cached.language = record.language
    cached.analysis_json = json.dumps(analysis.model_dump(mode="json"), ensure_ascii=False)
    cached.reflection_question_ratio = figures["reflection_question_ratio"]
    cached.complex_reflection_pct = figures["complex_reflection_pct"]
    cached.open_question_pct = figures["open_question_pct"]
    cached.premature_solutions = figures["premature_solutions"]
    cached.depth_reached = figures["depth_reached"]
    record.analysis = cached
    db.flush()
    return analysis


def analysis_for(db: Session, record: ConversationRecord, lang: str) -> Any:
    """The analysis in ``lang``: the cached one when it is in that language, else computed now. The cache
    holds the analysis in the conversation's own language (what growth figures are read from)."""
    if not pipeline.feedback_available():
        return None
    if record.analysis is not None and record.analysis.language == lang:
        try:
            return pipeline.analysis_from_json(json.loads(record.analysis.analysis_json))
        except ValueError:
            pass  # cached under an older schema: compute again
    if record.analysis is None or record.analysis.language == lang:
        cached = refresh_analysis(db, record)  # cached in the conversation's own language
        if record.language == lang:
            return cached
    return pipeline.analyse(from_record(record), lang)


def turn_counts(db: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    query = (
        select(TurnRecord.conversation_id, func.count(TurnRecord.id))
        .where(TurnRecord.conversation_id.in_(ids))
        .group_by(TurnRecord.conversation_id)
    )
    return {cid: int(n) for cid, n in db.execute(query)}


def conversation_summary(record: ConversationRecord, turns: int | None = None) -> dict[str, Any]:
    return {
        "id": record.id,
        "title": record.title,
        "language": record.language,
        "source_format": record.source_format,
        "origin": record.origin,
        "owner_id": record.owner_id,
        "pseudonymised": record.pseudonymised,
        "created_at": record.created_at.isoformat(),
        "turns": turns,
    }
