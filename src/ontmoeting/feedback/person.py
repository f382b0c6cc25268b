"""First person -> second person: the client's own sentence as the helper would give it back.

Only the person changes: pronouns, possessives, reflexives and the verb forms that agree with them; every
other word and the word order stay. Dutch knows three positions of the finite verb, and each conjugates
differently with "je":

* main clause, verb after the subject: "ik loop" -> "je loopt";
* inversion, verb before the subject: "nu loop ik" -> "nu loop je" (no -t with je; "kan ik" -> "kun je");
* subordinate clause, verb at the end or in the final verb cluster: "omdat ik bang ben" -> "omdat je bang
  bent", "dat ik niet kan slapen" -> "dat je niet kunt slapen".

With ``formal`` (the helper says "u"): ik -> u, mijn -> uw, reflexive me -> zich, and the verb keeps its -t
in inversion too ("kan ik" -> "kunt u"). The conventions are those of the tables in
tests/data/person_change/, which the tests and ``benchmarks/feedback_quality.py`` check.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|'[^\W\d_]+|\S", re.UNICODE)

# --- Dutch ---------------------------------------------------------------------------------------------

# Second person of verbs that are not simply stem + t (main clause and formal inversion).
_NL_SECOND = {
    "ben": "bent",
    "heb": "hebt",
    "kan": "kunt",
    "wil": "wilt",
    "zal": "zult",
    "mag": "mag",
    "ga": "gaat",
    "sta": "staat",
    "doe": "doet",
    "zie": "ziet",
    "sla": "slaat",
    "kom": "komt",
    "zeg": "zegt",
    "hou": "houdt",
}
# Inversion with "je": the verb stays as it is, except these.
_NL_INVERTED_JE = {"kan": "kun", "zal": "zul"}

# Past tense forms (unchanged with je and u); weak pasts in -de/-te are recognised by their ending.
_NL_PAST = frozenset(
    """
    was had kon wou zou moest mocht wilde durfde werd ging kwam zag liep zat lag stond bleef dacht bracht
    zocht kocht vond wist deed zei gaf nam sprak schreef keek viel hield hing begon kreeg vroeg las at dronk
    sliep riep koos verloor vergat verliet begreep ontving bood trok sloeg droeg schoot zong sprong vloog
    won verdween ontdekte hoorde voelde waren hadden
    """.split()
)

# Finite verbs that can stand anywhere in a Dutch verb cluster: found first in a subordinate clause.
_NL_FINITE = frozenset(
    """
    ben heb kan wil moet mag zal ga sta doe zie kom word blijf durf zou had was kon wou moest mocht wilde
    durfde werd ging bleef hoef laat probeer lijk weet
    """.split()
)

_NL_SUBORDINATORS = frozenset(
    """
    dat als omdat wanneer toen terwijl of zodat hoewel sinds voordat nadat totdat zodra die wat waar hoe
    waarom doordat zolang tenzij alsof
    """.split()
)
_NL_COORDINATORS = frozenset({"en", "maar", "want", "dus", "of"})
_NL_PARTICLES = (
    "aan",
    "op",
    "af",
    "uit",
    "mee",
    "door",
    "over",
    "terug",
    "toe",
    "weg",
    "in",
    "na",
    "voor",
    "bij",
    "thuis",
    "kapot",
    "vast",
    "los",
    "open",
    "dicht",
)


def _nl_second(verb: str) -> str:
    """The second person (je/u, verb after the subject) of a present or past finite verb."""
    lower = verb.lower()
    if lower in _NL_PAST or (len(lower) > 4 and lower.endswith(("de", "te"))):
        return verb
    if lower in _NL_SECOND:
        return _NL_SECOND[lower]
    for particle in _NL_PARTICLES:  # a separable verb written as one word: "aankan" -> "aankunt"
        rest = lower[len(particle) :]
        if lower.startswith(particle) and rest in _NL_SECOND:
            return verb[: len(particle)] + _NL_SECOND[rest]
    if lower.endswith("t"):
        return verb
    return verb + "t"


def _nl_inverted(verb: str, formal: bool) -> str:
    if formal:
        return _nl_second(verb)
    return _NL_INVERTED_JE.get(verb.lower(), verb)


def _is_word(token: str) -> bool:
    return token[0].isalpha() or token[0] == "'"


# Words that open a clause as its subject (or the start of it): "..., dat hij ...", "toen de bus ...".
_NL_SUBJECTS = frozenset("ik je jij hij zij ze we wij u het er men mijn de een".split())
# Words that end a Dutch clause but are never its finite verb.
_NL_NOT_VERB = frozenset(
    "me mij mezelf je jou hem haar het ons ze er niet wel ook nog toen nu dan daar hier zo".split()
)


def _clause_end(tokens: list[str], start: int) -> int:
    """Index just after the clause that runs from ``start``: up to punctuation, a coordinator, or a
    subordinator that opens a new clause with its own subject ("toen voelde" is an adverb; "dat hij" not)."""
    for j in range(start, len(tokens)):
        lower = tokens[j].lower()
        if not _is_word(tokens[j]) or (j > start and lower in ("en", "maar", "want")):
            return j
        following = tokens[j + 1].lower() if j + 1 < len(tokens) else ""
        if j > start and lower in _NL_SUBORDINATORS and following in _NL_SUBJECTS:
            return j
    return len(tokens)


def _nl_subordinate_verb(tokens: list[str], subject: int) -> int | None:
    """The finite verb of the subordinate clause whose subject is at ``subject``."""
    end = _clause_end(tokens, subject + 1)
    words = [j for j in range(subject + 1, end) if _is_word(tokens[j])]
    if not words:
        return None
    for j in words:
        if tokens[j].lower() in _NL_FINITE:
            return j
    last = words[-1]
    if tokens[last].lower() in _NL_NOT_VERB:
        return None
    lower = tokens[last].lower()
    if lower.endswith("en") and not lower.endswith(("ien", "een")) and lower not in _NL_PAST:
        return None  # an infinitive: the finite verb is not recognisable
    return last


def _to_second_nl(tokens: list[str], formal: bool) -> list[str]:
    out = list(tokens)
    you = "u" if formal else "je"
    verbs: dict[int, str] = {}
    subject_in_clause = False  # whether "ik" is the subject of the clause being read (for reflexive me)
    for i, token in enumerate(tokens):
        lower = token.lower()
        if not _is_word(token) or lower in _NL_SUBORDINATORS or lower in ("en", "maar", "want"):
            subject_in_clause = False
        if lower in ("ik", "ikzelf"):
            out[i] = "uzelf" if formal and lower == "ikzelf" else ("jijzelf" if lower == "ikzelf" else you)
            subject_in_clause = True
            before = tokens[i - 1].lower() if i > 0 else ""
            starts = i == 0 or not _is_word(tokens[i - 1])
            if before in _NL_SUBORDINATORS:  # "of ik het aankan": 'of' as a subordinator is the rule
                verb = _nl_subordinate_verb(tokens, i)
                if verb is not None:
                    verbs[verb] = _nl_second(tokens[verb])
            elif starts or before in _NL_COORDINATORS:
                if i + 1 < len(tokens) and _is_word(tokens[i + 1]):
                    verbs[i + 1] = _nl_second(tokens[i + 1])
            elif i > 0 and _is_word(tokens[i - 1]):
                verbs[i - 1] = _nl_inverted(tokens[i - 1], formal)
        elif lower in ("me", "mij"):
            out[i] = ("zich" if subject_in_clause else "u") if formal else "je"
        elif lower in ("mezelf", "mijzelf"):
            out[i] = "uzelf" if formal else "jezelf"
        elif lower in ("mijn", "m'n"):
            out[i] = "uw" if formal else "je"
        elif lower == "mijne":
            out[i] = "de uwe" if formal else "jouwe"
        elif lower in ("we", "wij"):
            out[i] = "u" if formal else "jullie"
        elif lower in ("ons", "onze"):
            out[i] = "uw" if formal and lower == "onze" else ("u" if formal else "jullie")
    for index, verb in verbs.items():
        out[index] = verb
    return out


# --- English -------------------------------------------------------------------------------------------

_EN = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "we": "you",
    "us": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "we're": "you're",
    "we've": "you've",
    "we'd": "you'd",
    "we'll": "you'll",
}


def _to_second_en(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i, token in enumerate(tokens):
        lower = token.lower()
        before = tokens[i - 1].lower() if i > 0 else ""
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if lower in ("am", "was", "wasn't") and ("i" in (before, after)):
            out[i] = {"am": "are", "was": "were", "wasn't": "weren't"}[lower]
        elif lower in _EN:
            out[i] = _EN[lower]
    return out


# --- both ----------------------------------------------------------------------------------------------


def _case_like(new: str, old: str, first: bool) -> str:
    if first or (old[:1].isupper() and old.lower() not in ("i", "i'm", "i've", "i'd", "i'll")):
        return new[:1].upper() + new[1:]
    return new


def to_second_person(sentence: str, lang: str, *, formal: bool = False) -> str:
    """``sentence`` with its first person changed to the second ('je', or 'u' with ``formal``; 'you').

    >>> to_second_person("Nu ga ik er nooit meer heen.", "nl")
    'Nu ga je er nooit meer heen.'
    >>> to_second_person("Ik schaam me dood.", "nl", formal=True)
    'U schaamt zich dood.'
    """
    spans = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)]
    tokens = [text for _, _, text in spans]
    if not tokens:
        return sentence
    changed = _to_second_nl(tokens, formal) if lang == "nl" else _to_second_en(tokens)
    first_word = next((k for k, t in enumerate(tokens) if _is_word(t)), -1)
    pieces, last = [], 0
    for k, ((start, end, old), new) in enumerate(zip(spans, changed, strict=True)):
        pieces.append(sentence[last:start])
        if new != old:
            new = _case_like(new, old, k == first_word and old[:1].isupper())
        pieces.append(new)
        last = end
    pieces.append(sentence[last:])
    return "".join(pieces)
