"""Texts the reports share (headings, labels, legend), in Dutch and English."""

from __future__ import annotations

MESSAGES = {
    "title": {"nl": "Feedback op het gesprek", "en": "Feedback on the conversation"},
    "subtitle": {
        "nl": "{helpers} met {clients} · {turns:plural:beurt|beurten}",
        "en": "{helpers} with {clients} · {turns:plural:turn|turns}",
    },
    "coded.pipeline": {
        "nl": "Gecodeerd door ontmoeting's coder: een hulpmiddel, geen oordeel. Klopt een code niet, kijk "
        "dan "
        "naar de beurt zelf.",
        "en": "Coded by ontmoeting's coder: an aid, not a verdict. Where a code looks wrong, look at the "
        "turn "
        "itself.",
    },
    "coded.given": {
        "nl": "Met de codes die in het bestand zelf stonden, niet die van ontmoeting's coder.",
        "en": "Using the codes that came with the file itself, not those of ontmoeting's coder.",
    },
    "coded.corrected": {
        "nl": "Gecodeerd door ontmoeting's coder en daarna deels gecorrigeerd door een trainer; waar de "
        "trainer een code gaf, telt die.",
        "en": "Coded by ontmoeting's coder and then partly corrected by a trainer; where the trainer gave a "
        "code, that one counts.",
    },
    "summary": {"nl": "Samenvatting", "en": "Summary"},
    "strengths": {"nl": "Wat goed ging", "en": "What went well"},
    "work_on": {"nl": "Om aan te werken", "en": "To work on"},
    "none_found": {
        "nl": "Hier vond de analyse niets duidelijks.",
        "en": "The analysis found nothing clear here.",
    },
    "measures": {"nl": "Maten", "en": "Measures"},
    "measure": {"nl": "Maat", "en": "Measure"},
    "value": {"nl": "Waarde", "en": "Value"},
    "band": {"nl": "Band", "en": "Band"},
    "meaning": {"nl": "Wat het zegt", "en": "What it means"},
    "source": {"nl": "Bron", "en": "Source"},
    "band.below_fair": {"nl": "onder redelijk", "en": "below fair"},
    "band.fair": {"nl": "redelijk", "en": "fair"},
    "band.good": {"nl": "goed", "en": "good"},
    "band.n.a.": {"nl": "geen norm", "en": "no norm"},
    "no_norm": {
        "nl": "Geen gepubliceerde norm: lees het als beschrijving, niet als oordeel.",
        "en": "No published norm: read it as a description, not a verdict.",
    },
    "no_norm.mark": {
        "nl": "zie de voetnoot: geen gepubliceerde norm",
        "en": "see the footnote: no published norm",
    },
    "bands_from": {"nl": "Banden volgens {sources}.", "en": "Bands by {sources}."},
    "and": {"nl": "en", "en": "and"},
    "measure_details": {"nl": "Wat zegt een maat?", "en": "What does a measure say?"},
    "measure_details.how": {
        "nl": "Klik op de naam voor de uitleg en de bron.",
        "en": "Click its name for the explanation and the source.",
    },
    "moments": {"nl": "Momenten", "en": "Moments"},
    "moments.concern": {"nl": "Om bij stil te staan", "en": "Worth pausing on"},
    "moments.strength": {"nl": "Wat werkte", "en": "What worked"},
    "moments.info": {"nl": "Verloop van de diepte", "en": "How the depth moved"},
    "band.nothing": {"nl": "n.v.t.", "en": "n/a"},
    "no_moments": {"nl": "Geen patronen gevonden.", "en": "No patterns found."},
    "turn": {"nl": "beurt", "en": "turn"},
    "turns": {"nl": "beurten", "en": "turns"},
    "try": {"nl": "Probeer", "en": "Try"},
    "for_example": {"nl": "Bijvoorbeeld", "en": "For example"},
    "prompts": {"nl": "Vragen voor je eigen reflectie", "en": "Questions for your own reflection"},
    "depth": {"nl": "Diepte van de cliënt", "en": "The client's depth"},
    "depth.none": {"nl": "Geen diepte gecodeerd.", "en": "No depth coded."},
    "timeline": {"nl": "Verloop van het gesprek", "en": "How the conversation went"},
    "timeline.desc": {
        "nl": "Boven: de code van elke beurt van de hulpverlener. Onder: de diepte van de cliënt (feiten, "
        "gedachten, gevoelens, betekenis). Gekleurde banden: gevonden patronen.",
        "en": "Top: the code of each helper turn. Bottom: the client's depth (facts, thoughts, feelings, "
        "meaning). Coloured bands: patterns found.",
    },
    "transcript": {"nl": "Het gesprek", "en": "The conversation"},
    "legend": {"nl": "Legenda", "en": "Legend"},
    "helper": {"nl": "Hulpverlener", "en": "Helper"},
    "client": {"nl": "Cliënt", "en": "Client"},
    "depth_label": {"nl": "diepte", "en": "depth"},
    "note_label": {"nl": "Notitie van de student", "en": "The student's note"},
    "own_code_differs": {
        "nl": "De student noemde dit {own}; gelezen als {code}.",
        "en": "The student called this {own}; read as {code}.",
    },
    "overview": {"nl": "Overzicht", "en": "Overview"},
    "file": {"nl": "Bestand", "en": "File"},
    "generated": {
        "nl": "Gemaakt met ontmoeting {version}. Alles is lokaal berekend; niets heeft deze computer "
        "verlaten.",
        "en": "Made with ontmoeting {version}. Everything was computed locally; nothing left this computer.",
    },
    "print": {"nl": "Afdrukken", "en": "Print"},
    "skip": {"nl": "Naar het gesprek", "en": "Skip to the conversation"},
    "fair_from": {"nl": "redelijk vanaf {v}", "en": "fair from {v}"},
    "good_from": {"nl": "goed vanaf {v}", "en": "good from {v}"},
    "group.reflection": {"nl": "reflectie", "en": "reflection"},
    "group.open": {"nl": "open vraag", "en": "open question"},
    "group.closed": {"nl": "gesloten vraag", "en": "closed question"},
    "group.solution": {
        "nl": "advies / overtuigen / geruststellen",
        "en": "advice / persuasion / reassurance",
    },
    "group.support": {"nl": "bevestigen / autonomie", "en": "affirming / autonomy"},
    "group.info": {"nl": "informatie", "en": "information"},
    "group.other": {"nl": "overig", "en": "other"},
    "talk.change": {"nl": "verandertaal", "en": "change talk"},
    "talk.sustain": {"nl": "behoudtaal", "en": "sustain talk"},
    "talk.neutral": {"nl": "neutraal", "en": "neutral"},
}
