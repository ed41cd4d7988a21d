"""The decision log: records with their MADR sections, review threads and revisit dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, func, select

from mentordesk.domain import (
    CommentInfo,
    ConsideredOption,
    DecisionDetail,
    DecisionInfo,
    DecisionStatus,
    Outcome,
    ReviewState,
    Role,
    Visibility,
)
from mentordesk.services.base import NotFoundError, Service, get_live, live
from mentordesk.services.tags import set_tags, tags_of_pairing, tags_of_record
from mentordesk.storage.models import Decision, ReviewComment

KIND = "decision"


_LIST_COLUMNS = (
    Decision.id,
    Decision.number,
    Decision.title,
    Decision.decided_on,
    Decision.status,
    Decision.review_state,
    Decision.author_role,
    Decision.visibility,
    Decision.confidence,
    Decision.revisit_on,
)


def _info(
    record: Decision | Row[*tuple[Any, ...]], tags: tuple[str, ...] = (), comments: int = 0
) -> DecisionInfo:
    """From a Decision, or from a row of _LIST_COLUMNS (lists skip loading the long text fields)."""
    return DecisionInfo(
        id=record.id,
        number=record.number,
        title=record.title,
        decided_on=record.decided_on,
        status=record.status,
        review_state=record.review_state,
        author_role=record.author_role,
        visibility=record.visibility,
        confidence=record.confidence,
        revisit_on=record.revisit_on,
        tags=tags,
        comment_count=comments,
    )


def _option(raw: dict[str, Any]) -> ConsideredOption:
    return ConsideredOption(
        title=str(raw.get("title", "")),
        good=tuple(str(x) for x in raw.get("good", [])),
        neutral=tuple(str(x) for x in raw.get("neutral", [])),
        bad=tuple(str(x) for x in raw.get("bad", [])),
    )


def _comment(record: ReviewComment) -> CommentInfo:
    return CommentInfo(
        id=record.id,
        author_role=record.author_role,
        body=record.body,
        section=record.section,
        created_at=record.created_at,
        visibility=record.visibility,
        parent_id=record.parent_id,
        is_principle=record.is_principle,
    )


class DecisionService(Service):
    def list_decisions(self, pairing_id: str) -> list[DecisionInfo]:
        """The pairing's decisions, newest number first."""
        with self._db.read() as session:
            rows = session.execute(
                select(*_LIST_COLUMNS)
                .where(Decision.pairing_id == pairing_id, Decision.deleted.is_(False))
                .order_by(Decision.number.desc())
            ).all()
            counts = dict(
                session.execute(
                    select(ReviewComment.decision_id, func.count())
                    .where(ReviewComment.pairing_id == pairing_id, ReviewComment.deleted.is_(False))
                    .group_by(ReviewComment.decision_id)
                ).all()
            )
            tags = tags_of_pairing(session, KIND, pairing_id)
            return [_info(r, tags.get(r.id, ()), counts.get(r.id, 0)) for r in rows]

    def detail(self, decision_id: str) -> DecisionDetail:
        with self._db.read() as session:
            record = get_live(session, Decision, decision_id)
            comments = [c for c in record.comments if not c.deleted]
            supersedes = session.get(Decision, record.supersedes_id) if record.supersedes_id else None
            superseded_by = session.scalars(
                live(Decision).where(Decision.supersedes_id == record.id).order_by(Decision.number)
            )
            return DecisionDetail(
                decision=_info(record, tags_of_record(session, KIND, record.id), len(comments)),
                context=record.context,
                drivers=record.drivers,
                options=tuple(_option(o) for o in record.options or []),
                chosen_option=record.chosen_option,
                rationale=record.rationale,
                consequences_good=record.consequences_good,
                consequences_bad=record.consequences_bad,
                confirmation=record.confirmation,
                expected_outcome=record.expected_outcome,
                actual_outcome=record.actual_outcome,
                actual_outcome_note=record.actual_outcome_note,
                supersedes=None if supersedes is None else supersedes.id,
                superseded_by=tuple(d.id for d in superseded_by),
                comments=tuple(_comment(c) for c in comments),
            )

    def number_to_id(self, pairing_id: str, number: int) -> str:
        with self._db.read() as session:
            found = session.scalar(
                select(Decision.id).where(Decision.pairing_id == pairing_id, Decision.number == number)
            )
            if found is None:
                raise NotFoundError(f"no decision number {number}")
            return found

    def awaiting_review_by(self, pairing_id: str, reviewer: Role) -> list[DecisionInfo]:
        """Decisions submitted for review by the other side of the pairing."""
        return [
            d
            for d in self.list_decisions(pairing_id)
            if d.review_state is ReviewState.AWAITING_REVIEW and d.author_role is not reviewer
        ]

    def revisit_due(self, pairing_id: str, today: dt.date) -> list[DecisionInfo]:
        with self._db.read() as session:
            rows = session.execute(
                select(*_LIST_COLUMNS)
                .where(
                    Decision.pairing_id == pairing_id,
                    Decision.deleted.is_(False),
                    Decision.revisit_on.is_not(None),
                    Decision.revisit_on <= today,
                    Decision.actual_outcome.is_(None),
                )
                .order_by(Decision.revisit_on)
            )
            return [_info(r) for r in rows]

    def add_decision(
        self,
        pairing_id: str,
        title: str,
        decided_on: dt.date,
        *,
        number: int | None = None,
        status: DecisionStatus = DecisionStatus.PROPOSED,
        review_state: ReviewState = ReviewState.DRAFT,
        author_role: Role = Role.MENTEE,
        visibility: Visibility = Visibility.SHARED,
        options: Sequence[ConsideredOption] = (),
        tags: Sequence[str] = (),
        supersedes_id: str | None = None,
        confidence: int | None = None,
        revisit_on: dt.date | None = None,
        actual_outcome: Outcome | None = None,
        **sections: str,
    ) -> str:
        """Record a decision; `sections` are the MADR text fields (context, drivers, rationale, ...)."""
        if confidence is not None and not 1 <= confidence <= 5:
            raise ValueError("Confidence goes from 1 to 5.")
        unknown = set(sections) - _TEXT_SECTIONS
        if unknown:
            raise ValueError(f"Unknown decision sections: {', '.join(sorted(unknown))}")
        with self._db.write() as session:
            if number is None:
                number = (
                    session.scalar(select(func.max(Decision.number)).where(Decision.pairing_id == pairing_id))
                    or 0
                ) + 1
            record = Decision(
                pairing_id=pairing_id,
                number=number,
                title=title,
                decided_on=decided_on,
                status=status,
                review_state=review_state,
                author_role=author_role,
                visibility=visibility,
                options=[
                    {"title": o.title, "good": list(o.good), "neutral": list(o.neutral), "bad": list(o.bad)}
                    for o in options
                ],
                supersedes_id=supersedes_id,
                confidence=confidence,
                revisit_on=revisit_on,
                actual_outcome=actual_outcome,
                **sections,
            )
            session.add(record)
            session.flush()
            if supersedes_id is not None:
                get_live(session, Decision, supersedes_id).status = DecisionStatus.SUPERSEDED
            set_tags(session, pairing_id, KIND, record.id, tags)
            return record.id

    def add_comment(
        self,
        decision_id: str,
        body: str,
        *,
        author_role: Role = Role.MENTOR,
        section: str | None = None,
        parent_id: str | None = None,
        is_principle: bool = False,
        visibility: Visibility = Visibility.SHARED,
        created_at: dt.datetime | None = None,
    ) -> str:
        with self._db.write() as session:
            decision = get_live(session, Decision, decision_id)
            comment = ReviewComment(
                pairing_id=decision.pairing_id,
                decision_id=decision_id,
                body=body,
                author_role=author_role,
                section=section,
                parent_id=parent_id,
                is_principle=is_principle,
                visibility=visibility,
            )
            if created_at is not None:
                comment.created_at = created_at
            session.add(comment)
            session.flush()
            return comment.id


_TEXT_SECTIONS = {
    "context",
    "drivers",
    "chosen_option",
    "rationale",
    "consequences_good",
    "consequences_bad",
    "confirmation",
    "expected_outcome",
    "actual_outcome_note",
}
