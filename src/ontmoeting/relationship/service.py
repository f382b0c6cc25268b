"""Relatiefeedback on the database: clients, one-time links, recording scores and overviews.

Shared by the web routers and the ``ontmoeting relatie`` commands; every function takes an SQLAlchemy session
and leaves committing to the caller. Who may see what is decided here (:func:`visible_client`), so that the
web and the CLI cannot disagree:

- the helper who registered a client (its owner) sees and changes it;
- a trainer sees, read-only, the *practice* clients of the students in the groups they own; an admin sees all
  practice clients read-only; clients that are not marked practice are seen by their helper only.

A client the caller may not see is "not found" (E614), so that ids reveal nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from ontmoeting.errors import InputError, NotFoundError
from ontmoeting.relationship.instrument import (
    Instrument,
    InstrumentKind,
    default_instrument_ids,
    get_instrument,
)
from ontmoeting.relationship.scoring import item_scores
from ontmoeting.relationship.signals import Signal, SignalSettings, attention_key, current_signals
from ontmoeting.relationship.trajectory import SessionScores, Trajectory
from ontmoeting.store.tables import Group, GroupMember, User, UserRole, utcnow
from ontmoeting.store.tables.relationship import (
    RelationshipClient,
    RelationshipLink,
    RelationshipScore,
    RelationshipSession,
)

LINK_LIFETIME = dt.timedelta(hours=24)
CODE_PATTERN = re.compile(r"^[^\W_][\w.\- ]{0,63}$")


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or utcnow()


def token_digest(token: str) -> str:
    """SHA-256 of a link token (a 256-bit random secret, so a plain hash suffices)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# --- clients ------------------------------------------------------------------------------------------------


def register_client(
    db: Session, owner: User, code: str, *, language: str = "nl", practice: bool | None = None
) -> RelationshipClient:
    """A new client of ``owner`` under a pseudonym or code. Students' clients are practice clients by
    default."""
    code = (code or "").strip()
    if not CODE_PATTERN.match(code):
        raise InputError(
            "E611",
            nl="Geef een code of schuilnaam van 1 tot 64 tekens (letters, cijfers, spatie, punt, streepje), "
            "beginnend met een letter of cijfer. Een echte naam is niet nodig.",
            en="Give a code or pseudonym of 1 to 64 characters (letters, digits, space, dot, dash), starting "
            "with a letter or digit. A real name is not needed.",
        )
    exists = db.scalar(
        select(RelationshipClient.id).where(
            RelationshipClient.owner_id == owner.id, func.lower(RelationshipClient.code) == code.lower()
        )
    )
    if exists is not None:
        raise InputError(
            "E611",
            nl=f"Je hebt al een cliënt met code '{code}'.",
            en=f"You already have a client with code '{code}'.",
        )
    relationship_id, wellbeing_id = default_instrument_ids()
    get_instrument(relationship_id, InstrumentKind.RELATIONSHIP)  # fail now, not at the first session
    get_instrument(wellbeing_id, InstrumentKind.WELLBEING)
    client = RelationshipClient(
        owner_id=owner.id,
        code=code,
        language=language if language in ("nl", "en") else "nl",
        practice=(owner.role == UserRole.STUDENT.value) if practice is None else practice,
        relationship_instrument=relationship_id,
        wellbeing_instrument=wellbeing_id,
    )
    db.add(client)
    db.flush()
    return client


def _supervised(db: Session, trainer: User) -> set[int]:
    query = (
        select(GroupMember.user_id)
        .join(Group, Group.id == GroupMember.group_id)
        .where(Group.trainer_id == trainer.id)
    )
    return set(db.scalars(query))


def can_view(db: Session, viewer: User, client: RelationshipClient) -> bool:
    if client.owner_id == viewer.id:
        return True
    if not client.practice:
        return False
    if viewer.role == UserRole.ADMIN.value:
        return True
    return viewer.role == UserRole.TRAINER.value and client.owner_id in _supervised(db, viewer)


def visible_client(db: Session, viewer: User, client_id: int, *, manage: bool = False) -> RelationshipClient:
    """The client if ``viewer`` may see it (with ``manage``: change it, i.e. own it); else E614."""
    client = db.get(RelationshipClient, client_id)
    if client is None or not can_view(db, viewer, client) or (manage and client.owner_id != viewer.id):
        raise NotFoundError(
            "E614",
            nl="Deze cliënt bestaat niet of is niet van jou.",
            en="This client does not exist or is not yours.",
        )
    return client


def client_by_code(db: Session, owner: User, code: str) -> RelationshipClient:
    client = db.scalar(
        select(RelationshipClient).where(
            RelationshipClient.owner_id == owner.id,
            func.lower(RelationshipClient.code) == code.strip().lower(),
        )
    )
    if client is None:
        raise NotFoundError(
            "E614",
            nl=f"Geen cliënt met code '{code}' bij {owner.email}.",
            en=f"No client with code '{code}' for {owner.email}.",
        )
    return client


