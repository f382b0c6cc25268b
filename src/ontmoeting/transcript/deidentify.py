"""De-identification of a conversation: speaker names, and the names, places, institutions, dates, phone
numbers, e-mail addresses, BSNs and other identifying numbers in the text, replaced by placeholders.

Speaker names become their role labels, as :func:`~ontmoeting.transcript.pseudonymise.pseudonymise` has
always done ("Robert" -> "Cliënt"). Everything else that identifies someone becomes a numbered placeholder
of its kind, "[PERSOON-1]", "[LOCATIE-2]", "[DATUM-1]" in Dutch and "[PERSON-1]", "[PLACE-2]" in English,
and the same person gets the same placeholder in every turn and note of the conversation: the conversation
is read as one document, a name found in one turn is replaced wherever it occurs, and a person's first
name or surname alone ("Sanne", after "Sanne de Boer") is that person too.

Dutch goes through deduce (``deidentify_nl``), English through an equivalent made of word lists from PyPI
packages (``deidentify_en``); both add what conversations need (``deidentify_names``,
``deidentify_common``). Nothing is downloaded and no model is used. The engines load lazily, once per
process (:func:`load_engine`): deduce takes about 11 s and 1 GB, the English lists about a second.
"""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ontmoeting.transcript.deidentify_common import KINDS, STRUCTURED, Span, is_word, sentence_start
from ontmoeting.transcript.model import Conversation
from ontmoeting.transcript.pseudonymise import ROLE_LABELS, pseudonymise, role_labels
from ontmoeting.transcript.roles import is_role_label

#: The placeholder's word per kind and language: "[PERSOON-1]", "[PERSON-1]".
LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "person": "PERSOON",
        "place": "LOCATIE",
        "institution": "INSTELLING",
        "name": "NAAM",
        "date": "DATUM",
        "phone": "TELEFOONNUMMER",
        "email": "EMAILADRES",
        "url": "URL",
        "bsn": "BSN",
        "id": "NUMMER",
        "age": "LEEFTIJD",
    },
    "en": {
        "person": "PERSON",
        "place": "PLACE",
        "institution": "INSTITUTION",
        "name": "NAME",
        "date": "DATE",
        "phone": "PHONE",
        "email": "EMAIL",
        "url": "URL",
        "bsn": "BSN",
        "id": "NUMBER",
        "age": "AGE",
    },
}
#: Kinds whose text is looked for again in the whole conversation once found somewhere.
NAMED = ("person", "institution", "place", "name")
_PRIORITY = {kind: rank for rank, kind in enumerate((*KINDS, "name"))}
_SOURCE_RANK = {"deduce": 0, "names": 0, "geonames": 0, "head": 1, "lower_head": 1, "street": 1, "title": 1}
_PLACEHOLDER = re.compile(r"\[[A-Z]+(?:-\d+)?\]")
SEPARATOR = "\n\n"
_WORD_START = re.compile(r"(?<![\w'’])[^\W_][\w\-]*")
_CHUNK = 20_000  # characters per call of an engine: bounded memory and time on very long files


class Engine(Protocol):
    def find(self, text: str) -> list[Span]: ...


_engines: dict[str, Engine] = {}
_load_lock = threading.Lock()
_run_lock = threading.Lock()


def load_engine(language: str) -> Engine:
    """The de-identifier for ``language`` ("nl": deduce, "en": the English lists), loaded on first use and
    kept for the process (a module-level cache; safe to call from several threads)."""
    with _load_lock:
        engine = _engines.get(language)
        if engine is None:
            if language == "nl":
                from ontmoeting.transcript.deidentify_nl import DutchEngine

                engine = DutchEngine()
                # deduce's lookup structures are millions of objects that live as long as the process:
                # out of the garbage collector's sight, they no longer slow every full collection down
                # (5000 turns: 5 s -> 2 s)
                gc.collect()
                gc.freeze()
            else:
                from ontmoeting.transcript.deidentify_en import EnglishEngine

                engine = EnglishEngine()
            _engines[language] = engine
    return engine


# --- finding ------------------------------------------------------------------------------------------


