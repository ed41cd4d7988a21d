"""user session templates

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "session_template",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "one_on_one",
                "shadowing",
                "incident_review",
                "calibration",
                "pair_programming",
                name="sessionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("agenda", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column(
            "visibility",
            sa.Enum("shared", "confidential", "private", name="visibility", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_template")),
        sa.UniqueConstraint("name", name=op.f("uq_session_template_name")),
    )


def downgrade() -> None:
    op.drop_table("session_template")
