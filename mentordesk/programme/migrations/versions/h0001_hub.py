"""programme hub

Cohorts, people, the competency taxonomy, enrolled pairs and their devices, received snapshots, and
each pair's newest one.

Revision ID: h0001
Revises:
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "h0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cohort",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("starts_on", sa.Date()),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("capacity", sa.Integer()),
        sa.Column("strengths", sa.JSON(), nullable=False),
        sa.Column("goals", sa.JSON(), nullable=False),
        sa.UniqueConstraint("name", "role"),
    )
    op.create_table(
        "competency",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("description", sa.Text(), nullable=False),
    )
    op.create_table(
        "pair",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("cohort_id", sa.Integer(), sa.ForeignKey("cohort.id")),
        sa.Column("mentor_id", sa.Integer(), sa.ForeignKey("person.id")),
        sa.Column("mentee_id", sa.Integer(), sa.ForeignKey("person.id")),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "device",
        sa.Column("signing_key", sa.String(64), primary_key=True),
        sa.Column("pair_id", sa.String(64), sa.ForeignKey("pair.id"), nullable=False),
        sa.Column("fingerprint", sa.String(40), nullable=False),
    )
    op.create_table(
        "snapshot",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pair_id", sa.String(64), sa.ForeignKey("pair.id"), nullable=False),
        sa.Column("signing_key", sa.String(64), sa.ForeignKey("device.signing_key"), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("sessions_per_month", sa.Float()),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.UniqueConstraint("signing_key", "sequence"),
    )
    op.create_index("ix_snapshot_pair_id", "snapshot", ["pair_id"])
    op.create_index("ix_snapshot_week", "snapshot", ["week"])
    op.create_table(
        "latest",
        sa.Column("pair_id", sa.String(64), sa.ForeignKey("pair.id"), primary_key=True),
        sa.Column("snapshot_id", sa.Integer(), sa.ForeignKey("snapshot.id"), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("latest")
    op.drop_index("ix_snapshot_week", table_name="snapshot")
    op.drop_index("ix_snapshot_pair_id", table_name="snapshot")
    for table in ("snapshot", "device", "pair", "competency", "person", "cohort"):
        op.drop_table(table)
