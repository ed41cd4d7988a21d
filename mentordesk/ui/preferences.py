"""The Preferences dialog: the theme (shown at once), Review mode's text size, and the sync folder."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.review_mode import ReviewMode
from mentordesk.ui.theme import (
    REVIEW_SCALES,
    TEXT_SCALES,
    THEME_CHOICES,
    chosen_text_scale,
    chosen_theme,
)


class PreferencesDialog(QDialog):
    """Every choice applies as it is made, as on the desktop's own settings; Close closes.
    `set_theme(choice)` stores and shows a theme; `choose_sync_folder` opens the sync folder's dialog
    (None while the window has no database)."""

    def __init__(
        self,
        review: ReviewMode,
        set_theme: Callable[[str], None],
        set_text_scale: Callable[[float], None],
        choose_sync_folder: Callable[[], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for value, text in THEME_CHOICES.items():
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(list(THEME_CHOICES).index(chosen_theme()))
        self.theme.currentIndexChanged.connect(lambda _index: set_theme(str(self.theme.currentData())))

        self.text_scale = QComboBox()
        self.text_scale.setAccessibleName("Text size")
        for scale in TEXT_SCALES:
            self.text_scale.addItem(f"{round(scale * 100)} %", scale)
        self.text_scale.setCurrentIndex(TEXT_SCALES.index(chosen_text_scale()))
        self.text_scale.currentIndexChanged.connect(
            lambda _index: set_text_scale(float(self.text_scale.currentData()))
        )

        self.review_scale = QComboBox()
        self.review_scale.setAccessibleName("Review mode text size")
        for scale in REVIEW_SCALES:
            self.review_scale.addItem(f"{round(scale * 100)} %", scale)
        self.review_scale.setCurrentIndex(
            min(range(len(REVIEW_SCALES)), key=lambda i: abs(REVIEW_SCALES[i] - review.scale))
        )
        self.review_scale.currentIndexChanged.connect(
            lambda _index: review.set_scale(float(self.review_scale.currentData()))
        )

        self.sync_folder = QPushButton("Sync folder…")
        self.sync_folder.setAccessibleName("Choose the sync folder")
        self.sync_folder.setEnabled(choose_sync_folder is not None)
        if choose_sync_folder is not None:
            self.sync_folder.clicked.connect(choose_sync_folder)

        form = QFormLayout()
        form.addRow("Theme", self.theme)
        form.addRow("Text size", self.text_scale)
        form.addRow("Review mode text size", self.review_scale)
        form.addRow("Syncing", self.sync_folder)
        note = QLabel(
            "Review mode is black on white whatever the theme, so a shared screen reads the same for "
            "everyone."
        )
        note.setObjectName("PageSubtitle")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
