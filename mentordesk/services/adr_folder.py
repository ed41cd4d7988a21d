"""Importing a folder of ADR files into a pairing's decision log, and exporting the log as such a folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.domain import DecisionDraft, DecisionStatus, ReviewState, Role, Visibility
from mentordesk.files import FileRefused, read_limited, write_atomically
from mentordesk.services.adr_format import MAX_FILE_BYTES, AdrRecord, SkipFile, file_name, parse_adr
from mentordesk.services.adr_write import FORMATS, write_adr
from mentordesk.services.base import Service, get_live
from mentordesk.services.batches import ImportStopped, write_in_batches
from mentordesk.services.decision_data import draft_of
from mentordesk.services.decisions import apply_draft, by_number
from mentordesk.services.tags import tags_of_record
from mentordesk.steps import Progress
from mentordesk.storage.backups import backup_before
from mentordesk.storage.models import Decision, DecisionAddendum, Pairing

MARKDOWN_SUFFIXES = (".md", ".markdown")

#: Decisions written per transaction: about a quarter of a second of holding the write lock.
BATCH = 25


@dataclass(frozen=True)
class AdrImportReport:
    imported: int
    updated: int
    unchanged: int
    skipped: tuple[tuple[str, str], ...]  # (file name, why)
    unread: int = 0  # files not reached because Cancel was pressed

    def summary(self) -> str:
        counts = (self.imported, self.updated, self.unchanged, len(self.skipped))
        text = "{} imported, {} updated, {} unchanged, {} skipped".format(*counts)
        if self.unread:
            text = (
                f"Cancelled with {self.unread} files not read yet, and no links between decisions set. "
                f"Importing the folder again adds the rest and links them.\n{text}"
            )
        return text + "".join(f"\n  skipped {name}: {why}" for name, why in self.skipped)


@dataclass(frozen=True)
class AdrExportReport:
    written: tuple[str, ...]
    private_left_out: int
    other_files_kept: tuple[str, ...]  # files of the folder with a written number but another name

    def summary(self) -> str:
        text = f"{len(self.written)} decisions written"
        if self.private_left_out:
            text += f", {self.private_left_out} private left out"
        return text + "".join(
            f"\n  {name} kept: it has the number of a decision written under a new name"
            for name in self.other_files_kept
        )


def read_folder(directory: Path) -> tuple[list[tuple[str, AdrRecord]], list[tuple[str, str]]]:
    """Every decision record of the folder (by file name), and the files skipped with the reason."""
    if not directory.is_dir():
        raise ValueError(f"{directory} is not a folder")
    found: list[tuple[str, AdrRecord]] = []
    skipped: list[tuple[str, str]] = []
    numbers: dict[int, str] = {}
    for path in sorted(directory.iterdir()):
        if path.suffix.lower() not in MARKDOWN_SUFFIXES:
            continue
        if path.is_symlink() and not path.exists():
            skipped.append((path.name, "a link that leads nowhere, or round in a loop"))
            continue
        if not path.is_file():
            if not path.is_dir():
                skipped.append((path.name, "not a regular file"))
            continue
        try:
            try:
                text = read_limited(path, MAX_FILE_BYTES, "decision record").decode("utf-8")
            except FileRefused as error:
                raise SkipFile(str(error)) from error
            except UnicodeDecodeError as error:
                raise SkipFile("not UTF-8 text") from error
            record = parse_adr(text, path.stem)
            if record.number in numbers:
                raise SkipFile(f"number {record.number} is also used by {numbers[record.number]}")
        except SkipFile as why:
            skipped.append((path.name, str(why)))
            continue
        if not record.date_known:
            mtime = dt.datetime.fromtimestamp(path.stat().st_mtime).date()
            record.draft = _with_date(record, mtime)
        numbers[record.number] = path.name
        found.append((path.name, record))
    return found, skipped


def _with_date(record: AdrRecord, day: dt.date) -> DecisionDraft:
    note = f"The file gave no date; {day.isoformat()} is the day the file was last changed."
    notes = f"{record.draft.notes}\n\n{note}".strip()
    return replace(record.draft, decided_on=day, notes=notes)


def _same_record(title: str, source_file: str | None, name: str, parsed: AdrRecord) -> bool:
    """Whether a file updates the decision of the log with this title and source file: it was imported
    from that file, or (exported from here, or written by hand) it carries the same title."""
    if source_file is not None and source_file == name:
        return True
    return title.casefold() == parsed.draft.title.casefold()


def _state(session: Session, record: Decision) -> tuple[Any, ...]:
    """Everything an import can change, to tell an update from a no-op."""
    return (
        draft_of(record, tags_of_record(session, "decision", record.id)),
        record.status,
        record.review_state,
        record.author_role,
        record.supersedes_id,
        record.amends_id,
        record.actual_outcome,
        record.actual_outcome_note,
        record.revisited_on,
        tuple((a.written_on, a.author_role, a.body) for a in record.addenda if not a.deleted),
    )


class AdrFolderService(Service):
    def import_folder(
        self, pairing_id: str, directory: Path, progress: Progress | None = None
    ) -> AdrImportReport:
        """Read the folder and write its decisions in batches of BATCH (services/batches.py): a number
        already in the log is updated, a new number added. Once every decision is written, links
        (supersedes, amends) are matched by number in one short transaction."""
        found, skipped = read_folder(directory)
        backup_before(self._db.path, "before-import")
        with self._db.read() as session:
            get_live(session, Pairing, pairing_id)
            known = {
                number: (title, source_file)
                for number, title, source_file in session.execute(
                    select(Decision.number, Decision.title, Decision.source_file).where(
                        Decision.pairing_id == pairing_id, Decision.deleted.is_(False)
                    )
                )
            }
        accepted = []
        for name, parsed in found:
            held = known.get(parsed.number)
            if held is not None and not _same_record(*held, name, parsed):
                why = f"number {parsed.number} is already “{held[0]}” in the log, from elsewhere"
                skipped.append((name, why))
            else:
                accepted.append((name, parsed))
        before: dict[int, tuple[Any, ...]] = {}
        written = 0

        def write(session: Session, entry: tuple[str, AdrRecord]) -> None:
            nonlocal written
            name, parsed = entry
            record = by_number(session, pairing_id, parsed.number)
            if record is None:
                record = Decision(pairing_id=pairing_id, number=parsed.number, title=parsed.draft.title)
                record.decided_on = parsed.draft.decided_on
                session.add(record)
                session.flush()
            else:
                before[parsed.number] = _state(session, record)
            record.source_file = name
            self._apply(session, record, parsed)
            written += 1

        unread = write_in_batches(
            self._db,
            pairing_id,
            accepted,
            write,
            progress,
            size=BATCH,
            noun="files",
            kept=lambda: f"{written} decisions",
        )
        written_records = [parsed for _name, parsed in accepted[:written]]
        if not unread:  # after Cancel, importing again links what this one wrote
            self._link_all(pairing_id, written_records)
        imported = updated = unchanged = 0
        with self._db.read() as session:
            for parsed in written_records:
                record = by_number(session, pairing_id, parsed.number)
                if parsed.number not in before:
                    imported += 1
                elif record is not None and _state(session, record) != before[parsed.number]:
                    updated += 1
                else:
                    unchanged += 1
        return AdrImportReport(imported, updated, unchanged, tuple(sorted(skipped)), unread)

    def _link_all(self, pairing_id: str, records: list[AdrRecord]) -> None:
        try:
            with self._db.write() as session:
                for parsed in records:
                    self._link(lambda number: by_number(session, pairing_id, number), parsed)
        except ValueError as error:
            told = (
                f"The {len(records)} decisions were written but not yet linked to each other; importing "
                "the folder again links them."
            )
            raise ImportStopped(error, told) from error

    @staticmethod
    def _apply(session: Session, record: Decision, parsed: AdrRecord) -> None:
        apply_draft(session, record, parsed.draft)
        record.status = parsed.status
        record.review_state = parsed.review_state or (
            ReviewState.DRAFT if parsed.status is DecisionStatus.PROPOSED else ReviewState.REVIEWED
        )
        record.author_role = parsed.author or record.author_role or Role.MENTEE
        record.actual_outcome = parsed.outcome
        record.actual_outcome_note = parsed.outcome_note
        record.revisited_on = parsed.revisited_on
        present = {(a.written_on, a.body) for a in record.addenda if not a.deleted}
        for day, role, body in parsed.addenda:
            if (day, body) not in present:
                record.addenda.append(
                    DecisionAddendum(
                        pairing_id=record.pairing_id,
                        written_on=day,
                        author_role=role,
                        body=body,
                        visibility=record.visibility,
                    )
                )

    @staticmethod
    def _link(find: Callable[[int], Decision | None], parsed: AdrRecord) -> None:
        record = find(parsed.number)
        assert record is not None  # written by this import
        missing = []
        for number, attribute in ((parsed.supersedes, "supersedes_id"), (parsed.amends, "amends_id")):
            target = find(number) if number is not None and number != parsed.number else None
            if target is not None:
                setattr(record, attribute, target.id)
            elif number is not None:
                missing.append(number)
        for number in parsed.superseded_by:
            later = find(number) if number != parsed.number else None
            if later is not None:
                later.supersedes_id = record.id
            else:
                missing.append(number)
        for number in missing:
            note = f"Links to ADR-{number:04d}, which is not in the log."
            if note not in record.notes:
                record.notes = f"{record.notes}\n\n{note}".strip()

    def records(self, pairing_id: str, include_private: bool = False) -> tuple[list[AdrRecord], int]:
        """The log as ADR records (number order), and how many private ones were left out."""
        with self._db.read() as session:
            rows = list(
                session.scalars(
                    select(Decision)
                    .where(Decision.pairing_id == pairing_id, Decision.deleted.is_(False))
                    .order_by(Decision.number)
                )
            )
            numbers = {d.id: d.number for d in rows}
            kept = [d for d in rows if include_private or d.visibility is not Visibility.PRIVATE]
            return [
                AdrRecord(
                    number=d.number,
                    draft=draft_of(d, tags_of_record(session, "decision", d.id)),
                    status=d.status,
                    review_state=d.review_state,
                    author=d.author_role,
                    supersedes=numbers.get(d.supersedes_id or ""),
                    superseded_by=sorted(numbers[o.id] for o in rows if o.supersedes_id == d.id),
                    amends=numbers.get(d.amends_id or ""),
                    outcome=d.actual_outcome,
                    outcome_note=d.actual_outcome_note,
                    revisited_on=d.revisited_on,
                    addenda=[(a.written_on, a.author_role, a.body) for a in d.addenda if not a.deleted],
                )
                for d in kept
            ], len(rows) - len(kept)

    def export_folder(
        self,
        pairing_id: str,
        directory: Path,
        fmt: str = "madr",
        *,
        include_private: bool = False,
        progress: Progress | None = None,
    ) -> AdrExportReport:
        """One file per decision, named 0007-title.md; each written whole or not at all."""
        if fmt not in FORMATS:
            raise ValueError(f"Unknown format {fmt!r}: use madr or nygard.")
        directory.mkdir(parents=True, exist_ok=True)
        records, left_out = self.records(pairing_id, include_private)
        names = {r.number: file_name(r.number, r.draft.title) for r in records}
        titles = {r.number: r.draft.title for r in records}
        written = []
        for index, record in enumerate(records):
            _write_atomically(directory / names[record.number], write_adr(record, fmt, names, titles))
            written.append(names[record.number])
            if progress is not None:
                progress(index + 1, len(records))
        others = sorted(
            path.name
            for path in directory.glob("[0-9]*.md")
            if path.name not in written and _leading_number(path.name) in names
        )
        return AdrExportReport(tuple(written), left_out, tuple(others))


def _leading_number(name: str) -> int | None:
    digits = name.split("-", 1)[0]
    return int(digits) if digits.isdigit() else None


def _write_atomically(path: Path, text: str) -> None:
    write_atomically(path, text.encode("utf-8"))
