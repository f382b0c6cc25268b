"""The measures of a conversation: counts of codes turned into ratios and shares, each with its band.

Counts follow MITI's conventions at the level our coder works on (one behaviour code per helper turn):
questions = open + closed; reflections = simple + complex; MI-adherent = affirmation, autonomy and advice
with permission; MI-non-adherent = advice without permission and persuasion (MITI 3.1.1 'advise without
permission', 'confront', 'direct').
"""

from __future__ import annotations

from collections import Counter

from ontmoeting.coding.codes import ClientCode, Flag, HelperCode
from ontmoeting.feedback.bands import BANDS, SOURCES
from ontmoeting.feedback.model import Band, Measure
from ontmoeting.i18n import format_number, tr
from ontmoeting.transcript.model import Conversation

H = HelperCode

MESSAGES = {
    "reflection_question_ratio": {"nl": "Reflecties per vraag", "en": "Reflections per question"},
    "reflection_question_ratio.meaning": {
        "nl": "Hoe vaak je teruggeeft wat je hoort tegenover hoe vaak je vraagt. Reflecties laten de cliënt "
        "merken dat je luistert en nodigen uit om verder te vertellen; veel vragen zetten jou aan het stuur.",
        "en": "How often you give back what you hear against how often you ask. Reflections show the client "
        "you listen and invite them to go on; many questions put you in the driving seat.",
    },
    "percent_complex_reflections": {"nl": "Complexe reflecties", "en": "Complex reflections"},
    "percent_complex_reflections.meaning": {
        "nl": "Het deel van je reflecties dat meer teruggeeft dan de woorden: gevoel, betekenis, de andere "
        "kant. "
        "Complexe reflecties brengen het gesprek dieper.",
        "en": "The share of your reflections that gives back more than the words: feeling, meaning, the "
        "other "
        "side. Complex reflections take the conversation deeper.",
    },
    "percent_open_questions": {"nl": "Open vragen", "en": "Open questions"},
    "percent_open_questions.meaning": {
        "nl": "Het deel van je vragen dat open is. Open vragen laten de cliënt zelf kiezen wat belangrijk "
        "is; "
        "gesloten vragen halen feiten op.",
        "en": "The share of your questions that are open. Open questions let the client choose what matters; "
        "closed questions collect facts.",
    },
    "percent_mi_adherent": {"nl": "Samenwerkend bij sturen", "en": "MI-adherent when steering"},
    "percent_mi_adherent.meaning": {
        "nl": "Van je beurten die sturen of bevestigen: het deel dat de autonomie van de cliënt respecteert "
        "(bevestigen, keuze laten, advies mét toestemming) tegenover advies zonder toestemming en "
        "overtuigen.",
        "en": "Of your turns that steer or affirm: the share that respects the client's autonomy (affirming, "
        "leaving the choice, advice with permission) against advice without permission and persuading.",
    },
    "advice_without_permission": {"nl": "Advies zonder toestemming", "en": "Advice without permission"},
    "advice_without_permission.meaning": {
        "nl": "Adviezen en overtuigingspogingen waarbij je niet eerst vroeg of de cliënt dat wilde horen. "
        "Ongevraagd advies roept vaak 'ja, maar' op.",
        "en": "Advice and persuasion given without first asking whether the client wanted it. Unasked-for "
        "advice often calls up 'yes, but'.",
    },
    "helper_word_share": {"nl": "Jouw aandeel in de woorden", "en": "Your share of the words"},
    "helper_word_share.meaning": {
        "nl": "Hoeveel van alle woorden in het gesprek van jou komen. In een helpend gesprek praat de cliënt "
        "meestal het meest.",
        "en": "How many of all words in the conversation are yours. In a helping conversation the client "
        "usually talks most.",
    },
    "average_helper_turn": {"nl": "Gemiddelde beurt (jij)", "en": "Average turn (you)"},
    "average_helper_turn.meaning": {
        "nl": "Gemiddeld aantal woorden per beurt van jou. Korte, rustige beurten laten ruimte.",
        "en": "Average number of words in your turns. Short, calm turns leave room.",
    },
    "average_client_turn": {"nl": "Gemiddelde beurt (cliënt)", "en": "Average turn (client)"},
    "average_client_turn.meaning": {
        "nl": "Gemiddeld aantal woorden per beurt van de cliënt: vertelt de cliënt, of antwoordt hij kort?",
        "en": "Average number of words in the client's turns: is the client telling, or answering briefly?",
    },
    "change_talk": {"nl": "Verandertaal", "en": "Change talk"},
    "change_talk.meaning": {
        "nl": "Beurten waarin de cliënt spreekt over willen, kunnen, redenen of stappen om te veranderen.",
        "en": "Turns in which the client speaks of wanting, being able to, reasons or steps to change.",
    },
    "sustain_talk": {"nl": "Behoudtaal", "en": "Sustain talk"},
    "sustain_talk.meaning": {
        "nl": "Beurten waarin de cliënt spreekt voor het houden zoals het is, of tegenwerpt ('ja, maar').",
        "en": "Turns in which the client speaks for keeping things as they are, or objects ('yes, but').",
    },
    "percent_change_talk": {"nl": "Aandeel verandertaal", "en": "Share of change talk"},
    "percent_change_talk.meaning": {
        "nl": "Verandertaal als deel van verander- plus behoudtaal. Boven de helft: de cliënt praat zichzelf "
        "eerder richting verandering dan ervan weg.",
        "en": "Change talk as a share of change plus sustain talk. Above half: the client talks themselves "
        "towards change more than away from it.",
    },
    "depth_reached": {"nl": "Bereikte diepte", "en": "Depth reached"},
    "depth_reached.meaning": {
        "nl": "Hoe diep de cliënt kwam: feiten (0), gedachten (1), gevoelens (2), betekenis (3). Een "
        "vereenvoudiging van de Experiencing Scale (Klein e.a., 1969).",
        "en": "How deep the client went: facts (0), thoughts (1), feelings (2), meaning (3). A "
        "simplification "
        "of the Experiencing Scale (Klein et al., 1969).",
    },
    "basis.ratio": {
        "nl": "{a:plural:reflectie|reflecties} / {b:plural:vraag|vragen}",
        "en": "{a:plural:reflection|reflections} / {b:plural:question|questions}",
    },
    "basis.of": {"nl": "{a} van {b}", "en": "{a} of {b}"},
    "basis.advice": {
        "nl": "{a} van {b:plural:advies of overtuigingspoging|adviezen en overtuigingspogingen} ({share}%)",
        "en": "{a} of {b:plural:piece|pieces} of advice or persuasion ({share}%)",
    },
    "basis.no_advice": {"nl": "0 (geen advies gegeven)", "en": "0 (no advice given)"},
    "basis.none": {"nl": "niets om te tellen", "en": "nothing to count"},
    "unit.words": {"nl": "woorden", "en": "words"},
    "depth.0": {"nl": "feiten", "en": "facts"},
    "depth.1": {"nl": "gedachten", "en": "thoughts"},
    "depth.2": {"nl": "gevoelens", "en": "feelings"},
    "depth.3": {"nl": "betekenis", "en": "meaning"},
}


