"""The programme hub: a shared store of the figures pairs publish (SQLite by default, PostgreSQL when a
programme outgrows one machine). It holds no pair's text: only what a lead types about the programme
(cohorts, the names it gives pairs) and the signed figures the pairs send.

Input is hostile-safe: a snapshot is taken only when it reads as sound (`snapshot.read`), comes from a
device enrolled for that pair, and is newer than every one that device sent before. Anything else is
refused with a message, and changes nothing."""

from __future__ import annotations

import base64
import datetime as dt
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, func, select
from sqlalchemy.exc import SQLAlchemyError

from mentordesk.files import FileRefused, read_limited
from mentordesk.programme import schema
from mentordesk.programme.receiving import Received, Receiver, utc
from mentordesk.programme.snapshot import MAX_BYTES, SUFFIX, Snapshot, SnapshotRefused, read
from mentordesk.sync.identity import CardError, parse_card

SCRIPT_LOCATION = "mentordesk.programme:migrations"
VERSION_TABLE = "programme_version"


class HubError(ValueError):
    """The hub cannot be used as asked; the message says why."""


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def make_engine(url: str) -> Engine:
    """An engine for the hub at `url`, with the password the keyring keeps for it when `url` has none."""
    from mentordesk.programme.credentials import with_password

    try:
        engine = create_engine(with_password(url))
    except (SQLAlchemyError, ValueError, ImportError) as error:
        raise HubError(f"the hub address {url!r} cannot be used: {error}") from error
    if engine.dialect.name == "sqlite":
        # SQLite's Python driver begins transactions on its own and not before a SAVEPOINT, so releasing
        # one would commit: transactions are begun here instead, and references are enforced
        @event.listens_for(engine, "connect")
        def _connected(dbapi_connection: Any, _record: object) -> None:
            dbapi_connection.isolation_level = None
            dbapi_connection.execute("PRAGMA foreign_keys = ON")

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            connection.exec_driver_sql("BEGIN")

    return engine


def init(url: str) -> str:
    """Create the hub's tables at `url` (or bring them to the current version); returns that version."""
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            command.upgrade(_config(connection), "head")
    except SQLAlchemyError as error:
        raise HubError(f"the hub at {engine.url.render_as_string()} could not be set up: {error}") from error
    finally:
        engine.dispose()
    return head_revision()


@dataclass
class ImportReport:
    received: list[Received] = field(default_factory=list)
    already: int = 0  # files this hub had received before
    refused: list[tuple[str, str]] = field(default_factory=list)  # file name, why


