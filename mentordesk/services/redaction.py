"""Review mode at the boundary between the services and everything that shows their data.

While the switch is on, every value a service returns passes through `redact` before its caller sees
it: confidential and private records are dropped from lists, a record asked for directly is reported
missing, private notes are emptied. Nothing hidden ever reaches a widget, a model or a report, so it
cannot be shown by accident. Counts a service computed itself (metrics) are numbers only."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from mentordesk.domain import Visibility
from mentordesk.listing import ListQuery
from mentordesk.services.errors import NotFoundError
from mentordesk.wording import translate

#: A record whose field of this name is hidden is hidden itself (a detail wraps the record it shows).
PRIMARY_FIELDS = frozenset({"decision", "session", "event", "card"})
#: Fields whose text is never shown in Review mode, whatever the record's visibility.
PRIVATE_FIELDS = frozenset({"private_notes"})
#: Methods that would write what Review mode does not show (and so would overwrite it unseen).
BLOCKED_WRITES = frozenset({"set_private_notes"})


class _Hidden:
    def __repr__(self) -> str:
        return "HIDDEN"


HIDDEN: Any = _Hidden()


def is_shown(value: object) -> bool:
    visibility = getattr(value, "visibility", None)
    return not isinstance(visibility, Visibility) or visibility is Visibility.SHARED


def shared_only(value: Any) -> Any:
    """A list's query asking for shared records only; any other argument as it is."""
    return dataclasses.replace(value, shared_only=True) if isinstance(value, ListQuery) else value


def redact(value: Any) -> Any:
    """`value` with everything not shared taken out; HIDDEN when `value` itself is not shared."""
    if isinstance(value, list | tuple | set | frozenset):
        kept = [item for item in (redact(item) for item in value) if item is not HIDDEN]
        if isinstance(value, list):
            return kept
        return type(value)(kept) if not hasattr(value, "_fields") else type(value)(*kept)
    if isinstance(value, dict):
        return {key: item for key, item in ((k, redact(v)) for k, v in value.items()) if item is not HIDDEN}
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    if not is_shown(value):
        return HIDDEN
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(value):
        if not field.init:
            continue
        current = getattr(value, field.name)
        if field.name in PRIVATE_FIELDS:
            changes[field.name] = type(current)() if current is not None else None
            continue
        cleaned = redact(current)
        if cleaned is HIDDEN:
            if field.name in PRIMARY_FIELDS:
                return HIDDEN
            cleaned = None
        if cleaned is not current:
            changes[field.name] = cleaned
    return dataclasses.replace(value, **changes) if changes else value


class ReviewSwitch:
    """Whether Review mode is on; shared by every guarded service of one window."""

    def __init__(self, on: bool = False) -> None:
        self.on = on


class Guarded:
    """Stands in for one service: its methods run as they are, and while Review mode is on their results
    are redacted. A record that is hidden, asked for by id, is reported as not found. A list's query
    (ListQuery) is passed on asking for shared records only, so that the counts and windows of a paged
    list leave hidden records out as its rows do."""

    def __init__(self, service: object, switch: ReviewSwitch) -> None:
        self._service = service
        self._switch = switch

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._service, name)
        if not callable(attribute):
            return attribute
        if name in BLOCKED_WRITES:
            return self._refuse_in_review(attribute)
        return self._wrap(attribute)

    def _refuse_in_review(self, method: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            if self._switch.on:
                raise ValueError(translate("Guarded", "Private notes cannot be changed in Review mode."))
            return method(*args, **kwargs)

        return call

    def _wrap(self, method: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            if not self._switch.on:
                return method(*args, **kwargs)
            args = tuple(shared_only(a) for a in args)
            result = method(*args, **{k: shared_only(v) for k, v in kwargs.items()})
            cleaned = redact(result)
            if cleaned is HIDDEN:
                raise NotFoundError(translate("Guarded", "That record is hidden in Review mode."))
            return cleaned

        return call


def guarded(services: Any, switch: ReviewSwitch) -> Any:
    """`services` (a Services) with every service Guarded by `switch` (the database itself is not)."""
    return services.guarded_by(switch)
