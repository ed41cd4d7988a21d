"""Mentoring sessions with their agenda, notes, private notes and action items."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.domain import Role, SessionKind
from mentordesk.storage.base import Base, PairingScoped, Searchable, SyncedMixin, enum_column, join_text


class MentoringSession(PairingScoped, Searchable, Base):
    __tablename__ = "mentoring_session"
    # a pairing's records in the order lists show them, read a few at a time (migration 0008)
    __table_args__ = (
        Index("ix_mentoring_session_pairing_id_starts_at", "pairing_id", "starts_at"),
        # the columns the Sessions list shows: it counts and pages from the index alone (migration 0009)
        Index(
            "ix_mentoring_session_list",
            *("pairing_id", "deleted", "starts_at", "visibility", "kind", "duration_minutes"),
            *("feedback_rating", "title", "id"),
        ),
    )
    search_kind = "session"

    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    kind: Mapped[SessionKind] = mapped_column(enum_column(SessionKind), default=SessionKind.ONE_ON_ONE)
    title: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    template: Mapped[str | None] = mapped_column(String(120))
    feedback_rating: Mapped[int | None] = mapped_column(Integer)
    feedback_comment: Mapped[str] = mapped_column(Text, default="")

    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="session", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    actions: Mapped[list[ActionItem]] = relationship(
        back_populates="session", order_by="ActionItem.created_at", cascade="all, delete-orphan"
    )
    private_notes: Mapped[list[SessionNote]] = relationship(
        back_populates="session", order_by="SessionNote.created_at", cascade="all, delete-orphan"
    )

    @classmethod
    def document(cls, r: Any) -> tuple[str, str] | None:
        return None if r.deleted else (r.title, join_text(r.notes, r.feedback_comment))


class SessionNote(PairingScoped, Searchable, Base):
    """A note about a session kept by one side; usually private to this machine."""

    __tablename__ = "session_note"
    search_kind = "session_note"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("mentoring_session.id", ondelete="CASCADE"), index=True
    )
    body: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[MentoringSession] = relationship(back_populates="private_notes")

    @classmethod
    def document(cls, r: Any) -> tuple[str, str] | None:
        return None if r.deleted else ("Note: " + r.body.split("\n", 1)[0][:80], r.body)

    @classmethod
    def target(cls, r: Any) -> tuple[str, str]:
        return "session", r.session_id


class AgendaItem(PairingScoped, Searchable, Base):
    __tablename__ = "agenda_item"
    search_kind = "agenda_item"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("mentoring_session.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(String(500))
    added_by: Mapped[Role] = mapped_column(enum_column(Role), default=Role.MENTOR)
    discussed: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[float] = mapped_column(Float)
    carried_from_id: Mapped[str | None] = mapped_column(ForeignKey("action_item.id", ondelete="SET NULL"))

    session: Mapped[MentoringSession] = relationship(back_populates="agenda")

    @classmethod
    def document(cls, r: Any) -> tuple[str, str] | None:
        # a point carrying an action item forward has no text of its own: the action is found instead
        return None if r.deleted or r.carried_from_id is not None else (r.text, "")

    @classmethod
    def target(cls, r: Any) -> tuple[str, str]:
        return "session", r.session_id


class ActionItem(PairingScoped, Searchable, Base):
    __tablename__ = "action_item"
    search_kind = "action_item"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("mentoring_session.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(String(500))
    owner: Mapped[Role] = mapped_column(enum_column(Role), default=Role.MENTEE)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[dt.date | None] = mapped_column(Date)

    session: Mapped[MentoringSession] = relationship(back_populates="actions")

    @classmethod
    def document(cls, r: Any) -> tuple[str, str] | None:
        return None if r.deleted else (r.text, "")

    @classmethod
    def target(cls, r: Any) -> tuple[str, str]:
        return "session", r.session_id


class SessionTemplate(SyncedMixin, Base):
    """A template the user wrote; the built-in ones ship as Markdown under resources/templates/."""

    __tablename__ = "session_template"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[SessionKind] = mapped_column(enum_column(SessionKind), default=SessionKind.ONE_ON_ONE)
    agenda: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
