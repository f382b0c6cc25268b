"""CLI commands for the werkplaats: ``serve``, ``db upgrade``, ``users add|list|token``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from ontmoeting.cli.common import console, guarded
from ontmoeting.cli.database import open_database
from ontmoeting.i18n import resolve_language, tr

if TYPE_CHECKING:
    pass

DatabaseOption = Annotated[
    str | None,
    typer.Option(
        "--database",
        help="Database URL (sqlite:///file.db or postgresql+psycopg://user@host/db) or the path of a SQLite "
        "file. Default: $ONTMOETING_DATABASE_URL, else a SQLite file in your data directory.",
    ),
]

CreateOption = Annotated[
    bool,
    typer.Option(
        "--create",
        help="Create the database when it does not exist yet. Without it only the default file in your data "
        "directory is created, so that a mistyped --database never silently becomes a new, empty database.",
    ),
]

# The database layer is imported inside the commands so that other commands start fast.

TEXTS = {
    "serving": {"nl": "werkplaats: {url}  (database: {db})", "en": "werkplaats: {url}  (database: {db})"},
    "schema": {"nl": "{db}: schemaversie {revision}", "en": "{db}: schema version {revision}"},
    "password": {"nl": "Wachtwoord", "en": "Password"},
    "added": {"nl": "{email} ({role}) toegevoegd.", "en": "{email} ({role}) added."},
}

db_app = typer.Typer(help="The werkplaats database: schema migrations.", no_args_is_help=True)
users_app = typer.Typer(help="Accounts of the werkplaats.", no_args_is_help=True)


def _url_for_humans(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@guarded
def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on; 127.0.0.1 keeps it on this computer.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    database: DatabaseOption = None,
    proxy_headers: Annotated[
        bool, typer.Option(help="Trust X-Forwarded-* from a reverse proxy (for https and client addresses).")
    ] = False,
    create: CreateOption = False,
) -> None:
    """Start the werkplaats web app (a new database is created on first start in your data directory, or
    elsewhere with --create)."""
    import uvicorn

    from ontmoeting.store.db import resolve_url
    from ontmoeting.store.faults import check, storage_faults
    from ontmoeting.web.app import create_app
    from ontmoeting.web.settings import Settings

    url = resolve_url(database)
    check(url, create=create)
    with storage_faults(url):
        app = create_app(Settings(database_url=url))
    console.print(
        tr(TEXTS, "serving", resolve_language(), url=f"http://{host}:{port}", db=_url_for_humans(url))
    )
    uvicorn.run(app, host=host, port=port, proxy_headers=proxy_headers, log_level="info", access_log=False)


@db_app.command("upgrade")
@guarded
def db_upgrade(database: DatabaseOption = None, create: CreateOption = False) -> None:
    """Bring the database schema up to this version (creates the tables on a new database; a database that
    does not exist yet only with --create, or in your data directory)."""
    from ontmoeting.store.db import resolve_url
    from ontmoeting.store.faults import check
    from ontmoeting.store.migrate import upgrade

    url = resolve_url(database)
    check(url, create=create)
    revision = upgrade(url)
    console.print(tr(TEXTS, "schema", resolve_language(), db=_url_for_humans(url), revision=revision))


@users_app.command("add")
@guarded
def users_add(
    email: Annotated[str, typer.Argument(help="E-mail address (the login name).")],
    role: Annotated[str, typer.Option("--role", help="admin, trainer or student.")] = "student",
    name: Annotated[str, typer.Option("--name", help="Display name.")] = "",
    password: Annotated[
        str | None, typer.Option("--password", help="Password (at least 10 characters); asked when omitted.")
    ] = None,
    database: DatabaseOption = None,
    create: CreateOption = False,
) -> None:
    """Add an account; the first one is usually the admin (a new database gets its tables)."""
    from ontmoeting.store.db import resolve_url
    from ontmoeting.store.faults import check
    from ontmoeting.web.services import accounts

    check(resolve_url(database), create=create)  # before the password prompt, not after it
    if password is None:
        password = typer.prompt(
            tr(TEXTS, "password", resolve_language()), hide_input=True, confirmation_prompt=True
        )
    with open_database(database, create=create, new_schema=True) as db:
        user = accounts.create_user(db, email, role, name=name, password=password)
        console.print(tr(TEXTS, "added", resolve_language(), email=user.email, role=user.role))


@users_app.command("list")
@guarded
def users_list(database: DatabaseOption = None) -> None:
    """List the accounts."""
    from rich.table import Table
    from sqlalchemy import select

    from ontmoeting.store.tables import User

    table = Table("id", "email", "name", "role", "created")
    with open_database(database, write=False, option=False) as db:
        for user in db.scalars(select(User).order_by(User.id)):
            table.add_row(
                str(user.id), user.email, user.name, user.role, user.created_at.strftime("%Y-%m-%d")
            )
    console.print(table)


@users_app.command("token")
@guarded
def users_token(
    email: Annotated[str, typer.Argument(help="The account's e-mail address.")],
    name: Annotated[str, typer.Option("--name", help="What the token is for.")] = "cli",
    database: DatabaseOption = None,
) -> None:
    """Create an API token for an account and print it (only its hash is stored)."""
    from ontmoeting.web.services import accounts

    with open_database(database, option=False) as db:
        _, raw = accounts.create_token(db, accounts.user_by_email(db, email), name)
    typer.echo(raw)


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("serve")(serve)
    app.add_typer(db_app, name="db")
    app.add_typer(users_app, name="users")
