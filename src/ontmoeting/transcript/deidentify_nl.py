"""Dutch de-identification: deduce, with what a conversation needs beyond the medical records it was made for.

deduce (PyPI ``deduce``, by the UMC Utrecht; LGPL) finds names, places, streets with house numbers,
hospitals and care institutions, dates with a year, ages, phone numbers, e-mail addresses, URLs and BSNs
in Dutch text, offline, with lookup lists and patterns. It was built for medical records; a spoken
conversation needs a few repairs and additions, which this module makes:

* sentence-initial ordinary words that are also surnames ('Mooi.', 'Niks.', 'Knap.') are not names, and
  greetings and titles are not part of one ('Dag Sofie' -> Sofie, 'meneer Bakker' -> Bakker);
* street names without a house number ('op de Hoefkade') and dates without a year ('op 12 maart');
* institutions and places by their shape and cues (``deidentify_names``: 'Haagse Hogeschool',
  'basisschool De Regenboog', 'bij Woonstad', 'vanuit Overvecht');
* the patterns both languages share (e-mail with any domain, international phone numbers, IBAN).

Loading deduce takes about 11 seconds and 1 GB of memory; the very first time after installing it, deduce
builds its lookup structures (1-2 minutes) and keeps them in a cache. It is loaded on first use, once
per process (see ``deidentify.load_engine``), never when a module is imported.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path
from typing import Any

from ontmoeting.transcript.deidentify_common import (
    Span,
    capitalised,
    date_spans,
    deduce_list,
    is_word,
    missing_package,
    package_dir,
    pattern_spans,
    sentence_start,
)
from ontmoeting.transcript.deidentify_names import Cues, find_names, tokenise

_CACHE_FILE = "lookup_structs.pickle"

CUES = Cues(
    language="nl",
    connectors=frozenset({"van", "voor", "en", "de", "der", "den"}),
    articles=frozenset({"de", "het", "een", "'t", "mijn", "onze", "ons", "jouw", "je", "zijn", "haar"}),
    heads=frozenset(
        """Ziekenhuis Hogeschool Universiteit College Lyceum Gymnasium School Academie Kliniek Praktijk
        Stichting Centrum Jeugdhulp Jeugdzorg Zorg Zorggroep Thuiszorg Welzijn Transport Wonen Groep Bank
        Vereniging Instituut Kerk Moskee Gemeente Nederland BV NV B.V. N.V. ROC UMC GGZ MBO HBO VMBO
        Basisschool Scholengemeenschap Medisch Huisartsenpraktijk Apotheek Makelaardij Uitzendbureau
        Verzekeringen Kinderopvang Buurthuis Wijkcentrum Jongerenwerk Reclassering Politie""".split()
    ),
    head_starts=frozenset({"Stichting", "Universiteit", "Hogeschool", "Gemeente", "Centrum", "Basisschool"}),
    lower_heads=frozenset(
        """wijkteam buurtteam gemeente huisartsenpraktijk praktijk basisschool school hogeschool universiteit
        stichting ziekenhuis kliniek woningcorporatie corporatie zorggroep thuiszorg verpleeghuis
        verzorgingshuis woonzorgcentrum kinderdagverblijf opvang kerk moskee bedrijf firma organisatie
        vereniging sportclub voetbalclub club supermarkt bank uitzendbureau zorginstelling instelling
        jeugdzorginstelling woongroep dagbesteding werkgever""".split()
    ),
    street_suffixes=tuple(
        """straat weg laan plein kade gracht singel dijk dreef steeg hof pad markt park wijk plantsoen baan
        wal allee boulevard""".split()
    ),
    street_words=frozenset(),
    place_cues=frozenset(
        """in uit vanuit naar richting rond nabij buiten op aan wonen woont woonde verhuisd geboren""".split()
    ),
    institution_cues=frozenset({"bij", "via", "met"}),
    person_cues=frozenset(
        """vriend vriendin vriendje vriendinnetje broer broertje zus zusje zoon dochter moeder vader oom
        tante neef nicht opa oma collega baas buurman buurvrouw man vrouw partner ex juf meester mentor
        docent leraar lerares heet genaamd stiefvader stiefmoeder schoonmoeder schoonvader kleinzoon
        kleindochter""".split()
    ),
    titles=frozenset(
        """meneer mevrouw mijnheer dhr mevr mw mr dr drs ir ing prof juf juffrouw meester dokter tante oom
        opa oma zuster broeder pastoor dominee""".split()
    ),
    never=frozenset(
        """God Pasen Kerst Kerstmis Ramadan Suikerfeest Offerfeest Sinterklaas Nederlands Engels Frans Duits
        Turks Arabisch Pools Nederlandse Engelse Turkse Marokkaanse Poolse Surinaamse OK Oké TV WhatsApp
        Instagram Facebook TikTok Snapchat Google YouTube Netflix Corona Covid BSN DigiD Wmo WMO UWV IG
        ADHD ADD PDD-NOS GGD GGZ HBO MBO VMBO VWO HAVO Social Work Sorry Hm Hmm Avonds Nachts Morgens Middags
        Ochtends Voormiddags Namiddags Zomers Winters Hij Hem Zijn Gij U Heer Jezus Bijbel Psalmen Koran
        Allah Marokkaan Marokkanen Turk Turken Belg Belgen Belgische Canadees Amerikaan Amerikanen
        Nederlander Nederlanders Surinamer Pool Polen""".split()
    ),
    greetings=frozenset(
        """hoi hey hee hallo dag goedemorgen goedemiddag goedenavond doei ja nee nou oké ok okay eerst dus
        want maar en toen sorry bedankt dank dankjewel welkom beste lieve ach oh tja goh hè hm hmm zeg kijk
        met""".split()
    ),
    capitals_mark_names=True,
)
_GREETINGS = CUES.greetings
_TAGS = {
    "persoon": "person",
    "patient": "person",
    "locatie": "place",
    "straat": "place",
    "ziekenhuis": "institution",
    "zorginstelling": "institution",
    "instelling": "institution",
    "datum": "date",
    "leeftijd": "age",
    "telefoonnummer": "phone",
    "emailadres": "email",
    "url": "url",
    "bsn": "bsn",
    "id": "id",
}


def _cache_base(lookup: Path) -> Path:
    """Where deduce keeps its built lookup structures (in ``<base>/cache``): next to its lists, or, where
    that folder cannot be written (a system-wide install), in the user's cache folder."""
    cache = lookup / "cache"
    if (cache / _CACHE_FILE).exists() or os.access(cache, os.W_OK):
        return lookup
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    path = Path(base) / "ontmoeting" / "deduce"
    (path / "cache").mkdir(parents=True, exist_ok=True)
    return path


