"""Checks every write passes, whichever way it came (a form, a CSV or ADR import, a partner's export):
dates stay within the range MentorDesk takes (domain.check_day), so no stored value can keep a page
from drawing, and text fits its column (at most MAX_TEXT_CHARS for long text), the same limits an
export to the partner must meet. Services check first with messages of their own; this is the
backstop."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, DateTime, String, event, inspect
from sqlalchemy.orm import Session

from mentordesk.domain import MAX_TEXT_CHARS, check_day
from mentordesk.wording import translate

_DATED: dict[type, tuple[str, ...]] = {}
_TEXTS: dict[type, dict[str, int]] = {}


def _texts(model: type) -> dict[str, int]:
    """The model's text columns, each with the most characters it takes."""
    if model not in _TEXTS:
        attributes: Any = inspect(model).column_attrs
        _TEXTS[model] = {
            a.key: a.columns[0].type.length or MAX_TEXT_CHARS
            for a in attributes
            if isinstance(a.columns[0].type, String)
        }
    return _TEXTS[model]


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


def _check_values(session: Session, _context: Any, _instances: Any) -> None:
    for record in (*session.new, *session.dirty):
        kind = type(record).__tablename__.replace("_", " ")
        for name, limit in _texts(type(record)).items():
            value = getattr(record, name, None)
            if isinstance(value, str) and len(value) > limit:
                raise ValueError(
                    translate(
                        "checks",
                        "The {field} of this {kind} is {count:,} characters long; it can hold at "
                        "most {limit:,}.",
                    ).format(field=name.replace("_", " "), kind=kind, count=len(value), limit=limit)
                )
        for name in _dated(type(record)):
            value = getattr(record, name, None)
            if isinstance(value, dt.date):
                day = value.date() if isinstance(value, dt.datetime) else value
                check_day(day, f"The {name.replace('_', ' ')} of this {kind}")


def install_checks(session_class: type[Session]) -> None:
    event.listen(session_class, "before_flush", _check_values)
