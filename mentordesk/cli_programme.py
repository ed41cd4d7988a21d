"""`mentordesk programme …`: publishing a pairing's figures to its programme without a window."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any


def add_programme_commands(commands: Any) -> None:
    programme = commands.add_parser("programme", help="publish a pairing's figures to its programme")
    actions = programme.add_subparsers(dest="programme_command", metavar="ACTION", required=True)
    publish = actions.add_parser(
        "publish", help="write a signed snapshot of the pairing's figures (never its text) into a folder"
    )
    publish.add_argument("--db", metavar="PATH", dest="sub_db")
    publish.add_argument("--pairing", metavar="NAME", help="pairing name (default: the only one)")
    target = publish.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", metavar="FOLDER", type=Path, help="the programme's shared folder")
    target.add_argument(
        "--preview", action="store_true", help="print exactly the figures that would leave, and write nothing"
    )


def run_programme(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.cli import _pairing
    from mentordesk.cli_identity import passphrase_asker  # the keys' libraries load only when needed
    from mentordesk.services import Services
    from mentordesk.services.publishing import PublishService
    from mentordesk.sync.devices import DeviceService

    services = Services.open(db_path)
    try:
        pairing = _pairing(services, args.pairing, db_path)
        publishing = PublishService(services.db)
        now = dt.datetime.now(dt.UTC)
        zone = now.astimezone().tzinfo or dt.UTC
        if args.preview:
            print(json.dumps(publishing.figures(pairing, now, zone), indent=1, sort_keys=True))
            return 0
        if not args.out.is_dir():
            raise ValueError(f"{args.out} is not a folder")
        devices = DeviceService(services.db)
        identity = devices.load(devices.store(passphrase_asker(confirm=False)))
        path = publishing.publish(pairing, identity, args.out, now, zone)
    finally:
        services.close()
    print(f"published {path}", file=sys.stderr)
    print(path)
    return 0
