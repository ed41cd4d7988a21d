"""Keeping received snapshots: who may send for which pair, what each device sent last, and each pair's
newest snapshot. A folder's import reads these once and keeps them up to date as it goes, so each file
costs its own few statements, not a lookup of everything before it."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from mentordesk.programme import schema
from mentordesk.programme.snapshot import Snapshot, SnapshotRefused


@dataclass(frozen=True)
class Received:
    pair_id: str
    sequence: int


def week_of(moment: dt.datetime) -> dt.date:
    """The Monday of the week `moment` (UTC) falls in."""
    day = moment.astimezone(dt.UTC).date()
    return day - dt.timedelta(days=day.weekday())


def utc(moment: dt.datetime) -> dt.datetime:
    """SQLite gives back the UTC time it was given, without its zone."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


class Receiver:
    """Keeps snapshots on `connection`. With `preload`, what the hub knows of every sender is read at once
    (for a folder of many); without, it is read for each sender as it comes (for one)."""

    def __init__(self, connection: Connection, *, preload: bool = False) -> None:
        self.connection = connection
        self._pair_of: dict[str, str | None] = {}
        self._last: dict[str, int | None] = {}
        self._newest: dict[str, dt.datetime | None] = {}
        self._complete = preload
        if preload:
            s, latest, device = schema.snapshot, schema.latest, schema.device
            for key, pair_id in connection.execute(select(device.c.signing_key, device.c.pair_id)):
                self._pair_of[key] = pair_id
            last = select(s.c.signing_key, func.max(s.c.sequence)).group_by(s.c.signing_key)
            for key, sequence in connection.execute(last):
                self._last[key] = sequence
            for pair_id, published in connection.execute(
                select(latest.c.pair_id, s.c.published_at).join(s, s.c.id == latest.c.snapshot_id)
            ):
                self._newest[pair_id] = utc(published)

    def keep(self, snapshot: Snapshot, now: dt.datetime) -> Received:
        """Keep `snapshot`; SnapshotRefused, keeping nothing, when its device is not enrolled for its pair
        or has sent one with this number or a higher one before."""
        key = base64.b64encode(snapshot.signing_key).decode("ascii")
        self._check(snapshot, key)
        published = snapshot.published_at.astimezone(dt.UTC)
        made = self.connection.execute(
            schema.snapshot.insert().values(
                pair_id=snapshot.pairing_id,
                signing_key=key,
                sequence=snapshot.sequence,
                published_at=published,
                received_at=now.astimezone(dt.UTC),
                day=snapshot.figures["day"],
                week=week_of(published),
                sessions_per_month=snapshot.figures["sessions_per_month"],
                figures=snapshot.figures,
            )
        ).inserted_primary_key
        assert made is not None
        newest = self._newest_of(snapshot.pairing_id)
        latest = schema.latest
        if newest is None:
            self.connection.execute(latest.insert().values(pair_id=snapshot.pairing_id, snapshot_id=made[0]))
        elif newest <= published:
            self.connection.execute(
                latest.update().where(latest.c.pair_id == snapshot.pairing_id).values(snapshot_id=made[0])
            )
        return Received(snapshot.pairing_id, snapshot.sequence)

    def noted(self, snapshot: Snapshot) -> None:
        """The snapshot was kept (its savepoint released): remember it for the ones that follow."""
        key = base64.b64encode(snapshot.signing_key).decode("ascii")
        self._last[key] = snapshot.sequence
        published = snapshot.published_at.astimezone(dt.UTC)
        newest = self._newest.get(snapshot.pairing_id)
        if newest is None or newest <= published:
            self._newest[snapshot.pairing_id] = published

    def _check(self, snapshot: Snapshot, key: str) -> None:
        enrolled = self._pair_of_key(key)
        if enrolled is None:
            raise SnapshotRefused(
                "it comes from a device this hub does not know: enrol its pairing card first"
            )
        if enrolled != snapshot.pairing_id:
            raise SnapshotRefused("its device is enrolled for another pair")
        last = self._last_of(key)
        if last is not None and snapshot.sequence <= last:
            raise SnapshotRefused(
                f"it is number {snapshot.sequence}, and this hub has number {last} of that device already"
            )

    def _pair_of_key(self, key: str) -> str | None:
        if key not in self._pair_of and not self._complete:
            device = schema.device
            self._pair_of[key] = self.connection.scalar(
                select(device.c.pair_id).where(device.c.signing_key == key)
            )
        return self._pair_of.get(key)

    def _last_of(self, key: str) -> int | None:
        if key not in self._last and not self._complete:
            s = schema.snapshot
            self._last[key] = self.connection.scalar(
                select(func.max(s.c.sequence)).where(s.c.signing_key == key)
            )
        return self._last.get(key)

    def _newest_of(self, pair_id: str) -> dt.datetime | None:
        if pair_id not in self._newest and not self._complete:
            s, latest = schema.snapshot, schema.latest
            found = self.connection.scalar(
                select(s.c.published_at)
                .join(latest, latest.c.snapshot_id == s.c.id)
                .where(latest.c.pair_id == pair_id)
            )
            self._newest[pair_id] = utc(found) if found is not None else None
        return self._newest.get(pair_id)
