"""A practice session: seeds, variety, undo, serialisation, the transcript and the coach."""

from __future__ import annotations

import json

import pytest

from ontmoeting.errors import InputError
from ontmoeting.practice.session import PracticeSession
from ontmoeting.practice.state import Move
from ontmoeting.transcript.model import Conversation, Dimension, Role

TURNS = [
    "O: Wat brengt je hier?",
    "R: Je mist hem.",
    "M: Hm.",
    "R: Dat doet pijn.",
    "C: Woont hij ver?",
    "C: Heb je zijn nummer?",
    "A: Bel hem gewoon.",
    "R: Het is niet zo simpel.",
    "O: Wat maakt het moeilijk?",
    "R: Je bent bang.",
    "AP: Mag ik iets voorstellen?",
    "R: Je wilt gezien worden.",
]


def play(classify, seed: int, turns=TURNS, lang="nl", persona="robert") -> PracticeSession:
    session = PracticeSession(persona, lang, seed, classify=classify)
    for text in turns:
        session.respond(text)
    return session


def test_the_same_seed_gives_the_same_talk_and_another_seed_another(classify):
    first = [r.client_text for r in play(classify, 7).records]
    again = [r.client_text for r in play(classify, 7).records]
    other = [r.client_text for r in play(classify, 8).records]
    assert first == again
    assert first != other


def test_no_line_is_repeated_while_others_are_left(classify):
    session = PracticeSession("sanne", "en", 3, classify=classify)
    replies = [session.respond("C: Is that so?").text for _ in range(12)]
    short = [line.text for line in session.material.short_answers]
    assert replies[1 : 1 + len(short)] == [r for r in replies[1 : 1 + len(short)] if r in short]
    assert len(set(replies[1 : 1 + len(short)])) == len(short)  # every short answer once before any repeat
    # (asked the same thing twice, the client answers the same: see test_facts_and_memory)
    talk = play(classify, 5, turns=[t for t in TURNS if not t.startswith("M:")]).records
    texts = [r.client_text for r in talk]
    assert len(set(texts)) == len(texts)


def test_undo_restores_the_state_exactly(classify):
    session = play(classify, 2, TURNS[:5])
    before = json.dumps(session.to_state(), sort_keys=True)
    first = session.respond("A: Je moet hem bellen.").text
    assert session.state.last_move is Move.YES_BUT
    assert session.undo()
    assert json.dumps(session.to_state(), sort_keys=True) == before
    assert session.respond("A: Je moet hem bellen.").text == first  # same seed, same turn: same reply
    fresh = PracticeSession("robert", "nl", 2, classify=classify)
    assert not fresh.undo()


def test_a_session_survives_a_json_round_trip(classify):
    whole = play(classify, 11)
    half = play(classify, 11, TURNS[:6])
    stored = json.loads(json.dumps(half.to_state()))
    resumed = PracticeSession.from_state(stored, classify=classify)
    assert resumed.state == half.state
    for text in TURNS[6:]:
        resumed.respond(text)
    assert [r.client_text for r in resumed.records] == [r.client_text for r in whole.records]
    assert resumed.state == whole.state


def test_finish_gives_a_project_conversation(classify):
    session = play(classify, 1, TURNS[:4])
    conversation = session.finish()
    assert isinstance(conversation, Conversation)
    assert conversation.metadata.context == "oefengesprek"
    assert conversation.metadata.extra["persona"] == "robert"
    assert [t.role for t in conversation.turns[:3]] == [Role.CLIENT, Role.HELPER, Role.CLIENT]
    assert conversation.speakers == {"Robert": Role.CLIENT, "Student": Role.HELPER}
    assert [t.index for t in conversation.turns] == list(range(9))
    assert conversation.turns[2].get(Dimension.BEHAVIOUR) is None
    assert conversation.turns[1].get(Dimension.BEHAVIOUR).code == "open_question"
    assert conversation.turns[2].depth is not None
    Conversation.model_validate_json(conversation.model_dump_json())


def test_reply_coach_line_and_hint(classify):
    session = PracticeSession("robert", "en", 4, classify=classify)
    reply = session.respond("A: Just call him.")
    assert reply.move is Move.YES_BUT and reply.text in [line.text for line in session.material.yes_but]
    assert "yes, but" in reply.coach.lower() and reply.coach.startswith("Advice without permission")
    hint = session.hint()
    assert "pushing back" in hint
    silent = PracticeSession("robert", "nl", 4, coach=False, classify=classify)
    assert silent.respond("R: Je mist hem.").coach is None


def test_a_hint_builds_its_example_from_the_clients_last_words(classify):
    session = PracticeSession("robert", "nl", 4, classify=classify)
    session.respond("R: Over je vader.")
    last = session.last_client_text()
    hint = session.hint()
    assert "reflectie van gevoel" in hint
    # the example turns the client's words into second person: no first-person 'ik' left in the quoted example
    example = hint.split('"')[1]
    assert " ik " not in f" {example.lower()} " and " mijn " not in f" {example.lower()} "
    shared = {w.strip(".,").lower() for w in last.split() if len(w) > 4} & {
        w.strip(".,").lower() for w in example.split()
    }
    assert shared, (last, example)


def test_bad_turns_and_an_ended_talk(classify):
    session = PracticeSession("dennis", "nl", 1, classify=classify)
    with pytest.raises(InputError) as caught:
        session.respond("   ")
    assert caught.value.code == "E408"
    while not session.ended:
        session.respond("P: Je moet gewoon normaal doen.")
    assert session.state.last_move is Move.LEAVE
    assert session.records[-1].client_text in [line.text for line in session.material.leaving]
    with pytest.raises(InputError) as caught:
        session.respond("R: Je bent boos.")
    assert caught.value.code == "E409"
    session.undo()
    assert not session.ended


def test_the_end_report_shows_depth_and_where_it_changed(classify):
    session = play(classify, 3)
    lines = session.depth_summary("en")
    assert lines[0] == "How deep did Robert go?"
    assert any(line.strip().startswith("turn ") for line in lines)
    assert f"Deepest layer: {session.state.deepest}" in lines[1]


def test_the_report_includes_the_feedback_analysis_of_the_transcript(classify):
    session = play(classify, 3, TURNS[:4], lang="en")
    lines, analysis = session.report()
    assert lines[0] == "How deep did Robert go?"
    assert analysis is not None
    assert analysis.lang == "en"
    assert analysis.conversation.turn_count == len(session.finish().turns)
    assert analysis.conversation.clients == ["Robert"] and analysis.conversation.helpers == ["Student"]


def test_after_closed_questions_the_hint_reflects_what_the_client_really_said(classify):
    session = PracticeSession("sanne", "en", 2, classify=classify)
    session.respond("C: Do you work?")  # a factual line
    substantial = session.last_client_text()
    session.respond("C: Is that so?")  # a short answer
    assert session.last_client_text() in [line.text for line in session.material.short_answers]
    hint = session.hint()
    assert "open question" in hint
    example = hint.split('"')[1]
    words = {w.strip(".,").lower() for w in substantial.split() if len(w) > 4}
    assert words & {w.strip(".,").lower() for w in example.split()}, (substantial, example)
    assert example.endswith("What is that like for you?")
