"""The practice client answers factual questions from its sheet, presupposes only what was said, leaves
after persistent pushing, has one depth for coach, report and debrief, and speaks the talk's language."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from ontmoeting.errors import ConfigError
from ontmoeting.i18n import locale_language, resolve_language
from ontmoeting.practice import PracticeSession, engine, get_persona
from ontmoeting.practice.engine import PUSHES, Reading
from ontmoeting.practice.facts import find_fact
from ontmoeting.practice.persona import parse_persona
from ontmoeting.practice.state import ClientState, Move
from ontmoeting.practice.voice import choose
from ontmoeting.transcript.model import Turn

ROBERT = get_persona("robert")


def by_form(text: str, context: Sequence[Turn], language: str) -> Reading:
    """A stand-in coder for these tests: questions by their form, 'A:' advice, 'P:' persuasion, else a
    complex reflection."""
    if text.startswith("A:"):
        return Reading("advice", False, 0.9)
    if text.startswith("P:"):
        return Reading("persuasion", False, 0.9)
    if text.endswith("?"):
        closed = text.split()[0].lower() in ("heb", "ben", "is", "woont", "do", "are", "is", "have")
        return Reading("closed_question" if closed else "open_question", False, 0.9)
    return Reading("complex_reflection", False, 0.9)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Hoe oud ben je?", "age"),
        ("Mag ik vragen hoe oud je bent?", "age"),
        ("Waar woont je vader?", "father_home"),
        ("Waar woon je zelf?", "home"),
        ("Wat zei hij dan precies?", "said"),
        ("Heb je een zus?", "sister"),
        ("Wat wil je uit dit gesprek halen?", "goal"),
        ("Hoe oud is je vader eigenlijk?", "father_age"),
    ],
)
def test_a_factual_question_finds_its_fact(question, fact):
    found = find_fact(question, ROBERT.nl.facts, "nl")
    assert found is not None and found.fact is not None and found.fact.id == fact


@pytest.mark.parametrize(
    ("question", "fact"),
    [("How old are you?", "age"), ("Where does your dad live?", "father_home"), ("What did he say?", "said")],
)
def test_english_factual_questions(question, fact):
    found = find_fact(question, ROBERT.en.facts, "en")
    assert found is not None and found.fact is not None and found.fact.id == fact


@pytest.mark.parametrize(
    "turn",
    [
        "Wat voel je als je aan je vader denkt?",  # explores: names the father, asks no fact
        "Waar denk je aan?",
        "Kun je daar wat meer over vertellen?",
        "Je mist hem.",
    ],
)
def test_exploring_questions_and_statements_ask_no_fact(turn):
    assert find_fact(turn, ROBERT.nl.facts, "nl") is None


def test_a_question_for_a_fact_not_on_the_sheet_is_recognised_as_such():
    found = find_fact("Wie is Bas?", ROBERT.nl.facts, "nl")
    assert found is not None and found.fact is None
    # the client's own age is not what "hoe oud is je zus?" asks for
    found = find_fact("Hoe oud is je zus?", ROBERT.nl.facts, "nl")
    assert found is None or found.fact is None or found.fact.id != "age"


def test_robert_answers_from_his_sheet_and_facts_stay_true():
    session = PracticeSession("robert", "nl", 4, classify=by_form)
    sheet = {fact.id: fact.answer for fact in session.material.facts}
    for question, fact in [
        ("Hoe oud ben je?", "age"),
        ("Wat zei je vader toen precies?", "said"),
        ("Wat wil je uit dit gesprek halen?", "goal"),
    ]:
        reply = session.respond(question)
        assert reply.move is Move.ANSWER and reply.fact == fact
        assert reply.text.startswith(sheet[fact])
        assert reply.layer == 0 or fact == "goal"  # an answer is a fact; an open client may go on
    again = session.respond("Hoe oud ben je nou?")
    assert again.fact == "age" and again.text.endswith(sheet["age"])  # the same fact, said again
    assert again.text != sheet["age"]  # ... and the client notices it was asked before
    assert "Robert beantwoordt je vraag" in (again.coach or "")


def test_a_factual_question_never_deepens_and_an_unknown_fact_is_not_made_up():
    session = PracticeSession("robert", "nl", 1, classify=by_form)
    for text in ("Je mist hem.", "Het doet pijn.", "Je bent bang hem kwijt te raken."):
        session.respond(text)
    layer = session.state.layer
    reply = session.respond("Wie is Bas?")
    assert reply.move is Move.ANSWER and reply.fact is None
    assert reply.text in [line.text for line in session.material.unknown]
    assert session.state.layer == layer and reply.layer == 0
    assert not any(
        change.helper_text == "Wie is Bas?" and change.new > change.old for change in session.depth_changes()
    )


def test_advice_in_question_form_is_pushing_not_a_fact_question():
    session = PracticeSession("robert", "nl", 1, classify=by_form)
    reply = session.respond("A: Moet je niet eens met je zus praten?")  # names a fact, but it is advice
    assert reply.move is Move.YES_BUT and reply.fact is None


PRESUPPOSING = """
id: test
stance: reserved
nl:
  name: Test
  who: Test, een testpersoon.
  situation: Een test.
  learning_goal: Testen.
  opening: [Het gaat over mijn vader.]
  layers:
    facts:
      - text: Die zondagen bij het water, dat was het mooiste.
        needs: [fishing]
      - Hij woont in Zwolle.
      - We hebben geen contact.
    thoughts: [Ik denk er vaak aan., Het is raar., Hij mag ook bellen.]
    feelings: [Het doet pijn., Ik ben boos., Ik ben verdrietig.]
    meaning: [Ik wil gezien worden., Ik ben bang., Hij is mijn vader.]
  yes_but: [Ja maar nee., Ja maar toch., Ja maar later.]
  push_back: [Nee., Hm., Laat maar.]
  short_answers: [Ja., Nee., Soms.]
  calm: [Oké., Misschien.]
  go_on: [Ja..., En]
  leaving: [Ik ga.]
  topics:
    fishing: [vis*, hengel*]
