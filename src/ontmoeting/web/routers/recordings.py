"""Recordings: from the upload page to a draft, its progress while it is transcribed, the correction step, the
recording's bytes for the player (with HTTP Range), and confirming the draft as an analysed conversation.

Only the owner sees a draft and its recording (an admin may delete them); everyone else gets 404.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from ontmoeting.errors import OntmoetingError
from ontmoeting.store.tables import RecordingDraft, RecordingStatus, User
from ontmoeting.transcript.model import Conversation
from ontmoeting.web import authz
from ontmoeting.web.deps import current_user, get_db, page_language
from ontmoeting.web.errors import NotFound, status_for
from ontmoeting.web.i18n import register_catalogue
from ontmoeting.web.services import drafts, recordings
from ontmoeting.web.services.recording_texts import TEXTS
from ontmoeting.web.services.uploads import read_limited
from ontmoeting.web.templating import render

register_catalogue(TEXTS)

router = APIRouter(prefix="/recordings", tags=["pages"], include_in_schema=False)

REFRESH_SECONDS = 3


def clock(seconds: float | None) -> str:
    """0:07, 12:34, 1:02:03."""
    if seconds is None:
        return ""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


async def is_recording(file: UploadFile) -> bool:
    """Whether the upload is a recording: by its name, or by its first bytes."""
    head = await file.read(recordings.HEAD_BYTES)
    await file.seek(0)
    return recordings.is_recording_upload(file.filename or "", head)


async def accept_upload(
    request: Request, file: UploadFile, options: recordings.RecordingOptions, user: User, db: Session
) -> Response:
    """The upload page's path for a recording: stored as a draft and queued; the job runs off the request
    (after the commit, so that its own session sees the row). Raises the coded errors the page shows."""
    data = await read_limited(file, request.app.state.settings.max_recording_bytes)

    def store_and_queue() -> int:  # off the event loop: storing hundreds of MB takes a moment
        draft = recordings.create_draft(db, user, data, options)
        db.commit()
        request.app.state.transcriber.submit(draft.id)
        return draft.id

    draft_id = await run_in_threadpool(store_and_queue)
    return RedirectResponse(f"/recordings/{draft_id}", status_code=303)


def turn_flags(conversation: Conversation) -> list[bool]:
    """Per turn: the same role as the turn before it (a hint to merge)."""
    turns = conversation.turns
    return [k > 0 and turns[k].role == turns[k - 1].role for k in range(len(turns))]


def draft_page(
    request: Request,
    db: Session,
    draft: RecordingDraft,
    *,
    page: int = 1,
    error: OntmoetingError | None = None,
) -> Response:
    lang = page_language(request)
    conversation = recordings.draft_conversation(draft) if draft.status == RecordingStatus.READY else None
    indices = drafts.page_range(conversation, page) if conversation else range(0)
    busy = draft.status in (RecordingStatus.QUEUED, RecordingStatus.TRANSCRIBING)
    context = {
        "draft": draft,
        "conversation": conversation,
        "indices": indices,
        "page": (indices.start // drafts.PAGE_SIZE) + 1 if conversation else 1,
        "pages": drafts.pages(conversation) if conversation else 1,
        "same_as_previous": turn_flags(conversation) if conversation else [],
        "choices": [choice.value for choice in drafts.CHOICES],
        "warnings": recordings.warnings(draft, lang),
        "failure": recordings.error_message(draft, lang) if draft.status == RecordingStatus.FAILED else None,
        "error": error.render(lang) if error else None,
        "ahead": recordings.queue_position(db, draft) if busy else 0,
        "refresh": REFRESH_SECONDS if busy and error is None else None,
        "percent": round(100 * (draft.progress or 0.0)),
        "has_audio": recordings.has_audio(db, draft),
        "clock": clock,
    }
    return render(request, "recordings/draft.html", context, status_for(error) if error else 200)


@router.get("/{draft_id}")
def view(
    request: Request,
    draft_id: int,
    page: int = 1,
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
):
    draft = authz.draft_for(db, user, draft_id)
    if draft.status in (RecordingStatus.QUEUED, RecordingStatus.TRANSCRIBING):
        db.commit()  # nothing of this request holds a lock while the job's own session writes
        request.app.state.transcriber.heal(draft.id)  # a job lost with a stopped process is taken up again
    return draft_page(request, db, draft, page=page)


@router.get("/{draft_id}/audio")
def audio(request: Request, draft_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)):
    """The recording's bytes with its own content type; a Range request gets 206 with just those bytes (the
    player seeks, and plays one turn with a media fragment ``#t=start,end``)."""
    draft = authz.draft_for(db, user, draft_id)
    if not recordings.has_audio(db, draft):
        raise NotFound()
    headers = {"Accept-Ranges": "bytes", "Cache-Control": "no-store"}
    try:
        wanted = recordings.parse_range(request.headers.get("range"), draft.size)
    except recordings.RangeNotSatisfiable:
        return Response(status_code=416, headers={**headers, "Content-Range": f"bytes */{draft.size}"})
    if wanted is None:
        return Response(recordings.audio_bytes(db, draft), media_type=draft.content_type, headers=headers)
    first, last = wanted
    body = recordings.audio_bytes(db, draft, first, last)
    headers["Content-Range"] = f"bytes {first}-{first + len(body) - 1}/{draft.size}"
    return Response(body, status_code=206, media_type=draft.content_type, headers=headers)


