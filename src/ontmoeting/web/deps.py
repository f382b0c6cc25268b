"""What every router shares: the database session, who is asking (session cookie or API token), role
checks, the CSRF check that guards every unsafe request, and the page language.

Routers depend on these; none of them reads cookies or headers itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from ontmoeting.store.tables import ApiToken, User, UserRole, WebSession, utcnow
from ontmoeting.web import security
from ontmoeting.web.errors import CsrfFailed, Forbidden, LoginRequired
from ontmoeting.web.i18n import LANGUAGES

SESSION_COOKIE = "omt_session"
ANON_CSRF_COOKIE = "omt_csrf"
LANG_COOKIE = "omt_lang"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


@dataclass(frozen=True)
class UserView:
    """A plain copy of the user for pages: still readable when the request's database session has been rolled
    back (error pages), where the ORM object would try to reload itself."""

    id: int
    email: str
    name: str
    role: str
    language: str

    @property
    def display_name(self) -> str:
        return self.name or self.email

    @classmethod
    def of(cls, user: User) -> UserView:
        return cls(user.id, user.email, user.name, user.role, user.language)


@dataclass
class Auth:
    """Who made the request and how: a browser session (cookie) or an API token (Authorization header)."""

    user: User | None = None
    session: WebSession | None = None
    via_token: bool = False
    view: UserView | None = None
    csrf_token: str | None = None


def get_db(request: Request) -> Iterator[Session]:
    """One database session per request, committed when the route returns without error."""
    factory = request.app.state.session_factory
    db: Session = factory()
    try:
        yield db
        db.commit()
    except BaseException:
        db.rollback()
        raise
    finally:
        db.close()


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def load_auth(request: Request, db: Session) -> Auth:
    """Resolve the caller once per request (cached on ``request.state``)."""
    cached = getattr(request.state, "auth", None)
    if cached is not None:
        return cached
    auth = Auth()
    token = bearer_token(request)
    if token is not None:
        row = db.scalar(select(ApiToken).where(ApiToken.token_hash == security.digest(token)))
        if row is not None:
            auth = Auth(user=db.get(User, row.user_id), via_token=True)
            row.last_used_at = utcnow()
    else:
        session_id = request.cookies.get(SESSION_COOKIE)
        if session_id:
            row = db.get(WebSession, security.digest(session_id))
            if row is not None and row.expires_at > utcnow():
                auth = Auth(user=db.get(User, row.user_id), session=row)
    if auth.user is not None:
        auth.view = UserView.of(auth.user)
    if auth.session is not None:
        auth.csrf_token = auth.session.csrf_token
    request.state.auth = auth
    return auth


def auth_dep(request: Request, db: Session = Depends(get_db)) -> Auth:
    return load_auth(request, db)


def optional_user(auth: Auth = Depends(auth_dep)) -> User | None:
    return auth.user


def current_user(request: Request, auth: Auth = Depends(auth_dep)) -> User:
    if auth.user is None:
        raise LoginRequired()
    return auth.user


def require_role(*roles: UserRole) -> Callable[..., User]:
    """A dependency that lets through only users with one of ``roles``."""
    allowed = {role.value for role in roles}

    def check(user: User = Depends(current_user)) -> User:
        if user.role not in allowed:
            raise Forbidden()
        return user

    return check


require_admin = require_role(UserRole.ADMIN)
require_trainer = require_role(UserRole.TRAINER, UserRole.ADMIN)


async def submitted_csrf_token(request: Request) -> str | None:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()  # Starlette caches it; the route reads the same form
        value = form.get(CSRF_FIELD)
        return value if isinstance(value, str) else None
    return None


async def csrf_protect(request: Request, db: Session = Depends(get_db)) -> None:
    """Every unsafe request that is not authenticated by an API token must carry the CSRF token: the
    session's synchronizer token when logged in, else the double-submit cookie's value (login form).

    Installed as an application-wide dependency, so routes added later are covered without doing anything.
    """
    if request.method in SAFE_METHODS:
        return
    auth = load_auth(request, db)
    if auth.via_token:
        return  # a header a foreign site cannot set: no cookie authority involved
    if bearer_token(request) is not None:
        return  # an invalid token: the route's login check answers 401
    expected = auth.csrf_token if auth.session is not None else request.cookies.get(ANON_CSRF_COOKIE)
    if not security.same(expected, await submitted_csrf_token(request)):
        raise CsrfFailed()


def page_language(request: Request) -> str:
    """The user's saved language, else the language cookie, else the app default (Dutch)."""
    auth: Auth | None = getattr(request.state, "auth", None)
    if auth is not None and auth.view is not None and auth.view.language in LANGUAGES:
        return auth.view.language
    cookie = request.cookies.get(LANG_COOKIE)
    if cookie in LANGUAGES:
        return cookie
    return request.app.state.settings.default_language
