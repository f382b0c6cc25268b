"""Practice pages (choose a persona, chat with the coach beside it, finish to get the report) and the same
actions in the JSON API under /api/v1/practice.

The chat is a plain form: each action posts and the page is shown again (works without JavaScript). With
``static/learning.js`` the forms are sent with fetch and the server answers with the ``practice/_live.html``
fragment only (request header ``x-partial: 1``), so the page does not reload.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from ontmoeting.errors import OntmoetingError
from ontmoeting.practice.session import PracticeSession
from ontmoeting.store.tables import PracticeSessionRecord, User
from ontmoeting.web.deps import current_user, get_db, page_language
from ontmoeting.web.errors import status_for
from ontmoeting.web.i18n import register_catalogue
from ontmoeting.web.schemas import ConversationOut
from ontmoeting.web.services import conversations
from ontmoeting.web.services import practice as practising
from ontmoeting.web.services.learning_texts import ALL
from ontmoeting.web.templating import add_nav, render

register_catalogue(ALL)

router = APIRouter(prefix="/practice", tags=["pages"], include_in_schema=False)
api = APIRouter(prefix="/api/v1/practice", tags=["practice"])
add_nav("nav_practice", "/practice", order=30)


def own_practice(
    practice_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)
) -> PracticeSessionRecord:
    """The caller's own practice session (a dependency, so that the 404 comes before any form parsing)."""
    return practising.record_for(db, user, practice_id)


def wants_partial(request: Request) -> bool:
    return request.headers.get("x-partial") == "1"


def chat_page(
    request: Request,
    record: PracticeSessionRecord,
    session: PracticeSession | None = None,
    *,
    status: int = 200,
    **extra: Any,
) -> Response:
    """The chat page, or only its live part for a fetch from learning.js."""
    lang = page_language(request)
    session = session or practising.session_of(record)
    state = session.state
    context = {
        "record": record,
        "name": session.name,
        "messages": practising.messages(session, lang),
        "layers": practising.layer_names(lang),
        "layer": session.depth,
        "deepest": state.deepest,
        "ended": state.ended,
        "active": record.status == practising.ACTIVE,
        "can_undo": bool(session.records),
        "talk_lang": session.lang,
        "hint": None,
        "error": None,
        "notice": None,
        **extra,
    }
    template = "practice/_live.html" if wants_partial(request) else "practice/chat.html"
    return render(request, template, context, status)


# Pages


@router.get("")
def choose(request: Request, user: User = Depends(current_user), db: Session = Depends(get_db)):
    lang = page_language(request)
    recent = practising.recent_sessions(db, user)
    names = {c.id: c.name for c in practising.persona_cards(lang)}
    return render(
        request,
        "practice/choose.html",
        {"cards": practising.persona_cards(lang), "recent": recent, "names": names},
    )


@router.post("")
def start(
    request: Request,
    persona: str = Form(""),
    language: str = Form(""),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
):
    record = practising.start(db, user, persona, language or page_language(request))
    return RedirectResponse(f"/practice/{record.id}", status_code=303)


@router.get("/{practice_id}")
def chat(request: Request, record: PracticeSessionRecord = Depends(own_practice)):
    return chat_page(request, record)


@router.post("/{practice_id}/turn")
def turn(
    request: Request,
    text: str = Form(""),
    record: PracticeSessionRecord = Depends(own_practice),
    db: Session = Depends(get_db),
):
    try:
        session, _ = practising.respond(db, record, text)
    except OntmoetingError as error:
        return chat_page(
            request, record, status=status_for(error), error=error.render(page_language(request)), draft=text
        )
    if wants_partial(request):
        return chat_page(request, record, session)
    return RedirectResponse(f"/practice/{record.id}#say", status_code=303)


@router.post("/{practice_id}/hint")
def hint(request: Request, record: PracticeSessionRecord = Depends(own_practice)):
    session, advice = practising.hint(record)
    return chat_page(request, record, session, hint=advice)


@router.post("/{practice_id}/undo")
def undo(
    request: Request, record: PracticeSessionRecord = Depends(own_practice), db: Session = Depends(get_db)
):
    session, undone = practising.undo(db, record)
    return chat_page(request, record, session, notice="pr_undone" if undone else "pr_nothing_to_undo")


@router.post("/{practice_id}/finish")
def finish(
    request: Request,
    record: PracticeSessionRecord = Depends(own_practice),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
):
    try:
        stored = practising.finish(db, user, record)
    except OntmoetingError as error:
        return chat_page(
            request, record, status=status_for(error), error=error.render(page_language(request))
        )
    return RedirectResponse(f"/conversations/{stored.id}?done=practice_finished", status_code=303)


