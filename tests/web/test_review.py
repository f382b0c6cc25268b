"""Review by the trainer: comments, corrections stored as human annotations next to the coder's, agreement
(Cohen's kappa, confusion table), export for `ontmoeting train --extra`, and who may do what."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

import pytest

from ontmoeting.coding.training.data import examples_from, load_extra
from ontmoeting.store.convert import to_record
from ontmoeting.store.db import session_scope
from ontmoeting.store.tables import AnnotationRecord, CommentRecord, TurnRecord, User
from ontmoeting.transcript.model import Annotation, Conversation, Dimension, Role, Source, Turn
from ontmoeting.web.services import accounts

from .conftest import csrf_token

#: (role, text, the coder's code) per turn; helper codes also get the coder's AnnoMI label.
TURNS: list[tuple[Role, str, str]] = [
    (Role.HELPER, "Wat brengt je hier?", "open_question"),
    (Role.CLIENT, "Mijn vader en ik praten niet meer.", "neutral"),
    (Role.HELPER, "Je mist hem.", "simple_reflection"),
    (Role.CLIENT, "Ja. Ik wil het wel goedmaken.", "change"),
    (Role.HELPER, "Heb je hem al gebeld?", "closed_question"),
    (Role.CLIENT, "Nee, dat durf ik niet.", "sustain"),
    (Role.HELPER, "Misschien moet je eens met je vader gaan praten.", "advice"),
    (Role.CLIENT, "Ja, maar dat durf ik nou net niet.", "sustain"),
]
ANNOMI = {
    "open_question": "question",
    "closed_question": "question",
    "simple_reflection": "reflection",
    "advice": "therapist_input",
}


def coded(title: str) -> Conversation:
    turns = []
    for index, (role, text, code) in enumerate(TURNS):
        turn = Turn(index=index, role=role, speaker="Student" if role is Role.HELPER else "Robert", text=text)
        main = Dimension.BEHAVIOUR if role is Role.HELPER else Dimension.TALK
        for annotator in ("rules", "pipeline"):
            turn.annotations.append(
                Annotation(dimension=main, code=code, source=Source.RULES, annotator=annotator)
            )
            if role is Role.HELPER:
                turn.annotations.append(
                    Annotation(
                        dimension=Dimension.ANNOMI,
                        code=ANNOMI[code],
                        source=Source.RULES,
                        annotator=annotator,
                    )
                )
        turns.append(turn)
    conversation = Conversation(id=title, language="nl", turns=turns)
    conversation.metadata.title = title
    return conversation


@pytest.fixture
def make_coded(app) -> Callable[..., int]:  # type: ignore[no-untyped-def]
    def make(owner: User, title: str = "Gesprek met Robert") -> int:
        with session_scope(app.state.session_factory) as db:
            record = to_record(coded(title), owner_id=owner.id)
            db.add(record)
            db.flush()
            return record.id

    return make


def post(client, path: str, **data: object):  # type: ignore[no-untyped-def]
    token = csrf_token(client)
    return client.post(
        path, data={**{k: str(v) for k, v in data.items()}, "csrf_token": token}, follow_redirects=False
    )


def correct(client, conversation_id: int, turn: int, code: str, dimension: str = ""):  # type: ignore[no-untyped-def]
    return post(
        client, f"/review/conversations/{conversation_id}/correct", turn=turn, code=code, dimension=dimension
    )


def kappa_by_hand(pairs: Sequence[tuple[str, str]]) -> float:
    """Cohen's kappa from its definition, to check the page's figure independently of scikit-learn."""
    n = len(pairs)
    labels = {x for pair in pairs for x in pair}
    observed = sum(a == b for a, b in pairs) / n
    expected = sum((sum(a == k for a, _ in pairs) / n) * (sum(b == k for _, b in pairs) / n) for k in labels)
    return (observed - expected) / (1 - expected)


def agreement_of(client, conversation_id: int | None = None) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    params = {"conversation_id": conversation_id} if conversation_id else {}
    response = client.get("/api/v1/review/agreement", params=params)
    assert response.status_code == 200, response.text
    return {g["group"]: g for g in response.json()}


def test_a_correction_is_stored_next_to_the_coders_code(
    trainer_client, users, make_coded, db_session
) -> None:  # type: ignore[no-untyped-def]
    conversation_id = make_coded(users.student)
    response = correct(trainer_client, conversation_id, 2, "complex_reflection")
    assert response.status_code == 303
    turn = db_session.query(TurnRecord).filter_by(conversation_id=conversation_id, index=2).one()
    human = [a for a in turn.annotations if a.source == "human"]
    assert [(a.code, a.author_id, a.annotator) for a in human] == [
        ("complex_reflection", users.trainer.id, f"user:{users.trainer.id}")
    ]
    assert any(a.annotator == "pipeline" and a.code == "simple_reflection" for a in turn.annotations)
    page = trainer_client.get(f"/review/conversations/{conversation_id}")
    assert page.status_code == 200
    assert 'data-auto="simple_reflection"' in page.text and 'data-human="complex_reflection"' in page.text
    # correcting again replaces the trainer's own earlier code, never the coder's
    correct(trainer_client, conversation_id, 2, "open_question")
    db_session.expire_all()
    turn = db_session.get(TurnRecord, turn.id)
    assert [a.code for a in turn.annotations if a.source == "human"] == ["open_question"]
    assert sum(a.source != "human" for a in turn.annotations) == 4


@pytest.mark.parametrize(
    ("turn", "code", "dimension", "error"),
    [(2, "brilliant", "", "E554"), (1, "open_question", "behaviour", "E553"), (99, "change", "", "E550")],
)
def test_bad_corrections_are_refused_clearly(
    trainer_client, users, make_coded, db_session, turn, code, dimension, error
) -> None:  # type: ignore[no-untyped-def]
    conversation_id = make_coded(users.student)
    response = correct(trainer_client, conversation_id, turn, code, dimension)
    assert response.status_code == 422 and error in response.text
    assert db_session.query(AnnotationRecord).filter_by(source="human").count() == 0


def test_comments_are_shown_to_the_student_read_only(
    trainer_client, student_client, users, make_coded, db_session
) -> None:  # type: ignore[no-untyped-def]
    conversation_id = make_coded(users.student)
    response = post(
        trainer_client,
        f"/review/conversations/{conversation_id}/comment",
        turn=6,
        text="Hier ga je <b>oplossen</b>: wat had je kunnen reflecteren?",
    )
    assert response.status_code == 303
    correct(trainer_client, conversation_id, 6, "advice")
    page = student_client.get(f"/review/conversations/{conversation_id}")
    assert page.status_code == 200
    assert "Hier ga je &lt;b&gt;oplossen&lt;/b&gt;" in page.text  # escaped, never markup
    assert (
        'data-human="advice"' in page.text and "/correct" not in page.text and 'name="text"' not in page.text
    )
    listing = student_client.get("/review")
    assert listing.status_code == 200 and "Gesprek met Robert" in listing.text
    # the student cannot review, not even their own conversation
    assert (
        post(
            student_client, f"/review/conversations/{conversation_id}/comment", turn=1, text="Eigen"
        ).status_code
        == 403
    )
    assert correct(student_client, conversation_id, 0, "other").status_code == 403
    assert db_session.query(CommentRecord).count() == 1


def test_strangers_cannot_see_or_review(login, users, make_coded, db_session) -> None:  # type: ignore[no-untyped-def]
    conversation_id = make_coded(users.student)
    for stranger in (login(users.other), login(users.other_trainer)):
        assert stranger.get(f"/review/conversations/{conversation_id}").status_code == 404
        assert correct(stranger, conversation_id, 0, "other").status_code == 404
        assert (
            post(stranger, f"/review/conversations/{conversation_id}/comment", turn=0, text="x").status_code
            == 404
        )
    assert db_session.query(AnnotationRecord).filter_by(source="human").count() == 0


def test_agreement_follows_the_trainers_codes(trainer_client, users, make_coded) -> None:  # type: ignore[no-untyped-def]
    conversation_id = make_coded(users.student)
    assert agreement_of(trainer_client)["behaviour"]["n"] == 0
    # the trainer agrees with two helper codes and corrects two
    chosen = {0: "open_question", 2: "complex_reflection", 4: "closed_question", 6: "persuasion"}
    for turn, code in chosen.items():
        correct(trainer_client, conversation_id, turn, code)
    coder = {i: code for i, (_, _, code) in enumerate(TURNS)}
    pairs = [(chosen[i], coder[i]) for i in sorted(chosen)]
    groups = agreement_of(trainer_client)
    behaviour = groups["behaviour"]
    assert behaviour["n"] == 4 and behaviour["percent"] == pytest.approx(50.0)
    assert behaviour["kappa"] == pytest.approx(kappa_by_hand(pairs))
    matrix = dict(zip(behaviour["labels"], behaviour["matrix"], strict=True))
    column = behaviour["labels"].index("simple_reflection")
    assert matrix["complex_reflection"][column] == 1  # trainer said complex where the coder said simple
    # AnnoMI's labels follow from the fine codes: question, question, reflection, therapist input (both)
    assert groups["annomi"]["n"] == 4 and groups["annomi"]["percent"] == pytest.approx(100.0)
    # one more correction changes the figure
    before = behaviour["kappa"]
    correct(trainer_client, conversation_id, 0, "closed_question")
    after = agreement_of(trainer_client)["behaviour"]
    assert after["kappa"] != pytest.approx(before) and after["percent"] == pytest.approx(25.0)


def test_confirming_the_rest_and_agreement_per_conversation(trainer_client, users, make_coded) -> None:  # type: ignore[no-untyped-def]
    first = make_coded(users.student, "Eerste")
    second = make_coded(users.student, "Tweede")
    correct(trainer_client, first, 5, "neutral")  # the coder said sustain
    response = post(trainer_client, f"/review/conversations/{first}/confirm-rest")
    assert response.status_code == 303
    correct(trainer_client, second, 0, "open_question")
    talk_first = agreement_of(trainer_client, first)["talk"]
    assert talk_first["n"] == 4 and talk_first["percent"] == pytest.approx(75.0)
    assert agreement_of(trainer_client, first)["behaviour"]["n"] == 4
    assert agreement_of(trainer_client)["behaviour"]["n"] == 5  # both conversations together
    assert agreement_of(trainer_client, second)["talk"]["n"] == 0
    page = trainer_client.get(f"/review/conversations/{first}")
    assert "75% gelijk" in page.text or "75% equal" in page.text


def test_the_export_is_accepted_by_the_training_loader(
    trainer_client, users, make_coded, login, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    conversation_id = make_coded(users.student)
    correct(trainer_client, conversation_id, 2, "complex_reflection")
    correct(trainer_client, conversation_id, 5, "neutral")
    response = trainer_client.get("/review/export.jsonl")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/x-ndjson")
    path = tmp_path / "correcties.jsonl"
    path.write_bytes(response.content)
    [conversation] = load_extra(path)
    assert len(conversation.turns) == len(TURNS)
    assert all(
        a.source is Source.HUMAN for t in conversation.turns for a in t.annotations
    )  # nothing the coder said
    labelled = [e for e in examples_from([conversation]) if e.behaviour or e.talk]
    assert [(e.behaviour, e.annomi, e.talk) for e in labelled] == [
        ("complex_reflection", "reflection", None),
        (None, None, "neutral"),
    ]
    # another trainer has corrected nothing: an empty export
    assert login(users.other_trainer).get("/review/export.jsonl").text == ""


def test_the_review_api(client, app, users, make_coded, student_client) -> None:  # type: ignore[no-untyped-def]
    with session_scope(app.state.session_factory) as db:
        _, trainer_token = accounts.create_token(db, db.get(User, users.trainer.id), "t")
        _, student_token = accounts.create_token(db, db.get(User, users.student.id), "s")
    trainer = {"Authorization": f"Bearer {trainer_token}"}
    student = {"Authorization": f"Bearer {student_token}"}
    conversation_id = make_coded(users.student)
    base = f"/api/v1/conversations/{conversation_id}"
    made = client.post(f"{base}/comments", json={"turn": 6, "text": "Oplossingsdrang?"}, headers=trainer)
    assert made.status_code == 201 and made.json()["turn"] == 6
    fixed = client.post(f"{base}/corrections", json={"turn": 6, "code": "persuasion"}, headers=trainer)
    assert fixed.status_code == 201 and fixed.json()["source"] == "human"
    label = client.post(
        f"{base}/corrections", json={"turn": 6, "code": "other", "dimension": "annomi"}, headers=trainer
    )
    assert label.status_code == 201
    bad = client.post(f"{base}/corrections", json={"turn": 6, "code": "nonsense"}, headers=trainer)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "E554"
    seen = client.get(f"{base}/review", headers=student)
    assert seen.status_code == 200
    turn = seen.json()[6]
    assert turn["automatic"]["behaviour"] == "advice" and turn["comments"][0]["text"] == "Oplossingsdrang?"
    assert {h["code"] for h in turn["human"]} == {"persuasion", "other"}
    assert client.post(f"{base}/comments", json={"turn": 1, "text": "x"}, headers=student).status_code == 403
    assert client.get("/api/v1/review/agreement", headers=student).status_code == 403
    groups = {g["group"]: g for g in client.get("/api/v1/review/agreement", headers=trainer).json()}
    annomi = groups["annomi"]  # the trainer's own AnnoMI label wins over the one their fine code implies
    assert annomi["labels"] == ["therapist_input", "other"] and annomi["matrix"] == [[0, 0], [1, 0]]
    export = client.get("/api/v1/review/export", headers=trainer)
    line = json.loads(export.text.splitlines()[0])
    assert line["id"] == f"werkplaats-{conversation_id}"
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {
        f"/api/v1/conversations/{{conversation_id}}/{p}" for p in ("comments", "corrections", "review")
    } <= set(paths)
    assert {"/api/v1/review/agreement", "/api/v1/review/export"} <= set(paths)


def test_a_correction_counts_in_the_feedback_figures(
    trainer_client, app, users, make_coded, db_session
) -> None:  # type: ignore[no-untyped-def]
    from ontmoeting.store.tables import AnalysisRecord, ConversationRecord
    from ontmoeting.web.services import conversations, pipeline

    if not pipeline.feedback_available():
        pytest.skip("the feedback layer is not installed in this build")
    conversation_id = make_coded(users.student)
    with session_scope(app.state.session_factory) as db:
        conversations.refresh_analysis(db, db.get(ConversationRecord, conversation_id))
    before = (
        db_session.query(AnalysisRecord)
        .filter_by(conversation_id=conversation_id)
        .one()
        .complex_reflection_pct
    )
    correct(trainer_client, conversation_id, 2, "complex_reflection")  # the coder said simple
    db_session.expire_all()
    after = (
        db_session.query(AnalysisRecord)
        .filter_by(conversation_id=conversation_id)
        .one()
        .complex_reflection_pct
    )
    assert (before or 0.0) < after  # the human code counts over the automatic one


def test_the_trainer_sees_the_students_note_and_own_code_beside_the_coders(
    trainer_client, users, app
) -> None:  # type: ignore[no-untyped-def]
    conversation = coded("Met notities")
    advice = conversation.turns[6]
    advice.note = "parafrase, ik gaf terug wat hij zei"
    advice.annotations.append(
        Annotation(
            dimension=Dimension.BEHAVIOUR, code="simple_reflection", source=Source.SELF, annotator="student"
        )
    )
    with session_scope(app.state.session_factory) as db:
        record = to_record(conversation, owner_id=users.student.id)
        db.add(record)
        db.flush()
        conversation_id = record.id
    page = trainer_client.get(f"/review/conversations/{conversation_id}")
    assert page.status_code == 200
    assert "parafrase, ik gaf terug wat hij zei" in page.text
    assert "eigen code: Enkelvoudige reflectie" in page.text
    # the student's own code is not taken for the coder's
    assert 'data-auto="advice"' in page.text
