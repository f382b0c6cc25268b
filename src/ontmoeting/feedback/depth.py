"""The client's depth over the conversation: the curve, its steps, and which helper turns came before them.

Depth is the coder's 0-3 level per client turn (facts, thoughts, feelings, meaning), a simplification of the
Experiencing Scale (Klein et al. 1969). A step is a change between two consecutive coded client turns; the
helper turn just before the later client turn is taken as what preceded it (not as its cause).
"""

from __future__ import annotations

from collections import Counter

from ontmoeting.feedback.model import DepthCurve, DepthPoint, DepthStep
from ontmoeting.transcript.model import Conversation, Role


def depth_curve(conversation: Conversation) -> DepthCurve:
    points = [
        DepthPoint(index=t.index, depth=t.depth) for t in conversation.client_turns if t.depth is not None
    ]
    steps: list[DepthStep] = []
    for before, after in zip(points, points[1:], strict=False):
        if before.depth == after.depth:
            continue
        helper = conversation.previous(conversation.turns[after.index], Role.HELPER)
        if helper is not None and helper.index < before.index:
            helper = None  # no helper turn between the two client turns
        steps.append(
            DepthStep(
                from_index=before.index,
                to_index=after.index,
                from_depth=before.depth,
                to_depth=after.depth,
                direction="up" if after.depth > before.depth else "down",
                helper_index=helper.index if helper else None,
                helper_code=helper.code if helper else None,
            )
        )
    up = Counter(s.helper_code or "none" for s in steps if s.direction == "up")
    down = Counter(s.helper_code or "none" for s in steps if s.direction == "down")
    return DepthCurve(
        points=points,
        steps=steps,
        max_depth=max((p.depth for p in points), default=None),
        first_feelings=next((p.index for p in points if p.depth >= 2), None),
        first_meaning=next((p.index for p in points if p.depth >= 3), None),
        before_up=dict(up.most_common()),
        before_down=dict(down.most_common()),
    )
