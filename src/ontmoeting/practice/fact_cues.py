"""The language of factual questions, per language: the tables ``ontmoeting.practice.facts`` reads.

Built-in cues for the standard facts, phrases that ask for the goal, words that make a question exploring
or about someone else, the openings of a question for a fact, and the small forms around them (checks,
politeness, "je zei ..."). Data only: the rules that use it are in ``facts``; how cues match is in ``words``.
"""

from __future__ import annotations

import re

from ontmoeting.practice.persona import STANDARD_FACTS

#: Generic cues for the standard fact ids (see the module docstring), per language.
BUILTIN_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {
        "age": (
            "hoe oud",
            "oud ben",
            "oud bent",
            "leeftijd",
            "geboren",
            "jarig",
            "hoe jong",
            "ouder dan",
            "jonger dan",
            "boven de dertig",
            "boven de veertig",
            "boven de vijftig",
            "boven de zestig",
            "onder de dertig",
            "onder de veertig",
            "twintiger",
            "dertiger",
            "veertiger",
            "vijftiger",
        ),
        "work": ("werk*", "baan", "baantje", "beroep", "job", "doe je voor", "collega*", "functie"),
        "home": (
            "woon*",
            "huis",
            "thuis",
            "appartement",
            "kamer",
            "adres",
            "ver weg",
            "ver rijden",
            "dichtbij",
            "in de buurt",
        ),
        "family": ("familie", "gezin", "ouders", "broer*", "zus*", "kinderen", "kind", "getrouwd"),
        "event": (
            "gebeurd",
            "gebeurde",
            "voorgevallen",
            "hoe begon",
            "begonnen",
            "hoe liep",
            "hoe ging het toen",
            "wat er toen",
        ),
        "said": ("zei", "zeiden", "gezegd", "zei hij", "zei ze"),
        "goal": (
            "gesprek halen",
            "uit dit gesprek",
            "hoop je",
            "hoopt",
            "hopen",
            "bereiken",
            "doel",
            "komt doen",
            "kom je doen",
            "hier voor",
            "waarvoor ben je",
            "wil je hier",
            "verwacht je",
            "verwachting*",
        ),
    },
    "en": {
        "age": (
            "how old",
            "old are",
            "age",
            "born",
            "older than",
            "younger than",
            "over thirty",
            "over forty",
            "over fifty",
            "over sixty",
            "under thirty",
            "under forty",
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
        ),
        "work": ("work*", "job", "jobs", "do for a living", "career", "colleague*", "profession"),
        "home": (
            "live",
            "lives",
            "you living",
            "he living",
            "she living",
            "home",
            "house",
            "flat",
            "apartment",
            "address",
            "far away",
            "close by",
            "nearby",
            "how far",
        ),
        "family": ("family", "parents", "brother*", "sister*", "children", "kids", "married", "siblings"),
        "event": ("happen*", "went wrong", "how did it start", "how did it all start", "walk me through"),
        "said": (
            "said",
            "told you",
            "did he say",
            "did she say",
            "did they say",
            "did your dad say",
            "did your father say",
            "did your mum say",
            "did your mom say",
            "did your mother say",
            "did your boss say",
            "did your manager say",
            "did the doctor say",
            "did the gp say",
            "did the school say",
        ),
        "goal": (
            "out of this",
            "out of today",
            "hope",
            "hoping",
            "achieve",
            "goal",
            "brings you here",
            "brought you here",
            "here for",
            "expect*",
            "want from",
        ),
    },
}

#: Phrases that ask what the client wants from the talk: the ``goal`` fact, though they sound like exploring.
GOAL_PHRASES: dict[str, tuple[str, ...]] = {
    "nl": (
        "uit dit gesprek",
        "uit deze gesprekken",
        "uit het gesprek",
        "van dit gesprek",
        "van deze gesprekken",
        "kan ik je helpen",
        "kan ik je mee helpen",
        "ik je kan helpen",
        "ik u kan helpen",
        "ik je mee kan helpen",
        "ik u mee kan helpen",
        "wil je het vandaag",
        "wil je het hier",
        "waar wil je het over hebben",
        "wat wil je bereiken",
        "wat hoop je",
        "hoop je te",
        "wat verwacht je van",
    ),
    "en": (
        "out of this",
        "out of today",
        "out of these",
        "out of our",
        "from these sessions",
        "from this session",
        "from today",
        "can i help",
        "help you with",
        "want to talk about",
        "hoping for",
        "hope to get",
        "expect from",
    ),
}

