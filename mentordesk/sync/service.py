"""Everything the window needs for sync, as one service of plain calls: the identity (unlocked once per
run), partners' cards, export and import, conflicts, and the optional sync folder.

The sync folder is a folder the user's own file-sync tool replicates. Exports are written there, and
files that arrive in it are imported; which files were handled is remembered (by name, size and time),
so each is looked at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mentordesk.storage import Database
from mentordesk.storage.models import Setting
from mentordesk.sync.bundle import Bundle
from mentordesk.sync.conflicts import ConflictInfo, ConflictService
from mentordesk.sync.devices import DeviceService
from mentordesk.sync.exporting import ExportService, Written
from mentordesk.sync.identity import DeviceIdentity, PublicIdentity
from mentordesk.sync.importing import ImportService, ImportSummary, Progress
from mentordesk.sync.keystore import PassphraseStore
from mentordesk.sync.records import ExportPreview
from mentordesk.wording import translate

FOLDER_KEY = "sync.folder"
SEEN_KEY = "sync.folder.seen"
SUFFIX = ".mdbundle"
REFUSED_FOLDER = "Refused"


@dataclass(frozen=True)
class IdentityState:
    public: PublicIdentity | None
    keyring_secure: bool
    where: str
    unlocked: bool


@dataclass(frozen=True)
class FolderState:
    """The sync folder as its dialog shows it."""

    folder: str  # empty: no sync folder
    present: bool  # the folder exists (a removable drive may be gone)
    exports: int  # exports in it, from either side
    waiting: int  # exports not looked at yet
    refused: int  # exports set aside in its Refused folder


@dataclass(frozen=True)
class SyncStatus:
    partner: PublicIdentity | None
    last_export: dt.datetime | None
    last_import: dt.datetime | None
    folder: str


class SyncService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self.devices = DeviceService(db)
        self._exports = ExportService(db)
        self._imports = ImportService(db)
        self._conflicts = ConflictService(db)
        self._identity: DeviceIdentity | None = None

    # identity
    def identity_state(self) -> IdentityState:
        return IdentityState(
            self.devices.public(),
            self.devices.keyring_is_secure(),
            self.devices.where_stored(),
            self._identity is not None,
        )

    def needs_passphrase(self) -> bool:
        """Whether unlocking (or creating) the identity needs the user's passphrase."""
        state = self.identity_state()
        if state.public is None:
            return not state.keyring_secure
        return state.where == PassphraseStore.where

    def create_identity(self, name: str, passphrase: str = "") -> PublicIdentity:
        public = self.devices.init(name, self.devices.store(lambda: passphrase))
        self.unlock(passphrase)
        return public

    def unlock(self, passphrase: str = "") -> DeviceIdentity:
        """The device identity, read from where it is kept once per run."""
        if self._identity is None:
            self._identity = self.devices.load(self.devices.store(lambda: passphrase))
        return self._identity

    def identity(self) -> DeviceIdentity:
        if self._identity is None:
            raise ValueError(translate("SyncService", "Unlock this device's keys first."))
        return self._identity

    # partners
    def import_card(self, pairing_id: str | None, text: str) -> PublicIdentity:
        return self.devices.import_card(pairing_id, text)

    def status(self, pairing_id: str) -> SyncStatus:
        partner = self.devices.partner(pairing_id)
        last_import = self._imports.last_import(partner.device_id) if partner else None
        return SyncStatus(partner, self._exports.last_export(pairing_id), last_import, self.folder())

    # export and import
    def preview(self, pairing_id: str, everything: bool = False) -> ExportPreview:
        return self._exports.preview(pairing_id, everything)

    def export(
        self, pairing_id: str, out: Path, *, role: str, password: str | None = None, everything: bool = False
    ) -> tuple[Written, ExportPreview]:
        return self._exports.export(
            pairing_id,
            out,
            self.identity(),
            partner=self.devices.partner(pairing_id),
            password=password,
            everything=everything,
            sender_role=role,
        )

    def read(self, path: Path, password: str | None = None) -> Bundle:
        return self._imports.read(path, self.identity(), password)

    def import_bundle(
        self,
        bundle: Bundle,
        *,
        accept_new_pairing: bool = False,
        accept_card: bool = False,
        progress: Progress | None = None,
    ) -> ImportSummary:
        return self._imports.import_bundle(
            bundle, accept_new_pairing=accept_new_pairing, accept_card=accept_card, progress=progress
        )

    # conflicts
    def conflicts(self, pairing_id: str) -> list[ConflictInfo]:
        partner = self.devices.partner(pairing_id)
        names = {partner.device_id: partner.name} if partner else {}
        return self._conflicts.conflicts(pairing_id, names)

    def resolve(self, conflict: ConflictInfo, choice: int) -> None:
        self._conflicts.resolve(conflict.kind, conflict.record_id, conflict.field, choice)

    # the sync folder
    def folder(self) -> str:
        return str(self._setting(FOLDER_KEY) or "")

    def set_folder(self, folder: str) -> None:
        if folder and not Path(folder).is_dir():
            raise ValueError(translate("SyncService", "{folder} is not a folder.").format(folder=folder))
        self._put(FOLDER_KEY, folder)

    def folder_state(self) -> FolderState:
        folder = self.folder()
        where = Path(folder) if folder else None
        if where is None or not where.is_dir():
            return FolderState(folder, False, 0, 0, 0)
        exports = sum(1 for _ in where.glob(f"*{SUFFIX}"))
        refused = sum(1 for _ in (where / REFUSED_FOLDER).glob(f"*{SUFFIX}"))
        return FolderState(folder, True, exports, len(self.arrivals()), refused)

    def export_name(self) -> str:
        """A file name for an export that says who it is from and when."""
        me = self.devices.public()
        who = "".join(c if c.isalnum() else "-" for c in (me.name if me else "export")).strip("-").lower()
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        return f"{who}-{stamp}{SUFFIX}"

    def arrivals(self) -> list[Path]:
        """Exports in the sync folder not looked at yet (this device's own exports are skipped later)."""
        folder = self.folder()
        if not folder or not Path(folder).is_dir():
            return []
        seen = set(self._seen())
        found = []
        for path in sorted(Path(folder).glob(f"*{SUFFIX}")):
            try:
                stat = path.stat()
            except OSError:
                continue
            if path.is_file() and _mark(path, stat.st_size, stat.st_mtime_ns) not in seen:
                found.append(path)
        return found

    def set_aside(self, path: Path, reason: str) -> Path | None:
        """Move a refused arrival into the sync folder's "Refused" folder beside a note of why, so it
        is neither tried again at every start nor lost; None when it could not be moved."""
        aside = path.parent / REFUSED_FOLDER
        try:
            aside.mkdir(exist_ok=True)
            target = aside / path.name
            path.replace(target)
            (aside / f"{path.name}.txt").write_text(f"{path.name} was not imported: {reason}\n", "utf-8")
        except OSError:
            self.mark_seen(path)  # a read-only folder: at least do not try it again
            return None
        return target

    def mark_seen(self, path: Path) -> None:
        try:
            stat = path.stat()
        except OSError:
            return
        seen = self._seen()
        seen.append(_mark(path, stat.st_size, stat.st_mtime_ns))
        self._put(SEEN_KEY, seen[-5000:])

    def _seen(self) -> list[str]:
        stored = self._setting(SEEN_KEY)
        return [str(item) for item in stored] if isinstance(stored, list) else []

    def _setting(self, key: str) -> object:
        with self._db.read() as session:
            row = session.get(Setting, key)
            return row.value if row is not None else None

    def _put(self, key: str, value: object) -> None:
        with self._db.write() as session:
            session.merge(Setting(key=key, value=value))


def _mark(path: Path, size: int, mtime_ns: int) -> str:
    return f"{path.name}|{size}|{mtime_ns}"
