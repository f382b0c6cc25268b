"""Scoring: checking one filled-in form against its instrument, totals, and the reliable change index.

The reliable change index (Jacobson & Truax 1991) asks whether a change between two measurements is larger
than what the instrument's measurement error alone would produce:

    RCI = (x2 - x1) / (SD * sqrt(2) * sqrt(1 - r))

with SD the spread of the total in a reference group and r the instrument's reliability. |RCI| > 1.96 means
the change is reliable at the 5 % level. Both project scales are "higher is better", so a positive RCI is
improvement.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from enum import StrEnum

from ontmoeting.errors import InputError
from ontmoeting.relationship.instrument import Instrument

#: |RCI| above this is a reliable change (two-sided 5 %).
RCI_THRESHOLD = 1.96


class Change(StrEnum):
    IMPROVED = "improved"
    DETERIORATED = "deteriorated"
    NO_RELIABLE_CHANGE = "no_reliable_change"


def item_scores(
    instrument: Instrument, values: Mapping[str, float] | Sequence[float], *, source: str | None = None
) -> dict[str, float]:
    """``values`` (by item id, or in item order) checked against the instrument: every item once, on the
    scale.

    Raises :class:`InputError` E610 naming the item. ``source`` names where the values came from (a form, a
    command-line option) for the message.
    """
    if isinstance(values, Mapping):
        unknown = sorted(set(values) - set(instrument.item_ids))
        if unknown:
            raise InputError(
                "E610",
                nl=f"{instrument.id}: onbekende vraag '{unknown[0]}'",
                en=f"{instrument.id}: unknown item '{unknown[0]}'",
                file=source,
            )
        missing = [item for item in instrument.item_ids if item not in values]
        if missing:
            raise InputError(
                "E617",
                nl=f"{instrument.id}: score voor vraag '{missing[0]}' ontbreekt",
                en=f"{instrument.id}: score for item '{missing[0]}' is missing",
                file=source,
            )
        ordered = [values[item] for item in instrument.item_ids]
    else:
        ordered = list(values)
        if len(ordered) != len(instrument.items):
            raise InputError(
                "E618",
                nl=f"{instrument.id}: {len(instrument.items)} scores nodig, {len(ordered)} gekregen",
                en=f"{instrument.id}: {len(instrument.items)} scores needed, got {len(ordered)}",
                file=source,
            )
    scores: dict[str, float] = {}
    scale = instrument.scale
    for item_id, raw in zip(instrument.item_ids, ordered, strict=True):
        try:
            value = float(raw)
        except (TypeError, ValueError):
            value = math.nan
        if not scale.on_scale(value):
            raise InputError(
                "E619",
                nl=f"{instrument.id}, vraag '{item_id}': {raw!r} ligt niet op de schaal "
                f"{scale.min:g}-{scale.max:g} (stap {scale.step:g})",
                en=f"{instrument.id}, item '{item_id}': {raw!r} is not on the scale "
                f"{scale.min:g}-{scale.max:g} (step {scale.step:g})",
                file=source,
            )
        # Snap to the step so that 7.000000001 from a form is stored as 7.
        steps = round((value - scale.min) / scale.step)
        scores[item_id] = round(scale.min + steps * scale.step, 6)
    return scores


def total(instrument: Instrument, scores: Mapping[str, float]) -> float:
    """The instrument's total (a sum) of already checked item scores."""
    return round(sum(scores[item] for item in instrument.item_ids), 6)


def rci(first: float, current: float, sd: float, reliability: float) -> float:
    """Jacobson & Truax (1991) reliable change index from ``first`` to ``current``."""
    if sd <= 0 or not 0 <= reliability < 1:
        raise ValueError("sd must be positive and reliability in [0, 1)")
    standard_error_of_difference = sd * math.sqrt(2) * math.sqrt(1 - reliability)
    return (current - first) / standard_error_of_difference


def instrument_rci(instrument: Instrument, first: float, current: float) -> float:
    return rci(first, current, instrument.norms.sd, instrument.norms.reliability)


def classify_change(instrument: Instrument, first: float, current: float) -> Change:
    value = instrument_rci(instrument, first, current)
    if value > RCI_THRESHOLD:
        return Change.IMPROVED
    if value < -RCI_THRESHOLD:
        return Change.DETERIORATED
    return Change.NO_RELIABLE_CHANGE


def recovered(instrument: Instrument, first: float, current: float) -> bool:
    """Clinically significant change (Jacobson & Truax 1991): reliable improvement AND from the concern range
    at the start to the other side of the cut-off now."""
    return (
        classify_change(instrument, first, current) is Change.IMPROVED
        and instrument.cutoff.is_concern(first)
        and not instrument.cutoff.is_concern(current)
    )
