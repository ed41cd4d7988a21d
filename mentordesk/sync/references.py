"""The import's last check before it commits: what it wrote names only records that exist here and
belong to the pairing being imported.

Only the records the import wrote are looked at, so an exchange of a few edits costs a few lookups
however large the pairing is; the rest of the pairing was checked when it was written. The records'
many-to-many links are left to SQLite's foreign keys, deferred to the commit (a failure there is worded
by `missing_message` too)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from mentordesk.storage.base import PairingScoped, SyncedMixin
from mentordesk.sync.records import kinds
from mentordesk.wording import translate

#: Ids one statement names at a time.
CHUNK = 500
#: Written records of one kind beyond which the pairing's records of that kind are checked in one pass.
WHOLE_AFTER = 2_000


def missing_message() -> str:
    return translate(
        "Applier",
        "The export refers to records this database does not have. Import the earlier exports "
        "from the same partner first, then this one.",
    )


def _chunks(model: type[SyncedMixin], ids: Sequence[str]) -> Iterator[Sequence[str] | None]:
    """The ids a statement at a time; or None, once, for a pairing's records written by the thousand
    (a first exchange), which one pass over the pairing checks sooner than as many lookups."""
    if issubclass(model, PairingScoped) and len(ids) > WHOLE_AFTER:
        yield None
        return
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def reference_problem(
    session: Session, pairing_id: str, written: Mapping[type[SyncedMixin], Sequence[str]]
) -> str | None:
    """What is wrong when a record in `written` (ids by model) names a missing record, or a record of
    another pairing while it is a record of this one; None when nothing is."""
    for model, ids in written.items():
        table = model.__table__  # type: ignore[attr-defined]
        for foreign in table.foreign_keys:
            parent = foreign.column.table
            parent_model = kinds().get(parent.name)
            crossing = (
                issubclass(model, PairingScoped)
                and parent_model is not None
                and issubclass(parent_model, PairingScoped)
            )
            condition = "p.id IS NULL" + (" OR p.pairing_id != :pairing" if crossing else "")
            column = foreign.parent.name
            joined = (
                f"SELECT p.id IS NULL FROM {table.name} AS c "  # names from the schema
                f"LEFT JOIN {parent.name} AS p ON p.{foreign.column.name} = c.{column} "
                f"WHERE c.{column} IS NOT NULL AND ({condition}) AND "
            )
            for chunk in _chunks(model, ids):
                if chunk is None:  # most of the pairing: read it whole rather than look each up
                    where, values = "c.pairing_id = :pairing", {"pairing": pairing_id}
                else:
                    where = "c.id IN (" + ", ".join(f":i{n}" for n in range(len(chunk))) + ")"
                    values = {f"i{n}": value for n, value in enumerate(chunk)}
                    if crossing:
                        values["pairing"] = pairing_id
                found = session.execute(text(joined + where + " LIMIT 1"), values).first()
                if found is None:
                    continue
                if found[0]:
                    return missing_message()
                return translate(
                    "Applier", "The export links a {kind} to a record of another pairing; it was refused."
                ).format(kind=table.name.replace("_", " "))
    return None
