"""Scoring: item checks, totals, and the reliable change index (with property tests)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ontmoeting.errors import InputError
from ontmoeting.relationship.scoring import (
    RCI_THRESHOLD,
    Change,
    classify_change,
    item_scores,
    rci,
    recovered,
    total,
)

scores = st.floats(min_value=0, max_value=40, allow_nan=False)
sds = st.floats(min_value=0.5, max_value=20, allow_nan=False)
reliabilities = st.floats(min_value=0.0, max_value=0.99, allow_nan=False)
items_on_scale = st.lists(st.integers(min_value=0, max_value=10), min_size=4, max_size=4)


def test_rci_matches_jacobson_truax_by_hand() -> None:
    # (30 - 20) / (6 * sqrt(2) * sqrt(1 - 0.85)) = 10 / 3.2863 = 3.0429
    assert rci(20, 30, 6, 0.85) == pytest.approx(10 / (6 * math.sqrt(2) * math.sqrt(0.15)))
    assert rci(20, 30, 6, 0.85) == pytest.approx(3.0429, abs=1e-4)


@given(scores, scores, sds, reliabilities)
def test_rci_is_antisymmetric(x1, x2, sd, r) -> None:
    assert rci(x1, x2, sd, r) == pytest.approx(-rci(x2, x1, sd, r), abs=1e-9)


@given(scores, sds, reliabilities)
def test_no_change_is_no_reliable_change(x, sd, r) -> None:
    assert rci(x, x, sd, r) == 0


@given(scores, scores, sds, reliabilities)
def test_higher_reliability_makes_the_same_change_more_reliable(x1, x2, sd, r) -> None:
    assert abs(rci(x1, x2, sd, min(0.99, r + 0.005))) >= abs(rci(x1, x2, sd, r)) - 1e-9


def test_rci_rejects_impossible_norms() -> None:
    with pytest.raises(ValueError):
        rci(1, 2, 0, 0.8)
    with pytest.raises(ValueError):
        rci(1, 2, 5, 1.0)


@given(items_on_scale)
def test_totals_stay_within_the_instruments_range(values) -> None:
    from ontmoeting.relationship.instrument import get_instrument

    for instrument_id in ("ontmoeting-relatie", "ontmoeting-welzijn"):
        instrument = get_instrument(instrument_id)
        checked = item_scores(instrument, values)
        assert instrument.total.min <= total(instrument, checked) <= instrument.total.max
        assert total(instrument, checked) == sum(values)


def test_item_scores_by_name_or_order(relationship_instrument) -> None:
    by_order = item_scores(relationship_instrument, [8, 9, 7, 8])
    by_name = item_scores(
        relationship_instrument, {"overall": "8", "heard": 8, "goals": 9.0, "approach": "7"}
    )
    assert by_order == by_name == {"heard": 8, "goals": 9, "approach": 7, "overall": 8}


@pytest.mark.parametrize(
    ("values", "fragment", "code"),
    [
        ([8, 9, 7], "4 scores needed, got 3", "E618"),
        ([8, 9, 7, 11], "'overall': 11 is not on the scale", "E619"),
        ([8, 9, -1, 8], "'approach': -1 is not on the scale", "E619"),
        ([8, 9, 7.5, 8], "'approach': 7.5 is not on the scale", "E619"),
        ([8, "veel", 7, 8], "'goals': 'veel' is not on the scale", "E619"),
        ([8, float("nan"), 7, 8], "'goals': nan is not on the scale", "E619"),
        ({"heard": 8, "goals": 9, "approach": 7}, "score for item 'overall' is missing", "E617"),
        ({"heard": 8, "goals": 9, "approach": 7, "overall": 8, "extra": 1}, "unknown item 'extra'", "E610"),
    ],
)
def test_bad_item_scores_are_coded_errors(relationship_instrument, values, fragment, code) -> None:
    with pytest.raises(InputError) as caught:
        item_scores(relationship_instrument, values, source="--relationship")
    assert caught.value.code == code
    assert fragment in caught.value.render("en")
    assert caught.value.file == "--relationship"


def test_change_classes_and_recovery(wellbeing_instrument) -> None:
    step = wellbeing_instrument.reliable_change()
    assert classify_change(wellbeing_instrument, 20, 20 + step + 0.01) is Change.IMPROVED
    assert classify_change(wellbeing_instrument, 20, 20 + step - 0.01) is Change.NO_RELIABLE_CHANGE
    assert classify_change(wellbeing_instrument, 20, 20 - step - 0.01) is Change.DETERIORATED
    assert RCI_THRESHOLD == 1.96
    assert recovered(wellbeing_instrument, 18, 27)  # reliable (+9 > 6.44) and 18 < 25 <= 27
    assert not recovered(wellbeing_instrument, 18, 24)  # reliable but still under the cut-off
    assert not recovered(wellbeing_instrument, 26, 34)  # reliable, but it started above the cut-off
    assert not recovered(wellbeing_instrument, 22, 26)  # crosses, but not reliably
