"""The user's own account: profile, password, API tokens, download all data, delete the account."""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from ontmoeting.errors import OntmoetingError
from ontmoeting.store.tables import User
from ontmoeting.web import security
from ontmoeting.web.deps import LANG_COOKIE, SESSION_COOKIE, current_user, get_db, page_language
from ontmoeting.web.errors import NotFound
from ontmoeting.web.i18n import LANGUAGES, text
from ontmoeting.web.services import accounts
from ontmoeting.web.templating import add_nav, render

router = APIRouter(prefix="/account", tags=["pages"], include_in_schema=False)
add_nav("nav_account", "/account", order=90)


def account_page(request: Request, db: Session, user: User, status: int = 200, **extra: object) -> Response:
    context = {"tokens": accounts.tokens_of(db, user), **extra}
    return render(request, "account/index.html", context, status)


def export_response(db: Session, user: User) -> Response:
    body = json.dumps(accounts.export_user_data(db, user), ensure_ascii=False, indent=2)
    headers = {"Content-Disposition": f'attachment; filename="ontmoeting-gegevens-{user.id}.json"'}
    return Response(body, media_type="application/json", headers=headers)


@router.get("")
def index(request: Request, user: User = Depends(current_user), db: Session = Depends(get_db)):
    return account_page(request, db, user)


@router.post("/profile")
def profile(name: str = Form(""), language: str = Form("nl"), user: User = Depends(current_user)):
    user.name = name.strip()[:200]
    if language in LANGUAGES:
        user.language = language
    response = RedirectResponse("/account?done=saved", status_code=303)
    response.set_cookie(LANG_COOKIE, user.language, max_age=365 * 24 * 3600, httponly=True, samesite="lax")
    return response


@router.post("/password")
def change_password(
    request: Request,
    current: str = Form(""),
    new: str = Form(""),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
):
    lang = page_language(request)
    if not security.verify_password(user.password_hash, current):
        return account_page(request, db, user, 403, password_error=text("password_wrong", lang))
    try:
        accounts.set_password(db, user, new)
    except OntmoetingError as error:
        return account_page(request, db, user, 422, password_error=error.render(lang))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/tokens")
def create_token(
    request: Request, name: str = Form(""), user: User = Depends(current_user), db: Session = Depends(get_db)
):
    _, raw = accounts.create_token(db, user, name)
    return account_page(request, db, user, new_token=raw)


@router.post("/tokens/{token_id}/delete")
def delete_token(token_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)):
    if not accounts.revoke_token(db, user, token_id):
        raise NotFound()
    return RedirectResponse("/account?done=token_revoked", status_code=303)


@router.get("/export")
def export(user: User = Depends(current_user), db: Session = Depends(get_db)):
    return export_response(db, user)


@router.post("/delete")
def delete_account(
    request: Request,
    confirm: str = Form(""),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
):
    if accounts.normalise_email(confirm) != user.email:
        lang = page_language(request)
        return account_page(request, db, user, 422, delete_error=text("delete_confirm_mismatch", lang))
    accounts.delete_user(db, user)
    response = RedirectResponse("/login?done=account_deleted", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
