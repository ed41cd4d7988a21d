"""`mentordesk pairing new|edit` and `mentordesk conflicts list|resolve`: a pairing's fields and the
fields both copies edited at once, for scripts and for work without a window."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mentordesk.sync.conflicts import ConflictInfo

KEEP_WORDS = ("mine", "theirs")
#: Role and Cadence values, written out so that building the parser imports no domain module
ROLES = ("mentor", "mentee")
CADENCES = ("weekly", "biweekly", "monthly")


def add_commands(commands: Any) -> None:
    """The two commands' parsers, added to the `mentordesk` command's sub-commands."""
    pairing = commands.add_parser("pairing", help="create a pairing or change its fields")
    actions = pairing.add_subparsers(dest="pairing_command", metavar="ACTION", required=True)
    new = actions.add_parser("new", help="create a pairing with its default plan columns")
    new.add_argument("--partner", metavar="NAME", required=True, help="the other person's name")
    new.add_argument("--role", choices=ROLES, required=True, help="your role")
    new.add_argument("--me", metavar="NAME", help="your name (default: the name your pairings know)")
    edit = actions.add_parser("edit", help="change a pairing's name, people, roles, rhythm or competencies")
    edit.add_argument("--pairing", metavar="NAME", help="pairing name (default: the only one)")
    edit.add_argument("--partner", metavar="NAME", help="the other person's new name")
    edit.add_argument("--role", choices=ROLES, help="your role (the partner takes the other)")
    edit.add_argument("--me", metavar="NAME", help="your new name")
    edit.add_argument("--remove-competency", metavar="NAME", action="append", default=[])
    for sub in (new, edit):
        sub.add_argument("--db", metavar="PATH", dest="sub_db")
        sub.add_argument("--name", metavar="TEXT", help="the pairing's name (default: “Mentor & Mentee”)")
        sub.add_argument("--start", metavar="DATE", help="first day of the plan, as 2026-11-30")
        sub.add_argument("--cadence", choices=CADENCES)
        sub.add_argument("--goals", metavar="TEXT", help="what should be true at day 90")
        sub.add_argument(
            "--competency", metavar="NAME", action="append", default=[], help="add one (repeatable)"
        )

    conflicts = commands.add_parser("conflicts", help="fields both copies changed at once, and settling them")
    actions = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="each conflict's key and its values, numbered")
    listing.add_argument("--json", action="store_true", help="one JSON document instead of text")
    resolve = actions.add_parser("resolve", help="keep one value of a conflict (or of every conflict)")
    which = resolve.add_mutually_exclusive_group(required=True)
    which.add_argument("key", metavar="KEY", nargs="?", help="as `conflicts list` prints it")
    which.add_argument("--all", action="store_true", help="every conflict of the pairing")
    resolve.add_argument(
        "--keep", metavar="N|mine|theirs", required=True, help="the value's number, or whose value to keep"
    )
    for sub in (listing, resolve):
        sub.add_argument("--db", metavar="PATH", dest="sub_db")
        sub.add_argument("--pairing", metavar="NAME", help="pairing name (default: the only one)")


def _day(text: str | None) -> dt.date | None:
    from mentordesk.domain import check_day

    if text is None:
        return None
    try:
        return check_day(dt.date.fromisoformat(text))
    except ValueError:
        raise ValueError(f"“{text}” is not a date; write it as 2026-11-30") from None


def run_pairing(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.cli import _pairing
    from mentordesk.domain import Cadence, NewPairing, Role
    from mentordesk.services import Services

    services = Services.open(db_path)
    try:
        if args.pairing_command == "new":
            me = args.me or (services.pairings.me() or _no_me()).name
            new = NewPairing(
                my_name=me,
                my_role=Role(args.role),
                partner_name=args.partner,
                start_date=_day(args.start) or dt.date.today(),
                cadence=Cadence(args.cadence or Cadence.WEEKLY),
                goals=args.goals or "",
                competencies=tuple(args.competency),
            )
            info = services.pairings.create(new, args.name)
            done = "created"
        else:
            info = _pairing(services, args.pairing, db_path)
            edit = services.pairings.edit_of(info.id)
            kept = [
                c
                for c in edit.competencies
                if c.casefold() not in {r.casefold() for r in args.remove_competency}
            ]
            changes = {
                "name": args.name,
                "my_name": args.me,
                "my_role": Role(args.role) if args.role else None,
                "partner_name": args.partner,
                "start_date": _day(args.start),
                "cadence": Cadence(args.cadence) if args.cadence else None,
                "goals": args.goals,
            }
            edit = dataclasses.replace(
                edit,
                **{k: v for k, v in changes.items() if v is not None},
                competencies=(*kept, *args.competency),
            )
            info = services.pairings.update(info.id, edit)
            done = "changed"
        competencies = [name for name, _ in services.pairings.competencies(info.id)]
    finally:
        services.close()
    role = info.my_role.value if info.my_role else "-"
    print(f"{done} {info.name}\t{role}\t{info.start_date.isoformat()}\t{info.cadence.value}\t{info.id}")
    if competencies:
        print("competencies: " + ", ".join(competencies))
    return 0


def _no_me() -> Any:
    raise ValueError("this database does not know your name yet: give it with --me")


def conflict_key(conflict: ConflictInfo) -> str:
    return f"{conflict.kind}:{conflict.record_id}:{conflict.field}"


def run_conflicts(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.cli import _pairing
    from mentordesk.services import Services

    services = Services.open(db_path)
    try:
        pairing = _pairing(services, args.pairing, db_path)
        found = services.sync.conflicts(pairing.id)
        if args.conflicts_command == "list":
            _print_conflicts(found, as_json=args.json)
            return 0
        chosen = found if args.all else [c for c in found if conflict_key(c) == args.key]
        if not chosen:
            if args.all:
                print(f"{pairing.name} has no conflicts")
                return 0
            raise ValueError(f"no conflict {args.key} in {pairing.name}; `conflicts list` prints the keys")
        picks = [(conflict, _choice(conflict, args.keep)) for conflict in chosen]  # all refused before any
        for conflict, choice in picks:
            services.sync.resolve(conflict, choice)
    finally:
        services.close()
    for conflict, choice in picks:
        value = conflict.values[choice]
        print(
            f"kept {value.author}'s value of {conflict.kind_label} “{conflict.title}”, {conflict.field_label}"
        )
    return 0


def _choice(conflict: ConflictInfo, keep: str) -> int:
    """The index of the value `keep` names: its number as listed (from 1), `mine`, or `theirs`."""
    if keep in KEEP_WORDS:
        matches = [i for i, v in enumerate(conflict.values) if v.mine == (keep == "mine")]
        if len(matches) != 1:
            raise ValueError(
                f"{conflict_key(conflict)} has {len(matches)} values that are {keep}: keep one by its number"
            )
        return matches[0]
    try:
        number = int(keep)
    except ValueError:
        raise ValueError(f"--keep takes a value's number, mine or theirs, not “{keep}”") from None
    if not 1 <= number <= len(conflict.values):
        raise ValueError(f"{conflict_key(conflict)} has values 1 to {len(conflict.values)}, not {number}")
    return number - 1


def _print_conflicts(found: list[ConflictInfo], *, as_json: bool) -> None:
    if as_json:
        rows = [
            {
                "key": conflict_key(c),
                "kind": c.kind_label,
                "title": c.title,
                "field": c.field_label,
                "values": [
                    {"number": i, "author": v.author, "mine": v.mine, "text": v.text}
                    for i, v in enumerate(c.values, 1)
                ],
            }
            for c in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not found:
        print("no conflicts: both copies agree")
        return
    for conflict in found:
        print(f"{conflict_key(conflict)}\t{conflict.kind_label}: {conflict.title}\t{conflict.field_label}")
        for number, value in enumerate(conflict.values, 1):
            shown = " (shown now)" if number == 1 else ""
            text = value.text.replace("\n", "\n      ")
            print(f"  {number}. {value.author}{shown}: {text}")
