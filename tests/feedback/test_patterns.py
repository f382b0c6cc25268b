"""Each pattern is found in hand-coded conversations where it occurs, and not where it does not.

Patterns are functions of the codes, so these tests use hand-coded tables (tests/feedback/builders.py) and are
independent of the coder's accuracy.
"""

from __future__ import annotations

from ontmoeting.feedback.analysis import without_contradictions
from ontmoeting.feedback.model import PatternKind, Valence
from ontmoeting.feedback.patterns import (
    gemiste_kans,
    helper_says_u,
    oplossingsdrang,
    toestemming,
    touwtrekken,
    valkuilen,
    verdieping,
    vragenvuur,
)

from .builders import conversation_from_table

# --- oplossingsdrang

ADVICE_BEFORE_EXPLORING = """
H open_question | Waar wil je het over hebben?
C neutral d2 feeling | Ik mis mijn vader.
H closed_question | Woont hij ver weg?
C neutral d0 | In Zwolle.
H advice | Misschien moet je hem eens bellen.
C neutral d0 | Misschien.
H advice | Of stuur een brief.
"""

ADVICE_AFTER_EXPLORING = """
H open_question | Waar wil je het over hebben?
C neutral d2 feeling | Ik mis mijn vader.
H simple_reflection | Je mist hem.
C neutral d2 | Ja, en ik ben bang dat hij me afwijst.
H complex_reflection | Je verlangt naar hem en tegelijk is het spannend.
C change d1 | Ik wil wel iets doen.
H advice permission | Mag ik een idee geven? Sommige mensen sturen eerst een kaartje.
"""


def test_premature_solution_found_with_the_unexplored_opening() -> None:
    found = oplossingsdrang.find(conversation_from_table(ADVICE_BEFORE_EXPLORING), "nl")
    assert len(found) == 1
    moment = found[0]
    assert moment.pattern is PatternKind.PREMATURE_SOLUTION and moment.valence is Valence.CONCERN
    assert moment.anchor == 4
    assert moment.turns == [1, 4, 6]  # the opening and both solutions with no exploring between
    assert moment.details["permission"] == "no"
    assert "Ik mis mijn vader" in moment.reason
    assert moment.alternative is not None and moment.alternative.example == "Je mist je vader."
    assert moment.alternative.built_from == 1


def test_no_premature_solution_after_exploring() -> None:
    assert oplossingsdrang.find(conversation_from_table(ADVICE_AFTER_EXPLORING), "nl") == []


def test_solution_before_any_exploring_is_premature_even_without_an_opening() -> None:
    table = """
    H structuring | Fijn dat je er bent.
    C neutral d0 | Ik heb problemen met geld.
    H advice | Maak een budget.
    """
    found = oplossingsdrang.find(conversation_from_table(table), "nl")
    assert [m.anchor for m in found] == [2]
    assert "nog geen reflectie" in found[0].reason


def test_new_opening_after_exploring_makes_advice_premature_again() -> None:
    table = ADVICE_AFTER_EXPLORING.replace(
        "H advice permission | Mag ik een idee geven? Sommige mensen sturen eerst een kaartje.",
        "C neutral d2 feeling | Maar ik schaam me ook.\nH advice | Dan bel je hem gewoon.",
    )
    found = oplossingsdrang.find(conversation_from_table(table), "nl")
    assert len(found) == 1 and "schaam" in found[0].reason


def test_permission_is_mentioned_when_asked() -> None:
    table = """
    C neutral d2 feeling | Ik voel me zo alleen.
    H advice permission | Mag ik iets voorstellen? Een buurthuis misschien.
    """
    found = oplossingsdrang.find(conversation_from_table(table), "en")
    assert found[0].details["permission"] == "yes"
    assert "did ask permission" in found[0].reason


# --- touwtrekken

TUG_OF_WAR = """
C neutral d2 feeling | Ik mis mijn vader.
H advice | Bel hem gewoon.
C sustain d2 yes_but feeling | Ja, maar dat durf ik niet.
H persuasion | Waarom niet? Hij is toch je vader.
C sustain d1 yes_but | Ja, maar hij wordt altijd boos.
H advice | Schrijf dan een brief.
C sustain d1 yes_but | Ja, maar die leest hij niet.
"""


