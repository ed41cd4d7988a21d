"""The window's pairing forms: the welcome page of an empty database, and creating or editing a
pairing (its people, roles, cadence, goals and competencies)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget

from mentordesk.domain import NewPairing, PairingEdit, PairingInfo
from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import translate
from mentordesk.ui.sidebar import Sidebar

if TYPE_CHECKING:
    from mentordesk.ui.pairing_form import WelcomePage


class PairingActions:
    """Mixed into the main window, which owns these attributes."""

    services: Services
    hub: ChangeHub
    welcome: WelcomePage | None
    outer: QStackedWidget
    sidebar: Sidebar
    current_pairing: Callable[[], PairingInfo | None]
    reload_pairings: Callable[..., None]

    def _widget(self) -> QMainWindow:
        return cast(QMainWindow, self)

    def _welcome_page(self) -> WelcomePage:
        if self.welcome is None:
            from mentordesk.ui.pairing_form import WelcomePage

            self.welcome = WelcomePage()
            self.welcome.create_requested.connect(self.create_pairing)
            self.outer.addWidget(self.welcome)
        return self.welcome

    def create_pairing(self, new: NewPairing) -> PairingInfo | None:
        try:
            created = self.services.pairings.create(new)
        except ValueError as error:
            QMessageBox.warning(
                self._widget(), translate("MainWindow", "Cannot create the pairing"), str(error)
            )
            return None
        self._show_new_pairing(created)
        return created

    def ask_new_pairing(self) -> None:
        from mentordesk.ui.pairing_form import NewPairingDialog

        me = self.services.pairings.me()
        created: list[PairingInfo] = []

        def create(new: NewPairing) -> None:
            created.append(self.services.pairings.create(new))

        if NewPairingDialog(me.name if me else "", create, self._widget()).exec() and created:
            self._show_new_pairing(created[0])

    def ask_edit_pairing(self) -> None:
        from mentordesk.ui.pairing_form import EditPairingDialog

        pairing = self.current_pairing()
        if pairing is None:
            return
        partner = self.services.sync.devices.partner(pairing.id)
        locked = (
            translate(
                "MainWindow", "{name} syncs this pairing: the roles and {name}'s name stay as they are."
            ).format(name=partner.name)
            if partner
            else ""
        )

        saved: list[PairingInfo] = []

        def save(edit: PairingEdit) -> None:
            saved.append(self.services.pairings.update(pairing.id, edit))

        if (
            EditPairingDialog(self.services.pairings.edit_of(pairing.id), save, locked, self._widget()).exec()
            and saved
        ):
            self.hub.pairings_changed.emit()
            self._widget().statusBar().showMessage(
                translate("MainWindow", "Saved the pairing “{name}”").format(name=saved[-1].name), 4000
            )

    def _show_new_pairing(self, created: PairingInfo) -> None:
        self.reload_pairings(select_id=created.id)
        self.sidebar.setCurrentRow(0)
