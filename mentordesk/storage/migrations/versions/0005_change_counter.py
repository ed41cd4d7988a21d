"""change counter

A per-database counter that every write of a syncable record moves on and stamps on the record, so an
export can carry what changed after the counter of the last one instead of comparing wall-clock times.
Rows written before this carry 0; an export state saved before this has no counter, so the first export
after the upgrade carries everything once (the partner's merge ignores what it already holds).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "action_item",
    "agenda_item",
    "archeology_event",
    "board_column",
    "card",
    "checklist_item",
    "competency",
    "component",
    "decision",
    "decision_addendum",
    "decision_revision",
    "era",
    "event_link",
    "link",
    "mentoring_session",
    "pairing",
    "person",
    "review_comment",
    "session_note",
    "session_template",
    "tag",
    "tagging",
)


def upgrade() -> None:
    op.create_table(
        "change_clock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_clock")),
    )
    for table in TABLES:
        # a plain ADD COLUMN: SQLite takes a NOT NULL column with a default without rebuilding the table
        op.add_column(table, sa.Column("change_seq", sa.Integer(), server_default="0", nullable=False))
        op.create_index(op.f(f"ix_{table}_change_seq"), table, ["change_seq"], unique=False)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(op.f(f"ix_{table}_change_seq"), table_name=table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("change_seq")
    op.drop_table("change_clock")
