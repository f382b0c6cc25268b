"""One flat record per coded turn: the JSONL contract of ``ontmoeting code --output`` (see docs/codebook.md).

The record shows the pipeline's final codes (annotator ``pipeline``), not human labels that came with the
input (AnnoMI's expert labels stay in the conversation for ``evaluate``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ontmoeting.coding.codebook import load_codebook
from ontmoeting.transcript.model import DEPTH_LEVELS, PIPELINE, Conversation, Dimension, Role, Turn

#: Keys of every record, in order. Values may be null where they do not apply (e.g. depth on a helper turn).
RECORD_KEYS = (
    "conversation",
    "transcript_id",
    "utterance_id",
    "index",
    "speaker",
    "role",
    "language",
    "text",
    "code",
    "annomi_label",
    "confidence",
    "explanation",
    "flags",
    "depth",
    "depth_code",
    "codebook_version",
)


def turn_record(conversation: Conversation, turn: Turn) -> dict[str, Any]:
    """The record of one coded turn. ``transcript_id``/``utterance_id`` come from the input when it has turn
    ids (AnnoMI layout: transcript_id and utterance_id); otherwise they are null."""
    main_dimension = Dimension.BEHAVIOUR if turn.role is Role.HELPER else Dimension.TALK
    main = turn.get(main_dimension, annotator=PIPELINE) if turn.role is not Role.OTHER else None
    annomi = turn.get(Dimension.ANNOMI, annotator=PIPELINE)
    depth = turn.get(Dimension.DEPTH, annotator=PIPELINE)
    if turn.role is Role.HELPER:
        annomi_label = annomi.code if annomi else (load_codebook().annomi_label(main.code) if main else None)
    elif turn.role is Role.CLIENT:
        annomi_label = main.code if main else None  # the talk type is AnnoMI's client label
    else:
        annomi_label = None
    flags = sorted(
        {a.code for a in turn.annotations if a.dimension is Dimension.FLAG and a.annotator == PIPELINE}
    )
    return {
        "conversation": conversation.id,
        "transcript_id": conversation.id if turn.ref is not None else None,
        "utterance_id": turn.ref,
        "index": turn.index,
        "speaker": turn.speaker,
        "role": turn.role.value,
        "language": conversation.language,
        "text": turn.text,
        "code": main.code if main else None,
        "annomi_label": annomi_label,
        "confidence": main.confidence if main else None,
        "explanation": main.explanation if main else None,
        "flags": flags,
        "depth": DEPTH_LEVELS.get(depth.code) if depth else None,
        "depth_code": depth.code if depth else None,
        "codebook_version": load_codebook().version,
    }


def records(conversations: Iterable[Conversation]) -> Iterator[dict[str, Any]]:
    for conversation in conversations:
        for turn in conversation.turns:
            yield turn_record(conversation, turn)


def write_records(conversations: Iterable[Conversation], path: str | Path) -> int:
    """Write one JSON object per turn (UTF-8, one per line) to ``path``; returns the number of lines. Written
    to a temporary file first, so that an existing file is never left half-written."""
    target = Path(path)
    temporary = target.with_name(target.name + ".part")
    count = 0
    with temporary.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records(conversations):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    temporary.replace(target)
    return count
