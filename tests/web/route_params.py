"""Values for path parameters in the route-enumerating authorization test: for each parameter name, how to
make a resource that belongs to the *first* student (``users.student``). The test then asks for it as the
other student (must be refused) and without login (must be refused).

A new route with a new parameter name fails the test until a maker is added here (one entry).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ontmoeting.store.db import session_scope
from ontmoeting.web.services import accounts


def _conversation(ctx: Any) -> str:
    return str(ctx.make_conversation(ctx.users.student))


def _user(ctx: Any) -> str:
    return str(ctx.users.student.id)


def _group(ctx: Any) -> str:
    return str(ctx.users.group_id)


def _token(ctx: Any) -> str:
    with session_scope(ctx.app.state.session_factory) as db:
        row, _ = accounts.create_token(db, db.get(type(ctx.users.student), ctx.users.student.id), "student's")
        return str(row.id)


def _relationship_client(ctx: Any) -> str:
    from ontmoeting.relationship import service

    with session_scope(ctx.app.state.session_factory) as db:
        client = service.register_client(
            db, db.get(type(ctx.users.student), ctx.users.student.id), "K-route-test"
        )
        return str(client.id)


def _practice(ctx: Any) -> str:
    from ontmoeting.web.services import practice

    with session_scope(ctx.app.state.session_factory) as db:
        return str(
            practice.start(db, db.get(type(ctx.users.student), ctx.users.student.id), "robert", "nl", 1).id
        )


def _link_token(ctx: Any) -> str:
    return "not-a-real-token"  # /r/{token} is public: the one-time token is the credential


def _draft(ctx: Any) -> str:
    from ontmoeting.store.tables import RecordingDraft

    with session_scope(ctx.app.state.session_factory) as db:
        draft = RecordingDraft(
            owner_id=ctx.users.student.id,
            filename="opname.ogg",
            content_type="audio/ogg",
            size=4,
            audio=b"OggS",
            status="ready",
            draft_json='{"id": "opname", "language": "nl", "turns": []}',
        )
        db.add(draft)
        db.flush()
        return str(draft.id)


PARAM_MAKERS: dict[str, Callable[[Any], str]] = {
    "conversation_id": _conversation,
    "user_id": _user,
    "group_id": _group,
    "token_id": _token,
    "client_id": _relationship_client,
    "token": _link_token,
    "practice_id": _practice,
    "draft_id": _draft,
}
