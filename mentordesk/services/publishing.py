"""Publishing a pairing's figures to its programme: worked out from its shared records, signed, and written
as a snapshot file into the folder the programme's hub reads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from mentordesk.domain import PairingInfo
from mentordesk.files import write_atomically
from mentordesk.programme.figures import figures_of
from mentordesk.programme.snapshot import SUFFIX, seal
from mentordesk.services.base import Service
from mentordesk.services.metrics import MetricsService
from mentordesk.storage.models import Setting
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

    def publish(
        self, pairing: PairingInfo, identity: DeviceIdentity, folder: Path, now: dt.datetime, zone: dt.tzinfo
    ) -> Path:
        """Write the pairing's snapshot into `folder`, signed by `identity`; returns the file written.
        Each publish takes the next sequence number, so the hub can tell a newer one from a replay."""
        figures = self.figures(pairing, now, zone)
        key = SEQUENCE_KEY.format(pairing=pairing.id)
        with self._db.write() as session:
            row = session.get(Setting, key)
            sequence = (int(row.value) if row is not None else 0) + 1
            session.merge(Setting(key=key, value=sequence))
        path = folder / snapshot_name(pairing, sequence)
        write_atomically(path, seal(identity, pairing.id, sequence, now, figures))
        return path
