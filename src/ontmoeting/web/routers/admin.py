"""Admin pages: users (add, role, export, delete) and groups (create, trainer, members)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from ontmoeting.errors import OntmoetingError
from ontmoeting.store.tables import User
from ontmoeting.web.deps import get_db, page_language, require_admin
from ontmoeting.web.errors import NotFound
from ontmoeting.web.i18n import text
from ontmoeting.web.routers.account import export_response
from ontmoeting.web.services import accounts, groups
from ontmoeting.web.templating import add_nav, render

router = APIRouter(prefix="/admin", tags=["pages"], include_in_schema=False)
add_nav("nav_users", "/admin/users", "admin", order=80)
add_nav("nav_groups", "/admin/groups", "admin", order=81)


def optional_id(value: str) -> int | None:
    return int(value) if value.strip().isdigit() else None


def all_users(db: Session) -> list[User]:
    return list(db.scalars(select(User).order_by(User.role, User.email)))


def target_user(db: Session, user_id: int) -> User:
    user = db.get(User, user_id)
    if user is None:
        raise NotFound()
    return user


def users_page(request: Request, db: Session, status: int = 200, **extra: object) -> Response:
    return render(request, "admin/users.html", {"users": all_users(db), **extra}, status)


@router.get("/users")
def users(request: Request, admin: User = Depends(require_admin), db: Session = Depends(get_db)):
    return users_page(request, db)


@router.post("/users")
def add_user(
    request: Request,
    email: str = Form(""),
    name: str = Form(""),
    role: str = Form("student"),
    password: str = Form(""),
    admin: User = Depends(require_admin),
    db: Session = Depends(get_db),
):
    try:
        accounts.create_user(db, email, role, name=name, password=password)
    except OntmoetingError as error:
        form = {"email": email, "name": name, "role": role}
        return users_page(request, db, 422, error=error.render(page_language(request)), form=form)
    return RedirectResponse("/admin/users?done=user_added", status_code=303)


@router.post("/users/{user_id}/role")
def change_role(
    request: Request,
    user_id: int,
    role: str = Form(...),
    admin: User = Depends(require_admin),
    db: Session = Depends(get_db),
):
    user = target_user(db, user_id)
    if user.id == admin.id:
        return users_page(request, db, 422, error=text("admin_self_role", page_language(request)))
    user.role = accounts.parse_role(role).value
    return RedirectResponse("/admin/users?done=saved", status_code=303)


@router.get("/users/{user_id}/export")
def export_user(user_id: int, admin: User = Depends(require_admin), db: Session = Depends(get_db)):
    return export_response(db, target_user(db, user_id))


@router.post("/users/{user_id}/delete")
def delete_user(
    request: Request, user_id: int, admin: User = Depends(require_admin), db: Session = Depends(get_db)
):
    user = target_user(db, user_id)
    if user.id == admin.id:
        return users_page(request, db, 422, error=text("admin_self_delete", page_language(request)))
    accounts.delete_user(db, user)
    return RedirectResponse("/admin/users?done=user_deleted", status_code=303)


def groups_page(request: Request, db: Session, status: int = 200, **extra: object) -> Response:
    everyone = all_users(db)
    context = {
        "groups": groups.all_groups(db),
        "trainers": [u for u in everyone if u.role in ("trainer", "admin")],
        "students": [u for u in everyone if u.role == "student"],
        "users_by_id": {u.id: u for u in everyone},
        **extra,
    }
    return render(request, "admin/groups.html", context, status)


@router.get("/groups")
def groups_index(request: Request, admin: User = Depends(require_admin), db: Session = Depends(get_db)):
    return groups_page(request, db)


@router.post("/groups")
def create_group(
    request: Request,
    name: str = Form(""),
    trainer_id: str = Form(""),
    admin: User = Depends(require_admin),
    db: Session = Depends(get_db),
):
    try:
        groups.create_group(db, name, optional_id(trainer_id))
    except OntmoetingError as error:
        return groups_page(request, db, 422, error=error.render(page_language(request)))
    return RedirectResponse("/admin/groups?done=group_added", status_code=303)


@router.post("/groups/{group_id}/trainer")
def set_trainer(
    request: Request,
    group_id: int,
    trainer_id: str = Form(""),
    admin: User = Depends(require_admin),
    db: Session = Depends(get_db),
):
    group = groups.get_group(db, group_id)
    try:
        groups.set_trainer(db, group, optional_id(trainer_id))
    except OntmoetingError as error:
        return groups_page(request, db, 422, error=error.render(page_language(request)))
    return RedirectResponse("/admin/groups?done=saved", status_code=303)


@router.post("/groups/{group_id}/members")
def add_member(
    request: Request,
    group_id: int,
    user_id: int = Form(...),
    admin: User = Depends(require_admin),
    db: Session = Depends(get_db),
):
    group = groups.get_group(db, group_id)
    try:
        groups.add_member(db, group, user_id)
    except OntmoetingError as error:
        return groups_page(request, db, 422, error=error.render(page_language(request)))
    return RedirectResponse("/admin/groups?done=saved", status_code=303)


@router.post("/groups/{group_id}/members/{user_id}/delete")
def remove_member(
    group_id: int, user_id: int, admin: User = Depends(require_admin), db: Session = Depends(get_db)
):
    groups.remove_member(db, groups.get_group(db, group_id), user_id)
    return RedirectResponse("/admin/groups?done=saved", status_code=303)


@router.post("/groups/{group_id}/delete")
def delete_group(group_id: int, admin: User = Depends(require_admin), db: Session = Depends(get_db)):
    db.delete(groups.get_group(db, group_id))
    return RedirectResponse("/admin/groups?done=group_deleted", status_code=303)
