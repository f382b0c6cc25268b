"""What the Dutch and the English de-identifier share: found spans, the patterns for e-mail addresses, URLs,
phone numbers, identifying numbers and dates, the word lists (ordinary words, first names, surnames), and
where a sentence starts.

Everything here works offline from files that PyPI packages ship: simplemma's dictionaries (ordinary
words, already used by the coder), deduce's name lists (first names, surnames, titles, interfixes) and the
1990 US census name lists of the ``names`` package. Each list is read on first use and kept per process.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ontmoeting.errors import ConfigError

#: The kinds of identifier, in the order of their priority when two overlap (structured ones first).
KINDS = ("email", "url", "phone", "bsn", "id", "date", "institution", "person", "place", "age")
#: Structured kinds: exact patterns, which win over a name or place that overlaps them.
STRUCTURED = frozenset({"email", "url", "bsn", "id", "phone", "date"})


@dataclass(frozen=True)
class Span:
    """An identifier found in a text: characters ``start`` to ``end`` are of ``kind``."""

    start: int
    end: int
    kind: str
    source: str = ""  # the detector that found it (for the benchmark and for debugging)

    def text(self, text: str) -> str:
        return text[self.start : self.end]


def missing_package(name: str) -> ConfigError:
    return ConfigError(
        "E160",
        nl=f"De-identificatie heeft het pakket {name} nodig; installeer ontmoeting opnieuw (pip install .).",
        en=f"De-identification needs the package {name}; reinstall ontmoeting (pip install .).",
    )


def package_dir(name: str) -> Path:
    """The folder of an installed package, found without importing it (deduce configures logging when
    imported)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise missing_package(name)
    return Path(next(iter(spec.submodule_search_locations)))


# --- word lists -------------------------------------------------------------------------------------


@functools.cache
def lexicon(language: str) -> Mapping[str, str]:
    """Ordinary words of ``language`` (simplemma's dictionary: word form -> lemma)."""
    from simplemma.strategies import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary(language)


# Ordinary words the dictionaries lack (simplemma's English one has no "her").
_MORE_WORDS = {
    "en": frozenset({"her", "hers", "herself", "ok", "okay", "yeah", "nope", "yep"}),
    "nl": frozenset(),
}


def is_word(token: str, language: str) -> bool:
    """Whether ``token`` in lower case is an ordinary word of ``language`` ('Will' -> will: yes)."""
    lower = token.lower()
    return lower in lexicon(language) or lower in _MORE_WORDS.get(language, frozenset())


def _read_items(folder: Path, exceptions: bool = True) -> set[str]:
    items = folder / "items.txt"
    found = {line.strip() for line in items.read_text(encoding="utf-8").splitlines() if line.strip()}
    exceptions_file = folder / "exceptions.txt"
    if exceptions and exceptions_file.exists():
        found -= {line.strip() for line in exceptions_file.read_text(encoding="utf-8").splitlines()}
    return found


@functools.cache
def deduce_list(relative: str, *, exceptions: bool = True) -> frozenset[str]:
    """One of deduce's lookup lists, e.g. ``names/lst_first_name``, without its exceptions (the names that
    are also words, 'Iris', 'Roos') unless ``exceptions`` is False."""
    folder = package_dir("deduce") / "data" / "lookup" / "src" / relative
    found: set[str] = set()
    for items in sorted(folder.rglob("items.txt")):
        found |= _read_items(items.parent, exceptions)
    return frozenset(found)


@functools.cache
def first_names() -> frozenset[str]:
    """First names, case as written: deduce's list (14,000 names, Dutch and international) and the US
    census first names (title case)."""
    census: set[str] = set()
    for kind in ("male", "female"):
        census |= set(census_names(f"dist.{kind}.first"))
    return deduce_list("names/lst_first_name") | frozenset(name.title() for name in census)


@functools.cache
def census_names(filename: str) -> dict[str, int]:
    """A list of the ``names`` package (US census 1990): upper-case name -> rank (1 = most common)."""
    path = package_dir("names") / filename
    ranks: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 4:
            ranks[parts[0]] = int(parts[3])
    return ranks


@functools.cache
def surnames_en(max_rank: int = 40_000) -> frozenset[str]:
    """The US census surnames up to ``max_rank`` (of 88,799), upper case without apostrophes (OBRIEN)."""
    return frozenset(name for name, rank in census_names("dist.all.last").items() if rank <= max_rank)


