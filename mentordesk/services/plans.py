"""The plan board as the UI reads it: columns with their phase dates, cards with their badges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from mentordesk.domain import CardInfo, CardKind, ColumnInfo, Role, Visibility
from mentordesk.services.base import NotFoundError, Service, get_live, live, names_by_owner
from mentordesk.storage.models import BoardColumn, Card, ChecklistItem, Competency, card_competency
from mentordesk.wording import translate


def phase_dates(start: dt.date, column: ColumnInfo) -> tuple[dt.date, dt.date] | None:
    """Calendar dates a phase column covers, counting the pairing's start date as day 1."""
    if column.first_day is None or column.last_day is None:
        return None
    return start + dt.timedelta(days=column.first_day - 1), start + dt.timedelta(days=column.last_day - 1)


def _column(column: BoardColumn) -> ColumnInfo:
    return ColumnInfo(
        id=column.id,
        title=column.title,
        position=column.position,
        wip_limit=column.wip_limit,
        first_day=column.first_day,
        last_day=column.last_day,
        is_done=column.is_done,
    )


def _cards(session: Session, condition: ColumnElement[bool], limit: int | None = None) -> list[CardInfo]:
    """Cards matching `condition` (the first `limit`), with competency names and checklist counts from two
    grouped queries."""
    rows = session.execute(
        select(
            Card.id, Card.column_id, Card.title, Card.kind, Card.owner, Card.visibility, Card.position,
            Card.due_date, Card.description, Card.reached_on, Card.archived,
        )
        .where(condition, Card.deleted.is_(False))
        .order_by(Card.column_id, Card.position)
        .limit(limit)
    ).all()  # fmt: skip
    if limit is not None:
        condition = Card.id.in_([row.id for row in rows])
    competencies = names_by_owner(
        session,
        select(card_competency.c.card_id, Competency.name)
        .join(Card, Card.id == card_competency.c.card_id)
        .join(Competency, Competency.id == card_competency.c.competency_id)
        .where(condition, Competency.deleted.is_(False)),
    )
    checklist = {
        card_id: (int(done or 0), int(total))
        for card_id, done, total in session.execute(
            select(ChecklistItem.card_id, func.sum(case((ChecklistItem.done, 1), else_=0)), func.count())
            .join(Card, Card.id == ChecklistItem.card_id)
            .where(condition, ChecklistItem.deleted.is_(False))
            .group_by(ChecklistItem.card_id)
        )
    }
    return [
        CardInfo(
            **row._asdict(),
            competencies=competencies.get(row.id, ()),
            checklist_done=checklist.get(row.id, (0, 0))[0],
            checklist_total=checklist.get(row.id, (0, 0))[1],
        )
        for row in rows
    ]


class PlanService(Service):
    def columns(self, pairing_id: str) -> list[ColumnInfo]:
        with self._db.read() as session:
            rows = session.scalars(
                live(BoardColumn).where(BoardColumn.pairing_id == pairing_id).order_by(BoardColumn.position)
            )
            return [_column(c) for c in rows]

    def cards(self, pairing_id: str, *, include_archived: bool = False) -> list[CardInfo]:
        with self._db.read() as session:
            condition = Card.pairing_id == pairing_id
            if not include_archived:
                condition = condition & Card.archived.is_(False)
            return _cards(session, condition)

    def overdue_cards(self, pairing_id: str, today: dt.date, limit: int | None = None) -> list[CardInfo]:
        """Cards due before `today` outside the Done column (archived ones left out), board order; the
        first `limit` of them."""
        open_columns = select(BoardColumn.id).where(
            BoardColumn.pairing_id == pairing_id, BoardColumn.is_done.is_(False)
        )
        with self._db.read() as session:
            return _cards(
                session,
                (Card.pairing_id == pairing_id)
                & Card.archived.is_(False)
                & (Card.due_date < today)
                & Card.column_id.in_(open_columns),
                limit,
            )

    def cards_by_id(self, ids: Sequence[str]) -> list[CardInfo]:
        """The live cards among `ids` (archived ones left out)."""
        found: list[CardInfo] = []
        with self._db.read() as session:
            for start in range(0, len(ids), 500):  # SQLite takes a bounded number of parameters
                chosen = Card.id.in_(ids[start : start + 500])
                found += _cards(session, chosen & Card.archived.is_(False))
        return found

    def cards_in(self, column_id: str) -> list[CardInfo]:
        """The column's cards, top first (archived ones left out)."""
        with self._db.read() as session:
            return _cards(session, (Card.column_id == column_id) & Card.archived.is_(False))

    def card(self, card_id: str) -> CardInfo:
        with self._db.read() as session:
            found = _cards(session, Card.id == card_id)
            if not found:
                raise NotFoundError(
                    translate("PlanService", "Card {card_id} does not exist").format(card_id=card_id)
                )
            return found[0]

    def add_card(
        self,
        column_id: str,
        title: str,
        *,
        kind: CardKind = CardKind.TASK,
        owner: Role = Role.MENTEE,
        due_date: dt.date | None = None,
        description: str = "",
        visibility: Visibility = Visibility.SHARED,
        competencies: Sequence[str] = (),
        checklist: Sequence[tuple[str, bool]] = (),
        reached_on: dt.date | None = None,
    ) -> str:
        """Append a card at the bottom of its column."""
        with self._db.write() as session:
            column = get_live(session, BoardColumn, column_id)
            last = session.scalar(select(func.max(Card.position)).where(Card.column_id == column_id))
            card = Card(
                pairing_id=column.pairing_id,
                column_id=column_id,
                title=title,
                kind=kind,
                owner=owner,
                due_date=due_date,
                description=description,
                visibility=visibility,
                position=(last or 0.0) + 1.0,
                reached_on=reached_on,
            )
            if competencies:
                card.competencies = list(
                    session.scalars(
                        live(Competency).where(
                            Competency.pairing_id == column.pairing_id, Competency.name.in_(competencies)
                        )
                    )
                )
            for position, (text, done) in enumerate(checklist, start=1):
                card.checklist.append(
                    ChecklistItem(
                        pairing_id=column.pairing_id, text=text, done=done, position=float(position)
                    )
                )
            session.add(card)
            session.flush()
            return card.id
