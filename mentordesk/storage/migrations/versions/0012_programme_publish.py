"""programme publish

What a pairing published to its programme (its figures, never text), kept and synced so that both
partners see it.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "programme_publish",
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("device", sa.String(length=40), nullable=False),
        sa.Column("target", sa.String(length=10), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("pairing_id", sa.String(length=36), nullable=False),
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
        sa.Column("field_versions", sa.JSON(), server_default="{}", nullable=False),
        sa.Column("conflicts", sa.JSON(), server_default="{}", nullable=False),
        sa.Column("change_seq", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["pairing_id"],
            ["pairing.id"],
            name=op.f("fk_programme_publish_pairing_id_pairing"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_publish")),
    )
    op.create_index(op.f("ix_programme_publish_pairing_id"), "programme_publish", ["pairing_id"])
    op.create_index(op.f("ix_programme_publish_change_seq"), "programme_publish", ["change_seq"])


def downgrade() -> None:
    op.drop_index(op.f("ix_programme_publish_change_seq"), table_name="programme_publish")
    op.drop_index(op.f("ix_programme_publish_pairing_id"), table_name="programme_publish")
    op.drop_table("programme_publish")
