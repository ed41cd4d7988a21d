"""`mentordesk programme …`: publishing a pairing's figures, and running the programme's hub, without a
window. The hub's address comes from --url or $MENTORDESK_HUB_URL (so a password need not be typed on a
command line or kept in a file): `sqlite:///PATH` or `postgresql+psycopg://USER@HOST/DB`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

from mentordesk.programme import HUB_URL_ENV


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
    target.add_argument("--url", metavar="URL", dest="hub_url", help="straight to the programme's hub")
    target.add_argument(
        "--preview", action="store_true", help="print exactly the figures that would leave, and write nothing"
    )
    accept = actions.add_parser("accept", help="import a programme's pairing invitation (mentor or mentee)")
    accept.add_argument("file", metavar="FILE", type=Path)
    accept.add_argument("--role", choices=("mentor", "mentee"), required=True, help="your role in it")
    accept.add_argument("--db", metavar="PATH", dest="sub_db")
    adopt = actions.add_parser("adopt", help="add the programme's competencies to a pairing")
    adopt.add_argument("--db", metavar="PATH", dest="sub_db")
    adopt.add_argument("--pairing", metavar="NAME", help="pairing name (default: the only one)")
    adopt.add_argument("--url", metavar="URL", help=f"the hub's address (default: ${HUB_URL_ENV})")
    add_hub_commands(actions)


def add_hub_commands(actions: Any) -> None:
    init = actions.add_parser("init", help="create the programme hub's tables at --url")
    enrol = actions.add_parser("enrol", help="enrol a pair and the device (its pairing card) that publishes")
    enrol.add_argument("--card", metavar="FILE", type=Path, required=True, help="the device's pairing card")
    enrol.add_argument(
        "--pairing-id", metavar="ID", required=True, help="the pairing's id (`mentordesk pairings`)"
    )
    enrol.add_argument("--name", metavar="TEXT", required=True, help="what the programme calls the pair")
    enrol.add_argument("--cohort", metavar="NAME", help="the cohort it belongs to (made when new)")
    enrol.add_argument("--mentor", metavar="NAME", help="the pair's mentor, one of the programme's people")
    enrol.add_argument("--mentee", metavar="NAME", help="the pair's mentee, one of the programme's people")
    person = actions.add_parser(
        "person", help="add or change a mentor (capacity, strengths) or a mentee (goals)"
    )
    person.add_argument("--name", metavar="TEXT", required=True)
    person.add_argument("--role", choices=("mentor", "mentee"), required=True)
    person.add_argument("--capacity", type=int, metavar="N", help="mentees a mentor can take at once")
    person.add_argument("--strength", metavar="COMPETENCY", action="append", default=[], help="repeatable")
    person.add_argument("--goal", metavar="COMPETENCY", action="append", default=[], help="repeatable")
    competency = actions.add_parser("competency", help="add a competency to the programme's taxonomy")
    competency.add_argument("--name", metavar="TEXT", required=True)
    competency.add_argument("--description", metavar="TEXT", default="")
    match = actions.add_parser("match", help="mentors for a mentee, best first, with the reasons")
    match.add_argument("--mentee", metavar="NAME", required=True)
    invite = actions.add_parser("invite", help="enrol a matched pair and write the invitation the two import")
    invite.add_argument("--mentor", metavar="NAME", required=True)
    invite.add_argument("--mentee", metavar="NAME", required=True)
    invite.add_argument("--start", metavar="DATE", required=True, help="first day of the plan, as 2026-12-07")
    invite.add_argument("--cadence", choices=("weekly", "biweekly", "monthly"), default="weekly")
    invite.add_argument("--cohort", metavar="NAME", default="")
    invite.add_argument("--out", metavar="FILE", required=True)
    imported = actions.add_parser("import", help="receive every snapshot file of a folder")
    imported.add_argument("folder", metavar="DIR", type=Path)
    status = actions.add_parser("status", help="each pair's newest figures and traffic lights")
    report = actions.add_parser(
        "report", help="write the programme dashboard as a PDF (and Markdown beside it)"
    )
    report.add_argument("--out", metavar="FILE.pdf", type=Path, required=True)
    login = actions.add_parser(
        "login", help="keep the hub's password in the system keyring (from $MENTORDESK_HUB_PASSWORD or asked)"
    )
    for sub in (init, enrol, person, competency, match, invite, imported, status, report, login):
        sub.add_argument("--url", metavar="URL", help=f"the hub's address (default: ${HUB_URL_ENV})")
        sub.set_defaults(sub_db=None)


def hub_address(args: argparse.Namespace) -> str:
    """The hub's address from --url, else from $MENTORDESK_HUB_URL; ValueError without either."""
    url: str | None = args.url or os.environ.get(HUB_URL_ENV)
    if not url:
        raise ValueError(f"give the hub's address with --url or ${HUB_URL_ENV}")
    return url