def own_clients(db: Session, owner: User) -> list[RelationshipClient]:
    query = (
        select(RelationshipClient)
        .where(RelationshipClient.owner_id == owner.id)
        .options(selectinload(RelationshipClient.sessions).selectinload(RelationshipSession.scores))
    )
    return list(db.scalars(query))


# --- scores -------------------------------------------------------------------------------------------------


def instruments_of(client: RelationshipClient) -> tuple[Instrument, Instrument]:
    return (
        get_instrument(client.relationship_instrument, InstrumentKind.RELATIONSHIP),
        get_instrument(client.wellbeing_instrument, InstrumentKind.WELLBEING),
    )


def _checked(
    client: RelationshipClient,
    relationship: Mapping[str, float] | Sequence[float] | None,
    wellbeing: Mapping[str, float] | Sequence[float] | None,
    sources: tuple[str | None, str | None],
) -> list[tuple[Instrument, dict[str, float]]]:
    rel_instrument, wb_instrument = instruments_of(client)
    checked = []
    if relationship is not None:
        checked.append((rel_instrument, item_scores(rel_instrument, relationship, source=sources[0])))
    if wellbeing is not None:
        checked.append((wb_instrument, item_scores(wb_instrument, wellbeing, source=sources[1])))
    if not checked:
        raise InputError(
            "E620",
            nl="Geef scores voor minstens één van de twee schalen.",
            en="Give scores for at least one of the two scales.",
        )
    return checked


def _add_session(
    db: Session,
    client: RelationshipClient,
    checked: list[tuple[Instrument, dict[str, float]]],
    held_on: dt.date,
    source: str,
) -> RelationshipSession:
    number = (
        db.scalar(
            select(func.max(RelationshipSession.number)).where(RelationshipSession.client_id == client.id)
        )
        or 0
    ) + 1
    session = RelationshipSession(client_id=client.id, number=number, held_on=held_on, source=source)
    session.scores = [
        RelationshipScore(
            instrument_id=instrument.id, instrument_version=instrument.version, item_id=item, value=value
        )
        for instrument, scores in checked
        for item, value in scores.items()
    ]
    db.add(session)
    db.flush()
    db.refresh(client)  # the client's sessions now include this one
    return session


def record_scores(
    db: Session,
    client: RelationshipClient,
    *,
    relationship: Mapping[str, float] | Sequence[float] | None,
    wellbeing: Mapping[str, float] | Sequence[float] | None,
    held_on: dt.date | None = None,
    source: str = "manual",
    source_names: tuple[str | None, str | None] = (None, None),
) -> RelationshipSession:
    """Store one session's scores typed in by the helper (web form or CLI) as the client's next session."""
    checked = _checked(client, relationship, wellbeing, source_names)
    return _add_session(db, client, checked, held_on or utcnow().date(), source)


# --- one-time links -----------------------------------------------------------------------------------------


def create_link(
    db: Session,
    client: RelationshipClient,
    *,
    now: dt.datetime | None = None,
    lifetime: dt.timedelta = LINK_LIFETIME,
) -> tuple[str, RelationshipLink]:
    """A new one-time link for ``client``'s next session. Returns the token (shown once, never stored) and the
    row. An earlier link of this client that is still open is closed: one open link per client."""
    moment = _now(now)
    db.execute(
        update(RelationshipLink)
        .where(
            RelationshipLink.client_id == client.id,
            RelationshipLink.used_at.is_(None),
            RelationshipLink.expires_at > moment,
        )
        .values(expires_at=moment)
    )
    token = secrets.token_urlsafe(32)
    link = RelationshipLink(
        client_id=client.id, token_hash=token_digest(token), created_at=moment, expires_at=moment + lifetime
    )
    db.add(link)
    db.flush()
    return token, link


def open_link(db: Session, token: str) -> RelationshipLink | None:
    """The link row for ``token`` whatever its state (None when unknown)."""
    if not token or len(token) > 100:
        return None
    return db.scalar(select(RelationshipLink).where(RelationshipLink.token_hash == token_digest(token)))


def link_state(link: RelationshipLink | None, now: dt.datetime | None = None) -> str:
    """'open', 'used', 'expired' or 'unknown'."""
    if link is None:
        return "unknown"
    if link.used_at is not None:
        return "used"
    return "open" if link.expires_at > _now(now) else "expired"


def link_client(db: Session, token: str, *, now: dt.datetime | None = None) -> RelationshipClient:
    """The client behind an open link, or a coded error: E612 unknown (404), E613 used or expired (410)."""
    link = open_link(db, token)
    state = link_state(link, now)
    if state == "unknown":
        raise NotFoundError("E612", nl="Deze link bestaat niet.", en="This link does not exist.")
    if state != "open":
        raise LinkGone()
    assert link is not None
    return db.get(RelationshipClient, link.client_id)  # type: ignore[return-value]


