"""The corpus model: conversations of ordered turns, and the annotations that coders attach to turns.

Nouns only; the verbs (readers, annotators, pattern finders) live elsewhere and read and write through
these types. Everything is a pydantic model so that the JSON export is the same structure, versioned by
:data:`SCHEMA_VERSION`, and a round trip keeps everything.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1


class Role(str, Enum):
    """Who speaks: the helper (hulpverlener, student), the client, or someone else (e.g. an observer)."""

    HELPER = "helper"
    CLIENT = "client"
    OTHER = "other"


class Source(str, Enum):
    """Where an annotation comes from."""

    RULES = "rules"
    MODEL = "model"
    HUMAN = "human"
    LLM = "llm"
    SELF = "self"  # the student's own code for their own turn (a comment column): shown, never counted


#: Annotator name of the codes a student gave their own turns in a handed-in transcript.
STUDENT_ANNOTATOR = "student"


class Dimension(str, Enum):
    """What an annotation says something about. Codes per dimension are listed in the codebook."""

    BEHAVIOUR = "behaviour"  # helper turn: open_question, complex_reflection, advice, ...
    TALK = "talk"  # client turn: change, sustain, neutral
    DEPTH = "depth"  # client turn: facts, thoughts, feelings, meaning (0-3)
    FLAG = "flag"  # present/absent markers: permission (helper), yes_but and feeling (client)
    ANNOMI = "annomi"  # helper turn in AnnoMI's four labels: question, reflection, therapist_input, other


#: Annotator name of the pipeline's combined, final annotation for a turn.
PIPELINE = "pipeline"


class Annotation(BaseModel):
    """One code on one turn, with who or what gave it, how sure it is, and why."""

    model_config = ConfigDict(frozen=True)

    dimension: Dimension
    code: str
    source: Source
    annotator: str = Field(description="registered annotator name, 'pipeline', or the human coder's name/id")
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    explanation: str | None = None


# Which annotation counts when several annotators coded the same dimension of a turn.
def _rank(annotation: Annotation) -> int:
    if annotation.source is Source.HUMAN:
        return 3
    if annotation.annotator == PIPELINE:
        return 2
    return 1


class Turn(BaseModel):
    """One speaker's contribution: consecutive lines or cues of one speaker form one turn."""

    index: int = Field(ge=0, description="position in the conversation, 0-based")
    role: Role
    speaker: str = Field(description="display name as in the source, e.g. 'Mira' or 'Hulpverlener'")
    text: str
    start: float | None = Field(default=None, ge=0.0, description="seconds from the start")
    end: float | None = Field(default=None, ge=0.0)
    ref: str | None = Field(
        default=None, description="the turn's id in the source, e.g. AnnoMI's utterance_id"
    )
    line: int | None = Field(
        default=None,
        description="line in the source file where the turn starts (Word: the paragraph or table row; "
        "PDF: the line on its page)",
    )
    page: int | None = Field(default=None, ge=1, description="page of a PDF (or Word file) where it starts")
    note: str | None = Field(
        default=None,
        description="the student's own comment on the turn, from a comment column or a Word comment",
    )
    annotations: list[Annotation] = Field(default_factory=list)

    def get(self, dimension: Dimension, *, annotator: str | None = None) -> Annotation | None:
        """The annotation that counts for ``dimension``: human over pipeline over any other; latest wins ties.
        A student's own code (``Source.SELF``) never counts: it is what the student thought they did.

        With ``annotator``, only that annotator's annotation.
        """
        best: Annotation | None = None
        for annotation in self.annotations:
            if annotation.dimension is not dimension:
                continue
            if annotator is None and annotation.source is Source.SELF:
                continue
            if annotator is not None:
                if annotation.annotator == annotator:
                    best = annotation
                continue
            if best is None or _rank(annotation) >= _rank(best):
                best = annotation
        return best

    def all(self, dimension: Dimension) -> list[Annotation]:
        return [a for a in self.annotations if a.dimension is dimension]

    def annotate(self, annotation: Annotation) -> None:
        """Add ``annotation``, replacing an earlier one by the same annotator for the same dimension and code
        group (for flags: the same flag)."""
        self.annotations = [
            a
            for a in self.annotations
            if not (
                a.annotator == annotation.annotator
                and a.dimension is annotation.dimension
                and (a.dimension is not Dimension.FLAG or a.code == annotation.code)
            )
        ]
        self.annotations.append(annotation)

    @property
    def code(self) -> str | None:
        """The turn's main code: behaviour for a helper, talk type for a client."""
        dimension = Dimension.BEHAVIOUR if self.role is Role.HELPER else Dimension.TALK
        found = self.get(dimension)
        return found.code if found else None

    def has_flag(self, flag: str) -> bool:
        """Whether the counting annotator(s) set ``flag``. A human's flags replace automatic ones."""
        flags = self.all(Dimension.FLAG)
        human = [a for a in flags if a.source is Source.HUMAN]
        pool = human or [a for a in flags if a.annotator == PIPELINE] or flags
        return any(a.code == flag for a in pool)

    @property
    def depth(self) -> int | None:
        """Client depth 0-3 (facts, thoughts, feelings, meaning), if coded."""
        found = self.get(Dimension.DEPTH)
        return DEPTH_LEVELS.get(found.code) if found else None

    @property
    def words(self) -> int:
        return len(self.text.split())