def load_deduce() -> Any:
    """A new ``deduce.Deduce`` (slow: call once per process). deduce configures the root logger to print
    everything on stdout when imported; a handler placed first keeps it from doing so."""
    package_dir("deduce")  # a clear error when it is missing
    root = logging.getLogger()
    guard = logging.NullHandler()
    root.addHandler(guard)
    try:
        from deduce import Deduce
    except ImportError as error:  # pragma: no cover - a broken install
        raise missing_package("deduce") from error
    finally:
        root.removeHandler(guard)
    lookup = package_dir("deduce") / "data" / "lookup"
    base = _cache_base(lookup)
    if not (base / "cache" / _CACHE_FILE).exists():
        from ontmoeting.i18n import resolve_language  # the user's language; each language's output pure

        dutch = resolve_language() == "nl"
        print(
            "deduce: de opzoeklijsten worden eenmalig opgebouwd (1-2 minuten)"
            if dutch
            else "deduce: building its lookup structures once (1-2 minutes)",
            file=sys.stderr,
        )
    return Deduce(cache_path=base)


class DutchEngine:
    """Finds identifiers in Dutch text (the whole conversation as one document)."""

    def __init__(self, deduce: Any | None = None) -> None:
        self.deduce = deduce if deduce is not None else load_deduce()
        self.first = deduce_list("names/lst_first_name", exceptions=False)
        self.surnames = deduce_list("names/lst_surname")
        self.interfixes = deduce_list("names/lst_interfix")
        self.places = deduce_list("locations/lst_placename")
        self.municipalities = deduce_list("locations/lst_placename/lst_municipality") | deduce_list(
            "locations/lst_placename/lst_province"
        )
        self.ambiguous_places = frozenset(p for p in self.places if " " not in p and is_word(p, "nl"))

    def known(self, word: str) -> bool:
        """A first name or a municipality ('Roos', 'Leiden'): a name even where it is a word."""
        return word in self.first or word in self.municipalities

    def find(self, text: str) -> list[Span]:
        found = self._deduce(text)
        found += pattern_spans(text) + date_spans(text, "nl")
        found += find_names(text, CUES, known_names=self.first, known_places=self.ambiguous_places)
        found += _house_numbers(text, found)
        return found

    def _deduce(self, text: str) -> list[Span]:
        document = self.deduce.deidentify(text, disabled={"redactor", "remove_street_tags"})
        found = []
        for annotation in document.annotations:
            kind = _TAGS.get(annotation.tag.split("+")[0])
            if kind is None:
                kind = "person" if "naam" in annotation.tag else "place"
            start, end = int(annotation.start_char), int(annotation.end_char)
            value = text[start:end]
            start += len(value) - len(value.lstrip())
            end -= len(value) - len(value.rstrip())
            if end <= start:
                continue
            span = Span(start, end, kind, "deduce")
            if kind == "person":
                parts = _sentences(text, span)  # 'Mooi. Niks': two sentences, neither a name
                found.extend(p for p in (self._person(text, part) for part in parts[1:]) if p is not None)
                span = self._person(text, parts[0])
            elif kind == "place":
                span = self._place(text, span, annotation.tag)
            elif kind == "age":
                span = _old_age(text, span)
            elif kind == "date":
                span = _date(text, span)
            if span is not None:
                found.append(span)
        return found

    def _person(self, text: str, span: Span) -> Span | None:
        """Greetings, titles and sentence-initial ordinary words out; a lone ordinary word only after a
        title or a word for a person ('meneer Bakker', 'mijn zus Roos')."""
        words = [w for w in tokenise(text[span.start : span.end])]
        while len(words) > 1 and (
            words[0].lower in _GREETINGS
            or words[0].lower.rstrip(".") in CUES.titles
            or (
                is_word(words[0].text, "nl")
                and words[0].text not in self.first
                and words[0].lower not in self.interfixes
                and words[0].text not in self.surnames
            )
        ):
            words = words[1:]
        while len(words) > 1 and not (capitalised(words[-1].text) or words[-1].text.isupper()):
            words = words[:-1]  # 'Albert Heijn op de' -> 'Albert Heijn'
        if not words or not any(capitalised(w.text) or w.text.isupper() for w in words):
            return None
        start, end = span.start + words[0].start, span.start + words[-1].end
        if len(words) == 1:
            word = words[0]
            if word.lower in _GREETINGS or word.text in CUES.never:
                return None
            if is_word(word.text, "nl") and word.text not in self.first:
                before = re.findall(r"[^\W\d_]+", text[max(0, start - 30) : start].lower())[-2:]
                said = CUES.titles | CUES.person_cues
                if not (before and (before[-1] in said or (len(before) > 1 and before[-2] in said))):
                    return None
        return Span(start, end, "person", "deduce")

    def _place(self, text: str, span: Span, tag: str) -> Span | None:
        value = text[span.start : span.end]
        lead = re.match(r"(?:(?:op|aan|in|de|het|den|der|van|'t) )+", value)
        if lead and len(lead.group()) < len(value):  # 'op de Hoefkade' -> 'Hoefkade'
            span = Span(span.start + lead.end(), span.end, span.kind, span.source)
            value = value[lead.end() :]
        if tag == "straat":  # a street without a house number: only one that looks like a street
            if not (value.endswith(CUES.street_suffixes) and capitalised(value) and " " not in value):
                return None
        if (
            " " not in value
            and sentence_start(text, span.start)
            and is_word(value, "nl")
            and value not in self.municipalities
        ):
            return None  # 'Best moeilijk', 'Amen'
        return span


