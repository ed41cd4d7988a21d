"""Exports of a pairing: every kind of record as a valid envelope, private ones never, only what changed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from mentordesk.cli import main
from mentordesk.domain import Visibility
from mentordesk.services import Services
from mentordesk.sync.bundle import open_bundle, validate_record
from mentordesk.sync.devices import DeviceService
from mentordesk.sync.exporting import ExportService
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
