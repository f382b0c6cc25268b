"""What every command shares: the console, the --lang option, and turning user errors into exit code 2."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Annotated, ParamSpec, TypeVar

import typer
from rich.console import Console

from ontmoeting.errors import OntmoetingError
from ontmoeting.i18n import resolve_language

console = Console()
err_console = Console(stderr=True)

P = ParamSpec("P")
R = TypeVar("R")

LangOption = Annotated[
    str | None,
    typer.Option("--lang", help="Language of messages and reports: nl or en (default: the locale, else nl)."),
]

CoderOption = Annotated[
    bool | None,
    typer.Option(
        "--fast/--accurate",
        help="Coder configuration: fast (no sentence embeddings; the default, from ONTMOETING_CODER) or "
        "accurate (embeds the turns the fast model is unsure of; slightly better, about 10x slower).",
    ),
]

EXIT_USER_ERROR = 2


def fail(error: OntmoetingError, lang: str | None = None) -> None:
    """Print ``error`` in the user's language and exit with 2."""
    err_console.print(f"[bold red]{'Fout' if resolve_language(lang) == 'nl' else 'Error'}:[/] ", end="")
    err_console.print(error.render(resolve_language(lang)), markup=False, highlight=False)
    raise typer.Exit(EXIT_USER_ERROR)


def guarded(func: Callable[P, R]) -> Callable[P, R]:
    """Decorate a command so that an :class:`OntmoetingError` becomes a message and exit code 2.

    The ``lang`` keyword argument, when the command has one, picks the message language.
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except OntmoetingError as error:
            lang = kwargs.get("lang")
            fail(error, lang if isinstance(lang, str) else None)
            raise AssertionError("unreachable") from error
        except KeyboardInterrupt:
            sys.exit(130)

    return wrapper
