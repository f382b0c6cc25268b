"""Accounts: creating users, logging in and out, tokens, exporting and deleting a user's data."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ontmoeting.errors import InputError, NotFoundError
from ontmoeting.relationship import service as relationship_service
from ontmoeting.store.convert import from_record
from ontmoeting.store.tables import (
    ApiToken,
    CommentRecord,
    ConversationRecord,
    Group,
    GroupMember,
    PracticeSessionRecord,
    RecordingDraft,
    User,
    UserRole,
    WebSession,
    utcnow,
)
from ontmoeting.web import security
from ontmoeting.web.errors import TooManyAttempts

EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,255}$")
MIN_PASSWORD = 10


def normalise_email(email: str) -> str:
    return email.strip().lower()


def validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InputError(
            "E511",
            nl=f"Het wachtwoord moet minstens {MIN_PASSWORD} tekens hebben.",
            en=f"The password must have at least {MIN_PASSWORD} characters.",
        )


def parse_role(role: str) -> UserRole:
    try:
        return UserRole(role.strip().lower())
    except ValueError:
        raise InputError(
            "E512",
            nl=f"Onbekende rol '{role}': kies admin, trainer of student.",
            en=f"Unknown role '{role}': choose admin, trainer or student.",
        ) from None


def create_user(
    db: Session, email: str, role: str, *, name: str = "", password: str | None = None, language: str = "nl"
) -> User:
    email = normalise_email(email)
    if not EMAIL.match(email):
        raise InputError(
            "E513", nl=f"'{email}' is geen e-mailadres.", en=f"'{email}' is not an e-mail address."
        )
    if db.scalar(select(User).where(User.email == email)) is not None:
        raise InputError(
            "E514", nl=f"Er is al een account voor {email}.", en=f"There is already an account for {email}."
        )
    if password is not None:
        validate_password(password)
    user = User(
        email=email,
        name=name.strip()[:200],
        role=parse_role(role).value,
        password_hash=security.hash_password(password) if password else None,
        language=language if language in ("nl", "en") else "nl",
    )
    db.add(user)
    db.flush()
    return user


def user_by_email(db: Session, email: str) -> User:
    user = db.scalar(select(User).where(User.email == normalise_email(email)))
    if user is None:
        raise NotFoundError("E515", nl=f"Geen account voor {email}.", en=f"No account for {email}.")
    return user


def count_users(db: Session) -> int:
    return int(db.scalar(select(func.count(User.id))) or 0)


def set_password(db: Session, user: User, password: str) -> None:
    validate_password(password)
    user.password_hash = security.hash_password(password)
    db.execute(delete(WebSession).where(WebSession.user_id == user.id))  # log out everywhere


def authenticate(
    db: Session,
    email: str,
    password: str,
    ip: str,
    *,
    max_failures: int,
    window_minutes: int,
    max_failures_per_address: int | None = None,
) -> User | None:
    """The user for these credentials, or None. Refuses (429) after too many failures for this account from
    this address within the window, or from this address over all accounts; the check comes before the
    password is even looked at."""
    email = normalise_email(email)[:320]
    if security.recent_failures(db, email, ip, window_minutes) >= max_failures:
        raise TooManyAttempts()
    if (
        max_failures_per_address
        and security.recent_failures(db, None, ip, window_minutes) >= max_failures_per_address
    ):
        raise TooManyAttempts()
    user = db.scalar(select(User).where(User.email == email))
    ok = security.verify_password(user.password_hash if user else None, password) and user is not None
    security.record_attempt(db, email, ip, ok)
    return user if ok else None


def start_session(db: Session, user: User, hours: int) -> str:
    """A new login session; returns the raw id for the cookie (only its hash is stored)."""
    raw = security.new_secret()
    now = utcnow()
    db.execute(delete(WebSession).where(WebSession.user_id == user.id, WebSession.expires_at < now))
    db.add(
        WebSession(
            id_hash=security.digest(raw),
            user_id=user.id,
            csrf_token=security.new_secret(24),
            expires_at=now + timedelta(hours=hours),
        )
    )
    return raw


def end_session(db: Session, session: WebSession | None) -> None:
    if session is not None:
        db.delete(session)


def create_token(db: Session, user: User, name: str = "") -> tuple[ApiToken, str]:
    raw = security.new_api_token()
    row = ApiToken(user_id=user.id, name=name.strip()[:100], token_hash=security.digest(raw), prefix=raw[:10])
    db.add(row)
    db.flush()
    return row, raw


def tokens_of(db: Session, user: User) -> list[ApiToken]:
    return list(db.scalars(select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id)))


def revoke_token(db: Session, user: User, token_id: int) -> bool:
    result = db.execute(delete(ApiToken).where(ApiToken.id == token_id, ApiToken.user_id == user.id))
    return bool(result.rowcount)


def delete_user(db: Session, user: User) -> None:
    """Remove the user and everything that is theirs: conversations (with turns, annotations, comments and
    analyses), practice sessions, tokens, sessions, memberships. Real row deletion: the database's ON DELETE
    CASCADE does it, and the ORM cascades do it too where the rows are loaded."""
    db.execute(delete(WebSession).where(WebSession.user_id == user.id))
    db.delete(user)
    db.flush()


def export_user_data(db: Session, user: User) -> dict[str, Any]:
    """Everything stored about ``user``, as JSON-ready data."""
    conversations = db.scalars(
        select(ConversationRecord)
        .where(ConversationRecord.owner_id == user.id)
        .order_by(ConversationRecord.id)
    )
    exported_conversations = []
    for record in conversations:
        item: dict[str, Any] = {
            "id": record.id,
            "title": record.title,
            "created_at": record.created_at.isoformat(),
            "origin": record.origin,
            "source_format": record.source_format,
            "pseudonymised": record.pseudonymised,
            "conversation": from_record(record).model_dump(mode="json"),
            "comments": [
                {
                    "turn": turn.index,
                    "author_id": c.author_id,
                    "text": c.text,
                    "created_at": c.created_at.isoformat(),
                }
                for turn in record.turns
                for c in turn.comments
            ],
        }
        if record.analysis is not None:
            item["analysis"] = json.loads(record.analysis.analysis_json)
        exported_conversations.append(item)
    groups = db.scalars(select(Group).join(GroupMember).where(GroupMember.user_id == user.id))
    practice = db.scalars(select(PracticeSessionRecord).where(PracticeSessionRecord.owner_id == user.id))
    written = db.scalars(select(CommentRecord).where(CommentRecord.author_id == user.id))
    return {
        "format": "ontmoeting-user-export",
        "version": 1,
        "exported_at": utcnow().isoformat(),
        "user": {
            "id": user.id,
            "email": user.email,
            "name": user.name,
            "role": user.role,
            "language": user.language,
            "created_at": user.created_at.isoformat(),
        },
        "groups": [{"id": g.id, "name": g.name} for g in groups],
        "conversations": exported_conversations,
        "practice_sessions": [
            {
                "id": p.id,
                "persona": p.persona_id,
                "status": p.status,
                "conversation_id": p.conversation_id,
                "state": json.loads(p.state_json or "{}"),
                "created_at": p.created_at.isoformat(),
            }
            for p in practice
        ],
        "comments_written": [{"turn_id": c.turn_id, "text": c.text} for c in written],
        "relationship_clients": relationship_service.export_own_clients(db, user),
        "api_tokens": [{"name": t.name, "prefix": t.prefix} for t in tokens_of(db, user)],
        "recordings": export_recordings(db, user),
    }


def export_recordings(db: Session, user: User) -> list[dict[str, Any]]:
    """The user's recordings: the draft transcripts and what is known of each recording (the recording itself
    is played or deleted from its page; it is too large for this file)."""
    drafts = db.scalars(
        select(RecordingDraft).where(RecordingDraft.owner_id == user.id).order_by(RecordingDraft.id)
    )
    return [
        {
            "id": d.id,
            "filename": d.filename,
            "status": d.status,
            "title": d.title,
            "bytes": d.size,
            "keep_recording": d.keep_recording,
            "conversation_id": d.conversation_id,
            "created_at": d.created_at.isoformat(),
            "draft": json.loads(d.draft_json) if d.draft_json else None,
        }
        for d in drafts
    ]
