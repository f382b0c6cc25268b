"""Rendering pages: Jinja2 templates from the package, with the language, the user, the CSRF token and the
navigation in every page's context."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from jinja2.runtime import Context

from ontmoeting.i18n import format_number
from ontmoeting.web import security
from ontmoeting.web.deps import ANON_CSRF_COOKIE, Auth, page_language
from ontmoeting.web.i18n import catalogue, translator

TEMPLATES = Path(__file__).resolve().parent / "templates"
templates = Jinja2Templates(directory=str(TEMPLATES))  # autoescape is on for .html


@pass_context
def number_filter(context: Context, value: object, spec: str = "", missing: str = "–") -> str:
    """``{{ value | number(".2f") }}``: a number with the page's decimal mark (0,91 in Dutch); ``missing``
    for None. ``spec`` is a Python format spec, as in ``format(value, spec)``."""
    if value is None:
        return missing
    return format_number(value, str(context.get("lang") or "nl"), spec)


templates.env.filters["number"] = number_filter


@dataclass(frozen=True)
class NavItem:
    """A link in the main navigation, shown to the given roles. Later areas append to :data:`NAV`."""

    key: str  # catalogue key of the label
    path: str
    roles: frozenset[str] = field(default_factory=lambda: frozenset({"admin", "trainer", "student"}))
    order: int = 50  # overview 10, conversations 20, later areas 30-70, admin 80s, account 90


NAV: list[NavItem] = []


def add_nav(key: str, path: str, *roles: str, order: int = 50) -> None:
    """Add a link to the main navigation for ``roles`` (all roles when none are given)."""
    if all(item.path != path for item in NAV):
        chosen = frozenset(roles) if roles else frozenset({"admin", "trainer", "student"})
        NAV.append(NavItem(key, path, chosen, order))
        NAV.sort(key=lambda item: item.order)


def is_secure(request: Request) -> bool:
    mode = request.app.state.settings.secure_cookies
    return mode == "always" or (mode == "auto" and request.url.scheme == "https")


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200
) -> HTMLResponse:
    auth: Auth = getattr(request.state, "auth", None) or Auth()
    lang = page_language(request)
    anon_csrf = None
    if auth.session is not None:
        csrf = auth.csrf_token
    else:
        anon_csrf = request.cookies.get(ANON_CSRF_COOKIE) or security.new_secret(24)
        csrf = anon_csrf
    user = auth.view
    done = request.query_params.get("done")
    notice_key = f"done_{done}" if done and f"done_{done}" in catalogue() else None
    page = {
        "request": request,
        "t": translator(lang),
        "lang": lang,
        "user": user,
        "csrf_token": csrf,
        "nav": [item for item in NAV if user is not None and user.role in item.roles],
        "current_path": request.url.path,
        "notice_key": notice_key,
    }
    page.update(context or {})
    response = templates.TemplateResponse(request, name, page, status_code=status_code)
    if anon_csrf and request.cookies.get(ANON_CSRF_COOKIE) != anon_csrf:
        response.set_cookie(
            ANON_CSRF_COOKIE, anon_csrf, httponly=True, samesite="lax", secure=is_secure(request), path="/"
        )
    response.headers["Cache-Control"] = "no-store"
    return response