"""


def test_a_line_is_only_said_once_what_it_presupposes_has_come_up():
    material = parse_persona(PRESUPPOSING).material("nl")
    chosen = set()
    for seed in range(30):
        state = ClientState(openness=0.1, resistance=0.0)
        for _ in range(3):
            chosen.add(
                choose(
                    material, state, Move.STAY, 0, random.Random(seed), cue="Vertel", known=frozenset()
                ).text
            )
    assert not any("zondagen" in text for text in chosen)
    state = ClientState(openness=0.1, resistance=0.0)
    line = choose(
        material,
        state,
        Move.STAY,
        0,
        random.Random(0),
        cue="Jullie gingen vissen",
        known=frozenset({"fishing"}),
    )
    assert "zondagen" in line.text  # now it may be said, and it is the one about fishing


def test_a_presupposition_must_name_a_declared_topic():
    broken = PRESUPPOSING.replace("needs: [fishing]", "needs: [boating]")
    with pytest.raises(ConfigError, match="boating"):
        parse_persona(broken)


def test_a_talk_never_presupposes_what_nobody_said():
    session = PracticeSession("robert", "nl", 5, classify=by_form)
    material = session.material
    needing = [line for line in material.spoken_lines() if line.needs]
    for text in (
        "Je mist hem.",
        "Het doet pijn.",
        "Wat maakt het zo moeilijk?",
        "Je bent bang.",
        "Het raakt je.",
    ) * 3:
        session.respond(text)
    from ontmoeting.practice.memory import known_topics

    said = [session.opening()]
    for record in session.records:
        for line in needing:
            if line.text in record.client_text:
                before = record.client_text[: record.client_text.index(line.text)]
                assert set(line.needs) <= known_topics(material, [*said, record.helper_text, before])
        said += [record.helper_text, record.client_text]


def test_a_hostile_client_leaves_after_persistent_pushing_and_softens_after_a_repair():
    dennis = get_persona("dennis")
    assert dennis.pushes_to_leave is not None
    state = engine.initial_state(dennis)
    # resistance alone would take longer for this test's mild pushes: the stance's limit ends the talk
    mild = Reading("reassurance", False, 0.9)
    pushes = 0
    for pushes in range(1, 30):  # noqa: B007 - the count is what is checked
        state, decision = engine.decide(dennis, state, mild)
        if decision.move is Move.LEAVE:
            break
    assert decision.move is Move.LEAVE and pushes <= dennis.pushes_to_leave
    # the same reflection lowers resistance more right after a push (a repair) than out of the blue
    start = engine.initial_state(dennis)
    pushed, _ = engine.decide(dennis, start, Reading("advice", False, 0.9))
    after_repair, _ = engine.decide(dennis, pushed, Reading("complex_reflection", False, 0.9))
    plain, _ = engine.decide(dennis, start, Reading("complex_reflection", False, 0.9))
    assert pushed.resistance - after_repair.resistance > start.resistance - plain.resistance
    assert after_repair.push_streak == 0


def test_a_reserved_client_has_no_push_limit():
    assert get_persona("robert").pushes_to_leave is None


@pytest.mark.parametrize("code", sorted(PUSHES))
def test_pushing_is_never_rewarded_with_a_deeper_layer(code):
    ripe = ClientState(openness=0.95, resistance=0.0, layer=1, turns_in_layer=5)
    state, decision = engine.decide(ROBERT, ripe, Reading(code, False, 0.95), touched=True)
    assert decision.move is not Move.DEEPEN and state.layer <= ripe.layer


def test_coach_report_and_debrief_share_one_depth():
    session = PracticeSession("robert", "nl", 3, classify=by_form)
    turns = ["Wat brengt je hier?", "Je mist hem.", "Hoe oud ben je?", "Het doet pijn.",
             "Je bent bang dat hij je afwijst.", "A: Bel hem.", "Wat betekent dat voor je?",
             "Je wilt dat hij trots is.", "Je wilt gezien worden.", "Dat raakt je.",
             "Je wilt erkend worden."]  # fmt: skip
    for text in turns:
        session.respond(text)
    from ontmoeting.feedback import analyse

    conversation = session.finish()
    analysis = analyse(conversation, "nl")
    spoken = [0] + [record.depth for record in session.records]
    assert [point.depth for point in analysis.depth.points] == spoken
    steps = {(s.helper_index + 1, s.from_depth, s.to_depth) for s in analysis.depth.steps}
    changes = session.depth_changes()
    assert {(c.turn, c.old, c.new) for c in changes} <= steps  # the debrief's changes are the report's steps
    assert session.state.deepest == max(spoken)
    # the coach said "deeper" exactly where the debrief lists a step up, and never after a fact question
    deeper = {2 * k for k, r in enumerate(session.records, start=1) if "een laag dieper" in (r.coach or "")}
    assert deeper == {c.turn for c in changes if c.new > c.old} and deeper
    assert not any("oud" in c.helper_text for c in changes)
    # the advice's "ja, maar" took Robert back: the debrief says so, after that turn
    assert any(c.new < c.old and c.helper_text == "A: Bel hem." for c in changes)
    # the debrief counts what the client reacted to: the live reading of every helper turn
    advice = sum(record.code == "advice" for record in session.records)
    measure = next(m for m in analysis.measures if m.key == "advice_without_permission")
    assert advice >= 1 and measure.counts["advice"] == advice


def test_a_turn_in_the_other_language_gets_an_in_character_remark():
    session = PracticeSession("robert", "nl", 2, classify=by_form)
    before = session.state
    reply = session.respond("How are you doing today?")
    assert reply.move is Move.NOT_UNDERSTOOD
    assert reply.text in [line.text for line in session.material.other_language]
    assert session.state.openness == before.openness and session.state.layer == before.layer


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "C"}, None),
        ({"LANG": "POSIX"}, None),
        ({}, None),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "en_GB.UTF-8", "LC_ALL": "C.UTF-8"}, None),
        ({"LANG": "C.UTF-8", "LANGUAGE": "en"}, None),  # gettext ignores LANGUAGE under C
        ({"LANG": "nl_NL.UTF-8", "LANGUAGE": "en:nl"}, "en"),
    ],
)
def test_the_default_language_is_dutch_unless_the_locale_says_english(monkeypatch, env, expected):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert locale_language() == expected
    assert resolve_language(None) == (expected or "nl")


def test_a_slot_must_be_a_standard_fact():
    broken = PRESUPPOSING.replace(
        "  topics:",
        "  facts:\n    - id: dad_age\n      about: [vader]\n      slot: shoe_size\n"
        "      answer: Zestig.\n  topics:",
    )
    with pytest.raises(ConfigError, match="shoe_size|slot"):
        parse_persona(broken)


def test_the_rules_sure_reading_of_a_push_wins_over_another_combined_code():
    from ontmoeting.practice.reading import SURE_PUSH, rules_sure_push
    from ontmoeting.transcript.model import Annotation, Dimension, Role, Source

    class Rules:
        def __init__(self, code, confidence):
            self.reading = Annotation(
                dimension=Dimension.BEHAVIOUR, code=code, source=Source.RULES, annotator="rules",
                confidence=confidence, explanation="cue",
            )  # fmt: skip

        def annotate_turn(self, turn, context, language):
            return [self.reading]

    class Coder:
        def __init__(self, code, confidence):
            self.rules = Rules(code, confidence)

    turn = Turn(index=1, role=Role.HELPER, speaker="Student", text="Ik weet precies hoe dat voelt.")
    final = [
        Annotation(
            dimension=Dimension.BEHAVIOUR, code="simple_reflection", source=Source.MODEL, annotator="pipeline"
        )
    ]
    pushed = rules_sure_push(Coder("self_disclosure", SURE_PUSH), turn, [], "nl", final)
    assert [a.code for a in pushed if a.dimension is Dimension.BEHAVIOUR] == ["self_disclosure"]
    assert pushed[-1].annotator == "practice"  # the report shows whose reading it is
    unsure = rules_sure_push(Coder("self_disclosure", SURE_PUSH - 0.2), turn, [], "nl", final)
    assert unsure == final
    not_a_push = rules_sure_push(Coder("open_question", 0.95), turn, [], "nl", final)
    assert not_a_push == final


@pytest.mark.parametrize(
    ("persona", "question"),
    [
        ("sanne", "Wat gebeurt er in je als je aan de trein denkt?"),
        ("dennis", "Wat zou je zoon ervan vinden als hij het had gezien?"),
        ("dennis", "Wat is dat voor jou, dat die teamleider je planning omgooit?"),
        ("sanne", "Hoe reageert Bas erop dat je zo weinig buiten komt?"),
    ],
)
def test_a_question_about_the_inner_world_is_no_fact_question_even_when_it_names_one(persona, question):
    facts = get_persona(persona).material("nl").facts
    assert find_fact(question, facts, "nl") is None


def test_a_name_is_only_answered_by_a_fact_that_gives_it():
    facts = ROBERT.nl.facts
    found = find_fact("Hoe heet je zus?", facts, "nl")  # the sheet says where she lives, not her name
    assert found is not None and found.fact is None
    sanne = get_persona("sanne").material("nl").facts
    found = find_fact("Hoe heet je leidinggevende?", sanne, "nl")
    assert found is not None and found.fact is not None and "Ingrid" in found.fact.answer


def test_the_client_says_it_said_so_only_when_the_same_question_comes_again():
    session = PracticeSession("robert", "nl", 2, classify=by_form)
    first = session.respond("Waar woont je vader?")
    other = session.respond("Woont je vader ver weg?")  # another question, the same fact
    again = session.respond("Waar woont je vader eigenlijk?")
    assert first.fact == other.fact == again.fact == "father_home"
    assert other.text == first.text and again.text != first.text and again.text.endswith(first.text)


def test_a_next_step_comes_from_the_client_only_at_the_core():
    session = PracticeSession("robert", "nl", 1, classify=by_form)
    early = session.respond("Wat zou een eerste stap kunnen zijn?")
    assert early.text not in [line.text for line in session.material.own_steps]
    for text in (
        "Je mist hem.",
        "Het doet pijn.",
        "Je bent bang hem kwijt te raken.",
        "Je wilt gezien worden.",
    ) * 3:
        session.respond(text)
    assert session.state.layer == 3
    late = session.respond("Wat zou een eerste stap kunnen zijn?")
    assert late.text in [line.text for line in session.material.own_steps]


def test_pushing_and_a_language_remark_never_raise_the_depth():
    session = PracticeSession("robert", "nl", 2, classify=by_form)
    assert session.respond("Hoe oud ben je?").layer == 0  # a fact: layer 0
    assert session.respond("A: Je moet hem gewoon bellen.").layer == 0  # "ja, maar", but no deeper
    session.respond("Je mist hem.")
    depth = session.depth
    assert session.respond("How are you doing today?").move is Move.NOT_UNDERSTOOD
    assert session.depth == depth


def test_a_dutch_turn_in_an_english_talk_is_noticed_although_is_is_both():
    from ontmoeting.practice.kinds import in_other_language

    assert in_other_language("Ik bedoel, het is toch je vader.", "en")
    assert not in_other_language("Is it?", "nl") and not in_other_language("Je mist hem.", "nl")


def test_a_short_answer_once_given_stays_true():
    session = PracticeSession("robert", "nl", 3, classify=by_form)
    for text in ("Heb je huisdieren?", "Is dat zo?", "Ben je vaak thuis?"):
        session.respond(text)  # closed questions in a row: short answers
    first = session.respond("Heb je huisdieren?")
    again = session.respond("Heb je huisdieren?")
    assert first.move is Move.SHORT and again.text == first.text


@pytest.mark.parametrize(
    ("persona", "lang", "question", "fact"),
    [
        # the question points back with a pronoun: who it is about is in the sentence before
        ("dennis", "nl", "Je hebt een zoon toch? Hoe oud is hij?", "son"),
        # "je zei iets over ..." names the topic, it does not ask what was said
        ("robert", "nl", "Je zei iets over je studie, hoe zat dat?", "study"),
        # politeness is no question about feelings
        ("robert", "en", "What did he say to you, if you feel OK telling me?", "said"),
        # the verb carries the question: what happened, not the work
        ("robert", "nl", "Wat is er precies gebeurd?", "event"),
    ],
)
def test_how_a_question_points_at_its_fact(persona, lang, question, fact):
    found = find_fact(question, get_persona(persona).material(lang).facts, lang)
    assert found is not None and found.fact is not None and found.fact.id == fact


def test_a_summary_that_ends_on_a_check_asks_for_no_fact():
    session = PracticeSession("robert", "nl", 2, classify=by_form)
    for text in ("Je mist hem.", "Het doet pijn.", "Je bent bang dat hij je afwijst."):
        session.respond(text)
    reply = session.respond(
        "Dus even samenvatten: je hebt al bijna twee jaar geen contact met je vader, je mist hem, en je bent "
        "bang dat hij je weer afwijst. Klopt dat?"
    )
    assert reply.move is not Move.ANSWER and reply.fact is None
    assert find_fact("Klopt dat?", ROBERT.nl.facts, "nl") is None
