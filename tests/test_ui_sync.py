"""Sync in the window: the export preview, an import arriving through the sync folder (off the GUI
thread, with progress, creating the pairing once accepted), and the conflict banner and view."""

from __future__ import annotations

import base64
import dataclasses
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import Peer
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from test_bundle import seal
from test_sync import PAIRING, send, shared_session, shared_state

from mentordesk.app import create_application
from mentordesk.domain import RecordKind
from mentordesk.sync import bundle
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.sync.conflicts_view import ConflictsDialog
from mentordesk.ui.sync.export_dialog import ExportDialog
from mentordesk.ui.sync.worker import Worker


@pytest.fixture
def windows(
    qtbot: QtBot, peers: tuple[Peer, Peer], tmp_path: Path
) -> Iterator[tuple[MainWindow, MainWindow, Path]]:
    """Priya's and Sam's windows, sharing one sync folder (as a file-sync tool would make it)."""
    create_application()
    QSettings().clear()
    folder = tmp_path / "shared"
    folder.mkdir()
    made = []
    for peer in peers:
        peer.services.sync.set_folder(str(folder))
        window = MainWindow(peer.services, ChangeHub())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda w=window: w.started)  # sync's folder and state come after the first paint
        made.append(window)
    yield made[0], made[1], folder
    for window in made:
        window.close()


