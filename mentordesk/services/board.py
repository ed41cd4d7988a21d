"""Changing the plan board: moves with gapped positions, card edits, archive/delete, checklists, columns.

Positions are floats with gaps: a move writes one row, placing the card halfway between its new
neighbours. Only when two neighbours get too close is the column renumbered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.domain import (
    CardDraft,
    CardFilter,
    CardInfo,
    CardKind,
    ChecklistEntry,
    ColumnInfo,
    strictest,
)
from mentordesk.services.base import Service, get_live, live
from mentordesk.storage.models import BoardColumn, Card, ChecklistItem, Competency
from mentordesk.wording import translate

GAP = 1024.0
MIN_GAP = 1e-6
MAX_TITLE = 300


def position_between(before: float | None, after: float | None) -> float | None:
    """A position strictly between two neighbours, or None when they are too close to split."""
    if before is None and after is None:
        return GAP
    if before is None:
        return after - GAP  # type: ignore[operator]
    if after is None:
        return before + GAP
    if after - before < 2 * MIN_GAP:
        return None
    return (before + after) / 2


def required_text(text: str, problem: str) -> str:
    """`text` with its white space folded; ValueError(problem) when nothing is left."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ValueError(problem)
    return cleaned


def validated_title(title: str) -> str:
    cleaned = required_text(title, translate("board", "A card needs a title."))
    if len(cleaned) > MAX_TITLE:
        raise ValueError(
            translate("board", "A card title can be at most {MAX_TITLE} characters.").format(
                MAX_TITLE=MAX_TITLE
            )
        )
    return cleaned


def matches(card: CardInfo, wanted: CardFilter, today: dt.date, done_columns: Iterable[str]) -> bool:
    """Whether the board shows `card` under `wanted`."""
    in_done = card.column_id in set(done_columns)
    if wanted.hide_done and in_done:
        return False
    if wanted.owner is not None and card.owner is not wanted.owner:
        return False
    if wanted.kind is not None and card.kind is not wanted.kind:
        return False
    if wanted.competency and wanted.competency not in card.competencies:
        return False
    if wanted.overdue_only and not (card.due_date and card.due_date < today and not in_done):
        return False
    text = wanted.text.strip().casefold()
    return not text or text in card.title.casefold() or text in card.description.casefold()


def _column_cards(session: Session, column_id: str, leave_out: str | None = None) -> list[Card]:
    query = live(Card).where(Card.column_id == column_id, Card.archived.is_(False)).order_by(Card.position)
    return [c for c in session.scalars(query) if c.id != leave_out]


def _place(session: Session, card: Card, column: BoardColumn, index: int) -> None:
    siblings = _column_cards(session, column.id, leave_out=card.id)
    index = max(0, min(index, len(siblings)))
    before = siblings[index - 1].position if index > 0 else None
    after = siblings[index].position if index < len(siblings) else None
    position = position_between(before, after)
    if position is None:  # renumber the whole column, rarely
        ordered = [*siblings[:index], card, *siblings[index:]]
        for number, each in enumerate(ordered, start=1):
            each.position = number * GAP
    else:
        card.position = position
    card.column_id = column.id