def test_tug_of_war_found_as_one_occurrence_with_its_rounds() -> None:
    found = touwtrekken.find(conversation_from_table(TUG_OF_WAR), "nl")
    assert len(found) == 1
    moment = found[0]
    assert moment.pattern is PatternKind.TUG_OF_WAR
    assert moment.details["rounds"] == 2
    assert moment.anchor == 3  # the first push again
    assert moment.turns == [1, 2, 3, 4, 5]
    assert moment.alternative is not None and moment.alternative.example == "Dat durf je niet."


def test_yes_but_alone_is_not_a_tug_of_war() -> None:
    # Apodaca et al. 2016: sustain talk also follows reflections; without advice before and after it is no tug
    table = """
    H complex_reflection | Je wilt wel contact, en tegelijk is het eng.
    C sustain d2 yes_but feeling | Ja, maar ik durf het niet.
    H simple_reflection | Je durft het niet.
    """
    assert touwtrekken.find(conversation_from_table(table), "nl") == []


def test_advice_then_yes_but_then_reflection_is_no_tug_of_war() -> None:
    table = """
    H advice | Bel hem gewoon.
    C sustain d2 yes_but | Ja, maar dat durf ik niet.
    H complex_reflection | Het voelt te groot om zomaar te bellen.
    """
    assert touwtrekken.find(conversation_from_table(table), "nl") == []


def test_exploring_between_rounds_splits_the_tug_of_war() -> None:
    table = (
        TUG_OF_WAR
        + """
    H complex_reflection | Elk idee voelt als iets wat je niet kunt.
    C neutral d2 feeling | Ja. Ik voel me machteloos.
    H advice | Bel dan je zus.
    C sustain d1 yes_but | Ja, maar die woont ver weg.
    H advice | Mail haar dan.
    """
    )
    found = touwtrekken.find(conversation_from_table(table), "nl")
    assert [m.details["rounds"] for m in found] == [2, 1]


# --- gemiste kans


def test_missed_opening_after_feeling_and_opening_taken_after_reflection() -> None:
    table = """
    C neutral d2 feeling | Ik mis hem gewoon.
    H closed_question | Woont hij in Zwolle?
    C neutral d0 | Ja.
    H open_question | Hoe is het voor je om hem te missen?
    C neutral d3 | Ik wil dat hij trots op me is.
    H complex_reflection | Je zoekt zijn erkenning.
    """
    conversation = conversation_from_table(table)
    found = gemiste_kans.find(conversation, "nl")
    missed = [m for m in found if m.pattern is PatternKind.MISSED_OPENING]
    taken = [m for m in found if m.pattern is PatternKind.OPENING_TAKEN]
    assert [(m.anchor, m.turns) for m in missed] == [(1, [0, 1])]
    assert missed[0].alternative is not None and missed[0].alternative.example == "Je mist hem gewoon."
    assert "gesloten vraag" in missed[0].reason
    assert [m.anchor for m in taken] == [5]
    assert all(m.valence is Valence.STRENGTH for m in taken)


def test_minimal_encourager_after_feeling_is_not_a_missed_opening() -> None:
    table = """
    C neutral d2 feeling | Ik ben zo verdrietig.
    H other | Mm.
    """
    assert gemiste_kans.find(conversation_from_table(table), "nl") == []


def test_factual_client_turn_is_no_opening() -> None:
    table = """
    C neutral d0 | Hij woont in Zwolle.
    H closed_question | Sinds wanneer?
    """
    assert gemiste_kans.find(conversation_from_table(table), "nl") == []


# --- vragenvuur


def test_three_questions_in_a_row_are_a_barrage() -> None:
    table = """
    H open_question | Wat speelt er?
    C neutral d0 | Mijn werk.
    H closed_question | Werk je fulltime?
    C neutral d0 | Ja.
    H closed_question | Heb je een leidinggevende?
    C neutral d0 | Ja.
    H simple_reflection | Je werk houdt je bezig.
    """
    found = vragenvuur.find(conversation_from_table(table), "nl")
    assert len(found) == 1
    assert found[0].details == {"questions": 3, "turns": 3}
    assert found[0].anchor == 4 and found[0].turns == [0, 1, 2, 3, 4]
    # a reflection of the client's own words, never a bare fact such as "Ja."
    assert found[0].alternative is not None and found[0].alternative.example == "Je werk."


