"""Merging two copies of a record, field by field, by version vectors (pure functions on plain data).

Each field is a multi-value register: a set of versions (value, vector) none of which is older than
another. Merging two copies takes, per field, the union of their versions and drops every version that
another one has seen (its vector is dominated). One version left: both sides agree. Several left: the
field was edited concurrently, and the copies keep all of them as a conflict until someone chooses.
Choosing writes a new version that has seen them all, so it replaces them on every copy it reaches.

Because this is a union followed by a filter, merging is commutative, associative and idempotent:
copies that have seen the same changes hold the same record, whatever the order the changes came in.
A deletion is the field `deleted` set to true, so a change the deleting side had already seen cannot
bring the record back."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

Vector = Mapping[str, int]

_PLAIN = (str, int, float, bool)


def dominates(a: Vector, b: Vector) -> bool:
    """`a` has seen everything `b` has (and maybe more)."""
    return all(a.get(device, 0) >= count for device, count in b.items())


def join(vectors: Iterable[Vector]) -> dict[str, int]:
    """The smallest vector that has seen all of them."""
    joined: dict[str, int] = {}
    for vector in vectors:
        for device, count in vector.items():
            joined[device] = max(joined.get(device, 0), count)
    return joined


@dataclass(frozen=True, eq=False)
class Version:
    """A field value at a version vector. Versions are equal when value and vector are; values may be
    lists, so equality goes through the value's JSON text. A plain value (text, a number, true or
    false, none) is hashed as itself: equal JSON texts of plain values are equal values of one type,
    so they hash alike, and most fields never need their JSON text at all."""

    value: Any
    vector: tuple[tuple[str, int], ...]  # sorted (device, count) pairs

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        return isinstance(other, Version) and self.key() == other.key()

    def __hash__(self) -> int:
        if self.value is None or type(self.value) in _PLAIN:
            return hash((type(self.value), self.value, self.vector))
        return hash(self.key())

    @classmethod
    def of(cls, value: Any, vector: Vector) -> Version:
        return cls(value, tuple(sorted(vector.items())))

    @property
    def seen(self) -> dict[str, int]:
        return dict(self.vector)

    def key(self) -> tuple[str, tuple[tuple[str, int], ...]]:
        return self._key

    @cached_property
    def _key(self) -> tuple[str, tuple[tuple[str, int], ...]]:
        return json.dumps(self.value, sort_keys=True, default=str), self.vector


Register = frozenset[Version]
Record = Mapping[str, Register]  # field name → its versions


def merge_register(a: Register, b: Register) -> Register:
    """The versions of either side that no other version has seen."""
    every = set(a) | set(b)
    if len(every) < 2:
        return frozenset(every)
    return frozenset(
        v
        for v in every
        if not any(w != v and dominates(w.seen, v.seen) and w.seen != v.seen for w in every)
        and not any(w != v and w.seen == v.seen and w.key() > v.key() for w in every)
    )


def merge(a: Record, b: Record) -> dict[str, Register]:
    """Two copies of one record, merged field by field."""
    return {field: merge_register(a.get(field, frozenset()), b.get(field, frozenset())) for field in {*a, *b}}


def write(record: Record, field: str, value: Any, device: str) -> dict[str, Register]:
    """A local edit (or the choice that resolves a conflict): a version that has seen every current one."""
    seen = join(v.seen for v in record.get(field, frozenset()))
    seen[device] = seen.get(device, 0) + 1
    return {**record, field: frozenset({Version.of(value, seen)})}


def chosen(register: Register) -> Version:
    """The version whose value the field shows: the only one, or (while in conflict) the one a fixed
    rule picks, so every copy shows the same one."""
    if len(register) == 1:
        return next(iter(register))
    return max(register, key=lambda v: (sum(v.seen.values()), v.key()))


def value(register: Register) -> Any:
    return chosen(register).value if register else None


def in_conflict(register: Register) -> bool:
    """Concurrent versions with different values (the same value written on both sides agrees)."""
    return len(register) > 1 and len({v.key()[0] for v in register}) > 1


def conflicts(record: Record) -> dict[str, list[Any]]:
    """Fields edited concurrently, with every value still standing."""
    return {
        field: [v.value for v in sorted(register, key=Version.key)]
        for field, register in record.items()
        if in_conflict(register)
    }


def record_vector(record: Record) -> dict[str, int]:
    """The record's version vector: everything any of its field versions has seen."""
    return join(v.seen for register in record.values() for v in register)
