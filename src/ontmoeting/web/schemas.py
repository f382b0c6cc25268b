"""Request and response bodies of the JSON API (kept apart from the tables)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

RoleName = Literal["admin", "trainer", "student"]


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    name: str
    role: RoleName
    language: str
    created_at: datetime


class UserCreate(BaseModel):
    email: str
    role: RoleName = "student"
    name: str = ""
    password: str | None = Field(
        default=None, description="at least 10 characters; omit for token-only accounts"
    )


class UserUpdate(BaseModel):
    role: RoleName | None = None
    name: str | None = None


class ConversationOut(BaseModel):
    id: int
    title: str
    language: str
    source_format: str | None
    origin: str
    owner_id: int
    pseudonymised: bool
    created_at: str
    turns: int | None = None


class ConversationDetail(ConversationOut):
    conversation: dict[str, Any] = Field(description="the transcript model as JSON, with every annotation")


class GroupOut(BaseModel):
    id: int
    name: str
    trainer_id: int | None
    member_ids: list[int]


class GroupCreate(BaseModel):
    name: str
    trainer_id: int | None = None


class GroupUpdate(BaseModel):
    name: str | None = None
    trainer_id: int | None = None


class TokenOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None


class TokenCreated(TokenOut):
    token: str = Field(description="the token itself; shown only now")


class TokenCreate(BaseModel):
    name: str = ""
