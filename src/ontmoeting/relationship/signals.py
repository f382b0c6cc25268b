"""Signals: what in a client's scores is worth bringing up, each rule with its source and a way to talk about
it.

The evidence for routine feedback is modest (meta-analyses give small effects; a Dutch trial in emergency
psychiatry found none). What matters is the relationship and talking about it, so every signal comes with a
suggestion for *the conversation with the client*; none of them is a verdict, and no signal replaces that
talk.

The rules, evaluated at every session on the trajectory up to and including that session:

========================== ======== ==========================================================================
kind                       severity rule (source)
========================== ======== ==========================================================================
relationship_below_cutoff  alert    relationship total in the concern range of the instrument's cut-off (below
                                    36 of 40 for the project scale). Source: session alliance scales in
                                    feedback-informed treatment flag a session score at or under the cut-off.
relationship_drop          notice   relationship total fell by at least the instrument's ``drop_threshold`` (1
                                    point of 40) since the previous session with relationship scores. Source:
                                    alliance-drop alert of outcome-monitoring tools.
wellbeing_deterioration    alert    well-being RCI against the first session < -1.96. Source: Jacobson &
                                    Truax (1991), reliable change index.
no_reliable_improvement    notice   at the N-th session with well-being scores or later (N configurable,
                                    default 4), RCI against the first session <= 1.96 and no deterioration.
                                    Source: a stand-in for not-on-track alerts (below the expected-response
                                    curve), which need norms this project does not have yet.
reliable_improvement       good     well-being RCI against the first session > 1.96 (Jacobson & Truax 1991);
                                    not reported when ``recovery`` is, which implies it.
recovery                   good     reliable improvement AND the first session in the concern range AND the
                                    current total out of it: clinically significant change (Jacobson & Truax
                                    1991).
========================== ======== ==========================================================================
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum

from ontmoeting.errors import ConfigError
from ontmoeting.i18n import tr
from ontmoeting.relationship.scoring import RCI_THRESHOLD
from ontmoeting.relationship.trajectory import SessionScores, Trajectory

NO_IMPROVEMENT_ENV = "ONTMOETING_NO_IMPROVEMENT_AFTER"
DEFAULT_NO_IMPROVEMENT_AFTER = 4


class SignalKind(StrEnum):
    RELATIONSHIP_BELOW_CUTOFF = "relationship_below_cutoff"
    RELATIONSHIP_DROP = "relationship_drop"
    WELLBEING_DETERIORATION = "wellbeing_deterioration"
    NO_RELIABLE_IMPROVEMENT = "no_reliable_improvement"
    RELIABLE_IMPROVEMENT = "reliable_improvement"
    RECOVERY = "recovery"


class Severity(StrEnum):
    ALERT = "alert"  # talk about it in the next session
    NOTICE = "notice"  # keep an eye on it; worth a question
    GOOD = "good"  # progress worth noticing together

    @property
    def rank(self) -> int:
        return {"alert": 0, "notice": 1, "good": 2}[self.value]


SEVERITY = {
    SignalKind.RELATIONSHIP_BELOW_CUTOFF: Severity.ALERT,
    SignalKind.RELATIONSHIP_DROP: Severity.NOTICE,
    SignalKind.WELLBEING_DETERIORATION: Severity.ALERT,
    SignalKind.NO_RELIABLE_IMPROVEMENT: Severity.NOTICE,
    SignalKind.RELIABLE_IMPROVEMENT: Severity.GOOD,
    SignalKind.RECOVERY: Severity.GOOD,
}

SOURCES = {
    SignalKind.RELATIONSHIP_BELOW_CUTOFF: "Feedback-informed treatment: session alliance score under the "
    "cut-off "
    "(PCOMS practice: concern at or under 36 of 40); the instrument file sets the cut-off.",
    SignalKind.RELATIONSHIP_DROP: "Outcome-monitoring alert: alliance drop of at least 1 point since the "
    "last "
    "session; the instrument file sets drop_threshold.",
    SignalKind.WELLBEING_DETERIORATION: "Jacobson, N. S. & Truax, P. (1991). Clinical significance: a "
    "statistical "
    "approach to defining meaningful change in psychotherapy research. J Consult Clin Psychol 59(1), 12-19.",
    SignalKind.NO_RELIABLE_IMPROVEMENT: "Stand-in for not-on-track alerts (below the expected-response "
    "curve) "
    "until norms exist; reliable change after Jacobson & Truax (1991). Sessions: "
    "ONTMOETING_NO_IMPROVEMENT_AFTER.",
    SignalKind.RELIABLE_IMPROVEMENT: "Jacobson & Truax (1991), reliable change index > 1.96.",
    SignalKind.RECOVERY: "Jacobson & Truax (1991), clinically significant change: reliable change plus "
    "crossing "
    "the cut-off.",
}

TEXTS = {
    "relationship_below_cutoff.title": {
        "nl": "Relatie onder de grens",
        "en": "Relationship under the cut-off",
    },
    "relationship_below_cutoff.explanation": {
        "nl": "Sessie {session}: relatiescore {total:g} van {max:g}, onder de grens van {cutoff:g}.",
        "en": "Session {session}: relationship score {total:g} of {max:g}, under the cut-off of {cutoff:g}.",
    },
    "relationship_below_cutoff.suggestion": {
        "nl": "Bedank de cliënt voor de eerlijkheid en vraag nieuwsgierig door, zonder je te verdedigen: "
        '"Ik zie '
        "dat het gesprek van vandaag minder goed bij je paste. Wil je vertellen wat er anders had "
        'gemoeten?" Een '
        "lage score die je samen bespreekt, is vaak het begin van een betere samenwerking.",
        "en": 'Thank the client for being honest and ask with curiosity, without defending yourself: "I see '
        "today's conversation fitted you less well. Would you tell me what should have been different?\" A "
        "low "
        "score you talk about together is often the start of working together better.",
    },
    "relationship_drop.title": {"nl": "Relatiescore gedaald", "en": "Relationship score dropped"},
    "relationship_drop.explanation": {
        "nl": "Sessie {session}: relatiescore {total:g}, dat is {drop:g} lager dan de vorige keer "
        "({previous:g}).",
        "en": "Session {session}: relationship score {total:g}, that is {drop:g} lower than last time "
        "({previous:g}).",
    },
    "relationship_drop.suggestion": {
        "nl": 'Benoem de verandering zonder oordeel: "Vorige keer gaf je de samenwerking een hoger cijfer '
        "dan "
        'vandaag. Wat was er vandaag anders?" Vraag welk onderdeel het verschil maakt: je gehoord voelen, de '
        "onderwerpen, of de manier van werken.",
        "en": 'Name the change without judging: "Last time you rated our work together higher than today. '
        "What "
        'was different today?" Ask which part makes the difference: feeling heard, the topics, or the way of '
        "working.",
    },
    "wellbeing_deterioration.title": {
        "nl": "Welzijn betrouwbaar achteruit",
        "en": "Well-being reliably worse",
    },
    "wellbeing_deterioration.explanation": {
        "nl": "Sessie {session}: welzijn {total:g}, tegen {first:g} in de eerste sessie (RCI {rci:.2f}; een "
        "betrouwbare verandering is groter dan {threshold:g}).",
        "en": "Session {session}: well-being {total:g}, against {first:g} in the first session (RCI "
        "{rci:.2f}; a "
        "reliable change is beyond {threshold:g}).",
    },
    "wellbeing_deterioration.suggestion": {
        "nl": 'Leg de scores naast elkaar en vraag hoe de cliënt het zelf ziet: "Het lijkt erop dat het nu '
        "minder "
        'goed met je gaat dan toen we begonnen. Herken je dat?" Bespreek wat nodig is: iets anders in de '
        "aanpak, "
        "meer steun, of overleg met je begeleider of een collega.",
        "en": 'Put the scores side by side and ask how the client sees it: "It looks as if you are doing '
        "less well "
        'now than when we started. Does that fit?" Talk about what is needed: something different in the '
        "approach, more support, or consulting your supervisor or a colleague.",
    },
    "no_reliable_improvement.title": {
        "nl": "Nog geen betrouwbare verbetering",
        "en": "No reliable improvement yet",
    },
    "no_reliable_improvement.explanation": {
        "nl": "Sessie {session}: na {count:plural:meting|metingen} is het welzijn ({total:g}, begin "
        "{first:g}) nog niet betrouwbaar verbeterd (RCI {rci:.2f}).",
        "en": "Session {session}: after {count:plural:measurement|measurements} well-being ({total:g}, "
        "start {first:g}) has not reliably improved (RCI {rci:.2f}).",
    },
    "no_reliable_improvement.suggestion": {
        "nl": 'Vraag samen: "Helpt wat we doen je genoeg? Wat zou je anders willen?" Overweeg een ander '
        "doel, een "
        "andere aanpak of overleg. Dit is geen oordeel over de cliënt of over jou, wel een reden om het te "
        "vragen.",
        "en": 'Ask together: "Is what we are doing helping you enough? What would you want to be different?" '
        "Consider another goal, another approach or consultation. This judges neither the client nor you; "
        "it is "
        "a reason to ask.",
    },
    "reliable_improvement.title": {"nl": "Betrouwbaar verbeterd", "en": "Reliably improved"},
    "reliable_improvement.explanation": {
        "nl": "Sessie {session}: welzijn {total:g}, tegen {first:g} in de eerste sessie (RCI {rci:.2f}).",
        "en": "Session {session}: well-being {total:g}, against {first:g} in the first session (RCI "
        "{rci:.2f}).",
    },
    "reliable_improvement.suggestion": {
        "nl": 'Sta er samen bij stil: "Je scores zijn duidelijk gestegen sinds we begonnen. Wat heeft '
        "daaraan "
        'bijgedragen?" Zo blijft het de verandering van de cliënt, niet die van de methode.',
        "en": 'Take a moment for it together: "Your scores have clearly risen since we started. What has '
        "helped?\" That way the change stays the client's own, not the method's.",
    },
    "recovery.title": {"nl": "Herstel", "en": "Recovery"},
    "recovery.explanation": {
        "nl": "Sessie {session}: welzijn {total:g} is betrouwbaar verbeterd (RCI {rci:.2f}) en ligt nu "
        "boven de "
        "grens van {cutoff:g} (begin {first:g}).",
        "en": "Session {session}: well-being {total:g} has reliably improved (RCI {rci:.2f}) and is now "
        "above the "
        "cut-off of {cutoff:g} (start {first:g}).",
    },
    "recovery.suggestion": {
        "nl": "Bespreek wat de cliënt wil vasthouden en hoe, en of het tijd is om af te bouwen of af te "
        "ronden: "
        '"Wat wil je meenemen uit deze periode?"',
        "en": "Talk about what the client wants to hold on to, and how, and whether it is time to taper off "
        "or "
        'finish: "What do you want to take with you from this period?"',
    },
}


@dataclass(frozen=True)
class Signal:
    kind: SignalKind
    severity: Severity
    session: int
    values: dict[str, float]

    def title(self, lang: str) -> str:
        return tr(TEXTS, f"{self.kind.value}.title", lang)

    def explanation(self, lang: str) -> str:
        return tr(TEXTS, f"{self.kind.value}.explanation", lang, session=self.session, **self.values)

    def suggestion(self, lang: str) -> str:
        return tr(TEXTS, f"{self.kind.value}.suggestion", lang)

    @property
    def source(self) -> str:
        return SOURCES[self.kind]


@dataclass(frozen=True)
class SignalSettings:
    """The configurable part of the rules. ``no_improvement_after``: the number of well-being measurements
    after which an absence of reliable improvement is signalled (default 4; env
    ONTMOETING_NO_IMPROVEMENT_AFTER)."""

    no_improvement_after: int = DEFAULT_NO_IMPROVEMENT_AFTER

    @classmethod
    def from_env(cls) -> SignalSettings:
        raw = os.environ.get(NO_IMPROVEMENT_ENV)
        if not raw:
            return cls()
        if not raw.strip().isdigit() or int(raw) < 2:
            raise ConfigError(
                "E609",
                nl=f"{NO_IMPROVEMENT_ENV} moet een geheel getal van 2 of meer zijn",
                en=f"{NO_IMPROVEMENT_ENV} must be a whole number of 2 or more",
            )
        return cls(no_improvement_after=int(raw))


def _make(kind: SignalKind, session: SessionScores, **values: float) -> Signal:
    return Signal(kind, SEVERITY[kind], session.number, values)


def _relationship_signals(trajectory: Trajectory, session: SessionScores) -> list[Signal]:
    instrument = trajectory.relationship_instrument
    current = trajectory.relationship_total(session)
    if current is None:
        return []
    signals = []
    if instrument.cutoff.is_concern(current):
        signals.append(
            _make(
                SignalKind.RELATIONSHIP_BELOW_CUTOFF,
                session,
                total=current,
                max=instrument.total.max,
                cutoff=instrument.cutoff.value,
            )
        )
    earlier = [
        t
        for s in trajectory.sessions
        if s.number < session.number
        if (t := trajectory.relationship_total(s)) is not None
    ]
    threshold = instrument.drop_threshold or 1.0
    if earlier and earlier[-1] - current >= threshold - 1e-9:
        signals.append(
            _make(
                SignalKind.RELATIONSHIP_DROP,
                session,
                total=current,
                previous=earlier[-1],
                drop=round(earlier[-1] - current, 6),
            )
        )
    return signals


def _wellbeing_signals(
    trajectory: Trajectory, session: SessionScores, settings: SignalSettings
) -> list[Signal]:
    instrument = trajectory.wellbeing_instrument
    current, first = trajectory.wellbeing_total(session), trajectory.first_wellbeing()
    rci = trajectory.wellbeing_rci(session)
    if current is None or first is None or rci is None:
        return []
    values = {
        "total": current,
        "first": first,
        "rci": rci,
        "threshold": RCI_THRESHOLD,
        "cutoff": instrument.cutoff.value,
    }
    if rci < -RCI_THRESHOLD:
        return [_make(SignalKind.WELLBEING_DETERIORATION, session, **values)]
    if rci > RCI_THRESHOLD:
        if instrument.cutoff.is_concern(first) and not instrument.cutoff.is_concern(current):
            return [_make(SignalKind.RECOVERY, session, **values)]
        return [_make(SignalKind.RELIABLE_IMPROVEMENT, session, **values)]
    count = sum(1 for s in trajectory.sessions if s.number <= session.number and s.wellbeing)
    if count >= settings.no_improvement_after:
        return [_make(SignalKind.NO_RELIABLE_IMPROVEMENT, session, count=count, **values)]
    return []


def signals_at(trajectory: Trajectory, number: int, settings: SignalSettings | None = None) -> list[Signal]:
    """The signals of session ``number``, looking only at that session and the ones before it."""
    settings = settings or SignalSettings()
    past = trajectory.upto(number)
    session = next((s for s in past.sessions if s.number == number), None)
    if session is None:
        return []
    return _relationship_signals(past, session) + _wellbeing_signals(past, session, settings)


def evaluate(trajectory: Trajectory, settings: SignalSettings | None = None) -> list[Signal]:
    """The signals of every session, in session order."""
    return [signal for s in trajectory.sessions for signal in signals_at(trajectory, s.number, settings)]


def current_signals(trajectory: Trajectory, settings: SignalSettings | None = None) -> list[Signal]:
    """The signals of the latest session: what the helper should see on the dashboard now."""
    latest = trajectory.latest
    return signals_at(trajectory, latest.number, settings) if latest else []


def attention_key(code: str, signals: list[Signal], has_sessions: bool) -> tuple[int, int, int, str]:
    """Sort key for "who needs attention": most alerts first, then most notices, then clients without any
    measurement yet (they may need a first link), then the rest; ties by code."""
    alerts = sum(1 for s in signals if s.severity is Severity.ALERT)
    notices = sum(1 for s in signals if s.severity is Severity.NOTICE)
    return (-alerts, -notices, 0 if not has_sessions else 1, code.lower())
