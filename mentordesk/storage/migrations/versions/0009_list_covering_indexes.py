"""list covering indexes

The Decisions and Sessions lists count their records, read them a window at a time and find where one
stands. Decision and session rows carry their long text, so each of those reads walked every row of the
pairing through the table; an index holding the columns a list shows answers them from the index alone.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DECISION_LIST = (
    "pairing_id",
    "deleted",
    "number",
    "visibility",
    "status",
    "review_state",
    "author_role",
    "decided_on",
    "revisit_on",
    "actual_outcome",
    "confidence",
    "title",
    "id",
)
SESSION_LIST = (
    "pairing_id",
    "deleted",
    "starts_at",
    "visibility",
    "kind",
    "duration_minutes",
    "feedback_rating",
    "title",
    "id",
)


def upgrade() -> None:
    op.create_index("ix_decision_list", "decision", list(DECISION_LIST), unique=False)
    op.create_index("ix_mentoring_session_list", "mentoring_session", list(SESSION_LIST), unique=False)


def downgrade() -> None:
    op.drop_index("ix_mentoring_session_list", table_name="mentoring_session")
    op.drop_index("ix_decision_list", table_name="decision")
