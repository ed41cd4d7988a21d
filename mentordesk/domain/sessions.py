"""Sessions: their agendas, action items, notes and templates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentordesk.domain import Role, SessionKind, Visibility


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
