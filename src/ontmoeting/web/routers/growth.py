"""Growth pages (a student's measures over time as charts against the competence bands; a group's overview
with trends) and the same figures in the JSON API."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from ontmoeting.feedback.bands import BANDS
from ontmoeting.practice.messages import LAYER_NAMES
from ontmoeting.store.tables import Group, User
from ontmoeting.web.deps import current_user, get_db, page_language
from ontmoeting.web.i18n import register_catalogue
from ontmoeting.web.services import growth
from ontmoeting.web.services.learning_texts import ALL
from ontmoeting.web.templating import add_nav, render

register_catalogue(ALL)

router = APIRouter(prefix="/growth", tags=["pages"], include_in_schema=False)
api = APIRouter(prefix="/api/v1/growth", tags=["growth"])
add_nav("nav_growth", "/growth", order=45)


def visible_student(user_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)) -> User:
    return growth.student_for(db, user, user_id)


def own_group(group_id: int, user: User = Depends(current_user), db: Session = Depends(get_db)) -> Group:
    return growth.group_for(db, user, group_id)


def depth_names(lang: str) -> list[str]:
    return [LAYER_NAMES[level][lang] for level in range(4)]


def shared_context(lang: str) -> dict[str, Any]:
    return {
        "measures": growth.MEASURES,
        "format_value": lambda spec, value: growth.format_value(spec, value, lang),
        "band_of": growth.band_of,
        "depth_names": depth_names(lang),
        "band_source": lambda key: growth.band_source(key, lang),
    }


@router.get("")
def index(request: Request, user: User = Depends(current_user), db: Session = Depends(get_db)):
    if user.role == "student":
        return RedirectResponse(f"/growth/students/{user.id}", status_code=303)
    groups = growth.visible_groups(db, user)
    return render(request, "growth/index.html", {"groups": groups})


@router.get("/students/{user_id}")
def student_page(request: Request, student: User = Depends(visible_student), db: Session = Depends(get_db)):
    lang = page_language(request)
    points = growth.points_of(db, [student.id])[student.id]
    charts = [growth.chart(spec, points, depth_names(lang), lang) for spec in growth.MEASURES]
    context = {"student": student, "points": list(reversed(points)), "charts": charts, **shared_context(lang)}
    return render(request, "growth/student.html", context)


@router.get("/groups/{group_id}")
def group_page(request: Request, group: Group = Depends(own_group), db: Session = Depends(get_db)):
    context = {"group": group, "rows": growth.group_rows(db, group), **shared_context(page_language(request))}
    return render(request, "growth/group.html", context)


# JSON API


class PointOut(BaseModel):
    conversation_id: int
    title: str
    date: str
    origin: str
    value: float | None


class TrendOut(BaseModel):
    direction: str = Field(
        description="up, down or flat: the latest value against the mean of up to 3 before"
    )
    quality: str = Field(description="better, worse or flat, given which way is better for this measure")
    change: float


class MeasureSeries(BaseModel):
    key: str
    fair: float | None = Field(description="published threshold for 'fair' (null: no published norm)")
    good: float | None
    higher_is_better: bool
    latest: float | None
    band: str | None
    trend: TrendOut | None
    points: list[PointOut]


class StudentGrowth(BaseModel):
    user_id: int
    name: str
    conversations: int
    measures: list[MeasureSeries]


class StudentRowOut(BaseModel):
    user_id: int
    name: str
    conversations: int
    last: str | None
    latest: dict[str, float | None]
    trends: dict[str, TrendOut | None]


class GroupGrowth(BaseModel):
    group_id: int
    name: str
    students: list[StudentRowOut]


def trend_out(found: growth.Trend | None) -> TrendOut | None:
    return TrendOut(**found.__dict__) if found else None


@api.get(
    "/students/{user_id}",
    response_model=StudentGrowth,
    summary="A student's measures per conversation over time",
)
def api_student(student: User = Depends(visible_student), db: Session = Depends(get_db)) -> StudentGrowth:
    points = growth.points_of(db, [student.id])[student.id]
    series = []
    for spec in growth.MEASURES:
        values = [p.values.get(spec.key) for p in points]
        known = [v for v in values if v is not None]
        bands = BANDS.get(spec.band_key) if spec.band_key else None
        series.append(
            MeasureSeries(
                key=spec.key,
                fair=bands.fair if bands else None,
                good=bands.good if bands else None,
                higher_is_better=spec.better > 0,
                latest=known[-1] if known else None,
                band=growth.band_of(spec, known[-1]) if known else None,
                trend=trend_out(growth.trend(spec, values)),
                points=[
                    PointOut(
                        conversation_id=p.conversation_id,
                        title=p.title,
                        date=p.at.isoformat(),
                        origin=p.origin,
                        value=p.values.get(spec.key),
                    )
                    for p in points
                ],
            )
        )
    return StudentGrowth(
        user_id=student.id, name=student.display_name, conversations=len(points), measures=series
    )


@api.get(
    "/groups/{group_id}", response_model=GroupGrowth, summary="A group's students: latest figures and trends"
)
def api_group(group: Group = Depends(own_group), db: Session = Depends(get_db)) -> GroupGrowth:
    rows = [
        StudentRowOut(
            user_id=r.student.id,
            name=r.student.display_name,
            conversations=r.count,
            last=r.last.isoformat() if r.last else None,
            latest=r.latest,
            trends={k: trend_out(v) for k, v in r.trends.items()},
        )
        for r in growth.group_rows(db, group)
    ]
    return GroupGrowth(group_id=group.id, name=group.name, students=rows)
