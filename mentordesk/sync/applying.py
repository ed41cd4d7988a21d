"""Applying a bundle's records to this database inside the import's one transaction (docs/FORMAT.md,
"Merging").

Each incoming record is merged with the local copy field by field (`sync.merge`): a version that has
seen the other replaces it, an older one changes nothing, and concurrent edits of one field keep every
value as a conflict. Before anything is written the record is checked against the schema and against
the pairing being imported: a record may only belong to that pairing, and only the pairing's two people
may be written. Anything that does not fit raises ApplyError, and the caller's transaction is undone."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from mentordesk.storage.base import Base, PairingScoped, SyncedMixin
from mentordesk.storage.models import (
    Decision,
    DecisionAddendum,
    Pairing,
    Person,
    ReviewComment,
    Setting,
)
from mentordesk.storage.models.pairing import ME_KEY, PAIRING_ME_PREFIX
from mentordesk.storage.versions import DEVICE_KEY, link_fields, synced_fields
from mentordesk.sync.fields import FieldError, from_wire, read_field, write_field
from mentordesk.sync.inserting import NewRecords, row
from mentordesk.sync.merge import Register, Version, in_conflict, join, merge
from mentordesk.sync.merge import chosen as merge_chosen
from mentordesk.sync.numbering import DecisionNumbers
from mentordesk.sync.records import field_version, kinds
from mentordesk.sync.references import reference_problem
from mentordesk.wording import translate

#: Incoming records whose local copies one query reads.
PRELOAD_CHUNK = 500


class ApplyError(ValueError):
    """An incoming record that cannot be taken in; the message names it and why."""


@dataclass
class Applied:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0  # fields that are newly in conflict
    renumbered: list[tuple[int, int]] = field(default_factory=list)  # decisions moved: (from, to)


def _invalid(where: str, error: FieldError) -> ApplyError:
    """A record whose field does not fit its column, as the import refuses it."""
    return ApplyError(
        translate("Applier", "The export's {where} is not valid: {error}.").format(where=where, error=error)
    )


def table_order() -> dict[str, int]:
    """Kinds in an order where a record's parents come before it."""
    return {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}


def registers(
    fields: Mapping[str, Any], versions: Mapping[str, Any], conflicts: Mapping[str, Any]
) -> dict[str, Register]:
    """Each field's versions: its value at its version, plus any values standing in conflict with it."""
    out: dict[str, Register] = {}
    ordered: dict[int, tuple[tuple[str, int], ...]] = {}  # most fields share the record's vector
    for name, current in fields.items():
        vector = versions[name]
        if id(vector) not in ordered:
            ordered[id(vector)] = tuple(sorted(vector.items()))
        standing = {Version(current, ordered[id(vector)])}
        if name in conflicts:
            standing |= {Version.of(other["value"], other["version"]) for other in conflicts[name]}
        out[name] = frozenset(standing)
    return out


def local_registers(record: SyncedMixin) -> dict[str, Register]:
    names = synced_fields(type(record))
    versions = {name: field_version(record, name) for name in names}
    return registers({name: read_field(record, name) for name in names}, versions, record.conflicts or {})


