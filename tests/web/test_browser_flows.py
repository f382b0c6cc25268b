"""Browser flows in headless Chromium (Debian's chromium, driven by Playwright): practise three turns with
Robert and see the coach; a trainer reviews a conversation and sees the agreement change; growth pages fit a
phone. Screenshots at laptop and phone size go to $ONTMOETING_SCREENSHOTS (else the test's tmp folder)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ontmoeting.store.convert import to_record
from ontmoeting.store.db import session_scope

from .conftest import PASSWORD
from .test_growth import HISTORY, KEYS
from .test_review import coded

pytestmark = pytest.mark.browser

LAPTOP = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def live_server(app, serve_app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The app served on 127.0.0.1 for the length of one test."""
    with serve_app(app) as url:
        yield url


def logged_in_page(browser, base: str, email: str, viewport: dict[str, int] = LAPTOP):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport=viewport, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(15000)
    page.goto(f"{base}/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit].wide")
    page.wait_for_url(f"{base}/")
    return page


def snap(page, path: Path, full_page: bool = True) -> None:  # type: ignore[no-untyped-def]
    page.evaluate("window.scrollTo(0, 0)")  # the sticky top bar stays at the top of a full-page picture
    page.screenshot(path=str(path), full_page=full_page)


def fits_the_width(page) -> bool:  # type: ignore[no-untyped-def]
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_practise_three_turns_with_robert(browser, live_server, users, shots) -> None:  # type: ignore[no-untyped-def]
    page = logged_in_page(browser, live_server, users.student.email)
    page.goto(f"{live_server}/practice")
    snap(page, shots / "practice-choose-laptop.png", True)
    page.click("form.persona-start:has(input[value=robert]) button[type=submit]")
    page.wait_for_selector("[data-practice-live]")
    page.evaluate("window.__sameDocument = true")  # survives only if the chat never reloads the page
    turns = ["Wat brengt je hier vandaag?", "Je mist je vader.", "Wat betekent dat contact voor je?"]
    for number, words in enumerate(turns, start=1):
        page.fill("textarea[name=text]", words)
        page.keyboard.press("Enter")
        page.wait_for_selector(f"#exchange-{number} .coach-note")
    notes = page.locator(".exchange .coach-note:not(.empty-note)")
    assert notes.count() == 3
    assert all(len(notes.nth(i).inner_text()) > 20 for i in range(3))
    assert page.locator(".msg-helper").count() == 3 and page.locator(".msg-client").count() == 4
    assert page.evaluate("window.__sameDocument") is True
    page.click("form[action$='/hint'] button")
    page.wait_for_selector(".pr-hint")
    snap(page, shots / "practice-chat-laptop.png", True)
    page.set_viewport_size(PHONE)
    assert fits_the_width(page)
    snap(page, shots / "practice-chat-phone.png", True)
    page.set_viewport_size(LAPTOP)
    page.click("form[action$='/finish'] button")
    page.wait_for_url("**/conversations/*")
    assert page.locator(".page-head h1").inner_text().startswith("Oefengesprek met Robert")


def test_a_trainer_corrects_a_code_and_sees_the_agreement_change(
    browser, live_server, app, users, shots
) -> None:  # type: ignore[no-untyped-def]
    with session_scope(app.state.session_factory) as db:
        record = to_record(coded("Mira en Robert"), owner_id=users.student.id)
        db.add(record)
        db.flush()
        conversation_id = record.id
    page = logged_in_page(browser, live_server, users.trainer.email)
    page.goto(f"{live_server}/review")
    page.click(f"a[href='/review/conversations/{conversation_id}'] >> nth=0")
    page.click("form[action$='/confirm-rest'] button")
    page.wait_for_selector(".notice")
    kappa = page.locator("[data-group=behaviour] .kappa-value")
    before = kappa.get_attribute("data-kappa")
    assert before and float(before) == pytest.approx(1.0)
    page.select_option("#code-2", "complex_reflection")
    page.click("#turn-2 form.correct-form button")
    page.wait_for_selector("#turn-2 .chip.human.differs")
    after = page.locator("[data-group=behaviour] .kappa-value").get_attribute("data-kappa")
    assert after and float(after) < float(before)
    page.click(".confusions summary")
    snap(page, shots / "review-laptop.png", True)
    page.set_viewport_size(PHONE)
    assert fits_the_width(page)
    snap(page, shots / "review-phone.png", True)


def test_growth_pages_on_a_laptop_and_a_phone(browser, live_server, app, users, shots) -> None:  # type: ignore[no-untyped-def]
    from ontmoeting.store.tables import AnalysisRecord, ConversationRecord

    with session_scope(app.state.session_factory) as db:
        for number, values in enumerate(HISTORY):
            record = ConversationRecord(
                owner_id=users.student.id, title=f"Gesprek {number + 1}", language="nl"
            )
            db.add(record)
            db.flush()
            db.add(
                AnalysisRecord(
                    conversation_id=record.id,
                    language="nl",
                    analysis_json="{}",
                    **dict(zip(KEYS, values, strict=True)),
                )
            )
    page = logged_in_page(browser, live_server, users.trainer.email)
    page.goto(f"{live_server}/growth/groups/{users.group_id}")
    assert page.locator(".trend.better").count() == 5
    snap(page, shots / "growth-group-laptop.png", True)
    page.goto(f"{live_server}/growth/students/{users.student.id}")
    assert page.locator("svg.growth").count() == 5
    snap(page, shots / "growth-student-laptop.png", True)
    for path, name in (
        (f"/growth/students/{users.student.id}", "growth-student-phone.png"),
        (f"/growth/groups/{users.group_id}", "growth-group-phone.png"),
    ):
        page.set_viewport_size(PHONE)
        page.goto(live_server + path)
        assert fits_the_width(page), path
        snap(page, shots / name, True)
