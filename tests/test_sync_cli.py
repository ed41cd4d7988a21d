"""`mentordesk identity`, `export` and `import` driving a whole exchange between two databases."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import tarfile
from pathlib import Path

import pytest
from conftest import MemoryKeyring

from mentordesk.cli import main
from mentordesk.services import Services
from mentordesk.sync import exporting

PAIRING = "Priya Raman & Sam Okafor"


def exchange_cards(
    priya: list[str], sam: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Both make their keys and swap pairing cards: Priya links Sam's to her pairing, Sam keeps Priya's
    (the output of that last step is left to read)."""
    assert main(["identity", "init", *priya, "--name", "Priya Raman"]) == 0
    assert main(["identity", "init", *sam, "--name", "Sam Okafor"]) == 0
    assert main(["identity", "card", *priya, "--out", str(tmp_path / "priya.card")]) == 0
    assert main(["identity", "card", *sam, "--out", str(tmp_path / "sam.card")]) == 0
    assert main(["identity", "import-card", str(tmp_path / "sam.card"), *priya, "--pairing", PAIRING]) == 0
    capsys.readouterr()
    assert main(["identity", "import-card", str(tmp_path / "priya.card"), *sam]) == 0


def test_a_whole_exchange_from_the_command_line(
    demo_path: Path,
    db_path: Path,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    priya, sam = ["--db", str(demo_path)], ["--db", str(db_path)]
    exchange_cards(priya, sam, tmp_path, capsys)
    assert "first export creates the pairing here" in capsys.readouterr().out
    first = tmp_path / "first.mdbundle"
    collected = []
    for name in ("collect", "gather"):  # the preview's reading and the export's
        real = getattr(exporting, name)
        monkeypatch.setattr(exporting, name, lambda *a, real=real, **k: collected.append(a) or real(*a, **k))
    assert main(["export", *priya, "--pairing", PAIRING, "--out", str(first)]) == 0
    assert len(collected) == 1  # the preview it prints is of the records it writes, read once
    assert "records" in capsys.readouterr().err
    assert main(["import", *sam, str(first)]) == 2
    assert "does not have yet" in capsys.readouterr().err
    assert main(["import", *sam, str(first), "--accept-new-pairing"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("imported export 1 from Priya Raman into Priya Raman & Sam Okafor (new pairing):")
    assert " 0 conflicts" in out
    assert main(["import", *sam, str(first)]) == 0
    assert "already imported" in capsys.readouterr().out
    # a password-protected export, for a one-off exchange
    monkeypatch.setenv("MENTORDESK_EXPORT_PASSWORD", "a long password")
    locked = tmp_path / "locked.mdbundle"
    assert main(["export", *priya, "--pairing", PAIRING, "--out", str(locked), "--all", "--password"]) == 0
    monkeypatch.setenv("MENTORDESK_EXPORT_PASSWORD", "not the password")
    assert main(["import", *sam, str(locked)]) == 2
    assert "the password is wrong" in capsys.readouterr().err
    monkeypatch.setenv("MENTORDESK_EXPORT_PASSWORD", "a long password")
    assert main(["import", *sam, str(locked)]) == 0
    assert "0 added, 0 updated" in capsys.readouterr().out
    # and back: Sam's edit reaches Priya
    services = Services.open(db_path)
    try:
        [pairing] = services.pairings.list_pairings()
        card = services.plans.cards(pairing.id)[0]
        draft = dataclasses.replace(services.board.draft(card.id), title="Own the ledger service by day 90")
        services.board.update_card(card.id, draft)
    finally:
        services.close()
    back = tmp_path / "back.mdbundle"
    assert main(["export", *sam, "--out", str(back)]) == 0
    assert main(["import", *priya, str(back)]) == 0
    assert "1 updated" in capsys.readouterr().out
    services = Services.open(demo_path)
    try:
        assert services.board.draft(card.id).title == "Own the ledger service by day 90"
    finally:
        services.close()


def test_a_password_export_brings_its_senders_card_to_accept(
    demo_path: Path,
    db_path: Path,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    priya, sam = ["--db", str(demo_path)], ["--db", str(db_path)]
    assert main(["identity", "init", *priya, "--name", "Priya Raman"]) == 0
    assert main(["identity", "init", *sam, "--name", "Sam Okafor"]) == 0
    monkeypatch.setenv("MENTORDESK_EXPORT_PASSWORD", "a long password")
    locked = tmp_path / "one-off.mdbundle"
    assert main(["export", *priya, "--pairing", PAIRING, "--out", str(locked), "--password"]) == 0
    assert main(["identity", "show", *priya]) == 0
    fingerprint = next(
        line.split("\t", 1)[1]
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("fingerprint\t")
    )

    assert main(["import", *sam, str(locked)]) == 2  # no card of Priya's here: it names hers to compare
    said = capsys.readouterr().err
    assert "from Priya Raman, whose pairing card is not kept here" in said and fingerprint in said
    assert "--accept-card" in said
    assert main(["import", *sam, str(locked), "--accept-card"]) == 2
    assert "Accept it to create the pairing" in capsys.readouterr().err
    assert main(["import", *sam, str(locked), "--accept-card", "--accept-new-pairing"]) == 0
    assert f"from Priya Raman into {PAIRING}" in capsys.readouterr().out
    services = Services.open(db_path)
    try:
        pairing = services.pairings.find(PAIRING)
        partner = services.sync.devices.partner(pairing.id)
        assert partner is not None and partner.fingerprint == fingerprint
    finally:
        services.close()
    # from now on Sam's exports are encrypted to Priya's key, which he keeps
    assert main(["identity", "card", *sam, "--out", str(tmp_path / "sam.card")]) == 0
    assert main(["identity", "import-card", str(tmp_path / "sam.card"), *priya, "--pairing", PAIRING]) == 0
    back = tmp_path / "back.mdbundle"
    assert main(["export", *sam, "--out", str(back)]) == 0
    assert main(["import", *priya, str(back)]) == 0


def test_a_key_export_never_brings_a_card(
    demo_path: Path, db_path: Path, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    from mentordesk.sync.bundle import CARD_MEMBER

    priya, sam = ["--db", str(demo_path)], ["--db", str(db_path)]
    assert main(["identity", "init", *priya, "--name", "Priya Raman"]) == 0
    assert main(["identity", "init", *sam, "--name", "Sam Okafor"]) == 0
    assert main(["identity", "card", *sam, "--out", str(tmp_path / "sam.card")]) == 0
    assert main(["identity", "import-card", str(tmp_path / "sam.card"), *priya, "--pairing", PAIRING]) == 0
    assert main(["identity", "export-age", *sam, "--out", str(tmp_path / "sam.key")]) == 0
    out = tmp_path / "keyed.mdbundle"
    assert main(["export", *priya, "--pairing", PAIRING, "--out", str(out)]) == 0
    plain = subprocess.run(
        ["age", "-d", "-i", str(tmp_path / "sam.key"), str(out)], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        assert CARD_MEMBER not in tar.getnames()


def test_a_first_export_in_parts_from_the_command_line(
    demo_path: Path,
    db_path: Path,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mentordesk.sync import bundle

    monkeypatch.setattr(bundle, "MAX_RECORDS_BYTES", 40 * 1024)  # as if the pairing were very large
    priya, sam = ["--db", str(demo_path)], ["--db", str(db_path)]
    exchange_cards(priya, sam, tmp_path, capsys)
    capsys.readouterr()
    assert main(["export", *priya, "--pairing", PAIRING, "--out", str(tmp_path / "first.mdbundle")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "in " in out[0] and "parts" in out[0] and "import them in this order:" in out[0]
    listed = [Path(line.split()[0]) for line in out[1:]]
    assert len(listed) >= 3 and listed == sorted(tmp_path.glob("first-part*-of-*.mdbundle"))
    assert main(["import", *sam, str(listed[1]), "--accept-new-pairing"]) == 2
    assert "import part 1 first" in capsys.readouterr().err
    for path in listed:
        assert main(["import", *sam, str(path), "--accept-new-pairing"]) == 0
    summary = capsys.readouterr().out
    assert summary.count("imported export") == len(listed) and "(new pairing)" in summary
    mentor, mentee = Services.open(demo_path), Services.open(db_path)
    try:
        pairing = mentor.pairings.find(PAIRING)
        sent = mentor.decisions.list_decisions(pairing.id)
        assert [d.id for d in mentee.decisions.list_decisions(pairing.id)] == [d.id for d in sent]
    finally:
        mentor.close()
        mentee.close()
