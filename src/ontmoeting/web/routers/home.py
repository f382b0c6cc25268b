"""The start page: recent work, and for trainers their groups."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session

from ontmoeting.store.tables import User
from ontmoeting.web import authz
from ontmoeting.web.deps import current_user, get_db
from ontmoeting.web.services import conversations, groups
from ontmoeting.web.templating import add_nav, render

router = APIRouter(tags=["pages"], include_in_schema=False)
add_nav("nav_home", "/", order=10)


@router.get("/")
def home(request: Request, user: User = Depends(current_user), db: Session = Depends(get_db)):
    recent = list(db.scalars(authz.visible_conversations(db, user).limit(5)))
    counts = conversations.turn_counts(db, [r.id for r in recent])
    my_groups = groups.groups_of_trainer(db, user) if user.role in ("trainer", "admin") else []
    return render(request, "home.html", {"recent": recent, "counts": counts, "groups": my_groups})
