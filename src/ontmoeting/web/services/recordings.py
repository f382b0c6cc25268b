"""Recordings in the werkplaats: an upload becomes a draft (the bytes in the database, transcribed off the
request by :mod:`.transcription`), the student corrects the draft (:mod:`.drafts`), and confirming it
makes a conversation exactly as a text upload does (:func:`.conversations.ingest_conversation`).

Everything stays on this server: the speech layer runs here, nothing is sent anywhere. The recording is
deleted after the correction step unless the student keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy import LargeBinary, func, select
from sqlalchemy.orm import Session

from ontmoeting.errors import InputError
from ontmoeting.store.tables import ConversationRecord, RecordingDraft, RecordingStatus, User, utcnow
from ontmoeting.transcript.messages import input_error
from ontmoeting.transcript.model import Conversation
from ontmoeting.transcript.speech.detect import RECORDING_EXTENSIONS, looks_like_recording, media_type
from ontmoeting.transcript.speech.extra import missing_parts
from ontmoeting.web.services import conversations, drafts

HEAD_BYTES = 64


def is_recording_upload(filename: str, head: bytes) -> bool:
    """A recording by its extension, or (any other name) by its first bytes."""
    return PurePath(filename).suffix.lower() in RECORDING_EXTENSIONS or looks_like_recording(head)


def content_type(filename: str, head: bytes) -> str:
    return media_type(filename, head) or "application/octet-stream"


def check_recording(filename: str, data: bytes) -> None:
    """E535 for a file named as a recording that is no sound or video file (a text renamed .wav)."""
    if not looks_like_recording(data[:HEAD_BYTES]):
        raise InputError(
            "E535",
            nl=f"{filename} heet een opname maar is geen geluids- of videobestand. Upload de opname zelf "
            "(wav, mp3, m4a, ogg, webm, mp4, ...), of een transcript met de extensie die erbij hoort.",
            en=f"{filename} is named as a recording but is not a sound or video file. Upload the recording "
            "itself (wav, mp3, m4a, ogg, webm, mp4, ...), or a transcript with its own extension.",
            file=filename,
        )


def require_audio(filename: str) -> None:
    """E140 (with how to install it) when this server cannot transcribe."""
    missing = missing_parts()
    if missing:
        raise input_error("E140", filename, missing=", ".join(missing))


@dataclass
class RecordingOptions:
    filename: str
    title: str = ""
    language: str | None = None  # None: recognised
    pseudonymise: bool = True
    keep_recording: bool = False


def create_draft(db: Session, owner: User, data: bytes, options: RecordingOptions) -> RecordingDraft:
    """A queued draft holding the recording (checked to be one; the speech extra must be installed)."""
    filename = conversations.clean_filename(options.filename, "opname")
    check_recording(filename, data)
    require_audio(filename)
    draft = RecordingDraft(
        owner_id=owner.id,
        filename=filename,
        content_type=content_type(filename, data[:HEAD_BYTES]),
        size=len(data),
        audio=data,
        status=RecordingStatus.QUEUED,
        language=options.language if options.language in ("nl", "en") else None,
        title=options.title.strip()[:300],
        pseudonymise=options.pseudonymise,
        keep_recording=options.keep_recording,
    )
    db.add(draft)
    db.flush()
    return draft


def open_drafts(db: Session, user: User) -> list[RecordingDraft]:
    """The user's own drafts that are not analysed yet, newest first."""
    query = (
        select(RecordingDraft)
        .where(RecordingDraft.owner_id == user.id, RecordingDraft.status.in_(RecordingStatus.OPEN))
        .order_by(RecordingDraft.created_at.desc(), RecordingDraft.id.desc())
    )
    return list(db.scalars(query))


def kept_recording(db: Session, user: User, conversation_id: int) -> RecordingDraft | None:
    """The recording kept with a conversation, for its owner only."""
    query = select(RecordingDraft).where(
        RecordingDraft.conversation_id == conversation_id,
        RecordingDraft.owner_id == user.id,
        RecordingDraft.status == RecordingStatus.DONE,
    )
    return db.scalars(query.limit(1)).first()


