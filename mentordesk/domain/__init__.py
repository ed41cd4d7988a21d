"""Plain values the whole app speaks: enums and frozen dataclasses.

Storage maps these enums to columns; services return the dataclasses; the UI shows them. Nothing here
knows about SQLAlchemy or Qt, so every layer may import it.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from importlib import import_module
from typing import TYPE_CHECKING

from mentordesk.wording import QT_TRANSLATE_NOOP, translate


class LabelledEnum(StrEnum):
    """A string enum whose values read as words once underscores are spaces ("awaiting_review")."""

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Visibility(StrEnum):
    SHARED = "shared"
    CONFIDENTIAL = "confidential"
    PRIVATE = "private"


EARLIEST_DAY = dt.date(1900, 1, 1)
LATEST_DAY = dt.date(2200, 12, 31)
"""Dates MentorDesk takes in from anywhere (a form, a CSV, an ADR file, a partner's export, the
command line): a history or a plan reaches no further, and every page can draw what lies between."""


def day_in_range(day: dt.date) -> bool:
    return EARLIEST_DAY <= day <= LATEST_DAY


def check_day(day: dt.date, what: str = "The date") -> dt.date:
    """`day` if it lies in the range MentorDesk takes; ValueError naming `what` if not."""
    if not day_in_range(day):
        raise ValueError(
            translate("domain", "{what} {isoformat} is outside {year}–{year2}.").format(
                what=what, isoformat=day.isoformat(), year=EARLIEST_DAY.year, year2=LATEST_DAY.year
            )
        )
    return day


MAX_TEXT_CHARS = 1_000_000
"""The longest text one field holds (a note, a description), typed here or received from a partner."""


_VISIBILITY_ORDER = (Visibility.SHARED, Visibility.CONFIDENTIAL, Visibility.PRIVATE)


def strictest(*values: Visibility) -> Visibility:
    """The visibility of what is made from, or hangs under, records of `values`: as hidden as the most
    hidden of them (an action item of a confidential session is confidential)."""
    return max(values, key=_VISIBILITY_ORDER.index, default=Visibility.SHARED)


def least_strict(*values: Visibility) -> Visibility:
    """As hidden as the least hidden of `values` (a tag's name, seen wherever one record it tags is)."""
    return min(values, key=_VISIBILITY_ORDER.index, default=Visibility.SHARED)


class Role(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"


class Cadence(StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"

    @property
    def interval_days(self) -> int:
        return {Cadence.WEEKLY: 7, Cadence.BIWEEKLY: 14, Cadence.MONTHLY: 30}[self]

    @property
    def sessions_per_month(self) -> float:
        return {Cadence.WEEKLY: 4.3, Cadence.BIWEEKLY: 2.15, Cadence.MONTHLY: 1.0}[self]


class PairingStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"


class CardKind(StrEnum):
    GOAL = "goal"
    MILESTONE = "milestone"
    TASK = "task"
    LEARNING = "learning"


class SessionKind(StrEnum):
    ONE_ON_ONE = "one_on_one"
    SHADOWING = "shadowing"
    INCIDENT_REVIEW = "incident_review"
    CALIBRATION = "calibration"
    PAIR_PROGRAMMING = "pair_programming"

    @property
    def label(self) -> str:
        return {
            SessionKind.ONE_ON_ONE: "1:1",
            SessionKind.SHADOWING: "Shadowing",
            SessionKind.INCIDENT_REVIEW: "Incident review",
            SessionKind.CALIBRATION: "Calibration",
            SessionKind.PAIR_PROGRAMMING: "Pair programming",
        }[self]


class DecisionStatus(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DEPRECATED = "deprecated"
    SUPERSEDED = "superseded"


class ReviewState(LabelledEnum):
    DRAFT = "draft"
    AWAITING_REVIEW = "awaiting_review"
    CHANGES_REQUESTED = "changes_requested"
    REVIEWED = "reviewed"
    IMPORTED = "imported"  # brought in from a team's ADR folder: written elsewhere, not reviewed here


class Outcome(LabelledEnum):
    HELD_UP = "held_up"
    PARTLY = "partly"
    DID_NOT_HOLD = "did_not_hold"
    SUPERSEDED = "superseded"


class Verdict(LabelledEnum):
    """How a reviewer answers a decision submitted for review."""

    APPROVE = "approve"
    REQUEST_CHANGES = "request_changes"
    DISCUSS = "discuss"

    @property
    def label(self) -> str:
        return {
            Verdict.APPROVE: "Approved",
            Verdict.REQUEST_CHANGES: "Changes requested",
            Verdict.DISCUSS: "Discuss in session",
        }[self]


class EventKind(LabelledEnum):
    DECISION = "decision"
    INCIDENT = "incident"
    MIGRATION = "migration"
    RELEASE = "release"
    REORGANISATION = "reorganisation"
    TECH_DEBT = "tech_debt"
    PERSON_JOINED = "person_joined"
    PERSON_LEFT = "person_left"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class RecordKind(LabelledEnum):
    """Kinds of record that search hits and generic links refer to."""

    CARD = "card"
    CHECKLIST_ITEM = "checklist_item"
    SESSION = "session"
    SESSION_NOTE = "session_note"
    AGENDA_ITEM = "agenda_item"
    ACTION_ITEM = "action_item"
    DECISION = "decision"
    COMMENT = "comment"
    ADDENDUM = "addendum"
    EVENT = "event"
    ERA = "era"

    @property
    def label(self) -> str:
        return "Archeology event" if self is RecordKind.EVENT else super().label


def adr_number(number: int) -> str:
    """How a decision's number reads everywhere: ADR-007."""
    return f"ADR-{number:03d}"


def format_fuzzy_date(day: dt.date, precision: DatePrecision) -> str:
    """Render a date only as exactly as it is known ("2019", "Q3 2019", "Mar 2019")."""
    if precision is DatePrecision.YEAR:
        return f"{day.year}"
    if precision is DatePrecision.QUARTER:
        return f"Q{(day.month - 1) // 3 + 1} {day.year}"
    if precision is DatePrecision.MONTH:
        return day.strftime("%b %Y")
    return day.isoformat()


def period_of(day: dt.date, precision: DatePrecision) -> tuple[dt.date, dt.date]:
    """The first and last day of the period a fuzzy date stands for (the day itself at day precision)."""
    if precision is DatePrecision.YEAR:
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if precision is DatePrecision.QUARTER:
        first_month = (day.month - 1) // 3 * 3 + 1
        start = dt.date(day.year, first_month, 1)
    elif precision is DatePrecision.MONTH:
        start = dt.date(day.year, day.month, 1)
    else:
        return day, day
    months = 3 if precision is DatePrecision.QUARTER else 1
    next_year, next_month = divmod(start.month - 1 + months, 12)
    return start, dt.date(start.year + next_year, next_month + 1, 1) - dt.timedelta(days=1)


DECISION_SECTIONS: dict[str, str] = {
    "context": QT_TRANSLATE_NOOP("Decision sections", "Context and problem statement"),
    "drivers": QT_TRANSLATE_NOOP("Decision sections", "Decision drivers"),
    "options": QT_TRANSLATE_NOOP("Decision sections", "Considered options"),
    "chosen_option": QT_TRANSLATE_NOOP("Decision sections", "Chosen option"),
    "rationale": QT_TRANSLATE_NOOP("Decision sections", "Why this option"),
    "consequences_good": QT_TRANSLATE_NOOP("Decision sections", "Good consequences"),
    "consequences_bad": QT_TRANSLATE_NOOP("Decision sections", "Bad consequences"),
    "consequences_other": QT_TRANSLATE_NOOP("Decision sections", "Other consequences"),
    "confirmation": QT_TRANSLATE_NOOP("Decision sections", "Confirmation"),
    "expected_outcome": QT_TRANSLATE_NOOP("Decision sections", "Expected outcome"),
    "notes": QT_TRANSLATE_NOOP("Decision sections", "Notes"),
}
"""The sections of a decision record in reading order, by field name: review comments anchor to these."""

DIFF_SECTIONS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Decision sections", "Title"),
    **DECISION_SECTIONS,
}
"""What a diff between two revisions compares, with the heading each part goes under."""

SUBMITTABLE_STATES = frozenset(
    {ReviewState.DRAFT, ReviewState.CHANGES_REQUESTED, ReviewState.REVIEWED, ReviewState.IMPORTED}
)
"""Review states from which the author may submit (again)."""

LOCKED_STATUSES = frozenset({DecisionStatus.ACCEPTED, DecisionStatus.DEPRECATED, DecisionStatus.SUPERSEDED})


# The records' dataclasses are in modules of their own (people, hits, board, sessions, decisions,
# timeline), each made when one of its names is first asked for: making all of them took 40–70 ms
# before the window's first paint, which needs a few.
_PARTS = {
    "people": ("PersonInfo", "PairingInfo", "NewPairing", "PairingEdit"),
    "hits": ("SearchHit",),
    "board": ("ColumnInfo", "CardInfo", "CardDraft", "ChecklistEntry", "CardFilter", "LinkInfo"),
    "sessions": (
        "ActionItemInfo",
        "AgendaItemInfo",
        "AgendaPoint",
        "SessionInfo",
        "SessionsAround",
        "SessionDetail",
        "SessionTemplateInfo",
    ),
    "decisions": (
        "ConsideredOption",
        "DecisionInfo",
        "CommentInfo",
        "DecisionDraft",
        "AddendumInfo",
        "RevisionInfo",
        "DecisionDetail",
        "SectionDiff",
        "RevisitSummary",
        "DecisionTemplate",
    ),
    "timeline": (
        "ComponentInfo",
        "EraInfo",
        "EventMark",
        "EventInfo",
        "EventText",
        "EventDraft",
        "TimelineImportReport",
    ),
}
_PART_OF = {name: part for part, names in _PARTS.items() for name in names}


def __getattr__(name: str) -> object:
    part = _PART_OF.get(name)
    if part is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{part}"), name)
    globals()[name] = value  # found directly from now on
    return value


if TYPE_CHECKING:
    from mentordesk.domain.board import (
        CardDraft,
        CardFilter,
        CardInfo,
        ChecklistEntry,
        ColumnInfo,
        LinkInfo,
    )
    from mentordesk.domain.decisions import (
        AddendumInfo,
        CommentInfo,
        ConsideredOption,
        DecisionDetail,
        DecisionDraft,
        DecisionInfo,
        DecisionTemplate,
        RevisionInfo,
        RevisitSummary,
        SectionDiff,
    )
    from mentordesk.domain.hits import (
        SearchHit,
    )
    from mentordesk.domain.people import (
        NewPairing,
        PairingEdit,
        PairingInfo,
        PersonInfo,
    )
    from mentordesk.domain.sessions import (
        ActionItemInfo,
        AgendaItemInfo,
        AgendaPoint,
        SessionDetail,
        SessionInfo,
        SessionsAround,
        SessionTemplateInfo,
    )
    from mentordesk.domain.timeline import (
        ComponentInfo,
        EraInfo,
        EventDraft,
        EventInfo,
        EventMark,
        EventText,
        TimelineImportReport,
    )

__all__ = [
    "DECISION_SECTIONS",
    "DIFF_SECTIONS",
    "EARLIEST_DAY",
    "LATEST_DAY",
    "LOCKED_STATUSES",
    "MAX_TEXT_CHARS",
    "SUBMITTABLE_STATES",
    "ActionItemInfo",
    "AddendumInfo",
    "AgendaItemInfo",
    "AgendaPoint",
    "Cadence",
    "CardDraft",
    "CardFilter",
    "CardInfo",
    "CardKind",
    "ChecklistEntry",
    "ColumnInfo",
    "CommentInfo",
    "ComponentInfo",
    "ConsideredOption",
    "DatePrecision",
    "DecisionDetail",
    "DecisionDraft",
    "DecisionInfo",
    "DecisionStatus",
    "DecisionTemplate",
    "EraInfo",
    "EventDraft",
    "EventInfo",
    "EventKind",
    "EventMark",
    "EventText",
    "LabelledEnum",
    "LinkInfo",
    "NewPairing",
    "Outcome",
    "PairingEdit",
    "PairingInfo",
    "PairingStatus",
    "PersonInfo",
    "RecordKind",
    "ReviewState",
    "RevisionInfo",
    "RevisitSummary",
    "Role",
    "SearchHit",
    "SectionDiff",
    "SessionDetail",
    "SessionInfo",
    "SessionKind",
    "SessionTemplateInfo",
    "SessionsAround",
    "TimelineImportReport",
    "Verdict",
    "Visibility",
    "adr_number",
    "check_day",
    "day_in_range",
    "format_fuzzy_date",
    "least_strict",
    "period_of",
    "strictest",
]
