"""The analysis of one conversation as typed data: what ``analyse`` returns and what every report renders.

The JSON export is ``Analysis.model_dump(mode="json")``, versioned by :data:`ANALYSIS_SCHEMA_VERSION`
(documented field by field in docs/feedback.md). Turn positions are 0-based ``index`` values as in the
transcript model; reports show them 1-based as "beurt"/"turn" numbers.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, Field

ANALYSIS_SCHEMA_VERSION = 1


class Band(str, Enum):
    """Where a measure falls against its published competence thresholds."""

    BELOW_FAIR = "below_fair"
    FAIR = "fair"
    GOOD = "good"
    NOT_APPLICABLE = "n.a."  # no published band, or nothing to compute it from


class PatternKind(str, Enum):
    """The patterns the feedback looks for. The first five are concerns; the rest are strengths or a curve."""

    PREMATURE_SOLUTION = "oplossingsdrang"
    TUG_OF_WAR = "touwtrekken"
    MISSED_OPENING = "gemiste_kans"
    QUESTION_BARRAGE = "vragenvuur"
    PITFALL = "valkuil"
    DEEPENING = "verdieping"
    OPENING_TAKEN = "benutte_kans"
    PERMISSION_ASKED = "toestemming"


class Valence(str, Enum):
    STRENGTH = "strength"
    CONCERN = "concern"
    INFO = "info"


class Measure(BaseModel):
    """One number about the conversation, with its band and what it means."""

    key: str = Field(description="stable identifier, e.g. 'reflection_question_ratio'")
    name: str
    value: float | None = Field(description="the number; null when it cannot be computed (nothing to count)")
    display: str = Field(
        description="the value as shown, with its basis, e.g. '0,5 (2 reflecties / 4 vragen)' or "
        "'1 van 3 adviezen (33%)'"
    )
    unit: Literal["ratio", "percent", "count", "words", "level"]
    band: Band
    fair: float | None = Field(
        default=None, description="threshold for 'fair' (>=), where a published band exists"
    )
    good: float | None = Field(default=None, description="threshold for 'good' (>=)")
    scale_max: float | None = Field(default=None, description="upper end of the chart scale")
    meaning: str = Field(description="what the measure says, in plain words")
    source: str = Field(description="where the band comes from, or why there is none")
    counts: dict[str, int] = Field(default_factory=dict, description="the counts the value is computed from")


class Alternative(BaseModel):
    """What the helper could try instead: the kind of response and, where possible, an example."""

    kind: str = Field(description="the kind of response, e.g. 'a reflection of the feeling'")
    example: str | None = Field(
        default=None, description="an example response, built from the client's words (a simple reflection)"
    )
    complex_example: str | None = Field(
        default=None,
        description="a complex reflection from the same words: double-sided, or feeling plus meaning",
    )
    built_from: int | None = Field(
        default=None, description="index of the client turn the example is built from"
    )


class Moment(BaseModel):
    """One occurrence of a pattern: the turns involved, why it matters, and what could be tried instead."""

    id: str = Field(description="'m1', 'm2', ... in order of the anchor turn")
    pattern: PatternKind
    valence: Valence
    pattern_name: str
    anchor: int = Field(description="index of the turn the moment is about (e.g. the advice)")
    turns: list[int] = Field(description="indices of all turns involved, ascending")
    title: str
    reason: str
    quote: str = Field(description="the anchor turn's words (shortened)")
    alternative: Alternative | None = None
    details: dict[str, int | float | str] = Field(default_factory=dict)


class DepthPoint(BaseModel):
    index: int
    depth: int = Field(ge=0, le=3)


class DepthStep(BaseModel):
    """A change in the client's depth between two coded client turns, and the helper turn just before it."""

    from_index: int
    to_index: int
    from_depth: int
    to_depth: int
    direction: Literal["up", "down"]
    helper_index: int | None
    helper_code: str | None


class DepthCurve(BaseModel):
    points: list[DepthPoint]
    steps: list[DepthStep]
    max_depth: int | None
    first_feelings: int | None = Field(description="index of the first client turn at depth >= 2")
    first_meaning: int | None = Field(description="index of the first client turn at depth 3")
    before_up: dict[str, int] = Field(description="helper code -> how often it came just before a step up")
    before_down: dict[str, int] = Field(
        description="helper code -> how often it came just before a step down"
    )


