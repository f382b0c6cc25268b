"""Storage faults: what is wrong with where the database lives, as a coded message instead of a traceback.

Two moments: :func:`check` looks at a SQLite path before anything opens it (commands call it first, so that a
typo in ``--database`` is refused instead of silently becoming a new, empty database), and :func:`explain`
turns what the driver raised while working into the same messages (the web app answers 503 with them).

Codes: E560 the database does not exist (and --create was not given), E561 its folder does not exist, E562
a part of the path is a regular file, E563 the path is a folder, E564 the folder is not writable, E565 the
file is read-only (or unreadable), E566 the file is not a SQLite database, E567 any other failure of the
database while working (locked, disk full, server unreachable).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError

from ontmoeting.errors import OntmoetingError
from ontmoeting.store.db import default_url, sqlite_file, writable

SQLITE_MAGIC = b"SQLite format 3\x00"

#: The end of E560/E561 when the command has a --create option, and when it has none (users list, token).
HINTS = {
    True: {
        "nl": " Controleer het pad; wil je hier echt een nieuwe database, voeg dan --create toe.",
        "en": " Check the path; to create a new database here, add --create.",
    },
    False: {
        "nl": " Controleer het pad, of maak eerst een nieuwe met 'ontmoeting db upgrade --create'.",
        "en": " Check the path, or create a new one first with 'ontmoeting db upgrade --create'.",
    },
}


class StorageError(OntmoetingError):
    """The database cannot be used where it is: a path, permission or file problem, or a failing server."""


def is_default(path: Path) -> bool:
    """True for the SQLite file in the data directory: the one place a database may appear unasked."""
    default = sqlite_file(default_url())
    return default is not None and default.absolute() == path.absolute()


def check(url: str, *, create: bool = False, write: bool = True, option: bool = True) -> None:
    """Refuse, before opening it, a SQLite database that cannot work: a missing file or folder outside the
    data directory (unless ``create``), an impossible path, a read-only file (when ``write``), a file that is
    not a database. Other backends are not checked here; their failures go through :func:`explain`."""
    path = sqlite_file(url)
    if path is None:
        return
    allowed = create or is_default(path)
    fault = _fault(path, write=write, new_file_ok=allowed, new_folder_ok=allowed, hint=HINTS[option])
    if fault is not None:
        raise fault


def explain(error: BaseException, url: str) -> StorageError | None:
    """The coded message for a storage failure raised while working; None when ``error`` is not one (an
    IntegrityError is a bug or a race, not storage, and keeps its own handling)."""
    path = sqlite_file(url)
    if isinstance(error, OSError):
        return _fault(path, write=True, new_file_ok=True, new_folder_ok=False) if path else None
    if not (isinstance(error, OperationalError) or type(error) is DatabaseError):
        return None
    orig = getattr(error, "orig", None) or error
    reason = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if path is not None:
        name = getattr(orig, "sqlite_errorname", "") or ""
        if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")) or "not a database" in reason:
            return _not_a_database(path)
        if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM")) or (
            "readonly" in reason or "unable to open" in reason
        ):
            found = _fault(path, write=True, new_file_ok=True, new_folder_ok=False)
            if found is not None:
                return found
            if name.startswith("SQLITE_READONLY") or "readonly" in reason:
                return _read_only(path)
    where = str(path) if path is not None else make_url(url).render_as_string(hide_password=True)
    return StorageError(
        "E567",
        nl=f"De database werkt niet: {reason}. Controleer of ze bereikbaar is en of er ruimte is op de "
        "schijf, en probeer het daarna opnieuw.",
        en=f"The database failed: {reason}. Check that it can be reached and that the disk has room, "
        "then try again.",
        file=where,
    )


@contextmanager
def storage_faults(url: str) -> Iterator[None]:
    """Run a block on the database at ``url``; a storage failure inside it becomes a :class:`StorageError`."""
    try:
        yield
    except (OSError, DatabaseError) as error:
        fault = explain(error, url)
        if fault is None:
            raise
        raise fault from error


# --- the faults, in the order they are looked for ----------------------------------------------------------


def _fault(
    path: Path, *, write: bool, new_file_ok: bool, new_folder_ok: bool, hint: dict[str, str] | None = None
) -> StorageError | None:
    hint = hint or {"nl": "", "en": ""}
    if path.exists():
        return _existing(path, write)
    ancestor = path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        return StorageError(
            "E562",
            nl=f"De database {path} kan hier niet staan: {ancestor} is een bestand, geen map.",
            en=f"The database {path} cannot live here: {ancestor} is a file, not a folder.",
            file=ancestor,
        )
    if ancestor != path.parent and not new_folder_ok:
        return StorageError(
            "E561",
            nl=f"De map {path.parent} voor de database bestaat niet.{hint['nl']}",
            en=f"The folder {path.parent} for the database does not exist.{hint['en']}",
            file=path,
        )
    if ancestor == path.parent and not new_file_ok:
        return StorageError(
            "E560",
            nl=f"Deze database bestaat niet.{hint['nl']}",
            en=f"This database does not exist.{hint['en']}",
            file=path,
        )
    return None if writable(ancestor) else _folder_read_only(ancestor, path)


def _existing(path: Path, write: bool) -> StorageError | None:
    if path.is_dir():
        return StorageError(
            "E563",
            nl="Dit is een map, geen databasebestand. Geef het pad van het bestand, bijvoorbeeld "
            f"{path / 'werkplaats.sqlite3'}.",
            en=f"This is a folder, not a database file. Give the file's path, for example "
            f"{path / 'werkplaats.sqlite3'}.",
            file=path,
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError:
        return StorageError(
            "E565",
            nl="Geen toestemming om dit databasebestand te lezen.",
            en="No permission to read this database file.",
            file=path,
        )
    if header and header != SQLITE_MAGIC:  # an empty file is a valid, empty SQLite database
        return _not_a_database(path)
    if write and not writable(path):
        return _read_only(path)
    if write and not writable(path.parent):  # SQLite writes its -wal and -shm files beside the database
        return _folder_read_only(path.parent, path)
    return None


def _read_only(path: Path) -> StorageError:
    return StorageError(
        "E565",
        nl="Dit databasebestand is alleen-lezen: ontmoeting kan er niets in opslaan. Geef het schrijfrechten "
        "(bijvoorbeeld chmod u+w) of kies een andere database.",
        en="This database file is read-only: ontmoeting cannot save anything in it. Make it writable "
        "(for example chmod u+w) or choose another database.",
        file=path,
    )


def _folder_read_only(folder: Path, path: Path) -> StorageError:
    return StorageError(
        "E564",
        nl=f"Geen schrijfrechten in de map {folder}: daar kan de database {path.name} (met de bestanden die "
        "SQLite ernaast zet) niet gemaakt of bijgewerkt worden.",
        en=f"No permission to write in the folder {folder}: the database {path.name} (and the files SQLite "
        "keeps beside it) cannot be created or updated there.",
        file=path,
    )


def _not_a_database(path: Path) -> StorageError:
    return StorageError(
        "E566",
        nl="Dit bestand is geen (gave) SQLite-database. Controleer het pad; overschrijf het bestand niet.",
        en="This file is not a (sound) SQLite database. Check the path; do not overwrite the file.",
        file=path,
    )


__all__ = ["StorageError", "check", "explain", "is_default", "storage_faults"]
