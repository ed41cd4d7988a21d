"""Reading a pairing's events: the marks the timeline draws, whole events, and the text a filter searches.

Columns are read as stored and converted here: on a long history SQLAlchemy's per-value conversions and
named rows cost more than the query itself (25,000 events: 0.7 s against 0.15 s)."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from mentordesk.domain import DatePrecision, EventInfo, EventKind, EventMark, EventText, Visibility
from mentordesk.services.base import names_by_owner
from mentordesk.storage.models import ArcheologyEvent, Component, EventLink, event_component

E = ArcheologyEvent
KINDS = {m.value: m for m in EventKind}
PRECISIONS = {m.value: m for m in DatePrecision}
VISIBILITIES = {m.value: m for m in Visibility}


def as_stored(column: Any) -> Any:
    """A column read as the text SQLite holds, without its type's conversion."""
    return type_coerce(column, String)


def sources_of(stored: str | None) -> tuple[str, ...]:
    """An event's sources from their stored JSON list (most events have none)."""
    return () if not stored or stored == "[]" else tuple(json.loads(stored))


def _lanes_and_causes(
    session: Session, pairing_id: str, event_id: str | None = None
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Each event's lane names and the ids of the events that caused it (of one event, given its id)."""
    links = select(EventLink.cause_id, EventLink.effect_id).where(
        EventLink.pairing_id == pairing_id, EventLink.deleted.is_(False)
    )
    lanes = (
        select(event_component.c.event_id, Component.name)
        .join(Component, Component.id == event_component.c.component_id)
        .where(Component.pairing_id == pairing_id, Component.deleted.is_(False))
    )
    if event_id is not None:
        links = links.where(EventLink.effect_id == event_id)
        lanes = lanes.where(event_component.c.event_id == event_id)
    causes: dict[str, list[str]] = defaultdict(list)
    for cause_id, effect_id in session.execute(links):
        causes[effect_id].append(cause_id)
    return names_by_owner(session, lanes), {effect: tuple(ids) for effect, ids in causes.items()}


MARKS = (
    "SELECT id, title, kind, occurred_on, precision, visibility FROM archeology_event"
    " WHERE pairing_id = ? AND deleted = 0 ORDER BY occurred_on, title"
)  # answered from ix_archeology_event_timeline alone, already in this order


def marks(session: Session, pairing_id: str) -> list[EventMark]:
    """Every live event of the pairing in time order, as the timeline draws it.

    Read through the session's own SQLite connection, in its transaction: SQLAlchemy's result rows cost
    as much again as the query on a long history (20,000 events: 65-100 ms against 35-40 ms)."""
    lanes, causes = _lanes_and_causes(session, pairing_id)
    driver = session.connection().connection.driver_connection
    assert driver is not None
    rows = driver.execute(MARKS, (pairing_id,))
    day, none = dt.date.fromisoformat, ()
    return [
        EventMark(
            event_id,
            title,
            KINDS[kind],
            day(occurred_on),
            PRECISIONS[precision],
            VISIBILITIES[visibility],
            lanes.get(event_id, none),
            causes.get(event_id, none),
        )
        for event_id, title, kind, occurred_on, precision, visibility in rows
    ]


def events(session: Session, pairing_id: str, event_id: str | None = None) -> list[EventInfo]:
    """Every live event of the pairing in time order, whole (only the one with `event_id`, if given)."""
    lanes, causes = _lanes_and_causes(session, pairing_id, event_id)
    query = (
        select(E.id, E.title, as_stored(E.kind), as_stored(E.occurred_on), as_stored(E.precision),
               as_stored(E.visibility), E.why, E.lessons, E.people, as_stored(E.sources))
        .where(E.pairing_id == pairing_id, E.deleted.is_(False))
        .order_by(E.occurred_on, E.title)
    )  # fmt: skip
    if event_id is not None:
        query = query.where(E.id == event_id)
    day = dt.date.fromisoformat
    return [
        EventInfo(
            id=found_id,
            title=title,
            kind=KINDS[kind],
            occurred_on=day(occurred_on),
            precision=PRECISIONS[precision],
            visibility=VISIBILITIES[visibility],
            components=lanes.get(found_id, ()),
            causes=causes.get(found_id, ()),
            why=why,
            lessons=lessons,
            sources=sources_of(sources),
            people=people,
        )
        for found_id, title, kind, occurred_on, precision, visibility, why, lessons, people, sources in (
            session.execute(query)
        )
    ]


def texts(session: Session, pairing_id: str) -> list[EventText]:
    """What the timeline's filter searches in each live event: its title and story, case-folded."""
    rows = session.execute(
        select(E.id, as_stored(E.visibility), E.title, E.why, E.lessons, as_stored(E.sources), E.people)
        .where(E.pairing_id == pairing_id, E.deleted.is_(False))
    )  # fmt: skip
    return [
        EventText(
            event_id,
            VISIBILITIES[visibility],
            f"{title}\n{why}\n{lessons}\n{' '.join(sources_of(sources))}\n{people}".casefold(),
        )
        for event_id, visibility, title, why, lessons, sources, people in rows
    ]
