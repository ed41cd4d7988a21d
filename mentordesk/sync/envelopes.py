"""A record envelope as it travels (docs/FORMAT.md, "Records"): its shape, types and sizes, checked
the same way before an export is written and when one is read."""

from __future__ import annotations

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
    """A record envelope (docs/FORMAT.md, "Records"): its shape, types and sizes; ValueError if not."""
    if not isinstance(record, dict) or set(record) != ENVELOPE:
        raise ValueError("a record must have exactly " + ", ".join(sorted(ENVELOPE)))
    if not isinstance(record["kind"], str) or not NAME.fullmatch(record["kind"]):
        raise ValueError(translate("bundle", "a record's kind is not a name"))
    if not isinstance(record["id"], str) or not ID.fullmatch(record["id"]):
        raise ValueError(translate("bundle", "a record's id is not an id"))
    where = f"the record {record['id']}"
    if not isinstance(record["deleted"], bool):
        raise ValueError(
            translate("bundle", "{where} has a deleted flag that is not true or false").format(where=where)
        )
    version, fields = record["version"], record["fields"]
    if not _vector(version):
        raise ValueError(
            translate("bundle", "{where} has a version that is not a version vector").format(where=where)
        )
    if not isinstance(fields, dict) or len(fields) > 64:
        raise ValueError(translate("bundle", "{where} has fields that are not fields").format(where=where))
    for name, value in fields.items():
        if not isinstance(name, str) or not NAME.fullmatch(name):
            raise ValueError(
                translate("bundle", "{where} has a field name that is not a name").format(where=where)
            )
        if not _plain(value):
            raise ValueError(
                translate(
                    "bundle", "the field {name} of {where} has a value of the wrong type or size"
                ).format(name=name, where=where)
            )
    if fields.get("deleted") is not record["deleted"]:
        raise ValueError(
            translate("bundle", "{where} has a deleted field that differs from its deleted flag").format(
                where=where
            )
        )
    versions = record["field_versions"]
    if not isinstance(versions, dict) or not set(versions) <= set(fields):
        raise ValueError(
            translate("bundle", "{where} gives versions for fields it does not have").format(where=where)
        )
    if not all(_vector(v) and dominates(version, v) for v in versions.values()):
        raise ValueError(
            translate("bundle", "{where} has a field version that is not within the record's version").format(
                where=where
            )
        )
    conflicts = record["conflicts"]
    if not isinstance(conflicts, dict) or not set(conflicts) <= set(fields):
        raise ValueError(
            translate("bundle", "{where} has conflicts on fields it does not have").format(where=where)
        )
    for name, others in conflicts.items():
        if not isinstance(others, list) or not 0 < len(others) <= MAX_CONFLICTING:
            raise ValueError(
                translate("bundle", "{where} has a conflict on {name} that is not a list of values").format(
                    where=where, name=name
                )
            )
        for other in others:
            if (
                not isinstance(other, dict)
                or set(other) != {"value", "version"}
                or not _plain(other["value"])
                or not _vector(other["version"])
                or not dominates(version, other["version"])
            ):
                raise ValueError(
                    translate("bundle", "{where} has a conflicting value of {name} that is not valid").format(
                        where=where, name=name
                    )
                )


def _vector(vector: object) -> bool:
    return (
        isinstance(vector, dict)
        and len(vector) <= 64
        and all(
            isinstance(k, str)
            and ID.fullmatch(k) is not None
            and isinstance(n, int)
            and not isinstance(n, bool)
            and 0 < n < 2**53
            for k, n in vector.items()
        )
    )


def _plain(value: object) -> bool:
    if value is None or isinstance(value, bool | int | float):
        return not isinstance(value, int) or isinstance(value, bool) or abs(value) < 2**53
    if isinstance(value, str):
        return len(value) <= MAX_TEXT
    if isinstance(value, list):
        return len(value) <= MAX_LIST and all(isinstance(v, str) and len(v) <= 10_000 for v in value)
    return False