def form_page(form) -> int:  # type: ignore[no-untyped-def]
    value = str(form.get("page") or "1")
    return int(value) if value.isdigit() else 1


def corrected(draft: RecordingDraft, form, action: str) -> Conversation:  # type: ignore[no-untyped-def]
    """The draft with this submit's edits and action (E538 for a form made from an older version)."""
    revision = form.get("revision")
    conversation = recordings.ready_draft(draft, revision if isinstance(revision, str) else "")
    edits = drafts.parse_edits(form, drafts.page_range(conversation, form_page(form)))
    recordings.set_choices(
        draft,
        title=str(form.get("title") or ""),
        pseudonymise=form.get("pseudonymise") == "true",
        keep_recording=form.get("keep_recording") == "true",
    )
    return drafts.correct(conversation, edits, action)


@router.post("/{draft_id}/save")
async def save(
    request: Request, draft_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)
):
    """Opslaan, and the form's other buttons: swap the speakers, merge a turn with the previous one, go to
    another page of turns. Every button saves what was typed first."""
    draft = authz.draft_for(db, user, draft_id)
    form = await request.form()
    action = str(form.get("action") or "save")
    page = form_page(form)
    if action.startswith("goto:"):
        target = action.partition(":")[2]
        page, action = (int(target) if target.isdigit() else page), "save"
    try:
        conversation = corrected(draft, form, action)
    except OntmoetingError as error:
        return draft_page(request, db, draft, page=page, error=error)
    recordings.save(db, draft, conversation)
    anchor = ""
    if action.startswith("merge:") and action.partition(":")[2].isdigit():
        anchor = f"#turn-{max(int(action.partition(':')[2]) - 1, 0)}"
    return RedirectResponse(
        f"/recordings/{draft.id}?page={page}&done=recording_saved{anchor}", status_code=303
    )


@router.post("/{draft_id}/analyse")
async def analyse(
    request: Request, draft_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)
):
    """Analyseren: save the form, then code, store and analyse the corrected conversation as a text upload
    is; the recording is deleted unless kept."""
    draft = authz.draft_for(db, user, draft_id)
    form = await request.form()
    page = form_page(form)
    try:
        conversation = corrected(draft, form, "save")
    except OntmoetingError as error:
        return draft_page(request, db, draft, page=page, error=error)
    recordings.save(db, draft, conversation)
    db.commit()  # the corrections are kept even when the analysis below fails
    kept = draft.keep_recording
    try:  # coding and analysing take seconds: off the event loop
        record = await run_in_threadpool(recordings.confirm, db, user, draft)
    except OntmoetingError as error:
        db.rollback()
        return draft_page(request, db, draft, page=page, error=error)
    done = "recording_analysed_kept" if kept else "recording_analysed"
    return RedirectResponse(f"/conversations/{record.id}?done={done}", status_code=303)


@router.post("/{draft_id}/retry")
def retry(request: Request, draft_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)):
    draft = authz.draft_for(db, user, draft_id)
    try:
        recordings.retry(db, draft)
    except OntmoetingError as error:
        return draft_page(request, db, draft, error=error)
    db.commit()
    request.app.state.transcriber.submit(draft.id)
    return RedirectResponse(f"/recordings/{draft.id}?done=recording_retry", status_code=303)


@router.post("/{draft_id}/delete")
def delete(draft_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)):
    """The draft and its recording, for good: the owner, or an admin."""
    draft = authz.draft_for(db, user, draft_id, manage=True)
    conversation_id = draft.conversation_id if draft.owner_id == user.id else None
    recordings.delete(db, draft)
    if conversation_id is not None:
        return RedirectResponse(f"/conversations/{conversation_id}?done=recording_deleted", status_code=303)
    return RedirectResponse("/conversations?done=recording_deleted", status_code=303)
