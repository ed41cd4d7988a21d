"""The Preferences dialog: the theme and text size (shown at once), Review mode's text size, how many
backups to keep, and the sync folder."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.overview import MentorBudget
from mentordesk.services import WriteFailed
from mentordesk.services.backups import Retention
from mentordesk.ui.dates import WEEK_STARTS, chosen_week_start
from mentordesk.ui.i18n import translate
from mentordesk.ui.mentor_time import chosen_budget, set_budget
from mentordesk.ui.review_mode import ReviewMode
from mentordesk.ui.theme import (
    REVIEW_SCALES,
    TEXT_SCALES,
    THEME_CHOICES,
    chosen_text_scale,
    chosen_theme,
)
from mentordesk.ui.widgets import label


class PreferencesDialog(QDialog):
    """Every choice applies as it is made, as on the desktop's own settings; Close closes.
    `set_theme(choice)` stores and shows a theme; `choose_sync_folder` opens the sync folder's dialog
    (None while the window has no database)."""

    def __init__(
        self,
        review: ReviewMode,
        set_theme: Callable[[str], None],
        set_text_scale: Callable[[float], None],
        set_week_start: Callable[[str], None],
        choose_sync_folder: Callable[[], None] | None,
        parent: QWidget | None = None,
        *,
        backups: tuple[Retention, Callable[[Retention], None]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(translate("Preferences", "Theme"))
        for value, text in THEME_CHOICES.items():
            self.theme.addItem(translate("Preferences", str(text)), value)
        self.theme.setCurrentIndex(list(THEME_CHOICES).index(chosen_theme()))
        self.theme.currentIndexChanged.connect(lambda _index: set_theme(str(self.theme.currentData())))

        self.text_scale = QComboBox()
        self.text_scale.setAccessibleName(translate("Preferences", "Text size"))
        for scale in TEXT_SCALES:
            self.text_scale.addItem(f"{round(scale * 100)} %", scale)
        self.text_scale.setCurrentIndex(TEXT_SCALES.index(chosen_text_scale()))
        self.text_scale.currentIndexChanged.connect(
            lambda _index: set_text_scale(float(self.text_scale.currentData()))
        )

        self.review_scale = QComboBox()
        self.review_scale.setAccessibleName(translate("Preferences", "Review mode text size"))
        for scale in REVIEW_SCALES:
            self.review_scale.addItem(f"{round(scale * 100)} %", scale)
        self.review_scale.setCurrentIndex(
            min(range(len(REVIEW_SCALES)), key=lambda i: abs(REVIEW_SCALES[i] - review.scale))
        )
        self.review_scale.currentIndexChanged.connect(
            lambda _index: review.set_scale(float(self.review_scale.currentData()))
        )

        self.sync_folder = QPushButton(translate("Preferences", "Sync folder…"))
        self.sync_folder.setAccessibleName(translate("Preferences", "Choose the sync folder"))
        self.sync_folder.setEnabled(choose_sync_folder is not None)
        if choose_sync_folder is not None:
            self.sync_folder.clicked.connect(choose_sync_folder)

        self.keep: dict[str, QSpinBox] = {}
        keep_row = QHBoxLayout()
        for name, unit, named in (
            ("days", translate("Preferences", "daily"), translate("Preferences", "Daily backups kept")),
            ("weeks", translate("Preferences", "weekly"), translate("Preferences", "Weekly backups kept")),
            ("months", translate("Preferences", "monthly"), translate("Preferences", "Monthly backups kept")),
        ):
            box = QSpinBox()
            box.setRange(1, 120)
            box.setSuffix(f" {unit}")
            box.setAccessibleName(named)
            self.keep[name] = box
            keep_row.addWidget(box)
        self.problem = label("", "FormProblem", wrap=True)
        self.problem.hide()  # until a choice could not be saved
        self._save_retention = backups[1] if backups is not None else None
        if backups is not None:
            for name, box in self.keep.items():
                box.setValue(getattr(backups[0], name))
                box.valueChanged.connect(self._retention_changed)
        else:
            for box in self.keep.values():
                box.setEnabled(False)

        form = QFormLayout()
        form.addRow(translate("Preferences", "Theme"), self.theme)
        form.addRow(translate("Preferences", "Text size"), self.text_scale)
        form.addRow(translate("Preferences", "Review mode text size"), self.review_scale)
        self.week_start = QComboBox()
        self.week_start.setAccessibleName(translate("Preferences", "Weeks start on"))
        for value, text in WEEK_STARTS.items():
            self.week_start.addItem(translate("Preferences", str(text)), value)
        self.week_start.setCurrentIndex(list(WEEK_STARTS).index(chosen_week_start()))
        self.week_start.currentIndexChanged.connect(
            lambda _index: set_week_start(str(self.week_start.currentData()))
        )
        form.addRow(translate("Preferences", "Weeks start on"), self.week_start)
        form.addRow(translate("Preferences", "Mentoring time"), self._budget_row())
        form.addRow(translate("Preferences", "Backups kept"), keep_row)
        form.addRow("", self.problem)
        form.addRow(translate("Preferences", "Syncing"), self.sync_folder)
        note = QLabel(
            translate(
                "Preferences",
                "Review mode is black on white whatever the theme, so a shared screen reads the same for "
                "everyone.",
            )
        )
        note.setObjectName("PageSubtitle")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _budget_row(self) -> QHBoxLayout:
        """The share of a working week set aside for mentoring, which the Overview measures against."""
        budget = chosen_budget()
        self.budget_share = QSpinBox()
        self.budget_share.setRange(1, 100)
        self.budget_share.setSuffix(" %")
        self.budget_share.setValue(round(budget.share * 100))
        self.budget_share.setAccessibleName(translate("Preferences", "Share of the week for mentoring"))
        self.week_hours = QSpinBox()
        self.week_hours.setRange(1, 100)
        self.week_hours.setSuffix(translate("Preferences", " h"))
        self.week_hours.setValue(round(budget.week_hours))
        self.week_hours.setAccessibleName(translate("Preferences", "Hours in a working week"))
        for box in (self.budget_share, self.week_hours):
            box.valueChanged.connect(
                lambda _value: set_budget(
                    MentorBudget(self.week_hours.value(), self.budget_share.value() / 100)
                )
            )
        row = QHBoxLayout()
        row.addWidget(self.budget_share)
        row.addWidget(QLabel(translate("Preferences", "of a working week of")))
        row.addWidget(self.week_hours)
        row.addStretch()
        return row

    def _retention_changed(self, _value: int) -> None:
        if self._save_retention is None:
            return
        try:
            self._save_retention(Retention(**{name: box.value() for name, box in self.keep.items()}))
        except (ValueError, WriteFailed) as error:
            said = translate("Preferences", "The number of backups to keep was not saved: {reason}")
            self.problem.setText(said.format(reason=error))
            self.problem.show()
            return
        self.problem.hide()
