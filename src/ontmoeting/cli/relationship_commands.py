"""``ontmoeting relatie``: relatiefeedback for helpers without the web app, on the same database.

Who owns what the CLI records: the user named by ``--helper EMAIL`` (or ``ONTMOETING_HELPER``). Without it,
the database's only user is taken; in a database without users a local helper account ``<login>@localhost`` is
created (no password, so it cannot log in to the web app until an admin gives it one). With several users and
no ``--helper`` the command asks you to choose (E615).

A database that does not exist yet is only created in the data directory or with ``--create``: a mistyped
``--database`` would otherwise look like lost data (a new, empty database with a new account).
"""

from __future__ import annotations

import datetime as dt
import getpass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from ontmoeting.cli.common import LangOption, console, guarded
from ontmoeting.cli.database import open_database
from ontmoeting.errors import InputError, NotFoundError
from ontmoeting.i18n import resolve_language, tr
from ontmoeting.relationship.charts import sparkline
from ontmoeting.relationship.signals import Severity, SignalSettings, evaluate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ontmoeting.relationship import service
    from ontmoeting.store.tables import User

# The database layer (SQLAlchemy, Alembic) is imported inside the commands: importing it here would slow
# the start of every other ontmoeting command by about a second.

HELPER_ENV = "ONTMOETING_HELPER"

TEXTS = {
    "created": {
        "nl": "Cliënt {code} aangemaakt voor {helper}.",
        "en": "Client {code} registered for {helper}.",
    },
    "recorded": {"nl": "Sessie {number} van {code} opgeslagen.", "en": "Session {number} of {code} saved."},
    "exported": {
        "nl": "{rows:plural:sessie|sessies} geschreven naar {path}.",
        "en": "{rows:plural:session|sessions} written to {path}.",
    },
    "no_clients": {
        "nl": "Nog geen cliënten. Voeg er een toe met 'ontmoeting relatie add-client CODE'.",
        "en": "No clients yet. Add one with 'ontmoeting relatie add-client CODE'.",
    },
    "no_sessions": {"nl": "Nog geen sessies.", "en": "No sessions yet."},
    "client": {"nl": "Cliënt", "en": "Client"},
    "sessions": {"nl": "Sessies", "en": "Sessions"},
    "last": {"nl": "Laatste", "en": "Last"},
    "relationship": {"nl": "Relatie", "en": "Relationship"},
    "wellbeing": {"nl": "Welzijn", "en": "Well-being"},
    "signals": {"nl": "Signalen", "en": "Signals"},
    "session": {"nl": "Sessie", "en": "Session"},
    "date": {"nl": "Datum", "en": "Date"},
    "source": {"nl": "Bron", "en": "Source"},
    "suggestion": {"nl": "Bespreken", "en": "Bring it up"},
    "none_now": {"nl": "Geen signalen bij de laatste sessie.", "en": "No signals at the latest session."},
    "prompt_item": {
        "nl": "{scale} – {text} ({low} {min:g} … {max:g} {high})",
        "en": "{scale} – {text} ({low} {min:g} … {max:g} {high})",
    },
    "local_user": {
        "nl": "Geen gebruikers in de database: lokaal hulpverlenersaccount {email} aangemaakt.",
        "en": "No users in the database: created the local helper account {email}.",
    },
}

relatie = typer.Typer(
    name="relatie",
    help="Relatiefeedback: clients, session scores (relationship and well-being), trajectories and signals.",
    no_args_is_help=True,
)

DatabaseOption = Annotated[
    str | None,
    typer.Option(
        "--database",
        help="Database URL or the path of a SQLite file (default: ONTMOETING_DATABASE_URL, else the web "
        "app's SQLite file).",
    ),
]
CreateOption = Annotated[
    bool,
    typer.Option(
        "--create",
        help="Create the database when it does not exist yet. Without it a missing database outside your "
        "data directory is refused, so that a mistyped --database never becomes a new database and account.",
    ),
]
HelperOption = Annotated[
    str | None,
    typer.Option(
        "--helper",
        envvar=HELPER_ENV,
        help="E-mail of the helper "
        "who owns the clients (default: the only user; a local account in an empty database).",
    ),
]
AfterOption = Annotated[
    int | None,
    typer.Option(
        "--after",
        min=2,
        help="Signal 'no reliable improvement' from "
        "this many well-being measurements on (default 4, or ONTMOETING_NO_IMPROVEMENT_AFTER).",
    ),
]


