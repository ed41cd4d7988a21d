"""How hidden a record really is: its own visibility, or that of a record it hangs under or is made from,
whichever is stricter (docs/SECURITY.md, "Visibility propagates").

An action item of a confidential session is confidential; an agenda point that carries a private
session's action forward is private; a tag or link on a private card is private. Exports and the export
preview ask this instead of a record's own column."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import Select, literal, null, select, union_all
from sqlalchemy.orm import Session

from mentordesk.domain import Visibility, least_strict, strictest
from mentordesk.storage.base import SyncedMixin
from mentordesk.storage.fts import chunks
from mentordesk.storage.models import (
    ActionItem,
    AgendaItem,
    ArcheologyEvent,
    BoardColumn,
    Card,
    ChecklistItem,
    Competency,
    Component,
    Decision,
    DecisionAddendum,
    DecisionRevision,
    Era,
    EventLink,
    Link,
    MentoringSession,
    ReviewComment,
    SessionNote,
    Tag,
    Tagging,
)

FOLLOW_AT_MOST = 500
"""Up to this many records asked for are followed up by id; more, and the whole pairing is read."""

#: The columns naming the records a record hangs under or is made from.
HIDDEN_WITH: dict[type[SyncedMixin], tuple[str, ...]] = {
    ActionItem: ("session_id",),
    AgendaItem: ("session_id", "carried_from_id"),
    SessionNote: ("session_id",),
    ChecklistItem: ("card_id",),
    ReviewComment: ("decision_id", "parent_id"),
    DecisionAddendum: ("decision_id",),
    DecisionRevision: ("decision_id",),
    Tagging: ("record_id",),
    Link: ("source_id", "target_id"),
    EventLink: ("cause_id", "effect_id"),
}
_OWN_ONLY: tuple[type[SyncedMixin], ...] = (
    ArcheologyEvent,
    BoardColumn,
    Card,
    Competency,
    Component,
    Decision,
    Era,
    MentoringSession,
    Tag,
)


def hidden_records(
    session: Session, pairing_id: str, only: Collection[str] | None = None
) -> dict[str, Visibility]:
    """The pairing's records that are not shared, each with how hidden it really is. Only ids and
    references are read: no text.

    With `only`, the answer holds at least those records (it may name others). When they are few, the
    records they hang under are followed up from them, rather than every record of the pairing read:
    an export of a few changed records asks this way (reading the whole pairing was most of its time).
    Following costs about 0.1 ms a record, reading the whole pairing 0.06–0.1 s at 25,000 records."""
    if only is not None and len(only) <= FOLLOW_AT_MOST:
        return _hidden_among(session, pairing_id, set(only))
    hidden: dict[str, Visibility] = {}
    for model in _OWN_ONLY:
        rows = session.execute(
            select(model.id, model.visibility).where(
                model.pairing_id == pairing_id,  # type: ignore[attr-defined]
                model.visibility != Visibility.SHARED,
            )
        )
        hidden.update({row_id: visibility for row_id, visibility in rows})
    children: list[_Child] = []
    for model, columns in HIDDEN_WITH.items():
        query = select(model.id, model.visibility, *(getattr(model, c) for c in columns)).where(
            model.pairing_id == pairing_id  # type: ignore[attr-defined]
        )
        for row in session.execute(query):
            children.append((row[0], row[1], tuple(row[2:])))
    _propagate(hidden, children)
    uses = session.execute(
        select(Tagging.id, Tagging.tag_id).where(Tagging.pairing_id == pairing_id, Tagging.deleted.is_(False))
    )
    _hide_tags_by_uses(hidden, uses)
    return hidden


_Child = tuple[str, Visibility, tuple[str | None, ...]]
"""A record that hangs under others: its id, its own visibility and the ids of those it hangs under."""


def _propagate(hidden: dict[str, Visibility], children: list[_Child]) -> None:
    """Make each child in `hidden` as hidden as the most hidden of itself and its parents, until
    nothing changes (a cycle, which only a damaged file holds, ends too: values only rise)."""
    changed = True
    while changed:  # chains are short (a carried point → its action → that action's session)
        changed = False
        for row_id, own, parents in children:
            found = strictest(own, *(hidden[p] for p in parents if p is not None and p in hidden))
            if found is not Visibility.SHARED and hidden.get(row_id) is not found:
                hidden[row_id] = found
                changed = True


def _hidden_among(session: Session, pairing_id: str, wanted: set[str]) -> dict[str, Visibility]:
    """`hidden_records` for the records `wanted`: they, the records they hang under (and those their
    parents hang under, up to the top), and for a tag among them every record it tags, are read by id;
    the same rules then run over just those."""
    hidden: dict[str, Visibility] = {}
    children: list[_Child] = []
    per_statement = _ids_per_statement(session)
    tags = _read_with_parents(session, pairing_id, wanted, per_statement, hidden, children)
    tag_uses: list[tuple[str, str]] = []
    for chunk in chunks(sorted(tags), per_statement):
        tag_uses += session.execute(
            select(Tagging.id, Tagging.tag_id).where(
                Tagging.pairing_id == pairing_id, Tagging.deleted.is_(False), Tagging.tag_id.in_(chunk)
            )
        )
    taggings = {tagging for tagging, _ in tag_uses}
    _read_with_parents(session, pairing_id, taggings, per_statement, hidden, children)
    _propagate(hidden, children)
    _hide_tags_by_uses(hidden, tag_uses)
    return hidden


def _read_with_parents(
    session: Session,
    pairing_id: str,
    ids: set[str],
    per_statement: int,
    hidden: dict[str, Visibility],
    children: list[_Child],
) -> set[str]:
    """Read the pairing's records named by `ids`, then those they hang under, level by level
    (`per_statement` ids in a statement), into `hidden` (a record that hangs under none, when it is not
    shared) and `children`; the tags met."""
    tags: set[str] = set()
    seen: set[str] = set()
    asked = ids
    while asked:
        seen |= asked
        parents: set[str] = set()
        for chunk in chunks(sorted(asked), per_statement):
            for kind, row_id, own, *up in session.execute(_by_id(pairing_id, chunk)):
                if kind in _PARENTS_BY_KIND:
                    children.append((row_id, own, tuple(up[: len(_PARENTS_BY_KIND[kind])])))
                    parents.update(p for p in up if p is not None)
                elif own is not Visibility.SHARED:
                    hidden[row_id] = own
                if kind == Tag.__tablename__:
                    tags.add(row_id)
        asked = parents - seen
    return tags


_PARENTS_BY_KIND = {model.__tablename__: columns for model, columns in HIDDEN_WITH.items()}  # type: ignore[attr-defined]
_MOST_PARENTS = max(len(columns) for columns in HIDDEN_WITH.values())
_KINDS = len(HIDDEN_WITH) + len(_OWN_ONLY)


def _ids_per_statement(session: Session) -> int:
    """How many ids one `_by_id` statement may name: each kind's part names them all, with the pairing
    and the kind, within this SQLite's limit of parameters (999 before 3.32, 32,766 since; some systems
    still carry an older one). A statement of taggings by tag names fewer parameters."""
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return max(1, connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // _KINDS - 2)


def _by_id(pairing_id: str, ids: Sequence[str]) -> Select[Any]:
    """One statement reading every kind's records among `ids`: kind, id, own visibility, and the ids
    of the records it hangs under (none for a kind that hangs under nothing)."""
    parts = []
    for model in (*HIDDEN_WITH, *_OWN_ONLY):
        columns = [getattr(model, c) for c in HIDDEN_WITH.get(model, ())]
        padding = [null()] * (_MOST_PARENTS - len(columns))
        parts.append(
            select(literal(model.__tablename__), model.id, model.visibility, *columns, *padding).where(  # type: ignore[attr-defined]
                model.pairing_id == pairing_id,  # type: ignore[attr-defined]
                model.id.in_(ids),
            )
        )
    return union_all(*parts)  # type: ignore[return-value]


def _hide_tags_by_uses(hidden: dict[str, Visibility], rows: Iterable[tuple[str, str]]) -> None:
    """A tag's name was typed for the records it tags: each tag of `rows` (tagging id, tag id) is as
    hidden as the least hidden of its uses, or its own visibility if that is stricter."""
    uses: dict[str, list[Visibility]] = {}
    for tagging_id, tag_id in rows:
        uses.setdefault(tag_id, []).append(hidden.get(tagging_id, Visibility.SHARED))
    for tag_id, visibilities in uses.items():
        found = strictest(hidden.get(tag_id, Visibility.SHARED), least_strict(*visibilities))
        if found is not Visibility.SHARED:
            hidden[tag_id] = found
