"""Commit before the response leaves.

The request's session (``deps.get_db``) commits when the request is over, which in FastAPI is after the
response has been sent. A browser that follows a redirect (or the chat script that sends the next turn at
once) can then ask for a row that is not committed yet: a 404 or a stale practice state, seen under load on
PostgreSQL (benchmarks/web_load.py). The app adds this dependency to every route with ``scope="function"``,
whose code after ``yield`` runs when the route returns and before the response is sent. On an error nothing
is committed here; ``get_db`` rolls back as before.
"""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Depends
from sqlalchemy.orm import Session

from ontmoeting.web.deps import get_db


def commit_before_response(db: Session = Depends(get_db)) -> Iterator[None]:
    yield
    db.commit()


COMMIT_FIRST = Depends(commit_before_response, scope="function")
