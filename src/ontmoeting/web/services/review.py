"""Review by the trainer: comments on turns, corrections of codes (human annotations next to the automatic
ones, never replacing them), the agreement between a trainer's codes and the coder's, and the export of the
corrections as training data for ``ontmoeting train --extra``.

Who may review: a trainer or admin who may see the conversation (``authz``). The owner sees comments and
corrections on their own work, read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ontmoeting.coding.codebook import load_codebook
from ontmoeting.coding.codes import AnnomiLabel, ClientCode, HelperCode
from ontmoeting.errors import InputError
from ontmoeting.store.convert import from_record, to_annotation
from ontmoeting.store.tables import (
    AnnotationRecord,
    CommentRecord,
    ConversationRecord,
    TurnRecord,
    User,
    UserRole,
)
from ontmoeting.transcript.io import to_jsonl
from ontmoeting.transcript.model import Conversation, Dimension, Source
from ontmoeting.web import authz
from ontmoeting.web.errors import Forbidden, NotFound
from ontmoeting.web.services import conversations

MAX_COMMENT_CHARS = 4000
PIPELINE = "pipeline"

#: The codes a trainer can give, per dimension (the coder's code sets).
CHOICES: dict[str, tuple[str, ...]] = {
    Dimension.BEHAVIOUR.value: tuple(c.value for c in HelperCode),
    Dimension.ANNOMI.value: tuple(c.value for c in AnnomiLabel),
    Dimension.TALK.value: tuple(c.value for c in ClientCode),
}
#: Which dimensions a turn of each role can be corrected on; the first is the turn's main code.
DIMENSIONS_FOR_ROLE: dict[str, tuple[str, ...]] = {
    "helper": (Dimension.BEHAVIOUR.value, Dimension.ANNOMI.value),
    "client": (Dimension.TALK.value,),
}
#: The groups of codes agreement is reported for.
AGREEMENT_GROUPS = (Dimension.BEHAVIOUR.value, Dimension.ANNOMI.value, Dimension.TALK.value)


def annotator_name(user: User) -> str:
    """The ``annotator`` of a trainer's human annotation: their user id (stable, and no name in exports)."""
    return f"user:{user.id}"


def may_review(db: Session, user: User, record: ConversationRecord) -> bool:
    """Trainers and admins on conversations they may see; students never (not even their own)."""
    return user.role in (UserRole.TRAINER.value, UserRole.ADMIN.value) and authz.can_view_conversation(
        db, user, record
    )


def reviewable(db: Session, user: User, conversation_id: int) -> ConversationRecord:
    """The conversation to change by review: 404 when it cannot be seen, 403 when it can but not reviewed."""
    record = authz.conversation_for(db, user, conversation_id)
    if not may_review(db, user, record):
        raise Forbidden()
    return record


def turn_of(record: ConversationRecord, index: int) -> TurnRecord:
    for turn in record.turns:
        if turn.index == index:
            return turn
    raise InputError(
        "E550", nl=f"Beurt {index + 1} bestaat niet in dit gesprek.", en=f"Turn {index + 1} does not exist."
    )


def add_comment(db: Session, user: User, record: ConversationRecord, index: int, text: str) -> CommentRecord:
    cleaned = (text or "").strip()
    if not cleaned:
        raise InputError(
            "E551", nl="Een leeg commentaar wordt niet bewaard.", en="An empty comment is not saved."
        )
    if len(cleaned) > MAX_COMMENT_CHARS:
        raise InputError(
            "E552",
            nl=f"Een commentaar mag hoogstens {MAX_COMMENT_CHARS} tekens hebben.",
            en=f"A comment may have at most {MAX_COMMENT_CHARS} characters.",
        )
    turn = turn_of(record, index)
    comment = CommentRecord(turn_id=turn.id, author_id=user.id, text=cleaned)
    turn.comments.append(comment)
    db.flush()
    return comment


def delete_comment(db: Session, user: User, record: ConversationRecord, comment_id: int) -> None:
    comment = db.get(CommentRecord, comment_id)
    turn_ids = {t.id for t in record.turns}
    if comment is None or comment.turn_id not in turn_ids:
        raise NotFound()
    if comment.author_id != user.id and user.role != UserRole.ADMIN.value:
        raise Forbidden()
    db.delete(comment)
    db.flush()


