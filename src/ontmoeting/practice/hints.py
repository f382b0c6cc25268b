"""``/hint``: what kind of response might help now, with an example made from the client's last words.

The example is built from what the client just said (first person turned into second person by the
feedback package's ``reflect``), so it fits the moment; it is offered as an example, never as the answer.
"""

from __future__ import annotations

import re

from ontmoeting.i18n import tr
from ontmoeting.practice.messages import LAYER_NAMES, MESSAGES
from ontmoeting.practice.state import ClientState, Move

try:  # the feedback package owns first -> second person; without it the example quotes the client
    from ontmoeting.feedback.rephrase import reflect as _reflect
except ImportError:  # pragma: no cover - only while the feedback package is being written
    _reflect = None


_ADDRESSES_HELPER = re.compile(r"\b(jij|jou|u|you)\b", re.IGNORECASE)
_BUT = re.compile(r"^.*?\b(maar|but)\b[,]?\s*", re.IGNORECASE)


def mirror(text: str, lang: str, *, after_but: bool = False) -> str | None:
    """The client's words as a short reflection ("Ik mis hem." -> "Je mist hem."), or None.

    Sentences that are questions or address the helper ("jij kent mijn vader niet") are left out: turned into
    second person they would say the opposite. A very short pick ("Bij de IJssel.") gives way to the longest
    sentence.
    """
    if after_but:
        text = _BUT.sub("", text, count=1) or text
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    usable = [s for s in sentences if not s.endswith("?") and not _ADDRESSES_HELPER.search(s)]
    if not usable:
        return None
    if _reflect is None:  # pragma: no cover - only while the feedback package is being written
        return max(usable, key=len)
    try:
        picked = _reflect(" ".join(usable), lang)
        if picked and len(picked.split()) >= 4:
            return picked
        return _reflect(max(usable, key=len), lang) or picked
    except Exception:  # noqa: BLE001 - a hint must never break the chat
        return None


def hint(state: ClientState, last_client: str, name: str, lang: str) -> str:
    """One suggestion for the student's next turn, in ``lang``."""
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
        words = mirror(last_client, lang)
        example = (
            tr(MESSAGES, "example.open_about", lang, words=words.rstrip("."))
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
