"""A record's field values as they travel (docs/FORMAT.md, "Record fields") and back, strictly checked.

Dates and times travel as ISO 8601 text, choices as their value, lists of text as lists, other
structured values as JSON text, and many-to-many links (a card's competencies, an event's components)
as the sorted list of the linked ids. Reading one back checks it against the column it goes into: its
type, its length, whether it may be empty. A value that does not fit raises FieldError naming the field."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import math
from collections.abc import Callable
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, Enum, Float, Integer, String, inspect
from sqlalchemy.orm import Session

from mentordesk.domain import MAX_TEXT_CHARS, check_day
from mentordesk.storage.base import SyncedMixin, UtcDateTime
from mentordesk.storage.versions import link_fields
from mentordesk.sync.bounded import MAX_DEPTH, nesting
from mentordesk.sync.identity import ID
from mentordesk.wording import translate


class FieldError(ValueError):
    """An incoming field value that does not fit its column."""


AS_STORED = (str, int, float, bool, type(None))
"""The types of value that travel as they are stored (an enum, a time or a list is converted)."""


def to_wire(value: Any) -> Any:
    if type(value) in AS_STORED:  # most values: text, numbers, flags, nothing (not an enum's subclasses)
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def read_field(record: SyncedMixin, name: str) -> Any:
    """The field's current value as it travels."""
    if name in link_fields(type(record)):
        return sorted(str(linked.id) for linked in getattr(record, name))
    return to_wire(getattr(record, name))


def _column(model: type[SyncedMixin], name: str) -> Column[Any] | None:
    """The column a field is stored in (None for a name that is not a column)."""
    attribute = inspect(model).column_attrs.get(name)
    return None if attribute is None else attribute.columns[0]


def _where(model: type[SyncedMixin], name: str) -> str:
    """The field named in a message (only made for one: an import checks hundreds of thousands)."""
    return f"the field {name} of a {model.__tablename__} record"  # type: ignore[attr-defined]


def from_wire(model: type[SyncedMixin], name: str, value: Any) -> Any:
    """The column value for an incoming field value (many-to-many links stay a list of ids)."""
    try:
        read = _READERS.get((model, name))
        if read is None:
            read = _READERS[model, name] = _reader(model, name)
        return read(value)
    except FieldError:
        raise
    except (TypeError, ValueError, RecursionError) as error:
        raise FieldError(
            translate("fields", "{where} does not fit: {error}").format(
                where=_where(model, name), error=error
            )
        ) from None


_Read = Callable[[Any], Any]
_READERS: dict[tuple[type, str], _Read] = {}
"""What reads each field, made when the field is first met: an import reads hundreds of thousands of
values of a few dozen fields, and finding each one's column, type and rules again was most of it."""


def _reader(model: type[SyncedMixin], name: str) -> _Read:
    """The check and conversion of one field's incoming values (TypeError or ValueError for one that
    does not fit; FieldError for one that may not come at all)."""
    if name in link_fields(model):
        return functools.partial(_ids, model, name)
    column = _column(model, name)
    if column is None:
        return functools.partial(_unknown, model, name)
    convert = _converter(column.type)
    table: str = model.__tablename__  # type: ignore[attr-defined]
    shape = _SHAPES.get((table, name))
    low, high = _RANGES.get((table, name), (-(2**53), 2**53))
    number = isinstance(column.type, Integer | Float)
    nullable = bool(column.nullable)

    def read(value: Any) -> Any:
        if value is None:
            if not nullable:
                raise FieldError(
                    translate("fields", "{where} is empty, and it may not be").format(
                        where=_where(model, name)
                    )
                )
            return None
        converted = convert(value)
        if shape is not None and not shape(converted):
            raise ValueError(translate("fields", "its structure is not the one MentorDesk writes"))
        if number and not low <= converted <= high:
            raise ValueError(
                translate("fields", "{converted} is outside {low}–{high}").format(
                    converted=converted, low=low, high=high
                )
            )
        return converted

    return read


