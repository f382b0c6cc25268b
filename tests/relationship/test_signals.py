"""Every signal rule on constructed trajectories, its boundaries, and properties that must always hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ontmoeting.relationship.signals import (
    SEVERITY,
    SOURCES,
    TEXTS,
    Severity,
    SignalKind,
    SignalSettings,
    attention_key,
    current_signals,
    evaluate,
    signals_at,
)
from ontmoeting.relationship.trajectory import from_totals

DOCS = Path(__file__).resolve().parents[2] / "docs" / "relationship.md"
GOOD_RELATIONSHIP = [10, 9, 9, 9]  # 37


def spread(total: int) -> list[int]:
    """Four item scores 0-10 that add up to ``total``."""
    base, rest = divmod(total, 4)
    return [base + (1 if i < rest else 0) for i in range(4)]


def make(rel_totals, wb_totals, r_inst, w_inst):
    rel = [spread(t) if t is not None else None for t in rel_totals]
    wb = [spread(t) if t is not None else None for t in wb_totals]
    return from_totals(r_inst, w_inst, rel, wb)


def kinds(signals, session=None):
    return [s.kind for s in signals if session is None or s.session == session]


# --- relationship under the cut-off -------------------------------------------------------------------------


def test_relationship_below_cutoff(relationship_instrument, wellbeing_instrument) -> None:
    path = make([36, 35], [20, 20], relationship_instrument, wellbeing_instrument)
    assert SignalKind.RELATIONSHIP_BELOW_CUTOFF not in kinds(signals_at(path, 1))  # 36 is at, not under, 36
    found = [s for s in signals_at(path, 2) if s.kind is SignalKind.RELATIONSHIP_BELOW_CUTOFF]
    assert len(found) == 1 and found[0].severity is Severity.ALERT and found[0].session == 2
    assert found[0].values == {"total": 35, "max": 40, "cutoff": 36}
    assert "35 of 40" in found[0].explanation("en") and "35 van 40" in found[0].explanation("nl")


def test_at_or_below_cutoff_when_the_instrument_says_so(
    relationship_instrument, wellbeing_instrument
) -> None:
    inclusive = relationship_instrument.model_copy(
        update={"cutoff": relationship_instrument.cutoff.model_copy(update={"concern": "at_or_below"})}
    )
    path = make([36], [20], inclusive, wellbeing_instrument)
    assert kinds(signals_at(path, 1)) == [SignalKind.RELATIONSHIP_BELOW_CUTOFF]


# --- relationship drop --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("previous", "current", "expected"), [(40, 39, True), (39, 37, True), (38, 38, False), (37, 38, False)]
)
def test_relationship_drop_of_at_least_one_point(
    relationship_instrument, wellbeing_instrument, previous, current, expected
) -> None:
    path = make([previous, current], [20, 20], relationship_instrument, wellbeing_instrument)
    drops = [s for s in signals_at(path, 2) if s.kind is SignalKind.RELATIONSHIP_DROP]
    assert bool(drops) is expected
    if expected:
        assert drops[0].severity is Severity.NOTICE
        assert drops[0].values["drop"] == previous - current and drops[0].values["previous"] == previous


def test_drop_compares_with_the_last_session_that_has_relationship_scores(
    relationship_instrument, wellbeing_instrument
) -> None:
    path = make([39, None, 38], [20, 20, 20], relationship_instrument, wellbeing_instrument)
    assert SignalKind.RELATIONSHIP_DROP in kinds(signals_at(path, 3))
    assert signals_at(path, 2) == []  # no relationship scores: nothing to say about the relationship


# --- well-being: deterioration, no improvement, improvement, recovery ---------------------------------------


def test_reliable_deterioration_against_the_first_session(
    relationship_instrument, wellbeing_instrument
) -> None:
    # reliable change is 6.44 points: 30 -> 24 is not reliable, 30 -> 23 is
    path = make([37, 37, 37], [30, 24, 23], relationship_instrument, wellbeing_instrument)
    assert kinds(signals_at(path, 2)) == []
    found = signals_at(path, 3)
    assert kinds(found) == [SignalKind.WELLBEING_DETERIORATION]
    assert found[0].severity is Severity.ALERT and found[0].values["rci"] < -1.96
    assert found[0].values["first"] == 30  # compared with the first session, not the previous one


def test_no_reliable_improvement_after_four_measurements(
    relationship_instrument, wellbeing_instrument
) -> None:
    path = make([37] * 5, [18, 19, 20, 22, 23], relationship_instrument, wellbeing_instrument)
    assert SignalKind.NO_RELIABLE_IMPROVEMENT not in kinds(evaluate(path), 3)
    assert kinds(signals_at(path, 4)) == [SignalKind.NO_RELIABLE_IMPROVEMENT]
    assert signals_at(path, 4)[0].values["count"] == 4
    assert kinds(signals_at(path, 5)) == [SignalKind.NO_RELIABLE_IMPROVEMENT]


def test_no_improvement_counts_measurements_and_is_configurable(
    relationship_instrument, wellbeing_instrument, monkeypatch
) -> None:
    path = make([37] * 6, [18, None, 19, 20, 20, 21], relationship_instrument, wellbeing_instrument)
    assert kinds(signals_at(path, 4)) == []  # only three well-being measurements so far
    assert kinds(signals_at(path, 5)) == [SignalKind.NO_RELIABLE_IMPROVEMENT]
    six = SignalSettings(no_improvement_after=6)
    assert kinds(signals_at(path, 6, six)) == []  # five measurements < 6
    monkeypatch.setenv("ONTMOETING_NO_IMPROVEMENT_AFTER", "6")
    assert SignalSettings.from_env().no_improvement_after == 6
    monkeypatch.setenv("ONTMOETING_NO_IMPROVEMENT_AFTER", "1")
    with pytest.raises(Exception) as caught:
        SignalSettings.from_env()
    assert getattr(caught.value, "code", None) == "E609"


def test_deterioration_replaces_no_improvement(relationship_instrument, wellbeing_instrument) -> None:
    path = make([37] * 4, [30, 28, 26, 20], relationship_instrument, wellbeing_instrument)
    assert kinds(signals_at(path, 4)) == [SignalKind.WELLBEING_DETERIORATION]


def test_reliable_improvement_without_recovery(relationship_instrument, wellbeing_instrument) -> None:
    # starts above the cut-off: improvement, but no recovery; 10 -> 20 is reliable but stays under 25
    for start, end in ((26, 34), (10, 20)):
        path = make([37, 37], [start, end], relationship_instrument, wellbeing_instrument)
        found = signals_at(path, 2)
        assert kinds(found) == [SignalKind.RELIABLE_IMPROVEMENT], (start, end)
        assert found[0].severity is Severity.GOOD


def test_recovery_is_reliable_improvement_across_the_cutoff(
    relationship_instrument, wellbeing_instrument
) -> None:
    path = make([37, 37, 37], [18, 22, 27], relationship_instrument, wellbeing_instrument)
    assert kinds(signals_at(path, 2)) == []  # +4: not reliable
    found = signals_at(path, 3)
    assert kinds(found) == [SignalKind.RECOVERY]  # recovery implies improvement: reported once
    assert found[0].severity is Severity.GOOD and "25" in found[0].explanation("en")


def test_signals_only_look_at_the_past(relationship_instrument, wellbeing_instrument) -> None:
    short = make([37, 35], [20, 21], relationship_instrument, wellbeing_instrument)
    longer = make([37, 35, 30, 39], [20, 21, 10, 30], relationship_instrument, wellbeing_instrument)
    assert signals_at(short, 2) == signals_at(longer, 2)
    assert current_signals(longer) == signals_at(longer, 4)
    assert current_signals(from_totals(relationship_instrument, wellbeing_instrument, [], [])) == []


# --- properties ---------------------------------------------------------------------------------------------

totals = st.integers(min_value=0, max_value=40)


@settings(max_examples=60, deadline=None)
@given(st.lists(totals, min_size=1, max_size=8))
def test_never_deterioration_when_wellbeing_never_falls(
    relationship_instrument, wellbeing_instrument, values
):
    rising = sorted(values)
    path = make([38] * len(rising), rising, relationship_instrument, wellbeing_instrument)
    found = evaluate(path)
    assert SignalKind.WELLBEING_DETERIORATION not in kinds(found)
    assert SignalKind.RELATIONSHIP_DROP not in kinds(found)


@settings(max_examples=60, deadline=None)
@given(st.lists(totals, min_size=1, max_size=8), st.lists(totals, min_size=1, max_size=8))
def test_signal_invariants(relationship_instrument, wellbeing_instrument, rel, wb) -> None:
    n = min(len(rel), len(wb))
    path = make(rel[:n], wb[:n], relationship_instrument, wellbeing_instrument)
    found = evaluate(path)
    for signal in found:
        assert 1 <= signal.session <= n
        assert signal.severity is SEVERITY[signal.kind]
        assert signal.explanation("nl") and signal.explanation("en") and signal.suggestion("nl")
    # at most one well-being signal per session; improvement and deterioration never together
    wellbeing_kinds = {
        SignalKind.WELLBEING_DETERIORATION,
        SignalKind.NO_RELIABLE_IMPROVEMENT,
        SignalKind.RELIABLE_IMPROVEMENT,
        SignalKind.RECOVERY,
    }
    for session in range(1, n + 1):
        assert len([k for k in kinds(found, session) if k in wellbeing_kinds]) <= 1
    # a relationship at or above the cut-off is never flagged as under it
    for session in path.sessions:
        if path.relationship_total(session) >= 36:
            assert SignalKind.RELATIONSHIP_BELOW_CUTOFF not in kinds(found, session.number)


# --- the attention order, and every rule documented ---------------------------------------------------------


def test_attention_order(relationship_instrument, wellbeing_instrument) -> None:
    alert = current_signals(make([30], [20], relationship_instrument, wellbeing_instrument))
    notice = current_signals(make([38, 37], [20, 20], relationship_instrument, wellbeing_instrument))
    good = current_signals(make([38, 38], [10, 20], relationship_instrument, wellbeing_instrument))
    keys = {
        "a-alert": attention_key("zz", alert, True),
        "b-notice": attention_key("yy", notice, True),
        "c-new": attention_key("xx", [], False),
        "d-good": attention_key("aa", good, True),
    }
    assert sorted(keys, key=keys.get) == ["a-alert", "b-notice", "c-new", "d-good"]


@pytest.mark.parametrize("kind", list(SignalKind), ids=lambda k: k.value)
def test_every_rule_has_texts_a_source_and_documentation(kind) -> None:
    for part in ("title", "explanation", "suggestion"):
        entry = TEXTS[f"{kind.value}.{part}"]
        assert entry["nl"] and entry["en"] and entry["nl"] != entry["en"]
    assert SOURCES[kind]
    assert f"`{kind.value}`" in DOCS.read_text(encoding="utf-8"), f"{kind.value} is not documented in {DOCS}"
