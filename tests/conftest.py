"""Shared test fixtures and the skip rules for tests that need something outside the repository."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED_DATA = Path(os.environ.get("ONTMOETING_SHARED_DATA", ROOT.parent / "shared" / "data"))
CHROMIUM = os.environ.get("ONTMOETING_CHROMIUM", "/usr/bin/chromium")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip_shared = pytest.mark.skip(
        reason=f"AnnoMI data not found at {SHARED_DATA} (only training/evaluation tests need it; "
        "set ONTMOETING_SHARED_DATA to its folder)"
    )
    has_chromium = Path(CHROMIUM).exists() or shutil.which("chromium") is not None
    try:
        import playwright  # noqa: F401

        has_playwright = True
    except ImportError:
        has_playwright = False
    skip_browser = pytest.mark.skip(
        reason="headless Chromium not available: install Debian's 'chromium' package and the 'playwright' "
        "Python package (.ci/run does both)"
    )
    skip_postgres = pytest.mark.skip(
        reason="ONTMOETING_TEST_DATABASE_URL is not set (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)"
    )
    for item in items:
        if "shared_data" in item.keywords and not (SHARED_DATA / "annomi").is_dir():
            item.add_marker(skip_shared)
        if "browser" in item.keywords and not (has_chromium and has_playwright):
            item.add_marker(skip_browser)
        if "postgres" in item.keywords and not os.environ.get("ONTMOETING_TEST_DATABASE_URL"):
            item.add_marker(skip_postgres)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def shared_data_dir() -> Path:
    return SHARED_DATA


@pytest.fixture(scope="session")
def chromium_path() -> str:
    return CHROMIUM if Path(CHROMIUM).exists() else (shutil.which("chromium") or CHROMIUM)


#: The databases the store-backed suites run on: SQLite always, PostgreSQL too when
#: ONTMOETING_TEST_DATABASE_URL is set (as .ci/run does), so CI runs both.
DATABASE_BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@contextmanager
def _throwaway_database(backend: str, folder: Path, prefix: str) -> Iterator[str]:
    """A freshly migrated database: a SQLite file in ``folder``, or a new schema in the PostgreSQL database of
    ONTMOETING_TEST_DATABASE_URL, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from ontmoeting.store.migrate import upgrade

    if backend == "sqlite":
        url = f"sqlite:///{folder / 'test.sqlite3'}"
        upgrade(url)
        yield url
        return
    base = os.environ["ONTMOETING_TEST_DATABASE_URL"]
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        rendered = url.render_as_string(hide_password=False)
        upgrade(rendered)
        yield rendered
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="session")
def throwaway_database():  # type: ignore[no-untyped-def]
    """``throwaway_database(backend, folder, prefix)``: a context manager giving a migrated database URL."""
    return _throwaway_database


# --- headless Chromium and a live server, for the browser tests of every layer ---------------------------

#: Debian's Chromium as root, headless, without the background traffic that a closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def chromium_args() -> list[str]:
    return list(CHROMIUM_ARGS)


@pytest.fixture
def browser(chromium_path: str):  # type: ignore[no-untyped-def]
    """A headless Chromium driven by Playwright, closed after the test."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium_path, args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


@contextmanager
def _served(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """``app`` served by uvicorn on 127.0.0.1 (a free port) in a thread; yields its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline, "the live server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def serve_app():  # type: ignore[no-untyped-def]
    """``with serve_app(app) as url:`` the app on a live server for the length of the block."""
    return _served


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where browser tests put their screenshots: $ONTMOETING_SCREENSHOTS, else the test's tmp folder."""
    folder = Path(os.environ.get("ONTMOETING_SCREENSHOTS", tmp_path / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