def _ids(model: type[SyncedMixin], name: str, value: Any) -> list[str]:
    """A link field's ids: a list of ids, sorted, each once."""
    if not isinstance(value, list) or not all(isinstance(v, str) and ID.fullmatch(v) for v in value):
        raise FieldError(
            translate("fields", "{where} is not a list of ids").format(where=_where(model, name))
        )
    if value != sorted(set(value)):
        raise FieldError(
            translate("fields", "{where} does not list its ids sorted and once each").format(
                where=_where(model, name)
            )
        )
    return list(value)


def _unknown(model: type[SyncedMixin], name: str, _value: Any) -> Any:
    raise FieldError(
        translate("fields", "{where} is not a field this version of MentorDesk knows").format(
            where=_where(model, name)
        )
    )


def _choices(enum_class: type[enum.Enum] | None) -> dict[Any, enum.Enum]:
    """A choice column's members by the value that travels."""
    return {m.value: m for m in enum_class} if enum_class is not None else {}


def _converter(kind: Any) -> _Read:
    """What turns a value of a column of type `kind` into its column value, checking its type and size."""
    if isinstance(kind, Enum):
        return functools.partial(_choice, _choices(kind.enum_class))
    if isinstance(kind, UtcDateTime):
        return _moment
    if isinstance(kind, Date):
        return _day
    if isinstance(kind, Boolean):
        return _flag
    if isinstance(kind, Integer):
        return _whole
    if isinstance(kind, Float):
        return _number
    if isinstance(kind, JSON):
        return _structured
    if isinstance(kind, String):  # String and Text
        return functools.partial(_text, limit=kind.length)
    raise TypeError(translate("fields", "a column of type {kind} cannot be received").format(kind=kind))


def _choice(choices: dict[Any, enum.Enum], value: Any) -> enum.Enum:
    if not isinstance(value, str) or value not in choices:
        raise ValueError(translate("fields", "{value!r} is not one of its choices").format(value=value))
    return choices[value]


def _moment(value: Any) -> dt.datetime:
    moment = dt.datetime.fromisoformat(_text(value, 40))
    if moment.tzinfo is None:
        raise ValueError(translate("fields", "a time without its offset"))
    check_day(moment.date())
    return moment


def _day(value: Any) -> dt.date:
    return check_day(dt.date.fromisoformat(_text(value, 10)))


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(translate("fields", "not true or false"))
    return value


