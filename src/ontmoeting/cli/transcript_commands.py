"""``ontmoeting inspect`` (what was read from a transcript) and ``ontmoeting convert`` (to project JSON)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ontmoeting.cli.common import LangOption, console, guarded
from ontmoeting.cli.input_options import (
    FormatOption,
    HelperOption,
    InputFile,
    LanguageOption,
    MaxBytesOption,
    TextColumnOption,
    load_input,
    show_warnings,
)
from ontmoeting.coding.codebook import load_codebook
from ontmoeting.i18n import resolve_language, tr
from ontmoeting.transcript.io import write_json
from ontmoeting.transcript.messages import input_error
from ontmoeting.transcript.model import STUDENT_ANNOTATOR, Conversation, Dimension, Role
from ontmoeting.transcript.roles import ROLE_NAMES

MESSAGES = {
    "conversation": {"nl": "Gesprek", "en": "Conversation"},
    "conversations": {
        "nl": "{count:plural:gesprek|gesprekken} in {file} ({format})",
        "en": "{count:plural:conversation|conversations} in {file} ({format})",
    },
    "format": {"nl": "Formaat", "en": "Format"},
    "language": {"nl": "Taal", "en": "Language"},
    "detected": {"nl": "{language} (herkend)", "en": "{language} (detected)"},
    "given": {"nl": "{language} (opgegeven)", "en": "{language} (given)"},
    "turns": {"nl": "Beurten", "en": "Turns"},
    "speaker": {"nl": "Spreker", "en": "Speaker"},
    "role": {"nl": "Rol", "en": "Role"},
    "words": {"nl": "Woorden", "en": "Words"},
    "questions": {"nl": "Vragen", "en": "Questions"},
    "duration": {"nl": "Duur", "en": "Duration"},
    "title": {"nl": "Titel", "en": "Title"},
    "id": {"nl": "Id", "en": "Id"},
    "helper_words": {"nl": "Woorden hulpverlener", "en": "Helper words"},
    "client_words": {"nl": "Woorden cliënt", "en": "Client words"},
    "annotations": {"nl": "Annotaties", "en": "Annotations"},
    "total": {"nl": "Totaal", "en": "Total"},
    "notes": {"nl": "Notities van de student bij beurten", "en": "The student's notes on turns"},
    "turn": {"nl": "Beurt", "en": "Turn"},
    "note": {"nl": "Notitie", "en": "Note"},
    "own_code": {"nl": "Eigen code", "en": "Own code"},
    "wrote": {
        "nl": "{count:plural:gesprek|gesprekken} geschreven naar {file}.",
        "en": "Wrote {count:plural:conversation|conversations} to {file}.",
    },
    "pseudonymised": {
        "nl": "Gede-identificeerd: sprekers vervangen door hun rol, en namen, plaatsen, instellingen, data, "
        "telefoonnummers, e-mailadressen en BSN's in de tekst door [PERSOON-1], [LOCATIE-1], ...",
        "en": "De-identified: speakers replaced by their roles, and names, places, institutions, dates, "
        "phone numbers, e-mail addresses and BSNs in the text by [PERSON-1], [PLACE-1], ...",
    },
}


def _duration(conversation: Conversation) -> str | None:
    times = [t for turn in conversation.turns for t in (turn.start, turn.end) if t is not None]
    if len(times) < 2:
        return None
    total = int(max(times) - min(times))
    return f"{total // 3600:d}:{total % 3600 // 60:02d}:{total % 60:02d}"


def _show_one(conversation: Conversation, lang: str) -> None:
    language_key = "detected" if conversation.language_detected else "given"
    rows = [
        (tr(MESSAGES, "id", lang), conversation.id),
        (tr(MESSAGES, "title", lang), conversation.metadata.title),
        (tr(MESSAGES, "format", lang), conversation.metadata.source_format),
        (tr(MESSAGES, "language", lang), tr(MESSAGES, language_key, lang, language=conversation.language)),
        (tr(MESSAGES, "turns", lang), str(len(conversation.turns))),
        (tr(MESSAGES, "duration", lang), _duration(conversation)),
        (tr(MESSAGES, "annotations", lang), str(sum(len(t.annotations) for t in conversation.turns) or "")),
    ]
    summary = Table.grid(padding=(0, 2))
    for key, value in rows:
        if value:
            summary.add_row(f"[bold]{key}[/]", value)
    console.print(summary)

    speakers = Table(show_edge=False)
    for key in ("speaker", "role", "turns", "words", "questions"):
        speakers.add_column(
            tr(MESSAGES, key, lang), justify="left" if key in ("speaker", "role") else "right"
        )
    for name, role in conversation.speakers.items():
        own = [t for t in conversation.turns if t.speaker == name]
        speakers.add_row(
            name,
            ROLE_NAMES[lang][role],
            str(len(own)),
            str(sum(t.words for t in own)),
            str(sum(t.text.count("?") for t in own)),
        )
    console.print(speakers)
    _show_notes(conversation, lang)


def _show_notes(conversation: Conversation, lang: str) -> None:
    """The student's own comments (a comment column, Word comments) and the codes they named."""
    noted = [t for t in conversation.turns if t.note]
    if not noted:
        return
    table = Table(show_edge=False, title=tr(MESSAGES, "notes", lang), title_justify="left")
    for key in ("turn", "speaker", "note", "own_code"):
        table.add_column(tr(MESSAGES, key, lang), justify="right" if key == "turn" else "left")
    for turn in noted:
        own = turn.get(Dimension.BEHAVIOUR, annotator=STUDENT_ANNOTATOR)
        name = load_codebook().name(own.dimension, own.code, lang) if own else ""
        table.add_row(str(turn.index + 1), turn.speaker, turn.note, name)
    console.print(table)


