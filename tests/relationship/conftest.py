"""Fixtures for relatiefeedback: a migrated throwaway SQLite database, users in a group, and the web app with
logged-in test clients (sessions are made directly, so no password hashing slows the tests)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from ontmoeting.relationship.instrument import get_instrument
from ontmoeting.store.db import make_engine, session_factory
from ontmoeting.store.tables import Group, GroupMember, User, WebSession
from ontmoeting.web.deps import SESSION_COOKIE


@pytest.fixture(scope="session")
def relationship_instrument():
    return get_instrument("ontmoeting-relatie")


@pytest.fixture(scope="session")
def wellbeing_instrument():
    return get_instrument("ontmoeting-welzijn")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, throwaway_database) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A migrated database: a SQLite file, and a fresh PostgreSQL schema when ONTMOETING_TEST_DATABASE_URL is
    set (as CI does), dropped afterwards."""
    with throwaway_database(request.param, tmp_path, "omt_rel") as url:
        yield url


@pytest.fixture
def factory(db_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(db_url)
    yield session_factory(engine)
    engine.dispose()


@dataclass
class People:
    helper: User  # a student with a trainer
    other: User  # another student, not in the trainer's group
    trainer: User
    admin: User


@pytest.fixture
def people(factory: sessionmaker[Session]) -> People:
    with factory() as db:
        helper = User(email="mira@example.org", name="Mira", role="student")
        other = User(email="sam@example.org", name="Sam", role="student")
        trainer = User(email="tess@example.org", name="Tess", role="trainer")
        admin = User(email="admin@example.org", name="Admin", role="admin")
        db.add_all([helper, other, trainer, admin])
        db.flush()
        group = Group(name="Cohort 1", trainer_id=trainer.id)
        db.add(group)
        db.flush()
        db.add(GroupMember(group_id=group.id, user_id=helper.id))
        db.commit()
        return People(helper, other, trainer, admin)


@pytest.fixture
def app(db_url: str):
    from ontmoeting.web.app import create_app
    from ontmoeting.web.settings import Settings

    application = create_app(Settings(database_url=db_url, secure_cookies="never"))
    yield application
    application.state.engine.dispose()


@pytest.fixture
def client_for(app, factory: sessionmaker[Session]) -> Callable[[User | None], object]:
    """A TestClient logged in as ``user`` (None: anonymous); ``client.csrf`` holds the session's CSRF
    token."""
    from fastapi.testclient import TestClient

    from ontmoeting.web.services.accounts import start_session

    made: list[TestClient] = []

    def make(user: User | None):
        client = TestClient(app, base_url="http://testserver")
        client.csrf = None  # type: ignore[attr-defined]
        if user is not None:
            with factory() as db:
                raw = start_session(db, db.get(User, user.id), 1)
                db.commit()
                from ontmoeting.web.security import digest

                client.csrf = db.get(WebSession, digest(raw)).csrf_token  # type: ignore[attr-defined]
            client.cookies.set(SESSION_COOKIE, raw)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()
