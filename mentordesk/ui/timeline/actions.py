"""What the System Archeology page does to its records beyond showing them: new, edit, delete (undoable)
and causes of events; the eras and components (lanes) editors; going to a date; importing and exporting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import cast

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.domain import EraInfo, EventDraft, EventInfo, EventMark, PairingInfo, RecordKind
from mentordesk.services import Services
from mentordesk.services.timeline_csv import parse_fuzzy_date
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import translate
from mentordesk.ui.pick_dialog import PickDialog
from mentordesk.ui.timeline import files
from mentordesk.ui.timeline.commands import DeleteEvent
from mentordesk.ui.timeline.forms import EraDialog, EventDialog, ListEditor
from mentordesk.ui.timeline.lanes import Record, component_actions
from mentordesk.ui.timeline.view import TimelineView


class TimelineActions:
    """Mixed into the System Archeology page (a QWidget), which owns these attributes."""

    services: Services
    hub: ChangeHub
    pairing: PairingInfo | None
    events: list[EventMark]
    selected: EventInfo | None
    view: TimelineView
    undo_stack: QUndoStack
    open_record: Callable[[RecordKind, str], bool]
    select_event: Callable[[EventMark | None], None]

    def _widget(self) -> QWidget:
        return cast(QWidget, self)

    def _changed(self) -> None:
        if self.pairing is not None:
            self.hub.archeology_changed.emit(self.pairing.id)

    def _lanes(self) -> list[str]:
        return [c.name for c in self.services.archeology.components(self.pairing.id)] if self.pairing else []

    def new_item(self) -> None:
        self.new_event(None, "")

    def new_event(self, day: dt.date | None, lane: str) -> None:
        if self.pairing is None:
            return
        pairing_id = self.pairing.id
        created: list[str] = []

        def save(draft: EventDraft) -> None:
            created.append(self.services.archeology.create_event(pairing_id, draft))

        dialog = EventDialog(self._widget(), self._lanes(), save, day=day, lane=lane)
        if dialog.exec() and created:
            self._changed()
            self.open_record(RecordKind.EVENT, created[0])

    def rename_selected(self) -> None:
        self.edit_selected()

    def edit_selected(self) -> None:
        if self.selected is None:
            return
        event_id = self.selected.id
        dialog = EventDialog(
            self._widget(),
            self._lanes(),
            lambda draft: self.services.archeology.update_event(event_id, draft),
            self.selected,
        )
        if dialog.exec():
            self._changed()

    def delete_selected(self) -> None:
        event = self.selected
        if event is None:
            return
        answer = QMessageBox.question(
            self._widget(),
            translate("ArcheologyPage", "Delete event"),
            translate("ArcheologyPage", "Delete “{title}”? Ctrl+Z brings it back.").format(title=event.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        assert self.pairing is not None
        show = self._show_after
        command = DeleteEvent(self.services, self.hub, self.pairing.id, event.id, event.title, show)
        command.do_first()
        self.undo_stack.push(command)

    def _show_after(self, event_id: str | None) -> None:
        """After a delete, undo or redo: the timeline again, showing the event brought back."""
        if event_id is None:
            self.select_event(None)
        self._changed()
        if event_id is not None:
            self.open_record(RecordKind.EVENT, event_id)

    def ask_cause(self) -> None:
        effect = self.selected
        if effect is None:
            return
        others = [e for e in self.events if e.id != effect.id and e.id not in effect.causes]
        names = [f"{e.title} ({e.when})" for e in others]
        if not names:
            return
        dialog = PickDialog(
            self._widget(),
            translate("ArcheologyPage", "Add cause"),
            translate("ArcheologyPage", "What led to “{title}”?").format(title=effect.title),
            names,
        )
        index = dialog.chosen() if dialog.exec() else None
        if index is not None:
            self.services.archeology.link_events(others[index].id, effect.id)
            self._changed()

    def ask_date(self) -> None:
        from mentordesk.ui.text_dialog import TextDialog

        def go(text: str) -> None:  # a date it cannot read is said in the form, which stays open
            day, _precision = parse_fuzzy_date(text)
            self.view.centre_on(day)

        start, _end = self.view.visible_dates()
        prompt = translate("ArcheologyPage", "Date (2019-03-14, 2019-03 or 2019):")
        TextDialog(
            self._widget(),
            translate("ArcheologyPage", "Go to date"),
            prompt,
            go,
            text=start.isoformat(),
            what=translate("ArcheologyPage", "date"),
            ok_text=translate("ArcheologyPage", "Go"),
        ).exec()

    def edit_eras(self) -> None:
        if self.pairing is None:
            return
        pairing_id, archeology = self.pairing.id, self.services.archeology

        def add(_current: Record) -> None:
            EraDialog(
                self._widget(),
                lambda n, s, e, c, d: archeology.add_era(pairing_id, n, s, e, colour=c, description=d),
            ).exec()

        def edit(era: Record) -> None:
            if isinstance(era, EraInfo):
                EraDialog(
                    self._widget(),
                    lambda n, s, e, c, d: archeology.update_era(era.id, n, s, e, colour=c, description=d),
                    era,
                ).exec()

        def delete(era: Record) -> None:
            if isinstance(era, EraInfo):
                question = translate(
                    "ArcheologyPage", "Delete the era “{name}”? Its events stay on the timeline."
                ).format(name=era.name)
                if (
                    QMessageBox.question(self._widget(), translate("ArcheologyPage", "Delete era"), question)
                    == QMessageBox.StandardButton.Yes
                ):
                    archeology.delete_era(era.id)

        edit_text = translate("ArcheologyPage", "Edit…")
        actions = {
            translate("ArcheologyPage", "Add…"): add,
            edit_text: edit,
            translate("ArcheologyPage", "Delete"): delete,
        }
        ListEditor(
            self._widget(),
            translate("ArcheologyPage", "Eras"),
            lambda: archeology.eras(pairing_id),
            actions,
            edit=edit_text,
        ).exec()
        self._changed()

    def edit_components(self) -> None:
        if self.pairing is None:
            return
        pairing_id, archeology = self.pairing.id, self.services.archeology
        actions = component_actions(self._widget(), archeology, pairing_id)
        ListEditor(
            self._widget(),
            translate("ArcheologyPage", "Components (lanes)"),
            lambda: archeology.components(pairing_id),
            actions,
            edit=translate("lanes", "Edit…"),  # component_actions names its rename so
        ).exec()
        self._changed()

    # files
    def ask_import_git(self) -> None:
        if self.pairing is not None and files.ask_import_git(self._widget(), self.services, self.pairing):
            self._changed()

    def ask_import_csv(self) -> None:
        if self.pairing is not None and files.ask_import_csv(self._widget(), self.services, self.pairing):
            self._changed()

    def ask_export_csv(self) -> None:
        if self.pairing is not None:
            files.ask_export_csv(self._widget(), self.services, self.pairing)
