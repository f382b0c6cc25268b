"""``ontmoeting analyse FILE...``: feedback on one or many conversations: terminal, HTML and JSON."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer

from ontmoeting.cli.common import CoderOption, LangOption, console, err_console, guarded
from ontmoeting.cli.input_options import (
    FormatOption,
    HelperOption,
    LanguageOption,
    MaxBytesOption,
    PseudonymiseOption,
    TextColumnOption,
    load_input,
    show_warnings,
)
from ontmoeting.cli.progress import LONG_CONVERSATION, over_files, steps
from ontmoeting.errors import ConfigError, InputError, OntmoetingError
from ontmoeting.i18n import resolve_language, tr
from ontmoeting.transcript.detect import READABLE_EXTENSIONS
from ontmoeting.transcript.model import Conversation
from ontmoeting.transcript.speech.detect import RECORDING_EXTENSIONS

#: Files a directory is searched for (non-recursive, hidden files skipped).
READABLE = READABLE_EXTENSIONS | RECORDING_EXTENSIONS
DEFAULT_OUT_DIR = "ontmoeting-feedback"

MESSAGES = {
    "wrote_html": {"nl": "HTML-rapport geschreven: {path}", "en": "HTML report written: {path}"},
    "wrote_json": {"nl": "JSON geschreven: {path}", "en": "JSON written: {path}"},
    "wrote_overview": {
        "nl": "Overzicht geschreven: {html} en {csv}",
        "en": "Overview written: {html} and {csv}",
    },
    "analysed": {
        "nl": "{n:plural:gesprek|gesprekken} geanalyseerd; rapporten in {dir}",
        "en": "{n:plural:conversation|conversations} analysed; reports in {dir}",
    },
    "failed": {
        "nl": "Niet te lezen: {n:plural:bestand|bestanden} (zie het overzicht).",
        "en": "Could not be read: {n:plural:file|files} (see the overview).",
    },
}

FilesArgument = Annotated[
    list[Path],
    typer.Argument(
        metavar="FILE",
        help="Transcript file(s) or folder(s): Word, PDF, text, subtitles (.vtt/.srt), tables (.csv/.tsv, "
        "AnnoMI layout) or ontmoeting JSON/JSONL, or recordings (wav, mp3, m4a, ogg, webm, mp4, ...), "
        "transcribed first. A folder: every transcript file and recording in it.",
        show_default=False,
    ),
]
ReportOption = Annotated[
    Path | None,
    typer.Option(
        "--report",
        "-r",
        help="Write the HTML report (one self-contained file) here. One conversation "
        "only; for many, use --out-dir.",
        show_default=False,
    ),
]
JsonOption = Annotated[
    Path | None,
    typer.Option(
        "--json",
        "-j",
        help="Write the whole analysis as JSON here (schema: docs/feedback.md). One "
        "conversation only; for many, use --out-dir.",
        show_default=False,
    ),
]
OutDirOption = Annotated[
    Path | None,
    typer.Option(
        "--out-dir",
        "-o",
        help=f"Folder for one HTML and one JSON report per conversation plus an "
        f"overview (overview.html, overview.csv). Default with several conversations: ./{DEFAULT_OUT_DIR}.",
        show_default=False,
    ),
]
FastOption = CoderOption
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="Do not print the feedback in the terminal.")
]
DetailsOption = Annotated[
    bool,
    typer.Option(
        "--details", help="In the terminal, also say what each measure means and where its band comes from."
    ),
]


def _expand(files: list[Path], lang: str) -> list[Path]:
    found: list[Path] = []
    for path in files:
        if path.is_dir():
            inside = sorted(
                p
                for p in path.iterdir()
                if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in READABLE
            )
            if not inside:
                raise InputError(
                    "E303",
                    nl="In deze map staan geen gespreksbestanden (.txt, .docx, .pdf, .vtt, .srt, .csv, "
                    ".tsv, .json, .jsonl) en geen opnames.",
                    en="This folder holds no transcript files (.txt, .docx, .pdf, .vtt, .srt, .csv, .tsv, "
                    ".json, .jsonl) and no recordings.",
                    file=path,
                )
            found.extend(inside)
        elif not path.exists():
            raise InputError(
                "E304", nl="Dit bestand bestaat niet.", en="This file does not exist.", file=path
            )
        else:
            found.append(path)
    return found


def _guard_output(target: Path, inputs: list[Path]) -> None:
    """Never write a report over one of the user's input files."""
    resolved = target.resolve()
    if any(resolved == source.resolve() for source in inputs):
        raise ConfigError(
            "E305",
            nl="Het rapport zou een invoerbestand overschrijven; kies een andere naam.",
            en="The report would overwrite an input file; choose another name.",
            file=target,
        )


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.")[:80] or "gesprek"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _analyse_one(
    conversation: Conversation, lang: str | None, fast: bool | None, pseudonymise: bool = False
):  # -> Analysis
    from ontmoeting.feedback.analysis import analyse, is_coded

    if pseudonymise:
        from ontmoeting.transcript.deidentify import deidentify

        conversation = deidentify(conversation)
    language = resolve_language(lang, conversation.language)
    with steps(len(conversation.turns), 2, resolve_language(lang)) as progress:
        if len(conversation.turns) >= LONG_CONVERSATION and not is_coded(conversation):
            from ontmoeting.coding.pipeline import load_coder

            progress.next("coding")  # coded here, apart, so that the bar can show the two steps
            load_coder(fast=fast).code(conversation)
        progress.next("analysing")
        return analyse(conversation, language, fast=fast)


