"""The input options every command that reads conversations shares, and one function to load them.

Use in a command module::

    from ontmoeting.cli.common import LangOption, guarded
    from ontmoeting.cli.input_options import (
        FormatOption, HelperOption, InputFile, LanguageOption, TextColumnOption, load_input, show_warnings,
    )

    @app.command()
    @guarded
    def code(file: InputFile, format: FormatOption = None, helper: HelperOption = None,
             language: LanguageOption = None, text_column: TextColumnOption = None, lang: LangOption = None):
        conversations = load_input(file, format=format, helper=helper, language=language,
                                   text_column=text_column)
        show_warnings(conversations, lang)

This API is stable: other command modules rely on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ontmoeting.cli.common import err_console
from ontmoeting.i18n import resolve_language
from ontmoeting.transcript.detect import FORMATS
from ontmoeting.transcript.io import read_conversation, read_conversations
from ontmoeting.transcript.model import Conversation
from ontmoeting.transcript.speech.detect import is_recording

InputFile = Annotated[
    Path,
    typer.Argument(
        help="Transcript file: Word (.docx), PDF, text (.txt), subtitles (.vtt, .srt), table (.csv, .tsv, "
        "AnnoMI layout) or ontmoeting JSON/JSONL; a recording (wav, mp3, m4a, ogg, webm, mp4, ...) is "
        "transcribed first; '-' reads standard input.",
        show_default=False,
    ),
]
FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help=f"Read the file as this format instead of detecting it: {', '.join(FORMATS)}.",
        show_default=False,
    ),
]
HelperOption = Annotated[
    str | None,
    typer.Option(
        "--helper",
        help="Name of the helper (hulpverlener) as it appears in the transcript, e.g. 'Mira'. "
        "Default: speaker labels such as H/Hulpverlener/Therapist, else a guess (who opens, who asks most).",
        show_default=False,
    ),
]
LanguageOption = Annotated[
    str | None,
    typer.Option(
        "--language",
        help="Language of the conversation (gesprekstaal): nl or en. Default: detected.",
        show_default=False,
    ),
]
TextColumnOption = Annotated[
    str | None,
    typer.Option(
        "--text-column",
        help="CSV/TSV: the column holding the text, e.g. utterance_text_en. Default: text, tekst, "
        "utterance_text, ...",
        show_default=False,
    ),
]
PseudonymiseOption = Annotated[
    bool,
    typer.Option(
        "--pseudonymise",
        help="De-identify first: speaker names become their roles, and names, places, institutions, dates, "
        "phone numbers, e-mail addresses and BSNs placeholders such as [PERSOON-1] (Dutch loads deduce, "
        "about 10 s).",
    ),
]
MaxBytesOption = Annotated[
    int | None,
    typer.Option(
        "--max-bytes",
        help="Refuse input files larger than this many bytes (default 20000000, or ONTMOETING_MAX_BYTES).",
        show_default=False,
        min=1,
    ),
]


def load_input(
    file: Path | str,
    *,
    format: str | None = None,
    helper: str | None = None,
    language: str | None = None,
    text_column: str | None = None,
    max_bytes: int | None = None,
    lang: str | None = None,
) -> list[Conversation]:
    """All conversations in ``file``, read with the user's options; a recording is transcribed first, with
    a progress bar (``lang``: its language). Raises InputError (E1xx) on bad input; ``cli.common.guarded``
    turns that into a message and exit code 2."""
    if str(file) != "-" and format is None and is_recording(file):
        from ontmoeting.cli.recording_commands import transcribe_recording

        return [transcribe_recording(file, language=language, helper=helper, lang=lang)]
    return read_conversations(
        file, format=format, helper=helper, language=language, text_column=text_column, max_bytes=max_bytes
    )


def load_one(
    file: Path | str,
    *,
    format: str | None = None,
    helper: str | None = None,
    language: str | None = None,
    text_column: str | None = None,
    max_bytes: int | None = None,
) -> Conversation:
    """The one conversation in ``file`` (E114 when there are several)."""
    if str(file) != "-" and format is None and is_recording(file):
        return load_input(file, helper=helper, language=language)[0]  # a recording is one conversation
    return read_conversation(
        file, format=format, helper=helper, language=language, text_column=text_column, max_bytes=max_bytes
    )


def show_warnings(
    conversations: list[Conversation] | Conversation, lang: str | None = None, file: str | Path | None = None
) -> None:
    """Print what the readers guessed or repaired (encoding fallback, guessed roles) on stderr, once each,
    naming ``file`` (the file read) or else the file the conversation came from."""
    items = [conversations] if isinstance(conversations, Conversation) else conversations
    language = resolve_language(lang)
    label = "Let op" if language == "nl" else "Note"
    seen: set[tuple[str, str]] = set()
    for conversation in items:
        source = str(file) if file is not None else (conversation.metadata.source_file or conversation.id)
        for warning in conversation.metadata.warnings:
            text = warning.render(language)
            if (source, text) in seen:
                continue
            seen.add((source, text))
            err_console.print(f"[yellow]{label}:[/] ", end="")
            err_console.print(f"{source}: {text}", markup=False, highlight=False)