def _join(texts: Sequence[str]) -> tuple[list[tuple[str, list[int]]], list[int]]:
    """Chunks of the texts joined by blank lines, each with the texts' offsets; and each text's chunk."""
    chunks: list[tuple[str, list[int]]] = []
    where: list[int] = []
    parts: list[str] = []
    offsets: list[int] = []
    size = 0
    for text in texts:
        if parts and size + len(text) > _CHUNK:
            chunks.append((SEPARATOR.join(parts), offsets))
            parts, offsets, size = [], [], 0
        offsets.append(size)
        parts.append(text)
        size += len(text) + len(SEPARATOR)
        where.append(len(chunks))
    chunks.append((SEPARATOR.join(parts), offsets))
    return chunks, where


def _protected(texts: Sequence[str], protect: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Per text, the ranges that are never replaced: placeholders and role labels already in it."""
    labels = sorted({p for p in protect if p}, key=len, reverse=True)
    pattern = (
        re.compile(rf"{_PLACEHOLDER.pattern}|(?<!\w)(?:{'|'.join(re.escape(p) for p in labels)})(?!\w)")
        if labels
        else _PLACEHOLDER
    )
    return [[m.span() for m in pattern.finditer(text)] for text in texts]


def _overlaps(span: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(span.start < end and start < span.end for start, end in ranges)


def _resolve(spans: list[Span]) -> list[Span]:
    """No two spans overlap: structured kinds first, then the longest, then the surest source."""
    ordered = sorted(
        spans,
        key=lambda s: (
            0 if s.kind in STRUCTURED else 1,
            -(s.end - s.start),
            _SOURCE_RANK.get(s.source, 2),
            _PRIORITY.get(s.kind, 99),
            s.start,
        ),
    )
    taken: list[Span] = []
    for span in ordered:
        if not any(span.start < t.end and t.start < span.end for t in taken):
            taken.append(span)
    return sorted(taken, key=lambda s: s.start)


def find_identifiers(
    texts: Sequence[str], language: str, *, protect: Sequence[str] = (), engine: Engine | None = None
) -> list[list[Span]]:
    """The identifiers in each of ``texts`` (one conversation: a name found in one text is looked for in
    all), with offsets into that text, none overlapping. ``protect``: words never replaced (role labels)."""
    engine = engine or load_engine(language)
    chunks, where = _join(texts)
    found: list[list[Span]] = [[] for _ in texts]
    index = 0
    for chunk, offsets in chunks:
        with _run_lock:
            spans = engine.find(chunk)
        for position, offset in enumerate(offsets):
            text = texts[index + position]
            for span in spans:
                if offset <= span.start and span.end <= offset + len(text) and span.end > span.start:
                    found[index + position].append(
                        Span(span.start - offset, span.end - offset, span.kind, span.source)
                    )
        index += len(offsets)
    del where
    protected = _protected(texts, [*protect, *_role_words(language)])
    found = [[s for s in spans if not _overlaps(s, protected[i])] for i, spans in enumerate(found)]
    known = getattr(engine, "known", None)
    found = _propagate(texts, found, language, protected, known)
    return [_resolve(spans) for spans in found]


def _role_words(language: str) -> list[str]:
    return list(ROLE_LABELS[language].values())


def _surfaces(text: str, span: Span) -> list[str]:
    value = text[span.start : span.end].strip()
    return [value] if len(value) >= 3 and any(c.isupper() for c in value) else []


def _propagate(
    texts: Sequence[str],
    found: list[list[Span]],
    language: str,
    protected: list[list[tuple[int, int]]],
    known: Callable[[str], bool] | None,
) -> list[list[Span]]:
    """A name, place or institution found once is replaced wherever it occurs in the conversation."""
    surfaces: dict[str, str] = {}
    for text, spans in zip(texts, found, strict=True):
        for span in spans:
            if span.kind in NAMED:
                for value in _surfaces(text, span):
                    surfaces.setdefault(value, span.kind)
    if not surfaces:
        return found
    by_first: dict[str, list[str]] = {}
    for value in sorted(surfaces, key=len, reverse=True):
        by_first.setdefault(re.split(r"[\s'’]", value, maxsplit=1)[0], []).append(value)
    result = []
    for i, (text, spans) in enumerate(zip(texts, found, strict=True)):
        extra = []
        for word in _WORD_START.finditer(text):
            candidates = by_first.get(word.group())
            if not candidates or (word.start() and text[word.start() - 1] in "@."):
                continue
            value = next(
                (
                    c
                    for c in candidates
                    if text.startswith(c, word.start())
                    and not re.match(r"[\w@]", text[word.start() + len(c) : word.start() + len(c) + 1])
                ),
                None,
            )
            if value is None:
                continue
            start = word.start()
            if (
                " " not in value
                and sentence_start(text, start)
                and is_word(value, language)
                and not (known and known(value))
            ):
                continue  # 'Hoop dat...' is not the 'Hoop' of another turn
            span = Span(start, start + len(value), surfaces[value], "propagated")
            if not _overlaps(span, protected[i]):
                extra.append(span)
        result.append(spans + extra)
    return result


# --- placeholders -------------------------------------------------------------------------------------


@dataclass
class _Entity:
    kind: str
    key: str
    aliases: set[str] = field(default_factory=set)
    placeholder: str = ""


def _key(value: str) -> str:
    value = re.sub(r"['’]s$", "", value.strip())
    return " ".join(value.split()).casefold()


def _close(a: str, b: str) -> bool:
    """One letter apart (deduce's rule for the same name written twice), for names of 5 letters or more."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    try:
        from rapidfuzz.distance import DamerauLevenshtein
    except ImportError:  # pragma: no cover - rapidfuzz comes with deduce
        return False
    return DamerauLevenshtein.distance(a, b, score_cutoff=1) <= 1


_LOWER_PARTS = frozenset("van de der den het ten ter te von da di le la du el al bin".split())


def _name_aliases(value: str) -> set[str]:
    """'Sanne de Boer' -> {'sanne', 'de boer', 'boer'}: the parts that may stand for the whole person."""
    parts = value.split()
    if len(parts) < 2:
        return set()
    aliases = {parts[0].casefold()}
    rest = parts[1:]
    aliases.add(" ".join(rest).casefold())
    while rest and rest[0].casefold() in _LOWER_PARTS:
        rest = rest[1:]
    if rest:
        aliases.add(" ".join(rest).casefold())
    return {a for a in aliases if len(a) >= 2 and a not in _LOWER_PARTS}


class Placeholders:
    """One conversation's mapping from what was found to its placeholder, numbered per kind in order of
    first appearance and the same for the same entity everywhere."""

    def __init__(self, language: str, existing: Sequence[str] = ()) -> None:
        self.labels = LABELS[language]
        self.entities: list[_Entity] = []
        self.counters: dict[str, int] = {}
        for text in existing:  # placeholders already in the text keep their numbers
            for label, number in re.findall(r"\[([A-Z]+)-(\d+)\]", text):
                self.counters[label] = max(self.counters.get(label, 0), int(number))
        self.surfaces: dict[str, str] = {}

    def assign(self, spans_with_text: list[tuple[Span, str]]) -> list[str]:
        """Placeholders for all spans of the conversation (in document order)."""
        kinds = self._kinds(spans_with_text)
        persons = [(s, t) for s, t in spans_with_text if kinds.get(_key(t), s.kind) == "person"]
        for _span, value in sorted(persons, key=lambda p: -len(p[1].split())):
            self._entity("person", value)
        result = []
        for span, value in spans_with_text:
            kind = kinds.get(_key(value), span.kind) if span.kind in NAMED else span.kind
            entity = self._entity(kind, value)
            if not entity.placeholder:
                label = self.labels.get(kind, kind.upper())
                self.counters[label] = self.counters.get(label, 0) + 1
                entity.placeholder = f"[{label}-{self.counters[label]}]"
            self.surfaces.setdefault(value, entity.placeholder)
            result.append(entity.placeholder)
        return result

    @staticmethod
    def _kinds(spans_with_text: list[tuple[Span, str]]) -> dict[str, str]:
        """One kind per name: a person when anything said so, else an institution, a place, a name."""
        order = {"person": 0, "institution": 1, "place": 2, "name": 3}
        kinds: dict[str, str] = {}
        for span, value in spans_with_text:
            if span.kind in order:
                key = _key(value)
                if key not in kinds or order[span.kind] < order[kinds[key]]:
                    kinds[key] = span.kind
        return kinds

    def _entity(self, kind: str, value: str) -> _Entity:
        key = _key(value)
        if kind == "name":  # a name of unknown kind that is a known person's, place's: that one
            for entity in self.entities:
                if entity.kind in NAMED and (
                    entity.key == key or _close(entity.key, key) or key in entity.aliases
                ):
                    return entity
        same_kind = [e for e in self.entities if e.kind == kind]
        for entity in same_kind:
            if entity.key == key:
                return entity
        if kind == "person":
            owners = [e for e in same_kind if key in e.aliases]
            if len(owners) == 1 or (owners and " " not in key):
                return owners[0]
        if kind != "person" or " " not in key:
            for entity in same_kind:
                if _close(entity.key, key):
                    return entity
        entity = _Entity(kind, key, _name_aliases(value) if kind == "person" else set())
        self.entities.append(entity)
        return entity


def replace(text: str, spans: Sequence[Span], placeholders: Sequence[str]) -> str:
    """``text`` with each span replaced by its placeholder."""
    parts = []
    last = 0
    for span, placeholder in sorted(zip(spans, placeholders, strict=True), key=lambda p: p[0].start):
        parts.append(text[last : span.start])
        parts.append(placeholder)
        last = span.end
    parts.append(text[last:])
    return "".join(parts)


def deidentify_texts(
    texts: Sequence[str], language: str, *, protect: Sequence[str] = (), engine: Engine | None = None
) -> tuple[list[str], Placeholders]:
    """``texts`` (one conversation) de-identified, and the mapping that was used."""
    found = find_identifiers(texts, language, protect=protect, engine=engine)
    placeholders = Placeholders(language, texts)
    flat = [
        (span, text[span.start : span.end])
        for text, spans in zip(texts, found, strict=True)
        for span in spans
    ]
    assigned = iter(placeholders.assign(flat))
    result = [
        replace(text, spans, [next(assigned) for _ in spans])
        for text, spans in zip(texts, found, strict=True)
    ]
    return result, placeholders


def _scrubber(placeholders: Placeholders, *, loose: bool = False) -> Callable[[str], str]:
    """Replace what was found in the conversation wherever else it occurs (explanations, warnings; with
    ``loose``, in ids and file names: any case, '-' or '_' for a space, the placeholder without brackets)."""
    surfaces = {s: p for s, p in placeholders.surfaces.items() if len(s) >= 3}
    if not surfaces:
        return lambda text: text
    ordered = sorted(surfaces, key=len, reverse=True)
    if loose:
        alternatives = "|".join(r"[\s_-]+".join(re.escape(w) for w in s.split()) for s in ordered)
        pattern = re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)
        folded = {" ".join(s.split()).casefold(): p.strip("[]") for s, p in surfaces.items()}
        return lambda text: pattern.sub(
            lambda m: folded.get(" ".join(re.split(r"[\s_-]+", m.group())).casefold(), "X"), text
        )
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(s) for s in ordered)})(?!\w)")
    return lambda text: pattern.sub(lambda m: surfaces[m.group()], text)


