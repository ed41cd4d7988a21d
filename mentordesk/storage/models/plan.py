"""The plan board: columns, cards and checklist items."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Column, Date, Float, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.domain import CardKind, Role
from mentordesk.storage.base import Base, PairingScoped, Searchable, enum_column
from mentordesk.storage.models.pairing import Competency

card_competency = Table(
    "card_competency",
    Base.metadata,
    Column("card_id", ForeignKey("card.id", ondelete="CASCADE"), primary_key=True),
    Column("competency_id", ForeignKey("competency.id", ondelete="CASCADE"), primary_key=True),
)


class BoardColumn(PairingScoped, Base):
    __tablename__ = "board_column"

    title: Mapped[str] = mapped_column(String(120))
    position: Mapped[float] = mapped_column(Float)
    wip_limit: Mapped[int | None] = mapped_column(Integer)
    first_day: Mapped[int | None] = mapped_column(Integer)
    last_day: Mapped[int | None] = mapped_column(Integer)
    is_done: Mapped[bool] = mapped_column(Boolean, default=False)


class Card(PairingScoped, Searchable, Base):
    __tablename__ = "card"
    # a pairing's records in the order lists show them, read a few at a time (migration 0008)
    __table_args__ = (Index("ix_card_pairing_id_title", "pairing_id", "title"),)
    search_kind = "card"

    column_id: Mapped[str] = mapped_column(ForeignKey("board_column.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[CardKind] = mapped_column(enum_column(CardKind), default=CardKind.TASK)
    owner: Mapped[Role] = mapped_column(enum_column(Role), default=Role.MENTEE)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[float] = mapped_column(Float)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    reached_on: Mapped[dt.date | None] = mapped_column(Date)

    competencies: Mapped[list[Competency]] = relationship(secondary=card_competency)
    checklist: Mapped[list[ChecklistItem]] = relationship(
        back_populates="card", order_by="ChecklistItem.position", cascade="all, delete-orphan"
    )

    @classmethod
    def document(cls, r: Any) -> tuple[str, str] | None:
        return None if r.deleted else (r.title, r.description or "")


class ChecklistItem(PairingScoped, Searchable, Base):
    __tablename__ = "checklist_item"
    search_kind = "checklist_item"

    card_id: Mapped[str] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(500))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[float] = mapped_column(Float)

    card: Mapped[Card] = relationship(back_populates="checklist")

    @classmethod
    def document(cls, r: Any) -> tuple[str, str] | None:
        return None if r.deleted else (r.text, "")

    @classmethod
    def target(cls, r: Any) -> tuple[str, str]:
        return "card", r.card_id
