"""The werkplaats's settings: which database, limits, cookie behaviour."""

from __future__ import annotations

from pydantic import BaseModel, Field

from ontmoeting.store.db import resolve_url


class Settings(BaseModel):
    database_url: str = Field(default_factory=resolve_url)
    #: Create the schema when the database is empty (first start on a laptop). A database that has tables
    #: but an older schema is never changed at start: the app refuses and asks for ``ontmoeting db upgrade``.
    create_empty_database: bool = True
    max_upload_bytes: int = 5 * 1024 * 1024
    #: Recordings (wav, mp3, m4a, ...) are larger than transcripts: their own limit, for the upload page only.
    max_recording_bytes: int = 200 * 1024 * 1024
    #: Where recordings are transcribed: "thread" (a background worker thread of the server process, one
    #: recording at a time) or "inline" (inside the upload request; for tests, which stay deterministic).
    transcription: str = "thread"
    #: A draft that says "transcribing" without a sign of life for this long is taken to be left by a
    #: process that stopped (crashed, or on another server), and is transcribed again.
    transcription_stale_minutes: int = 10
    session_hours: int = 24 * 14
    #: Secure cookies: "auto" sets them when the request came over https (also behind a proxy that sends
    #: X-Forwarded-Proto and is trusted by uvicorn's --proxy-headers); "always" or "never" force it.
    secure_cookies: str = "auto"
    login_max_failures: int = 5  # per account and address
    login_max_failures_per_address: int = 50  # per address over all accounts (password spraying)
    login_window_minutes: int = 15
    default_language: str = "nl"
