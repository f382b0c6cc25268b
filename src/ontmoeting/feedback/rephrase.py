"""Turn a client's own words into an example reflection: pick the phrase, then first person -> second person.

Deliberately simple and predictable (no language model): pick the sentence that names a feeling, else the
last statement; strip a leading "ja, maar" and fillers; swap ik/mijn/me -> je (with the verb after "ik"
conjugated) or I/my/me -> you/your. The result is offered as an *example*, never as the right answer.
"""

from __future__ import annotations

import re

from ontmoeting.feedback.person import to_second_person

_SENTENCES = re.compile(r"[^.!?…]+[.!?…]*")

FEELING_WORDS = {
    "nl": (
        "voel",
        r"mis(t|te|ten|sen)?\b",
        "pijn",
        "bang",
        "verdriet",
        "boos",
        "eenzaam",
        "schaam",
        "schuld",
        "angst",
        "spannend",
        "moeilijk",
        "zwaar",
        "blij",
        "opgelucht",
        "lucht",
        "trots",
        "teleurgesteld",
        "teleurstelling",
        "bezorgd",
        "zorgen",
        "kwaad",
        "alleen",
        "raakt",
        "durf",
        "verdrietig",
        "rot",
        "slecht",
        "moe",
        "onzeker",
        "wanhopig",
    ),
    "en": (
        "feel",
        "felt",
        r"miss(ed|ing|es)?\b",
        "hurt",
        "afraid",
        "scared",
        "sad",
        "angry",
        "lonely",
        "guilt",
        "ashamed",
        "worried",
        "anxious",
        "upset",
        "awful",
        "hard",
        "happy",
        "relieved",
        "proud",
        "disappointed",
        "alone",
        "fear",
        "frustrat",
        "stress",
    ),
}

_FILLERS = {
    "nl": ("ja", "nee", "nou", "eh", "ehm", "tja", "hm", "hmm", "oké", "ok", "maar", "en", "dus"),
    "en": ("yeah", "yes", "no", "well", "um", "uh", "hm", "hmm", "ok", "okay", "but", "and", "so", "i mean"),
}

_FIRST_PERSON = {
    "nl": ("ik", "me", "mij", "mijn", "m'n", "mezelf", "we", "wij", "ons", "onze"),
    "en": ("i", "me", "my", "myself", "i'm", "i've", "i'd", "i'll", "we", "us", "our"),
}
# Someone else's words reported: "Mijn moeder zegt dat ...", "My sister says ...".
_REPORTED = {
    "nl": re.compile(
        r"\b(hij|zij|ze|moeder|vader|man|vrouw|zus|broer|iedereen|mensen)\b[^.]{0,30}\b(zegt|zei|vindt|vond)\b"
    ),
    "en": re.compile(
        r"\b(he|she|they|mum|mom|dad|wife|husband|sister|brother|everyone|people)\b[^.]{0,30}\b(says|said|thinks|reckons)\b"
    ),
}


def pick_phrase(text: str, lang: str, *, after_but: bool = False) -> str | None:
    """The sentence of ``text`` to reflect: the first one naming a feeling, else the last statement.

    With ``after_but`` (a "ja, maar" turn), the part after the first "maar"/"but" is preferred.
    """
    sentences: list[str] = []
    for piece in _SENTENCES.findall(" ".join(text.split())):
        piece = piece.strip()
        if not piece.strip(" .!?…"):
            continue
        if sentences and piece[0].islower():  # "Ik denk... dat ik bang ben": one sentence
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    if after_but and sentences:
        first = sentences[0]
        match = re.search(r"\b(maar|but)\b[,]?\s*", first, flags=re.IGNORECASE)
        if match and first[match.end() :].strip(" .!?"):
            sentences[0] = first[match.end() :]
    statements = [s for s in sentences if not s.endswith("?")]
    if not statements:
        return None
    feeling = FEELING_WORDS.get(lang, FEELING_WORDS["en"])
    # the sentence that carries the client's own feeling or meaning: a feeling word counts most, the
    # client speaking of themselves next; a side remark about what someone else says counts against
    weights = [_weight(sentence, feeling, lang) for sentence in statements]
    top = max(weights)
    # the first sentence that names a feeling (what the client says first is what they lead with), else the
    # last personal statement (the latest is where the client now is)
    ties = [i for i, w in enumerate(weights) if w == top]
    best = ties[0] if top >= 2 else ties[-1]
    return _clip(statements[best], feeling)


def _weight(sentence: str, feeling: tuple[str, ...], lang: str) -> int:
    lower = f" {sentence.lower()} "
    weight = 2 * _names_feeling(sentence, feeling)
    weight += any(f" {w} " in lower for w in _FIRST_PERSON.get(lang, ()))
    weight -= 2 * bool(_REPORTED.get(lang) and _REPORTED[lang].search(lower))
    return weight


