"""The System Archeology timeline: components, eras and events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mentordesk.domain import DatePrecision, EventKind, Visibility, format_fuzzy_date


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
