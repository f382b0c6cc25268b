"""Turns from Word and PDF files: the student's own note on a turn and the page it starts on.

Revision ID: 0003_turn_note_page
Revises: 0002_relationship
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_turn_note_page"
down_revision = "0002_relationship"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode: SQLite cannot alter a table in place; on PostgreSQL this is a plain ALTER TABLE
    with op.batch_alter_table("turns") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch.add_column(sa.Column("page", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("turns") as batch:
        batch.drop_column("page")
        batch.drop_column("note")
