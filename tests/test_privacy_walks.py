"""Private stays on this machine, confidential reaches only the partner, Review mode shows neither.

Each walk runs over a pairing whose every hidden text carries a unique marker (secrets_seed.py),
including text that hangs under a hidden record or was derived from one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from screen_audit import audit, audit_every_page
from secrets_seed import NOW, TODAY, Secrets, seed

from mentordesk.app import create_application
from mentordesk.domain import RecordKind, Role, Visibility
from mentordesk.services import NotFoundError, Services
from mentordesk.services.redaction import ReviewSwitch, guarded
from mentordesk.sync.bundle import open_bundle
from mentordesk.sync.exporting import ExportService
from mentordesk.sync.identity import DeviceIdentity
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import MainWindow


@pytest.fixture
def secrets(services: Services) -> Secrets:
    return seed(services)


def _leaks(value: Any, markers: list[str]) -> list[str]:
    shown = repr(value)
    return [m for m in markers if m in shown]


def _everything_services_show(
    services: Services, ids: Services, pairing_id: str
) -> Iterator[tuple[str, Any]]:
    """What every reading service returns for the pairing; `ids` (not in Review mode) names the records
    to ask for directly, hidden ones included."""
    pairing = services.pairings.get(pairing_id)

    def ask(where: str, call: Any, *args: Any) -> Iterator[tuple[str, Any]]:
        try:
            yield where, call(*args)
        except NotFoundError:
            yield where, None

    yield from ask("pairings", services.pairings.list_pairings)
    yield from ask("cards", lambda: services.plans.cards(pairing_id, include_archived=True))
    for card in ids.plans.cards(pairing_id, include_archived=True):
        yield from ask(f"card {card.id}", services.plans.card, card.id)
        yield from ask(f"checklist {card.id}", services.board.checklist, card.id)
        yield from ask(f"links {card.id}", services.links.links_of, RecordKind.CARD, card.id)
    yield from ask("sessions", services.sessions.list_sessions, pairing_id, NOW)
    for session in ids.sessions.list_sessions(pairing_id, NOW):
        yield from ask(f"session {session.id}", services.sessions.detail, session.id)
    yield from ask("open actions", services.sessions.open_actions, pairing_id)
    yield from ask("all actions", services.sessions.all_actions, pairing_id)
    yield from ask("decisions", services.decisions.list_decisions, pairing_id)
    for decision in ids.decisions.list_decisions(pairing_id):
        yield from ask(f"decision {decision.id}", services.decisions.detail, decision.id)
    yield from ask("awaiting review", services.decisions.awaiting_review_by, pairing_id, Role.MENTOR)
    yield from ask("revisits", services.decisions.revisit_due, pairing_id, TODAY)
    yield from ask("events", services.archeology.events, pairing_id)
    for event in ids.archeology.events(pairing_id):
        yield from ask(f"event {event.id}", services.archeology.event, event.id)
    yield from ask("eras", services.archeology.eras, pairing_id)
    yield from ask("draft agenda", services.prepare.draft_agenda, pairing, NOW)
    yield from ask("cards needing attention", services.prepare.cards_needing_attention, pairing_id, NOW)
    yield from ask("metrics", services.metrics.metrics, pairing, NOW)
    yield from ask("report", services.report.data, pairing, pairing.start_date, TODAY)
    yield from ask("calendar", services.calendar.schedule, pairing)
    yield from ask("templates", services.templates.templates)


def test_review_mode_services_return_nothing_hidden(services: Services, secrets: Secrets) -> None:
    assert secrets.pairing is not None
    pairing_id = secrets.pairing.id
    shown_outside = "".join(
        repr(v) for _where, v in _everything_services_show(services, services, pairing_id)
    )
    assert all(m in shown_outside for m in secrets.all)  # outside Review mode every marker is reachable

    review = guarded(services, ReviewSwitch(on=True))
    for where, value in _everything_services_show(review, services, pairing_id):
        assert not _leaks(value, secrets.all), f"{where} shows hidden text in Review mode"
    for marker in secrets.all:
        assert review.search.search(marker) == [], marker
    indexed = [m for m in secrets.all if services.search.search(m)]
    assert len(indexed) >= len(secrets.all) - 2  # the index holds every hidden text but the tag names


@pytest.fixture
def window(qtbot: QtBot, services: Services, secrets: Secrets) -> Iterator[MainWindow]:
    create_application()
    QSettings().clear()
    main = MainWindow(services, ChangeHub())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.review.set_on(False, confirm=False)


def test_review_mode_window_shows_nothing_hidden(window: MainWindow, secrets: Secrets) -> None:
    assert secrets.pairing is not None
    window.review.set_on(True)
    audit_every_page(window, secrets.all, secrets.pairing.id)
    for marker in secrets.all:
        window.search_box.setText(marker)
        window.search_box.run_search()
        assert window.search_box.hits() == [], marker
        window.search_box.clear()
        audit(window, secrets.all, f"search for {marker}")


def test_an_export_leaves_private_text_home_and_names_every_confidential_item(
    services: Services, secrets: Secrets, tmp_path: Path
) -> None:
    assert secrets.pairing is not None
    me, partner = DeviceIdentity.generate("Priya", services.db.install_id), DeviceIdentity.generate("Sam")
    out = tmp_path / "export.mdbundle"
    _manifest, preview = ExportService(services.db).export(
        secrets.pairing.id, out, me, partner=partner.public(), everything=True
    )
    bundle = open_bundle(out.read_bytes(), identity=partner, known_sender={me.device_id: me.public()}.get)
    travelled = json.dumps(bundle.records)
    assert not _leaks(travelled, secrets.private)
    assert all(m in travelled for m in secrets.confidential)  # confidential text does reach the partner
    named = "\n".join(preview.lines())
    for record in bundle.records:
        text = json.dumps(record["fields"])
        if _leaks(text, secrets.confidential):
            kind = record["kind"].replace("_", " ")
            assert any(line.startswith(f"  {kind}: ") for line in named.splitlines()), record
    assert len(preview.confidential) >= sum(
        1 for r in bundle.records if _leaks(json.dumps(r["fields"]), secrets.confidential)
    )


def test_a_carried_action_holds_no_copy_of_its_text(services: Services, secrets: Secrets) -> None:
    """The new session's agenda shows each open action through the action itself: editing or hiding
    the action changes the point, and the point's own record holds nothing to leak."""
    assert secrets.pairing is not None
    upcoming = [s for s in services.sessions.list_sessions(secrets.pairing.id, NOW) if s.starts_at >= NOW]
    detail = services.sessions.detail(upcoming[0].id)
    carried = [a for a in detail.agenda if a.carried_from is not None]
    assert carried and all(a.visibility is not Visibility.SHARED for a in carried if "zq" in a.text)
    action = services.sessions.all_actions(secrets.pairing.id)[0]
    services.session_edits.update_action(
        action.id, text="Renamed action", owner=action.owner, due_date=action.due_date, done=False
    )
    shown = {a.text for a in services.sessions.detail(upcoming[0].id).agenda}
    assert "Open action: Renamed action (mentee)" in shown
