"""Groups (cohorts): a trainer owns a group; students are its members."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ontmoeting.errors import InputError
from ontmoeting.store.tables import Group, GroupMember, User, UserRole
from ontmoeting.web.errors import NotFound


def create_group(db: Session, name: str, trainer_id: int | None = None) -> Group:
    name = name.strip()
    if not name:
        raise InputError("E521", nl="Geef de groep een naam.", en="Give the group a name.")
    group = Group(name=name[:200])
    db.add(group)
    db.flush()
    if trainer_id:
        set_trainer(db, group, trainer_id)
    return group


def get_group(db: Session, group_id: int) -> Group:
    group = db.get(Group, group_id)
    if group is None:
        raise NotFound()
    return group


def set_trainer(db: Session, group: Group, trainer_id: int | None) -> None:
    if trainer_id is None:
        group.trainer_id = None
        return
    trainer = db.get(User, trainer_id)
    if trainer is None or trainer.role not in (UserRole.TRAINER.value, UserRole.ADMIN.value):
        raise InputError("E522", nl="Kies een trainer als eigenaar.", en="Choose a trainer as the owner.")
    group.trainer_id = trainer.id


def add_member(db: Session, group: Group, user_id: int) -> None:
    user = db.get(User, user_id)
    if user is None or user.role != UserRole.STUDENT.value:
        raise InputError("E523", nl="Alleen studenten kunnen lid zijn.", en="Only students can be members.")
    if db.get(GroupMember, (group.id, user.id)) is None:
        db.add(GroupMember(group_id=group.id, user_id=user.id))


def remove_member(db: Session, group: Group, user_id: int) -> None:
    member = db.get(GroupMember, (group.id, user_id))
    if member is not None:
        db.delete(member)


def all_groups(db: Session) -> list[Group]:
    return list(db.scalars(select(Group).order_by(Group.name, Group.id)))


def groups_of_trainer(db: Session, trainer: User) -> list[Group]:
    return list(db.scalars(select(Group).where(Group.trainer_id == trainer.id).order_by(Group.name)))
