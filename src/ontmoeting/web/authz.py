"""Who may see and change what: the one place that decides.

- admin: everything (manages users and groups, and can act for a user, e.g. export or delete their data);
- trainer: their own work, and the work of students in the groups they own;
- student: their own work only.

Recordings and their draft transcripts are the exception: only their owner sees them (not the trainer, not an
admin), since they hold voices and names that the analysed conversation no longer does; an admin may delete
them.

Routers never compare ids themselves; they call these functions. A resource the caller may not see is
answered with 404, so that ids of other people's work reveal nothing.
"""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ontmoeting.store.tables import ConversationRecord, Group, GroupMember, RecordingDraft, User, UserRole
from ontmoeting.web.errors import NotFound


def is_admin(user: User) -> bool:
    return user.role == UserRole.ADMIN.value


def supervised_student_ids(db: Session, trainer: User) -> set[int]:
    """Ids of the users in the groups ``trainer`` owns."""
    query = (
        select(GroupMember.user_id)
        .join(Group, Group.id == GroupMember.group_id)
        .where(Group.trainer_id == trainer.id)
    )
    return set(db.scalars(query))


def visible_owner_ids(db: Session, user: User) -> set[int] | None:
    """Owners whose work ``user`` may see; ``None`` means everyone's (admin)."""
    if is_admin(user):
        return None
    owners = {user.id}
    if user.role == UserRole.TRAINER.value:
        owners |= supervised_student_ids(db, user)
    return owners


def can_see_user_work(db: Session, viewer: User, owner_id: int) -> bool:
    owners = visible_owner_ids(db, viewer)
    return owners is None or owner_id in owners


def can_view_conversation(db: Session, user: User, conversation: ConversationRecord) -> bool:
    return can_see_user_work(db, user, conversation.owner_id)


def can_manage_conversation(user: User, conversation: ConversationRecord) -> bool:
    """Delete, rename: the owner, or an admin acting for them."""
    return conversation.owner_id == user.id or is_admin(user)


def can_review_conversation(db: Session, user: User, conversation: ConversationRecord) -> bool:
    """Comment on turns and correct codes: the owner's trainer, an admin, or the owner on their own work."""
    return can_view_conversation(db, user, conversation)


def visible_conversations(db: Session, user: User) -> Select[tuple[ConversationRecord]]:
    query = select(ConversationRecord).order_by(
        ConversationRecord.created_at.desc(), ConversationRecord.id.desc()
    )
    owners = visible_owner_ids(db, user)
    if owners is not None:
        query = query.where(ConversationRecord.owner_id.in_(owners))
    return query


def conversation_for(
    db: Session, user: User, conversation_id: int, *, manage: bool = False
) -> ConversationRecord:
    """The conversation if ``user`` may see it (and, with ``manage``, change it); else 404."""
    record = db.get(ConversationRecord, conversation_id)
    if record is None or not can_view_conversation(db, user, record):
        raise NotFound()
    if manage and not can_manage_conversation(user, record):
        raise NotFound()
    return record


def draft_for(db: Session, user: User, draft_id: int, *, manage: bool = False) -> RecordingDraft:
    """A recording with its draft transcript: for its owner only; with ``manage`` (delete) also for an
    admin. Else 404."""
    draft = db.get(RecordingDraft, draft_id)
    if draft is None:
        raise NotFound()
    if draft.owner_id == user.id or (manage and is_admin(user)):
        return draft
    raise NotFound()
