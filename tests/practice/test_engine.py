"""The state rules: what each kind of helper turn does to the client."""

from __future__ import annotations

from ontmoeting.practice.engine import Reading, decide, initial_state, opening
from ontmoeting.practice.persona import get_persona
from ontmoeting.practice.state import ClientState, Move

ROBERT = get_persona("robert")


def play(codes: list[Reading], persona=ROBERT, touched: bool = False) -> list[tuple[ClientState, Move]]:
    state, _ = opening(initial_state(persona))
    seen = []
    for reading in codes:
        state, decision = decide(persona, state, reading, touched)
        seen.append((state, decision.move))
    return seen


def test_reflections_and_open_questions_open_the_client_one_layer_at_a_time():
    seen = play([Reading("complex_reflection", confidence=0.9)] * 8)
    layers = [state.layer for state, _ in seen]
    assert layers == sorted(layers) and layers[-1] == 3
    assert all(b - a <= 1 for a, b in zip(layers, layers[1:], strict=False))
    assert seen[-1][0].openness > initial_state(ROBERT).openness
    assert Move.DEEPEN in [move for _, move in seen]


def test_a_layer_needs_enough_said_before_going_deeper():
    # turns_per_layer = 2: the opening and one more reply in facts, then two replies per layer
    seen = play([Reading("complex_reflection", confidence=0.9)] * 6)
    assert [state.layer for state, _ in seen] == [0, 1, 1, 2, 2, 3]


def test_advice_without_permission_brings_yes_but_and_resistance():
    seen = play([Reading("advice")] * 3)
    assert [move for _, move in seen] == [Move.YES_BUT] * 3
    resistance = [state.resistance for state, _ in seen]
    assert resistance == sorted(resistance) and resistance[0] > 0


def test_advice_with_permission_is_received_calmly():
    without = play([Reading("advice")])[0][0]
    with_permission, move = play([Reading("advice", permission=True)])[0]
    assert move is Move.CALM
    assert with_permission.resistance < without.resistance


def test_persuasion_pushes_back_and_too_much_ends_the_talk():
    seen = play([Reading("persuasion")] * 20)
    moves = [move for _, move in seen]
    assert moves[0] is Move.PUSH_BACK
    assert Move.LEAVE in moves
    ended_at = moves.index(Move.LEAVE)
    assert seen[ended_at][0].ended and seen[ended_at][0].resistance >= ROBERT.parameters.end_at


def test_fixing_drops_the_client_back_to_the_surface():
    seen = play([Reading("complex_reflection", confidence=0.9)] * 6 + [Reading("advice")])
    assert seen[-2][0].layer >= 2
    assert seen[-1][0].layer <= 1 and seen[-1][0].deepest >= 2


def test_a_run_of_closed_questions_gets_short_answers_on_the_surface():
    seen = play([Reading("complex_reflection", confidence=0.9)] * 4 + [Reading("closed_question")] * 4)
    moves = [move for _, move in seen[4:]]
    assert moves == [Move.STAY, Move.SHORT, Move.SHORT, Move.SHORT]
    assert all(state.layer <= 1 for state, _ in seen[4:])
    assert seen[-1][0].closed_streak == 4


def test_minimal_encouragers_let_the_client_go_on_in_the_same_layer():
    seen = play([Reading("complex_reflection", confidence=0.9)] * 3 + [Reading("other")] * 2)
    assert [move for _, move in seen[3:]] == [Move.GO_ON, Move.GO_ON]
    assert seen[3][0].layer == seen[2][0].layer == seen[4][0].layer


def test_persona_parameters_tune_the_rules():
    hostile = get_persona("dennis")
    robert_leaves = [move for _, move in play([Reading("advice")] * 20)].index(Move.LEAVE)
    dennis_leaves = [move for _, move in play([Reading("advice")] * 20, persona=hostile)].index(Move.LEAVE)
    assert dennis_leaves < robert_leaves
    assert initial_state(hostile).resistance > initial_state(ROBERT).resistance


def test_an_unsure_reading_and_touching_words():
    sure = play([Reading("simple_reflection", confidence=0.9)])[0][0]
    unsure = play([Reading("simple_reflection", confidence=0.3)])[0][0]
    touched = play([Reading("simple_reflection", confidence=0.9)], touched=True)[0][0]
    assert unsure.openness < sure.openness < touched.openness


def test_decide_does_not_change_the_state_it_gets():
    state, _ = opening(initial_state(ROBERT))
    state.used["layer.facts"] = [1]
    before = state.model_dump()
    new, _ = decide(ROBERT, state, Reading("complex_reflection"))
    new.used["layer.facts"].append(2)
    assert state.model_dump() == before


def test_reassurance_closes_the_client_and_never_deepens():
    opened = play([Reading("complex_reflection", confidence=0.9)] * 4)
    before = opened[-1][0]
    seen = play(
        [Reading("complex_reflection", confidence=0.9)] * 4 + [Reading("reassurance", confidence=0.95)]
    )
    after, move = seen[-1]
    assert move is Move.PUSH_BACK and after.layer <= 1 <= before.layer
    assert after.resistance > before.resistance and after.openness < before.openness


def test_the_session_codes_a_pushed_solution_as_advice_and_robert_resists():
    from ontmoeting.practice.session import PracticeSession

    session = PracticeSession("robert", "nl")
    for text in ("Je moet hem gewoon bellen.", "Ik vind dat je morgen je excuses moet gaan aanbieden."):
        reply = session.respond(text)
        assert reply.code == "advice" and reply.move is Move.YES_BUT, (text, reply.code)
    reply = session.respond("Joh, dat komt wel goed.")
    assert reply.code == "reassurance" and reply.move is Move.PUSH_BACK