def _show_many(conversations: list[Conversation], lang: str) -> None:
    table = Table(show_edge=False)
    for key in ("id", "language", "turns", "helper_words", "client_words"):
        table.add_column(tr(MESSAGES, key, lang), justify="left" if key in ("id", "language") else "right")
    for conversation in conversations:
        table.add_row(
            conversation.id,
            conversation.language,
            str(len(conversation.turns)),
            str(sum(t.words for t in conversation.by_role(Role.HELPER))),
            str(sum(t.words for t in conversation.by_role(Role.CLIENT))),
        )
    table.add_row(
        f"[bold]{tr(MESSAGES, 'total', lang)}[/]",
        "",
        str(sum(len(c.turns) for c in conversations)),
        str(sum(t.words for c in conversations for t in c.by_role(Role.HELPER))),
        str(sum(t.words for c in conversations for t in c.by_role(Role.CLIENT))),
    )
    console.print(table)


@guarded
def inspect(
    file: InputFile,
    format: FormatOption = None,
    helper: HelperOption = None,
    language: LanguageOption = None,
    text_column: TextColumnOption = None,
    max_bytes: MaxBytesOption = None,
    lang: LangOption = None,
) -> None:
    """Show what was read from a transcript: turns, speakers and their roles, language, words per speaker."""
    conversations = load_input(
        file,
        format=format,
        helper=helper,
        language=language,
        text_column=text_column,
        max_bytes=max_bytes,
        lang=lang,
    )
    language_out = resolve_language(lang)
    if len(conversations) == 1:
        _show_one(conversations[0], language_out)
    else:
        fmt = conversations[0].metadata.source_format or "?"
        console.print(
            tr(MESSAGES, "conversations", language_out, count=len(conversations), file=file, format=fmt)
        )
        _show_many(conversations, language_out)
    show_warnings(conversations, language_out, file)


@guarded
def convert(
    file: InputFile,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Output file: .json (one conversation or a collection) or .jsonl "
            "(one conversation per line).",
            show_default=False,
        ),
    ],
    format: FormatOption = None,
    helper: HelperOption = None,
    language: LanguageOption = None,
    text_column: TextColumnOption = None,
    max_bytes: MaxBytesOption = None,
    pseudonymise_names: Annotated[
        bool,
        typer.Option(
            "--pseudonymise",
            help="De-identify: speaker names become their roles (Hulpverlener/Cliënt), and names, places, "
            "institutions, dates, phone numbers, e-mail addresses and BSNs in the text placeholders such as "
            "[PERSOON-1] (the same person, the same placeholder). Dutch loads deduce (about 10 s).",
        ),
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the output file if it exists.")] = False,
    lang: LangOption = None,
) -> None:
    """Convert a transcript to ontmoeting's JSON (the export format; see docs/formats.md)."""
    if output.suffix.lower() not in (".json", ".jsonl", ".ndjson"):
        raise input_error("E121", output)
    if output.exists() and file.exists() and output.resolve() == file.resolve():
        raise input_error("E123", output)
    if output.exists() and not force:
        raise input_error("E122", output)
    conversations = load_input(
        file,
        format=format,
        helper=helper,
        language=language,
        text_column=text_column,
        max_bytes=max_bytes,
        lang=lang,
    )
    if pseudonymise_names:
        from ontmoeting.transcript.deidentify import deidentify

        conversations = [deidentify(c) for c in conversations]
    try:
        write_json(conversations, output)
    except OSError as error:
        raise input_error("E112", output, detail=error.strerror or type(error).__name__) from None
    language_out = resolve_language(lang)
    show_warnings(conversations, language_out, file)
    if pseudonymise_names:
        console.print(tr(MESSAGES, "pseudonymised", language_out))
    console.print(tr(MESSAGES, "wrote", language_out, count=len(conversations), file=output))


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("inspect")(inspect)
    app.command("convert")(convert)
