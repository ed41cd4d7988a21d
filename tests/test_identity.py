"""Device identities, where their secrets live, and partners' pairing cards."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import keyring
import keyring.errors
import pytest
from conftest import MemoryKeyring
from keyring.backends import fail, null
from pyrage import encrypt, x25519

from mentordesk.cli import main
from mentordesk.services import Services
from mentordesk.storage.models import Setting
from mentordesk.sync import keystore
from mentordesk.sync.devices import DeviceService, IdentityError
from mentordesk.sync.identity import CardError, DeviceIdentity, parse_card
from mentordesk.sync.keystore import KeyringStore, KeyStoreError, PassphraseStore, is_secure

PHRASE = "correct horse battery"


def chain(*inner: object) -> Any:
    """Stands for keyring's chainer, which chains whatever is installed: what matters is `backends`."""
    return SimpleNamespace(backends=list(inner))


def test_only_secure_keyrings_count() -> None:
    assert not is_secure(fail.Keyring())
    assert not is_secure(null.Keyring())
    assert not is_secure(chain(fail.Keyring(), null.Keyring()))
    assert is_secure(MemoryKeyring())
    assert is_secure(chain(fail.Keyring(), MemoryKeyring()))


def test_identity_in_a_secure_keyring(services: Services, memory_keyring: MemoryKeyring) -> None:
    devices = DeviceService(services.db)
    store = devices.store(lambda: pytest.fail("no passphrase is asked when the keyring is secure"))
    assert isinstance(store, KeyringStore)
    public = devices.init("Priya", store)
    assert devices.load(devices.store(lambda: "")).public() == public
    assert list(memory_keyring.entries) == [("MentorDesk", devices.secret_name())]
    with services.db.read() as session:
        assert all(not row.key.startswith("device.sealed.") for row in session.query(Setting))
    with pytest.raises(IdentityError, match="already has a device identity"):
        devices.init("Priya", store)
    memory_keyring.locked = True
    with pytest.raises(IdentityError, match="keyring is locked"):
        devices.load(devices.store(lambda: ""))


def test_without_a_secure_keyring_the_keys_are_sealed_with_a_passphrase(services: Services) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        devices = DeviceService(services.db)
        asked: list[str] = []
        store = devices.store(lambda: asked.append("asked") or PHRASE)  # type: ignore[func-returns-value]
        assert isinstance(store, PassphraseStore) and asked == ["asked"]
        public = devices.init("Sam", store)
        assert "sealed with your passphrase" in devices.where_stored()
        assert devices.load(devices.store(lambda: PHRASE)).public() == public
        with pytest.raises(IdentityError, match="Wrong passphrase"):
            devices.load(devices.store(lambda: "not the passphrase"))
        with pytest.raises(ValueError, match="at least 8 characters"):
            devices.store(lambda: "short")
    finally:
        keyring.set_keyring(previous)


