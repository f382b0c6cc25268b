"""Relatiefeedback: clients (under a code, never a real name), sessions, one-time links and item scores.

Scores are stored one row per item, with the instrument's id and version, so that a total can always be
recomputed from what the client answered and an instrument can change without rewriting history.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ontmoeting.store.tables.base import Base, UTCDateTime, utcnow


class RelationshipClient(Base):
    """A client of one helper (any user), known by a pseudonym or code chosen by the helper."""

    __tablename__ = "relationship_clients"
    __table_args__ = (UniqueConstraint("owner_id", "code", name="uq_relationship_clients_owner_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(5), default="nl")  # the client's form language
    # A practice client (a student's, in training) is visible, read-only, to the trainers of the owner's
    # groups.
    practice: Mapped[bool] = mapped_column(Boolean, default=False)
    relationship_instrument: Mapped[str] = mapped_column(String(100))
    wellbeing_instrument: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    sessions: Mapped[list[RelationshipSession]] = relationship(
        back_populates="client",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="RelationshipSession.number",
    )


class RelationshipSession(Base):
    """One measured session: the client's answers, by link (``source`` 'link') or typed in ('manual',
    'cli')."""

    __tablename__ = "relationship_sessions"
    __table_args__ = (UniqueConstraint("client_id", "number", name="uq_relationship_sessions_client_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("relationship_clients.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(10), default="link")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    client: Mapped[RelationshipClient] = relationship(back_populates="sessions")
    scores: Mapped[list[RelationshipScore]] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True
    )


class RelationshipScore(Base):
    __tablename__ = "relationship_scores"
    __table_args__ = (
        UniqueConstraint(
            "session_id", "instrument_id", "item_id", name="uq_relationship_scores_session_item"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("relationship_sessions.id", ondelete="CASCADE"), index=True
    )
    instrument_id: Mapped[str] = mapped_column(String(100))
    instrument_version: Mapped[str] = mapped_column(String(20))
    item_id: Mapped[str] = mapped_column(String(64))
    value: Mapped[float] = mapped_column(Float)

    session: Mapped[RelationshipSession] = relationship(back_populates="scores")


class RelationshipLink(Base):
    """A one-time link for the client's form. Only the SHA-256 of the random token is stored; the link dies
    when used (``used_at``) or when ``expires_at`` has passed."""

    __tablename__ = "relationship_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("relationship_clients.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("relationship_sessions.id", ondelete="SET NULL"), nullable=True
    )
