"""Relatiefeedback pages: the helper's clients, one-time links with a QR code, the client's form (no account),
trajectories with signals, the trainer's view of practice clients, CSV export.

The client's form at ``/r/{token}`` is the only page here without login: the one-time token is the credential.
It is still a normal form for the app-wide CSRF check (the anonymous double-submit cookie set when the form is
shown), and a replay of a used token is refused (410) because submitting claims the link atomically.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import qrcode
import qrcode.image.svg
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import Session

from ontmoeting.errors import OntmoetingError
from ontmoeting.relationship import service
from ontmoeting.relationship.charts import trajectory_svg
from ontmoeting.relationship.export import export_csv
from ontmoeting.relationship.signals import SignalSettings, evaluate
from ontmoeting.relationship.web_texts import TEXTS
from ontmoeting.store.tables import User, UserRole, utcnow
from ontmoeting.web.deps import current_user, get_db, page_language, require_trainer
from ontmoeting.web.errors import STATUS_BY_CODE, status_for
from ontmoeting.web.i18n import LANGUAGES, register_catalogue, translator
from ontmoeting.web.templating import add_nav, render

register_catalogue(TEXTS)
STATUS_BY_CODE.update({"E612": 404, "E613": 410, "E614": 404})

router = APIRouter(prefix="/relationship", tags=["pages"], include_in_schema=False)
public = APIRouter(tags=["pages"], include_in_schema=False)  # the client's form, without login
add_nav("rel_nav", "/relationship")


def now(request: Request) -> dt.datetime:
    """The current moment; tests replace it with ``app.state.clock`` to move time."""
    clock = getattr(request.app.state, "clock", None)
    return clock() if clock is not None else utcnow()


def when(moment: dt.datetime) -> str:
    return moment.strftime("%d-%m-%Y %H:%M UTC")


def qr_svg(url: str) -> Markup:
    """The link as a QR code, drawn locally as SVG (no network), sized by the page."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=2)
    svg = image.to_string(encoding="unicode")
    svg = re.sub(r"^<\?xml[^>]*>\s*", "", svg)
    svg = re.sub(r'\s(width|height)="[^"]*"', "", svg, count=2)  # let CSS size it, keep the viewBox
    return Markup(svg.replace("<svg ", '<svg class="qr" role="img" aria-hidden="true" ', 1))


def client_context(request: Request, db: Session, user: User, client: Any) -> dict[str, Any]:
    settings = SignalSettings.from_env()
    [row] = service.overview_of([client], settings)
    lang = page_language(request)
    all_signals = evaluate(row.trajectory, settings)
    owner = db.get(User, client.owner_id)
    link = service.open_link_of(db, client, now(request)) if client.owner_id == user.id else None
    return {
        "client": client,
        "row": row,
        "path": row.trajectory,
        "all_signals": all_signals,
        "chart": Markup(trajectory_svg(row.trajectory, all_signals, lang)),
        "owner": owner,
        "can_manage": client.owner_id == user.id,
        "open_link": link,
        "open_link_expires": when(link.expires_at) if link else None,
        "next_number": len(row.trajectory.sessions) + 1,
        "sources": {s.number: s.source for s in client.sessions},
    }


# --- the helper's pages -------------------------------------------------------------------------------------


@router.get("")
def overview(request: Request, user: User = Depends(current_user), db: Session = Depends(get_db)):
    rows = service.overview_of(service.own_clients(db, user))
    return render(
        request,
        "relationship/overview.html",
        {
            "rows": rows,
            "is_trainer": user.role in (UserRole.TRAINER.value, UserRole.ADMIN.value),
            "default_practice": user.role == UserRole.STUDENT.value,
        },
    )


@router.post("/clients")
def add_client(
    request: Request,
    code: str = Form(""),
    client_language: str = Form("nl"),
    practice: bool = Form(False),
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
):
    try:
        client = service.register_client(db, user, code, language=client_language, practice=practice)
    except OntmoetingError as error:
        rows = service.overview_of(service.own_clients(db, user))
        return render(
            request,
            "relationship/overview.html",
            {
                "rows": rows,
                "error": error.render(page_language(request)),
                "code": code,
                "is_trainer": user.role in (UserRole.TRAINER.value, UserRole.ADMIN.value),
                "default_practice": practice,
            },
            status_for(error),
        )
    return RedirectResponse(f"/relationship/clients/{client.id}?done=rel_created", status_code=303)


@router.get("/clients/{client_id}")
def client_page(
    request: Request, client_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)
):
    client = service.visible_client(db, user, client_id)
    return render(request, "relationship/client.html", client_context(request, db, user, client))


@router.post("/clients/{client_id}/link")
def make_link(
    request: Request, client_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)
):
    client = service.visible_client(db, user, client_id, manage=True)
    token, link = service.create_link(db, client, now=now(request))
    url = str(request.base_url).rstrip("/") + f"/r/{token}"
    return render(
        request,
        "relationship/link.html",
        {
            "client": client,
            "url": url,
            "qr": qr_svg(url),
            "expires": when(link.expires_at),
        },
    )