def test_stacked_questions_in_one_turn_count_each() -> None:
    table = """
    C neutral d2 feeling | Ik mis mijn vader.
    H closed_question | Hoe lang al? Woont hij ver weg? Heb je zijn nummer?
    """
    found = vragenvuur.find(conversation_from_table(table), "nl")
    assert len(found) == 1 and found[0].details["questions"] == 3
    assert "3 tegelijk" in found[0].reason


def test_reflection_between_questions_breaks_the_barrage() -> None:
    table = """
    H open_question | Wat speelt er?
    C neutral d0 | Mijn werk.
    H simple_reflection | Je werk.
    C neutral d1 | Ja, het is veel.
    H open_question | Wat is er veel aan?
    C neutral d1 | De uren.
    H closed_question | Hoeveel uur?
    """
    assert vragenvuur.find(conversation_from_table(table), "nl") == []


# --- verdieping


def test_deepening_after_reflection_is_a_strength_and_back_to_facts_after_closed_question_is_shown() -> None:
    table = """
    C neutral d0 | Ik ben gestopt met mijn studie.
    H complex_reflection | Dat was geen makkelijke beslissing.
    C neutral d2 feeling | Nee, ik schaam me ervoor.
    H closed_question | Welke studie was het?
    C neutral d0 | Rechten.
    H advice | Probeer een andere studie.
    C neutral d2 feeling | Ik voel me daar niet goed bij.
    """
    found = verdieping.find(conversation_from_table(table), "nl")
    assert [(m.anchor, m.details["direction"], m.valence) for m in found] == [
        (2, "up", Valence.STRENGTH),
        (4, "down", Valence.INFO),
    ]  # the step up after the advice (resistance) is left in the curve only


# --- toestemming


def test_permission_asked_is_a_strength() -> None:
    table = """
    C change d1 | Ik wil iets doen.
    H advice permission | Mag ik een idee geven?
    H advice | Bel hem.
    """
    found = toestemming.find(conversation_from_table(table), "en")
    assert [m.anchor for m in found] == [1]
    assert found[0].valence is Valence.STRENGTH


def test_reassurance_or_a_topic_change_after_a_feeling_is_a_missed_opening() -> None:
    table = """
    C neutral d2 feeling | Ik ben zo bang dat ik het niet red.
    H reassurance | Joh, dat komt wel goed.
    C neutral d2 feeling | Ik schaam me ook zo.
    H open_question topic_change | En hoe gaat het verder op je werk?
    """
    found = gemiste_kans.find(conversation_from_table(table), "nl")
    assert [(m.pattern, m.anchor) for m in found] == [
        (PatternKind.MISSED_OPENING, 1),
        (PatternKind.MISSED_OPENING, 3),
    ]


def test_a_why_question_does_not_explore_before_a_solution() -> None:
    table = """
    C neutral d2 feeling | Ik mis mijn vader.
    H open_question why_question | Waarom heb je al die tijd niks gezegd?
    C neutral d1 | Dat weet ik niet.
    H advice | Je moet hem gewoon bellen.
    """
    found = oplossingsdrang.find(conversation_from_table(table), "nl")
    assert [m.anchor for m in found] == [3]


# --- the rules of issue 12: themes, roadblocks, pitfalls, no praise for errors


def test_a_solution_on_a_theme_never_explored_is_premature_though_another_was() -> None:
    table = """
    C neutral d2 feeling | Ik mis mijn vader sinds de scheiding.
    H complex_reflection reflects_feeling | Je mist je vader, en de scheiding heeft veel kapotgemaakt.
    C neutral d1 | Ja. En op school gaat het ook slecht, mijn cijfers zakken.
    H closed_question | Welke vakken?
    C neutral d0 | Wiskunde en Engels.
    H closed_question | Heb je bijles?
    C neutral d0 | Nee.
    H advice | Vraag bijles aan op school voor wiskunde.
    """
    found = oplossingsdrang.find(conversation_from_table(table), "nl")
    assert [m.anchor for m in found] == [7]


def test_facts_asked_openly_do_not_make_a_theme_explored() -> None:
    table = """
    H open_question | Wat is er gebeurd?
    C neutral d0 | Ik ben geschorst, drie dagen.
    H open_question | Wat zei de mentor?
    C neutral d0 | Dat ik naar huis moest.
    H persuasion | Je kunt niet zomaar mensen slaan.
    """
    found = oplossingsdrang.find(conversation_from_table(table), "nl")
    assert [m.anchor for m in found] == [4]


