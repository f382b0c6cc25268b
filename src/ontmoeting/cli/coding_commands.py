"""``ontmoeting code FILE``: code every turn (helper behaviour, client talk type, flags, depth) and show or
save it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ontmoeting.cli.common import CoderOption, LangOption, console, err_console, guarded
from ontmoeting.cli.input_options import (
    FormatOption,
    HelperOption,
    InputFile,
    LanguageOption,
    MaxBytesOption,
    PseudonymiseOption,
    TextColumnOption,
    load_input,
    show_warnings,
)
from ontmoeting.cli.progress import steps
from ontmoeting.coding import annotator as registry
from ontmoeting.coding.codebook import load_codebook
from ontmoeting.coding.pipeline import load_coder
from ontmoeting.coding.records import write_records
from ontmoeting.i18n import resolve_language, tr
from ontmoeting.transcript.model import PIPELINE, Conversation, Dimension, Role

MESSAGES = {
    "title": {
        "nl": "Gesprek {id} ({language}, {turns:plural:beurt|beurten})",
        "en": "Conversation {id} ({language}, {turns:plural:turn|turns})",
    },
    "speaker": {"nl": "Spreker", "en": "Speaker"},
    "role": {"nl": "Rol", "en": "Role"},
    "code": {"nl": "Code", "en": "Code"},
    "confidence": {"nl": "Zekerheid", "en": "Confidence"},
    "why": {"nl": "Waarom", "en": "Why"},
    "client": {"nl": "Cliënt: vlaggen, diepgang", "en": "Client: flags, depth"},
    "text": {"nl": "Tekst", "en": "Text"},
    "helper": {"nl": "hulpverlener", "en": "helper"},
    "client_role": {"nl": "cliënt", "en": "client"},
    "other": {"nl": "anders", "en": "other"},
    "wrote": {
        "nl": "{count:plural:beurt|beurten} uit {conversations:plural:gesprek|gesprekken} geschreven naar "
        "{file}.",
        "en": "Wrote {count:plural:turn|turns} from {conversations:plural:conversation|conversations} to "
        "{file}.",
    },
    "coder": {
        "nl": "Coder: {annotators}{model}; codeboek {version}.",
        "en": "Coder: {annotators}{model}; codebook {version}.",
    },
    "model": {"nl": " (model {configuration}{embeddings})", "en": " (model {configuration}{embeddings})"},
    "embeddings": {"nl": ", met embeddings", "en": ", with embeddings"},
    "note": {"nl": "Let op", "en": "Note"},
}

OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write one JSON object per turn to this JSONL file (see docs/codebook.md).",
        show_default=False,
    ),
]
FastOption = CoderOption
AnnotatorOption = Annotated[
    list[str] | None,
    typer.Option(
        "--annotator",
        "-a",
        help="Extra annotator, e.g. 'llm' (needs ONTMOETING_LLM_URL). Repeatable.",
        show_default=False,
    ),
]


def _role_name(role: Role, lang: str) -> str:
    key = {Role.HELPER: "helper", Role.CLIENT: "client_role", Role.OTHER: "other"}[role]
    return tr(MESSAGES, key, lang)


def _short(text: str | None, limit: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _client_details(conversation: Conversation, index: int, lang: str) -> str:
    turn = conversation.turns[index]
    codebook = load_codebook()
    flags = sorted(
        {a.code for a in turn.annotations if a.dimension is Dimension.FLAG and a.annotator == PIPELINE}
    )
    parts = [codebook.name(Dimension.FLAG, flag, lang) for flag in flags]
    depth = turn.get(Dimension.DEPTH, annotator=PIPELINE)
    if depth is not None:
        level = codebook.get(Dimension.DEPTH, depth.code).level
        parts.append(f"{codebook.name(Dimension.DEPTH, depth.code, lang)} ({level})")
    return "; ".join(parts)


def _show(conversation: Conversation, lang: str) -> None:
    codebook = load_codebook()
    table = Table(
        title=tr(
            MESSAGES,
            "title",
            lang,
            id=conversation.id,
            language=conversation.language,
            turns=len(conversation.turns),
        ),
        show_lines=False,
        expand=False,
    )
    table.add_column("#", justify="right")
    table.add_column(tr(MESSAGES, "speaker", lang))
    table.add_column(tr(MESSAGES, "role", lang))
    table.add_column(tr(MESSAGES, "text", lang), overflow="fold", max_width=50)
    table.add_column(tr(MESSAGES, "code", lang))
    table.add_column(tr(MESSAGES, "confidence", lang), justify="right")
    table.add_column(tr(MESSAGES, "why", lang), overflow="fold", max_width=45)
    table.add_column(tr(MESSAGES, "client", lang), overflow="fold")
    for turn in conversation.turns:
        dimension = Dimension.BEHAVIOUR if turn.role is Role.HELPER else Dimension.TALK
        main = turn.get(dimension, annotator=PIPELINE) if turn.role is not Role.OTHER else None
        code = codebook.name(dimension, main.code, lang) if main else ""
        if main is not None and turn.role is Role.HELPER:
            code += "*" if turn.has_flag("permission") and main.code == "advice" else ""
        confidence = f"{main.confidence:.2f}" if main and main.confidence is not None else ""
        details = _client_details(conversation, turn.index, lang) if turn.role is Role.CLIENT else ""
        table.add_row(
            str(turn.index),
            turn.speaker,
            _role_name(turn.role, lang),
            _short(turn.text),
            code,
            confidence,
            _short(main.explanation if main else "", 90),
            details,
            style="bold" if main and main.code in ("advice", "persuasion") else None,
        )
    console.print(table)


def code(
    file: InputFile,
    format: FormatOption = None,
    helper: HelperOption = None,
    language: LanguageOption = None,
    text_column: TextColumnOption = None,
    max_bytes: MaxBytesOption = None,
    output: OutputOption = None,
    fast: FastOption = None,
    annotator: AnnotatorOption = None,
    pseudonymise: PseudonymiseOption = False,
    lang: LangOption = None,
) -> None:
    """Code every turn: what the helper does (question, reflection, advice, ...), how the client responds
    (change, sustain, neutral; 'ja, maar'; feeling; depth). Prints a table, or writes JSONL with --output."""
    ui = resolve_language(lang)
    extra = tuple(annotator or ())
    for name in extra:  # asked for explicitly: a missing endpoint is an error, not a note
        component = registry.create(name)
        load = getattr(component, "load", None)
        if callable(load):
            load()
    conversations = load_input(
        file,
        format=format,
        helper=helper,
        language=language,
        text_column=text_column,
        max_bytes=max_bytes,
        lang=lang,
    )
    show_warnings(conversations, lang, file)
    if pseudonymise:
        from ontmoeting.transcript.deidentify import deidentify

        conversations = [deidentify(c) for c in conversations]
    coder = load_coder(fast=fast, extra=extra if annotator else None)
    with steps(sum(len(c.turns) for c in conversations), 1, resolve_language(lang)) as progress:
        progress.next("coding")
        coder.code_many(conversations)
    info = coder.describe()
    model = ""
    if info.model_configuration:
        model = tr(
            MESSAGES,
            "model",
            ui,
            configuration=info.model_configuration,
            embeddings=tr(MESSAGES, "embeddings", ui) if info.embeddings else "",
        )
    err_console.print(
        tr(
            MESSAGES,
            "coder",
            ui,
            annotators=" + ".join(info.annotators),
            model=model,
            version=info.codebook_version,
        ),
        markup=False,
        highlight=False,
    )
    for line in info.lines(ui):
        err_console.print(f"[yellow]{tr(MESSAGES, 'note', ui)}:[/] ", end="")
        err_console.print(line, markup=False, highlight=False)
    if output is not None:
        count = write_records(conversations, output)
        console.print(tr(MESSAGES, "wrote", ui, count=count, conversations=len(conversations), file=output))
        return
    for conversation in conversations:
        _show(conversation, ui)


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("code")(guarded(code))
