"""Paints a card: kind stripe and icon, title, owner, due date, checklist progress, competencies, lock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from mentordesk import labels
from mentordesk.domain import CardInfo, CardKind, Visibility
from mentordesk.ui import dates
from mentordesk.ui.i18n import translate
from mentordesk.ui.table_model import ROW_ROLE
from mentordesk.ui.theme import colours, icon

KIND_COLOURS = {
    CardKind.GOAL: QColor("#4338ca"),
    CardKind.MILESTONE: QColor("#b45309"),
    CardKind.TASK: QColor("#0f766e"),
    CardKind.LEARNING: QColor("#be185d"),
}
PAD = 8
ICON = 16
LOCK = 14  # the lock of a card that is not shared, at the top right, beside the title
MARGIN = 4


class CardDelegate(QStyledItemDelegate):
    """Card layout computed from the font, so sizes and painting always agree."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.today = dt.date.today()
        self.done_column = False
        # A card's height, by card, for the width and font it was measured at: a view lays out every
        # card it holds again when more are added, or when it is resized.
        self._heights: dict[int, tuple[CardInfo, int, str, int]] = {}

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        """The card's text width, counted as if the column's scroll bar were showing: a card measured
        before a scroll bar appears then still fits the height it was given."""
        widget = option.widget
        bar = widget.verticalScrollBar() if isinstance(widget, QAbstractScrollArea) else None
        spare = bar.sizeHint().width() if bar is not None and not bar.isVisible() else 0
        return max(option.rect.width() - spare - 2 * MARGIN - 2 * PAD - ICON - 6 - 4, 40)

    @staticmethod
    def _title_width(text_width: int, card: CardInfo) -> int:
        """The title's width: the text's, less the lock's place on a card that is not shared."""
        locked = card.visibility is not Visibility.SHARED
        return text_width - (LOCK + 4 if locked else 0)

    def _title_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _meta(self, card: CardInfo) -> tuple[str, bool]:
        parts = [labels.word(card.owner)]
        late = card.due_date is not None and card.due_date < self.today and not self.done_column
        if card.due_date is not None:
            when = (
                translate("CardDelegate", "overdue {day}") if late else translate("CardDelegate", "due {day}")
            )
            parts.append(when.format(day=dates.day_month(card.due_date)))
        if card.checklist_total:
            parts.append(f"☑ {card.checklist_done}/{card.checklist_total}")
        if card.reached_on is not None:
            parts.append(
                translate("CardDelegate", "reached {day}").format(day=dates.day_month(card.reached_on))
            )
        if card.archived:
            parts.append(translate("CardDelegate", "archived"))
        return " · ".join(parts), late

    def forget_sizes(self) -> None:
        """Measure the cards again when next asked: they changed, or what their lines say did."""
        self._heights.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        card: CardInfo | None = index.data(ROW_ROLE)
        widget = option.widget
        width = widget.viewport().width() if widget is not None and hasattr(widget, "viewport") else 230
        option.rect = QRect(0, 0, width, 0)
        if card is None:
            return QSize(width, 40)
        text_width, font = self._text_width(option), option.font.key()
        known = self._heights.get(id(card))
        if known is not None and known[0] is card and known[1] == text_width and known[2] == font:
            return QSize(width, known[3])
        title = QFontMetrics(self._title_font(option)).boundingRect(
            QRect(0, 0, self._title_width(text_width, card), 10_000), Qt.TextFlag.TextWordWrap, card.title
        )
        line = option.fontMetrics.height()
        meta = self._meta_height(option, card, text_width)
        chips = line + 2 if card.competencies else 0
        height = title.height() + meta + 2 + chips + 2 * PAD + 2 * MARGIN
        self._heights[id(card)] = (card, text_width, font, height)
        return QSize(width, height)

    def _meta_height(self, option: QStyleOptionViewItem, card: CardInfo, text_width: int) -> int:
        """The owner, due date and checklist line, wrapped onto a second line in a narrow column."""
        meta, _late = self._meta(card)
        bound = option.fontMetrics.boundingRect(
            QRect(0, 0, text_width, 10_000), Qt.TextFlag.TextWordWrap, meta
        )
        return bound.height()

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        card: CardInfo | None = index.data(ROW_ROLE)
        if card is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        theme = colours()
        painter.setPen(QPen(theme.qt("focus") if selected else theme.qt("border"), 2 if selected else 1))
        painter.setBrush(theme.qt("highlight_soft") if selected else theme.qt("surface"))
        painter.drawRoundedRect(box, 6, 6)
        stripe = QRectF(box.left(), box.top() + 6, 4, box.height() - 12)
        painter.fillRect(stripe, KIND_COLOURS[card.kind])

        left = int(box.left()) + PAD + 2
        top = int(box.top()) + PAD
        icon(card.kind.value, KIND_COLOURS[card.kind].name()).paint(painter, QRect(left, top, ICON, ICON))
        text_left = left + ICON + 6
        width = self._text_width(option)
        painter.setFont(self._title_font(option))
        painter.setPen(theme.qt("disabled") if card.archived else theme.qt("text"))
        title_rect = painter.boundingRect(
            QRect(text_left, top, self._title_width(width, card), 10_000),
            Qt.TextFlag.TextWordWrap,
            card.title,
        )
        painter.drawText(title_rect, Qt.TextFlag.TextWordWrap, card.title)

        painter.setFont(option.font)
        line = option.fontMetrics.height()
        y = title_rect.bottom() + 3
        meta, late = self._meta(card)
        meta_height = self._meta_height(option, card, width)
        painter.setPen(theme.qt("warning") if late else theme.qt("muted"))
        painter.drawText(
            QRect(text_left, y, width, meta_height),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            meta,
        )
        y += meta_height - line
        if card.visibility is not Visibility.SHARED:
            colour = theme.private if card.visibility is Visibility.PRIVATE else theme.warning
            icon("lock", colour).paint(painter, QRect(int(box.right()) - PAD - LOCK, top, LOCK, LOCK))
        if card.competencies:
            painter.setPen(theme.qt("faint"))
            chips = "  ".join(f"#{name}" for name in card.competencies)
            elided = option.fontMetrics.elidedText(chips, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(text_left, y + line + 2, width, line), Qt.AlignmentFlag.AlignLeft, elided)
        painter.restore()
