"""The JSON API under /api/v1: the same actions as the pages, for scripts (Authorization: Bearer <token>)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, File, Form, Request, Response, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from ontmoeting.store.convert import from_record
from ontmoeting.store.tables import Group, User
from ontmoeting.web import authz
from ontmoeting.web.deps import current_user, get_db, require_admin
from ontmoeting.web.errors import NotFound
from ontmoeting.web.schemas import (
    ConversationDetail,
    ConversationOut,
    GroupCreate,
    GroupOut,
    GroupUpdate,
    TokenCreate,
    TokenCreated,
    TokenOut,
    UserCreate,
    UserOut,
    UserUpdate,
)
from ontmoeting.web.services import accounts, conversations, groups, pipeline
from ontmoeting.web.services.uploads import read_limited

router = APIRouter(prefix="/api/v1", tags=["api"])


def summary(db: Session, record) -> ConversationOut:  # type: ignore[no-untyped-def]
    counts = conversations.turn_counts(db, [record.id])
    return ConversationOut(**conversations.conversation_summary(record, counts.get(record.id, 0)))


@router.get("/me", response_model=UserOut, summary="The authenticated user")
def me(user: User = Depends(current_user)) -> User:
    return user


@router.get("/me/export", summary="All data of the authenticated user")
def export_me(user: User = Depends(current_user), db: Session = Depends(get_db)) -> dict[str, Any]:
    return accounts.export_user_data(db, user)


@router.delete("/me", status_code=204, summary="Delete the authenticated user's account and all their data")
def delete_me(user: User = Depends(current_user), db: Session = Depends(get_db)) -> Response:
    accounts.delete_user(db, user)
    return Response(status_code=204)


@router.get("/conversations", response_model=list[ConversationOut], summary="Conversations the user may see")
def list_conversations(
    user: User = Depends(current_user), db: Session = Depends(get_db)
) -> list[ConversationOut]:
    records = list(db.scalars(authz.visible_conversations(db, user).limit(1000)))
    counts = conversations.turn_counts(db, [r.id for r in records])
    return [ConversationOut(**conversations.conversation_summary(r, counts.get(r.id, 0))) for r in records]


@router.post(
    "/conversations",
    response_model=ConversationOut,
    status_code=201,
    summary="Upload a transcript (any format the reader knows); it is coded and analysed",
)
async def upload_conversation(
    request: Request,
    file: UploadFile = File(...),
    title: str = Form(""),
    language: str = Form("auto"),
    pseudonymise: bool = Form(True),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
) -> ConversationOut:
    max_bytes = request.app.state.settings.max_upload_bytes
    data = await read_limited(file, max_bytes)
    options = conversations.UploadOptions(
        filename=file.filename or "upload.txt",
        title=title,
        language=language if language in ("nl", "en") else None,
        pseudonymise=pseudonymise,
        origin="api",
    )
    record = conversations.ingest(db, user, data, options, max_bytes=max_bytes)
    return summary(db, record)


@router.get(
    "/conversations/{conversation_id}", response_model=ConversationDetail, summary="A coded conversation"
)
def get_conversation(
    conversation_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)
) -> ConversationDetail:
    record = authz.conversation_for(db, user, conversation_id)
    base = summary(db, record).model_dump()
    return ConversationDetail(**base, conversation=from_record(record).model_dump(mode="json"))


@router.get("/conversations/{conversation_id}/analysis", summary="The feedback analysis (JSON)")
def get_analysis(
    conversation_id: int,
    lang: str | None = None,
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
) -> JSONResponse:
    record = authz.conversation_for(db, user, conversation_id)
    analysis = conversations.analysis_for(db, record, lang if lang in ("nl", "en") else record.language)
    if analysis is None:
        return JSONResponse({"error": {"status": 503, "message": "feedback not available"}}, status_code=503)
    return JSONResponse(analysis.model_dump(mode="json"))


@router.get(
    "/conversations/{conversation_id}/report.html", response_class=HTMLResponse, summary="The HTML report"
)
def get_report(
    conversation_id: int,
    lang: str | None = None,
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
) -> Response:
    record = authz.conversation_for(db, user, conversation_id)
    analysis = conversations.analysis_for(db, record, lang if lang in ("nl", "en") else record.language)
    document = pipeline.render_document(analysis) if analysis is not None else None
    if document is None:
        return JSONResponse({"error": {"status": 503, "message": "feedback not available"}}, status_code=503)
    return HTMLResponse(document)


@router.delete("/conversations/{conversation_id}", status_code=204, summary="Delete a conversation")
def delete_conversation(
    conversation_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)
) -> Response:
    db.delete(authz.conversation_for(db, user, conversation_id, manage=True))
    return Response(status_code=204)


@router.get("/tokens", response_model=list[TokenOut], summary="The user's API tokens (without the secrets)")
def list_tokens(user: User = Depends(current_user), db: Session = Depends(get_db)) -> list[Any]:
    return accounts.tokens_of(db, user)


@router.post("/tokens", response_model=TokenCreated, status_code=201, summary="Create an API token")
def create_token(body: TokenCreate, user: User = Depends(current_user), db: Session = Depends(get_db)) -> Any:
    row, raw = accounts.create_token(db, user, body.name)
    return TokenCreated(**TokenOut.model_validate(row).model_dump(), token=raw)


@router.delete("/tokens/{token_id}", status_code=204, summary="Revoke an API token")
def delete_token(
    token_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)
) -> Response:
    if not accounts.revoke_token(db, user, token_id):
        raise NotFound()
    return Response(status_code=204)


# Administration


def admin_target(db: Session, user_id: int) -> User:
    user = db.get(User, user_id)
    if user is None:
        raise NotFound()
    return user


@router.get("/users", response_model=list[UserOut], summary="All users (admin)")
def list_users(admin: User = Depends(require_admin), db: Session = Depends(get_db)) -> list[User]:
    return list(db.scalars(select(User).order_by(User.id)))


@router.post("/users", response_model=UserOut, status_code=201, summary="Add a user (admin)")
def add_user(body: UserCreate, admin: User = Depends(require_admin), db: Session = Depends(get_db)) -> User:
    return accounts.create_user(db, body.email, body.role, name=body.name, password=body.password)


@router.patch("/users/{user_id}", response_model=UserOut, summary="Change a user's role or name (admin)")
def update_user(
    user_id: int, body: UserUpdate, admin: User = Depends(require_admin), db: Session = Depends(get_db)
) -> User:
    user = admin_target(db, user_id)
    if body.role is not None and user.id != admin.id:
        user.role = body.role
    if body.name is not None:
        user.name = body.name.strip()[:200]
    return user


@router.get("/users/{user_id}/export", summary="All data of a user (admin)")
def export_user(
    user_id: int, admin: User = Depends(require_admin), db: Session = Depends(get_db)
) -> dict[str, Any]:
    return accounts.export_user_data(db, admin_target(db, user_id))


@router.delete("/users/{user_id}", status_code=204, summary="Delete a user and all their data (admin)")
def delete_user(
    user_id: int, admin: User = Depends(require_admin), db: Session = Depends(get_db)
) -> Response:
    user = admin_target(db, user_id)
    if user.id == admin.id:
        return JSONResponse({"error": {"status": 409, "message": "use DELETE /api/v1/me"}}, status_code=409)
    accounts.delete_user(db, user)
    return Response(status_code=204)


def group_out(group: Group) -> GroupOut:
    return GroupOut(
        id=group.id,
        name=group.name,
        trainer_id=group.trainer_id,
        member_ids=sorted(m.user_id for m in group.members),
    )


@router.get("/groups", response_model=list[GroupOut], summary="Groups: all (admin) or the trainer's own")
def list_groups(user: User = Depends(current_user), db: Session = Depends(get_db)) -> list[GroupOut]:
    if user.role == "admin":
        return [group_out(g) for g in groups.all_groups(db)]
    if user.role == "trainer":
        return [group_out(g) for g in groups.groups_of_trainer(db, user)]
    return []


@router.post("/groups", response_model=GroupOut, status_code=201, summary="Create a group (admin)")
def create_group(
    body: GroupCreate, admin: User = Depends(require_admin), db: Session = Depends(get_db)
) -> GroupOut:
    return group_out(groups.create_group(db, body.name, body.trainer_id))


@router.patch("/groups/{group_id}", response_model=GroupOut, summary="Rename or assign a trainer (admin)")
def update_group(
    group_id: int, body: GroupUpdate, admin: User = Depends(require_admin), db: Session = Depends(get_db)
) -> GroupOut:
    group = groups.get_group(db, group_id)
    if body.name:
        group.name = body.name.strip()[:200]
    if "trainer_id" in body.model_fields_set:
        groups.set_trainer(db, group, body.trainer_id)
    db.flush()
    return group_out(group)


@router.delete("/groups/{group_id}", status_code=204, summary="Delete a group (admin)")
def delete_group(
    group_id: int, admin: User = Depends(require_admin), db: Session = Depends(get_db)
) -> Response:
    db.delete(groups.get_group(db, group_id))
    return Response(status_code=204)


@router.put("/groups/{group_id}/members/{user_id}", response_model=GroupOut, summary="Add a student (admin)")
def add_member(
    group_id: int, user_id: int, admin: User = Depends(require_admin), db: Session = Depends(get_db)
) -> GroupOut:
    group = groups.get_group(db, group_id)
    groups.add_member(db, group, user_id)
    db.flush()
    db.refresh(group)
    return group_out(group)


@router.delete("/groups/{group_id}/members/{user_id}", status_code=204, summary="Remove a student (admin)")
def remove_member(
    group_id: int, user_id: int, admin: User = Depends(require_admin), db: Session = Depends(get_db)
) -> Response:
    groups.remove_member(db, groups.get_group(db, group_id), user_id)
    return Response(status_code=204)
