"""Archeology page: the events that explain the system's history, with their eras, lanes and causes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from mentordesk.domain import EraInfo, EventInfo, PairingInfo, RecordKind
from mentordesk.services import Services
from mentordesk.ui import html
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages.base import ListDetailPage
from mentordesk.ui.table_model import Column
from mentordesk.ui.theme import visibility_icon
from mentordesk.ui.widgets import record_url


def era_of(event: EventInfo, eras: Sequence[EraInfo]) -> EraInfo | None:
    for era in eras:
        if era.starts_on <= event.occurred_on and (era.ends_on is None or event.occurred_on <= era.ends_on):
            return era
    return None


class ArcheologyPage(ListDetailPage[EventInfo]):
    title = "System Archeology"
    icon_name = "archeology"
    kinds = (RecordKind.EVENT, RecordKind.ERA)
    filter_hint = "Filter events"

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(services, hub, parent)
        self._eras: list[EraInfo] = []
        self._titles: dict[str, str] = {}
        hub.archeology_changed.connect(self._refresh_if_mine)

    def columns(self) -> Sequence[Column[EventInfo]]:
        return (
            Column("When", lambda e: e.when, sort_key=lambda e: e.occurred_on.isoformat()),
            Column("Event", lambda e: e.title, icon=lambda e: visibility_icon(e.visibility)),
            Column("Kind", lambda e: e.kind.label),
            Column("Components", lambda e: ", ".join(e.components)),
            Column("Era", lambda e: era.name if (era := era_of(e, self._eras)) else ""),
        )

    def fixed_widths(self) -> dict[int, int]:
        return {3: 140}

    def load_rows(self, pairing: PairingInfo) -> list[EventInfo]:
        self._eras = self.services.archeology.eras(pairing.id)
        rows = self.services.archeology.events(pairing.id)
        self._titles = {e.id: e.title for e in rows}
        return rows

    def subtitle_text(self, rows: list[EventInfo]) -> str:
        names = ", ".join(e.name for e in self._eras)
        return (
            f"{len(rows)} events across {len(self._eras)} eras ({names})"
            if self._eras
            else f"{len(rows)} events"
        )

    def open_record(self, kind: RecordKind, record_id: str) -> bool:
        if kind is RecordKind.ERA:
            era = next((e for e in self._eras if e.id == record_id), None)
            if era is None:
                return False
            self.table.clearSelection()
            self.detail.setHtml(era_html(era))
            return True
        return super().open_record(kind, record_id)

    def detail_html(self, row: EventInfo) -> str:
        era = era_of(row, self._eras)
        parts = [
            html.heading(row.title),
            html.meta(row.when, row.kind.label, ", ".join(row.components), era.name if era else ""),
            html.visibility_note(row.visibility),
            html.section("Why (the constraints of the time)", row.why),
            html.section("Don't re-introduce", row.lessons),
        ]
        if row.causes:
            parts.append("<h3>Caused by</h3>")
            parts.append(
                html.bullet_list(
                    html.link(record_url(RecordKind.EVENT, cause), self._titles.get(cause, "event"))
                    for cause in row.causes
                )
            )
        effects = [e for e in self.model.rows() if row.id in e.causes]
        if effects:
            parts.append("<h3>Led to</h3>")
            parts.append(
                html.bullet_list(html.link(record_url(RecordKind.EVENT, e.id), e.title) for e in effects)
            )
        if row.sources:
            parts.append("<h3>Sources</h3>" + html.bullet_list(html.escape(s) for s in row.sources))
        if row.people:
            parts.append(html.section("People", row.people))
        return "".join(parts)


def era_html(era: EraInfo) -> str:
    until = era.ends_on.isoformat() if era.ends_on else "today"
    return (
        html.heading(era.name)
        + html.meta(f"{era.starts_on.isoformat()} – {until}")
        + html.section("About this era", era.description)
    )
