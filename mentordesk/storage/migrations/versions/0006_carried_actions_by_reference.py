"""carried actions by reference

An agenda point that carries an open action item forward used to hold a copy of the action's text,
shared whatever the action's visibility; it now holds no text and shows the action's own (as hidden as
the action). The copies are removed here; the full-text index is rebuilt after every upgrade.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE agenda_item SET text = '' WHERE carried_from_id IS NOT NULL")


def downgrade() -> None:
    op.execute(
        "UPDATE agenda_item SET text = 'Open action: ' || "
        "(SELECT a.text || ' (' || a.owner || ')' FROM action_item AS a WHERE a.id = carried_from_id) "
        "WHERE carried_from_id IS NOT NULL"
    )
