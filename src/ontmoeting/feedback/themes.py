"""What the client talks about, so that "explored" is per theme: a solution about a subject that was never
explored is premature even when another subject was explored well.

A theme is represented by its content words (their first five letters, so "moeder"/"moeders" and
"bellen"/"belt" meet; words of four letters or more, less the commonest function words). An exchange is the
client turn and the helper turn that answers it. :class:`Themes` collects the words of every exchange in
which the helper explored the client's experience; :meth:`Themes.covers` says whether a later exchange is
about one of them. Deliberately lexical and predictable: a trainer can see why from the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WORD = re.compile(r"(?u)\b[^\W\d_]{4,}\b")

# The commonest function words of four letters or more in practice talks (nl, en): they say nothing about
# the subject.
_FUNCTION_WORDS = frozenset(
    """
    that this with have what your just about they there their them then when were been would could should
    dont like really know think well yeah okay because some very much more also into from will want does
    maar niet voor zijn heeft hebben wordt gewoon toch echt eigenlijk want omdat alles iets niks nooit altijd
    heel veel meer deze waar wel weer even zich zelf jouw mijn haar hoor denk weet vind moet kunt kan
    """.split()
)

#: Share of an exchange's words that must belong to an explored theme for it to count as that theme.
OVERLAP = 0.1


def theme_words(*texts: str) -> set[str]:
    return {w[:5] for text in texts for w in _WORD.findall(text.lower()) if w not in _FUNCTION_WORDS}


@dataclass
class Themes:
    explored: set[str] = field(default_factory=set)

    def add(self, *texts: str) -> None:
        self.explored |= theme_words(*texts)

    def covers(self, *texts: str, overlap: float = OVERLAP) -> bool:
        words = theme_words(*texts)
        return bool(words) and len(words & self.explored) / len(words) >= overlap
