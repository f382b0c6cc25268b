"""Advice, persuasion, permission, questions and feelings: forms that other parts of the product saw misread
(the practice simulator's scripted helper turns, the feedback report on the Mira/Robert examples), and the
traps next to them. Both languages alike."""

from __future__ import annotations

import pytest

from ontmoeting.coding.rules import RuleAnnotator
from ontmoeting.transcript.model import Dimension, Role, Turn

rules = RuleAnnotator()
REFLECTION = {"simple_reflection", "complex_reflection"}


def helper(text: str, language: str, context: list[Turn] | None = None) -> dict:
    turn = Turn(index=len(context or []), role=Role.HELPER, speaker="H", text=text)
    found = rules.annotate_turn(turn, context or [], language)
    main = {a.dimension: a for a in found if a.dimension is not Dimension.FLAG}
    main["flags"] = {a.code for a in found if a.dimension is Dimension.FLAG}
    return main


def client(text: str, language: str) -> dict:
    turn = Turn(index=0, role=Role.CLIENT, speaker="C", text=text)
    found = rules.annotate_turn(turn, [], language)
    main = {a.dimension: a for a in found if a.dimension is not Dimension.FLAG}
    main["flags"] = {a.code for a in found if a.dimension is Dimension.FLAG}
    return main


ADVICE = [
    ("nl", "Schrijf het eens op, dat helpt echt."),
    ("nl", "Ga er gewoon naartoe en kijk wat er gebeurt."),
    ("nl", "Probeer het eens stap voor stap, dan valt het mee."),
    ("nl", "Het beste is om er gewoon open over te zijn."),
    ("nl", "Je kunt het beste meteen deze week een afspraak maken."),
    ("nl", "Je zou het eens met je familie moeten bespreken."),
    ("nl", "Als ik jou was, zou ik hem gewoon bellen."),
    ("nl", "Je moet gewoon positief denken."),  # moeten + "denken", but with "gewoon": advice
    ("en", "Write it down, that really helps."),
    ("en", "Just go there and see what happens."),
    ("en", "If I were you I'd just take the first step."),
    ("en", "The best thing is to make an appointment this week."),
    ("en", "You just have to do it."),
    ("en", "You could make a list of what you want to tackle."),
    ("en", "Have you tried writing him a letter?"),  # a new proposal in question form
]
PERSUASION = [
    ("nl", "Als je niks doet, verandert er ook niks."),
    ("nl", "Zo moeilijk is het toch niet? Andere mensen lukt het ook."),
    ("nl", "Dat is toch geen reden om het niet te doen."),
    ("nl", "Je weet zelf ook wel dat dit zo niet langer kan."),
    ("nl", "Je maakt het jezelf wel erg moeilijk zo."),
    ("en", "If you don't do anything, nothing will change."),
    ("en", "You really have to change something, or it will only get worse."),
    ("en", "It's not that hard, is it? Other people manage."),
    ("en", "That's no reason not to do it."),
    ("en", "You know yourself this can't go on like this."),
    ("en", "You're making it very hard for yourself like this."),
]


@pytest.mark.parametrize(("language", "text"), ADVICE)
def test_imperatives_and_recommendations_are_advice(language: str, text: str) -> None:
    found = helper(text, language)
    assert found[Dimension.BEHAVIOUR].code == "advice", found[Dimension.BEHAVIOUR].explanation
    assert found[Dimension.ANNOMI].code == "therapist_input"


