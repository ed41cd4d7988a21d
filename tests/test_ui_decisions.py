"""The Decisions page driven as the pair would: write, submit, review as the partner, revise, approve,
supersede, and record how it turned out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.domain import (
    Cadence,
    DecisionDraft,
    DecisionStatus,
    NewPairing,
    Outcome,
    PairingInfo,
    RecordKind,
    ReviewState,
    Role,
    Visibility,
)
from mentordesk.services import Services
from mentordesk.ui.decisions import folder
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages.decisions import DecisionsPage

ADR_FIXTURES = Path(__file__).parent / "data" / "adr"


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


@pytest.fixture
def page(qtbot: QtBot, services: Services, mentee_pairing: PairingInfo) -> Iterator[DecisionsPage]:
    create_application()
    widget = DecisionsPage(services, ChangeHub())
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.set_pairing(mentee_pairing)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def type_into(qtbot: QtBot, widget: object, text: str) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def test_write_review_revise_approve_supersede_revisit(
    qtbot: QtBot, page: DecisionsPage, services: Services, mentee_pairing: PairingInfo
) -> None:
    editor, review = page.editor, page.review
    quick = next(t for t in page.templates if t.name == "Quick decision")
    decision_id = page.new_decision(quick)
    assert decision_id is not None and page.selected_row().id == decision_id  # type: ignore[union-attr]
    assert not editor.section_boxes["drivers"].isVisibleTo(page)  # the quick template shows three sections
    assert editor.sections["context"].placeholderText() == "What did we have to decide?"
    editor.title.selectAll()
    type_into(qtbot, editor.title, "Keep the ledger in SQLite")
    qtbot.keyClick(editor.title, Qt.Key.Key_Tab)
    type_into(qtbot, editor.sections["context"], "One writer, one file.")
    page.tabs.setCurrentWidget(page.reader)  # reading saves what was typed and shows it rendered
    assert "One writer, one file." in plain(page.reader.toHtml())
    page.tabs.setCurrentWidget(editor)
    qtbot.waitUntil(lambda: services.decisions.detail(decision_id).draft.context == "One writer, one file.")
    editor.all_sections.setChecked(True)
    qtbot.mouseClick(editor.options.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, editor.options._boxes[0].title, "SQLite")
    type_into(qtbot, editor.options._boxes[0].arguments["bad"], "One writer")
    editor.flush()
    saved = services.decisions.detail(decision_id)
    assert saved.draft.title == "Keep the ledger in SQLite"
    assert saved.draft.options[0].title == "SQLite" and saved.draft.options[0].bad == ("One writer",)
    assert page.model.rowCount() == 1 and page.selected_row().title == "Keep the ledger in SQLite"  # type: ignore[union-attr]

    editor.do_submit("first version")
    assert services.decisions.detail(decision_id).decision.review_state is ReviewState.AWAITING_REVIEW
    assert not editor.submit_button.isVisibleTo(page)

    # the mentor's copy of the app
    page.set_pairing(dataclasses.replace(mentee_pairing, my_role=Role.MENTOR))
    page.mine_filter.setChecked(True)
    assert page.model.rowCount() == 1 and page.model.index(0, 4).data() == "Awaiting my review"
    page.tabs.setCurrentWidget(review)
    assert review.approve.isVisibleTo(page) and "Awaiting your review" in review.state.text()
    review.section.setCurrentIndex(review.section.findData("options"))
    type_into(qtbot, review.text, "What happens with two writers?")
    qtbot.mouseClick(review.comment_button, Qt.MouseButton.LeftButton)
    thread = plain(review.thread_view.toHtml())
    assert "on Considered options" in thread and "two writers" in thread
    assert page.tabs.tabText(2) == "Review (1)"
    type_into(qtbot, review.text, "Name the risk under bad consequences.")
    qtbot.mouseClick(review.request, Qt.MouseButton.LeftButton)
    assert services.decisions.detail(decision_id).decision.review_state is ReviewState.CHANGES_REQUESTED
    page.mine_filter.setChecked(False)

    # back on the mentee's side: reply, revise, submit again
    page.set_pairing(mentee_pairing)
    assert "Changes requested" in review.state.text()
    question = next(c for c in services.decisions.detail(decision_id).comments if c.section == "options")
    page.tabs.setCurrentWidget(review)
    review.set_reply(question.id)
    assert review.replying.isVisibleTo(page)
    type_into(qtbot, review.text, "Only the app writes.")
    qtbot.mouseClick(review.comment_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, editor.sections["consequences_bad"], "Two writers would block each other.")
    editor.flush()
    editor.do_submit("named the risk")
    history = page.history
    assert history.old.currentData() == 1 and history.new.currentData() == 2
    diff = plain(history.view.toHtml())
    assert "Bad consequences" in diff and "Two writers would block each other." in diff

    # the mentor approves and accepts it
    page.set_pairing(dataclasses.replace(mentee_pairing, my_role=Role.MENTOR))
    page.tabs.setCurrentWidget(review)
    qtbot.mouseClick(review.approve, Qt.MouseButton.LeftButton)
    detail = services.decisions.detail(decision_id)
    assert detail.decision.review_state is ReviewState.REVIEWED
    assert [c.parent_id for c in detail.comments if c.parent_id] == [question.id]
    page.tabs.setCurrentWidget(editor)
    editor.status.setCurrentIndex(editor.status.findData(DecisionStatus.ACCEPTED))
    editor.status.activated.emit(editor.status.currentIndex())
    assert services.decisions.detail(decision_id).decision.status is DecisionStatus.ACCEPTED
    assert editor.sections["context"].isReadOnly() and editor.banner.isVisibleTo(page)
    assert editor.addendum_button.isVisibleTo(page) and editor.outcome_button.isVisibleTo(page)

    # superseded by a new decision, which opens
    new_id = editor.do_supersede_with_new("Move the ledger to Postgres")
    assert new_id is not None and page.selected_row().id == new_id  # type: ignore[union-attr]
    assert "Supersedes ADR-001" in plain(page.reader.toHtml())
    assert services.decisions.detail(decision_id).decision.status is DecisionStatus.SUPERSEDED

    # revisit the old one
    assert page.open_record(page.kinds[0], decision_id)
    editor.do_outcome(Outcome.PARTLY, "Fine until the reporting job needed a second writer.")
    old = services.decisions.detail(decision_id)
    assert old.actual_outcome is Outcome.PARTLY
    page.tabs.setCurrentWidget(page.reader)
    read = plain(page.reader.toHtml())
    assert "Actual outcome: Partly" in read and "Superseded by ADR-002" in read


def test_locked_text_cannot_be_saved_and_says_why(
    qtbot: QtBot, page: DecisionsPage, services: Services, mentee_pairing: PairingInfo
) -> None:
    decision_id = page.new_decision(page.templates[0])
    assert decision_id is not None
    services.decisions.set_status(decision_id, DecisionStatus.ACCEPTED)
    page.refresh()
    page.editor.sections["rationale"].setReadOnly(False)  # even if a field were writable,
    page.editor.sections["rationale"].setPlainText("rewritten")
    page.editor.flush()
    page.editor.save(list_changed=True)  # the service refuses and the form says so
    assert "can no longer change" in page.editor.message.text()
    assert services.decisions.detail(decision_id).draft.rationale == ""


def test_import_folder_from_the_window(
    qtbot: QtBot,
    page: DecisionsPage,
    services: Services,
    mentee_pairing: PairingInfo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    summaries: list[folder.ImportSummary] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(folder.ImportSummary, "exec", lambda dialog: summaries.append(dialog) or 0)
    source = tmp_path / "adr"
    shutil.copytree(ADR_FIXTURES / "nygard", source)
    report = folder.import_folder(page, services, mentee_pairing, source)
    assert report is not None and report.imported == 4
    rows = {
        summaries[0].files.topLevelItem(i).text(0): summaries[0].files.topLevelItem(i).text(1)
        for i in range(summaries[0].files.topLevelItemCount())
    }
    assert rows["README.md"] == "Skipped: an index or template file"
    assert rows["0004-queue-payments-in-the-database.md"].startswith("No date; dated ")
    page.refresh()
    assert page.model.rowCount() == 4
    out = tmp_path / "out"
    folder.export_folder(page, services, mentee_pairing, out, "madr")
    assert len(list(out.glob("*.md"))) == 4 and shown[-1].startswith("4 decisions written")


def test_the_export_form_names_confidential_decisions_before_writing_them(
    qtbot: QtBot,
    page: DecisionsPage,
    services: Services,
    mentee_pairing: PairingInfo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    day = dt.date(2026, 10, 5)
    for title, visibility in (("Shared", Visibility.SHARED), ("Salary bands", Visibility.CONFIDENTIAL)):
        services.decisions.create(
            mentee_pairing.id, DecisionDraft(title, day, visibility=visibility), Role.MENTEE
        )
    dialog = folder.ExportDialog(page, services.adr.entries(mentee_pairing.id))
    qtbot.addWidget(dialog)
    assert not dialog.confidential.isHidden() and dialog.private.isHidden()
    assert dialog.choices() == ("madr", "own", False, False)
    assert dialog.warning.text() == ""
    dialog.confidential.setChecked(True)
    assert "plain Markdown" in dialog.warning.text() and "• Salary bands" in dialog.warning.text()
    assert dialog.choices() == ("madr", "own", True, False)

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(folder.ExportDialog, "exec", lambda _dialog: 1)  # OK, nothing ticked
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(tmp_path / "out"))
    report = folder.ask_export(page, services, mentee_pairing)
    assert report is not None and report.confidential_left_out == 1
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["0001-shared.md"]
    assert "1 confidential left out" in shown[-1]


def test_link_a_decision_to_a_card_a_session_and_an_event(
    qtbot: QtBot, page: DecisionsPage, services: Services, mentee_pairing: PairingInfo
) -> None:
    column = services.plans.columns(mentee_pairing.id)[0].id
    card = services.plans.add_card(column, "Read the storage layer")
    session = services.sessions.add_session(
        mentee_pairing.id, dt.datetime(2026, 10, 2, 9, tzinfo=dt.UTC), title="Kick-off"
    )
    event = services.archeology.add_event(mentee_pairing.id, "Ledger outage", dt.date(2019, 7, 1))
    decision_id = page.new_decision(page.templates[0])
    assert decision_id is not None
    links = page.editor.links
    assert links.target.count() == 3 and links.linked() == []
    typed = links.target.lineEdit()
    assert typed is not None
    type_into(qtbot, typed, "ledger out")
    qtbot.keyClick(typed, Qt.Key.Key_Return)  # the only candidate matching what was typed is linked
    links.target.setCurrentIndex(links.target.findText("Card: Read the storage layer"))
    links.link()
    assert [links.links.item(i).text() for i in range(links.links.count())] == [
        "Card: Read the storage layer",
        "Archeology event: Ledger outage (2019-07-01)",
    ]
    assert links.target.count() == 1  # only the session is left to link
    assert {link.record_id for link in services.links.links_of(RecordKind.CARD, card)} == {decision_id}
    page.tabs.setCurrentWidget(page.reader)
    read = plain(page.reader.toHtml())
    assert "Linked records" in read and "Ledger outage (2019-07-01)" in read
    opened: list[tuple[RecordKind, str]] = []
    page.open_requested.connect(lambda kind, record: opened.append((kind, record)))
    links.links.itemActivated.emit(links.links.item(1))
    assert opened == [(RecordKind.EVENT, event)]
    links.links.setCurrentRow(0)
    links.unlink()
    assert [link.record_id for link in services.links.links_of(RecordKind.DECISION, decision_id)] == [event]
    assert {links.target.itemText(i) for i in range(links.target.count())} == {
        "Card: Read the storage layer",
        "Session: Kick-off (2 Oct 2026)",
    }
    assert session not in {
        link.record_id for link in services.links.links_of(RecordKind.DECISION, decision_id)
    }


def test_switching_to_a_pairing_without_decisions_shows_none_of_the_last_one(
    page: DecisionsPage, services: Services, mentee_pairing: PairingInfo, qtbot: QtBot
) -> None:
    services.decisions.add_decision(mentee_pairing.id, "Use Postgres for the ledger", dt.date(2026, 10, 5))
    page.refresh()
    assert page.editor.title.text() == "Use Postgres for the ledger"
    other = services.pairings.create(
        NewPairing("Sam", Role.MENTEE, "Lee", dt.date(2026, 11, 1), Cadence.WEEKLY), name="Lee → Sam"
    )
    page.set_pairing(other)
    assert page.subtitle.text().startswith("0 decisions")
    assert page.editor.title.text() == "" and not page.editor.isEnabled()
    assert "Use Postgres" not in page.editor.heading.text()
    assert not page.tabs.isTabEnabled(page.tabs.indexOf(page.editor))
    page.set_pairing(mentee_pairing)
    assert page.editor.isEnabled() and page.editor.title.text() == "Use Postgres for the ledger"


def test_supersede_with_a_new_decision_makes_one_even_when_the_link_was_tried_again(
    page: DecisionsPage, services: Services, mentee_pairing: PairingInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    from faults import busy_once

    from mentordesk.ui.text_dialog import TextDialog

    old = services.decisions.add_decision(mentee_pairing.id, "Poll for order updates", dt.date(2026, 10, 5))
    page.refresh()
    page.open_record(RecordKind.DECISION, old)
    monkeypatch.setattr(services.decisions, "supersede", busy_once(services.decisions.supersede))
    problems: list[str] = []

    def type_title(dialog: TextDialog) -> int:
        dialog.line.setText("Push order updates on a queue")
        dialog.accept()  # the link fails: the dialog stays, the title typed
        problems.append(dialog.problem.text())
        dialog.accept()  # what the retry does
        return dialog.result()

    monkeypatch.setattr(TextDialog, "exec", type_title)
    page.editor.ask_supersede_with_new()
    assert "busy in another window" in problems[0]
    titles = sorted(d.title for d in services.decisions.list_decisions(mentee_pairing.id))
    assert titles == ["Poll for order updates", "Push order updates on a queue"]
    newer = next(d for d in services.decisions.list_decisions(mentee_pairing.id) if d.id != old)
    assert services.decisions.detail(newer.id).supersedes == old
    assert page.editor.detail is not None and page.editor.detail.decision.id == newer.id


def test_an_outcome_is_recorded_from_its_dialog(
    qtbot: QtBot,
    page: DecisionsPage,
    services: Services,
    mentee_pairing: PairingInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mentordesk.ui.decisions.actions import OutcomeDialog

    decision = services.decisions.add_decision(
        mentee_pairing.id, "Use Postgres", dt.date(2026, 10, 5), status=DecisionStatus.ACCEPTED
    )
    page.refresh()
    page.open_record(RecordKind.DECISION, decision)

    problems: list[str] = []

    def answer(dialog: OutcomeDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.HELD_UP))
        dialog.accept()  # no note yet: refused, and the dialog stays
        problems.append(dialog.problem.text())
        dialog.note.setFocus()
        qtbot.keyClicks(dialog.note, "Replica lag stayed under a second")
        qtbot.keyClick(dialog.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # saves, as OK does
        return dialog.result()

    monkeypatch.setattr(OutcomeDialog, "exec", answer)
    page.editor.ask_outcome()
    assert problems == ["Say in a sentence how it turned out."]
    detail = services.decisions.detail(decision)
    assert (detail.actual_outcome, detail.actual_outcome_note) == (
        Outcome.HELD_UP,
        "Replica lag stayed under a second",
    )


def test_the_link_picker_finds_what_is_typed_among_more_records_than_it_lists(
    qtbot: QtBot, page: DecisionsPage, services: Services, mentee_pairing: PairingInfo
) -> None:
    from mentordesk.services.links import CANDIDATE_LIMIT

    start = dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC)
    for n in range(CANDIDATE_LIMIT + 15):
        services.sessions.add_session(mentee_pairing.id, start + dt.timedelta(days=n), title=f"Weekly {n}")
    decision_id = page.new_decision(page.templates[0])
    assert decision_id is not None
    links = page.editor.links
    assert links.target.count() == CANDIDATE_LIMIT  # the newest sessions, not all of them
    typed = links.target.lineEdit()
    assert typed is not None
    type_into(qtbot, typed, "weekly 3")  # Weekly 3 is older than every session offered at first
    qtbot.waitUntil(lambda: links.target.count() < CANDIDATE_LIMIT)  # asked again as typing stopped
    assert typed.text() == "weekly 3"
    type_into(qtbot, typed, " ")
    qtbot.keyClick(typed, Qt.Key.Key_Backspace)
    offered = [links.target.itemText(i) for i in range(links.target.count())]
    assert offered[-1].startswith("Session: Weekly 3 (") and len(offered) == 11  # 3 and 30 to 39
    type_into(qtbot, typed, "9")
    qtbot.keyClick(typed, Qt.Key.Key_Return)  # the one match is linked, searched for without waiting
    assert [info.title.split(" (")[0] for info in links.linked()] == ["Weekly 39"]


def test_the_history_compares_a_revision_with_what_was_just_typed(
    qtbot: QtBot, page: DecisionsPage, services: Services, mentee_pairing: PairingInfo
) -> None:
    decision_id = services.decisions.create(
        mentee_pairing.id,
        DecisionDraft("Cache rates", dt.date(2026, 10, 5), context="Rates are slow."),
        Role.MENTEE,
    )
    services.reviews.submit(decision_id, Role.MENTEE, "first")
    page.refresh()
    page.open_record(RecordKind.DECISION, decision_id)
    page.tabs.setCurrentWidget(page.editor)
    context = page.editor.sections["context"]
    context.moveCursor(QTextCursor.MoveOperation.End)
    type_into(qtbot, context, " The provider limits calls.")
    page.tabs.setCurrentWidget(page.history)  # at once: before the editor's own save
    assert page.history.old.currentData() == 1 and page.history.new.currentData() is None
    diff = plain(page.history.view.toHtml())
    assert "No differences" not in diff and "The provider limits calls." in diff


def test_demo_decisions_sent_for_review_have_the_revision_they_were_sent_as(demo: Services) -> None:
    pairing = demo.pairings.list_pairings()[0]
    for info in demo.decisions.list_decisions(pairing.id):
        revisions = demo.decisions.detail(info.id).revisions
        assert len(revisions) == (0 if info.review_state is ReviewState.DRAFT else 1), info.title
    revised = demo.decisions.number_to_id(pairing.id, 6)  # changes requested, then the context revised
    diffs = demo.reviews.diff(revised, 1, None)
    assert [d.section for d in diffs] == ["context"]
    assert any(sign == "+" and "until 2021" in line for sign, line in diffs[0].lines)
    question, _second, answer = demo.decisions.detail(revised).comments  # the answer sits under its question
    assert answer.parent_id == question.id and question.body.startswith("> keys are never read")


def test_a_review_comment_quotes_the_lines_selected_and_replies_sit_under_it(
    qtbot: QtBot, page: DecisionsPage, services: Services, mentee_pairing: PairingInfo
) -> None:
    from PySide6.QtGui import QTextCursor

    draft = DecisionDraft(
        "Keep the ledger in SQLite",
        dt.date(2026, 11, 2),
        context="One writer, one file.\n\nBackups are a copy of the file.",
        rationale="It fits one process.",
    )
    decision_id = services.decisions.create(mentee_pairing.id, draft, author_role=Role.MENTEE)
    page.refresh()
    assert page.select_id(decision_id)
    review = page.review
    page.tabs.setCurrentWidget(review)
    document = review.record_view.document()
    found = document.find("Backups are a copy")
    cursor = QTextCursor(found)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    review.record_view.setTextCursor(cursor)  # what dragging over the line does
    assert review.quote == "Backups are a copy of the file." and review.quoting.isVisibleTo(page)
    assert review.section.currentData() == "context"
    assert "Quoting Context and problem statement" in review.quoting.text()
    type_into(qtbot, review.text, "What about the WAL file?")
    qtbot.mouseClick(review.comment_button, Qt.MouseButton.LeftButton)
    [comment] = services.decisions.detail(decision_id).comments
    assert comment.body == "> Backups are a copy of the file.\n\nWhat about the WAL file?"
    assert comment.section == "context" and not review.quoting.isVisibleTo(page)

    review.set_reply(comment.id)
    type_into(qtbot, review.text, "Checkpointed before each copy.")
    qtbot.mouseClick(review.comment_button, Qt.MouseButton.LeftButton)
    thread = plain(review.thread_view.toHtml()).splitlines()
    quoted = thread.index("Backups are a copy of the file.")
    reply = next(i for i, line in enumerate(thread) if "replied to the mentee" in line)
    assert thread[0].startswith("Mentee on Context and problem statement") and quoted < reply
    assert thread[reply + 1] == "Checkpointed before each copy."
    blocks = review.thread_view.document()
    assert blocks.findBlock(blocks.find("Checkpointed").position()).blockFormat().leftMargin() >= 24


def test_quoted_lines_stay_plain_text() -> None:
    from mentordesk.ui.decisions.review import quoted

    assert (
        quoted("# not a heading\n- not a list\n\nplain")
        == "> \\# not a heading\n> \\- not a list\n>\n> plain"
    )
