"""Three strengths and three points to work on, chosen from the measures and the moments.

Nothing is canned: every candidate is derived from a measure's band or from moments found, carries the
turns it rests on, and a weight for how strong the evidence is; the three heaviest of each kind are shown.
Fewer than three are shown when the conversation gives no more evidence.
"""

from __future__ import annotations

from ontmoeting.coding.codes import Flag, HelperCode
from ontmoeting.feedback.model import Band, Measure, Moment, PatternKind, Summary, SummaryPoint, Valence
from ontmoeting.feedback.patterns import client_name
from ontmoeting.i18n import format_number, tr
from ontmoeting.transcript.model import Conversation

H = HelperCode
MAX_POINTS = 3
BANDED = (
    "reflection_question_ratio",
    "percent_complex_reflections",
    "percent_open_questions",
    "percent_mi_adherent",
)

MESSAGES = {
    "band.good": {"nl": "goed", "en": "good"},
    "band.fair": {"nl": "redelijk", "en": "fair"},
    "measure.strength": {
        "nl": "{name}: {display}, '{band}' volgens {source}.",
        "en": "{name}: {display}, '{band}' by {source}.",
    },
    "measure.fair": {
        "nl": "{name}: {display}, 'redelijk'; 'goed' begint bij {good} volgens {source}.",
        "en": "{name}: {display}, 'fair'; 'good' starts at {good} by {source}.",
    },
    "measure.work": {
        "nl": "{name}: {display}, onder 'redelijk' ({fair}) volgens {source}.",
        "en": "{name}: {display}, below 'fair' ({fair}) by {source}.",
    },
    "opening_taken": {
        "nl": "Je bleef {k} keer bij een gevoel of iets persoonlijks van {client}, met een reflectie of een "
        "open vraag ({turns}).",
        "en": "You stayed {k:plural:time|times} with a feeling or something personal of {client}, with a "
        "reflection or an open question ({turns}).",
    },
    "deepening": {
        "nl": "Na jouw beurten ging {client} {k} keer dieper, naar gevoel of betekenis ({turns}).",
        "en": "After your turns {client} went deeper {k:plural:time|times}, into feeling or meaning "
        "({turns}).",
    },
    "permission": {
        "nl": "Je vroeg toestemming voor je een idee gaf ({turns}): {client} bleef aan zet.",
        "en": "You asked permission before offering an idea ({turns}): {client} stayed in charge.",
    },
    "meaning": {
        "nl": "{client} kwam tot de laag van betekenis: wat er echt toe doet (vanaf {turns}).",
        "en": "{client} reached the layer of meaning: what really matters (from {turns}).",
    },
    "change_talk": {
        "nl": "{client} praatte meer over veranderen dan over houden zoals het is ({display}).",
        "en": "{client} talked more about changing than about keeping things as they are ({display}).",
    },
    "listening": {
        "nl": "Je liet {client} aan het woord: {display} van de woorden was van jou.",
        "en": "You let {client} do the talking: {display} of the words were yours.",
    },
    "oplossingsdrang": {
        "nl": "Oplossingsdrang: je kwam met oplossingen voordat je had verkend wat er voor {client} speelde "
        "({turns}). Verken eerst het gevoel, dan pas ideeën, met toestemming.",
        "en": "Premature solution: you offered solutions before exploring what was going on for {client} "
        "({turns}). Explore the feeling first, ideas later, with permission.",
    },
    "touwtrekken": {
        "nl": "Touwtrekken: op 'ja, maar' reageerde je met een nieuw voorstel ({k:plural:ronde|rondes}, "
        "{turns}). Reflecteer het 'maar' in plaats van harder te trekken.",
        "en": "Tug of war: you answered 'yes, but' with a new proposal ({k:plural:round|rounds}, {turns}). "
        "Reflect the 'but' instead of pulling harder.",
    },
    "gemiste_kans": {
        "nl": "Gemiste kansen: {k} keer ging je na een gevoel of iets persoonlijks van {client} een andere "
        "kant op ({turns}). Blijf erbij met een reflectie.",
        "en": "Missed openings: {k:plural:time|times} you went elsewhere after {client} voiced a feeling or "
        "something personal ({turns}). Stay with it with a reflection.",
    },
    "vragenvuur": {
        "nl": "Vragenvuur: {k} keer drie of meer vragen achter elkaar zonder reflectie ({turns}). Zet een "
        "reflectie tussen je vragen.",
        "en": "Question barrage: {k:plural:time|times} three or more questions in a row without a reflection "
        "({turns}). Put a reflection between your questions.",
    },
    "talking": {
        "nl": "Je sprak {display} van de woorden. Laat meer ruimte: kortere beurten, en stiltes laten "
        "bestaan.",
        "en": "You spoke {display} of the words. Leave more room: shorter turns, and let silences be.",
    },
    "shallow": {
        "nl": "{client} bleef bij feiten en gedachten; het gesprek kwam niet bij gevoel of betekenis.",
        "en": "{client} stayed with facts and thoughts; the conversation did not reach feeling or meaning.",
    },
}


