"""``--review``: a recognised conversation as a text transcript to correct by hand, and read back by the
text reader (times stay, the speakers are written as their roles so that a swap is one word)."""

from __future__ import annotations

from ontmoeting.transcript.model import Conversation
from ontmoeting.transcript.roles import ROLE_NAMES

_HEADER = {
    "nl": [
        "# Transcript gemaakt door spraakherkenning: controleer het voordat je het laat analyseren.",
        "# - Verbeter de tekst waar de herkenning een woord verkeerd verstond.",
        "# - Klopt de spreker niet, verander dan 'Hulpverlener' in 'Cliënt' of omgekeerd.",
        "# - Een beurt splitsen: zet het tweede deel op een nieuwe regel met de spreker ervoor.",
        "# - Twee beurten samenvoegen: geef ze dezelfde spreker; opeenvolgende regels worden één beurt.",
        "# Daarna: ontmoeting analyse {file}",
    ],
    "en": [
        "# Transcript made by speech recognition: check it before you have it analysed.",
        "# - Correct the text where the recognition misheard a word.",
        "# - If a speaker is wrong, change 'Helper' into 'Client' or the other way round.",
        "# - To split a turn: put the second part on a new line with its speaker in front.",
        "# - To merge two turns: give them the same speaker; consecutive lines become one turn.",
        "# Then: ontmoeting analyse {file}",
    ],
}


def _time(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes, rest = divmod(seconds, 60)
    return f"[{int(minutes):02d}:{rest:04.1f}] "


def review_text(conversation: Conversation, lang: str, file: str = "FILE.txt") -> str:
    """The editable transcript, with a header in ``lang`` (the user's language) saying how to correct it;
    the role labels are in the conversation's language, which the text reader recognises."""
    header = [line.format(file=file) for line in _HEADER[lang if lang in _HEADER else "nl"]]
    labels = ROLE_NAMES[conversation.language]  # the role labels the text reader knows, capitalised
    lines = [
        f"{_time(turn.start)}{labels[turn.role].capitalize()}: {turn.text}" for turn in conversation.turns
    ]
    return "\n".join([*header, "", *lines]) + "\n"
