"""Shared test fixtures and the skip rules for tests that need something outside the repository."""

from __future__ import annotations

import os
import shutil
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
