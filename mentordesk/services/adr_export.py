"""Writing a pairing's decision log as a folder of ADR files.

An imported record goes back under its own file name and number; left unedited, its file is the text it
was imported from, byte for byte, and an edited one has only its changed parts rewritten (adr_patch).
The pairing's own records are written whole (adr_write) under the name they were first written with."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mentordesk.domain import Visibility
from mentordesk.files import write_atomically
from mentordesk.services.adr_format import AdrRecord, file_name, number_the_rest, parse_adr
from mentordesk.services.adr_patch import forward_links, patched
from mentordesk.services.adr_sections import LINK_KINDS
from mentordesk.services.adr_write import FORMATS, write_adr
from mentordesk.services.base import Service
from mentordesk.services.decision_data import draft_of
from mentordesk.services.tags import tags_of_pairing, tags_of_record
from mentordesk.steps import Progress
from mentordesk.storage.models import Decision
from mentordesk.wording import translate

OWN_LOG = "own"
"""The `log` that names the pairing's own decisions, those not imported from a folder."""


@dataclass(frozen=True)
class AdrExportReport:
    written: tuple[str, ...]
    private_left_out: int
    other_files_kept: tuple[str, ...]  # files of the folder with a written number but another name
    confidential_left_out: int = 0
    rewritten: tuple[str, ...] = ()  # imported files whose record was edited: their changed parts rewritten

    def summary(self) -> str:
        text = translate("AdrExportReport", "{count} decisions written").format(count=len(self.written))
        if self.rewritten:
            text += translate(
                "AdrExportReport", " ({count} of them edited since import: only what changed rewritten)"
            ).format(count=len(self.rewritten))
        if self.confidential_left_out:
            text += translate("AdrExportReport", ", {confidential_left_out} confidential left out").format(
                confidential_left_out=self.confidential_left_out
            )
        if self.private_left_out:
            text += translate("AdrExportReport", ", {private_left_out} private left out").format(
                private_left_out=self.private_left_out
            )
        return text + "".join(
            f"\n  {name} kept: it has the number of a decision written under another name"
            for name in self.other_files_kept
        )


@dataclass(frozen=True)
class _Out:
    record: Decision
    number: int  # its number in the folder
    name: str  # its file name there


def record_view(session: Session, record: Decision) -> tuple[Any, ...]:
    """Everything an import can change, to tell an update from a no-op."""
    return (
        draft_of(record, tags_of_record(session, "decision", record.id)),
        record.status,
        record.review_state,
        record.author_role,
        record.supersedes_id,
        record.amends_id,
        list(record.more_links or []),
        record.actual_outcome,
        record.actual_outcome_note,
        record.revisited_on,
        tuple((a.written_on, a.author_role, a.body) for a in record.addenda if not a.deleted),
        record.source_text,
    )


def _links(record: Decision, kind: str) -> list[str]:
    first = getattr(record, f"{kind}_id")
    found = [first] if first else []
    return found + [x["to"] for x in record.more_links or [] if x["kind"] == kind and x["to"]]


def _unmatched(record: Decision, kind: str) -> list[int]:
    """Numbers the record's file links to that were not in its folder (kept as written)."""
    return [int(x["text"]) for x in record.more_links or [] if x["kind"] == kind and not x["to"]]


def _pointers(rows: Sequence[Decision], numbers: dict[str, int]) -> dict[tuple[str, str], list[int]]:
    """For each ("supersedes" or "amends", decision id): the numbers of the decisions linking to it so,
    worked out once for a whole log rather than once per decision."""
    found: dict[tuple[str, str], list[int]] = defaultdict(list)
    for other in rows:
        for kind in ("supersedes", "amends"):
            for target in dict.fromkeys(_links(other, kind)):
                found[(kind, target)].append(numbers[other.id])
    return found