@router.post("/clients/{client_id}/sessions")
async def record(
    request: Request, client_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)
):
    client = service.visible_client(db, user, client_id, manage=True)
    form = await request.form()
    rel_instrument, wb_instrument = service.instruments_of(client)
    try:
        service.record_scores(
            db,
            client,
            source="manual",
            relationship=_answers(form, "rel", rel_instrument.item_ids, optional=True),
            wellbeing=_answers(form, "wb", wb_instrument.item_ids, optional=True),
        )
    except OntmoetingError as error:
        context = client_context(request, db, user, client)
        context["error"] = error.render(page_language(request))
        return render(request, "relationship/client.html", context, status_for(error))
    return RedirectResponse(f"/relationship/clients/{client.id}?done=rel_saved", status_code=303)


def _csv(text: str, name: str) -> Response:
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
    )


@router.get("/clients/{client_id}/export.csv")
def export_client(client_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)):
    client = service.visible_client(db, user, client_id)
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", client.code)
    return _csv(export_csv([client]), f"relatie-{safe}.csv")


@router.get("/export.csv")
def export_all(user: User = Depends(current_user), db: Session = Depends(get_db)):
    return _csv(export_csv(service.own_clients(db, user)), "relatie-clienten.csv")


@router.get("/trainer")
def trainer_view(request: Request, user: User = Depends(require_trainer), db: Session = Depends(get_db)):
    clients = service.supervised_practice_clients(db, user)
    owners = {
        u.id: u for u in db.scalars(select(User).where(User.id.in_({c.owner_id for c in clients} or {-1})))
    }
    rows = service.overview_of(clients)
    rows.sort(key=lambda r: (owners[r.client.owner_id].display_name.lower(), r.sort_key()))
    return render(request, "relationship/trainer.html", {"rows": rows, "owners": owners})


# --- the client's form (no account) -------------------------------------------------------------------------


def _answers(form: Any, prefix: str, items: list[str], optional: bool = False) -> dict[str, str] | None:
    values = {item: form.get(f"{prefix}.{item}") for item in items}
    if optional and all(v in (None, "") for v in values.values()):
        return None
    return {item: (value if isinstance(value, str) else "") for item, value in values.items()}


def _client_page(request: Request, name: str, lang: str, status: int, extra: dict[str, Any] | None = None):
    context = {"t": translator(lang), "lang": lang, **(extra or {})}
    response = render(request, name, context, status)
    response.headers["Referrer-Policy"] = "no-referrer"  # the token must not leak to other sites
    return response


def _form_language(request: Request, client: Any) -> str:
    chosen = request.query_params.get("lang")
    return chosen if chosen in LANGUAGES else client.language


def _gone(request: Request, error: OntmoetingError):
    lang = (
        request.query_params.get("lang")
        if request.query_params.get("lang") in LANGUAGES
        else page_language(request)
    )
    gone = error.code == "E613"
    return _client_page(request, "relationship/gone.html", lang, 410 if gone else 404, {"gone": gone})


@public.get("/r/{token}")
def client_form(request: Request, token: str, db: Session = Depends(get_db)):
    try:
        client = service.link_client(db, token, now=now(request))
    except OntmoetingError as error:
        return _gone(request, error)
    rel_instrument, wb_instrument = service.instruments_of(client)
    lang = _form_language(request, client)
    return _client_page(
        request,
        "relationship/form.html",
        lang,
        200,
        {
            "token": token,
            "instruments": [("rel", rel_instrument), ("wb", wb_instrument)],
            "values": {},
            "other_lang": "en" if lang == "nl" else "nl",
        },
    )


@public.post("/r/{token}")
async def client_submit(request: Request, token: str, db: Session = Depends(get_db)):
    try:
        client = service.link_client(db, token, now=now(request))
    except OntmoetingError as error:
        return _gone(request, error)
    rel_instrument, wb_instrument = service.instruments_of(client)
    form = await request.form()
    lang = form.get("lang") if form.get("lang") in LANGUAGES else client.language
    relationship = _answers(form, "rel", rel_instrument.item_ids) or {}
    wellbeing = _answers(form, "wb", wb_instrument.item_ids) or {}
    try:
        service.submit_by_link(db, token, relationship=relationship, wellbeing=wellbeing, now=now(request))
    except OntmoetingError as error:
        if error.code in ("E612", "E613"):
            return _gone(request, error)
        return _client_page(
            request,
            "relationship/form.html",
            str(lang),
            422,
            {
                "token": token,
                "instruments": [("rel", rel_instrument), ("wb", wb_instrument)],
                "values": {f"rel.{k}": v for k, v in relationship.items()}
                | {f"wb.{k}": v for k, v in wellbeing.items()},
                "error": error.render(str(lang)),
                "other_lang": "en" if lang == "nl" else "nl",
            },
        )
    return _client_page(request, "relationship/thanks.html", str(lang), 200)
