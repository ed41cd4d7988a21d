"""Publishing to the programme: the figures of the shared records, signed; no text ever leaves; a
snapshot that is forged, tampered with, absurd or huge is refused with a message."""

from __future__ import annotations

import base64
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from conftest import Peer
from sqlalchemy import select
from test_sync import send

from mentordesk.cli import main
from mentordesk.domain import (
    Cadence,
    CardKind,
    DecisionStatus,
    NewPairing,
    Role,
    SessionKind,
    Visibility,
)
from mentordesk.programme.figures import DAY_LISTS, INTEGER_FIGURES, OPTIONAL_NUMBERS
from mentordesk.programme.snapshot import MAX_BYTES, SnapshotRefused, canonical, read, seal
from mentordesk.services import Services
from mentordesk.services.publishing import PublishService
from mentordesk.storage.models import ProgrammePublish
from mentordesk.sync.identity import DeviceIdentity
from mentordesk.sync.importing import ImportRefused
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.sync.publish_dialog import FIGURE_NAMES, PublishDialog, history_text

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 20, 12, tzinfo=UTC)
PRIYA = DeviceIdentity.generate("Priya Raman")
PAIRING = "Priya Raman & Sam Okafor"


def test_the_figures_count_the_shared_records_only(services: Services) -> None:
    pairing = services.pairings.create(
        NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY), name="P & S"
    )
    sessions = services.sessions
    first = sessions.add_session(pairing.id, dt.datetime(2026, 10, 6, 10, tzinfo=UTC), feedback_rating=3)
    sessions.add_session(
        pairing.id, dt.datetime(2026, 10, 28, 10, tzinfo=UTC), kind=SessionKind.CALIBRATION, feedback_rating=5
    )
    sessions.add_session(  # private: neither counted nor named
        pairing.id, dt.datetime(2026, 11, 3, 10, tzinfo=UTC), visibility=Visibility.PRIVATE
    )
    sessions.add_action(first, "Write the runbook", due_date=dt.date(2026, 10, 20))
    sessions.add_action(first, "Read the ADR", done=True)
    decision = services.decisions.add_decision(
        pairing.id, "Queue choice", dt.date(2026, 10, 9), status=DecisionStatus.ACCEPTED
    )
    assert decision
    doing = next(c for c in services.plans.columns(pairing.id) if not c.is_done)
    services.plans.add_card(
        doing.id, "First deploy", kind=CardKind.MILESTONE, reached_on=dt.date(2026, 10, 15)
    )
    figures = PublishService(services.db).figures(pairing, NOW, UTC)
    assert figures["day"] == 51 and figures["cadence_days"] == 7
    assert (figures["sessions_held"], figures["longest_gap_days"], figures["calibration_day"]) == (2, 22, 28)
    assert (figures["actions_total"], figures["actions_done"], figures["actions_overdue"]) == (2, 1, 1)
    assert figures["first_accepted_decision_day"] == 9
    assert (figures["milestones"], figures["milestones_reached_days"]) == (1, [15])
    assert (figures["feedback_recent"], figures["feedback_before"]) == (4.0, None)


def test_a_snapshot_reads_back_as_signed_and_each_publish_takes_the_next_number(
    demo: Services, tmp_path: Path
) -> None:
    pairing = demo.pairings.find(PAIRING)
    publishing = PublishService(demo.db)
    first = publishing.publish(pairing, PRIYA, tmp_path, NOW, UTC)
    second = publishing.publish(pairing, PRIYA, tmp_path, NOW + dt.timedelta(days=7), UTC)
    assert (first.name, second.name) == (
        f"snapshot-{pairing.id[:8]}-00001.mdsnapshot",
        f"snapshot-{pairing.id[:8]}-00002.mdsnapshot",
    )
    snapshot = read(second.read_bytes())
    assert (snapshot.pairing_id, snapshot.sequence, snapshot.published_at) == (
        pairing.id,
        2,
        NOW + dt.timedelta(days=7),
    )
    assert snapshot.signing_key == PRIYA.public().signing_key
    assert snapshot.figures == publishing.figures(pairing, NOW + dt.timedelta(days=7), UTC)


