"""Every route of the app, enumerated from ``app.routes`` (so routes added later are covered):

- without login: refused (redirect to the login page, or 401 for the API), unless listed as public;
- as another student, with the first student's ids: refused (403 or 404), and nothing changed;
- a student on admin routes: refused;
- unsafe methods with a forged or missing CSRF token: 403, and nothing changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest

from ontmoeting.store.tables import ConversationRecord, User
from ontmoeting.web.introspect import api_routes
from ontmoeting.web.routers import PUBLIC_ROUTES

from .conftest import csrf_token
from .route_params import PARAM_MAKERS

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
PARAM = re.compile(r"{([a-zA-Z_]+)(?::[a-z]+)?}")


@dataclass
class Context:
    app: Any
    users: Any
    make_conversation: Any


def routes(app) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Every route, safe methods first (so that a wrongly allowed DELETE cannot hide a GET's refusal)."""
    return sorted(api_routes(app), key=lambda item: (item[0] in UNSAFE, item[1], item[0]))


def fill(path: str, values: dict[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        assert name in values, (
            f"no maker for path parameter '{name}' in {path}: add one to tests/web/route_params.py"
        )
        return values[name]

    return PARAM.sub(value, path)


@pytest.fixture
def student_values(app, users, make_conversation) -> dict[str, str]:  # type: ignore[no-untyped-def]
    ctx = Context(app, users, make_conversation)
    names = {name for _, path in routes(app) for name in PARAM.findall(path)}
    return {name: PARAM_MAKERS[name](ctx) for name in names if name in PARAM_MAKERS}


def test_public_routes_exist(app) -> None:  # type: ignore[no-untyped-def]
    assert PUBLIC_ROUTES <= set(routes(app)), PUBLIC_ROUTES - set(routes(app))


def test_every_route_refuses_anonymous_requests(app, client, student_values) -> None:  # type: ignore[no-untyped-def]
    token = csrf_token(client, "/login")  # a valid anonymous CSRF token: the refusal must come from the login
    checked = 0
    for method, path in routes(app):
        if (method, path) in PUBLIC_ROUTES:
            continue
        url = fill(path, student_values)
        response = client.request(
            method, url, data={"csrf_token": token} if method in UNSAFE else None, follow_redirects=False
        )
        if response.status_code == 303:
            assert response.headers["location"].startswith("/login"), (method, url)
        else:
            assert response.status_code == 401, (method, url, response.status_code)
        checked += 1
    assert checked >= 30


def test_other_students_ids_are_refused(app, users, login, student_values, db_session) -> None:  # type: ignore[no-untyped-def]
    other = login(users.other)
    token = csrf_token(other)
    checked = 0
    for method, path in routes(app):
        if not PARAM.search(path) or (method, path) in PUBLIC_ROUTES:
            continue
        url = fill(path, student_values)
        response = other.request(
            method,
            url,
            data={"csrf_token": token} if method in UNSAFE else None,
            headers={"x-csrf-token": token},
            follow_redirects=False,
        )
        assert response.status_code in (403, 404), (method, url, response.status_code)
        checked += 1
    assert checked >= 10
    # nothing of the first student's was changed or removed
    student = db_session.get(User, users.student.id)
    assert student is not None and student.role == "student"
    assert db_session.get(ConversationRecord, int(student_values["conversation_id"])) is not None


def test_students_cannot_use_admin_routes(app, student_client) -> None:  # type: ignore[no-untyped-def]
    token = csrf_token(student_client)
    admin_paths = [(m, p) for m, p in routes(app) if p.startswith("/admin") or p.startswith("/api/v1/users")]
    assert admin_paths
    for method, path in admin_paths:
        url = PARAM.sub("1", path)
        response = student_client.request(
            method,
            url,
            data={"csrf_token": token} if method in UNSAFE else None,
            headers={"x-csrf-token": token},
            follow_redirects=False,
        )
        assert response.status_code in (403, 404), (method, url, response.status_code)


@pytest.mark.parametrize("forged", [None, "forged-token"])
def test_unsafe_routes_need_the_csrf_token(app, users, login, student_values, db_session, forged) -> None:  # type: ignore[no-untyped-def]
    student = login(users.student)
    checked = 0
    for method, path in routes(app):
        if method not in UNSAFE:
            continue
        url = fill(path, student_values)
        data = {"csrf_token": forged} if forged else {}
        headers = {"x-csrf-token": forged} if forged else {}
        response = student.request(method, url, data=data, headers=headers, follow_redirects=False)
        assert response.status_code == 403, (method, url, response.status_code)
        checked += 1
    assert checked >= 15
    assert db_session.get(User, users.student.id) is not None
    assert db_session.get(ConversationRecord, int(student_values["conversation_id"])) is not None
