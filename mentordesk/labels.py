"""The names the window gives the domain's values (roles, kinds, states, outcomes…), translated.

The domain names its values in English for storage and files (mentordesk.domain); the window shows them
through `label()` (on their own: a list, a combo box, a heading) or `word()` (inside a sentence: "by the
mentor", "weekly cadence"), so that a translation names them too. Each English text is marked here for
the catalogue; tests/test_translatable_source.py checks that every value has its entry."""

from __future__ import annotations

from enum import StrEnum

from mentordesk.domain import (
    DECISION_SECTIONS,
    DIFF_SECTIONS,
    Cadence,
    CardKind,
    DatePrecision,
    DecisionStatus,
    EventKind,
    Outcome,
    PairingStatus,
    RecordKind,
    ReviewState,
    Role,
    SessionKind,
    Verdict,
    Visibility,
)
from mentordesk.wording import QT_TRANSLATE_NOOP, translate

LABEL = "Labels"
SECTION = "Decision sections"  # the context domain.DECISION_SECTIONS marks its titles in
WORD = "Labels in a sentence"

_LABELS: dict[StrEnum, str] = {
    Visibility.SHARED: QT_TRANSLATE_NOOP(LABEL, "Shared"),
    Visibility.CONFIDENTIAL: QT_TRANSLATE_NOOP(LABEL, "Confidential"),
    Visibility.PRIVATE: QT_TRANSLATE_NOOP(LABEL, "Private"),
    Role.MENTOR: QT_TRANSLATE_NOOP(LABEL, "Mentor"),
    Role.MENTEE: QT_TRANSLATE_NOOP(LABEL, "Mentee"),
    Cadence.WEEKLY: QT_TRANSLATE_NOOP(LABEL, "Weekly"),
    Cadence.BIWEEKLY: QT_TRANSLATE_NOOP(LABEL, "Biweekly"),
    Cadence.MONTHLY: QT_TRANSLATE_NOOP(LABEL, "Monthly"),
    PairingStatus.ACTIVE: QT_TRANSLATE_NOOP(LABEL, "Active"),
    PairingStatus.PAUSED: QT_TRANSLATE_NOOP(LABEL, "Paused"),
    PairingStatus.COMPLETED: QT_TRANSLATE_NOOP(LABEL, "Completed"),
    CardKind.GOAL: QT_TRANSLATE_NOOP(LABEL, "Goal"),
    CardKind.MILESTONE: QT_TRANSLATE_NOOP(LABEL, "Milestone"),
    CardKind.TASK: QT_TRANSLATE_NOOP(LABEL, "Task"),
    CardKind.LEARNING: QT_TRANSLATE_NOOP(LABEL, "Learning"),
    SessionKind.ONE_ON_ONE: QT_TRANSLATE_NOOP(LABEL, "1:1"),
    SessionKind.SHADOWING: QT_TRANSLATE_NOOP(LABEL, "Shadowing"),
    SessionKind.INCIDENT_REVIEW: QT_TRANSLATE_NOOP(LABEL, "Incident review"),
    SessionKind.CALIBRATION: QT_TRANSLATE_NOOP(LABEL, "Calibration"),
    SessionKind.PAIR_PROGRAMMING: QT_TRANSLATE_NOOP(LABEL, "Pair programming"),
    DecisionStatus.PROPOSED: QT_TRANSLATE_NOOP(LABEL, "Proposed"),
    DecisionStatus.ACCEPTED: QT_TRANSLATE_NOOP(LABEL, "Accepted"),
    DecisionStatus.REJECTED: QT_TRANSLATE_NOOP(LABEL, "Rejected"),
    DecisionStatus.DEPRECATED: QT_TRANSLATE_NOOP(LABEL, "Deprecated"),
    DecisionStatus.SUPERSEDED: QT_TRANSLATE_NOOP(LABEL, "Superseded"),
    ReviewState.DRAFT: QT_TRANSLATE_NOOP(LABEL, "Draft"),
    ReviewState.AWAITING_REVIEW: QT_TRANSLATE_NOOP(LABEL, "Awaiting review"),
    ReviewState.CHANGES_REQUESTED: QT_TRANSLATE_NOOP(LABEL, "Changes requested"),
    ReviewState.REVIEWED: QT_TRANSLATE_NOOP(LABEL, "Reviewed"),
    ReviewState.IMPORTED: QT_TRANSLATE_NOOP(LABEL, "Imported"),
    Outcome.HELD_UP: QT_TRANSLATE_NOOP(LABEL, "Held up"),
    Outcome.PARTLY: QT_TRANSLATE_NOOP(LABEL, "Partly"),
    Outcome.DID_NOT_HOLD: QT_TRANSLATE_NOOP(LABEL, "Did not hold"),
    Outcome.SUPERSEDED: QT_TRANSLATE_NOOP(LABEL, "Superseded"),
    Verdict.APPROVE: QT_TRANSLATE_NOOP(LABEL, "Approved"),
    Verdict.REQUEST_CHANGES: QT_TRANSLATE_NOOP(LABEL, "Changes requested"),
    Verdict.DISCUSS: QT_TRANSLATE_NOOP(LABEL, "Discuss in session"),
    EventKind.DECISION: QT_TRANSLATE_NOOP(LABEL, "Decision"),
    EventKind.INCIDENT: QT_TRANSLATE_NOOP(LABEL, "Incident"),
    EventKind.MIGRATION: QT_TRANSLATE_NOOP(LABEL, "Migration"),
    EventKind.RELEASE: QT_TRANSLATE_NOOP(LABEL, "Release"),
    EventKind.REORGANISATION: QT_TRANSLATE_NOOP(LABEL, "Reorganisation"),
    EventKind.TECH_DEBT: QT_TRANSLATE_NOOP(LABEL, "Tech debt"),
    EventKind.PERSON_JOINED: QT_TRANSLATE_NOOP(LABEL, "Person joined"),
    EventKind.PERSON_LEFT: QT_TRANSLATE_NOOP(LABEL, "Person left"),
    DatePrecision.DAY: QT_TRANSLATE_NOOP(LABEL, "Day"),
    DatePrecision.MONTH: QT_TRANSLATE_NOOP(LABEL, "Month"),
    DatePrecision.QUARTER: QT_TRANSLATE_NOOP(LABEL, "Quarter"),
    DatePrecision.YEAR: QT_TRANSLATE_NOOP(LABEL, "Year"),
    RecordKind.CARD: QT_TRANSLATE_NOOP(LABEL, "Card"),
    RecordKind.CHECKLIST_ITEM: QT_TRANSLATE_NOOP(LABEL, "Checklist item"),
    RecordKind.SESSION: QT_TRANSLATE_NOOP(LABEL, "Session"),
    RecordKind.SESSION_NOTE: QT_TRANSLATE_NOOP(LABEL, "Session note"),
    RecordKind.AGENDA_ITEM: QT_TRANSLATE_NOOP(LABEL, "Agenda item"),
    RecordKind.ACTION_ITEM: QT_TRANSLATE_NOOP(LABEL, "Action item"),
    RecordKind.DECISION: QT_TRANSLATE_NOOP(LABEL, "Decision"),
    RecordKind.COMMENT: QT_TRANSLATE_NOOP(LABEL, "Comment"),
    RecordKind.ADDENDUM: QT_TRANSLATE_NOOP(LABEL, "Addendum"),
    RecordKind.EVENT: QT_TRANSLATE_NOOP(LABEL, "Archeology event"),
    RecordKind.ERA: QT_TRANSLATE_NOOP(LABEL, "Era"),
}

