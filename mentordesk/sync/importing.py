"""Importing a partner's export: open it (`sync.bundle`), then merge its records in one transaction
(`sync.applying`), so a refused export leaves the database exactly as it was.

Which bundles were imported is remembered per sender, so a second import of one says so and changes
nothing. The first export of a pairing this database does not have yet creates it, once the user has
accepted that (it must come from a partner whose card was imported)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mentordesk.files import FileRefused, read_limited
from mentordesk.storage import Database
from mentordesk.storage.backups import backup_before
from mentordesk.storage.models import Pairing, Setting
from mentordesk.storage.models.pairing import PAIRING_ME_PREFIX
from mentordesk.storage.versions import KEEP_KEY
from mentordesk.sync.applying import Applied, Applier, ApplyError, table_order
from mentordesk.sync.bundle import MAX_FILE_BYTES, Bundle, BundleError, open_bundle
from mentordesk.sync.collector import collector_held
from mentordesk.sync.devices import DeviceService
from mentordesk.sync.identity import DeviceIdentity
from mentordesk.sync.references import missing_message
from mentordesk.wording import translate

INVITED_KEY = "programme/invited/{pairing}"  # a programme's invitation to this pairing was accepted

STATE_PREFIX = "import."
FIRST_KEY = "first"
"""In a sender's import state: the export in parts whose first part started the pairing here, and the
part of it that may come next."""
Progress = Callable[[int, int], None]


class ImportRefused(BundleError):
    """A valid export that this database cannot take (yet); `reason` as in BundleError, plus
    new-pairing (the user must accept the pairing first), new-card (the user must accept the card a
    password export brings) and clash (the records do not fit)."""


@dataclass(frozen=True)
class ImportSummary:
    pairing_id: str
    pairing_name: str
    sender: str
    sequence: int
    applied: Applied
    already: bool = False
    created_pairing: bool = False

    def line(self) -> str:
        if self.already:
            return f"export {self.sequence} from {self.sender} was already imported; nothing changed"
        a = self.applied
        head = f"imported export {self.sequence} from {self.sender} into {self.pairing_name}"
        if self.created_pairing:
            head += " (new pairing)"
        moved = "".join(f"; decision {old} is now number {new}" for old, new in a.renumbered)
        counts = f"{a.added} added, {a.updated} updated, {a.unchanged} unchanged, {a.conflicts} conflicts"
        return f"{head}: {counts}{moved}"


class ImportService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._devices = DeviceService(db)

    def read(self, path: Path, identity: DeviceIdentity, password: str | None = None) -> Bundle:
        """Open and check an export file without changing anything."""
        try:
            blob = read_limited(path, MAX_FILE_BYTES, "MentorDesk export")
        except FileRefused as error:
            raise BundleError(translate("ImportService", "invalid"), str(error)) from None
        except OSError as error:
            raise BundleError(
                translate("ImportService", "unreadable"),
                f"{path.name} cannot be read: {error.strerror or error}.",
            ) from None
        with collector_held():
            return open_bundle(
                blob, identity=identity, password=password, known_sender=self._devices.known_card
            )

    def _invited(self, pairing_id: str) -> bool:
        """Whether this copy imported a programme's invitation to the pairing (as its mentee): its first
        export is then accepted as the invitation said it would come."""
        with self._db.read() as session:
            return session.get(Setting, INVITED_KEY.format(pairing=pairing_id)) is not None

    def already_imported(self, bundle: Bundle) -> bool:
        imported = self._state(bundle.manifest.sender_device).get("bundles", [])
        return isinstance(imported, list) and bundle.manifest.bundle_id in imported

    def import_bundle(
        self,
        bundle: Bundle,
        *,
        accept_new_pairing: bool = False,
        accept_card: bool = False,
        progress: Progress | None = None,
    ) -> ImportSummary:
        """Merge the bundle. A password export from a device whose card is not kept here carries that
        card: it is refused ("new-card", naming the fingerprint to compare) until `accept_card`."""
        manifest = bundle.manifest
        pairing_id = manifest.pairing_id
        with self._db.read() as session:
            local = session.get(Pairing, pairing_id)
            local_name = local.name if local is not None else None
        partner = self._devices.partner(pairing_id)
        if local_name is not None and partner is not None and partner.device_id != manifest.sender_device:
            raise ImportRefused(
                translate("ImportService", "unknown-sender"),
                f"This export for {local_name} comes from {bundle.sender.name}, who is not the partner "
                f"linked to it ({partner.name}).",
            )
        if bundle.new_card and not accept_card:
            sender = bundle.sender
            raise ImportRefused(
                translate("ImportService", "new-card"),
                f"This export is from {sender.name}, whose pairing card is not kept here yet. It brings "
                f"the card with it; its fingerprint is\n\n{sender.fingerprint}\n\nCompare it with "
                f"{sender.name} (read it aloud, or over a channel you trust) before you accept it.",
            )
        if local_name is not None and partner is None and not bundle.new_card:
            raise ImportRefused(
                translate("ImportService", "unknown-sender"),
                f"This export from {bundle.sender.name} is for {local_name}, which has no partner linked "
                f"yet. If {bundle.sender.name} is your partner in it, import their pairing card for "
                f"{local_name} first (Sync → Import partner's card…).",
            )
        next_part = self._next_part_of_first_exchange(bundle)
        self._check_part_order(bundle, local_name, next_part)
        if local_name is None and not (accept_new_pairing or self._invited(pairing_id)):
            raise ImportRefused(
                translate("ImportService", "new-pairing"),
                f"This export from {bundle.sender.name} is for a pairing this database does not have yet. "
                "Accept it to create the pairing here.",
            )
        if self.already_imported(bundle):
            return ImportSummary(
                pairing_id, local_name or "", bundle.sender.name, manifest.sequence, Applied(), already=True
            )
        part = manifest.part
        continues_first = part is not None and next_part == part.number
        applied, name = self._merge(bundle, progress, first=local_name is None or continues_first)
        if bundle.new_card:
            self._devices.import_card(pairing_id, bundle.sender.card())
        elif partner is None:
            self._devices.link_partner(pairing_id, bundle.sender)
        return ImportSummary(
            pairing_id,
            name,
            bundle.sender.name,
            manifest.sequence,
            applied,
            created_pairing=local_name is None,
        )

    def _next_part_of_first_exchange(self, bundle: Bundle) -> int | None:
        """While an export in parts makes a pairing's first exchange here, and `bundle` is a part of
        that export: the number of the part that may come next. Only that part is still the first
        exchange: what the sender wrote before it, in either person's name, comes in as it would
        have in one file."""
        part = bundle.manifest.part
        first = self._state(bundle.manifest.sender_device).get(FIRST_KEY)
        if part is None or not isinstance(first, dict) or first.get("export") != part.export_id:
            return None
        expected = first.get("next")
        return expected if isinstance(expected, int) else None

    @staticmethod
    def _check_part_order(bundle: Bundle, local_name: str | None, next_part: int | None) -> None:
        """A later part of the export in parts that starts the pairing comes after the parts before it."""
        part = bundle.manifest.part
        if part is None or part.number == 1:
            return
        expected = 1 if local_name is None else next_part
        if expected is not None and expected != part.number:
            raise ImportRefused(
                translate("ImportService", "part-order"),
                f"This file is part {part.number} of {part.count} of an export from {bundle.sender.name}, "
                f"which is imported part by part in order: import part {expected} first.",
            )

    def _merge(self, bundle: Bundle, progress: Progress | None, *, first: bool) -> tuple[Applied, str]:
        """Merge the bundle in one transaction; `first`: it is (a part of) the pairing's first exchange."""
        manifest = bundle.manifest
        order = table_order()
        records = sorted(bundle.records, key=lambda r: order.get(r["kind"], len(order)))
        backup_before(self._db.path, "before-import", durable=False)
        try:
            with collector_held(), self._db.write() as session:
                session.execute(text("PRAGMA defer_foreign_keys = ON"))
                session.info[KEEP_KEY] = True
                new_pairing = session.get(Pairing, manifest.pairing_id) is None
                applier = Applier(session, manifest.pairing_id, records, first_exchange=first)
                with session.no_autoflush:  # a record is written whole before anything is flushed
                    for done, record in enumerate(records, start=1):
                        applier.apply(record)
                        if progress is not None and (done % 200 == 0 or done == len(records)):
                            progress(done, len(records))
                session.flush()
                with session.no_autoflush:
                    applier.finish()
                session.flush()
                applier.check_references()
                pairing = session.get(Pairing, manifest.pairing_id)
                if pairing is None:
                    raise ApplyError(
                        translate(
                            "ImportService",
                            "This export does not hold its pairing; it cannot start one here.",
                        )
                    )
                if new_pairing:
                    self._remember_role(session, pairing, manifest.sender_role)
                self._remember(session, bundle, first=first)
                return applier.result, pairing.name
        except ApplyError as error:
            raise ImportRefused(translate("ImportService", "clash"), str(error)) from None
        except IntegrityError as error:
            raise ImportRefused(
                translate("ImportService", "clash"), _clash_message(str(error.orig))
            ) from error

    @staticmethod
    def _remember_role(session: Session, pairing: Pairing, sender_role: str) -> None:
        """The new pairing's person who is not the sender is this database's user."""
        me = {"mentor": pairing.mentee_id, "mentee": pairing.mentor_id}.get(sender_role)
        if me is not None:
            session.merge(Setting(key=PAIRING_ME_PREFIX + pairing.id, value=me))

    @staticmethod
    def _remember(session: Session, bundle: Bundle, *, first: bool) -> None:
        """The bundle is imported; and while an export in parts makes the first exchange, which part
        may come next as part of it (any other bundle ends that)."""
        manifest = bundle.manifest
        row = session.get(Setting, STATE_PREFIX + manifest.sender_device)
        state = dict(row.value) if row is not None else {}
        bundles = [*state.get("bundles", []), manifest.bundle_id]
        latest = max(int(state.get("sequence", 0)), manifest.sequence)
        value = {"bundles": bundles, "sequence": latest, "at": dt.datetime.now(dt.UTC).isoformat()}
        part = manifest.part
        if first and part is not None and part.number < part.count:
            value[FIRST_KEY] = {"export": part.export_id, "next": part.number + 1}
        session.merge(Setting(key=STATE_PREFIX + manifest.sender_device, value=value))

    def _state(self, device_id: str) -> dict[str, object]:
        with self._db.read() as session:
            row = session.get(Setting, STATE_PREFIX + device_id)
            return dict(row.value) if row is not None else {}

    def last_import(self, device_id: str) -> dt.datetime | None:
        at = self._state(device_id).get("at")
        return dt.datetime.fromisoformat(str(at)) if at else None


def _clash_message(detail: str) -> str:
    """Words for a uniqueness clash between an incoming record and a local one."""
    what = {
        "pairing.name": "a pairing with the same name as one of yours",
        "tag.": "a tag with the same name as a tag you created",
        "competency.": "a competency with the same name as one you created",
        "component.": "a component with the same name as one you created",
        "decision.": "a decision with the same number as one you wrote",
        "event_link.": "a cause link you also drew",
        "tagging.": "a tag you also put on the same record",
    }
    if "FOREIGN KEY" in detail:  # a link to a missing record, found by SQLite as the import commits
        return missing_message()
    if "pairing.name" in detail:
        return (
            f"The export holds {what['pairing.name']}. Rename yours (File → Edit pairing…), then import "
            "the same file again."
        )
    for key, words in what.items():
        if key in detail:
            return f"The export holds {words}. Rename or renumber yours, then import it again."
    return "The export's records clash with records of this database; nothing was imported."