#: Standard facts about the client themselves: their generic cues do not apply to a question about someone
#: else ("hoe oud is je vader?" asks no age of the client's own).
SELF_FACTS = frozenset({"age", "work", "home"})

#: Words that make a question about a third person.
THIRD_PERSON: dict[str, tuple[str, ...]] = {
    "nl": (
        "hij", "zij", "zijn", "haar", "hem", "vader", "pa", "papa", "moeder", "ma", "mama", "zus", "zussen",
        "broer", "broers", "man", "vrouw", "zoon", "dochter", "dochters", "partner", "vriend", "vriendin",
        "ouders", "ex", "baas", "leidinggevende", "collega", "teamleider", "kinderen",
    ),
    "en": (
        "he", "she", "his", "her", "him", "father", "dad", "mother", "mum", "mom", "sister", "brother",
        "husband", "wife", "son", "daughter", "daughters", "partner", "boyfriend", "girlfriend", "parents",
        "ex", "boss", "manager", "colleague", "kids", "children",
    ),
}  # fmt: skip

#: In a question for a fact in form that no cue matched, a content word (five letters or more) of a fact's
#: answer picks that fact.
ANSWER_WORD_LENGTH = 5

STOP: dict[str, frozenset[str]] = {
    "nl": frozenset("eigenlijk gewoon alleen altijd nooit hebben heeft zijn waren worden wordt kunnen "
                    "zeggen zegt nog niet echt beetje dingen"
                    .split()),
    "en": frozenset("really about there their would could should always never being doesn't didn't "
                    "these those things thing still since".split()),
}  # fmt: skip

#: Words that mark a question about the client's inner world: such a question explores, it asks no fact.
EXPLORING: dict[str, tuple[str, ...]] = {
    "nl": (
        "voel*",
        "gevoel*",
        "betekent",
        "betekenis",
        "betekende",
        "door je heen",
        "met je doet",
        "doet dat met",
        "doet het met",
        "is dat voor je",
        "is het voor je",
        "was dat voor je",
        "raakt",
        "bang",
        "angst*",
        "moeilijk*",
        "lastig*",
        "nodig",
        "liefst*",
        "ervaar*",
        "beleef*",
        "denk",
        "denkt",
        "vind je",
        "vond je",
        "vinden",
        "vindt",
        "voor jou",
        "voor u",
        "er in je",
        "er in jou",
        "in je hoofd",
        "in jezelf",
        "binnen in",
        "reageer*",
        "ervaar*",
        "zou je willen",
        "wil je graag",
        "zorgen",
        "verdriet*",
        "boos",
        "pijn",
        "mist",
        "mis je",
        "belangrijk",
        "maakt het",
        "maakt dat",
        "zit je",
        "dwars",
        "meer over",
        "vertel eens meer",
    ),
    "en": (
        "feel*",
        "mean*",
        "through your mind",
        "does that do",
        "does it do",
        "is that like",
        "was that like",
        "is it like",
        "for you",
        "touches",
        "touched",
        "touching",
        "afraid",
        "scared",
        "fear*",
        "hard",
        "difficult*",
        "need",
        "experienc*",
        "think",
        "thinks",
        "react*",
        "inside you",
        "in you",
        "make of",
        "would you like",
        "wish",
        "worr*",
        "sad",
        "angry",
        "hurt*",
        "miss",
        "important",
        "makes it",
        "makes that",
        "bother*",
        "more about",
    ),
}

#: Opening words of a question that asks for a specific fact (a place, a time, a person, a number).
FACT_FORMS: dict[str, tuple[str, ...]] = {
    "nl": (
        "hoe oud",
        "hoeveel",
        "hoelang",
        "hoe lang",
        "hoe heet",
        "waar",
        "waarheen",
        "wanneer",
        "wie",
        "welke",
        "welk",
        "wat voor",
        "wat zei",
        "wat zeiden",
        "wat heeft hij gezegd",
        "wat heeft ze gezegd",
        "wat doe je",
        "wat is je",
        "wat is jouw",
        "mag ik vragen",
    ),
    "en": (
        "how old",
        "how many",
        "how much",
        "how long",
        "where",
        "when",
        "who",
        "whose",
        "which",
        "what kind",
        "what sort",
        "what did he say",
        "what did she say",
        "what did they say",
        "what do you do",
        "what's your",
        "what is your",
        "can i ask",
        "may i ask",
    ),
}