class Applier:
    """Merges the records of one bundle for one pairing into the session."""

    def __init__(
        self,
        session: Session,
        pairing_id: str,
        records: Iterable[Mapping[str, Any]],
        *,
        first_exchange: bool = False,
    ) -> None:
        """`first_exchange`: the records are (a part of) the export that starts the pairing here, so
        what the sender wrote in either person's name before it comes in as it stands."""
        self._session = session
        self._pairing_id = pairing_id
        self._people: set[str] = set()
        local = session.get(Pairing, pairing_id)
        self._new_pairing = local is None or first_exchange
        if local is not None:  # the partner cannot name other people: the pairing's two stay its two
            self._people = {local.mentor_id, local.mentee_id}
        else:
            for record in records:  # a new pairing's people as the export names them
                if record["kind"] == "pairing" and record["id"] == pairing_id:
                    self._people |= {record["fields"].get("mentor_id"), record["fields"].get("mentee_id")}
        self.result = Applied()
        self._links: list[tuple[SyncedMixin, str, list[str]]] = []  # of records held here
        self._written: dict[type[SyncedMixin], list[str]] = {}  # ids of the records added or updated
        self._new = NewRecords(pairing_id)  # records this import creates
        self._at_one_version: dict[tuple[Any, ...], dict[str, dict[str, int]]] = {}  # see `_fresh`
        self._numbers = DecisionNumbers(session, pairing_id, session.info[DEVICE_KEY])
        self.result.renumbered = self._numbers.renumbered
        self._held = self._preload(records)

    def _preload(
        self, records: Iterable[Mapping[str, Any]]
    ) -> dict[tuple[type[SyncedMixin], str], SyncedMixin]:
        """Read the local copies of every incoming record with their links, a few hundred per query, so
        that merging one asks the database nothing; each by its (model, id). They are held here: the
        session alone would let them go, and read each again."""
        wanted: dict[type[SyncedMixin], list[str]] = {}
        for record in records:
            model = kinds().get(record["kind"])
            if model is not None:
                wanted.setdefault(model, []).append(record["id"])
        held: dict[tuple[type[SyncedMixin], str], SyncedMixin] = {}
        for model, ids in wanted.items():
            for start in range(0, len(ids), PRELOAD_CHUNK):
                chunk = ids[start : start + PRELOAD_CHUNK]
                query = select(model).where(model.id.in_(chunk))
                for name in link_fields(model):  # read with the records, not one query each later
                    query = query.options(selectinload(getattr(model, name)))
                found = self._session.scalars(query)
                held.update(((model, r.id), r) for r in found)
        return held

    def apply(self, envelope: Mapping[str, Any]) -> None:
        model = kinds().get(envelope["kind"])
        where = f"{str(envelope['kind']).replace('_', ' ')} {envelope['id']}"
        if model is None or not self._may_receive(model):
            raise ApplyError(
                translate(
                    "Applier", "The export holds the {where}, a kind of record that does not travel."
                ).format(where=where)
            )
        names = set(synced_fields(model))
        if set(envelope["fields"]) != names:
            raise ApplyError(
                translate(
                    "Applier",
                    "The export's {where} does not have the fields this version of MentorDesk uses.",
                ).format(where=where)
            )
        local = self._held.get((model, envelope["id"]))
        if local is None and not envelope["conflicts"] and model not in (Pairing, Person):
            values, links = self._fresh(model, envelope, where)
            self._check_owner(model, envelope, where)
            if model in (ReviewComment, DecisionAddendum):
                self._check_authorship(None, envelope["fields"]["author_role"], where)
        else:
            merged = self._merged(model, envelope, local, where)
            if merged is None:
                self.result.unchanged += 1
                return
            values, links = merged
        if local is None:
            values["version_vector"] = join([envelope["version"]])
            written: Any = row(envelope["id"], values)
            self._new.add(model, written, links)
            self.result.added += 1
        else:
            values["version_vector"] = join([local.version_vector or {}, envelope["version"]])
            for name, value in values.items():
                setattr(local, name, value)
            self._links.extend((local, name, ids) for name, ids in links.items())
            written = local
            self.result.updated += 1
        self._written.setdefault(model, []).append(envelope["id"])
        if model is Decision:
            self._numbers.settle(written)

    def _merged(
        self, model: type[SyncedMixin], envelope: Mapping[str, Any], local: SyncedMixin | None, where: str
    ) -> tuple[dict[str, Any], dict[str, list[str]]] | None:
        """The record merged with its local copy, field by field: its column values and link fields'
        ids (see `_settle`); None when it changes nothing here."""
        given = envelope["field_versions"]
        versions = {name: given.get(name, envelope["version"]) for name in envelope["fields"]}
        incoming = registers(envelope["fields"], versions, envelope["conflicts"])
        checked = self._checked(model, incoming, where)
        self._check_owner(model, envelope, where)
        if isinstance(local, PairingScoped) and local.pairing_id != self._pairing_id:
            raise ApplyError(
                translate(
                    "Applier", "The export holds the {where}, which is a record of another pairing here."
                ).format(where=where)
            )
        before = local_registers(local) if local is not None else {}
        merged = merge(before, incoming)
        if merged == before:
            return None
        self._check_authority(model, local, merged, where)
        if model in (ReviewComment, DecisionAddendum):
            self._check_authorship(local, merge_chosen(merged["author_role"]).value, where)
        self.result.conflicts += sum(1 for n, r in merged.items() if in_conflict(r) and r != before.get(n))
        return self._settle(model, merged, checked)

    def _fresh(
        self, model: type[SyncedMixin], envelope: Mapping[str, Any], where: str
    ) -> tuple[dict[str, Any], dict[str, list[str]]]:
        """A record new here with no values in conflict (most of a first exchange): what `_merged` gives
        for it, each field checked and kept at the version it came with, without building its
        versions to merge with nothing. New records with every field at the same version share their
        field versions (written once, `sync.inserting`): like `stamp`, what changes them replaces them."""
        given, fields = envelope["field_versions"], envelope["fields"]
        links_of = link_fields(model)
        values: dict[str, Any] = {}
        links: dict[str, list[str]] = {}
        try:
            for name, value in fields.items():
                (links if name in links_of else values)[name] = from_wire(model, name, value)
        except FieldError as error:
            raise _invalid(where, error) from None
        version = tuple(sorted(envelope["version"].items()))
        if given:
            shared = dict(version)  # as `stamp` writes them: the fields at one version share it
            versions = {name: shared for name in fields}
            for name, vector in given.items():  # the few fields older than the record
                versions[name] = dict(sorted(vector.items()))
        else:  # every field at the record's version, as most records of a kind are at one of a few
            key = (model, tuple(fields), version)
            found = self._at_one_version.get(key)
            if found is None:
                shared = dict(version)
                found = self._at_one_version[key] = {name: shared for name in fields}
            versions = found
        values["field_versions"] = versions
        values["conflicts"] = {}
        return values, links

    @staticmethod
    def _checked(model: type[SyncedMixin], incoming: Mapping[str, Register], where: str) -> dict[int, Any]:
        """Every incoming value checked against its column before anything is written; the column
        values by the identity of their versions, so the one a field keeps is not converted again."""
        checked: dict[int, Any] = {}
        try:
            for name, register in incoming.items():
                for version in register:
                    checked[id(version)] = from_wire(model, name, version.value)
        except FieldError as error:
            raise _invalid(where, error) from None
        return checked

    @staticmethod
    def _settle(
        model: type[SyncedMixin], merged: Mapping[str, Register], checked: Mapping[int, Any]
    ) -> tuple[dict[str, Any], dict[str, list[str]]]:
        """The merged record's column values with each field's version and the values standing in
        conflict with it; and its link fields' ids, set once every record is in."""
        values: dict[str, Any] = {}
        links: dict[str, list[str]] = {}
        versions: dict[str, dict[str, int]] = {}
        conflicts: dict[str, list[dict[str, Any]]] = {}
        for name, register in merged.items():
            chosen = merge_chosen(register)
            value = checked[id(chosen)] if id(chosen) in checked else from_wire(model, name, chosen.value)
            (links if name in link_fields(model) else values)[name] = value
            versions[name] = chosen.seen
            if len(register) > 1:
                others = sorted((v for v in register if v != chosen), key=Version.key)
                conflicts[name] = [{"value": v.value, "version": v.seen} for v in others]
        values["field_versions"] = versions
        values["conflicts"] = conflicts
        return values, links

    def _may_receive(self, model: type[SyncedMixin]) -> bool:
        return issubclass(model, PairingScoped) or model.__tablename__ in ("pairing", "person")  # type: ignore[attr-defined]

    def _check_owner(self, model: type[SyncedMixin], envelope: Mapping[str, Any], where: str) -> None:
        kind = model.__tablename__  # type: ignore[attr-defined]
        fields = envelope["fields"]
        if kind == "pairing":
            if envelope["id"] != self._pairing_id:
                raise ApplyError(
                    translate(
                        "Applier", "The export holds the {where}, which is not the pairing it is for."
                    ).format(where=where)
                )
        elif kind == "person":
            if envelope["id"] not in self._people:
                raise ApplyError(
                    translate(
                        "Applier", "The export holds the {where}, who is not one of the pairing's two people."
                    ).format(where=where)
                )
        elif fields.get("pairing_id") != self._pairing_id:
            raise ApplyError(
                translate(
                    "Applier", "The export holds the {where}, which belongs to another pairing."
                ).format(where=where)
            )

    def _check_authority(
        self, model: type[SyncedMixin], local: SyncedMixin | None, merged: Mapping[str, Register], where: str
    ) -> None:
        """A partner may change their pairing's records, but never take the pairing away from this
        database's user, end it unseen, or touch a person who is also in another pairing here."""

        def becomes(name: str) -> Any:
            return merge_chosen(merged[name]).value

        if model is Pairing:
            if becomes("deleted"):
                raise ApplyError(
                    translate(
                        "Applier", "The export removes the {where}; a partner cannot remove the pairing."
                    ).format(where=where)
                )
            if local is not None and (
                becomes("mentor_id") != read_field(local, "mentor_id")
                or becomes("mentee_id") != read_field(local, "mentee_id")
            ):
                raise ApplyError(
                    translate(
                        "Applier", "The export changes who is in the {where}; a partner cannot do that."
                    ).format(where=where)
                )
        elif model is Person and local is not None:
            if not self._new_pairing and local.id == self._me():
                raise ApplyError(
                    translate(
                        "Applier",
                        "The export changes the {where}, who is you; only you change your own details.",
                    ).format(where=where)
                )
            elsewhere = self._session.scalar(
                select(func.count())
                .select_from(Pairing)
                .where(
                    Pairing.id != self._pairing_id,
                    (Pairing.mentor_id == local.id) | (Pairing.mentee_id == local.id),
                )
            )
            if self._new_pairing or elsewhere:
                raise ApplyError(
                    translate(
                        "Applier",
                        "The export changes the {where}, who is also in another pairing here; a "
                        "partner may only change the people of their own pairing.",
                    ).format(where=where)
                )

    def _check_authorship(self, local: SyncedMixin | None, author: Any, where: str) -> None:
        """A review comment or an addendum is its author's words: the partner may write their own, never
        one in this user's name, nor change one this user wrote. `author`: the role the record comes
        with."""
        mine = None if self._new_pairing else self._my_role
        if mine is None:
            return
        if local is not None and str(getattr(local, "author_role", "")) == mine:
            raise ApplyError(
                translate(
                    "Applier", "The export changes the {where}, which you wrote; only you change it."
                ).format(where=where)
            )
        if local is None and author == mine:
            raise ApplyError(
                translate(
                    "Applier", "The export holds the {where}, written in your name; it was refused."
                ).format(where=where)
            )

    @cached_property
    def _my_role(self) -> str | None:
        """This user's role in the pairing as stored (None for a pairing this import starts). Read once:
        the pairing a record hangs under is applied before the record."""
        pairing = self._session.get(Pairing, self._pairing_id)
        me = self._me()
        if pairing is None or me is None:
            return None
        return "mentor" if me == pairing.mentor_id else "mentee" if me == pairing.mentee_id else None

    def _me(self) -> str | None:
        """The person this database's user is in the pairing."""
        for key in (PAIRING_ME_PREFIX + self._pairing_id, ME_KEY):
            setting = self._session.get(Setting, key)
            if setting is not None:
                return str(setting.value)
        return None

    def finish(self) -> None:
        """After the flush that wrote the changed records: insert the new ones, then set the changed
        records' many-to-many links (the records they name are all in place now)."""
        self._new.write(self._session)
        for record, name, ids in self._links:
            write_field(self._session, record, name, ids)
        self._links.clear()

    def check_references(self) -> None:
        """After the flush: every record this import wrote names records that exist here, and only
        records of the pairing."""
        problem = reference_problem(self._session, self._pairing_id, self._written)
        if problem is not None:
            raise ApplyError(problem)
