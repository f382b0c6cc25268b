"""Recordings in the werkplaats: the upload becomes a draft, transcribed off the request; the student corrects
the draft (text, speakers, merge, split) and confirms it, which stores and analyses the conversation as a text
upload is and removes the recording unless it is kept. Only the owner sees a draft and its recording.

The app here transcribes inline (``transcription="inline"``), so every job has finished when the upload
returns; one test runs the real background thread. One test runs the real speech layer on the bundled example
(about 10 s); the others replace ``transcribe_file`` with a fake that returns a fixed draft at once.
"""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ontmoeting.errors import InputError
from ontmoeting.store.tables import (
    AnnotationRecord,
    ConversationRecord,
    RecordingDraft,
    RecordingStatus,
    TurnRecord,
    utcnow,
)
from ontmoeting.transcript import speech
from ontmoeting.transcript.messages import input_error, read_warning
from ontmoeting.transcript.model import Conversation, Metadata, Role, Turn
from ontmoeting.web.app import create_app
from ontmoeting.web.services import pipeline, recordings
from ontmoeting.web.settings import Settings

from .conftest import csrf_token, log_in

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "recordings" / "mira-robert.ogg"
#: Starts like an Ogg file (enough for the upload's check); the fake transcription never decodes it.
FAKE_OGG = b"OggS\x00\x02" + bytes(range(256)) * 40


@pytest.fixture
def settings(database_url: str) -> Settings:
    """The app of these tests transcribes inside the request: deterministic, no thread to wait for."""
    return Settings(database_url=database_url, create_empty_database=False, transcription="inline")


def fake_conversation(name: str = "opname.ogg") -> Conversation:
    lines = [
        (Role.HELPER, "Spreker 1", "Hoi Robert, kom erin.", 0.4, 2.5),
        (Role.CLIENT, "Spreker 2", "Het gaat over mijn vader.", 3.0, 5.0),
        (Role.HELPER, "Spreker 1", "Mis je hem?", 5.5, 6.5),
        (Role.CLIENT, "Spreker 2", "Ja, heel erg.", 7.0, 9.0),
    ]
    turns = [
        Turn(index=i, role=role, speaker=voice, text=text, start=start, end=end)
        for i, (role, voice, text, start, end) in enumerate(lines)
    ]
    metadata = Metadata(
        source_file=name,
        source_format="recording",
        warnings=[
            read_warning("W116", method=("toonhoogte en klankkleur", "pitch and timbre")),
            read_warning("W118", count=3),
        ],
    )
    return Conversation(id="opname", language="nl", metadata=metadata, turns=turns)


