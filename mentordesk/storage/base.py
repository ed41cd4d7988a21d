"""Declarative base, column types and the mixins every syncable record shares."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    MetaData,
    String,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, declared_attr, mapped_column

from mentordesk.domain import Visibility
from mentordesk.wording import translate

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


STABLE_IDS = uuid.UUID("6f0b7c1e-2f5d-4f0e-9a57-3c1d2e8b9a41")


def stable_id(session: Session, model: type[Any], *parts: str) -> str:
    """An id both copies derive alike for a record that is one thing wherever it is made (a pairing's
    tag "perf", that tag on one record, a cause link between two events), so two copies that make it
    while apart hold one record, not two that clash when they sync. A fresh id when that one is taken
    (by a record since renamed)."""
    candidate = str(uuid.uuid5(STABLE_IDS, "\x1f".join(parts)))
    return candidate if session.get(model, candidate) is None else new_id()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Stores naive UTC in SQLite and always hands back aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(translate("UtcDateTime", "naive datetime given where UTC is required"))
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


def enum_column(enum_cls: type[Any]) -> Enum:
    """Enums are stored by value as plain strings so new members never need a migration."""
    return Enum(
        enum_cls,
        native_enum=False,
        length=32,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UtcDateTime()}  # noqa: RUF012


class SyncedMixin:
    """Identity, timestamps, visibility, tombstone and version vectors of every syncable record."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    visibility: Mapped[Visibility] = mapped_column(enum_column(Visibility), default=Visibility.SHARED)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    version_vector: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    # per field: the version vector of its current value (docs/FORMAT.md, "Merging")
    field_versions: Mapped[dict[str, dict[str, int]]] = mapped_column(JSON, default=dict, server_default="{}")
    # per field edited concurrently on two copies: the other values still standing, until someone chooses
    conflicts: Mapped[dict[str, list[dict[str, Any]]]] = mapped_column(
        JSON, default=dict, server_default="{}"
    )
    # the database's change counter when the record was last written (storage/versions.py)
    change_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0", index=True)


class PairingScoped(SyncedMixin):
    """Records that belong to one pairing carry its id directly, so export can select them in one query."""

    @declared_attr
    def pairing_id(cls) -> Mapped[str]:
        return mapped_column(ForeignKey("pairing.id", ondelete="CASCADE"), index=True)


class Searchable:
    """A record that appears in the full-text index.

    `document` returns a record's (title, body), or None when it must not be indexed; `target` names the
    record a hit opens (a comment opens its decision). Both read the record's fields as attributes of
    `r`: the record itself, or a row an import writes in bulk without making a record of it.
    """

    search_kind: str = ""

    @classmethod
    def document(cls, r: Any) -> tuple[str, str] | None:
        raise NotImplementedError

    @classmethod
    def target(cls, r: Any) -> tuple[str, str]:
        return cls.search_kind, str(r.id)


def join_text(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)