def analyse_command(
    files: FilesArgument,
    report: ReportOption = None,
    json_path: JsonOption = None,
    out_dir: OutDirOption = None,
    format: FormatOption = None,
    helper: HelperOption = None,
    language: LanguageOption = None,
    text_column: TextColumnOption = None,
    max_bytes: MaxBytesOption = None,
    fast: FastOption = None,
    quiet: QuietOption = False,
    details: DetailsOption = False,
    pseudonymise: PseudonymiseOption = False,
    lang: LangOption = None,
) -> None:
    """Feedback on a conversation: patterns (oplossingsdrang, touwtrekken, gemiste kans, vragenvuur,
    verdieping),
    measures with their competence bands, reflection prompts; in the terminal, as HTML and as JSON."""
    from ontmoeting.feedback.report_html import render_html
    from ontmoeting.feedback.report_json import to_json
    from ontmoeting.feedback.report_terminal import render_terminal

    ui = resolve_language(lang)
    inputs = _expand(files, ui)
    options = {
        "format": format,
        "helper": helper,
        "language": language,
        "text_column": text_column,
        "max_bytes": max_bytes,
        "lang": lang,
    }
    for target in (report, json_path):
        if target is not None:
            _guard_output(target, inputs)

    if len(inputs) == 1 and out_dir is None:
        conversations = load_input(inputs[0], **options)
        show_warnings(conversations, lang, inputs[0])
        if len(conversations) == 1:
            analysis = _analyse_one(conversations[0], lang, fast, pseudonymise)
            if not quiet:
                render_terminal(analysis, console, details=details)
            if report is not None:
                _write(report, render_html(analysis))
                err_console.print(tr(MESSAGES, "wrote_html", ui, path=report), highlight=False)
            if json_path is not None:
                _write(json_path, to_json(analysis) + "\n")
                err_console.print(tr(MESSAGES, "wrote_json", ui, path=json_path), highlight=False)
            return
    if report is not None or json_path is not None:
        raise ConfigError(
            "E306",
            nl="Met meerdere gesprekken schrijf je de rapporten met --out-dir (een HTML- en "
            "JSON-bestand per gesprek plus een overzicht), niet met --report of --json.",
            en="With several conversations, write the reports with --out-dir (an HTML and a JSON "
            "file per conversation plus an overview), not with --report or --json.",
            file=inputs[0] if len(inputs) == 1 else None,  # one file holding several conversations
        )
    _analyse_many(inputs, options, out_dir or Path(DEFAULT_OUT_DIR), lang, fast, quiet, pseudonymise)


def _analyse_many(
    inputs: list[Path],
    options: dict,
    out_dir: Path,
    lang: str | None,
    fast: bool | None,
    quiet: bool,
    pseudonymise: bool = False,
) -> None:
    from ontmoeting.feedback.overview import OverviewRow, overview_csv, overview_html, overview_table

    ui = resolve_language(lang)
    for name in ("overview.html", "overview.csv"):
        _guard_output(out_dir / name, inputs)
    rows: list[OverviewRow] = []
    used: set[str] = set()
    with over_files(len(inputs), ui) as bar:
        for source in inputs:
            _analyse_file(source, options, out_dir, inputs, lang, fast, pseudonymise, rows, used)
            bar.done()
    _write(out_dir / "overview.html", overview_html(rows, ui))
    _write(out_dir / "overview.csv", overview_csv(rows, ui))
    if not quiet:
        console.print(overview_table(rows, ui))
    done = sum(1 for row in rows if row.analysis is not None)
    err_console.print(tr(MESSAGES, "analysed", ui, n=done, dir=out_dir), highlight=False)
    err_console.print(
        tr(MESSAGES, "wrote_overview", ui, html=out_dir / "overview.html", csv=out_dir / "overview.csv"),
        highlight=False,
    )
    failed = [row for row in rows if row.error]
    if failed:
        for row in failed:
            err_console.print(f"[red]{row.source}[/]: {row.error}", highlight=False)
        err_console.print(tr(MESSAGES, "failed", ui, n=len(failed)), highlight=False)
        raise typer.Exit(2)


def _analyse_file(
    source: Path,
    options: dict,
    out_dir: Path,
    inputs: list[Path],
    lang: str | None,
    fast: bool | None,
    pseudonymise: bool,
    rows: list,
    used: set[str],
) -> None:
    """One file of a folder: its conversations analysed and written, or its error in ``rows``."""
    from ontmoeting.feedback.overview import OverviewRow
    from ontmoeting.feedback.report_html import render_html
    from ontmoeting.feedback.report_json import to_json

    ui = resolve_language(lang)
    try:
        conversations = load_input(source, **options)
    except OntmoetingError as error:
        rows.append(OverviewRow(source=source.name, error=error.render(ui)))
        return
    show_warnings(conversations, lang, source)
    for conversation in conversations:
        label = source.name if len(conversations) == 1 else f"{source.name} · {conversation.id}"
        stem = _slug(source.stem if len(conversations) == 1 else f"{source.stem}-{conversation.id}")
        while stem in used:
            stem += "-2"
        used.add(stem)
        try:
            analysis = _analyse_one(conversation, lang, fast, pseudonymise)
        except OntmoetingError as error:
            rows.append(OverviewRow(source=label, error=error.render(ui)))
            continue
        html_path, json_file = out_dir / f"{stem}.html", out_dir / f"{stem}.json"
        for target in (html_path, json_file):
            _guard_output(target, inputs)
        _write(html_path, render_html(analysis))
        _write(json_file, to_json(analysis) + "\n")
        rows.append(OverviewRow(source=label, analysis=analysis, report=html_path.name))


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("analyse", help=analyse_command.__doc__)(guarded(analyse_command))
