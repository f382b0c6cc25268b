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
phrase, its words in this order; a word ending in ``*`` matches every word it starts (see
:mod:`ontmoeting.practice.words`). The best-weighted cue wins (:func:`_scores`): a persona's own words over
a built-in phrase, a fact about someone else (``about`` + ``slot``) when both who and what are asked, and
what happened or was said over where it happened. A question about the client's inner world ("wat voel je
als je aan je vader denkt?") is not factual, even when it names something on the sheet: that is an
exploring question and the engine treats it as one. The word lists are in
:mod:`ontmoeting.practice.fact_cues`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ontmoeting.practice import fact_cues as cues
from ontmoeting.practice.persona import Fact
from ontmoeting.practice.words import cue_length, cue_matches, mentions, phrase_matches, same_word
from ontmoeting.practice.words import words as _words


@dataclass(frozen=True)
class FactQuestion:
    """A factual question: the fact it asks for (None: not on the sheet) and how sure the match is."""

    fact: Fact | None
    score: int  # the weight of the cue that matched (0 when none did; see _scores)


def _question_sentence(text: str, lang: str) -> str | None:
    """The sentence of ``text`` that asks something, lower case, or None when the turn asks nothing."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip()]
    # "Klopt dat?", "Is that right?": a check on what was said before it, no question for a fact
    asked = [s for s in sentences if s.endswith("?") and not cues.CHECK.fullmatch(_without_lead(s.lower()))]
    if asked:
        return asked[-1].lower()
    start = cues.QUESTION_START[lang if lang in cues.QUESTION_START else "en"]
    for sentence in reversed(sentences):
        lowered = sentence.lower()
        if start.match(_without_lead(lowered)) or cues.WONDERING.search(lowered):
            return lowered
    return None


def _without_lead(sentence: str) -> str:
    """``sentence`` without a short lead-in ("En ...", "Oké, ...", "So ...")."""
    return cues.LEAD.sub("", sentence.strip())


def _phrase_at_start(sentence: str, phrases: Iterable[str]) -> bool:
    # "En wie is Bas?", "Oké, en hoe oud ben je?": the form may follow a short lead-in
    lowered = _without_lead(sentence)
    return any(lowered.startswith(phrase) for phrase in phrases)


def is_exploring(sentence: str, lang: str) -> bool:
    words = _words(sentence)
    return any(phrase_matches(cue, words) for cue in cues.EXPLORING.get(lang, cues.EXPLORING["en"]))


def _scores(
    fact: Fact, words: Sequence[str], builtin: dict[str, tuple[str, ...]], about_someone_else: bool
) -> Iterable[tuple[int, int]]:
    """(weight, own cue?) for every cue of ``fact`` that the question's ``words`` match, in half points: a
    persona's own cue weighs two per word and one more (its words name this client's world); a built-in
    phrase is one idea, two, and three for what happened or was said (the verb carries the question: "wat
    is er gebeurd op je werk?" asks for the event, not the work); a fact about someone else four."""
    for item in fact.ask:  # a persona's own cue: its words anywhere in the question
        if cue_matches(item, words):
            yield 2 * cue_length(item) + 1, 1
    if fact.about:
        # a fact about someone else (the father's age): who it is about, and how one asks for that slot
        if fact.slot and mentions(words, fact.about):
            for item in builtin.get(fact.slot, ()):
                if phrase_matches(item, words):
                    yield 4, 1
        return
    if about_someone_else and fact.id in cues.SELF_FACTS:
        return
    slot = fact.slot or fact.id
    for item in builtin.get(slot, ()):  # a built-in cue is a phrase, its words in order
        if phrase_matches(item, words):
            yield (3 if slot in cues.VERB_FACTS else 2), 0


def _by_answer_words(words: Sequence[str], facts: Sequence[Fact], lang: str) -> Fact | None:
    """The one fact whose answer shares the most content words with the question (see :func:`_same_word`)."""
    stop = cues.STOP.get(lang, cues.STOP["en"])
    asked = [w for w in words if len(w) >= cues.ANSWER_WORD_LENGTH and w not in stop]
    scored = []
    for fact in facts:
        own = [w for w in _words(fact.answer) if len(w) >= cues.ANSWER_WORD_LENGTH and w not in stop]
        scored.append((sum(any(same_word(a, o) for o in own) for a in asked), fact))
    best = max((score for score, _ in scored), default=0)
    top = [fact for score, fact in scored if score == best]
    return top[0] if best > 0 and len(top) == 1 else None


def _gives_name(answer: str, asked: Sequence[str]) -> bool:
    """Whether ``answer`` gives a name next to what the question asks about ("mijn zus Lotte", "Ingrid,
    mijn leidinggevende", "Bas is mijn vriend"): a capitalised word that is no common sentence start, two
    words before or three after one of the question's words."""
    tokens = answer.replace(",", " ").replace(".", " ").split()
    lowered = [t.lower() for t in tokens]
    for position, token in enumerate(tokens):
        if token[:1].isupper() and token.lower() not in cues.STARTERS:
            near = lowered[max(0, position - 2) : position + 4]
            if any(same_word(word, other) for word in asked if len(word) > 2 for other in near):
                return True
    return False


def _antecedent_words(text: str, sentence: str, lang: str) -> list[str]:
    """The words of the sentence before the question when the question points back with a pronoun ("Je
    hebt een zoon toch? Hoe oud is hij?"): who it is about is said there."""
    if not set(_words(sentence)) & cues.PRONOUN.get(lang, cues.PRONOUN["en"]):
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
    sentence = cues.POLITE.get(lang, cues.POLITE["en"]).sub(" ", sentence)
    # "je zei iets over een opleiding, hoe zat dat?": what the client said is the topic, not the question
    sentence = cues.YOU_SAID.get(lang, cues.YOU_SAID["en"]).sub(" ", sentence)
    words = _words(sentence) + _antecedent_words(text, sentence, lang)
    builtin = cues.BUILTIN_CUES.get(lang, cues.BUILTIN_CUES["en"])
    # "wat wil je uit dit gesprek halen?" sounds like exploring, and asks for the goal on the sheet
    goal = next((f for f in facts if f.id == "goal"), None)
    if goal is not None and any(phrase_matches(cue, words) for cue in cues.GOAL_PHRASES.get(lang, ())):
        return FactQuestion(goal, 3)
    if is_exploring(sentence, lang):
        return None
    about_someone_else = bool(set(words) & set(cues.THIRD_PERSON.get(lang, cues.THIRD_PERSON["en"])))
    best: tuple[int, int, int] | None = None  # (words, own cue?, -position)
    chosen: Fact | None = None
    for position, fact in enumerate(facts):
        for score, found in _scores(fact, words, builtin, about_someone_else):
            ranked = (score, found, -position)
            if best is None or ranked > best:
                best, chosen = ranked, fact
    if chosen is not None and best is not None:
        asks_name = cues.ASKS_NAME.get(lang, cues.ASKS_NAME["en"]).search(sentence)
        if asks_name and not _gives_name(chosen.answer, words):
            return FactQuestion(None, 0)  # the sheet says who, not what they are called
        return FactQuestion(chosen, best[0])
    if lang == "nl" and cues.WAAR_WHAT.search(sentence):
        return None
    if _phrase_at_start(sentence, cues.FACT_FORMS.get(lang, cues.FACT_FORMS["en"])):
        # a question for a fact in form ("hoe lang ...?", "wanneer ...?"): the answer that shares its words
        return FactQuestion(_by_answer_words(words, facts, lang), 0)
    return None
