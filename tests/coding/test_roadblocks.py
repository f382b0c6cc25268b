"""The communication pitfalls (Gordon's roadblocks) are read by their form, in Dutch and English, and a sure
cue is never turned into a reflection or a question by the model.

The phrasings are written for this test (none is taken from corpus/): at least five per pitfall and
language, in the spoken style of practice talks.
"""

from __future__ import annotations

import pytest

from ontmoeting.coding import combine as combining
from ontmoeting.coding.annotator import Annotator
from ontmoeting.coding.pipeline import Coder
from ontmoeting.coding.rules import RuleAnnotator, code_helper
from ontmoeting.transcript.model import Annotation, Conversation, Dimension, Role, Source, Turn

PITFALLS = {
    ("nl", "advice"): [
        "Je moet hem gewoon bellen.",
        "Nou, dan moet je gewoon een mail sturen naar die afdeling.",
        "Ik vind dat je morgen je excuses moet gaan aanbieden aan je teamleider.",
        "Waarom schrijf je het niet gewoon op een briefje?",
        "Heb je er al eens aan gedacht om naar de huisarts te gaan?",
        "Als ik jou was zou ik die brieven vanavond nog openmaken.",
        "Dan zou ik gewoon eerlijk zeggen dat het je te veel wordt.",
    ],
    ("en", "advice"): [
        "You should just call him.",
        "Why don't you write it all down tonight?",
        "Have you tried going to bed a bit earlier?",
        "If I were you I'd tell your manager straight away.",
        "I think you should give her another chance.",
        "Maybe you could ask your sister to help out on Sundays.",
    ],
    ("nl", "persuasion"): [
        "Ok maar boos zijn lost niks op he. Je moet gewoon over je trots heenstappen en hem bellen.",
        "Je bent het toch aan je kinderen verplicht om hiermee te stoppen.",
        "Ja maar dat is toch gewoon niet normaal, zoveel drinken op een doordeweekse avond.",
        "Als je zo doorgaat raak je je huis kwijt, dat snap je toch wel?",
        "Kom op, zo moeilijk is het toch niet om even te bellen.",
        "Hoe langer je wacht, hoe erger het wordt met die rekeningen.",
    ],
    ("en", "persuasion"): [
        "You owe it to your kids to sort this out.",
        "Come on, that won't solve anything, will it?",
        "If you carry on like this you'll lose your job.",
        "Surely you can see it's not working.",
        "The longer you wait, the harder it gets.",
        "That's just not normal, drinking that much on a Tuesday.",
    ],
    ("nl", "reassurance"): [
        "Joh, dat komt wel goed.",
        "Ach, iedereen heeft dat wel eens, hoor.",
        "Dat valt best mee, echt.",
        "Maak je maar geen zorgen, mevrouw, het is niet zo erg.",
        "Het is echt niet jouw schuld dat het zo gelopen is.",
        "Je bent heus niet de enige die dat heeft.",
    ],
    ("en", "reassurance"): [
        "Don't worry, it'll be fine.",
        "Everyone goes through that at your age.",
        "It's not that bad, honestly.",
        "I'm sure it'll all work out in the end.",
        "It's not your fault, you couldn't have known.",
        "Oh come on, you'll be fine.",
    ],
    ("nl", "self_disclosure"): [
        "Dat had ik ook, ik ben toen gewoon gaan sporten.",
        "Ik heb zelf ook een tijd geen contact met mijn vader gehad.",
        "Ik herken dat zelf heel erg, bij mij was het precies hetzelfde met mijn studie.",
        "Ik weet uit eigen ervaring hoe zwaar die eerste maanden zijn.",
        "Dat heb ik ook gehad toen mijn oma overleed, ik kon maandenlang niet slapen.",
    ],
    ("en", "self_disclosure"): [
        "I had that too, I just started running and it went away.",
        "In my own experience the first weeks are the worst.",
        "Same thing happened to me when I moved out.",
        "I've been through something similar with my dad.",
        "My mum had that too after she retired.",
    ],
}


@pytest.mark.parametrize(
    ("language", "expected", "text"),
    [(lang, code, text) for (lang, code), texts in PITFALLS.items() for text in texts],
)
def test_each_pitfall_is_read_by_its_form(language: str, expected: str, text: str) -> None:
    found = code_helper(text, language).behaviour
    assert found.code == expected, (text, found)