class LinkGone(InputError):
    def __init__(self) -> None:
        super().__init__(
            "E613", nl="Deze link is al gebruikt of verlopen.", en="This link has been used or has expired."
        )


def submit_by_link(
    db: Session,
    token: str,
    *,
    relationship: Mapping[str, float] | Sequence[float],
    wellbeing: Mapping[str, float] | Sequence[float],
    now: dt.datetime | None = None,
) -> RelationshipSession:
    """Store the client's answers and kill the link, atomically: of two submissions racing with the same
    token, exactly one claims the link (a conditional UPDATE); the other gets E613."""
    moment = _now(now)
    client = link_client(db, token, now=moment)
    checked = _checked(
        client, relationship, wellbeing, (None, None)
    )  # before claiming: a bad form leaves the link open
    claimed = db.execute(
        update(RelationshipLink)
        .where(
            RelationshipLink.token_hash == token_digest(token),
            RelationshipLink.used_at.is_(None),
            RelationshipLink.expires_at > moment,
        )
        .values(used_at=moment)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:
        raise LinkGone()
    session = _add_session(db, client, checked, moment.date(), "link")
    db.execute(
        update(RelationshipLink)
        .where(RelationshipLink.token_hash == token_digest(token))
        .values(session_id=session.id)
        .execution_options(synchronize_session=False)
    )
    return session


def open_link_of(
    db: Session, client: RelationshipClient, now: dt.datetime | None = None
) -> RelationshipLink | None:
    """The client's link that is still waiting for answers, if any (its token cannot be shown again)."""
    return db.scalar(
        select(RelationshipLink)
        .where(
            RelationshipLink.client_id == client.id,
            RelationshipLink.used_at.is_(None),
            RelationshipLink.expires_at > _now(now),
        )
        .order_by(RelationshipLink.id.desc())
    )


# --- trajectories and overviews -----------------------------------------------------------------------------


def trajectory(client: RelationshipClient) -> Trajectory:
    rel_instrument, wb_instrument = instruments_of(client)
    sessions = []
    for session in sorted(client.sessions, key=lambda s: s.number):
        by_instrument: dict[str, dict[str, float]] = {}
        for score in session.scores:
            by_instrument.setdefault(score.instrument_id, {})[score.item_id] = score.value
        rel = by_instrument.get(rel_instrument.id)
        wb = by_instrument.get(wb_instrument.id)
        sessions.append(
            SessionScores(
                number=session.number,
                held_on=session.held_on,
                relationship=rel if rel and set(rel) == set(rel_instrument.item_ids) else None,
                wellbeing=wb if wb and set(wb) == set(wb_instrument.item_ids) else None,
            )
        )
    return Trajectory(client.code, rel_instrument, wb_instrument, sessions)


@dataclass(frozen=True)
class ClientOverview:
    client: RelationshipClient
    trajectory: Trajectory
    signals: list[Signal]  # of the latest session

    @property
    def latest(self) -> SessionScores | None:
        return self.trajectory.latest

    def sort_key(self) -> tuple[int, int, int, str]:
        return attention_key(self.client.code, self.signals, bool(self.trajectory.sessions))


def overview_of(
    clients: Sequence[RelationshipClient], settings: SignalSettings | None = None
) -> list[ClientOverview]:
    """Clients sorted by who needs attention first (see :func:`signals.attention_key`)."""
    settings = settings or SignalSettings.from_env()
    rows = []
    for client in clients:
        path = trajectory(client)
        rows.append(ClientOverview(client, path, current_signals(path, settings)))
    return sorted(rows, key=ClientOverview.sort_key)


def supervised_practice_clients(db: Session, trainer: User) -> list[RelationshipClient]:
    """Practice clients of the students in ``trainer``'s groups (all practice clients for an admin)."""
    query = (
        select(RelationshipClient)
        .where(RelationshipClient.practice.is_(True))
        .options(selectinload(RelationshipClient.sessions).selectinload(RelationshipSession.scores))
    )
    if trainer.role != UserRole.ADMIN.value:
        query = query.where(RelationshipClient.owner_id.in_(_supervised(db, trainer) or {-1}))
    return [c for c in db.scalars(query) if c.owner_id != trainer.id]


def export_own_clients(db: Session, owner: User) -> list[dict[str, object]]:
    """The helper's clients with every session's item scores, for the user's own-data download."""
    return [
        {
            "code": client.code,
            "language": client.language,
            "practice": client.practice,
            "relationship_instrument": client.relationship_instrument,
            "wellbeing_instrument": client.wellbeing_instrument,
            "created_at": client.created_at.isoformat(),
            "sessions": [
                {
                    "number": session.number,
                    "held_on": session.held_on.isoformat(),
                    "source": session.source,
                    "scores": [
                        {
                            "instrument": score.instrument_id,
                            "version": score.instrument_version,
                            "item": score.item_id,
                            "value": score.value,
                        }
                        for score in session.scores
                    ],
                }
                for session in client.sessions
            ],
        }
        for client in own_clients(db, owner)
    ]
