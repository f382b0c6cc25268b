"""Hostile uploads: refused with a clear coded message and a 4xx (never a 500), or stored and shown
escaped."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from ontmoeting.store.tables import ConversationRecord

from .conftest import csrf_token


def upload(client, data: bytes, filename: str):  # type: ignore[no-untyped-def]
    token = csrf_token(client, "/conversations/upload")
    return client.post(
        "/conversations/upload",
        data={"csrf_token": token, "pseudonymise": "true"},
        files={"file": (filename, data, "application/octet-stream")},
        follow_redirects=False,
    )


def stored(db_session) -> int:  # type: ignore[no-untyped-def]
    return db_session.scalar(select(func.count(ConversationRecord.id)))


def test_huge_upload_is_refused_with_413(app, student_client, db_session) -> None:  # type: ignore[no-untyped-def]
    limit = app.state.settings.max_upload_bytes
    # just over the limit: read by the app, refused with the upload page and its coded message
    just_over = (b"Hulpverlener: hallo\nClient: hoi\n" * (limit // 30 + 10))[: limit + 1000]
    response = upload(student_client, just_over, "groot.txt")
    assert response.status_code == 413
    assert "[E530]" in response.text and 'role="alert"' in response.text
    # far over: refused by the body limit before anything parses it
    far_over = b"x" * (limit + 1024 * 1024)
    refused = upload(student_client, far_over, "enorm.txt")
    assert refused.status_code == 413 and "[E530]" in refused.text
    assert stored(db_session) == 0


@pytest.mark.parametrize(
    ("data", "filename", "statuses"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20, "foto.txt", {415}),
        (b"\x00\x01\x02\x03" * 500, "gesprek.json", {415, 422}),
        (b"", "leeg.txt", {422}),
        (b"zomaar wat tekst zonder sprekers\nen nog een regel\n", "los.txt", {422}),
        (b"[" * 100_000 + b"]" * 100_000, "diep.json", {422}),
        (b'{"turns": [' + b'{"a":' * 5000 + b"1" + b"}" * 5000 + b"]}", "genest.json", {422}),
        (b'{"id": "x", "language": "nl", "turns": "geen lijst"}', "fout.json", {422}),
        (b"\xff\xfe\x00\xd8" * 100, "kapot.txt", {415, 422}),
        # a number of 5,000 digits: Python's int parser refuses it with a ValueError (was a 500)
        (b'{"turns": [{"role": "helper", "text": "a", "start": ' + b"9" * 5000 + b"}]}", "getal.json", {422}),
        (b'{"turns": [{"role": "helper", "text": "hoi", "start": 1e99999}]}', "oneindig.json", {422}),
        (b"S: " + b"ja " * 60_000 + b"\nC: nee\n", "lange-regel.txt", {422}),
    ],
)
def test_broken_or_hostile_files_get_a_coded_4xx(
    student_client, db_session, data, filename, statuses
) -> None:  # type: ignore[no-untyped-def]
    response = upload(student_client, data, filename)
    assert response.status_code in statuses, (response.status_code, response.text[:500])
    assert 'role="alert"' in response.text
    assert "[E" in response.text  # the coded message is in the page
    assert stored(db_session) == 0


def test_html_and_script_in_turns_are_shown_escaped(student_client, db_session) -> None:  # type: ignore[no-untyped-def]
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    text = (
        f"Hulpverlener: {attack} Hoe gaat het?\nClient: Goed. </li><b>vet</b>\n"
        "Hulpverlener: Fijn.\nClient: Ja.\n"
    )
    response = upload(student_client, text.encode(), "aanval.txt")
    assert response.status_code == 303, response.text[:500]
    page = student_client.get(response.headers["location"]).text
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "<b>vet</b>" not in page
    assert "&lt;script&gt;" in page
    # the only scripts are the app's own file
    assert page.count("<script") == 1 and 'src="/static/app.js"' in page


def test_api_upload_errors_are_json_4xx(app, users, db_session, client) -> None:  # type: ignore[no-untyped-def]
    from ontmoeting.store.db import session_scope
    from ontmoeting.store.tables import User
    from ontmoeting.web.services import accounts

    with session_scope(app.state.session_factory) as db:
        _, token = accounts.create_token(db, db.get(User, users.student.id), "t")
    response = client.post(
        "/api/v1/conversations",
        headers={"Authorization": f"Bearer {token}"},
        files={"file": ("x.json", b"{" * 50_000, "application/json")},
    )
    assert response.status_code == 422
    body = response.json()
    assert body["error"]["code"].startswith("E1")
    assert json.dumps(body)  # plain JSON, no traceback
