"""Proper names in running text, by the shape of the words around them: what both languages' de-identifiers
add to their lists.

A run of capitalised words is a name of an institution when it has a head word such as "Hogeschool",
"Medical Centre" or "University of"; a street when it ends in "straat", "laan", "Road" or "Street"; a
place or an institution when a word before it says so ("in", "vanuit", "naar", "bij", "moved to",
"works at"); a person after a title ("meneer", "Dr") or a word for someone ("mijn zus", "my friend").
Anything else capitalised inside a sentence that is not an ordinary word of the language (simplemma's
dictionary) is a proper name of unknown kind ("name"): in Dutch only names are written with a capital
inside a sentence, and in English the capitalised ordinary words (days, months, languages) are in the
dictionary. Sentence-initial words are only names when a list or the rest of the conversation says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ontmoeting.transcript.deidentify_common import Span, capitalised, is_word, sentence_start


@dataclass(frozen=True)
class Word:
    start: int
    end: int  # without a possessive 's
    text: str  # without a possessive 's
    first: bool  # starts a sentence

    @property
    def lower(self) -> str:
        return self.text.lower()


_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")


def tokenise(text: str) -> list[Word]:
    found = []
    for match in _WORD.finditer(text):
        value = match.group()
        end = match.end()
        if _POSSESSIVE.search(value) and len(value) > 3:
            value, end = value[:-2], end - 2
        found.append(Word(match.start(), end, value, sentence_start(text, match.start())))
    return found


def upper_word(word: Word) -> bool:
    """An acronym such as ING, UMC, NYU (2 to 6 capitals, no digits)."""
    return 2 <= len(word.text) <= 6 and word.text.isalpha() and word.text.isupper()


def camel(word: Word) -> bool:
    """deltaWonen, PostNL, ArboNed: a capital inside the word after a lower-case letter."""
    return re.search(r"[a-z][A-Z]", word.text) is not None


ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX)$")  # 'Koning Willem II College' (not 'I')


@dataclass(frozen=True)
class Cues:
    """The words of one language that say what a name that follows them is."""

    language: str
    connectors: frozenset[str]  # inside a name: "van", "of", "and", "voor", "en"
    articles: frozenset[str]  # between a cue and the name: "de", "het", "the"
    heads: frozenset[str]  # capitalised head words of institutions: "Hogeschool", "Centre"
    head_starts: frozenset[str]  # heads that open a name: "University" (of), "Stichting"
    lower_heads: frozenset[str]  # lower-case nouns before an institution's name: "basisschool"
    street_suffixes: tuple[str, ...]  # Dutch, one word: "Breestraat", "Marshallaan"
    street_words: frozenset[str]  # English, a word of its own: "Gloucester Road", "Jefferson Street"
    place_cues: frozenset[str]
    institution_cues: frozenset[str]
    person_cues: frozenset[str]  # "zus", "friend", "meneer", "Dr"
    titles: frozenset[str]  # kept outside the placeholder: "meneer [PERSOON-1]"
    never: frozenset[str]  # capitalised words that are never a name on their own
    greetings: frozenset[str]  # never the start of a name: "Hoi Fleur", "Thanks Sam"
    capitals_mark_names: bool  # Dutch: a capital inside a sentence makes even an ordinary word a name


def _previous_words(words: list[Word], index: int, text: str, cues: Cues) -> list[str]:
    """The (lower-case) words before ``words[index]`` in the same clause, articles skipped, nearest first."""
    found: list[str] = []
    j = index - 1
    while j >= 0 and len(found) < 3:
        gap = text[words[j].end : words[j + 1].start]
        if re.search(r"[.!?;:\n]", gap) or ("," in gap and found):
            break
        value = words[j].lower
        if value not in cues.articles:
            found.append(value)
        j -= 1
    return found


_ABBREVIATIONS = frozenset(
    {"St", "Mt", "Ft", "Mr", "Mrs", "Ms", "Dr", "Prof", "Drs", "Mw", "Dhr", "Mevr", "Ir"}
)


def _joined(text: str, left: Word, right: Word) -> bool:
    """Two words of one name: a space or a hyphen between them, or the dot of 'St. Mary's', 'Mr. Byrne',
    'J. Smit'."""
    gap = text[left.end : right.start]
    return gap in (" ", "-", " - ") or (
        gap == ". " and (left.text in _ABBREVIATIONS or (len(left.text) == 1 and left.text.isupper()))
    )


def _capital(word: Word) -> bool:
    if "-" in word.text and any(part[:1].islower() for part in word.text.split("-")[1:]):
        return False  # 'Wmo-aanvraag', 'Cruks-register': a compound of a common noun
    return capitalised(word.text) or upper_word(word) or camel(word)


def _has_head(words: list[Word], cues: Cues) -> bool:
    return any(w.text in cues.heads or w.text in cues.head_starts for w in words)


def name_runs(text: str, words: list[Word], cues: Cues) -> list[tuple[int, int]]:
    """Runs of capitalised words (word indices, end exclusive); runs with a connector between them are one
    name when it has an institution's head word ('Centrum voor Jeugd en Gezin Almere', 'University of
    Manchester'), and stay apart otherwise ('Anouar en Kevin', 'PostNL in Nieuwegein')."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not _capital(words[i]):
            i += 1
            continue
        j = i + 1
        while (
            j < len(words)
            and _joined(text, words[j - 1], words[j])
            and (_capital(words[j]) or ROMAN.match(words[j].text))
        ):
            j += 1
        runs.append((i, j))
        i = j
    merged: list[tuple[int, int]] = []
    for start, end in runs:
        if merged:
            previous_start, previous_end = merged[-1]
            between = words[previous_end:start]
            if (
                len(between) == 1
                and between[0].lower in cues.connectors
                and text[words[previous_end - 1].end : between[0].start] == " "
                and text[between[0].end : words[start].start] == " "
                and _has_head(words[previous_start:end], cues)
            ):
                merged[-1] = (previous_start, end)
                continue
        merged.append((start, end))
    return merged


