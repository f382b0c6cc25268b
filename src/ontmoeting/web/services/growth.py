"""Growth: a student's measures per conversation over time, against the competence bands, and a group's
overview with each student's latest figures and trend.

Everything comes from the cached ``AnalysisRecord`` columns (no JSON parsing, one query per page). The bands
are the feedback package's published ones (``feedback.bands``); measures without a published norm are shown
without bands, as the report does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ontmoeting.feedback.bands import BANDS, SOURCES
from ontmoeting.feedback.charts import BAND_COLOURS
from ontmoeting.feedback.model import Band
from ontmoeting.i18n import format_number
from ontmoeting.store.tables import AnalysisRecord, ConversationRecord, Group, User
from ontmoeting.web import authz
from ontmoeting.web.errors import NotFound


@dataclass(frozen=True)
class MeasureSpec:
    key: str  # the AnalysisRecord column
    band_key: str | None  # the key in feedback.bands.BANDS, None: no published norm
    better: int  # +1: higher is better, -1: lower is better
    flat: float  # a change smaller than this is no trend
    scale: float  # the top of the chart's axis unless a value is higher
    decimals: int = 0
    percent: bool = False


MEASURES: tuple[MeasureSpec, ...] = (
    MeasureSpec("reflection_question_ratio", "reflection_question_ratio", +1, 0.1, 3.0, decimals=2),
    MeasureSpec("complex_reflection_pct", "percent_complex_reflections", +1, 5.0, 100.0, percent=True),
    MeasureSpec("open_question_pct", "percent_open_questions", +1, 5.0, 100.0, percent=True),
    MeasureSpec("premature_solutions", None, -1, 0.5, 3.0),
    MeasureSpec("depth_reached", None, +1, 0.5, 3.0),
)
SPEC = {spec.key: spec for spec in MEASURES}


@dataclass
class Point:
    """One analysed conversation of a student."""

    conversation_id: int
    title: str
    at: datetime
    origin: str
    values: dict[str, float | None]


@dataclass(frozen=True)
class Trend:
    direction: str  # up | down | flat
    quality: str  # better | worse | flat
    change: float


def format_value(spec: MeasureSpec, value: float | None, lang: str = "en") -> str:
    """The value as pages show it, with the language's decimal mark ('2,40' in Dutch)."""
    if value is None:
        return "–"
    text = format_number(float(value), lang, f".{spec.decimals}f")
    return f"{text}%" if spec.percent else text


def _tick(spec: MeasureSpec, value: float, lang: str) -> str:
    """An axis label: whole numbers without decimals ('1', not '1.00')."""
    text = format_value(spec, value, lang)
    for zeros in (".00", ",00"):
        text = text.replace(zeros, "")
    return text


def band_of(spec: MeasureSpec, value: float | None) -> str | None:
    return BANDS[spec.band_key].band(value).value if spec.band_key and value is not None else None


def trend(spec: MeasureSpec, values: Sequence[float | None]) -> Trend | None:
    """The latest value against the mean of up to three before it; None with fewer than two values."""
    known = [v for v in values if v is not None]
    if len(known) < 2:
        return None
    earlier = known[-4:-1]
    change = known[-1] - sum(earlier) / len(earlier)
    if abs(change) < spec.flat:
        return Trend("flat", "flat", change)
    direction = "up" if change > 0 else "down"
    return Trend(direction, "better" if (change > 0) == (spec.better > 0) else "worse", change)


def points_of(db: Session, owner_ids: Sequence[int]) -> dict[int, list[Point]]:
    """Per owner, their analysed conversations in time order."""
    if not owner_ids:
        return {}
    query = (
        select(ConversationRecord, AnalysisRecord)
        .join(AnalysisRecord, AnalysisRecord.conversation_id == ConversationRecord.id)
        .where(ConversationRecord.owner_id.in_(list(owner_ids)))
        .order_by(ConversationRecord.created_at, ConversationRecord.id)
    )
    found: dict[int, list[Point]] = {owner: [] for owner in owner_ids}
    for record, analysis in db.execute(query):
        values = {spec.key: getattr(analysis, spec.key) for spec in MEASURES}
        found[record.owner_id].append(
            Point(record.id, record.title, record.created_at, record.origin, values)
        )
    return found


# Charts: geometry computed here, drawn by templates/growth/_chart.html (escaped by Jinja2).

WIDTH, HEIGHT = 560.0, 200.0
LEFT, RIGHT, TOP, BOTTOM = 46.0, 14.0, 12.0, 30.0


@dataclass
class Chart:
    spec: MeasureSpec
    top: float
    bands: list[tuple[float, float, str, str]] = field(default_factory=list)  # y, height, colour, band
    ticks: list[tuple[float, str]] = field(default_factory=list)  # y, label
    dots: list[tuple[float, float, str, bool]] = field(default_factory=list)  # x, y, label, latest
    xlabels: list[tuple[float, str]] = field(default_factory=list)
    path: str = ""
    latest: str = "–"
    latest_band: str | None = None
    trend: Trend | None = None
    source_key: str = "none"
    width: float = WIDTH
    height: float = HEIGHT
    left: float = LEFT
    right: float = RIGHT