class SummaryPoint(BaseModel):
    """A strength or a point to work on, derived from a measure or from moments, with what it rests on."""

    key: str = Field(
        description="what it is derived from, e.g. 'pattern:touwtrekken' or 'measure:percent_open'"
    )
    text: str
    turns: list[int] = Field(default_factory=list, description="the turns it rests on")
    moments: list[str] = Field(default_factory=list, description="ids of the moments it rests on")
    weight: float = Field(description="how strongly the evidence supports it; used to choose the three")


class Summary(BaseModel):
    strengths: list[SummaryPoint]
    work_on: list[SummaryPoint]


class ReflectionPrompt(BaseModel):
    """A question for the student's own reflection, tied to a moment."""

    text: str
    moment: str | None = None
    turn: int | None = None


class TurnView(BaseModel):
    """A turn as the reports show it: text plus the codes that count."""

    index: int
    number: int = Field(description="1-based turn number as shown in reports")
    role: Literal["helper", "client", "other"]
    speaker: str
    text: str
    code: str | None = Field(description="behaviour (helper) or talk type (client)")
    code_name: str | None
    depth: int | None
    depth_name: str | None
    flags: list[str]
    moments: list[str] = Field(default_factory=list, description="ids of moments that involve this turn")
    note: str | None = Field(default=None, description="the student's own comment on the turn")
    own_code: str | None = Field(default=None, description="the code the student named in that comment")
    own_code_name: str | None = None
    own_code_differs: bool = Field(
        default=False,
        description="the student's code and the code that counts are different kinds (a question, a "
        "reflection, advice or information, or other): worth a look",
    )


class ConversationInfo(BaseModel):
    id: str
    title: str | None = Field(description="the transcript's title, else its file name without extension")
    language: str
    source_file: str | None
    helpers: list[str]
    clients: list[str]
    turn_count: int
    coded_by: str = Field(
        description="who made the codes that count: 'pipeline' (ontmoeting's coder, now or at an upload), "
        "'corrected' (a person corrected some of them) or 'given' (they came with the file)"
    )


class GlobalEstimate(BaseModel):
    """One MITI global, estimated: the 1-5 value and the components it rests on (each a share in 0-1)."""

    key: str
    name: str
    value: float | None = Field(description="1-5; null when the talk gives nothing to estimate it from")
    components: dict[str, float] = Field(default_factory=dict, description="component key -> 0..1")
    basis: list[str] = Field(default_factory=list, description="the components in words, with figures")


class SessionJudgement(BaseModel):
    globals: list[GlobalEstimate]
    relational: float | None = Field(description="mean of partnership and empathy (MITI: fair >= 3.5)")
    technical: float | None = Field(description="mean of the two technical globals (MITI: fair >= 3)")
    overall: float | None


class Analysis(BaseModel):
    """Everything the feedback says about one conversation, in one language."""

    schema_version: int = ANALYSIS_SCHEMA_VERSION
    kind: Literal["ontmoeting.analysis"] = "ontmoeting.analysis"
    lang: Literal["nl", "en"]
    conversation: ConversationInfo
    measures: list[Measure]
    moments: list[Moment]
    depth: DepthCurve
    summary: Summary
    prompts: list[ReflectionPrompt]
    turns: list[TurnView]
    judgement: SessionJudgement | None = Field(
        default=None, description="estimates of MITI 4.2.1's global ratings (feedback.globals)"
    )

    def measure(self, key: str) -> Measure:
        return next(m for m in self.measures if m.key == key)

    def moments_of(self, pattern: PatternKind) -> list[Moment]:
        return [m for m in self.moments if m.pattern is pattern]

    def moments_for_reading(self) -> list[tuple[Valence, list[Moment]]]:
        """The moments as the reports present them: strengths first (what to keep), then concerns (the
        book's main patterns first), then information; otherwise in turn order."""
        priority = {kind: rank for rank, kind in enumerate(PatternKind)}
        groups = []
        for valence in (Valence.STRENGTH, Valence.CONCERN, Valence.INFO):
            found = [m for m in self.moments if m.valence is valence]
            by_pattern = valence is Valence.CONCERN
            found.sort(
                key=lambda m, by_pattern=by_pattern: (priority[m.pattern] if by_pattern else 0, m.anchor)
            )
            groups.append((valence, found))
        return groups
