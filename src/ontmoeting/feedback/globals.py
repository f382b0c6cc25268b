"""A session-level judgement: estimates of MITI 4.2.1's four global ratings from the coded talk.

MITI 4.2.1 (Moyers et al. 2016) rates a whole session on four globals, 1-5: two relational (partnership,
empathy) and two technical (cultivating change talk, softening sustain talk). A rater judges them from the
whole tape; we estimate each from what the codes show, and say what it rests on. Each estimate is
1 + 4 x the mean of a few components in [0, 1]; a component whose denominator is empty is left out, and a
global with no component is not estimated. The components and their anchors come from MITI's definitions
and its behaviour-count thresholds (R:Q >= 2 and 50% complex reflections for 'good'), not from fitting:

* **empathy**: reflections per question against 2; complex reflections against 50% of reflections; the
  share of the client's openings (feeling or depth >= 2) the helper stayed with.
* **partnership**: the share of steering turns that respect autonomy (affirmation, autonomy, advice with
  permission) against advice without permission and persuasion; how rarely the helper pushes (pushes per
  helper turn against 0.25); the client's share of the words against 60%.
* **cultivating change talk**: the share of change talk the helper reflects or asks about; change talk's
  share of the client's change and sustain talk.
* **softening sustain talk**: the share of sustain talk and "ja, maar" met with a reflection or an exploring
  question; how rarely it is met with a push.

Validated against AnnoMI's high/low MI quality by ``benchmarks/feedback_quality.py`` (AUC, cross-validated
by transcript).
"""

from __future__ import annotations

from dataclasses import dataclass

from ontmoeting.coding.codes import ClientCode
from ontmoeting.feedback.model import GlobalEstimate, Measure, SessionJudgement
from ontmoeting.feedback.signals import is_exploring, is_opening, is_resistance, is_roadblock, next_turn
from ontmoeting.i18n import tr
from ontmoeting.transcript.model import Conversation, Role

GLOBALS = ("partnership", "empathy", "cultivating_change_talk", "softening_sustain_talk")
RELATIONAL = ("partnership", "empathy")
TECHNICAL = ("cultivating_change_talk", "softening_sustain_talk")

MESSAGES = {
    "partnership": {"nl": "Samenwerking", "en": "Partnership"},
    "empathy": {"nl": "Empathie", "en": "Empathy"},
    "cultivating_change_talk": {"nl": "Verandertaal versterken", "en": "Cultivating change talk"},
    "softening_sustain_talk": {"nl": "Behoudtaal verzachten", "en": "Softening sustain talk"},
    "rq": {"nl": "reflecties per vraag", "en": "reflections per question"},
    "complex": {"nl": "complexe reflecties", "en": "complex reflections"},
    "openings": {"nl": "openingen waar je bij bleef", "en": "openings you stayed with"},
    "adherent": {"nl": "sturen met respect voor autonomie", "en": "steering that respects autonomy"},
    "pushes": {"nl": "beurten zonder duwen", "en": "turns without pushing"},
    "client_words": {"nl": "aandeel van de cliënt in de woorden", "en": "the client's share of the words"},
    "change_followed": {
        "nl": "verandertaal die je reflecteerde of uitvroeg",
        "en": "change talk you reflected or asked about",
    },
    "change_share": {"nl": "verandertaal tegenover behoudtaal", "en": "change talk against sustain talk"},
    "sustain_reflected": {
        "nl": "behoudtaal die je reflecteerde of uitvroeg",
        "en": "sustain talk you reflected or asked about",
    },
    "sustain_not_pushed": {"nl": "behoudtaal zonder tegenduwen", "en": "sustain talk not pushed against"},
}


def _clip(value: float) -> float:
    return max(0.0, min(1.0, value))


def _share(hits: int, total: int) -> float | None:
    return hits / total if total else None


@dataclass
class _Responses:
    """How the helper answered the client's turns: what only the sequence of turns shows (the counts of
    codes come from the measures, one source for both)."""

    openings: int = 0
    openings_stayed: int = 0
    change: int = 0
    change_followed: int = 0
    sustain: int = 0
    sustain_reflected: int = 0
    sustain_pushed: int = 0


def _responses(conversation: Conversation) -> _Responses:
    found = _Responses()
    for turn in conversation.client_turns:
        answer = next_turn(conversation, turn, Role.HELPER)
        explored = answer is not None and is_exploring(answer)
        if is_opening(turn):
            found.openings += 1
            found.openings_stayed += explored
        if turn.code == ClientCode.CHANGE.value:
            found.change += 1
            found.change_followed += explored
        if is_resistance(turn):
            found.sustain += 1
            found.sustain_reflected += explored
            found.sustain_pushed += answer is not None and is_roadblock(answer)
    return found


def _components(conversation: Conversation, measures: list[Measure]) -> dict[str, dict[str, float | None]]:
    counts = {m.key: m.counts for m in measures}
    rq, cr = counts["reflection_question_ratio"], counts["percent_complex_reflections"]
    mi, words = counts["percent_mi_adherent"], counts["helper_word_share"]
    reflections, questions = rq["reflections"], rq["questions"]
    ratio = reflections / questions if questions else (2.0 if reflections else None)
    all_words = words["helper_words"] + words["client_words"]
    helper = conversation.helper_turns
    r = _responses(conversation)
    return {
        "partnership": {
            "adherent": _share(mi["adherent"], mi["adherent"] + mi["non_adherent"]),
            "pushes": None
            if not helper
            else _clip(1 - (sum(map(is_roadblock, helper)) / len(helper)) / 0.25),
            "client_words": None if not all_words else _clip((words["client_words"] / all_words) / 0.6),
        },
        "empathy": {
            "rq": None if ratio is None else _clip(ratio / 2),
            "complex": None if not reflections else _clip(cr["complex"] / reflections / 0.5),
            "openings": _share(r.openings_stayed, r.openings),
        },
        "cultivating_change_talk": {
            "change_followed": _share(r.change_followed, r.change),
            "change_share": _share(r.change, r.change + r.sustain),
        },
        "softening_sustain_talk": {
            "sustain_reflected": _share(r.sustain_reflected, r.sustain),
            "sustain_not_pushed": None if not r.sustain else 1 - r.sustain_pushed / r.sustain,
        },
    }


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def judge(conversation: Conversation, measures: list[Measure], lang: str = "nl") -> SessionJudgement:
    """The four global estimates of a coded conversation, with what each rests on; ``measures`` are its
    measures (:func:`ontmoeting.feedback.measures.compute_measures`)."""
    estimates = []
    for key, parts in _components(conversation, measures).items():
        known = {name: value for name, value in parts.items() if value is not None}
        mean = _mean(list(known.values()))
        estimates.append(
            GlobalEstimate(
                key=key,
                name=tr(MESSAGES, key, lang),
                value=None if mean is None else round(1 + 4 * mean, 2),
                components={name: round(value, 3) for name, value in known.items()},
                basis=[f"{tr(MESSAGES, name, lang)}: {round(value * 100)}%" for name, value in known.items()],
            )
        )
    by_key = {e.key: e.value for e in estimates}

    def mean_of(keys: tuple[str, ...]) -> float | None:
        found = [by_key[k] for k in keys if by_key[k] is not None]
        value = _mean(found)  # type: ignore[arg-type]
        return None if value is None else round(value, 2)

    return SessionJudgement(
        globals=estimates,
        relational=mean_of(RELATIONAL),
        technical=mean_of(TECHNICAL),
        overall=mean_of(GLOBALS),
    )
