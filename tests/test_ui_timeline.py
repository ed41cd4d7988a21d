"""The timeline driven as a pair would: zoom, fit, select, follow a link, add by double-click, filter,
export a picture."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QTextDocument, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from mentordesk.app import create_application
from mentordesk.domain import (
    ComponentInfo,
    DatePrecision,
    EventInfo,
    EventKind,
    EventMark,
    RecordKind,
    Visibility,
)
from mentordesk.services import Services, timeline_io
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages.archeology import ArcheologyPage
from mentordesk.ui.pick_dialog import PickDialog
from mentordesk.ui.timeline import files
from mentordesk.ui.timeline.forms import EventDialog, ListEditor
from mentordesk.ui.timeline.painting import LANE_HEIGHT
from mentordesk.ui.timeline.scene import TimelineScene
from mentordesk.ui.timeline.view import TimelineView


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


@pytest.fixture
def page(qtbot: QtBot, demo: Services) -> Iterator[ArcheologyPage]:
    create_application()
    widget = ArcheologyPage(demo, ChangeHub())
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.set_pairing(demo.pairings.list_pairings()[0])
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget._fitted)
    yield widget


def event_named(page: ArcheologyPage, title: str) -> EventMark:
    return next(e for e in page.events if e.title == title)


def on_screen(page: ArcheologyPage, event: EventMark) -> QPoint:
    point = page.scene.marker_point(event.id)
    assert point is not None
    return page.view.mapFromScene(point)


def test_opens_fitted_and_zooms_around_the_pointer(page: ArcheologyPage, qtbot: QtBot) -> None:
    view = page.view
    first, last = view.visible_dates()
    assert first <= min(e.occurred_on for e in page.events) and last >= dt.date.today()
    fitted = view.px_per_day
    anchor = QPoint(300, 200)
    before = view.mapToScene(anchor).x() / fitted
    wheel = QWheelEvent(
        QPointF(anchor),
        QPointF(view.viewport().mapToGlobal(anchor)),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.px_per_day == pytest.approx(fitted * 1.25**2)
    after = view.mapToScene(anchor).x() / view.px_per_day
    assert after == pytest.approx(before, abs=1 / view.px_per_day)  # the same day, to a pixel
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.px_per_day == pytest.approx(fitted * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert page.zoom_label.text() != "" and view.px_per_day > fitted
    view.fit_all()
    assert view.px_per_day == pytest.approx(fitted)


def test_selecting_an_event_shows_its_story_and_links_open_decisions(
    page: ArcheologyPage, qtbot: QtBot
) -> None:
    incident = event_named(page, "Double-charge incident on Black Friday")
    view = page.view
    view.set_zoom(0.5)
    view.centre_on(incident.occurred_on)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=on_screen(page, incident))
    assert page.selected is not None and page.selected.id == incident.id
    text = plain(page.detail.toHtml())
    assert "Never remove idempotency keys" in text and "Led to" in text and "INC-0042 postmortem" in text
    assert "ADR-006 Delete idempotency keys after 30 days with a batch job" in text
    (link,) = [x for x in page.services.links.links_of(RecordKind.EVENT, incident.id)]
    opened: list[tuple[RecordKind, str]] = []
    page.open_requested.connect(lambda kind, record: opened.append((kind, record)))
    page.detail.record_link_clicked.emit(RecordKind.DECISION, link.record_id)
    assert opened == [(RecordKind.DECISION, link.record_id)]
    effect = next(e for e in page.events if incident.id in e.causes)
    page.detail.record_link_clicked.emit(RecordKind.EVENT, effect.id)  # an effect opens on this page
    assert page.selected is not None and page.selected.id == effect.id and len(opened) == 1
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, view.viewport().height() - 5))
    assert page.selected is None and "Click an event" in plain(page.detail.toHtml())


def test_the_form_edits_the_whole_event_though_the_timeline_holds_its_marks(
    page: ArcheologyPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    incident = event_named(page, "Double-charge incident on Black Friday")
    assert not isinstance(incident, EventInfo)  # the timeline read no story
    page.open_record(RecordKind.EVENT, incident.id)
    shown: list[str] = []

    def retitle_and_accept(dialog: EventDialog) -> int:
        shown.append(dialog.lessons.toPlainText())
        dialog.title.setText("Double-charge incident (Black Friday)")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EventDialog, "exec", retitle_and_accept)
    page.edit_selected()
    assert "Never remove idempotency keys" in shown[0]
    stored = page.services.archeology.event(incident.id)
    assert stored.title == "Double-charge incident (Black Friday)" and stored.lessons == shown[0]


def test_double_click_on_empty_space_adds_an_event_in_that_lane(
    page: ArcheologyPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_and_accept(dialog: EventDialog) -> int:
        dialog.title.setText("Ledger freeze for the audit")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EventDialog, "exec", fill_and_accept)
    view = page.view
    view.set_zoom(2.0)
    view.centre_on(dt.date(2013, 6, 1))  # before any event
    billing = next(lane for lane in page.scene.lanes if lane.name == "Billing")
    point = view.mapFromScene(QPointF(view.mapToScene(QPoint(400, 0)).x(), billing.top + LANE_HEIGHT - 10))
    clicked_day = page.scene.scale.date_at(view.mapToScene(point).x())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    added = event_named(page, "Ledger freeze for the audit")
    assert added.components == ("Billing",) and added.occurred_on == clicked_day
    assert page.selected is not None and page.selected.id == added.id
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    assert page.selected is None and all(e.id != added.id for e in page.events)
    page.undo_stack.undo()  # Ctrl+Z, Edit → Undo
    assert page.selected is not None and page.selected.id == added.id


def test_filters_dim_what_does_not_match(page: ArcheologyPage, qtbot: QtBot) -> None:
    total = len(page.events)
    qtbot.keyClicks(page.filter, "idempotency")
    matches = page.scene.matches
    assert matches is not None and 0 < len(matches) < total
    assert page.pairing is not None
    whole = page.services.archeology.events(page.pairing.id)
    told = {e.id for e in whole if "idempotency" in f"{e.title} {e.why} {e.lessons} {e.people}".lower()}
    assert matches == told
    assert any("idempotency" not in e.title.lower() for e in whole if e.id in told)  # found in the story
    assert page.subtitle.text() == f"{len(matches)} of {total} events match · others are dimmed"
    page.filter.clear()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(EventKind.INCIDENT))
    incidents = {e.id for e in page.events if e.kind is EventKind.INCIDENT}
    assert page.scene.matches == incidents
    page.component_filter.setCurrentIndex(page.component_filter.findData("Billing"))
    assert page.scene.matches == {
        e.id for e in page.events if e.id in incidents and "Billing" in e.components
    }
    assert page.scene.dimmed(next(e.id for e in page.events if e.id not in incidents))
    page.kind_filter.setCurrentIndex(0)
    page.component_filter.setCurrentIndex(0)
    assert page.scene.matches is None


def test_the_timeline_exports_its_whole_range_at_print_resolution(
    page: ArcheologyPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.ui.timeline import picture

    page.view.set_zoom(2.0)  # zoomed in: the screen shows a few months of the history
    page.scene.set_selected(page.events[0].id)
    shown_before = page.view.visible_dates()
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    for path in (png, svg):
        monkeypatch.setattr(files.QFileDialog, "getSaveFileName", lambda *_a, p=path, **_k: (str(p), ""))
        page.ask_picture(svg=path is svg)
    image = QImage(str(png))
    first = min(e.occurred_on for e in page.events)
    last = max([*(e.occurred_on for e in page.events), *(era.starts_on for era in page.eras)])
    with picture.laid_out_for(page.scene, first, last) as body:
        size, _heading, _legend = picture.picture_size(page.scene, body, page.font())
        whole = page.scene.scale.x(last) - page.scene.scale.x(first)
    assert body.width() >= whole >= picture.LEAST_WIDTH - 400  # every day of the range, not the screen's part
    assert (image.width(), image.height()) == (
        round(size.width() * picture.PRINT_SCALE),
        round(size.height() * picture.PRINT_SCALE),
    )
    assert image.width() > 2 * page.view.viewport().width()
    assert page.scene.selected == page.events[0].id and page.view.visible_dates() == shown_before  # as it was
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    for words in ("Monolith era", "Platform era", "Checkout API", "Person joined", "System Archeology"):
        assert words in text, words


def test_a_picture_of_filtered_events_covers_their_range_only(page: ArcheologyPage) -> None:
    incidents = [e for e in page.events if e.kind is EventKind.INCIDENT]
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(EventKind.INCIDENT))
    events, eras, what = page.picture_events()
    assert events == incidents and what == f"{len(incidents)} of {len(page.events)} events (filtered)"
    first, last = files.picture_range(events, [])  # type: ignore[misc]
    assert all(first <= e.occurred_on <= last for e in incidents)
    assert all(era.starts_on <= last for era in eras)


def test_csv_import_from_the_window_reports_and_redraws(
    page: ArcheologyPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    source = tmp_path / "more.csv"
    source.write_text(
        "date,title,kind,component\n2012-Q4,Pilot merchant signed,release,Billing\n2019-13,Bad,,\n"
    )
    before = len(page.events)
    report = files.import_csv(page, page.services, page.pairing, source)  # type: ignore[arg-type]
    assert report is not None and report.added == 1 and len(report.rejected) == 1
    assert shown[0].startswith("1 event added, 0 already present, 1 rejected") and "line 3:" in shown[0]
    page.refresh()
    assert len(page.events) == before + 1 and event_named(page, "Pilot merchant signed").when == "Q4 2012"


def test_a_crowded_view_turns_every_lane_into_a_density_strip(qtbot: QtBot) -> None:
    create_application()
    scene = TimelineScene()
    view = TimelineView(scene)
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show()
    qtbot.waitExposed(view)
    start = dt.date(2000, 1, 1)
    events = [
        EventInfo(
            f"e{n}",
            f"Event {n}",
            EventKind.RELEASE,
            start + dt.timedelta(days=n),
            DatePrecision.DAY,
            Visibility.SHARED,
        )
        for n in range(3000)
    ]
    scene.set_history(events, [], [], today=dt.date(2010, 1, 1))
    view.fit_all()
    assert scene.crowded()  # 3,000 events on 800 px
    view.set_zoom(20.0)
    view.centre_on(dt.date(2004, 1, 1))
    assert not scene.crowded()  # a day is 20 px wide
    first, last = view.visible_dates()
    shown = [p.event for lane in scene.lanes for p in scene.visible(lane, *view_x(view))]
    near = (first - dt.timedelta(days=30), last + dt.timedelta(days=1))  # labels reach in from the left
    assert all(near[0] <= e.occurred_on <= near[1] for e in shown) and len(shown) < 100


def view_x(view: TimelineView) -> tuple[float, float]:
    area = view.mapToScene(view.viewport().rect()).boundingRect()
    return area.left(), area.right()


def test_a_cause_is_found_by_typing_part_of_its_name(
    page: ArcheologyPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    effect = event_named(page, "Cleanup job removed")
    page.open_record(RecordKind.EVENT, effect.id)

    def type_and_accept(dialog: PickDialog) -> int:
        typed = dialog.choice.lineEdit()
        assert typed is not None
        qtbot.keyClicks(typed, "tokenis")  # "PCI scope reduced with tokenisation"
        assert dialog.chosen() is not None
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PickDialog, "exec", type_and_accept)
    page.ask_cause()
    cause = event_named(page, "PCI scope reduced with tokenisation")
    assert cause.id in event_named(page, "Cleanup job removed").causes
    dialog = PickDialog(page, "Add cause", "?", ["Billing split", "Billing extracted"])
    qtbot.addWidget(dialog)
    dialog.choice.setEditText("billing")
    assert dialog.chosen() is None  # two match: the dialog asks for more
    dialog.accept()
    assert "match only one" in dialog.problem.text()


def test_markers_arrows_and_clicks_agree_on_where_an_event_is(qtbot: QtBot) -> None:
    create_application()
    scene = TimelineScene()
    view = TimelineView(scene)
    qtbot.addWidget(view)
    day = dt.date(2020, 3, 10)
    cause = EventInfo("c", "Outage", EventKind.INCIDENT, day, DatePrecision.DAY, Visibility.SHARED)
    fix = EventInfo(
        "f", "Fix", EventKind.DECISION, day, DatePrecision.QUARTER, Visibility.SHARED, causes=("c",)
    )
    scene.set_history([cause, fix], [], [], today=dt.date(2021, 1, 1))
    scene.set_zoom(200.0)  # a day is far wider than a marker
    outage_x = scene.scale.x(day)
    point = scene.marker_point("c")
    assert point is not None and point.x() == outage_x  # an exact day is drawn at its start, not mid-day
    (link,) = scene.links_between(0, scene.bounds().right())
    start_x, _y, _c, _end_x, _end_y, _f = scene.arrow(link)
    assert start_x == outage_x
    lane_y = scene.lanes[0].top + 20
    assert scene.event_at(QPointF(outage_x + 3, lane_y)) == cause
    assert scene.event_at(QPointF(outage_x + 100, lane_y)) != cause  # mid-day is not on its marker
    quarter = scene.marker_point("f")
    assert quarter is not None and scene.event_at(QPointF(quarter.x() + 500, lane_y)) == fix  # on its span


def test_an_import_that_stops_part_way_says_so_and_shows_what_it_kept(
    page: ArcheologyPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    source = tmp_path / "many.csv"
    rows = "".join(f"2011-{1 + n % 12:02d}-{1 + n % 28:02d},Release {n}\n" for n in range(300))
    source.write_text("date,title\n" + rows, "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(source), ""))
    add = timeline_io._add
    added: list[object] = []

    def disk_fills_after_one_batch(*args: object) -> None:
        if len(added) > timeline_io.BATCH:
            raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))
        added.append(args)
        add(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(timeline_io, "_add", disk_fills_after_one_batch)
    before = len(page.events)
    page.ask_import_csv()
    assert warned == [
        f"The import stopped: The disk is full. {timeline_io.BATCH} events from the first "
        f"{timeline_io.BATCH} of 300 rows were written before it stopped; importing the same source again "
        "adds the rest and skips what is already there."
    ]
    assert len(page.events) == before + timeline_io.BATCH  # shown without a manual refresh


def test_components_are_added_and_renamed_through_forms_that_keep_a_refused_name(
    page: ArcheologyPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    from mentordesk.ui.text_dialog import TextDialog
    from mentordesk.ui.timeline.lanes import component_actions

    pairing_id = page.pairing.id  # type: ignore[union-attr]
    archeology = page.services.archeology
    actions = component_actions(page, archeology, pairing_id)
    monkeypatch.setattr(QColorDialog, "getColor", lambda *_args: QColor("#059669"))
    problems: list[str] = []

    def type_name(*names: str) -> None:
        def answer(dialog: TextDialog) -> int:
            for name in names:
                dialog.line.setText(name)
                dialog.accept()
                problems.append(dialog.problem.text())
            return dialog.result()

        monkeypatch.setattr(TextDialog, "exec", answer)

    type_name("Fraud checks")
    position = actions["Add…"](None)
    lanes = archeology.components(pairing_id)
    assert isinstance(position, int) and lanes[position].name == "Fraud checks"
    assert lanes[position].colour == "#059669"

    type_name("", "Fraud scoring")  # an empty name is refused in the form, then the real one saved
    actions["Edit…"](lanes[position])
    assert problems[1] == "Type the name first, or press Cancel."
    assert archeology.components(pairing_id)[position].name == "Fraud scoring"


def test_go_to_date_says_what_it_cannot_read_in_its_own_form(
    page: ArcheologyPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.ui.text_dialog import TextDialog

    said: list[str] = []

    def type_a_date(dialog: TextDialog) -> int:
        dialog.line.setText("the spring of 2019")
        dialog.accept()
        said.append(dialog.problem.text())  # the form stays open and says why
        dialog.line.setText("2019-03")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(TextDialog, "exec", type_a_date)
    page.ask_date()
    assert said and said[0]
    start, end = page.view.visible_dates()
    assert start <= dt.date(2019, 3, 1) <= end


def test_a_component_for_a_git_import_can_be_new_or_picked_by_part_of_its_name() -> None:
    create_application()
    names = ["(no component)", "Billing", "Ledger DB"]
    dialog = PickDialog(None, "Import from git", "Component", names, ok_text="Import", new_allowed=True)
    dialog.choice.setEditText("ledger")
    assert dialog.chosen_name() == "Ledger DB"
    dialog.choice.setEditText("Payments gateway")
    assert dialog.chosen_name() == "Payments gateway"
    dialog.accept()
    assert dialog.result() == 1


def test_a_double_click_in_a_list_editor_runs_the_edit_action_whatever_its_name(qtbot: QtBot) -> None:
    """The eras' and lanes' lists edit the item double-clicked through the action their caller names as
    the edit, so a translated button name ("Bearbeiten…") works as the English one does."""
    create_application()
    lane = ComponentInfo(id="c1", name="Checkout", colour="#2563eb")
    edited: list[object] = []
    actions = {"Neu…": lambda current: None, "Bearbeiten…": edited.append}
    editor = ListEditor(None, "Komponenten", lambda: [lane], actions, edit="Bearbeiten…")
    qtbot.addWidget(editor)
    editor.items.setCurrentRow(0)
    editor.items.itemDoubleClicked.emit(editor.items.item(0))
    assert edited == [lane]