DEPTH_LEVELS: dict[str, int] = {"facts": 0, "thoughts": 1, "feelings": 2, "meaning": 3}


class ReadWarning(BaseModel):
    """Something the reader had to guess or repair (an encoding fallback, guessed roles), for the user to see.

    Bilingual like errors; kept with the conversation so that the CLI and the web app can both show it.
    """

    model_config = ConfigDict(frozen=True)

    code: str = Field(description="stable id, e.g. W101")
    nl: str
    en: str
    line: int | None = None
    page: int | None = None  # PDF files: the page, and ``line`` the line on it

    def render(self, lang: str = "nl") -> str:
        text = self.nl if lang == "nl" else self.en
        words = ("pagina", "regel") if lang == "nl" else ("page", "line")
        parts = [
            f"{word} {value}" for word, value in zip(words, (self.page, self.line), strict=True) if value
        ]
        where = ", ".join(parts)
        return f"{where}: {text} [{self.code}]" if where else f"{text} [{self.code}]"


class Metadata(BaseModel):
    title: str | None = None
    date: str | None = Field(default=None, description="ISO date, e.g. 2026-11-28")
    context: str | None = Field(default=None, description="e.g. 'oefengesprek', 'intake'")
    source_file: str | None = None
    source_format: str | None = None
    extra: dict[str, str] = Field(default_factory=dict, description="other fields from the source, as text")
    warnings: list[ReadWarning] = Field(default_factory=list, description="what a reader guessed or repaired")


class Conversation(BaseModel):
    """An ordered list of turns between a helper and a client (and possibly others)."""

    id: str
    language: Literal["nl", "en"]
    language_detected: bool = Field(
        default=False, description="True when the language was guessed, not given"
    )
    metadata: Metadata = Field(default_factory=Metadata)
    turns: list[Turn] = Field(default_factory=list)

    @property
    def speakers(self) -> dict[str, Role]:
        """Each speaker's display name and role, in order of first appearance."""
        found: dict[str, Role] = {}
        for turn in self.turns:
            found.setdefault(turn.speaker, turn.role)
        return found

    def by_role(self, role: Role) -> list[Turn]:
        return [t for t in self.turns if t.role is role]

    @property
    def helper_turns(self) -> list[Turn]:
        return self.by_role(Role.HELPER)

    @property
    def client_turns(self) -> list[Turn]:
        return self.by_role(Role.CLIENT)

    def previous(self, turn: Turn, role: Role | None = None) -> Turn | None:
        """The turn before ``turn`` (by ``role`` if given)."""
        for earlier in reversed(self.turns[: turn.index]):
            if role is None or earlier.role is role:
                return earlier
        return None

    def bare_copy(self) -> Conversation:
        """A deep copy with no annotations on any turn: the text as a coder reads it afresh."""
        copy = self.model_copy(deep=True)
        for turn in copy.turns:
            turn.annotations = []
        return copy

    def reindex(self) -> None:
        """Make ``index`` equal to the position again after turns were added or removed."""
        for position, turn in enumerate(self.turns):
            turn.index = position
