"""The database: SQLAlchemy tables, sessions and Alembic migrations (SQLite by default, PostgreSQL by URL).

``tables`` holds the declarative tables (one ``Base``), ``db`` the engine and sessions, ``migrate`` the
programmatic ``upgrade(url)`` and the schema check, ``convert`` the mapping to the transcript model.
"""

from ontmoeting.store.db import (
    data_dir,
    default_url,
    make_engine,
    resolve_url,
    session_factory,
    session_scope,
)
from ontmoeting.store.migrate import SchemaError, check_schema, upgrade

__all__ = [
    "SchemaError",
    "check_schema",
    "data_dir",
    "default_url",
    "make_engine",
    "resolve_url",
    "session_factory",
    "session_scope",
    "upgrade",
]
