"""Errors the web layer raises, and how each becomes a response (a page for the browser, JSON for /api)."""

from __future__ import annotations

from ontmoeting.errors import ConfigError, InputError, NotFoundError, OntmoetingError
from ontmoeting.store.faults import StorageError


class WebError(Exception):
    status_code = 400
    key = "error_bad_request"


class LoginRequired(WebError):
    status_code = 401
    key = "error_login_required"


class Forbidden(WebError):
    status_code = 403
    key = "error_forbidden"


class CsrfFailed(WebError):
    status_code = 403
    key = "error_csrf"


class NotFound(WebError):
    status_code = 404
    key = "error_not_found"


class InvalidForm(WebError):
    status_code = 422
    key = "error_invalid_form"


class TooManyAttempts(WebError):
    status_code = 429
    key = "error_throttled"


class UploadTooLarge(WebError):
    status_code = 413
    key = "error_too_large"


#: HTTP status for coded user errors whose meaning is more specific than "unprocessable".
STATUS_BY_CODE: dict[str, int] = {
    "E107": 413,  # transcript larger than the limit
    "E102": 415,  # binary file
    "E106": 415,  # unknown format
    "E115": 415,
    "E530": 413,
    "E534": 422,
    "E140": 501,  # the speech extra (ontmoeting[audio]) is not installed on this server
    "E535": 415,  # a recording's extension, but not a sound or video file
    "E538": 409,  # the draft was changed in another window
}


#: What a 503 page says. The coded reason names files, folders and database servers: admins see it, everyone
#: else the code with a general sentence (the whole reason is logged, and printed by 'ontmoeting serve').
STORAGE_TEXTS = {
    "public": {
        "nl": "De werkplaats kan haar database nu niet gebruiken.",
        "en": "The werkplaats cannot use its database right now.",
    },
    "hint": {
        "nl": "Dit ligt niet aan jou. Probeer het later opnieuw en meld het, met de code, aan wie de "
        "werkplaats beheert; de volledige melding staat in het log van 'ontmoeting serve'.",
        "en": "This is not your doing. Try again later and tell whoever runs the werkplaats, with the code; "
        "the full message is in the log of 'ontmoeting serve'.",
    },
}


def storage_text(key: str, lang: str) -> str:
    return STORAGE_TEXTS[key].get(lang) or STORAGE_TEXTS[key]["en"]


def storage_message(error: StorageError, lang: str, *, full: bool) -> str:
    """The message of a 503 for a storage fault: the coded reason when ``full``, else the code alone."""
    return error.render(lang) if full else f"{storage_text('public', lang)} [{error.code}]"


def status_for(error: OntmoetingError) -> int:
    """The status for a coded error: from the code table, else by its class (503 for storage faults: the
    request was fine, the database is not)."""
    if error.code in STATUS_BY_CODE:
        return STATUS_BY_CODE[error.code]
    if isinstance(error, StorageError):
        return 503
    text = error.messages.get("en", "").lower()
    if "too large" in text or "too big" in text:
        return 413
    if isinstance(error, NotFoundError):
        return 404
    if isinstance(error, InputError):
        return 422
    if isinstance(error, ConfigError):
        return 400
    return 400
