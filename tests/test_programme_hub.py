"""The programme hub, the same tests on SQLite and on a real PostgreSQL server: it is created, pairs are
enrolled, snapshots are received once and in order, and hostile input changes nothing."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from postgres_server import new_database, running
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mentordesk.cli import main
from mentordesk.programme import HUB_URL_ENV, credentials, hub, schema
from mentordesk.programme.dashboard import Light, lights
from mentordesk.programme.figures import figures_of
from mentordesk.programme.people import People, programme_data
from mentordesk.programme.report import report_markdown
from mentordesk.programme.snapshot import MAX_BYTES, SnapshotRefused, seal
from mentordesk.services import Services
from mentordesk.services.metrics import MetricsService
from mentordesk.services.publishing import PublishService
from mentordesk.sync.identity import DeviceIdentity
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.programme import ProgrammeDashboard
from mentordesk.ui.sync.publish_dialog import PublishDialog

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 20, 12, tzinfo=UTC)
PRIYA = DeviceIdentity.generate("Priya Raman")
EVE = DeviceIdentity.generate("Eve")
SAM = DeviceIdentity.generate("Sam Okafor")
PAIRING = "Priya Raman & Sam Okafor"
NUMBERS = itertools.count(1)


def kept(opened: hub.Hub, pair_id: str) -> list[dict[str, Any]]:
    """Every snapshot the hub keeps of the pair, oldest first, as its table holds them."""
    s = schema.snapshot
    with opened.engine.connect() as connection:
        rows = connection.execute(
            select(s.c.sequence, s.c.published_at, s.c.figures)
            .where(s.c.pair_id == pair_id)
            .order_by(s.c.published_at, s.c.sequence)
        )
        return [dict(row._mapping) for row in rows]


@pytest.fixture(scope="session")
def postgres() -> Iterator[str]:
    with running() as host:
        yield host


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hub.sqlite'}"
    return new_database(request.getfixturevalue("postgres"), f"hub_{next(NUMBERS)}")


@pytest.fixture
def figures(demo: Services) -> tuple[str, dict[str, object]]:
    pairing = demo.pairings.find(PAIRING)
    data = MetricsService(demo.db).snapshot(pairing, shared_only=True)
    return pairing.id, figures_of(data, NOW, UTC)


@pytest.fixture
def opened(hub_url: str, figures: tuple[str, dict[str, object]]) -> Iterator[hub.Hub]:
    hub.init(hub_url)
    made = hub.Hub(hub_url)
    made.enrol(figures[0], "Sam's first 90 days", PRIYA.public().card(), NOW, cohort="Autumn 2026")
    yield made
    made.close()


def test_a_hub_is_created_once_and_refuses_to_open_before(hub_url: str) -> None:
    with pytest.raises(hub.HubError, match="run `mentordesk programme init` first"):
        hub.Hub(hub_url)
    assert hub.init(hub_url) == hub.head_revision()
    assert hub.init(hub_url) == hub.head_revision()  # again: nothing to do
    hub.Hub(hub_url).close()


def test_snapshots_are_received_in_order_and_kept_for_trends(
    opened: hub.Hub, figures: tuple[str, dict[str, object]]
) -> None:
    pair_id, numbers = figures
    for sequence in (1, 2):
        later = dict(numbers, sessions_held=int(numbers["sessions_held"]) + sequence)  # type: ignore[call-overload]
        received = opened.receive(
            seal(PRIYA, pair_id, sequence, NOW + dt.timedelta(days=sequence), later), NOW
        )
        assert received == hub.Received(pair_id, sequence)
    (row,) = opened.latest()
    assert (row["name"], row["cohort"], row["figures"]["sessions_held"]) == (
        "Sam's first 90 days",
        "Autumn 2026",
        int(numbers["sessions_held"]) + 2,  # type: ignore[call-overload]
    )
    assert [h["sequence"] for h in kept(opened, pair_id)] == [1, 2]


def test_both_partners_publish_and_the_newest_is_the_pairs_state(
    opened: hub.Hub, figures: tuple[str, dict[str, object]]
) -> None:
    pair_id, numbers = figures
    opened.enrol(pair_id, "Sam's first 90 days", SAM.public().card(), NOW)
    opened.receive(seal(PRIYA, pair_id, 1, NOW + dt.timedelta(days=2), dict(numbers, day=30)), NOW)
    opened.receive(seal(SAM, pair_id, 1, NOW + dt.timedelta(days=1), dict(numbers, day=29)), NOW)  # older
    (row,) = opened.latest()
    assert row["figures"]["day"] == 30 and row["published_at"] == NOW + dt.timedelta(days=2)
    assert [h["figures"]["day"] for h in kept(opened, pair_id)] == [29, 30]


def test_hostile_snapshots_are_refused_and_change_nothing(
    opened: hub.Hub, figures: tuple[str, dict[str, object]]
) -> None:
    pair_id, numbers = figures
    opened.receive(seal(PRIYA, pair_id, 5, NOW, numbers), NOW)
    refusals = {
        "a device this hub does not know": seal(EVE, pair_id, 9, NOW, numbers),
        "this hub has number 5": seal(PRIYA, pair_id, 4, NOW, numbers),  # a replay of an older one
        "enrolled for another pair": seal(PRIYA, "0f0f0f0f-0000-4000-8000-000000000000", 9, NOW, numbers),
        "signature does not match": seal(PRIYA, pair_id, 9, NOW, numbers).replace(b'"day": ', b'"day": 1'),
        "a snapshot is at most": b" " * (MAX_BYTES + 1),
    }
    for said, data in refusals.items():
        with pytest.raises(SnapshotRefused, match=said):
            opened.receive(data, NOW)
    assert [h["sequence"] for h in kept(opened, pair_id)] == [5]
    absurd = json.loads(seal(PRIYA, pair_id, 9, NOW, numbers))
    absurd["snapshot"]["figures"]["sessions_held"] = 10**12
    with pytest.raises(SnapshotRefused):
        opened.receive(json.dumps(absurd).encode(), NOW)
    assert len(kept(opened, pair_id)) == 1


def test_a_folder_is_imported_file_by_file_and_again_without_doubles(
    opened: hub.Hub, figures: tuple[str, dict[str, object]], tmp_path: Path
) -> None:
    pair_id, numbers = figures
    folder = tmp_path / "programme"
    folder.mkdir()
    for sequence in (1, 2):
        (folder / f"snapshot-{pair_id[:8]}-{sequence:05d}.mdsnapshot").write_bytes(
            seal(PRIYA, pair_id, sequence, NOW, numbers)
        )
    (folder / "snapshot-forged-00001.mdsnapshot").write_bytes(seal(EVE, pair_id, 1, NOW, numbers))
    (folder / "notes.txt").write_text("not a snapshot, not read")
    report = opened.import_folder(folder, NOW)
    assert [r.sequence for r in report.received] == [1, 2] and report.already == 0
    assert [name for name, _why in report.refused] == ["snapshot-forged-00001.mdsnapshot"]
    again = opened.import_folder(folder, NOW)
    assert (again.received, again.already, len(again.refused)) == ([], 2, 1)


def test_people_and_the_taxonomy_give_mentors_their_load_and_suggestions(
    opened: hub.Hub, figures: tuple[str, dict[str, object]]
) -> None:
    people = People(opened)
    for name in ("Observability", "Incident response", "System design"):
        people.add_competency(name)
    people.save_person("Priya", "mentor", capacity=1, strengths=["Observability", "Incident response"])
    people.save_person("Omar", "mentor", capacity=2, strengths=["observability"])
    people.save_person("Sam", "mentee", goals=["Observability", "System design"])
    people.save_person("Kim", "mentee", goals=["Incident response"])
    with pytest.raises(hub.HubError, match="not in the programme's competencies: Rust"):
        people.save_person("Lee", "mentee", goals=["Rust"])
    people.assign(figures[0], "Priya", "Sam")
    loads = {m.name: (m.capacity, m.mentees) for m in people.mentors()}
    assert loads == {"Priya": (1, ("Sam",)), "Omar": (2, ())}
    ranked = people.suggestions("Kim")
    assert [s.mentor for s in ranked] == ["Omar", "Priya"]  # Priya covers Kim's goal but is full
    assert ranked[1].reasons[1] == "full: no free place"
    assert [s.mentor for s in people.suggestions("Sam")] == ["Omar"]  # not the mentor Sam has
    with pytest.raises(hub.HubError, match="not one of the programme's mentees"):
        people.suggestions("Nobody")


def test_the_lights_say_what_needs_a_leads_attention() -> None:
    base = {"longest_gap_days": 7, "cadence_days": 7, "day": 40, "calibration_day": 30, "milestones_late": 0}
    assert set(lights(base, NOW, NOW).values()) == {Light.GREEN}
    worse = dict(base, longest_gap_days=20, calibration_day=None, milestones_late=2)
    assert lights(worse, NOW - dt.timedelta(days=20), NOW) == {
        "cadence": Light.RED,
        "calibration": Light.RED,
        "milestones": Light.RED,
        "publish": Light.AMBER,
    }
    assert set(lights(None, None, NOW).values()) == {Light.NONE}


def test_the_command_line_runs_a_hub_from_publish_to_status(
    hub_url: str,
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(HUB_URL_ENV, hub_url)
    db = ["--db", str(demo_path)]
    folder = tmp_path / "programme"
    folder.mkdir()
    assert main(["programme", "init"]) == 0
    assert main(["identity", "init", *db, "--name", "Priya Raman"]) == 0
    assert main(["programme", "publish", *db, "--pairing", PAIRING, "--url", hub_url]) == 2  # not enrolled
    assert "does not know: enrol its pairing card first" in capsys.readouterr().err
    assert main(["identity", "card", *db, "--out", str(tmp_path / "priya.card")]) == 0
    services = Services.open(demo_path)
    pair_id = services.pairings.find(PAIRING).id
    services.close()
    card = str(tmp_path / "priya.card")
    enrol = ["--card", card, "--pairing-id", pair_id, "--name", "Sam", "--cohort", "A"]
    assert main(["programme", "enrol", *enrol]) == 0
    assert main(["programme", "publish", *db, "--pairing", PAIRING, "--out", str(folder)]) == 0
    capsys.readouterr()
    assert main(["programme", "import", str(folder)]) == 0
    assert capsys.readouterr().out.startswith("1 received, 0 already here, 0 refused")
    assert main(["programme", "publish", *db, "--pairing", PAIRING, "--url", hub_url]) == 0  # straight in
    assert capsys.readouterr().out.strip() == "published snapshot 2 to the hub"
    assert main(["programme", "status"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("A\tSam\tday ") and "publish=green" in line
    opened = hub.Hub(hub_url)
    assert [h["sequence"] for h in kept(opened, pair_id)] == [1, 2]
    opened.close()


def test_the_command_line_keeps_people_and_suggests_mentors(
    hub_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = ["--url", hub_url]
    assert main(["programme", "init", *url]) == 0
    assert main(["programme", "competency", *url, "--name", "Observability"]) == 0
    assert main(["programme", "person", *url, "--name", "Priya", "--role", "mentor", "--capacity", "2",
                 "--strength", "Observability"]) == 0  # fmt: skip
    assert main(["programme", "person", *url, "--name", "Omar", "--role", "mentor", "--capacity", "2"]) == 0
    assert (
        main(["programme", "person", *url, "--name", "Sam", "--role", "mentee", "--goal", "Observability"])
        == 0
    )
    assert main(["programme", "person", *url, "--name", "Lee", "--role", "mentee", "--goal", "Rust"]) == 2
    assert "not in the programme's competencies: Rust" in capsys.readouterr().err
    assert main(["programme", "match", *url, "--mentee", "Sam"]) == 0
    first, second = capsys.readouterr().out.strip().splitlines()
    assert first.startswith("1. Priya\tcovers 1 of 1 goals: Observability; 2 of 2 places free")
    assert second.startswith("2. Omar\tcovers 0 of 1 goals")


def test_the_dashboard_says_lights_cohorts_load_coverage_and_times(
    opened: hub.Hub, figures: tuple[str, dict[str, object]]
) -> None:
    pair_id, numbers = figures
    people = People(opened)
    people.add_competency("Observability")
    people.add_competency("Capacity planning")
    people.save_person("Priya", "mentor", capacity=1, strengths=["Observability"])
    people.save_person("Sam", "mentee", goals=["Capacity planning"])
    people.assign(pair_id, "Priya", "Sam")
    opened.receive(seal(PRIYA, pair_id, 1, NOW - dt.timedelta(days=20), numbers), NOW)
    opened.receive(
        seal(PRIYA, pair_id, 2, NOW - dt.timedelta(days=3), dict(numbers, sessions_per_month=6.0)), NOW
    )
    text = report_markdown(programme_data(opened, NOW), NOW)
    assert "1 pairs in 1 cohorts, 1 of them publishing" in text
    pair_line = next(line for line in text.splitlines() if "Sam's first 90 days" in line)
    assert pair_line.startswith(f"| Autumn 2026 | Sam's first 90 days | {numbers['day']} |")
    assert "publish" in text and "● green" in pair_line
    cohort_line = next(line for line in text.splitlines() if line.startswith("| Autumn 2026 | 1 |"))
    assert "| 6 |" in cohort_line  # median sessions per month of the newest snapshot
    weeks = text.split("## Over the weeks", 1)[1].split("##", 1)[0]
    (week_row,) = [line for line in weeks.splitlines() if line.startswith("| Autumn 2026 |")]
    cells = [cell.strip() for cell in week_row.strip("|").split("|")][1:]
    older = f"{numbers['sessions_per_month']:g}"
    assert [c for c in cells if c != "–"] == [older, "6"]  # the median of each week's snapshots
    assert "| Priya | 1 (full) | 1 |" in text
    assert "| Capacity planning (no mentor) | 0 | 1 |" in text
    assert "1 of 2 competencies have a mentor strong in them." in text
    assert f"First accepted decision, plan day: {numbers['first_accepted_decision_day']} (n = 1)" in text
    assert "Sam" not in text.replace("Sam's first 90 days", "")  # the hub never had a pair's text


def test_the_dashboard_window_opens_a_hub_and_saves_a_pdf(
    opened: hub.Hub, hub_url: str, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    QSettings().clear()
    monkeypatch.delenv(HUB_URL_ENV, raising=False)
    window = ProgrammeDashboard()
    qtbot.addWidget(window)
    window.url.setText("sqlite:////nowhere/hub.sqlite")
    window.reload()
    assert not window.problem.isHidden() and "could not be read" in window.problem.text()
    window.url.setText(hub_url)
    window.reload()
    assert window.problem.isHidden() and "Sam's first 90 days" in window.view.toPlainText()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "dash.pdf"), ""))
    window.save_button.click()
    assert (tmp_path / "dash.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "dash.md").read_text("utf-8") == window.markdown


def test_the_command_line_writes_the_dashboard_as_a_pdf(
    opened: hub.Hub, hub_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["programme", "report", "--url", hub_url, "--out", str(tmp_path / "programme.pdf")]) == 0
    assert (tmp_path / "programme.pdf").read_bytes().startswith(b"%PDF")
    assert "## Competency coverage" in (tmp_path / "programme.md").read_text("utf-8")


def test_no_text_of_the_pairing_reaches_the_hub(
    opened: hub.Hub, demo: Services, demo_path: Path, tmp_path: Path
) -> None:
    """The demo's pairing publishes into the hub; no sentence or name of its file is anywhere in it."""
    pairing = demo.pairings.find(PAIRING)
    PublishService(demo.db).publish(pairing, PRIYA, tmp_path, NOW, UTC)
    assert len(opened.import_folder(tmp_path, NOW).received) == 1
    texts = set()
    with sqlite3.connect(demo_path) as conn:
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            if not table.startswith("search"):
                for row in conn.execute(f'SELECT * FROM "{table}"'):
                    texts |= {v for v in row if isinstance(v, str) and " " in v.strip() and len(v) >= 6}
    held = []
    with opened.engine.connect() as connection:
        for table in schema.metadata.sorted_tables:
            for row in connection.execute(table.select()):
                held += [json.dumps(v, default=str) if not isinstance(v, str) else v for v in row]
    everything = "\n".join(held)
    assert "Sam's first 90 days" in everything  # what the lead typed is there
    assert not sorted(text for text in texts if text in everything)


