"""The JSON API: token authentication, the same actions as the pages, admin endpoints, OpenAPI without CDN."""

from __future__ import annotations

import re

from sqlalchemy import select

from ontmoeting.store.db import session_scope
from ontmoeting.store.tables import ApiToken, ConversationRecord, User
from ontmoeting.web.services import accounts

from .conftest import csrf_token


def token_for(app, user: User) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with session_scope(app.state.session_factory) as db:
        _, raw = accounts.create_token(db, db.get(User, user.id), "test")
    return {"Authorization": f"Bearer {raw}"}


def test_token_auth_and_own_conversations(
    app, client, users, make_conversation, example_transcript, db_session
) -> None:  # type: ignore[no-untyped-def]
    headers = token_for(app, users.student)
    assert client.get("/api/v1/me").status_code == 401
    assert client.get("/api/v1/me", headers={"Authorization": "Bearer omt_wrong"}).status_code == 401
    me = client.get("/api/v1/me", headers=headers).json()
    assert me["email"] == users.student.email and me["role"] == "student"
    theirs = make_conversation(users.other)
    created = client.post(
        "/api/v1/conversations",
        headers=headers,
        data={"title": "Via de API", "pseudonymise": "false"},
        files={"file": ("gesprek.txt", example_transcript, "text/plain")},
    )
    assert created.status_code == 201, created.text
    conversation_id = created.json()["id"]
    assert created.json()["origin"] == "api" and created.json()["turns"] > 20
    listed = client.get("/api/v1/conversations", headers=headers).json()
    assert [c["id"] for c in listed] == [conversation_id]
    detail = client.get(f"/api/v1/conversations/{conversation_id}", headers=headers).json()
    assert detail["conversation"]["turns"][0]["speaker"] == "Mira"
    assert client.get(f"/api/v1/conversations/{theirs}", headers=headers).status_code == 404
    assert client.delete(f"/api/v1/conversations/{theirs}", headers=headers).status_code == 404
    assert client.delete(f"/api/v1/conversations/{conversation_id}", headers=headers).status_code == 204
    assert db_session.get(ConversationRecord, conversation_id) is None


def test_tokens_are_stored_hashed_and_can_be_revoked(app, client, users, db_session) -> None:  # type: ignore[no-untyped-def]
    headers = token_for(app, users.student)
    made = client.post("/api/v1/tokens", headers=headers, json={"name": "script"})
    assert made.status_code == 201
    raw = made.json()["token"]
    stored = db_session.scalars(select(ApiToken.token_hash)).all()
    assert raw not in stored and all(len(h) == 64 for h in stored)
    new_headers = {"Authorization": f"Bearer {raw}"}
    assert client.get("/api/v1/me", headers=new_headers).status_code == 200
    assert client.delete(f"/api/v1/tokens/{made.json()['id']}", headers=headers).status_code == 204
    assert client.get("/api/v1/me", headers=new_headers).status_code == 401


def test_token_created_on_the_account_page_is_shown_once(student_client) -> None:  # type: ignore[no-untyped-def]
    token = csrf_token(student_client)
    page = student_client.post("/account/tokens", data={"name": "laptop", "csrf_token": token}).text
    raw = re.search(r"<code class=\"secret\" data-copy>(omt_[^<]+)</code>", page).group(1)
    later = student_client.get("/account").text
    assert raw not in later and raw[:10] in later  # only the prefix is shown again


def test_admin_api_manages_users_and_groups(app, client, users, db_session) -> None:  # type: ignore[no-untyped-def]
    admin = token_for(app, users.admin)
    student = token_for(app, users.student)
    assert client.get("/api/v1/users", headers=student).status_code == 403
    created = client.post(
        "/api/v1/users",
        headers=admin,
        json={"email": "new@example.org", "role": "student", "password": "x" * 12},
    )
    assert created.status_code == 201
    new_id = created.json()["id"]
    duplicate = client.post("/api/v1/users", headers=admin, json={"email": "NEW@example.org"})
    assert duplicate.status_code == 422 and duplicate.json()["error"]["code"] == "E514"
    group = client.post(
        "/api/v1/groups", headers=admin, json={"name": "Groep C", "trainer_id": users.trainer.id}
    )
    assert group.status_code == 201
    group_id = group.json()["id"]
    added = client.put(f"/api/v1/groups/{group_id}/members/{new_id}", headers=admin)
    assert added.json()["member_ids"] == [new_id]
    trainer_groups = client.get("/api/v1/groups", headers=token_for(app, users.trainer)).json()
    assert group_id in [g["id"] for g in trainer_groups]
    assert (
        client.patch(f"/api/v1/users/{new_id}", headers=admin, json={"role": "trainer"}).json()["role"]
        == "trainer"
    )
    assert client.delete(f"/api/v1/users/{new_id}", headers=admin).status_code == 204
    assert db_session.get(User, new_id) is None


def test_bearer_requests_need_no_csrf_but_cookies_do(app, client, users, student_client) -> None:  # type: ignore[no-untyped-def]
    headers = token_for(app, users.student)
    assert client.post("/api/v1/tokens", headers=headers, json={"name": "a"}).status_code == 201
    # the same request with the session cookie and no CSRF token is refused
    assert student_client.post("/api/v1/tokens", json={"name": "b"}).status_code == 403
    token = csrf_token(student_client)
    assert (
        student_client.post("/api/v1/tokens", json={"name": "b"}, headers={"x-csrf-token": token}).status_code
        == 201
    )


def test_openapi_is_served_without_cdn(client) -> None:  # type: ignore[no-untyped-def]
    spec = client.get("/api/openapi.json").json()
    assert "/api/v1/conversations" in spec["paths"]
    assert client.get("/docs").status_code == 404
    docs = client.get("/api/docs").text
    assert "/api/v1/conversations" in docs
    assert "cdn" not in docs.lower() and "https://" not in docs