def _turns(indices: list[int], lang: str, limit: int = 5) -> str:
    """'beurt 7' or 'beurten 5, 11, 13…' (1-based numbers)."""
    shown = [str(i + 1) for i in indices[:limit]]
    word = (
        ("beurt" if lang == "nl" else "turn")
        if len(indices) == 1
        else ("beurten" if lang == "nl" else "turns")
    )
    return f"{word} " + ", ".join(shown) + ("…" if len(indices) > limit else "")


#: For a measure-based point: the helper codes of the turns it rests on (strength side, work-on side).
MEASURE_TURNS = {
    "reflection_question_ratio": (
        (H.SIMPLE_REFLECTION.value, H.COMPLEX_REFLECTION.value),
        (H.OPEN_QUESTION.value, H.CLOSED_QUESTION.value),
    ),
    "percent_complex_reflections": ((H.COMPLEX_REFLECTION.value,), (H.SIMPLE_REFLECTION.value,)),
    "percent_open_questions": ((H.OPEN_QUESTION.value,), (H.CLOSED_QUESTION.value,)),
    "percent_mi_adherent": (
        (H.AFFIRMATION.value, H.AUTONOMY.value, H.ADVICE.value),
        (H.ADVICE.value, H.PERSUASION.value),
    ),
}


def _measure_turns(conversation: Conversation, key: str, strength: bool) -> list[int]:
    codes = MEASURE_TURNS[key][0 if strength else 1]
    turns = [t for t in conversation.helper_turns if t.code in codes]
    if key == "percent_mi_adherent":  # advice counts on the side its permission flag puts it
        turns = [
            t for t in turns if t.code != H.ADVICE.value or t.has_flag(Flag.PERMISSION.value) == strength
        ]
    return [t.index for t in turns]


def _source_short(measure: Measure) -> str:
    return measure.source.split(" (")[0]


def _from_moments(key: str, moments: list[Moment], text: str, weight: float) -> SummaryPoint:
    return SummaryPoint(
        key=key,
        text=text,
        turns=[m.anchor for m in moments],
        moments=[m.id for m in moments],
        weight=round(weight, 2),
    )