def test_the_sync_menu_publishes_straight_to_a_hub(
    window: MainWindow, hub_url: str, monkeypatch: pytest.MonkeyPatch, memory_keyring: object
) -> None:
    QSettings().clear()
    pairing = window.current_pairing()
    assert pairing is not None
    window.services.sync.create_identity("Priya Raman")
    hub.init(hub_url)
    opened = hub.Hub(hub_url)
    said: list[str] = []

    def to_the_hub(dialog: PublishDialog) -> int:
        dialog.to_hub.setChecked(True)
        dialog.hub.setText(hub_url)
        dialog.publish_button.click()  # not enrolled yet: refused, said, the dialog stays open
        said.append(dialog.problem.text())
        opened.enrol(pairing.id, "Sam", window.services.sync.identity().public().card(), NOW)
        dialog.publish_button.click()
        return dialog.result()

    monkeypatch.setattr(PublishDialog, "exec", to_the_hub)
    window.sync.publish_action.trigger()
    assert "does not know" in said[0]
    assert [h["sequence"] for h in kept(opened, pairing.id)] == [1]
    assert "the hub (snapshot 1)" in window.statusBar().currentMessage()
    opened.close()


def test_a_pairing_adopts_the_programmes_competencies(
    opened: hub.Hub, hub_url: str, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = People(opened)
    services = Services.open(demo_path)
    pairing = services.pairings.find(PAIRING)
    own = [name for name, _d in services.pairings.competencies(pairing.id)]
    services.close()
    people.add_competency(own[0].upper())  # the same competency, written otherwise: not added twice
    people.add_competency("Capacity planning")
    argv = ["programme", "adopt", "--db", str(demo_path), "--pairing", PAIRING, "--url", hub_url]
    assert main(argv) == 0
    assert capsys.readouterr().out.strip() == "added 1 of the programme's 2 competencies: Capacity planning"
    assert main(argv) == 0
    assert capsys.readouterr().out.strip() == "added 0 of the programme's 2 competencies"
    services = Services.open(demo_path)
    now_held = [name for name, _d in services.pairings.competencies(pairing.id)]
    services.close()
    assert sorted(now_held) == sorted([*own, "Capacity planning"])


def test_the_hubs_password_is_kept_in_the_keyring_not_in_its_address(
    memory_keyring: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    address = "postgresql+psycopg://lead@db.example.internal:5432/programme"
    assert credentials.with_password(address).password is None  # nothing kept yet
    monkeypatch.setenv("MENTORDESK_HUB_PASSWORD", "s3cret/p@ss")
    assert main(["programme", "login", "--url", address]) == 0
    assert "lead@db.example.internal:5432/programme" in capsys.readouterr().out
    found = credentials.with_password(address)
    assert (found.username, found.password, found.host, found.database) == (
        "lead",
        "s3cret/p@ss",
        "db.example.internal",
        "programme",
    )
    given = "postgresql+psycopg://lead:other@db.example.internal:5432/programme"
    assert credentials.with_password(given).password == "other"  # a password in the address is kept
    assert credentials.with_password("sqlite:////srv/hub.sqlite").password is None
    with pytest.raises(ValueError, match="names no user"):
        credentials.remember("postgresql+psycopg://db.example.internal/programme", "x")


def test_a_matched_pair_is_invited_and_their_first_exchange_needs_no_more(
    hub_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: object
) -> None:
    hub.init(hub_url)
    opened = hub.Hub(hub_url)
    people = People(opened)
    people.add_competency("Observability")
    people.save_person("Priya Raman", "mentor", capacity=2, strengths=["Observability"])
    people.save_person("Sam Okafor", "mentee", goals=["Observability"])
    opened.close()
    url = ["--url", hub_url]
    invitation = tmp_path / "invite.mdinvite"
    assert main(["programme", "invite", *url, "--mentor", "Priya Raman", "--mentee", "Sam Okafor",
                 "--start", "2026-12-07", "--cohort", "Winter", "--out", str(invitation)]) == 0  # fmt: skip
    pair_id = json.loads(invitation.read_text("utf-8"))["pairing"]
    priya, sam = ["--db", str(tmp_path / "priya.sqlite")], ["--db", str(tmp_path / "sam.sqlite")]
    for db, name in ((priya, "Priya Raman"), (sam, "Sam Okafor")):
        assert main(["identity", "init", *db, "--name", name]) == 0
        assert main(["identity", "card", *db, "--out", str(tmp_path / f"{name.split()[0]}.card")]) == 0
    assert main(["identity", "import-card", str(tmp_path / "Priya.card"), *sam]) == 0  # kept unlinked
    assert main(["programme", "accept", str(invitation), "--role", "mentor", *priya]) == 0
    assert main(["programme", "accept", str(invitation), "--role", "mentee", *sam]) == 0
    name = "Priya Raman & Sam Okafor"
    assert main(["identity", "import-card", str(tmp_path / "Sam.card"), *priya, "--pairing", name]) == 0
    assert main(["export", *priya, "--pairing", name, "--out", str(tmp_path / "first.mdbundle")]) == 0
    capsys.readouterr()
    assert main(["import", str(tmp_path / "first.mdbundle"), *sam]) == 0  # no --accept-new-pairing
    assert "imported export 1 from Priya Raman" in capsys.readouterr().out
    for db in (priya, sam):
        copy = Services.open(Path(db[1]))
        pairing = copy.pairings.find(name)
        assert pairing.id == pair_id and pairing.start_date == dt.date(2026, 12, 7)
        assert [n for n, _d in copy.pairings.competencies(pairing.id)] == ["Observability"]
        copy.close()
    opened = hub.Hub(hub_url)
    (row,) = opened.latest()
    assert (row["id"], row["name"], row["cohort"]) == (pair_id, name, "Winter")
    assert {m.name: m.mentees for m in People(opened).mentors()} == {"Priya Raman": ("Sam Okafor",)}
    opened.close()


def test_an_invitation_that_is_not_one_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.mdinvite"
    for content, said in (
        (b"[]", "not a MentorDesk invitation"),
        (b'{"format": "mentordesk-programme-invitation", "version": 1, "pairing": "x"}', "damaged"),
    ):
        bad.write_bytes(content)
        assert (
            main(["programme", "accept", str(bad), "--role", "mentee", "--db", str(tmp_path / "a.db")]) == 2
        )
        assert said in capsys.readouterr().err
