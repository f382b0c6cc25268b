"""Review pages (the trainer comments on turns and corrects codes; the student reads them) and the same
actions in the JSON API: comments, corrections, agreement with the coder, export for training."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ontmoeting.coding.codebook import load_codebook
from ontmoeting.errors import OntmoetingError
from ontmoeting.store.tables import AnnotationRecord, CommentRecord, ConversationRecord, TurnRecord, User
from ontmoeting.transcript.model import Dimension
from ontmoeting.web import authz
from ontmoeting.web.deps import current_user, get_db, page_language, require_trainer
from ontmoeting.web.errors import status_for
from ontmoeting.web.i18n import register_catalogue
from ontmoeting.web.services import review
from ontmoeting.web.services.learning_texts import ALL
from ontmoeting.web.templating import add_nav, render

register_catalogue(ALL)

router = APIRouter(prefix="/review", tags=["pages"], include_in_schema=False)
api = APIRouter(prefix="/api/v1", tags=["review"])
add_nav("nav_review", "/review", order=40)


def viewable(
    conversation_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)
) -> ConversationRecord:
    return authz.conversation_for(db, user, conversation_id)


def reviewable(
    conversation_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)
) -> ConversationRecord:
    """A dependency, so that refusals (404, 403) come before any form or body is read."""
    return review.reviewable(db, user, conversation_id)


def code_namer(lang: str) -> Callable[[str, str | None], str]:
    codebook = load_codebook()

    def name(dimension: str, code: str | None) -> str:
        if not code:
            return "–"
        try:
            return codebook.name(Dimension(dimension), code, lang)
        except (KeyError, ValueError):
            return code.replace("_", " ")

    return name


def kappa_words(kappa: float | None) -> str:
    """Landis & Koch (1977)'s words for a kappa, as catalogue key."""
    if kappa is None:
        return "rv_kappa_none"
    for limit, key in (
        (0.0, "rv_kappa_poor"),
        (0.2, "rv_kappa_slight"),
        (0.4, "rv_kappa_fair"),
        (0.6, "rv_kappa_moderate"),
        (0.8, "rv_kappa_substantial"),
    ):
        if kappa <= limit:
            return key
    return "rv_kappa_almost_perfect"


def counts_by_conversation(
    db: Session, model: Any, ids: list[int], author: User | None = None
) -> dict[int, int]:
    if not ids:
        return {}
    query = (
        select(TurnRecord.conversation_id, func.count(model.id))
        .join(model, model.turn_id == TurnRecord.id)
        .where(TurnRecord.conversation_id.in_(ids))
        .group_by(TurnRecord.conversation_id)
    )
    if model is AnnotationRecord:
        query = query.where(AnnotationRecord.source == "human")
    if author is not None:
        query = query.where(model.author_id == author.id)
    return {cid: int(n) for cid, n in db.execute(query)}


# Pages


@router.get("")
def overview(request: Request, user: User = Depends(current_user), db: Session = Depends(get_db)):
    reviewer = user.role in ("trainer", "admin")
    records = list(db.scalars(authz.visible_conversations(db, user).limit(300)))
    if reviewer:
        records = [r for r in records if r.owner_id != user.id] or records
    ids = [r.id for r in records]
    context = {
        "reviewer": reviewer,
        "records": records,
        "owners": review.names_of(db, {r.owner_id for r in records}),
        "comments": counts_by_conversation(db, CommentRecord, ids),
        "corrections": counts_by_conversation(db, AnnotationRecord, ids, user if reviewer else None),
        "groups": review.agreement(db, user) if reviewer else [],
        "kappa_words": kappa_words,
        "code_name": code_namer(page_language(request)),
    }
    return render(request, "review/overview.html", context)


def review_page(
    request: Request, db: Session, user: User, record: ConversationRecord, status: int = 200, **extra: Any
):
    lang = page_language(request)
    reviewer = review.may_review(db, user, record)
    context = {
        "record": record,
        "owner": db.get(User, record.owner_id),
        "reviewer": reviewer,
        "turns": review.turn_reviews(db, user, record),
        "choices": review.CHOICES,
        "code_name": code_namer(lang),
        "groups": review.agreement(db, user, record.id) if reviewer else [],
        "kappa_words": kappa_words,
        "error": None,
        **extra,
    }
    return render(request, "review/conversation.html", context, status)


@router.get("/conversations/{conversation_id}")
def conversation_page(
    request: Request,
    record: ConversationRecord = Depends(viewable),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
):
    return review_page(request, db, user, record)


def back(record: ConversationRecord, done: str, turn: int | None = None) -> RedirectResponse:
    anchor = f"#turn-{turn}" if turn is not None else ""
    return RedirectResponse(f"/review/conversations/{record.id}?done={done}{anchor}", status_code=303)


@router.post("/conversations/{conversation_id}/comment")
def comment(
    request: Request,
    turn: int = Form(-1),
    text: str = Form(""),
    record: ConversationRecord = Depends(reviewable),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
):
    try:
        review.add_comment(db, user, record, turn, text)
    except OntmoetingError as error:
        return review_page(
            request, db, user, record, status_for(error), error=error.render(page_language(request))
        )
    return back(record, "comment_added", turn)