def deidentify(conversation: Conversation, *, engine: Engine | None = None) -> Conversation:
    """A copy of ``conversation`` with speaker names replaced by their roles and every identifier in the
    text, the notes, the title and the other metadata by a placeholder that is the same for the same
    person, place or institution throughout the conversation."""
    mapping = role_labels(conversation)
    copy = pseudonymise(conversation)
    language = copy.language
    segments: list[str] = []
    for turn in copy.turns:
        segments.append(turn.text)
        segments.append(turn.note or "")
    metadata = copy.metadata
    extra_keys = [k for k in metadata.extra if k != "pseudonymised"]
    segments.append(metadata.title or "")
    segments.extend(metadata.extra[k] for k in extra_keys)
    protect = [*mapping.values(), *(name for name in mapping if is_role_label(name))]
    texts, placeholders = deidentify_texts(segments, language, protect=protect, engine=engine)
    values = iter(texts)
    for turn in copy.turns:
        turn.text = next(values)
        note = next(values)
        turn.note = note if turn.note is not None else None
    title = next(values)
    metadata.title = title if metadata.title is not None else None
    for key in extra_keys:
        metadata.extra[key] = next(values)
    scrub = _scrubber(placeholders)
    loose = _scrubber(placeholders, loose=True)
    for turn in copy.turns:
        turn.annotations = [
            a.model_copy(update={"explanation": scrub(a.explanation)}) if a.explanation else a
            for a in turn.annotations
        ]
    metadata.warnings = [
        w.model_copy(update={"nl": scrub(w.nl), "en": scrub(w.en)}) for w in metadata.warnings
    ]
    copy.id = loose(copy.id)
    metadata.source_file = loose(metadata.source_file) if metadata.source_file else metadata.source_file
    metadata.extra["deidentified"] = "true"
    return copy
