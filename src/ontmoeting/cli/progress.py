"""Progress on long work: a bar over the files of a folder, and over the steps of a long conversation.

Shown on standard error and only in a terminal, so that JSON on standard output and logs stay clean; it
disappears when done. A conversation is "long" from :data:`LONG_CONVERSATION` turns, where coding and
analysing take several seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ontmoeting.cli.common import err_console
from ontmoeting.i18n import tr

LONG_CONVERSATION = 1_000

MESSAGES = {
    "files": {"nl": "Gesprekken", "en": "Conversations"},
    "reading": {"nl": "Lezen", "en": "Reading"},
    "coding": {"nl": "Coderen van {turns} beurten", "en": "Coding {turns} turns"},
    "analysing": {"nl": "Analyseren", "en": "Analysing"},
    "writing": {"nl": "Rapporten schrijven", "en": "Writing reports"},
}


def _progress(hidden: bool = False) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=hidden or not err_console.is_terminal,
    )


class FileBar:
    """A bar over the files of a folder: ``done()`` after each."""

    def __init__(self, progress: Progress, count: int, lang: str) -> None:
        self.progress = progress
        self.task = progress.add_task(tr(MESSAGES, "files", lang), total=count)

    def done(self) -> None:
        self.progress.update(self.task, advance=1)


@contextmanager
def over_files(count: int, lang: str) -> Iterator[FileBar]:
    """A bar over ``count`` files (only for more than one)."""
    with _progress(hidden=count < 2) as progress:
        yield FileBar(progress, count, lang)


class Steps:
    """The steps of one long conversation: ``next(key)`` starts the next step."""

    def __init__(self, progress: Progress | None, total: int, lang: str, turns: int) -> None:
        self.progress, self.lang, self.turns = progress, lang, turns
        self.task = progress.add_task("", total=total) if progress is not None else None

    def next(self, key: str) -> None:
        if self.progress is None or self.task is None:
            return
        task = self.progress.tasks[self.task]
        if task.description:
            self.progress.update(self.task, advance=1)
        self.progress.update(self.task, description=tr(MESSAGES, key, self.lang, turns=f"{self.turns:,}"))


@contextmanager
def steps(turns: int, total: int, lang: str) -> Iterator[Steps]:
    """Steps for a conversation of ``turns`` turns: a bar when it is long, nothing otherwise."""
    if turns < LONG_CONVERSATION:
        yield Steps(None, total, lang, turns)
        return
    with _progress() as progress:
        yield Steps(progress, total, lang, turns)
