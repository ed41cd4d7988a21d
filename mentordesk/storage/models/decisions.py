"""Decision records (MADR fields), their review comments and submitted revisions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentordesk.domain import DecisionStatus, Outcome, ReviewState, Role, Verdict, adr_number
from mentordesk.storage.base import Base, PairingScoped, Searchable, enum_column, join_text
from mentordesk.storage.models.pairing import Competency

decision_competency = Table(
    "decision_competency",
    Base.metadata,
    Column("decision_id", ForeignKey("decision.id", ondelete="CASCADE"), primary_key=True),
    Column("competency_id", ForeignKey("competency.id", ondelete="CASCADE"), primary_key=True),
)


def _options_text(options: list[dict[str, Any]]) -> str:
    lines: list[str] = []
    for option in options:
        lines.append(str(option.get("title", "")))
        if option.get("description"):
            lines.append(str(option["description"]))
        for key in ("good", "neutral", "bad"):
            lines.extend(str(item) for item in option.get(key, []))
    return "\n".join(lines)


class Decision(PairingScoped, Searchable, Base):
    __tablename__ = "decision"
    __table_args__ = (
        UniqueConstraint("pairing_id", "number"),
        # the columns the Decisions list shows: it counts and pages from the index alone (migration 0009)
        Index(
            "ix_decision_list",
            *("pairing_id", "deleted", "number", "visibility", "status", "review_state", "author_role"),
            *("decided_on", "revisit_on", "actual_outcome", "confidence", "title", "id"),
        ),
    )
    search_kind = "decision"

    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[DecisionStatus] = mapped_column(
        enum_column(DecisionStatus), default=DecisionStatus.PROPOSED
    )
    review_state: Mapped[ReviewState] = mapped_column(enum_column(ReviewState), default=ReviewState.DRAFT)
    author_role: Mapped[Role] = mapped_column(enum_column(Role), default=Role.MENTEE)
    context: Mapped[str] = mapped_column(Text, default="")
    drivers: Mapped[str] = mapped_column(Text, default="")
    options: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    chosen_option: Mapped[str] = mapped_column(String(300), default="")
    rationale: Mapped[str] = mapped_column(Text, default="")
    consequences_good: Mapped[str] = mapped_column(Text, default="")
    consequences_bad: Mapped[str] = mapped_column(Text, default="")
    consequences_other: Mapped[str] = mapped_column(Text, default="", server_default="")
    confirmation: Mapped[str] = mapped_column(Text, default="")
    expected_outcome: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[int | None] = mapped_column(Integer)
    revisit_on: Mapped[dt.date | None] = mapped_column(Date)
    actual_outcome: Mapped[Outcome | None] = mapped_column(enum_column(Outcome))
    actual_outcome_note: Mapped[str] = mapped_column(Text, default="")
    revisited_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    # an ADR imported from a folder: its file name, text as read, log (the folder) and number there
    source_file: Mapped[str | None] = mapped_column(String(255))
    source_text: Mapped[str | None] = mapped_column(Text)
    source_log: Mapped[str | None] = mapped_column(String(300))
    source_number: Mapped[int | None] = mapped_column(Integer)
    # links beyond supersedes_id / amends_id: [{"kind": "supersedes" | "amends" | "Clarifies", "to": id or "",
    # "text": the target as the file wrote it}]
    more_links: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list, server_default="[]")
    supersedes_id: Mapped[str | None] = mapped_column(
        ForeignKey("decision.id", ondelete="SET NULL"), index=True
    )
    amends_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id", ondelete="SET NULL"), index=True)

    competencies: Mapped[list[Competency]] = relationship(secondary=decision_competency)
    comments: Mapped[list[ReviewComment]] = relationship(
        back_populates="decision", order_by="ReviewComment.created_at", cascade="all, delete-orphan"
    )
    revisions: Mapped[list[DecisionRevision]] = relationship(
        back_populates="decision", order_by="DecisionRevision.number", cascade="all, delete-orphan"
    )
    addenda: Mapped[list[DecisionAddendum]] = relationship(
        back_populates="decision", order_by="DecisionAddendum.created_at", cascade="all, delete-orphan"
    )

    @classmethod
    def document(cls, r: Any) -> tuple[str, str] | None:
        if r.deleted:
            return None
        body = join_text(
            r.context,
            r.drivers,
            _options_text(r.options or []),
            r.chosen_option,
            r.rationale,
            r.consequences_good,
            r.consequences_bad,
            r.consequences_other,
            r.confirmation,
            r.expected_outcome,
            r.actual_outcome_note,
            r.notes,
        )
        return f"{adr_number(r.number)} {r.title}", body


class ReviewComment(PairingScoped, Searchable, Base):
    __tablename__ = "review_comment"
    search_kind = "comment"

    decision_id: Mapped[str] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("review_comment.id", ondelete="CASCADE"))
    author_role: Mapped[Role] = mapped_column(enum_column(Role), default=Role.MENTOR)
    section: Mapped[str | None] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text, default="")
    is_principle: Mapped[bool] = mapped_column(Boolean, default=False)
    verdict: Mapped[Verdict | None] = mapped_column(enum_column(Verdict))

    decision: Mapped[Decision] = relationship(back_populates="comments")

    @classmethod
    def document(cls, r: Any) -> tuple[str, str] | None:
        return None if r.deleted else ("Comment: " + r.body.split("\n", 1)[0][:80], r.body)

    @classmethod
    def target(cls, r: Any) -> tuple[str, str]:
        return "decision", r.decision_id


class DecisionRevision(PairingScoped, Base):
    """A frozen copy of a decision as it was submitted for review."""

    __tablename__ = "decision_revision"
    __table_args__ = (UniqueConstraint("decision_id", "number"),)

    decision_id: Mapped[str] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    submitted_at: Mapped[dt.datetime] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")
    frozen: Mapped[bool] = mapped_column(Boolean, default=True)

    decision: Mapped[Decision] = relationship(back_populates="revisions")


class DecisionAddendum(PairingScoped, Searchable, Base):
    """A dated note appended below an accepted decision, whose body is no longer edited."""

    __tablename__ = "decision_addendum"
    search_kind = "addendum"

    decision_id: Mapped[str] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"), index=True)
    written_on: Mapped[dt.date] = mapped_column(Date)
    author_role: Mapped[Role] = mapped_column(enum_column(Role), default=Role.MENTEE)
    body: Mapped[str] = mapped_column(Text, default="")

    decision: Mapped[Decision] = relationship(back_populates="addenda")

    @classmethod
    def document(cls, r: Any) -> tuple[str, str] | None:
        return None if r.deleted else (f"Addendum of {r.written_on.isoformat()}", r.body)

    @classmethod
    def target(cls, r: Any) -> tuple[str, str]:
        return "decision", r.decision_id