def is_personal(sentence: str, lang: str) -> bool:
    """Whether the sentence is about the client (names a feeling or speaks in the first person), not a bare
    fact like "Die woont in Canada."."""
    feeling = FEELING_WORDS.get(lang, FEELING_WORDS["en"])
    return _weight(sentence, feeling, lang) > 0


def _names_feeling(text: str, feeling: tuple[str, ...]) -> bool:
    lower = text.lower()
    return any(re.search(rf"\b{w}", lower) for w in feeling)


def _clip(sentence: str, feeling: tuple[str, ...], max_words: int = 20) -> str:
    """A long sentence is cut to one clause (the one naming a feeling, else the last), to keep it short."""
    words = sentence.split()
    if len(words) <= max_words:
        return sentence
    clauses = [c.strip() for c in re.split(r"[,;:]", sentence) if c.strip()]
    short = [c for c in clauses if len(c.split()) <= max_words]
    felt = [c for c in short if _names_feeling(c, feeling)]
    if felt:
        return felt[0]
    return short[-1] if short else " ".join(words[:max_words]) + "…"


def _strip_fillers(sentence: str, lang: str) -> str:
    result = sentence.strip()
    changed = True
    while changed:
        changed = False
        for filler in _FILLERS.get(lang, ()):
            match = re.match(rf"{re.escape(filler)}\b[,.…]*\s*", result, flags=re.IGNORECASE)
            if match and result[match.end() :]:
                result = result[match.end() :]
                changed = True
    return result


def _finish(text: str) -> str:
    text = text.strip().rstrip(" ,;:")
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!…":
        text = text.rstrip("?") + "."
    return text


def _second(phrase: str, lang: str, formal: bool) -> str | None:
    phrase = _strip_fillers(phrase, lang)
    if not phrase.strip(" .,!?…"):
        return None
    return to_second_person(phrase, lang, formal=formal)


def reflect(
    text: str, lang: str, *, after_but: bool = False, formal: bool = False, personal: bool = False
) -> str | None:
    """A simple reflection made from the client's ``text``, or None when no statement can be found (or,
    with ``personal``, when the best sentence is a bare fact, not the client's own experience).

    >>> reflect("We hebben geen contact meer. Ik mis mijn vader.", "nl")
    'Je mist je vader.'
    >>> reflect("Ik schaam me.", "nl", formal=True)
    'U schaamt zich.'
    """
    phrase = pick_phrase(text, lang, after_but=after_but)
    if phrase is None or (personal and not is_personal(phrase, lang)):
        return None
    second = _second(phrase, lang, formal)
    return _finish(second) if second else None


# Both templates keep the client's clause a main clause (Dutch word order never changes), and the double-sided
# one joins the two sides with "en", not "maar", as MI teaches: both are true at once.
_COMPLEX = {
    "double": {"nl": "{a}, én {b}.", "en": "{a}, and {b}."},
    "feeling": {
        "nl": "{a}. Dat raakt aan iets wat belangrijk voor {you} is.",
        "en": "{a}. That touches something that matters to you.",
    },
}
# two sides: "..., maar ..." with the comma, so "alleen maar" is not a turn of the sentence
_BUT = re.compile(r"\s*,\s*\b(maar|but)\b\s*,?\s*", re.IGNORECASE)


def complex_reflection(text: str, lang: str, *, formal: bool = False) -> str | None:
    """A complex reflection from the client's words: double-sided where the client says "..., maar ..."
    (both sides in the client's words), else the feeling sentence with the meaning it touches; None
    when the turn names no feeling and has no two sides."""
    lang = lang if lang in ("nl", "en") else "en"
    sentences = [p.strip() for p in _SENTENCES.findall(" ".join(text.split())) if p.strip(" .!?…")]
    for sentence in sentences:
        if sentence.endswith("?"):
            continue
        parts = _BUT.split(sentence, maxsplit=1)
        if len(parts) == 3 and len(parts[0].split()) >= 3 and len(parts[2].split()) >= 3:
            a, b = (_second(p.strip(" .!…"), lang, formal) for p in (parts[0], parts[2]))
            if a and b:
                return _COMPLEX["double"][lang].format(
                    a=_finish(a).rstrip(".!…"), b=lower_first(b.rstrip(".!…"))
                )
    phrase = pick_phrase(text, lang)
    feeling = FEELING_WORDS.get(lang, FEELING_WORDS["en"])
    if phrase is None or not _names_feeling(phrase, feeling):
        return None
    second = _second(phrase, lang, formal)
    if not second:
        return None
    return _COMPLEX["feeling"][lang].format(a=_finish(second).rstrip(".!…"), you="u" if formal else "je")


def lower_first(text: str) -> str:
    """The first letter in lower case ("Je durft" -> "je durft"), except English "I"."""
    if text.startswith(("I ", "I'")):
        return text
    return text[:1].lower() + text[1:]