def run_programme(args: argparse.Namespace, db_path: Path) -> int:
    if args.programme_command == "adopt":
        return adopt_taxonomy(args, db_path)
    if args.programme_command == "accept":
        return accept_invitation(args, db_path)
    if args.programme_command != "publish":
        return run_hub(args)
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
        if args.out is not None and not args.out.is_dir():
            raise ValueError(f"{args.out} is not a folder")
        devices = DeviceService(services.db)
        identity = devices.load(devices.store(passphrase_asker(confirm=False)))
        if args.hub_url:
            sequence = publishing.publish_to_hub(pairing, identity, args.hub_url, now, zone)
            print(f"published snapshot {sequence} to the hub")
            return 0
        path = publishing.publish(pairing, identity, args.out, now, zone)
    finally:
        services.close()
    print(f"published {path}", file=sys.stderr)
    print(path)
    return 0


def run_hub(args: argparse.Namespace) -> int:
    from mentordesk.programme import hub
    from mentordesk.programme.dashboard import CONCERNS, lights
    from mentordesk.programme.people import People

    url = hub_address(args)
    now = dt.datetime.now(dt.UTC)
    if args.programme_command == "login":
        from mentordesk.cli_identity import secret
        from mentordesk.programme.credentials import remember

        password = secret(
            "MENTORDESK_HUB_PASSWORD",
            "Set $MENTORDESK_HUB_PASSWORD or run this in a terminal to give the hub's password.",
            ("The hub's password: ", "Again: "),
            confirm=True,
            mismatch="The two passwords differ; nothing was kept.",
        )
        print(f"kept the password of {remember(url, password)} in the system keyring")
        return 0
    if args.programme_command == "init":
        print(f"the hub is ready (version {hub.init(url)})")
        return 0
    opened = hub.Hub(url)
    try:
        if args.programme_command in PEOPLE_COMMANDS:
            return run_people(args, opened)
        if args.programme_command == "report":
            return write_report(opened, args.out, now)
        if args.programme_command == "invite":
            return write_invitation(args, opened, now)
        if args.programme_command == "enrol":
            card = args.card.read_text("utf-8")
            fingerprint = opened.enrol(args.pairing_id, args.name, card, now, args.cohort)
            if args.mentor or args.mentee:
                People(opened).assign(args.pairing_id, args.mentor or "", args.mentee or "")
            print(f"enrolled {args.name}: device {fingerprint}")
            return 0
        if args.programme_command == "import":
            if not args.folder.is_dir():
                raise ValueError(f"{args.folder} is not a folder")
            report = opened.import_folder(args.folder, now)
            received, refused = len(report.received), len(report.refused)
            print(f"{received} received, {report.already} already here, {refused} refused")
            for name, why in report.refused:
                print(f"refused {name}: {why}", file=sys.stderr)
            return 1 if report.refused else 0
        for row in opened.latest():
            shown = lights(row["figures"], row["published_at"], now)
            day = row["figures"]["day"] if row["figures"] else "-"
            marks = " ".join(f"{concern}={shown[concern].value}" for concern in CONCERNS)
            print(f"{row['cohort'] or '-'}\t{row['name']}\tday {day}\t{marks}")
        return 0
    finally:
        opened.close()


