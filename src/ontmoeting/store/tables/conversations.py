"""Conversations stored as rows: the conversation, its turns, each turn's annotations and comments, and the
cached analysis (measures for growth charts).

Turns and annotations are normalised so that a trainer's correction is one new row (source ``human``) next
to the automatic ones, never an overwrite, and growth queries need no JSON parsing.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ontmoeting.store.tables.base import Base, UTCDateTime, utcnow


class ConversationRecord(Base):
    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str] = mapped_column(String(5))
    source_format: Mapped[str | None] = mapped_column(String(40), nullable=True)
    source_filename: Mapped[str | None] = mapped_column(String(300), nullable=True)
    origin: Mapped[str] = mapped_column(String(20), default="upload")  # upload | practice | api
    pseudonymised: Mapped[bool] = mapped_column(Boolean, default=False)
    external_id: Mapped[str] = mapped_column(String(200), default="")  # Conversation.id from the source
    metadata_json: Mapped[str] = mapped_column(Text, default="{}")  # transcript.model.Metadata as JSON
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)

    turns: Mapped[list[TurnRecord]] = relationship(
        back_populates="conversation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="TurnRecord.index",
    )
    analysis: Mapped[AnalysisRecord | None] = relationship(
        back_populates="conversation", cascade="all, delete-orphan", passive_deletes=True, uselist=False
    )


class TurnRecord(Base):
    __tablename__ = "turns"
    __table_args__ = (UniqueConstraint("conversation_id", "index", name="uq_turns_conversation_index"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    index: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(10))
    speaker: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[float | None] = mapped_column(Float, nullable=True)
    end: Mapped[float | None] = mapped_column(Float, nullable=True)
    ref: Mapped[str | None] = mapped_column(String(200), nullable=True)
    line: Mapped[int | None] = mapped_column(Integer, nullable=True)
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)  # the student's own comment on the turn

    conversation: Mapped[ConversationRecord] = relationship(back_populates="turns")
    # selectin: a conversation's turns come with all their annotations (and comments) in one query each,
    # not one query per turn (a report page: 7 statements instead of 35; benchmarks/web_load.py)
    annotations: Mapped[list[AnnotationRecord]] = relationship(
        back_populates="turn",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AnnotationRecord.id",
        lazy="selectin",
    )
    comments: Mapped[list[CommentRecord]] = relationship(
        back_populates="turn",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CommentRecord.id",
        lazy="selectin",
    )


class AnnotationRecord(Base):
    """One code on one turn. Human annotations carry ``author_id``; they are added, never overwrite."""

    __tablename__ = "annotations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    turn_id: Mapped[int] = mapped_column(ForeignKey("turns.id", ondelete="CASCADE"), index=True)
    dimension: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(60))
    source: Mapped[str] = mapped_column(String(10))
    annotator: Mapped[str] = mapped_column(String(100))
    confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    explanation: Mapped[str | None] = mapped_column(Text, nullable=True)
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    turn: Mapped[TurnRecord] = relationship(back_populates="annotations")


class CommentRecord(Base):
    """A trainer's (or the student's own) comment on a turn."""

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    turn_id: Mapped[int] = mapped_column(ForeignKey("turns.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    turn: Mapped[TurnRecord] = relationship(back_populates="comments")


class AnalysisRecord(Base):
    """The feedback analysis of a conversation, cached: the full Analysis JSON plus the headline measures as
    columns for growth charts and group overviews."""

    __tablename__ = "analyses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), unique=True
    )
    language: Mapped[str] = mapped_column(String(5))
    analysis_json: Mapped[str] = mapped_column(Text)
    reflection_question_ratio: Mapped[float | None] = mapped_column(Float, nullable=True)
    complex_reflection_pct: Mapped[float | None] = mapped_column(Float, nullable=True)
    open_question_pct: Mapped[float | None] = mapped_column(Float, nullable=True)
    premature_solutions: Mapped[int | None] = mapped_column(Integer, nullable=True)
    depth_reached: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    conversation: Mapped[ConversationRecord] = relationship(back_populates="analysis")
