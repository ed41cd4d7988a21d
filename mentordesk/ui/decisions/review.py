"""The review side of a decision: its comment thread with replies and section anchors, the verdict
buttons for the reviewer, and a readable diff between any two submitted revisions."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentordesk import labels
from mentordesk.domain import DecisionDetail, PairingInfo, ReviewState, Role, Verdict
from mentordesk.services import Services
from mentordesk.ui import dates
from mentordesk.ui.decisions.view import REPLY_SCHEME, diff_html, record_html, thread_html
from mentordesk.ui.flow import FlowLayout
from mentordesk.ui.i18n import translate
from mentordesk.ui.plain import plain_label, text_editor
from mentordesk.ui.widgets import SafeBrowser, label


def review_prompt(detail: DecisionDetail, me: Role) -> str:
    """One sentence on where the review stands, from my side."""
    d = detail.decision
    mine = d.author_role is me
    if d.review_state is ReviewState.AWAITING_REVIEW:
        return (
            translate("review", "Waiting for your partner's review.")
            if mine
            else translate("review", "Awaiting your review: comment, then give a verdict.")
        )
    if d.review_state is ReviewState.CHANGES_REQUESTED:
        return (
            translate("review", "Changes requested: revise the record and submit it again.")
            if mine
            else translate("review", "You asked for changes.")
        )
    if d.review_state is ReviewState.REVIEWED:
        return translate("review", "Reviewed.")
    return (
        translate("review", "A draft: the author submits it for review when it is ready.")
        if not mine
        else translate("review", "A draft, not submitted.")
    )


MAX_QUOTE = 600  # characters of a selection a comment quotes


def quoted(text: str) -> str:
    """`text` as a Markdown quote, line by line (each line's own Markdown kept as plain text)."""
    return "\n".join(f"> {_literal(line)}" if line.strip() else ">" for line in text.splitlines())


_STARTS_BLOCK = re.compile(r"(#|>|[-+*]\s|\d+[.)]\s)")


def _literal(line: str) -> str:
    """A line that reads as typed inside a quote: a leading mark that would start a heading, quote or
    list is escaped."""
    line = line.strip()
    return f"\\{line}" if _STARTS_BLOCK.match(line) else line


class ReviewPanel(QWidget):
    """Thread, composer and verdicts. Emits `changed` after anything was written."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.pairing: PairingInfo | None = None
        self.detail: DecisionDetail | None = None
        self.reply_to: str | None = None
        self.state = label("", "PageSubtitle", wrap=True)
        self.record_view = SafeBrowser()  # the record, to select the lines a comment is about
        self.record_view.setAccessibleName(
            translate("ReviewPanel", "The decision's text: select lines to comment on them")
        )
        self.record_view.selectionChanged.connect(self._on_selection)
        self.quote = ""  # the selected lines the comment will quote
        self._record_shown = ""  # the record's HTML as the reader shows it
        self.quoting = plain_label()
        self.quoting.setWordWrap(True)
        self.clear_quote = QPushButton(translate("ReviewPanel", "Don't quote"))
        self.clear_quote.clicked.connect(lambda: self.set_quote("", None))
        self.thread_view = SafeBrowser()
        self.thread_view.setAccessibleName(translate("ReviewPanel", "Review thread"))
        self.thread_view.anchorClicked.connect(self._on_anchor)
        self.section = QComboBox()
        self.section.addItem(translate("ReviewPanel", "Whole decision"), None)
        for key, title in labels.sections().items():
            self.section.addItem(title, key)
        self.section.setAccessibleName(translate("ReviewPanel", "Comment on section"))
        self.section.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.section.setMinimumContentsLength(12)  # a long section name narrows the box, not the panel
        self.replying = plain_label()
        self.cancel_reply = QPushButton(translate("ReviewPanel", "Cancel reply"))
        self.cancel_reply.clicked.connect(lambda: self.set_reply(None))
        self.principle = QCheckBox(translate("ReviewPanel", "A principle worth keeping"))
        self.text = text_editor()
        self.text.setPlaceholderText(
            translate("ReviewPanel", "Your comment (Markdown). Ctrl+Enter sends it.")
        )
        self.text.setAccessibleName(translate("ReviewPanel", "Your comment"))
        self.text.setMaximumHeight(110)
        self.comment_button = QPushButton(translate("ReviewPanel", "Comment"))
        self.comment_button.clicked.connect(self.send_comment)
        QShortcut(QKeySequence("Ctrl+Return"), self.text).activated.connect(self.send_comment)
        self.approve = QPushButton(translate("ReviewPanel", "Approve"))
        self.request = QPushButton(translate("ReviewPanel", "Request changes"))
        self.discuss = QPushButton(translate("ReviewPanel", "Discuss in session"))
        self.discuss.setToolTip(translate("ReviewPanel", "Puts the decision on the next session's agenda"))
        for button, verdict in ((self.approve, Verdict.APPROVE), (self.request, Verdict.REQUEST_CHANGES)):
            button.clicked.connect(lambda _c=False, v=verdict: self.give_verdict(v))
        self.discuss.clicked.connect(lambda: self.give_verdict(Verdict.DISCUSS))
        self.message = label("", "FormProblem", wrap=True)

        anchor_row = QHBoxLayout()
        anchor_row.addWidget(QLabel(translate("ReviewPanel", "On")))
        anchor_row.addWidget(self.section, 1)
        anchor_row.addWidget(self.principle)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.replying, 1)
        reply_row.addWidget(self.cancel_reply)
        quote_row = QHBoxLayout()
        quote_row.addWidget(self.quoting, 1)
        quote_row.addWidget(self.clear_quote)
        hint = label(
            translate("ReviewPanel", "Select lines of the record to quote them in your comment."),
            "PageSubtitle",
            wrap=True,
        )
        record_box = QWidget()
        record_column = QVBoxLayout(record_box)
        record_column.setContentsMargins(0, 0, 0, 0)
        record_column.addWidget(hint)
        record_column.addWidget(self.record_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(record_box)
        split.addWidget(self.thread_view)
        split.setSizes([260, 300])
        button_bar = QWidget()
        buttons = FlowLayout(button_bar)  # in two rows when the panel is narrow
        for button in (self.comment_button, self.approve, self.request, self.discuss):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.state)
        layout.addWidget(split, 1)
        layout.addLayout(reply_row)
        layout.addLayout(quote_row)
        layout.addLayout(anchor_row)
        layout.addWidget(self.text)
        layout.addWidget(self.message)
        layout.addWidget(button_bar)
        self.set_reply(None)

    def me(self) -> Role:
        return self.pairing.acting_role if self.pairing else Role.MENTOR

    def show_detail(self, pairing: PairingInfo, detail: DecisionDetail) -> None:
        changed_record = self.detail is None or self.detail.decision.id != detail.decision.id
        self.pairing, self.detail = pairing, detail
        self.state.setText(review_prompt(detail, self.me()))
        shown = record_html(detail.draft)
        if shown != self._record_shown:  # the same text kept as it is keeps the reader's selection
            self._record_shown = shown
            self.record_view.setHtml(shown)
        self.thread_view.setHtml(thread_html(detail.comments))
        reviewing = detail.decision.awaits_review_by(self.me())
        for button in (self.approve, self.request, self.discuss):
            button.setVisible(reviewing)
        if changed_record:
            self.set_reply(None)
            self.set_quote("", None)
            self.text.clear()
            self.message.setText("")

    def set_reply(self, comment_id: str | None) -> None:
        self.reply_to = comment_id
        known = {c.id: c for c in self.detail.comments} if self.detail else {}
        target = known.get(comment_id or "")
        self.replying.setText(
            translate("ReviewPanel", "Replying to the {role}: “{body}”").format(
                role=labels.word(target.author_role), body=target.body[:60]
            )
            if target
            else ""
        )
        self.replying.setVisible(target is not None)
        self.cancel_reply.setVisible(target is not None)
        self.section.setEnabled(target is None)
        if target is not None:
            self.text.setFocus()

    def set_quote(self, text: str, section: str | None) -> None:
        """Quote `text` (lines of the record's `section`) in the next comment; "" quotes nothing."""
        self.quote = text
        shown = " ".join(text.split())
        where = labels.sections().get(section or "", translate("ReviewPanel", "the record"))
        self.quoting.setText(
            translate("ReviewPanel", "Quoting {where}: “{shown}{more}”").format(
                where=where, shown=shown[:140], more="…" if len(shown) > 140 else ""
            )
        )
        self.quoting.setVisible(bool(text))
        self.clear_quote.setVisible(bool(text))
        if text and self.reply_to is None:
            index = self.section.findData(section)
            self.section.setCurrentIndex(max(index, 0))

    def _on_selection(self) -> None:
        cursor = self.record_view.textCursor()
        text = cursor.selectedText().replace("\u2029", "\n").strip()
        if not text:
            return  # a click that ends a selection keeps the quote until another selection or "Don't quote"
        block = self.record_view.document().findBlock(cursor.selectionStart())
        titles = {title: key for key, title in labels.sections().items()}
        while block.isValid() and block.text() not in titles:
            block = block.previous()
        self.set_quote(text[:MAX_QUOTE], titles.get(block.text()) if block.isValid() else None)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == REPLY_SCHEME:
            self.set_reply(url.path())

    def send_comment(self) -> None:
        if self.detail is None:
            return
        body = self.text.toPlainText()
        if self.quote and body.strip():
            body = f"{quoted(self.quote)}\n\n{body}"
        try:
            self.services.reviews.add_comment(
                self.detail.decision.id,
                body,
                author_role=self.me(),
                section=None if self.reply_to else self.section.currentData(),
                parent_id=self.reply_to,
                is_principle=self.principle.isChecked(),
            )
        except ValueError as error:
            self.message.setText(str(error))
            return
        self._written()

    def give_verdict(self, verdict: Verdict) -> None:
        if self.detail is None or self.pairing is None:
            return
        try:
            self.services.reviews.give_verdict(
                self.pairing,
                self.detail.decision.id,
                verdict,
                self.me(),
                self.text.toPlainText(),
                dt.datetime.now(dt.UTC),
            )
        except ValueError as error:
            self.message.setText(str(error))
            return
        self._written()
        if verdict is Verdict.DISCUSS:
            self.message.setText(translate("ReviewPanel", "Added to the next session's agenda."))

    def _written(self) -> None:
        self.text.clear()
        self.principle.setChecked(False)
        self.set_reply(None)
        self.set_quote("", None)
        self.message.setText("")
        self.changed.emit()


class HistoryPanel(QWidget):
    """Pick two versions (submitted revisions or the current text) and read what changed between them."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.decision_id: str | None = None
        self.old, self.new = QComboBox(), QComboBox()
        self.old.setAccessibleName(translate("HistoryPanel", "Compare from"))
        self.new.setAccessibleName(translate("HistoryPanel", "Compare to"))
        self.view = SafeBrowser()
        self.view.setAccessibleName(translate("HistoryPanel", "Changes between the two versions"))
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("HistoryPanel", "Compare")))
        row.addWidget(self.old, 1)
        row.addWidget(QLabel(translate("HistoryPanel", "with")))
        row.addWidget(self.new, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.old.currentIndexChanged.connect(self.show_diff)
        self.new.currentIndexChanged.connect(self.show_diff)

    def show_detail(self, detail: DecisionDetail) -> None:
        self.decision_id = detail.decision.id
        for box in (self.old, self.new):
            box.blockSignals(True)
            box.clear()
            for revision in detail.revisions:
                when = dates.moment_short(revision.submitted_at)
                note = f" – {revision.note}" if revision.note else ""
                box.addItem(
                    translate("HistoryPanel", "Revision {number}, submitted {when}{note}").format(
                        number=revision.number, when=when, note=note
                    ),
                    revision.number,
                )
            box.addItem(translate("HistoryPanel", "Current text"), None)
            box.blockSignals(False)
        count = len(detail.revisions)  # the last two submissions; with one, that one and the current text
        self.old.setCurrentIndex(max(count - 2, 0))
        self.new.setCurrentIndex(count - 1 if count >= 2 else count)
        self.show_diff()

    def show_diff(self) -> None:
        if self.decision_id is None:
            return
        if self.old.count() == 1:
            self.view.setHtml(
                "<p style='color:#6b7280'>{}</p>".format(
                    translate("HistoryPanel", "Nothing submitted yet: each submission keeps a revision.")
                )
            )
            return
        diffs = self.services.reviews.diff(self.decision_id, self.old.currentData(), self.new.currentData())
        self.view.setHtml(diff_html(diffs))
