"""Own data: export everything as JSON; delete the account with real row deletion (by the user or an admin);
admin pages for users and groups."""

from __future__ import annotations

from sqlalchemy import func, select

from ontmoeting.store.tables import (
    AnnotationRecord,
    ApiToken,
    CommentRecord,
    ConversationRecord,
    GroupMember,
    TurnRecord,
    User,
    WebSession,
)

from .conftest import csrf_token


def count(db, column) -> int:  # type: ignore[no-untyped-def]
    db.expire_all()
    return db.scalar(select(func.count(column)))


def add_comment(db, conversation_id: int, author_id: int) -> None:  # type: ignore[no-untyped-def]
    turn_id = db.scalar(select(TurnRecord.id).where(TurnRecord.conversation_id == conversation_id))
    db.add(CommentRecord(turn_id=turn_id, author_id=author_id, text="Mooie reflectie hier."))
    db.add(
        AnnotationRecord(
            turn_id=turn_id,
            dimension="behaviour",
            code="complex_reflection",
            source="human",
            annotator="trainer",
            author_id=author_id,
        )
    )
    db.commit()


def test_export_contains_everything_of_the_user(student_client, users, make_conversation, db_session) -> None:  # type: ignore[no-untyped-def]
    conversation_id = make_conversation(users.student, title="Mijn gesprek")
    make_conversation(users.other, title="Niet van mij")
    add_comment(db_session, conversation_id, users.trainer.id)
    response = student_client.get("/account/export")
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    data = response.json()
    assert data["user"]["email"] == users.student.email
    assert [c["title"] for c in data["conversations"]] == ["Mijn gesprek"]
    assert data["conversations"][0]["comments"][0]["text"] == "Mooie reflectie hier."
    assert data["conversations"][0]["conversation"]["turns"][0]["text"] == "Hoe gaat het met je?"
    assert data["groups"][0]["name"] == "Cohort 2026"
    assert "password_hash" not in response.text


def test_export_contains_the_relationship_feedback_clients(student_client, users, db_session) -> None:  # type: ignore[no-untyped-def]
    from ontmoeting.relationship import service as relationship_service

    student = db_session.get(type(users.student), users.student.id)
    client = relationship_service.register_client(db_session, student, "P-07")
    relationship_service.record_scores(db_session, client, relationship=[8, 9, 7, 8], wellbeing=[5, 6, 4, 5])
    db_session.commit()
    data = student_client.get("/account/export").json()
    [exported] = data["relationship_clients"]
    assert exported["code"] == "P-07"
    values = {
        s["item"]: s["value"]
        for s in exported["sessions"][0]["scores"]
        if s["instrument"] == "ontmoeting-relatie"
    }
    assert sorted(values.values()) == [7, 8, 8, 9]


def test_student_deletes_account_and_every_row_goes(
    student_client, users, make_conversation, db_session
) -> None:  # type: ignore[no-untyped-def]
    conversation_id = make_conversation(users.student)
    kept = make_conversation(users.other)
    add_comment(db_session, conversation_id, users.trainer.id)
    token = csrf_token(student_client)
    student_client.post("/account/tokens", data={"name": "x", "csrf_token": token})
    wrong = student_client.post("/account/delete", data={"confirm": "iemand@anders.nl", "csrf_token": token})
    assert wrong.status_code == 422 and db_session.get(User, users.student.id) is not None
    response = student_client.post(
        "/account/delete", data={"confirm": users.student.email, "csrf_token": token}, follow_redirects=False
    )
    assert response.status_code == 303
    db_session.expire_all()
    assert db_session.get(User, users.student.id) is None
    assert count(db_session, ConversationRecord.id) == 1  # only the other student's
    assert db_session.get(ConversationRecord, kept) is not None
    turns_left = db_session.scalars(select(TurnRecord.conversation_id)).all()
    assert set(turns_left) == {kept}
    assert count(db_session, CommentRecord.id) == 0
    assert count(db_session, AnnotationRecord.id) == 0
    assert db_session.scalar(select(func.count(ApiToken.id)).where(ApiToken.user_id == users.student.id)) == 0
    assert (
        db_session.scalar(
            select(func.count(WebSession.id_hash)).where(WebSession.user_id == users.student.id)
        )
        == 0
    )
    assert (
        db_session.scalar(
            select(func.count()).select_from(GroupMember).where(GroupMember.user_id == users.student.id)
        )
        == 0
    )
    assert student_client.get("/", follow_redirects=False).status_code == 303


def test_admin_exports_and_deletes_a_user(admin_client, users, make_conversation, db_session) -> None:  # type: ignore[no-untyped-def]
    make_conversation(users.student, title="Voor export")
    export = admin_client.get(f"/admin/users/{users.student.id}/export").json()
    assert export["conversations"][0]["title"] == "Voor export"
    token = csrf_token(admin_client, "/admin/users")
    response = admin_client.post(f"/admin/users/{users.student.id}/delete", data={"csrf_token": token})
    assert response.status_code == 200
    assert db_session.get(User, users.student.id) is None
    assert count(db_session, ConversationRecord.id) == 0
    # an admin cannot delete or demote themselves from the admin page
    assert (
        admin_client.post(f"/admin/users/{users.admin.id}/delete", data={"csrf_token": token}).status_code
        == 422
    )


def test_admin_pages_manage_users_and_groups(admin_client, users, db_session) -> None:  # type: ignore[no-untyped-def]
    token = csrf_token(admin_client, "/admin/users")
    added = admin_client.post(
        "/admin/users",
        data={
            "email": "nieuw@example.org",
            "name": "Nina",
            "role": "student",
            "password": "x" * 12,
            "csrf_token": token,
        },
    )
    assert added.status_code == 200 and "nieuw@example.org" in added.text
    short = admin_client.post(
        "/admin/users",
        data={"email": "kort@example.org", "role": "student", "password": "kort", "csrf_token": token},
    )
    assert short.status_code == 422 and "E511" in short.text
    nina = db_session.scalar(select(User).where(User.email == "nieuw@example.org"))
    admin_client.post(f"/admin/users/{nina.id}/role", data={"role": "trainer", "csrf_token": token})
    db_session.expire_all()
    assert db_session.get(User, nina.id).role == "trainer"
    made = admin_client.post(
        "/admin/groups", data={"name": "Groep Nina", "trainer_id": str(nina.id), "csrf_token": token}
    )
    assert made.status_code == 200 and "Groep Nina" in made.text
    from ontmoeting.store.tables import Group

    group = db_session.scalar(select(Group).where(Group.name == "Groep Nina"))
    assert group.trainer_id == nina.id
    admin_client.post(
        f"/admin/groups/{group.id}/members", data={"user_id": str(users.other.id), "csrf_token": token}
    )
    assert db_session.get(GroupMember, (group.id, users.other.id)) is not None
    refused = admin_client.post(
        f"/admin/groups/{group.id}/members", data={"user_id": str(nina.id), "csrf_token": token}
    )
    assert refused.status_code == 422  # only students are members
    admin_client.post(f"/admin/groups/{group.id}/members/{users.other.id}/delete", data={"csrf_token": token})
    db_session.expire_all()
    assert db_session.get(GroupMember, (group.id, users.other.id)) is None
