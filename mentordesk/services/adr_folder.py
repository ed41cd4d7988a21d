"""Importing a folder of ADR files into a pairing's decision log (adr_export writes the log back out).

A folder is a log of its own: its records keep their file name, text and number there, so a record left
unedited is written back byte for byte. A number the pairing already uses is not a reason to skip a file:
the record takes the next free number here and keeps its own for the folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.domain import ReviewState, Role
from mentordesk.files import FileRefused, read_limited
from mentordesk.services.adr_export import AdrExport, record_view
from mentordesk.services.adr_format import (
    MAX_FILE_BYTES,
    UNNUMBERED,
    AdrRecord,
    SkipFile,
    number_the_rest,
    parse_adr,
)
from mentordesk.services.adr_meta import linked_numbers
from mentordesk.services.base import get_live
from mentordesk.services.batches import ImportStopped, write_in_batches
from mentordesk.services.decisions import apply_draft, by_number
from mentordesk.steps import Progress
from mentordesk.storage.backups import backup_before
from mentordesk.storage.models import Decision, DecisionAddendum, Pairing
from mentordesk.wording import translate

MARKDOWN_SUFFIXES = (".md", ".markdown")

#: Decisions written per transaction: about a quarter of a second of holding the write lock.
BATCH = 25


@dataclass(frozen=True)
class AdrFile:
    name: str
    text: str  # as read, line ends and all: written back unchanged while the record is not edited
    record: AdrRecord
    changed_on: dt.date  # the file's last change, the date of a record whose file gives none


@dataclass(frozen=True)
class AdrImportReport:
    imported: int
    updated: int
    unchanged: int
    skipped: tuple[tuple[str, str], ...]  # (file name, why)
    unread: int = 0  # files not reached because Cancel was pressed
    log: str = ""
    renumbered: tuple[tuple[str, int, int], ...] = ()  # (file name, its number, its number here)
    undated: tuple[tuple[str, str], ...] = ()  # (file name, what stands in for its date)

    def counts(self) -> str:
        counts = (self.imported, self.updated, self.unchanged, len(self.skipped))
        return translate("AdrImportReport", "{} imported, {} updated, {} unchanged, {} skipped").format(
            *counts
        )

    def cancelled(self) -> str:
        """What Cancel left undone ("" when the import ran to its end)."""
        if not self.unread:
            return ""
        return translate(
            "AdrImportReport",
            "Cancelled with {unread} files not read yet, and no links between "
            "decisions set. Importing the folder again adds the rest and links them.",
        ).format(unread=self.unread)

    def summary(self) -> str:
        lines = [line for line in (self.cancelled(), self.counts()) if line]
        lines += [
            translate("AdrImportReport", "  skipped {name}: {why}").format(name=name, why=why)
            for name, why in self.skipped
        ]
        lines += [
            translate(
                "AdrImportReport",
                "  {name}: ADR-{here:04d} here (number {number} is taken); the folder keeps {number}",
            ).format(name=name, here=here, number=number)
            for name, number, here in self.renumbered
        ]
        lines += [f"  {name}: {what}" for name, what in self.undated]
        return "\n".join(lines)


def log_name(directory: Path) -> str:
    """What a folder's records are known by: its path inside its git repository ("billing/doc/adr"), or
    its parent's name and its own."""
    folder = directory.resolve()
    for root in (folder, *folder.parents):
        if (root / ".git").exists():
            inside = folder.relative_to(root).as_posix()
            return f"{root.name}/{inside}" if inside != "." else root.name
    return f"{folder.parent.name}/{folder.name}" if folder.parent.name else folder.name


def read_folder(directory: Path) -> tuple[list[AdrFile], list[tuple[str, str]]]:
    """Every decision record of the folder (by file name), and the files skipped with the reason: one
    file that cannot be read never stops the others."""
    if not directory.is_dir():
        raise ValueError(translate("adr_folder", "{directory} is not a folder").format(directory=directory))
    found: list[AdrFile] = []
    skipped: list[tuple[str, str]] = []
    numbers: dict[int, str] = {}
    for path in sorted(directory.iterdir()):
        if path.suffix.lower() not in MARKDOWN_SUFFIXES:
            continue
        if path.is_symlink() and not path.exists():
            skipped.append(
                (path.name, translate("adr_folder", "a link that leads nowhere, or round in a loop"))
            )
            continue
        if not path.is_file():
            if not path.is_dir():
                skipped.append((path.name, translate("adr_folder", "not a regular file")))
            continue
        try:
            found_file = _read_file(path)
            if found_file.record.number != UNNUMBERED and found_file.record.number in numbers:
                number = found_file.record.number
                raise SkipFile(
                    translate("adr_folder", "number {number} is also used by {numbers}").format(
                        number=number, numbers=numbers[number]
                    )
                )
        except SkipFile as why:
            skipped.append((path.name, str(why)))
            continue
        numbers[found_file.record.number] = path.name
        found.append(found_file)
    number_the_rest([(file.name, file.record) for file in found])
    return found, skipped