def test_two_databases_keep_separate_identities(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    first, second = Services.open(tmp_path / "a.sqlite"), Services.open(tmp_path / "b.sqlite")
    try:
        a, b = DeviceService(first.db), DeviceService(second.db)
        mine = a.init("Priya", a.store(lambda: PHRASE))
        theirs = b.init("Priya", b.store(lambda: PHRASE))
        assert a.install_id() != b.install_id() and mine.fingerprint != theirs.fingerprint
        assert a.load(a.store(lambda: "")).public() == mine and b.load(b.store(lambda: "")).public() == theirs
    finally:
        first.close()
        second.close()


def test_pairing_cards_are_read_strictly() -> None:
    identity = DeviceIdentity.generate("Sam Okafor")
    card = identity.public().card()
    assert parse_card(card) == identity.public()
    assert parse_card("\n\n  " + card.replace("\n", "\r\n") + "  \n") == identity.public()
    other = str(x25519.Identity.generate().to_public())
    cases = {
        card.replace(identity.public().recipient, other): "altered",
        card.replace("version: 1", "version: 2"): "newer MentorDesk",
        "\n".join(line for line in card.splitlines() if not line.startswith("sign:")): "has no sign",
        card.replace("-----END MENTORDESK PAIRING CARD-----", ""): "not a MentorDesk pairing card",
        "hello": "not a MentorDesk pairing card",
        card + "x" * 5000: "far too long",
        card.replace("ed25519:", "ed25519:%%"): "cannot be read",
    }
    for text, message in cases.items():
        with pytest.raises(CardError, match=message):
            parse_card(text)
    signature = identity.sign(b"payload")
    assert identity.public().verify(signature, b"payload") and not identity.public().verify(
        signature, b"other"
    )


def test_cards_link_partners_to_pairings(demo: Services, memory_keyring: MemoryKeyring) -> None:
    devices = DeviceService(demo.db)
    mine = devices.init("Priya", devices.store(lambda: ""))
    pairing = demo.pairings.list_pairings()[0]
    with pytest.raises(CardError, match="own pairing card"):
        devices.import_card(pairing.id, mine.card())
    partner = DeviceIdentity.generate("Sam").public()
    assert devices.import_card(pairing.id, partner.card()) == partner
    assert devices.partner(pairing.id) == partner


def test_cli_identity_commands_and_age_interop(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    age = shutil.which("age")
    assert age is not None, "the age tool is needed (.ci/run installs the Debian package)"
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        db = ["--db", str(demo_path)]
        assert main(["identity", "init", *db]) == 2  # no keyring, no passphrase, no terminal
        assert "MENTORDESK_PASSPHRASE" in capsys.readouterr().err
        monkeypatch.setenv("MENTORDESK_PASSPHRASE", PHRASE)
        assert main(["identity", "init", *db, "--name", "Priya Raman"]) == 0
        assert "fingerprint" in capsys.readouterr().out
        assert main(["identity", "show", *db]) == 0
        shown = capsys.readouterr().out
        card = tmp_path / "priya.card"
        assert main(["identity", "card", *db, "--out", str(card)]) == 0
        assert parse_card(card.read_text()).fingerprint in shown
        partner = tmp_path / "sam.card"
        partner.write_text(DeviceIdentity.generate("Sam Okafor").public().card())
        assert (
            main(["identity", "import-card", str(partner), *db, "--pairing", "Priya Raman & Sam Okafor"]) == 0
        )
        assert "compare it aloud" in capsys.readouterr().out
        key = tmp_path / "priya.key"
        assert main(["identity", "export-age", *db, "--out", str(key)]) == 0
        assert key.stat().st_mode & 0o077 == 0
        recipient = x25519.Recipient.from_str(parse_card(card.read_text()).recipient)
        sealed = tmp_path / "note.age"
        sealed.write_bytes(encrypt(b"only for Priya", [recipient]))
        done = subprocess.run([age, "-d", "-i", str(key), str(sealed)], capture_output=True, check=True)
        assert done.stdout == b"only for Priya"
        monkeypatch.setenv("MENTORDESK_PASSPHRASE", "not the passphrase")
        assert main(["identity", "export-age", *db, "--out", str(tmp_path / "x.key")]) == 2
        assert "Wrong passphrase" in capsys.readouterr().err
    finally:
        keyring.set_keyring(previous)


class Values:
    def __init__(self) -> None:
        self.kept: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.kept.get(name)

    def put(self, name: str, value: str) -> None:
        self.kept[name] = value


def test_keys_are_sealed_at_a_fixed_cost_that_no_machine_load_decides() -> None:
    values = Values()
    PassphraseStore(values, PHRASE).save("device:a", "AGE-SECRET-KEY-1TEST")
    mark, log_n, _body = values.kept["device:a"].split(":", 2)
    assert (mark, int(log_n)) == (keystore.SEALED, keystore.SEAL_LOG_N)
    assert PassphraseStore(values, PHRASE).load("device:a") == "AGE-SECRET-KEY-1TEST"
    with pytest.raises(KeyStoreError, match="Wrong passphrase"):
        PassphraseStore(values, "not the passphrase").load("device:a")
    values.kept["device:b"] = values.kept["device:a"]  # a sealed value moved under another name
    with pytest.raises(KeyStoreError, match="Wrong passphrase"):
        PassphraseStore(values, PHRASE).load("device:b")


def test_a_sealed_value_asking_for_a_huge_cost_is_refused_before_any_work() -> None:
    values = Values()
    PassphraseStore(values, PHRASE).save("device:a", "secret")
    _mark, _log_n, body = values.kept["device:a"].split(":", 2)
    values.kept["device:a"] = f"{keystore.SEALED}:30:{body}"  # 2**30 rounds: 1 TiB of memory
    with pytest.raises(KeyStoreError, match="damaged: scrypt cost 2\\*\\*30"):
        PassphraseStore(values, PHRASE).load("device:a")


def test_keys_sealed_by_age_are_read_then_sealed_again_at_the_fixed_cost() -> None:
    from pyrage import passphrase

    values = Values()
    values.kept["device:a"] = passphrase.encrypt(b"AGE-SECRET-KEY-1OLD", PHRASE).hex()
    with pytest.raises(KeyStoreError, match="Wrong passphrase"):
        PassphraseStore(values, "not the passphrase").load("device:a")
    assert PassphraseStore(values, PHRASE).load("device:a") == "AGE-SECRET-KEY-1OLD"
    assert values.kept["device:a"].startswith(f"{keystore.SEALED}:{keystore.SEAL_LOG_N}:")
    assert PassphraseStore(values, PHRASE).load("device:a") == "AGE-SECRET-KEY-1OLD"
