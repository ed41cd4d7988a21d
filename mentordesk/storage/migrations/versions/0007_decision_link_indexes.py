"""decision link indexes

Showing a decision lists the decisions that supersede or amend it; without an index on the two
columns that name them, each listing read every decision of the file.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(op.f("ix_decision_supersedes_id"), "decision", ["supersedes_id"], unique=False)
    op.create_index(op.f("ix_decision_amends_id"), "decision", ["amends_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_decision_amends_id"), table_name="decision")
    op.drop_index(op.f("ix_decision_supersedes_id"), table_name="decision")