def number(value: float, lang: str, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals and the language's decimal mark (0,5 in Dutch)."""
    return format_number(float(value), lang, f".{digits}f")


def _measure(
    key: str,
    value: float | None,
    display: str,
    unit: str,
    lang: str,
    counts: dict[str, int],
    scale_max: float | None = None,
) -> Measure:
    spec = BANDS.get(key)
    band = spec.band(value) if spec else Band.NOT_APPLICABLE
    return Measure(
        key=key,
        name=tr(MESSAGES, key, lang),
        value=value,
        display=display,
        unit=unit,  # type: ignore[arg-type]
        band=band,
        fair=spec.fair if spec else None,
        good=spec.good if spec else None,
        scale_max=scale_max,
        meaning=tr(MESSAGES, f"{key}.meaning", lang),
        source=SOURCES[spec.source_key if spec else "none"][lang],
        counts=counts,
    )


def _share(
    key: str, part: int, whole: int, lang: str, counts: dict[str, int], basis: str = "basis.of"
) -> Measure:
    if whole == 0:
        return _measure(key, None, f"– ({tr(MESSAGES, 'basis.none', lang)})", "percent", lang, counts, 100)
    value = 100.0 * part / whole
    display = f"{number(value, lang, 0)}% ({tr(MESSAGES, basis, lang, a=part, b=whole)})"
    return _measure(key, round(value, 1), display, "percent", lang, counts, 100)


def compute_measures(conversation: Conversation, lang: str) -> list[Measure]:
    """All measures of ``conversation``, in the order the reports show them."""
    helper = conversation.helper_turns
    client = conversation.client_turns
    codes = Counter(t.code for t in helper)
    talk = Counter(t.code for t in client)
    open_q, closed_q = codes[H.OPEN_QUESTION.value], codes[H.CLOSED_QUESTION.value]
    simple, complex_ = codes[H.SIMPLE_REFLECTION.value], codes[H.COMPLEX_REFLECTION.value]
    questions, reflections = open_q + closed_q, simple + complex_
    solutions = [t for t in helper if t.code in (H.ADVICE.value, H.PERSUASION.value)]
    with_permission = [t for t in solutions if t.code == H.ADVICE.value and t.has_flag(Flag.PERMISSION.value)]
    without = len(solutions) - len(with_permission)
    adherent = codes[H.AFFIRMATION.value] + codes[H.AUTONOMY.value] + len(with_permission)

    measures: list[Measure] = []
    counts = {"reflections": reflections, "questions": questions}
    basis = tr(MESSAGES, "basis.ratio", lang, a=reflections, b=questions)
    ratio = reflections / questions if questions else None
    shown = f"{number(ratio, lang)} ({basis})" if ratio is not None else f"– ({basis})"
    measures.append(
        _measure(
            "reflection_question_ratio",
            round(ratio, 2) if ratio is not None else None,
            shown,
            "ratio",
            lang,
            counts,
            3,
        )
    )
    measures.append(
        _share(
            "percent_complex_reflections",
            complex_,
            reflections,
            lang,
            {"complex": complex_, "reflections": reflections},
        )
    )
    measures.append(
        _share("percent_open_questions", open_q, questions, lang, {"open": open_q, "questions": questions})
    )
    measures.append(
        _share(
            "percent_mi_adherent",
            adherent,
            adherent + without,
            lang,
            {"adherent": adherent, "non_adherent": without},
        )
    )
    if solutions:
        share = 100.0 * without / len(solutions)
        display = tr(
            MESSAGES, "basis.advice", lang, a=without, b=len(solutions), share=number(share, lang, 0)
        )
    else:
        display = tr(MESSAGES, "basis.no_advice", lang)
    measures.append(
        _measure(
            "advice_without_permission",
            float(without),
            display,
            "count",
            lang,
            {"without_permission": without, "advice": len(solutions)},
        )
    )
    helper_words = sum(t.words for t in helper)
    client_words = sum(t.words for t in client)
    measures.append(
        _share(
            "helper_word_share",
            helper_words,
            helper_words + client_words,
            lang,
            {"helper_words": helper_words, "client_words": client_words},
        )
    )
    words = tr(MESSAGES, "unit.words", lang)
    for key, turns, total in (
        ("average_helper_turn", helper, helper_words),
        ("average_client_turn", client, client_words),
    ):
        value = total / len(turns) if turns else None
        shown = f"{number(value, lang)} {words}" if value is not None else "–"
        measures.append(
            _measure(
                key,
                round(value, 1) if value is not None else None,
                shown,
                "words",
                lang,
                {"turns": len(turns), "words": total},
            )
        )
    change, sustain = talk[ClientCode.CHANGE.value], talk[ClientCode.SUSTAIN.value]
    measures.append(_measure("change_talk", float(change), str(change), "count", lang, {"change": change}))
    measures.append(
        _measure("sustain_talk", float(sustain), str(sustain), "count", lang, {"sustain": sustain})
    )
    measures.append(
        _share("percent_change_talk", change, change + sustain, lang, {"change": change, "sustain": sustain})
    )
    depths = [t.depth for t in client if t.depth is not None]
    if depths:
        deepest = max(depths)
        shown = f"{deepest} – {tr(MESSAGES, f'depth.{deepest}', lang)}"
        measures.append(
            _measure("depth_reached", float(deepest), shown, "level", lang, {"coded_turns": len(depths)}, 3)
        )
    else:
        measures.append(_measure("depth_reached", None, "–", "level", lang, {"coded_turns": 0}, 3))
    return measures
