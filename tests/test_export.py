"""Exports of a pairing: every kind of record as a valid envelope, private ones never, only what changed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import keyring
import pytest
import time_machine
from keyring.backends import fail

from mentordesk.cli import main
from mentordesk.domain import Cadence, NewPairing, Role, Visibility
from mentordesk.services import Services
from mentordesk.storage.models import Setting
from mentordesk.sync.bundle import open_bundle
from mentordesk.sync.devices import DeviceService
from mentordesk.sync.envelopes import validate_record
from mentordesk.sync.exporting import STATE_PREFIX, ExportService
from mentordesk.sync.identity import DeviceIdentity
from mentordesk.sync.records import collect, kinds

PHRASE = "correct horse battery"


def test_every_kind_of_record_exports_as_a_valid_envelope(demo: Services) -> None:
    pairing = demo.pairings.list_pairings()[0]
    with demo.db.read() as session:
        records, preview = collect(session, pairing.id)
    for item in records:
        validate_record(item)
    exported = {item["kind"] for item in records}
    assert {
        "pairing",
        "person",
        "card",
        "decision",
        "mentoring_session",
        "archeology_event",
        "era",
    } <= exported
    assert exported <= set(kinds())
    card = next(r for r in records if r["kind"] == "card" and r["fields"]["competencies"])
    assert all(len(c) == 36 for c in card["fields"]["competencies"])  # linked by id
    assert all(r["version"] for r in records)  # every record carries its version vector
    private_titles = {
        c.title
        for c in demo.plans.cards(pairing.id, include_archived=True)
        if c.visibility is Visibility.PRIVATE
    }
    assert private_titles and not private_titles & {r["fields"].get("title") for r in records}
    assert preview.private_left_out >= len(private_titles)
    assert ("decision", "Sam's workload cap during the promotion window") in preview.confidential


def test_records_stored_with_the_same_versions_are_given_their_own_copies(demo: Services) -> None:
    """An export decodes a stored text once and hands it to every row holding it: each envelope must
    still hold values of its own, so one changed on its way out cannot change another."""
    pairing = demo.pairings.list_pairings()[0]
    with demo.db.read() as session:
        records, _preview = collect(session, pairing.id)
    shared = [r["version"] for r in records if r["version"] == records[-1]["version"]]
    assert len(shared) > 10
    assert len({id(v) for v in shared}) == len(shared)
    decision = next(r for r in records if r["kind"] == "decision" and r["fields"]["options"] != "[]")
    assert isinstance(decision["fields"]["options"], str)  # JSON fields travel as their text


def test_exports_carry_what_changed_since_the_last_one(demo: Services, tmp_path: Path) -> None:
    pairing = demo.pairings.list_pairings()[0]
    me, partner = DeviceIdentity.generate("Priya", demo.db.install_id), DeviceIdentity.generate("Sam")
    exports = ExportService(demo.db)
    first, preview = exports.export(pairing.id, tmp_path / "1.mdbundle", me, partner=partner.public())
    assert first.sequence == 1 and sum(first.counts.values()) == sum(preview.counts.values()) > 100
    card = demo.plans.cards(pairing.id)[0]
    demo.board.update_card(card.id, dataclasses.replace(demo.board.draft(card.id), title="Renamed"))
    second, _preview = exports.export(pairing.id, tmp_path / "2.mdbundle", me, partner=partner.public())
    assert second.sequence == 2 and second.counts == {"card": 1}
    bundle = open_bundle(
        (tmp_path / "2.mdbundle").read_bytes(), identity=partner, known_sender={me.device_id: me.public()}.get
    )
    (changed,) = bundle.records
    assert changed["id"] == card.id and changed["fields"]["title"] == "Renamed"
    assert changed["version"][demo.db.install_id] >= 2
    everything, _preview = exports.export(
        pairing.id, tmp_path / "3.mdbundle", me, partner=None, password=PHRASE, everything=True
    )
    assert sum(everything.counts.values()) == sum(first.counts.values())
    with pytest.raises(ValueError, match="pairing card first"):
        exports.export(pairing.id, tmp_path / "4.mdbundle", me, partner=None)


def test_an_edit_made_while_the_clock_stands_behind_the_last_export_still_travels(
    services: Services, tmp_path: Path
) -> None:
    """NTP stepping back, a flight across time zones or a dead CMOS battery: an edit stamped earlier
    than the last export is still an edit made after it."""
    noon = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
    me, partner = DeviceIdentity.generate("Priya", services.db.install_id), DeviceIdentity.generate("Sam")
    exports = ExportService(services.db)
    with time_machine.travel(noon, tick=False):
        pairing = services.pairings.create(
            NewPairing("Sam", Role.MENTEE, "Priya", dt.date(2026, 3, 1), Cadence.WEEKLY), name="Priya → Sam"
        )
        column = services.plans.columns(pairing.id)[0]
        card_id = services.plans.add_card(column.id, "Read the runbook")
        exports.export(pairing.id, tmp_path / "1.mdbundle", me, partner=partner.public())
    with time_machine.travel(noon - dt.timedelta(hours=3), tick=False):
        services.board.update_card(
            card_id, dataclasses.replace(services.board.draft(card_id), title="Renamed")
        )
        assert exports.preview(pairing.id).counts == {"card": 1}
        second, _preview = exports.export(pairing.id, tmp_path / "2.mdbundle", me, partner=partner.public())
    assert second.counts == {"card": 1}
    with time_machine.travel(noon + dt.timedelta(days=1), tick=False):
        assert exports.preview(pairing.id).counts == {}  # and nothing travels twice


def test_an_export_state_saved_with_only_a_time_sends_everything_once(demo: Services, tmp_path: Path) -> None:
    """A state written before exports remembered the change counter cannot say what changed since: the
    next export carries everything, then only what changes."""
    pairing = demo.pairings.list_pairings()[0]
    exports = ExportService(demo.db)
    everything = sum(exports.preview(pairing.id, everything=True).counts.values())
    with demo.db.write() as session:
        session.merge(Setting(key=STATE_PREFIX + pairing.id, value={"sequence": 4, "at": "2026-01-01T00:00"}))
    assert sum(exports.preview(pairing.id).counts.values()) == everything
    me, partner = DeviceIdentity.generate("Priya", demo.db.install_id), DeviceIdentity.generate("Sam")
    manifest, _preview = exports.export(pairing.id, tmp_path / "5.mdbundle", me, partner=partner.public())
    assert manifest.sequence == 5 and exports.preview(pairing.id).counts == {}


def test_cli_export_for_the_partner(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", PHRASE)
    try:
        db = ["--db", str(demo_path)]
        assert main(["identity", "init", *db, "--name", "Priya Raman"]) == 0
        out = tmp_path / "for-sam.mdbundle"
        args = ["export", *db, "--pairing", "Priya Raman & Sam Okafor", "--out", str(out)]
        assert main(args) == 2
        assert "pairing card first" in capsys.readouterr().err
        sam = DeviceIdentity.generate("Sam Okafor")
        card = tmp_path / "sam.card"
        card.write_text(sam.public().card())
        assert main(["identity", "import-card", str(card), *db, "--pairing", "Priya Raman & Sam Okafor"]) == 0
        capsys.readouterr()
        assert main(args) == 0
        printed = capsys.readouterr()
        assert "export number 1" in printed.out and "of them are confidential:" in printed.err
        services = Services.open(demo_path)
        try:
            priya = DeviceService(services.db).public()
        finally:
            services.close()
        assert priya is not None
        bundle = open_bundle(out.read_bytes(), identity=sam, known_sender={priya.device_id: priya}.get)
        assert bundle.sender.name == "Priya Raman" and len(bundle.records) > 100
        monkeypatch.setenv("MENTORDESK_EXPORT_PASSWORD", "short")
        assert main([*args, "--password"]) == 2
        assert "at least 8 characters" in capsys.readouterr().err
    finally:
        keyring.set_keyring(previous)


def test_an_export_the_partner_could_not_open_in_one_file_is_written_in_parts(
    demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.sync import bundle

    monkeypatch.setattr(bundle, "MAX_RECORDS_BYTES", 20_000)  # as if the pairing were very large
    pairing = demo.pairings.list_pairings()[0]
    me, partner = DeviceIdentity.generate("Priya", demo.db.install_id), DeviceIdentity.generate("Sam")
    out = tmp_path / "large.mdbundle"
    written, _preview = ExportService(demo.db).export(pairing.id, out, me, partner=partner.public())
    assert len(written.files) > 1 and not out.exists()
    assert all(path.stat().st_size <= bundle.MAX_FILE_BYTES for path in written.files)
    assert ExportService(demo.db).last_export(pairing.id) is not None


def test_a_record_too_large_for_any_file_stops_the_export_before_anything_is_written(
    demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.sync import bundle

    monkeypatch.setattr(bundle, "MAX_RECORDS_BYTES", 2_000)  # smaller than the demo's longest notes
    pairing = demo.pairings.list_pairings()[0]
    me, partner = DeviceIdentity.generate("Priya", demo.db.install_id), DeviceIdentity.generate("Sam")
    out = tmp_path / "too-big.mdbundle"
    with pytest.raises(ValueError, match="more than your partner's MentorDesk opens in one file"):
        ExportService(demo.db).export(pairing.id, out, me, partner=partner.public())
    assert not list(tmp_path.glob("*.mdbundle"))
    assert ExportService(demo.db).last_export(pairing.id) is None  # nothing counts as sent