@pytest.mark.parametrize(("language", "text"), PERSUASION)
def test_arguments_and_pressure_are_persuasion(language: str, text: str) -> None:
    found = helper(text, language)
    assert found[Dimension.BEHAVIOUR].code == "persuasion", found[Dimension.BEHAVIOUR].explanation


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # moeten/must + the client's inner experience guesses at that experience: a reflection
        ("nl", "Je moet er wel vaak aan denken.", REFLECTION),
        ("en", "You must think about it a lot.", REFLECTION),
        ("nl", "Je wilt het eigenlijk wel proberen.", REFLECTION),
        ("en", "You'd actually like to give it a try.", REFLECTION),
        # a statement cue inside a real question does not make advice: the question asks
        ("nl", "Wat is volgens jou het beste om te doen?", {"open_question"}),
        ("en", "What do you think the best thing is to do?", {"open_question"}),
        ("en", "Use any other drugs?", {"closed_question"}),
        # an invitation to go on, a greeting or a discourse marker is no imperative
        ("nl", "Ga maar door.", {"other", "simple_reflection"}),
        ("nl", "Kom erin, ga zitten.", {"other"}),
        ("en", "Go ahead.", {"other", "simple_reflection"}),
        ("en", "Take your time.", {"other", "simple_reflection"}),
        ("nl", "Vertel eens wat er gebeurde.", {"open_question"}),
        # "Have you tried it?" asks about the past: no new proposal, a closed question
        ("en", "Have you tried it already?", {"closed_question"}),
        ("nl", "Heb je het al geprobeerd?", {"closed_question"}),
        ("en", "Can you talk to anyone about it?", {"closed_question"}),
        # a reflection of feeling after the client's story
        ("nl", "Dat doet pijn.", {"complex_reflection"}),
        ("en", "That hurts.", {"complex_reflection"}),
        ("nl", "Je bent bang dat hij je opnieuw afwijst.", {"complex_reflection"}),
    ],
)
def test_traps_keep_their_code(language: str, text: str, expected: set[str]) -> None:
    found = helper(text, language)
    assert found[Dimension.BEHAVIOUR].code in expected, found[Dimension.BEHAVIOUR].explanation


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Het lucht op. Als je nu zo naar het contact met je vader kijkt, wat zou je zelf willen?"),
        ("en", "That's a relief. When you look at it like that now, what would you want yourself?"),
        ("nl", "Dat klinkt zwaar. Hoe hou je dat vol?"),
        ("en", "That sounds heavy. How do you keep going?"),
    ],
)
def test_a_question_word_after_statements_and_an_opening_clause_is_open(language: str, text: str) -> None:
    found = helper(text, language)
    assert found[Dimension.BEHAVIOUR].code == "open_question", found[Dimension.BEHAVIOUR].explanation


@pytest.mark.parametrize(
    ("language", "asking", "advice"),
    [
        ("nl", "Mag ik je een suggestie geven?", "Misschien kun je hem eerst een kaartje sturen."),
        ("nl", "Mag ik iets vragen over dat kaartje?", "Schrijf er gewoon op wat je voelt."),
        ("en", "Is it okay if I share an idea?", "You could try a drink-free Thursday."),
        ("en", "Can I ask you something about that card?", "Just write down what you feel."),
    ],
)
def test_asking_permission_seeks_collaboration_and_flags_the_advice_after_it(
    language: str, asking: str, advice: str
) -> None:
    asked = helper(asking, language)
    assert asked[Dimension.BEHAVIOUR].code == "autonomy", asked[Dimension.BEHAVIOUR].explanation
    assert asked[Dimension.ANNOMI].code == "question"  # AnnoMI labels by form (the codebook's note)
    context = [
        Turn(index=0, role=Role.HELPER, speaker="H", text=asking),
        Turn(index=1, role=Role.CLIENT, speaker="C", text="Ja." if language == "nl" else "Sure."),
    ]
    given = helper(advice, language, context)
    assert given[Dimension.BEHAVIOUR].code == "advice"
    assert "permission" in given["flags"]
    assert "permission" not in helper(advice, language)["flags"]


def test_a_request_that_already_carries_the_proposal_is_advice_with_permission() -> None:
    for language, text in (
        ("nl", "Mag ik voorstellen dat je hem eerst een kaartje stuurt?"),
        ("en", "Can I suggest that you send him a card first?"),
    ):
        found = helper(text, language)
        assert found[Dimension.BEHAVIOUR].code == "advice" and "permission" in found["flags"]
    for language, text in (
        ("en", "Can I ask you, what do you like about drinking?"),
        ("nl", "Mag ik je vragen wat je zo fijn vindt aan drinken?"),
    ):
        real_question = helper(text, language)  # the permission phrase announces a real question
        assert real_question[Dimension.BEHAVIOUR].code == "open_question"


def test_the_explanation_names_the_imperative_that_fired() -> None:
    nl = helper("Schrijf het eens op, dat helpt echt.", "nl")[Dimension.BEHAVIOUR]
    assert nl.explanation == 'signaal "gebiedende wijs: schrijf het eens" (advies of oplossing)'
    en = helper("Just go there and see what happens.", "en")[Dimension.BEHAVIOUR]
    assert en.explanation == 'cue "imperative: just go" (advice or solution)'
    # an unsure cue stays below the level at which the pipeline lets rules overrule the model
    assert nl.confidence < 0.9 and en.confidence < 0.9


