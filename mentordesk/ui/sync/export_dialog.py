"""The export dialog: exactly what will leave this machine, for whom, and how it is protected."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui import dates
from mentordesk.ui.i18n import translate
from mentordesk.ui.plain import plain_label, rich_label, text_editor
from mentordesk.ui.sync.dialogs import NewSecret

if TYPE_CHECKING:  # sync's modules (and the keys' libraries) load when sync is first used
    from mentordesk.sync.identity import PublicIdentity
    from mentordesk.sync.records import ExportPreview


@dataclass(frozen=True)
class ExportChoice:
    everything: bool
    password: str | None


class ExportDialog(QDialog):
    def __init__(
        self,
        pairing: str,
        partner: PublicIdentity | None,
        last_export: dt.datetime | None,
        preview: Callable[[bool], ExportPreview],
        destination: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export {pairing}").format(pairing=pairing))
        self.setMinimumSize(560, 480)
        self._preview = preview
        if partner is not None:
            who = translate(
                "ExportDialog",
                "Encrypted for <b>{partner}</b> (fingerprint {fingerprint}) and for you, signed with your "
                "key.",
            ).format(partner=escape(partner.name), fingerprint=partner.fingerprint)
        else:
            who = translate(
                "ExportDialog",
                "No partner card is linked to this pairing yet, so this export can only be protected "
                "with a password. Import your partner's card to encrypt to their key instead.",
            )
        since = dates.moment_short(last_export) if last_export else ""
        self.everything = QCheckBox(
            translate(
                "ExportDialog", "Everything, not only what changed since the last export ({since})"
            ).format(since=since)
            if since
            else translate("ExportDialog", "Everything")
        )
        self.everything.setChecked(not since)
        self.everything.setEnabled(bool(since))
        self.everything.toggled.connect(self._refresh)
        self.use_password = QCheckBox(
            translate("ExportDialog", "Protect with a password instead (for a one-off exchange)")
        )
        self.use_password.setChecked(partner is None)
        self.use_password.setEnabled(partner is not None)
        self.password = NewSecret(translate("ExportDialog", "password"))
        self.use_password.toggled.connect(self._refresh)
        self.contents = text_editor()
        self.contents.setReadOnly(True)
        self.problem = plain_label()
        self.problem.setObjectName("FormError")
        form = QFormLayout()
        self.password.add_rows(form)
        self.password_form = QWidget()
        self.password_form.setLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            translate("ExportDialog", "Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        intro = rich_label(who)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.everything)
        layout.addWidget(self.use_password)
        layout.addWidget(self.password_form)
        layout.addWidget(QLabel(translate("ExportDialog", "<b>What will leave this machine</b>")))
        layout.addWidget(self.contents, 1)
        where = plain_label(destination)
        where.setWordWrap(True)
        layout.addWidget(where)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._refresh()

    def _refresh(self) -> None:
        self.password_form.setVisible(self.use_password.isChecked())
        try:
            preview = self._preview(self.everything.isChecked())
        except ValueError as error:
            self.contents.setPlainText(
                translate("ExportDialog", "The preview failed: {error}").format(error=error)
            )
            self.export_button.setEnabled(False)
            return
        lines = preview.lines()
        empty = not preview.counts
        if empty:
            lines.append(translate("ExportDialog", "Tick “Everything” to send every record again."))
        self.contents.setPlainText("\n".join(lines))
        self.export_button.setEnabled(not empty)

    def _check(self) -> None:
        if self.use_password.isChecked() and self.password.problem():
            self.problem.setText(self.password.problem())
            return
        self.accept()

    def choice(self) -> ExportChoice:
        password = self.password.text() if self.use_password.isChecked() else None
        return ExportChoice(self.everything.isChecked(), password)
