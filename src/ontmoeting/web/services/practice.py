"""Practice in the browser: a :class:`~ontmoeting.practice.session.PracticeSession` kept between two requests
in ``PracticeSessionRecord.state_json``, and the finished talk stored like any other conversation.

The engine owns the talk (what the client says, what the coach says); this module only loads, saves and
authorises. A practice session belongs to the student alone until it is finished: then it becomes a
conversation (origin ``practice``, context ``oefengesprek``) that the student's trainer can see and review.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ontmoeting.errors import InputError
from ontmoeting.practice.coach import code_name
from ontmoeting.practice.messages import LAYER_NAMES
from ontmoeting.practice.persona import STANCE_NAMES, Persona, get_persona, load_personas
from ontmoeting.practice.session import PracticeSession, Reply
from ontmoeting.store.tables import ConversationRecord, PracticeSessionRecord, User, utcnow
from ontmoeting.web.errors import NotFound
from ontmoeting.web.services import conversations, pipeline

MAX_TURN_CHARS = 2000
ACTIVE, FINISHED, ABANDONED = "active", "finished", "abandoned"


@dataclass(frozen=True)
class PersonaCard:
    """What the chooser shows about a persona, in one language."""

    id: str
    name: str
    age: int | None
    who: str
    situation: str
    learning_goal: str
    stance: str
    languages: list[str]
    lang: str  # the language this card is in (the persona may not speak the page language)


@dataclass(frozen=True)
class Message:
    """One line in the chat: the client's or the student's, with the coach's line after a student turn."""

    role: str  # client | helper
    text: str
    number: int  # 1-based helper turn number (0 for the opening)
    code_name: str | None = None
    coach: str | None = None
    layer: int | None = None


def persona_card(persona: Persona, lang: str) -> PersonaCard:
    used = lang if lang in persona.languages else persona.languages[0]
    material = persona.material(used)
    return PersonaCard(
        id=persona.id,
        name=material.name,
        age=material.age,
        who=material.who,
        situation=material.situation,
        learning_goal=material.learning_goal,
        stance=STANCE_NAMES[persona.stance][lang],
        languages=persona.languages,
        lang=used,
    )


def persona_cards(lang: str) -> list[PersonaCard]:
    return [persona_card(p, lang) for p in load_personas().values()]


def check_text(text: str) -> str:
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise InputError(
            "E540", nl="Typ eerst wat je tegen de cliënt zegt.", en="First type what you say to the client."
        )
    if len(cleaned) > MAX_TURN_CHARS:
        raise InputError(
            "E541",
            nl=f"Een beurt mag hoogstens {MAX_TURN_CHARS} tekens hebben.",
            en=f"A turn may have at most {MAX_TURN_CHARS} characters.",
        )
    return cleaned


def start(
    db: Session, user: User, persona_id: str, lang: str, seed: int | None = None
) -> PracticeSessionRecord:
    """A new practice session with ``persona_id`` in ``lang`` (else in the persona's own language)."""
    persona = get_persona(persona_id)  # unknown id: NotFoundError E407 (404)
    if lang not in persona.languages:
        lang = persona.languages[0]
    session = PracticeSession(
        persona, lang, seed if seed is not None else secrets.randbelow(2**31), coach=True
    )
    record = PracticeSessionRecord(
        owner_id=user.id,
        persona_id=persona.id,
        language=lang,
        status=ACTIVE,
        state_json=json.dumps(session.to_state()),
    )
    db.add(record)
    db.flush()
    return record


def record_for(db: Session, user: User, practice_id: int) -> PracticeSessionRecord:
    """The user's own practice session; anyone else's (or none) is a 404."""
    record = db.get(PracticeSessionRecord, practice_id)
    if record is None or record.owner_id != user.id:
        raise NotFound()
    return record


def locked(db: Session, record: PracticeSessionRecord) -> PracticeSessionRecord:
    """The record re-read with a row lock, so that two turns sent at once for one session follow each other
    on PostgreSQL (SQLite writes one at a time anyway)."""
    if db.get_bind().dialect.name != "sqlite":
        db.refresh(record, with_for_update=True)
    return record


