"""People, pairings and the records that hang across areas: competencies, tags, links, local settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.domain import Cadence, PairingStatus
from mentordesk.storage.base import Base, PairingScoped, SyncedMixin, enum_column


class Person(SyncedMixin, Base):
    __tablename__ = "person"

    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), default="")


class Pairing(SyncedMixin, Base):
    __tablename__ = "pairing"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    mentor_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    mentee_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    start_date: Mapped[dt.date] = mapped_column(Date)
    cadence: Mapped[Cadence] = mapped_column(enum_column(Cadence), default=Cadence.WEEKLY)
    status: Mapped[PairingStatus] = mapped_column(enum_column(PairingStatus), default=PairingStatus.ACTIVE)
    charter_goals: Mapped[str] = mapped_column(Text, default="")
    charter_confidentiality: Mapped[str] = mapped_column(Text, default="")
    charter_escalation: Mapped[str] = mapped_column(Text, default="")

    mentor: Mapped[Person] = relationship(foreign_keys=[mentor_id], lazy="joined")
    mentee: Mapped[Person] = relationship(foreign_keys=[mentee_id], lazy="joined")


class Competency(PairingScoped, Base):
    __tablename__ = "competency"
    __table_args__ = (UniqueConstraint("pairing_id", "name"),)

    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    levels: Mapped[list[str]] = mapped_column(JSON, default=list)


class Tag(PairingScoped, Base):
    __tablename__ = "tag"
    __table_args__ = (UniqueConstraint("pairing_id", "name"),)

    name: Mapped[str] = mapped_column(String(80))
    colour: Mapped[str] = mapped_column(String(9), default="#6b7280")


class Tagging(PairingScoped, Base):
    """A tag on any record, named by kind and id so every area can be tagged the same way."""

    __tablename__ = "tagging"
    __table_args__ = (UniqueConstraint("tag_id", "record_kind", "record_id"),)

    tag_id: Mapped[str] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"))
    record_kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), index=True)

    tag: Mapped[Tag] = relationship(lazy="joined")


class Link(PairingScoped, Base):
    """A typed link between two records of any kinds (card -> decision, event -> decision, ...)."""

    __tablename__ = "link"

    source_kind: Mapped[str] = mapped_column(String(32))
    source_id: Mapped[str] = mapped_column(String(36), index=True)
    target_kind: Mapped[str] = mapped_column(String(32))
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    relation: Mapped[str] = mapped_column(String(32), default="relates_to")


PAIRING_ME_PREFIX = "me."
"""Setting key prefix: for a pairing first created by an import, which of its people this user is."""
ME_KEY = "me_person_id"
"""Setting key: the person this user created pairings as."""
PARTNER_PREFIX = "partner."
"""Setting key prefix: the pairing card of the partner a pairing syncs with."""


class ChangeClock(Base):
    """The database's change counter: one row whose value grows by one for every flush that writes a
    syncable record, so "changed since the last export" never depends on the wall clock."""

    __tablename__ = "change_clock"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Base):
    """Facts about this installation that never sync (who "me" is, last export sequence, ...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
