"""Seeding the timeline from a spreadsheet or a git repository, and writing it back out as CSV.

An import writes in short transactions of BATCH events, so a save from the window never waits long for
it, and can be repeated: rows and refs already on the timeline are counted as "already present", never
added twice. Cancel (or a failure) keeps the batches already written and says how far it got; importing
the same file again adds the rest."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.domain import EventDraft, TimelineImportReport
from mentordesk.services.archeology import ArcheologyService
from mentordesk.services.base import Service, get_live, live
from mentordesk.services.timeline_csv import read_csv, shareable, write_csv
from mentordesk.services.timeline_git import GitEvent, read_history
from mentordesk.steps import Cancelled, Progress
from mentordesk.storage.backups import backup_before
from mentordesk.storage.base import stable_id
from mentordesk.storage.errors import WriteFailed
from mentordesk.storage.models import ArcheologyEvent, Component, Pairing

Item = TypeVar("Item")

#: Events written per transaction: a few milliseconds of holding the write lock.
BATCH = 200

#: Colours given to components an import creates, in turn.
PALETTE = ("#2563eb", "#059669", "#d97706", "#7c3aed", "#dc2626", "#0891b2", "#65a30d", "#db2777")


class TimelineIOService(Service):
    def import_csv(
        self, pairing_id: str, path: Path, progress: Progress | None = None
    ) -> TimelineImportReport:
        """Add the file's rows; a row whose date and title are already on the timeline is skipped."""
        rows, rejected = read_csv(path)
        backup_before(self._db.path, "before-import")
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
                rejected.append(f"line {line}: {error}")
                return
            seen.add(key)
            added += 1

        unread = self._in_batches(pairing_id, rows, write, progress, "rows", lambda: added)
        rejected.sort(key=_line_number)
        return TimelineImportReport(added, present, created, tuple(rejected), unread)

    def export_csv(self, pairing_id: str, path: Path, include_private: bool = False) -> int:
        events = ArcheologyService(self._db).events(pairing_id)
        return write_csv(path, shareable(events, include_private))

    def import_git(
        self, pairing_id: str, repo: Path, component: str | None = None, progress: Progress | None = None
    ) -> TimelineImportReport:
        """Add the repository's releases and topic merges not imported before (matched by tag or commit)."""
        history, no_topic = read_history(repo)
        backup_before(self._db.path, "before-import")
        with self._db.write() as session:
            get_live(session, Pairing, pairing_id)
            created, names = _ensure_components(session, pairing_id, {component} if component else set())
            lane = names[component.casefold()] if component else None
            known: set[str] = set()
            for sources in session.scalars(
                select(ArcheologyEvent.sources).where(ArcheologyEvent.pairing_id == pairing_id)
            ):
                known.update(sources or ())
        added = present = 0

        def write(session: Session, item: GitEvent) -> None:
            nonlocal added, present
            if item.key in known:
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

        unread = self._in_batches(pairing_id, history, write, progress, "releases and merges", lambda: added)
        skipped = (f"{no_topic} merges of a mainline branch (no topic) left out",) if no_topic else ()
        return TimelineImportReport(added, present, created, skipped, unread)

    def _in_batches(
        self,
        pairing_id: str,
        items: Sequence[Item],
        write: Callable[[Session, Item], None],
        progress: Progress | None,
        noun: str,
        added: Callable[[], int],
    ) -> int:
        """`write` each item, BATCH to a transaction, reporting progress between them. Returns how many
        items were left unread because Cancel was pressed. A failure raises ImportStopped, which says
        how many events the batches written before it added."""
        total = len(items)
        kept = 0  # events added by the batches committed so far
        for start in range(0, total, BATCH):
            if progress is not None:
                try:
                    progress(start, total)
                except Cancelled:
                    return total - start
            try:
                with self._db.write() as session:
                    get_live(session, Pairing, pairing_id)
                    for item in items[start : start + BATCH]:
                        write(session, item)
            except ValueError as error:
                raise ImportStopped(error, kept, start, total, noun) from error
            kept = added()
        if progress is not None:
            with contextlib.suppress(Cancelled):  # pressed as the last batch was written: nothing is left
                progress(total, total)
        return 0


class ImportStopped(ValueError):
    """A failure part way through an import; the batches written before it are kept."""

    def __init__(self, error: ValueError, added: int, read: int, total: int, noun: str) -> None:
        reason = error.cause if isinstance(error, WriteFailed) else str(error).rstrip(".")
        if read == 0:
            told = "Nothing was added."
        else:
            told = (
                f"{added} events from the first {read} of {total} {noun} were added before it stopped; "
                "importing the same source again adds the rest and skips what is already there."
            )
        super().__init__(f"{reason[:1].upper()}{reason[1:]}. {told}")


def _add(session: Session, pairing_id: str, draft: EventDraft) -> None:
    event = ArcheologyEvent(pairing_id=pairing_id)
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
    head = message.split(":", 1)[0].removeprefix("line ")
    return int(head) if head.isdigit() else 0
