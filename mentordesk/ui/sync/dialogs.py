"""Small sync dialogs: the passphrase, creating the identity, the pairing cards, an export password."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.files import read_limited, write_atomically
from mentordesk.ui.form_save import form_buttons
from mentordesk.ui.i18n import translate
from mentordesk.ui.plain import plain_label, rich_label, text_editor

if TYPE_CHECKING:  # the keys' libraries load when sync is first used, not at start
    from mentordesk.sync.identity import PublicIdentity

MIN_SECRET = 8


def _note(text: str) -> QLabel:
    """Rich text written here; whatever it quotes of a name or path must be escaped by the caller."""
    label = rich_label(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _hidden() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class NewSecret:
    """A new passphrase or password typed twice: the two fields and what is wrong with them."""

    def __init__(self, noun: str) -> None:
        self.noun = noun
        self.first = _hidden()
        self.second = _hidden()

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.noun.capitalize(), self.first)
        form.addRow(translate("NewSecret", "Again"), self.second)

    def problem(self) -> str:
        """Why the entry cannot be used ("" when it can)."""
        if len(self.first.text()) < MIN_SECRET:
            return translate("NewSecret", "The {noun} needs at least {MIN_SECRET} characters.").format(
                noun=self.noun, MIN_SECRET=MIN_SECRET
            )
        if self.first.text() != self.second.text():
            return translate("NewSecret", "The two {noun}s differ.").format(noun=self.noun)
        return ""

    def text(self) -> str:
        return self.first.text()


class SecretDialog(QDialog):
    """Asks for an existing passphrase or password."""

    def __init__(self, title: str, intro: str, parent: QWidget | None, label: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.first = _hidden()
        form = QFormLayout()
        form.addRow(label, self.first)
        buttons = form_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(_note(intro))
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, title: str, intro: str, parent: QWidget | None, label: str = "") -> str | None:
        dialog = cls(title, intro, parent, label or translate("PasswordDialog", "Password"))
        return dialog.first.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class CreateIdentityDialog(QDialog):
    """The first step of sync: this device's keys, named as the partner will see them."""

    def __init__(self, name: str, needs_passphrase: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CreateIdentityDialog", "Set up sync on this device"))
        self.setMinimumWidth(520)
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(
            translate("CreateIdentityDialog", "Your name, as your partner will see it")
        )
        self.passphrase = NewSecret(translate("CreateIdentityDialog", "passphrase"))
        self.problem = plain_label()
        self.problem.setObjectName("FormError")
        self._needs_passphrase = needs_passphrase
        intro = translate(
            "CreateIdentityDialog",
            "MentorDesk creates a key pair for this device. Exports are encrypted to your partner's key "
            "and signed with yours, so only the two of you can read them.",
        )
        if needs_passphrase:
            intro += translate(
                "CreateIdentityDialog",
                "\n\nThis system has no secure keyring, so the keys are sealed with a passphrase you choose "
                "here. MentorDesk asks for it once each time it starts sync. It cannot be recovered.",
            )
        else:
            intro += translate("CreateIdentityDialog", "\n\nThe secret keys are kept in the system keyring.")
        form = QFormLayout()
        form.addRow(translate("CreateIdentityDialog", "Name"), self.name)
        if needs_passphrase:
            self.passphrase.add_rows(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        create = buttons.addButton(
            translate("CreateIdentityDialog", "Create keys"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        create.setDefault(True)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_note(intro))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(translate("CreateIdentityDialog", "Enter your name."))
        elif self._needs_passphrase and self.passphrase.problem():
            self.problem.setText(self.passphrase.problem())
        else:
            self.accept()


def monospace(text: str) -> QPlainTextEdit:
    """Read-only fixed-width text, tall enough to show every line."""
    box = text_editor(text)
    box.setReadOnly(True)
    box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    lines = text.count("\n") + 1
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 24)
    return box


def unbroken(text: str) -> str:
    """Rich text kept on one line (a fingerprint must not break at its dashes)."""
    return f'<span style="white-space: nowrap">{text}</span>'


class CardsDialog(QDialog):
    """This device's pairing card to hand over, and the partner's card of the current pairing."""

    def __init__(
        self,
        mine: PublicIdentity,
        where: str,
        partner: PublicIdentity | None,
        pairing: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CardsDialog", "Pairing cards"))
        self.setMinimumWidth(620)
        self.mine = mine
        card = monospace(mine.card())
        copy = QPushButton(translate("CardsDialog", "Copy card"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(mine.card()))
        save = QPushButton(translate("CardsDialog", "Save card…"))
        save.clicked.connect(self._save)
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addWidget(save)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _note(
                f"<b>Your card</b> ({escape(mine.name)}). Send it to your partner; it holds only public keys."
            )
        )
        layout.addWidget(card)
        layout.addLayout(row)
        layout.addWidget(
            _note(
                f"Your fingerprint: <b>{unbroken(mine.fingerprint)}</b><br>"
                f"Secret keys kept in {escape(where)}."
            )
        )
        if partner is None:
            text = translate(
                "CardsDialog", "No partner card is linked to {pairing} yet. Use Sync → Import partner's card…"
            ).format(pairing=escape(pairing))
        else:
            text = translate(
                "CardsDialog",
                "<b>{partner}</b> is the partner of {pairing}.<br>Their fingerprint: <b>{fingerprint}</b><br>"
                "Read both fingerprints aloud to each other to be sure the cards were not swapped on the "
                "way.",
            ).format(
                partner=escape(partner.name),
                pairing=escape(pairing),
                fingerprint=unbroken(partner.fingerprint),
            )
        layout.addWidget(_note(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        name = "".join(c if c.isalnum() else "-" for c in self.mine.name).strip("-").lower() or "my"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("CardsDialog", "Save pairing card"),
            f"{name}.mdcard",
            translate("CardsDialog", "Pairing cards (*.mdcard *.txt)"),
        )
        if path:
            from pathlib import Path

            try:
                write_atomically(Path(path), self.mine.card().encode("utf-8"))
            except OSError as error:
                QMessageBox.warning(
                    self,
                    translate("CardsDialog", "Save pairing card"),
                    translate("CardsDialog", "The card could not be saved: {error}").format(error=error),
                )


class ImportCardDialog(QDialog):
    """Paste the partner's card, or load it from a file."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportCardDialog", "Import partner's card"))
        self.setMinimumWidth(600)
        self.text = text_editor()
        self.text.setPlaceholderText(
            translate("ImportCardDialog", "Paste your partner's pairing card here, or load it from a file.")
        )
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        load = QPushButton(translate("ImportCardDialog", "From file…"))
        load.clicked.connect(self._load)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(
            translate("ImportCardDialog", "Import card"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(load)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)

    def _load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ImportCardDialog", "Partner's pairing card"),
            "",
            translate("ImportCardDialog", "Pairing cards (*.mdcard *.txt);;All files (*)"),
        )
        if not path:
            return
        from pathlib import Path

        try:
            source = Path(path)
            self.text.setPlainText(
                read_limited(source, 4000, translate("ImportCardDialog", "pairing card")).decode(
                    "utf-8", errors="replace"
                )
            )
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, translate("ImportCardDialog", "Import partner's card"), str(error))
