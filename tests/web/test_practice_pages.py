"""Practice in the browser and through the API: start, turns with the coach, hint, take back, finish into a
stored conversation (origin 'practice', context 'oefengesprek'), and who may touch a practice session."""

from __future__ import annotations

import json
import re

import pytest

from ontmoeting.practice.coach import code_name
from ontmoeting.store.db import session_scope
from ontmoeting.store.tables import ConversationRecord, PracticeSessionRecord, User
from ontmoeting.transcript.model import Metadata
from ontmoeting.web.services import accounts

from .conftest import csrf_token

PRACTICE_URL = re.compile(r"/practice/(\d+)$")


def start(client, persona: str = "robert", language: str = "nl") -> int:  # type: ignore[no-untyped-def]
    token = csrf_token(client, "/practice")
    response = client.post(
        "/practice",
        data={"persona": persona, "language": language, "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    found = PRACTICE_URL.search(response.headers["location"])
    assert found, response.headers["location"]
    return int(found.group(1))


def say(client, practice_id: int, text: str, **headers: str):  # type: ignore[no-untyped-def]
    token = csrf_token(client, f"/practice/{practice_id}")
    return client.post(
        f"/practice/{practice_id}/turn",
        data={"text": text, "csrf_token": token},
        headers=headers,
        follow_redirects=False,
    )


def state_of(db_session, practice_id: int) -> dict:  # type: ignore[no-untyped-def]
    db_session.expire_all()
    return json.loads(db_session.get(PracticeSessionRecord, practice_id).state_json)


def test_the_chooser_lists_the_personas(student_client) -> None:  # type: ignore[no-untyped-def]
    page = student_client.get("/practice")
    assert page.status_code == 200
    assert "Robert" in page.text and 'name="persona" value="robert"' in page.text
    english = student_client.get("/practice", headers={"cookie": "omt_lang=en"})
    assert english.status_code == 200


def test_a_talk_with_robert_shows_the_client_and_the_coach(student_client, db_session) -> None:  # type: ignore[no-untyped-def]
    practice_id = start(student_client)
    page = student_client.get(f"/practice/{practice_id}")
    opening = state_of(db_session, practice_id)["opening"]
    assert page.status_code == 200 and opening.split(".")[0] in page.text

    response = say(student_client, practice_id, "Wat brengt je hier vandaag?")
    assert response.status_code == 303  # without JavaScript: post, redirect, show the page again
    records = state_of(db_session, practice_id)["records"]
    assert len(records) == 1 and records[0]["coach"]
    page = student_client.get(f"/practice/{practice_id}")
    assert "Wat brengt je hier vandaag?" in page.text
    assert records[0]["coach"] in page.text.replace("&#39;", "'")
    assert records[0]["client_text"].split(".")[0] in page.text.replace("&#39;", "'")


def test_the_partial_answer_is_only_the_live_part(student_client, db_session) -> None:  # type: ignore[no-untyped-def]
    practice_id = start(student_client)
    response = say(student_client, practice_id, "Je mist je vader.", **{"x-partial": "1"})
    assert response.status_code == 200
    assert "data-practice-live" in response.text and "<html" not in response.text
    assert "Je mist je vader." in response.text
    turn = state_of(db_session, practice_id)["records"][0]
    shown = code_name(turn["code"], turn["permission"], "nl")  # the coder's reading, named on the page
    assert f'<span class="code-chip">{shown}</span>' in response.text


def test_an_empty_turn_is_refused_with_a_message(student_client, db_session) -> None:  # type: ignore[no-untyped-def]
    practice_id = start(student_client)
    response = say(student_client, practice_id, "   ")
    assert response.status_code == 422
    assert "E540" in response.text or "Typ eerst" in response.text
    assert state_of(db_session, practice_id)["records"] == []


def test_hint_and_take_back(student_client, db_session) -> None:  # type: ignore[no-untyped-def]
    practice_id = start(student_client)
    say(student_client, practice_id, "Hoe gaat het met je?")
    say(student_client, practice_id, "Misschien moet je eens met je vader gaan praten.")
    assert len(state_of(db_session, practice_id)["records"]) == 2
    token = csrf_token(student_client, f"/practice/{practice_id}")
    hint = student_client.post(f"/practice/{practice_id}/hint", data={"csrf_token": token})
    assert hint.status_code == 200 and "pr-hint" in hint.text
    undo = student_client.post(f"/practice/{practice_id}/undo", data={"csrf_token": token})
    assert undo.status_code == 200
    records = state_of(db_session, practice_id)["records"]
    assert [r["helper_text"] for r in records] == ["Hoe gaat het met je?"]
    assert "Misschien moet je" not in undo.text


def test_finishing_stores_a_coded_practice_conversation(student_client, users, db_session) -> None:  # type: ignore[no-untyped-def]
    practice_id = start(student_client)
    for text in ("Wat brengt je hier?", "Je mist je vader.", "Wat betekent dat voor je?"):
        assert say(student_client, practice_id, text).status_code == 303
    token = csrf_token(student_client, f"/practice/{practice_id}")
    response = student_client.post(
        f"/practice/{practice_id}/finish", data={"csrf_token": token}, follow_redirects=False
    )
    assert response.status_code == 303
    conversation_id = int(re.search(r"/conversations/(\d+)", response.headers["location"]).group(1))
    db_session.expire_all()
    record = db_session.get(ConversationRecord, conversation_id)
    assert record.owner_id == users.student.id and record.origin == "practice"
    assert Metadata.model_validate_json(record.metadata_json).context == "oefengesprek"
    assert len(record.turns) == 7  # the opening, then three times helper + client
    helper_turns = [t for t in record.turns if t.role == "helper"]
    assert all(
        any(a.annotator == "pipeline" and a.dimension == "behaviour" for a in t.annotations)
        for t in helper_turns
    )
    practice_record = db_session.get(PracticeSessionRecord, practice_id)
    assert practice_record.status == "finished" and practice_record.conversation_id == conversation_id
    # a second click gives the same conversation, not a copy
    again = student_client.post(
        f"/practice/{practice_id}/finish", data={"csrf_token": token}, follow_redirects=False
    )
    assert again.headers["location"].startswith(f"/conversations/{conversation_id}")
    assert student_client.get(f"/conversations/{conversation_id}").status_code == 200
    # the finished talk cannot go on
    assert say(student_client, practice_id, "Nog iets?").status_code == 422


def test_finishing_without_a_turn_is_refused(student_client) -> None:  # type: ignore[no-untyped-def]
    practice_id = start(student_client)
    token = csrf_token(student_client, f"/practice/{practice_id}")
    response = student_client.post(f"/practice/{practice_id}/finish", data={"csrf_token": token})
    assert response.status_code == 422


def test_a_practice_session_is_its_owners_alone(
    student_client, other_client, trainer_client, db_session
) -> None:  # type: ignore[no-untyped-def]
    practice_id = start(student_client)
    for stranger in (other_client, trainer_client):
        assert stranger.get(f"/practice/{practice_id}").status_code == 404
        token = csrf_token(stranger)
        response = stranger.post(f"/practice/{practice_id}/turn", data={"text": "Hallo", "csrf_token": token})
        assert response.status_code == 404
    assert state_of(db_session, practice_id)["records"] == []


def test_stop_without_report(student_client, db_session) -> None:  # type: ignore[no-untyped-def]
    practice_id = start(student_client)
    token = csrf_token(student_client, f"/practice/{practice_id}")
    response = student_client.post(
        f"/practice/{practice_id}/stop", data={"csrf_token": token}, follow_redirects=False
    )
    assert response.status_code == 303
    db_session.expire_all()
    assert db_session.get(PracticeSessionRecord, practice_id).status == "abandoned"


def test_unknown_persona_is_a_clear_404(student_client) -> None:  # type: ignore[no-untyped-def]
    token = csrf_token(student_client, "/practice")
    response = student_client.post("/practice", data={"persona": "nobody", "csrf_token": token})
    assert response.status_code == 404 and "E407" in response.text


@pytest.fixture
def student_token(app, users) -> str:  # type: ignore[no-untyped-def]
    with session_scope(app.state.session_factory) as db:
        _, raw = accounts.create_token(db, db.get(User, users.student.id), "tests")
    return raw


def test_the_api_practises_a_whole_talk(client, student_token, other_client, users) -> None:  # type: ignore[no-untyped-def]
    auth = {"Authorization": f"Bearer {student_token}"}
    personas = client.get("/api/v1/practice/personas", headers=auth)
    assert personas.status_code == 200 and "robert" in {p["id"] for p in personas.json()}
    started = client.post(
        "/api/v1/practice", json={"persona": "robert", "language": "nl", "seed": 7}, headers=auth
    )
    assert started.status_code == 201, started.text
    session = started.json()
    assert session["client_name"] == "Robert" and session["messages"][0]["role"] == "client"
    practice_id = session["id"]
    first = client.post(
        f"/api/v1/practice/{practice_id}/turns", json={"text": "Wat brengt je hier?"}, headers=auth
    )
    assert first.status_code == 200, first.text
    reply = first.json()
    assert reply["client"] and reply["coach"] and reply["code"] == "open_question"
    second = client.post(f"/api/v1/practice/{practice_id}/turns", json={"text": "Je mist hem."}, headers=auth)
    assert second.json()["session"]["helper_turns"] == 2
    hint = client.post(f"/api/v1/practice/{practice_id}/hint", headers=auth)
    assert hint.status_code == 200 and hint.json()["hint"]
    undo = client.post(f"/api/v1/practice/{practice_id}/undo", headers=auth)
    assert undo.json()["undone"] is True and undo.json()["session"]["helper_turns"] == 1
    empty = client.post(f"/api/v1/practice/{practice_id}/turns", json={"text": ""}, headers=auth)
    assert empty.status_code == 422 and empty.json()["error"]["code"] == "E540"
    finished = client.post(f"/api/v1/practice/{practice_id}/finish", headers=auth)
    assert finished.status_code == 200, finished.text
    assert finished.json()["origin"] == "practice" and finished.json()["turns"] == 3
    # same seed, same turns: the same talk (the engine is deterministic per seed)
    again = client.post(
        "/api/v1/practice", json={"persona": "robert", "language": "nl", "seed": 7}, headers=auth
    )
    replay = client.post(
        f"/api/v1/practice/{again.json()['id']}/turns", json={"text": "Wat brengt je hier?"}, headers=auth
    )
    assert replay.json()["client"] == reply["client"]
    # another student's session is not there for them
    assert other_client.get(f"/api/v1/practice/{practice_id}").status_code == 404


def test_the_practice_api_is_in_the_openapi_document(client) -> None:  # type: ignore[no-untyped-def]
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in (
        "/api/v1/practice",
        "/api/v1/practice/{practice_id}/turns",
        "/api/v1/practice/{practice_id}/hint",
        "/api/v1/practice/{practice_id}/undo",
        "/api/v1/practice/{practice_id}/finish",
    ):
        assert path in paths, path
