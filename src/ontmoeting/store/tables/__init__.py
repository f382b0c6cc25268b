"""All tables. Every module in this package is imported here, so that a new table module (for instance
``relationship.py``) joins ``Base.metadata`` (and Alembic's autogenerate) just by existing."""

from __future__ import annotations

import importlib
import pkgutil

from ontmoeting.store.tables.accounts import (
    ApiToken,
    Group,
    GroupMember,
    LoginAttempt,
    User,
    UserRole,
    WebSession,
)
from ontmoeting.store.tables.base import Base, UTCDateTime, utcnow
from ontmoeting.store.tables.conversations import (
    AnalysisRecord,
    AnnotationRecord,
    CommentRecord,
    ConversationRecord,
    TurnRecord,
)
from ontmoeting.store.tables.practice import PracticeSessionRecord
from ontmoeting.store.tables.recordings import RecordingDraft, RecordingStatus

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

__all__ = [
    "AnalysisRecord",
    "AnnotationRecord",
    "ApiToken",
    "Base",
    "CommentRecord",
    "ConversationRecord",
    "Group",
    "GroupMember",
    "LoginAttempt",
    "PracticeSessionRecord",
    "RecordingDraft",
    "RecordingStatus",
    "TurnRecord",
    "UTCDateTime",
    "User",
    "UserRole",
    "WebSession",
    "utcnow",
]
