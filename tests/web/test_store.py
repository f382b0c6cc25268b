"""The store: migrations on an empty database, the model matching the migrations, the schema check at start,
the data directory, and the CLI commands (db upgrade, users add/list/token)."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from typer.testing import CliRunner

from ontmoeting.cli.main import app as cli
from ontmoeting.store import db as store_db
from ontmoeting.store.db import make_engine
from ontmoeting.store.migrate import SchemaError, check_schema, head_revision, upgrade
from ontmoeting.store.tables import Base
from ontmoeting.web.app import create_app
from ontmoeting.web.settings import Settings


def test_migrations_build_the_model_exactly(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
        assert differences == [], differences
        assert {
            "users",
            "conversations",
            "turns",
            "annotations",
            "comments",
            "analyses",
            "practice_sessions",
        } <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_first_migration_id_is_fixed() -> None:
    from alembic.script import ScriptDirectory

    from ontmoeting.store.migrate import alembic_config

    revisions = {
        s.revision: s.down_revision
        for s in ScriptDirectory.from_config(alembic_config("sqlite://")).walk_revisions()
    }
    assert revisions["0001_initial"] is None


def test_app_creates_an_empty_sqlite_database_and_refuses_one_that_is_behind(tmp_path: Path) -> None:
    fresh = f"sqlite:///{tmp_path / 'new' / 'werkplaats.sqlite3'}"
    create_app(Settings(database_url=fresh)).state.engine.dispose()
    engine = make_engine(fresh)
    check_schema(engine)  # current after the first start
    engine.dispose()

    behind = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    upgrade(behind, "0001_initial")
    if head_revision() != "0001_initial":
        with pytest.raises(SchemaError) as refused:
            create_app(Settings(database_url=behind))
        assert refused.value.code == "E502" and "ontmoeting db upgrade" in refused.value.render("en")
    upgrade(behind)
    create_app(Settings(database_url=behind)).state.engine.dispose()


def test_a_database_with_foreign_tables_is_not_touched(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE something_else (id INTEGER)")
    engine.dispose()
    with pytest.raises(SchemaError) as refused:
        create_app(Settings(database_url=url))
    assert refused.value.code == "E501"


def test_data_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("ONTMOETING_DATA_DIR", raising=False)
    monkeypatch.delenv("ONTMOETING_DATABASE_URL", raising=False)
    monkeypatch.setattr(store_db.sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert store_db.default_url() == f"sqlite:///{tmp_path / 'ontmoeting' / 'werkplaats.sqlite3'}"
    monkeypatch.setenv("ONTMOETING_DATABASE_URL", "sqlite:///elders.db")
    assert store_db.resolve_url() == "sqlite:///elders.db"
    assert store_db.resolve_url("sqlite:///optie.db") == "sqlite:///optie.db"
    monkeypatch.setattr(store_db.sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    assert store_db.data_dir() == tmp_path / "Roaming" / "ontmoeting"


def test_cli_db_upgrade_and_users(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    runner = CliRunner()
    result = runner.invoke(cli, ["users", "list", "--database", url])
    assert result.exit_code == 2 and "db upgrade" in result.output  # no schema yet: a clear message
    result = runner.invoke(cli, ["db", "upgrade", "--database", url, "--create"])
    assert result.exit_code == 0 and head_revision() in result.output
    result = runner.invoke(
        cli,
        ["users", "add", "baas@example.org", "--role", "admin", "--name", "Baas", "--database", url],
        input="een lang wachtwoord\neen lang wachtwoord\n",
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(
        cli, ["users", "add", "baas@example.org", "--password", "een lang wachtwoord", "--database", url]
    )
    assert result.exit_code == 2 and "E514" in result.output
    result = runner.invoke(
        cli, ["users", "add", "x@example.org", "--role", "koning", "--password", "x" * 12, "--database", url]
    )
    assert result.exit_code == 2 and "E512" in result.output
    listed = runner.invoke(cli, ["users", "list", "--database", url])
    assert "baas@example.org" in listed.output and "admin" in listed.output
    token = runner.invoke(cli, ["users", "token", "baas@example.org", "--database", url])
    assert token.exit_code == 0 and token.output.strip().startswith("omt_")


def test_each_backend_really_is_that_database(database_url: str, request: pytest.FixtureRequest) -> None:
    """Every test here runs on SQLite, and on PostgreSQL (a fresh schema) when ONTMOETING_TEST_DATABASE_URL
    is set: check that the PostgreSQL twin is not SQLite in disguise."""
    backend = request.node.callspec.params["database_url"]
    engine = make_engine(database_url)
    try:
        assert engine.dialect.name == backend
        check_schema(engine)
        if backend == "postgresql":
            with engine.connect() as connection:
                schema = connection.exec_driver_sql("select current_schema()").scalar()
            assert schema and schema.startswith("omt_test_")
    finally:
        engine.dispose()