def _open(database: str | None, create: bool, *, write: bool = True):  # type: ignore[no-untyped-def]
    """A session on the shared database: an empty database gets the schema, an outdated one is refused, a
    missing one outside the data directory is only created with ``create``."""
    return open_database(database, create=create, write=write, new_schema=True)


def _helper(db: Session, email: str | None, lang: str) -> User:
    from sqlalchemy import func, select

    from ontmoeting.store.tables import User, UserRole

    if email:
        user = db.scalar(select(User).where(User.email == email.strip().lower()))
        if user is None:
            raise NotFoundError(
                "E615", nl=f"Geen gebruiker met e-mailadres {email}.", en=f"No user with e-mail {email}."
            )
        return user
    count = db.scalar(select(func.count(User.id))) or 0
    if count == 1:
        return db.scalars(select(User)).one()
    if count == 0:
        user = User(
            email=f"{getpass.getuser().lower()}@localhost",
            name=getpass.getuser(),
            role=UserRole.STUDENT.value,
            password_hash=None,
            language=lang,
        )
        db.add(user)
        db.flush()
        console.print(tr(TEXTS, "local_user", lang, email=user.email))
        return user
    raise InputError(
        "E615",
        nl="Er zijn meerdere gebruikers: kies met --helper EMAIL (of ONTMOETING_HELPER).",
        en="There are several users: choose one with --helper EMAIL (or ONTMOETING_HELPER).",
    )


def _parse_scores(raw: str, option: str) -> list[float]:
    # "8,9,7,8" in general; "8;9;7,5;8" when decimals are written with a comma (Dutch habit).
    parts = [part.replace(",", ".") for part in raw.split(";")] if ";" in raw else raw.split(",")
    try:
        return [float(part) for part in parts]
    except ValueError as error:
        raise InputError(
            "E621",
            nl=f"{option}: geef getallen gescheiden door komma's, bijvoorbeeld 8,9,7,8",
            en=f"{option}: give numbers separated by commas, for example 8,9,7,8",
            file=option,
        ) from error


def _settings(after: int | None) -> SignalSettings:
    return SignalSettings(no_improvement_after=after) if after else SignalSettings.from_env()


@relatie.command("clients")
@guarded
def clients_command(
    database: DatabaseOption = None,
    create: CreateOption = False,
    helper: HelperOption = None,
    after: AfterOption = None,
    lang: LangOption = None,
) -> None:
    """List the helper's clients, who needs attention first."""
    from ontmoeting.relationship import service

    language = resolve_language(lang)
    with _open(database, create, write=False) as db:
        owner = _helper(db, helper, language)
        rows = service.overview_of(service.own_clients(db, owner), _settings(after))
        db.commit()
    if not rows:
        console.print(tr(TEXTS, "no_clients", language))
        return
    table = Table(title=owner.email)
    for key in ("client", "sessions", "last", "relationship", "wellbeing", "signals"):
        table.add_column(tr(TEXTS, key, language))
    for row in rows:
        latest, path = row.latest, row.trajectory
        table.add_row(
            row.client.code,
            str(len(path.sessions)),
            latest.held_on.isoformat() if latest else "–",
            _num(path.relationship_total(latest)) if latest else "–",
            _num(path.wellbeing_total(latest)) if latest else "–",
            ", ".join(_styled(s.severity, s.title(language)) for s in row.signals),
        )
    console.print(table)