PEOPLE_COMMANDS = ("person", "competency", "match")


def run_people(args: argparse.Namespace, opened: Any) -> int:
    from mentordesk.programme.people import People

    people = People(opened)
    if args.programme_command == "competency":
        people.add_competency(args.name, args.description)
        print(f"competencies: {', '.join(people.competencies())}")
        return 0
    if args.programme_command == "person":
        people.save_person(
            args.name, args.role, capacity=args.capacity, strengths=args.strength, goals=args.goal
        )
        print(f"saved {args.role} {args.name}")
        return 0
    for rank, suggestion in enumerate(people.suggestions(args.mentee), start=1):
        print(f"{rank}. {suggestion.mentor}\t{'; '.join(suggestion.reasons)}")
    return 0


def write_report(opened: Any, out: str, now: dt.datetime) -> int:
    from mentordesk.cli import output_path
    from mentordesk.programme.people import programme_data
    from mentordesk.programme.report import report_markdown

    target = output_path(out).with_suffix(".pdf")
    markdown = report_markdown(programme_data(opened, now), now)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the PDF is laid out without a window
    from mentordesk.app import create_application
    from mentordesk.ui.programme import write_programme_pdf

    create_application()
    pdf, twin = write_programme_pdf(markdown, target)
    print(f"wrote {pdf} and {twin}")
    return 0


def adopt_taxonomy(args: argparse.Namespace, db_path: Path) -> int:
    """Give the pairing every competency of the programme's taxonomy it does not have yet, so that its
    published progress counts the programme's competencies."""
    from mentordesk.cli import _pairing
    from mentordesk.programme.hub import Hub
    from mentordesk.programme.people import People
    from mentordesk.services import Services

    url = hub_address(args)
    hub = Hub(url)
    try:
        taxonomy = People(hub).competencies()
    finally:
        hub.close()
    services = Services.open(db_path)
    try:
        pairing = _pairing(services, args.pairing, db_path)
        have = {name.casefold() for name, _description in services.pairings.competencies(pairing.id)}
        added = [name for name in taxonomy if name.casefold() not in have]
        for name in added:
            services.pairings.add_competency(pairing.id, name)
    finally:
        services.close()
    listed = f": {', '.join(added)}" if added else ""
    print(f"added {len(added)} of the programme's {len(taxonomy)} competencies{listed}")
    return 0


def write_invitation(args: argparse.Namespace, opened: Any, now: dt.datetime) -> int:
    from mentordesk.cli import output_path
    from mentordesk.domain import Cadence
    from mentordesk.files import write_atomically
    from mentordesk.programme.people import invite

    out = output_path(args.out)
    try:
        start = dt.date.fromisoformat(args.start)
    except ValueError:
        raise ValueError(f"“{args.start}” is not a date; write it as 2026-12-07") from None
    invitation = invite(opened, args.mentor, args.mentee, start, Cadence(args.cadence), now, args.cohort)
    write_atomically(out, invitation.to_bytes())
    print(f"invited {args.mentor} and {args.mentee} (pairing {invitation.pairing_id}): send both {out}")
    return 0


def accept_invitation(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.domain import Role
    from mentordesk.files import read_limited
    from mentordesk.programme.invitation import MAX_BYTES, read
    from mentordesk.services import Services
    from mentordesk.services.invitations import InvitationService

    invitation = read(read_limited(args.file, MAX_BYTES, "invitation"))
    services = Services.open(db_path)
    try:
        pairing = InvitationService(services.db).accept(invitation, Role(args.role))
    finally:
        services.close()
    if pairing is not None:
        print(f"created {pairing.name} (pairing {pairing.id}); send {invitation.mentee} your first export")
    else:
        print(f"the first export of {invitation.mentor} & {invitation.mentee} from {invitation.mentor} "
              "will be accepted when it arrives")  # fmt: skip
    return 0
