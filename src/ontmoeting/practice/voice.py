"""The built-in voice: picks what the client says from the persona's material for the layer and the move.

A line is never repeated while its pool has unused lines; when a pool runs dry the client reaches for a
neighbouring pool (at the deepest layer: their own next steps, then feelings) before repeating the line
said longest ago. Choices are made with the ``random.Random`` the session passes in, so a seed makes a talk
reproducible.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from ontmoeting.practice.persona import LAYER_NAMES, Material
from ontmoeting.practice.state import ClientState, Move


@dataclass(frozen=True)
class Line:
    """A chosen line: its text, the depth it is spoken from, and where it came from."""

    text: str
    depth: int
    pool: str
    index: int


def _pools(material: Material, move: Move, layer: int) -> list[tuple[str, list[str], int]]:
    """Candidate pools in order of preference: (pool name, lines, depth)."""

    def level(k: int) -> tuple[str, list[str], int]:
        return (f"layer.{LAYER_NAMES[k]}", material.layers.level(k), k)

    if move is Move.OPENING:
        return [("opening", material.opening, 0), level(0)]
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
    if layer == 3:
        return [level(3), ("own_steps", material.own_steps, 3), level(2)]
    return [level(layer)] + ([level(layer - 1)] if layer > 0 else [level(1)])


def _first_sentences(material: Material) -> list[str]:
    """The first sentence of each fact: what an interrogated client says when the short answers run out."""
    return [re.split(r"(?<=[.!?])\s+", line, maxsplit=1)[0] for line in material.layers.facts]


_WORD = re.compile(r"\w{4,}", re.UNICODE)


def _stems(text: str) -> set[str]:
    """Crude stems (first five letters of words of four letters or more) to match helper and client words."""
    return {word[:5] for word in _WORD.findall(text.lower())}


def choose(
    material: Material, state: ClientState, move: Move, layer: int, rng: random.Random, cue: str = ""
) -> Line:
    """Pick the next line and record it in ``state.used`` (the state passed in is changed).

    Among the unused lines of the pool, those sharing words with ``cue`` (the helper's turn) come first, so a
    reflection of "bang" is more likely answered with a line about fear; ties are broken by ``rng``.
    """
    pools = _pools(material, move, layer)
    cue_stems = _stems(cue)
    for name, lines, depth in pools:
        used = state.used.get(name, [])
        fresh = [i for i in range(len(lines)) if i not in used]
        if fresh:
            if cue_stems:
                overlap = {i: len(cue_stems & _stems(lines[i])) for i in fresh}
                best = max(overlap.values())
                fresh = [i for i in fresh if overlap[i] == best]
            index = rng.choice(fresh)
            state.used[name] = [*used, index]
            return Line(_finish(material, move, lines[index], rng, state), depth, name, index)
    # Everything said: repeat the line of the first pool that was said longest ago.
    name, lines, depth = pools[0]
    used = state.used.get(name, [])
    index = used[0] if used else 0
    state.used[name] = [*[i for i in used if i != index], index]
    return Line(_finish(material, move, lines[index], rng, state), depth, name, index)


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
