"""The Sync menu, the sync status in the status bar, the conflict banner and the sync folder watcher.

Exports and imports run in a worker thread behind a progress dialog, so the window keeps painting. The
device's keys are unlocked once per run (asking for the passphrase only where there is no secure
keyring). Sync is off in Review mode: its previews name confidential records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from mentordesk.domain import PairingInfo, RecordKind
from mentordesk.ui.i18n import translate
from mentordesk.ui.plain import ElidedLabel
from mentordesk.ui.progress import cancellable
from mentordesk.ui.sync.conflicts_view import ConflictBanner, ConflictsDialog
from mentordesk.ui.sync.dialogs import SecretDialog
from mentordesk.ui.sync.export_actions import FILTER, ExportActions
from mentordesk.ui.sync.folder import FolderWatch
from mentordesk.ui.sync.identity_actions import IdentityActions
from mentordesk.ui.sync.worker import Worker


def documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def ago(moment: dt.datetime | None) -> str:
    if moment is None:
        return translate("controller", "never")
    seconds = (dt.datetime.now(dt.UTC) - moment).total_seconds()
    for size, ago_text in (
        (86400, translate("controller", "{count} d ago")),
        (3600, translate("controller", "{count} h ago")),
        (60, translate("controller", "{count} min ago")),
    ):
        if seconds >= size:
            return ago_text.format(count=int(seconds // size))
    return translate("controller", "just now")


class SyncController(ExportActions, IdentityActions, QObject):
    imported = Signal(object)  # the ImportSummary of each import that changed or checked something
    exported = Signal(object)  # the Path written
    progressed = Signal(int, int)  # records merged so far, of how many

    def __init__(
        self,
        window: QMainWindow,
        services: Any,
        current_pairing: Callable[[], PairingInfo | None],
        open_record: Callable[[RecordKind, str], bool],
        changed: Callable[[], None],
        save_pending: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self._current = current_pairing
        self._open_record = open_record
        self._changed = changed
        self._save_pending = save_pending
        self.busy: Worker | None = None
        self.last_confirmation: QMessageBox | None = None  # the note that the last export was written
        self.status = ElidedLabel()
        self.banner = ConflictBanner()
        self.banner.resolve_requested.connect(self.show_conflicts)
        self.menu = QMenu(translate("Sync", "&Sync"), window)
        self.export_action = self._action(
            translate("Sync", "Export for partner…"), self.export, "Ctrl+Shift+E"
        )
        self.import_action = self._action(
            translate("Sync", "Import partner's export…"), lambda: self.import_file(), "Ctrl+Shift+I"
        )
        self.conflicts_action = self._action(
            translate("Sync", "Conflicts…"), self.show_conflicts, "Ctrl+Shift+K"
        )
        self.publish_action = self._action(translate("Sync", "Publish to programme…"), self.publish)
        self.menu.addSeparator()
        self._action(translate("Sync", "Pairing cards and fingerprints…"), self.show_cards)
        self._action(translate("Sync", "Import partner's card…"), self.import_card)
        self._action(translate("Sync", "Sync folder…"), self.choose_folder)
        self.folder_watch = FolderWatch(self)
        self.folder_watch.changed.connect(self.scan_folder)
        self._closed = False  # the window closed: nothing more starts, no outcome is shown
        self._queue: list[Path] = []  # files chosen together, imported one after another
        self._waiting: set[Path] = set()  # parts in the sync folder whose earlier parts have not arrived

    def start(self) -> None:
        """Once the window is up: watch the sync folder, and show the sync state. This reads the keys
        and the keyring, which the window's first paint does not wait for."""
        self.folder_watch.watch(self.sync.folder())
        if self.sync.folder():
            self.folder_watch.poke()  # what arrived while the app was closed
        self.refresh()

    def _action(self, text: str, slot: Callable[[], None], keys: str = "") -> QAction:
        action = self.menu.addAction(text)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _c=False: slot())
        return action

    @property
    def sync(self) -> Any:
        return self.services.sync

    def set_review(self, on: bool) -> None:
        self.menu.setEnabled(not on)
        for action in self.menu.actions():
            action.setEnabled(not on)
        self.refresh()
        if not on and self.sync.folder():
            self.folder_watch.poke()  # what arrived during Review mode

    # status
    def refresh(self) -> None:
        pairing = self._current()
        if pairing is None or not self.menu.isEnabled():
            self.status.setText("")
            self.banner.hide()
            return
        state = self.sync.identity_state()
        if state.public is None:
            self.status.setText(
                translate("SyncController", "Sync: not set up yet (Sync → Pairing cards and fingerprints…)")
            )
            self.banner.hide()
            return
        status = self.sync.status(pairing.id)
        folder = translate("SyncController", " · sync folder") if status.folder else ""
        if status.partner is None:
            self.status.setText(
                translate(
                    "SyncController", "Sync: no partner card yet (Sync → Import partner's card…){folder}"
                ).format(folder=folder)
            )
        else:
            when = translate("SyncController", "exported {ago}, imported {ago2}").format(
                ago=ago(status.last_export), ago2=ago(status.last_import)
            )
            self.status.setText(
                translate("SyncController", "Sync with {name}: {when}{folder}").format(
                    name=status.partner.name, when=when, folder=folder
                )
            )
        self.banner.show_count(
            len(self.sync.conflicts(pairing.id)), status.partner.name if status.partner else ""
        )

    # the identity
    # import
    def import_file(self, path: Path | None = None, *, automatic: bool = False) -> None:
        """Import `path`, or the files the user chooses: several (the parts of a large export) are
        imported one after another in the order of their names, and stop at the first that fails."""
        if self.busy is not None or not self.ensure_unlocked():
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileNames(
                self.window,
                translate("SyncController", "Import partner's export"),
                documents(),
                translate("SyncController", FILTER),
            )
            if not chosen:
                return
            path, *self._queue = sorted(Path(c) for c in chosen)
        self._import(path, None, False, automatic)

    def _import(
        self, path: Path, password: str | None, accept: bool, automatic: bool, card: bool = False
    ) -> None:
        # what is typed but not saved yet becomes a local change first, so the merge sees it (and keeps
        # it, or shows a conflict) instead of an editor writing it over the partner's change afterwards
        self._save_pending()

        def work(progress: Callable[[int, int], None]) -> Any:
            bundle = self.sync.read(path, password)
            return self.sync.import_bundle(
                bundle, accept_new_pairing=accept, accept_card=card, progress=progress
            )

        def done(summary: Any) -> None:
            if automatic:
                self.sync.mark_seen(path)
            self.window.statusBar().showMessage(summary.line(), 15000)
            self._changed()
            self.refresh()
            self.imported.emit(summary)
            self._waiting.clear()  # a part waiting for this one may follow now
            if self._queue and not automatic:
                self._import(self._queue.pop(0), password, False, False)
            else:
                self._next_arrival()

        def failed(reason: str, message: str) -> None:
            if reason == "password-needed":
                asked = SecretDialog.ask(
                    translate("SyncController", "Password"),
                    translate("SyncController", "{name} is protected by a password.").format(name=path.name),
                    self.window,
                )
                if asked is not None:
                    self._import(path, asked, accept, automatic, card)
                    return
            elif reason == "new-card":
                answer = QMessageBox.question(
                    self.window,
                    translate("SyncController", "A partner's card"),
                    translate("SyncController", "{message}\n\nDo the fingerprints match?").format(
                        message=message
                    ),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    self._import(path, password, accept, automatic, True)
                    return
            elif reason == "new-pairing":
                answer = QMessageBox.question(
                    self.window,
                    translate("SyncController", "New pairing"),
                    translate("SyncController", "{message}\n\nCreate it here?").format(message=message),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    self._import(path, password, True, automatic, card)
                    return
            elif reason == "cancelled":
                pass  # the user's own choice; the file stays and can be imported from the Sync menu
            elif automatic and reason == "part-order":
                self._waiting.add(path)  # imported once its earlier parts have arrived
                self._next_arrival()
                return
            elif automatic and reason not in ("own", "new-pairing", "password-needed"):
                moved = self.sync.set_aside(path, message)
                where = (
                    translate("SyncController", "; it was moved to {parent}").format(parent=moved.parent)
                    if moved is not None
                    else ""
                )
                self._warn(
                    translate("SyncController", "Import {name}").format(name=path.name),
                    translate("SyncController", "{message}\n\n{name} was not imported{where}.").format(
                        message=message, name=path.name, where=where
                    ),
                )
            elif not (automatic and reason == "own"):
                self._warn(translate("SyncController", "Import {name}").format(name=path.name), message)
            if automatic:
                self.sync.mark_seen(path)
            self._queue.clear()  # the files chosen with this one build on it
            self._next_arrival()

        self._run(translate("SyncController", "Importing {name}…").format(name=path.name), work, done, failed)

    # the sync folder
    def choose_folder(self) -> None:
        from mentordesk.ui.sync.folder_dialog import SyncFolderDialog

        SyncFolderDialog(self.sync.folder_state, self.set_folder, self.window).exec()

    def set_folder(self, chosen: str) -> None:
        """Use `chosen` as the sync folder ("": none); ValueError when it is not a folder."""
        self.sync.set_folder(chosen)
        self.folder_watch.watch(chosen)
        self.window.statusBar().showMessage(
            translate(
                "SyncController", "Exports are written to {chosen}; exports arriving there are imported."
            ).format(chosen=chosen)
            if chosen
            else translate("SyncController", "No sync folder: exports are saved where you choose."),
            10000,
        )
        self.refresh()
        if chosen:
            self.scan_folder()

    def scan_folder(self) -> None:
        """Import what arrived in the sync folder, one file after another."""
        if self.busy is not None or not self.menu.isEnabled():
            return
        self._waiting.clear()  # what was waiting for an earlier part may have it now
        if not self.sync.arrivals():
            return
        if not self.sync.identity_state().unlocked:
            self.window.statusBar().showMessage(
                translate("SyncController", "New exports are in the sync folder: unlock sync to import them.")
            )
            if not self.ensure_unlocked():
                return
        self._next_arrival()

    def _next_arrival(self) -> None:
        idle = self.busy is None and not self._closed
        arrivals = [p for p in self.sync.arrivals() if p not in self._waiting] if idle else []
        if arrivals:
            self._import(arrivals[0], None, False, True)

    # conflicts
    def show_conflicts(self) -> None:
        pairing = self._current()
        if pairing is None:
            return
        dialog = ConflictsDialog(
            lambda: self.sync.conflicts(pairing.id), self.sync.resolve, self._open_record, self.window
        )
        dialog.exec()
        if dialog.resolved:
            self._changed()
        self.refresh()

    def shutdown(self) -> None:
        """The window closes: watch nothing more, and let a running import or export finish its
        transaction or file (neither can be cut off halfway)."""
        self._closed = True
        self.folder_watch.stop()
        self._queue.clear()
        if self.busy is not None:
            worker, self.busy = self.busy, None
            worker.wait()
            # its outcome is still queued: no dialog may open, nor the next import start, once closed
            worker.succeeded.disconnect()
            worker.failed.disconnect()
            worker.progressed.disconnect()
            worker.deleteLater()

    # running work
    def _run(
        self,
        text: str,
        work: Callable[[Callable[[int, int], None]], Any],
        done: Callable[[Any], None],
        failed: Callable[[str, str], None],
    ) -> None:
        worker, progress, _stop = cancellable(self.window, translate("SyncController", "Sync"), text, work)
        self.busy = worker

        def finish() -> None:
            progress.close()
            progress.deleteLater()
            worker.dispose()
            self.busy = None

        def succeeded(result: object) -> None:
            if not self._closed:  # an outcome still queued when the window closed goes nowhere
                finish()
                done(result)

        def went_wrong(reason: str, message: str) -> None:
            if not self._closed:
                finish()
                failed(reason, message)

        worker.progressed.connect(self.progressed)
        worker.succeeded.connect(succeeded)
        worker.failed.connect(went_wrong)
        worker.start()

    def publish(self) -> None:
        """Show the figures that would leave, then write the signed snapshot into the programme's folder."""
        from mentordesk.ui.sync.publish_dialog import PublishDialog

        pairing = self._current()
        if pairing is None or self.busy is not None or not self.ensure_unlocked():
            return
        self._save_pending()
        now = dt.datetime.now(dt.UTC)
        zone = now.astimezone().tzinfo or dt.UTC
        publishing = self.services.publishing
        identity = self.sync.identity()
        figures = publishing.figures(pairing, now, zone)
        dialog = PublishDialog(
            pairing.name,
            figures,  # what leaves is what the dialog shows, not worked out again
            lambda folder: publishing.publish(pairing, identity, folder, now, zone, figures),
            lambda url: publishing.publish_to_hub(pairing, identity, url, now, zone, figures),
            self.window,
            history=publishing.published(pairing.id),
            mine=identity.public().fingerprint,
        )
        if dialog.exec() == PublishDialog.DialogCode.Accepted and dialog.published is not None:
            self.window.statusBar().showMessage(
                translate("SyncController", "Published the figures to {path}").format(path=dialog.published),
                8000,
            )

    def _warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self.window, title, message)