class Hub:
    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        try:
            with self.engine.connect() as connection:
                found = MigrationContext.configure(
                    connection, opts={"version_table": VERSION_TABLE}
                ).get_current_revision()
        except SQLAlchemyError as error:
            self.engine.dispose()
            raise HubError(f"the hub cannot be reached: {error}") from error
        if found != head_revision():
            self.engine.dispose()
            raise HubError(
                "there is no programme hub there yet: run `mentordesk programme init` first"
                if found is None
                else f"the hub is at version {found}; this MentorDesk needs {head_revision()}"
            )

    def close(self) -> None:
        self.engine.dispose()

    # what a lead sets up
    def cohort_id(self, connection: Connection, name: str) -> int:
        found = connection.scalar(select(schema.cohort.c.id).where(schema.cohort.c.name == name))
        if found is not None:
            return int(found)
        made = connection.execute(schema.cohort.insert().values(name=name)).inserted_primary_key
        assert made is not None
        return int(made[0])

    def enrol(self, pair_id: str, name: str, card: str, now: dt.datetime, cohort: str | None = None) -> str:
        """Enrol the pair `pair_id` (its pairing's id, as its snapshots name it) under `name`, with the
        device whose pairing card is `card` allowed to publish for it; returns the device's fingerprint."""
        try:
            public = parse_card(card)
        except CardError as error:
            raise HubError(str(error)) from error
        key = base64.b64encode(public.signing_key).decode("ascii")
        with self.engine.begin() as connection:
            known = connection.execute(
                select(schema.device.c.pair_id).where(schema.device.c.signing_key == key)
            ).scalar()
            if known is not None and known != pair_id:
                raise HubError("that device is enrolled for another pair already")
            if connection.scalar(select(schema.pair.c.id).where(schema.pair.c.id == pair_id)) is None:
                cohort_id = self.cohort_id(connection, cohort) if cohort else None
                connection.execute(
                    schema.pair.insert().values(
                        id=pair_id, name=name, cohort_id=cohort_id, enrolled_at=now.astimezone(dt.UTC)
                    )
                )
            if known is None:
                connection.execute(
                    schema.device.insert().values(
                        signing_key=key, pair_id=pair_id, fingerprint=public.fingerprint
                    )
                )
        return public.fingerprint

    # what pairs send
    def receive(self, data: bytes, now: dt.datetime) -> Received:
        """Keep the snapshot in `data`; SnapshotRefused (changing nothing) when it is unsound, from a
        device not enrolled for its pair, or not newer than one that device sent before."""
        snapshot = read(data)
        with self.engine.begin() as connection:
            return Receiver(connection).keep(snapshot, now)

    def import_folder(self, folder: Path, now: dt.datetime) -> ImportReport:
        """Receive every snapshot file in `folder`, oldest number first, in one transaction: each file in
        a savepoint of its own, so one refused leaves the others."""
        report = ImportReport()
        with self.engine.begin() as connection:
            receiver = Receiver(connection, preload=True)
            for path in sorted(folder.glob(f"*{SUFFIX}")):
                try:
                    snapshot = read(read_limited(path, MAX_BYTES, "snapshot"))
                except (FileRefused, OSError, SnapshotRefused) as error:
                    report.refused.append((path.name, str(error)))
                    continue
                try:
                    with connection.begin_nested():
                        report.received.append(receiver.keep(snapshot, now))
                except SnapshotRefused as error:
                    if self._same_as_kept(connection, snapshot):
                        report.already += 1
                    else:
                        report.refused.append((path.name, str(error)))
                else:
                    receiver.noted(snapshot)
        return report

    @staticmethod
    def _same_as_kept(connection: Connection, snapshot: Snapshot) -> bool:
        key = base64.b64encode(snapshot.signing_key).decode("ascii")
        kept = connection.scalar(
            select(schema.snapshot.c.figures).where(
                schema.snapshot.c.signing_key == key, schema.snapshot.c.sequence == snapshot.sequence
            )
        )
        return bool(kept == snapshot.figures)

    # what a lead reads
    def latest(self) -> list[dict[str, Any]]:
        """Each enrolled pair with its cohort and its newest snapshot (figures None before the first)."""
        s, p, c, latest = schema.snapshot, schema.pair, schema.cohort, schema.latest
        query = (
            select(p.c.id, p.c.name, c.c.name.label("cohort"), s.c.published_at, s.c.figures)
            .select_from(p)
            .outerjoin(c, c.c.id == p.c.cohort_id)
            .outerjoin(latest, latest.c.pair_id == p.c.id)
            .outerjoin(s, s.c.id == latest.c.snapshot_id)
            .order_by(c.c.name, p.c.name)
        )
        with self.engine.connect() as connection:
            return [_in_utc(dict(row._mapping)) for row in connection.execute(query)]

    def weekly_medians(self, since: dt.date) -> dict[tuple[str | None, dt.date], float]:
        """The median sessions per month of the snapshots published in each week from `since` on, by
        cohort and week: worked out by PostgreSQL itself, or here from SQLite's rows (it has no median)."""
        s, p, c = schema.snapshot, schema.pair, schema.cohort
        value = s.c.sessions_per_month
        recent = (
            select(c.c.name, s.c.week)
            .select_from(s)
            .join(p, p.c.id == s.c.pair_id)
            .outerjoin(c, c.c.id == p.c.cohort_id)
            .where(s.c.week >= since, value.is_not(None))
        )
        with self.engine.connect() as connection:
            if self.engine.dialect.name == "postgresql":
                median = func.percentile_cont(0.5).within_group(value)
                rows = connection.execute(recent.add_columns(median).group_by(c.c.name, s.c.week))
                return {(cohort, week): float(found) for cohort, week, found in rows}
            grouped: dict[tuple[str | None, dt.date], list[float]] = {}
            for cohort, week, found in connection.execute(recent.add_columns(value)):
                grouped.setdefault((cohort, week), []).append(found)
        return {key: float(statistics.median(values)) for key, values in grouped.items()}


def _in_utc(row: dict[str, Any]) -> dict[str, Any]:
    if isinstance(row.get("published_at"), dt.datetime):
        row["published_at"] = utc(row["published_at"])
    return row
