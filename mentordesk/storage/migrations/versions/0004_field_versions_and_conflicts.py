"""field versions and conflicts

Every syncable table gains the version vector of each field's value and the concurrent values still
standing. Rows written before this keep empty maps: a field without its own vector counts as changed
at the record's vector, which can only turn a later concurrent edit into a conflict, never lose it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
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
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("field_versions", sa.JSON(), server_default="{}", nullable=False))
            batch_op.add_column(sa.Column("conflicts", sa.JSON(), server_default="{}", nullable=False))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("conflicts")
            batch_op.drop_column("field_versions")
