"""The decision log as lists: whole (for reports and imports) or a window at a time (for the page)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, func, or_, select
from sqlalchemy.orm import Session

from mentordesk.domain import DecisionInfo, ReviewState, Visibility
from mentordesk.listing import DecisionQuery, DecisionTally
from mentordesk.services import listing
from mentordesk.services.base import Service
from mentordesk.services.tags import tags_of_records
from mentordesk.storage.models import Decision, ReviewComment, Tag, Tagging

KIND = "decision"

LIST_COLUMNS = (
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
    Decision.actual_outcome,
)

#: The orders a list may ask for by name; "" is the log's own, newest number first.
SORTS: dict[str, listing.Expression] = {
    "number": Decision.number,
    "title": Decision.title.collate("NOCASE"),
    "status": Decision.status,
    "review": Decision.review_state,
    "date": Decision.decided_on,
}


def info_of(
    record: Decision | Row[*tuple[Any, ...]], tags: tuple[str, ...] = (), comments: int = 0
) -> DecisionInfo:
    """From a Decision, or from a row of LIST_COLUMNS (lists skip loading the long text fields)."""
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
        revisited=record.actual_outcome is not None,
    )


def _tagged(pairing_id: str, name: ColumnElement[bool]) -> Any:
    """Ids of the pairing's decisions carrying a tag whose name meets `name`."""
    return (
        select(Tagging.record_id)
        .join(Tag, Tag.id == Tagging.tag_id)
        .where(
            Tagging.pairing_id == pairing_id, Tagging.record_kind == KIND, Tagging.deleted.is_(False), name
        )
    )


def _base(pairing_id: str, query: DecisionQuery) -> list[ColumnElement[bool]]:
    where = [Decision.pairing_id == pairing_id, Decision.deleted.is_(False)]
    if query.shared_only:
        where.append(Decision.visibility == Visibility.SHARED)
    return where


def _awaiting(query: DecisionQuery) -> list[ColumnElement[bool]]:
    assert query.awaiting is not None
    return [Decision.review_state == ReviewState.AWAITING_REVIEW, Decision.author_role != query.awaiting]


def _due(query: DecisionQuery) -> list[ColumnElement[bool]]:
    assert query.due_on is not None
    return [
        Decision.revisit_on.is_not(None),
        Decision.revisit_on <= query.due_on,
        Decision.actual_outcome.is_(None),
    ]


def _where(pairing_id: str, query: DecisionQuery) -> list[ColumnElement[bool]]:
    where = _base(pairing_id, query)
    if query.status is not None:
        where.append(Decision.status == query.status)
    if query.review_state is not None:
        where.append(Decision.review_state == query.review_state)
    if query.tag:
        where.append(Decision.id.in_(_tagged(pairing_id, Tag.name == query.tag)))
    if query.awaiting is not None:
        where.extend(_awaiting(query))
    if query.due_on is not None:
        where.extend(_due(query))
    text = query.text.strip()
    if text:
        matches = [
            Decision.title.icontains(text, autoescape=True),
            Decision.id.in_(_tagged(pairing_id, Tag.name.icontains(text, autoescape=True))),
        ]
        digits = text.upper().removeprefix("ADR-").lstrip("#0") or "0"
        if digits.isdigit() and len(digits) < 10:
            matches.append(Decision.number == int(digits))
        where.append(or_(*matches))
    return where


def _keys(query: DecisionQuery) -> list[listing.Key]:
    expression = SORTS.get(query.sort)
    if expression is None:
        return listing.ordered([(Decision.number, True)], Decision.id)
    return listing.ordered([(expression, query.descending)], Decision.id)


#: Rows a window names by id when it asks for their tags and comments; a longer list asks by its query.
BY_ID = 500


def listed(
    session: Session, rows: Sequence[Row[*tuple[Any, ...]]], chosen: Select[Any]
) -> list[DecisionInfo]:
    """Infos for rows of LIST_COLUMNS, with their tags and comment counts (two more queries); `chosen`
    selects the rows' ids (or more: it only narrows those two queries)."""
    if len(rows) <= BY_ID:
        chosen = select(Decision.id).where(Decision.id.in_([row.id for row in rows]))
    counts = dict(
        session.execute(
            select(ReviewComment.decision_id, func.count())
            .where(ReviewComment.decision_id.in_(chosen), ReviewComment.deleted.is_(False))
            .group_by(ReviewComment.decision_id)
        ).all()
    )
    tags = tags_of_records(session, KIND, chosen)
    return [info_of(row, tags.get(row.id, ()), counts.get(row.id, 0)) for row in rows]


class DecisionListing(Service):
    """The decision log's lists. The page reads a window at a time: `count`, `page`, `position`."""

    def list_decisions(self, pairing_id: str) -> list[DecisionInfo]:
        """Every live decision of the pairing, newest number first (reports, imports, exports)."""
        return self.page(pairing_id, DecisionQuery(), 0, -1)

    def page(self, pairing_id: str, query: DecisionQuery, offset: int, limit: int) -> list[DecisionInfo]:
        """The decisions matching `query`, in its order, from `offset`: at most `limit` (all when < 0)."""
        where, keys = _where(pairing_id, query), _keys(query)
        with self._db.read() as session:
            rows = listing.window(session, LIST_COLUMNS, where, keys, offset, limit)
            return listed(session, rows, select(Decision.id).where(*where))

    def count(self, pairing_id: str, query: DecisionQuery) -> int:
        with self._db.read() as session:
            return listing.count(session, Decision.id, _where(pairing_id, query))

    def position(self, pairing_id: str, query: DecisionQuery, decision_id: str) -> int | None:
        """Where the decision stands in the list `query` makes; None when the query leaves it out."""
        where, keys = _where(pairing_id, query), _keys(query)
        with self._db.read() as session:
            return listing.position(session, Decision.id, decision_id, where, keys)

    def tally(self, pairing_id: str, query: DecisionQuery) -> DecisionTally:
        """Of the pairing's decisions (shared ones only, when the query says so): how many there are, how
        many await `query.awaiting`'s review, how many are due for a revisit on `query.due_on`."""
        base = _base(pairing_id, query)
        with self._db.read() as session:
            total = listing.count(session, Decision.id, base)
            awaiting = (
                listing.count(session, Decision.id, [*base, *_awaiting(query)]) if query.awaiting else 0
            )
            due = listing.count(session, Decision.id, [*base, *_due(query)]) if query.due_on else 0
        return DecisionTally(total, awaiting, due)

    def tag_names(self, pairing_id: str, query: DecisionQuery) -> list[str]:
        """The names of the tags on the pairing's decisions (shared ones only, when the query says so)."""
        tagged = select(Decision.id).where(*_base(pairing_id, query))
        with self._db.read() as session:
            names = session.scalars(
                select(Tag.name)
                .distinct()
                .join(Tagging, Tagging.tag_id == Tag.id)
                .where(Tagging.record_kind == KIND, Tagging.deleted.is_(False), Tagging.record_id.in_(tagged))
            ).all()
        return sorted(names, key=str.casefold)