def _y(value: float, top: float) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - min(value, top) / top)


def chart(spec: MeasureSpec, points: Sequence[Point], depth_names: Sequence[str], lang: str = "en") -> Chart:
    values = [p.values.get(spec.key) for p in points]
    known = [v for v in values if v is not None]
    top = max([spec.scale, *(v * 1.1 for v in known)])
    if spec.key == "depth_reached":
        top = 3.0
    drawn = Chart(spec, top)
    if spec.band_key:
        bands = BANDS[spec.band_key]
        drawn.source_key = bands.source_key
        for low, high, band in (
            (0.0, bands.fair, Band.BELOW_FAIR),
            (bands.fair, bands.good, Band.FAIR),
            (bands.good, top, Band.GOOD),
        ):
            y_high, y_low = _y(high, top), _y(low, top)
            drawn.bands.append((y_high, y_low - y_high, BAND_COLOURS[band], band.value))
    if spec.key == "depth_reached":
        drawn.left = 84.0  # room for the layer names
        drawn.ticks = [(_y(level, top), depth_names[level]) for level in range(4)]
    elif spec.decimals == 0 and not spec.percent:  # counts: whole numbers only
        step = max(1, -(-int(top) // 4))
        drawn.ticks = [(_y(value, top), str(value)) for value in range(0, int(top) + 1, step)]
    else:
        steps = 4
        drawn.ticks = [
            (_y(top * i / steps, top), _tick(spec, top * i / steps, lang)) for i in range(steps + 1)
        ]
    plot = WIDTH - drawn.left - RIGHT
    n = len(points)
    xs = [drawn.left + plot / 2] if n == 1 else [drawn.left + plot * i / (n - 1) for i in range(n)]
    segments = []
    for i, (point, value, x) in enumerate(zip(points, values, xs, strict=True)):
        if value is None:
            continue
        y = _y(value, top)
        name = point.title or f"#{point.conversation_id}"
        label = f"{name} · {point.at:%d-%m-%Y}: {format_value(spec, value, lang)}"
        drawn.dots.append((x, y, label, i == n - 1))
        segments.append(f"{'M' if not segments else 'L'}{x:.1f},{y:.1f}")
    drawn.path = " ".join(segments)
    every = max(1, -(-n // 8))  # at most about eight dates under the axis
    drawn.xlabels = [
        (x, f"{p.at:%d-%m}")
        for i, (x, p) in enumerate(zip(xs, points, strict=True))
        if i % every == 0 or i == n - 1
    ]
    drawn.latest = format_value(spec, known[-1], lang) if known else "–"
    if spec.key == "depth_reached" and known:
        drawn.latest = depth_names[int(known[-1])]
    drawn.latest_band = band_of(spec, known[-1]) if known else None
    drawn.trend = trend(spec, values)
    return drawn


def band_source(source_key: str, lang: str) -> str:
    return SOURCES.get(source_key, SOURCES["none"])[lang]


# Who may see what


def student_for(db: Session, viewer: User, user_id: int) -> User:
    """The student whose growth ``viewer`` may see (themselves, their groups' students; admins: anyone)."""
    student = db.get(User, user_id)
    if student is None or not authz.can_see_user_work(db, viewer, student.id):
        raise NotFound()
    return student


def group_for(db: Session, viewer: User, group_id: int) -> Group:
    group = db.get(Group, group_id)
    if group is None or not (authz.is_admin(viewer) or group.trainer_id == viewer.id):
        raise NotFound()
    return group


def visible_groups(db: Session, viewer: User) -> list[Group]:
    query = select(Group).order_by(Group.name, Group.id)
    if not authz.is_admin(viewer):
        query = query.where(Group.trainer_id == viewer.id)
    return list(db.scalars(query))


@dataclass
class StudentRow:
    student: User
    count: int
    last: datetime | None
    latest: dict[str, float | None]
    trends: dict[str, Trend | None]


def group_rows(db: Session, group: Group) -> list[StudentRow]:
    students = sorted((m.user for m in group.members), key=lambda u: u.display_name.lower())
    by_owner = points_of(db, [s.id for s in students])
    rows = []
    for student in students:
        points = by_owner.get(student.id, [])
        latest: dict[str, float | None] = {}
        trends: dict[str, Trend | None] = {}
        for spec in MEASURES:
            values = [p.values.get(spec.key) for p in points]
            known = [v for v in values if v is not None]
            latest[spec.key] = known[-1] if known else None
            trends[spec.key] = trend(spec, values)
        rows.append(StudentRow(student, len(points), points[-1].at if points else None, latest, trends))
    return rows
