"""``/hint``: what kind of response might help now, with an example made from the client's last words.

The example is built from what the client just said (first person turned into second person by the
feedback package's ``reflect``), so it fits the moment; it is offered as an example, never as the answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ontmoeting.feedback.rephrase import FEELING_WORDS, reflect
from ontmoeting.i18n import tr
from ontmoeting.practice.messages import LAYER_NAMES, MESSAGES
from ontmoeting.practice.state import ClientState, Move

_ADDRESSES_HELPER = re.compile(r"\b(jij|jou|u|you)\b", re.IGNORECASE)
_BUT = re.compile(r"^.*?\b(maar|but)\b[,]?\s*", re.IGNORECASE)
SUBSTANTIAL_WORDS = 6  # a reply this long says something worth reflecting ("Nee." is not)


def mirror(text: str, lang: str, *, after_but: bool = False) -> str | None:
    """The client's words as a short reflection ("Ik mis hem." -> "Je mist hem."), or None.

    The sentence naming a feeling is taken, else the longest one. Questions and sentences that address the
    helper ("jij kent mijn vader niet") are left out: in second person they would say the opposite.
    """
    if after_but:
        text = _BUT.sub("", text, count=1) or text
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    usable = [s for s in sentences if not s.endswith("?") and not _ADDRESSES_HELPER.search(s)]
    if not usable:
        return None
    feeling = FEELING_WORDS.get(lang, FEELING_WORDS["en"])
    felt = [s for s in usable if any(re.search(rf"\b{word}", s.lower()) for word in feeling)]
    chosen = felt[0] if felt else max(usable, key=lambda s: len(s.split()))
    try:
        return reflect(chosen, lang)
    except Exception:  # noqa: BLE001 - a hint must never break the chat
        return None


def hint(state: ClientState, client_lines: Sequence[str], name: str, lang: str) -> str:
    """One suggestion for the student's next turn, in ``lang``; ``client_lines``: what the client said, oldest
    first."""
    last_client = client_lines[-1] if client_lines else ""
    layer = LAYER_NAMES[state.layer][lang]
    if state.ended:
        return tr(MESSAGES, "hint.ended", lang)
    if state.last_move in (Move.YES_BUT, Move.PUSH_BACK) or state.resistance >= 0.35:
        words = mirror(last_client, lang, after_but=True)
        example = (
            tr(MESSAGES, "example.resistance", lang, words=words)
            if words
            else tr(MESSAGES, "example.open", lang)
        )
        return tr(MESSAGES, "hint.resistance", lang, name=name, example=example)
    if state.closed_streak >= 1:
        # reflect the last thing the client really said, not the "Nee." of the last closed question
        substantial = [line for line in client_lines if len(line.split()) >= SUBSTANTIAL_WORDS]
        words = mirror(substantial[-1], lang) if substantial else None
        example = (
            tr(MESSAGES, "example.open_about", lang, words=words)
            if words
            else tr(MESSAGES, "example.open", lang)
        )
        return tr(MESSAGES, "hint.closed", lang, name=name, example=example)
    words = mirror(last_client, lang) or ""
    if state.layer <= 1:
        return tr(
            MESSAGES,
            "hint.feeling",
            lang,
            name=name,
            layer=layer,
            example=tr(MESSAGES, "example.feeling", lang, words=words).strip(),
        )
    if state.layer == 2:
        return tr(
            MESSAGES,
            "hint.meaning",
            lang,
            name=name,
            example=tr(MESSAGES, "example.meaning", lang, words=words).strip(),
        )
    return tr(
        MESSAGES,
        "hint.deepest",
        lang,
        name=name,
        example=tr(MESSAGES, "example.deepest", lang, words=words).strip(),
    )
