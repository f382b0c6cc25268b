"""A client's trajectory: the sessions in order, each with the item scores of both scales (either may be
missing).

Plain data, independent of the database, so that the signal rules, the chart and the CLI table can be tested
on constructed trajectories. :mod:`ontmoeting.relationship.service` builds these from the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ontmoeting.relationship.instrument import Instrument
from ontmoeting.relationship.scoring import instrument_rci, item_scores, total


@dataclass(frozen=True)
class SessionScores:
    """One session: its number (1, 2, ...), date, and the item scores per scale (None when not filled in)."""

    number: int
    held_on: dt.date
    relationship: dict[str, float] | None = None
    wellbeing: dict[str, float] | None = None


@dataclass(frozen=True)
class Trajectory:
    client_code: str
    relationship_instrument: Instrument
    wellbeing_instrument: Instrument
    sessions: list[SessionScores] = field(default_factory=list)

    def relationship_total(self, session: SessionScores) -> float | None:
        return total(self.relationship_instrument, session.relationship) if session.relationship else None

    def wellbeing_total(self, session: SessionScores) -> float | None:
        return total(self.wellbeing_instrument, session.wellbeing) if session.wellbeing else None

    def first_wellbeing(self) -> float | None:
        """The baseline for reliable change: the first session with well-being scores."""
        return next((t for s in self.sessions if (t := self.wellbeing_total(s)) is not None), None)

    def wellbeing_rci(self, session: SessionScores) -> float | None:
        first, current = self.first_wellbeing(), self.wellbeing_total(session)
        if first is None or current is None:
            return None
        return instrument_rci(self.wellbeing_instrument, first, current)

    def upto(self, number: int) -> Trajectory:
        """The trajectory as it was after session ``number`` (rules look only at the past)."""
        return Trajectory(
            self.client_code,
            self.relationship_instrument,
            self.wellbeing_instrument,
            [s for s in self.sessions if s.number <= number],
        )

    @property
    def latest(self) -> SessionScores | None:
        return self.sessions[-1] if self.sessions else None


def from_totals(
    relationship: Instrument,
    wellbeing: Instrument,
    relationship_items: list[list[float] | None],
    wellbeing_items: list[list[float] | None],
    *,
    code: str = "test",
    start: dt.date = dt.date(2026, 1, 5),
) -> Trajectory:
    """Build a trajectory from per-session item lists (None for a scale not filled in); for tests and
    demos."""
    sessions = []
    for index, (rel, wb) in enumerate(zip(relationship_items, wellbeing_items, strict=True)):
        sessions.append(
            SessionScores(
                number=index + 1,
                held_on=start + dt.timedelta(weeks=index),
                relationship=item_scores(relationship, rel) if rel is not None else None,
                wellbeing=item_scores(wellbeing, wb) if wb is not None else None,
            )
        )
    return Trajectory(code, relationship, wellbeing, sessions)
