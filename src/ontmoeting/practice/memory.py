"""What has been said in a practice talk: the topics that came up, so the client only presupposes those.

A persona declares its topics (``topics: {fishing: [vis*, ijssel, ...]}``) and marks the lines that take one
as already known (``needs: [fishing]``). A topic has come up once either side has said one of its words, or
a line or fact that needs it has been said. A line whose needs have not come up is never chosen, so the
client does not speak of "die zondagen bij het water" before anyone mentioned fishing.
"""

from __future__ import annotations

from collections.abc import Iterable

from ontmoeting.practice.persona import Material, SpokenLine
from ontmoeting.practice.words import mentions, words


def topics_in(material: Material, text: str) -> set[str]:
    """The persona's topics that ``text`` mentions."""
    said = words(text)
    return {topic for topic, cues in material.topics.items() if mentions(said, cues)}


def known_topics(material: Material, texts: Iterable[str]) -> frozenset[str]:
    """The topics that have come up in ``texts`` (everything either side said so far)."""
    known: set[str] = set()
    for text in texts:
        known |= topics_in(material, text)
    return frozenset(known)


def speakable(line: SpokenLine, known: frozenset[str]) -> bool:
    """Whether everything ``line`` presupposes has come up."""
    return all(topic in known for topic in line.needs)


def line_topics(material: Material, line: SpokenLine) -> set[str]:
    """What a line is about: the topics it mentions and the ones it presupposes."""
    return topics_in(material, line.text) | set(line.needs)
