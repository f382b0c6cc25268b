"""Logging in and out, cookies, throttling, first-run setup, roles and the language switch."""

from __future__ import annotations

from sqlalchemy import func, select

from ontmoeting.store.tables import LoginAttempt, User, WebSession

from .conftest import PASSWORD, csrf_token, log_in


def post_login(client, email: str, password: str):  # type: ignore[no-untyped-def]
    token = csrf_token(client, "/login")
    return client.post(
        "/login", data={"email": email, "password": password, "csrf_token": token}, follow_redirects=False
    )


def test_login_sets_a_hardened_session_cookie_and_logout_ends_it(client, users, db_session) -> None:  # type: ignore[no-untyped-def]
    response = post_login(client, "Student@Example.org ", PASSWORD)
    assert response.status_code == 303
    cookie = response.headers["set-cookie"]
    assert (
        "omt_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    )
    assert "Secure" not in cookie  # plain http in the test client
    raw = client.cookies.get("omt_session")
    assert raw and db_session.scalar(select(func.count(WebSession.id_hash))) == 1
    # only a hash of the session id is stored
    assert db_session.scalar(select(WebSession.id_hash)) != raw
    assert client.get("/").status_code == 200
    token = csrf_token(client)
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    db_session.expire_all()
    assert db_session.scalar(select(func.count(WebSession.id_hash))) == 0
    # the old cookie no longer works
    client.cookies.set("omt_session", raw)
    assert client.get("/", follow_redirects=False).headers["location"].startswith("/login")


def test_secure_cookie_over_https(app, users) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="https://testserver") as secure_client:
        response = post_login(secure_client, users.student.email, PASSWORD)
        assert response.status_code == 303
        assert "Secure" in response.headers["set-cookie"]


def test_wrong_password_and_unknown_account_get_the_same_answer(client, users) -> None:  # type: ignore[no-untyped-def]
    wrong = post_login(client, users.student.email, "not the password")
    unknown = post_login(client, "nobody@example.org", "not the password")
    assert wrong.status_code == unknown.status_code == 401
    assert "omt_session" not in client.cookies


def test_login_is_throttled_per_account_and_address(client, users, db_session) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        assert post_login(client, users.student.email, "wrong password!").status_code == 401
    # even the right password is refused now, without being checked
    refused = post_login(client, users.student.email, PASSWORD)
    assert refused.status_code == 429
    assert "omt_session" not in client.cookies
    # another account from the same address is not affected
    assert post_login(client, users.trainer.email, PASSWORD).status_code == 303
    assert db_session.scalar(select(func.count(LoginAttempt.id)).where(LoginAttempt.success.is_(False))) >= 5


def test_login_is_throttled_per_address_over_all_accounts(app, client, users) -> None:  # type: ignore[no-untyped-def]
    app.state.settings.login_max_failures_per_address = 4
    for number in range(4):
        assert post_login(client, f"gok{number}@example.org", "wrong password!").status_code == 401
    assert post_login(client, users.admin.email, PASSWORD).status_code == 429


def test_login_form_needs_its_csrf_token(client, users) -> None:  # type: ignore[no-untyped-def]
    client.get("/login")
    response = client.post("/login", data={"email": users.student.email, "password": PASSWORD})
    assert response.status_code == 403


def test_open_redirect_after_login_is_refused(client, users) -> None:  # type: ignore[no-untyped-def]
    token = csrf_token(client, "/login")
    response = client.post(
        "/login",
        data={
            "email": users.student.email,
            "password": PASSWORD,
            "csrf_token": token,
            "next": "//evil.example",
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_first_run_setup_creates_an_admin_once(client, db_session) -> None:  # type: ignore[no-untyped-def]
    assert "/setup" in client.get("/login").text
    token = csrf_token(client, "/setup")
    response = client.post(
        "/setup",
        data={"email": "first@example.org", "name": "Eerste", "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert db_session.scalar(select(User.role).where(User.email == "first@example.org")) == "admin"
    # a second try, even logged out, is refused
    client.cookies.clear()
    token = csrf_token(client, "/login")
    again = client.post(
        "/setup", data={"email": "second@example.org", "password": PASSWORD, "csrf_token": token}
    )
    assert again.status_code == 403
    assert client.get("/setup", follow_redirects=False).status_code == 303


def test_language_switch_is_stored_for_the_user(app, users, db_session) -> None:  # type: ignore[no-untyped-def]
    client = log_in(app, users.student.email)
    assert 'lang="nl"' in client.get("/").text and "Gesprekken" in client.get("/").text
    token = csrf_token(client)
    client.post("/lang", data={"lang": "en", "next": "/", "csrf_token": token})
    page = client.get("/").text
    assert 'lang="en"' in page and "Conversations" in page
    db_session.expire_all()
    assert db_session.get(User, users.student.id).language == "en"
    # and in a new browser after logging in again
    fresh = log_in(app, users.student.email)
    assert 'lang="en"' in fresh.get("/").text


def test_anonymous_language_cookie(client) -> None:  # type: ignore[no-untyped-def]
    token = csrf_token(client, "/login")
    client.post("/lang", data={"lang": "en", "next": "/login", "csrf_token": token})
    assert "Log in" in client.get("/login").text


def test_roles_see_their_navigation(admin_client, trainer_client, student_client) -> None:  # type: ignore[no-untyped-def]
    assert "/admin/users" in admin_client.get("/").text
    assert "/admin/users" not in student_client.get("/").text
    assert student_client.get("/admin/users").status_code == 403
    assert trainer_client.get("/admin/groups").status_code == 403


def test_security_headers(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/login")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