def _sentences(text: str, span: Span) -> list[Span]:
    """``span`` cut where a sentence ends inside it."""
    parts = []
    start = span.start
    value = text[span.start : span.end]
    for end in re.finditer(r"[.!?…]\s+", value):
        if not re.search(r"(?:^|\s)\w$", value[: end.start()]):  # not the dot of an initial ('J. de Vries')
            parts.append(Span(start, span.start + end.start(), span.kind, span.source))
            start = span.start + end.end()
    parts.append(Span(start, span.end, span.kind, span.source))
    return [p for p in parts if p.end > p.start]


def _old_age(text: str, span: Span) -> Span | None:
    """Only an age of 90 or more identifies someone (HIPAA's rule); younger ages stay."""
    numbers = [int(n) for n in re.findall(r"\d+", text[span.start : span.end])]
    return span if numbers and max(numbers) >= 90 else None


def _date(text: str, span: Span) -> Span:
    """'3 september 18' (turning 18): deduce reads a bare two-digit number after a month as its year."""
    value = text[span.start : span.end]
    bare = re.search(r"(?i)[a-z]\.? \d{2}$", value)
    return Span(span.start, span.end - 3, "date", span.source) if bare else span


_NUMBER_AFTER = re.compile(r"^ \d{1,4}(?: ?[a-zA-Z](?![\w]))?(?![\d])")


def _house_numbers(text: str, found: list[Span]) -> list[Span]:
    """'Putselaan 118', 'Breestraat 112': the house number after a street."""
    extra = []
    for span in found:
        if span.kind == "place" and span.source in ("street", "cue", "deduce"):
            after = _NUMBER_AFTER.match(text[span.end : span.end + 8])
            if after and text[span.start : span.end].endswith(CUES.street_suffixes):
                extra.append(Span(span.start, span.end + after.end(), "place", "street"))
    return extra