def _ordinary(word: Word, cues: Cues) -> bool:
    return is_word(word.text, cues.language) or word.text in cues.never or word.lower in cues.never


def find_names(
    text: str,
    cues: Cues,
    *,
    known_names: frozenset[str] = frozenset(),
    known_places: frozenset[str] = frozenset(),
) -> list[Span]:
    """Institutions, streets, places and persons by their shape and cues, and unknown proper names.

    ``known_names`` are first names (a sentence-initial one is kept in a run), ``known_places`` places
    that are also ordinary words ('Reading', 'Kampen'): only a place after a cue ('in Reading')."""
    words = tokenise(text)
    found: list[Span] = []
    for i, j in name_runs(text, words, cues):
        run = words[i:j]
        # a sentence-initial ordinary word is not part of the name: "The", "Op", "Dan"; "I'm" never is
        while run and run[0].text in cues.connectors:  # lower case: 'het Suikerfeest', not 'Den Haag'
            run, i = run[1:], i + 1
        while len(run) > 1 and run[0].lower in cues.articles and not run[0].first:
            run, i = run[1:], i + 1  # 'My GP', 'Her Majesty'; 'De Regenboog' stays when no sentence starts
        while run and (
            run[0].text in cues.never
            or run[0].lower in cues.greetings
            or (run[0].first and _ordinary(run[0], cues) and run[0].text not in known_names)
        ):
            if run[0].text in cues.head_starts and len(run) > 1:
                break
            run, i = run[1:], i + 1
        while run and run[-1].lower in cues.connectors:
            run = run[:-1]
        if not run:
            continue
        span = _classify(text, words, i, run, cues, known_places)
        if span is not None:
            found.append(span)
    found.extend(_after_lower_heads(text, words, cues))
    return found


def _classify(
    text: str, words: list[Word], i: int, run: list[Word], cues: Cues, known_places: frozenset[str]
) -> Span | None:
    before = _previous_words(words, i, text, cues)
    # titles stay outside the placeholder: "meneer Bakker", "Dr Okafor"
    while len(run) > 1 and run[0].lower.rstrip(".") in cues.titles:
        run = run[1:]
        before = [run[0].lower, *before]
    start, end = run[0].start, run[-1].end
    texts = [w.text for w in run]
    single = len(run) == 1
    word = run[0]
    if not single and any(t in cues.heads or t.upper() in cues.heads for t in texts):
        return Span(start, end, "institution", "head")
    if not single and texts[0] in cues.head_starts:
        return Span(start, end, "institution", "head")
    last = texts[-1]
    if capitalised(last) and (
        (last.endswith(cues.street_suffixes) and len(last) > 6) or (not single and last in cues.street_words)
    ):
        return Span(start, end, "place", "street")
    if before and before[0].rstrip(".") in cues.titles:
        return Span(start, end, "person", "title")
    # an ordinary word on its own is no name; in Dutch a capital inside a sentence makes it one
    ordinary = single and (
        word.text in cues.never
        or (_ordinary(word, cues) and (word.first or not cues.capitals_mark_names))
        or (word.text.isupper() and not before)
    )
    if before and before[0] in cues.person_cues and capitalised(word.text) and not ordinary:
        return Span(start, end, "person", "cue")
    if before and before[0] in cues.place_cues:
        if single and (ordinary or upper_word(word)) and word.text not in known_places:
            return None  # 'in English', 'in Year 11', 'op TV'
        return Span(start, end, "place", "cue")
    if before and before[0] in cues.institution_cues:
        if ordinary and not (upper_word(word) or camel(word)):
            return None
        return Span(start, end, "institution", "cue")
    if single and (ordinary or upper_word(word)):
        return None
    if word.first and single and not camel(word):
        return None  # a sentence-initial word: a name only when a list or another turn says so
    if camel(word) and word.text[0].islower():
        return None  # iPhone, eBay
    return Span(start, end, "name", "proper")


def _after_lower_heads(text: str, words: list[Word], cues: Cues) -> list[Span]:
    """'basisschool De Regenboog', 'uitzendbureau Flexwerk Westland', 'gemeente Rotterdam': the name
    after a lower-case noun that says it is an institution."""
    found = []
    for index, word in enumerate(words[:-1]):
        if word.text not in cues.lower_heads:
            continue
        first = j = index + 1
        if text[word.end : words[j].start] != " ":
            continue
        if (
            words[j].lower in cues.articles
            and j + 1 < len(words)
            and text[words[j].end : words[j + 1].start] == " "
        ):
            j += 1
            if not capitalised(words[first].text):
                first = j
        if not _capital(words[j]):
            continue
        k = j + 1
        while k < len(words) and _joined(text, words[k - 1], words[k]) and _capital(words[k]):
            k += 1
        found.append(Span(words[first].start, words[k - 1].end, "institution", "lower_head"))
    return found