def correct(
    db: Session, user: User, record: ConversationRecord, index: int, code: str, dimension: str | None = None
) -> AnnotationRecord:
    """Store ``user``'s code for a turn as a human annotation. The automatic annotations stay; the user's own
    earlier code for the same turn and dimension is replaced (their latest judgement counts)."""
    turn = turn_of(record, index)
    allowed = DIMENSIONS_FOR_ROLE.get(turn.role, ())
    dimension = dimension or (allowed[0] if allowed else None)
    if dimension not in allowed:
        raise InputError(
            "E553",
            nl=f"Beurt {index + 1} kan niet op '{dimension}' worden gecodeerd.",
            en=f"Turn {index + 1} cannot be coded on '{dimension}'.",
        )
    if code not in CHOICES[dimension]:
        raise InputError(
            "E554",
            nl=f"Onbekende code '{code}'. Kies uit: {', '.join(CHOICES[dimension])}.",
            en=f"Unknown code '{code}'. Choose from: {', '.join(CHOICES[dimension])}.",
        )
    for earlier in [a for a in turn.annotations if own(a, user) and a.dimension == dimension]:
        turn.annotations.remove(earlier)
    annotation = AnnotationRecord(
        dimension=dimension,
        code=code,
        source=Source.HUMAN.value,
        annotator=annotator_name(user),
        confidence=1.0,
        author_id=user.id,
    )
    turn.annotations.append(annotation)
    db.flush()
    return annotation


def confirm_rest(db: Session, user: User, record: ConversationRecord) -> int:
    """Take over the coder's main code as the user's own on every turn they have not coded yet (a whole
    conversation reviewed: what was not corrected was judged right). Returns how many turns were confirmed."""
    confirmed = 0
    for turn in record.turns:
        allowed = DIMENSIONS_FOR_ROLE.get(turn.role, ())
        if not allowed or any(own(a, user) and a.dimension == allowed[0] for a in turn.annotations):
            continue
        automatic = automatic_code(turn.annotations, allowed[0])
        if automatic is not None and automatic in CHOICES[allowed[0]]:
            correct(db, user, record, turn.index, automatic, allowed[0])
            confirmed += 1
    return confirmed


def after_review(db: Session, record: ConversationRecord) -> None:
    """Human codes count in the feedback: compute the cached analysis (growth figures) again."""
    db.refresh(record)
    conversations.refresh_analysis(db, record)


def own(annotation: AnnotationRecord, user: User) -> bool:
    return annotation.source == Source.HUMAN.value and annotation.author_id == user.id


def automatic_code(annotations: list[AnnotationRecord], dimension: str) -> str | None:
    """The coder's code for ``dimension``: the pipeline's final one, else the latest automatic one."""
    people = (Source.HUMAN.value, Source.SELF.value)  # a trainer's correction, a student's own code
    found = [a for a in annotations if a.dimension == dimension and a.source not in people]
    final = [a for a in found if a.annotator == PIPELINE]
    chosen = (final or found)[-1:] or []
    return chosen[0].code if chosen else None


@dataclass
class TurnReview:
    """One turn on the review page: the coder's and the humans' codes, and the comments."""

    index: int
    role: str
    speaker: str
    text: str
    automatic: dict[str, str | None]
    human: list[tuple[str, str, str]]  # (dimension, code, author name)
    mine: dict[str, str]
    comments: list[tuple[int, int, str, str, Any]]  # (id, author id, author name, text, created_at)
    dimensions: tuple[str, ...] = ()
    note: str | None = None  # the student's own comment from the handed-in transcript
    own_code: tuple[str, str] | None = None  # (dimension, code) the student named in it


def turn_reviews(db: Session, viewer: User, record: ConversationRecord) -> list[TurnReview]:
    # one query for the turns with their annotations and comments, not one per turn
    turns = list(
        db.scalars(
            select(TurnRecord)
            .where(TurnRecord.conversation_id == record.id)
            .order_by(TurnRecord.index)
            .options(selectinload(TurnRecord.annotations), selectinload(TurnRecord.comments))
        )
    )
    authors = names_of(
        db,
        {a.author_id for t in turns for a in t.annotations if a.author_id}
        | {c.author_id for t in turns for c in t.comments},
    )
    found = []
    for turn in turns:
        dimensions = DIMENSIONS_FOR_ROLE.get(turn.role, ())
        found.append(
            TurnReview(
                index=turn.index,
                role=turn.role,
                speaker=turn.speaker,
                text=turn.text,
                automatic={d: automatic_code(turn.annotations, d) for d in dimensions},
                human=[
                    (a.dimension, a.code, authors.get(a.author_id or 0, "?"))
                    for a in turn.annotations
                    if a.source == Source.HUMAN.value and a.dimension in dimensions
                ],
                mine={a.dimension: a.code for a in turn.annotations if own(a, viewer)},
                comments=[
                    (c.id, c.author_id, authors.get(c.author_id, "?"), c.text, c.created_at)
                    for c in turn.comments
                ],
                dimensions=dimensions,
                note=turn.note,
                own_code=next(
                    (
                        (a.dimension, a.code)
                        for a in turn.annotations
                        if a.source == Source.SELF.value and a.dimension in dimensions
                    ),
                    None,
                ),
            )
        )
    return found


