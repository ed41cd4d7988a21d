"""The plan board: its columns, cards, their checklists and filters, and links between records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentordesk.domain import CardKind, RecordKind, Role, Visibility


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
