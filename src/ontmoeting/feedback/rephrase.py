"""Turn a client's own words into an example reflection: pick the phrase, then first person -> second person.

Deliberately simple and predictable (no language model): pick the sentence that names a feeling, else the
last statement; strip a leading "ja, maar" and fillers; swap ik/mijn/me -> je (with the verb after "ik"
conjugated) or I/my/me -> you/your. The result is offered as an *example*, never as the right answer.
"""

from __future__ import annotations

import re

_SENTENCES = re.compile(r"[^.!?…]+[.!?…]*")
_WORD = re.compile(r"\w+(?:'\w+)?|[^\w\s]", re.UNICODE)

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

# Dutch verbs whose second person is not simply stem + t.
_NL_IRREGULAR = {
    "ben": "bent",
    "kan": "kunt",
    "zal": "zult",
    "mag": "mag",
    "ga": "gaat",
    "sta": "staat",
    "sla": "slaat",
    "zie": "ziet",
    "doe": "doet",
    "heb": "hebt",
    "wil": "wilt",
    "was": "was",
    "had": "had",
    "kon": "kon",
    "wou": "wou",
    "zou": "zou",
    "moest": "moest",
    "durfde": "durfde",
}
# Words that follow "ik" but are not its verb (adverbs, pronouns, adjectives): leave them alone.
_NL_NOT_VERB = {
    "ook",
    "niet",
    "nog",
    "wel",
    "al",
    "gewoon",
    "echt",
    "eigenlijk",
    "zelf",
    "toch",
    "dus",
    "maar",
    "en",
    "dat",
    "het",
    "er",
    "hem",
    "haar",
    "je",
    "jou",
    "ze",
    "die",
    "nooit",
    "vaak",
    "soms",
    "graag",
    "bang",
    "blij",
    "boos",
    "moe",
    "daar",
    "hier",
    "zo",
    "nu",
    "dan",
    "me",
    "mij",
    "mezelf",
    "alleen",
    "steeds",
    "heel",
    "erg",
    "best",
    "zeker",
    "misschien",
    "eens",
    "weer",
    "meteen",
    "of",
}
_NL_SUBORDINATORS = {
    "dat",
    "als",
    "omdat",
    "wanneer",
    "toen",
    "terwijl",
    "of",
    "zodat",
    "hoewel",
    "die",
    "wat",
    "waar",
    "hoe",
    "waarom",
    "voordat",
    "nadat",
    "sinds",
    "totdat",
    "zodra",
}
_NL_PRONOUNS = {
    "ik": "je",
    "mij": "je",
    "me": "je",
    "mijn": "je",
    "m'n": "je",
    "mijzelf": "jezelf",
    "mezelf": "jezelf",
    "ikzelf": "jijzelf",
}
_EN_PRONOUNS = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "am": "are",
    "im": "you're",
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
    for sentence in statements:
        if _names_feeling(sentence, feeling):
            return _clip(sentence, feeling)
    return _clip(statements[-1], feeling)


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


def _nl_conjugate(verb: str) -> str:
    lower = verb.lower()
    if lower in _NL_IRREGULAR:
        return _NL_IRREGULAR[lower]
    if lower.endswith("t") or lower.endswith(("de", "te")):
        return verb
    return verb + "t"


def _to_second_person_nl(tokens: list[str]) -> list[str]:
    out = list(tokens)
    pending = False  # 'ik' in a subordinate clause: its verb comes at the end of the clause
    for i, token in enumerate(tokens):
        lower = token.lower()
        if lower in _NL_PRONOUNS:
            out[i] = _NL_PRONOUNS[lower]
            if lower == "ik":
                nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
                before = tokens[i - 1].lower() if i > 0 else ""
                clause_start = (
                    i == 0 or not tokens[i - 1][0].isalnum() or before in ("en", "maar", "want", "of")
                )
                if before in _NL_SUBORDINATORS or (clause_start and nxt in _NL_NOT_VERB):
                    pending = True
                elif clause_start and nxt.isalpha():
                    out[i + 1] = _nl_conjugate(tokens[i + 1])
        elif pending and (
            i + 1 == len(tokens)
            or not tokens[i + 1][0].isalnum()
            or tokens[i + 1].lower() in _NL_SUBORDINATORS
        ):
            # the last word of the clause: the finite verb of a Dutch subordinate clause
            if token.isalpha() and (token.lower() in _NL_IRREGULAR or not token.lower().endswith("en")):
                out[i] = _nl_conjugate(token)
            pending = False
    return out


def _to_second_person_en(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i, token in enumerate(tokens):
        lower = token.lower()
        if lower == "am" and (i == 0 or tokens[i - 1].lower() != "i"):
            continue
        if lower == "was" and i > 0 and tokens[i - 1].lower() == "i":
            out[i] = "were"
        elif lower in _EN_PRONOUNS:
            out[i] = _EN_PRONOUNS[lower]
    return out


def _join(tokens: list[str]) -> str:
    text = ""
    for token in tokens:
        if text and (token[0].isalnum() or token in "\"'(“‘"):
            text += " "
        text += token
    return text


def reflect(text: str, lang: str, *, after_but: bool = False) -> str | None:
    """An example reflection made from the client's ``text``, or None when no statement can be found.

    >>> reflect("We hebben geen contact meer. Ik mis mijn vader.", "nl")
    'Je mist je vader.'
    """
    phrase = pick_phrase(text, lang, after_but=after_but)
    if phrase is None:
        return None
    phrase = _strip_fillers(phrase, lang)
    tokens = _WORD.findall(phrase)
    if not tokens:
        return None
    tokens = _to_second_person_nl(tokens) if lang == "nl" else _to_second_person_en(tokens)
    result = _join(tokens).rstrip(" ,;:")
    result = result[0].upper() + result[1:]
    if result[-1] not in ".!…":
        result = result.rstrip("?") + "."
    return result