class BoardService(Service):
    # cards
    def create_card(self, column_id: str, draft: CardDraft, index: int | None = None) -> str:
        """A new card at `index` in its column (the bottom when None)."""
        title = validated_title(draft.title)
        with self._db.write() as session:
            column = get_live(session, BoardColumn, column_id)
            bottom = len(_column_cards(session, column_id))
            card = Card(pairing_id=column.pairing_id, column_id=column_id, title=title, position=0.0)
            _apply(session, card, draft, column.pairing_id)
            session.add(card)
            session.flush()
            _place(session, card, column, bottom if index is None else index)
            _stamp_reached(card, column)
            return card.id

    def draft(self, card_id: str) -> CardDraft:
        with self._db.read() as session:
            card = get_live(session, Card, card_id)
            return CardDraft(
                title=card.title,
                kind=card.kind,
                owner=card.owner,
                due_date=card.due_date,
                description=card.description,
                visibility=card.visibility,
                competencies=tuple(sorted(c.name for c in card.competencies if not c.deleted)),
            )

    def update_card(self, card_id: str, draft: CardDraft) -> None:
        validated_title(draft.title)
        with self._db.write() as session:
            card = get_live(session, Card, card_id)
            _apply(session, card, draft, card.pairing_id)

    def location(self, card_id: str) -> tuple[str, int]:
        """(column id, index in that column) of a card: what an undo of a move returns it to."""
        with self._db.read() as session:
            card = get_live(session, Card, card_id)
            ids = [c.id for c in _column_cards(session, card.column_id)]
            return card.column_id, ids.index(card.id) if card.id in ids else len(ids)

    def move_card(self, card_id: str, column_id: str, index: int) -> None:
        """Put the card at `index` of the column (0 is the top).

        A milestone entering a Done column gets today as its reached-on date; leaving it clears the date.
        """
        with self._db.write() as session:
            card = get_live(session, Card, card_id)
            column = get_live(session, BoardColumn, column_id)
            _place(session, card, column, index)
            _stamp_reached(card, column)

    def set_archived(self, card_id: str, archived: bool) -> None:
        with self._db.write() as session:
            get_live(session, Card, card_id).archived = archived

    def delete_card(self, card_id: str) -> None:
        """Tombstone the card (sync carries the deletion); restore_card() undoes it."""
        with self._db.write() as session:
            get_live(session, Card, card_id).deleted = True

    def restore_card(self, card_id: str) -> None:
        with self._db.write() as session:
            card = session.get(Card, card_id)
            if card is not None:
                card.deleted = False

    # checklist
    def checklist(self, card_id: str) -> list[ChecklistEntry]:
        with self._db.read() as session:
            card = get_live(session, Card, card_id)
            rows = session.scalars(
                live(ChecklistItem).where(ChecklistItem.card_id == card_id).order_by(ChecklistItem.position)
            )
            return [
                ChecklistEntry(item.id, item.text, item.done, strictest(item.visibility, card.visibility))
                for item in rows
            ]

    def add_checklist_item(self, card_id: str, text: str) -> str:
        cleaned = required_text(text, translate("BoardService", "A checklist item needs some text."))
        with self._db.write() as session:
            card = get_live(session, Card, card_id)
            last = session.scalar(
                select(func.max(ChecklistItem.position)).where(ChecklistItem.card_id == card_id)
            )
            item = ChecklistItem(
                pairing_id=card.pairing_id, card_id=card_id, text=cleaned, position=(last or 0) + GAP
            )
            session.add(item)
            session.flush()
            return item.id

    def set_checklist_done(self, item_id: str, done: bool) -> None:
        with self._db.write() as session:
            get_live(session, ChecklistItem, item_id).done = done

    def delete_checklist_item(self, item_id: str) -> None:
        with self._db.write() as session:
            get_live(session, ChecklistItem, item_id).deleted = True

    def move_checklist_item(self, item_id: str, index: int) -> None:
        with self._db.write() as session:
            item = get_live(session, ChecklistItem, item_id)
            siblings = session.scalars(
                live(ChecklistItem)
                .where(ChecklistItem.card_id == item.card_id)
                .order_by(ChecklistItem.position)
            )
            _renumber(list(siblings), item, index)

    # columns
    def add_column(self, pairing_id: str, title: str, wip_limit: int | None = None) -> str:
        cleaned = required_text(title, translate("BoardService", "A column needs a title."))
        with self._db.write() as session:
            last = session.scalar(
                select(func.max(BoardColumn.position)).where(BoardColumn.pairing_id == pairing_id)
            )
            column = BoardColumn(
                pairing_id=pairing_id, title=cleaned, position=(last or 0) + GAP, wip_limit=wip_limit
            )
            session.add(column)
            session.flush()
            return column.id

    def update_column(self, column_id: str, title: str, wip_limit: int | None) -> None:
        cleaned = required_text(title, translate("BoardService", "A column needs a title."))
        if wip_limit is not None and wip_limit < 1:
            raise ValueError(translate("BoardService", "A WIP limit is at least 1 (or none)."))
        with self._db.write() as session:
            column = get_live(session, BoardColumn, column_id)
            column.title, column.wip_limit = cleaned, wip_limit

    def move_column(self, column_id: str, index: int) -> None:
        with self._db.write() as session:
            column = get_live(session, BoardColumn, column_id)
            siblings = session.scalars(
                live(BoardColumn)
                .where(BoardColumn.pairing_id == column.pairing_id)
                .order_by(BoardColumn.position)
            )
            _renumber(list(siblings), column, index)

    def delete_column(self, column_id: str, move_cards_to: str | None) -> None:
        """Delete a column; its cards go to `move_cards_to` (required when it has any)."""
        with self._db.write() as session:
            column = get_live(session, BoardColumn, column_id)
            cards = list(
                session.scalars(live(Card).where(Card.column_id == column_id).order_by(Card.position))
            )
            if cards:
                if move_cards_to is None or move_cards_to == column_id:
                    raise ValueError(
                        translate(
                            "BoardService", "Say where the {count} cards of {text!r} should go."
                        ).format(count=len(cards), text=column.title)
                    )
                target = get_live(session, BoardColumn, move_cards_to)
                start = len(_column_cards(session, target.id))
                for offset, card in enumerate(cards):
                    _place(session, card, target, start + offset)
                    session.flush()
            column.deleted = True


def _renumber(siblings: list[Any], moved: Any, index: int) -> None:
    """Put `moved` at `index` among its siblings and number them all afresh (short lists only)."""
    ordered = [each for each in siblings if each.id != moved.id]
    ordered.insert(max(0, min(index, len(ordered))), moved)
    for number, each in enumerate(ordered, start=1):
        each.position = number * GAP


def over_limit(column: ColumnInfo, count: int) -> bool:
    return column.wip_limit is not None and count > column.wip_limit


def _apply(session: Session, card: Card, draft: CardDraft, pairing_id: str) -> None:
    card.title = validated_title(draft.title)
    card.kind, card.owner, card.due_date = draft.kind, draft.owner, draft.due_date
    card.description, card.visibility = draft.description, draft.visibility
    wanted = set(draft.competencies)
    card.competencies = (
        list(
            session.scalars(
                live(Competency).where(Competency.pairing_id == pairing_id, Competency.name.in_(wanted))
            )
        )
        if wanted
        else []
    )


def _stamp_reached(card: Card, column: BoardColumn) -> None:
    if card.kind is not CardKind.MILESTONE:
        return
    if column.is_done and card.reached_on is None:
        card.reached_on = dt.date.today()
    elif not column.is_done:
        card.reached_on = None