@relatie.command("add-client")
@guarded
def add_client_command(
    code: Annotated[str, typer.Argument(help="A code or pseudonym; a real name is not needed.")],
    client_lang: Annotated[
        str, typer.Option("--client-lang", help="Language of the client's form: nl or en.")
    ] = "nl",
    practice: Annotated[
        bool | None,
        typer.Option(
            "--practice/--no-practice",
            help="A practice client, visible "
            "to the trainers of the helper's groups (default: yes for students).",
        ),
    ] = None,
    database: DatabaseOption = None,
    create: CreateOption = False,
    helper: HelperOption = None,
    lang: LangOption = None,
) -> None:
    """Register a client under a code."""
    from ontmoeting.relationship import service

    language = resolve_language(lang)
    with _open(database, create) as db:
        owner = _helper(db, helper, language)
        client = service.register_client(db, owner, code, language=client_lang, practice=practice)
        console.print(tr(TEXTS, "created", language, code=client.code, helper=owner.email))


@relatie.command("record")
@guarded
def record_command(
    code: Annotated[str, typer.Argument(help="The client's code.")],
    relationship: Annotated[
        str | None,
        typer.Option(
            "--relationship",
            "-r",
            help="Relationship item scores, comma-separated in item order, e.g. 8,9,7,8.",
        ),
    ] = None,
    wellbeing: Annotated[
        str | None, typer.Option("--wellbeing", "-w", help="Well-being item scores, e.g. 5,6,4,5.")
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="Session date, YYYY-MM-DD (default: today).")
    ] = None,
    database: DatabaseOption = None,
    create: CreateOption = False,
    helper: HelperOption = None,
    lang: LangOption = None,
) -> None:
    """Record one session's scores (without --relationship and --wellbeing: asks item by item)."""
    from ontmoeting.relationship import service

    language = resolve_language(lang)
    held_on = _parse_date(date)
    with _open(database, create) as db:
        owner = _helper(db, helper, language)
        client = service.client_by_code(db, owner, code)
        rel_values = _parse_scores(relationship, "--relationship") if relationship else None
        wb_values = _parse_scores(wellbeing, "--wellbeing") if wellbeing else None
        if rel_values is None and wb_values is None:
            rel_instrument, wb_instrument = service.instruments_of(client)
            rel_values = _prompt(rel_instrument, tr(TEXTS, "relationship", language), language)
            wb_values = _prompt(wb_instrument, tr(TEXTS, "wellbeing", language), language)
        session = service.record_scores(
            db,
            client,
            relationship=rel_values,
            wellbeing=wb_values,
            held_on=held_on,
            source="cli",
            source_names=("--relationship", "--wellbeing"),
        )
        console.print(tr(TEXTS, "recorded", language, number=session.number, code=client.code))
        _print_signals(service.overview_of([client])[0], language)


@relatie.command("show")
@guarded
def show_command(
    code: Annotated[str, typer.Argument(help="The client's code.")],
    database: DatabaseOption = None,
    create: CreateOption = False,
    helper: HelperOption = None,
    after: AfterOption = None,
    lang: LangOption = None,
) -> None:
    """Print a client's trajectory, sparklines and the signals with suggestions."""
    from ontmoeting.relationship import service

    language = resolve_language(lang)
    with _open(database, create, write=False) as db:
        owner = _helper(db, helper, language)
        client = service.client_by_code(db, owner, code)
        row = service.overview_of([client], _settings(after))[0]
        all_signals = evaluate(row.trajectory, _settings(after))
        db.commit()
    path = row.trajectory
    if not path.sessions:
        console.print(tr(TEXTS, "no_sessions", language))
        return
    table = Table(title=f"{client.code}")
    for key in ("session", "date", "source", "relationship", "wellbeing"):
        table.add_column(tr(TEXTS, key, language), no_wrap=True)
    table.add_column("RCI", no_wrap=True)
    table.add_column(tr(TEXTS, "signals", language))
    sources = {s.number: s.source for s in client.sessions}
    for session in path.sessions:
        rci = path.wellbeing_rci(session)
        table.add_row(
            str(session.number),
            session.held_on.isoformat(),
            sources.get(session.number, ""),
            _num(path.relationship_total(session)),
            _num(path.wellbeing_total(session)),
            f"{rci:+.2f}" if rci is not None and session.number > 1 else "–",
            ", ".join(
                _styled(s.severity, s.title(language)) for s in all_signals if s.session == session.number
            ),
        )
    console.print(table)
    for key, values, instrument in (
        ("relationship", [path.relationship_total(s) for s in path.sessions], path.relationship_instrument),
        ("wellbeing", [path.wellbeing_total(s) for s in path.sessions], path.wellbeing_instrument),
    ):
        line = sparkline(values, instrument.total.min, instrument.total.max)
        console.print(
            f"{tr(TEXTS, key, language):<12} {line}  "
            f"({instrument.total.min:g}-{instrument.total.max:g}, cut-off {instrument.cutoff.value:g})",
            highlight=False,
        )
    _print_signals(row, language)


