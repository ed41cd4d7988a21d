"""Sync → Publish to programme…: exactly the figures that leave, the folder the programme reads, Publish."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.overview import Published
from mentordesk.ui import dates
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.widgets import label

FOLDER_KEY = "programme/folder"
HUB_KEY = "programme/hub_url"  # the programme dashboard remembers the same address

FIGURE_NAMES = {
    "day": QT_TRANSLATE_NOOP("PublishDialog", "Day of the plan"),
    "cadence_days": QT_TRANSLATE_NOOP("PublishDialog", "Days between sessions, as planned"),
    "sessions_held": QT_TRANSLATE_NOOP("PublishDialog", "Sessions held"),
    "sessions_per_month": QT_TRANSLATE_NOOP("PublishDialog", "Sessions per month"),
    "longest_gap_days": QT_TRANSLATE_NOOP("PublishDialog", "Longest gap between sessions (days)"),
    "hours_per_week": QT_TRANSLATE_NOOP("PublishDialog", "Hours in sessions per week"),
    "actions_total": QT_TRANSLATE_NOOP("PublishDialog", "Action items"),
    "actions_done": QT_TRANSLATE_NOOP("PublishDialog", "Action items done"),
    "actions_overdue": QT_TRANSLATE_NOOP("PublishDialog", "Action items overdue"),
    "decisions": QT_TRANSLATE_NOOP("PublishDialog", "Decisions"),
    "decisions_reviewed": QT_TRANSLATE_NOOP("PublishDialog", "Decisions reviewed"),
    "decisions_awaiting_review": QT_TRANSLATE_NOOP("PublishDialog", "Decisions awaiting review"),
    "review_days_median": QT_TRANSLATE_NOOP("PublishDialog", "Days to review a decision (median)"),
    "first_accepted_decision_day": QT_TRANSLATE_NOOP("PublishDialog", "Day of the first accepted decision"),
    "milestones": QT_TRANSLATE_NOOP("PublishDialog", "Milestones"),
    "milestones_reached_days": QT_TRANSLATE_NOOP("PublishDialog", "Days milestones were reached"),
    "milestones_late": QT_TRANSLATE_NOOP("PublishDialog", "Milestones late"),
    "calibration_day": QT_TRANSLATE_NOOP("PublishDialog", "Day of the calibration call"),
    "competencies": QT_TRANSLATE_NOOP("PublishDialog", "Competencies"),
    "competencies_with_progress": QT_TRANSLATE_NOOP("PublishDialog", "Competencies with a card done"),
    "feedback_recent": QT_TRANSLATE_NOOP("PublishDialog", "Session feedback, last four (mean of 5)"),
    "feedback_before": QT_TRANSLATE_NOOP("PublishDialog", "Session feedback before them (mean of 5)"),
}


def shown_value(value: Any) -> str:
    if value is None:
        return translate("PublishDialog", "not yet")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or translate("PublishDialog", "none")
    return str(value)


HISTORY_SHOWN = 5


def history_text(history: Sequence[Published], mine: str) -> str:
    """The pairing's last publishes, from either partner's device (the partner's arrive with their
    export)."""
    if not history:
        return translate("PublishDialog", "Nothing published yet.")
    lines = [translate("PublishDialog", "Published before:")]
    for entry in history[:HISTORY_SHOWN]:
        who = (
            translate("PublishDialog", "from this device")
            if entry.device == mine
            else translate("PublishDialog", "from your partner's device {fingerprint}").format(
                fingerprint=entry.device[:9]
            )
        )
        where = (
            translate("PublishDialog", "to the hub")
            if entry.target == "hub"
            else translate("PublishDialog", "to the folder")
        )
        lines.append(
            translate("PublishDialog", "{when}: snapshot {number}, {where}, {who}, day {day}").format(
                when=dates.moment_short(entry.published_at),
                number=entry.sequence,
                where=where,
                who=who,
                day=entry.figures.get("day", "?"),
            )
        )
    return "\n".join(lines)


class PublishDialog(QDialog):
    """`to_folder(folder)` writes the snapshot and returns its path; `to_hub(url)` sends it and returns its
    number. An error either raises is said in the dialog, which stays open."""

    def __init__(
        self,
        pairing_name: str,
        figures: dict[str, Any],
        to_folder: Callable[[Path], Path],
        to_hub: Callable[[str], int],
        parent: QWidget | None = None,
        *,
        history: Sequence[Published] = (),
        mine: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PublishDialog", "Publish to programme"))
        self._to_folder, self._to_hub = to_folder, to_hub
        self.published: str | None = None  # where it went, once published
        intro = label(
            translate(
                "PublishDialog",
                "These figures of “{name}”, and nothing else, go to the programme, signed with this "
                "device's key. They are worked out from shared records only: no note, title, name, "
                "comment or confidential or private record is ever part of them.",
            ).format(name=pairing_name),
            "DialogIntro",
            wrap=True,
        )
        self.table = QTableWidget(len(figures), 2)
        self.table.setHorizontalHeaderLabels(
            [translate("PublishDialog", "Figure"), translate("PublishDialog", "Value")]
        )
        self.table.setAccessibleName(translate("PublishDialog", "The figures that are published"))
        for row, (key, value) in enumerate(
            sorted(figures.items(), key=lambda kv: list(FIGURE_NAMES).index(kv[0]))
        ):
            self.table.setItem(row, 0, QTableWidgetItem(translate("PublishDialog", FIGURE_NAMES[key])))
            self.table.setItem(row, 1, QTableWidgetItem(shown_value(value)))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.to_folder = QRadioButton(translate("PublishDialog", "Into the folder"))
        self.to_hub = QRadioButton(translate("PublishDialog", "Straight to the hub"))
        self.folder = QLineEdit(str(QSettings().value(FOLDER_KEY, "")))
        self.folder.setPlaceholderText(translate("PublishDialog", "The programme's shared folder"))
        self.folder.setAccessibleName(translate("PublishDialog", "Programme folder"))
        choose = QPushButton(translate("PublishDialog", "Choose…"))
        choose.clicked.connect(self._choose)
        row_layout = QHBoxLayout()
        row_layout.addWidget(self.to_folder)
        row_layout.addWidget(self.folder, 1)
        row_layout.addWidget(choose)
        self.hub = QLineEdit(str(QSettings().value(HUB_KEY, "")))
        self.hub.setPlaceholderText(translate("PublishDialog", "postgresql+psycopg://user@host/programme"))
        self.hub.setAccessibleName(translate("PublishDialog", "The hub's address"))
        hub_row = QHBoxLayout()
        hub_row.addWidget(self.to_hub)
        hub_row.addWidget(self.hub, 1)
        self.to_folder.setChecked(not self.hub.text() or bool(self.folder.text()))
        self.to_hub.setChecked(not self.to_folder.isChecked())
        self.history = label(history_text(history, mine), "PageSubtitle", wrap=True)
        self.problem = label("", "FormProblem", wrap=True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.publish_button = buttons.addButton(
            translate("PublishDialog", "Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._publish_now)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(label(translate("PublishDialog", "Where the programme reads it:"), "FieldLabel"))
        layout.addLayout(row_layout)
        layout.addLayout(hub_row)
        layout.addWidget(self.history)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("PublishDialog", "Programme folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _publish_now(self) -> None:
        if self.to_hub.isChecked():
            self._publish_to_hub()
            return
        text = self.folder.text().strip()
        folder = Path(text) if text else None
        if folder is None or not folder.is_dir():
            said = translate("PublishDialog", "Choose the folder the programme reads: “{folder}” is not one.")
            self._say(said.format(folder=text))
            return
        try:
            self.published = str(self._to_folder(folder))
        except (OSError, ValueError) as error:
            self._say(translate("PublishDialog", "Nothing was published: {reason}").format(reason=error))
            return
        QSettings().setValue(FOLDER_KEY, str(folder))
        self.accept()

    def _publish_to_hub(self) -> None:
        url = self.hub.text().strip()
        if not url:
            self._say(translate("PublishDialog", "Give the hub's address, as the programme lead wrote it."))
            return
        try:
            number = self._to_hub(url)
        except ValueError as error:  # the hub's refusal, or a hub that cannot be reached
            self._say(translate("PublishDialog", "Nothing was published: {reason}").format(reason=error))
            return
        self.published = translate("PublishDialog", "the hub (snapshot {number})").format(number=number)
        QSettings().setValue(HUB_KEY, url)
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