def _read_file(path: Path) -> AdrFile:
    try:
        raw = read_limited(path, MAX_FILE_BYTES, translate("adr_folder", "decision record"))
        text = raw.decode("utf-8")
        changed_on = dt.datetime.fromtimestamp(path.stat().st_mtime).date()
    except FileRefused as error:
        raise SkipFile(str(error)) from error
    except UnicodeDecodeError as error:
        raise SkipFile(translate("adr_folder", "not UTF-8 text")) from error
    except OSError as error:
        raise SkipFile(error.strerror or str(error)) from error
    try:
        record = parse_adr(text, path.stem)
    except SkipFile:
        raise
    except (ValueError, OverflowError, RecursionError) as error:
        raise SkipFile(
            translate("adr_folder", "it could not be read as a decision record ({error})").format(error=error)
        ) from error
    if not record.date_known:
        record.draft = replace(record.draft, decided_on=changed_on)
    return AdrFile(path.name, text, record, changed_on)


@dataclass
class _Plan:
    file: AdrFile
    number: int  # the decision's number in the pairing's log
    existing: bool


class AdrFolderService(AdrExport):
    def import_folder(
        self, pairing_id: str, directory: Path, progress: Progress | None = None, *, log: str | None = None
    ) -> AdrImportReport:
        """Read the folder and write its decisions in batches of BATCH (services/batches.py): a file
        imported before (same log and file name) updates its decision, a new one is added. Once every
        decision is written, links are matched by the folder's numbers in one short transaction."""
        log = log or log_name(directory)
        found, skipped = read_folder(directory)
        backup_before(self._db.path, "before-import", durable=False)
        plans = self._plan(pairing_id, log, found)
        before: dict[str, tuple[object, ...]] = {}
        written = 0

        def write(session: Session, plan: _Plan) -> None:
            nonlocal written
            parsed = plan.file.record
            record = by_number(session, pairing_id, plan.number) if plan.existing else None
            if record is None:
                record = Decision(pairing_id=pairing_id, number=plan.number, title=parsed.draft.title)
                record.decided_on = parsed.draft.decided_on
                record.review_state = ReviewState.IMPORTED  # unless its file says otherwise (_apply)
                session.add(record)
                session.flush()
            else:
                before[plan.file.name] = record_view(session, record)
            record.source_file = plan.file.name
            record.source_text = plan.file.text
            record.source_log = log
            record.source_number = parsed.number
            _apply(session, record, parsed)
            written += 1

        unread = write_in_batches(
            self._db,
            pairing_id,
            plans,
            write,
            progress,
            size=BATCH,
            noun="files",
            kept=lambda: translate("AdrFolderService", "{written} decisions").format(written=written),
        )
        done = plans[:written]
        if not unread:  # after Cancel, importing again links what this one wrote
            self._link_all(pairing_id, done)
        counts = {"imported": 0, "updated": 0, "unchanged": 0}
        with self._db.read() as session:
            for plan in done:
                if plan.file.name not in before:
                    counts["imported"] += 1
                    continue
                record = by_number(session, pairing_id, plan.number)
                changed = record is not None and record_view(session, record) != before[plan.file.name]
                counts["updated" if changed else "unchanged"] += 1
        return AdrImportReport(
            **counts,
            skipped=tuple(sorted(skipped)),
            unread=unread,
            log=log,
            renumbered=tuple(
                (p.file.name, p.file.record.number, p.number)
                for p in done
                if not p.existing and p.number != p.file.record.number
            ),
            undated=tuple((p.file.name, _undated(p.file)) for p in done if not p.file.record.date_known),
        )

    def _plan(self, pairing_id: str, log: str, found: list[AdrFile]) -> list[_Plan]:
        """Which decision each file updates, or the number a new one takes."""
        with self._db.read() as session:
            get_live(session, Pairing, pairing_id)
            rows = session.execute(
                select(Decision.number, Decision.title, Decision.source_file, Decision.source_log).where(
                    Decision.pairing_id == pairing_id, Decision.deleted.is_(False)
                )
            ).all()
        by_source = {(row.source_log, row.source_file): row.number for row in rows if row.source_log}
        own = {row.number: row for row in rows if not row.source_log}
        taken = {row.number for row in rows}
        plans = []
        for file in found:
            parsed = file.record
            number = by_source.get((log, file.name))
            mine = own.get(parsed.number)
            if number is None and mine is not None and _same_record(mine.title, mine.source_file, file):
                number = parsed.number  # written out from this log, now read back
            if number is not None:
                plans.append(_Plan(file, number, existing=True))
                continue
            number = parsed.number if parsed.number not in taken else max(taken) + 1
            taken.add(number)
            plans.append(_Plan(file, number, existing=False))
        return plans

    def _link_all(self, pairing_id: str, plans: list[_Plan]) -> None:
        numbers = {plan.file.record.number: plan.number for plan in plans}
        try:
            with self._db.write() as session:
                records = {
                    record.number: record
                    for record in session.scalars(
                        select(Decision).where(
                            Decision.pairing_id == pairing_id,
                            Decision.deleted.is_(False),
                            Decision.number.in_(numbers.values()),
                        )
                    )
                }

                def find(number: int) -> Decision | None:
                    here = numbers.get(number)
                    return records.get(here) if here is not None else None

                for backwards in (False, True):  # a record's own links first, in the order its file gives
                    for plan in plans:
                        _link(find, records[plan.number], plan.file.record, backwards)
        except ValueError as error:
            told = translate(
                "AdrFolderService",
                "The {count} decisions were written but not yet linked to each other; "
                "importing the folder again links them.",
            ).format(count=len(plans))
            raise ImportStopped(error, told) from error


