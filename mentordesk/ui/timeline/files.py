"""The timeline's file work from the window: git and CSV imports, CSV export, PNG and SVG pictures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mentordesk.domain import EraInfo, EventMark, PairingInfo, TimelineImportReport, Visibility
from mentordesk.services import Services
from mentordesk.ui import dates
from mentordesk.ui.i18n import translate
from mentordesk.ui.pick_dialog import PickDialog
from mentordesk.ui.progress import with_progress
from mentordesk.ui.timeline.picture import save_picture
from mentordesk.ui.timeline.scene import TimelineScene


def import_git(
    parent: QWidget, services: Services, pairing: PairingInfo, repo: Path, component: str
) -> TimelineImportReport | None:
    return with_progress(
        parent,
        translate("files", "Import from git"),
        translate("files", "Reading the history of {name}…").format(name=repo.name),
        lambda step: services.timeline.import_git(pairing.id, repo, component or None, progress=step),
        translate("files", "The import stopped"),
    )


def import_csv(
    parent: QWidget, services: Services, pairing: PairingInfo, path: Path
) -> TimelineImportReport | None:
    return with_progress(
        parent,
        translate("files", "Import CSV"),
        translate("files", "Reading {name}…").format(name=path.name),
        lambda step: services.timeline.import_csv(pairing.id, path, progress=step),
        translate("files", "The import stopped"),
    )


# The questions below say whether an import ran: one that stopped part way kept its first batches too.


def ask_import_git(parent: QWidget, services: Services, pairing: PairingInfo) -> bool:
    chosen = QFileDialog.getExistingDirectory(
        parent, translate("files", "Import releases and merges from a git repository")
    )
    if not chosen:
        return False
    names = [
        translate("files", "(no component)"),
        *(c.name for c in services.archeology.components(pairing.id)),
    ]
    dialog = PickDialog(
        parent,
        translate("files", "Import from git"),
        translate("files", "Put the events in this component (type a new name to create it):"),
        names,
        ok_text=translate("files", "Import"),
        new_allowed=True,
    )
    dialog.choice.setCurrentIndex(0)
    if not dialog.exec():
        return False
    lane = dialog.chosen_name()
    import_git(parent, services, pairing, Path(chosen), "" if lane == names[0] else lane)
    return True


def ask_import_csv(parent: QWidget, services: Services, pairing: PairingInfo) -> bool:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("files", "Import timeline events"),
        "",
        translate("files", "CSV files (*.csv);;All files (*)"),
    )
    if chosen:
        import_csv(parent, services, pairing, Path(chosen))
    return bool(chosen)


def ask_export_csv(parent: QWidget, services: Services, pairing: PairingInfo) -> int | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("files", "Export the timeline"),
        "timeline.csv",
        translate("files", "CSV files (*.csv)"),
    )
    if not chosen:
        return None
    private = [e for e in services.archeology.marks(pairing.id) if e.visibility is Visibility.PRIVATE]
    include = bool(private) and (
        QMessageBox.question(
            parent,
            translate("files", "Export CSV"),
            translate("files", "{count} events are private. Write them too?").format(count=len(private)),
        )
        == QMessageBox.StandardButton.Yes
    )
    try:
        count = services.timeline.export_csv(pairing.id, Path(chosen), include_private=include)
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("files", "Export CSV"),
            translate("files", "The file was not written: {error}").format(error=error),
        )
        return None
    QMessageBox.information(
        parent,
        translate("files", "Export CSV"),
        translate("files", "{count} events written to {chosen}").format(count=count, chosen=chosen),
    )
    return count


def picture_range(events: Sequence[EventMark], eras: Sequence[EraInfo]) -> tuple[dt.date, dt.date] | None:
    """The dates a picture covers: the events' and eras' first and last days (None: nothing to draw)."""
    days = [e.occurred_on for e in events] + [era.starts_on for era in eras]
    days += [era.ends_on for era in eras if era.ends_on]
    return (min(days), max(days)) if days else None


def ask_save_picture(
    parent: QWidget,
    scene: TimelineScene,
    pairing: PairingInfo,
    events: Sequence[EventMark],
    eras: Sequence[EraInfo],
    what: str,
    svg: bool,
) -> Path | None:
    """Save a picture of `events` (those shown, or those the filters keep) over their whole range."""
    span = picture_range(events, eras)
    if span is None:
        QMessageBox.information(
            parent, translate("files", "Export image"), translate("files", "There is no event to draw yet.")
        )
        return None
    suffix = "svg" if svg else "png"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("files", "Export the timeline as an image"),
        f"timeline.{suffix}",
        translate("files", "{kind} images (*.{suffix})").format(kind=suffix.upper(), suffix=suffix),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != f".{suffix}":
        path = path.with_name(f"{path.name}.{suffix}")
    first, last = span
    title = translate("files", "{name}: System Archeology").format(name=pairing.name)
    subtitle = translate("files", "{what}, {first} to {last}").format(
        what=what, first=dates.short(first), last=dates.short(last)
    )
    try:
        save_picture(scene, path, first, last, title, subtitle, parent.font())
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("files", "Export image"),
            translate("files", "The image was not written: {error}").format(error=error),
        )
        return None
    return path
