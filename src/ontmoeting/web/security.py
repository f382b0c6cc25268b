"""Passwords (argon2), random secrets and their hashes, and login throttling."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ontmoeting.store.tables import LoginAttempt, utcnow

TOKEN_PREFIX = "omt_"

_hasher = PasswordHasher()
# A hash to verify against when the account does not exist, so that a wrong e-mail address takes as long
# as a wrong password (no account enumeration by timing).
_dummy_hash: str | None = None


def use_hasher(hasher: PasswordHasher) -> None:
    """Replace the argon2 parameters (tests use cheaper ones; production keeps the library defaults)."""
    global _hasher, _dummy_hash
    _hasher = hasher
    _dummy_hash = None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    global _dummy_hash
    if not password_hash:
        if _dummy_hash is None:
            _dummy_hash = _hasher.hash(secrets.token_hex(16))
        password_hash = _dummy_hash
        password = password + "\0never"
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def new_secret(nbytes: int = 32) -> str:
    return secrets.token_urlsafe(nbytes)


def digest(secret: str) -> str:
    """SHA-256 of a high-entropy secret (session id, API token): enough, since they cannot be guessed."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


def new_api_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def recent_failures(db: Session, email: str | None, ip: str, minutes: int) -> int:
    """Failed logins from ``ip`` within ``minutes``: for the account ``email``, or for all accounts (None)."""
    since = utcnow() - timedelta(minutes=minutes)
    query = select(func.count(LoginAttempt.id)).where(
        LoginAttempt.ip == ip, LoginAttempt.at >= since, LoginAttempt.success.is_(False)
    )
    if email is not None:
        query = query.where(LoginAttempt.email == email)
    return int(db.scalar(query) or 0)


def record_attempt(db: Session, email: str, ip: str, success: bool) -> None:
    db.add(LoginAttempt(email=email[:320], ip=ip[:64], success=success))
    # keep the table small: attempts older than a day no longer count for anything
    db.query(LoginAttempt).filter(
        LoginAttempt.email == email, LoginAttempt.at < utcnow() - timedelta(days=1)
    ).delete()
    if success:  # a successful login clears the account's failures from this address
        db.query(LoginAttempt).filter(
            LoginAttempt.email == email, LoginAttempt.ip == ip, LoginAttempt.success.is_(False)
        ).delete()
