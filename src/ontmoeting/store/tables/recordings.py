"""Recordings uploaded in the werkplaats, until the student has corrected their transcript: the recording's
bytes, the transcription job's state (queued, transcribing, ready, failed) and the draft transcript.

The bytes live in the database, not on disk, so that every server process can read them and deleting the row
deletes the recording for certain. Only the owner sees a draft (an admin may delete it). After the correction
step the row is deleted, or, when the student chose to keep the recording, it stays as ``done`` linked to the
conversation it became (and goes when that conversation goes).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ontmoeting.store.tables.base import Base, UTCDateTime, utcnow


class RecordingStatus:
    QUEUED = "queued"
    TRANSCRIBING = "transcribing"
    READY = "ready"  # the draft transcript waits for the student's corrections
    FAILED = "failed"
    DONE = "done"  # analysed; the row stays only to keep the recording

    OPEN = (QUEUED, TRANSCRIBING, READY, FAILED)


class RecordingDraft(Base):
    __tablename__ = "recording_drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer, default=0)
    # deferred: loading a draft (lists, the correction page) does not load the recording
    audio: Mapped[bytes | None] = mapped_column(LargeBinary(), nullable=True, deferred=True)
    status: Mapped[str] = mapped_column(String(20), default=RecordingStatus.QUEUED, index=True)
    step: Mapped[str] = mapped_column(String(20), default="")  # decoding | speakers | recognising
    progress: Mapped[float] = mapped_column(Float, default=0.0)  # 0-1
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # transcription runs started
    worker: Mapped[str | None] = mapped_column(String(120), nullable=True)  # host:pid:token of the runner
    error_code: Mapped[str | None] = mapped_column(String(10), nullable=True)
    error_nl: Mapped[str | None] = mapped_column(Text, nullable=True)
    error_en: Mapped[str | None] = mapped_column(Text, nullable=True)
    draft_json: Mapped[str | None] = mapped_column(Text, nullable=True)  # transcript.model.Conversation
    revision: Mapped[int] = mapped_column(Integer, default=0)  # +1 on every save of the draft
    language: Mapped[str | None] = mapped_column(String(5), nullable=True)  # asked for; None: recognise
    title: Mapped[str] = mapped_column(String(300), default="")
    pseudonymise: Mapped[bool] = mapped_column(Boolean, default=True)
    keep_recording: Mapped[bool] = mapped_column(Boolean, default=False)
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), nullable=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
