"""The texts of recordings in the werkplaats (upload, progress, correction), Dutch first."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "rec_upload_hint": {
        "nl": "Of een opname van het gesprek (wav, mp3, m4a, ogg, webm, mp4, ...; maximaal {size}). Die "
        "wordt eerst uitgeschreven; daarna controleer en verbeter je het transcript, en pas dan wordt het "
        "geanalyseerd.",
        "en": "Or a recording of the conversation (wav, mp3, m4a, ogg, webm, mp4, ...; at most {size}). "
        "It is transcribed first; you then check and correct the transcript, and only then is it analysed.",
    },
    "rec_privacy": {
        "nl": "Een opname wordt op deze server uitgeschreven en nooit naar een andere dienst gestuurd. "
        "Alleen jij kunt haar beluisteren. Na de correctiestap wordt ze verwijderd, tenzij je kiest haar te "
        "bewaren.",
        "en": "A recording is transcribed on this server and never sent to any other service. Only you can "
        "listen to it. It is deleted after the correction step, unless you choose to keep it.",
    },
    "rec_upload_file": {"nl": "Transcript of opname", "en": "Transcript or recording"},
    "rec_keep": {"nl": "Opname bewaren na de analyse", "en": "Keep the recording after the analysis"},
    "rec_keep_hint": {
        "nl": "Alleen voor opnames. Zonder vinkje wordt de opname verwijderd zodra het gesprek is "
        "geanalyseerd.",
        "en": "Recordings only. Unticked, the recording is deleted as soon as the conversation is analysed.",
    },
    "rec_drafts": {"nl": "Opnames in bewerking", "en": "Recordings in progress"},
    "rec_drafts_lead": {
        "nl": "Alleen jij ziet deze opnames en hun concept-transcript.",
        "en": "Only you see these recordings and their draft transcripts.",
    },
    "rec_file": {"nl": "Opname", "en": "Recording"},
    "rec_status": {"nl": "Stand", "en": "Status"},
    "rec_status_queued": {"nl": "in de wachtrij", "en": "queued"},
    "rec_status_transcribing": {"nl": "wordt uitgeschreven", "en": "being transcribed"},
    "rec_status_ready": {"nl": "klaar om te controleren", "en": "ready to check"},
    "rec_status_failed": {"nl": "mislukt", "en": "failed"},
    "rec_status_done": {"nl": "geanalyseerd", "en": "analysed"},
    "rec_step_": {"nl": "Wachten", "en": "Waiting"},
    "rec_step_decoding": {"nl": "Opname lezen", "en": "Reading the recording"},
    "rec_step_speakers": {"nl": "Sprekers onderscheiden", "en": "Telling the speakers apart"},
    "rec_step_recognising": {"nl": "Spraak herkennen", "en": "Recognising speech"},
    "rec_progress_title": {"nl": "De opname wordt uitgeschreven", "en": "The recording is being transcribed"},
    "rec_queued_title": {"nl": "De opname staat in de wachtrij", "en": "The recording is queued"},
    "rec_ahead": {
        "nl": "{count:plural:opname|opnames} voor de jouwe.",
        "en": "{count:plural:recording|recordings} ahead of yours.",
    },
    "rec_progress_lead": {
        "nl": "Dit duurt ongeveer een vijfde tot een tiende van de lengte van de opname. Deze pagina "
        "ververst zichzelf; je mag haar ook sluiten: de opname staat bij je gesprekken.",
        "en": "This takes about a fifth to a tenth of the recording's length. This page refreshes "
        "itself; you may also close it: the recording is listed with your conversations.",
    },
    "rec_cancel": {"nl": "Stoppen en verwijderen", "en": "Stop and delete"},
    "rec_failed_title": {"nl": "Uitschrijven mislukt", "en": "Transcription failed"},
    "rec_retry": {"nl": "Opnieuw proberen", "en": "Try again"},
    "rec_check_title": {"nl": "Transcript controleren", "en": "Check the transcript"},
    "rec_check_lead": {
        "nl": "De computer heeft de opname uitgeschreven en geraden wie wat zei. Luister waar je twijfelt, "
        "verbeter de tekst en kies per beurt wie er spreekt. Pas als je op Analyseren klikt, wordt het "
        "gesprek gecodeerd en geanalyseerd.",
        "en": "The computer has transcribed the recording and guessed who said what. Listen where you are in "
        "doubt, correct the text and choose who speaks in each turn. Only when you click Analyse is the "
        "conversation coded and analysed.",
    },
    "rec_how_title": {"nl": "Zo verbeter je het transcript", "en": "How to correct the transcript"},
    "rec_how_swap": {
        "nl": "Staan hulpverlener en cliënt overal omgekeerd? Klik op Sprekers omwisselen.",
        "en": "Are helper and client the wrong way round everywhere? Click Swap the speakers.",
    },
    "rec_how_split": {
        "nl": "Een beurt splitsen: typ // op de plek waar de ander begint te praten en klik op Opslaan. Het "
        "deel na // wordt een nieuwe beurt van de andere spreker; de tijd wordt verdeeld naar de lengte van "
        "de tekst.",
        "en": "To split a turn, type // where the other person starts speaking and click Save. The part "
        "after // becomes a new turn of the other speaker; the time is divided by the length of the text.",
    },
    "rec_how_merge": {
        "nl": "Twee beurten die bij elkaar horen: klik bij de tweede op Samenvoegen met vorige.",
        "en": "Two turns that belong together: click Merge with the previous turn on the second one.",
    },
    "rec_how_remove": {
        "nl": "Een beurt weghalen: maak de tekst leeg en klik op Opslaan.",
        "en": "To remove a turn, empty its text and click Save.",
    },
    "rec_how_listen": {
        "nl": "De speler bij een beurt speelt alleen dat stukje van de opname.",
        "en": "The player of a turn plays just that part of the recording.",
    },
    "rec_warnings": {"nl": "Meldingen bij het uitschrijven", "en": "Notes from the transcription"},
    "rec_whole": {"nl": "Hele opname", "en": "Whole recording"},
    "rec_speaker_of": {"nl": "Wie spreekt in beurt {number}", "en": "Who speaks in turn {number}"},
    "rec_role_helper": {"nl": "Hulpverlener", "en": "Helper"},
    "rec_role_client": {"nl": "Cliënt", "en": "Client"},
    "rec_heard_as": {"nl": "gehoord als {voice}", "en": "heard as {voice}"},
    "rec_same_speaker": {
        "nl": "Dezelfde spreker als de vorige beurt.",
        "en": "The same speaker as the previous turn.",
    },
    "rec_text": {"nl": "Tekst van beurt {number}", "en": "Text of turn {number}"},
    "rec_listen": {"nl": "Beluister beurt {number}", "en": "Listen to turn {number}"},
    "rec_merge": {"nl": "Samenvoegen met vorige", "en": "Merge with the previous turn"},
    "rec_swap": {"nl": "Sprekers omwisselen", "en": "Swap the speakers"},
    "rec_save": {"nl": "Opslaan", "en": "Save"},
    "rec_analyse": {"nl": "Analyseren", "en": "Analyse"},
    "rec_analyse_busy": {"nl": "Bezig met analyseren …", "en": "Analysing …"},
    "rec_analyse_hint": {
        "nl": "Analyseren slaat eerst je laatste wijzigingen op.",
        "en": "Analyse saves your latest changes first.",
    },
    "rec_delete": {"nl": "Verwijderen", "en": "Delete"},
    "rec_confirm_delete": {
        "nl": "Deze opname en het concept-transcript definitief verwijderen?",
        "en": "Permanently delete this recording and its draft transcript?",
    },
    "rec_page": {"nl": "Beurten {first}–{last} van {total}", "en": "Turns {first}–{last} of {total}"},
    "rec_page_go": {"nl": "Opslaan en naar pagina {page}", "en": "Save and go to page {page}"},
    "rec_done_title": {"nl": "Opname bewaard", "en": "Recording kept"},
    "rec_done_lead": {
        "nl": "Dit gesprek is geanalyseerd. Je hebt ervoor gekozen de opname te bewaren; alleen jij "
        "kunt haar beluisteren.",
        "en": "This conversation has been analysed. You chose to keep the recording; only you can listen to "
        "it.",
    },
    "rec_to_conversation": {"nl": "Naar het gesprek", "en": "To the conversation"},
    "rec_delete_recording": {"nl": "Opname verwijderen", "en": "Delete the recording"},
    "rec_confirm_delete_recording": {
        "nl": "De bewaarde opname definitief verwijderen? Het geanalyseerde gesprek blijft.",
        "en": "Permanently delete the kept recording? The analysed conversation stays.",
    },
    "rec_no_audio": {"nl": "De opname is niet meer bewaard.", "en": "The recording is no longer kept."},
    "origin_recording": {"nl": "opname", "en": "recording"},
    "done_recording_saved": {"nl": "Het concept is opgeslagen.", "en": "The draft has been saved."},
    "done_recording_deleted": {
        "nl": "De opname en het concept zijn verwijderd.",
        "en": "The recording and its draft have been deleted.",
    },
    "done_recording_analysed": {
        "nl": "Het gesprek is geanalyseerd; de opname is verwijderd.",
        "en": "The conversation has been analysed; the recording has been deleted.",
    },
    "done_recording_analysed_kept": {
        "nl": "Het gesprek is geanalyseerd; de opname is bewaard.",
        "en": "The conversation has been analysed; the recording has been kept.",
    },
    "done_recording_retry": {
        "nl": "De opname staat weer in de wachtrij.",
        "en": "The recording is queued again.",
    },
}
