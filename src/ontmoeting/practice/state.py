"""The client's inner state during a practice talk, and the moves a client can make.

Plain pydantic models so that a whole session can be written to JSON between two web requests and read
back exactly (``model_dump(mode="json")`` / ``model_validate``).
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field


class Move(StrEnum):
    """What the client does with their next reply."""

    OPENING = "opening"  # the first thing they say
    DEEPEN = "deepen"  # goes one layer deeper
    STAY = "stay"  # says more in the same layer
    GO_ON = "go_on"  # carries on after a minimal encourager ("hm", "ja")
    SHORT = "short"  # a short answer to one closed question too many
    YES_BUT = "yes_but"  # "ja, maar ..." to advice without permission
    PUSH_BACK = "push_back"  # resists persuasion or confrontation
    CALM = "calm"  # considers advice given with permission
    ANSWER = "answer"  # answers a factual question from the fact sheet (or does not know)
    NOT_UNDERSTOOD = "not_understood"  # the student spoke the other language
    LEAVE = "leave"  # ends the talk: resistance ran too high


class ClientState(BaseModel):
    """Openness, resistance and how deep the client has gone; updated after every helper turn."""

    openness: float = Field(ge=0.0, le=1.0)
    resistance: float = Field(ge=0.0)
    layer: int = Field(0, ge=0, le=3, description="the layer the client speaks from now")
    deepest: int = Field(0, ge=0, le=3, description="the deepest layer reached so far")
    closed_streak: int = Field(0, ge=0, description="closed questions in a row")
    push_streak: int = Field(0, ge=0, description="pushing turns since the last repair")
    turns_in_layer: int = Field(0, ge=0, description="replies spoken from the current layer")
    helper_turns: int = Field(0, ge=0)
    ended: bool = False
    last_move: Move | None = None
    #: what has been said: pool name -> line numbers in the order they were last used (oldest first)
    used: dict[str, list[int]] = Field(default_factory=dict)

    def snapshot(self) -> dict[str, object]:
        """A small view for the coach and the web app (without the bookkeeping of used lines)."""
        return {
            "openness": round(self.openness, 3),
            "resistance": round(self.resistance, 3),
            "layer": self.layer,
            "deepest": self.deepest,
            "closed_streak": self.closed_streak,
            "push_streak": self.push_streak,
            "turns_in_layer": self.turns_in_layer,
            "helper_turns": self.helper_turns,
            "ended": self.ended,
            "last_move": self.last_move.value if self.last_move else None,
        }
