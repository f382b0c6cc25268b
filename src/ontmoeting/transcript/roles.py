"""Who is the helper and who the client: from the speaker's label, the user's ``--helper``, or a guess.

A label such as ``H``, ``Hulpverlener``, ``Therapist`` or ``Cliënt`` says the role. Names (``Mira``,
``Robert``) do not; then ``--helper NAME`` decides, or a guess: the helper is usually who opens the
conversation and who asks the most questions. A guess is always reported as a warning, so the user can
correct it. Exactly one helper and one client are chosen; anyone else (a second client, an observer)
gets the role OTHER, so that measures about "the helper" and "the client" stay meaningful.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ontmoeting.transcript.messages import WARNINGS, input_error
from ontmoeting.transcript.model import ReadWarning, Role

HELPER_LABELS = frozenset(
    {
        "h", "t", "i", "s", "hv", "hulpverlener", "hulpverleenster", "therapeut", "therapiste", "therapist",
        "counsellor", "counselor", "counselling", "student", "interviewer", "coach", "helper",
        "begeleider", "begeleidster", "behandelaar", "psycholoog", "psychologist", "consulent",
        "maatschappelijk werker", "social worker", "mw", "sw", "professional", "prof", "trainer",
        "hulpverlener student", "practitioner", "clinician", "doctor", "dokter", "arts", "verpleegkundige",
        "nurse", "mentor", "docent", "interviewster", "gespreksleider", "zorgverlener", "agoog",
        "ambulant begeleider", "jeugdwerker", "counsellor student", "th", "co",
    }
)  # fmt: skip
CLIENT_LABELS = frozenset(
    {
        "c", "k", "p", "r", "cl", "client", "klant", "patient", "pt", "deelnemer", "participant",
        "interviewee", "respondent", "jongere", "bewoner", "ouder", "hulpvrager", "cliente",
        "oefencliënt", "oefenclient", "simulatiecliënt", "simulatieclient", "acteur", "actor",
        "gesprekspartner", "pat",
    }
)  # fmt: skip
OTHER_LABELS = frozenset(
    {"o", "observer", "observator", "waarnemer", "tolk", "interpreter", "partner", "ander", "other"}
)

ROLE_NAMES = {
    "nl": {Role.HELPER: "hulpverlener", Role.CLIENT: "cliënt", Role.OTHER: "ander"},
    "en": {Role.HELPER: "helper", Role.CLIENT: "client", Role.OTHER: "other"},
}

# Role values in table columns and JSON, beyond the labels above.
_ROLE_VALUES = {"helper": Role.HELPER, "client": Role.CLIENT, "other": Role.OTHER}

_TRAILING_NUMBER = re.compile(r"[\s._#-]*\d+$")


def folded(text: str) -> str:
    """``text`` in lower case without accents: 'Cliënt' -> 'client'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalise_label(label: str) -> str:
    """Lower case, without accents, brackets, a trailing number or punctuation: 'Cliënt 2.' -> 'client'."""
    plain = re.sub(r"[()\[\]*_]", " ", folded(label)).strip(" .:-'\"\t")
    plain = _TRAILING_NUMBER.sub("", plain)
    return " ".join(plain.split())


def label_role(label: str) -> Role | None:
    """The role a speaker label names, or None for a name such as 'Mira'."""
    key = normalise_label(label)
    if key in _ROLE_VALUES:
        return _ROLE_VALUES[key]
    if key in HELPER_LABELS:
        return Role.HELPER
    if key in CLIENT_LABELS:
        return Role.CLIENT
    if key in OTHER_LABELS:
        return Role.OTHER
    # "Hulpverlener (Mira)", "Client - Robert": the first word decides
    first = key.split(" ")[0] if key else ""
    if first != key and first in HELPER_LABELS | CLIENT_LABELS | OTHER_LABELS and len(first) > 1:
        return label_role(first)
    return None


