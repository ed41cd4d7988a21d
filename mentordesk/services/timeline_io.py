"""Seeding the timeline from a spreadsheet or a git repository, and writing it back out as CSV.

An import writes in short transactions of BATCH events (services/batches.py) and can be repeated: rows
and refs already on the timeline are counted as "already present", never added twice."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.domain import EventDraft, TimelineImportReport
from mentordesk.services.archeology import ArcheologyService
from mentordesk.services.base import Service, get_live, live
from mentordesk.services.batches import write_in_batches
from mentordesk.services.timeline_csv import read_csv, shareable, write_csv
from mentordesk.services.timeline_git import GitEvent, read_history
from mentordesk.steps import Progress
from mentordesk.storage.backups import backup_before
from mentordesk.storage.base import stable_id
from mentordesk.storage.models import ArcheologyEvent, Component, Pairing
from mentordesk.wording import QT_TRANSLATE_NOOP, translate

#: Events written per transaction: about a quarter of a second of holding the write lock.
BATCH = 100

#: Colours given to components an import creates, in turn.
PALETTE = ("#2563eb", "#059669", "#d97706", "#7c3aed", "#dc2626", "#0891b2", "#65a30d", "#db2777")


NOTHING_IN_GIT = QT_TRANSLATE_NOOP(
    "TimelineIOService",
    "the repository has no tags and no merges of a topic branch (such as “Merge branch 'fix-retries'” "
    "or “Merge pull request #7 from team/fix-retries”), so there was nothing to add; "
    "a history of squashed or rebased commits has no merges to read",
)


class TimelineIOService(Service):
    def import_csv(
        self, pairing_id: str, path: Path, progress: Progress | None = None
    ) -> TimelineImportReport:
        """Add the file's rows; a row whose date and title are already on the timeline is skipped."""
        rows, rejected = read_csv(path)
        backup_before(self._db.path, "before-import", durable=False)
        with self._db.write() as session:
            get_live(session, Pairing, pairing_id)
            created, names = _ensure_components(
                session, pairing_id, {c for _line, d in rows for c in d.components}
            )
            seen = {
                (day, title.casefold())
                for day, title in session.execute(
                    select(ArcheologyEvent.occurred_on, ArcheologyEvent.title).where(
                        ArcheologyEvent.pairing_id == pairing_id, ArcheologyEvent.deleted.is_(False)
                    )
                )
            }
        added = present = 0

        def write(session: Session, row: tuple[int, EventDraft]) -> None:
            nonlocal added, present
            line, draft = row
            key = (draft.occurred_on, draft.title.casefold())
            if key in seen:
                present += 1
                return
            lanes = tuple(names[c.casefold()] for c in draft.components)
            try:
                _add(session, pairing_id, dataclasses.replace(draft, components=lanes))
            except ValueError as error:
                rejected.append(
                    translate("TimelineIOService", "line {line}: {error}").format(line=line, error=error)
                )
                return
            seen.add(key)
            added += 1

        unread = write_in_batches(
            self._db,
            pairing_id,
            rows,
            write,
            progress,
            size=BATCH,
            noun="rows",
            kept=lambda: translate("TimelineIOService", "{added} events").format(added=added),
        )
        rejected.sort(key=_line_number)
        return TimelineImportReport(added, present, created, tuple(rejected), unread)

    def export_csv(self, pairing_id: str, path: Path, include_private: bool = False) -> int:
        events = ArcheologyService(self._db).events(pairing_id)
        return write_csv(path, shareable(events, include_private))

    def import_git(
        self, pairing_id: str, repo: Path, component: str | None = None, progress: Progress | None = None
    ) -> TimelineImportReport:
        """Add the repository's releases and topic merges not imported before (matched by tag or commit).
        When nothing is new, nothing is written (no lane is made for no events) and the report says why."""
        history, no_topic = read_history(repo)
        with self._db.read() as session:
            get_live(session, Pairing, pairing_id)
            known: set[str] = set()
            for sources in session.scalars(
                select(ArcheologyEvent.sources).where(ArcheologyEvent.pairing_id == pairing_id)
            ):
                known.update(sources or ())
        new = [item for item in history if item.key not in known]
        notes = (
            [
                translate(
                    "TimelineIOService", "{no_topic} merges of a mainline branch (no topic) left out"
                ).format(no_topic=no_topic)
            ]
            if no_topic
            else []
        )
        if not history:
            notes.insert(0, translate("TimelineIOService", NOTHING_IN_GIT))
        elif not new:
            notes.insert(
                0,
                translate(
                    "TimelineIOService",
                    "every release and topic merge of this repository was imported before",
                ),
            )
        if not new:
            return TimelineImportReport(0, len(history), notes=tuple(notes))
        backup_before(self._db.path, "before-import", durable=False)
        with self._db.write() as session:
            created, names = _ensure_components(session, pairing_id, {component} if component else set())
        lane = names[component.casefold()] if component else None
        added, present = 0, len(history) - len(new)

        def write(session: Session, item: GitEvent) -> None:
            nonlocal added, present
            if item.key in known:  # the same tag or merge twice in one history
                present += 1
                return
            draft = EventDraft(
                title=item.title,
                occurred_on=item.occurred_on,
                kind=item.kind,
                components=(lane,) if lane else (),
                why=item.why,
                sources=item.sources,
            )
            _add(session, pairing_id, draft)
            known.add(item.key)
            added += 1

        unread = write_in_batches(
            self._db,
            pairing_id,
            new,
            write,
            progress,
            size=BATCH,
            noun=translate("TimelineIOService", "releases and merges"),
            kept=lambda: translate("TimelineIOService", "{added} events").format(added=added),
        )
        return TimelineImportReport(added, present, created, unread=unread, notes=tuple(notes))


def _add(session: Session, pairing_id: str, draft: EventDraft) -> None:
    event = ArcheologyEvent(pairing_id=pairing_id)
    with session.no_autoflush:  # a batch is flushed (indexed, stamped) once, when it is committed
        ArcheologyService.fill_event(session, event, draft)
    session.add(event)


def _ensure_components(
    session: Session, pairing_id: str, names: set[str]
) -> tuple[tuple[str, ...], dict[str, str]]:
    """Create the components not yet in the pairing (names match whatever their case); returns the names
    created and every component's name by its case-folded form."""
    existing = {
        c.name.casefold(): c
        for c in session.scalars(live(Component).where(Component.pairing_id == pairing_id))
    }
    created: list[str] = []
    position = len(existing)
    for name in sorted(names, key=str.casefold):
        if name.casefold() in existing:
            continue
        position += 1
        component = Component(
            id=stable_id(session, Component, "component", pairing_id, name[:120].casefold()),
            pairing_id=pairing_id,
            name=name[:120],
            colour=PALETTE[(position - 1) % len(PALETTE)],
            position=float(position),
        )
        session.add(component)
        existing[name.casefold()] = component
        created.append(name)
    session.flush()
    return tuple(created), {key: component.name for key, component in existing.items()}


def _line_number(message: str) -> int:
    """The line a rejection names first ("line 12: …", in any language), 0 when it names none."""
    found = re.search(r"\d+", message.split(":", 1)[0])
    return int(found.group()) if found else 0