#: The values a sentence names: "by the mentor", "a weekly cadence", "this decision is accepted".
_WORDS: dict[StrEnum, str] = {
    Visibility.SHARED: QT_TRANSLATE_NOOP(WORD, "shared"),
    Visibility.CONFIDENTIAL: QT_TRANSLATE_NOOP(WORD, "confidential"),
    Visibility.PRIVATE: QT_TRANSLATE_NOOP(WORD, "private"),
    Role.MENTOR: QT_TRANSLATE_NOOP(WORD, "mentor"),
    Role.MENTEE: QT_TRANSLATE_NOOP(WORD, "mentee"),
    Cadence.WEEKLY: QT_TRANSLATE_NOOP(WORD, "weekly"),
    Cadence.BIWEEKLY: QT_TRANSLATE_NOOP(WORD, "biweekly"),
    Cadence.MONTHLY: QT_TRANSLATE_NOOP(WORD, "monthly"),
    DecisionStatus.PROPOSED: QT_TRANSLATE_NOOP(WORD, "proposed"),
    DecisionStatus.ACCEPTED: QT_TRANSLATE_NOOP(WORD, "accepted"),
    DecisionStatus.REJECTED: QT_TRANSLATE_NOOP(WORD, "rejected"),
    DecisionStatus.DEPRECATED: QT_TRANSLATE_NOOP(WORD, "deprecated"),
    DecisionStatus.SUPERSEDED: QT_TRANSLATE_NOOP(WORD, "superseded"),
}

LABELLED = (
    Visibility,
    Role,
    Cadence,
    PairingStatus,
    CardKind,
    SessionKind,
    DecisionStatus,
    ReviewState,
    Outcome,
    Verdict,
    EventKind,
    DatePrecision,
    RecordKind,
)
"""Every kind of value the window names: each member has a label."""
WORDED = (Visibility, Role, Cadence, DecisionStatus)
"""The kinds of value a sentence names: each member has a word."""


def label(value: StrEnum) -> str:
    """The value's name on its own, as in a list or a combo box ("Awaiting review")."""
    return translate(LABEL, _LABELS[value])


def word(value: Visibility | Role | Cadence | DecisionStatus) -> str:
    """The value's name inside a sentence ("by the mentor", "a weekly cadence")."""
    return translate(WORD, _WORDS[value])


def choices(values: type[StrEnum]) -> dict[object, str]:
    """Every value of a kind with its label, for a combo box (widgets.combo)."""
    return {value: label(value) for value in values}


def sections() -> dict[str, str]:
    """The decision record's sections in reading order, by field name, as the window names them."""
    return {key: translate(SECTION, title) for key, title in DECISION_SECTIONS.items()}


def section(key: str) -> str:
    """The name of a decision's section or title field ("context", "title"); an unknown key as it is."""
    return translate(SECTION, DIFF_SECTIONS[key]) if key in DIFF_SECTIONS else key