def test_reassurance_is_a_push_in_the_tug_of_war() -> None:
    table = """
    H advice | Bel hem gewoon.
    C sustain d1 yes_but | Ja, maar hij wordt boos.
    H reassurance | Ach, dat valt vast mee. Komt goed.
    """
    found = touwtrekken.find(conversation_from_table(table), "nl")
    assert [m.anchor for m in found] == [2]


def test_rounds_with_another_turn_between_them_are_two_tugs_of_war() -> None:
    table = (
        TUG_OF_WAR
        + """
    H closed_question | Wanneer zag je hem voor het laatst?
    C neutral d0 | Twee jaar geleden.
    H advice | Stuur een kaart.
    C sustain d1 yes_but | Ja, maar dat vind ik raar.
    H persuasion | Het is toch je vader.
    """
    )
    found = touwtrekken.find(conversation_from_table(table), "nl")
    assert [m.details["rounds"] for m in found] == [2, 1]


def test_pitfalls_are_moments_with_a_reason_and_an_alternative() -> None:
    table = """
    C neutral d2 feeling | Ik ben zo bang dat ik zak.
    H reassurance | Joh, dat komt heus goed.
    C neutral d1 | Ik weet het niet.
    H open_question why_question | Waarom denk je dat?
    C neutral d1 | Omdat ik niks snap.
    H self_disclosure | Ik had dat vroeger ook, bij wiskunde, en toen ben ik gewoon elke dag gaan oefenen.
    C neutral d0 | Oké.
    H persuasion | Je moet gewoon harder werken, dat is de enige manier.
    """
    conversation = conversation_from_table(table)
    found = {m.details["pitfall"]: m for m in valkuilen.find(conversation, "nl")}
    # the persuasion at 7 came before anything was explored: the premature solution names it already
    assert set(found) == {"reassurance", "why", "story"}
    assert found["reassurance"].anchor == 1 and found["reassurance"].alternative.example == (
        "Je bent zo bang dat je zakt."
    )
    assert all(m.valence is Valence.CONCERN and m.reason and m.alternative.kind for m in found.values())


def test_a_persuasion_already_in_a_tug_of_war_is_not_named_twice() -> None:
    conversation = conversation_from_table(TUG_OF_WAR)
    kinds = [m.details["pitfall"] for m in valkuilen.find(conversation, "nl")]
    assert "moralising" not in kinds
    lone = conversation_from_table(
        ADVICE_AFTER_EXPLORING + "C neutral d1 | Ik weet het niet.\nH persuasion | Het is toch je vader."
    )
    assert [m.details["pitfall"] for m in valkuilen.find(lone, "nl")] == ["moralising"]


def test_a_step_into_feeling_after_persuasion_is_not_credited() -> None:
    table = """
    C neutral d1 | Ik weet het niet.
    H persuasion | Je moet echt stoppen met blowen.
    C sustain d2 feeling | Ik voel me gewoon zo leeg zonder.
    H affirmation | Goed dat je dat zegt.
    C neutral d1 | Ja.
    H simple_reflection | Het blowen vult iets.
    C neutral d3 | Ja, zonder ben ik bang dat ik niks meer voel.
    """
    found = [
        m for m in verdieping.find(conversation_from_table(table), "nl") if m.valence is Valence.STRENGTH
    ]
    assert [m.anchor for m in found] == [6]


def test_a_turn_is_never_both_praised_and_corrected() -> None:
    table = """
    C neutral d0 | Ik heb problemen met geld.
    H advice permission | Mag ik iets voorstellen? Maak een budget.
    """
    conversation = conversation_from_table(table)
    moments = oplossingsdrang.find(conversation, "nl") + toestemming.find(conversation, "nl")
    assert {m.valence for m in moments} == {Valence.CONCERN, Valence.STRENGTH}
    kept = without_contradictions(conversation, moments)
    assert [m.valence for m in kept] == [Valence.CONCERN]


def test_examples_use_u_when_the_helper_says_u() -> None:
    table = """
    H open_question | Hoe gaat het met u?
    C neutral d2 feeling | Ik voel me eenzaam sinds mijn vrouw er niet meer is.
    H advice | U moet naar de soos gaan.
    """
    conversation = conversation_from_table(table)
    assert helper_says_u(conversation)
    moment = gemiste_kans.find(conversation, "nl")[0]
    assert moment.alternative.example == "U voelt zich eenzaam sinds uw vrouw er niet meer is."
    assert moment.alternative.complex_example.startswith("U voelt zich eenzaam")