def _view(
    record: Decision,
    numbers: dict[str, int],
    pointers: dict[tuple[str, str], list[int]],
    tags: dict[str, tuple[str, ...]],
    date_known: bool,
) -> AdrRecord:
    """The record as an ADR file tells it, links by the numbers in `numbers`."""

    def pointing(kind: str) -> list[int]:
        return sorted(pointers.get((kind, record.id), []))

    return AdrRecord(
        number=numbers[record.id],
        draft=draft_of(record, tags.get(record.id, ())),
        status=record.status,
        date_known=date_known,
        review_state=record.review_state,
        author=record.author_role,
        supersedes=[numbers[t] for t in _links(record, "supersedes") if t in numbers]
        + _unmatched(record, "supersedes"),
        superseded_by=pointing("supersedes") + _unmatched(record, "superseded by"),
        amends=[numbers[t] for t in _links(record, "amends") if t in numbers] + _unmatched(record, "amends"),
        amended_by=pointing("amends") + _unmatched(record, "amended by"),
        other_links=[(x["kind"], x["text"]) for x in record.more_links or [] if x["kind"] not in LINK_KINDS],
        outcome=record.actual_outcome,
        outcome_note=record.actual_outcome_note,
        revisited_on=record.revisited_on,
        addenda=[(a.written_on, a.author_role, a.body) for a in record.addenda if not a.deleted],
    )


def _date_known(record: Decision) -> bool:
    source = _source(record)
    return source is None or source.date_known


def _source(record: Decision, name: str | None = None) -> AdrRecord | None:
    """The record as its imported file tells it (None for a decision written here)."""
    if record.source_text is None:
        return None
    return parse_adr(record.source_text, Path(name or record.source_file or "x").stem)


class AdrExport(Service):
    def records(self, pairing_id: str, include_private: bool = False) -> tuple[list[AdrRecord], int]:
        """The log as ADR records (number order), and how many private ones were left out."""
        with self._db.read() as session:
            rows = self._rows(session, pairing_id)
            numbers = {d.id: d.number for d in rows}
            pointers = _pointers(rows, numbers)
            tags = tags_of_pairing(session, "decision", pairing_id)
            kept = [d for d in rows if include_private or d.visibility is not Visibility.PRIVATE]
            views = [_view(d, numbers, pointers, tags, _date_known(d)) for d in kept]
            return views, len(rows) - len(kept)

    @staticmethod
    def _rows(session: Session, pairing_id: str) -> list[Decision]:
        return list(
            session.scalars(
                select(Decision)
                .where(Decision.pairing_id == pairing_id, Decision.deleted.is_(False))
                .order_by(Decision.number)
                .options(selectinload(Decision.addenda))  # every file lists its addenda
            )
        )

    def entries(self, pairing_id: str) -> list[tuple[str, str, Visibility]]:
        """Each live decision's log (OWN_LOG for those written here), title and visibility, in number
        order: what an export of a log would write, and what it would leave out unless asked."""
        with self._db.read() as session:
            rows = session.execute(
                select(Decision.source_log, Decision.title, Decision.visibility)
                .where(Decision.pairing_id == pairing_id, Decision.deleted.is_(False))
                .order_by(Decision.number)
            )
            return [(log or OWN_LOG, title, visibility) for log, title, visibility in rows]

    def logs(self, pairing_id: str) -> list[str]:
        """The folders the pairing's decisions were imported from, and OWN_LOG when it has its own."""
        with self._db.read() as session:
            found = session.scalars(
                select(Decision.source_log)
                .where(Decision.pairing_id == pairing_id, Decision.deleted.is_(False))
                .distinct()
            )
            return sorted(log or OWN_LOG for log in found)

    def export_folder(
        self,
        pairing_id: str,
        directory: Path,
        fmt: str = "madr",
        *,
        include_private: bool = False,
        include_confidential: bool = False,
        log: str | None = None,
        progress: Progress | None = None,
    ) -> AdrExportReport:
        """One file per decision (of one log, when `log` names it), each written whole or not at all.
        Confidential and private decisions only when asked. `fmt` is the format of the pairing's own
        records; imported ones keep their file's."""
        if fmt not in FORMATS:
            raise ValueError(
                translate("AdrExport", "Unknown format {fmt!r}: use madr or nygard.").format(fmt=fmt)
            )
        with self._db.read() as session:
            rows = self._rows(session, pairing_id)
            chosen = [d for d in rows if log is None or (d.source_log or OWN_LOG) == log]
            if log is not None and not chosen:
                raise ValueError(
                    translate("AdrExport", "No decisions of the log {log!r}: the logs are {logs}.").format(
                        log=log, logs=", ".join(self.logs(pairing_id))
                    )
                )
            left = {
                Visibility.PRIVATE: 0 if include_private else _count(chosen, Visibility.PRIVATE),
                Visibility.CONFIDENTIAL: 0
                if include_confidential
                else _count(chosen, Visibility.CONFIDENTIAL),
            }
            chosen = [d for d in chosen if not left.get(d.visibility)]
            outs = _placed(chosen)
            numbers = {d.id: d.number for d in rows} | {o.record.id: o.number for o in outs}
            names = {o.number: o.name for o in outs}
            titles = {o.number: o.record.title for o in outs}
            sources = {o.record.id: found for o in outs if (found := _source(o.record, o.name)) is not None}
            number_the_rest(
                [(o.name, sources[o.record.id]) for o in outs if o.record.id in sources],
                {o.name: o.number for o in outs},
            )
            pointers = _pointers(rows, numbers)
            tags = tags_of_pairing(session, "decision", pairing_id)
            expressed = {link for source in sources.values() for link in forward_links(source)}
            texts: list[tuple[str, str, bool]] = []
            for out in outs:
                source = sources.get(out.record.id)
                known = source is None or source.date_known
                view = _view(out.record, numbers, pointers, tags, known)
                if source is None or out.record.source_text is None:
                    texts.append((out.name, write_adr(view, fmt, names, titles), False))
                    continue
                text = patched(out.record.source_text, source, view, names, titles, expressed)
                texts.append((out.name, text, text != out.record.source_text))
            unnamed = {o.record.id: o.name for o in outs if o.record.source_file is None}
        directory.mkdir(parents=True, exist_ok=True)
        for index, (name, text, _edited) in enumerate(texts):
            write_atomically(directory / name, text.encode("utf-8"))
            if progress is not None:
                progress(index + 1, len(texts))
        if unnamed:  # the name a record was first written under is its name from now on
            with self._db.write() as session:
                ids = list(unnamed)
                for start in range(0, len(ids), 500):  # read together: one flush, not one per record
                    for record in session.scalars(
                        select(Decision).where(Decision.id.in_(ids[start : start + 500]))
                    ):
                        if record.source_file is None:
                            record.source_file = unnamed[record.id]
        written = [name for name, _text, _edited in texts]
        others = sorted(
            path.name
            for path in directory.glob("[0-9]*.md")
            if path.name not in written and _leading_number(path.name) in names
        )
        return AdrExportReport(
            tuple(written),
            left[Visibility.PRIVATE],
            tuple(others),
            left[Visibility.CONFIDENTIAL],
            tuple(name for name, _text, edited in texts if edited),
        )