def names_of(db: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return {u.id: u.display_name for u in db.scalars(select(User).where(User.id.in_(wanted)))}


# Agreement


@dataclass
class GroupAgreement:
    """Agreement on one group of codes: Cohen's kappa, the share of equal codes and the confusion table
    (rows: the trainer's codes, columns: the coder's)."""

    group: str
    n: int = 0
    percent: float | None = None
    kappa: float | None = None
    labels: list[str] = field(default_factory=list)
    matrix: list[list[int]] = field(default_factory=list)


def coded_pairs(
    db: Session, user: User, conversation_id: int | None = None
) -> dict[str, list[tuple[str, str]]]:
    """(the user's code, the coder's code) per group, over every turn the user coded in conversations they
    may still see (or in one conversation)."""
    query = (
        select(TurnRecord)
        .join(AnnotationRecord, AnnotationRecord.turn_id == TurnRecord.id)
        .join(ConversationRecord, ConversationRecord.id == TurnRecord.conversation_id)
        .where(AnnotationRecord.source == Source.HUMAN.value, AnnotationRecord.author_id == user.id)
        .options(selectinload(TurnRecord.annotations))
        .distinct()
    )
    owners = authz.visible_owner_ids(db, user)
    if owners is not None:
        query = query.where(ConversationRecord.owner_id.in_(owners))
    if conversation_id is not None:
        query = query.where(TurnRecord.conversation_id == conversation_id)
    pairs: dict[str, list[tuple[str, str]]] = {group: [] for group in AGREEMENT_GROUPS}
    for turn in db.scalars(query):
        mine = {a.dimension: a.code for a in turn.annotations if own(a, user)}
        if turn.role == "helper":
            behaviour = mine.get(Dimension.BEHAVIOUR.value)
            auto_behaviour = automatic_code(turn.annotations, Dimension.BEHAVIOUR.value)
            if behaviour and auto_behaviour:
                pairs[Dimension.BEHAVIOUR.value].append((behaviour, auto_behaviour))
            # AnnoMI's 4 labels: the trainer's own, else the one their fine code implies (as in training)
            annomi = mine.get(Dimension.ANNOMI.value) or (
                load_codebook().behaviour_to_annomi().get(behaviour, "other") if behaviour else None
            )
            auto_annomi = automatic_code(turn.annotations, Dimension.ANNOMI.value) or (
                load_codebook().behaviour_to_annomi().get(auto_behaviour, "other") if auto_behaviour else None
            )
            if annomi and auto_annomi:
                pairs[Dimension.ANNOMI.value].append((annomi, auto_annomi))
        elif turn.role == "client":
            talk = mine.get(Dimension.TALK.value)
            auto_talk = automatic_code(turn.annotations, Dimension.TALK.value)
            if talk and auto_talk:
                pairs[Dimension.TALK.value].append((talk, auto_talk))
    return pairs


def agreement(db: Session, user: User, conversation_id: int | None = None) -> list[GroupAgreement]:
    from ontmoeting.web.services.agreement import group_agreement  # sklearn is loaded when first needed

    pairs = coded_pairs(db, user, conversation_id)
    return [group_agreement(group, pairs[group], CHOICES[group]) for group in AGREEMENT_GROUPS]


# Export


def corrected_conversations(db: Session, user: User, everyone: bool = False) -> list[ConversationRecord]:
    """Conversations with human codes by ``user`` (admin with ``everyone``: anyone's) that ``user`` sees."""
    query = (
        select(ConversationRecord)
        .join(TurnRecord, TurnRecord.conversation_id == ConversationRecord.id)
        .join(AnnotationRecord, AnnotationRecord.turn_id == TurnRecord.id)
        .where(AnnotationRecord.source == Source.HUMAN.value, AnnotationRecord.author_id.is_not(None))
        .order_by(ConversationRecord.id)
        .distinct()
    )
    if not (everyone and authz.is_admin(user)):
        query = query.where(AnnotationRecord.author_id == user.id)
    owners = authz.visible_owner_ids(db, user)
    if owners is not None:
        query = query.where(ConversationRecord.owner_id.in_(owners))
    return list(db.scalars(query))


def training_conversation(record: ConversationRecord, user: User, everyone: bool = False) -> Conversation:
    """The conversation with only the reviewers' human codes: what the coder should learn, nothing it said."""
    conversation = from_record(record)
    by_index = {t.index: t for t in record.turns}
    for turn in conversation.turns:
        rows = by_index[turn.index].annotations
        turn.annotations = [
            to_annotation(a)
            for a in rows
            if a.source == Source.HUMAN.value
            and a.author_id is not None
            and (everyone or a.author_id == user.id)
        ]
    conversation.id = f"werkplaats-{record.id}"
    conversation.metadata.extra = {**conversation.metadata.extra, "exported_from": "werkplaats"}
    return conversation


def export_jsonl(db: Session, user: User, everyone: bool = False) -> tuple[str, int]:
    """The corrections as the project's JSONL (one conversation per line, human annotations), and how many
    conversations it holds."""
    everyone = everyone and authz.is_admin(user)
    records = corrected_conversations(db, user, everyone)
    if not records:
        return "", 0
    return to_jsonl([training_conversation(r, user, everyone) for r in records]), len(records)
