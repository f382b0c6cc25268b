"""Conversation pages: list, upload, view (report and coded transcript), downloads, delete."""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import Session

from ontmoeting.errors import OntmoetingError
from ontmoeting.store.convert import from_record
from ontmoeting.store.tables import User
from ontmoeting.transcript.model import Dimension
from ontmoeting.web import authz
from ontmoeting.web.deps import current_user, get_db, page_language
from ontmoeting.web.i18n import text
from ontmoeting.web.routers import recordings as recording_pages
from ontmoeting.web.services import conversations, pipeline, recordings
from ontmoeting.web.services.uploads import read_limited
from ontmoeting.web.templating import add_nav, render

router = APIRouter(prefix="/conversations", tags=["pages"], include_in_schema=False)
add_nav("nav_conversations", "/conversations", order=20)


def code_labeller(lang: str):  # type: ignore[no-untyped-def]
    """``label(turn)`` -> the turn's main code's name in ``lang`` (from the codebook), else the code id."""
    try:
        from ontmoeting.coding.codebook import load_codebook

        codebook = load_codebook()
    except (ImportError, OntmoetingError):
        codebook = None

    def label(turn) -> str:  # type: ignore[no-untyped-def]
        dimension = Dimension.BEHAVIOUR if turn.role.value == "helper" else Dimension.TALK
        if codebook is not None and codebook.find(dimension, turn.code) is not None:
            return codebook.name(dimension, turn.code, lang)
        return str(turn.code).replace("_", " ")

    return label


def download_name(record, suffix: str) -> str:  # type: ignore[no-untyped-def]
    return f"gesprek-{record.id}{suffix}"


@router.get("")
def list_page(request: Request, user: User = Depends(current_user), db: Session = Depends(get_db)):
    records = list(db.scalars(authz.visible_conversations(db, user).limit(500)))
    owners = {u.id: u for u in db.scalars(select(User).where(User.id.in_({r.owner_id for r in records})))}
    counts = conversations.turn_counts(db, [r.id for r in records])
    drafts = recordings.open_drafts(db, user)  # the user's own recordings that are not analysed yet
    context = {"records": records, "owners": owners, "counts": counts, "drafts": drafts}
    return render(request, "conversations/list.html", context)


@router.get("/upload")
def upload_page(request: Request, user: User = Depends(current_user)):
    return render(request, "conversations/upload.html", {"pseudonymise": True})


@router.post("/upload")
async def upload(
    request: Request,
    file: UploadFile = File(...),
    title: str = Form(""),
    language: str = Form("auto"),
    pseudonymise: bool = Form(False),
    keep_recording: bool = Form(False),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
):
    settings = request.app.state.settings
    lang = page_language(request)
    form_state = {
        "title": title,
        "language": language,
        "pseudonymise": pseudonymise,
        "keep_recording": keep_recording,
    }
    try:
        if await recording_pages.is_recording(file):  # transcribed off the request, corrected, then analysed
            options = recordings.RecordingOptions(
                filename=file.filename or "opname",
                title=title,
                language=language if language in ("nl", "en") else None,
                pseudonymise=pseudonymise,
                keep_recording=keep_recording,
            )
            return await recording_pages.accept_upload(request, file, options, user, db)
        data = await read_limited(file, settings.max_upload_bytes)
        options = conversations.UploadOptions(
            filename=file.filename or "upload.txt",
            title=title,
            language=language if language in ("nl", "en") else None,
            pseudonymise=pseudonymise,
        )
        record = conversations.ingest(db, user, data, options, max_bytes=settings.max_upload_bytes)
    except OntmoetingError as error:
        from ontmoeting.web.errors import status_for

        context = {**form_state, "error": error.render(lang), "error_code": error.code}
        return render(request, "conversations/upload.html", context, status_for(error))
    return RedirectResponse(f"/conversations/{record.id}?done=uploaded", status_code=303)


@router.get("/{conversation_id}")
def view(
    request: Request, conversation_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)
):
    record = authz.conversation_for(db, user, conversation_id)
    lang = page_language(request)
    conversation = from_record(record)
    analysis = conversations.analysis_for(db, record, lang)
    fragment = pipeline.render_fragment(analysis) if analysis is not None else None
    owner = db.get(User, record.owner_id)
    context = {
        "record": record,
        "conversation": conversation,
        "owner": owner,
        "report_html": Markup(fragment) if fragment else None,  # built and escaped by the feedback layer
        "can_manage": authz.can_manage_conversation(user, record),
        "feedback_missing": analysis is None,
        "dimension_flag": Dimension.FLAG,
        "code_label": code_labeller(lang),
        "recording": recordings.kept_recording(db, user, record.id),  # only the owner's
    }
    return render(request, "conversations/view.html", context)


@router.get("/{conversation_id}/report.html")
def report_html(
    request: Request, conversation_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)
):
    record = authz.conversation_for(db, user, conversation_id)
    analysis = conversations.analysis_for(db, record, page_language(request))
    document = pipeline.render_document(analysis) if analysis is not None else None
    if document is None:
        return render(
            request,
            "error.html",
            {"status": 503, "message": text("feedback_missing", page_language(request))},
            503,
        )
    headers = {"Content-Disposition": f'attachment; filename="{download_name(record, "-rapport.html")}"'}
    return HTMLResponse(document, headers=headers)


@router.get("/{conversation_id}/report.json")
def report_json(
    request: Request, conversation_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)
):
    record = authz.conversation_for(db, user, conversation_id)
    analysis = conversations.analysis_for(db, record, page_language(request))
    if analysis is None:
        return JSONResponse({"error": {"status": 503, "message": text("feedback_missing", "en")}}, 503)
    headers = {"Content-Disposition": f'attachment; filename="{download_name(record, "-rapport.json")}"'}
    return JSONResponse(analysis.model_dump(mode="json"), headers=headers)


@router.get("/{conversation_id}/conversation.json")
def conversation_json(
    conversation_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)
):
    record = authz.conversation_for(db, user, conversation_id)
    body = json.dumps(from_record(record).model_dump(mode="json"), ensure_ascii=False, indent=2)
    headers = {"Content-Disposition": f'attachment; filename="{download_name(record, ".json")}"'}
    return Response(body, media_type="application/json", headers=headers)


@router.post("/{conversation_id}/delete")
def delete(conversation_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)):
    record = authz.conversation_for(db, user, conversation_id, manage=True)
    db.delete(record)
    return RedirectResponse("/conversations?done=deleted", status_code=303)
