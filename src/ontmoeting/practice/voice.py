"""The built-in voice: picks what the client says from the persona's material for the layer and the move.

Which line, in this order:

1. **What it presupposes has come up**: a line with ``needs`` is only said once each of its topics has been
   mentioned by either side (:mod:`ontmoeting.practice.memory`).
2. **Not said before**: a line is never repeated while its pool has unused lines; when a pool runs dry the
   client reaches for a neighbouring pool (at the deepest layer: their own next steps, then feelings) before
   repeating the line said longest ago.
3. **It answers the student's turn**: among the rest, the line that shares the most topics with the turn
   (three points each) and then the most content words (one point each); ties are broken by the
   ``random.Random`` the session passes in, so a seed makes a talk reproducible.

A factual question is answered from the fact sheet (:func:`answer`); a reflection may be confirmed ("Ja,
precies.") before the line, or, by a guarded client, corrected ("Nou, zo zou ik het niet zeggen.").
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from ontmoeting.practice.memory import line_topics, speakable, topics_in
from ontmoeting.practice.messages import CLIENT_DEFAULTS
from ontmoeting.practice.persona import LAYER_NAMES, Fact, Material, SpokenLine
from ontmoeting.practice.state import ClientState, Move


@dataclass(frozen=True)
class Line:
    """A chosen line: its text, the depth it is spoken from, and where it came from."""

    text: str
    depth: int
    pool: str
    index: int
    fact: str | None = None  # the fact id when the line answers a factual question


Pool = tuple[str, list[SpokenLine], int]


def _plain(lines: list[str]) -> list[SpokenLine]:
    return [SpokenLine(text=line) for line in lines]


def _pools(material: Material, move: Move, layer: int, summary: bool = False, lang: str = "nl") -> list[Pool]:
    """Candidate pools in order of preference: (pool name, lines, depth)."""

    def level(k: int) -> Pool:
        return (f"layer.{LAYER_NAMES[k]}", material.layers.level(k), k)

    if move is Move.OPENING:
        return [("opening", _plain(material.opening), 0), level(0)]
    if move is Move.SHORT:
        return [("short_answers", material.short_answers, 0), ("short_facts", _first_sentences(material), 0)]
    if move is Move.YES_BUT:
        return [("yes_but", material.yes_but, 1), ("push_back", material.push_back, 1)]
    if move is Move.PUSH_BACK:
        return [("push_back", material.push_back, 1), ("yes_but", material.yes_but, 1)]
    if move is Move.CALM:
        return [("calm", material.calm, 1), level(min(layer, 1))]
    if move is Move.LEAVE:
        return [("leaving", material.leaving, 1)]
    if move is Move.NOT_UNDERSTOOD:
        lines = material.other_language or _plain(CLIENT_DEFAULTS["other_language"][lang])
        return [("other_language", lines, 0)]
    if layer == 3:
        steps = ("own_steps", material.own_steps, 3)
        # a summary at the core is the moment for a next step of the client's own
        return [steps, level(3), level(2)] if summary else [level(3), steps, level(2)]
    return [level(layer)] + ([level(layer - 1)] if layer > 0 else [level(1)])


def _first_sentences(material: Material) -> list[SpokenLine]:
    """The first sentence of each fact: what an interrogated client says when the short answers run out."""
    return [
        SpokenLine(text=re.split(r"(?<=[.!?])\s+", line.text, maxsplit=1)[0], needs=line.needs)
        for line in material.layers.facts
    ]


_WORD = re.compile(r"\w{4,}", re.UNICODE)


def _stems(text: str) -> set[str]:
    """Crude stems (first five letters of words of four letters or more) to match helper and client words."""
    return {word[:5] for word in _WORD.findall(text.lower())}


def choose(
    material: Material,
    state: ClientState,
    move: Move,
    layer: int,
    rng: random.Random,
    cue: str = "",
    known: frozenset[str] = frozenset(),
    *,
    summary: bool = False,
    lang: str = "nl",
) -> Line:
    """Pick the next line and record it in ``state.used`` (the state passed in is changed).

    ``cue`` is the helper's turn; ``known`` the topics that have come up (see the module docstring).
    """
    pools = _pools(material, move, layer, summary, lang)
    cue_topics = topics_in(material, cue) if cue else set()
    cue_stems = _stems(cue)
    for name, lines, depth in pools:
        used = state.used.get(name, [])
        fresh = [i for i in range(len(lines)) if i not in used and speakable(lines[i], known)]
        if fresh:
            best = 0
            if cue_topics or cue_stems:
                score = {i: _relevance(material, lines[i], cue_topics, cue_stems) for i in fresh}
                best = max(score.values())
                fresh = [i for i in fresh if score[i] == best]
            if name == "layer.facts" and not used and best == 0 and 0 in fresh:
                # asked to tell, the client starts where their story starts: the persona's first fact line
                fresh = [0]
            index = rng.choice(fresh)
            state.used[name] = [*used, index]
            return Line(_finish(material, move, lines[index].text, rng, state), depth, name, index)
    # Everything said: repeat the speakable line of the first pool that was said longest ago.
    for name, lines, depth in pools:
        used = state.used.get(name, [])
        order = used + [i for i in range(len(lines)) if i not in used]
        sayable = [i for i in order if speakable(lines[i], known)]
        if sayable:
            index = sayable[0]
            state.used[name] = [*[i for i in used if i != index], index]
            return Line(_finish(material, move, lines[index].text, rng, state), depth, name, index)
    # Every line needs a topic nobody mentioned: the persona's first fact line, said as it is.
    return Line(material.layers.facts[0].text, 0, "layer.facts", 0)


def _relevance(material: Material, line: SpokenLine, cue_topics: set[str], cue_stems: set[str]) -> int:
    return 3 * len(line_topics(material, line) & cue_topics) + len(cue_stems & _stems(line.text))


def answer(
    material: Material,
    fact: Fact | None,
    state: ClientState,
    rng: random.Random,
    known: frozenset[str],
    lang: str,
    go_on_layer: int | None = None,
    again: bool = False,
) -> Line:
    """The answer to a factual question: the fact as on the sheet, or an in-character "weet ik niet".

    With ``go_on_layer``, an open client goes on with an unused line of that layer about the same topic, if
    there is one (answer first, then the story). ``again``: the same question was asked before, and the
    client says so ("Dat zei ik net al.").
    """
    if fact is None:
        lines = material.unknown or _plain(CLIENT_DEFAULTS["unknown"][lang])
        used = state.used.get("unknown", [])
        fresh = [i for i in range(len(lines)) if i not in used] or list(range(len(lines)))
        index = fresh[0] if len(fresh) == 1 else rng.choice(fresh)
        state.used["unknown"] = [*[i for i in used if i != index], index]
        return Line(lines[index].text, 0, "unknown", index)
    index = material.facts.index(fact)
    said = state.used.get("facts", [])
    text, depth = fact.answer, 0
    if again and index in said:  # asked again: the same fact, and the client notices
        text = f"{rng.choice(CLIENT_DEFAULTS['again'][lang])} {text}"
    if go_on_layer is not None and go_on_layer > 0:
        topics = topics_in(material, fact.answer) | set(fact.needs)
        name = f"layer.{LAYER_NAMES[go_on_layer]}"
        lines = material.layers.level(go_on_layer)
        used = state.used.get(name, [])
        about = [
            i
            for i in range(len(lines))
            if i not in used
            and speakable(lines[i], known | topics)
            and line_topics(material, lines[i]) & topics
        ]
        if about:
            chosen = rng.choice(about)
            state.used[name] = [*used, chosen]
            text, depth = f"{text} {lines[chosen].text}", go_on_layer
    state.used["facts"] = [*[i for i in said if i != index], index]
    return Line(text, depth, "facts", index, fact=fact.id)


_AGREES = re.compile(r"^(ja|jawel|klopt|precies|inderdaad|yes|yeah|yep|exactly|right|that's right)\b", re.I)


def lead_in(text: str, kind: str, lang: str, rng: random.Random) -> str:
    """``text`` after a confirmation (``kind='confirm'``) or a correction (``'correct'``) of a reflection."""
    if kind == "confirm" and _AGREES.match(text):
        return text
    options = CLIENT_DEFAULTS[kind][lang]
    lead = rng.choice(options)
    return f"{lead} {text}"


def _finish(material: Material, move: Move, text: str, rng: random.Random, state: ClientState) -> str:
    """After a minimal encourager, the client carries on with a lead-in ("Nou ja, en ...")."""
    if move is not Move.GO_ON:
        return text
    used = state.used.get("go_on", [])
    fresh = [i for i in range(len(material.go_on)) if i not in used] or list(range(len(material.go_on)))
    index = rng.choice(fresh)
    state.used["go_on"] = [*[i for i in used if i != index], index]
    lead = material.go_on[index].rstrip()
    if lead.endswith((".", "!", "?")):
        return f"{lead} {text}"
    return f"{lead} {_lower_first(text)}"


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first in ("I", "I'm", "I've", "I'd", "I'll") or (len(first) > 1 and first[1:2].isupper()):
        return text
    return text[:1].lower() + text[1:]


class BuiltinVoice:
    """Says the chosen line as written in the persona."""

    name = "builtin"
    leaves_machine = False

    def word(self, guide: str, **_: object) -> str:
        return guide
