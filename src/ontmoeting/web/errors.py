"""Errors the web layer raises, and how each becomes a response (a page for the browser, JSON for /api)."""

from __future__ import annotations

from ontmoeting.errors import ConfigError, InputError, NotFoundError, OntmoetingError


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
}


def status_for(error: OntmoetingError) -> int:
    """The 4xx status for a coded error: from the code table, else by its class."""
    if error.code in STATUS_BY_CODE:
        return STATUS_BY_CODE[error.code]
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
