"""What every service facade shares: the database handle and a few conversions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from mentordesk.services.errors import NotFoundError as NotFoundError
from mentordesk.storage import Database
from mentordesk.storage.base import SyncedMixin
from mentordesk.wording import translate

T = TypeVar("T", bound=SyncedMixin)


class Service:
    def __init__(self, db: Database) -> None:
        self._db = db


def live(model: type[T]) -> Select[T]:
    """SELECT of the records of `model` that are not tombstoned."""
    return select(model).where(model.deleted.is_(False))


def get_live(session: Session, model: type[T], record_id: str) -> T:
    record = session.get(model, record_id)
    if record is None or record.deleted:
        raise NotFoundError(
            translate("base", "{kind} {record_id} does not exist").format(
                kind=model.__name__, record_id=record_id
            )
        )
    return record


def names(items: Iterable[object], attribute: str = "name") -> tuple[str, ...]:
    return tuple(sorted(str(getattr(item, attribute)) for item in items))


def names_by_owner(session: Session, query: Select[*tuple[Any, ...]]) -> dict[str, tuple[str, ...]]:
    """Run a SELECT of (owner id, name) pairs; returns each owner's names, sorted."""
    found: dict[str, list[str]] = defaultdict(list)
    for owner_id, name in session.execute(query):
        found[owner_id].append(name)
    return {owner_id: tuple(sorted(owned)) for owner_id, owned in found.items()}
