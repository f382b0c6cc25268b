"""The rule-based coder for Dutch and English: transparent, fast, and sure only where a cue is sure.

Every annotation names the cue that fired (``cue "misschien moet je" (advies of oplossing)``); its confidence
is the cue's (0.95 for unambiguous forms, about 0.5 for a guess without a cue). Cue tables: cues_nl.py,
cues_en.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from ontmoeting.coding.annotator import Annotator
from ontmoeting.coding.codebook import Codebook, load_codebook
from ontmoeting.coding.features import content_overlap
from ontmoeting.coding.rules.client import code_client
from ontmoeting.coding.rules.findings import Finding
from ontmoeting.coding.rules.helper import code_helper
from ontmoeting.i18n import tr
from ontmoeting.transcript.model import Annotation, Dimension, Role, Source, Turn

__all__ = ["RuleAnnotator", "code_client", "code_helper"]

# Codes whose AnnoMI label AnnoMI's own annotators did not apply consistently (an affirmation was often
# labelled reflection or input there): the code can be sure while its AnnoMI label is not.
UNSURE_MAPPING = frozenset({"affirmation", "autonomy", "structuring", "self_disclosure"})

#: Helper codes that carry the permission flag when permission was asked or autonomy stressed.
PERMISSION_CODES = frozenset({"advice", "information", "closed_question", "open_question"})

EXPLAIN = {
    "cue": {"nl": 'signaal "{cue}" ({code})', "en": 'cue "{cue}" ({code})'},
    "question_word": {"nl": 'vraagwoord "{cue}" ({code})', "en": 'question word "{cue}" ({code})'},
    "verb_first": {
        "nl": 'vraag begint met werkwoord: "{cue}" ({code})',
        "en": 'question starts with a verb: "{cue}" ({code})',
    },
    "declarative_question": {
        "nl": "vraagteken zonder vraagwoord ({code}, onzeker)",
        "en": "question mark without a question word ({code}, unsure)",
    },
    "minimal": {
        "nl": 'alleen een aanmoediger of begroeting: "{cue}" ({code})',
        "en": 'only an encourager or greeting: "{cue}" ({code})',
    },
    "short": {
        "nl": "korte uiting zonder signaal ({code}, onzeker)",
        "en": "short utterance without a cue ({code}, unsure)",
    },
    "you_statement": {
        "nl": 'geen signaal; uitspraak over de cliënt ("{cue} ...") ({code}, onzeker)',
        "en": 'no cue; a statement about the client ("{cue} ...") ({code}, unsure)',
    },
    "default_helper": {"nl": "geen signaal gevonden ({code}, gok)", "en": "no cue found ({code}, a guess)"},
    "yes_but": {
        "nl": 'signaal "{cue}" na een voorstel van de hulpverlener ({code})',
        "en": 'cue "{cue}" after the helper\'s proposal ({code})',
    },
    "ambivalent": {
        "nl": 'voor en tegen verandering; het laatste weegt zwaarder: "{cue}" ({code})',
        "en": 'for and against change; the last one counts: "{cue}" ({code})',
    },
    "default_talk": {
        "nl": "geen signaal voor of tegen verandering ({code})",
        "en": "no cue for or against change ({code})",
    },
    "default_depth": {
        "nl": "geen signaal van gedachten, gevoel of betekenis ({code})",
        "en": "no cue of thoughts, feelings or meaning ({code})",
    },
    "asked_before": {"nl": 'eerder gevraagd: "{cue}" ({code})', "en": 'asked before: "{cue}" ({code})'},
    "complex": {"nl": '; "{cue}" voegt betekenis toe', "en": '; "{cue}" adds meaning'},
    "annomi": {"nl": "{explanation} → AnnoMI: {label}", "en": "{explanation} → AnnoMI: {label}"},
}


class RuleAnnotator(Annotator):
    """Codes helper turns (behaviour, AnnoMI label, permission flag) and client turns (talk type, depth,
    yes_but and feeling flags) from Dutch and English cue tables."""

    name: ClassVar[str] = "rules"
    assigns: ClassVar[tuple[Dimension, ...]] = (
        Dimension.BEHAVIOUR,
        Dimension.ANNOMI,
        Dimension.TALK,
        Dimension.DEPTH,
        Dimension.FLAG,
    )

    def __init__(self, codebook: Codebook | None = None) -> None:
        self.codebook = codebook  # None: the package's codebook

    def _book(self) -> Codebook:
        return self.codebook if self.codebook is not None else load_codebook()

    def _explain(self, finding: Finding, dimension: Dimension, lang: str) -> str:
        code_name = self._book().name(dimension, finding.code, lang).lower()
        text = tr(EXPLAIN, finding.reason, lang, cue=finding.cue, code=code_name)
        if finding.extra and finding.code == "complex_reflection":
            text += tr(EXPLAIN, "complex", lang, cue=finding.extra)
        return text

    def _annotation(
        self, dimension: Dimension, finding: Finding, lang: str, explanation: str | None = None
    ) -> Annotation:
        return Annotation(
            dimension=dimension,
            code=finding.code,
            source=Source.RULES,
            annotator=self.name,
            confidence=max(0.0, min(1.0, finding.confidence)),
            explanation=explanation or self._explain(finding, dimension, lang),
        )

    def annotate_turn(self, turn: Turn, context: Sequence[Turn], language: str) -> list[Annotation]:
        lang = "nl" if language == "nl" else "en"
        if turn.role is Role.HELPER:
            return self._helper(turn, context, lang)
        if turn.role is Role.CLIENT:
            return self._client(turn, context, lang)
        return []

    def _helper(self, turn: Turn, context: Sequence[Turn], lang: str) -> list[Annotation]:
        found = code_helper(turn.text, lang)
        behaviour = self._annotation(Dimension.BEHAVIOUR, found.behaviour, lang)
        label = found.annomi_label or self._book().annomi_label(found.behaviour.code)
        confidence = found.annomi_confidence
        if found.behaviour.code in UNSURE_MAPPING and found.annomi_label is None:
            confidence = min(confidence, 0.5)
        annomi = Finding(label, confidence, found.behaviour.reason, found.behaviour.cue)
        label_name = self._book().name(Dimension.ANNOMI, label, lang)
        annomi_text = tr(EXPLAIN, "annomi", lang, explanation=behaviour.explanation, label=label_name)
        result = [behaviour, self._annotation(Dimension.ANNOMI, annomi, lang, annomi_text)]
        permission = found.permission
        if permission is None and found.behaviour.code in ("advice", "information"):
            permission = _permission_asked_before(context, lang)
        # asking permission ("Mag ik je een tip geven?") is autonomy with the flag; "het is jouw keuze" is not
        asking = found.behaviour.code == "autonomy" and found.annomi_label == "question"
        if permission is not None and (found.behaviour.code in PERMISSION_CODES or asking):
            result.append(self._annotation(Dimension.FLAG, permission, lang))
        if found.why is not None:
            result.append(self._annotation(Dimension.FLAG, found.why, lang))
        shift = _topic_change(turn, context, lang)
        if shift is not None:
            result.append(self._annotation(Dimension.FLAG, shift, lang))
        return result

    def _client(self, turn: Turn, context: Sequence[Turn], lang: str) -> list[Annotation]:
        found = code_client(turn.text, lang, _previous_helper_code(context, lang))
        result = [
            self._annotation(Dimension.TALK, found.talk, lang),
            self._annotation(Dimension.DEPTH, found.depth, lang),
        ]
        for flag in (found.yes_but, found.feeling):
            if flag is not None:
                result.append(self._annotation(Dimension.FLAG, flag, lang))
        return result


def _previous_helper_code(context: Sequence[Turn], lang: str) -> str | None:
    """The behaviour of the helper turn just before (within two turns), as the rules read it.

    Deliberately not a human code that came with the input: AnnoMI files carry the expert labels, and using
    them here would leak the answer into an evaluation. Reading the text also makes annotating one turn give
    the same as annotating the whole conversation.
    """
    for earlier in reversed(context[-2:]):
        if earlier.role is Role.HELPER:
            return code_helper(earlier.text, lang).behaviour.code
    return None


_SHIFT = {
    "nl": re.compile(
        r"^(?:(?:oké|oke|ok|goed|nou|ja|hm|mm)[,.!]? )*(?:en|trouwens|maar goed|even iets anders|"
        r"ander onderwerp|over iets anders|nog even over|laten we het (?:even )?over)\b"
    ),
    "en": re.compile(
        r"^(?:(?:okay|ok|right|well|so|yeah|mm|hmm)[,.!]? )*(?:and|anyway|by the way|moving on|"
        r"changing the subject|on another note|let's talk about|can we talk about)\b"
    ),
}


def _topic_change(turn: Turn, context: Sequence[Turn], lang: str) -> Finding | None:
    """The helper opens with a word that moves on ("En hoe gaat het op school?", "Anyway, ...") and takes
    up none of the client's words: the subject of the client's turn is left behind."""
    previous = context[-1] if context else None
    if previous is None or previous.role is not Role.CLIENT or len(previous.text.split()) < 4:
        return None
    text = turn.text.strip().lower()
    hit = _SHIFT[lang].match(text)
    if hit is None:
        return None
    if content_overlap(text, previous.text) > 0:
        return None
    return Finding("topic_change", 0.7, "cue", hit.group(0))


def _permission_asked_before(context: Sequence[Turn], lang: str) -> Finding | None:
    """Permission asked in the helper's previous turn ("Mag ik je een tip geven?" - "Ja." - advice) still
    counts for this advice: that is how asking permission works in practice."""
    for earlier in reversed(context[-3:]):
        if earlier.role is Role.HELPER:
            asked = code_helper(earlier.text, lang).permission
            if asked is None:
                return None
            return Finding("permission", round(asked.confidence - 0.05, 2), "asked_before", asked.cue)
    return None
