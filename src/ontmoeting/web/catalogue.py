"""The werkplaats's own texts, Dutch first. Later areas register their own catalogues next to their
routers (``ontmoeting.web.i18n.register_catalogue``)."""

from __future__ import annotations

from ontmoeting.web.i18n import register_catalogue

CORE: dict[str, dict[str, str]] = {
    "app_name": {"nl": "werkplaats", "en": "werkplaats"},
    "skip_to_content": {"nl": "Naar de inhoud", "en": "Skip to content"},
    "menu": {"nl": "Menu", "en": "Menu"},
    "logout": {"nl": "Uitloggen", "en": "Log out"},
    "footer_text": {
        "nl": "ontmoeting · gesprekken blijven op deze server",
        "en": "ontmoeting · conversations stay on this server",
    },
    "lang_nl": {"nl": "Nederlands", "en": "Dutch"},
    "lang_en": {"nl": "Engels", "en": "English"},
    "ui_language": {"nl": "Taal van de werkplaats", "en": "Language of the werkplaats"},
    "role": {"nl": "Rol", "en": "Role"},
    "role_admin": {"nl": "beheerder", "en": "admin"},
    "role_trainer": {"nl": "trainer", "en": "trainer"},
    "role_student": {"nl": "student", "en": "student"},
    "nav_home": {"nl": "Overzicht", "en": "Overview"},
    "nav_conversations": {"nl": "Gesprekken", "en": "Conversations"},
    "nav_account": {"nl": "Account", "en": "Account"},
    "nav_users": {"nl": "Gebruikers", "en": "Users"},
    "nav_groups": {"nl": "Groepen", "en": "Groups"},
    # login and setup
    "login_title": {"nl": "Inloggen", "en": "Log in"},
    "login_lead": {
        "nl": "Welkom in de werkplaats: analyseer je gesprekken en zie je groei.",
        "en": "Welcome to the werkplaats: analyse your conversations and see your growth.",
    },
    "email": {"nl": "E-mailadres", "en": "E-mail address"},
    "password": {"nl": "Wachtwoord", "en": "Password"},
    "login_button": {"nl": "Inloggen", "en": "Log in"},
    "login_failed": {
        "nl": "Dat e-mailadres en wachtwoord horen niet bij elkaar.",
        "en": "That e-mail address and password do not match.",
    },
    "first_run_hint": {
        "nl": "Nog geen accounts op deze werkplaats.",
        "en": "No accounts on this werkplaats yet.",
    },
    "setup_link": {"nl": "Maak het eerste beheerdersaccount aan", "en": "Create the first admin account"},
    "setup_title": {"nl": "Werkplaats inrichten", "en": "Set up the werkplaats"},
    "setup_lead": {
        "nl": "Maak het eerste account aan. Dit wordt de beheerder, die daarna trainers en studenten "
        "toevoegt.",
        "en": "Create the first account. It becomes the admin, who then adds trainers and students.",
    },
    "setup_button": {"nl": "Account aanmaken", "en": "Create account"},
    "name": {"nl": "Naam", "en": "Name"},
    "password_hint": {"nl": "Minstens 10 tekens.", "en": "At least 10 characters."},
    # errors
    "error_heading": {"nl": "Foutcode", "en": "Error"},
    "error_bad_request": {"nl": "Dit verzoek klopt niet.", "en": "This request is not valid."},
    "error_login_required": {"nl": "Log eerst in.", "en": "Please log in first."},
    "error_forbidden": {"nl": "Dit mag je niet doen of zien.", "en": "You may not do or see this."},
    "error_csrf": {
        "nl": "Het formulier is verlopen of niet van deze site. Laad de pagina opnieuw en probeer het "
        "nog eens.",
        "en": "The form has expired or is not from this site. Reload the page and try again.",
    },
    "error_not_found": {
        "nl": "Deze pagina bestaat niet (of is niet van jou).",
        "en": "This page does not exist (or is not yours).",
    },
    "error_method": {"nl": "Deze actie kan hier niet.", "en": "This action is not possible here."},
    "error_throttled": {
        "nl": "Te veel mislukte pogingen. Wacht een kwartier en probeer het dan opnieuw.",
        "en": "Too many failed attempts. Wait fifteen minutes and try again.",
    },
    "error_too_large": {"nl": "Het bestand is te groot.", "en": "The file is too large."},
    "error_invalid_form": {
        "nl": "Het formulier is niet volledig of niet goed ingevuld.",
        "en": "The form is incomplete or not filled in correctly.",
    },
    "back_home": {"nl": "Terug naar het overzicht", "en": "Back to the overview"},
    # home
    "home_greeting": {"nl": "Hallo {name}", "en": "Hello {name}"},
    "home_lead": {
        "nl": "Upload een gesprek en zie per beurt wat je deed, hoe de cliënt reageerde en waar het gesprek "
        "verdieping kreeg.",
        "en": "Upload a conversation and see, turn by turn, what you did, how the client responded and "
        "where the conversation deepened.",
    },
    "home_recent": {"nl": "Recente gesprekken", "en": "Recent conversations"},
    "home_groups": {"nl": "Jouw groepen", "en": "Your groups"},
    "students_count": {"nl": "studenten", "en": "students"},
    "home_how_title": {"nl": "Zo werkt het", "en": "How it works"},
    "home_how_1": {
        "nl": "Upload een transcript (tekst, CSV, ondertitels of JSON).",
        "en": "Upload a transcript (text, CSV, subtitles or JSON).",
    },
    "home_how_2": {
        "nl": "Elke beurt krijgt een code: open vraag, reflectie, advies, verandertaal …",
        "en": "Every turn gets a code: open question, reflection, advice, change talk …",
    },
    "home_how_3": {
        "nl": "Lees de feedback: patronen als oplossingsdrang en touwtrekken, en wat je kunt proberen.",
        "en": "Read the feedback: patterns such as the urge to fix and the tug of war, and what to try.",
    },
    "see_all": {"nl": "Alles bekijken", "en": "See all"},
    "untitled": {"nl": "Zonder titel", "en": "Untitled"},
    "turns_short": {"nl": "beurten", "en": "turns"},
    "no_conversations": {"nl": "Nog geen gesprekken.", "en": "No conversations yet."},
    "no_conversations_hint": {
        "nl": "Upload je eerste gesprek om de analyse en feedback te zien.",
        "en": "Upload your first conversation to see its analysis and feedback.",
    },
    # conversations
    "col_title": {"nl": "Titel", "en": "Title"},
    "col_owner": {"nl": "Van", "en": "By"},
    "col_date": {"nl": "Datum", "en": "Date"},
    "col_turns": {"nl": "Beurten", "en": "Turns"},
    "col_language": {"nl": "Taal", "en": "Language"},
    "origin_practice": {"nl": "oefengesprek", "en": "oefengesprek (practice)"},
    "upload_action": {"nl": "Gesprek uploaden", "en": "Upload a conversation"},
    "upload_title": {"nl": "Gesprek uploaden", "en": "Upload a conversation"},
    "upload_lead": {
        "nl": "Het gesprek wordt per beurt gecodeerd en geanalyseerd. Het blijft op deze server.",
        "en": "The conversation is coded turn by turn and analysed. It stays on this server.",
    },
    "upload_file": {"nl": "Transcript", "en": "Transcript"},
    "upload_formats": {
        "nl": "Word (.docx), PDF, tekst (Naam: tekst), CSV/TSV, SRT, WebVTT of JSON; maximaal 5 MB.",
        "en": "Word (.docx), PDF, text (Name: text), CSV/TSV, SRT, WebVTT or JSON; at most 5 MB.",
    },
    "turn_note": {"nl": "Notitie van de student", "en": "The student's note"},
    "own_code": {"nl": "eigen code", "en": "own code"},
    "upload_title_field": {"nl": "Titel", "en": "Title"},
    "optional": {"nl": "optioneel", "en": "optional"},
    "language_auto": {"nl": "Automatisch herkennen", "en": "Detect automatically"},
    "upload_pseudonymise": {
        "nl": "Namen en gegevens onherkenbaar maken",
        "en": "De-identify names and details",
    },
    "upload_pseudonymise_hint": {
        "nl": "Sprekers worden hun rol (Hulpverlener, Cliënt); namen, plaatsen, instellingen, datums, "
        "telefoonnummers, e-mailadressen en BSN's in de tekst worden [PERSOON-1], [LOCATIE-1], ...",
        "en": "Speakers become their role (Helper, Client); names, places, institutions, dates, phone "
        "numbers, e-mail addresses and BSNs in the text become [PERSON-1], [PLACE-1], ...",
    },
    "upload_button": {"nl": "Uploaden en analyseren", "en": "Upload and analyse"},
    "upload_busy": {"nl": "Bezig met analyseren …", "en": "Analysing …"},
    "upload_failed": {"nl": "Dit bestand kon niet worden ingelezen.", "en": "This file could not be read."},
    "pseudonymised": {"nl": "gepseudonimiseerd", "en": "pseudonymised"},
    "download_report": {"nl": "Rapport (HTML)", "en": "Report (HTML)"},
    "download_json": {"nl": "Analyse (JSON)", "en": "Analysis (JSON)"},
    "download_transcript": {"nl": "Transcript (JSON)", "en": "Transcript (JSON)"},
    "delete": {"nl": "Verwijderen", "en": "Delete"},
    "confirm_delete_conversation": {
        "nl": "Dit gesprek en alle feedback erop definitief verwijderen?",
        "en": "Permanently delete this conversation and all feedback on it?",
    },
    "tab_report": {"nl": "Feedback", "en": "Feedback"},
    "tab_transcript": {"nl": "Gecodeerd transcript", "en": "Coded transcript"},
    "feedback_missing": {
        "nl": "De feedback is in deze installatie (nog) niet beschikbaar; het gecodeerde transcript wel.",
        "en": "Feedback is not available in this installation (yet); the coded transcript is.",
    },
    "depth": {"nl": "diepte", "en": "depth"},
    # account
    "profile": {"nl": "Profiel", "en": "Profile"},
    "save": {"nl": "Opslaan", "en": "Save"},
    "password_current": {"nl": "Huidig wachtwoord", "en": "Current password"},
    "password_new": {"nl": "Nieuw wachtwoord", "en": "New password"},
    "password_change": {"nl": "Wachtwoord wijzigen", "en": "Change password"},
    "password_wrong": {"nl": "Het huidige wachtwoord klopt niet.", "en": "The current password is wrong."},
    "tokens": {"nl": "API-sleutels", "en": "API tokens"},
    "tokens_lead": {
        "nl": "Voor scripts: stuur de sleutel mee als 'Authorization: Bearer …'. Zie de API-documentatie.",
        "en": "For scripts: send the token as 'Authorization: Bearer …'. See the API documentation.",
    },
    "token_created": {
        "nl": "Je nieuwe sleutel. Kopieer hem nu: hij wordt niet nog eens getoond.",
        "en": "Your new token. Copy it now: it is not shown again.",
    },
    "token_name": {"nl": "Naam van de sleutel", "en": "Token name"},
    "token_create": {"nl": "Sleutel maken", "en": "Create token"},
    "revoke": {"nl": "Intrekken", "en": "Revoke"},
    "created": {"nl": "gemaakt", "en": "created"},
    "last_used": {"nl": "laatst gebruikt", "en": "last used"},
    "my_data": {"nl": "Jouw gegevens", "en": "Your data"},
    "my_data_lead": {
        "nl": "Download alles wat de werkplaats over je bewaart (JSON), of verwijder je account met al je "
        "gegevens.",
        "en": "Download everything the werkplaats keeps about you (JSON), or delete your account with all "
        "your data.",
    },
    "download_my_data": {"nl": "Mijn gegevens downloaden", "en": "Download my data"},
    "delete_account": {"nl": "Account verwijderen", "en": "Delete account"},
    "delete_account_warning": {
        "nl": "Je account, gesprekken, analyses, oefengesprekken en opmerkingen worden definitief "
        "verwijderd.",
        "en": "Your account, conversations, analyses, practice sessions and comments are deleted for good.",
    },
    "delete_account_confirm": {
        "nl": "Typ je e-mailadres ({email}) ter bevestiging",
        "en": "Type your e-mail address ({email}) to confirm",
    },
    "delete_account_button": {"nl": "Definitief verwijderen", "en": "Delete for good"},
    "delete_confirm_mismatch": {
        "nl": "Het e-mailadres klopt niet; er is niets verwijderd.",
        "en": "The e-mail address does not match; nothing was deleted.",
    },
    # admin
    "actions": {"nl": "Acties", "en": "Actions"},
    "export": {"nl": "Exporteren", "en": "Export"},
    "user_add": {"nl": "Gebruiker toevoegen", "en": "Add user"},
    "confirm_delete_user": {
        "nl": "{email} en alle gegevens van dit account definitief verwijderen?",
        "en": "Permanently delete {email} and all their data?",
    },
    "admin_self_role": {
        "nl": "Je kunt je eigen rol niet wijzigen.",
        "en": "You cannot change your own role.",
    },
    "admin_self_delete": {
        "nl": "Verwijder je eigen account via de accountpagina.",
        "en": "Delete your own account on the account page.",
    },
    "trainer": {"nl": "Trainer", "en": "Trainer"},
    "members": {"nl": "Studenten", "en": "Students"},
    "member_add": {"nl": "Student toevoegen", "en": "Add student"},
    "remove": {"nl": "Verwijderen", "en": "Remove"},
    "no_members": {"nl": "Nog geen studenten in deze groep.", "en": "No students in this group yet."},
    "no_groups": {"nl": "Nog geen groepen.", "en": "No groups yet."},
    "group_add": {"nl": "Groep aanmaken", "en": "Create group"},
    "confirm_delete_group": {
        "nl": "Deze groep verwijderen? De studenten en hun werk blijven bestaan.",
        "en": "Delete this group? The students and their work remain.",
    },
    # api docs
    "api_lead": {
        "nl": "JSON-API voor scripts. Maak een sleutel op je accountpagina of met 'ontmoeting users token'.",
        "en": "JSON API for scripts. Create a token on your account page or with 'ontmoeting users token'.",
    },
    "api_method": {"nl": "Methode", "en": "Method"},
    "api_path": {"nl": "Pad", "en": "Path"},
    "api_summary": {"nl": "Wat het doet", "en": "What it does"},
    # notices after a redirect (?done=...)
    "done_uploaded": {"nl": "Het gesprek is geanalyseerd.", "en": "The conversation has been analysed."},
    "done_deleted": {"nl": "Het gesprek is verwijderd.", "en": "The conversation has been deleted."},
    "done_saved": {"nl": "Opgeslagen.", "en": "Saved."},
    "done_token_revoked": {"nl": "De sleutel is ingetrokken.", "en": "The token has been revoked."},
    "done_account_deleted": {
        "nl": "Je account en al je gegevens zijn verwijderd.",
        "en": "Your account and all your data have been deleted.",
    },
    "done_user_added": {"nl": "De gebruiker is toegevoegd.", "en": "The user has been added."},
    "done_user_deleted": {
        "nl": "De gebruiker en alle gegevens van dit account zijn verwijderd.",
        "en": "The user and all their data have been deleted.",
    },
    "done_group_added": {"nl": "De groep is aangemaakt.", "en": "The group has been created."},
    "done_group_deleted": {"nl": "De groep is verwijderd.", "en": "The group has been deleted."},
}


def register_core_catalogue() -> None:
    register_catalogue(CORE)