def queue_position(db: Session, draft: RecordingDraft) -> int:
    """How many recordings (anyone's) are ahead of this one."""
    busy = (RecordingStatus.QUEUED, RecordingStatus.TRANSCRIBING)
    query = select(func.count(RecordingDraft.id)).where(
        RecordingDraft.status.in_(busy), RecordingDraft.id < draft.id
    )
    return int(db.scalar(query) or 0)


def draft_conversation(draft: RecordingDraft) -> Conversation | None:
    return Conversation.model_validate_json(draft.draft_json) if draft.draft_json else None


#: The speech layer's notes end in advice for the command line (--review, --helper, --language); on the
#: draft page the same is done with the page itself. A phrase that is not found leaves the note as it is.
WEB_ADVICE = (
    ("controleer de tekst en wie wat zei, bijvoorbeeld met --review.", "controleer hieronder de tekst en wie "
     "wat zei."),
    ("check the text and who said what, e.g. with --review.", "check the text and who said what below."),
    ("Klopt dit niet, geef dan de hulpverlener aan met --helper NAAM.", "Klopt dit niet, kies dan per beurt "
     "wie er spreekt, of klik op Sprekers omwisselen."),
    ("If this is wrong, name the helper with --helper NAME.", "If this is wrong, choose who speaks in each "
     "turn, or click Swap the speakers."),
    ("Klopt dit niet, geef dan --language nl of --language en.", "Klopt dit niet, verwijder dan dit concept "
     "en upload de opname opnieuw met de goede taal."),
    ("If this is wrong, give --language nl or --language en.", "If this is wrong, delete this draft and "
     "upload the recording again with the right language."),
)  # fmt: skip


def warnings(draft: RecordingDraft, lang: str) -> list[str]:
    """The speech layer's notes on the draft, in ``lang``, with advice for this page instead of the CLI's."""
    conversation = draft_conversation(draft)
    notes = []
    for warning in conversation.metadata.warnings if conversation else []:
        text = warning.render(lang)
        for cli, web in WEB_ADVICE:
            text = text.replace(cli, web)
        notes.append(text)
    return notes


def error_message(draft: RecordingDraft, lang: str) -> str | None:
    return (draft.error_nl if lang == "nl" else draft.error_en) or draft.error_en or draft.error_nl


def not_ready(draft: RecordingDraft) -> InputError:
    return InputError(
        "E539",
        nl="Deze opname is nog niet uitgeschreven (of al geanalyseerd); er is niets veranderd.",
        en="This recording has not been transcribed yet (or is analysed already); nothing was changed.",
        file=draft.filename,
    )


def changed_elsewhere(draft: RecordingDraft) -> InputError:
    return InputError(
        "E538",
        nl="Dit concept is intussen in een ander venster veranderd; je wijzigingen zijn niet opgeslagen. "
        "Hieronder staat de nieuwste versie: breng ze opnieuw aan.",
        en="This draft was changed in another window in the meantime; your changes were not saved. Below "
        "is the latest version: make them again.",
        file=draft.filename,
    )


def ready_draft(draft: RecordingDraft, revision: str | None = None) -> Conversation:
    """The draft transcript to change; E539 when there is none, E538 when the form was made from an older
    version than the stored one."""
    conversation = draft_conversation(draft)
    if draft.status != RecordingStatus.READY or conversation is None:
        raise not_ready(draft)
    if revision is not None and revision != str(draft.revision):
        raise changed_elsewhere(draft)
    return conversation


def set_choices(draft: RecordingDraft, *, title: str, pseudonymise: bool, keep_recording: bool) -> None:
    draft.title = title.strip()[:300]
    draft.pseudonymise = pseudonymise
    draft.keep_recording = keep_recording


