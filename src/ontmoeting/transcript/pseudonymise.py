"""Replace the speakers' names by their roles, in the speaker column and wherever they occur in the text.

A stored practice conversation says "Cliënt" where the student typed "Robert": the names the file itself
reveals (speakers, and those names inside turns, with possessive variants such as "Robert's" and
"Roberts"). This is the first step of the full de-identification in
:mod:`ontmoeting.transcript.deidentify`, which the web app (on every upload, by default) and the CLI's
``--pseudonymise`` use: it also replaces other people's names, places, institutions, dates, phone
numbers, e-mail addresses and BSNs in the text. On its own, this function changes speaker names only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ontmoeting.transcript.model import Conversation, Role
from ontmoeting.transcript.roles import is_role_label

ROLE_LABELS = {
    "nl": {Role.HELPER: "Hulpverlener", Role.CLIENT: "Cliënt", Role.OTHER: "Ander"},
    "en": {Role.HELPER: "Helper", Role.CLIENT: "Client", Role.OTHER: "Other"},
}
# Words in a speaker's name that are titles, not names: never replaced on their own.
_TITLES = frozenset(
    {"mevrouw", "meneer", "mevr", "dhr", "mw", "mr", "mrs", "ms", "miss", "dr", "drs", "ir", "prof",
     "juffrouw", "juf", "meester", "sir", "madam", "de", "van", "der", "den", "het", "ten", "ter"}
)  # fmt: skip
_SUFFIX = r"(?P<suffix>['’]s|['’]|s)?"


def role_labels(conversation: Conversation) -> dict[str, str]:
    """Each speaker's replacement: the role in the conversation's language, numbered when several share it."""
    labels = ROLE_LABELS[conversation.language]
    speakers = conversation.speakers
    per_role: dict[Role, list[str]] = {}
    for name, role in speakers.items():
        per_role.setdefault(role, []).append(name)
    mapping: dict[str, str] = {}
    for role, names in per_role.items():
        for number, name in enumerate(names, start=1):
            mapping[name] = labels[role] if len(names) == 1 else f"{labels[role]} {number}"
    return mapping


def _name_variants(name: str) -> list[str]:
    """The whole name and its parts that are names (not titles, at least two letters)."""
    words = [w.strip(".,") for w in name.split()]
    parts = [w for w in words if len(w) >= 2 and w.casefold().rstrip(".") not in _TITLES and w[0].isalpha()]
    variants = {name.strip(), *parts}
    variants |= {v.upper() for v in variants if len(v) > 2}
    return sorted((v for v in variants if v), key=len, reverse=True)


def _pattern(mapping: dict[str, str], *, ignore_case: bool) -> tuple[re.Pattern[str], dict[str, str]] | None:
    replacements: dict[str, str] = {}
    for name, label in mapping.items():
        if is_role_label(name):
            continue  # 'Hulpverlener' or 'therapist' in the text is a word, not a name
        for variant in _name_variants(name):
            replacements.setdefault(variant.casefold() if ignore_case else variant, label)
    if not replacements:
        return None
    alternatives = "|".join(re.escape(v) for v in sorted(replacements, key=len, reverse=True))
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<!\w)(?P<name>{alternatives}){_SUFFIX}(?!\w)", flags), replacements


def _scrubber(mapping: dict[str, str], *, ignore_case: bool) -> Callable[[str], str]:
    compiled = _pattern(mapping, ignore_case=ignore_case)
    if compiled is None:
        return lambda text: text
    pattern, replacements = compiled

    def replace(match: re.Match[str]) -> str:
        key = match["name"].casefold() if ignore_case else match["name"]
        return replacements[key] + (match["suffix"] or "")

    return lambda text: pattern.sub(replace, text) if text else text


def pseudonymise(conversation: Conversation) -> Conversation:
    """A copy of ``conversation`` with speaker names replaced by role labels, also inside the text."""
    mapping = role_labels(conversation)
    in_text = _scrubber(mapping, ignore_case=False)  # 'Will' the name, not 'will' the verb
    anywhere = _scrubber(mapping, ignore_case=True)  # file names and ids are often lower case
    copy = conversation.model_copy(deep=True)
    for turn in copy.turns:
        turn.speaker = mapping.get(turn.speaker, turn.speaker)
        turn.text = in_text(turn.text)
        turn.note = in_text(turn.note) if turn.note else turn.note
        turn.annotations = [
            a.model_copy(update={"explanation": in_text(a.explanation)}) if a.explanation else a
            for a in turn.annotations
        ]
    metadata = copy.metadata
    copy.id = anywhere(copy.id)
    metadata.title = in_text(metadata.title) if metadata.title else metadata.title
    metadata.source_file = anywhere(metadata.source_file) if metadata.source_file else metadata.source_file
    metadata.extra = {key: in_text(value) for key, value in metadata.extra.items()}
    metadata.extra["pseudonymised"] = "true"
    metadata.warnings = [
        w.model_copy(update={"nl": in_text(w.nl), "en": in_text(w.en)}) for w in metadata.warnings
    ]
    return copy
