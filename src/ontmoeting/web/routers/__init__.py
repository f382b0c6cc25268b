"""The routers of the werkplaats, in the order the app includes them. A new area is one line here (and,
for the navigation, one ``add_nav`` call in its module)."""

from __future__ import annotations

from fastapi import APIRouter

from ontmoeting.web.routers import (
    account,
    admin,
    api,
    api_docs,
    auth,
    conversations,
    growth,
    home,
    practice,
    recordings,
    review,
)
from ontmoeting.web.routers import relationship as relationship_pages

ROUTERS: list[APIRouter] = [
    auth.router,
    home.router,
    conversations.router,
    recordings.router,
    account.router,
    admin.router,
    api.router,
    api_docs.router,
    relationship_pages.router,
    relationship_pages.public,
    practice.router,
    practice.api,
    review.router,
    review.api,
    growth.router,
    growth.api,
]

#: (method, path) of the routes that answer without login; everything else needs an account. The
#: authorization test (tests/web/test_route_authorization.py) holds every other route to that.
PUBLIC_ROUTES: set[tuple[str, str]] = {
    ("GET", "/login"),
    ("POST", "/login"),
    ("GET", "/setup"),
    ("POST", "/setup"),  # only while there is no account at all
    ("POST", "/lang"),
    ("GET", "/healthz"),
    ("GET", "/api/docs"),
    ("GET", "/api/openapi.json"),
    ("GET", "/r/{token}"),  # relatiefeedback: the client's one-time form; the token is the credential
    ("POST", "/r/{token}"),
}
