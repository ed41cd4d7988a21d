"""What a long list asks its service for: which rows, in which order, a window at a time.

A list the user scrolls (decisions, sessions) holds only the rows on screen and near it. It asks its service
how many rows match a query, for the rows from one offset, and where a given record stands, so a list of
25,000 rows costs what one of a few hundred does. These are plain values, so every layer may import them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentordesk.domain import DecisionStatus, ReviewState, Role


@dataclass(frozen=True)
class ListQuery:
    """The rows of one pairing a list shows.

    `text` keeps rows whose title (or, for decisions, number or a tag) contains it, ignoring case; `sort`
    names one of the service's orders ("" is its usual one); `shared_only` keeps shared records only, which
    Review mode sets on every query it passes on."""

    text: str = ""
    sort: str = ""
    descending: bool = False
    shared_only: bool = False


@dataclass(frozen=True)
class DecisionQuery(ListQuery):
    status: DecisionStatus | None = None
    review_state: ReviewState | None = None
    tag: str = ""
    awaiting: Role | None = None
    """Only decisions submitted for this role's review (by the other side of the pairing)."""
    due_on: dt.date | None = None
    """Only decisions whose revisit is due on this day and not done yet."""


@dataclass(frozen=True)
class SessionQuery(ListQuery):
    now: dt.datetime | None = None
    """The moment that splits upcoming sessions from held ones (the usual order lists upcoming sessions
    soonest first, then held ones latest first)."""


@dataclass(frozen=True)
class DecisionTally:
    """Counts the Decisions page's title line shows, over every decision of the pairing it may show."""

    total: int
    awaiting: int
    due: int


@dataclass(frozen=True)
class SessionTally:
    held: int
    upcoming: int
