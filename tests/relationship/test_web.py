"""The relatiefeedback pages: the helper's flow, the client's anonymous one-time form, and who sees what."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from ontmoeting.store.tables import utcnow

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
LINK = re.compile(r'value="(http://testserver/r/[^"]+)"')
REL_ITEMS = ("heard", "goals", "approach", "overall")
WB_ITEMS = ("personal", "relationships", "social", "overall")


def answers(csrf: str, rel: int, wb: int) -> dict[str, str]:
    return (
        {"csrf_token": csrf}
        | {f"rel.{i}": str(rel) for i in REL_ITEMS}
        | {f"wb.{i}": str(wb) for i in WB_ITEMS}
    )


def add_client(c, code: str = "R-01", language: str = "nl") -> int:
    response = c.post(
        "/relationship/clients",
        data={"code": code, "client_language": language, "practice": "true", "csrf_token": c.csrf},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return int(re.search(r"/clients/(\d+)", response.headers["location"]).group(1))


def new_link(c, client_id: int) -> str:
    response = c.post(f"/relationship/clients/{client_id}/link", data={"csrf_token": c.csrf})
    assert response.status_code == 200, response.text
    assert '<svg class="qr"' in response.text  # the QR code, drawn locally
    return LINK.search(response.text).group(1).removeprefix("http://testserver")


def test_helper_sends_a_link_and_sees_the_answers(client_for, people) -> None:
    helper = client_for(people.helper)
    client_id = add_client(helper)
    link = new_link(helper, client_id)

    phone = client_for(None)
    form = phone.get(link)
    assert form.status_code == 200
    assert form.headers["referrer-policy"] == "no-referrer" and "no-store" in form.headers["cache-control"]
    html = form.text
    assert html.count('type="range"') == 8 and html.count("<fieldset") == 2 and html.count("<legend>") == 2
    for item in REL_ITEMS:
        assert f'<label for="rel-{item}">' in html and f'id="rel-{item}"' in html
    assert "Ik voelde me gehoord, begrepen en gerespecteerd." in html and "<script src=" in html
    assert "mainnav" not in html  # no app navigation for the client

    thanks = phone.post(link, data=answers(CSRF.search(html).group(1), 8, 5))
    assert thanks.status_code == 200 and "Dank je wel" in thanks.text
    replay = phone.post(link, data=answers(CSRF.search(html).group(1), 2, 2))
    assert replay.status_code == 410 and "Deze link werkt niet meer" in replay.text
    assert phone.get(link).status_code == 410

    page = helper.get(f"/relationship/clients/{client_id}")
    assert page.status_code == 200
    row = re.search(r'<table class="rel-table" id="rel-sessions">.*?</table>', page.text, re.S).group(0)
    assert ">32<" in row and ">20<" in row and "link" in row and "Relatie onder de grens" in row
    assert "Bedank de cliënt voor de eerlijkheid" in page.text  # the suggestion for the conversation
    assert 'class="trajectory-chart"' in page.text and "chart-signal-alert" in page.text
    items = re.search(r'<table class="rel-table" id="rel-items">.*?</table>', page.text, re.S).group(0)
    assert "Met mijzelf (hoe ik me voel)" in items and items.count("<td>8</td>") == 4

    overview = helper.get("/relationship")
    assert "R-01" in overview.text and "rel-chip-alert" in overview.text


def test_the_form_speaks_the_clients_language(client_for, people) -> None:
    helper = client_for(people.helper)
    link = new_link(helper, add_client(helper, "E-1", language="en"))
    phone = client_for(None)
    english = phone.get(link)
    assert "How was our conversation?" in english.text and 'lang="en"' in english.text
    dutch = phone.get(link + "?lang=nl")
    assert "Hoe was het gesprek?" in dutch.text
    thanks = phone.post(link, data=answers(CSRF.search(dutch.text).group(1), 9, 6) | {"lang": "nl"})
    assert "Dank je wel" in thanks.text


def test_links_expire_after_24_hours(app, client_for, people) -> None:
    helper = client_for(people.helper)
    link = new_link(helper, add_client(helper))
    phone = client_for(None)
    token = CSRF.search(phone.get(link).text).group(1)
    app.state.clock = lambda: utcnow() + dt.timedelta(hours=24, minutes=1)
    try:
        assert phone.get(link).status_code == 410
        assert phone.post(link, data=answers(token, 9, 6)).status_code == 410
    finally:
        del app.state.clock


def test_unknown_link_bad_values_and_missing_csrf(client_for, people) -> None:
    phone = client_for(None)
    unknown = phone.get("/r/" + "x" * 43)
    assert unknown.status_code == 404 and "Link niet gevonden" in unknown.text

    helper = client_for(people.helper)
    link = new_link(helper, add_client(helper))
    token = CSRF.search(phone.get(link).text).group(1)
    bad = phone.post(link, data=answers(token, 8, 5) | {"rel.goals": "11"})
    assert bad.status_code == 422 and "E619" in bad.text and 'type="range"' in bad.text
    forged = phone.post(link, data=answers("forged", 8, 5))
    assert forged.status_code == 403
    assert phone.post(link, data=answers(token, 8, 5)).status_code == 200  # the link survived both


def test_helper_types_in_scores_from_paper(client_for, people) -> None:
    helper = client_for(people.helper)
    client_id = add_client(helper)
    data = {"csrf_token": helper.csrf} | {f"rel.{i}": "9" for i in REL_ITEMS}
    response = helper.post(f"/relationship/clients/{client_id}/sessions", data=data, follow_redirects=False)
    assert response.status_code == 303
    page = helper.get(f"/relationship/clients/{client_id}")
    assert ">36<" in page.text and "ingevoerd" in page.text
    bad = helper.post(f"/relationship/clients/{client_id}/sessions", data=data | {"rel.heard": "x"})
    assert bad.status_code == 422 and "E619" in bad.text


def test_who_sees_which_client(client_for, people) -> None:
    helper = client_for(people.helper)
    practice_id = add_client(helper, "P-1")
    private = helper.post(
        "/relationship/clients",
        data={"code": "Q-1", "client_language": "nl", "csrf_token": helper.csrf},
        follow_redirects=False,
    )
    private_id = int(re.search(r"/clients/(\d+)", private.headers["location"]).group(1))

    other = client_for(people.other)
    for path in (f"/relationship/clients/{practice_id}", f"/relationship/clients/{practice_id}/export.csv"):
        assert other.get(path).status_code == 404
    assert (
        other.post(f"/relationship/clients/{practice_id}/link", data={"csrf_token": other.csrf}).status_code
        == 404
    )
    assert "P-1" not in other.get("/relationship").text
    assert "P-1" not in other.get("/relationship/export.csv").text
    assert other.get("/relationship/trainer").status_code == 403  # a student is no trainer

    trainer = client_for(people.trainer)
    read_only = trainer.get(f"/relationship/clients/{practice_id}")
    assert read_only.status_code == 200 and "Alleen lezen" in read_only.text and "/link" not in read_only.text
    assert (
        trainer.post(
            f"/relationship/clients/{practice_id}/link", data={"csrf_token": trainer.csrf}
        ).status_code
        == 404
    )
    assert trainer.get(f"/relationship/clients/{private_id}").status_code == 404
    listing = trainer.get("/relationship/trainer")
    assert "P-1" in listing.text and "Q-1" not in listing.text and "Mira" in listing.text

    anonymous = client_for(None)
    response = anonymous.get("/relationship", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_csv_export(client_for, people) -> None:
    helper = client_for(people.helper)
    client_id = add_client(helper)
    helper.post(
        f"/relationship/clients/{client_id}/sessions",
        data={"csrf_token": helper.csrf} | {f"wb.{i}": "6" for i in WB_ITEMS},
    )
    response = helper.get(f"/relationship/clients/{client_id}/export.csv")
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="relatie-R-01.csv"' in response.headers["content-disposition"]
    lines = response.text.splitlines()
    assert lines[0].startswith("client,session,date,source") and lines[1].startswith("R-01,1,")
    assert helper.get("/relationship/export.csv").text.count("R-01") == 1


@pytest.mark.parametrize("code", ["", "<b>x</b>"])
def test_invalid_client_codes_are_refused(client_for, people, code) -> None:
    helper = client_for(people.helper)
    response = helper.post("/relationship/clients", data={"code": code, "csrf_token": helper.csrf})
    assert response.status_code == 422 and "E611" in response.text and "<b>x</b>" not in response.text
