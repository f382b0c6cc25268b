"""The coach: one short line after each helper turn, and the report at the end of the talk.

The line names what the turn was (the coder's code, in words) and what it did to the client (opened up,
pushed back, stayed on the surface, went one layer deeper). The end report is the full feedback report of
``ontmoeting analyse`` on the practice transcript, after how deep the client went and where that changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ontmoeting.i18n import sentence, tr
from ontmoeting.practice.messages import CODE_NAMES, LAYER_NAMES, MESSAGES
from ontmoeting.practice.state import ClientState, Move
from ontmoeting.transcript.model import Conversation


def code_name(code: str, permission: bool, lang: str) -> str:
    key = "advice_permission" if code == "advice" and permission else code
    return (CODE_NAMES.get(key) or CODE_NAMES["other"])[lang]


def turn_line(
    code: str,
    permission: bool,
    before: ClientState,
    after: ClientState,
    name: str,
    lang: str,
    *,
    depth: int | None = None,
    prior_depth: int | None = None,
    fact: str | None = None,
) -> str:
    """What the helper turn was and what it did to the client, in one line.

    ``depth`` is the layer of the line the client said (the one depth the report and the debrief use too),
    ``prior_depth`` that of their line before; ``fact`` the fact id when the reply answered a factual
    question.
    """
    move = after.last_move
    depth = after.layer if depth is None else depth
    prior_depth = before.layer if prior_depth is None else prior_depth
    layer = LAYER_NAMES[depth][lang]
    params = {"name": name, "layer": layer, "n": depth}
    if move is Move.ANSWER:
        key = "effect.answer" if fact else "effect.unknown"
    elif move is Move.NOT_UNDERSTOOD:
        key = "effect.not_understood"
    elif move is Move.DEEPEN and depth > prior_depth:
        key = "effect.deepen"
    elif code == "self_disclosure" and move is Move.STAY:
        key = "effect.self_disclosure"
    elif move in (Move.STAY, Move.DEEPEN) and code in (
        "complex_reflection",
        "simple_reflection",
        "open_question",
    ):
        if after.resistance >= 0.35:
            key = "effect.stay_resist"
        else:
            key = (
                "effect.stay_open" if after.openness > before.openness or after.layer == 3 else "effect.stay"
            )
    elif move is Move.STAY and code == "closed_question":
        key = "effect.stay_closed"
    elif move is Move.GO_ON:
        key = "effect.go_on"
    elif move is not None and move is not Move.STAY:
        key = f"effect.{move.value}"
    else:
        key = "effect.stay"
    effect = tr(MESSAGES, key, lang, **params)
    if move is Move.NOT_UNDERSTOOD:  # the turn was not read, so it has no code to name
        return sentence(effect)
    return tr(
        MESSAGES, "coach.line", lang, code=code_name(code, permission, lang).capitalize(), effect=effect
    )


@dataclass(frozen=True)
class DepthChange:
    turn: int  # the helper turn's number in the transcript (1-based, like the feedback report)
    old: int
    new: int
    code: str
    permission: bool
    helper_text: str


def depth_summary(
    changes: Sequence[DepthChange], deepest: int, ended_at: int | None, name: str, lang: str
) -> list[str]:
    """How deep the client went and at which turns that changed, as lines of text."""
    lines = [
        tr(MESSAGES, "report.depth_title", lang, name=name),
        tr(MESSAGES, "report.deepest", lang, n=deepest, layer=LAYER_NAMES[deepest][lang]),
    ]
    for change in changes:
        text = change.helper_text if len(change.helper_text) <= 80 else change.helper_text[:77] + "..."
        lines.append(
            "  "
            + tr(
                MESSAGES,
                "report.change",
                lang,
                turn=change.turn,
                old=LAYER_NAMES[change.old][lang],
                new=LAYER_NAMES[change.new][lang],
                code=code_name(change.code, change.permission, lang),
                text=text,
            )
        )
    if not changes:
        lines.append("  " + tr(MESSAGES, "report.no_change", lang))
    if ended_at is not None:
        lines.append(tr(MESSAGES, "report.ended", lang, name=name, turn=ended_at))
    return lines


def feedback_analysis(conversation: Conversation, lang: str) -> object | None:
    """The feedback package's analysis of the practice transcript (as ``ontmoeting analyse`` makes it),
    or None where the feedback package is not installed."""
    try:
        from ontmoeting.feedback import analyse
    except ImportError:
        return None
    return analyse(conversation, lang)


def render_feedback(analysis: object, console: object) -> None:
    """Print the analysis with the feedback package's terminal report."""
    from ontmoeting.feedback import render_terminal

    render_terminal(analysis, console)  # type: ignore[arg-type]
