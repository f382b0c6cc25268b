"""``ontmoeting transcribe REC``: a recording to a transcript (JSON, or with ``--review`` a text file to
correct by hand), on this computer; and the progress bar that ``analyse REC`` and every other reading
command show while a recording is transcribed."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from ontmoeting.cli.common import LangOption, console, err_console, guarded
from ontmoeting.cli.input_options import LanguageOption, PseudonymiseOption, show_warnings
from ontmoeting.i18n import resolve_language, tr
from ontmoeting.transcript.io import write_json
from ontmoeting.transcript.messages import input_error
from ontmoeting.transcript.model import Conversation
from ontmoeting.transcript.speech import SpeechOptions, is_recording, review_text, transcribe_file

MESSAGES = {
    "decoding": {"nl": "Opname lezen", "en": "Reading the recording"},
    "speakers": {"nl": "Sprekers onderscheiden", "en": "Telling the speakers apart"},
    "recognising": {"nl": "Spraak herkennen", "en": "Recognising speech"},
    "wrote": {"nl": "Transcript geschreven: {file}", "en": "Transcript written: {file}"},
    "review": {
        "nl": "Controleer en verbeter het transcript, en analyseer het daarna met: ontmoeting analyse {file}",
        "en": "Check and correct the transcript, then analyse it with: ontmoeting analyse {file}",
    },
    "pseudonymised": {
        "nl": "Gepseudonimiseerd: namen en andere gegevens zijn vervangen door plaatshouders.",
        "en": "Pseudonymised: names and other details were replaced by placeholders.",
    },
}


def transcribe_recording(
    file: Path | str, *, language: str | None = None, helper: str | None = None, lang: str | None = None
) -> Conversation:
    """The conversation in the recording ``file``, with a progress bar on standard error in a terminal."""
    ui = resolve_language(lang)
    options = SpeechOptions(language=language, helper=helper)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
        disable=not err_console.is_terminal,
    ) as bar:
        task = bar.add_task(tr(MESSAGES, "decoding", ui), total=1.0)

        def progress(step: str, done: float) -> None:
            bar.update(task, completed=done, description=tr(MESSAGES, step, ui))

        return transcribe_file(file, options, progress=progress)


@guarded
def transcribe(
    file: Annotated[
        Path,
        typer.Argument(
            help="Recording: wav, mp3, m4a, ogg, webm, mp4 or another sound or video file.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Where to write the transcript. Default: beside the recording, with .json (or .txt with "
            "--review).",
            show_default=False,
        ),
    ] = None,
    review: Annotated[
        bool,
        typer.Option(
            "--review",
            help="Write an editable text transcript (roles as 'Hulpverlener:'/'Cliënt:', times kept) to "
            "correct by hand before analysing it.",
        ),
    ] = False,
    language: LanguageOption = None,
    helper: Annotated[
        str | None,
        typer.Option(
            "--helper",
            help="Which voice is the helper: 'Spreker 1' / 'Speaker 1' (who speaks first) or 2. "
            "Default: a guess (who asks most, who opens).",
            show_default=False,
        ),
    ] = None,
    pseudonymise: PseudonymiseOption = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the output file if it exists.")] = False,
    lang: LangOption = None,
) -> None:
    """Transcribe a recording on this computer (Whisper base; nothing leaves the machine): two speakers,
    helper and client, times per turn. Needs pip install 'ontmoeting[audio]'."""
    ui = resolve_language(lang)
    if file.exists() and not file.is_dir() and not is_recording(file):
        raise input_error("E148", file)
    target = output or file.with_suffix(".txt" if review else ".json")
    if not review and target.suffix.lower() not in (".json", ".jsonl", ".ndjson"):
        raise input_error("E121", target)
    if target.exists() and file.exists() and target.resolve() == file.resolve():
        raise input_error("E123", target)
    if target.exists() and not force:
        raise input_error("E122", target)
    conversation = transcribe_recording(file, language=language, helper=helper, lang=lang)
    if pseudonymise:
        from ontmoeting.transcript.deidentify import deidentify

        conversation = deidentify(conversation)
    try:
        if review:
            target.write_text(review_text(conversation, ui, str(target)), encoding="utf-8")
        else:
            write_json(conversation, target)
    except OSError as error:
        raise input_error("E112", target, detail=error.strerror or type(error).__name__) from None
    show_warnings(conversation, ui, file)
    if pseudonymise:
        console.print(tr(MESSAGES, "pseudonymised", ui))
    console.print(tr(MESSAGES, "wrote", ui, file=target), highlight=False)
    if review:
        console.print(tr(MESSAGES, "review", ui, file=target), highlight=False)


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("transcribe")(transcribe)