def _whole(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(translate("fields", "not a whole number"))
    return value


def _number(value: Any) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(translate("fields", "not a number"))
    if not math.isfinite(value):
        raise ValueError(translate("fields", "{value} is not a finite number").format(value=value))
    return float(value)


def _structured(value: Any) -> Any:
    if isinstance(value, list):
        if not all(_short(v) for v in value):
            raise ValueError(translate("fields", "a list holding something other than text"))
        return list(value)
    text = _text(value, MAX_TEXT_CHARS)
    if nesting(text) > MAX_DEPTH:  # the same bound as the bundle's own JSON: json.loads recurses
        raise ValueError(translate("fields", "structured value nested too deeply"))
    loaded = json.loads(text)
    if not isinstance(loaded, dict | list):
        raise ValueError(translate("fields", "not a structured value"))
    return loaded


def _texts(value: Any, limit: int = 10_000) -> bool:
    return isinstance(value, list) and len(value) <= 1_000 and all(_short(v, limit) for v in value)


def _short(value: Any, limit: int = 10_000) -> bool:
    return isinstance(value, str) and len(value) <= limit and _encodable(value)


def _encodable(value: str) -> bool:
    """No lone surrogates (JSON can carry "\\ud800"; no file or database can store it)."""
    if value.isascii():  # most text, and told at once
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _options(value: Any) -> bool:
    """A decision's considered options: [{"title": ..., "good": [...], "neutral": [...], "bad": [...]}],
    each perhaps with a "description" (Markdown) and a "link"."""
    return (
        isinstance(value, list)
        and len(value) <= 100
        and all(
            isinstance(o, dict)
            and set(o) <= {"title", "good", "neutral", "bad", "description", "link"}
            and _short(o.get("title", ""), 300)
            and _short(o.get("description", ""), MAX_TEXT_CHARS)
            and _short(o.get("link", ""), 2_000)
            and all(_texts(o.get(k, [])) for k in ("good", "neutral", "bad"))
            for o in value
        )
    )


def _snapshot(value: Any) -> bool:
    """A decision revision: the draft's text sections, title, dates, options, confidence, tags."""
    if not isinstance(value, dict) or len(value) > 64:
        return False
    for key, item in value.items():
        if key == "options":
            ok = _options(item)
        elif key == "tags":
            ok = _texts(item, 100)
        elif key == "confidence":
            low, high = _RANGES[("decision", "confidence")]
            ok = item is None or (
                isinstance(item, int) and not isinstance(item, bool) and low <= item <= high
            )
        else:
            ok = item is None or _short(item, MAX_TEXT_CHARS)
        if not (isinstance(key, str) and ok):
            return False
    return True


def _published_figures(value: Any) -> bool:
    """What a pairing published to its programme: the known figures, numbers and days only."""
    from mentordesk.programme.figures import check

    try:
        check(value)
    except ValueError:
        return False
    return True


_RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("mentoring_session", "feedback_rating"): (1, 5),
    ("mentoring_session", "duration_minutes"): (0, 24 * 60),
    ("decision", "confidence"): (0, 5),
    ("decision", "number"): (1, 999_999),
    ("decision", "source_number"): (1, 999_999),
    ("decision_revision", "number"): (1, 999_999),
    ("board_column", "wip_limit"): (0, 10_000),
    ("board_column", "first_day"): (-36_500, 36_500),
    ("board_column", "last_day"): (-36_500, 36_500),
    ("programme_publish", "sequence"): (1, 2**31 - 1),
}
"""The numbers a record may hold, as MentorDesk's own forms allow them; other numbers (positions) need
only be finite and of a sane size."""

_SHAPES = {
    ("decision", "options"): _options,
    ("decision_revision", "snapshot"): _snapshot,
    ("decision", "more_links"): lambda v: (
        isinstance(v, list)
        and len(v) <= 1_000
        and all(
            isinstance(link, dict)
            and set(link) == {"kind", "to", "text"}
            and _short(link["kind"], 100)
            and _short(link["to"], 36)
            and _short(link["text"], 2_000)
            for link in v
        )
    ),
    ("archeology_event", "sources"): _texts,
    ("competency", "levels"): lambda v: _texts(v, 200),
    ("session_template", "agenda"): lambda v: _texts(v, 500),
    ("programme_publish", "figures"): _published_figures,
}
"""The structure of every JSON column that travels, checked before anything is written."""


def _text(value: Any, limit: int | None) -> str:
    if not isinstance(value, str):
        raise TypeError(translate("fields", "not text"))
    if limit is not None and len(value) > limit:
        raise ValueError(translate("fields", "longer than {limit} characters").format(limit=limit))
    if not _encodable(value):
        raise ValueError(translate("fields", "it holds a broken character (a lone UTF-16 surrogate)"))
    return value


def linked(session: Session, record: SyncedMixin, name: str, ids: list[str]) -> list[Any]:
    """The records of the record's pairing that a link field's ids name; ids of records this database
    does not hold (they stayed on the other machine, being private there) are left out."""
    target = link_fields(type(record))[name]
    owner = getattr(record, "pairing_id", None)
    found = (session.get(target, linked_id) for linked_id in ids)
    return [r for r in found if r is not None and getattr(r, "pairing_id", None) == owner]


def write_field(session: Session, record: SyncedMixin, name: str, value: Any) -> None:
    """Set a field from its checked column value (a link field from its ids, see `linked`)."""
    is_link = name in link_fields(type(record))
    setattr(record, name, linked(session, record, name, value) if is_link else value)
