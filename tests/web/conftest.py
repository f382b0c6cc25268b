"""Fixtures for the werkplaats tests, meant to be reused by every web area (practice, review, relationship).

- ``database_url``: a throwaway SQLite file, and, when ONTMOETING_TEST_DATABASE_URL is set, also a fresh
  PostgreSQL schema (dropped at the end): every test runs on both; migrated once per session with the real
  Alembic migrations;
- ``app``: the app on that database; every test starts with empty tables;
- ``users``: one account per role plus a second student, a group owned by the trainer with the first student;
- ``client`` (anonymous), ``login(user)`` -> a logged-in TestClient, ``admin_client``, ``trainer_client``,
  ``student_client``, ``other_client``; ``csrf(client)`` -> the session's CSRF token;
- ``make_conversation(owner)``: a stored conversation without running the coder (fast).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from ontmoeting.store.db import make_engine, session_factory, session_scope
from ontmoeting.store.tables import Base, ConversationRecord, User
from ontmoeting.transcript.model import Conversation, Role, Turn
from ontmoeting.web import security
from ontmoeting.web.app import create_app
from ontmoeting.web.services import accounts, groups
from ontmoeting.web.settings import Settings

PASSWORD = "een lang wachtwoord"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashing() -> Iterator[None]:
    # argon2 with small parameters: the same code path, a fraction of the time per login.
    security.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield
    security.use_hasher(PasswordHasher())


@pytest.fixture(scope="session", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path_factory, throwaway_database) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A migrated, empty database for this test session: SQLite, and PostgreSQL when configured."""
    with throwaway_database(request.param, tmp_path_factory.mktemp("werkplaats"), "omt_test") as url:
        yield url


def empty_all_tables(url: str) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(table.delete())
    finally:
        engine.dispose()


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, create_empty_database=False)


@pytest.fixture
def app(settings: Settings, database_url: str):  # type: ignore[no-untyped-def]
    empty_all_tables(database_url)
    application = create_app(settings)
    yield application
    application.state.engine.dispose()


@pytest.fixture
def db_session(app):  # type: ignore[no-untyped-def]
    """A session on the app's database for arranging and checking rows (commit yourself)."""
    session = app.state.session_factory()
    yield session
    session.close()


@dataclass
class Accounts:
    admin: User
    trainer: User
    student: User
    other: User  # a student in no group of the trainer
    other_trainer: User
    group_id: int


@pytest.fixture
def users(app) -> Accounts:  # type: ignore[no-untyped-def]
    with session_scope(app.state.session_factory) as db:
        admin = accounts.create_user(db, "admin@example.org", "admin", name="Ada Admin", password=PASSWORD)
        trainer = accounts.create_user(
            db, "trainer@example.org", "trainer", name="Tess Trainer", password=PASSWORD
        )
        other_trainer = accounts.create_user(
            db, "trainer2@example.org", "trainer", name="Tom", password=PASSWORD
        )
        student = accounts.create_user(
            db, "student@example.org", "student", name="Sam Student", password=PASSWORD
        )
        other = accounts.create_user(db, "other@example.org", "student", name="Olga Other", password=PASSWORD)
        group = groups.create_group(db, "Cohort 2026", trainer.id)
        groups.add_member(db, group, student.id)
        other_group = groups.create_group(db, "Cohort B", other_trainer.id)
        groups.add_member(db, other_group, other.id)
        found = Accounts(admin, trainer, student, other, other_trainer, group.id)
    return found


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(app) as anonymous:
        yield anonymous


CSRF_INPUT = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_token(client: TestClient, path: str = "/account") -> str:
    """The CSRF token of the client's session (or the anonymous one), read from a page's form."""
    page = client.get(path)
    found = CSRF_INPUT.search(page.text)
    assert found, f"no CSRF field on {path}"
    return found.group(1)


@pytest.fixture
def csrf() -> Callable[..., str]:
    return csrf_token


def log_in(app, email: str, password: str = PASSWORD) -> TestClient:  # type: ignore[no-untyped-def]
    logged_in = TestClient(app)
    token = csrf_token(logged_in, "/login")
    response = logged_in.post(
        "/login", data={"email": email, "password": password, "csrf_token": token}, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    return logged_in


@pytest.fixture
def login(app) -> Callable[[User], TestClient]:  # type: ignore[no-untyped-def]
    opened: list[TestClient] = []

    def open_for(user: User) -> TestClient:
        logged_in = log_in(app, user.email)
        opened.append(logged_in)
        return logged_in

    yield open_for
    for each in opened:
        each.close()


@pytest.fixture
def admin_client(login, users):  # type: ignore[no-untyped-def]
    return login(users.admin)


@pytest.fixture
def trainer_client(login, users):  # type: ignore[no-untyped-def]
    return login(users.trainer)


@pytest.fixture
def student_client(login, users):  # type: ignore[no-untyped-def]
    return login(users.student)


@pytest.fixture
def other_client(login, users):  # type: ignore[no-untyped-def]
    return login(users.other)


def sample_conversation(text_of_first_turn: str = "Hoe gaat het met je?") -> Conversation:
    lines = [
        (Role.HELPER, "Hulpverlener", text_of_first_turn),
        (Role.CLIENT, "Cliënt", "Niet zo goed. Ik mis mijn vader."),
        (Role.HELPER, "Hulpverlener", "Je mist hem."),
        (Role.CLIENT, "Cliënt", "Ja, heel erg."),
    ]
    turns = [
        Turn(index=i, role=role, speaker=speaker, text=words)
        for i, (role, speaker, words) in enumerate(lines)
    ]
    return Conversation(id="sample", language="nl", turns=turns)


@pytest.fixture
def make_conversation(app) -> Callable[..., int]:  # type: ignore[no-untyped-def]
    """Store a small conversation for ``owner`` directly (no upload, no coder); returns its id."""
    from ontmoeting.store.convert import to_record

    def make(owner: User, title: str = "Oefengesprek", first_turn: str = "Hoe gaat het met je?") -> int:
        with session_scope(app.state.session_factory) as db:
            record: ConversationRecord = to_record(sample_conversation(first_turn), owner_id=owner.id)
            record.title = title
            db.add(record)
            db.flush()
            return record.id

    return make


@pytest.fixture(scope="session")
def example_transcript() -> bytes:
    return (EXAMPLES / "mira-robert-1.txt").read_bytes()


__all__ = ["PASSWORD", "Accounts", "csrf_token", "log_in", "sample_conversation", "session_factory"]
