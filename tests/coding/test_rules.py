"""The rule-based coder: Dutch and English cues, flags, depth, negation, noisy transcripts, explanations."""

from __future__ import annotations

import pytest

from ontmoeting.coding.annotator import create
from ontmoeting.coding.rules import RuleAnnotator
from ontmoeting.coding.rules.text import normalise, sentences
from ontmoeting.transcript.model import Dimension, Role, Turn

rules = RuleAnnotator()


def annotate(text: str, language: str, role: Role = Role.HELPER, before: str | None = None):
    context = []
    if before is not None:
        context = [Turn(index=0, role=Role.HELPER, speaker="H", text=before)]
    turn = Turn(index=len(context), role=role, speaker="H" if role is Role.HELPER else "C", text=text)
    found = rules.annotate_turn(turn, context, language)
    return {a.dimension: a for a in found if a.dimension is not Dimension.FLAG}, {
        a.code: a for a in found if a.dimension is Dimension.FLAG
    }


HELPER_CASES = [
    # (language, text, behaviour, flags)
    ("nl", "Misschien moet je eens met je vader gaan praten.", "advice", set()),
    ("nl", "Je zou hem een brief kunnen schrijven.", "advice", set()),
    ("nl", "Waarom bel je hem niet gewoon?", "advice", {"why_question"}),
    ("nl", "Heb je al eens geprobeerd om hem een brief te schrijven?", "advice", set()),
    (
        "nl",
        "Mag ik je een suggestie geven? Misschien kun je hem eerst een berichtje sturen.",
        "advice",
        {"permission"},
    ),
    ("nl", "Het is jouw keuze, maar je zou hem een brief kunnen schrijven.", "advice", {"permission"}),
    ("nl", "Maar je weet toch dat drinken slecht voor je is.", "persuasion", set()),
    ("nl", "Wat is er met je vader?", "open_question", set()),
    ("nl", "Hoe voelde dat voor je?", "open_question", set()),
    ("nl", "Kun je daar iets meer over vertellen?", "open_question", set()),
    ("nl", "Heb je zijn nummer nog?", "closed_question", set()),
    ("nl", "Woont hij nog in dezelfde stad?", "closed_question", set()),
    ("nl", "Het klinkt alsof je hem mist.", "complex_reflection", set()),
    ("nl", "Je voelt je in de steek gelaten.", "complex_reflection", set()),
    ("nl", "Dus je gaat drie keer per week uit.", "simple_reflection", set()),
    ("nl", "Als ik je goed begrijp, woont hij in Zwolle.", "simple_reflection", set()),
    ("nl", "Aan de ene kant wil je hem zien, aan de andere kant ben je bang.", "complex_reflection", set()),
    ("nl", "Goed dat je dit durft te vertellen.", "affirmation", set()),
    ("nl", "Het is jouw keuze wat je hiermee doet.", "autonomy", set()),
    ("nl", "Zullen we het eerst over je werk hebben?", "structuring", set()),
    ("nl", "Ik heb zelf ook een tijd geen contact met mijn vader gehad.", "self_disclosure", set()),
    ("nl", "Mm-hm.", "other", set()),
    ("nl", "Ja. Oké.", "other", set()),
    ("en", "Why don't you call him?", "advice", {"why_question"}),
    ("en", "You should really cut down to one night a week.", "advice", set()),
    ("en", "Have you tried writing him a letter?", "advice", set()),
    ("en", "I'd suggest keeping a drinking diary.", "advice", set()),
    ("en", "Is it okay if I share an idea? You could try a drink-free Thursday.", "advice", {"permission"}),
    ("en", "You need to realize that this is hurting your kids.", "persuasion", set()),
    ("en", "What brings you here today?", "open_question", set()),
    ("en", "Tell me more about that.", "open_question", set()),
    ("en", "Do you still have his number?", "closed_question", set()),
    ("en", "Are you drinking every day?", "closed_question", set()),
    ("en", "It sounds like you feel torn about this.", "complex_reflection", set()),
    ("en", "So you're saying he lives in Leeds.", "simple_reflection", set()),
    ("en", "You feel lonely when your friends are away.", "complex_reflection", set()),
    ("en", "I appreciate how open you are with me.", "affirmation", set()),
    ("en", "It's up to you what you do with this.", "autonomy", set()),
    ("en", "Let's talk about your sleep first.", "structuring", set()),
    ("en", "When I was your age I went out a lot too.", "self_disclosure", set()),
    ("en", "Mm-hmm.", "other", set()),
    ("en", "Hi Sam, nice to see you.", "other", set()),
]