def is_role_label(label: str) -> bool:
    return label_role(label) is not None


@dataclass
class SpeakerStats:
    """What the guess needs to know about one speaker."""

    name: str
    first_turn: int
    turns: int = 0
    words: int = 0
    questions: int = 0

    def add(self, text: str) -> None:
        self.turns += 1
        self.words += len(text.split())
        self.questions += text.count("?")


def speaker_stats(turns: Iterable[tuple[str, str]]) -> list[SpeakerStats]:
    """Statistics per speaker, in order of first appearance, from (speaker, text) pairs."""
    found: dict[str, SpeakerStats] = {}
    for position, (speaker, text) in enumerate(turns):
        stats = found.setdefault(speaker, SpeakerStats(speaker, position))
        stats.add(text)
    return list(found.values())


def _matches(name: str, wanted: str) -> bool:
    key, target = normalise_label(name), normalise_label(wanted)
    return key == target or key.split(" ")[0] == target


def _guess_helper(pool: list[SpeakerStats]) -> SpeakerStats:
    # Questions per turn, and a small bonus for opening the conversation: helpers open and ask.
    def score(stats: SpeakerStats) -> tuple[float, int]:
        return (
            stats.questions / max(stats.turns, 1) + (0.25 if stats.first_turn == 0 else 0.0),
            -stats.first_turn,
        )

    return max(pool, key=score)


def assign_roles(
    stats: list[SpeakerStats],
    *,
    helper: str | None = None,
    file: str | Path | None = None,
    line: int | None = None,
) -> tuple[dict[str, Role], list[ReadWarning]]:
    """Each speaker's role, and a warning when roles were guessed.

    Raises E104 without speakers, E105 with only one, E117 when ``helper`` names nobody.
    """
    if not stats:
        raise input_error("E104", file, line)
    if len(stats) == 1:
        raise input_error("E105", file, line, speaker=stats[0].name)
    labelled = {s.name: label_role(s.name) for s in stats}
    helper_name: str | None = None
    guessed = False
    if helper:
        # An exact name first: 'Speaker 2' must not match 'Speaker 1' (numbers are dropped in _matches).
        exact = [s.name for s in stats if folded(s.name).strip() == folded(helper).strip()]
        matching = exact or [s.name for s in stats if _matches(s.name, helper)]
        if not matching:
            raise input_error("E117", file, helper=helper, speakers=", ".join(s.name for s in stats))
        helper_name = matching[0]
    else:
        helper_name = next((s.name for s in stats if labelled[s.name] is Role.HELPER), None)
    client_name = next(
        (s.name for s in stats if s.name != helper_name and labelled[s.name] is Role.CLIENT), None
    )
    if helper_name is None:
        pool = [s for s in stats if s.name != client_name and labelled[s.name] is None]
        pool = pool or [s for s in stats if s.name != client_name]
        helper_name = _guess_helper(pool).name
        guessed = True
    if client_name is None:
        pool = [s for s in stats if s.name != helper_name and labelled[s.name] is not Role.OTHER]
        pool = pool or [s for s in stats if s.name != helper_name]
        client_name = max(pool, key=lambda s: (s.words, -s.first_turn)).name
        guessed = guessed or labelled[client_name] is not Role.CLIENT
    roles = {s.name: Role.OTHER for s in stats}
    roles[helper_name] = Role.HELPER
    roles[client_name] = Role.CLIENT
    warnings: list[ReadWarning] = []
    if guessed and not helper:
        warnings.append(
            ReadWarning(
                code="W102",
                nl=WARNINGS["W102"]["nl"].format(guess=_describe(roles, "nl")),
                en=WARNINGS["W102"]["en"].format(guess=_describe(roles, "en")),
            )
        )
    return roles, warnings


def _describe(roles: dict[str, Role], lang: str) -> str:
    return ", ".join(f"{name} = {ROLE_NAMES[lang][role]}" for name, role in roles.items())