def session_of(record: PracticeSessionRecord) -> PracticeSession:
    return PracticeSession.from_state(json.loads(record.state_json))


def save(record: PracticeSessionRecord, session: PracticeSession) -> None:
    record.state_json = json.dumps(session.to_state(), ensure_ascii=False)
    record.updated_at = utcnow()


def must_be_active(record: PracticeSessionRecord) -> None:
    if record.status != ACTIVE:
        raise InputError(
            "E542",
            nl="Dit oefengesprek is afgerond; begin een nieuw gesprek.",
            en="This practice talk has been finished; start a new one.",
        )


def respond(db: Session, record: PracticeSessionRecord, text: str) -> tuple[PracticeSession, Reply]:
    locked(db, record)
    must_be_active(record)
    session = session_of(record)
    reply = session.respond(check_text(text))
    save(record, session)
    return session, reply


def undo(db: Session, record: PracticeSessionRecord) -> tuple[PracticeSession, bool]:
    locked(db, record)
    must_be_active(record)
    session = session_of(record)
    undone = session.undo()
    if undone:
        save(record, session)
    return session, undone


def hint(record: PracticeSessionRecord) -> tuple[PracticeSession, str]:
    must_be_active(record)
    session = session_of(record)
    return session, session.hint()


def finish(db: Session, user: User, record: PracticeSessionRecord) -> ConversationRecord:
    """Store the talk as a coded, analysed conversation (the platform's storage path, origin ``practice``)."""
    locked(db, record)
    if record.status == FINISHED and record.conversation_id is not None:
        existing = db.get(ConversationRecord, record.conversation_id)
        if existing is not None:
            return existing  # a second click on "finish": the same report, not a copy
    must_be_active(record)
    session = session_of(record)
    if not session.records:
        raise InputError(
            "E543",
            nl="Voer eerst minstens één beurt voordat je het gesprek afrondt.",
            en="Take at least one turn before you finish the talk.",
        )
    conversation = pipeline.code(session.finish())
    stored = conversations.store(db, user, conversation, origin="practice")
    record.status = FINISHED
    record.conversation_id = stored.id
    record.updated_at = utcnow()
    return stored


def abandon(record: PracticeSessionRecord) -> None:
    if record.status == ACTIVE:
        record.status = ABANDONED
        record.updated_at = utcnow()


def recent_sessions(db: Session, user: User, limit: int = 10) -> list[PracticeSessionRecord]:
    query = (
        select(PracticeSessionRecord)
        .where(PracticeSessionRecord.owner_id == user.id, PracticeSessionRecord.status != ABANDONED)
        .order_by(PracticeSessionRecord.updated_at.desc(), PracticeSessionRecord.id.desc())
        .limit(limit)
    )
    return list(db.scalars(query))


def messages(session: PracticeSession, lang: str) -> list[Message]:
    """The chat so far: the opening, then per helper turn the student's words and the client's reply."""
    found = [Message("client", session.opening(), 0, layer=0)]
    for number, turn in enumerate(session.records, start=1):
        found.append(
            Message(
                "helper", turn.helper_text, number, code_name(turn.code, turn.permission, lang), turn.coach
            )
        )
        found.append(Message("client", turn.client_text, number, layer=turn.depth))
    return found


def layer_names(lang: str) -> list[str]:
    return [LAYER_NAMES[level][lang] for level in range(4)]


def summary(record: PracticeSessionRecord, session: PracticeSession, lang: str) -> dict[str, Any]:
    """The JSON view of a session (API)."""
    state = session.state
    return {
        "id": record.id,
        "persona": record.persona_id,
        "client_name": session.name,
        "language": session.lang,
        "status": record.status,
        "conversation_id": record.conversation_id,
        "helper_turns": len(session.records),
        "layer": session.depth,
        "deepest": state.deepest,
        "ended": state.ended,
        "messages": [m.__dict__ for m in messages(session, lang)],
    }
