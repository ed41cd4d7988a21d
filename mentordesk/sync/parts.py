"""An export too large for one file is written as parts (docs/FORMAT.md, "Parts").

A partner's MentorDesk opens a file of at most MAX_RECORDS records in MAX_RECORDS_BYTES of JSON: the
bound that keeps a hostile file from taking the receiver's memory. A long history's first export holds
more than that, so it is split into parts, each a whole export of its own (signed, encrypted, with the
next sequence number), and the parts are imported one after another. Records go parents first, so a
part refers only to records in it or in the parts before it; a part imported before those is refused
("import the earlier exports first") and changes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mentordesk.storage.base import Base
from mentordesk.sync import bundle
from mentordesk.sync.applying import table_order
from mentordesk.wording import translate


def in_dependency_order(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Kinds parents first (as the tables refer to one another), and within a kind that refers to
    itself (a decision amending another, a reply to a comment) each record after the one it names."""
    order = table_order()
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_kind.setdefault(record["kind"], []).append(record)
    out: list[dict[str, Any]] = []
    for kind in sorted(by_kind, key=lambda k: order.get(k, len(order))):
        out += _parents_first(kind, by_kind[kind])
    return out


def _parents_first(kind: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    table = Base.metadata.tables.get(kind)
    own = (
        [fk.parent.name for fk in table.foreign_keys if fk.column.table is table] if table is not None else []
    )
    if not own:
        return records
    by_id = {r["id"]: r for r in records}

    def parents(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
        named = (record["fields"].get(column) for column in own)
        return (by_id[i] for i in named if isinstance(i, str) and i in by_id)

    placed: set[str] = set()
    out: list[dict[str, Any]] = []
    for record in records:  # depth first: a record is placed once every record it names is
        if record["id"] in placed:
            continue
        path = {record["id"]}
        stack = [(record, parents(record))]
        while stack:
            current, named = stack[-1]
            parent = next((p for p in named if p["id"] not in placed and p["id"] not in path), None)
            if parent is None:
                stack.pop()
                path.discard(current["id"])
                placed.add(current["id"])
                out.append(current)
            else:
                path.add(parent["id"])
                stack.append((parent, parents(parent)))
    return out


@dataclass
class Chunk:
    """The records of one file, with their `records.json` (as `json.dumps` of the list writes it)."""

    records: list[dict[str, Any]] = field(default_factory=list)
    pieces: list[bytes] = field(default_factory=list)
    size: int = 2  # the brackets

    def add(self, record: dict[str, Any], piece: bytes) -> None:
        self.size += len(piece) + (2 if self.records else 0)  # ", " between records
        self.records.append(record)
        self.pieces.append(piece)

    def json(self) -> bytes:
        return b"[" + b", ".join(self.pieces) + b"]"


def split(records: Sequence[dict[str, Any]]) -> list[Chunk]:
    """The records in as few files as hold them (one, mostly), in dependency order; each record is
    written to JSON once, here. A record too large for a file of its own raises TooLarge: nothing can
    carry it."""
    limit_bytes, limit_count = bundle.MAX_RECORDS_BYTES, bundle.MAX_RECORDS
    chunks = [Chunk()]
    for record in in_dependency_order(records):
        piece = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
        if len(piece) + 2 > limit_bytes:
            raise bundle.TooLarge(
                translate(
                    "parts",
                    "The {kind} {id} holds more than your partner's MentorDesk opens in one file "
                    "({limit} MB); nothing was written.",
                ).format(kind=record["kind"].replace("_", " "), id=record["id"], limit=limit_bytes // 2**20)
            )
        current = chunks[-1]
        if current.records and (
            current.size + 2 + len(piece) > limit_bytes or len(current.records) >= limit_count
        ):
            current = Chunk()
            chunks.append(current)
        current.add(record, piece)
    return chunks


def part_path(out: Path, number: int, count: int) -> Path:
    """Where part `number` of `count` is written: beside `out`, named so they sort in their order."""
    return out.with_name(f"{out.stem}-part{number:02d}-of-{count:02d}{out.suffix}")
