"""Texts of the practice, review and growth pages, Dutch first (registered by their routers)."""

from __future__ import annotations

PRACTICE: dict[str, dict[str, str]] = {
    "nav_practice": {"nl": "Oefenen", "en": "Practise"},
    "pr_title": {"nl": "Oefenen met een cliënt", "en": "Practise with a client"},
    "pr_lead": {
        "nl": "Voer een oefengesprek met een gesimuleerde cliënt. De coach zegt na elke beurt wat die deed; "
        "aan het eind krijg je het volledige rapport.",
        "en": "Hold a practice talk (oefengesprek) with a simulated client. The coach says after every turn "
        "what it "
        "did; at the end you get the full report.",
    },
    "pr_choose": {"nl": "Kies een cliënt", "en": "Choose a client"},
    "pr_age": {"nl": "{age} jaar", "en": "{age} years"},
    "pr_goal": {"nl": "Leerdoel", "en": "Learning goal"},
    "pr_stance": {"nl": "Houding", "en": "Stance"},
    "pr_language": {"nl": "Taal van het gesprek", "en": "Language of the talk"},
    "pr_start": {"nl": "Begin gesprek met {name}", "en": "Start talking with {name}"},
    "pr_recent": {"nl": "Je oefengesprekken", "en": "Your practice talks"},
    "pr_none": {"nl": "Nog geen oefengesprekken.", "en": "No practice talks yet."},
    "pr_continue": {"nl": "Verder", "en": "Continue"},
    "pr_report": {"nl": "Rapport", "en": "Report"},
    "pr_status_active": {"nl": "bezig", "en": "in progress"},
    "pr_status_finished": {"nl": "afgerond", "en": "finished"},
    "pr_status_abandoned": {"nl": "gestopt", "en": "stopped"},
    "pr_turns": {"nl": "{n:plural:beurt|beurten}", "en": "{n:plural:turn|turns}"},
    "pr_talk_with": {"nl": "Oefengesprek met {name}", "en": "Practice talk with {name}"},
    "pr_you": {"nl": "Jij", "en": "You"},
    "pr_say": {"nl": "Wat zeg je tegen {name}?", "en": "What do you say to {name}?"},
    "pr_send": {"nl": "Zeg het", "en": "Say it"},
    "pr_sending": {"nl": "Even geduld…", "en": "One moment…"},
    "pr_hint": {"nl": "Tip", "en": "Hint"},
    "pr_undo": {"nl": "Neem terug", "en": "Take back"},
    "pr_finish": {"nl": "Rond af en bekijk het rapport", "en": "Finish and see the report"},
    "pr_finishing": {"nl": "Rapport wordt gemaakt…", "en": "Making the report…"},
    "pr_stop": {"nl": "Stoppen zonder rapport", "en": "Stop without a report"},
    "pr_confirm_stop": {
        "nl": "Stoppen zonder rapport? Het gesprek wordt niet bewaard als gesprek.",
        "en": "Stop without a report? The talk is not kept as a conversation.",
    },
    "pr_coach": {"nl": "Coach", "en": "Coach"},
    "pr_coach_empty": {
        "nl": "Na je eerste beurt zegt de coach hier wat die deed met {name}.",
        "en": "After your first turn the coach says here what it did to {name}.",
    },
    "pr_depth": {"nl": "Diepte van het gesprek", "en": "Depth of the talk"},
    "pr_depth_now": {"nl": "{name} spreekt nu vanuit: {layer}", "en": "{name} now speaks from: {layer}"},
    "pr_deepest": {"nl": "diepste laag tot nu toe", "en": "deepest layer so far"},
    "pr_hint_title": {"nl": "Tip van de coach", "en": "The coach's hint"},
    "pr_undone": {"nl": "Je laatste beurt is teruggenomen.", "en": "Your last turn has been taken back."},
    "pr_nothing_to_undo": {
        "nl": "Er is nog niets om terug te nemen.",
        "en": "There is nothing to take back yet.",
    },
    "pr_ended": {
        "nl": "{name} heeft het gesprek beëindigd. Neem een beurt terug om het anders te proberen, of rond "
        "af.",
        "en": "{name} has ended the talk. Take a turn back to try differently, or finish.",
    },
    "pr_finished_note": {
        "nl": "Dit oefengesprek is afgerond.",
        "en": "This practice talk has been finished.",
    },
    "pr_shortcut": {
        "nl": "Enter verstuurt, Shift+Enter is een nieuwe regel.",
        "en": "Enter sends, Shift+Enter adds a line.",
    },
    "pr_seed": {"nl": "Willekeurig begin", "en": "Random start"},
    "done_practice_stopped": {
        "nl": "Het oefengesprek is gestopt.",
        "en": "The practice talk has been stopped.",
    },
    "done_practice_finished": {
        "nl": "Het oefengesprek is afgerond en geanalyseerd.",
        "en": "The practice talk has been finished and analysed.",
    },
}

