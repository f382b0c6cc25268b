"""Recordings uploaded in the werkplaats, with their transcription job and draft transcript.

Revision ID: 0004_recording_drafts
Revises: 0003_turn_note_page
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_recording_drafts"
down_revision = "0003_turn_note_page"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recording_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("audio", sa.LargeBinary(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("step", sa.String(length=20), nullable=False),
        sa.Column("progress", sa.Float(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("worker", sa.String(length=120), nullable=True),
        sa.Column("error_code", sa.String(length=10), nullable=True),
        sa.Column("error_nl", sa.Text(), nullable=True),
        sa.Column("error_en", sa.Text(), nullable=True),
        sa.Column("draft_json", sa.Text(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("pseudonymise", sa.Boolean(), nullable=False),
        sa.Column("keep_recording", sa.Boolean(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_recording_drafts_owner_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_recording_drafts_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recording_drafts")),
    )
    op.create_index(op.f("ix_recording_drafts_owner_id"), "recording_drafts", ["owner_id"], unique=False)
    op.create_index(op.f("ix_recording_drafts_status"), "recording_drafts", ["status"], unique=False)
    op.create_index(
        op.f("ix_recording_drafts_conversation_id"), "recording_drafts", ["conversation_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("recording_drafts")
