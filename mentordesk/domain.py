"""Plain values the whole app speaks: enums and frozen dataclasses.

Storage maps these enums to columns; services return the dataclasses; the UI shows them. Nothing here
knows about SQLAlchemy or Qt, so every layer may import it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose values read as words once underscores are spaces ("awaiting_review")."""

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Visibility(StrEnum):
    SHARED = "shared"
    CONFIDENTIAL = "confidential"
    PRIVATE = "private"


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


@dataclass(frozen=True)
class PersonInfo:
    id: str
    name: str
    email: str = ""


@dataclass(frozen=True)
class PairingInfo:
    id: str
    name: str
    mentor: PersonInfo
    mentee: PersonInfo
    my_role: Role | None
    start_date: dt.date
    cadence: Cadence
    status: PairingStatus
    goals: str = ""

    @property
    def partner(self) -> PersonInfo:
        return self.mentee if self.my_role is Role.MENTOR else self.mentor

    def day_number(self, today: dt.date) -> int:
        """Day of the 90-day plan, counting the start date as day 1."""
        return (today - self.start_date).days + 1


@dataclass(frozen=True)
class NewPairing:
    """What the welcome flow collects."""

    my_name: str
    my_role: Role
    partner_name: str
    start_date: dt.date
    cadence: Cadence
    goals: str = ""


@dataclass(frozen=True)
class ColumnInfo:
    id: str
    title: str
    position: float
    wip_limit: int | None
    first_day: int | None
    last_day: int | None
    is_done: bool


@dataclass(frozen=True)
class CardInfo:
    id: str
    column_id: str
    title: str
    kind: CardKind
    owner: Role
    visibility: Visibility
    position: float
    due_date: dt.date | None = None
    description: str = ""
    competencies: tuple[str, ...] = ()
    checklist_done: int = 0
    checklist_total: int = 0
    reached_on: dt.date | None = None
    archived: bool = False


@dataclass(frozen=True)
class ActionItemInfo:
    id: str
    session_id: str
    text: str
    owner: Role
    due_date: dt.date | None
    done: bool
    visibility: Visibility

    def is_overdue(self, today: dt.date) -> bool:
        return not self.done and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class AgendaItemInfo:
    id: str
    text: str
    added_by: Role
    discussed: bool


@dataclass(frozen=True)
class SessionInfo:
    id: str
    starts_at: dt.datetime
    duration_minutes: int
    kind: SessionKind
    title: str
    visibility: Visibility
    open_actions: int = 0
    notes: str = ""  # filled in by SessionService.detail(); lists leave it empty
    feedback_rating: int | None = None


@dataclass(frozen=True)
class SessionDetail:
    session: SessionInfo
    agenda: tuple[AgendaItemInfo, ...]
    actions: tuple[ActionItemInfo, ...]
    private_notes: tuple[str, ...]
    feedback_comment: str = ""


@dataclass(frozen=True)
class ConsideredOption:
    title: str
    good: tuple[str, ...] = ()
    neutral: tuple[str, ...] = ()
    bad: tuple[str, ...] = ()


@dataclass(frozen=True)
class DecisionInfo:
    id: str
    number: int
    title: str
    decided_on: dt.date
    status: DecisionStatus
    review_state: ReviewState
    author_role: Role
    visibility: Visibility
    confidence: int | None = None
    revisit_on: dt.date | None = None
    tags: tuple[str, ...] = ()
    comment_count: int = 0


@dataclass(frozen=True)
class CommentInfo:
    id: str
    author_role: Role
    body: str
    section: str | None
    created_at: dt.datetime
    visibility: Visibility
    parent_id: str | None = None
    is_principle: bool = False


@dataclass(frozen=True)
class DecisionDetail:
    decision: DecisionInfo
    context: str = ""
    drivers: str = ""
    options: tuple[ConsideredOption, ...] = ()
    chosen_option: str = ""
    rationale: str = ""
    consequences_good: str = ""
    consequences_bad: str = ""
    confirmation: str = ""
    expected_outcome: str = ""
    actual_outcome: Outcome | None = None
    actual_outcome_note: str = ""
    supersedes: str | None = None
    superseded_by: tuple[str, ...] = ()
    comments: tuple[CommentInfo, ...] = ()


@dataclass(frozen=True)
class ComponentInfo:
    id: str
    name: str
    colour: str


@dataclass(frozen=True)
class EraInfo:
    id: str
    name: str
    starts_on: dt.date
    ends_on: dt.date | None
    colour: str
    description: str = ""


@dataclass(frozen=True)
class EventInfo:
    id: str
    title: str
    kind: EventKind
    occurred_on: dt.date
    precision: DatePrecision
    visibility: Visibility
    components: tuple[str, ...] = ()
    why: str = ""
    lessons: str = ""
    sources: tuple[str, ...] = ()
    people: str = ""
    causes: tuple[str, ...] = field(default=())

    @property
    def when(self) -> str:
        return format_fuzzy_date(self.occurred_on, self.precision)


@dataclass(frozen=True)
class SearchHit:
    kind: RecordKind
    record_id: str
    title: str
    snippet: str
    open_kind: RecordKind
    open_id: str
    pairing_id: str
    visibility: Visibility


@dataclass(frozen=True)
class CardDraft:
    """The editable fields of a card, as the editor collects them."""

    title: str
    kind: CardKind = CardKind.TASK
    owner: Role = Role.MENTEE
    due_date: dt.date | None = None
    description: str = ""
    visibility: Visibility = Visibility.SHARED
    competencies: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChecklistEntry:
    id: str
    text: str
    done: bool


@dataclass(frozen=True)
class CardFilter:
    """What the board shows; the default shows everything."""

    text: str = ""
    owner: Role | None = None
    kind: CardKind | None = None
    competency: str | None = None
    overdue_only: bool = False
    hide_done: bool = False


@dataclass(frozen=True)
class LinkInfo:
    """A record linked to the one on screen; `id` is the link's own id (None for a candidate target)."""

    kind: RecordKind
    record_id: str
    title: str
    id: str | None = None


@dataclass(frozen=True)
class SessionTemplateInfo:
    """A template for a new session: built in (from resources) or the user's own (`id` set)."""

    name: str
    kind: SessionKind
    agenda: tuple[str, ...]
    notes: str
    id: str | None = None

    @property
    def built_in(self) -> bool:
        return self.id is None
