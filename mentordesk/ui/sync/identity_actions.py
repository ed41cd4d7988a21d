"""Sync's keys and pairing cards, for the Sync menu: unlocking this device's keys (or creating them the
first time), showing the pairing cards with their fingerprints, and importing a partner's card."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMainWindow, QMessageBox

from mentordesk.domain import PairingInfo
from mentordesk.ui.i18n import translate
from mentordesk.ui.sync.dialogs import CardsDialog, CreateIdentityDialog, ImportCardDialog, SecretDialog


class IdentityActions:
    """Mixed into the SyncController, which owns these attributes."""

    window: QMainWindow
    services: Any
    _current: Callable[[], PairingInfo | None]
    refresh: Callable[[], None]

    def ensure_unlocked(self) -> bool:
        state = self.services.sync.identity_state()
        try:
            if state.public is None:
                return self._create_identity()
            if state.unlocked:
                return True
            phrase = ""
            if self.services.sync.needs_passphrase():
                asked = SecretDialog.ask(
                    translate("SyncController", "Unlock sync"),
                    translate(
                        "SyncController",
                        "Enter the passphrase that seals this device's keys. It is asked once per run.",
                    ),
                    self.window,
                    translate("SyncController", "Passphrase"),
                )
                if asked is None:
                    return False
                phrase = asked
            self.services.sync.unlock(phrase)
        except ValueError as error:
            QMessageBox.warning(self.window, translate("SyncController", "Sync"), str(error))
            return False
        return True

    def _create_identity(self) -> bool:
        me = self.services.pairings.me()
        dialog = CreateIdentityDialog(
            me.name if me else "", self.services.sync.needs_passphrase(), self.window
        )
        if dialog.exec() != CreateIdentityDialog.DialogCode.Accepted:
            return False
        public = self.services.sync.create_identity(dialog.name.text(), dialog.passphrase.text())
        self.window.statusBar().showMessage(
            translate("SyncController", "Keys created: your fingerprint is {fingerprint}").format(
                fingerprint=public.fingerprint
            ),
            10000,
        )
        self.refresh()
        return True

    def show_cards(self) -> None:
        pairing = self._current()
        if pairing is None or not self.ensure_unlocked():
            return
        state = self.services.sync.identity_state()
        partner = self.services.sync.status(pairing.id).partner
        CardsDialog(state.public, state.where, partner, pairing.name, self.window).exec()

    def import_card(self) -> None:
        pairing = self._current()
        dialog = ImportCardDialog(self.window)
        if dialog.exec() != ImportCardDialog.DialogCode.Accepted:
            return
        try:
            partner = self.services.sync.import_card(
                pairing.id if pairing else None, dialog.text.toPlainText()
            )
        except ValueError as error:
            QMessageBox.warning(self.window, translate("SyncController", "Import partner's card"), str(error))
            return
        QMessageBox.information(
            self.window,
            translate("SyncController", "Import partner's card"),
            translate(
                "SyncController",
                "{name}'s card is linked to {pairing}.\n\nTheir fingerprint: "
                "{fingerprint}\n\nRead it aloud with {name} to be sure it is theirs.",
            ).format(
                name=partner.name,
                pairing=pairing.name if pairing else translate("SyncController", "no pairing yet"),
                fingerprint=partner.fingerprint,
            ),
        )
        self.refresh()
