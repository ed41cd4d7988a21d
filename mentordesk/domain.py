"""Plain values the whole app speaks: enums and frozen dataclasses.

Storage maps these enums to columns; services return the dataclasses; the UI shows them. Nothing here
knows about SQLAlchemy or Qt, so every layer may import it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

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
    def acting_role(self) -> Role:
        """The role this copy of the app writes as: my role, or the mentor's when it is not known."""
        return self.my_role or Role.MENTOR

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
    competencies: tuple[str, ...] = ()
    name: str = ""  # empty: "Mentor & Mentee"


@dataclass(frozen=True)
class PairingEdit:
    """A pairing's fields as its form shows them: every one can change after creation."""

    name: str
    my_name: str
    my_role: Role
    partner_name: str
    start_date: dt.date
    cadence: Cadence
    goals: str = ""
    competencies: tuple[str, ...] = ()


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
    recorded_at: dt.datetime | None = None  # when its session began; given where the list mixes sessions

    def is_overdue(self, today: dt.date) -> bool:
        return not self.done and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class AgendaItemInfo:
    id: str
    text: str
    added_by: Role
    discussed: bool
    visibility: Visibility = Visibility.SHARED
    carried_from: str | None = None  # the open action item this point carries forward


@dataclass(frozen=True)
class AgendaPoint:
    """A talking point drafted from records (an overdue action, a decision to review): as hidden as the
    most hidden of them, so it is never shown or exported where they would not be."""

    text: str
    visibility: Visibility = Visibility.SHARED


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
class SessionsAround:
    """The sessions either side of a moment: the next one planned and the last one held."""

    next: SessionInfo | None
    last: SessionInfo | None


@dataclass(frozen=True)
class SessionDetail:
    session: SessionInfo
    agenda: tuple[AgendaItemInfo, ...]
    actions: tuple[ActionItemInfo, ...]
    private_notes: tuple[str, ...]
    feedback_comment: str = ""
    #: action items of earlier sessions that are still open: this session carries them
    carried: tuple[ActionItemInfo, ...] = ()


@dataclass(frozen=True)
class ConsideredOption:
    title: str
    good: tuple[str, ...] = ()
    neutral: tuple[str, ...] = ()
    bad: tuple[str, ...] = ()
    description: str = ""  # Markdown under the option that is not a good/neutral/bad argument
    link: str = ""  # where the option's name points, when the file wrote it as a link


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
    revisited: bool = False

    def revisit_due(self, today: dt.date) -> bool:
        return self.revisit_on is not None and self.revisit_on <= today and not self.revisited

    def awaits_review_by(self, reviewer: Role) -> bool:
        """Submitted for review by the other side of the pairing."""
        return self.review_state is ReviewState.AWAITING_REVIEW and self.author_role is not reviewer


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
    verdict: Verdict | None = None


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


@dataclass(frozen=True)
class DecisionDraft:
    """Everything the author writes in a decision record, as the editor collects it."""

    title: str
    decided_on: dt.date
    context: str = ""
    drivers: str = ""
    options: tuple[ConsideredOption, ...] = ()
    chosen_option: str = ""
    rationale: str = ""
    consequences_good: str = ""
    consequences_bad: str = ""
    consequences_other: str = ""
    confirmation: str = ""
    expected_outcome: str = ""
    notes: str = ""
    confidence: int | None = None
    revisit_on: dt.date | None = None
    tags: tuple[str, ...] = ()
    visibility: Visibility = Visibility.SHARED

    def text_of(self, section: str) -> str:
        """A section as plain text (options one per paragraph with their arguments), for diffs."""
        if section != "options":
            return str(getattr(self, section))
        blocks = []
        for option in self.options:
            lines = [option.title]
            lines += [f"  {line}" for line in option.description.splitlines()]
            lines += [f"  Good: {x}" for x in option.good]
            lines += [f"  Neutral: {x}" for x in option.neutral]
            lines += [f"  Bad: {x}" for x in option.bad]
            blocks.append("\n".join(lines))
        return "\n".join(blocks)


@dataclass(frozen=True)
class AddendumInfo:
    id: str
    written_on: dt.date
    author_role: Role
    body: str


@dataclass(frozen=True)
class RevisionInfo:
    number: int
    submitted_at: dt.datetime
    note: str = ""


