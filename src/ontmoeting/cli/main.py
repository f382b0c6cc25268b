"""The ``ontmoeting`` command. Each group of commands lives in its own module and is registered here,
explicitly, so that this file shows the whole command set at a glance."""

from __future__ import annotations

from typing import Annotated

import typer

from ontmoeting import __version__
from ontmoeting.cli import (
    coding_commands,
    feedback_commands,
    model_commands,
    practice_commands,
    recording_commands,
    relationship_commands,
    transcript_commands,
    web_commands,
)

app = typer.Typer(
    name="ontmoeting",
    help=(
        "ontmoeting: tools for people who work with people. Gespreksanalyse (conversation analysis), "
        "oefencliënt (practice client), relatiefeedback and the werkplaats web app."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ontmoeting {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """ontmoeting: tools for people who work with people."""


transcript_commands.register(app)  # inspect, convert
recording_commands.register(app)  # transcribe
coding_commands.register(app)  # code
model_commands.register(app)  # evaluate, train
feedback_commands.register(app)  # analyse
practice_commands.register(app)  # oefen
web_commands.register(app)  # serve, db, users
relationship_commands.register(app)  # relatie


def main() -> None:
    app()


if __name__ == "__main__":
    main()
