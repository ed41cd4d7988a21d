"""`mentordesk identity …`: the device identity and partners' pairing cards, without a window.

The passphrase (needed only when there is no secure system keyring) comes from $MENTORDESK_PASSPHRASE,
or is asked for on the terminal; a script without a terminal must set the variable."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from mentordesk.files import read_limited, write_atomically
from mentordesk.services import Services
from mentordesk.sync.devices import DeviceService

PASSPHRASE_ENV = "MENTORDESK_PASSPHRASE"


def secret(
    env: str, unattended: str, prompts: tuple[str, str], *, confirm: bool, mismatch: str, intro: str = ""
) -> str:
    """A secret from the environment variable `env`, or typed on the terminal (a second time, to the
    second prompt, when `confirm`); without either, ValueError(`unattended`)."""
    given = os.environ.get(env)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise ValueError(unattended)
    if intro:
        print(intro, file=sys.stderr)
    first = getpass.getpass(prompts[0])
    if confirm and getpass.getpass(prompts[1]) != first:
        raise ValueError(mismatch)
    return first


def passphrase_asker(confirm: bool) -> Callable[[], str]:
    return lambda: secret(
        PASSPHRASE_ENV,
        f"There is no secure system keyring, so the keys are sealed with a passphrase: set "
        f"{PASSPHRASE_ENV} or run this in a terminal.",
        ("Passphrase: ", "Passphrase again: "),
        confirm=confirm,
        mismatch="The two passphrases differ; nothing was created.",
        intro="There is no secure system keyring: the device's keys are sealed with a passphrase.",
    )


def run_identity(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.cli import _pairing

    services = Services.open(db_path)
    devices = DeviceService(services.db)
    try:
        command = args.identity_command
        if command == "init":
            me = services.pairings.me()
            name = args.name or (me.name if me else "")
            public = devices.init(name, devices.store(passphrase_asker(confirm=True)))
            print(f"created the identity of {public.name}: fingerprint {public.fingerprint}")
            print(f"secret keys kept in {devices.where_stored()}")
        elif command == "show":
            shown = devices.public()
            if shown is None:
                print("no identity yet: run `mentordesk identity init`")
                return 1
            print(f"name\t{shown.name}\ndevice\t{shown.device_id}\nage\t{shown.recipient}")
            print(f"fingerprint\t{shown.fingerprint}\nkeys\t{devices.where_stored()}")
        elif command == "card":
            mine = devices.public()
            if mine is None:
                raise ValueError("This database has no device identity yet: run `mentordesk identity init`.")
            out = Path(args.out).expanduser()
            write_atomically(out, mine.card().encode("utf-8"))
            print(f"wrote the pairing card of {mine.name} to {out} (fingerprint {mine.fingerprint})")
        elif command == "import-card":
            none_yet = not args.pairing and not services.pairings.list_pairings()
            pairing = None if none_yet else _pairing(services, args.pairing, db_path)
            source = Path(args.card_file).expanduser()
            text = read_limited(source, 4000, "pairing card").decode("utf-8", errors="replace")
            partner = devices.import_card(pairing.id if pairing else None, text)
            if pairing is None:
                print(f"kept the card of {partner.name}: fingerprint {partner.fingerprint}")
                print("their first export creates the pairing here (import it with --accept-new-pairing)")
            else:
                print(f"linked {partner.name} to {pairing.name}: fingerprint {partner.fingerprint}")
            print("compare it aloud with your partner before you exchange exports")
        else:  # export-age
            identity = devices.load(devices.store(passphrase_asker(confirm=False)))
            out = Path(args.out).expanduser()
            text = (
                f"# created: {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}\n"
                f"# public key: {identity.public().recipient}\n{identity.age_secret}\n"
            )
            write_atomically(out, text.encode("ascii"))
            out.chmod(0o600)
            print(f"wrote the age identity to {out}: keep it private; `age -d -i {out.name} FILE` decrypts")
    finally:
        services.close()
    return 0
