"""Factual questions: recognise one in a student's turn and find the fact on the persona's sheet it asks for.

A real client answers "hoe oud ben je?" with their age, not with a feeling. The engine therefore asks this
module first: is the turn a question for a fact (a wh-form such as "hoe oud", "waar", "wie is", "wat zei",
or a yes/no question about something on the sheet), and which fact does it ask for? The answer comes from
the sheet, so it is the same each time it is asked.

Matching is by words, in two kinds of cue:

* the persona's own ``ask`` items per fact (names, places, nouns: ``zwolle``, ``vader woon*``), and
* built-in cues for the standard fact ids (``age``, ``work``, ``home``, ``family``, ``event``, ``said``,
  ``goal``): the generic ways of asking for them, per language, so a trainer need not list them.

A persona's cue is one or more words that must all be in the question, in any order; a built-in cue is a
phrase, its words in this order. A word ending in ``*`` matches every word it starts. The fact whose best
cue has the most words wins (``vader woon*`` beats ``woon*``); at equal length a
persona's own cue beats a built-in one. A question about the client's inner world ("wat voel je als je aan je
vader denkt?") is not factual, even when it names something on the sheet: that is an exploring question and
the engine treats it as one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ontmoeting.practice.persona import STANDARD_FACTS, Fact

_WORD = re.compile(r"[\w'’-]+", re.UNICODE)

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

assert all(set(cues) == set(STANDARD_FACTS) for cues in BUILTIN_CUES.values())  # one list of standard ids

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
_STOP: dict[str, frozenset[str]] = {
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
_WAAR_WHAT = re.compile(r"\bwaar\b.*\b(voor|aan|over|mee|tegenaan|door|van|om|op|bij|uit)\s*\??$")
_QUESTION_START: dict[str, re.Pattern[str]] = {
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


@dataclass(frozen=True)
class FactQuestion:
    """A factual question: the fact it asks for (None: not on the sheet) and how sure the match is."""

    fact: Fact | None
    words: int  # the length of the cue that matched (0 when no fact matched)


def _words(text: str) -> list[str]:
    return [w.strip("'’-") for w in _WORD.findall(text.lower().replace("’", "'"))]


@lru_cache(maxsize=4096)
def _cue(item: str) -> tuple[tuple[str, bool], ...]:
    """A cue as (word, is_prefix) pairs."""
    return tuple((word.rstrip("*"), word.endswith("*")) for word in item.lower().split())


def cue_matches(item: str, words: Sequence[str]) -> bool:
    """Whether every word of the cue ``item`` is among ``words`` (``*``: a word starting with it)."""
    for part, prefix in _cue(item):
        if " " in part:  # pragma: no cover - _cue splits on spaces
            return False
        if prefix:
            if not any(w.startswith(part) for w in words):
                return False
        elif part not in words:
            return False
    return True


def phrase_matches(item: str, words: Sequence[str]) -> bool:
    """Whether the words of ``item`` occur in ``words`` one after the other (``*``: a word start)."""
    parts = _cue(item)
    for start in range(len(words) - len(parts) + 1):
        if all(
            words[start + k].startswith(part) if prefix else words[start + k] == part
            for k, (part, prefix) in enumerate(parts)
        ):
            return True
    return False


def mentions(words_of_text: Sequence[str], cues: Iterable[str]) -> bool:
    """Whether any of ``cues`` (single words or word groups, ``*`` for word starts) occurs in the text."""
    return any(cue_matches(cue, words_of_text) for cue in cues)


def text_words(text: str) -> list[str]:
    """The lower-case words of ``text``, for :func:`mentions` and :func:`cue_matches`."""
    return _words(text)


def _question_sentence(text: str, lang: str) -> str | None:
    """The sentence of ``text`` that asks something, lower case, or None when the turn asks nothing."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]
    # "Klopt dat?", "Is that right?": a check on what was said before it, no question for a fact
    asked = [s for s in sentences if s.endswith("?") and not _CHECK.fullmatch(_without_lead(s.lower()))]
    if asked:
        return asked[-1].lower()
    start = _QUESTION_START[lang if lang in _QUESTION_START else "en"]
    for sentence in reversed(sentences):
        lowered = sentence.lower()
        if start.match(_without_lead(lowered)) or _WONDERING.search(lowered):
            return lowered
    return None


