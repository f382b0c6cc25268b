"""Schema migrations with Alembic, from code: ``upgrade(url)``, and the check the app runs at start."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from ontmoeting.errors import OntmoetingError
from ontmoeting.store.db import make_engine
from ontmoeting.store.faults import storage_faults

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class SchemaError(OntmoetingError):
    """The database schema does not match this version of ontmoeting."""


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # '%' would be read as interpolation by ConfigParser (passwords with %-escapes in URLs).
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()
    return heads[0] if len(heads) == 1 else ",".join(sorted(heads))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(url: str, revision: str = "head") -> str | None:
    """Bring the database at ``url`` up to ``revision``; returns the revision it is at afterwards. A storage
    failure (read-only file, impossible path) is raised as a coded ``StorageError``, not as the driver's."""
    with storage_faults(url):
        engine = make_engine(url)
        try:
            config = alembic_config(url)
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
            return current_revision(engine)
        finally:
            engine.dispose()


def is_empty(engine: Engine) -> bool:
    """True for a database without any table (a new SQLite file, an empty PostgreSQL schema)."""
    return not inspect(engine).get_table_names()


def check_schema(engine: Engine) -> None:
    """Refuse to run against a database whose schema is behind (or ahead of) this version."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    url = engine.url.render_as_string(hide_password=True)
    if current is None:
        raise SchemaError(
            "E501",
            nl=f"De database {url} heeft nog geen werkplaats-tabellen. "
            "Voer eerst 'ontmoeting db upgrade' uit.",
            en=f"The database {url} has no werkplaats tables yet. Run 'ontmoeting db upgrade' first.",
        )
    known = {script.revision for script in ScriptDirectory.from_config(alembic_config(url)).walk_revisions()}
    if current in known:
        raise SchemaError(
            "E502",
            nl=f"De database {url} staat op schemaversie {current}, deze versie verwacht {head}. "
            "Voer 'ontmoeting db upgrade' uit (maak eerst een back-up).",
            en=f"The database {url} is at schema version {current}, this version expects {head}. "
            "Run 'ontmoeting db upgrade' (make a backup first).",
        )
    raise SchemaError(
        "E503",
        nl=f"De database {url} heeft schemaversie {current}, die deze versie van ontmoeting niet kent "
        "(nieuwer?). Werk ontmoeting bij.",
        en=f"The database {url} is at schema version {current}, which this version of ontmoeting does "
        "not know (newer?). Update ontmoeting.",
    )
