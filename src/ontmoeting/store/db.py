"""Where the database lives and how to talk to it.

The URL comes from ``--database``, else ``ONTMOETING_DATABASE_URL``, else a SQLite file in the user's data
directory ($XDG_DATA_HOME/ontmoeting or ~/.local/share/ontmoeting; %APPDATA%\\ontmoeting on Windows).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

ENV_URL = "ONTMOETING_DATABASE_URL"
ENV_DATA_DIR = "ONTMOETING_DATA_DIR"


def data_dir() -> Path:
    """The user's data directory for ontmoeting (not created here)."""
    if os.environ.get(ENV_DATA_DIR):
        return Path(os.environ[ENV_DATA_DIR])
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / "ontmoeting"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "ontmoeting"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "ontmoeting"


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'werkplaats.sqlite3'}"


def resolve_url(option: str | None = None) -> str:
    """``--database`` first, then the environment, then the SQLite file in the data directory. A plain path
    (no ``scheme://``) is a SQLite file: people type ``--database gesprekken.db``, not a URL."""
    value = option or os.environ.get(ENV_URL) or default_url()
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().absolute()}"
    return value


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for other backends, in-memory databases and ``file:`` URIs."""
    parsed = make_url(url)
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def writable(path: Path) -> bool:
    """Whether ``path`` may be written, by its permission bits as well as by access(): root passes every
    access() check, so a file someone made read-only with chmod would still be written to."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    wanted = os.W_OK | (os.X_OK if path.is_dir() else 0)
    return bool(mode & 0o222) and os.access(path, wanted)


def _read_only_when_not_writable(_dialect, record, cargs, cparams) -> None:  # type: ignore[no-untyped-def]
    # Decided per connection, so that a file made read-only while the app runs is respected from the next
    # connection on. SQLite's own read-only mode makes the refusal real (for root too) and explainable.
    path = (
        Path(cargs[0]) if cargs and isinstance(cargs[0], str) and not cargs[0].startswith("file:") else None
    )
    if path is not None and path.is_file() and not writable(path):
        cargs[0] = f"{path.absolute().as_uri()}?mode=ro"
        cparams["uri"] = True
        record.info["read_only"] = True
    else:
        record.info.pop("read_only", None)


def _sqlite_pragmas(dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
    # Foreign keys make ON DELETE CASCADE work (off by default in SQLite); WAL lets readers and the writer
    # work at the same time; a busy timeout turns short lock waits into waits rather than errors.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    if not record.info.get("read_only"):  # switching to WAL is a write; a read-only file keeps its mode
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


#: The pool may grow beyond the web server's 40 worker threads. A request's session is closed in a worker
#: thread too; with fewer connections than threads, requests waiting for a connection can hold every thread
#: while those holding connections wait for a thread to close them: a deadlock, seen under load as QueuePool
#: timeouts (benchmarks/web_load.py). Idle connections above pool_size are closed again.
POOL_OVERFLOW = 60


def make_engine(url: str) -> Engine:
    """An engine for ``url``. For a SQLite file, its folder is created; foreign keys are switched on; a file
    that is not writable is opened read-only. Whether a new file may be made here at all is for the caller
    to ask first (``store.faults.check``)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"check_same_thread": False}, pool_size=5, max_overflow=POOL_OVERFLOW
        )
        event.listen(engine, "do_connect", _read_only_when_not_writable)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=POOL_OVERFLOW)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
