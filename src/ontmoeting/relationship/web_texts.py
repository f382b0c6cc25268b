"""The relatiefeedback pages' texts (Dutch and English), registered with the web app's catalogue by the
router."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "rel_nav": {"nl": "Relatiefeedback", "en": "Relationship feedback"},
    "rel_title": {"nl": "Relatiefeedback", "en": "Relationship feedback"},
    "rel_intro": {
        "nl": "Vraag je cliënt na elk gesprek twee korte dingen: hoe was het contact vandaag, en hoe gaat "
        "het? "
        "Bekijk de antwoorden samen. De scores zijn een uitnodiging om over de samenwerking te praten, geen "
        "oordeel.",
        "en": "After each conversation, ask your client two short things: how was our contact today, and "
        "how are you "
        "doing? Look at the answers together. The scores invite a conversation about working together; they "
        "are not "
        "a verdict.",
    },
    "rel_clients": {"nl": "Jouw cliënten", "en": "Your clients"},
    "rel_sorted": {
        "nl": "Wie aandacht nodig heeft, staat bovenaan.",
        "en": "Who needs attention comes first.",
    },
    "rel_no_clients": {"nl": "Nog geen cliënten.", "en": "No clients yet."},
    "rel_new_client": {"nl": "Cliënt toevoegen", "en": "Add a client"},
    "rel_code": {"nl": "Code of schuilnaam", "en": "Code or pseudonym"},
    "rel_code_help": {
        "nl": "Geen echte naam nodig, bijvoorbeeld 'R-01' of 'Robert'.",
        "en": "No real name needed, for example 'R-01' or 'Robert'.",
    },
    "rel_client_language": {"nl": "Taal van het formulier", "en": "Language of the form"},
    "rel_practice": {
        "nl": "Oefencliënt (je trainer kan de scores inzien)",
        "en": "Practice client (your trainer can see the scores)",
    },
    "rel_add": {"nl": "Toevoegen", "en": "Add"},
    "rel_sessions": {"nl": "Sessies", "en": "Sessions"},
    "rel_session": {"nl": "Sessie", "en": "Session"},
    "rel_last": {"nl": "Laatste", "en": "Latest"},
    "rel_date": {"nl": "Datum", "en": "Date"},
    "rel_source": {"nl": "Bron", "en": "Source"},
    "rel_relationship": {"nl": "Relatie", "en": "Relationship"},
    "rel_wellbeing": {"nl": "Welzijn", "en": "Well-being"},
    "rel_signals": {"nl": "Signalen", "en": "Signals"},
    "rel_source_link": {"nl": "link", "en": "link"},
    "rel_source_manual": {"nl": "ingevoerd", "en": "typed in"},
    "rel_source_cli": {"nl": "opdrachtregel", "en": "command line"},
    "rel_items": {"nl": "Scores per vraag", "en": "Scores per item"},
    "rel_item": {"nl": "Vraag", "en": "Item"},
    "rel_none": {"nl": "geen", "en": "none"},
    "rel_export": {"nl": "Exporteren (CSV)", "en": "Export (CSV)"},
    "rel_export_all": {"nl": "Alle cliënten exporteren (CSV)", "en": "Export all clients (CSV)"},
    "rel_trainer_link": {"nl": "Oefencliënten van je studenten", "en": "Your students' practice clients"},
    "rel_trainer_title": {"nl": "Oefencliënten van je studenten", "en": "Your students' practice clients"},
    "rel_trainer_intro": {
        "nl": "De relatie- en welzijnsscores van de oefencliënten van de studenten in jouw groepen (alleen "
        "lezen).",
        "en": "Relationship and well-being scores of the practice clients of the students in your groups "
        "(read-only).",
    },
    "rel_student": {"nl": "Student", "en": "Student"},
    "rel_client": {"nl": "Cliënt", "en": "Client"},
    "rel_read_only": {
        "nl": "Alleen lezen: deze cliënt is van {owner}.",
        "en": "Read-only: this client is {owner}'s.",
    },
    "rel_practice_badge": {"nl": "oefencliënt", "en": "practice client"},
    "rel_now": {"nl": "Nu bespreken", "en": "To talk about"},
    "rel_no_signals": {
        "nl": "Geen signalen bij de laatste sessie.",
        "en": "No signals at the latest session.",
    },
    "rel_suggestion": {"nl": "Zo kun je het ter sprake brengen", "en": "How to bring it up"},
    "rel_source_rule": {"nl": "Regel en bron", "en": "Rule and source"},
    "rel_trajectory": {"nl": "Verloop", "en": "Trajectory"},
    "rel_table_caption": {"nl": "Scores per sessie", "en": "Scores per session"},
    "rel_next_session": {"nl": "Volgende sessie", "en": "Next session"},
    "rel_make_link": {"nl": "Maak een link voor sessie {number}", "en": "Make a link for session {number}"},
    "rel_link_help": {
        "nl": "De cliënt opent de link of scant de QR-code op de eigen telefoon, zonder account. De link "
        "werkt één "
        "keer en verloopt na 24 uur.",
        "en": "The client opens the link or scans the QR code on their own phone, without an account. The "
        "link works "
        "once and expires after 24 hours.",
    },
    "rel_open_link": {
        "nl": "Er staat een link open (verloopt {expires}). Een nieuwe link maakt die ongeldig.",
        "en": "A link is open (expires {expires}). A new link makes it invalid.",
    },
    "rel_link_title": {"nl": "Link voor {code}", "en": "Link for {code}"},
    "rel_link_show": {
        "nl": "Laat de cliënt deze QR-code scannen of stuur de link. Je ziet hem maar één keer.",
        "en": "Let the client scan this QR code or send the link. You see it only once.",
    },
    "rel_link_expires": {
        "nl": "Verloopt {expires}, of zodra het formulier is ingevuld.",
        "en": "Expires {expires}, or as soon as the form has been filled in.",
    },
    "rel_qr_label": {
        "nl": "QR-code met de link naar het formulier",
        "en": "QR code with the link to the form",
    },
    "rel_link_copy": {"nl": "Link", "en": "Link"},
    "rel_back_results": {"nl": "Naar de cliënt en de resultaten", "en": "To the client and the results"},
    "rel_manual": {
        "nl": "Scores zelf invoeren (bijvoorbeeld van papier)",
        "en": "Enter scores yourself (from paper, say)",
    },
    "rel_manual_save": {"nl": "Sessie opslaan", "en": "Save session"},
    "rel_back": {"nl": "Alle cliënten", "en": "All clients"},
    "done_rel_saved": {"nl": "De sessie is opgeslagen.", "en": "The session has been saved."},
    "done_rel_created": {"nl": "De cliënt is toegevoegd.", "en": "The client has been added."},
    # The client's form
    "rel_form_title": {"nl": "Hoe was het gesprek?", "en": "How was our conversation?"},
    "rel_form_intro": {
        "nl": "Dit korte formulier helpt je hulpverlener om aan te sluiten bij wat jij nodig hebt. Schuif "
        "elke "
        "balk naar wat het beste past. Het kost ongeveer een minuut.",
        "en": "This short form helps your helper to fit in with what you need. Move each bar to what fits "
        "best. It "
        "takes about a minute.",
    },
    "rel_form_value": {"nl": "{value} van {max}", "en": "{value} of {max}"},
    "rel_form_submit": {"nl": "Versturen", "en": "Send"},
    "rel_form_privacy": {
        "nl": "Je antwoorden gaan alleen naar je eigen hulpverlener. Je naam wordt niet gevraagd.",
        "en": "Your answers go to your own helper only. Your name is not asked.",
    },
    "rel_form_language": {"nl": "Language: English", "en": "Taal: Nederlands"},
    "rel_thanks_title": {"nl": "Dank je wel", "en": "Thank you"},
    "rel_thanks_body": {
        "nl": "Je antwoorden zijn doorgegeven aan je hulpverlener. Praat er gerust over in het volgende "
        "gesprek, "
        "juist als iets niet goed voelde. Je kunt dit venster nu sluiten.",
        "en": "Your answers have been passed on to your helper. Do talk about them in the next conversation, "
        "especially if something did not feel right. You can close this window now.",
    },
    "rel_gone_title": {"nl": "Deze link werkt niet meer", "en": "This link no longer works"},
    "rel_gone_body": {
        "nl": "De link is al gebruikt of verlopen. Vraag je hulpverlener om een nieuwe link als je iets wilt "
        "invullen.",
        "en": "The link has already been used or has expired. Ask your helper for a new link if you want to "
        "fill "
        "something in.",
    },
    "rel_unknown_title": {"nl": "Link niet gevonden", "en": "Link not found"},
    "rel_unknown_body": {
        "nl": "Deze link bestaat niet. Controleer of je hem helemaal hebt overgenomen, of vraag je "
        "hulpverlener om "
        "een nieuwe.",
        "en": "This link does not exist. Check that you copied all of it, or ask your helper for a new one.",
    },
}