@pytest.mark.parametrize(("language", "text", "expected", "flags"), HELPER_CASES)
def test_helper_cues(language: str, text: str, expected: str, flags: set[str]) -> None:
    main, found_flags = annotate(text, language)
    assert main[Dimension.BEHAVIOUR].code == expected, main[Dimension.BEHAVIOUR].explanation
    assert set(found_flags) == flags


CLIENT_CASES = [
    # (language, text, helper turn before, talk, flags, depth)
    (
        "nl",
        "Ja, maar dat durf ik nou net niet.",
        "Misschien moet je eens met je vader gaan praten.",
        "sustain",
        {"yes_but"},
        "facts",
    ),
    (
        "nl",
        "Ja maar wat als hij hem niet eens leest?",
        "Je zou hem een brief kunnen schrijven.",
        "sustain",
        {"yes_but"},
        "thoughts",  # "wat als": a hypothetical consideration
    ),
    ("nl", "Jawel, maar ik heb geen tijd.", "Je moet gewoon vaker sporten.", "sustain", {"yes_but"}, "facts"),
    ("nl", "Ja, maar toen was ik nog jong.", "Hoe was dat toen?", "neutral", set(), "facts"),  # no proposal
    ("nl", "Ik wil eigenlijk wel weer contact met hem.", "Wat wil je?", "change", set(), "facts"),
    ("nl", "Ik ga hem deze week bellen.", None, "change", set(), "facts"),
    ("nl", "Ik zou graag minder drinken.", None, "change", set(), "facts"),
    ("nl", "Ik kan dat niet.", None, "sustain", set(), "facts"),
    ("nl", "Dat lukt me niet.", None, "sustain", set(), "facts"),
    ("nl", "Ik zie het nut er niet van in.", None, "sustain", set(), "facts"),
    ("nl", "Ik wil niet stoppen.", None, "sustain", set(), "facts"),
    ("nl", "Ik wil niet meer zo doorgaan.", None, "change", set(), "facts"),
    ("nl", "Hij woont in Zwolle.", None, "neutral", set(), "facts"),
    ("nl", "Ik denk dat hij nog boos is.", None, "neutral", set(), "thoughts"),
    ("nl", "Ik vind het lastig.", None, "neutral", set(), "thoughts"),
    ("nl", "Ik mis hem gewoon.", None, "neutral", {"feeling"}, "feelings"),
    ("nl", "Ik miste hem toen heel erg.", None, "neutral", {"feeling"}, "feelings"),
    ("nl", "Ik was zo verdrietige dagen.", None, "neutral", {"feeling"}, "feelings"),
    ("nl", "Ik voel me er rot over.", None, "neutral", {"feeling"}, "feelings"),
    ("nl", "Ik was helemaal niet bang.", None, "neutral", set(), "facts"),
    ("nl", "Toen ging het mis op zijn verjaardag.", None, "neutral", set(), "facts"),
    ("nl", "Ik ben bang dat ik er voor hem niet toe doe.", None, "neutral", {"feeling"}, "meaning"),
    ("nl", "Wat ik eigenlijk wil is dat hij trots op me is.", None, "neutral", set(), "meaning"),
    (
        "en",
        "Yeah, but then I'd never see my friends.",
        "You should cut down to one night a week.",
        "sustain",
        {"yes_but"},
        "facts",
    ),
    (
        "en",
        "Yes, but that's easier said than done.",
        "Have you tried a nicotine patch?",
        "sustain",
        {"yes_but"},
        "facts",
    ),
    ("en", "I want to cut down.", None, "change", set(), "facts"),
    ("en", "I'm going to call him this week.", None, "change", set(), "facts"),
    ("en", "I can't do that.", None, "sustain", set(), "facts"),
    ("en", "I don't want to stop.", None, "sustain", set(), "facts"),
    ("en", "I don't want to end up like my dad.", None, "change", set(), "facts"),
    ("en", "Three, maybe four.", None, "neutral", set(), "thoughts"),
    ("en", "I missed a couple of deadlines.", None, "neutral", set(), "facts"),
    ("en", "I really miss my dad.", None, "neutral", {"feeling"}, "feelings"),
    ("en", "I felt guilty for the rest of the day.", None, "neutral", {"feeling"}, "feelings"),
    ("en", "I'm not angry at all.", None, "neutral", set(), "facts"),
    ("en", "I think it's just part of student life.", None, "neutral", set(), "thoughts"),
    ("en", "I'm afraid that I just don't matter to him.", None, "neutral", {"feeling"}, "meaning"),
    ("en", "What I really need is someone who listens.", None, "neutral", set(), "meaning"),
]


