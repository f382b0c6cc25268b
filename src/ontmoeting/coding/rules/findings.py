"""What a rule found: a code, how sure, and which cue fired (the explanation is built from this)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    """One decision of the rules. ``reason`` names the kind of evidence (an explanation template); ``cue`` is
    the words that fired, shown to the user; ``extra`` is a second cue that refined the code (complex)."""

    code: str
    confidence: float
    reason: str
    cue: str = ""
    extra: str = ""


@dataclass(frozen=True, slots=True)
class HelperFindings:
    behaviour: Finding
    annomi_confidence: (
        float  # how sure the AnnoMI label is, which can exceed the fine code's (open vs closed)
    )
    permission: Finding | None = None
    # AnnoMI labels by form: asking permission ("Mag ik je een tip geven?") is coded autonomy, but AnnoMI's
    # annotators called it a question (the codebook's note on autonomy). None: the code's own AnnoMI label.
    annomi_label: str | None = None
    why: Finding | None = None  # a why-question in the turn (flag why_question)


@dataclass(frozen=True, slots=True)
class ClientFindings:
    talk: Finding
    depth: Finding
    yes_but: Finding | None = None
    feeling: Finding | None = None