def plain_key(token: str) -> str:
    """Upper case without apostrophes and hyphens: the census lists' form (O'Brien -> OBRIEN)."""
    return re.sub(r"['’\-]", "", token).upper()


# --- sentences ----------------------------------------------------------------------------------------

_OPENERS = set(" \t\"'“”‘’«»([{-–—*")
_ENDERS = set(".!?…:;\n")


def sentence_start(text: str, position: int) -> bool:
    """Whether the word at ``position`` starts a sentence (or the text, a line, a quote after a colon)."""
    i = position - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _ENDERS


def capitalised(token: str) -> bool:
    """'Sarah', 'McDonald', "O'Brien": an upper-case first letter and a lower-case letter after it."""
    return len(token) >= 2 and token[0].isupper() and any(c.islower() for c in token[1:])


# --- patterns both languages share ----------------------------------------------------------------------

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
_TLD = r"(?:nl|be|com|org|net|eu|io|info|uk|de|fr|edu|gov|nu|me|app|online|nhs\.uk|co\.uk|org\.uk|ac\.uk)"
URL = re.compile(
    rf"(?<![\w@.])(?:(?:https?://|www\.)[^\s<>\"']+|[\w-]+(?:\.[\w-]+)*\.{_TLD}(?:/[^\s<>\"']*)?)(?![\w@])",
    re.IGNORECASE,
)
# Candidates for phone numbers: digit groups with spaces, dashes, dots or brackets, optionally +country.
PHONE = re.compile(r"(?<![\w+/.,-])(?:\+|00)?\(?\d[\d \t().\-]{6,22}\d(?![\w/-]|[.,]\d)")
_DATE_LIKE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$")
BSN_LIKE = re.compile(r"(?<![\w.-])\d{3}[ .]?\d{3}[ .]?\d{3}(?![\w-]|[.,]\d)")
LONG_NUMBER = re.compile(r"(?<![\w.,-])\d{7,}(?![\w-]|[.,]\d)")
IBAN = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{4}(?: ?\d{2,4}){2,5}\b")
SSN = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")
NI_NUMBER = re.compile(r"\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b")
# A number introduced by what it is: "BSN 123 456 789", "NHS number: 485 777 3456", "dossiernummer 55-123".
KEYED_NUMBER = re.compile(
    r"(?i)\b(?P<key>bsn|burgerservicenummer|sofinummer|dossiernummer|klantnummer|cli[eë]ntnummer|"
    r"pati[eë]ntnummer|polisnummer|lidnummer|studentnummer|personeelsnummer|kenteken|"
    r"nhs (?:number|no\.?)|hospital number|patient number|case number|reference(?: number)?|ref\.?|"
    r"social security number|ssn|national insurance(?: number)?|ni number|student number|"
    r"membership number|id number|licen[cs]e plate)"
    r"(?:\s+(?:is|was|nummer|number))?\s*[:#]?\s*"
    r"(?P<value>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9 .\-/]{2,22}[A-Z0-9])"
)


