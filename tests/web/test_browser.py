"""In headless Chromium: log in, upload a conversation and see its coded transcript and report; on a laptop
and on a phone. Screenshots go to $ONTMOETING_SCREENSHOTS (default: the test's tmp folder)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ontmoeting.store.db import session_scope
from ontmoeting.web.app import create_app
from ontmoeting.web.services import accounts
from ontmoeting.web.settings import Settings

from .conftest import EXAMPLES, PASSWORD

LAPTOP = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def live_server(tmp_path: Path, serve_app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'browser.sqlite3'}"))
    with session_scope(app.state.session_factory) as db:
        accounts.create_user(db, "sam@example.org", "student", name="Sam de Vries", password=PASSWORD)
    with serve_app(app) as url:
        yield url
    app.state.engine.dispose()


@pytest.mark.browser
def test_login_upload_and_see_the_report(browser, live_server: str, shots: Path) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport=LAPTOP)
    page.goto(f"{live_server}/")
    assert "/login" in page.url
    page.screenshot(path=str(shots / "login-laptop.png"), full_page=True)
    page.fill("#email", "sam@example.org")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]:has-text('Inloggen')")
    page.wait_for_url(f"{live_server}/")
    assert page.locator("h1").inner_text().startswith("Hallo")
    page.screenshot(path=str(shots / "home-laptop.png"), full_page=True)

    page.click("a.btn.primary:has-text('Gesprek uploaden')")
    assert page.locator("#pseudonymise").is_checked()
    page.set_input_files("#file", str(EXAMPLES / "mira-robert-1.txt"))
    page.fill("#title", "Robert en zijn vader")
    page.screenshot(path=str(shots / "upload-laptop.png"), full_page=True)
    page.click("button:has-text('Uploaden en analyseren')")
    page.wait_for_url("**/conversations/*", timeout=60_000)
    assert page.locator(".page-head h1").inner_text() == "Robert en zijn vader"
    assert page.locator(".notice").is_visible()
    # the report tab is shown first; the coded transcript is one click away
    report = page.locator("#panel-report")
    assert report.is_visible()
    page.screenshot(path=str(shots / "report-laptop.png"), full_page=True)
    page.click("#tab-transcript")
    assert page.locator("#panel-transcript").is_visible() and not report.is_visible()
    assert page.locator(".turn").count() > 20
    assert page.locator(".turn .code").count() > 10
    assert "Misschien moet je eens met je vader gaan praten" in page.locator("#panel-transcript").inner_text()
    page.screenshot(path=str(shots / "transcript-laptop.png"), full_page=True)

    # switch to English
    page.click(".langswitch button[value=en]")
    assert page.locator(".tabs a").first.inner_text() == "Feedback"
    assert "Conversations" in page.locator("nav").inner_text()

    phone = browser.new_page(viewport=PHONE, storage_state=page.context.storage_state())
    phone.goto(page.url.split("#")[0])
    phone.screenshot(path=str(shots / "report-phone.png"), full_page=True)
    # on a phone the menu is behind a button
    assert not phone.locator("#mainnav").is_visible()
    phone.click("[data-toggle-nav]")
    assert phone.locator("#mainnav").is_visible()
    phone.screenshot(path=str(shots / "menu-phone.png"))
    phone.goto(f"{live_server}/conversations")
    phone.screenshot(path=str(shots / "list-phone.png"), full_page=True)
    # no horizontal scrolling on the phone
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
