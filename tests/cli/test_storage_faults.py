"""Storage faults on the command line: each one a coded, Dutch-by-default message and exit code 2, never a
traceback; and a database is only created where the user asked for one (the data directory, or --create).

The tests may run as root, where chmod does not stop writing: the read-only cases pass only because ontmoeting
reads the permission bits itself and opens such a file with SQLite's read-only mode.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ontmoeting.cli.main import app
from ontmoeting.store.migrate import upgrade

runner = CliRunner()
PASSWORD = "een lang wachtwoord"


@pytest.fixture(autouse=True)
def _data_dir_in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The default database lives in the test's folder; nothing comes from the environment."""
    monkeypatch.delenv("ONTMOETING_DATABASE_URL", raising=False)
    monkeypatch.delenv("ONTMOETING_HELPER", raising=False)
    monkeypatch.setenv("ONTMOETING_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def _no_server(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """``serve`` gets as far as building the app; uvicorn is not started."""
    started: list[object] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **_: started.append(app))
    return started


@pytest.fixture
def restore_permissions(tmp_path: Path) -> Iterator[list[Path]]:
    """Paths whose permissions a test takes away, given back so that pytest can clean up."""
    changed: list[Path] = []
    yield changed
    for path in changed:
        if path.exists():
            path.chmod(0o755 if path.is_dir() else 0o644)


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env={"LANG": "C", "LANGUAGE": "", "LC_ALL": "", **(env or {})})


def squeezed(text: str) -> str:
    # Rich wraps (and folds long paths) at the terminal width: compare without any whitespace.
    return "".join(text.split())


def refused(result, code: str, *named: object) -> str:  # type: ignore[no-untyped-def]
    """Assert a coded refusal: exit 2, the code, the files named, no traceback; returns the output with
    Rich's line breaks undone."""
    output = result.output
    assert result.exit_code == 2, output
    assert f"[{code}]" in output, output
    assert "Traceback" not in output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    for name in named:
        assert squeezed(str(name)) in squeezed(output), (name, output)
    return " ".join(output.split())


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def database_with_client(path: Path) -> str:
    """A current database with one helper and client R-01 (one session), made through the CLI."""
    url = url_of(path)
    assert run("relatie", "add-client", "R-01", "--database", url, "--create").exit_code == 0
    recorded = run("relatie", "record", "R-01", "-r", "9,9,9,9", "-w", "5,5,5,5", "--database", url)
    assert recorded.exit_code == 0, recorded.output
    return url


#: Every command that opens the database, without --create: (arguments before --database).
COMMANDS = [
    ("serve",),
    ("db", "upgrade"),
    ("users", "add", "baas@example.org", "--password", PASSWORD),
    ("users", "list"),
    ("users", "token", "baas@example.org"),
    ("relatie", "add-client", "R-01"),
    ("relatie", "record", "R-01", "-r", "9,9,9,9", "-w", "5,5,5,5"),
    ("relatie", "clients"),
    ("relatie", "show", "R-01"),
]
COMMAND_IDS = [" ".join(command[:2]) for command in COMMANDS]
#: The commands that only read (a read-only database is opened read-only), and those that write (a read-only
#: database is refused before they start).
READING = {("users", "list"), ("relatie", "clients"), ("relatie", "show")}
WRITING = [c for c in COMMANDS if c[:2] not in READING]
#: The commands with a --create option.
CREATING = [c for c in COMMANDS if c[:2] not in {("users", "list"), ("users", "token")}]


# --- a database only where the user asked for one -----------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS, ids=COMMAND_IDS)
def test_a_mistyped_database_is_refused_and_not_created(tmp_path: Path, command: tuple[str, ...]) -> None:
    typo = tmp_path / "werkplats.sqlite3"
    output = refused(run(*command, "--database", url_of(typo)), "E560", typo)
    assert "bestaat niet" in output  # Dutch by default
    hint = "voeg dan --create toe" if command in CREATING else "'ontmoeting db upgrade --create'"
    assert hint in output
    assert not typo.exists()


@pytest.mark.parametrize("command", COMMANDS, ids=COMMAND_IDS)
def test_the_environment_variable_is_held_to_the_same_rule(tmp_path: Path, command: tuple[str, ...]) -> None:
    typo = tmp_path / "elders.sqlite3"
    refused(run(*command, env={"ONTMOETING_DATABASE_URL": url_of(typo)}), "E560", typo)
    assert not typo.exists()


def test_create_makes_the_database_where_asked(tmp_path: Path, _no_server: list[object]) -> None:
    upgraded = tmp_path / "nieuw" / "werkplaats.sqlite3"  # the folder is created too
    result = run("db", "upgrade", "--database", url_of(upgraded), "--create")
    assert result.exit_code == 0, result.output
    assert upgraded.is_file()

    added = tmp_path / "accounts.sqlite3"
    result = run("users", "add", "baas@example.org", "--role", "admin", "--password", PASSWORD,
                 "--database", url_of(added), "--create")  # fmt: skip
    assert result.exit_code == 0, result.output  # a new database gets its tables
    assert "baas@example.org" in run("users", "list", "--database", url_of(added)).output

    served = tmp_path / "served.sqlite3"
    result = run("serve", "--database", url_of(served), "--create")
    assert result.exit_code == 0, result.output
    assert served.is_file() and len(_no_server) == 1

    related = tmp_path / "relatie.sqlite3"
    result = run("relatie", "add-client", "R-01", "--database", url_of(related), "--create", "--lang", "en")
    assert result.exit_code == 0 and "ClientR-01registered" in squeezed(result.output), result.output
    result = run("relatie", "clients", "--database", url_of(related), "--lang", "en")
    assert result.exit_code == 0 and "R-01" in result.output  # once made, no --create is needed


def test_the_default_data_directory_may_be_created_unasked(_data_dir_in_tmp: Path) -> None:
    default = _data_dir_in_tmp / "werkplaats.sqlite3"
    assert not _data_dir_in_tmp.exists()
    result = run("users", "add", "baas@example.org", "--role", "admin", "--password", PASSWORD)
    assert result.exit_code == 0, result.output
    assert default.is_file()
    assert run("db", "upgrade").exit_code == 0
    assert run("relatie", "add-client", "R-01", "--helper", "baas@example.org").exit_code == 0


# --- impossible paths ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS, ids=COMMAND_IDS)
def test_a_database_under_a_regular_file(tmp_path: Path, command: tuple[str, ...]) -> None:
    notes = tmp_path / "notities.txt"
    notes.write_text("geen map\n", encoding="utf-8")
    target = notes / "werkplaats.sqlite3"
    for extra in ((), ("--create",)) if command in CREATING else ((),):
        output = refused(run(*command, "--database", url_of(target), *extra), "E562", notes)
        assert "is een bestand, geen map" in output
    assert notes.read_text(encoding="utf-8") == "geen map\n"


@pytest.mark.parametrize("command", COMMANDS, ids=COMMAND_IDS)
def test_a_folder_that_does_not_exist(tmp_path: Path, command: tuple[str, ...]) -> None:
    target = tmp_path / "bestaat-niet" / "werkplaats.sqlite3"
    output = refused(run(*command, "--database", url_of(target)), "E561", tmp_path / "bestaat-niet")
    assert "bestaat niet" in output
    assert not target.parent.exists()


def test_a_folder_instead_of_a_file(tmp_path: Path) -> None:
    for command in COMMANDS:
        output = refused(run(*command, "--database", url_of(tmp_path)), "E563", tmp_path)
        assert "is een map" in output


def test_a_folder_without_write_permission(tmp_path: Path, restore_permissions: list[Path]) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    existing = folder / "werkplaats.sqlite3"
    upgrade(url_of(existing))
    folder.chmod(0o555)
    restore_permissions.append(folder)
    new = folder / "nieuw.sqlite3"
    for command in CREATING:
        output = refused(run(*command, "--database", url_of(new), "--create"), "E564", folder)
        assert "Geen schrijfrechten in de map" in output
    # SQLite keeps its -wal and -shm files beside the database: an existing one cannot be written either.
    for command in WRITING:
        refused(run(*command, "--database", url_of(existing)), "E564", folder)
    assert sorted(p.name for p in folder.iterdir()) == ["werkplaats.sqlite3"]


# --- files that cannot be used ------------------------------------------------------------------------------


@pytest.mark.parametrize("command", WRITING, ids=[" ".join(c[:2]) for c in WRITING])
def test_a_read_only_database_file(
    tmp_path: Path, command: tuple[str, ...], restore_permissions: list[Path]
) -> None:
    path = tmp_path / "gearchiveerd.sqlite3"
    url = database_with_client(path)
    before = path.read_bytes()
    path.chmod(0o444)
    restore_permissions.append(path)
    output = refused(run(*command, "--database", url), "E565", path)
    assert "alleen-lezen" in output
    assert path.read_bytes() == before


def test_a_read_only_database_can_still_be_read(tmp_path: Path, restore_permissions: list[Path]) -> None:
    path = tmp_path / "gearchiveerd.sqlite3"
    url = database_with_client(path)
    path.chmod(0o444)
    restore_permissions.append(path)
    shown = run("relatie", "show", "R-01", "--database", url, "--lang", "en")
    assert shown.exit_code == 0 and "R-01" in shown.output, shown.output
    listed = run("users", "list", "--database", url)
    assert listed.exit_code == 0 and "localhost" in listed.output, listed.output


def test_read_only_is_real_for_root_too(tmp_path: Path, restore_permissions: list[Path]) -> None:
    """``relatie clients`` only reads, so it opens a read-only file; in a database without users it would
    create the local account: SQLite refuses that write (root or not) and the refusal is explained."""
    path = tmp_path / "leeg.sqlite3"
    upgrade(url_of(path))
    path.chmod(0o444)
    restore_permissions.append(path)
    output = refused(run("relatie", "clients", "--database", url_of(path), "--lang", "en"), "E565", path)
    assert "read-only" in output
    path.chmod(0o644)
    with sqlite3.connect(path) as connection:
        assert connection.execute("select count(*) from users").fetchone() == (0,)


@pytest.mark.parametrize("command", COMMANDS, ids=COMMAND_IDS)
def test_a_file_that_is_not_a_sqlite_database(tmp_path: Path, command: tuple[str, ...]) -> None:
    path = tmp_path / "verslag.sqlite3"
    path.write_text("Dit is een verslag, geen database.\n" * 20, encoding="utf-8")
    output = refused(run(*command, "--database", url_of(path)), "E566", path)
    assert "geen (gave) SQLite-database" in output
    assert path.read_text(encoding="utf-8").startswith("Dit is een verslag")


def test_messages_in_english_on_request(tmp_path: Path) -> None:
    typo = tmp_path / "typo.sqlite3"
    output = refused(run("relatie", "clients", "--database", url_of(typo), "--lang", "en"), "E560", typo)
    assert "does not exist" in output and "add --create" in output
    output = refused(run("db", "upgrade", "--database", url_of(typo), env={"LANG": "en_GB.UTF-8"}), "E560")
    assert "does not exist" in output


def test_a_plain_path_is_a_sqlite_file_not_a_traceback(tmp_path: Path):
    path = tmp_path / "gesprekken.db"
    refused = run("relatie", "clients", "--database", str(path))
    assert refused.exit_code == 2 and "[E560]" in refused.output and "Traceback" not in refused.output
    assert not path.exists()
    created = run("relatie", "clients", "--database", str(path), "--create")
    assert created.exit_code == 0, created.output
    assert path.is_file()
