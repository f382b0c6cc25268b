"""``ontmoeting oefen``: list the practice clients, talk with one in the terminal, or play a script."""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.panel import Panel
from rich.table import Table

from ontmoeting.cli.common import LangOption, console, err_console, guarded
from ontmoeting.errors import InputError
from ontmoeting.i18n import resolve_language, tr
from ontmoeting.practice.messages import MESSAGES
from ontmoeting.practice.persona import STANCE_NAMES, Persona, get_persona, load_personas
from ontmoeting.practice.session import PracticeSession
from ontmoeting.transcript.language import check_language

TEXT: dict[str, dict[str, str]] = {
    "col.id": {"nl": "id", "en": "id"},
    "col.name": {"nl": "naam", "en": "name"},
    "col.stance": {"nl": "houding", "en": "stance"},
    "col.goal": {"nl": "leerdoel", "en": "learning goal"},
    "list.title": {"nl": "Oefencliënten", "en": "Practice clients"},
    "list.how": {
        "nl": "Start een gesprek met: ontmoeting oefen <id>",
        "en": "Start a talk with: ontmoeting oefen <id>",
    },
    "intro.title": {"nl": "Oefengesprek met {name}", "en": "Practice talk with {name}"},
    "intro.body": {
        "nl": "[b]Wie[/b]: {who}\n[b]Situatie[/b]: {situation}\n[b]Leerdoel[/b]: {goal}\n\n"
        "Commando's: /hint (tip), /terug (beurt terugnemen), /stop (afronden), /help. Seed: {seed}.",
        "en": "[b]Who[/b]: {who}\n[b]Situation[/b]: {situation}\n[b]Learning goal[/b]: {goal}\n\n"
        "Commands: /hint (tip), /back (take back a turn), /stop (finish), /help. Seed: {seed}.",
    },
    "help": {
        "nl": "Typ wat je tegen {name} zegt. /hint geeft een tip met een voorbeeld, "
        "/terug neemt je laatste beurt en het antwoord terug, /stop rondt af met het verslag.",
        "en": "Type what you say to {name}. /hint gives a tip with an example, "
        "/back takes back your last turn and the reply, /stop finishes with the report.",
    },
    "you": {"nl": "Jij", "en": "You"},
    "coach": {"nl": "coach", "en": "coach"},
    "undone": {"nl": "Laatste beurt teruggenomen.", "en": "Last turn taken back."},
    "nothing_to_undo": {"nl": "Er is nog niets om terug te nemen.", "en": "Nothing to take back yet."},
    "ended": {
        "nl": "{name} heeft het gesprek beëindigd. /terug om het over te doen, /stop voor het verslag.",
        "en": "{name} has ended the talk. /back to try again, /stop for the report.",
    },
    "unknown_command": {"nl": "Onbekend commando. Typ /help.", "en": "Unknown command. Type /help."},
    "saved": {"nl": "Gesprek opgeslagen in {path}", "en": "Talk saved to {path}"},
    "analyse": {
        "nl": "Analyseer het later met: ontmoeting analyse {path}",
        "en": "Analyse it later with: ontmoeting analyse {path}",
    },
    "report": {"nl": "Verslag", "en": "Report"},
    "script_ended": {
        "nl": "({name} beëindigde het gesprek; {n:plural:beurt|beurten} uit het script {n:word:is|zijn} "
        "niet gespeeld.)",
        "en": "({name} ended the talk; {n:plural:turn|turns} of the script {n:word:was|were} not played.)",
    },
    "leaves": {
        "nl": "Let op: de LLM-stem gebruikt {host}. Wat je in dit oefengesprek typt, verlaat deze computer.",
        "en": "Note: the LLM voice uses {host}. What you type in this practice talk leaves this machine.",
    },
    "llm_on": {"nl": "LLM-stem: {model} op {host}.", "en": "LLM voice: {model} at {host}."},
}

STOP = {"/stop", "/einde", "/quit", "/exit"}
UNDO = {"/terug", "/undo", "/back"}


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("oefen")(oefen)


@guarded
def oefen(
    persona: Annotated[str | None, typer.Argument(help="Persona id (without it: list the personas).")] = None,
    lang: LangOption = None,
    coach: Annotated[
        bool, typer.Option("--coach/--no-coach", help="A coach line after each of your turns.")
    ] = True,
    seed: Annotated[
        int | None, typer.Option("--seed", help="Seed for a reproducible talk (default: random).")
    ] = None,
    save: Annotated[
        Path | None,
        typer.Option(
            "--save",
            help="Where to save the transcript (JSON). Chat: default a timestamped file here; "
            "--script: only when given.",
        ),
    ] = None,
    script: Annotated[
        Path | None,
        typer.Option("--script", help="Play these helper turns (one per line) instead of chatting."),
    ] = None,
    personas: Annotated[
        Path | None, typer.Option("--personas", help="Folder with your own persona YAML files.")
    ] = None,
    llm: Annotated[
        bool, typer.Option("--llm/--no-llm", help="Use the LLM voice when ONTMOETING_LLM_URL is set.")
    ] = True,
) -> None:
    """Oefencliënt: practise a conversation with a simulated client, with a coach."""
    language = resolve_language(check_language(lang))
    if persona is None:
        _list(load_personas(personas), language)
        return
    chosen = get_persona(persona, personas)
    voice = _voice(llm, language)
    if seed is None:
        seed = 0 if script else random.SystemRandom().randrange(1, 100_000)
    session = PracticeSession(chosen, language, seed, coach, voice, persona_dir=personas)
    if script is not None:
        _intro(session, seed)
        _play_script(session, script)
        if save is not None:
            _save(session, save)
    else:
        _chat(session, seed)
        if session.records:  # nothing said, nothing to keep
            _save(session, save or Path(f"oefengesprek-{chosen.id}-{datetime.now():%Y%m%d-%H%M%S}.json"))
    _report(session)


