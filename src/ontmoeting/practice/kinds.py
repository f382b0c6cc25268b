"""What else a student's turn is, beyond its behaviour code: a summary, or a turn in the other language.

The coder codes a summary as a complex reflection; the client treats it as a next step (see
:func:`ontmoeting.practice.engine.decide`). A turn in the language the talk is not in gets an in-character
remark instead of an answer.
"""

from __future__ import annotations

import re

from ontmoeting.transcript.language import detect_language, function_word_counts

REFLECTIONS = frozenset({"simple_reflection", "complex_reflection"})
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
    """Whether a turn the coder read as a reflection sums up several things the client said."""
    if code not in REFLECTIONS:
        return False
    stripped = text.strip().lstrip("-–— ").lower()
    if SUMMARY_OPENINGS.get(lang, SUMMARY_OPENINGS["en"]).match(stripped):
        return True
    links = len(re.findall(r"\b(en|maar|ook|tegelijk|and|but|also|at the same time)\b", stripped))
    return len(stripped.split()) >= SUMMARY_WORDS and links >= 2


def in_other_language(text: str, lang: str) -> bool:
    """Whether ``text`` is clearly in the other of Dutch and English than ``lang`` (a whole sentence)."""
    counts = function_word_counts(text)
    other = "en" if lang == "nl" else "nl"
    if counts[lang] > 0 or counts[other] < 2:
        return False
    if counts[other] >= OTHER_LANGUAGE_WORDS:
        return True
    detected, probability = detect_language([text])
    return detected == other and probability >= OTHER_LANGUAGE_PROBABILITY