REVIEW: dict[str, dict[str, str]] = {
    "nav_review": {"nl": "Nabespreking", "en": "Review"},
    "rv_title": {"nl": "Nabespreking", "en": "Review"},
    "rv_lead_trainer": {
        "nl": "Geef commentaar op beurten en corrigeer codes waar de coder het mis heeft. Je codes staan "
        "naast die "
        "van de coder; samen laten ze zien hoe goed de coder bij jullie werkt, en ze kunnen het model "
        "verder leren.",
        "en": "Comment on turns and correct codes where the coder got them wrong. Your codes stand next to "
        "the "
        "coder's; together they show how well the coder works for you, and they can teach the model further.",
    },
    "rv_lead_student": {
        "nl": "Hier zie je het commentaar en de correcties van je trainer op je gesprekken.",
        "en": "Here you see your trainer's comments and corrections on your conversations.",
    },
    "rv_conversations_trainer": {"nl": "Gesprekken van je studenten", "en": "Your students' conversations"},
    "rv_conversations_student": {"nl": "Je gesprekken", "en": "Your conversations"},
    "rv_col_comments": {"nl": "Commentaar", "en": "Comments"},
    "rv_col_corrections": {"nl": "Codes van trainer", "en": "Trainer's codes"},
    "rv_col_corrections_mine": {"nl": "Jouw codes", "en": "Your codes"},
    "rv_open": {"nl": "Bespreken", "en": "Review"},
    "rv_view": {"nl": "Bekijken", "en": "View"},
    "rv_none": {"nl": "Nog geen gesprekken.", "en": "No conversations yet."},
    "rv_practice": {"nl": "oefengesprek", "en": "oefengesprek"},
    "rv_agreement_title": {"nl": "Overeenstemming met de coder", "en": "Agreement with the coder"},
    "rv_agreement_here": {"nl": "Overeenstemming in dit gesprek", "en": "Agreement in this conversation"},
    "rv_agreement_lead": {
        "nl": "Over alle beurten die je hebt gecodeerd (gecorrigeerd of als goed bevestigd), in alle "
        "gesprekken.",
        "en": "Over every turn you have coded (corrected or confirmed as right), in all conversations.",
    },
    "rv_group_behaviour": {"nl": "Gedrag hulpverlener", "en": "Helper behaviour"},
    "rv_group_annomi": {"nl": "AnnoMI (4 labels)", "en": "AnnoMI (4 labels)"},
    "rv_group_talk": {"nl": "Gesprekstaal cliënt", "en": "Client talk"},
    "rv_percent": {"nl": "{p}% gelijk", "en": "{p}% equal"},
    "rv_n": {"nl": "{n:plural:beurt|beurten}", "en": "{n:plural:turn|turns}"},
    "rv_nothing_coded": {"nl": "Nog geen beurten gecodeerd.", "en": "No turns coded yet."},
    "rv_kappa_none": {"nl": "kappa nog niet te berekenen", "en": "kappa not defined yet"},
    "rv_kappa_poor": {"nl": "geen overeenstemming", "en": "poor"},
    "rv_kappa_slight": {"nl": "geringe overeenstemming", "en": "slight agreement"},
    "rv_kappa_fair": {"nl": "redelijke overeenstemming", "en": "fair agreement"},
    "rv_kappa_moderate": {"nl": "matige overeenstemming", "en": "moderate agreement"},
    "rv_kappa_substantial": {"nl": "flinke overeenstemming", "en": "substantial agreement"},
    "rv_kappa_almost_perfect": {"nl": "bijna volledige overeenstemming", "en": "almost perfect agreement"},
    "rv_kappa_source": {
        "nl": "κ = Cohen's kappa (overeenstemming gecorrigeerd voor toeval); woorden volgens Landis & Koch "
        "(1977). "
        "Kappa bestaat pas als er minstens twee verschillende codes in het spel zijn.",
        "en": "κ = Cohen's kappa (agreement corrected for chance); words after Landis & Koch (1977). Kappa "
        "exists "
        "only once at least two different codes are in play.",
    },
    "rv_confusion": {"nl": "Verwarringstabel", "en": "Confusion table"},
    "rv_confusion_caption": {
        "nl": "rijen: jouw code · kolommen: de coder",
        "en": "rows: your code · columns: the coder's",
    },
    "rv_yours": {"nl": "Jouw code", "en": "Your code"},
    "rv_export": {"nl": "Exporteer correcties (JSONL)", "en": "Export corrections (JSONL)"},
    "rv_export_all": {"nl": "Correcties van alle trainers", "en": "Corrections of all trainers"},
    "rv_export_hint": {
        "nl": "Het exportbestand leert de coder jullie codes: ontmoeting train --extra correcties.jsonl",
        "en": "The export teaches the coder your codes: ontmoeting train --extra correcties.jsonl",
    },
    "rv_coder": {"nl": "Coder", "en": "Coder"},
    "rv_code_for": {"nl": "Code van beurt {n}", "en": "Code of turn {n}"},
    "rv_save_code": {"nl": "Wijzig", "en": "Change"},
    "rv_judge": {"nl": "Bevestig of corrigeer", "en": "Confirm or correct"},
    "rv_comment": {"nl": "Commentaar", "en": "Comment"},
    "rv_comment_for": {"nl": "Commentaar bij beurt {n}", "en": "Comment on turn {n}"},
    "rv_add_comment": {"nl": "Plaats", "en": "Post"},
    "rv_delete": {"nl": "Verwijder", "en": "Delete"},
    "rv_see_report": {"nl": "Rapport", "en": "Report"},
    "rv_confirm_rest": {"nl": "Overige codes zijn goed", "en": "Remaining codes are right"},
    "rv_confirm_rest_hint": {
        "nl": "Gesprek helemaal doorgelopen? Met 'Overige codes zijn goed' tellen de codes die je niet "
        "corrigeerde "
        "als bevestigd; pas dan zegt de overeenstemming iets.",
        "en": "Gone through the whole conversation? 'Remaining codes are right' counts the codes you did not "
        "correct as confirmed; only then does the agreement mean something.",
    },
    "rv_readonly_note": {
        "nl": "Commentaar en codes van je trainer staan bij de beurten. Je kunt ze hier lezen.",
        "en": "Your trainer's comments and codes are shown with the turns. You can read them here.",
    },
    "rv_dimension_behaviour": {"nl": "gedrag", "en": "behaviour"},
    "rv_dimension_annomi": {"nl": "AnnoMI", "en": "AnnoMI"},
    "rv_dimension_talk": {"nl": "taal", "en": "talk"},
    "done_comment_added": {"nl": "Het commentaar is geplaatst.", "en": "The comment has been posted."},
    "done_comment_deleted": {"nl": "Het commentaar is verwijderd.", "en": "The comment has been deleted."},
    "done_code_saved": {
        "nl": "Je code is bewaard naast die van de coder.",
        "en": "Your code has been saved next to the coder's.",
    },
    "done_codes_confirmed": {
        "nl": "De overige codes tellen nu als door jou bevestigd.",
        "en": "The remaining codes now count as confirmed by you.",
    },
}