WHY = [
    ("nl", "Waarom heb je haar dan niet gewoon teruggebeld?"),
    ("nl", "Waarom drink je eigenlijk zoveel?"),
    ("nl", "Hoezo wil je daar niet naartoe?"),
    ("nl", "Oké. Maar waarom ben je toen weggegaan?"),
    ("nl", "Hoe komt het dat je niks gezegd hebt?"),
    ("en", "Why didn't you just tell her?"),
    ("en", "Why do you keep going back there?"),
    ("en", "How come you never mentioned it?"),
    ("en", "So why did you stop going?"),
    ("en", "Okay, and why is that?"),
]


def _rules_on(text: str, language: str, *before: tuple[Role, str]) -> list[Annotation]:
    """The rules' annotations of a helper turn ``text`` after the turns ``before`` (role, text)."""
    context = [
        Turn(index=i, role=role, speaker=role.value, text=said) for i, (role, said) in enumerate(before)
    ]
    turn = Turn(index=len(context), role=Role.HELPER, speaker="h", text=text)
    return RuleAnnotator().annotate_turn(turn, context, language)


def _flags(annotations: list[Annotation]) -> set[str]:
    return {a.code for a in annotations if a.dimension is Dimension.FLAG}


@pytest.mark.parametrize(("language", "text"), WHY)
def test_a_why_question_is_flagged(language: str, text: str) -> None:
    assert "why_question" in _flags(_rules_on(text, language)), text


class _SureReflection(Annotator):
    """A stand-in model that reads every helper turn as a complex reflection, very sure."""

    name = "statistical"
    assigns = (Dimension.BEHAVIOUR, Dimension.ANNOMI)

    def annotate_turn(self, turn: Turn, context, language: str) -> list[Annotation]:  # noqa: ANN001
        if turn.role is not Role.HELPER:
            return []
        return [
            Annotation(dimension=d, code=c, source=Source.MODEL, annotator=self.name, confidence=0.99)
            for d, c in ((Dimension.BEHAVIOUR, "complex_reflection"), (Dimension.ANNOMI, "reflection"))
        ]


SURE = [
    (lang, code, text)
    for (lang, code), texts in PITFALLS.items()
    for text in texts
    if code_helper(text, lang).behaviour.confidence >= combining.SURE_ROADBLOCK
]


def test_most_phrasings_are_sure_cues() -> None:
    total = sum(len(texts) for texts in PITFALLS.values())
    assert len(SURE) >= 0.8 * total


@pytest.mark.parametrize(("language", "expected", "text"), SURE)
def test_a_sure_directive_cue_is_never_overridden_into_a_reflection(
    language: str, expected: str, text: str
) -> None:
    client = "Ik mis hem gewoon heel erg." if language == "nl" else "I just miss him so much."
    conversation = Conversation(
        id="t",
        language=language,
        turns=[
            Turn(index=0, role=Role.CLIENT, speaker="c", text=client),
            Turn(index=1, role=Role.HELPER, speaker="h", text=text),
        ],
    )
    Coder(RuleAnnotator(), model=_SureReflection()).code(conversation)
    helper = conversation.turns[1]
    assert helper.code == expected
    annomi = helper.get(Dimension.ANNOMI)
    assert annomi is not None and annomi.code == "therapist_input"


def test_an_unsure_roadblock_cue_still_beats_a_model_reflection() -> None:
    rule = Annotation(
        dimension=Dimension.BEHAVIOUR, code="advice", source=Source.RULES, annotator="rules", confidence=0.65
    )
    rule_label = Annotation(
        dimension=Dimension.ANNOMI,
        code="therapist_input",
        source=Source.RULES,
        annotator="rules",
        confidence=0.65,
    )
    model = Annotation(
        dimension=Dimension.BEHAVIOUR,
        code="simple_reflection",
        source=Source.MODEL,
        annotator="statistical",
        confidence=0.9,
    )
    model_label = Annotation(
        dimension=Dimension.ANNOMI,
        code="reflection",
        source=Source.MODEL,
        annotator="statistical",
        confidence=0.9,
    )
    final = {a.dimension: a.code for a in combining.combine([rule, rule_label], [model, model_label])}
    assert final[Dimension.BEHAVIOUR] == "advice" and final[Dimension.ANNOMI] == "therapist_input"


def test_a_weak_roadblock_cue_yields_to_a_sure_model_question() -> None:
    rule = Annotation(
        dimension=Dimension.BEHAVIOUR, code="advice", source=Source.RULES, annotator="rules", confidence=0.65
    )
    rule_label = Annotation(
        dimension=Dimension.ANNOMI,
        code="therapist_input",
        source=Source.RULES,
        annotator="rules",
        confidence=0.65,
    )
    model = Annotation(
        dimension=Dimension.BEHAVIOUR,
        code="open_question",
        source=Source.MODEL,
        annotator="statistical",
        confidence=0.9,
    )
    model_label = Annotation(
        dimension=Dimension.ANNOMI,
        code="question",
        source=Source.MODEL,
        annotator="statistical",
        confidence=0.9,
    )
    final = {a.dimension: a.code for a in combining.combine([rule, rule_label], [model, model_label])}
    assert final[Dimension.BEHAVIOUR] == "open_question"