@relatie.command("export")
@guarded
def export_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="CSV file to write.")],
    code: Annotated[str | None, typer.Argument(help="The client's code (or --all).")] = None,
    all_clients: Annotated[bool, typer.Option("--all", help="Export all of the helper's clients.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    database: DatabaseOption = None,
    create: CreateOption = False,
    helper: HelperOption = None,
    lang: LangOption = None,
) -> None:
    """Write the scores, totals, RCI and signals per session to CSV."""
    from ontmoeting.relationship import service
    from ontmoeting.relationship.export import export_csv

    language = resolve_language(lang)
    if bool(code) == all_clients:
        raise InputError(
            "E616", nl="Noem één cliëntcode of gebruik --all.", en="Name one client code or use --all."
        )
    if output.exists() and not force:
        raise InputError(
            "E616",
            nl="Het bestand bestaat al; gebruik --force om het te overschrijven.",
            en="The file exists; use --force to overwrite it.",
            file=output,
        )
    with _open(database, create, write=False) as db:
        owner = _helper(db, helper, language)
        clients = (
            service.own_clients(db, owner) if all_clients else [service.client_by_code(db, owner, code or "")]
        )
        text = export_csv(clients)
        db.commit()
    output.write_text(text, encoding="utf-8")
    console.print(tr(TEXTS, "exported", language, rows=max(0, text.count("\n") - 1), path=output))


# --- helpers ------------------------------------------------------------------------------------------------


def _parse_date(raw: str | None) -> dt.date | None:
    if raw is None:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError as error:
        raise InputError(
            "E622",
            nl=f"--date: '{raw}' is geen datum (JJJJ-MM-DD)",
            en=f"--date: '{raw}' is not a date (YYYY-MM-DD)",
            file="--date",
        ) from error


def _prompt(instrument, scale_name: str, lang: str) -> list[float]:  # type: ignore[no-untyped-def]
    values = []
    for item in instrument.items:
        label = tr(
            TEXTS,
            "prompt_item",
            lang,
            scale=scale_name,
            text=item.text.get(lang),
            low=item.anchors.low.get(lang),
            high=item.anchors.high.get(lang),
            min=instrument.scale.min,
            max=instrument.scale.max,
        )
        values.append(typer.prompt(label, type=float))
    return values


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def _styled(severity: Severity, text: str) -> str:
    colour = {Severity.ALERT: "red", Severity.NOTICE: "yellow", Severity.GOOD: "green"}[severity]
    return f"[{colour}]{text}[/]"


def _print_signals(row: service.ClientOverview, lang: str) -> None:
    if not row.signals:
        console.print(tr(TEXTS, "none_now", lang))
        return
    for signal in row.signals:
        console.print(f"\n{_styled(signal.severity, '● ' + signal.title(lang))}")
        console.print(signal.explanation(lang), highlight=False)
        console.print(f"[bold]{tr(TEXTS, 'suggestion', lang)}:[/] {signal.suggestion(lang)}", highlight=False)
        console.print(f"[dim]{signal.source}[/]", highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``ontmoeting relatie`` to ``app``."""
    app.add_typer(relatie, name="relatie")