def _count(records: Sequence[Decision], visibility: Visibility) -> int:
    return sum(1 for d in records if d.visibility is visibility)


def _placed(records: Sequence[Decision]) -> list[_Out]:
    """Each record's number and file name in the folder; two records that would share either are
    refused before anything is written."""
    outs = []
    by_number: dict[int, Decision] = {}
    by_name: dict[str, Decision] = {}
    for record in records:
        number = record.source_number or record.number
        name = record.source_file or file_name(number, record.title)
        other = by_number.get(number) or by_name.get(name.casefold())
        if other is not None:
            raise ValueError(
                translate(
                    "adr_export",
                    "“{title}” ({origin}) and “{title2}” ({origin2}) would both be number "
                    "{number} or {name} in one folder. Export one log at a time.",
                ).format(
                    title=other.title,
                    origin=_origin(other),
                    title2=record.title,
                    origin2=_origin(record),
                    number=number,
                    name=name,
                )
            )
        by_number[number] = by_name[name.casefold()] = record
        outs.append(_Out(record, number, name))
    return outs


def _origin(record: Decision) -> str:
    return (
        translate("adr_export", "from {source_log}").format(source_log=record.source_log)
        if record.source_log
        else translate("adr_export", "written here")
    )


def _leading_number(name: str) -> int | None:
    digits = name.split("-", 1)[0]
    return int(digits) if digits.isdigit() else None