def elfproef(digits: str) -> bool:
    """The BSN check: 9 digits whose weighted sum (9..2, -1) is a multiple of 11."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum(int(c) * f for c, f in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
    return total % 11 == 0 and digits != "000000000"


_US_PHONE = re.compile(r"^\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}$")


def _phone_ok(candidate: str) -> bool:
    """Phone numbers as people write them: 9 to 13 digits, starting with + or 0 (06-12345678,
    +31 6 1234 5678, 07700 900123, (020) 123 4567), or in the American 3-3-4 shape ((555) 123-4567)."""
    digits = re.sub(r"\D", "", candidate)
    if not 9 <= len(digits) <= 13 or _DATE_LIKE.match(candidate):
        return False
    if candidate.count("(") != candidate.count(")"):
        return False
    if candidate.startswith(("+", "00", "(+", "0", "(0")):
        return True
    return _US_PHONE.match(candidate) is not None


def pattern_spans(text: str) -> list[Span]:
    """E-mail addresses, URLs, phone numbers, BSNs, IBANs and other identifying numbers, UK postcodes."""
    found: list[Span] = []
    for match in EMAIL.finditer(text):
        found.append(Span(match.start(), match.end(), "email", "email"))
    for match in URL.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in ".,;:!?)]}'\"":
            end -= 1
        if end - match.start() >= 4:
            found.append(Span(match.start(), end, "url", "url"))
    for match in PHONE.finditer(text):
        candidate = match.group().rstrip(" \t.-(")
        start = match.start()
        if candidate.startswith("(") and ")" not in candidate:
            candidate, start = candidate[1:], start + 1
        if _phone_ok(candidate):
            found.append(Span(start, start + len(candidate), "phone", "phone"))
    for match in BSN_LIKE.finditer(text):
        if elfproef(re.sub(r"\D", "", match.group())):
            found.append(Span(match.start(), match.end(), "bsn", "bsn"))
    for match in KEYED_NUMBER.finditer(text):
        key = match["key"].lower()
        kind = "bsn" if key in ("bsn", "burgerservicenummer", "sofinummer") else "id"
        value = match["value"].rstrip(" .-/")
        found.append(Span(match.start("value"), match.start("value") + len(value), kind, "keyed"))
    for regex, kind in ((LONG_NUMBER, "id"), (IBAN, "id"), (SSN, "id"), (NI_NUMBER, "id")):
        for match in regex.finditer(text):
            found.append(Span(match.start(), match.end(), kind, "number"))
    for match in UK_POSTCODE.finditer(text):
        if any(c.isdigit() for c in match.group()):
            found.append(Span(match.start(), match.end(), "place", "postcode"))
    return found


# --- dates ----------------------------------------------------------------------------------------------

MONTHS = {
    "nl": (
        "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
        "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
    ),
    "en": (
        "January|February|March|April|May|June|July|August|September|October|November|December|"
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    ),
}
_ORDINAL = {"nl": r"(?:e|ste|de)?", "en": r"(?:st|nd|rd|th)?"}
_YEAR = r"(?:19|20)\d{2}|['’]\d{2}"


@functools.cache
def _date_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    months, ordinal = MONTHS[language], _ORDINAL[language]
    flags = re.IGNORECASE if language == "nl" else 0
    of = r"(?:of )?(?:the )?" if language == "en" else ""
    patterns = [
        # 12 maart 2024, 3 mei, 12th of March, 1st June '24
        rf"(?<![\w.,])(?:[0-3]?\d){ordinal}\.? {of}(?:{months})\.?(?:,? (?:{_YEAR}))?(?![\w-])",
        # maart 2024, March 2024
        rf"(?<![\w-])(?:{months}) (?:{_YEAR})(?![\w-])",
        # 12-03-2024, 12/3/24, 2024-03-12
        r"(?<![\w./-])(?:[0-3]?\d[-/.][0-3]?\d[-/.](?:(?:19|20)\d{2}|\d{2})|(?:19|20)\d{2}-[01]?\d-[0-3]?\d)"
        r"(?![\w/-]|[.,]\d)",
    ]
    if language == "en":  # March 12, March 12th, 2024
        patterns.append(rf"(?<![\w-])(?:{months}) [0-3]?\d{ordinal}(?:,? (?:{_YEAR}))?(?![\w-])")
    return tuple(re.compile(p, flags) for p in patterns)


def _date_ok(value: str) -> bool:
    numbers = [int(n) for n in re.findall(r"\d+", value)]
    if not numbers:
        return False
    if re.search(r"[-/.]", value) and len(numbers) == 3:
        day, month = (numbers[2], numbers[1]) if numbers[0] > 31 else (numbers[0], numbers[1])
        return (1 <= day <= 31 and 1 <= month <= 12) or (1 <= month <= 31 and 1 <= day <= 12)
    small = [n for n in numbers if n < 100]
    return all(1 <= n <= 31 for n in small[:1])


def date_spans(text: str, language: str) -> list[Span]:
    """Dates with a day or a year: '12 maart', '12 maart 2024', 'maart 2024', '12-03-2024', 'March 12th'."""
    found = []
    for pattern in _date_patterns(language):
        for match in pattern.finditer(text):
            if _date_ok(match.group()):
                found.append(Span(match.start(), match.end(), "date", "date"))
    return found


# --- helpers --------------------------------------------------------------------------------------------


def words(text: str) -> Iterable[re.Match[str]]:
    """Words with letters, apostrophes and hyphens inside: "O'Brien", 'Mary-Jane', 'Sarah's'."""
    return re.finditer(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", text)
