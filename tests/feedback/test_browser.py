"""The HTML report opened offline in headless Chromium: transcript, chart and measures are visible."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ontmoeting.feedback.analysis import analyse
from ontmoeting.feedback.report_html import render_html

from .builders import load_table

FIXTURES = Path(__file__).parent / "fixtures"


def _colours(png: bytes) -> tuple[int, float]:
    """Distinct colours and the share of non-background pixels in a screenshot."""
    image_module = pytest.importorskip("PIL.Image")
    image = image_module.open(io.BytesIO(png)).convert("RGB")
    counts = image.getcolors(maxcolors=image.width * image.height) or []
    _, background = max(counts)
    inked = sum(
        n for n, colour in counts if sum(abs(a - b) for a, b in zip(colour, background, strict=True)) > 60
    )
    return len(counts), inked / (image.width * image.height)


@pytest.mark.browser
@pytest.mark.parametrize("width", [1200, 390])
def test_report_renders_transcript_chart_and_measures(
    chromium_path: str, chromium_args: list[str], tmp_path: Path, width: int
) -> None:
    from playwright.sync_api import sync_playwright

    report = tmp_path / "report.html"
    report.write_text(
        render_html(analyse(load_table(FIXTURES / "mira-robert-1.table"), "nl")), encoding="utf-8"
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=chromium_args)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            requests: list[str] = []
            page.on("request", lambda request: requests.append(request.url))
            page.goto(report.as_uri())
            page.wait_for_load_state("load")
            chart = page.locator("svg.timeline")
            assert chart.is_visible()
            box = chart.bounding_box()
            assert box is not None and box["width"] > 300 and box["height"] > 100
            colours, inked = _colours(chart.screenshot())
            assert colours > 8 and inked > 0.05, "the chart looks blank"
            transcript = page.locator("#transcript li.turn")
            assert transcript.count() == 30
            assert (
                transcript.first.is_visible()
                and "Waar wil je het vandaag over hebben?" in transcript.first.inner_text()
            )
            assert page.locator(".measure").first.is_visible()
            assert page.locator("#m1").count() == 1
            page.screenshot(path=str(tmp_path / f"report-{width}.png"), full_page=True)
            assert (tmp_path / f"report-{width}.png").stat().st_size > 20_000
            assert all(url.startswith("file:") or url.startswith("data:") for url in requests), requests
            # readable on a phone: nothing wider than the viewport except the scrollable chart
            overflow = page.evaluate("document.documentElement.scrollWidth")
            assert overflow <= width + 1
        finally:
            browser.close()
