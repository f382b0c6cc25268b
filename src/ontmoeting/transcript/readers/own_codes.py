"""The code a student names in the comment beside their own turn ("open vraag", "advies gegeven").

Students in Dutch training name their interventions with the terms of their gesprekstechnieken course
(Lang & Van der Molen's basic skills, MI). A note whose first clause is such a term becomes the student's
own code for the turn (``Source.SELF``, annotator ``student``): shown next to the coder's reading, never
counted in place of it. A note that is a sentence ("Hier ging ik te snel") stays only a note. Ambiguous
terms (a bare "vraag") name no code. The ids are the codebook's; a test checks that each one exists there.
"""

from __future__ import annotations

import re

from ontmoeting.transcript.model import STUDENT_ANNOTATOR, Annotation, Dimension, Source
from ontmoeting.transcript.readers.labels import plain_words

# term (without accents, lower case, single spaces) -> (dimension, code id in the codebook)
_HELPER = Dimension.BEHAVIOUR
_CLIENT = Dimension.TALK
OWN_CODES: dict[str, tuple[Dimension, str]] = {
    **dict.fromkeys(
        ("open vraag", "open vragen", "open vraag gesteld", "open question", "doorvragen", "doorvraag",
         "doorgevraagd", "verdiepende vraag", "verhelderende vraag", "concretiseren", "concretiserende vraag",
         "exploreren", "probing question", "follow-up question"),
        (_HELPER, "open_question"),
    ),
    **dict.fromkeys(
        ("gesloten vraag", "gesloten vragen", "gesloten vraag gesteld", "closed question",
         "suggestieve vraag", "keuzevraag"),
        (_HELPER, "closed_question"),
    ),
    **dict.fromkeys(
        ("parafrase", "parafraseren", "parafraseerde", "inhoudsreflectie", "reflectie van inhoud",
         "reflectie", "reflecteren", "simpele reflectie", "enkelvoudige reflectie", "simple reflection",
         "reflection", "paraphrase", "paraphrasing", "herhalen", "spiegelen"),
        (_HELPER, "simple_reflection"),
    ),
    **dict.fromkeys(
        ("gevoelsreflectie", "gevoelsreflecties", "reflectie van gevoel", "gevoel reflecteren",
         "gevoel gereflecteerd", "complexe reflectie", "complex reflection", "reflection of feeling",
         "feeling reflection", "samenvatting", "samenvatten", "samengevat", "summary", "summarising",
         "summarizing", "dubbelzijdige reflectie", "double-sided reflection"),
        (_HELPER, "complex_reflection"),
    ),
    **dict.fromkeys(
        ("bevestiging", "bevestigen", "compliment", "compliment gegeven", "affirmatie", "affirmation",
         "waardering", "waarderen"),
        (_HELPER, "affirmation"),
    ),
    **dict.fromkeys(
        ("advies", "advies gegeven", "adviseren", "raad gegeven", "tip", "tip gegeven", "tips gegeven",
         "oplossing", "oplossing aangedragen", "oplossing gegeven", "advice", "advice given",
         "giving advice"),
        (_HELPER, "advice"),
    ),
    **dict.fromkeys(
        ("informatie", "informatie gegeven", "informatie geven", "informeren", "uitleg", "uitleg gegeven",
         "information", "giving information"),
        (_HELPER, "information"),
    ),
    **dict.fromkeys(
        ("geruststellen", "gerustgesteld", "geruststelling", "reassurance", "reassuring"),
        (_HELPER, "reassurance"),
    ),
    **dict.fromkeys(
        ("confronteren", "confrontatie", "overtuigen", "confrontation", "persuasion"),
        (_HELPER, "persuasion"),
    ),
    **dict.fromkeys(
        ("zelfonthulling", "eigen ervaring", "self-disclosure", "self disclosure"),
        (_HELPER, "self_disclosure"),
    ),
    **dict.fromkeys(
        ("structureren", "structuur", "structuur aanbrengen", "structuring", "agenda", "afsluiten",
         "afsluiting", "opening", "kennismaking"),
        (_HELPER, "structuring"),
    ),
    **dict.fromkeys(
        ("toestemming vragen", "toestemming gevraagd", "autonomie", "asking permission", "autonomy"),
        (_HELPER, "autonomy"),
    ),
    **dict.fromkeys(
        ("minimale aanmoediging", "minimaal aanmoedigen", "aanmoediging", "luisterhouding",
         "minimal encourager", "minimal encouragement"),
        (_HELPER, "other"),
    ),
    **dict.fromkeys(("verandertaal", "change talk"), (_CLIENT, "change")),
    **dict.fromkeys(("behoudtaal", "sustain talk"), (_CLIENT, "sustain")),
}  # fmt: skip

_CLAUSE = re.compile(r"[.,;:!?()\[\]–—/]| - ")
_MAX_TERM_WORDS = 4


def own_code(note: str) -> tuple[Dimension, str] | None:
    """The code the note names in its first clause, or None."""
    first = plain_words(_CLAUSE.split(note, maxsplit=1)[0], "-")
    if not first or len(first.split()) > _MAX_TERM_WORDS + 2:
        return None
    words = first.split()
    # 'advies gegeven', 'open vraag', also with a trailing word: 'open vraag (goed)' -> 'open vraag'
    for size in range(min(len(words), _MAX_TERM_WORDS), 0, -1):
        found = OWN_CODES.get(" ".join(words[:size]))
        if found and (size == len(words) or size >= 2 or len(words) <= 2):
            return found
    return None


def own_code_annotation(note: str) -> Annotation | None:
    found = own_code(note)
    if found is None:
        return None
    dimension, code = found
    return Annotation(
        dimension=dimension,
        code=code,
        source=Source.SELF,
        annotator=STUDENT_ANNOTATOR,
        explanation=" ".join(note.split())[:200],
    )
