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

from collections.abc import Callable
from dataclasses import dataclass

from ontmoeting.coding.codes import ClientCode, Flag, HelperCode
from ontmoeting.feedback.model import GlobalEstimate, SessionJudgement
from ontmoeting.feedback.signals import is_exploring, is_opening, is_resistance, is_roadblock, next_turn
from ontmoeting.i18n import tr
from ontmoeting.transcript.model import Conversation, Role, Turn

H = HelperCode

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
class _Counts:
    helper: list[Turn]
    questions: int
    reflections: int
    complex: int
    openings: int
    openings_stayed: int
    adherent: int
    non_adherent: int
    pushes: int
    helper_words: int
    client_words: int
    change: int
    change_followed: int
    sustain: int
    sustain_reflected: int
    sustain_pushed: int


def _answer_explores(conversation: Conversation, turn: Turn) -> tuple[bool, bool]:
    answer = next_turn(conversation, turn, Role.HELPER)
    if answer is None:
        return False, False
    return is_exploring(answer), is_roadblock(answer)


def _count(conversation: Conversation) -> _Counts:
    helper = conversation.helper_turns
    codes = [t.code for t in helper]
    adherent = sum(
        1
        for t in helper
        if t.code in (H.AFFIRMATION.value, H.AUTONOMY.value)
        or (t.code == H.ADVICE.value and t.has_flag(Flag.PERMISSION.value))
    )
    non_adherent = sum(
        1
        for t in helper
        if t.code == H.PERSUASION.value
        or (t.code == H.ADVICE.value and not t.has_flag(Flag.PERMISSION.value))
    )
    openings = stayed = change = change_followed = sustain = reflected = pushed = 0
    for turn in conversation.client_turns:
        explored, pushed_back = _answer_explores(conversation, turn)
        if is_opening(turn):
            openings += 1
            stayed += explored
        if turn.code == ClientCode.CHANGE.value:
            change += 1
            change_followed += explored
        if is_resistance(turn):
            sustain += 1
            reflected += explored
            pushed += pushed_back
    return _Counts(
        helper=helper,
        questions=sum(c in (H.OPEN_QUESTION.value, H.CLOSED_QUESTION.value) for c in codes),
        reflections=sum(c in (H.SIMPLE_REFLECTION.value, H.COMPLEX_REFLECTION.value) for c in codes),
        complex=sum(c == H.COMPLEX_REFLECTION.value for c in codes),
        openings=openings,
        openings_stayed=stayed,
        adherent=adherent,
        non_adherent=non_adherent,
        pushes=sum(is_roadblock(t) for t in helper),
        helper_words=sum(t.words for t in helper),
        client_words=sum(t.words for t in conversation.client_turns),
        change=change,
        change_followed=change_followed,
        sustain=sustain,
        sustain_reflected=reflected,
        sustain_pushed=pushed,
    )


def _components(c: _Counts) -> dict[str, dict[str, float | None]]:
    steering = c.adherent + c.non_adherent
    words = c.helper_words + c.client_words
    rq = c.reflections / c.questions if c.questions else (2.0 if c.reflections else None)
    return {
        "empathy": {
            "rq": None if rq is None else _clip(rq / 2),
            "complex": None if not c.reflections else _clip(c.complex / c.reflections / 0.5),
            "openings": _share(c.openings_stayed, c.openings),
        },
        "partnership": {
            "adherent": _share(c.adherent, steering),
            "pushes": None if not c.helper else _clip(1 - (c.pushes / len(c.helper)) / 0.25),
            "client_words": None if not words else _clip((c.client_words / words) / 0.6),
        },
        "cultivating_change_talk": {
            "change_followed": _share(c.change_followed, c.change),
            "change_share": _share(c.change, c.change + c.sustain),
        },
        "softening_sustain_talk": {
            "sustain_reflected": _share(c.sustain_reflected, c.sustain),
            "sustain_not_pushed": None if not c.sustain else 1 - c.sustain_pushed / c.sustain,
        },
    }


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def judge(
    conversation: Conversation, lang: str = "nl", percent: Callable[[float], str] | None = None
) -> SessionJudgement:
    """The four global estimates of a coded conversation, with what each rests on."""
    show = percent or (lambda share: f"{round(share * 100)}%")
    estimates = []
    for key, parts in _components(_count(conversation)).items():
        known = {name: value for name, value in parts.items() if value is not None}
        mean = _mean(list(known.values()))
        estimates.append(
            GlobalEstimate(
                key=key,
                name=tr(MESSAGES, key, lang),
                value=None if mean is None else round(1 + 4 * mean, 2),
                components={name: round(value, 3) for name, value in known.items()},
                basis=[f"{tr(MESSAGES, name, lang)}: {show(value)}" for name, value in known.items()],
            )
        )
    order = {key: i for i, key in enumerate(GLOBALS)}
    estimates.sort(key=lambda e: order[e.key])
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
