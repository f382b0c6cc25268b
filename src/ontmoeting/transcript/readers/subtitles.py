"""WebVTT and SRT subtitles as transcription tools write them.

The speaker is in a voice tag (``<v Mira>Hoi``, WebVTT) or a prefix (``Mira: Hoi``, either format);
a cue without a speaker continues the previous speaker. Consecutive cues of one speaker merge into one turn
that keeps the first cue's start and the last cue's end. Formatting tags and HTML entities are removed.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass

from ontmoeting.transcript.messages import input_error, read_warning
from ontmoeting.transcript.readers.base import RawConversation, RawTurn, ReadOptions, merge_consecutive
from ontmoeting.transcript.readers.labels import believed_labels, speaker_key, split_prefix

_STAMP = r"(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}"
_TIMING = re.compile(rf"^\s*(?P<start>{_STAMP})\s*-->\s*(?P<end>{_STAMP})")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:\s+(?P<name>[^>]*))?>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<\d[\d:.]*>")


@dataclass
class Segment:
    """A piece of cue text, with the voice that says it when the cue names one."""

    voice: str | None
    text: str
    line: int
    start: float | None
    end: float | None


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return total


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Groups of non-blank lines with the line number of their first line."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 1
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _clean(text: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", text)).split())


def _cue_segments(payload: list[str], line: int, start: float, end: float) -> list[Segment]:
    joined = "\n".join(payload)
    voices = list(_VOICE.finditer(joined))
    if not voices:
        return [Segment(None, _clean(joined), line, start, end)]
    segments: list[Segment] = []
    before = _clean(joined[: voices[0].start()])
    if before:
        segments.append(Segment(None, before, line, start, end))
    for position, voice in enumerate(voices):
        stop = voices[position + 1].start() if position + 1 < len(voices) else len(joined)
        name = " ".join((voice["name"] or "").split()) or None
        segments.append(Segment(name, _clean(joined[voice.end() : stop]), line, start, end))
    return segments


def _cues(text: str, options: ReadOptions, *, vtt: bool) -> list[Segment]:
    blocks = _blocks(text)
    if vtt:
        if not blocks or not blocks[0][1][0].lstrip("\ufeff").startswith("WEBVTT"):
            raise input_error(
                "E119",
                options.file,
                1,
                detail=("de eerste regel moet 'WEBVTT' zijn", "the first line must be 'WEBVTT'"),
            )
        blocks = blocks[1:]
    segments: list[Segment] = []
    for first_line, lines in blocks:
        if vtt and lines[0].split(" ", 1)[0].rstrip(":") in ("NOTE", "STYLE", "REGION"):
            continue
        timing_at = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if timing_at is None or timing_at > 1:
            raise input_error(
                "E119",
                options.file,
                first_line,
                detail=(
                    "een ondertitel zonder tijd 'begin --> eind'",
                    "a cue without a 'start --> end' time",
                ),
            )
        timing = _TIMING.match(lines[timing_at])
        if not timing:
            raise input_error(
                "E119",
                options.file,
                first_line + timing_at,
                detail=(
                    f"de tijd '{lines[timing_at].strip()}' is onleesbaar",
                    f"cannot read the time '{lines[timing_at].strip()}'",
                ),
            )
        start, end = _seconds(timing["start"]), _seconds(timing["end"])
        payload = lines[timing_at + 1 :]
        if payload:
            segments.extend(_cue_segments(payload, first_line + timing_at + 1, start, end))
    return segments


def _read(text: str, options: ReadOptions, *, vtt: bool) -> list[RawConversation]:
    segments = _cues(text, options, vtt=vtt)
    # Cues without a voice tag may start with 'Name: '; believe those names as the text reader does.
    prefixes = {id(s): split_prefix(s.text) for s in segments if s.voice is None}
    counts = Counter(speaker_key(p.label) for p in prefixes.values() if p.label)
    believed = believed_labels(counts, options.helper)
    turns: list[RawTurn] = []
    names: dict[str, str] = {}
    speaker: str | None = None
    orphans = 0
    for segment in segments:
        content = segment.text
        if segment.voice:
            speaker = names.setdefault(speaker_key(segment.voice), segment.voice)
        else:
            prefix = prefixes[id(segment)]
            if prefix.label and speaker_key(prefix.label) in believed:
                speaker = names.setdefault(speaker_key(prefix.label), prefix.label)
                content = prefix.rest
        if speaker is None:
            orphans += 1
            continue
        turns.append(
            RawTurn(speaker=speaker, text=content, line=segment.line, start=segment.start, end=segment.end)
        )
    first = turns[0].line if turns else (segments[0].line if segments else 1)
    raw = RawConversation(turns=merge_consecutive(turns), first_line=first)
    if orphans and turns:
        raw.warnings.append(read_warning("W103", line=segments[0].line, count=orphans))
    return [raw]


def read_vtt(text: str, options: ReadOptions) -> list[RawConversation]:
    return _read(text, options, vtt=True)


def read_srt(text: str, options: ReadOptions) -> list[RawConversation]:
    return _read(text, options, vtt=False)
