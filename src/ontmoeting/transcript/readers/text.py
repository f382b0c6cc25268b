"""Plain text transcripts: one turn per speaker prefix, in Dutch or English.

    [00:00:03] H: Welkom. Waar wil je het over hebben?
    C: Over mijn scriptie. Ik loop al een halfjaar vast
    en ik durf het niet te vertellen.            <- no prefix: continues the turn above

Blank lines are ignored; consecutive lines of one speaker form one turn; a time at the start of a line (or
on a line of its own, before the speaker's line) becomes the turn's start. Lines before the first speaker
(a title, '#' comments) belong to no turn and are reported when they are not comments.
"""

from __future__ import annotations

from collections import Counter

from ontmoeting.transcript.messages import read_warning
from ontmoeting.transcript.readers.base import RawConversation, RawTurn, ReadOptions, merge_consecutive
from ontmoeting.transcript.readers.labels import (
    LinePrefix,
    believed_labels,
    speaker_key,
    split_prefix,
    without_time,
)


def read(text: str, options: ReadOptions) -> list[RawConversation]:
    lines = text.split("\n")
    parsed: list[LinePrefix] = [split_prefix(line) for line in lines]
    counts = Counter(speaker_key(p.label) for p in parsed if p.label)
    believed = believed_labels(counts, options.helper)

    turns: list[RawTurn] = []
    names: dict[str, str] = {}  # key -> display name as first written
    pending_start: float | None = None
    preamble = 0
    first_line: int | None = None
    for number, (line, prefix) in enumerate(zip(lines, parsed, strict=True), start=1):
        if prefix.label and speaker_key(prefix.label) in believed:
            key = speaker_key(prefix.label)
            speaker = names.setdefault(key, prefix.label)
            start = prefix.start if prefix.start is not None else pending_start
            turns.append(RawTurn(speaker=speaker, text=prefix.rest, line=number, start=start))
            pending_start = None
            first_line = first_line or number
            continue
        content = without_time(line) if prefix.label else prefix.rest
        if not content:
            if prefix.start is not None:
                pending_start = prefix.start
            continue
        if not turns:
            if not line.lstrip().startswith("#"):
                preamble += 1
            continue
        turns[-1].text = f"{turns[-1].text} {content}".strip()

    raw = RawConversation(turns=merge_consecutive(turns), first_line=first_line or 1)
    if not turns:
        raw.first_line = 1
    if preamble and turns:
        raw.warnings.append(read_warning("W103", line=1, count=preamble))
    return [raw]
