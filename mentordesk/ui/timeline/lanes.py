"""What the Components dialog's buttons do: add, rename, recolour, reorder and delete lanes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QMessageBox, QWidget

from mentordesk.domain import ComponentInfo, EraInfo
from mentordesk.services.archeology import ArcheologyService
from mentordesk.ui.i18n import translate
from mentordesk.ui.text_dialog import TextDialog

Record = ComponentInfo | EraInfo | None


def component_actions(
    parent: QWidget, archeology: ArcheologyService, pairing_id: str
) -> dict[str, Callable[[Record], object]]:
    def position(component: ComponentInfo) -> int:
        return [c.id for c in archeology.components(pairing_id)].index(component.id)

    def add(_current: Record) -> int | None:
        made: list[str] = []

        def save(name: str) -> None:
            made.append(archeology.add_component(pairing_id, name))

        if not TextDialog(
            parent,
            translate("lanes", "New component"),
            translate("lanes", "Name of the system or component:"),
            save,
            what=translate("lanes", "name"),
        ).saved():
            return None
        lanes = archeology.components(pairing_id)
        position = next(i for i, lane in enumerate(lanes) if lane.id == made[0])
        recolour(lanes[position])
        return position

    def rename(current: Record) -> None:
        if isinstance(current, ComponentInfo):

            def save(name: str) -> None:
                archeology.update_component(current.id, name, current.colour)

            TextDialog(
                parent,
                translate("lanes", "Rename component"),
                translate("lanes", "Name:"),
                save,
                text=current.name,
                what=translate("lanes", "name"),
            ).saved()

    def recolour(current: Record) -> None:
        if isinstance(current, ComponentInfo):
            colour = QColorDialog.getColor(QColor(current.colour), parent, translate("lanes", "Lane colour"))
            if colour.isValid():
                archeology.update_component(current.id, current.name, colour.name())

    def move(step: int) -> Callable[[Record], int | None]:
        def run(current: Record) -> int | None:
            if not isinstance(current, ComponentInfo):
                return None
            target = max(position(current) + step, 0)
            archeology.move_component(current.id, target)
            return target

        return run

    def delete(current: Record) -> None:
        if isinstance(current, ComponentInfo):
            answer = QMessageBox.question(
                parent,
                translate("lanes", "Delete component"),
                translate(
                    "lanes",
                    "Delete the lane “{name}”? Its events stay on the timeline, in their other "
                    "lanes or under “Other”.",
                ).format(name=current.name),
            )
            if answer == QMessageBox.StandardButton.Yes:
                archeology.delete_component(current.id)

    return {
        translate("lanes", "Add…"): add,
        translate("lanes", "Edit…"): rename,
        translate("lanes", "Colour…"): recolour,
        translate("lanes", "Move up"): move(-1),
        translate("lanes", "Move down"): move(1),
        translate("lanes", "Delete"): delete,
    }