@dataclass(frozen=True)
class DecisionDetail:
    decision: DecisionInfo
    draft: DecisionDraft
    actual_outcome: Outcome | None = None
    actual_outcome_note: str = ""
    revisited_on: dt.date | None = None
    supersedes: str | None = None
    superseded_by: tuple[str, ...] = ()
    amends: str | None = None
    amended_by: tuple[str, ...] = ()
    # links an ADR file brought beyond those: (kind, the decision linked to or None when it is not in the
    # log, the target as the file wrote it)
    more_links: tuple[tuple[str, str | None, str], ...] = ()
    source: str = ""  # where an imported record came from, in words
    comments: tuple[CommentInfo, ...] = ()
    addenda: tuple[AddendumInfo, ...] = ()
    revisions: tuple[RevisionInfo, ...] = ()

    @property
    def locked(self) -> bool:
        """Accepted records (and what became of them) keep their text; only status, outcome and addenda
        change."""
        return self.decision.status in LOCKED_STATUSES


LOCKED_STATUSES = frozenset({DecisionStatus.ACCEPTED, DecisionStatus.DEPRECATED, DecisionStatus.SUPERSEDED})


@dataclass(frozen=True)
class SectionDiff:
    """One section's lines between two versions: (" ", kept), ("-", removed), ("+", added)."""

    section: str
    lines: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class RevisitSummary:
    """How a pairing's decisions fared when they were revisited."""

    due: int
    revisited: int
    outcomes: dict[Outcome, int]
    median_days_to_review: float | None


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
class EventMark:
    """An event as the timeline draws it: where, what kind, in which lanes, caused by which events."""

    id: str
    title: str
    kind: EventKind
    occurred_on: dt.date
    precision: DatePrecision
    visibility: Visibility
    components: tuple[str, ...] = ()
    causes: tuple[str, ...] = field(default=())

    @property
    def when(self) -> str:
        return format_fuzzy_date(self.occurred_on, self.precision)


@dataclass(frozen=True)
class EventInfo(EventMark):
    """A whole event: its mark on the timeline and its story."""

    why: str = ""
    lessons: str = ""
    sources: tuple[str, ...] = ()
    people: str = ""


@dataclass(frozen=True)
class EventText:
    """What the timeline's filter searches in an event: its title and story, case-folded."""

    id: str
    visibility: Visibility  # so that Review mode leaves out what it hides, as it does the event
    words: str


@dataclass(frozen=True)
class EventDraft:
    """What the event form edits; `occurred_on` is moved to the start of its period when stored."""

    title: str
    occurred_on: dt.date
    kind: EventKind = EventKind.DECISION
    precision: DatePrecision = DatePrecision.DAY
    components: tuple[str, ...] = ()
    why: str = ""
    lessons: str = ""
    sources: tuple[str, ...] = ()
    people: str = ""
    visibility: Visibility = Visibility.SHARED


@dataclass(frozen=True)
class TimelineImportReport:
    """What a CSV or git import did: rows or refs added, already present, and rejected (with why)."""

    added: int
    already_present: int
    components_created: tuple[str, ...] = ()
    rejected: tuple[str, ...] = ()  # "line 7: the date “2019-13” is not a date"
    unread: int = 0  # rows or refs not reached because Cancel was pressed
    notes: tuple[str, ...] = ()  # what the source held that is left out by design, or why nothing was added

    def summary(self) -> str:
        noun = "event" if self.added == 1 else "events"
        text = f"{self.added} {noun} added, {self.already_present} already present"
        if self.rejected:
            text += f", {len(self.rejected)} rejected"
        if self.unread:
            text = (
                f"Cancelled with {self.unread} rows or refs not read yet. Importing the same source "
                f"again adds them and skips what is already there.\n{text}"
            )
        if self.components_created:
            text += f"; new components: {', '.join(self.components_created)}"
        return text + "".join(f"\n  {why}" for why in (*self.rejected, *self.notes))


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
    visibility: Visibility = Visibility.SHARED  # its card's


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
    visibility: Visibility = Visibility.SHARED  # the linked record's


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


@dataclass(frozen=True)
class DecisionTemplate:
    """A way to start a decision: the sections it shows (field name → prompt), in order."""

    name: str
    prompts: dict[str, str]
