"""pairing order indexes

A pairing's sessions newest first, its events by date and its cards by title are read a few at a time
(a link picker, the next and last sessions); without an index on the pairing and the order, each such
read sorted every record of the pairing.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = (
    ("mentoring_session", ("pairing_id", "starts_at")),
    ("card", ("pairing_id", "title")),
    ("archeology_event", ("pairing_id", "occurred_on")),
)


def upgrade() -> None:
    for table, columns in _INDEXES:
        op.create_index(f"ix_{table}_{'_'.join(columns)}", table, list(columns), unique=False)


def downgrade() -> None:
    for table, columns in _INDEXES:
        op.drop_index(f"ix_{table}_{'_'.join(columns)}", table_name=table)