_CHECK = re.compile(
    r"(klopt (dat|het)|is dat (zo|goed|juist)|toch|hè|he|of niet|zie ik dat goed|heb ik dat goed|"
    r"is that (right|so|correct)|right|correct|yeah|did i get that right|have i got that right|"
    r"does that sound right|is that it)\W*\?"
)
# "Ik ben benieuwd wat hij zei.", "I'm wondering what you're hoping for.": a question in statement form
_WONDERING = re.compile(
    r"\b(ik ben (wel |erg |heel )?benieuwd|ik vraag me af|i'm wondering|i am wondering|i was wondering|"
    r"i wonder|i'm curious|i am curious)\b"
)


_LEAD = re.compile(r"^(\W*(en|oké|oke|ok|okay|ja|nou|so|and|right|well|en dan|but|maar)\b[,]?\s*)+")


def _without_lead(sentence: str) -> str:
    """``sentence`` without a short lead-in ("En ...", "Oké, ...", "So ...")."""
    return _LEAD.sub("", sentence.strip())


def _phrase_at_start(sentence: str, phrases: Iterable[str]) -> bool:
    # "En wie is Bas?", "Oké, en hoe oud ben je?": the form may follow a short lead-in
    lowered = _without_lead(sentence)
    return any(lowered.startswith(phrase) for phrase in phrases)


def is_exploring(sentence: str, lang: str) -> bool:
    words = _words(sentence)
    return any(phrase_matches(cue, words) for cue in EXPLORING.get(lang, EXPLORING["en"]))


def _scores(
    fact: Fact, words: Sequence[str], builtin: dict[str, tuple[str, ...]], about_someone_else: bool
) -> Iterable[tuple[int, int]]:
    """(weight, own cue?) for every cue of ``fact`` that the question's ``words`` match, in half points: a
    persona's own cue weighs two per word and one more (its words name this client's world); a built-in
    phrase is one idea, two, and three for what happened or was said (the verb carries the question: "wat
    is er gebeurd op je werk?" asks for the event, not the work); a fact about someone else four."""
    for item in fact.ask:  # a persona's own cue: its words anywhere in the question
        if cue_matches(item, words):
            yield 2 * len(_cue(item)) + 1, 1
    if fact.about:
        # a fact about someone else (the father's age): who it is about, and how one asks for that slot
        if fact.slot and mentions(words, fact.about):
            for item in builtin.get(fact.slot, ()):
                if phrase_matches(item, words):
                    yield 4, 1
        return
    if about_someone_else and fact.id in SELF_FACTS:
        return
    slot = fact.slot or fact.id
    for item in builtin.get(slot, ()):  # a built-in cue is a phrase, its words in order
        if phrase_matches(item, words):
            yield (3 if slot in VERB_FACTS else 2), 0


#: Standard facts asked for by their verb: what happened, what was said.
VERB_FACTS = frozenset({"event", "said"})


def _by_answer_words(words: Sequence[str], facts: Sequence[Fact], lang: str) -> Fact | None:
    """The one fact whose answer shares the most content words with the question (see :func:`_same_word`)."""
    stop = _STOP.get(lang, _STOP["en"])
    asked = [w for w in words if len(w) >= ANSWER_WORD_LENGTH and w not in stop]
    scored = []
    for fact in facts:
        own = [w for w in _words(fact.answer) if len(w) >= ANSWER_WORD_LENGTH and w not in stop]
        scored.append((sum(any(_same_word(a, o) for o in own) for a in asked), fact))
    best = max((score for score, _ in scored), default=0)
    top = [fact for score, fact in scored if score == best]
    return top[0] if best > 0 and len(top) == 1 else None


def _same_word(one: str, other: str) -> bool:
    """The same word but for an ending: the shorter is the start of the longer, or (both long) they share
    their first six letters ("vader"/"vaders", "gescheiden"/"scheiding" not; "suppose"/"support" not)."""
    short, long_ = sorted((one, other), key=len)
    if len(short) <= 6:
        return long_.startswith(short)
    return short[:6] == long_[:6]


#: A question for a name ("hoe heet je zus?") is only answered by a fact that gives one.
_ASKS_NAME = {
    "nl": re.compile(r"\b(hoe heet|hoe heten|wat is (de|haar|zijn|je|jouw) naam|welke naam)\b"),
    "en": re.compile(r"\b(what's (his|her|their|your \w+'s|the) name|what is (his|her|their|the) name|"
                     r"what's \w+ called|what is \w+ called|name of)\b"),
}  # fmt: skip
_STARTERS = frozenset(
    "ik mijn hij zij ze we wij het de een dat die dit nee ja al in op met sinds maar en of dan toen nu "
    "i my he she we it the a an that this no yes not on with since but and or then now".split()
)