@pytest.fixture
def fake_speech(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Replace the speech layer: returns :func:`fake_conversation` at once (reporting progress on the way);
    the calls are recorded."""
    calls: list[dict] = []

    def transcribe(data, options=None, *, name=None, progress=None):  # type: ignore[no-untyped-def]
        calls.append({"bytes": len(data), "language": options.language if options else None, "name": name})
        if progress is not None:
            progress("decoding", 0.0)
            progress("recognising", 0.5)
        return fake_conversation(name or "opname.ogg")

    monkeypatch.setattr(speech, "transcribe_file", transcribe)
    return calls


def upload_recording(client, data: bytes = FAKE_OGG, filename: str = "opname.ogg", **fields: str):  # type: ignore[no-untyped-def]
    token = csrf_token(client, "/conversations/upload")
    return client.post(
        "/conversations/upload",
        data={"csrf_token": token, **fields},
        files={"file": (filename, data, "application/octet-stream")},
        follow_redirects=False,
    )


def new_draft(client, **fields: str) -> int:  # type: ignore[no-untyped-def]
    response = upload_recording(client, **fields)
    assert response.status_code == 303, response.text[:500]
    found = re.fullmatch(r"/recordings/(\d+)", response.headers["location"])
    assert found, response.headers["location"]
    return int(found.group(1))


def stored_draft(db_session, draft_id: int) -> RecordingDraft | None:  # type: ignore[no-untyped-def]
    db_session.expire_all()
    return db_session.get(RecordingDraft, draft_id)


def turns_of(db_session, draft_id: int) -> list[Turn]:  # type: ignore[no-untyped-def]
    draft = stored_draft(db_session, draft_id)
    return Conversation.model_validate_json(draft.draft_json).turns


def form_of(client, draft_id: int, **changes: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The correction form as the page has it (every turn's role and text), with ``changes`` on top."""
    page = client.get(f"/recordings/{draft_id}").text
    form = {"csrf_token": csrf_token(client), "page": "1"}
    form["revision"] = re.search(r'name="revision" value="(\d+)"', page).group(1)
    form["title"] = re.search(r'name="title" value="([^"]*)"', page).group(1)
    for name in ("pseudonymise", "keep_recording"):
        if re.search(rf'name="{name}" type="checkbox" value="true" checked', page):
            form[name] = "true"
    for index, text in re.findall(r'name="text_(\d+)"[^>]*>([^<]*)</textarea>', page):
        form[f"text_{index}"] = text.replace("&#39;", "'").replace("&amp;", "&")
    for index, block in re.findall(r'name="role_(\d+)"[^>]*>(.*?)</select>', page, re.S):
        form[f"role_{index}"] = re.search(r'value="(\w+)" selected', block).group(1)
    form.update(changes)
    return form


def save(client, draft_id: int, **changes: str):  # type: ignore[no-untyped-def]
    return client.post(
        f"/recordings/{draft_id}/save", data=form_of(client, draft_id, **changes), follow_redirects=False
    )


# -- the real speech layer ---------------------------------------------------------------------------------


def test_the_example_recording_becomes_a_draft_to_correct(student_client, db_session) -> None:  # type: ignore[no-untyped-def]
    response = upload_recording(
        student_client, EXAMPLE.read_bytes(), "mira-robert.ogg", language="nl", title="Robert"
    )
    assert response.status_code == 303, response.text[:800]
    draft_id = int(response.headers["location"].rsplit("/", 1)[1])
    draft = stored_draft(db_session, draft_id)
    assert draft.status == RecordingStatus.READY, (draft.error_code, draft.error_en)
    assert draft.progress == 1.0 and draft.content_type == "audio/ogg"
    turns = turns_of(db_session, draft_id)
    assert len(turns) >= 8
    assert {turn.role for turn in turns} == {Role.HELPER, Role.CLIENT}
    assert all(turn.start is not None and turn.end is not None for turn in turns)
    words = set(re.findall(r"\w+", " ".join(turn.text for turn in turns).lower()))
    assert len(words & {"robert", "contact", "hem", "maar", "praten", "mis", "je"}) >= 4  # Dutch, as asked
    page = student_client.get(f"/recordings/{draft_id}")
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    assert page.text.count("<textarea") == len(turns)
    assert "[W116]" in page.text and "spraakherkenning" in page.text  # the speech layer's notes, in Dutch
    assert f'src="/recordings/{draft_id}/audio#t={turns[1].start:.2f},{turns[1].end:.2f}"' in page.text
    assert 'preload="none"' in page.text
    assert "http-equiv" not in page.text  # ready: no refreshing any more


# -- upload ------------------------------------------------------------------------------------------------


def test_the_upload_page_explains_recordings_and_privacy(student_client) -> None:  # type: ignore[no-untyped-def]
    page = student_client.get("/conversations/upload").text
    assert "op deze server uitgeschreven en nooit naar een andere dienst gestuurd" in page
    assert "200 MB" in page and 'name="keep_recording"' in page


def test_a_recording_is_queued_off_the_request_and_listed(student_client, fake_speech, db_session) -> None:  # type: ignore[no-untyped-def]
    draft_id = new_draft(student_client, language="nl", title="Gesprek met R.", pseudonymise="true")
    assert fake_speech == [{"bytes": len(FAKE_OGG), "language": "nl", "name": "opname.ogg"}]
    draft = stored_draft(db_session, draft_id)
    assert draft.status == RecordingStatus.READY and draft.title == "Gesprek met R." and draft.pseudonymise
    assert not draft.keep_recording and draft.attempts == 1 and draft.size == len(FAKE_OGG)
    assert db_session.scalar(select(func.count(ConversationRecord.id))) == 0  # nothing analysed yet
    listing = student_client.get("/conversations").text
    assert "Opnames in bewerking" in listing and f'href="/recordings/{draft_id}"' in listing
    assert "klaar om te controleren" in listing


def test_detected_by_first_bytes_without_a_recording_extension(
    student_client, fake_speech, db_session
) -> None:  # type: ignore[no-untyped-def]
    draft_id = new_draft(student_client, filename="opname-van-telefoon")
    assert stored_draft(db_session, draft_id).content_type == "audio/ogg"


def test_a_text_renamed_wav_is_refused_with_a_message(student_client, fake_speech, db_session) -> None:  # type: ignore[no-untyped-def]
    response = upload_recording(student_client, b"Hulpverlener: hallo\nClient: hoi\n", "gesprek.wav")
    assert response.status_code == 415
    assert "[E535]" in response.text and "geen geluids- of videobestand" in response.text
    assert 'role="alert"' in response.text
    assert fake_speech == [] and db_session.scalar(select(func.count(RecordingDraft.id))) == 0


def test_an_empty_or_too_large_recording_is_refused(app, student_client, fake_speech, db_session) -> None:  # type: ignore[no-untyped-def]
    empty = upload_recording(student_client, b"", "leeg.m4a")
    assert empty.status_code == 422 and "[E534]" in empty.text
    app.state.settings.max_recording_bytes = 20 * 1024 * 1024
    too_large = upload_recording(student_client, b"OggS" + b"\x00" * (20 * 1024 * 1024), "lang.ogg")
    assert too_large.status_code == 413 and "[E530]" in too_large.text and "20 MB" in too_large.text
    assert db_session.scalar(select(func.count(RecordingDraft.id))) == 0
    # transcripts keep their own, smaller limit
    text = upload_recording(student_client, b"Hulpverlener: hallo\n" * 300_000, "groot.txt")
    assert text.status_code == 413 and "KiB" in text.text


def test_without_the_audio_extra_the_page_says_how_to_install_it(
    student_client, monkeypatch, db_session
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(recordings, "missing_parts", lambda: ["faster-whisper", "av"])
    response = upload_recording(student_client)
    assert response.status_code == 501
    assert "[E140]" in response.text and "pip install &#39;ontmoeting[audio]&#39;" in response.text
    assert db_session.scalar(select(func.count(RecordingDraft.id))) == 0


# -- the job -----------------------------------------------------------------------------------------------


def test_a_failed_transcription_shows_its_message_and_can_be_retried(
    student_client, monkeypatch, db_session
) -> None:  # type: ignore[no-untyped-def]
    def one_voice(data, options=None, *, name=None, progress=None):  # type: ignore[no-untyped-def]
        raise input_error("E146", name)

    monkeypatch.setattr(speech, "transcribe_file", one_voice)
    draft_id = new_draft(student_client)
    page = student_client.get(f"/recordings/{draft_id}")
    assert page.status_code == 200 and "[E146]" in page.text and "maar één stem" in page.text
    assert "Traceback" not in page.text and f'action="/recordings/{draft_id}/retry"' in page.text
    student_client.post("/lang", data={"lang": "en", "next": "/", "csrf_token": csrf_token(student_client)})
    assert "Only one voice" in student_client.get(f"/recordings/{draft_id}").text

    def crash(data, options=None, *, name=None, progress=None):  # type: ignore[no-untyped-def]
        raise RuntimeError("a bug, not the student's doing")

    monkeypatch.setattr(speech, "transcribe_file", crash)
    retried = student_client.post(
        f"/recordings/{draft_id}/retry", data={"csrf_token": csrf_token(student_client)}
    )
    assert retried.status_code == 200 and "[E536]" in retried.text and "a bug" not in retried.text

    monkeypatch.setattr(speech, "transcribe_file", lambda data, options=None, **kw: fake_conversation())
    student_client.post(f"/recordings/{draft_id}/retry", data={"csrf_token": csrf_token(student_client)})
    assert stored_draft(db_session, draft_id).status == RecordingStatus.READY


def test_the_progress_page_refreshes_itself_while_it_runs(student_client, users, db_session) -> None:  # type: ignore[no-untyped-def]
    draft = RecordingDraft(
        owner_id=users.student.id, filename="lang.m4a", content_type="audio/mp4", size=4, audio=b"....",
        status=RecordingStatus.TRANSCRIBING, step="recognising", progress=0.42,
        worker=f"elders:1:{'0' * 8}",
    )  # fmt: skip
    db_session.add(draft)
    db_session.commit()
    page = student_client.get(f"/recordings/{draft.id}")
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    assert '<meta http-equiv="refresh" content="3">' in page.text
    assert "Spraak herkennen" in page.text and "42%" in page.text and "<script>" not in page.text
    assert f'action="/recordings/{draft.id}/delete"' in page.text
    assert "42%" in student_client.get("/conversations").text


def test_the_background_thread_transcribes_one_recording_at_a_time(
    database_url, users, monkeypatch, db_session
) -> None:  # type: ignore[no-untyped-def]
    release, running = threading.Event(), threading.Event()
    active, most = [0], [0]

    def slow(data, options=None, *, name=None, progress=None):  # type: ignore[no-untyped-def]
        active[0] += 1
        most[0] = max(most[0], active[0])
        progress("recognising", 0.3)
        running.set()
        assert release.wait(10)
        active[0] -= 1
        return fake_conversation(name)

    monkeypatch.setattr(speech, "transcribe_file", slow)
    app = create_app(Settings(database_url=database_url, create_empty_database=False))
    student = log_in(app, users.student.email)
    try:
        started = time.monotonic()
        first, second = new_draft(student), new_draft(student)
        assert time.monotonic() - started < 5  # the upload did not wait for the transcription
        assert running.wait(10)
        page = student.get(f"/recordings/{first}").text
        assert 'http-equiv="refresh"' in page and "30%" in page
        assert "in de wachtrij" in student.get(f"/recordings/{second}").text
        release.set()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            states = {stored_draft(db_session, d).status for d in (first, second)}
            if states == {RecordingStatus.READY}:
                break
            time.sleep(0.05)
        assert states == {RecordingStatus.READY}
        assert most[0] == 1
    finally:
        release.set()
        app.state.transcriber.shutdown()
        student.close()
        app.state.engine.dispose()


def test_drafts_left_by_a_stopped_process_are_resumed_at_start(app, users, fake_speech, db_session) -> None:  # type: ignore[no-untyped-def]
    def left(attempts: int) -> int:
        draft = RecordingDraft(
            owner_id=users.student.id, filename="opname.ogg", content_type="audio/ogg", size=len(FAKE_OGG),
            audio=FAKE_OGG, status=RecordingStatus.TRANSCRIBING, step="recognising", progress=0.5,
            attempts=attempts, worker=f"elders:123:{'0' * 8}", updated_at=utcnow().replace(year=2020),
        )  # fmt: skip
        db_session.add(draft)
        db_session.commit()
        return draft.id

    once, twice = left(1), left(2)
    app.state.transcriber.resume()
    assert stored_draft(db_session, once).status == RecordingStatus.READY
    failed = stored_draft(db_session, twice)
    assert failed.status == RecordingStatus.FAILED and failed.error_code == "E537"
    assert "afgebroken" in failed.error_nl


def test_deleting_a_draft_stops_its_transcription(app, student_client, monkeypatch, db_session) -> None:  # type: ignore[no-untyped-def]
    def deleted_meanwhile(data, options=None, *, name=None, progress=None):  # type: ignore[no-untyped-def]
        with app.state.session_factory() as db:
            db.query(RecordingDraft).delete()
            db.commit()
        progress("recognising", 0.2)  # the job notices here, and stops
        raise AssertionError("not reached")

    monkeypatch.setattr(speech, "transcribe_file", deleted_meanwhile)
    response = upload_recording(student_client)
    assert response.status_code == 303
    assert db_session.scalar(select(func.count(RecordingDraft.id))) == 0


# -- the correction step -----------------------------------------------------------------------------------


def test_editing_text_and_speakers_is_saved(student_client, fake_speech, db_session) -> None:  # type: ignore[no-untyped-def]
    draft_id = new_draft(student_client)
    page = student_client.get(f"/recordings/{draft_id}").text
    assert "Hulpverlener" in page and "Cliënt" in page and "gehoord als Spreker 1" in page
    assert "0:03–0:05" in page and "[W118]" in page and "typ // op de plek" in page
    response = save(student_client, draft_id, text_0="Hoi, kom erin.", role_3="helper", title="Nieuwe titel")
    assert response.status_code == 303 and "done=recording_saved" in response.headers["location"]
    turns = turns_of(db_session, draft_id)
    assert turns[0].text == "Hoi, kom erin." and turns[3].role == Role.HELPER
    assert [t.start for t in turns] == [0.4, 3.0, 5.5, 7.0]  # times kept
    draft = stored_draft(db_session, draft_id)
    assert draft.title == "Nieuwe titel" and draft.revision == 1
    assert "Dezelfde spreker als de vorige beurt" in student_client.get(f"/recordings/{draft_id}").text


def test_swapping_the_speakers_throughout(student_client, fake_speech, db_session) -> None:  # type: ignore[no-untyped-def]
    draft_id = new_draft(student_client)
    save(student_client, draft_id, action="swap", text_1="Het gaat over mijn vader, ja.")
    turns = turns_of(db_session, draft_id)
    assert [t.role for t in turns] == [Role.CLIENT, Role.HELPER, Role.CLIENT, Role.HELPER]
    assert [t.speaker for t in turns] == ["Spreker 1", "Spreker 2", "Spreker 1", "Spreker 2"]  # voices stay
    assert turns[1].text == "Het gaat over mijn vader, ja."  # what was typed is saved with the swap


def test_merging_a_turn_with_the_previous_one(student_client, fake_speech, db_session) -> None:  # type: ignore[no-untyped-def]
    draft_id = new_draft(student_client)
    response = save(student_client, draft_id, action="merge:2")
    assert response.headers["location"].endswith("#turn-1")
    turns = turns_of(db_session, draft_id)
    assert len(turns) == 3 and [t.index for t in turns] == [0, 1, 2]
    assert turns[1].text == "Het gaat over mijn vader. Mis je hem?"
    assert (turns[1].start, turns[1].end, turns[1].role) == (3.0, 6.5, Role.CLIENT)
    assert save(student_client, draft_id, action="merge:0").status_code == 422  # nothing before the first


def test_splitting_a_turn_at_the_marks_and_removing_an_empty_one(
    student_client, fake_speech, db_session
) -> None:  # type: ignore[no-untyped-def]
    draft_id = new_draft(student_client)
    save(student_client, draft_id, text_0="Hoi Robert, // kom erin.", text_2="  ")
    turns = turns_of(db_session, draft_id)
    assert [t.text for t in turns] == [
        "Hoi Robert,",
        "kom erin.",
        "Het gaat over mijn vader.",
        "Ja, heel erg.",
    ]
    assert [t.role for t in turns[:2]] == [Role.HELPER, Role.CLIENT]
    assert [t.speaker for t in turns[:2]] == ["Spreker 1", "Spreker 2"]
    assert turns[0].start == 0.4 and turns[1].end == 2.5 and turns[0].end == turns[1].start
    assert 0.4 < turns[0].end < 2.5


def test_a_form_from_an_older_version_is_refused(student_client, fake_speech, db_session) -> None:  # type: ignore[no-untyped-def]
    draft_id = new_draft(student_client)
    old = form_of(student_client, draft_id, text_0="Eerste venster.")
    save(student_client, draft_id, action="merge:1")
    response = student_client.post(f"/recordings/{draft_id}/save", data=old, follow_redirects=False)
    assert response.status_code == 409 and "[E538]" in response.text
    assert "Eerste venster." not in [t.text for t in turns_of(db_session, draft_id)]
    bad = form_of(student_client, draft_id, role_0="therapist")
    assert student_client.post(f"/recordings/{draft_id}/save", data=bad).status_code == 422


# -- confirming --------------------------------------------------------------------------------------------


def test_analysing_stores_the_conversation_and_removes_the_recording(
    student_client, fake_speech, db_session
) -> None:  # type: ignore[no-untyped-def]
    draft_id = new_draft(student_client, pseudonymise="true")
    form = form_of(student_client, draft_id, text_3="Ja, ik mis Robert heel erg.")
    response = student_client.post(f"/recordings/{draft_id}/analyse", data=form, follow_redirects=False)
    assert response.status_code == 303, response.text[:800]
    location = response.headers["location"]
    assert re.fullmatch(r"/conversations/\d+\?done=recording_analysed", location)
    record = db_session.scalar(select(ConversationRecord))
    assert record.origin == "recording" and record.pseudonymised and record.language == "nl"
    turns = list(db_session.scalars(select(TurnRecord).order_by(TurnRecord.index)))
    assert [t.index for t in turns] == [0, 1, 2, 3]
    assert [t.speaker for t in turns] == ["Hulpverlener", "Cliënt", "Hulpverlener", "Cliënt"]
    assert [(t.start, t.end) for t in turns][1] == (3.0, 5.0)
    assert "Robert" not in turns[3].text and "heel erg" in turns[3].text  # de-identified as chosen
    assert db_session.scalar(
        select(func.count(AnnotationRecord.id)).where(AnnotationRecord.annotator == "pipeline")
    )
    if pipeline.feedback_available():
        assert record.analysis is not None
    assert stored_draft(db_session, draft_id) is None  # the draft and the recording are gone
    page = student_client.get(location)
    assert page.status_code == 200 and "de opname is verwijderd" in page.text
    assert "/audio" not in page.text
    assert student_client.get(f"/recordings/{draft_id}/audio").status_code == 404


def test_a_kept_recording_stays_for_its_owner_only(
    student_client, trainer_client, fake_speech, db_session
) -> None:  # type: ignore[no-untyped-def]
    draft_id = new_draft(student_client, keep_recording="true")
    form = form_of(student_client, draft_id)
    assert form["keep_recording"] == "true" and "pseudonymise" not in form
    response = student_client.post(f"/recordings/{draft_id}/analyse", data=form, follow_redirects=False)
    assert response.status_code == 303 and "recording_analysed_kept" in response.headers["location"]
    record = db_session.scalar(select(ConversationRecord))
    assert not record.pseudonymised
    draft = stored_draft(db_session, draft_id)
    assert draft.status == RecordingStatus.DONE and draft.conversation_id == record.id
    assert draft.draft_json is None and draft.audio == FAKE_OGG
    assert f'src="/recordings/{draft_id}/audio"' in student_client.get(f"/conversations/{record.id}").text
    assert "Opnames in bewerking" not in student_client.get("/conversations").text
    # the trainer sees the conversation, not the recording
    assert trainer_client.get(f"/conversations/{record.id}").status_code == 200
    assert "/audio" not in trainer_client.get(f"/conversations/{record.id}").text
    assert trainer_client.get(f"/recordings/{draft_id}/audio").status_code == 404
    # deleting the recording keeps the conversation; deleting the conversation would take the recording along
    deleted = student_client.post(
        f"/recordings/{draft_id}/delete",
        data={"csrf_token": csrf_token(student_client)},
        follow_redirects=False,
    )
    assert deleted.headers["location"] == f"/conversations/{record.id}?done=recording_deleted"
    assert stored_draft(db_session, draft_id) is None
    assert db_session.get(ConversationRecord, record.id) is not None


def test_deleting_the_conversation_deletes_the_kept_recording(
    student_client, fake_speech, db_session
) -> None:  # type: ignore[no-untyped-def]
    draft_id = new_draft(student_client, keep_recording="true")
    student_client.post(f"/recordings/{draft_id}/analyse", data=form_of(student_client, draft_id))
    record_id = stored_draft(db_session, draft_id).conversation_id
    student_client.post(f"/conversations/{record_id}/delete", data={"csrf_token": csrf_token(student_client)})
    assert stored_draft(db_session, draft_id) is None


def test_a_draft_without_turns_is_not_analysed(student_client, fake_speech, db_session) -> None:  # type: ignore[no-untyped-def]
    draft_id = new_draft(student_client)
    empty = {f"text_{i}": "" for i in range(4)}
    response = student_client.post(
        f"/recordings/{draft_id}/analyse", data=form_of(student_client, draft_id, **empty)
    )
    assert response.status_code == 422 and "[E532]" in response.text
    assert stored_draft(db_session, draft_id).status == RecordingStatus.READY
    assert db_session.scalar(select(func.count(ConversationRecord.id))) == 0


# -- the recording's bytes ---------------------------------------------------------------------------------


def test_range_requests_get_the_right_bytes(student_client, fake_speech) -> None:  # type: ignore[no-untyped-def]
    draft_id = new_draft(student_client)
    url = f"/recordings/{draft_id}/audio"
    whole = student_client.get(url)
    assert whole.status_code == 200 and whole.content == FAKE_OGG
    assert whole.headers["content-type"] == "audio/ogg" and whole.headers["accept-ranges"] == "bytes"
    assert whole.headers["cache-control"] == "no-store"
    size = len(FAKE_OGG)
    for header, first, last in [
        ("bytes=0-99", 0, 99),
        ("bytes=1000-1999", 1000, 1999),
        ("bytes=9000-", 9000, size - 1),
        ("bytes=-50", size - 50, size - 1),
        ("bytes=10000-999999", 10000, size - 1),
    ]:
        part = student_client.get(url, headers={"Range": header})
        assert part.status_code == 206, header
        assert part.content == FAKE_OGG[first : last + 1], header
        assert part.headers["content-range"] == f"bytes {first}-{last}/{size}", header
        assert part.headers["content-length"] == str(last - first + 1)
    beyond = student_client.get(url, headers={"Range": f"bytes={size}-"})
    assert beyond.status_code == 416 and beyond.headers["content-range"] == f"bytes */{size}"
    assert student_client.get(url, headers={"Range": "bytes=5-1"}).status_code == 200  # invalid: ignored


# -- privacy -----------------------------------------------------------------------------------------------


def test_only_the_owner_sees_a_draft_and_its_recording(
    login, users, student_client, fake_speech, db_session
) -> None:  # type: ignore[no-untyped-def]
    draft_id = new_draft(student_client, title="Van Sam")
    for who in (users.other, users.trainer, users.admin):
        client = login(who)
        token = csrf_token(client)
        assert client.get(f"/recordings/{draft_id}").status_code == 404
        assert client.get(f"/recordings/{draft_id}/audio", headers={"Range": "bytes=0-9"}).status_code == 404
        for action in ("save", "analyse", "retry"):
            form = {"csrf_token": token, "revision": "0", "role_0": "client", "text_0": "overschreven"}
            assert client.post(f"/recordings/{draft_id}/{action}", data=form).status_code == 404
        assert "Van Sam" not in client.get("/conversations").text
    assert (
        client.post(f"/recordings/{draft_id}/delete", data={"csrf_token": token}).status_code == 200
    )  # admin
    assert stored_draft(db_session, draft_id) is None


def test_other_students_cannot_delete_a_draft(login, users, student_client, fake_speech, db_session) -> None:  # type: ignore[no-untyped-def]
    draft_id = new_draft(student_client)
    other = login(users.other)
    response = other.post(f"/recordings/{draft_id}/delete", data={"csrf_token": csrf_token(other)})
    assert response.status_code == 404
    assert turns_of(db_session, draft_id)[0].text == "Hoi Robert, kom erin."


def test_the_new_forms_need_the_csrf_token(student_client, fake_speech, db_session) -> None:  # type: ignore[no-untyped-def]
    draft_id = new_draft(student_client)
    for action in ("save", "analyse", "retry", "delete"):
        for forged in (None, "forged"):
            form = form_of(student_client, draft_id, text_0="vervalst")
            del form["csrf_token"]
            if forged:
                form["csrf_token"] = forged
            response = student_client.post(
                f"/recordings/{draft_id}/{action}", data=form, follow_redirects=False
            )
            assert response.status_code == 403, (action, forged)
    refused = student_client.post(
        "/conversations/upload", files={"file": ("opname.ogg", FAKE_OGG, "audio/ogg")}, follow_redirects=False
    )
    assert refused.status_code == 403
    assert turns_of(db_session, draft_id)[0].text == "Hoi Robert, kom erin."
    assert db_session.scalar(select(func.count(RecordingDraft.id))) == 1


def test_the_export_holds_the_draft_not_the_recording(student_client, fake_speech) -> None:  # type: ignore[no-untyped-def]
    new_draft(student_client)
    data = student_client.get("/account/export").json()
    (exported,) = data["recordings"]
    assert exported["draft"]["turns"][0]["text"] == "Hoi Robert, kom erin." and exported["bytes"] == len(
        FAKE_OGG
    )


def test_parse_range() -> None:
    assert recordings.parse_range(None, 100) is None
    assert recordings.parse_range("bytes=0-0", 100) == (0, 0)
    assert recordings.parse_range("bytes=-200", 100) == (0, 99)
    assert recordings.parse_range("items=0-5", 100) is None
    assert recordings.parse_range("bytes=0-5,10-20", 100) is None
    assert recordings.parse_range("bytes=a-b", 100) is None
    assert recordings.parse_range("bytes=0-", 10 * recordings.MAX_CHUNK) == (0, recordings.MAX_CHUNK - 1)
    with pytest.raises(recordings.RangeNotSatisfiable):
        recordings.parse_range("bytes=100-", 100)
    with pytest.raises(recordings.RangeNotSatisfiable):
        recordings.parse_range("bytes=-0", 100)


def test_utf16_text_is_not_taken_for_mp3() -> None:
    assert not recordings.is_recording_upload("gesprek.txt", "Hulpverlener: hoi".encode("utf-16"))
    assert recordings.is_recording_upload("opname", b"ID3\x04\x00")
    assert recordings.is_recording_upload("gesprek.MP3", b"")
    with pytest.raises(InputError):
        recordings.check_recording("gesprek.mp3", b"Hulpverlener: hoi")
