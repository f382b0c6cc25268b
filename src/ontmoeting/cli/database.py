"""One way for the CLI's commands to open the shared database: checked first, failures explained."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@contextmanager
def open_database(
    database: str | None,
    *,
    create: bool = False,
    write: bool = True,
    option: bool = True,
    new_schema: bool = False,
) -> Iterator[Session]:
    """A session on the checked database (``--database``, else the environment, else the data directory),
    committed at the end; storage failures become coded errors (E56x).

    ``create`` allows a new file outside the data directory; ``write=False`` lets a read-only database be
    read; ``option`` says whether the command has --create (for the hint); ``new_schema`` gives an empty
    database its tables (``store.faults.check`` has already refused a new file where none was asked for).
    """
    from ontmoeting.store.db import make_engine, resolve_url, session_factory, session_scope
    from ontmoeting.store.faults import check, storage_faults
    from ontmoeting.store.migrate import check_schema, is_empty, upgrade

    url = resolve_url(database)
    check(url, create=create, write=write, option=option)
    with storage_faults(url):
        engine = make_engine(url)
        try:
            if new_schema and is_empty(engine):
                upgrade(url)
            check_schema(engine)
            with session_scope(session_factory(engine)) as db:
                yield db
        finally:
            engine.dispose()