@router.post("/conversations/{conversation_id}/comment/delete")
def delete_comment(
    comment_id: int = Form(0),
    turn: int | None = Form(None),
    record: ConversationRecord = Depends(reviewable),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
):
    review.delete_comment(db, user, record, comment_id)
    return back(record, "comment_deleted", turn)


@router.post("/conversations/{conversation_id}/correct")
def correct(
    request: Request,
    turn: int = Form(-1),
    code: str = Form(""),
    dimension: str = Form(""),
    record: ConversationRecord = Depends(reviewable),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
):
    try:
        review.correct(db, user, record, turn, code, dimension or None)
    except OntmoetingError as error:
        return review_page(
            request, db, user, record, status_for(error), error=error.render(page_language(request))
        )
    review.after_review(db, record)
    return back(record, "code_saved", turn)


@router.post("/conversations/{conversation_id}/confirm-rest")
def confirm_rest(
    record: ConversationRecord = Depends(reviewable),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
):
    review.confirm_rest(db, user, record)
    review.after_review(db, record)
    return back(record, "codes_confirmed")


def export_response(db: Session, user: User, everyone: bool) -> Response:
    body, _ = review.export_jsonl(db, user, everyone)
    headers = {"Content-Disposition": 'attachment; filename="correcties.jsonl"'}
    return Response(body, media_type="application/x-ndjson", headers=headers)


@router.get("/export.jsonl")
def export(everyone: bool = False, user: User = Depends(require_trainer), db: Session = Depends(get_db)):
    return export_response(db, user, everyone)


# JSON API


class CommentIn(BaseModel):
    turn: int = Field(ge=0, description="0-based index of the turn")
    text: str


class CorrectionIn(BaseModel):
    turn: int = Field(ge=0, description="0-based index of the turn")
    code: str = Field(
        description="e.g. 'complex_reflection' (behaviour), 'question' (annomi), 'sustain' (talk)"
    )
    dimension: str | None = Field(None, description="behaviour or annomi (helper turns), talk (client turns)")


class CommentOut(BaseModel):
    id: int
    turn: int
    author: str
    text: str
    created_at: str


class TurnReviewOut(BaseModel):
    index: int
    role: str
    speaker: str
    text: str
    automatic: dict[str, str | None]
    human: list[dict[str, str]]
    comments: list[CommentOut]


class AgreementOut(BaseModel):
    group: str = Field(
        description="behaviour (helper codes), annomi (AnnoMI's 4 labels) or talk (client talk)"
    )
    n: int
    percent: float | None
    kappa: float | None = Field(
        description="Cohen's kappa; null when undefined (fewer than two codes in use)"
    )
    labels: list[str]
    matrix: list[list[int]] = Field(
        description="rows: the reviewer's codes, columns: the coder's, in label order"
    )


@api.get(
    "/conversations/{conversation_id}/review",
    response_model=list[TurnReviewOut],
    summary="Codes (the coder's and reviewers') and comments per turn",
)
def api_review(
    record: ConversationRecord = Depends(viewable),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
) -> list[TurnReviewOut]:
    return [
        TurnReviewOut(
            index=t.index,
            role=t.role,
            speaker=t.speaker,
            text=t.text,
            automatic=t.automatic,
            human=[{"dimension": d, "code": c, "author": a} for d, c, a in t.human],
            comments=[
                CommentOut(id=i, turn=t.index, author=a, text=x, created_at=w.isoformat())
                for i, _, a, x, w in t.comments
            ],
        )
        for t in review.turn_reviews(db, user, record)
    ]


@api.post(
    "/conversations/{conversation_id}/comments",
    response_model=CommentOut,
    status_code=201,
    summary="Comment on a turn (trainer or admin)",
)
def api_comment(
    body: CommentIn,
    record: ConversationRecord = Depends(reviewable),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
) -> CommentOut:
    row = review.add_comment(db, user, record, body.turn, body.text)
    return CommentOut(
        id=row.id,
        turn=body.turn,
        author=user.display_name,
        text=row.text,
        created_at=row.created_at.isoformat(),
    )


@api.post(
    "/conversations/{conversation_id}/corrections",
    status_code=201,
    summary="Correct (or confirm) the code of a turn: a human annotation next to the coder's",
)
def api_correct(
    body: CorrectionIn,
    record: ConversationRecord = Depends(reviewable),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
) -> dict[str, Any]:
    row = review.correct(db, user, record, body.turn, body.code, body.dimension)
    review.after_review(db, record)
    return {
        "turn": body.turn,
        "dimension": row.dimension,
        "code": row.code,
        "source": row.source,
        "annotator": row.annotator,
    }


@api.get(
    "/review/agreement",
    response_model=list[AgreementOut],
    summary="Agreement of the caller's codes with the coder's (all their reviews, or one conversation)",
)
def api_agreement(
    conversation_id: int | None = None, user: User = Depends(require_trainer), db: Session = Depends(get_db)
) -> list[AgreementOut]:
    if conversation_id is not None:
        review.reviewable(db, user, conversation_id)
    return [AgreementOut(**g.__dict__) for g in review.agreement(db, user, conversation_id)]


@api.get(
    "/review/export",
    summary="The caller's corrections as training JSONL for `ontmoeting train --extra`",
    response_class=Response,
    responses={200: {"content": {"application/x-ndjson": {}}}},
)
def api_export(
    everyone: bool = False, user: User = Depends(require_trainer), db: Session = Depends(get_db)
) -> Response:
    return export_response(db, user, everyone)
