"""Growth: a student's measures over time as charts against the competence bands, a group's overview with
trends, the JSON API, and who may see whose growth."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from ontmoeting.feedback.bands import BANDS
from ontmoeting.store.db import session_scope
from ontmoeting.store.tables import AnalysisRecord, ConversationRecord, User
from ontmoeting.web.services import accounts, growth

from .conftest import csrf_token

#: Three conversations of a student who grows: (ratio, % complex, % open, premature solutions, depth).
HISTORY = [(0.5, 20.0, 40.0, 3, 1), (1.2, 35.0, 55.0, 2, 2), (2.4, 55.0, 75.0, 0, 3)]
KEYS = (
    "reflection_question_ratio",
    "complex_reflection_pct",
    "open_question_pct",
    "premature_solutions",
    "depth_reached",
)


@pytest.fixture
def analysed(app) -> Callable[..., list[int]]:  # type: ignore[no-untyped-def]
    """Store conversations with cached analysis figures for ``owner`` (oldest first)."""

    def make(owner: User, history=HISTORY) -> list[int]:  # type: ignore[no-untyped-def]
        ids = []
        start = datetime(2026, 9, 1, tzinfo=UTC)
        with session_scope(app.state.session_factory) as db:
            for number, values in enumerate(history):
                record = ConversationRecord(
                    owner_id=owner.id,
                    title=f"Gesprek {number + 1}",
                    language="nl",
                    created_at=start + timedelta(days=7 * number),
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
                ids.append(record.id)
        return ids

    return make


def test_trend_compares_the_latest_with_the_ones_before() -> None:
    ratio = growth.SPEC["reflection_question_ratio"]
    rising = growth.trend(ratio, [1.0, 1.2, 2.0])
    assert rising.direction == "up" and rising.quality == "better" and rising.change == pytest.approx(0.9)
    premature = growth.SPEC["premature_solutions"]
    fewer = growth.trend(premature, [3, 2, 0])
    assert fewer.direction == "down" and fewer.quality == "better"  # fewer premature solutions is better
    assert growth.trend(ratio, [1.0, 1.02]).direction == "flat"
    assert growth.trend(ratio, [None, 1.0]) is None  # one value: no trend
    # only the last three before the latest count
    assert growth.trend(ratio, [9.0, 1.0, 1.0, 1.0, 1.0]).direction == "flat"


def test_chart_geometry_follows_the_values_and_the_bands() -> None:
    points = [
        growth.Point(
            i, f"G{i}", datetime(2026, 9, i + 1, tzinfo=UTC), "upload", dict(zip(KEYS, values, strict=True))
        )
        for i, values in enumerate(HISTORY)
    ]
    chart = growth.chart(growth.SPEC["reflection_question_ratio"], points, ["f", "g", "v", "b"])
    ys = [y for _, y, _, _ in chart.dots]
    assert ys == sorted(ys, reverse=True)  # rising values are drawn higher (smaller y)
    assert [band for *_, band in chart.bands] == ["below_fair", "fair", "good"]
    fair_top = chart.bands[0][0]  # the top of the 'below fair' zone is the 'fair' threshold
    assert fair_top == pytest.approx(growth._y(BANDS["reflection_question_ratio"].fair, chart.top))
    assert (
        chart.latest == "2.40"
        and growth.chart(growth.SPEC["reflection_question_ratio"], points, ["f", "g", "v", "b"], "nl").latest
        == "2,40"
    )
    assert chart.latest_band == "good" and chart.trend.quality == "better"
    assert growth.chart(growth.SPEC["premature_solutions"], points, ["f", "g", "v", "b"]).bands == []


def test_a_student_sees_their_own_growth(student_client, users, analysed) -> None:  # type: ignore[no-untyped-def]
    analysed(users.student)
    redirect = student_client.get("/growth", follow_redirects=False)
    assert (
        redirect.status_code == 303 and redirect.headers["location"] == f"/growth/students/{users.student.id}"
    )
    page = student_client.get(f"/growth/students/{users.student.id}")
    assert page.status_code == 200
    assert page.text.count('<svg class="growth"') == 5
    charts = re.findall(r'data-measure="(\w+)"', page.text)
    assert charts == list(KEYS)
    assert page.text.count('<circle class="dot') == 5 * len(HISTORY)
    assert "2,40" in page.text and "75%" in page.text and "Gesprek 3" in page.text


def test_an_empty_history_gets_a_friendly_page(student_client, users) -> None:  # type: ignore[no-untyped-def]
    page = student_client.get(f"/growth/students/{users.student.id}")
    assert (
        page.status_code == 200 and '<svg class="growth"' not in page.text and 'href="/practice"' in page.text
    )


def test_who_may_see_whose_growth(login, users, analysed) -> None:  # type: ignore[no-untyped-def]
    analysed(users.student)
    other, trainer, other_trainer, admin = (
        login(u) for u in (users.other, users.trainer, users.other_trainer, users.admin)
    )
    student_page = f"/growth/students/{users.student.id}"
    group_page = f"/growth/groups/{users.group_id}"
    assert other.get(student_page).status_code == 404
    assert other.get(group_page).status_code == 404
    assert other_trainer.get(student_page).status_code == 404
    assert other_trainer.get(group_page).status_code == 404
    assert login(users.student).get(group_page).status_code == 404
    for allowed in (trainer, admin):
        assert allowed.get(student_page).status_code == 200
        assert allowed.get(group_page).status_code == 200
    assert "Cohort 2026" in trainer.get("/growth").text
    assert "Cohort B" not in trainer.get("/growth").text


def test_the_group_overview_shows_latest_figures_and_trends(trainer_client, users, analysed) -> None:  # type: ignore[no-untyped-def]
    analysed(users.student)
    page = trainer_client.get(f"/growth/groups/{users.group_id}")
    assert page.status_code == 200
    row = re.search(rf'<tr data-student="{users.student.id}">(.*?)</tr>', page.text, re.S).group(1)
    assert "Sam Student" in row and "2,40" in row and "55%" in row
    assert row.count('class="trend better"') == 5  # every measure improved
    assert "↑" in row and "↓" in row  # premature solutions went down, which is better


def test_the_growth_api(client, app, users, analysed) -> None:  # type: ignore[no-untyped-def]
    analysed(users.student)
    with session_scope(app.state.session_factory) as db:
        _, trainer_token = accounts.create_token(db, db.get(User, users.trainer.id), "t")
        _, other_token = accounts.create_token(db, db.get(User, users.other.id), "o")
    trainer = {"Authorization": f"Bearer {trainer_token}"}
    found = client.get(f"/api/v1/growth/students/{users.student.id}", headers=trainer)
    assert found.status_code == 200
    body = found.json()
    assert body["conversations"] == 3
    measures = {m["key"]: m for m in body["measures"]}
    ratio = measures["reflection_question_ratio"]
    assert [p["value"] for p in ratio["points"]] == [0.5, 1.2, 2.4]
    assert ratio["band"] == "good" and ratio["fair"] == BANDS["reflection_question_ratio"].fair
    assert measures["premature_solutions"]["trend"]["quality"] == "better"
    assert measures["premature_solutions"]["fair"] is None
    group = client.get(f"/api/v1/growth/groups/{users.group_id}", headers=trainer).json()
    assert group["students"][0]["latest"]["open_question_pct"] == 75.0
    other = {"Authorization": f"Bearer {other_token}"}
    assert client.get(f"/api/v1/growth/students/{users.student.id}", headers=other).status_code == 404
    assert client.get(f"/api/v1/growth/groups/{users.group_id}", headers=other).status_code == 404
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/v1/growth/students/{user_id}" in paths and "/api/v1/growth/groups/{group_id}" in paths


def test_the_pages_speak_english_too(login, users, analysed, app) -> None:  # type: ignore[no-untyped-def]
    analysed(users.student)
    texts: dict[str, str] = {}
    for person in (users.student, users.trainer):
        client = login(person)
        token = csrf_token(client)
        client.post("/lang", data={"lang": "en", "next": "/", "csrf_token": token})
        pages = ["/practice", "/review", f"/growth/students/{users.student.id}"]
        if person is users.trainer:
            pages += ["/growth", f"/growth/groups/{users.group_id}"]
        for path in pages:
            page = client.get(path)
            assert page.status_code == 200, path
            assert '<html lang="en">' in page.text, path
            texts[path] = page.text
    assert "Reflections per question" in texts[f"/growth/students/{users.student.id}"]
    assert "Latest conversation" in texts[f"/growth/groups/{users.group_id}"]
    assert "Choose a client" in texts["/practice"]
