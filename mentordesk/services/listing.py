"""Paged lists in SQL: how many rows match, a window of them, and where one record stands.

Every order ends with the record's id, so it is total: a window read now and the next one read later
neither repeat nor skip a row, and a record's place is the number of matching rows before it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, func, literal, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

#: A column or an expression over columns.
Expression = ColumnElement[Any] | InstrumentedAttribute[Any]
#: One key of an order: an expression and whether it runs high to low.
Key = tuple[Expression, bool]


def ordered(keys: Sequence[Key], record_id: Expression) -> list[Key]:
    """`keys`, then the record's id, so that no two rows tie."""
    return [*keys, (record_id, False)]


def count(session: Session, record_id: Expression, where: Sequence[ColumnElement[bool]]) -> int:
    return session.scalar(select(func.count(record_id)).where(*where)) or 0


def window(
    session: Session,
    columns: Sequence[Any],
    where: Sequence[ColumnElement[bool]],
    keys: Sequence[Key],
    offset: int,
    limit: int,
) -> Sequence[Row[*tuple[Any, ...]]]:
    """The matching rows in the order `keys`, from `offset`: at most `limit` of them (every one when
    `limit` is negative)."""
    order = [expression.desc() if descending else expression for expression, descending in keys]
    query = select(*columns).where(*where).order_by(*order)
    if offset > 0:
        query = query.offset(offset)
    if limit >= 0:
        query = query.limit(limit)
    return session.execute(query).all()


def position(
    session: Session,
    record_id: Expression,
    wanted: str,
    where: Sequence[ColumnElement[bool]],
    keys: Sequence[Key],
) -> int | None:
    """How many matching rows come before the record `wanted` in the order `keys` (which ends with the
    id); None when it does not match (hidden by a filter, deleted, another pairing's)."""
    expressions = [expression for expression, _descending in keys]
    values = session.execute(select(*expressions).where(record_id == wanted, *where)).first()
    if values is None:
        return None
    bound = [literal(value, expression.type) for expression, value in zip(expressions, values, strict=True)]
    earlier = []
    for index, (expression, descending) in enumerate(keys):
        same = [e == v for e, v in zip(expressions[:index], bound[:index], strict=True)]
        step = expression > bound[index] if descending else expression < bound[index]
        earlier.append(and_(*same, step))
    return count(session, record_id, [*where, or_(*earlier)])
