"""Logging in and out, the first-run setup of an admin account, and the language switch."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from ontmoeting.errors import OntmoetingError
from ontmoeting.store.tables import UserRole
from ontmoeting.web.deps import LANG_COOKIE, SESSION_COOKIE, Auth, auth_dep, get_db, page_language
from ontmoeting.web.errors import Forbidden, TooManyAttempts
from ontmoeting.web.i18n import LANGUAGES, text
from ontmoeting.web.services import accounts
from ontmoeting.web.templating import is_secure, render

router = APIRouter(tags=["pages"], include_in_schema=False)


def safe_next(target: str | None) -> str:
    """Only local paths: an open redirect would let a link send a logged-in user anywhere."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def login_response(request: Request, db: Session, user, target: str) -> Response:  # type: ignore[no-untyped-def]
    raw = accounts.start_session(db, user, request.app.state.settings.session_hours)
    response = RedirectResponse(safe_next(target), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        raw,
        max_age=request.app.state.settings.session_hours * 3600,
        httponly=True,
        samesite="lax",
        secure=is_secure(request),
        path="/",
    )
    return response


@router.get("/login")
def login_page(
    request: Request, next: str = "/", db: Session = Depends(get_db), auth: Auth = Depends(auth_dep)
):
    if auth.user is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    first_run = accounts.count_users(db) == 0
    return render(request, "login.html", {"next": safe_next(next), "first_run": first_run})


@router.post("/login")
def login(
    request: Request,
    email: str = Form(""),
    password: str = Form(""),
    next: str = Form("/"),
    db: Session = Depends(get_db),
):
    settings = request.app.state.settings
    lang = page_language(request)
    try:
        user = accounts.authenticate(
            db,
            email,
            password,
            client_ip(request),
            max_failures=settings.login_max_failures,
            window_minutes=settings.login_window_minutes,
            max_failures_per_address=settings.login_max_failures_per_address,
        )
    except TooManyAttempts:
        context = {"next": safe_next(next), "email": email, "error": text("error_throttled", lang)}
        return render(request, "login.html", context, 429)
    if user is None:
        context = {"next": safe_next(next), "email": email, "error": text("login_failed", lang)}
        return render(request, "login.html", context, 401)
    return login_response(request, db, user, next)


@router.post("/logout")
def logout(request: Request, db: Session = Depends(get_db), auth: Auth = Depends(auth_dep)):
    accounts.end_session(db, auth.session)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/setup")
def setup_page(request: Request, db: Session = Depends(get_db)):
    if accounts.count_users(db) > 0:
        return RedirectResponse("/login", status_code=303)
    return render(request, "setup.html", {})


@router.post("/setup")
def setup(
    request: Request,
    email: str = Form(""),
    name: str = Form(""),
    password: str = Form(""),
    db: Session = Depends(get_db),
):
    """Create the first admin, only while there is no account at all (a laptop's first start)."""
    if accounts.count_users(db) > 0:
        raise Forbidden()
    try:
        user = accounts.create_user(
            db, email, UserRole.ADMIN.value, name=name, password=password, language=page_language(request)
        )
    except OntmoetingError as error:
        context = {"email": email, "name": name, "error": error.render(page_language(request))}
        return render(request, "setup.html", context, 422)
    return login_response(request, db, user, "/")


@router.post("/lang")
def switch_language(
    request: Request, lang: str = Form("nl"), next: str = Form("/"), auth: Auth = Depends(auth_dep)
):
    chosen = lang if lang in LANGUAGES else "nl"
    if auth.user is not None:
        auth.user.language = chosen
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(
        LANG_COOKIE, chosen, max_age=365 * 24 * 3600, httponly=True, samesite="lax", secure=is_secure(request)
    )
    return response


@router.get("/healthz")
def health() -> dict[str, str]:
    return {"status": "ok"}
