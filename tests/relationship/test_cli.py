"""``ontmoeting relatie`` through Typer's CliRunner on a temporary SQLite database."""

from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner

from ontmoeting.cli.main import app

runner = CliRunner()


@pytest.fixture
def cli(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("ONTMOETING_DATABASE_URL", url)
    monkeypatch.delenv("ONTMOETING_HELPER", raising=False)

    def run(*args: str, input: str | None = None, code: int = 0):
        result = runner.invoke(app, ["relatie", *args, "--create", "--lang", "en"], input=input)
        assert result.exit_code == code, result.output
        return " ".join(result.output.split())  # Rich wraps long lines at the terminal width

    run.url = url  # type: ignore[attr-defined]
    return run


def test_a_whole_trajectory_from_the_command_line(cli, tmp_path) -> None:
    first = cli("add-client", "R-01")
    assert "created the local helper account" in first and "Client R-01 registered" in first
    cli("record", "R-01", "--relationship", "9,9,9,9", "--wellbeing", "4,5,5,4", "--date", "2026-01-05")
    out = cli("record", "R-01", "-r", "8,9,8,9", "-w", "5,5,5,5", "--date", "2026-01-12")
    assert "Relationship under the cut-off" in out and "Relationship score dropped" in out
    assert "Bring it up" in out and "without defending yourself" in out
    cli("record", "R-01", "-r", "9,9,9,9", "-w", "6,5,6,6", "--date", "2026-01-19")
    out = cli("record", "R-01", "-r", "9,10,9,9", "-w", "6,6,5,5", "--date", "2026-01-26")
    assert "No reliable improvement yet" in out

    show = cli("show", "R-01")
    assert "2026-01-26" in show and "+1.22" in show
    assert "Relationship ▇▇▇▇" in show  # the sparkline
    assert "Jacobson & Truax" in show  # the rule's source is shown with the signal
    assert "No reliable improvement yet" not in cli("show", "R-01", "--after", "6")

    cli("add-client", "B-2")
    cli("record", "B-2", "-r", "6,6,6,6", "-w", "5,5,5,5")
    listing = cli("clients")
    assert listing.index("B-2") < listing.index("R-01")  # an alert outranks a notice

    target = tmp_path / "out.csv"
    assert "4 sessions written" in cli("export", "R-01", "-o", str(target))
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [r["relationship_total"] for r in rows] == ["36", "34", "36", "37"]
    assert rows[0]["source"] == "cli"
    refused = cli("export", "--all", "-o", str(target), code=2)
    assert "E616" in refused
    cli("export", "--all", "-o", str(target), "--force")
    assert {r["client"] for r in csv.DictReader(target.open(encoding="utf-8"))} == {"R-01", "B-2"}


def test_interactive_prompts(cli) -> None:
    cli("add-client", "P-3")
    out = cli("record", "P-3", input="8\n9\n7\n8\n5\n6\n4\n5\n")
    assert "I felt heard, understood and respected." in out and "Session 1 of P-3 saved" in out
    assert "Relationship under the cut-off" in out  # 32 < 36


def test_user_errors_exit_2_with_a_code(cli) -> None:
    cli("add-client", "R-01")
    assert "E611" in cli("add-client", "r-01", code=2)
    assert "E618" in cli("record", "R-01", "-r", "9,9,9", code=2)
    assert "--relationship" in cli("record", "R-01", "-r", "9,9,9,11", code=2)
    assert "E621" in cli("record", "R-01", "-r", "a,b,c,d", code=2)
    assert "E622" in cli("record", "R-01", "-r", "9,9,9,9", "--date", "gisteren", code=2)
    assert "E614" in cli("show", "NOPE", code=2)
    assert "E616" in cli("export", "-o", "x.csv", code=2)
    assert "Traceback" not in cli("show", "NOPE", code=2)


def test_owner_choice_with_several_users(cli) -> None:
    from ontmoeting.store.db import make_engine, session_factory
    from ontmoeting.store.migrate import upgrade
    from ontmoeting.store.tables import User

    upgrade(cli.url)
    engine = make_engine(cli.url)
    with session_factory(engine)() as db:
        db.add_all(
            [User(email="mira@example.org", role="student"), User(email="sam@example.org", role="student")]
        )
        db.commit()
    engine.dispose()
    assert "E615" in cli("clients", code=2)
    assert "E615" in cli("clients", "--helper", "nobody@example.org", code=2)
    cli("add-client", "M-1", "--helper", "mira@example.org")
    assert "M-1" in cli("clients", "--helper", "MIRA@example.org")
    assert "No clients yet" in cli("clients", "--helper", "sam@example.org")


def test_an_outdated_database_is_refused(cli) -> None:
    from ontmoeting.store.migrate import upgrade

    upgrade(cli.url, "0001_initial")
    assert "db upgrade" in cli("clients", code=2)