def test_export_shows_what_leaves_then_writes_to_the_sync_folder(
    windows: tuple[MainWindow, MainWindow, Path], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    priya, _sam, folder = windows
    shown: list[str] = []

    def accept(dialog: ExportDialog) -> int:
        shown.append(dialog.contents.toPlainText())
        assert dialog.everything.isChecked() and not dialog.everything.isEnabled()  # a first export
        assert not dialog.use_password.isChecked()  # the partner's card is linked
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    with qtbot.waitSignal(priya.sync.exported, timeout=20000) as written:
        priya.sync.export_action.trigger()
    [preview] = shown
    assert "5 of them are confidential:" in preview
    assert "Sam's workload cap during the promotion window" in preview
    assert "private items stay on this machine" in preview
    out = written.args[0]
    assert out.parent == folder and out.suffix == ".mdbundle" and out.stat().st_size > 1000
    assert "exported just now" in priya.sync.status.text()
    confirmation = priya.sync.last_confirmation
    assert confirmation is not None and confirmation.isVisible()
    leaving = preview.splitlines()[0].split()[0]  # "N records will leave this machine."
    assert confirmation.text() == f"Exported {leaving} records of the pairing."
    assert str(out) in confirmation.informativeText()
    assert "sync folder: Sam Okafor's copy imports it" in confirmation.informativeText()


def test_an_export_arriving_in_the_sync_folder_is_imported_off_the_gui_thread(
    windows: tuple[MainWindow, MainWindow, Path],
    peers: tuple[Peer, Peer],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    priya, sam_window, folder = windows
    assert sam_window.outer.currentWidget() is sam_window.welcome  # Sam has no pairing yet
    assert sam_window.sync.folder_watch.watcher.directories() == [str(folder)]
    monkeypatch.setattr(ExportDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    threads: list[int] = []
    sync = peers[1].services.sync  # the service the window's (Review-mode guarded) services wrap
    real = sync.import_bundle

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(sync, "import_bundle", spy)
    steps: list[tuple[int, int]] = []
    sam_window.sync.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(sam_window.sync.imported, timeout=30000) as imported:
        priya.sync.export()  # into the shared folder, where Sam's window notices it
    summary = imported.args[0]
    assert summary.created_pairing and summary.applied.added > 100
    assert "Priya Raman" in asked[0] and "does not have yet" in asked[0]
    assert threads and all(t != threading.get_ident() for t in threads)
    assert steps and steps[-1][0] == steps[-1][1] == len(sync.read(next(folder.glob("*.mdbundle"))).records)
    assert sam_window.outer.currentWidget() is sam_window.workspace
    assert sam_window.current_pairing().name == PAIRING
    assert sync.arrivals() == []  # remembered: not imported twice
    assert "imported just now" in sam_window.sync.status.text()


def test_an_export_in_parts_is_imported_part_by_part_from_the_sync_folder(
    windows: tuple[MainWindow, MainWindow, Path],
    peers: tuple[Peer, Peer],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    priya, sam_window, folder = windows
    monkeypatch.setattr(bundle, "MAX_RECORDS_BYTES", 40 * 1024)  # as if the pairing were very large
    monkeypatch.setattr(ExportDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    imported: list[Any] = []
    sam_window.sync.imported.connect(imported.append)
    priya.sync.export()
    qtbot.waitUntil(lambda: priya.sync.last_confirmation is not None, timeout=20000)
    parts = sorted(folder.glob("*.mdbundle"))
    assert len(parts) >= 3
    confirmation = priya.sync.last_confirmation
    assert confirmation is not None
    assert f"in {len(parts)} files: more than one file holds" in confirmation.text()
    assert str(folder) in confirmation.informativeText()
    assert all(path.name in confirmation.informativeText() for path in parts)
    assert "imports them, in order" in confirmation.informativeText()
    qtbot.waitUntil(lambda: len(imported) == len(parts), timeout=60000)
    assert [summary.sequence for summary in imported] == sorted(summary.sequence for summary in imported)
    assert imported[0].created_pairing and not any(s.created_pairing for s in imported[1:])
    assert shared_state(peers[1]) == shared_state(peers[0])
    assert peers[1].services.sync.arrivals() == []


def priyas_export_in_parts(priya: Peer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Priya's first export, written outside the sync folder in parts (files as if the pairing were
    very large); every question the import asks is answered yes."""
    monkeypatch.setattr(bundle, "MAX_RECORDS_BYTES", 40 * 1024)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    pairing = priya.services.pairings.find(PAIRING)
    outside = tmp_path / "outside"
    outside.mkdir()
    priya.export(pairing.id, outside / "first.mdbundle", everything=True, role="mentor")
    return sorted(outside.iterdir())


def test_parts_arriving_out_of_order_wait_in_the_sync_folder_for_the_ones_before_them(
    windows: tuple[MainWindow, MainWindow, Path],
    peers: tuple[Peer, Peer],
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _priya, sam, folder = windows
    warned: list[str] = []
    monkeypatch.setattr(sam.sync, "_warn", lambda _title, message: warned.append(message))
    first, *later = priyas_export_in_parts(peers[0], tmp_path, monkeypatch)
    imported: list[Any] = []
    sam.sync.imported.connect(imported.append)
    for path in later:  # the file-sync tool brings the later parts first
        (folder / path.name).write_bytes(path.read_bytes())
    sam.sync.scan_folder()
    qtbot.waitUntil(lambda: sam.sync.busy is None and len(sam.sync._waiting) == len(later), timeout=20000)
    assert imported == [] and warned == []
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in later)  # none set aside
    (folder / first.name).write_bytes(first.read_bytes())
    sam.sync.scan_folder()
    qtbot.waitUntil(lambda: len(imported) == 1 + len(later), timeout=60000)
    assert warned == []
    assert shared_state(peers[1]) == shared_state(peers[0])


def test_parts_chosen_together_are_imported_in_order(
    windows: tuple[MainWindow, MainWindow, Path],
    peers: tuple[Peer, Peer],
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _priya, sam, _folder = windows
    sam.sync.set_folder("")  # no sync folder: files are imported by hand
    parts = priyas_export_in_parts(peers[0], tmp_path, monkeypatch)
    chosen = [str(p) for p in reversed(parts)]  # in whatever order the dialog gives them
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a: (chosen, ""))
    imported: list[Any] = []
    sam.sync.imported.connect(imported.append)
    sam.sync.import_action.trigger()
    qtbot.waitUntil(lambda: len(imported) == len(parts), timeout=60000)
    assert [s.sequence for s in imported] == sorted(s.sequence for s in imported)
    assert shared_state(peers[1]) == shared_state(peers[0])


def test_a_sync_run_ending_after_its_window_closed_shows_nothing_and_starts_nothing(
    windows: tuple[MainWindow, MainWindow, Path],
    peers: tuple[Peer, Peer],
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _priya, sam, folder = windows
    sync = peers[1].services.sync

    def slow_refusal(*_args: Any, **_kwargs: Any) -> Any:
        time.sleep(0.3)
        raise ValueError("refused after the window closed")

    monkeypatch.setattr(sync, "import_bundle", slow_refusal)
    warned: list[str] = []
    monkeypatch.setattr(sam.sync, "_warn", lambda _title, message: warned.append(message))
    started: list[Path] = []
    real_import = sam.sync._import
    monkeypatch.setattr(sam.sync, "_import", lambda path, *a: (started.append(path), real_import(path, *a)))
    pairing = peers[0].services.pairings.find(PAIRING)
    peers[0].export(pairing.id, tmp_path / "one.mdbundle", everything=True, role="mentor")
    sam.sync.import_file(tmp_path / "one.mdbundle")
    (folder / "two.mdbundle").write_bytes((tmp_path / "one.mdbundle").read_bytes())  # waiting next
    sam.close()  # while the import runs: the window waits for it, and its outcome is still queued
    qtbot.wait(500)
    assert warned == [] and started == [tmp_path / "one.mdbundle"]


def test_conflicts_show_in_a_banner_and_are_resolved_in_the_view(
    windows: tuple[MainWindow, MainWindow, Path], peers: tuple[Peer, Peer], tmp_path: Path, qtbot: QtBot
) -> None:
    priya_peer, sam_peer = peers
    send(priya_peer, sam_peer, tmp_path / "start.mdbundle", accept=True)
    pairing = priya_peer.services.pairings.find(PAIRING)
    session = shared_session(priya_peer, pairing.id)
    priya_peer.services.session_edits.set_notes(session.id, "Priya's summary")
    sam_peer.services.session_edits.set_notes(session.id, "Sam's summary")
    send(priya_peer, sam_peer, tmp_path / "a.mdbundle")
    _priya, sam, _folder = windows
    sam.reload_pairings()
    assert sam.sync.banner.isVisible() and "1 edit conflicts" in sam.sync.banner.text.text()
    dialog = ConflictsDialog(
        lambda: sam.services.sync.conflicts(pairing.id), sam.services.sync.resolve, sam.open_record, sam
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1 and "Notes" in dialog.list.item(0).text()
    assert dialog.intro.isVisible() and "changed this field on your own copies" in dialog.intro.text()
    keeps = [b for b in dialog.findChildren(QPushButton) if b.text().startswith("Keep this")]
    boxes = {b.parentWidget().title(): b for b in keeps}
    assert set(boxes) == {"Your version", "Priya Raman's version"}
    boxes["Priya Raman's version"].click()
    assert dialog.list.count() == 0 and dialog.empty.isVisible()
    assert not dialog.intro.isVisible()  # nothing says "you changed these fields" above "No conflicts"
    sam.sync.refresh()
    assert not sam.sync.banner.isVisible()
    assert sam_peer.services.sessions.detail(session.id).session.notes == "Priya's summary"


def test_a_conflict_opens_its_record(
    windows: tuple[MainWindow, MainWindow, Path], peers: tuple[Peer, Peer], tmp_path: Path, qtbot: QtBot
) -> None:
    priya_peer, sam_peer = peers
    send(priya_peer, sam_peer, tmp_path / "start.mdbundle", accept=True)
    pairing = priya_peer.services.pairings.find(PAIRING)
    card = priya_peer.services.plans.cards(pairing.id)[0]
    for peer, title in ((priya_peer, "Priya's title"), (sam_peer, "Sam's title")):
        draft = peer.services.board.draft(card.id)
        peer.services.board.update_card(card.id, dataclasses.replace(draft, title=title))
    send(priya_peer, sam_peer, tmp_path / "a.mdbundle")
    _priya, sam, _folder = windows
    sam.reload_pairings()
    opened: list[tuple[RecordKind, str]] = []
    dialog = ConflictsDialog(
        lambda: sam.services.sync.conflicts(pairing.id),
        sam.services.sync.resolve,
        lambda kind, record_id: opened.append((kind, record_id)) or True,
        sam,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_button.click()
    assert opened == [(RecordKind.CARD, card.id)] and not dialog.isVisible()


def test_notes_typed_but_not_saved_yet_meet_an_import_as_a_conflict(
    windows: tuple[MainWindow, MainWindow, Path],
    peers: tuple[Peer, Peer],
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    priya_peer, sam_peer = peers
    send(priya_peer, sam_peer, tmp_path / "start.mdbundle", accept=True)
    pairing = priya_peer.services.pairings.find(PAIRING)
    _priya, sam, folder = windows
    sam.reload_pairings()
    page = sam.show_page("Sessions")
    session_id = page.editor.session_id
    assert session_id is not None
    page.editor.notes.setPlainText("Sam, typing while the export arrives")  # the autosave has not run yet
    priya_peer.services.session_edits.set_notes(session_id, "Priya's notes")
    out = folder / "from-priya.mdbundle"
    priya_peer.export(pairing.id, out)
    with qtbot.waitSignal(sam.sync.imported, timeout=30000) as imported:
        sam.sync.import_file(out)
    assert imported.args[0].applied.conflicts == 1
    [conflict] = sam_peer.services.sync.conflicts(pairing.id)
    assert {v.text for v in conflict.values} == {"Sam, typing while the export arrives", "Priya's notes"}


def test_a_refused_arrival_is_moved_aside_with_its_reason_and_sync_is_free_again(
    windows: tuple[MainWindow, MainWindow, Path],
    peers: tuple[Peer, Peer],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An export signed by the partner whose manifest would exhaust the parser's stack: refused with a
    message, set aside so no later start tries it again, and sync is not left busy."""
    priya, sam = peers
    _priya_window, sam_window, folder = windows
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    manifest = (
        f'{{"format": "mentordesk-bundle", "sender_device": "{priya.identity.device_id}", "x": '.encode()
        + b"[" * 5000
        + b"]" * 5000
        + b"}"
    )
    signature = base64.b64encode(priya.identity.sign(manifest))
    hostile = folder / "priya-raman-20261201-101010.mdbundle"
    hostile.write_bytes(seal(manifest, b"[]", signature, sam.identity.public().recipient))
    sam_window.sync.scan_folder()
    qtbot.waitUntil(lambda: bool(warned) and sam_window.sync.busy is None, timeout=20000)
    assert "nested too deeply" in warned[0] and "Refused" in warned[0]
    assert not hostile.exists() and (folder / "Refused" / hostile.name).exists()
    assert "nested too deeply" in (folder / "Refused" / f"{hostile.name}.txt").read_text()
    assert sam.services.sync.arrivals() == []


def test_an_unexpected_error_in_sync_work_ends_the_busy_state(qtbot: QtBot) -> None:
    create_application()

    def broken(_progress: Any) -> None:
        raise RuntimeError("the disk went away")

    worker = Worker(broken)
    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.start()
    worker.dispose()
    assert failed.args[0] == "error" and "the disk went away" in failed.args[1]


def test_an_import_can_be_cancelled_and_changes_nothing(
    windows: tuple[MainWindow, MainWindow, Path],
    peers: tuple[Peer, Peer],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _priya_window, sam_window, folder = windows
    priya, sam = peers
    out = priya.export(priya.services.pairings.find(PAIRING).id, folder.parent / "by-hand.mdbundle")
    real = sam.services.sync.import_bundle

    def slow(bundle: Any, *, progress: Any = None, **accepts: bool) -> Any:
        for n in range(100):  # a long import: it reports progress as it goes
            progress(n, 100)
            time.sleep(0.02)
        return real(bundle, progress=progress, **accepts)

    monkeypatch.setattr(sam.services.sync, "import_bundle", slow)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))

    def press_cancel() -> None:
        [dialog] = [d for d in sam_window.findChildren(QProgressDialog) if d.isVisible()]
        [button] = dialog.findChildren(QPushButton)
        button.click()

    QTimer.singleShot(700, press_cancel)
    sam_window.sync.import_file(out)
    qtbot.waitUntil(lambda: sam_window.sync.busy is None, timeout=10000)
    assert warned == [] and sam.services.pairings.list_pairings() == []
    assert out.exists()


def test_a_password_export_from_a_stranger_asks_for_the_password_then_the_card_then_the_pairing(
    windows: tuple[MainWindow, MainWindow, Path],
    peers: tuple[Peer, Peer],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mentordesk.storage.models import Setting
    from mentordesk.sync.devices import CARD_PREFIX
    from mentordesk.ui.sync.dialogs import SecretDialog
    from mentordesk.ui.sync.export_dialog import ExportChoice

    priya_window, sam_window, _folder = windows
    priya, sam = peers
    with sam.services.db.write() as session:  # Sam never imported Priya's card
        session.delete(session.get(Setting, CARD_PREFIX + priya.identity.device_id))
    monkeypatch.setattr(ExportDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ExportDialog, "choice", lambda _d: ExportChoice(True, "a long password"))
    monkeypatch.setattr(SecretDialog, "ask", classmethod(lambda _cls, *_a, **_k: "a long password"))
    asked: list[tuple[str, str]] = []

    def question(_parent: Any, title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    with qtbot.waitSignal(sam_window.sync.imported, timeout=30000) as imported:
        priya_window.sync.export()
    assert "Tell Sam Okafor the password another way" in priya_window.sync.last_confirmation.informativeText()
    assert imported.args[0].created_pairing
    [(card_title, card_text), (pairing_title, _)] = asked
    assert card_title == "A partner's card" and priya.identity.public().fingerprint in card_text
    assert pairing_title == "New pairing"
    pairing = sam.services.pairings.find(PAIRING)
    partner = sam.services.sync.devices.partner(pairing.id)
    assert partner is not None and partner.device_id == priya.identity.device_id


def test_the_sync_folder_dialog_explains_and_shows_the_folders_state(
    windows: tuple[MainWindow, MainWindow, Path], qtbot: QtBot, tmp_path: Path
) -> None:
    from mentordesk.ui.sync.folder_dialog import SyncFolderDialog

    priya, _sam, folder = windows
    (folder / "sam-okafor-1.mdbundle").write_bytes(b"arrived")
    (folder / "Refused").mkdir()
    (folder / "Refused" / "old.mdbundle").write_bytes(b"refused")
    dialog = SyncFolderDialog(priya.sync.sync.folder_state, priya.sync.set_folder, priya)
    qtbot.addWidget(dialog)
    assert dialog.where.text() == str(folder)
    assert dialog.status.text() == (
        "Watched while MentorDesk runs. 1 export is in it, 1 waiting to be imported. 1 was refused "
        "and set aside in its Refused folder, each with a note of why."
    )
    dialog._set(str(tmp_path / "missing"))
    assert "is not a folder" in dialog.problem.text() and dialog.where.text() == str(folder)
    dialog.stop_button.click()
    assert dialog.where.text() == "No sync folder" and not dialog.stop_button.isEnabled()
    assert priya.sync.folder_watch.watcher.directories() == []
    assert "saved where you choose" in dialog.status.text()
