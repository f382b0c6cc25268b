"""Relatiefeedback: clients, sessions, item scores and one-time links.

Revision ID: 0002_relationship
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_relationship"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "relationship_clients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("practice", sa.Boolean(), nullable=False),
        sa.Column("relationship_instrument", sa.String(length=100), nullable=False),
        sa.Column("wellbeing_instrument", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_relationship_clients_owner_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relationship_clients")),
        sa.UniqueConstraint("owner_id", "code", name="uq_relationship_clients_owner_code"),
    )
    op.create_index(
        op.f("ix_relationship_clients_owner_id"), "relationship_clients", ["owner_id"], unique=False
    )
    op.create_table(
        "relationship_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["relationship_clients.id"],
            name=op.f("fk_relationship_sessions_client_id_relationship_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relationship_sessions")),
        sa.UniqueConstraint("client_id", "number", name="uq_relationship_sessions_client_number"),
    )
    op.create_index(
        op.f("ix_relationship_sessions_client_id"), "relationship_sessions", ["client_id"], unique=False
    )
    op.create_table(
        "relationship_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.String(length=100), nullable=False),
        sa.Column("instrument_version", sa.String(length=20), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["relationship_sessions.id"],
            name=op.f("fk_relationship_scores_session_id_relationship_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relationship_scores")),
        sa.UniqueConstraint(
            "session_id", "instrument_id", "item_id", name="uq_relationship_scores_session_item"
        ),
    )
    op.create_index(
        op.f("ix_relationship_scores_session_id"), "relationship_scores", ["session_id"], unique=False
    )
    op.create_table(
        "relationship_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["relationship_clients.id"],
            name=op.f("fk_relationship_links_client_id_relationship_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["relationship_sessions.id"],
            name=op.f("fk_relationship_links_session_id_relationship_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relationship_links")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_relationship_links_token_hash")),
    )
    op.create_index(
        op.f("ix_relationship_links_client_id"), "relationship_links", ["client_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("relationship_links")
    op.drop_table("relationship_scores")
    op.drop_table("relationship_sessions")
    op.drop_table("relationship_clients")
