"""Publishing a pairing's figures to its programme: worked out from its shared records, signed, and written
as a snapshot file into the folder the programme's hub reads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select

from mentordesk.domain import PairingInfo
from mentordesk.files import write_atomically
from mentordesk.overview import Published
from mentordesk.programme.figures import figures_of
from mentordesk.programme.snapshot import SUFFIX, seal
from mentordesk.services.base import Service
from mentordesk.services.metrics import MetricsService
from mentordesk.storage.models import ProgrammePublish, Setting
from mentordesk.sync.identity import DeviceIdentity

SEQUENCE_KEY = "programme/sequence/{pairing}"


def snapshot_name(pairing: PairingInfo, sequence: int) -> str:
    """The file's name: the pairing's random id and the sequence number, never a person's name."""
    return f"snapshot-{pairing.id[:8]}-{sequence:05d}{SUFFIX}"


class PublishService(Service):
    def figures(self, pairing: PairingInfo, now: dt.datetime, zone: dt.tzinfo) -> dict[str, Any]:
        """What a publish at `now` would send: the figures of the pairing's shared records only."""
        data = MetricsService(self._db).snapshot(pairing, shared_only=True)
        return figures_of(data, now, zone)

    def last_sequence(self, pairing_id: str) -> int:
        with self._db.read() as session:
            row = session.get(Setting, SEQUENCE_KEY.format(pairing=pairing_id))
            return int(row.value) if row is not None else 0

    def _next(
        self,
        pairing: PairingInfo,
        identity: DeviceIdentity,
        now: dt.datetime,
        zone: dt.tzinfo,
        figures: dict[str, Any] | None,
    ) -> tuple[int, dict[str, Any], bytes]:
        """The pairing's next snapshot: its number (one past the last published), its figures (those
        given, as a preview showed them, or worked out now), and its bytes signed by `identity`. The
        number counts as taken once the snapshot has left (`_taken`)."""
        sequence = self.last_sequence(pairing.id) + 1
        if figures is None:
            figures = self.figures(pairing, now, zone)
        return sequence, figures, seal(identity, pairing.id, sequence, now, figures)

    def _taken(
        self,
        pairing: PairingInfo,
        identity: DeviceIdentity,
        now: dt.datetime,
        published: tuple[int, dict[str, Any], str],
    ) -> None:
        """The snapshot left: its number is taken, and it is kept as published. It travels to the partner
        with the next export, so both see what was published."""
        sequence, figures, target = published
        with self._db.write() as session:
            session.merge(Setting(key=SEQUENCE_KEY.format(pairing=pairing.id), value=sequence))
            session.add(
                ProgrammePublish(
                    pairing_id=pairing.id,
                    sequence=sequence,
                    published_at=now.astimezone(dt.UTC),
                    device=identity.public().fingerprint,
                    target=target,
                    figures=figures,
                )
            )

    def published(self, pairing_id: str) -> list[Published]:
        """What the pairing published, from either partner's device, newest first."""
        with self._db.read() as session:
            rows = session.scalars(
                select(ProgrammePublish)
                .where(ProgrammePublish.pairing_id == pairing_id, ProgrammePublish.deleted.is_(False))
                .order_by(ProgrammePublish.published_at.desc(), ProgrammePublish.sequence.desc())
            )
            return [Published(r.sequence, r.published_at, r.device, r.target, dict(r.figures)) for r in rows]

    def publish(
        self,
        pairing: PairingInfo,
        identity: DeviceIdentity,
        folder: Path,
        now: dt.datetime,
        zone: dt.tzinfo,
        figures: dict[str, Any] | None = None,
    ) -> Path:
        """Write the pairing's snapshot into `folder` (the programme's shared one); returns the file.
        Each publish takes the next number, so the hub can tell a newer snapshot from a replay."""
        sequence, figures, data = self._next(pairing, identity, now, zone, figures)
        path = folder / snapshot_name(pairing, sequence)
        write_atomically(path, data)
        self._taken(pairing, identity, now, (sequence, figures, "folder"))
        return path

    def publish_to_hub(
        self,
        pairing: PairingInfo,
        identity: DeviceIdentity,
        url: str,
        now: dt.datetime,
        zone: dt.tzinfo,
        figures: dict[str, Any] | None = None,
    ) -> int:
        """Send the pairing's snapshot straight to the hub at `url`; returns its number. The hub's refusal
        (SnapshotRefused) or an unreachable hub (HubError) is raised, with its reason, and takes no number."""
        from mentordesk.programme.hub import Hub

        sequence, figures, data = self._next(pairing, identity, now, zone, figures)
        hub = Hub(url)
        try:
            hub.receive(data, now)
        finally:
            hub.close()
        self._taken(pairing, identity, now, (sequence, figures, "hub"))
        return sequence
