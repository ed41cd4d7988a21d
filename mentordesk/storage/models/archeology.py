"""System Archeology: components (lanes), eras, events and causal links between events."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, Date, Float, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.domain import DatePrecision, EventKind
from mentordesk.storage.base import Base, PairingScoped, Searchable, enum_column, join_text

event_component = Table(
    "event_component",
    Base.metadata,
    Column("event_id", ForeignKey("archeology_event.id", ondelete="CASCADE"), primary_key=True),
    Column("component_id", ForeignKey("component.id", ondelete="CASCADE"), primary_key=True),
)


class Component(PairingScoped, Base):
    __tablename__ = "component"
    __table_args__ = (UniqueConstraint("pairing_id", "name"),)

    name: Mapped[str] = mapped_column(String(120))
    colour: Mapped[str] = mapped_column(String(9), default="#4f46e5")
    position: Mapped[float] = mapped_column(Float, default=0.0)


class Era(PairingScoped, Searchable, Base):
    __tablename__ = "era"
    search_kind = "era"

    name: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    colour: Mapped[str] = mapped_column(String(9), default="#e0e7ff")
    description: Mapped[str] = mapped_column(Text, default="")

    @classmethod
    def document(cls, r: Any) -> tuple[str, str] | None:
        return None if r.deleted else (r.name, r.description)


class ArcheologyEvent(PairingScoped, Searchable, Base):
    __tablename__ = "archeology_event"
    # a pairing's records in the order lists show them, read a few at a time (migration 0008)
    __table_args__ = (
        Index("ix_archeology_event_pairing_id_occurred_on", "pairing_id", "occurred_on"),
        # what the timeline draws, in its order: the page reads it from the index alone (migration 0011)
        Index(
            "ix_archeology_event_timeline",
            *("pairing_id", "deleted", "occurred_on", "title", "kind", "precision", "visibility", "id"),
        ),
    )
    search_kind = "event"

    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind), default=EventKind.DECISION)
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    precision: Mapped[DatePrecision] = mapped_column(enum_column(DatePrecision), default=DatePrecision.DAY)
    why: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    people: Mapped[str] = mapped_column(Text, default="")

    components: Mapped[list[Component]] = relationship(secondary=event_component, order_by=Component.position)

    @classmethod
    def document(cls, r: Any) -> tuple[str, str] | None:
        if r.deleted:
            return None
        return r.title, join_text(r.why, r.lessons, "\n".join(r.sources or []), r.people)


class EventLink(PairingScoped, Base):
    """A causal arrow on the timeline: cause -> effect (an incident that led to a decision, ...)."""

    __tablename__ = "event_link"
    __table_args__ = (UniqueConstraint("cause_id", "effect_id"),)

    cause_id: Mapped[str] = mapped_column(ForeignKey("archeology_event.id", ondelete="CASCADE"), index=True)
    effect_id: Mapped[str] = mapped_column(ForeignKey("archeology_event.id", ondelete="CASCADE"), index=True)
    relation: Mapped[str] = mapped_column(String(32), default="led_to")
