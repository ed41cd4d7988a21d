"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22

The whole schema as first released, including the FTS5 search index (written as SQL: Alembic does not
know virtual tables, and env.py keeps them out of autogenerate).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "person",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    op.create_table(
        "search_doc",
        sa.Column("rowid", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("open_kind", sa.String(length=32), nullable=False),
        sa.Column("open_id", sa.String(length=36), nullable=False),
        sa.Column("pairing_id", sa.String(length=36), nullable=False),
        sa.Column("visibility", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("rowid", name=op.f("pk_search_doc")),
        sa.UniqueConstraint("record_id", name=op.f("uq_search_doc_record_id")),
    )
    with op.batch_alter_table("search_doc", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_search_doc_pairing_id"), ["pairing_id"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "pairing",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("mentee_id", sa.String(length=36), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column(
            "cadence",
            sa.Enum("weekly", "biweekly", "monthly", name="cadence", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum("active", "paused", "completed", name="pairingstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("charter_goals", sa.Text(), nullable=False),
        sa.Column("charter_confidentiality", sa.Text(), nullable=False),
        sa.Column("charter_escalation", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(["mentee_id"], ["person.id"], name=op.f("fk_pairing_mentee_id_person")),
        sa.ForeignKeyConstraint(["mentor_id"], ["person.id"], name=op.f("fk_pairing_mentor_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairing")),
        sa.UniqueConstraint("name", name=op.f("uq_pairing_name")),
    )
    op.create_table(
        "archeology_event",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "decision",
                "incident",
                "migration",
                "release",
                "reorganisation",
                "tech_debt",
                "person_joined",
                "person_left",
                name="eventkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column(
            "precision",
            sa.Enum("day", "month", "quarter", "year", name="dateprecision", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("lessons", sa.Text(), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("people", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["pairing_id"],
            ["pairing.id"],
            name=op.f("fk_archeology_event_pairing_id_pairing"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archeology_event")),
    )
    with op.batch_alter_table("archeology_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_archeology_event_occurred_on"), ["occurred_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_archeology_event_pairing_id"), ["pairing_id"], unique=False)

    op.create_table(
        "board_column",
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("wip_limit", sa.Integer(), nullable=True),
        sa.Column("first_day", sa.Integer(), nullable=True),
        sa.Column("last_day", sa.Integer(), nullable=True),
        sa.Column("is_done", sa.Boolean(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["pairing_id"],
            ["pairing.id"],
            name=op.f("fk_board_column_pairing_id_pairing"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_column")),
    )
    with op.batch_alter_table("board_column", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_board_column_pairing_id"), ["pairing_id"], unique=False)

    op.create_table(
        "competency",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("levels", sa.JSON(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["pairing_id"], ["pairing.id"], name=op.f("fk_competency_pairing_id_pairing"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competency")),
        sa.UniqueConstraint("pairing_id", "name", name=op.f("uq_competency_pairing_id")),
    )
    with op.batch_alter_table("competency", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_competency_pairing_id"), ["pairing_id"], unique=False)

    op.create_table(
        "component",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["pairing_id"], ["pairing.id"], name=op.f("fk_component_pairing_id_pairing"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_component")),
        sa.UniqueConstraint("pairing_id", "name", name=op.f("uq_component_pairing_id")),
    )
    with op.batch_alter_table("component", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_component_pairing_id"), ["pairing_id"], unique=False)

    op.create_table(
        "decision",
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "accepted",
                "rejected",
                "deprecated",
                "superseded",
                name="decisionstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "review_state",
            sa.Enum(
                "draft",
                "awaiting_review",
                "changes_requested",
                "reviewed",
                name="reviewstate",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "author_role",
            sa.Enum("mentor", "mentee", name="role", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("context", sa.Text(), nullable=False),
        sa.Column("drivers", sa.Text(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("chosen_option", sa.String(length=300), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("consequences_good", sa.Text(), nullable=False),
        sa.Column("consequences_bad", sa.Text(), nullable=False),
        sa.Column("confirmation", sa.Text(), nullable=False),
        sa.Column("expected_outcome", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Integer(), nullable=True),
        sa.Column("revisit_on", sa.Date(), nullable=True),
        sa.Column(
            "actual_outcome",
            sa.Enum(
                "held_up",
                "partly",
                "did_not_hold",
                "superseded",
                name="outcome",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("actual_outcome_note", sa.Text(), nullable=False),
        sa.Column("supersedes_id", sa.String(length=36), nullable=True),
        sa.Column("amends_id", sa.String(length=36), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["amends_id"], ["decision.id"], name=op.f("fk_decision_amends_id_decision"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["pairing_id"], ["pairing.id"], name=op.f("fk_decision_pairing_id_pairing"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["decision.id"],
            name=op.f("fk_decision_supersedes_id_decision"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
        sa.UniqueConstraint("pairing_id", "number", name=op.f("uq_decision_pairing_id")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_pairing_id"), ["pairing_id"], unique=False)

    op.create_table(
        "era",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["pairing_id"], ["pairing.id"], name=op.f("fk_era_pairing_id_pairing"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_era")),
    )
    with op.batch_alter_table("era", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_era_pairing_id"), ["pairing_id"], unique=False)

    op.create_table(
        "link",
        sa.Column("source_kind", sa.String(length=32), nullable=False),
        sa.Column("source_id", sa.String(length=36), nullable=False),
        sa.Column("target_kind", sa.String(length=32), nullable=False),
        sa.Column("target_id", sa.String(length=36), nullable=False),
        sa.Column("relation", sa.String(length=32), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["pairing_id"], ["pairing.id"], name=op.f("fk_link_pairing_id_pairing"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link")),
    )
    with op.batch_alter_table("link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_link_pairing_id"), ["pairing_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_link_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_link_target_id"), ["target_id"], unique=False)

    op.create_table(
        "mentoring_session",
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
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
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("template", sa.String(length=120), nullable=True),
        sa.Column("feedback_rating", sa.Integer(), nullable=True),
        sa.Column("feedback_comment", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["pairing_id"],
            ["pairing.id"],
            name=op.f("fk_mentoring_session_pairing_id_pairing"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_session")),
    )
    with op.batch_alter_table("mentoring_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentoring_session_pairing_id"), ["pairing_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentoring_session_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "tag",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["pairing_id"], ["pairing.id"], name=op.f("fk_tag_pairing_id_pairing"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("pairing_id", "name", name=op.f("uq_tag_pairing_id")),
    )
    with op.batch_alter_table("tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tag_pairing_id"), ["pairing_id"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column(
            "owner", sa.Enum("mentor", "mentee", name="role", native_enum=False, length=32), nullable=False
        ),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["pairing_id"], ["pairing.id"], name=op.f("fk_action_item_pairing_id_pairing"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_session.id"],
            name=op.f("fk_action_item_session_id_mentoring_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_pairing_id"), ["pairing_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_session_id"), ["session_id"], unique=False)

    op.create_table(
        "card",
        sa.Column("column_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("goal", "milestone", "task", "learning", name="cardkind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "owner", sa.Enum("mentor", "mentee", name="role", native_enum=False, length=32), nullable=False
        ),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("reached_on", sa.Date(), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["column_id"],
            ["board_column.id"],
            name=op.f("fk_card_column_id_board_column"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pairing_id"], ["pairing.id"], name=op.f("fk_card_pairing_id_pairing"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card")),
    )
    with op.batch_alter_table("card", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_card_column_id"), ["column_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_card_pairing_id"), ["pairing_id"], unique=False)

    op.create_table(
        "decision_competency",
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("competency_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["competency_id"],
            ["competency.id"],
            name=op.f("fk_decision_competency_competency_id_competency"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_decision_competency_decision_id_decision"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("decision_id", "competency_id", name=op.f("pk_decision_competency")),
    )
    op.create_table(
        "decision_revision",
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("frozen", sa.Boolean(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_decision_revision_decision_id_decision"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pairing_id"],
            ["pairing.id"],
            name=op.f("fk_decision_revision_pairing_id_pairing"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_revision")),
        sa.UniqueConstraint("decision_id", "number", name=op.f("uq_decision_revision_decision_id")),
    )
    with op.batch_alter_table("decision_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_revision_decision_id"), ["decision_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_decision_revision_pairing_id"), ["pairing_id"], unique=False)

    op.create_table(
        "event_component",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("component_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["component_id"],
            ["component.id"],
            name=op.f("fk_event_component_component_id_component"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["archeology_event.id"],
            name=op.f("fk_event_component_event_id_archeology_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "component_id", name=op.f("pk_event_component")),
    )
    op.create_table(
        "event_link",
        sa.Column("cause_id", sa.String(length=36), nullable=False),
        sa.Column("effect_id", sa.String(length=36), nullable=False),
        sa.Column("relation", sa.String(length=32), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["cause_id"],
            ["archeology_event.id"],
            name=op.f("fk_event_link_cause_id_archeology_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["effect_id"],
            ["archeology_event.id"],
            name=op.f("fk_event_link_effect_id_archeology_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pairing_id"], ["pairing.id"], name=op.f("fk_event_link_pairing_id_pairing"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_link")),
        sa.UniqueConstraint("cause_id", "effect_id", name=op.f("uq_event_link_cause_id")),
    )
    with op.batch_alter_table("event_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_link_cause_id"), ["cause_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_link_effect_id"), ["effect_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_link_pairing_id"), ["pairing_id"], unique=False)

    op.create_table(
        "review_comment",
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column(
            "author_role",
            sa.Enum("mentor", "mentee", name="role", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("section", sa.String(length=64), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("is_principle", sa.Boolean(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_review_comment_decision_id_decision"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pairing_id"],
            ["pairing.id"],
            name=op.f("fk_review_comment_pairing_id_pairing"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["review_comment.id"],
            name=op.f("fk_review_comment_parent_id_review_comment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_comment")),
    )
    with op.batch_alter_table("review_comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_comment_decision_id"), ["decision_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_review_comment_pairing_id"), ["pairing_id"], unique=False)

    op.create_table(
        "session_note",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["pairing_id"],
            ["pairing.id"],
            name=op.f("fk_session_note_pairing_id_pairing"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_session.id"],
            name=op.f("fk_session_note_session_id_mentoring_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_note")),
    )
    with op.batch_alter_table("session_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_note_pairing_id"), ["pairing_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_note_session_id"), ["session_id"], unique=False)

    op.create_table(
        "tagging",
        sa.Column("tag_id", sa.String(length=36), nullable=False),
        sa.Column("record_kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["pairing_id"], ["pairing.id"], name=op.f("fk_tagging_pairing_id_pairing"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_tagging_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tagging")),
        sa.UniqueConstraint("tag_id", "record_kind", "record_id", name=op.f("uq_tagging_tag_id")),
    )
    with op.batch_alter_table("tagging", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tagging_pairing_id"), ["pairing_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tagging_record_id"), ["record_id"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column(
            "added_by", sa.Enum("mentor", "mentee", name="role", native_enum=False, length=32), nullable=False
        ),
        sa.Column("discussed", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("carried_from_id", sa.String(length=36), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["action_item.id"],
            name=op.f("fk_agenda_item_carried_from_id_action_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["pairing_id"], ["pairing.id"], name=op.f("fk_agenda_item_pairing_id_pairing"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_session.id"],
            name=op.f("fk_agenda_item_session_id_mentoring_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_pairing_id"), ["pairing_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_item_session_id"), ["session_id"], unique=False)

    op.create_table(
        "card_competency",
        sa.Column("card_id", sa.String(length=36), nullable=False),
        sa.Column("competency_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_id"], ["card.id"], name=op.f("fk_card_competency_card_id_card"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["competency_id"],
            ["competency.id"],
            name=op.f("fk_card_competency_competency_id_competency"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("card_id", "competency_id", name=op.f("pk_card_competency")),
    )
    op.create_table(
        "checklist_item",
        sa.Column("card_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["card_id"], ["card.id"], name=op.f("fk_checklist_item_card_id_card"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["pairing_id"],
            ["pairing.id"],
            name=op.f("fk_checklist_item_pairing_id_pairing"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_item")),
    )
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_item_card_id"), ["card_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_checklist_item_pairing_id"), ["pairing_id"], unique=False)

    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE search_index")
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_item_pairing_id"))
        batch_op.drop_index(batch_op.f("ix_checklist_item_card_id"))

    op.drop_table("checklist_item")
    op.drop_table("card_competency")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_session_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_pairing_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("tagging", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tagging_record_id"))
        batch_op.drop_index(batch_op.f("ix_tagging_pairing_id"))

    op.drop_table("tagging")
    with op.batch_alter_table("session_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_note_session_id"))
        batch_op.drop_index(batch_op.f("ix_session_note_pairing_id"))

    op.drop_table("session_note")
    with op.batch_alter_table("review_comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_comment_pairing_id"))
        batch_op.drop_index(batch_op.f("ix_review_comment_decision_id"))

    op.drop_table("review_comment")
    with op.batch_alter_table("event_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_link_pairing_id"))
        batch_op.drop_index(batch_op.f("ix_event_link_effect_id"))
        batch_op.drop_index(batch_op.f("ix_event_link_cause_id"))

    op.drop_table("event_link")
    op.drop_table("event_component")
    with op.batch_alter_table("decision_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_revision_pairing_id"))
        batch_op.drop_index(batch_op.f("ix_decision_revision_decision_id"))

    op.drop_table("decision_revision")
    op.drop_table("decision_competency")
    with op.batch_alter_table("card", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_card_pairing_id"))
        batch_op.drop_index(batch_op.f("ix_card_column_id"))

    op.drop_table("card")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_session_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_pairing_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tag_pairing_id"))

    op.drop_table("tag")
    with op.batch_alter_table("mentoring_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentoring_session_starts_at"))
        batch_op.drop_index(batch_op.f("ix_mentoring_session_pairing_id"))

    op.drop_table("mentoring_session")
    with op.batch_alter_table("link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_link_target_id"))
        batch_op.drop_index(batch_op.f("ix_link_source_id"))
        batch_op.drop_index(batch_op.f("ix_link_pairing_id"))

    op.drop_table("link")
    with op.batch_alter_table("era", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_era_pairing_id"))

    op.drop_table("era")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_pairing_id"))

    op.drop_table("decision")
    with op.batch_alter_table("component", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_component_pairing_id"))

    op.drop_table("component")
    with op.batch_alter_table("competency", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_competency_pairing_id"))

    op.drop_table("competency")
    with op.batch_alter_table("board_column", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_board_column_pairing_id"))

    op.drop_table("board_column")
    with op.batch_alter_table("archeology_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_archeology_event_pairing_id"))
        batch_op.drop_index(batch_op.f("ix_archeology_event_occurred_on"))

    op.drop_table("archeology_event")
    op.drop_table("pairing")
    op.drop_table("setting")
    with op.batch_alter_table("search_doc", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_doc_pairing_id"))

    op.drop_table("search_doc")
    op.drop_table("person")
