"""System Archeology: components (lanes), eras and the events that explain why the system is as it is."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select

from mentordesk.domain import ComponentInfo, DatePrecision, EraInfo, EventInfo, EventKind, Visibility
from mentordesk.services.base import Service, get_live, live, names_by_owner
from mentordesk.storage.models import ArcheologyEvent, Component, Era, EventLink, event_component


class ArcheologyService(Service):
    def components(self, pairing_id: str) -> list[ComponentInfo]:
        with self._db.read() as session:
            rows = session.scalars(
                live(Component).where(Component.pairing_id == pairing_id).order_by(Component.position)
            )
            return [ComponentInfo(id=c.id, name=c.name, colour=c.colour) for c in rows]

    def eras(self, pairing_id: str) -> list[EraInfo]:
        with self._db.read() as session:
            rows = session.scalars(live(Era).where(Era.pairing_id == pairing_id).order_by(Era.starts_on))
            return [
                EraInfo(
                    id=e.id,
                    name=e.name,
                    starts_on=e.starts_on,
                    ends_on=e.ends_on,
                    colour=e.colour,
                    description=e.description,
                )
                for e in rows
            ]

    def events(self, pairing_id: str) -> list[EventInfo]:
        """Every event of the pairing in time order, with its lanes and the events that caused it."""
        with self._db.read() as session:
            causes: dict[str, list[str]] = defaultdict(list)
            for cause_id, effect_id in session.execute(
                select(EventLink.cause_id, EventLink.effect_id).where(
                    EventLink.pairing_id == pairing_id, EventLink.deleted.is_(False)
                )
            ):
                causes[effect_id].append(cause_id)
            lanes = names_by_owner(
                session,
                select(event_component.c.event_id, Component.name)
                .join(Component, Component.id == event_component.c.component_id)
                .where(Component.pairing_id == pairing_id, Component.deleted.is_(False)),
            )
            E = ArcheologyEvent
            rows = session.execute(
                select(E.id, E.title, E.kind, E.occurred_on, E.precision, E.visibility,
                       E.why, E.lessons, E.people, E.sources)
                .where(E.pairing_id == pairing_id, E.deleted.is_(False))
                .order_by(E.occurred_on, E.title)
            )  # fmt: skip
            return [
                EventInfo(
                    **row._asdict() | {"sources": tuple(row.sources or ())},
                    components=lanes.get(row.id, ()),
                    causes=tuple(causes.get(row.id, ())),
                )
                for row in rows
            ]

    def add_component(self, pairing_id: str, name: str, colour: str = "#4f46e5") -> str:
        with self._db.write() as session:
            count = session.scalar(select(func.count()).where(Component.pairing_id == pairing_id)) or 0
            component = Component(pairing_id=pairing_id, name=name, colour=colour, position=float(count + 1))
            session.add(component)
            session.flush()
            return component.id

    def add_era(
        self,
        pairing_id: str,
        name: str,
        starts_on: dt.date,
        ends_on: dt.date | None = None,
        *,
        colour: str = "#e0e7ff",
        description: str = "",
    ) -> str:
        if ends_on is not None and ends_on < starts_on:
            raise ValueError(f"The era {name!r} ends before it starts.")
        with self._db.write() as session:
            era = Era(
                pairing_id=pairing_id,
                name=name,
                starts_on=starts_on,
                ends_on=ends_on,
                colour=colour,
                description=description,
            )
            session.add(era)
            session.flush()
            return era.id

    def add_event(
        self,
        pairing_id: str,
        title: str,
        occurred_on: dt.date,
        *,
        kind: EventKind = EventKind.DECISION,
        precision: DatePrecision = DatePrecision.DAY,
        components: Sequence[str] = (),
        why: str = "",
        lessons: str = "",
        sources: Sequence[str] = (),
        people: str = "",
        visibility: Visibility = Visibility.SHARED,
    ) -> str:
        with self._db.write() as session:
            lanes = list(
                session.scalars(
                    live(Component).where(Component.pairing_id == pairing_id, Component.name.in_(components))
                )
            )
            missing = set(components) - {c.name for c in lanes}
            if missing:
                raise ValueError(f"Unknown components: {', '.join(sorted(missing))}")
            event = ArcheologyEvent(
                pairing_id=pairing_id,
                title=title,
                occurred_on=occurred_on,
                kind=kind,
                precision=precision,
                components=lanes,
                why=why,
                lessons=lessons,
                sources=list(sources),
                people=people,
                visibility=visibility,
            )
            session.add(event)
            session.flush()
            return event.id

    def link_events(self, cause_id: str, effect_id: str, relation: str = "led_to") -> str:
        if cause_id == effect_id:
            raise ValueError("An event cannot cause itself.")
        with self._db.write() as session:
            cause = get_live(session, ArcheologyEvent, cause_id)
            get_live(session, ArcheologyEvent, effect_id)
            link = EventLink(
                pairing_id=cause.pairing_id, cause_id=cause_id, effect_id=effect_id, relation=relation
            )
            session.add(link)
            session.flush()
            return link.id
