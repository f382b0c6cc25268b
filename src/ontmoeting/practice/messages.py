"""User-facing texts of the practice client and its coach, Dutch and English (see ontmoeting.i18n)."""

from __future__ import annotations

CODE_NAMES: dict[str, dict[str, str]] = {
    "open_question": {"nl": "open vraag", "en": "open question"},
    "closed_question": {"nl": "gesloten vraag", "en": "closed question"},
    "simple_reflection": {"nl": "eenvoudige reflectie", "en": "simple reflection"},
    "complex_reflection": {"nl": "complexe reflectie", "en": "complex reflection"},
    "affirmation": {"nl": "bevestiging", "en": "affirmation"},
    "information": {"nl": "informatie", "en": "information"},
    "advice": {"nl": "advies zonder toestemming", "en": "advice without permission"},
    "advice_permission": {"nl": "advies met toestemming", "en": "advice with permission"},
    "persuasion": {"nl": "overtuigen of confronteren", "en": "persuading or confronting"},
    "reassurance": {"nl": "geruststellen", "en": "reassuring"},
    "autonomy": {"nl": "autonomie benadrukken", "en": "emphasising autonomy"},
    "self_disclosure": {"nl": "zelfonthulling", "en": "self-disclosure"},
    "structuring": {"nl": "structureren", "en": "structuring"},
    "other": {"nl": "aanmoediging of overig", "en": "minimal encourager or other"},
}

LAYER_NAMES: dict[int, dict[str, str]] = {
    0: {"nl": "feiten", "en": "facts"},
    1: {"nl": "gedachten", "en": "thoughts"},
    2: {"nl": "gevoelens", "en": "feelings"},
    3: {"nl": "betekenis", "en": "meaning"},
}

#: What any client says where a persona has no lines of its own (per language; lists to choose from).
CLIENT_DEFAULTS: dict[str, dict[str, list[str]]] = {
    "unknown": {
        "nl": ["Dat weet ik niet, eigenlijk.", "Geen idee.", "Dat weet ik niet precies."],
        "en": ["I don't know, really.", "No idea.", "I'm not sure, to be honest."],
    },
    "other_language": {
        "nl": ["Sorry, dat versta ik niet zo goed. Kunnen we Nederlands praten?"],
        "en": ["Sorry, I didn't get that. Could you say it in English?"],
    },
    # asked for a next step before the client has reached what is at stake
    "not_yet": {
        "nl": [
            "Dat weet ik nog niet. Zo ver ben ik nog niet.",
            "Geen idee, eigenlijk. Ik snap nog niet eens goed wat er speelt.",
            "Weet ik niet. Daar ben ik nog niet aan toe, denk ik.",
        ],
        "en": [
            "I don't know yet. I'm not there yet.",
            "No idea, really. I don't even quite get what's going on yet.",
            "I don't know. I don't think I'm ready for that yet.",
        ],
    },
    # before a fact the client already gave in this talk
    "again": {
        "nl": ["Dat zei ik net al.", "Dat vertelde ik net al, hè.", "Zoals ik al zei."],
        "en": ["I said that already.", "Like I told you.", "As I said before."],
    },
    # before a line that follows a reflection the client recognises
    "confirm": {
        "nl": ["Ja.", "Ja, precies.", "Klopt.", "Ja, dat is het wel.", "Ja, eigenlijk wel."],
        "en": ["Yeah.", "Yes, exactly.", "That's right.", "Yeah, that's it.", "Yeah, I suppose so."],
    },
    # before a line that follows a reflection a guarded client does not accept (yet)
    "correct": {
        "nl": ["Nou, zo zou ik het niet zeggen.", "Nee, dat is het niet echt.", "Dat weet ik niet, hoor."],
        "en": ["Well, I wouldn't put it like that.", "No, that's not really it.", "I don't know about that."],
    },
}