def save(db: Session, draft: RecordingDraft, conversation: Conversation) -> None:
    draft.draft_json = conversation.model_dump_json()
    draft.revision += 1
    draft.updated_at = utcnow()
    db.flush()


def confirm(db: Session, owner: User, draft: RecordingDraft) -> ConversationRecord:
    """The corrected draft as a stored, coded, analysed conversation (pseudonymised when chosen), the way a
    text upload is made. The draft goes, with the recording, unless the student keeps the recording: then
    the row stays (``done``) with the recording only, linked to the conversation."""
    conversation = drafts.final_conversation(ready_draft(draft))
    options = conversations.UploadOptions(
        filename=draft.filename,
        title=draft.title,
        language=conversation.language,
        pseudonymise=draft.pseudonymise,
        origin="recording",
    )
    record = conversations.ingest_conversation(db, owner, conversation, options)
    if draft.keep_recording:
        draft.status = RecordingStatus.DONE
        draft.conversation_id = record.id
        draft.draft_json = None  # the unpseudonymised text is not kept; the conversation is
    else:
        db.delete(draft)
    db.flush()
    return record


def retry(db: Session, draft: RecordingDraft) -> None:
    if draft.status != RecordingStatus.FAILED:
        raise not_ready(draft)
    draft.status = RecordingStatus.QUEUED
    draft.step, draft.progress, draft.attempts, draft.worker = "", 0.0, 0, None
    draft.error_code = draft.error_nl = draft.error_en = None
    db.flush()


def delete(db: Session, draft: RecordingDraft) -> None:
    """The draft and the recording, for good (a running transcription stops at its next progress report)."""
    db.delete(draft)
    db.flush()


# -- the recording's bytes, for the player -----------------------------------------------------------------

#: An open range ("bytes=1000-") gets at most this much; the browser asks for the rest when it needs it.
MAX_CHUNK = 4 * 1024 * 1024


class RangeNotSatisfiable(Exception):
    pass


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The first and last byte (inclusive) of a ``Range: bytes=...`` header; None to send everything (no
    header, another unit, several ranges, or a header that does not parse: RFC 9110 lets a server ignore
    those). RangeNotSatisfiable for a range that starts beyond the end."""
    if not header:
        return None
    unit, _, spec = header.partition("=")
    first_text, dash, last_text = spec.strip().partition("-")
    if unit.strip().lower() != "bytes" or "," in spec or not dash:
        return None
    first_text, last_text = first_text.strip(), last_text.strip()
    if first_text == "":
        if not last_text.isdigit():
            return None
        length = int(last_text)  # the last N bytes
        if length == 0 or size == 0:
            raise RangeNotSatisfiable()
        return max(size - length, 0), size - 1
    if not first_text.isdigit() or (last_text and not last_text.isdigit()):
        return None
    first = int(first_text)
    last = int(last_text) if last_text else first + MAX_CHUNK - 1
    if last < first:
        return None
    if first >= size:
        raise RangeNotSatisfiable()
    return first, min(last, size - 1)


def audio_bytes(
    db: Session, draft: RecordingDraft, first: int | None = None, last: int | None = None
) -> bytes:
    """The recording, or its bytes ``first`` to ``last``: cut out by the database (substr works on SQLite
    blobs and PostgreSQL bytea), so a seek does not load the whole recording."""
    if first is None or last is None:
        value = db.scalar(select(RecordingDraft.audio).where(RecordingDraft.id == draft.id))
    else:
        part = func.substr(RecordingDraft.audio, first + 1, last - first + 1, type_=LargeBinary())
        value = db.scalar(select(part).where(RecordingDraft.id == draft.id))
    return bytes(value or b"")


def has_audio(db: Session, draft: RecordingDraft) -> bool:
    query = select(RecordingDraft.id).where(RecordingDraft.id == draft.id, RecordingDraft.audio.is_not(None))
    return db.scalar(query) is not None
