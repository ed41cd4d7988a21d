"""event timeline index

The System Archeology page reads every event of the pairing in time order, but only what the timeline
draws: an index holding those columns, in that order, answers it without reading the events' long text
or sorting them.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EVENT_TIMELINE = ("pairing_id", "deleted", "occurred_on", "title", "kind", "precision", "visibility", "id")


def upgrade() -> None:
    op.create_index("ix_archeology_event_timeline", "archeology_event", list(EVENT_TIMELINE), unique=False)


def downgrade() -> None:
    op.drop_index("ix_archeology_event_timeline", table_name="archeology_event")