def _undated(file: AdrFile) -> str:
    said = (
        translate("adr_folder", "its date “{date_text}” could not be read").format(
            date_text=file.record.date_text
        )
        if file.record.date_text
        else translate("adr_folder", "no date")
    )
    return translate("adr_folder", "{said}; dated {isoformat}, the file's last change").format(
        said=said, isoformat=file.changed_on.isoformat()
    )


def _same_record(title: str, source_file: str | None, file: AdrFile) -> bool:
    """Whether a file is the pairing's own decision of its number, written out and read back: the file it
    was last written to, or (renamed since, or written by hand) the same title."""
    if source_file is not None and source_file == file.name:
        return True
    return title.casefold() == file.record.draft.title.casefold()


def _apply(session: Session, record: Decision, parsed: AdrRecord) -> None:
    apply_draft(session, record, parsed.draft)
    record.status = parsed.status
    if parsed.review_state is not None:  # a file this log wrote; a team's file leaves it as it is
        record.review_state = parsed.review_state
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


def _link(
    find: Callable[[int], Decision | None], record: Decision, parsed: AdrRecord, backwards: bool
) -> None:
    """Set the file's links on the record, adding to those it has: a second link of a kind, or one the
    record already points elsewhere with, goes into more_links; nothing a user linked is overwritten.
    `backwards`: the links the file writes from the other side ("Superseded by"), else its own."""
    unmatched: list[tuple[str, str]] = []
    if not backwards:
        for kind, numbers in (("supersedes", parsed.supersedes), ("amends", parsed.amends)):
            for number in numbers:
                target = find(number)
                if target is None:
                    unmatched.append((kind, str(number)))
                elif target is not record:
                    add_link(record, kind, target.id)
        for kind, text in parsed.other_links:  # adr-tools' own kinds: linked when the number is in the folder
            numbers = linked_numbers(text)
            target = find(numbers[0]) if len(numbers) == 1 else None
            _add_more(record, kind, target.id if target is not None else "", text)
    for kind, reverse, numbers in (
        ("supersedes", "superseded by", parsed.superseded_by),
        ("amends", "amended by", parsed.amended_by),
    ):
        for number in numbers if backwards else ():
            later = find(number)
            if later is None:
                unmatched.append((reverse, str(number)))
            elif later is not record:
                add_link(later, kind, record.id)
    for kind, text in unmatched:
        _add_more(record, kind, "", text)


def _add_more(record: Decision, kind: str, to: str, text: str) -> None:
    entry = {"kind": kind, "to": to, "text": text}
    if entry not in (record.more_links or []):
        record.more_links = [*(record.more_links or []), entry]


def add_link(record: Decision, kind: str, target_id: str) -> None:
    """Link the record to the target (kind "supersedes" or "amends") unless it already is."""
    column = f"{kind}_id"
    if getattr(record, column) == target_id or any(
        link["kind"] == kind and link["to"] == target_id for link in record.more_links or []
    ):
        return
    if getattr(record, column) is None:
        setattr(record, column, target_id)
    else:
        record.more_links = [*(record.more_links or []), {"kind": kind, "to": target_id, "text": ""}]
