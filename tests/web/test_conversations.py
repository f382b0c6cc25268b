"""Conversations through the pages: upload, view (coded transcript and report), downloads, delete; and who
sees what (student: own; trainer: their groups' students; admin: all)."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from ontmoeting.store.tables import AnnotationRecord, ConversationRecord, TurnRecord
from ontmoeting.transcript.io import read_bytes

from .conftest import csrf_token


def upload(client, data: bytes, filename: str = "gesprek.txt", **fields: str):  # type: ignore[no-untyped-def]
    token = csrf_token(client, "/conversations/upload")
    form = {"csrf_token": token, "pseudonymise": "true", **fields}
    return client.post(
        "/conversations/upload",
        data=form,
        files={"file": (filename, data, "text/plain")},
        follow_redirects=False,
    )


def test_upload_codes_stores_and_shows_the_conversation(
    student_client, example_transcript, db_session
) -> None:  # type: ignore[no-untyped-def]
    response = upload(student_client, example_transcript, "mira-robert-1.txt", title="Robert en zijn vader")
    assert response.status_code == 303, response.text
    page = student_client.get(response.headers["location"])
    assert page.status_code == 200
    assert "Robert en zijn vader" in page.text
    assert "Misschien moet je eens met je vader gaan praten" in page.text
    record = db_session.scalar(select(ConversationRecord))
    assert record.pseudonymised
    turns = db_session.scalar(
        select(func.count(TurnRecord.id)).where(TurnRecord.conversation_id == record.id)
    )
    expected = read_bytes(example_transcript, "mira-robert-1.txt")[0]
    assert turns == len(expected.turns) > 20
    # every helper turn got the pipeline's code, and it shows in the page
    pipeline_codes = db_session.scalar(
        select(func.count(AnnotationRecord.id)).where(AnnotationRecord.annotator == "pipeline")
    )
    assert pipeline_codes >= len(expected.helper_turns)
    assert 'class="code code-' in page.text
    # pseudonymised: the names from the speaker labels are gone from the stored text
    speakers = set(
        db_session.scalars(select(TurnRecord.speaker).where(TurnRecord.conversation_id == record.id))
    )
    assert "Mira" not in speakers and "Robert" not in speakers


def test_upload_without_pseudonymising_keeps_names(student_client, example_transcript, db_session) -> None:  # type: ignore[no-untyped-def]
    token = csrf_token(student_client, "/conversations/upload")
    response = student_client.post(
        "/conversations/upload",
        data={"csrf_token": token},  # checkbox not sent = off
        files={"file": ("gesprek.txt", example_transcript, "text/plain")},
        follow_redirects=False,
    )
    assert response.status_code == 303
    speakers = set(db_session.scalars(select(TurnRecord.speaker)))
    assert {"Mira", "Robert"} <= speakers


def test_downloads(student_client, make_conversation, users) -> None:  # type: ignore[no-untyped-def]
    conversation_id = make_conversation(users.student)
    transcript = student_client.get(f"/conversations/{conversation_id}/conversation.json")
    assert transcript.status_code == 200
    assert "attachment" in transcript.headers["content-disposition"]
    assert json.loads(transcript.text)["turns"][1]["text"] == "Niet zo goed. Ik mis mijn vader."
    report = student_client.get(f"/conversations/{conversation_id}/report.json")
    html = student_client.get(f"/conversations/{conversation_id}/report.html")
    assert report.status_code in (200, 503) and html.status_code in (200, 503)
    if report.status_code == 200:
        assert report.json()["kind"] == "ontmoeting.analysis"
        assert "<html" in html.text.lower()


def test_delete_removes_the_rows(student_client, make_conversation, users, db_session) -> None:  # type: ignore[no-untyped-def]
    conversation_id = make_conversation(users.student)
    token = csrf_token(student_client)
    response = student_client.post(f"/conversations/{conversation_id}/delete", data={"csrf_token": token})
    assert response.status_code == 200
    assert db_session.get(ConversationRecord, conversation_id) is None
    assert db_session.scalar(select(func.count(TurnRecord.id))) == 0


def test_who_sees_what(login, users, make_conversation) -> None:  # type: ignore[no-untyped-def]
    own = make_conversation(users.student, title="Van Sam")
    others = make_conversation(users.other, title="Van Olga")
    student, trainer, other_trainer, admin = (
        login(users.student),
        login(users.trainer),
        login(users.other_trainer),
        login(users.admin),
    )
    assert (
        "Van Sam" in student.get("/conversations").text
        and "Van Olga" not in student.get("/conversations").text
    )
    assert student.get(f"/conversations/{others}").status_code == 404
    # the trainer owns the student's group, not Olga's
    assert trainer.get(f"/conversations/{own}").status_code == 200
    assert trainer.get(f"/conversations/{others}").status_code == 404
    assert other_trainer.get(f"/conversations/{own}").status_code == 404
    assert other_trainer.get(f"/conversations/{others}").status_code == 200
    # a trainer may look but not delete a student's conversation
    token = csrf_token(trainer)
    assert trainer.post(f"/conversations/{own}/delete", data={"csrf_token": token}).status_code == 404
    assert admin.get(f"/conversations/{others}").status_code == 200


def test_report_follows_the_page_language_and_the_cache_keeps_figures(
    student_client, make_conversation, users, db_session
) -> None:  # type: ignore[no-untyped-def]
    from ontmoeting.store.tables import AnalysisRecord
    from ontmoeting.web.services import pipeline

    if not pipeline.feedback_available():
        import pytest

        pytest.skip("the feedback layer is not installed")
    conversation_id = make_conversation(users.student)
    dutch = student_client.get(f"/conversations/{conversation_id}/report.json").json()
    assert dutch["lang"] == "nl"
    token = csrf_token(student_client)
    student_client.post("/lang", data={"lang": "en", "next": "/", "csrf_token": token})
    english = student_client.get(f"/conversations/{conversation_id}/report.json").json()
    assert english["lang"] == "en"
    cached = db_session.scalar(
        select(AnalysisRecord).where(AnalysisRecord.conversation_id == conversation_id)
    )
    assert cached.language == "nl"  # the conversation's language
    assert cached.reflection_question_ratio is not None
    assert cached.premature_solutions is not None


def test_a_word_upload_keeps_the_students_notes_and_shows_them(student_client, db_session) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "examples" / "formats" / "verbatim-met-toelichting.docx"
    response = upload(student_client, path.read_bytes(), "verbatim-met-toelichting.docx")
    assert response.status_code == 303, response.text
    page = student_client.get(response.headers["location"])
    assert page.status_code == 200
    assert "Misschien moet je eens met je vader gaan praten" in page.text
    assert "Hier ging ik te snel naar een oplossing." in page.text and 'class="turn-note"' in page.text
    record = db_session.scalar(select(ConversationRecord))
    assert record.source_format == "docx"
    notes = db_session.scalars(select(TurnRecord.note).where(TurnRecord.note.is_not(None))).all()
    assert len(notes) == 7
    own = db_session.scalars(
        select(AnnotationRecord.code).where(AnnotationRecord.annotator == "student")
    ).all()
    assert "advice" in own


def test_an_old_word_upload_is_refused_with_its_message(student_client) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    legacy = Path(__file__).resolve().parents[1] / "data" / "documents" / "oud-formaat.doc"
    response = upload(student_client, legacy.read_bytes(), "oud-formaat.doc")
    assert 400 <= response.status_code < 500
    assert "E127" in response.text and ".docx" in response.text
