"""A student uploads a recording in headless Chromium: the progress page refreshes itself (no JavaScript
needed) until the draft is ready, the correction step shows every turn with its player, the student swaps
the speakers and fixes a word, and confirming gives an analysed conversation. A real transcription of the
bundled recording, in the server's worker thread, as in use."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .test_browser_flows import LAPTOP, PHONE, fits_the_width, logged_in_page, snap

pytestmark = pytest.mark.browser

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "recordings" / "mira-robert.ogg"


@pytest.fixture
def live_server(app, serve_app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    with serve_app(app) as url:
        yield url


def test_a_recording_becomes_a_corrected_analysed_conversation(browser, live_server, users, shots) -> None:  # type: ignore[no-untyped-def]
    page = logged_in_page(browser, live_server, users.student.email)
    page.goto(f"{live_server}/conversations/upload")
    page.set_input_files("input[type=file]", str(EXAMPLE))
    page.click("form[action='/conversations/upload'] button[type=submit]")
    page.wait_for_url("**/recordings/*")
    refreshing = page.locator("meta[http-equiv=refresh]").count() == 1
    assert refreshing or page.locator("form.recording-form").count() == 1  # or already done
    page.wait_for_selector("form.recording-form", timeout=120_000)  # the page refreshes itself until ready
    snap(page, shots / "recording-draft-laptop.png", True)

    turns = page.locator("ol.recording-turns > li")
    assert turns.count() >= 8
    assert page.locator("ol.recording-turns audio").count() == turns.count()
    first_src = page.locator("ol.recording-turns audio").first.get_attribute("src") or ""
    assert "#t=" in first_src
    status = page.evaluate(
        "async (src) => (await fetch(src.split('#')[0], {headers: {Range: 'bytes=0-99'}})).status", first_src
    )
    assert status == 206
    roles = [page.locator(f"#role-{i}").input_value() for i in range(turns.count())]
    assert roles[0] == "helper" and "client" in roles

    page.fill("#text-0", "Fijn dat je er bent, vertel maar.")
    page.click(".recording-toolbar button[value=swap] >> nth=0")
    page.wait_for_selector("form.recording-form")
    swapped = [page.locator(f"#role-{i}").input_value() for i in range(turns.count())]
    assert swapped == ["client" if r == "helper" else "helper" for r in roles]
    assert page.locator("#text-0").input_value() == "Fijn dat je er bent, vertel maar."
    page.click(".recording-toolbar button[value=swap] >> nth=0")  # and back
    page.wait_for_selector("form.recording-form")

    page.set_viewport_size(PHONE)
    assert fits_the_width(page)
    snap(page, shots / "recording-draft-phone.png", True)
    page.set_viewport_size(LAPTOP)

    # pseudonymising loads deduce (about 10 s the first time) before coding and analysing
    page.click(".recording-toolbar button[formaction$='/analyse'] >> nth=0", timeout=180_000)
    page.wait_for_url("**/conversations/*", timeout=180_000)
    body = page.locator("main").inner_text()
    assert "Fijn dat je er bent, vertel maar." in body
    assert "Touwtrekken" in body or "Oplossingsdrang" in body
    snap(page, shots / "recording-conversation-laptop.png", True)
