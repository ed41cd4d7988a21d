"""decision sources

A decision imported from a team's ADR folder keeps the file it came from: its text as read (so an
unedited record is written back byte for byte), the log it belongs to, and its number there (the
pairing's own log may already use that number). `more_links` holds the links a single supersedes /
amends pointer cannot: a second one of a kind, and adr-tools' own link types ("Clarifies").

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("decision") as batch:
        batch.add_column(sa.Column("source_text", sa.Text(), nullable=True))
        batch.add_column(sa.Column("source_log", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("source_number", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("more_links", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("decision") as batch:
        for column in ("more_links", "source_number", "source_log", "source_text"):
            batch.drop_column(column)