@router.post("/{practice_id}/stop")
def stop(record: PracticeSessionRecord = Depends(own_practice)):
    practising.abandon(record)
    return RedirectResponse("/practice?done=practice_stopped", status_code=303)


# JSON API


class PersonaOut(BaseModel):
    id: str
    name: str
    age: int | None
    who: str
    situation: str
    learning_goal: str
    stance: str
    languages: list[str]


class PracticeStart(BaseModel):
    persona: str = Field(description="persona id, e.g. 'robert'")
    language: str | None = Field(None, description="nl or en; default: the user's language")
    seed: int | None = Field(None, ge=0, description="same seed and same turns give the same talk")


class PracticeTurn(BaseModel):
    text: str = Field(description="what the student says to the client")


class MessageOut(BaseModel):
    role: str
    text: str
    number: int
    code_name: str | None = None
    coach: str | None = None
    layer: int | None = None


class PracticeOut(BaseModel):
    id: int
    persona: str
    client_name: str
    language: str
    status: str
    conversation_id: int | None
    helper_turns: int
    layer: int
    deepest: int
    ended: bool
    messages: list[MessageOut]


class ReplyOut(BaseModel):
    client: str = Field(description="what the client answers")
    coach: str | None = Field(description="the coach's line about the student's turn")
    code: str = Field(description="the coder's code of the student's turn")
    layer: int
    ended: bool
    session: PracticeOut


class HintOut(BaseModel):
    hint: str


class UndoOut(BaseModel):
    undone: bool
    session: PracticeOut


def practice_out(record: PracticeSessionRecord, session: PracticeSession, lang: str) -> PracticeOut:
    return PracticeOut(**practising.summary(record, session, lang))


@api.get("/personas", response_model=list[PersonaOut], summary="The practice clients (personas)")
def api_personas(request: Request, user: User = Depends(current_user)) -> list[PersonaOut]:
    lang = page_language(request)
    return [
        PersonaOut(**{k: v for k, v in card.__dict__.items() if k != "lang"})
        for card in practising.persona_cards(lang)
    ]


@api.post("", response_model=PracticeOut, status_code=201, summary="Start a practice talk")
def api_start(
    request: Request, body: PracticeStart, user: User = Depends(current_user), db: Session = Depends(get_db)
) -> PracticeOut:
    record = practising.start(db, user, body.persona, body.language or page_language(request), body.seed)
    return practice_out(record, practising.session_of(record), page_language(request))


@api.get("/{practice_id}", response_model=PracticeOut, summary="A practice talk so far")
def api_get(request: Request, record: PracticeSessionRecord = Depends(own_practice)) -> PracticeOut:
    return practice_out(record, practising.session_of(record), page_language(request))


@api.post(
    "/{practice_id}/turns", response_model=ReplyOut, summary="Say something; the client and the coach answer"
)
def api_turn(
    request: Request,
    body: PracticeTurn,
    record: PracticeSessionRecord = Depends(own_practice),
    db: Session = Depends(get_db),
) -> ReplyOut:
    session, reply = practising.respond(db, record, body.text)
    out = practice_out(record, session, page_language(request))
    return ReplyOut(
        client=reply.text,
        coach=reply.coach,
        code=reply.code,
        layer=reply.layer,
        ended=reply.ended,
        session=out,
    )


@api.post("/{practice_id}/hint", response_model=HintOut, summary="A hint for the next turn")
def api_hint(record: PracticeSessionRecord = Depends(own_practice)) -> HintOut:
    _, advice = practising.hint(record)
    return HintOut(hint=advice)


@api.post("/{practice_id}/undo", response_model=UndoOut, summary="Take back the last turn")
def api_undo(
    request: Request, record: PracticeSessionRecord = Depends(own_practice), db: Session = Depends(get_db)
) -> UndoOut:
    session, undone = practising.undo(db, record)
    return UndoOut(undone=undone, session=practice_out(record, session, page_language(request)))


@api.post(
    "/{practice_id}/finish",
    response_model=ConversationOut,
    summary="Finish: the talk is coded, analysed and stored as a conversation (origin 'practice')",
)
def api_finish(
    record: PracticeSessionRecord = Depends(own_practice),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
) -> ConversationOut:
    stored = practising.finish(db, user, record)
    counts = conversations.turn_counts(db, [stored.id])
    return ConversationOut(**conversations.conversation_summary(stored, counts.get(stored.id, 0)))
