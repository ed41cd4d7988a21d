"""How hidden a record really is: its own visibility, or that of a record it hangs under or is made from,
whichever is stricter (docs/SECURITY.md, "Visibility propagates").

An action item of a confidential session is confidential; an agenda point that carries a private
session's action forward is private; a tag or link on a private card is private. Exports and the export
preview ask this instead of a record's own column."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.domain import Visibility, least_strict, strictest
from mentordesk.storage.base import SyncedMixin
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


def hidden_records(session: Session, pairing_id: str) -> dict[str, Visibility]:
    """The pairing's records that are not shared, each with how hidden it really is. Only ids and
    references are read: no text."""
    hidden: dict[str, Visibility] = {}
    for model in _OWN_ONLY:
        rows = session.execute(
            select(model.id, model.visibility).where(
                model.pairing_id == pairing_id,  # type: ignore[attr-defined]
                model.visibility != Visibility.SHARED,
            )
        )
        hidden.update({row_id: visibility for row_id, visibility in rows})
    children: list[tuple[str, Visibility, tuple[str | None, ...]]] = []
    for model, columns in HIDDEN_WITH.items():
        query = select(model.id, model.visibility, *(getattr(model, c) for c in columns)).where(
            model.pairing_id == pairing_id  # type: ignore[attr-defined]
        )
        for row in session.execute(query):
            children.append((row[0], row[1], tuple(row[2:])))
    changed = True
    while changed:  # chains are short (a carried point → its action → that action's session)
        changed = False
        for row_id, own, parents in children:
            found = strictest(own, *(hidden[p] for p in parents if p is not None and p in hidden))
            if found is not Visibility.SHARED and hidden.get(row_id) is not found:
                hidden[row_id] = found
                changed = True
    _hide_tags_used_only_by_hidden_records(session, pairing_id, hidden)
    return hidden


def _hide_tags_used_only_by_hidden_records(
    session: Session, pairing_id: str, hidden: dict[str, Visibility]
) -> None:
    """A tag's name was typed for the records it tags: it is as hidden as the least hidden of them."""
    uses: dict[str, list[Visibility]] = {}
    rows = session.execute(
        select(Tagging.id, Tagging.tag_id).where(Tagging.pairing_id == pairing_id, Tagging.deleted.is_(False))
    )
    for tagging_id, tag_id in rows:
        uses.setdefault(tag_id, []).append(hidden.get(tagging_id, Visibility.SHARED))
    for tag_id, visibilities in uses.items():
        found = strictest(hidden.get(tag_id, Visibility.SHARED), least_strict(*visibilities))
        if found is not Visibility.SHARED:
            hidden[tag_id] = found
