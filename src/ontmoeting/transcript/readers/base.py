"""What every reader produces (raw turns as found in the source) and how they become a :class:`Conversation`.

Readers only parse; deciding roles, the language, ids and warnings happens once, here, so that every
format behaves the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ontmoeting.transcript.language import detect_language
from ontmoeting.transcript.messages import input_error
from ontmoeting.transcript.model import (
    Annotation,
    Conversation,
    Dimension,
    Metadata,
    ReadWarning,
    Role,
    Source,
    Turn,
)
from ontmoeting.transcript.roles import assign_roles, label_role, speaker_stats


@dataclass
class RawTurn:
    speaker: str
    text: str
    line: int | None = None
    start: float | None = None
    end: float | None = None
    ref: str | None = None
    role: Role | None = None  # only when the source states it (a role column, AnnoMI's interlocutor)
    page: int | None = None  # PDF and Word files
    note: str | None = None  # the student's own comment on the turn (a comment column, a Word comment)
    annotations: list[Annotation] = field(default_factory=list)


@dataclass
class RawConversation:
    turns: list[RawTurn]
    id: str | None = None
    title: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    warnings: list[ReadWarning] = field(default_factory=list)
    first_line: int | None = None  # where the conversation starts in the file, for messages


@dataclass(frozen=True)
class ReadOptions:
    """The user's choices that every reader honours."""

    file: str  # the name shown in messages: a path or an upload's file name
    format: str
    helper: str | None = None
    language: str | None = None
    text_column: str | None = None


def merge_consecutive(turns: list[RawTurn]) -> list[RawTurn]:
    """Join consecutive turns of one speaker (lines, subtitle cues) into one turn; keep the first line and
    start and the last end. Empty turns disappear."""
    merged: list[RawTurn] = []
    for turn in turns:
        if merged and merged[-1].speaker == turn.speaker and merged[-1].role == turn.role:
            last = merged[-1]
            last.text = f"{last.text} {turn.text}".strip() if last.text else turn.text
            if turn.note:
                last.note = f"{last.note} | {turn.note}" if last.note else turn.note
            last.annotations.extend(turn.annotations)
            last.end = turn.end if turn.end is not None else last.end
            if last.start is None:
                last.start = turn.start
            continue
        merged.append(turn)
    return [t for t in merged if t.text.strip()]


_ID_UNSAFE = re.compile(r"[^\w.-]+")


def conversation_id(file: str) -> str:
    """An id from a file name: 'examples/mira-robert-1.txt' -> 'mira-robert-1'."""
    stem = Path(file).stem or "conversation"
    return _ID_UNSAFE.sub("-", stem).strip("-") or "conversation"


def _fitting(annotations: list[Annotation], role: Role) -> list[Annotation]:
    """Without a student's own code that does not fit the turn's role (a helper code on a client turn)."""
    wanted = {Role.HELPER: Dimension.BEHAVIOUR, Role.CLIENT: Dimension.TALK}.get(role)
    return [a for a in annotations if a.source is not Source.SELF or a.dimension is wanted]


def build(raw: RawConversation, options: ReadOptions, decode_warnings: list[ReadWarning]) -> Conversation:
    """Roles, language and metadata for ``raw``; E104/E105/E117/E120 where the turns do not allow it."""
    turns = [t for t in raw.turns if t.text.strip()]
    if not raw.turns:
        raise input_error("E104", options.file, raw.first_line)
    if not turns:
        raise input_error("E120", options.file, raw.first_line)
    warnings = list(decode_warnings) + list(raw.warnings)
    stated = {t.speaker: t.role for t in turns if t.role is not None}
    unstated = [t for t in turns if t.role is None]
    roles: dict[str, Role] = {}
    if unstated or options.helper:
        named = [(t.speaker, t.text) for t in turns]
        stats = speaker_stats(named)
        if options.helper or not stated:
            roles, guessed = assign_roles(
                stats, helper=options.helper, file=options.file, line=raw.first_line
            )
            warnings.extend(guessed)
        else:
            # Some rows state their role, others do not: label what can be labelled, the rest is OTHER.
            roles = {s.name: label_role(s.name) or Role.OTHER for s in stats}
    if not options.helper:
        roles.update(stated)
    if len({t.speaker for t in turns}) < 2:
        raise input_error("E105", options.file, raw.first_line, speaker=turns[0].speaker)

    if options.language:
        language, detected = options.language, False
    else:
        language, _ = detect_language(t.text for t in turns)
        detected = True
    conversation = Conversation(
        id=raw.id or conversation_id(options.file),
        language=language,
        language_detected=detected,
        metadata=Metadata(
            title=raw.title,
            source_file=options.file,
            source_format=options.format,
            extra=dict(raw.extra),
            warnings=warnings,
        ),
        turns=[
            Turn(
                index=position,
                role=roles.get(t.speaker, t.role or Role.OTHER),
                speaker=t.speaker,
                text=t.text.strip(),
                start=t.start,
                end=t.end,
                ref=t.ref,
                line=t.line,
                page=t.page,
                note=t.note,
                annotations=_fitting(t.annotations, roles.get(t.speaker, t.role or Role.OTHER)),
            )
            for position, t in enumerate(turns)
        ],
    )
    return conversation
