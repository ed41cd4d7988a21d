"""A record envelope as it travels (docs/FORMAT.md, "Records"): its shape, types and sizes, checked
the same way before an export is written and when one is read."""

from __future__ import annotations

import functools
import re

from mentordesk.domain import MAX_TEXT_CHARS
from mentordesk.sync.identity import ID
from mentordesk.sync.merge import dominates
from mentordesk.wording import translate

NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")
"""A record kind or field name."""
MAX_TEXT = MAX_TEXT_CHARS  # characters in one field
MAX_LIST = 1_000

ENVELOPE = frozenset({"kind", "id", "deleted", "version", "fields", "field_versions", "conflicts"})
MAX_CONFLICTING = 16  # values standing for one field at once


def validate_record(record: object) -> None:
    """A record envelope (docs/FORMAT.md, "Records"): its shape, types and sizes; ValueError if not.
    Run on every record an export writes and an import reads (hundreds of thousands of values), so each
    check is the cheapest test of its rule, and a message is only worded for a record that fails."""
    if not isinstance(record, dict) or record.keys() != ENVELOPE:
        raise ValueError("a record must have exactly " + ", ".join(sorted(ENVELOPE)))
    kind, record_id = record["kind"], record["id"]
    if not isinstance(kind, str) or not NAME.fullmatch(kind):
        raise ValueError(translate("bundle", "a record's kind is not a name"))
    if not isinstance(record_id, str) or not ID.fullmatch(record_id):
        raise ValueError(translate("bundle", "a record's id is not an id"))
    problem = _problem(record)
    if problem is not None:
        raise ValueError(problem.format(where=f"the record {record_id}"))


def _problem(record: dict[str, object]) -> str | None:
    """What is wrong with an envelope whose kind and id are good, as words with {where} left to fill."""
    if not isinstance(record["deleted"], bool):
        return translate("bundle", "{where} has a deleted flag that is not true or false")
    version, fields = record["version"], record["fields"]
    if not _vector(version):
        return translate("bundle", "{where} has a version that is not a version vector")
    assert isinstance(version, dict)
    if not isinstance(fields, dict) or len(fields) > 64:
        return translate("bundle", "{where} has fields that are not fields")
    if not _are_names(tuple(fields)):
        return translate("bundle", "{where} has a field name that is not a name")
    for name, value in fields.items():
        if type(value) is str:  # most values, told here without a call
            if len(value) <= MAX_TEXT:
                continue
        elif _plain(value):
            continue
        return translate(
            "bundle", "the field {name} of {where} has a value of the wrong type or size"
        ).replace("{name}", name)
    if fields.get("deleted") is not record["deleted"]:
        return translate("bundle", "{where} has a deleted field that differs from its deleted flag")
    versions = record["field_versions"]
    if not isinstance(versions, dict) or not versions.keys() <= fields.keys():
        return translate("bundle", "{where} gives versions for fields it does not have")
    if not all(_vector(v) and dominates(version, v) for v in versions.values()):
        return translate("bundle", "{where} has a field version that is not within the record's version")
    conflicts = record["conflicts"]
    if not isinstance(conflicts, dict) or not conflicts.keys() <= fields.keys():
        return translate("bundle", "{where} has conflicts on fields it does not have")
    for name, others in conflicts.items():
        if not isinstance(others, list) or not 0 < len(others) <= MAX_CONFLICTING:
            return translate(
                "bundle", "{where} has a conflict on {name} that is not a list of values"
            ).replace("{name}", name)
        for other in others:
            if (
                not isinstance(other, dict)
                or other.keys() != _CONFLICTING
                or not _plain(other["value"])
                or not _vector(other["version"])
                or not dominates(version, other["version"])
            ):
                return translate(
                    "bundle", "{where} has a conflicting value of {name} that is not valid"
                ).replace("{name}", name)
    return None


_CONFLICTING = frozenset({"value", "version"})


@functools.lru_cache(maxsize=1024)
def _are_names(names: tuple[object, ...]) -> bool:
    """A record's field names are names (each kind's few sets of them are met on every record)."""
    return all(isinstance(name, str) and NAME.fullmatch(name) is not None for name in names)


@functools.lru_cache(maxsize=1024)
def _is_device(device: str) -> bool:
    """A device id in a version vector (a pairing's two or three devices, met on every record)."""
    return ID.fullmatch(device) is not None


def _vector(vector: object) -> bool:
    return (
        isinstance(vector, dict)
        and len(vector) <= 64
        and all(
            isinstance(k, str)
            and _is_device(k)
            and isinstance(n, int)
            and not isinstance(n, bool)
            and 0 < n < 2**53
            for k, n in vector.items()
        )
    )


def _plain(value: object) -> bool:
    """A field's value: text, a number, true or false, nothing, or a list of short texts (the most
    frequent first)."""
    if isinstance(value, str):
        return len(value) <= MAX_TEXT
    if value is None or isinstance(value, bool | float):
        return True
    if isinstance(value, int):
        return abs(value) < 2**53
    if isinstance(value, list):
        return len(value) <= MAX_LIST and all(isinstance(v, str) and len(v) <= 10_000 for v in value)
    return False