# "Waar denk je aan?", "waar ben je bang voor?": waar + a preposition at the end asks what, not where.
WAAR_WHAT = re.compile(r"\bwaar\b.*\b(voor|aan|over|mee|tegenaan|door|van|om|op|bij|uit)\s*\??$")

QUESTION_START: dict[str, re.Pattern[str]] = {
    "nl": re.compile(
        r"^(wie|wat|waar|wanneer|hoe|hoeveel|hoelang|welke?|waarom|mag ik|kun je|kan je|zou je|vertel|"
        r"ik ben (wel )?benieuwd|ik vraag me af|"
        r"(heb|ben|woon|werk|ken|zie|spreek|mis|wil|ga|doe|bel|praat|weet|had|was|heeft|is|zijn|woont|"
        r"werkt|gaat|doet|kent|spreekt|heeft)\s+(je|jij|u|hij|ze|zij|jullie|het|er|die|dat)\b)"
    ),
    "en": re.compile(
        r"^(who|what|where|when|how|which|whose|why|can i|may i|tell me|walk me through|"
        r"i'm curious|i am curious|i wonder|"
        r"(do|does|did|are|is|was|were|have|has|had|can|could|would|will)\s+"
        r"(you|he|she|they|it|there|your|his|her)\b)"
    ),
}

CHECK = re.compile(
    r"(klopt (dat|het)|is dat (zo|goed|juist)|toch|hè|he|of niet|zie ik dat goed|heb ik dat goed|"
    r"is that (right|so|correct)|right|correct|yeah|did i get that right|have i got that right|"
    r"does that sound right|is that it)\W*\?"
)

# "Ik ben benieuwd wat hij zei.", "I'm wondering what you're hoping for.": a question in statement form
WONDERING = re.compile(
    r"\b(ik ben (wel |erg |heel )?benieuwd|ik vraag me af|i'm wondering|i am wondering|i was wondering|"
    r"i wonder|i'm curious|i am curious)\b"
)

LEAD = re.compile(r"^(\W*(en|oké|oke|ok|okay|ja|nou|so|and|right|well|en dan|but|maar)\b[,]?\s*)+")

#: A question for a name ("hoe heet je zus?") is only answered by a fact that gives one.
ASKS_NAME = {
    "nl": re.compile(r"\b(hoe heet|hoe heten|wat is (de|haar|zijn|je|jouw) naam|welke naam)\b"),
    "en": re.compile(r"\b(what's (his|her|their|your \w+'s|the) name|what is (his|her|their|the) name|"
                     r"what's \w+ called|what is \w+ called|name of)\b"),
}  # fmt: skip

STARTERS = frozenset(
    "ik mijn hij zij ze we wij het de een dat die dit nee ja al in op met sinds maar en of dan toen nu "
    "i my he she we it the a an that this no yes not on with since but and or then now".split()
)

#: "..., if you feel OK telling me?", "als je dat wilt vertellen": politeness, not a question about feelings.
POLITE = {
    "nl": re.compile(
        r"\b(als je (dat |het )?(wilt|wil|mag) (vertellen|zeggen|delen)|als je (het )?niet erg vindt|"
        r"als je wilt|als dat mag|als ik vragen mag)\b"
    ),
    "en": re.compile(
        r"\b(if you feel (ok|okay|comfortable|able|like it)( (telling|sharing|saying)( me| it)?)?|"
        r"if you don't mind( (me asking|sharing|telling me))?|if that's (ok|okay|alright)|if you like)\b"
    ),
}

YOU_SAID = {
    # "je zei", not "zei je": "wat zei je vader?" asks what the father said
    "nl": re.compile(r"\b(je|jij|u) (zei|zeiden|noemde|vertelde|had het over)\b"),
    "en": re.compile(r"\b(you (said|mentioned|told me|were saying|talked about)|you've (said|mentioned))\b"),
}

PRONOUN = {
    "nl": frozenset("hij zij ze hem haar die dat het zijn".split()),
    "en": frozenset("he she him her they them it his their".split()),
}

#: Standard facts asked for by their verb: what happened, what was said.
VERB_FACTS = frozenset({"event", "said"})

assert all(set(cues) == set(STANDARD_FACTS) for cues in BUILTIN_CUES.values())  # one list of standard ids