GROWTH: dict[str, dict[str, str]] = {
    "nav_growth": {"nl": "Groei", "en": "Growth"},
    "gr_title": {"nl": "Groei", "en": "Growth"},
    "gr_lead_trainer": {
        "nl": "Hoe je studenten zich ontwikkelen: per groep de laatste cijfers en de trend, per student de "
        "grafieken van elk gesprek tegen de competentiegrenzen.",
        "en": "How your students develop: per group the latest figures and trend, per student the charts of "
        "every conversation against the competence bands.",
    },
    "gr_my_growth": {"nl": "Mijn eigen groei", "en": "My own growth"},
    "gr_open_group": {"nl": "Overzicht", "en": "Overview"},
    "gr_no_groups": {"nl": "Je hebt nog geen groepen.", "en": "You have no groups yet."},
    "gr_no_students": {"nl": "Deze groep heeft nog geen studenten.", "en": "This group has no students yet."},
    "gr_student_title": {"nl": "Groei van {name}", "en": "Growth of {name}"},
    "gr_group_title": {"nl": "Groep {name}", "en": "Group {name}"},
    "gr_count": {
        "nl": "{n:plural:geanalyseerd gesprek|geanalyseerde gesprekken}",
        "en": "{n:plural:analysed conversation|analysed conversations}",
    },
    "gr_trend_explained": {
        "nl": "Trend: het laatste gesprek tegen het gemiddelde van de (hoogstens drie) gesprekken ervoor.",
        "en": "Trend: the latest conversation against the mean of the (at most three) conversations before "
        "it.",
    },
    "gr_empty_student": {
        "nl": "Nog geen geanalyseerde gesprekken. Voer een oefengesprek of upload een gesprek.",
        "en": "No analysed conversations yet. Hold a practice talk or upload a conversation.",
    },
    "gr_no_points": {"nl": "geen waarde", "en": "no value"},
    "gr_latest": {"nl": "laatste waarde {v}", "en": "latest value {v}"},
    "gr_m_reflection_question_ratio": {"nl": "Reflecties per vraag", "en": "Reflections per question"},
    "gr_m_complex_reflection_pct": {"nl": "Complexe reflecties", "en": "Complex reflections"},
    "gr_m_open_question_pct": {"nl": "Open vragen", "en": "Open questions"},
    "gr_m_premature_solutions": {"nl": "Oplossingsdrang", "en": "Premature solutions (oplossingsdrang)"},
    "gr_m_depth_reached": {"nl": "Bereikte diepte", "en": "Depth reached"},
    "gr_d_reflection_question_ratio": {
        "nl": "Hoeveel reflecties je geeft per gestelde vraag.",
        "en": "How many reflections you give per question asked.",
    },
    "gr_d_complex_reflection_pct": {
        "nl": "Het deel van je reflecties dat betekenis of gevoel toevoegt.",
        "en": "The share of your reflections that add meaning or feeling.",
    },
    "gr_d_open_question_pct": {
        "nl": "Het deel van je vragen dat open is.",
        "en": "The share of your questions that are open.",
    },
    "gr_d_premature_solutions": {
        "nl": "Hoe vaak je een oplossing gaf voordat de cliënt was uitverteld (minder is beter).",
        "en": "How often you offered a solution before the client had finished telling (fewer is better).",
    },
    "gr_d_depth_reached": {
        "nl": "De diepste laag die de cliënt bereikte: feiten, gedachten, gevoelens, betekenis.",
        "en": "The deepest layer the client reached: facts, thoughts, feelings, meaning.",
    },
    "gr_short_reflection_question_ratio": {"nl": "R:V", "en": "R:Q"},
    "gr_short_complex_reflection_pct": {"nl": "% complex", "en": "% complex"},
    "gr_short_open_question_pct": {"nl": "% open", "en": "% open"},
    "gr_short_premature_solutions": {"nl": "Oplossingsdrang", "en": "Oplossingsdrang"},
    "gr_short_depth_reached": {"nl": "Diepte", "en": "Depth"},
    "gr_band_below_fair": {"nl": "onder redelijk", "en": "below fair"},
    "gr_band_fair": {"nl": "redelijk", "en": "fair"},
    "gr_band_good": {"nl": "goed", "en": "good"},
    "gr_trend_up": {"nl": "stijgt", "en": "rising"},
    "gr_trend_down": {"nl": "daalt", "en": "falling"},
    "gr_trend_flat": {"nl": "gelijk", "en": "steady"},
    "gr_better": {"nl": "beter", "en": "better"},
    "gr_worse": {"nl": "minder goed", "en": "worse"},
    "gr_no_trend": {"nl": "nog geen trend", "en": "no trend yet"},
    "gr_col_student": {"nl": "Student", "en": "Student"},
    "gr_col_count": {"nl": "Gesprekken", "en": "Conversations"},
    "gr_col_last": {"nl": "Laatste gesprek", "en": "Latest conversation"},
}

ALL: dict[str, dict[str, str]] = {**PRACTICE, **REVIEW, **GROWTH}
