"""CSV export of trajectories: one row per session with totals, RCI, signals and every item score."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from ontmoeting.relationship.service import trajectory
from ontmoeting.relationship.signals import SignalSettings, evaluate
from ontmoeting.store.tables.relationship import RelationshipClient


def export_csv(clients: Sequence[RelationshipClient], settings: SignalSettings | None = None) -> str:
    """One row per session: totals, well-being RCI against the first session, the signals of that session, and
    every item score (columns ``<instrument>:<item>``, the union over the clients' instruments)."""
    settings = settings or SignalSettings.from_env()
    item_columns: list[str] = []
    rows: list[dict[str, object]] = []
    for client in sorted(clients, key=lambda c: c.code.lower()):
        path = trajectory(client)
        for instrument in (path.relationship_instrument, path.wellbeing_instrument):
            for item in instrument.item_ids:
                if f"{instrument.id}:{item}" not in item_columns:
                    item_columns.append(f"{instrument.id}:{item}")
        all_signals = evaluate(path, settings)
        for stored, scores in zip(
            sorted(client.sessions, key=lambda s: s.number), path.sessions, strict=True
        ):
            rci = path.wellbeing_rci(scores)
            row: dict[str, object] = {
                "client": client.code,
                "session": scores.number,
                "date": scores.held_on.isoformat(),
                "source": stored.source,
                "relationship_total": _fmt(path.relationship_total(scores)),
                "wellbeing_total": _fmt(path.wellbeing_total(scores)),
                "wellbeing_rci": "" if rci is None else f"{rci:.2f}",
                "signals": " ".join(s.kind.value for s in all_signals if s.session == scores.number),
            }
            for instrument, values in (
                (path.relationship_instrument, scores.relationship),
                (path.wellbeing_instrument, scores.wellbeing),
            ):
                for item, value in (values or {}).items():
                    row[f"{instrument.id}:{item}"] = _fmt(value)
            rows.append(row)
    fields = [
        "client",
        "session",
        "date",
        "source",
        "relationship_total",
        "wellbeing_total",
        "wellbeing_rci",
        "signals",
        *item_columns,
    ]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:g}"
