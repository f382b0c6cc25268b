"""What else a student's turn is, beyond its behaviour code: a summary, or a turn in the other language.

The coder codes a summary as a complex reflection; the client treats it as a next step (see
:func:`ontmoeting.practice.engine.decide`). A turn in the language the talk is not in gets an in-character
remark instead of an answer.
"""

from __future__ import annotations

import re

from ontmoeting.feedback.rephrase import FEELING_WORDS
from ontmoeting.transcript.language import detect_language, function_word_counts

REFLECTIONS = frozenset({"simple_reflection", "complex_reflection"})
QUESTIONS = frozenset({"closed_question", "open_question"})
#: A check after a summary ("Klopt dat?", "Is that right?") is this short; the summary before it this long.
CHECK_WORDS = 8
CHECK_BODY = 10
SUMMARY_OPENINGS: dict[str, re.Pattern[str]] = {
    "nl": re.compile(
        r"^(dus\b|samengevat|even samenvatten|als ik (het|je) (goed )?(begrijp|samenvat|hoor)|"
        r"kort samengevat|ik vat (het )?(even )?samen|laat me (even )?samenvatten|wat ik (tot nu toe )?hoor)",
        re.I,
    ),
    "en": re.compile(
        r"^(so\b|to sum up|summing up|let me (see if|sum|check)|if i('ve| have)? (got|understand|heard)|"
        r"what i('m| am) hearing|what i've heard|in short)",
        re.I,
    ),
}
#: A reflection this long that links two or more things the client said reads as a summary too.
SUMMARY_WORDS = 22
#: Function words of the other language (with none of this one) that make a turn the other language; with
#: fewer (but at least two) the language identifier must agree.
OTHER_LANGUAGE_WORDS = 3
OTHER_LANGUAGE_PROBABILITY = 0.9


def is_summary(text: str, code: str, lang: str) -> bool:
    """Whether the turn sums up several things the client said: a reflection that opens as a summary or
    links several things, or such a summary followed by a short check ("Klopt dat?"), which the coder may
    read as a question because of that check."""
    stripped = text.strip().lstrip("-–— ").lower()
    opens = bool(SUMMARY_OPENINGS.get(lang, SUMMARY_OPENINGS["en"]).match(stripped))
    if code in REFLECTIONS:
        links = len(re.findall(r"\b(en|maar|ook|tegelijk|and|but|also|at the same time)\b", stripped))
        return opens or (len(stripped.split()) >= SUMMARY_WORDS and links >= 2)
    if code in QUESTIONS and opens:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", stripped) if s]
        check = sentences[-1]
        body = " ".join(sentences[:-1]) if len(sentences) > 1 else ""
        return check.endswith("?") and len(check.split()) <= CHECK_WORDS and len(body.split()) >= CHECK_BODY
    return False


def in_other_language(text: str, lang: str) -> bool:
    """Whether ``text`` is clearly in the other of Dutch and English than ``lang`` (a whole sentence)."""
    counts = function_word_counts(text, exclusive=True)
    other = "en" if lang == "nl" else "nl"
    if counts[lang] > 0 or counts[other] < 2:
        return False
    if counts[other] >= OTHER_LANGUAGE_WORDS:
        return True
    detected, probability = detect_language([text])
    return detected == other and probability >= OTHER_LANGUAGE_PROBABILITY


_CONTENT = re.compile(r"\w{3,}", re.UNICODE)
#: Share of the content words two questions have in common to be the same question asked again.
SAME_QUESTION = 0.75


def same_question(one: str, other: str) -> bool:
    """Whether two turns ask the same thing: most of the content words (three letters or more) of the
    shorter one are in the other ("Hoe oud ben je?" / "Hoe oud ben je nou?")."""
    first, second = ({w[:5] for w in _CONTENT.findall(t.lower())} for t in (one, other))
    if not first or not second:
        return False
    return len(first & second) >= SAME_QUESTION * min(len(first), len(second))


def names_feeling(text: str, lang: str) -> bool:
    """Whether ``text`` names a feeling ("bang", "je mist hem", "it hurts"): a guarded client may deny it."""
    lowered = text.lower()
    return any(re.search(rf"\b{word}", lowered) for word in FEELING_WORDS.get(lang, FEELING_WORDS["en"]))


NEXT_STEP: dict[str, re.Pattern[str]] = {
    "nl": re.compile(
        r"\b(eerste stap|volgende stap|kleine stap|wat zou je (willen |kunnen )?doen|wat kun je doen|"
        r"wat ga je doen|wat wil je (gaan )?doen|hoe nu verder|hoe wil je verder|wat zou (je )?helpen|"
        r"wat zou een begin|waar wil je beginnen|wat is je plan)\b"
    ),
    "en": re.compile(
        r"\b(first step|next step|small step|what could you do|what would you like to do|what will you do|"
        r"what do you want to do|where do you go from here|what might help|what would help|where would you "
        r"start|what's your plan|how do you want to go on)\b"
    ),
}


def asks_next_step(text: str, lang: str) -> bool:
    """Whether the turn asks the client for a next step of their own ("Wat zou een eerste stap kunnen
    zijn?"): at the core they come up with one; before it they do not know yet."""
    return bool(NEXT_STEP.get(lang, NEXT_STEP["en"]).search(text.lower()))


_THING = re.compile(r"\w{5,}", re.UNICODE)


def asks_about_something(text: str) -> bool:
    """Whether a closed question names something (a word of five letters or more: "Heb je huisdieren?"),
    so its short answer is a fact about it; "Is dat zo?" names nothing."""
    return bool(_THING.search(text))
