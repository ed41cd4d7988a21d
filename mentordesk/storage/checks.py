"""Checks every write passes, whichever way it came (a form, a CSV or ADR import, a partner's export):
dates stay within the range MentorDesk takes (domain.check_day), so no stored value can keep a page
from drawing. Services check first with messages of their own; this is the backstop."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, DateTime, event, inspect
from sqlalchemy.orm import Session

from mentordesk.domain import check_day

_DATED: dict[type, tuple[str, ...]] = {}


def _dated(model: type) -> tuple[str, ...]:
    """The model's date and time columns."""
    if model not in _DATED:
        names: list[str] = []
        attributes: Any = inspect(model).column_attrs
        for attribute in attributes:
            kind: Any = attribute.columns[0].type
            if isinstance(getattr(kind, "impl", kind), Date | DateTime):  # UtcDateTime decorates one
                names.append(attribute.key)
        _DATED[model] = tuple(names)
    return _DATED[model]


def _check_dates(session: Session, _context: Any, _instances: Any) -> None:
    for record in (*session.new, *session.dirty):
        for name in _dated(type(record)):
            value = getattr(record, name, None)
            if isinstance(value, dt.date):
                day = value.date() if isinstance(value, dt.datetime) else value
                what = f"The {name.replace('_', ' ')} of this {type(record).__tablename__.replace('_', ' ')}"
                check_day(day, what)


def install_checks(session_class: type[Session]) -> None:
    event.listen(session_class, "before_flush", _check_dates)
