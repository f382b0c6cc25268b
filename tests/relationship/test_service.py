"""The service on a real (throwaway) database: one-time links (single use, expiry with an injected clock),
recording, overviews, who may see which client, CSV export, and the migration."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from sqlalchemy import inspect, select

from ontmoeting.errors import InputError, NotFoundError
from ontmoeting.relationship import service
from ontmoeting.relationship.export import export_csv
from ontmoeting.store.db import make_engine
from ontmoeting.store.migrate import head_revision, upgrade
from ontmoeting.store.tables import User
from ontmoeting.store.tables.relationship import RelationshipLink, RelationshipScore

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
REL = [9, 9, 9, 9]
WB = [5, 5, 5, 5]


@pytest.fixture
def db(factory, people):
    with factory() as session:
        yield session


def helper(db, people) -> User:
    return db.get(User, people.helper.id)


def test_a_link_works_once(db, people) -> None:
    client = service.register_client(db, helper(db, people), "R-01")
    token, link = service.create_link(db, client, now=T0)
    assert service.link_state(link, T0) == "open"
    session = service.submit_by_link(
        db, token, relationship=REL, wellbeing=WB, now=T0 + dt.timedelta(minutes=5)
    )
    assert session.number == 1 and session.source == "link"
    db.refresh(link)
    assert link.used_at is not None and link.session_id == session.id
    with pytest.raises(InputError) as caught:
        service.submit_by_link(db, token, relationship=REL, wellbeing=WB, now=T0 + dt.timedelta(minutes=6))
    assert caught.value.code == "E613"
    assert len(service.trajectory(client).sessions) == 1  # the replay stored nothing


@pytest.mark.parametrize(
    ("after", "state"),
    [
        (dt.timedelta(hours=23, minutes=59), "open"),
        (dt.timedelta(hours=24), "expired"),
        (dt.timedelta(days=3), "expired"),
    ],
)
def test_a_link_expires_after_24_hours(db, people, after, state) -> None:
    client = service.register_client(db, helper(db, people), "R-01")
    token, link = service.create_link(db, client, now=T0)
    assert service.link_state(link, T0 + after) == state
    if state == "open":
        service.submit_by_link(db, token, relationship=REL, wellbeing=WB, now=T0 + after)
    else:
        with pytest.raises(InputError) as caught:
            service.submit_by_link(db, token, relationship=REL, wellbeing=WB, now=T0 + after)
        assert caught.value.code == "E613"
        with pytest.raises(InputError):
            service.link_client(db, token, now=T0 + after)


def test_unknown_tokens_and_only_the_hash_is_stored(db, people) -> None:
    client = service.register_client(db, helper(db, people), "R-01")
    token, link = service.create_link(db, client, now=T0)
    stored = db.scalars(select(RelationshipLink.token_hash)).all()
    assert token not in stored and link.token_hash == service.token_digest(token) and len(token) >= 40
    for wrong in ("", "x" * 200, token[:-1] + ("A" if token[-1] != "A" else "B")):
        with pytest.raises(NotFoundError) as caught:
            service.link_client(db, wrong, now=T0)
        assert caught.value.code == "E612"


def test_a_new_link_closes_the_open_one(db, people) -> None:
    client = service.register_client(db, helper(db, people), "R-01")
    first, _ = service.create_link(db, client, now=T0)
    second, _ = service.create_link(db, client, now=T0 + dt.timedelta(minutes=1))
    with pytest.raises(InputError):
        service.link_client(db, first, now=T0 + dt.timedelta(minutes=2))
    assert service.link_client(db, second, now=T0 + dt.timedelta(minutes=2)).id == client.id
    assert service.open_link_of(db, client, T0 + dt.timedelta(minutes=2)) is not None


def test_an_invalid_form_leaves_the_link_usable(db, people) -> None:
    client = service.register_client(db, helper(db, people), "R-01")
    token, _ = service.create_link(db, client, now=T0)
    with pytest.raises(InputError) as caught:
        service.submit_by_link(db, token, relationship=[9, 9, 9, 12], wellbeing=WB, now=T0)
    assert caught.value.code == "E619"
    service.submit_by_link(db, token, relationship=REL, wellbeing=WB, now=T0)


def test_register_client_rules(db, people) -> None:
    mira = helper(db, people)
    client = service.register_client(db, mira, "  Robert ")
    assert client.code == "Robert" and client.practice  # a student's client is a practice client by default
    assert client.relationship_instrument == "ontmoeting-relatie"
    for bad in ("", "-x", "<script>", "a" * 65, "=SUM(A1)"):
        with pytest.raises(InputError) as caught:
            service.register_client(db, mira, bad)
        assert caught.value.code == "E611"
    with pytest.raises(InputError):
        service.register_client(db, mira, "robert")  # codes are unique per helper, ignoring case
    other = db.get(User, people.other.id)
    assert (
        service.register_client(db, other, "Robert").id != client.id
    )  # another helper may use the same code
    trainer = db.get(User, people.trainer.id)
    assert not service.register_client(db, trainer, "T-1").practice


def test_record_scores_numbers_sessions_and_stores_items(db, people) -> None:
    client = service.register_client(db, helper(db, people), "R-01")
    one = service.record_scores(db, client, relationship=REL, wellbeing=None, held_on=dt.date(2026, 1, 5))
    two = service.record_scores(db, client, relationship=None, wellbeing=WB, source="cli")
    assert (one.number, two.number) == (1, 2)
    rows = db.scalars(select(RelationshipScore).where(RelationshipScore.session_id == one.id)).all()
    assert {(r.instrument_id, r.instrument_version, r.item_id, r.value) for r in rows} == {
        ("ontmoeting-relatie", "1.0", item, 9.0) for item in ("heard", "goals", "approach", "overall")
    }
    path = service.trajectory(client)
    assert path.relationship_total(path.sessions[0]) == 36 and path.wellbeing_total(path.sessions[0]) is None
    with pytest.raises(InputError) as caught:
        service.record_scores(db, client, relationship=None, wellbeing=None)
    assert caught.value.code == "E620"


def test_visibility(db, people) -> None:
    mira, sam = helper(db, people), db.get(User, people.other.id)
    trainer, admin = db.get(User, people.trainer.id), db.get(User, people.admin.id)
    practice = service.register_client(db, mira, "P-1")
    private = service.register_client(db, mira, "Q-1", practice=False)
    sams = service.register_client(db, sam, "S-1")
    assert service.visible_client(db, mira, practice.id).id == practice.id
    assert service.visible_client(db, mira, practice.id, manage=True).id == practice.id
    for viewer, client in (
        (sam, practice),
        (sam, private),
        (mira, sams),
        (trainer, private),
        (trainer, sams),
        (admin, private),
    ):
        with pytest.raises(NotFoundError) as caught:
            service.visible_client(db, viewer, client.id)
        assert caught.value.code == "E614"
    assert service.visible_client(db, trainer, practice.id).id == practice.id  # mira is in tess's group
    with pytest.raises(NotFoundError):
        service.visible_client(db, trainer, practice.id, manage=True)  # read-only
    assert service.visible_client(db, admin, sams.id).id == sams.id
    assert [c.code for c in service.supervised_practice_clients(db, trainer)] == ["P-1"]
    assert sorted(c.code for c in service.supervised_practice_clients(db, admin)) == ["P-1", "S-1"]
    assert sorted(c.code for c in service.own_clients(db, mira)) == ["P-1", "Q-1"]
    with pytest.raises(NotFoundError):
        service.client_by_code(db, sam, "P-1")


def test_overview_puts_who_needs_attention_first(db, people) -> None:
    mira = helper(db, people)
    calm = service.register_client(db, mira, "A-calm")
    service.record_scores(db, calm, relationship=[10, 10, 9, 9], wellbeing=[6, 6, 6, 6])
    service.register_client(db, mira, "B-new")
    worried = service.register_client(db, mira, "C-worried")
    service.record_scores(db, worried, relationship=[7, 7, 7, 7], wellbeing=[6, 6, 6, 6])
    rows = service.overview_of(service.own_clients(db, mira))
    assert [r.client.code for r in rows] == ["C-worried", "B-new", "A-calm"]
    assert rows[0].signals[0].kind.value == "relationship_below_cutoff"


def test_export_csv(db, people) -> None:
    mira = helper(db, people)
    client = service.register_client(db, mira, "R-01")
    service.record_scores(
        db, client, relationship=[9, 9, 9, 9], wellbeing=[4, 4, 5, 5], held_on=dt.date(2026, 1, 5)
    )
    service.record_scores(
        db, client, relationship=[8, 8, 9, 9], wellbeing=[7, 7, 7, 7], held_on=dt.date(2026, 1, 12)
    )
    rows = list(csv.DictReader(io.StringIO(export_csv([client]))))
    assert [r["session"] for r in rows] == ["1", "2"]
    assert rows[1]["relationship_total"] == "34" and rows[1]["wellbeing_total"] == "28"
    assert rows[1]["signals"].split() == ["relationship_below_cutoff", "relationship_drop", "recovery"]
    assert rows[1]["ontmoeting-welzijn:personal"] == "7" and rows[0]["date"] == "2026-01-05"
    assert float(rows[1]["wellbeing_rci"]) == pytest.approx(
        (28 - 18) / service.instruments_of(client)[1].reliable_change() * 1.96, abs=0.01
    )


def test_migration_goes_down_and_up_again(db_url) -> None:
    engine = make_engine(db_url)
    assert {
        "relationship_clients",
        "relationship_sessions",
        "relationship_scores",
        "relationship_links",
    } <= set(inspect(engine).get_table_names())
    from alembic import command

    from ontmoeting.store.migrate import alembic_config

    engine.dispose()
    command.downgrade(alembic_config(db_url), "0001_initial")
    assert not any(
        name.startswith("relationship_") for name in inspect(make_engine(db_url)).get_table_names()
    )
    assert upgrade(db_url) == head_revision()
