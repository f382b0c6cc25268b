"""The client's form on a phone-sized screen in headless Chromium: fill in the sliders with the keyboard,
send, see the thank-you page; the helper's page then shows the scores."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from ontmoeting.relationship import service
from ontmoeting.store.tables import User

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
SCREENSHOTS = Path(os.environ.get("ONTMOETING_SCREENSHOTS", "/tmp/ontmoeting-screenshots"))


@pytest.fixture
def server(app, serve_app):  # type: ignore[no-untyped-def]
    with serve_app(app) as url:
        yield url


def test_client_fills_in_form_on_a_phone(server, factory, people, chromium_path, chromium_args):
    from playwright.sync_api import sync_playwright

    with factory() as db:
        helper = db.get(User, people.helper.id)
        client = service.register_client(db, helper, "R-01", language="nl")
        service.record_scores(db, client, relationship=[9, 9, 10, 9], wellbeing=[4, 5, 4, 4])
        token, _ = service.create_link(db, client)
        client_id = client.id
        db.commit()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=chromium_args, headless=True)
        try:
            phone = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
            page = phone.new_page()
            page.goto(f"{server}/r/{token}")
            assert page.locator("h1").inner_text() == "Hoe was het gesprek?"
            sliders = page.locator("input[type=range]")
            assert sliders.count() == 8
            # Every slider has a label, a value text for screen readers, and lives in a fieldset with a
            # legend.
            for index in range(8):
                slider = sliders.nth(index)
                assert page.locator(f"label[for='{slider.get_attribute('id')}']").count() == 1
                assert re.fullmatch(r"\d+ van 10( \(.+\))?", slider.get_attribute("aria-valuetext") or "")
            assert page.locator("fieldset legend").count() == 2
            page.screenshot(path=str(SCREENSHOTS / "relationship-form-phone.png"), full_page=True)

            # Keyboard only: Tab to each slider, move it with the arrow keys / Home / End.
            moves = {
                "rel-heard": ("End", None),
                "rel-goals": ("ArrowRight", 3),
                "rel-approach": ("ArrowLeft", 1),
                "rel-overall": ("ArrowRight", 4),
                "wb-personal": ("ArrowRight", 2),
                "wb-relationships": ("ArrowRight", 1),
                "wb-social": ("Home", None),
                "wb-overall": ("ArrowRight", 3),
            }
            for slider_id, (key, times) in moves.items():
                page.focus(f"#{slider_id}")
                for _ in range(times or 1):
                    page.keyboard.press(key)
            values = {sid: page.locator(f"#{sid}").input_value() for sid in moves}
            assert values == {
                "rel-heard": "10",
                "rel-goals": "8",
                "rel-approach": "4",
                "rel-overall": "9",
                "wb-personal": "7",
                "wb-relationships": "6",
                "wb-social": "0",
                "wb-overall": "8",
            }
            assert page.locator("#rel-goals-out").inner_text() == "8"  # the live value follows the slider
            assert page.locator("#rel-heard").get_attribute("aria-valuetext") == "10 van 10 (Helemaal wel)"
            page.screenshot(path=str(SCREENSHOTS / "relationship-form-phone-filled.png"), full_page=True)

            page.locator("button[type=submit]").press("Enter")
            page.wait_for_load_state()
            assert page.locator("h1").inner_text() == "Dank je wel"
            page.screenshot(path=str(SCREENSHOTS / "relationship-thanks-phone.png"))

            # The link is dead now: opening it again says so (410), without the form.
            response = page.goto(f"{server}/r/{token}")
            assert response is not None and response.status == 410
            assert page.locator("input[type=range]").count() == 0

            # The helper sees the answers right away.
            with factory() as db:
                from ontmoeting.web.security import digest
                from ontmoeting.web.services.accounts import start_session

                raw = start_session(db, db.get(User, people.helper.id), 1)
                db.commit()
                assert db is not None and digest(raw)
            helper_context = browser.new_context(viewport={"width": 1200, "height": 900})
            host = server.split("//")[1].split(":")[0]
            helper_context.add_cookies([{"name": "omt_session", "value": raw, "domain": host, "path": "/"}])
            helper_page = helper_context.new_page()
            helper_page.goto(f"{server}/relationship/clients/{client_id}")
            rows = helper_page.locator("#rel-sessions tbody tr")
            assert rows.count() == 2
            second = rows.nth(1).inner_text()
            assert "31" in second and "21" in second  # 10+8+4+9 and 7+6+0+8
            assert "Relatie onder de grens" in helper_page.locator("main").inner_text()
            helper_page.screenshot(path=str(SCREENSHOTS / "relationship-client-desktop.png"), full_page=True)
            helper_page.goto(f"{server}/relationship")
            assert "R-01" in helper_page.locator("#rel-clients").inner_text()
            overview_png = SCREENSHOTS / "relationship-overview-desktop.png"
            helper_page.screenshot(path=str(overview_png), full_page=True)
            helper_page.goto(f"{server}/relationship/clients/{client_id}")
            helper_page.get_by_role("button", name="Maak een link voor sessie 3").click()
            assert helper_page.locator("svg.qr").is_visible()
            assert f"{server}/r/" in helper_page.locator("#rel-link").input_value()
            helper_page.screenshot(path=str(SCREENSHOTS / "relationship-link-desktop.png"), full_page=True)
            helper_phone = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True)
            helper_phone.add_cookies([{"name": "omt_session", "value": raw, "domain": host, "path": "/"}])
            phone_page = helper_phone.new_page()
            phone_page.goto(f"{server}/relationship/clients/{client_id}")
            phone_page.screenshot(path=str(SCREENSHOTS / "relationship-client-phone.png"), full_page=True)
        finally:
            browser.close()


def test_the_form_works_without_javascript(server, factory, people, chromium_path, chromium_args):
    from playwright.sync_api import sync_playwright

    with factory() as db:
        client = service.register_client(db, db.get(User, people.helper.id), "NoJS", language="en")
        token, _ = service.create_link(db, client)
        client_id = client.id
        db.commit()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=chromium_args, headless=True)
        try:
            context = browser.new_context(viewport=PHONE, java_script_enabled=False)
            page = context.new_page()
            page.goto(f"{server}/r/{token}")
            assert page.locator("h1").inner_text() == "How was our conversation?"
            assert page.locator("html.no-js").count() == 1  # the script did not run
            page.focus("#rel-heard")
            page.keyboard.press("End")
            page.focus("#wb-social")
            page.keyboard.press("Home")
            page.locator("button[type=submit]").click()
            page.wait_for_load_state()
            assert page.locator("h1").inner_text() == "Thank you"
        finally:
            browser.close()
    with factory() as db:
        path = service.trajectory(db.get(service.RelationshipClient, client_id))
        [session] = path.sessions
        assert session.relationship == {"heard": 10, "goals": 5, "approach": 5, "overall": 5}
        assert session.wellbeing == {"personal": 5, "relationships": 5, "social": 0, "overall": 5}