@pytest.mark.parametrize(("language", "text", "before", "talk", "flags", "depth"), CLIENT_CASES)
def test_client_cues(language, text, before, talk, flags, depth) -> None:
    main, found_flags = annotate(text, language, Role.CLIENT, before)
    assert main[Dimension.TALK].code == talk, main[Dimension.TALK].explanation
    assert set(found_flags) == flags
    assert main[Dimension.DEPTH].code == depth, main[Dimension.DEPTH].explanation


def test_the_book_example_explains_the_cue_and_is_sure() -> None:
    main, flags = annotate("Misschien moet je eens met je vader gaan praten.", "nl")
    advice = main[Dimension.BEHAVIOUR]
    assert advice.explanation == 'signaal "misschien moet je" (advies of oplossing)'
    assert advice.confidence >= 0.9 and advice.source.value == "rules" and advice.annotator == "rules"
    assert main[Dimension.ANNOMI].code == "therapist_input"
    assert "permission" not in flags  # advice without permission: oplossingsdrang

    answer, answer_flags = annotate(
        "Ja, maar dat durf ik nou net niet.",
        "nl",
        Role.CLIENT,
        "Misschien moet je eens met je vader gaan praten.",
    )
    assert "ja, maar" in answer_flags["yes_but"].explanation
    assert answer[Dimension.TALK].code == "sustain"


def test_explanations_follow_the_conversation_language() -> None:
    english, _ = annotate("Why don't you call him?", "en")
    assert english[Dimension.BEHAVIOUR].explanation == 'cue "why don\'t you" (advice or solution)'
    assert english[Dimension.ANNOMI].explanation.endswith("AnnoMI: Therapist input")


def test_weak_guesses_are_less_sure_than_clear_cues() -> None:
    clear, _ = annotate("Wat is er met je vader?", "nl")
    guess, _ = annotate("Het weer was slecht die dag en de trein reed niet.", "nl")
    assert clear[Dimension.BEHAVIOUR].confidence >= 0.85
    assert guess[Dimension.BEHAVIOUR].confidence <= 0.5


def test_transcription_noise_does_not_hide_cues() -> None:
    assert normalise("Eh, ja, maar  dat - dat DURF ik [lacht] niet.", "nl") == "ja maar dat durf ik niet."
    assert normalise("I-I, uh, th-think you you should go", "en") == "i think you should go"
    noisy, _ = annotate("Uh, so, um, w-why don't you, uh, call him?", "en")
    assert noisy[Dimension.BEHAVIOUR].code == "advice"
    noisy_nl, _ = annotate("Eh misschien moet je eh eens eh gaan praten", "nl")
    assert noisy_nl[Dimension.BEHAVIOUR].code == "advice"
    assert [s.question for s in sentences(normalise("Oké. Wat denk je?", "nl"))] == [False, True]


def test_other_roles_and_empty_text_are_handled() -> None:
    other = Turn(index=0, role=Role.OTHER, speaker="Waarnemer", text="Ik kijk even mee.")
    assert rules.annotate_turn(other, [], "nl") == []
    main, _ = annotate("", "nl")
    assert main[Dimension.BEHAVIOUR].code == "other" and main[Dimension.BEHAVIOUR].confidence <= 0.6


def test_registered_under_rules_and_formal_you_is_covered() -> None:
    assert isinstance(create("rules"), RuleAnnotator)
    main, _ = annotate("Misschien moet u eens met uw huisarts praten.", "nl")
    assert main[Dimension.BEHAVIOUR].code == "advice"


def test_permission_asked_in_the_turn_before_counts_for_the_advice() -> None:
    asked = Turn(index=0, role=Role.HELPER, speaker="H", text="Mag ik je een tip geven?")
    yes = Turn(index=1, role=Role.CLIENT, speaker="C", text="Ja, graag.")
    advice = Turn(
        index=2, role=Role.HELPER, speaker="H", text="Misschien kun je hem eerst een berichtje sturen."
    )
    found = {
        a.code: a for a in rules.annotate_turn(advice, [asked, yes], "nl") if a.dimension is Dimension.FLAG
    }
    assert "permission" in found and found["permission"].explanation.startswith("eerder gevraagd")
    without = rules.annotate_turn(
        advice, [Turn(index=0, role=Role.HELPER, speaker="H", text="Hoe gaat het?"), yes], "nl"
    )
    assert not [a for a in without if a.dimension is Dimension.FLAG]
