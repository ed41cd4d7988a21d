"""`mentordesk export` and `mentordesk import`: exchanging encrypted exports without a window.

Passwords come from $MENTORDESK_EXPORT_PASSWORD or a terminal prompt, the device passphrase (when
there is no secure keyring) from $MENTORDESK_PASSPHRASE, so scripts can run every step."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mentordesk.cli_identity import passphrase_asker, secret
from mentordesk.services import Services
from mentordesk.sync.bundle import BundleError
from mentordesk.sync.devices import DeviceService

EXPORT_PASSWORD_ENV = "MENTORDESK_EXPORT_PASSWORD"
MIN_PASSWORD = 8


def export_password(confirm: bool = True) -> str:
    return secret(
        EXPORT_PASSWORD_ENV,
        f"Set {EXPORT_PASSWORD_ENV} or run this in a terminal to give the export's password.",
        ("Password for this export: ", "Password again: "),
        confirm=confirm,
        mismatch="The two passwords differ; nothing was written.",
    )


def run_export(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.cli import _pairing, output_path
    from mentordesk.sync.exporting import ExportService, require_recipient

    out = output_path(args.out)
    services = Services.open(db_path)
    devices = DeviceService(services.db)
    try:
        pairing = _pairing(services, args.pairing, db_path)
        identity = devices.load(devices.store(passphrase_asker(confirm=False)))
        password = export_password() if args.password else None
        if password is not None and len(password) < MIN_PASSWORD:
            raise ValueError(f"An export password must have at least {MIN_PASSWORD} characters.")
        exports = ExportService(services.db)
        partner = devices.partner(pairing.id)
        require_recipient(partner, password)  # before the preview is printed
        collected = exports.collect(pairing.id, everything=args.all)
        for line in collected.preview.lines():  # before anything is written
            print(line, file=sys.stderr)
        written = exports.write(
            collected,
            out,
            identity,
            partner=partner,
            password=password,
            sender_role=pairing.my_role.value if pairing.my_role else "",
        )
    finally:
        services.close()
    total = sum(written.counts.values())
    if len(written.files) == 1:
        print(f"exported {total} records of {pairing.name} to {out} (export number {written.sequence})")
    else:
        print(
            f"exported {total} records of {pairing.name} in {len(written.files)} parts, too many for one "
            "file; import them in this order:"
        )
        for path, manifest in zip(written.files, written.manifests, strict=True):
            print(f"  {path} (export number {manifest.sequence})")
    return 0


def run_import(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.sync.importing import ImportRefused, ImportService

    source = Path(args.file).expanduser()
    services = Services.open(db_path)
    devices = DeviceService(services.db)
    try:
        identity = devices.load(devices.store(passphrase_asker(confirm=False)))
        imports = ImportService(services.db)
        try:
            bundle = imports.read(source, identity)
        except BundleError as error:
            if error.reason != "password-needed":
                raise
            bundle = imports.read(source, identity, export_password(confirm=False))
        try:
            summary = imports.import_bundle(
                bundle, accept_new_pairing=args.accept_new_pairing, accept_card=args.accept_card
            )
        except ImportRefused as error:
            hint = {"new-card": "--accept-card", "new-pairing": "--accept-new-pairing"}.get(error.reason)
            if hint is None:
                raise
            raise ImportRefused(
                error.reason, f"{error}\nTo accept, run the command again with {hint}."
            ) from None
    finally:
        services.close()
    print(summary.line())
    return 0