def _list(found: dict[str, Persona], lang: str) -> None:
    table = Table(title=tr(TEXT, "list.title", lang))
    for key in ("col.id", "col.name", "col.stance", "col.goal"):
        table.add_column(tr(TEXT, key, lang), overflow="fold")
    for persona in found.values():
        shown = lang if lang in persona.languages else persona.languages[0]
        material = persona.material(shown)
        table.add_row(persona.id, material.name, STANCE_NAMES[persona.stance][lang], material.learning_goal)
    console.print(table)
    console.print(tr(TEXT, "list.how", lang))


def _voice(use_llm: bool, lang: str) -> object | None:
    if not use_llm:
        return None
    from ontmoeting.practice.llm_voice import LLMVoice

    voice = LLMVoice.from_env()
    if voice is None:
        return None
    if voice.leaves_machine:
        err_console.print(f"[bold yellow]{tr(TEXT, 'leaves', lang, host=voice.host)}[/]")
    else:
        console.print(tr(TEXT, "llm_on", lang, model=voice.settings.model, host=voice.host))
    return voice


def _say_client(session: PracticeSession, text: str) -> None:
    console.print(f"[bold magenta]{session.name}[/]: ", end="")
    console.print(text, markup=False, highlight=False)


def _say_coach(session: PracticeSession, line: str | None) -> None:
    if line:
        console.print(f"  [dim]{tr(TEXT, 'coach', session.lang)}: {_escape(line)}[/]")


def _escape(text: str) -> str:
    return text.replace("[", "\\[")


def _intro(session: PracticeSession, seed: int) -> None:
    """Who the client is, their situation and the learning goal (chat and script alike)."""
    lang, material = session.lang, session.material
    console.print(
        Panel(
            tr(
                TEXT,
                "intro.body",
                lang,
                who=_escape(material.who),
                situation=_escape(material.situation),
                goal=_escape(material.learning_goal),
                seed=seed,
            ),
            title=tr(TEXT, "intro.title", lang, name=session.name),
        )
    )


def _chat(session: PracticeSession, seed: int) -> None:
    lang = session.lang
    _intro(session, seed)
    _say_client(session, session.opening())
    while True:
        try:
            text = console.input(f"[bold cyan]{tr(TEXT, 'you', lang)}[/]: ").strip()
        except (EOFError, KeyboardInterrupt):  # Ctrl-D / Ctrl-C end the talk; it is still saved
            console.print()
            break
        if not text:
            continue
        command = text.lower()
        if command in STOP:
            break
        if command in UNDO:
            console.print(tr(TEXT, "undone" if session.undo() else "nothing_to_undo", lang))
            _say_client(session, session.last_client_text())
            continue
        if command == "/hint":
            console.print(f"  [green]{_escape(session.hint())}[/]")
            continue
        if command in ("/help", "/hulp"):
            console.print(tr(TEXT, "help", lang, name=session.name))
            continue
        if command.startswith("/"):
            console.print(tr(TEXT, "unknown_command", lang))
            continue
        if session.ended:
            console.print(tr(TEXT, "ended", lang, name=session.name))
            continue
        reply = session.respond(text)
        _say_client(session, reply.text)
        _say_coach(session, reply.coach)
        if reply.ended:
            console.print(tr(TEXT, "ended", lang, name=session.name))


def read_script(path: Path) -> list[str]:
    """Helper turns from ``path``: one per line; empty lines and lines starting with '#' are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(
            "E411", nl=f"Kan het script niet lezen: {error}", en=f"Cannot read the script: {error}", file=path
        ) from error
    turns = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not turns:
        raise InputError(
            "E412", nl="Het script bevat geen beurten.", en="The script contains no turns.", file=path
        )
    return turns


def _play_script(session: PracticeSession, path: Path) -> None:
    turns = read_script(path)
    lang = session.lang
    _say_client(session, session.opening())
    for number, text in enumerate(turns):
        console.print(f"[bold cyan]{tr(TEXT, 'you', lang)}[/]: ", end="")
        console.print(text, markup=False, highlight=False)
        reply = session.respond(text)
        _say_client(session, reply.text)
        _say_coach(session, reply.coach)
        if reply.ended:
            console.print(tr(TEXT, "script_ended", lang, name=session.name, n=len(turns) - number - 1))
            break


def _save(session: PracticeSession, path: Path) -> None:
    conversation = session.finish()
    try:
        from ontmoeting.transcript.io import write_json
    except ImportError:  # the project's writer is being written; the model's own JSON is the same structure
        path.write_text(conversation.model_dump_json(indent=2), encoding="utf-8")
    else:
        write_json([conversation], path)
    console.print(tr(TEXT, "saved", session.lang, path=path))
    console.print(tr(TEXT, "analyse", session.lang, path=path))


def _report(session: PracticeSession) -> None:
    lines, analysis = session.report() if session.records else (session.depth_summary(), None)
    console.rule(tr(TEXT, "report", session.lang))
    for line in lines:
        console.print(line, markup=False, highlight=False)
    if analysis is not None:
        from ontmoeting.practice.coach import render_feedback

        console.print()
        render_feedback(analysis, console)
    elif session.records:
        console.print(tr(MESSAGES, "report.no_feedback", session.lang))
