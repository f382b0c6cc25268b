"""Transcribing recordings off the request: one worker thread per server process (one recording at a time:
recognition uses every core), writing the job's status and progress to the draft's row in short
transactions of its own session.

A job claims its draft atomically (queued -> transcribing, with this process's worker id), so that several
server processes never transcribe one recording twice, and any of them may pick up a queued draft. At start
(:meth:`Transcriber.resume`), drafts left "transcribing" by a process that is gone are queued again, or
failed with a clear message after :data:`MAX_ATTEMPTS` runs that never finished (a recording that brings the
process down must not do so forever). A draft page whose job is lost does the same (:meth:`heal`).

Deleting a draft while it is transcribed stops the job at its next progress report; so does stopping the
server, which leaves the draft queued for the next start.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ontmoeting.errors import InputError, OntmoetingError
from ontmoeting.store.db import session_scope
from ontmoeting.store.tables import RecordingDraft, RecordingStatus, utcnow
from ontmoeting.transcript import speech

log = logging.getLogger("ontmoeting.web.transcription")

MAX_ATTEMPTS = 2
HEARTBEAT_SECONDS = 5.0  # a running job writes at least this often while it reports progress


class Cancelled(Exception):
    """The draft was deleted (or taken over) while it was transcribed, or the server is stopping."""


def unexpected(filename: str) -> InputError:
    return InputError(
        "E536",
        nl="Het uitschrijven van deze opname is onverwacht mislukt. Probeer het opnieuw; lukt het weer niet, "
        "meld het dan aan wie de werkplaats beheert (de oorzaak staat in het log van de server).",
        en="Transcribing this recording failed unexpectedly. Try again; if it fails again, tell whoever "
        "runs the werkplaats (the cause is in the server's log).",
        file=filename,
    )


def interrupted(filename: str) -> InputError:
    return InputError(
        "E537",
        nl=f"Het uitschrijven van deze opname is {MAX_ATTEMPTS} keer afgebroken doordat de server stopte. "
        "Probeer het opnieuw, of knip de opname in kortere delen.",
        en=f"Transcribing this recording was cut off {MAX_ATTEMPTS} times because the server stopped. Try "
        "again, or cut the recording into shorter parts.",
        file=filename,
    )


def _host() -> str:
    return socket.gethostname()[:60]


def _alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # os.kill would end the process there; staleness decides instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


class Transcriber:
    """The transcription jobs of one server process. ``inline`` runs a job inside :meth:`submit` (tests)."""

    def __init__(
        self, factory: sessionmaker[Session], *, inline: bool = False, stale_after: timedelta | None = None
    ) -> None:
        self.factory = factory
        self.inline = inline
        self.stale_after = stale_after or timedelta(minutes=10)
        self.worker_id = f"{_host()}:{os.getpid()}:{os.urandom(4).hex()}"
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._pending: set[int] = set()
        self._stopping = threading.Event()

    # -- queueing ------------------------------------------------------------------------------------------

    def submit(self, draft_id: int) -> None:
        """Transcribe the draft when its turn comes (now, when inline). A draft that another process claims
        first is skipped."""
        if self.inline:
            self.run(draft_id)
            return
        with self._lock:
            if draft_id in self._pending or self._stopping.is_set():
                return
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ontmoeting-transcribe")
            self._pending.add(draft_id)
            self._executor.submit(self._guarded, draft_id)

    def _guarded(self, draft_id: int) -> None:
        try:
            self.run(draft_id)
        except Exception:  # the database failed: the draft stays as it was, and is healed later
            log.exception("transcription job for recording draft %s failed", draft_id)
        finally:
            with self._lock:
                self._pending.discard(draft_id)

    def shutdown(self) -> None:
        """Stop taking jobs; the running one stops at its next progress report and is queued again."""
        self._stopping.set()
        with self._lock:
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)

    # -- one job -------------------------------------------------------------------------------------------

    def _claim(self, draft_id: int) -> tuple[bytes, str, str | None] | None:
        with session_scope(self.factory) as db:
            claimed = db.execute(
                update(RecordingDraft)
                .where(RecordingDraft.id == draft_id, RecordingDraft.status == RecordingStatus.QUEUED)
                .values(
                    status=RecordingStatus.TRANSCRIBING,
                    worker=self.worker_id,
                    attempts=RecordingDraft.attempts + 1,
                    step="",
                    progress=0.0,
                    error_code=None,
                    error_nl=None,
                    error_en=None,
                    updated_at=utcnow(),
                )
                .execution_options(synchronize_session=False)
            )
            if claimed.rowcount != 1:
                return None
            row = db.execute(
                select(RecordingDraft.audio, RecordingDraft.filename, RecordingDraft.language).where(
                    RecordingDraft.id == draft_id
                )
            ).one()
            return bytes(row.audio or b""), row.filename, row.language

    def _write(self, draft_id: int, **values: Any) -> bool:
        """Update the draft while this process holds its job; False when it no longer does."""
        with session_scope(self.factory) as db:
            result = db.execute(
                update(RecordingDraft)
                .where(
                    RecordingDraft.id == draft_id,
                    RecordingDraft.status == RecordingStatus.TRANSCRIBING,
                    RecordingDraft.worker == self.worker_id,
                )
                .values(updated_at=utcnow(), **values)
                .execution_options(synchronize_session=False)
            )
            return result.rowcount == 1

    def _reporter(self, draft_id: int) -> speech.pipeline.Progress:
        last_step, last_fraction, last_at = "", -1.0, 0.0

        def progress(step: str, fraction: float) -> None:
            nonlocal last_step, last_fraction, last_at
            if self._stopping.is_set():
                raise Cancelled()
            now = time.monotonic()
            quiet = now - last_at < HEARTBEAT_SECONDS
            if step == last_step and fraction - last_fraction < 0.01 and quiet:
                return
            last_step, last_fraction, last_at = step, fraction, now
            if not self._write(draft_id, step=step[:20], progress=round(min(max(fraction, 0.0), 1.0), 4)):
                raise Cancelled()

        return progress

    def run(self, draft_id: int) -> None:
        """Claim the draft and transcribe it: ready with the draft transcript, or failed with the coded
        message (never a traceback: an unexpected error is logged and shown as E536)."""
        job = self._claim(draft_id)
        if job is None:
            return
        data, filename, language = job
        try:
            conversation = speech.transcribe_file(
                data,
                speech.SpeechOptions(language=language),
                name=filename,
                progress=self._reporter(draft_id),
            )
        except Cancelled:
            if self._stopping.is_set():
                self._write(draft_id, status=RecordingStatus.QUEUED, step="", progress=0.0, worker=None)
            return
        except OntmoetingError as error:
            self._fail(draft_id, error)
            return
        except Exception:
            log.exception("transcribing recording draft %s failed", draft_id)
            self._fail(draft_id, unexpected(filename))
            return
        self._write(
            draft_id,
            status=RecordingStatus.READY,
            step="",
            progress=1.0,
            draft_json=conversation.model_dump_json(),
        )

    def _fail(self, draft_id: int, error: OntmoetingError) -> None:
        self._write(
            draft_id,
            status=RecordingStatus.FAILED,
            error_code=error.code[:10],
            error_nl=error.render("nl"),
            error_en=error.render("en"),
        )

    # -- jobs that were left behind --------------------------------------------------------------------------

    def left_behind(self, draft: RecordingDraft, now: datetime | None = None) -> bool:
        """Whether a draft marked "transcribing" has no live job: its process is gone (same host), or it has
        shown no sign of life for ``stale_after``."""
        if draft.status != RecordingStatus.TRANSCRIBING:
            return False
        if draft.worker == self.worker_id:
            return draft.id not in self._pending and not self.inline
        stale = draft.updated_at < (now or utcnow()) - self.stale_after
        host, _, rest = (draft.worker or "").partition(":")
        pid_text = rest.partition(":")[0]
        if host == _host() and pid_text.isdigit():
            pid = int(pid_text)
            # our own pid with another token: an earlier process (a restarted container reuses pids)
            return pid == os.getpid() or not _alive(pid) or stale
        return stale

    def _requeue(self, draft: RecordingDraft) -> None:
        if draft.attempts >= MAX_ATTEMPTS:
            error = interrupted(draft.filename)
            draft.status = RecordingStatus.FAILED
            draft.error_code = error.code
            draft.error_nl, draft.error_en = error.render("nl"), error.render("en")
        else:
            draft.status = RecordingStatus.QUEUED
        draft.step, draft.progress, draft.worker = "", 0.0, None

    def resume(self) -> None:
        """At start: queue again what a stopped process left "transcribing", and take up the queue."""
        try:
            with session_scope(self.factory) as db:
                busy = select(RecordingDraft).where(RecordingDraft.status == RecordingStatus.TRANSCRIBING)
                for draft in db.scalars(busy):
                    if self.left_behind(draft):
                        self._requeue(draft)
                db.flush()
                queued = select(RecordingDraft.id).where(RecordingDraft.status == RecordingStatus.QUEUED)
                waiting = list(db.scalars(queued.order_by(RecordingDraft.id)))
        except (DBAPIError, OntmoetingError) as error:
            log.warning("could not resume the transcription of recordings: %s", error)
            return
        for draft_id in waiting:
            self.submit(draft_id)

    def heal(self, draft_id: int) -> None:
        """For a draft page: a job that was lost is queued again, and a queued draft this process does not
        hold is taken up (the claim keeps it from running twice)."""
        if self.inline:
            return
        with session_scope(self.factory) as db:
            draft = db.get(RecordingDraft, draft_id)
            if draft is None:
                return
            if self.left_behind(draft):
                self._requeue(draft)
            waiting = draft.status == RecordingStatus.QUEUED
        if waiting:
            self.submit(draft_id)
