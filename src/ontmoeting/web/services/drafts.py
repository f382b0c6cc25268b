"""Correcting the draft transcript of a recording: the student's edits applied to the ``Conversation`` the
speech layer made. Plain functions on the transcript model; every turn keeps its times.

A draft turn's ``speaker`` is the voice the speech layer heard ("Spreker 1", "Speaker 2"); its ``role`` is
what the student decides (helper or client). The analysed conversation gets role names as speakers
(:func:`final_conversation`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ontmoeting.transcript.model import Conversation, Role, Turn
from ontmoeting.transcript.pseudonymise import ROLE_LABELS
from ontmoeting.web.errors import InvalidForm

SPLIT_MARK = "//"
PAGE_SIZE = 200  # turns per page of the correction form (two fields each: forms allow 1000 fields)
CHOICES = (Role.HELPER, Role.CLIENT)
OTHER = {Role.HELPER: Role.CLIENT, Role.CLIENT: Role.HELPER, Role.OTHER: Role.OTHER}


@dataclass(frozen=True)
class TurnEdit:
    role: Role
    text: str


def pages(conversation: Conversation) -> int:
    return max(1, -(-len(conversation.turns) // PAGE_SIZE))


def page_range(conversation: Conversation, page: int) -> range:
    """The turn indices on ``page`` (1-based; clamped to the pages there are)."""
    page = min(max(page, 1), pages(conversation))
    return range((page - 1) * PAGE_SIZE, min(page * PAGE_SIZE, len(conversation.turns)))


def parse_edits(form: Mapping[str, object], indices: range) -> dict[int, TurnEdit]:
    """The role and text of every turn on the page from the form (``role_N``, ``text_N``)."""
    edits: dict[int, TurnEdit] = {}
    for index in indices:
        role, text = form.get(f"role_{index}"), form.get(f"text_{index}")
        if role is None and text is None:
            continue
        if role not in {choice.value for choice in CHOICES} or not isinstance(text, str):
            raise InvalidForm()
        edits[index] = TurnEdit(Role(role), text)
    return edits


def tidy(text: str) -> str:
    return " ".join(text.split())


def apply_edits(conversation: Conversation, edits: Mapping[int, TurnEdit]) -> None:
    for index, edit in edits.items():
        turn = conversation.turns[index]
        turn.role = edit.role
        turn.text = edit.text.strip()


def other_voice(conversation: Conversation, voice: str) -> str:
    voices = list(dict.fromkeys(turn.speaker for turn in conversation.turns))
    return next((name for name in voices if name != voice), voice)


def split_times(start: float | None, end: float | None, lengths: list[int]) -> list[tuple[float | None, ...]]:
    """Each part's (start, end), dividing the turn's time by the length of the parts' text."""
    if start is None or end is None or end < start:
        return [(start, end) if k == 0 else (None, None) for k in range(len(lengths))]
    total, done, times = max(sum(lengths), 1), 0, []
    for length in lengths:
        first = start + (end - start) * done / total
        done += length
        times.append((round(first, 2), round(start + (end - start) * done / total, 2)))
    return times


def split_marked(conversation: Conversation) -> None:
    """Split every turn at its ``//`` marks; the parts after a mark alternate to the other person."""
    turns: list[Turn] = []
    for turn in conversation.turns:
        parts = [tidy(part) for part in turn.text.split(SPLIT_MARK)]
        parts = [part for part in parts if part]
        if len(parts) < 2:
            turn.text = parts[0] if parts else ""
            turns.append(turn)
            continue
        voices = (turn.speaker, other_voice(conversation, turn.speaker))
        roles = (turn.role, OTHER[turn.role])
        times = split_times(turn.start, turn.end, [len(part) for part in parts])
        for k, (part, (start, end)) in enumerate(zip(parts, times, strict=True)):
            changed = {"text": part, "start": start, "end": end}
            changed.update(role=roles[k % 2], speaker=voices[k % 2])
            turns.append(turn.model_copy(update=changed, deep=True))
    conversation.turns = turns


def drop_empty(conversation: Conversation) -> None:
    """A turn whose text the student emptied is removed."""
    conversation.turns = [turn for turn in conversation.turns if turn.text.strip()]


def merge_with_previous(conversation: Conversation, index: int) -> None:
    if not 0 < index < len(conversation.turns):
        raise InvalidForm()
    previous, turn = conversation.turns[index - 1], conversation.turns[index]
    previous.text = f"{previous.text.strip()} {turn.text.strip()}".strip()
    previous.start = previous.start if previous.start is not None else turn.start
    previous.end = turn.end if turn.end is not None else previous.end
    del conversation.turns[index]


def swap_speakers(conversation: Conversation) -> None:
    """Helper and client change places in every turn (the voices stay with their turns)."""
    for turn in conversation.turns:
        turn.role = OTHER[turn.role]


def correct(conversation: Conversation, edits: Mapping[int, TurnEdit], action: str = "save") -> Conversation:
    """The draft after one submit of the correction form: the edited fields first (so that no typing is
    lost), then the button's action (``swap``, ``merge:N``), then the ``//`` splits and removal of empty
    turns."""
    apply_edits(conversation, edits)
    if action == "swap":
        swap_speakers(conversation)
    elif action.startswith("merge:"):
        number = action.partition(":")[2]
        if not number.isdigit():
            raise InvalidForm()
        merge_with_previous(conversation, int(number))
    split_marked(conversation)
    drop_empty(conversation)
    conversation.reindex()
    return conversation


def final_conversation(conversation: Conversation) -> Conversation:
    """The corrected turns as the conversation to analyse: speakers named by their role, indices renumbered,
    times and the transcribed language kept. The guess about who is who (W102) is gone: the student
    decided."""
    final = conversation.model_copy(deep=True)
    labels = ROLE_LABELS[final.language]
    for turn in final.turns:
        turn.speaker = labels[turn.role]
        turn.text = tidy(turn.text)
    final.reindex()
    final.metadata.warnings = [w for w in final.metadata.warnings if w.code != "W102"]
    final.metadata.extra["transcript_checked"] = "student"
    return final
