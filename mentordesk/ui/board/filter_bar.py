"""The row above the board: filters, the visible/total count, notices and the New card button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QWidget

from mentordesk import labels
from mentordesk.domain import CardFilter, CardKind, Role
from mentordesk.ui.flow import FlowLayout
from mentordesk.ui.i18n import translate
from mentordesk.ui.plain import plain_label
from mentordesk.ui.widgets import combo, refill_choices


class FilterBar(QWidget):
    changed = Signal()
    archived_toggled = Signal()
    new_card_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.owner = combo(
            {
                None: translate("FilterBar", "Any owner"),
                Role.MENTEE: translate("FilterBar", "Mentee"),
                Role.MENTOR: translate("FilterBar", "Mentor"),
            }
        )
        self.kind = combo({None: translate("FilterBar", "Any kind"), **labels.choices(CardKind)})
        self.competency = combo({None: translate("FilterBar", "Any competency")})
        self.overdue_only = QCheckBox(translate("FilterBar", "Overdue only"))
        self.hide_done = QCheckBox(translate("FilterBar", "Hide Done"))
        self.show_archived = QCheckBox(translate("FilterBar", "Show archived"))
        self.count = plain_label()
        self.notice = plain_label()
        self.notice.setObjectName("Problem")  # the warning colour of the theme
        self.notice.setWordWrap(True)
        new_card = QPushButton(translate("FilterBar", "New card"))
        new_card.setProperty("primary", True)
        new_card.setToolTip(translate("FilterBar", "New card (Ctrl+N)"))
        new_card.clicked.connect(self.new_card_requested)
        layout = FlowLayout(self)  # as many rows as the board's width needs, so it fits a narrow window
        for widget in (
            self.owner,
            self.kind,
            self.competency,
            self.overdue_only,
            self.hide_done,
            self.show_archived,
            self.count,
            self.notice,
            new_card,
        ):
            layout.addWidget(widget)
        for box in (self.owner, self.kind, self.competency):
            box.currentIndexChanged.connect(self.changed)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(9)  # long competency names shrink the box, not the board
        for check in (self.overdue_only, self.hide_done):
            check.toggled.connect(self.changed)
        self.show_archived.toggled.connect(self.archived_toggled)

    def set_text(self, text: str) -> None:
        self.text = text
        self.changed.emit()

    def set_competencies(self, names: list[str]) -> None:
        refill_choices(self.competency, translate("FilterBar", "Any competency"), None, names)

    def card_filter(self) -> CardFilter:
        owner, kind = self.owner.currentData(), self.kind.currentData()
        return CardFilter(  # Qt hands enum data back as plain strings
            text=self.text,
            owner=Role(owner) if owner else None,
            kind=CardKind(kind) if kind else None,
            competency=self.competency.currentData(),
            overdue_only=self.overdue_only.isChecked(),
            hide_done=self.hide_done.isChecked(),
        )