MESSAGES: dict[str, dict[str, str]] = {
    # coach: what the turn did
    "coach.line": {"nl": "{code}: {effect}", "en": "{code}: {effect}"},
    "effect.deepen": {
        "nl": "{name} gaat een laag dieper, naar {layer} (laag {n}).",
        "en": "{name} goes one layer deeper, to {layer} (layer {n}).",
    },
    "effect.stay_open": {
        "nl": "{name} gaat open en vertelt meer over {layer}.",
        "en": "{name} opens up and tells more about {layer}.",
    },
    "effect.stay": {
        "nl": "{name} blijft bij {layer}; nog niet dieper.",
        "en": "{name} stays with {layer}; not deeper yet.",
    },
    "effect.stay_resist": {
        "nl": "{name} is nog op zijn hoede en gaat niet dieper.",
        "en": "{name} is still on guard and does not go deeper.",
    },
    "effect.go_on": {"nl": "{name} praat verder bij {layer}.", "en": "{name} carries on with {layer}."},
    "effect.short": {
        "nl": "weer een gesloten vraag: {name} antwoordt kort en blijft aan de oppervlakte (vragenvuur).",
        "en": "another closed question: {name} answers briefly and stays on the surface "
        "(a question barrage).",
    },
    "effect.stay_closed": {
        "nl": "{name} antwoordt, maar de gesloten vraag houdt het gesprek aan de oppervlakte.",
        "en": "{name} answers, but the closed question keeps the talk on the surface.",
    },
    "effect.answer": {
        "nl": "{name} beantwoordt je vraag. Een feitelijke vraag brengt geen verdieping; "
        "vraag daarna wat het voor {name} betekent.",
        "en": "{name} answers your question. A factual question brings no depth; "
        "ask next what it means to {name}.",
    },
    "effect.unknown": {
        "nl": "{name} weet het antwoord niet. Een feitelijke vraag brengt geen verdieping.",
        "en": "{name} does not know the answer. A factual question brings no depth.",
    },
    "effect.not_understood": {
        "nl": "je schreef in een andere taal dan het gesprek; {name} vraagt je Nederlands te praten.",
        "en": "you wrote in another language than the talk's; {name} asks you to speak English.",
    },
    "effect.self_disclosure": {
        "nl": "je eigen verhaal haalt de aandacht bij {name} weg; {name} gaat niet dieper.",
        "en": "your own story takes the attention away from {name}; {name} does not go deeper.",
    },
    "effect.yes_but": {
        "nl": "{name} duwt terug met 'ja, maar' (touwtrekken); de weerstand stijgt.",
        "en": "{name} pushes back with 'yes, but' (a tug of war); resistance rises.",
    },
    "effect.push_back": {
        "nl": "{name} verzet zich; de weerstand stijgt.",
        "en": "{name} resists; resistance rises.",
    },
    "effect.calm": {
        "nl": "{name} neemt het rustig in overweging: je vroeg eerst toestemming.",
        "en": "{name} considers it calmly: you asked permission first.",
    },
    "effect.leave": {
        "nl": "de weerstand is te hoog: {name} beëindigt het gesprek.",
        "en": "resistance ran too high: {name} ends the talk.",
    },
    # hints
    "hint.ended": {
        "nl": "Het gesprek is afgelopen. Kijk in het verslag wat de weerstand deed stijgen; "
        "met /terug kun je het over doen.",
        "en": "The talk has ended. See in the report what raised the resistance; "
        "/back lets you take a turn back.",
    },
    "hint.resistance": {
        "nl": "{name} duwt terug. Laat je oplossing los en laat merken dat je de 'ja, maar' hoort, "
        'bijvoorbeeld: "{example}" Of benadruk dat {name} zelf kiest.',
        "en": "{name} is pushing back. Let go of your solution and show you hear the 'yes, but', "
        'for example: "{example}" Or stress that it is {name}\'s own choice.',
    },
    "hint.closed": {
        "nl": "Na een reeks gesloten vragen blijft {name} kort. "
        'Probeer een open vraag, bijvoorbeeld: "{example}"',
        "en": "After a run of closed questions {name} keeps it short. "
        'Try an open question, for example: "{example}"',
    },
    "hint.feeling": {
        "nl": "{name} vertelt over {layer}. "
        'Een reflectie van gevoel helpt verdiepen, bijvoorbeeld: "{example}"',
        "en": "{name} is talking about {layer}. "
        'A reflection of feeling helps go deeper, for example: "{example}"',
    },
    "hint.meaning": {
        "nl": "{name} laat gevoelens zien. Reflecteer wat eronder ligt (betekenis, behoefte, angst), "
        'bijvoorbeeld: "{example}"',
        "en": "{name} is showing feelings. Reflect what lies beneath (meaning, need, fear), "
        'for example: "{example}"',
    },
    "hint.deepest": {
        "nl": "{name} is bij de kern. Vat samen en vraag wat {name} zelf zou willen, "
        'bijvoorbeeld: "{example}"',
        "en": "{name} has reached the core. Summarise and ask what {name} would want, "
        'for example: "{example}"',
    },
    "example.open": {"nl": "Hoe is dat voor je?", "en": "What is that like for you?"},
    "example.open_about": {
        "nl": "{words} Hoe is dat voor je?",
        "en": "{words} What is that like for you?",
    },
    "example.feeling": {
        "nl": "{words} Het klinkt alsof dat je raakt.",
        "en": "{words} It sounds like that touches you.",
    },
    "example.meaning": {
        "nl": "{words} En het lijkt alsof daar iets belangrijks voor je onder zit.",
        "en": "{words} And it sounds like something important to you lies under that.",
    },
    "example.resistance": {
        "nl": "{words} Het is niet zo simpel als het klinkt.",
        "en": "{words} It's not as simple as it sounds.",
    },
    "example.deepest": {
        "nl": "{words} Wat zou je zelf willen, als je naar de toekomst kijkt?",
        "en": "{words} What would you want yourself, looking ahead?",
    },
    # end of the talk
    "report.depth_title": {"nl": "Hoe diep ging {name}?", "en": "How deep did {name} go?"},
    "report.deepest": {
        "nl": "Diepste laag: {n} ({layer}) van 3.",
        "en": "Deepest layer: {n} ({layer}) of 3.",
    },
    "report.change": {
        "nl": 'beurt {turn}: van {old} naar {new}, na je {code}: "{text}"',
        "en": 'turn {turn}: from {old} to {new}, after your {code}: "{text}"',
    },
    "report.no_change": {"nl": "De laag veranderde niet.", "en": "The layer did not change."},
    "report.ended": {
        "nl": "{name} beëindigde het gesprek bij beurt {turn}.",
        "en": "{name} ended the talk at turn {turn}.",
    },
    "report.no_feedback": {
        "nl": "(Het volledige analyseverslag is nog niet beschikbaar in deze installatie.)",
        "en": "(The full analysis report is not available in this installation yet.)",
    },
    # llm voice
    "llm.leaves": {
        "nl": "Let op: de LLM-stem gebruikt {host}. Dit oefengesprek verlaat deze computer.",
        "en": "Note: the LLM voice uses {host}. This practice conversation leaves this machine.",
    },
}
