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
from pathlib import Path
from typing import Any

from mentordesk.storage.base import Base
from mentordesk.sync import bundle
from mentordesk.wording import translate

#: JSON a part may hold beside its records: the list's brackets.
_SLACK = 64


def in_dependency_order(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Kinds parents first (as the tables refer to one another), and within a kind that refers to
    itself (a decision amending another, a reply to a comment) each record after the one it names."""
    order = {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}
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


def split(records: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The records in parts that each fit one file, in dependency order. A record too large for a file
    of its own raises TooLarge: nothing can carry it."""
    limit_bytes, limit_count = bundle.MAX_RECORDS_BYTES - _SLACK, bundle.MAX_RECORDS
    parts: list[list[dict[str, Any]]] = []
    current: list[dict[str, Any]] = []
    size = 0
    for record in in_dependency_order(records):
        length = len(json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")) + 2
        if length > limit_bytes:
            raise bundle.TooLarge(
                translate(
                    "parts",
                    "The {kind} {id} holds more than your partner's MentorDesk opens in one file "
                    "({limit} MB); nothing was written.",
                ).format(kind=record["kind"].replace("_", " "), id=record["id"], limit=limit_bytes // 2**20)
            )
        if current and (size + length > limit_bytes or len(current) >= limit_count):
            parts.append(current)
            current, size = [], 0
        current.append(record)
        size += length
    if current:
        parts.append(current)
    return parts


def part_path(out: Path, number: int, count: int) -> Path:
    """Where part `number` of `count` is written: beside `out`, named so they sort in their order."""
    return out.with_name(f"{out.stem}-part{number:02d}-of-{count:02d}{out.suffix}")
