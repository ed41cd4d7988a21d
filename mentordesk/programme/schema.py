"""The programme hub's tables: cohorts, people, the shared competency taxonomy, the pairs enrolled with the
devices that may publish for them, and every snapshot received. Plain SQLAlchemy Core, so the same schema
runs on SQLite (the default, one file) and on PostgreSQL (a programme that outgrows one machine)."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

cohort = Table(
    "cohort",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("starts_on", Date),
)

person = Table(
    "person",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("role", String(20), nullable=False),  # mentor or mentee
    Column("capacity", Integer),  # mentees a mentor can take at once
    Column("strengths", JSON, nullable=False, default=list),  # competency names (a mentor's)
    Column("goals", JSON, nullable=False, default=list),  # competency names (a mentee's)
    UniqueConstraint("name", "role"),
)

competency = Table(
    "competency",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("description", Text, nullable=False, default=""),
)

pair = Table(
    "pair",
    metadata,
    Column("id", String(64), primary_key=True),  # the pairing's own random id
    Column("name", String(200), nullable=False),  # as the programme calls it; never sent by the pair
    Column("cohort_id", Integer, ForeignKey("cohort.id")),
    Column("mentor_id", Integer, ForeignKey("person.id")),
    Column("mentee_id", Integer, ForeignKey("person.id")),
    Column("enrolled_at", DateTime(timezone=True), nullable=False),
)

device = Table(
    "device",
    metadata,
    Column("signing_key", String(64), primary_key=True),  # base64 of the Ed25519 public key
    Column("pair_id", String(64), ForeignKey("pair.id"), nullable=False),
    Column("fingerprint", String(40), nullable=False),  # its card's, to compare aloud; not its name
)

snapshot = Table(
    "snapshot",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("pair_id", String(64), ForeignKey("pair.id"), nullable=False, index=True),
    Column("signing_key", String(64), ForeignKey("device.signing_key"), nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("published_at", DateTime(timezone=True), nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("day", Integer, nullable=False),  # the plan day it was published on (also in figures)
    Column("week", Date, nullable=False, index=True),  # the Monday of the week it was published in (UTC)
    Column("sessions_per_month", Float),  # also in figures: the dashboard's weekly medians read it alone
    Column("figures", JSON, nullable=False),
    UniqueConstraint("signing_key", "sequence"),
)

latest = Table(
    "latest",
    metadata,
    Column("pair_id", String(64), ForeignKey("pair.id"), primary_key=True),
    Column("snapshot_id", Integer, ForeignKey("snapshot.id"), nullable=False),
)
"""Each pair's newest snapshot (by when it was published), kept as snapshots arrive, so the programme's
status reads one row per pair however long its history grows."""