@pytest.mark.parametrize(
    ("language", "text", "feeling", "depth"),
    [
        ("nl", "Hij zei dingen die echt pijn deden.", True, "feelings"),
        ("nl", "Wat ze zei heeft me gekwetst.", True, "feelings"),
        ("nl", "Dat kwam hard aan.", True, "feelings"),
        ("nl", "Mijn rug doet pijn van het tillen.", False, "facts"),
        ("en", "He said things that really hurt.", True, "feelings"),
        ("en", "What she said hurt me.", True, "feelings"),
        ("en", "That hit me hard.", True, "feelings"),
        ("en", "My back hurts from lifting.", False, "facts"),
        # a hypothetical consideration is thinking (depth 1)
        (
            "nl",
            "Ja, maar dan moet ik meteen reageren als hij weer boos wordt. Dat kan ik niet.",
            False,
            "thoughts",
        ),
        (
            "en",
            "Yeah, but then I'd have to react straight away when he gets angry. I can't.",
            False,
            "thoughts",
        ),
        # verb-final Dutch clause
        ("nl", "Ik denk dat ik bang ben dat hij me afwijst.", True, "meaning"),
    ],
)
def test_pain_and_hurt_are_feelings(language: str, text: str, feeling: bool, depth: str) -> None:
    found = client(text, language)
    assert ("feeling" in found["flags"]) is feeling
    assert found[Dimension.DEPTH].code == depth, found[Dimension.DEPTH].explanation


@pytest.mark.parametrize(
    ("language", "text", "talk"),
    [
        ("nl", "Ik denk dat ik het wel wil proberen.", "change"),  # the verb comes last in Dutch
        ("nl", "Ik hoop dat ik het kan volhouden.", "change"),
        ("nl", "Ik denk dat ik het niet kan.", "sustain"),
        ("en", "I think I'd like to try.", "change"),
        ("en", "I hope I can keep it up.", "change"),
        ("en", "I don't think I can.", "sustain"),
    ],
)
def test_desire_ability_and_commitment_in_a_clause_are_change_talk(
    language: str, text: str, talk: str
) -> None:
    found = client(text, language)
    assert found[Dimension.TALK].code == talk, found[Dimension.TALK].explanation


# Moralising, rhetorical questions and the helper's own story, as students say them in practice talks (#13):
# pushes the practice client must not reward, and the empathic forms next to them that stay what they are.
PUSHES = [
    ("nl", "Je hoort je dochter gewoon naar school te brengen.", "persuasion"),
    ("nl", "Zo ga je toch niet met je teamleider om.", "persuasion"),
    ("nl", "Dat is wel jouw verantwoordelijkheid als ouder.", "persuasion"),
    ("nl", "Is dit nou echt hoe je wil leven?", "persuasion"),
    ("nl", "Wees eens eerlijk tegen jezelf.", "persuasion"),
    ("nl", "Hoe langer je wacht, hoe moeilijker het wordt.", "persuasion"),
    ("nl", "Ik heb zelf ook een tijd geen contact met mijn vader gehad.", "self_disclosure"),
    ("nl", "Bij mij hielp het om alles op te schrijven.", "self_disclosure"),
    ("nl", "Hij is vast allang niet meer boos.", "reassurance"),
    ("en", "A good father would make the first move.", "persuasion"),
    ("en", "It's on you to get her there.", "persuasion"),
    ("en", "Is that really what you want?", "persuasion"),
    ("en", "Those bills won't go away by themselves.", "persuasion"),
    ("en", "My own dad was exactly the same.", "self_disclosure"),
    ("en", "I drink a bit myself, to be honest.", "self_disclosure"),
    ("en", "I wouldn't worry too much.", "reassurance"),
]
NOT_PUSHES = [
    ("nl", "Je hebt het gevoel dat je hem eerder had moeten bellen."),
    ("nl", "Het klinkt alsof je vindt dat een goede vader er altijd is."),
    ("nl", "Is het echt zo erg voor je?"),
    ("nl", "Wat wil je echt?"),
    ("en", "You feel you should have called him sooner."),
    ("en", "Is it really that hard for you?"),
    ("en", "I understand that as well."),
    ("en", "What do you really want?"),
]


@pytest.mark.parametrize(("language", "text", "code"), PUSHES)
def test_moralising_rhetoric_and_own_stories_are_pushes(language: str, text: str, code: str) -> None:
    found = helper(text, language)
    assert found[Dimension.BEHAVIOUR].code == code, found[Dimension.BEHAVIOUR].explanation


@pytest.mark.parametrize(("language", "text"), NOT_PUSHES)
def test_empathic_forms_next_to_them_are_no_pushes(language: str, text: str) -> None:
    found = helper(text, language)
    assert found[Dimension.BEHAVIOUR].code not in {"persuasion", "advice", "reassurance", "self_disclosure"}
