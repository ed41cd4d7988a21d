"""System Archeology: components (lanes), eras and the events that explain why the system is as it is."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.domain import (
    ComponentInfo,
    DatePrecision,
    EraInfo,
    EventDraft,
    EventInfo,
    EventKind,
    EventMark,
    EventText,
    Visibility,
    period_of,
)
from mentordesk.services import event_reads
from mentordesk.services.base import NotFoundError, Service, get_live, live
from mentordesk.storage.base import stable_id
from mentordesk.storage.models import ArcheologyEvent, Component, Era, EventLink, Pairing, event_component
from mentordesk.wording import translate

MAX_TITLE = 300
MAX_NAME = 120
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


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
        """Every event of the pairing in time order, whole: with its lanes, causes and story."""
        with self._db.read() as session:
            return event_reads.events(session, pairing_id)

    def marks(self, pairing_id: str) -> list[EventMark]:
        """Every event of the pairing in time order, as the timeline draws it (without its story)."""
        with self._db.read() as session:
            return event_reads.marks(session, pairing_id)

    def event(self, event_id: str) -> EventInfo:
        with self._db.read() as session:
            pairing_id = get_live(session, ArcheologyEvent, event_id).pairing_id
            return event_reads.events(session, pairing_id, event_id)[0]

    def texts(self, pairing_id: str) -> list[EventText]:
        """Each event's title and story, case-folded: what the timeline's filter searches."""
        with self._db.read() as session:
            return event_reads.texts(session, pairing_id)

    # components (the lanes)
    def add_component(self, pairing_id: str, name: str, colour: str = "#4f46e5") -> str:
        with self._db.write() as session:
            name = self._free_name(session, pairing_id, name)
            count = session.scalar(select(func.count()).where(Component.pairing_id == pairing_id)) or 0
            component = Component(
                id=stable_id(session, Component, "component", pairing_id, name.casefold()),
                pairing_id=pairing_id,
                name=name,
                colour=_colour(colour),
                position=float(count + 1),
            )
            session.add(component)
            session.flush()
            return component.id

    def update_component(self, component_id: str, name: str, colour: str) -> None:
        with self._db.write() as session:
            component = get_live(session, Component, component_id)
            component.name = self._free_name(session, component.pairing_id, name, component_id)
            component.colour = _colour(colour)

    def move_component(self, component_id: str, index: int) -> None:
        """Put the lane at `index` among the pairing's lanes (top is 0)."""
        with self._db.write() as session:
            moving = get_live(session, Component, component_id)
            lanes = list(
                session.scalars(
                    live(Component)
                    .where(Component.pairing_id == moving.pairing_id)
                    .order_by(Component.position)
                )
            )
            lanes.remove(moving)
            lanes.insert(max(0, min(index, len(lanes))), moving)
            for position, lane in enumerate(lanes, start=1):
                lane.position = float(position)

    def delete_component(self, component_id: str) -> None:
        """Remove the lane; its events stay and are shown in no lane ("Other") unless they have another."""
        with self._db.write() as session:
            component = get_live(session, Component, component_id)
            # through the events themselves, so each event's change of lanes is versioned and travels
            holders = session.scalars(
                select(ArcheologyEvent)
                .join(event_component)
                .where(event_component.c.component_id == component_id)
            )
            for event in holders:
                event.components = [c for c in event.components if c.id != component_id]
            component.deleted = True
            component.name = translate("ArcheologyService", "{name} (deleted {id})").format(
                name=component.name, id=component.id[:8]
            )  # frees the name for reuse

    @staticmethod
    def _free_name(session: Session, pairing_id: str, name: str, own_id: str | None = None) -> str:
        name = " ".join(name.split())
        if not name:
            raise ValueError(translate("ArcheologyService", "A component needs a name."))
        if len(name) > MAX_NAME:
            raise ValueError(
                translate(
                    "ArcheologyService", "A component name can be at most {MAX_NAME} characters."
                ).format(MAX_NAME=MAX_NAME)
            )
        taken = session.scalar(
            select(Component.id).where(
                Component.pairing_id == pairing_id,
                func.lower(Component.name) == name.lower(),
                Component.id != own_id,
            )
        )
        if taken is not None:
            raise ValueError(
                translate("ArcheologyService", "There is already a component called “{name}”.").format(
                    name=name
                )
            )
        return name

    # eras
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
        with self._db.write() as session:
            era = Era(pairing_id=pairing_id)
            _fill_era(era, name, starts_on, ends_on, colour, description)
            session.add(era)
            session.flush()
            return era.id

    def update_era(
        self,
        era_id: str,
        name: str,
        starts_on: dt.date,
        ends_on: dt.date | None,
        *,
        colour: str,
        description: str = "",
    ) -> None:
        with self._db.write() as session:
            _fill_era(get_live(session, Era, era_id), name, starts_on, ends_on, colour, description)

    def delete_era(self, era_id: str) -> None:
        with self._db.write() as session:
            get_live(session, Era, era_id).deleted = True

    # events
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
        draft = EventDraft(
            title,
            occurred_on,
            kind,
            precision,
            tuple(components),
            why,
            lessons,
            tuple(sources),
            people,
            visibility,
        )
        return self.create_event(pairing_id, draft)

    def create_event(self, pairing_id: str, draft: EventDraft) -> str:
        with self._db.write() as session:
            get_live(session, Pairing, pairing_id)
            event = ArcheologyEvent(pairing_id=pairing_id)
            self.fill_event(session, event, draft)
            session.add(event)
            session.flush()
            return event.id

    def update_event(self, event_id: str, draft: EventDraft) -> None:
        with self._db.write() as session:
            self.fill_event(session, get_live(session, ArcheologyEvent, event_id), draft)

    def delete_event(self, event_id: str) -> None:
        """Tombstone the event and the causal links that touch it."""
        with self._db.write() as session:
            get_live(session, ArcheologyEvent, event_id).deleted = True
            for link in session.scalars(
                live(EventLink).where((EventLink.cause_id == event_id) | (EventLink.effect_id == event_id))
            ):
                link.deleted = True

    def restore_event(self, event_id: str) -> None:
        """Undo a delete (the causal links come back with it)."""
        with self._db.write() as session:
            event = session.get(ArcheologyEvent, event_id)
            if event is None:
                raise NotFoundError(
                    translate("ArcheologyService", "ArcheologyEvent {event_id} does not exist").format(
                        event_id=event_id
                    )
                )
            event.deleted = False
            for link in session.scalars(
                select(EventLink).where((EventLink.cause_id == event_id) | (EventLink.effect_id == event_id))
            ):
                other = link.effect_id if link.cause_id == event_id else link.cause_id
                link.deleted = bool(
                    session.scalar(select(ArcheologyEvent.deleted).where(ArcheologyEvent.id == other))
                )

    @staticmethod
    def fill_event(session: Session, event: ArcheologyEvent, draft: EventDraft) -> None:
        title = " ".join(draft.title.split())
        if not title:
            raise ValueError(translate("ArcheologyService", "An event needs a title."))
        if len(title) > MAX_TITLE:
            raise ValueError(
                translate(
                    "ArcheologyService", "An event title can be at most {MAX_TITLE} characters."
                ).format(MAX_TITLE=MAX_TITLE)
            )
        pairing_id = event.pairing_id
        lanes = list(
            session.scalars(
                live(Component).where(
                    Component.pairing_id == pairing_id, Component.name.in_(draft.components)
                )
            )
        )
        missing = set(draft.components) - {c.name for c in lanes}
        if missing:
            raise ValueError(
                translate("ArcheologyService", "Unknown components: {names}").format(
                    names=", ".join(sorted(missing))
                )
            )
        event.title = title
        event.occurred_on = period_of(draft.occurred_on, draft.precision)[0]
        event.precision = draft.precision
        event.kind = draft.kind
        event.components = sorted(lanes, key=lambda c: c.position)
        event.why = draft.why
        event.lessons = draft.lessons
        event.sources = [s.strip() for s in draft.sources if s.strip()]
        event.people = draft.people
        event.visibility = draft.visibility

    # causal links
    def link_events(self, cause_id: str, effect_id: str, relation: str = "led_to") -> str:
        if cause_id == effect_id:
            raise ValueError(translate("ArcheologyService", "An event cannot cause itself."))
        with self._db.write() as session:
            cause = get_live(session, ArcheologyEvent, cause_id)
            effect = get_live(session, ArcheologyEvent, effect_id)
            if effect.pairing_id != cause.pairing_id:
                raise ValueError(
                    translate("ArcheologyService", "Only events of the same pairing can be linked.")
                )
            existing = session.scalar(
                select(EventLink).where(EventLink.cause_id == cause_id, EventLink.effect_id == effect_id)
            )
            if existing is not None:
                existing.deleted = False
                return existing.id
            link = EventLink(
                id=stable_id(session, EventLink, "event_link", cause_id, effect_id),
                pairing_id=cause.pairing_id,
                cause_id=cause_id,
                effect_id=effect_id,
                relation=relation,
            )
            session.add(link)
            session.flush()
            return link.id

    def unlink_events(self, cause_id: str, effect_id: str) -> None:
        with self._db.write() as session:
            for link in session.scalars(
                live(EventLink).where(EventLink.cause_id == cause_id, EventLink.effect_id == effect_id)
            ):
                link.deleted = True


def _colour(value: str) -> str:
    value = value.strip()
    if not COLOUR.fullmatch(value):
        raise ValueError(
            translate("archeology", "“{value}” is not a colour; write it as #rrggbb.").format(value=value)
        )
    return value.lower()


def _fill_era(
    era: Era, name: str, starts_on: dt.date, ends_on: dt.date | None, colour: str, description: str
) -> None:
    name = " ".join(name.split())
    if not name:
        raise ValueError(translate("archeology", "An era needs a name."))
    if ends_on is not None and ends_on < starts_on:
        raise ValueError(translate("archeology", "The era “{name}” ends before it starts.").format(name=name))
    era.name, era.starts_on, era.ends_on = name, starts_on, ends_on
    era.colour, era.description = _colour(colour), description
