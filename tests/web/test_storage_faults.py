"""Storage faults in the werkplaats: when the database fails while serving, a 503 page (JSON for /api) with
the coded reason instead of a traceback; at start, impossible paths are coded errors too. The reason names
files and servers, so admins see it in full, everyone else the code with a general sentence.

Each test has its own SQLite file (the shared test database must stay writable). The tests may run as root,
where chmod does not stop writing: the read-only case is real because a file that is not writable by its
permission bits is opened with SQLite's read-only mode.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ontmoeting.store.db import session_scope
from ontmoeting.store.faults import StorageError, explain
from ontmoeting.store.migrate import upgrade
from ontmoeting.store.tables import WebSession
from ontmoeting.web.app import create_app
from ontmoeting.web.services import accounts
from ontmoeting.web.settings import Settings

from .conftest import PASSWORD, csrf_token, log_in


@dataclass
class Served:
    app: FastAPI
    path: Path
    token: str  # a student's API token
    admin_token: str

    def fail_from_now_on(self) -> None:
        """Close the pooled connections: the next request connects anew and meets the changed file."""
        self.app.state.engine.dispose()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    path = tmp_path / "data" / "werkplaats.sqlite3"
    url = f"sqlite:///{path}"
    upgrade(url)
    app = create_app(Settings(database_url=url, create_empty_database=False))
    with session_scope(app.state.session_factory) as db:
        user = accounts.create_user(db, "mira@example.org", "student", name="Mira", password=PASSWORD)
        admin = accounts.create_user(db, "ada@example.org", "admin", name="Ada", password=PASSWORD)
        _, token = accounts.create_token(db, user, "tests")
        _, admin_token = accounts.create_token(db, admin, "tests")
    yield Served(app, path, token, admin_token)
    app.state.engine.dispose()
    for each in (path.parent, path):
        if each.exists():
            each.chmod(0o755 if each.is_dir() else 0o644)


def served_api(client: TestClient, token: str):  # type: ignore[no-untyped-def]
    return client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})


def assert_503_page(response, code: str, *phrases: str) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == 503, response.text
    assert "text/html" in response.headers["content-type"]
    assert f"[{code}]" in response.text and "Traceback" not in response.text
    for phrase in phrases:
        assert phrase in response.text, phrase


def assert_503_json(response, code: str) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == 503, response.text
    error = response.json()["error"]
    assert error["status"] == 503 and error["code"] == code
    return error


def test_a_database_made_read_only_while_serving(served: Served, caplog: pytest.LogCaptureFixture) -> None:
    admin = log_in(served.app, "ada@example.org")
    with TestClient(served.app) as browser, admin:
        anonymous_csrf = csrf_token(browser, "/login")
        admin_csrf = csrf_token(admin, "/account")
        served.path.chmod(0o444)
        served.fail_from_now_on()
        assert browser.get("/login").status_code == 200  # reading still works
        login = {"email": "mira@example.org", "password": PASSWORD, "csrf_token": anonymous_csrf}
        response = browser.post("/login", data=login, follow_redirects=False)
        assert_503_page(response, "E565", "De werkplaats kan haar database nu niet gebruiken", "niet aan jou")
        assert str(served.path) not in response.text  # no file names for anonymous visitors

        assert_503_page(  # an admin gets the whole reason, with the file
            admin.post("/logout", data={"csrf_token": admin_csrf}, follow_redirects=False),
            "E565",
            "alleen-lezen",
            str(served.path),
        )
        error = assert_503_json(served_api(browser, served.admin_token), "E565")
        assert str(served.path) in error["message"] and "read-only" not in error["message"]  # Dutch
        error = assert_503_json(served_api(browser, served.token), "E565")
        assert str(served.path) not in error["message"]

        browser.cookies.set("omt_lang", "en")
        english = browser.post("/login", data=login, follow_redirects=False)
        assert_503_page(english, "E565", "The werkplaats cannot use its database", "not your doing")
    assert "read-only" in caplog.text and str(served.path) in caplog.text  # the reason is in the log
    served.path.chmod(0o644)
    with session_scope(served.app.state.session_factory) as db:  # and nothing was written
        assert accounts.count_users(db) == 2
        assert admin_csrf == db.scalars(select(WebSession.csrf_token)).one()  # still logged in


def test_a_database_file_replaced_while_serving(served: Served) -> None:
    with TestClient(served.app) as client:
        served.fail_from_now_on()
        for sidecar in ("-wal", "-shm"):
            Path(f"{served.path}{sidecar}").unlink(missing_ok=True)
        served.path.write_bytes(b"Dit is geen database meer.\n" * 100)
        assert_503_json(served_api(client, served.token), "E566")
        assert_503_json(served_api(client, served.admin_token), "E566")  # who asks cannot be read either
        assert_503_page(client.get("/login"), "E566", "De werkplaats kan haar database nu niet gebruiken")


def test_the_database_folder_removed_while_serving(served: Served) -> None:
    with TestClient(served.app) as client:
        served.fail_from_now_on()
        shutil.rmtree(served.path.parent)
        assert_503_page(client.get("/login"), "E561")
        assert_503_json(served_api(client, served.token), "E561")
        # The admin's token cannot be looked up either: who asks is unknown, so the code alone.
        assert (
            str(served.path.parent)
            not in assert_503_json(served_api(client, served.admin_token), "E561")["message"]
        )


def test_impossible_paths_at_start_are_coded_errors(tmp_path: Path) -> None:
    notes = tmp_path / "notities.txt"
    notes.write_text("geen map\n", encoding="utf-8")
    report = tmp_path / "verslag.sqlite3"
    report.write_text("Dit is een verslag.\n" * 20, encoding="utf-8")
    for url, code in (
        (f"sqlite:///{notes / 'werkplaats.sqlite3'}", "E562"),
        (f"sqlite:///{report}", "E566"),
        (f"sqlite:///{tmp_path}", "E563"),
    ):
        with pytest.raises(StorageError) as refused:
            create_app(Settings(database_url=url))
        assert refused.value.code == code, refused.value.render("en")
    assert notes.read_text(encoding="utf-8") == "geen map\n"


def test_a_new_read_only_file_cannot_get_its_tables(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.sqlite3"
    empty.touch()  # an empty file is an empty SQLite database: the app would create the schema in it
    empty.chmod(0o444)
    try:
        with pytest.raises(StorageError) as refused:
            create_app(Settings(database_url=f"sqlite:///{empty}"))
        assert refused.value.code == "E565"
        assert empty.stat().st_size == 0
    finally:
        empty.chmod(0o644)


def test_other_database_errors_are_not_called_storage_faults(tmp_path: Path) -> None:
    # An IntegrityError is a bug or a race, not a storage fault: it keeps its own handling (a 500).
    error = IntegrityError("INSERT ...", {}, Exception("UNIQUE constraint failed: users.email"))
    assert explain(error, f"sqlite:///{tmp_path / 'x.sqlite3'}") is None
    assert explain(ValueError("no"), f"sqlite:///{tmp_path / 'x.sqlite3'}") is None
