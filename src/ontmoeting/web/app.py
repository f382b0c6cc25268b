"""The application factory: ``create_app(settings)`` builds the werkplaats on one database."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from ontmoeting import __version__
from ontmoeting.errors import OntmoetingError
from ontmoeting.store.db import is_sqlite, make_engine, session_factory
from ontmoeting.store.faults import StorageError, explain, storage_faults
from ontmoeting.store.migrate import check_schema, is_empty, upgrade
from ontmoeting.store.tables import UserRole
from ontmoeting.web.catalogue import register_core_catalogue
from ontmoeting.web.deps import csrf_protect, page_language
from ontmoeting.web.errors import LoginRequired, WebError, status_for, storage_message, storage_text
from ontmoeting.web.i18n import text
from ontmoeting.web.limits import BodySizeLimit, SecurityHeaders
from ontmoeting.web.routers import ROUTERS
from ontmoeting.web.services.committing import COMMIT_FIRST
from ontmoeting.web.services.transcription import Transcriber
from ontmoeting.web.settings import Settings
from ontmoeting.web.templating import render

STATIC = Path(__file__).resolve().parent / "static"

log = logging.getLogger("ontmoeting.web")


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", "")


def prepare_database(settings: Settings):  # type: ignore[no-untyped-def]
    """The engine, after making sure the schema is current: an empty database is created (first start),
    one that is behind makes the app refuse to start (SchemaError with the command to run)."""
    engine = make_engine(settings.database_url)
    if settings.create_empty_database and is_empty(engine):
        upgrade(settings.database_url)
    check_schema(engine)
    return engine


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.transcriber.shutdown()  # a running transcription stops and is queued for the next start


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    register_core_catalogue()
    with storage_faults(settings.database_url):  # an impossible path or a read-only file: a coded error
        engine = prepare_database(settings)
    app = FastAPI(
        title="ontmoeting werkplaats",
        version=__version__,
        description="JSON API of the werkplaats. Authenticate with `Authorization: Bearer <token>`; create a "
        "token on the account page or with `ontmoeting users token EMAIL`.",
        docs_url=None,  # the default Swagger UI loads from a CDN; /api/docs is served from the package
        redoc_url=None,
        openapi_url="/api/openapi.json",
        # Every route, including those added later: CSRF check, and a commit before the response leaves (so
        # that a redirect never asks for rows that are not committed yet; see services/committing.py).
        dependencies=[Depends(csrf_protect), COMMIT_FIRST],
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_factory = session_factory(engine)
    app.state.sqlite = is_sqlite(settings.database_url)
    # Recordings are transcribed off the request, one at a time (services/transcription.py); drafts that a
    # stopped process left half done are taken up again now.
    app.state.transcriber = Transcriber(
        app.state.session_factory,
        inline=settings.transcription == "inline",
        stale_after=timedelta(minutes=settings.transcription_stale_minutes),
    )
    app.state.transcriber.resume()

    app.add_middleware(SecurityHeaders)
    # The upload page also takes recordings, with their own (larger) limit; every other path keeps the
    # limit for transcripts.
    app.add_middleware(
        BodySizeLimit,
        max_bytes=settings.max_upload_bytes + 256 * 1024,
        larger={
            "/conversations/upload": max(settings.max_upload_bytes, settings.max_recording_bytes) + 256 * 1024
        },
    )
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for router in ROUTERS:
        app.include_router(router)
    install_error_handlers(app)
    return app


def install_error_handlers(app: FastAPI) -> None:
    def error_response(request: Request, status: int, message: str, code: str | None = None) -> Response:
        if wants_json(request):
            return JSONResponse(
                {"error": {"status": status, "code": code, "message": message}}, status_code=status
            )
        hint = storage_text("hint", page_language(request)) if status == 503 else None
        context = {"status": status, "message": message, "code": code, "hint": hint}
        return render(request, "error.html", context, status)

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, error: LoginRequired) -> Response:
        if wants_json(request):
            response = error_response(request, 401, text(error.key, page_language(request)))
            response.headers["WWW-Authenticate"] = "Bearer"
            return response
        target = request.url.path if request.method == "GET" else "/"
        return RedirectResponse(f"/login?next={target}", status_code=303)

    @app.exception_handler(WebError)
    async def web_error(request: Request, error: WebError) -> Response:
        return error_response(request, error.status_code, text(error.key, page_language(request)))

    def storage_response(request: Request, fault: StorageError) -> Response:
        log.warning("storage fault on %s %s: %s", request.method, request.url.path, fault.render("en"))
        auth = getattr(request.state, "auth", None)
        admin = auth is not None and auth.view is not None and auth.view.role == UserRole.ADMIN.value
        message = storage_message(fault, page_language(request), full=admin)
        return error_response(request, 503, message, fault.code)

    @app.exception_handler(DBAPIError)
    async def database_failed(request: Request, error: DBAPIError) -> Response:
        # The database failed while serving (made read-only, folder gone, file replaced, disk full, server
        # down): a 503 with the reason instead of a traceback. Other database errors (an IntegrityError is a
        # bug or a race) are raised on as before.
        fault = explain(error, request.app.state.settings.database_url)
        if fault is None:
            raise error
        return storage_response(request, fault)

    @app.exception_handler(StorageError)
    async def storage_error(request: Request, error: StorageError) -> Response:
        return storage_response(request, error)

    @app.exception_handler(OntmoetingError)
    async def user_error(request: Request, error: OntmoetingError) -> Response:
        return error_response(request, status_for(error), error.render(page_language(request)), error.code)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        if wants_json(request):
            return JSONResponse({"error": {"status": 422, "detail": error.errors()}}, status_code=422)
        return error_response(request, 422, text("error_invalid_form", page_language(request)))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        key = {404: "error_not_found", 405: "error_method", 403: "error_forbidden"}.get(error.status_code)
        message = text(key, page_language(request)) if key else str(error.detail)
        return error_response(request, error.status_code, message)
