"""An export too large for one file is written as parts (docs/FORMAT.md, "Parts").

A partner's MentorDesk opens a file of at most MAX_RECORDS records in MAX_RECORDS_BYTES of JSON: the
bound that keeps a hostile file from taking the receiver's memory. A long history's first export holds
more than that, so it is split into parts, each a whole export of its own (signed, encrypted, with the
next sequence number), and the parts are imported one after another. Records go parents first, so a
part refers only to records in it or in the parts before it; a part imported before those is refused
("import the earlier exports first") and changes nothing."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from mentordesk.storage.base import Base
from mentordesk.sync import bundle
from mentordesk.sync.applying import table_order
from mentordesk.sync.envelopes import validate_record
from mentordesk.wording import translate


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A record on its way out, checked and written to JSON as it was collected, so an export of a long
    history holds its records as text rather than as envelopes: its kind, its id, the records of its
    own kind it names (placed before it), and its envelope as JSON."""

    kind: str
    id: str
    names: tuple[str, ...]
    data: bytes


def outgoing(record: dict[str, Any]) -> Outgoing:
    """An envelope checked as a partner will check it (a file a partner refuses should not leave) and
    written to JSON once; ValueError if it does not pass."""
    validate_record(record)
    kind, fields = record["kind"], record["fields"]
    names = tuple(i for i in (fields.get(c) for c in _naming_own_kind(kind)) if isinstance(i, str))
    data = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return Outgoing(kind, record["id"], names, data)


@cache
def _naming_own_kind(kind: str) -> tuple[str, ...]:
    """The fields of a kind naming a record of the same kind (a decision amending another, a reply)."""
    table = Base.metadata.tables.get(kind)
    if table is None:
        return ()
    return tuple(fk.parent.name for fk in table.foreign_keys if fk.column.table is table)


def in_dependency_order(records: Sequence[Outgoing]) -> list[Outgoing]:
    """Kinds parents first (as the tables refer to one another), and within a kind that refers to
    itself (a decision amending another, a reply to a comment) each record after the one it names."""
    order = table_order()
    by_kind: dict[str, list[Outgoing]] = {}
    for record in records:
        by_kind.setdefault(record.kind, []).append(record)
    out: list[Outgoing] = []
    for kind in sorted(by_kind, key=lambda k: order.get(k, len(order))):
        out += _parents_first(by_kind[kind])
    return out


def _parents_first(records: list[Outgoing]) -> list[Outgoing]:
    if not any(r.names for r in records):
        return records
    by_id = {r.id: r for r in records}

    def parents(record: Outgoing) -> Iterator[Outgoing]:
        return (by_id[i] for i in record.names if i in by_id)

    placed: set[str] = set()
    out: list[Outgoing] = []
    for record in records:  # depth first: a record is placed once every record it names is
        if record.id in placed:
            continue
        path = {record.id}
        stack = [(record, parents(record))]
        while stack:
            current, named = stack[-1]
            parent = next((p for p in named if p.id not in placed and p.id not in path), None)
            if parent is None:
                stack.pop()
                path.discard(current.id)
                placed.add(current.id)
                out.append(current)
            else:
                path.add(parent.id)
                stack.append((parent, parents(parent)))
    return out


@dataclass
class Chunk:
    """The records of one file, and the size of their `records.json` (as `json.dumps` of the list
    writes it)."""

    records: list[Outgoing] = field(default_factory=list)
    size: int = 2  # the brackets

    def add(self, record: Outgoing) -> None:
        self.size += len(record.data) + (2 if self.records else 0)  # ", " between records
        self.records.append(record)

    @property
    def counts(self) -> dict[str, int]:
        """Records by kind."""
        return dict(Counter(record.kind for record in self.records))


def split(records: Sequence[Outgoing]) -> list[Chunk]:
    """The records in as few files as hold them (one, mostly), in dependency order. A record too large
    for a file of its own raises TooLarge: nothing can carry it."""
    limit_bytes, limit_count = bundle.MAX_RECORDS_BYTES, bundle.MAX_RECORDS
    chunks = [Chunk()]
    for record in in_dependency_order(records):
        if len(record.data) + 2 > limit_bytes:
            raise bundle.TooLarge(
                translate(
                    "parts",
                    "The {kind} {id} holds more than your partner's MentorDesk opens in one file "
                    "({limit} MB); nothing was written.",
                ).format(kind=record.kind.replace("_", " "), id=record.id, limit=limit_bytes // 2**20)
            )
        current = chunks[-1]
        if current.records and (
            current.size + 2 + len(record.data) > limit_bytes or len(current.records) >= limit_count
        ):
            current = Chunk()
            chunks.append(current)
        current.add(record)
    return chunks


def part_path(out: Path, number: int, count: int) -> Path:
    """Where part `number` of `count` is written: beside `out`, named so they sort in their order."""
    return out.with_name(f"{out.stem}-part{number:02d}-of-{count:02d}{out.suffix}")
