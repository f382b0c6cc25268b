"""Training data: AnnoMI (English) and AnnoMI-nl (Dutch) as conversations with human annotations, and
extra labelled conversations in the project's JSON/JSONL format (e.g. trainers' corrections from the web app).

AnnoMI-nl's CSV carries both the Dutch text (``utterance_text``) and the English original
(``utterance_text_en``) with the same expert labels, so one file gives both languages. Labels become
human annotations the way the AnnoMI reader attaches them: ``main_therapist_behaviour`` -> ANNOMI,
``client_talk_type`` -> TALK, and the AnnoMI-full subtypes -> BEHAVIOUR (open/closed question,
simple/complex reflection, information/advice for therapist input).
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ontmoeting.coding.codebook import load_codebook
from ontmoeting.coding.features import TurnView, view_of
from ontmoeting.errors import InputError
from ontmoeting.transcript.model import Annotation, Conversation, Dimension, Metadata, Role, Source, Turn

ANNOTATOR = "annomi"
#: ``Metadata.source_format`` of the project's own gold corpus (coding/training/corpus.py).
CORPUS_FORMAT = "ontmoeting-corpus"
DEFAULT_DATA = Path("../shared/data")
NL_FILE = Path("annomi-nl") / "AnnoMI-nl-full.csv"

#: AnnoMI-full subtype -> fine helper code, per main label.
_SUBTYPES = {
    ("question", "open"): "open_question",
    ("question", "closed"): "closed_question",
    ("reflection", "simple"): "simple_reflection",
    ("reflection", "complex"): "complex_reflection",
    ("therapist_input", "information"): "information",
    ("therapist_input", "advice"): "advice",
    ("therapist_input", "negotiation"): "advice",
    ("therapist_input", "options"): "advice",
}
_SUBTYPE_COLUMN = {
    "question": "question_subtype",
    "reflection": "reflection_subtype",
    "therapist_input": "therapist_input_subtype",
}


def _human(dimension: Dimension, code: str) -> Annotation:
    return Annotation(dimension=dimension, code=code, source=Source.HUMAN, annotator=ANNOTATOR)


def load_annomi(data_dir: Path = DEFAULT_DATA, languages: Sequence[str] = ("en", "nl")) -> list[Conversation]:
    """Every AnnoMI transcript once per language, ordered by transcript; ids ``annomi-<id>-<lang>``.

    Where a transcript has rows by several annotators, the first annotator's rows are kept.
    """
    path = Path(data_dir) / NL_FILE
    if not path.is_file():
        raise InputError(
            "E210", nl=f"AnnoMI-nl niet gevonden: {path}", en=f"AnnoMI-nl not found: {path}", file=path
        )
    by_transcript: dict[str, list[dict[str, str]]] = {}
    first_annotator: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            tid = row["transcript_id"]
            annotator = first_annotator.setdefault(tid, row.get("annotator_id", ""))
            key = (tid, row["utterance_id"])
            if row.get("annotator_id", "") != annotator or key in seen:
                continue
            seen.add(key)
            by_transcript.setdefault(tid, []).append(row)
    conversations = []
    for tid in sorted(by_transcript, key=int):
        rows = sorted(by_transcript[tid], key=lambda r: int(r["utterance_id"]))
        for language in languages:
            column = "utterance_text_en" if language == "en" else "utterance_text"
            turns = [_turn(i, row, column) for i, row in enumerate(rows)]
            conversations.append(
                Conversation(
                    id=f"annomi-{tid}-{language}",
                    language=language,
                    metadata=Metadata(
                        source_file=str(path),
                        source_format="annomi",
                        extra={
                            "transcript_id": tid,
                            "topic": rows[0].get("topic", ""),
                            "mi_quality": rows[0].get("mi_quality", ""),
                        },
                    ),
                    turns=turns,
                )
            )
    return conversations


def _turn(index: int, row: dict[str, str], column: str) -> Turn:
    helper = row["interlocutor"] == "therapist"
    turn = Turn(
        index=index,
        role=Role.HELPER if helper else Role.CLIENT,
        speaker="therapist" if helper else "client",
        text=row[column],
        ref=row["utterance_id"],
    )
    main = row.get("main_therapist_behaviour", "")
    if helper and main:
        turn.annotate(_human(Dimension.ANNOMI, main))
        subtype = row.get(_SUBTYPE_COLUMN.get(main, ""), "")
        fine = _SUBTYPES.get((main, subtype))
        if fine:
            turn.annotate(_human(Dimension.BEHAVIOUR, fine))
    talk = row.get("client_talk_type", "")
    if not helper and talk:
        turn.annotate(_human(Dimension.TALK, talk))
    return turn


def load_extra(path: Path) -> list[Conversation]:
    """Labelled conversations in any format the project reads (JSON/JSONL exports keep human annotations)."""
    from ontmoeting.transcript.io import read_conversations

    return read_conversations(path)


@dataclass(frozen=True)
class Example:
    """One turn with its context view, the group it belongs to (for splitting) and its human labels."""

    view: TurnView
    language: str
    group: str
    annomi: str | None = None
    behaviour: str | None = None
    talk: str | None = None
    # The project's corpus codes the whole codebook (every helper code, depth, flags); AnnoMI does not, so
    # its turns must not teach the depth and flag heads that a flag is absent.
    full: bool = False
    depth: str | None = None
    flags: frozenset[str] = frozenset()


def _human_code(turn: Turn, dimension: Dimension) -> str | None:
    found = [a for a in turn.annotations if a.dimension is dimension and a.source is Source.HUMAN]
    return found[-1].code if found else None


def examples_from(conversations: Iterable[Conversation]) -> list[Example]:
    """Every turn with its view and human labels; group = AnnoMI transcript id, else conversation id."""
    to_annomi = load_codebook().behaviour_to_annomi()  # the one mapping (codebook.yaml)
    examples = []
    for conversation in conversations:
        group = conversation.metadata.extra.get("transcript_id", conversation.id)
        for turn in conversation.turns:
            view = view_of(turn, conversation.turns[: turn.index])
            behaviour = _human_code(turn, Dimension.BEHAVIOUR)
            annomi = _human_code(turn, Dimension.ANNOMI) or (
                to_annomi.get(behaviour, "other") if behaviour else None
            )
            full = conversation.metadata.source_format == CORPUS_FORMAT
            examples.append(
                Example(
                    view=view,
                    language=conversation.language,
                    group=str(group),
                    annomi=annomi if turn.role is Role.HELPER else None,
                    behaviour=behaviour if turn.role is Role.HELPER else None,
                    talk=_human_code(turn, Dimension.TALK) if turn.role is Role.CLIENT else None,
                    full=full,
                    depth=_human_code(turn, Dimension.DEPTH) if full and turn.role is Role.CLIENT else None,
                    flags=frozenset(
                        a.code
                        for a in turn.annotations
                        if a.dimension is Dimension.FLAG and a.source is Source.HUMAN
                    )
                    if full
                    else frozenset(),
                )
            )
    return examples


def data_hash(conversations: Iterable[Conversation]) -> str:
    """A short fingerprint of the training texts and labels (for the model's metadata)."""
    digest = hashlib.sha256()
    for conversation in conversations:
        for turn in conversation.turns:
            labels = ",".join(
                f"{a.dimension.value}={a.code}" for a in turn.annotations if a.source is Source.HUMAN
            )
            digest.update(f"{conversation.id}\t{turn.role.value}\t{turn.text}\t{labels}\n".encode())
    return digest.hexdigest()[:16]