STRUCTURING = {
    "nl": [
        "Zullen we het eerst over je werk hebben?",
        "We hebben nog tien minuten.",
        "Laten we het nu even over thuis hebben.",
        "Zullen we afronden voor vandaag?",
        "Ik wil het nu graag even over je studie hebben.",
    ],
    "en": [
        "Let's talk about your sleep first.",
        "We have about ten minutes left.",
        "Before we finish, let's look at next week.",
        "Can we change the subject for a bit and talk about work?",
        "We're going to talk about your plans now.",
    ],
}


@pytest.mark.parametrize(
    ("language", "text"), [(lang, t) for lang, texts in STRUCTURING.items() for t in texts]
)
def test_structuring_is_read_by_its_form(language: str, text: str) -> None:
    assert code_helper(text, language).behaviour.code == "structuring", text


TOPIC_CHANGES = {
    "nl": (
        "Ik mis haar zo erg sinds ze weg is, echt elke avond.",
        [
            "En hoe gaat het verder op school?",
            "Trouwens, werk je nog bij die supermarkt?",
            "Oké. En heb je eigenlijk hobby's?",
            "Even iets anders: hoe slaap je tegenwoordig?",
            "Maar goed, hoe staat het met je financiën?",
        ],
    ),
    "en": (
        "I miss her so much since she left, every single night.",
        [
            "Anyway, how's work going?",
            "And do you have any hobbies?",
            "By the way, are you still at the supermarket?",
            "Okay. And how are your finances?",
            "Moving on, what about your studies?",
        ],
    ),
}


@pytest.mark.parametrize(
    ("language", "client", "text"),
    [(lang, client, t) for lang, (client, texts) in TOPIC_CHANGES.items() for t in texts],
)
def test_a_topic_change_after_the_client_speaks_is_flagged(language: str, client: str, text: str) -> None:
    assert "topic_change" in _flags(_rules_on(text, language, (Role.CLIENT, client))), text


def test_staying_with_the_client_is_no_topic_change() -> None:
    client = (Role.CLIENT, "Ik mis haar zo erg sinds ze weg is, echt elke avond.")
    for text in (
        "En die avonden, hoe zijn die voor je?",
        "Je mist haar elke avond.",
        "Anyway, je mist haar.",
    ):
        assert "topic_change" not in _flags(_rules_on(text, "nl", client)), text


PERMISSION = {
    "nl": [
        ("Mag ik je een tip geven?", "Ja, goed.", "Je zou hem een brief kunnen schrijven."),
        (
            "Zal ik vertellen wat anderen in jouw situatie doen?",
            "Ja hoor.",
            "Sommige mensen schrijven eerst een brief.",
        ),
        ("Is het goed als ik een idee geef?", "Ja.", "Misschien kun je eerst een mail sturen."),
        ("Mag ik je een suggestie doen?", "Tuurlijk.", "Je kunt het beste eerst de brieven sorteren."),
        ("Wil je horen wat ik zou doen?", "Ja, zeg maar.", "Ik zou eerst de huisarts bellen."),
    ],
    "en": [
        ("Can I give you a tip?", "Sure.", "You could write him a letter."),
        ("Is it okay if I share an idea?", "Yeah.", "Maybe you could send an email first."),
        (
            "Would you like to hear what's worked for others?",
            "Okay.",
            "I'd suggest writing the bills down first.",
        ),
        ("Can I make a suggestion?", "Go on.", "You could try calling the helpline."),
        ("Would it be okay if I gave you some advice?", "Yes.", "You should probably talk to your GP."),
    ],
}


@pytest.mark.parametrize(
    ("language", "ask", "answer", "advice"), [(lang, *t) for lang, ts in PERMISSION.items() for t in ts]
)
def test_advice_after_permission_carries_the_flag(language: str, ask: str, answer: str, advice: str) -> None:
    asked = _rules_on(ask, language)
    assert {a.code for a in asked if a.dimension is Dimension.BEHAVIOUR} == {"autonomy"}, ask
    rules = _rules_on(advice, language, (Role.HELPER, ask), (Role.CLIENT, answer))
    codes = {a.dimension: a.code for a in rules if a.dimension is not Dimension.FLAG}
    assert codes[Dimension.BEHAVIOUR] == "advice", advice
    assert "permission" in _flags(rules), advice