def _gives_name(answer: str, asked: Sequence[str]) -> bool:
    """Whether ``answer`` gives a name next to what the question asks about ("mijn zus Lotte", "Ingrid,
    mijn leidinggevende", "Bas is mijn vriend"): a capitalised word that is no common sentence start, two
    words before or three after one of the question's words."""
    tokens = answer.replace(",", " ").replace(".", " ").split()
    lowered = [t.lower() for t in tokens]
    for position, token in enumerate(tokens):
        if token[:1].isupper() and token.lower() not in _STARTERS:
            near = lowered[max(0, position - 2) : position + 4]
            if any(_same_word(word, other) for word in asked if len(word) > 2 for other in near):
                return True
    return False


#: "..., if you feel OK telling me?", "als je dat wilt vertellen": politeness, not a question about feelings.
_POLITE = {
    "nl": re.compile(
        r"\b(als je (dat |het )?(wilt|wil|mag) (vertellen|zeggen|delen)|als je (het )?niet erg vindt|"
        r"als je wilt|als dat mag|als ik vragen mag)\b"
    ),
    "en": re.compile(
        r"\b(if you feel (ok|okay|comfortable|able|like it)( (telling|sharing|saying)( me| it)?)?|"
        r"if you don't mind( (me asking|sharing|telling me))?|if that's (ok|okay|alright)|if you like)\b"
    ),
}
_YOU_SAID = {
    # "je zei", not "zei je": "wat zei je vader?" asks what the father said
    "nl": re.compile(r"\b(je|jij|u) (zei|zeiden|noemde|vertelde|had het over)\b"),
    "en": re.compile(r"\b(you (said|mentioned|told me|were saying|talked about)|you've (said|mentioned))\b"),
}
_PRONOUN = {
    "nl": frozenset("hij zij ze hem haar die dat het zijn".split()),
    "en": frozenset("he she him her they them it his their".split()),
}


def _antecedent_words(text: str, sentence: str, lang: str) -> list[str]:
    """The words of the sentence before the question when the question points back with a pronoun ("Je
    hebt een zoon toch? Hoe oud is hij?"): who it is about is said there."""
    if not set(_words(sentence)) & _PRONOUN.get(lang, _PRONOUN["en"]):
        return []
    sentences = [s.strip().lower() for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]
    if sentence.strip() not in sentences:
        return []
    position = sentences.index(sentence.strip())
    return _words(sentences[position - 1]) if position > 0 else []


def find_fact(text: str, facts: Sequence[Fact], lang: str) -> FactQuestion | None:
    """The factual question in ``text`` and the fact it asks for; None when the turn asks no fact.

    ``FactQuestion(None, 0)`` is a question for a fact in form ("waar werkt je zus?") that the sheet does not
    hold: the client answers it with "weet ik niet" or a deflection that fits their stance.
    """
    sentence = _question_sentence(text, lang)
    if sentence is None:
        return None
    sentence = _POLITE.get(lang, _POLITE["en"]).sub(" ", sentence)
    # "je zei iets over een opleiding, hoe zat dat?": what the client said is the topic, not the question
    sentence = _YOU_SAID.get(lang, _YOU_SAID["en"]).sub(" ", sentence)
    words = _words(sentence) + _antecedent_words(text, sentence, lang)
    builtin = BUILTIN_CUES.get(lang, BUILTIN_CUES["en"])
    # "wat wil je uit dit gesprek halen?" sounds like exploring, and asks for the goal on the sheet
    goal = next((f for f in facts if f.id == "goal"), None)
    if goal is not None and any(phrase_matches(cue, words) for cue in GOAL_PHRASES.get(lang, ())):
        return FactQuestion(goal, 3)
    if is_exploring(sentence, lang):
        return None
    about_someone_else = bool(set(words) & set(THIRD_PERSON.get(lang, THIRD_PERSON["en"])))
    best: tuple[int, int, int] | None = None  # (words, own cue?, -position)
    chosen: Fact | None = None
    for position, fact in enumerate(facts):
        for score, found in _scores(fact, words, builtin, about_someone_else):
            ranked = (score, found, -position)
            if best is None or ranked > best:
                best, chosen = ranked, fact
    if chosen is not None and best is not None:
        asks_name = _ASKS_NAME.get(lang, _ASKS_NAME["en"]).search(sentence)
        if asks_name and not _gives_name(chosen.answer, words):
            return FactQuestion(None, 0)  # the sheet says who, not what they are called
        return FactQuestion(chosen, best[0])
    if lang == "nl" and _WAAR_WHAT.search(sentence):
        return None
    if _phrase_at_start(sentence, FACT_FORMS.get(lang, FACT_FORMS["en"])):
        # a question for a fact in form ("hoe lang ...?", "wanneer ...?"): the answer that shares its words
        return FactQuestion(_by_answer_words(words, facts, lang), 0)
    return None