def test_no_text_of_the_pairing_leaves_in_a_snapshot(demo: Services, demo_path: Path, tmp_path: Path) -> None:
    """Every sentence and name held in the file (titles, notes, comments, agendas, private notes, the
    people's names) is absent from what is published."""
    pairing = demo.pairings.find(PAIRING)
    published = PublishService(demo.db).publish(pairing, PRIYA, tmp_path, NOW, UTC).read_text("utf-8")
    texts = set()
    with sqlite3.connect(demo_path) as conn:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            if table.startswith("search"):
                continue
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                texts |= {v for v in row if isinstance(v, str) and " " in v.strip() and len(v) >= 6}
    assert len(texts) > 200  # the demo's titles, notes and names
    assert not sorted(text for text in texts if text in published)
    # and what is there is only figures: known names, numbers, and the header's few values
    outer = json.loads(published)
    body = outer["snapshot"]
    assert set(outer) == {"snapshot", "signature"}
    assert set(body) == {"format", "version", "pairing", "signing_key", "sequence", "published_at", "figures"}
    assert set(body["figures"]) == set(INTEGER_FIGURES) | set(OPTIONAL_NUMBERS) | set(DAY_LISTS)
    assert all(
        isinstance(v, int | float)
        or v is None
        or (isinstance(v, list) and all(isinstance(d, int) for d in v))
        for v in body["figures"].values()
    )
    assert (body["format"], body["pairing"]) == ("mentordesk-programme-snapshot", pairing.id)


def resign(data: bytes, change: dict[str, object], identity: DeviceIdentity = PRIYA) -> bytes:
    """The snapshot with its body changed and signed again by `identity` (a forger holding a key)."""
    outer = json.loads(data)
    body = outer["snapshot"]
    body["figures"].update(change.pop("figures", {}))  # type: ignore[arg-type]
    body.update(change)
    body["signing_key"] = base64.b64encode(identity.public().signing_key).decode("ascii")
    signature = base64.b64encode(identity.sign(canonical(body))).decode("ascii")
    return json.dumps({"snapshot": body, "signature": signature}).encode("utf-8")


@pytest.fixture
def sealed(demo: Services) -> bytes:
    pairing = demo.pairings.find(PAIRING)
    return seal(PRIYA, pairing.id, 3, NOW, PublishService(demo.db).figures(pairing, NOW, UTC))


def test_a_tampered_snapshot_is_refused(sealed: bytes) -> None:
    outer = json.loads(sealed)
    outer["snapshot"]["figures"]["sessions_held"] += 10  # kept the old signature
    with pytest.raises(SnapshotRefused, match="signature does not match"):
        read(json.dumps(outer).encode())


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"figures": {"sessions_held": 10**9}}, "'sessions_held' is out of range"),
        ({"figures": {"hours_per_week": float("inf")}}, "not a finite number"),
        ({"figures": {"day": "26"}}, "'day' is not a number"),
        ({"figures": {"notes": 1}}, "unknown figure 'notes'"),
        ({"figures": {"milestones_reached_days": ["Launch went well"]}}, "is not a number"),
        ({"sequence": 0}, "sequence number"),
        ({"pairing": "Priya & Sam"}, "does not name its pairing by id"),
        ({"version": 2}, "of version 2"),
        ({"published_at": "2026-11-20T12:00:00"}, "no time zone"),
    ],
)
def test_a_snapshot_with_absurd_or_foreign_contents_is_refused(
    sealed: bytes, change: dict[str, object], said: str
) -> None:
    with pytest.raises(SnapshotRefused, match=said):
        read(resign(sealed, change))


