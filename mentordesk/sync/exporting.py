"""Writing an export: the pairing's records changed since the last export to the partner (or all),
signed and encrypted (docs/FORMAT.md), written whole or not at all.

"Changed since" is told by the database's change counter (storage/versions.py), read in the same
transaction as the records: the export state keeps the counter it saw, and the wall-clock time only
for display."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from mentordesk.files import write_atomically_with
from mentordesk.storage import Database
from mentordesk.storage.models import Setting
from mentordesk.storage.versions import change_clock
from mentordesk.sync.bundle import Manifest, Part, encrypt_into, seal
from mentordesk.sync.collector import collector_held
from mentordesk.sync.identity import DeviceIdentity, PublicIdentity
from mentordesk.sync.parts import Chunk, Outgoing, outgoing, part_path, split
from mentordesk.sync.records import ExportPreview, collect, gather
from mentordesk.wording import translate

STATE_PREFIX = "export."
CHANGES_KEY = "changes"
"""The change counter an export read; what was written after it goes in the next one."""


@dataclass(frozen=True)
class Collected:
    """The records an export carries, read in one transaction with the change counter they reached."""

    pairing_id: str
    records: list[Outgoing]
    preview: ExportPreview
    seen: int
    sequence: int


@dataclass
class Written:
    """The files an export was written to (one, or its parts in order), each with its manifest."""

    files: list[Path] = field(default_factory=list)
    manifests: list[Manifest] = field(default_factory=list)

    def add(self, path: Path, manifest: Manifest) -> None:
        self.files.append(path)
        self.manifests.append(manifest)

    @property
    def counts(self) -> dict[str, int]:
        """Records by kind, over every part."""
        total: dict[str, int] = {}
        for manifest in self.manifests:
            for kind, count in manifest.counts.items():
                total[kind] = total.get(kind, 0) + count
        return total

    @property
    def sequence(self) -> int:
        """The sequence number of the last part."""
        return self.manifests[-1].sequence


class ExportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _state(self, pairing_id: str) -> dict[str, object]:
        with self._db.read() as session:
            row = session.get(Setting, STATE_PREFIX + pairing_id)
            return dict(row.value) if row is not None else {}

    def last_export(self, pairing_id: str) -> dt.datetime | None:
        """When the last export was written, for display only."""
        return _at(self._state(pairing_id))

    def preview(self, pairing_id: str, everything: bool = False) -> ExportPreview:
        since = None if everything else _since(self._state(pairing_id))
        with self._db.read() as session:
            return collect(session, pairing_id, since)[1]

    def collect(self, pairing_id: str, everything: bool = False) -> Collected:
        """What an export would carry now, read once: show its preview, then `write` it."""
        state = self._state(pairing_id)
        since = None if everything else _since(state)
        with collector_held(), self._db.read() as session:
            seen = change_clock(session)
            records, preview = gather(session, pairing_id, since, outgoing)
        sequence = int(str(state.get("sequence", 0))) + 1
        return Collected(pairing_id, records, preview, seen, sequence)

    def write(
        self,
        collected: Collected,
        out: Path,
        identity: DeviceIdentity,
        *,
        partner: PublicIdentity | None,
        password: str | None = None,
        sender_role: str = "",
    ) -> Written:
        """Write what was collected to `out`; for the partner's key (and this device's), or for
        `password`. More than one file holds is written as parts beside `out` (`sync.parts`), each
        with the next sequence number. The next export carries what changed after the collection."""
        require_recipient(partner, password)
        started = dt.datetime.now(dt.UTC)
        recipients = [partner.recipient] if partner is not None and password is None else []

        def write_part(path: Path, chunk: Chunk, sequence: int, part: Part | None) -> Manifest:
            """Seal and write one file."""
            manifest, archived = seal(
                identity,
                collected.pairing_id,
                sequence,
                [record.data for record in chunk.records],
                chunk.counts,
                with_card=password is not None,
                sender_role=sender_role,
                part=part,
            )

            def encrypted(stream: io.BufferedIOBase) -> None:
                encrypt_into(stream, archived, identity, recipients=recipients, password=password)

            write_atomically_with(path, encrypted)
            return manifest

        chunks = split(collected.records)
        export_id = str(uuid.uuid4())
        written = Written()
        try:
            for number, chunk in enumerate(chunks, start=1):
                part = Part(export_id, number, len(chunks)) if len(chunks) > 1 else None
                path = out if part is None else part_path(out, number, len(chunks))
                written.add(path, write_part(path, chunk, collected.sequence + number - 1, part))
        except BaseException:  # all the parts or none: a partner cannot use some of them
            for path in written.files:
                path.unlink(missing_ok=True)
            raise
        with self._db.write() as session:
            state = {"sequence": written.sequence, "at": started.isoformat(), CHANGES_KEY: collected.seen}
            session.merge(Setting(key=STATE_PREFIX + collected.pairing_id, value=state))
        return written

    def export(
        self,
        pairing_id: str,
        out: Path,
        identity: DeviceIdentity,
        *,
        partner: PublicIdentity | None,
        password: str | None = None,
        everything: bool = False,
        sender_role: str = "",
    ) -> tuple[Written, ExportPreview]:
        """Collect and write the export to `out` (see `write`)."""
        require_recipient(partner, password)
        collected = self.collect(pairing_id, everything)
        written = self.write(
            collected, out, identity, partner=partner, password=password, sender_role=sender_role
        )
        return written, collected.preview


def require_recipient(partner: PublicIdentity | None, password: str | None) -> None:
    """An export is encrypted for the partner's key or for a password: refuse one with neither."""
    if partner is None and password is None:
        raise ValueError(
            translate("exporting", "Import your partner's pairing card first, or export with a password.")
        )


def _at(state: dict[str, object]) -> dt.datetime | None:
    """When the last export was written, from the export state."""
    at = state.get("at")
    return dt.datetime.fromisoformat(str(at)) if at else None


def _since(state: dict[str, object]) -> int | None:
    """The change counter the last export read; None (everything) before the first export, or when the
    state was saved by a version that kept only the time."""
    changes = state.get(CHANGES_KEY)
    return int(str(changes)) if changes is not None else None
