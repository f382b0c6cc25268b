"""Published competence bands for the measures that have one, with their sources.

Only thresholds that a coding manual publishes are used as bands; everything else is shown as a number
with its meaning and band "n.a.", so that the report never presents a home-made norm as a standard.
"""

from __future__ import annotations

from dataclasses import dataclass

from ontmoeting.feedback.model import Band


@dataclass(frozen=True)
class BandSpec:
    fair: float
    good: float
    source_key: str  # key in SOURCES

    def band(self, value: float | None) -> Band:
        if value is None:
            return Band.NOT_APPLICABLE
        if value >= self.good:
            return Band.GOOD
        if value >= self.fair:
            return Band.FAIR
        return Band.BELOW_FAIR


BANDS: dict[str, BandSpec] = {
    "reflection_question_ratio": BandSpec(fair=1.0, good=2.0, source_key="miti42"),
    "percent_complex_reflections": BandSpec(fair=40.0, good=50.0, source_key="miti42"),
    "percent_open_questions": BandSpec(fair=50.0, good=70.0, source_key="miti31"),
    "percent_mi_adherent": BandSpec(fair=90.0, good=100.0, source_key="miti31"),
}

SOURCES: dict[str, dict[str, str]] = {
    "miti42": {
        "nl": "MITI 4.2.1 (Moyers, Manuel & Ernst, 2014/2016), drempels voor 'redelijk' en 'goed'. "
        "Bedoeld voor hele MI-gesprekken; bij een kort oefengesprek is het een richting, geen oordeel.",
        "en": "MITI 4.2.1 (Moyers, Manuel & Ernst, 2014/2016), thresholds for 'fair' and 'good'. Meant for "
        "whole MI sessions; for a short practice conversation it is a direction, not a verdict.",
    },
    "miti31": {
        "nl": "MITI 3.1.1 (Moyers, Martin, Manuel, Miller & Ernst, 2010), drempels voor 'redelijk' en "
        "'goed'. "
        "MITI 4 heeft deze maat niet meer; hij staat hier omdat hij voor studenten leerzaam is.",
        "en": "MITI 3.1.1 (Moyers, Martin, Manuel, Miller & Ernst, 2010), thresholds for 'fair' and 'good'. "
        "MITI 4 dropped this measure; it is shown because students learn from it.",
    },
    "none": {
        "nl": "Geen gepubliceerde norm: lees het als beschrijving, niet als oordeel.",
        "en": "No published norm: read it as a description, not a verdict.",
    },
}