def summarise(
    conversation: Conversation, measures: list[Measure], moments: list[Moment], lang: str
) -> Summary:
    client = client_name(conversation, lang)
    by_key = {m.key: m for m in measures}
    of = {kind: [m for m in moments if m.pattern is kind] for kind in PatternKind}
    strengths: list[SummaryPoint] = []
    work: list[SummaryPoint] = []

    for key in BANDED:
        measure = by_key[key]
        if measure.band in (Band.GOOD, Band.FAIR):
            band = tr(MESSAGES, f"band.{measure.band.value}", lang)
            text = tr(
                MESSAGES,
                "measure.strength",
                lang,
                name=measure.name,
                display=measure.display,
                band=band,
                source=_source_short(measure),
            )
            strengths.append(
                SummaryPoint(
                    key=f"measure:{key}",
                    text=text,
                    weight=3.0 if measure.band is Band.GOOD else 2.0,
                    turns=_measure_turns(conversation, key, True),
                )
            )
            if measure.band is Band.FAIR:  # also a point to grow on, weakly
                good = format_number(measure.good, lang, "g") + ("%" if measure.unit == "percent" else "")
                work.append(
                    SummaryPoint(
                        key=f"measure:{key}",
                        text=tr(
                            MESSAGES,
                            "measure.fair",
                            lang,
                            name=measure.name,
                            display=measure.display,
                            good=good,
                            source=_source_short(measure),
                        ),
                        weight=1.0,
                        turns=_measure_turns(conversation, key, False),
                    )
                )
        elif measure.band is Band.BELOW_FAIR:
            fair = format_number(measure.fair, lang, "g") + ("%" if measure.unit == "percent" else "")
            text = tr(
                MESSAGES,
                "measure.work",
                lang,
                name=measure.name,
                display=measure.display,
                fair=fair,
                source=_source_short(measure),
            )
            gap = (measure.fair - (measure.value or 0.0)) / (measure.fair or 1.0)
            work.append(
                SummaryPoint(
                    key=f"measure:{key}",
                    text=text,
                    weight=round(2.0 + gap, 2),
                    turns=_measure_turns(conversation, key, False),
                )
            )

    taken = of[PatternKind.OPENING_TAKEN]
    if taken:
        strengths.append(
            _from_moments(
                "pattern:benutte_kans",
                taken,
                tr(
                    MESSAGES,
                    "opening_taken",
                    lang,
                    k=len(taken),
                    client=client,
                    turns=_turns([m.anchor for m in taken], lang),
                ),
                1.5 + 0.5 * min(len(taken), 4),
            )
        )
    deeper = [m for m in of[PatternKind.DEEPENING] if m.valence is Valence.STRENGTH]
    if deeper:
        strengths.append(
            _from_moments(
                "pattern:verdieping",
                deeper,
                tr(
                    MESSAGES,
                    "deepening",
                    lang,
                    k=len(deeper),
                    client=client,
                    turns=_turns([m.anchor for m in deeper], lang),
                ),
                1.5 + 0.5 * min(len(deeper), 4),
            )
        )
    permission = of[PatternKind.PERMISSION_ASKED]
    if permission:
        strengths.append(
            _from_moments(
                "pattern:toestemming",
                permission,
                tr(
                    MESSAGES,
                    "permission",
                    lang,
                    client=client,
                    turns=_turns([m.anchor for m in permission], lang),
                ),
                2.5,
            )
        )
    depth = by_key["depth_reached"]
    if depth.value == 3:
        first = next(index for index, level in _depth_points(conversation) if level == 3)
        strengths.append(
            SummaryPoint(
                key="measure:depth_reached",
                text=tr(MESSAGES, "meaning", lang, client=client, turns=_turns([first], lang)),
                turns=[first],
                weight=2.8,
            )
        )
    elif depth.value is not None and depth.value <= 1 and len(conversation.client_turns) >= 4:
        work.append(
            SummaryPoint(
                key="measure:depth_reached", text=tr(MESSAGES, "shallow", lang, client=client), weight=1.8
            )
        )
    change = by_key["percent_change_talk"]
    if change.value is not None and change.value >= 50 and change.counts.get("change", 0) >= 2:
        strengths.append(
            SummaryPoint(
                key="measure:percent_change_talk",
                text=tr(MESSAGES, "change_talk", lang, client=client, display=change.display),
                weight=1.5,
            )
        )
    share = by_key["helper_word_share"]
    if share.value is not None and share.value <= 40:
        strengths.append(
            SummaryPoint(
                key="measure:helper_word_share",
                text=tr(MESSAGES, "listening", lang, client=client, display=share.display),
                weight=1.0,
            )
        )
    elif share.value is not None and share.value >= 60:
        work.append(
            SummaryPoint(
                key="measure:helper_word_share",
                text=tr(MESSAGES, "talking", lang, display=share.display),
                weight=1.5,
            )
        )

    for kind, base in (
        (PatternKind.PREMATURE_SOLUTION, 4.0),
        (PatternKind.TUG_OF_WAR, 4.5),
        (PatternKind.MISSED_OPENING, 2.5),
        (PatternKind.QUESTION_BARRAGE, 2.2),
    ):
        found = of[kind]
        if not found:
            continue
        turns = [m.anchor for m in found]
        rounds = sum(int(m.details.get("rounds", 1)) for m in found)
        text = tr(
            MESSAGES,
            kind.value,
            lang,
            client=client,
            k=rounds if kind is PatternKind.TUG_OF_WAR else len(found),
            turns=_turns(turns, lang),
        )
        work.append(_from_moments(f"pattern:{kind.value}", found, text, base + 0.3 * min(len(found), 5)))

    strengths.sort(key=lambda p: -p.weight)
    work.sort(key=lambda p: -p.weight)
    return Summary(strengths=strengths[:MAX_POINTS], work_on=work[:MAX_POINTS])


def _depth_points(conversation: Conversation) -> list[tuple[int, int]]:
    return [(t.index, t.depth) for t in conversation.client_turns if t.depth is not None]