def test_what_is_not_a_snapshot_is_refused_by_its_size_or_its_form(sealed: bytes) -> None:
    with pytest.raises(SnapshotRefused, match="a snapshot is at most"):
        read(sealed + b" " * MAX_BYTES)
    for junk in (
        b"",
        b"[]",
        b'{"snapshot": 1, "signature": "AA=="}',
        b"\xff\xfe",
        sealed.replace(b'"', b"'"),
    ):
        with pytest.raises(SnapshotRefused, match="not a MentorDesk snapshot"):
            read(junk)


def test_the_command_line_previews_and_publishes(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: object
) -> None:
    db = ["--db", str(demo_path)]
    folder = tmp_path / "programme"
    folder.mkdir()
    assert main(["programme", "publish", *db, "--pairing", PAIRING, "--preview"]) == 0
    previewed = json.loads(capsys.readouterr().out)
    assert previewed["sessions_held"] > 0 and "day" in previewed
    assert main(["programme", "publish", *db, "--pairing", PAIRING, "--out", str(folder)]) == 2
    assert "identity" in capsys.readouterr().err  # no device keys yet: said, nothing written
    assert not list(folder.iterdir())
    assert main(["identity", "init", *db, "--name", "Priya Raman"]) == 0
    capsys.readouterr()
    assert main(["programme", "publish", *db, "--pairing", PAIRING, "--out", str(folder)]) == 0
    (written,) = folder.iterdir()
    assert capsys.readouterr().out.strip() == str(written)
    assert read(written.read_bytes()).sequence == 1


def test_the_sync_menu_shows_the_figures_then_publishes_them(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: object
) -> None:
    window.services.sync.create_identity("Priya Raman")
    shown: list[str] = []

    def look_then_publish(dialog: PublishDialog) -> int:
        table = dialog.table
        shown.extend(
            table.item(row, 0).text() + "=" + table.item(row, 1).text() for row in range(table.rowCount())
        )
        dialog.folder.setText(str(tmp_path / "not there"))
        dialog.publish_button.click()
        assert not dialog.problem.isHidden() and "is not one" in dialog.problem.text()  # it stays open
        dialog.folder.setText(str(tmp_path))
        dialog.publish_button.click()
        return dialog.result()

    monkeypatch.setattr(PublishDialog, "exec", look_then_publish)
    window.sync.publish_action.trigger()
    assert "Sessions held=5" in shown and len(shown) == len(FIGURE_NAMES)
    (written,) = tmp_path.glob("*.mdsnapshot")
    assert read(written.read_bytes()).pairing_id == window.current_pairing().id  # type: ignore[union-attr]
    assert str(written) in window.statusBar().currentMessage()


def test_both_partners_see_what_was_published(peers: tuple[Peer, Peer], tmp_path: Path) -> None:
    priya, sam = peers
    pairing = priya.services.pairings.find(PAIRING)
    PublishService(priya.services.db).publish(pairing, priya.identity, tmp_path, NOW, UTC)
    (mine,) = PublishService(priya.services.db).published(pairing.id)
    assert (mine.sequence, mine.target, mine.device) == (1, "folder", priya.identity.public().fingerprint)
    send(priya, sam, tmp_path / "first.mdbundle", accept=True)
    (seen,) = PublishService(sam.services.db).published(pairing.id)
    assert seen == mine  # the same snapshot, its figures included, on the partner's copy
    text = history_text([seen], sam.identity.public().fingerprint)
    assert "snapshot 1, to the folder, from your partner's device" in text


def test_a_partners_export_with_words_among_the_published_figures_is_refused(
    peers: tuple[Peer, Peer], tmp_path: Path
) -> None:
    priya, sam = peers
    pairing = priya.services.pairings.find(PAIRING)
    PublishService(priya.services.db).publish(pairing, priya.identity, tmp_path, NOW, UTC)
    with priya.services.db.write() as session:  # a copy that wrote words where figures belong
        record = session.scalars(select(ProgrammePublish)).one()
        record.figures = dict(record.figures, day="Sam struggled with the outage")
    with pytest.raises(ImportRefused, match="figures"):
        send(priya, sam, tmp_path / "first.mdbundle", accept=True)
