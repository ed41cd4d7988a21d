"""The `mentordesk` command: the GUI by default, subcommands for work without a window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk import APP_NAME, __version__
from mentordesk.config import resolve_database_path

MAX_HITS = 1000
CREATE_DATABASE = frozenset({"demo", "identity", "import", "restore"})
"""Commands that may start a new database (and `pairing new`); the others refuse a missing file."""

if TYPE_CHECKING:
    from mentordesk.domain import PairingInfo
    from mentordesk.services import Services
    from mentordesk.services.adr_export import AdrExportReport
    from mentordesk.services.adr_folder import AdrImportReport


def _parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without its commands, only the window's options (opening the window then
    builds none of the dozens of commands, nor imports their modules)."""
    parser = argparse.ArgumentParser(
        prog="mentordesk", description=f"{APP_NAME}: a desk for mentoring pairs."
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db", metavar="PATH", help="database file (default: $MENTORDESK_DB or the user data folder)"
    )
    where.add_argument(
        "--demo", action="store_true", help="open a throwaway database filled with a sample pairing"
    )
    parser.add_argument(
        "--review", action="store_true", help="start in Review mode: nothing confidential or private is shown"
    )
    if not with_commands:
        return parser
    from mentordesk.cli_pairing import add_commands
    from mentordesk.cli_programme import add_programme_commands

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write the demo pairings into a database file")
    demo.add_argument("--db", metavar="PATH", required=True, dest="sub_db")

    search = commands.add_parser("search", help="full-text search; prints kind, title and id of each hit")
    search.add_argument("--db", metavar="PATH", dest="sub_db")
    search.add_argument("--pairing", metavar="NAME", help="only this pairing (name as `pairings` prints it)")
    search.add_argument("--limit", type=_limit, default=50, help="at most this many hits (1–1000)")
    search.add_argument("query", nargs="+")

    pairings = commands.add_parser("pairings", help="list pairings, name first")
    pairings.add_argument("--db", metavar="PATH", dest="sub_db")

    sessions = commands.add_parser("sessions", help="work with a pairing's sessions")
    session_commands = sessions.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)
    ics = session_commands.add_parser("export-ics", help="write the session schedule as an iCalendar file")
    ics.add_argument("--db", metavar="PATH", dest="sub_db")
    ics.add_argument(
        "--pairing", metavar="NAME", help="pairing name as `pairings` prints it (default: the only one)"
    )
    ics.add_argument("out", metavar="OUT.ics")

    adr = commands.add_parser("adr", help="import or export a folder of ADR Markdown files")
    adr_commands = adr.add_subparsers(dest="adr_command", metavar="ACTION", required=True)
    adr_import = adr_commands.add_parser("import", help="read adr-tools or MADR files into the decision log")
    adr_export = adr_commands.add_parser("export", help="write one Markdown file per decision")
    adr_import.add_argument(
        "--log",
        metavar="NAME",
        help="what the folder's records are known by (default: its path in its git repository)",
    )
    adr_export.add_argument(
        "--format",
        choices=("madr", "nygard"),
        default="madr",
        help="format of decisions written here (imported ones keep theirs)",
    )
    adr_export.add_argument(
        "--log", metavar="NAME", help="write only the decisions of this log ('own': those written here)"
    )
    adr_export.add_argument(
        "--include-confidential",
        action="store_true",
        help="also write confidential decisions, into plain Markdown",
    )
    adr_export.add_argument("--include-private", action="store_true", help="also write private decisions")
    for sub in (adr_import, adr_export):
        sub.add_argument("--db", metavar="PATH", dest="sub_db")
        sub.add_argument("--pairing", metavar="NAME", help="pairing name (default: the only one)")
        sub.add_argument("dir", metavar="DIR")

    timeline = commands.add_parser("timeline", help="seed or save the System Archeology timeline")
    timeline_commands = timeline.add_subparsers(dest="timeline_command", metavar="ACTION", required=True)
    git = timeline_commands.add_parser("import-git", help="tags and topic merges of a local git repository")
    git.add_argument("source", metavar="REPO")
    git.add_argument("--component", metavar="NAME", help="put the events in this lane (created if new)")
    csv_in = timeline_commands.add_parser("import-csv", help="events from a CSV file (see docs/CLI.md)")
    csv_in.add_argument("source", metavar="FILE")
    csv_out = timeline_commands.add_parser("export-csv", help="write the timeline as a CSV file")
    csv_out.add_argument("source", metavar="FILE")
    csv_out.add_argument("--include-private", action="store_true", help="also write private events")
    for sub in (git, csv_in, csv_out):
        sub.add_argument("--db", metavar="PATH", dest="sub_db")
        sub.add_argument("--pairing", metavar="NAME", help="pairing name (default: the only one)")

    identity = commands.add_parser("identity", help="this database's device keys and partners' pairing cards")
    identity_commands = identity.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    init = identity_commands.add_parser("init", help="create the device identity (age and signing keys)")
    init.add_argument("--name", help="name shown on the pairing card (default: me, as the pairings know me)")
    identity_commands.add_parser("show", help="print the identity's fingerprint and where its keys are")
    card = identity_commands.add_parser("card", help="write this device's pairing card")
    card.add_argument("--out", metavar="FILE", required=True)
    import_card = identity_commands.add_parser(
        "import-card", help="keep a partner's pairing card, linked to a pairing when there is one"
    )
    import_card.add_argument("card_file", metavar="FILE")
    import_card.add_argument("--pairing", metavar="NAME", help="pairing name (default: the only one)")
    export_age = identity_commands.add_parser("export-age", help="write the age secret key, for the age tool")
    export_age.add_argument("--out", metavar="FILE", required=True)
    for sub in identity_commands.choices.values():
        sub.add_argument("--db", metavar="PATH", dest="sub_db")

    export = commands.add_parser("export", help="write an encrypted export of a pairing for the partner")
    export.add_argument("--db", metavar="PATH", dest="sub_db")
    export.add_argument("--pairing", metavar="NAME", help="pairing name (default: the only one)")
    export.add_argument("--out", metavar="FILE", required=True)
    export.add_argument(
        "--all", action="store_true", help="every record, not only those changed since the last export"
    )
    export.add_argument(
        "--password",
        action="store_true",
        help="encrypt with a password ($MENTORDESK_EXPORT_PASSWORD or a prompt)",
    )

    imported = commands.add_parser("import", help="merge a partner's encrypted export into this database")
    imported.add_argument("--db", metavar="PATH", dest="sub_db")
    imported.add_argument("file", metavar="FILE")
    imported.add_argument(
        "--accept-new-pairing",
        action="store_true",
        help="let the first export of a pairing from a partner whose card you imported create it here",
    )
    imported.add_argument(
        "--accept-card",
        action="store_true",
        help="keep the pairing card a password export brings (compare its fingerprint with the sender first)",
    )

    backup = commands.add_parser("backup", help="copy the database (consistent even while the app writes)")
    backup.add_argument("--db", metavar="PATH", dest="sub_db")
    backup.add_argument("--out", metavar="FILE", help="where (default: the database's backups folder)")
    restore = commands.add_parser(
        "restore", help="put a backup in place of the database, keeping the current file as a backup first"
    )
    restore.add_argument("--db", metavar="PATH", dest="sub_db")
    restore.add_argument("backup", metavar="BACKUP")
    check = commands.add_parser("check", help="check the database's integrity and references")
    check.add_argument("--db", metavar="PATH", dest="sub_db")

    report = commands.add_parser("report", help="write a progress report (PDF and Markdown) of a date range")
    report.add_argument("--db", metavar="PATH", dest="sub_db")
    report.add_argument("--pairing", metavar="NAME", help="pairing name (default: the only one)")
    report.add_argument(
        "--from", dest="since", metavar="DATE", help="first day (default: the pairing's start)"
    )
    report.add_argument("--to", dest="until", metavar="DATE", help="last day (default: today)")
    report.add_argument("--out", metavar="FILE.pdf", required=True)
    add_commands(commands)
    add_programme_commands(commands)
    return parser


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if not 1 <= value <= MAX_HITS:
        raise argparse.ArgumentTypeError(f"{value} is not between 1 and {MAX_HITS}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    if not {"-h", "--help"} & set(given):  # the help lists the commands
        window, rest = _parser(with_commands=False).parse_known_args(given)
        if not rest:
            return _open_window(window)
    args = _parser().parse_args(given)
    if args.command is None:
        return _open_window(args)

    from mentordesk.services import NotFoundError
    from mentordesk.storage import DamagedDatabaseError, StorageError

    db_path = resolve_database_path(args.sub_db or args.db)
    try:
        programme = getattr(args, "programme_command", None)
        creates = (
            args.command in CREATE_DATABASE
            or getattr(args, "pairing_command", None) == "new"
            or programme == "accept"  # a new copy may accept an invitation
        )
        hub_only = programme not in (None, "publish", "adopt", "accept")  # a hub needs no database
        if not (creates or hub_only) and db_path.parent.is_dir() and not db_path.exists():
            raise ValueError(
                f"there is no database at {db_path}; check the path given with --db "
                "(the app, `mentordesk demo` and `mentordesk import` create one)"
            )
        code = _COMMANDS[args.command](args, db_path)
        sys.stdout.flush()
        return code
    except BrokenPipeError:  # the reader went away (`mentordesk pairings | head -n 1`): nothing to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the final flush is quiet too
        return 0
    except DamagedDatabaseError as error:
        print(f"mentordesk: {error}; it was left as it is. {_after_damage(db_path)}", file=sys.stderr)
        return 2
    except (StorageError, NotFoundError, ValueError, OSError) as error:
        print(f"mentordesk: {error}", file=sys.stderr)
        return 2


Command = Callable[[argparse.Namespace, Path], int]


def _imported(module: str, name: str) -> Command:
    """A command run by `name` of `mentordesk.<module>`, imported when the command is run."""

    def run(args: argparse.Namespace, db_path: Path) -> int:
        command: Command = getattr(import_module(f"mentordesk.{module}"), name)
        return command(args, db_path)

    return run


def _open_window(args: argparse.Namespace) -> int:
    from mentordesk.app import run_gui  # Qt is only imported when a window is wanted

    return run_gui(None if args.demo else resolve_database_path(args.db), demo=args.demo, review=args.review)


def _demo(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.services import Services
    from mentordesk.services.demo import load_demo

    services = Services.open(db_path)
    try:
        existing = services.pairings.list_pairings()
        if existing:
            raise ValueError(f"{db_path} already holds pairings; demo data goes into a new or empty database")
        ids = load_demo(services)
    finally:
        services.close()
    print(f"wrote {len(ids)} demo pairings to {db_path}")
    return 0


def _search(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.storage.search import search_file

    query = " ".join(args.query)
    # a current file is read without loading the database layer; an older one is upgraded first
    hits = search_file(db_path, query, args.pairing, limit=args.limit)
    if hits is None:
        from mentordesk.services import Services

        services = Services.open(db_path)
        try:
            pairing_id = services.pairings.find(args.pairing).id if args.pairing else None
            hits = services.search.search(query, pairing_id, limit=args.limit)
        finally:
            services.close()
    for hit in hits:
        print(f"{hit.kind.value}\t{hit.title}\t{hit.record_id}")
    return 0 if hits else 1


def _pairings(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.services import Services

    services = Services.open(db_path)
    try:
        rows = services.pairings.list_pairings()
    finally:
        services.close()
    for pairing in rows:
        role = pairing.my_role.value if pairing.my_role else "-"
        print(f"{pairing.name}\t{role}\t{pairing.start_date.isoformat()}\t{pairing.id}")
    return 0


def _sessions(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.services import Services

    services = Services.open(db_path)
    try:
        pairing = _pairing(services, args.pairing, db_path)
        out = output_path(args.out)
        count = services.calendar.export(pairing, out)
    finally:
        services.close()
    print(f"wrote {count} sessions of {pairing.name} to {out}")
    return 0


def output_path(text: str) -> Path:
    """A file the command is to write, refused at once when its folder does not exist."""
    from mentordesk.files import check_writable_target

    out = Path(text).expanduser()
    if not out.parent.is_dir():
        raise ValueError(f"Cannot write {out}: the folder {out.parent} does not exist")
    check_writable_target(out)
    return out


def _pairing(services: Services, name: str | None, db_path: Path) -> PairingInfo:
    if name:
        return services.pairings.find(name)
    every = services.pairings.list_pairings()
    if len(every) != 1:
        raise ValueError(f"{db_path} holds {len(every)} pairings: name one with --pairing")
    return every[0]


def _adr(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.services import Services
    from mentordesk.services.adr_export import AdrExportReport

    folder = Path(args.dir).expanduser()
    services = Services.open(db_path)
    try:
        pairing = _pairing(services, args.pairing, db_path)
        if args.adr_command == "import":
            report: AdrImportReport | AdrExportReport = services.adr.import_folder(
                pairing.id, folder, log=args.log
            )
        else:
            report = services.adr.export_folder(
                pairing.id,
                folder,
                args.format,
                include_private=args.include_private,
                include_confidential=args.include_confidential,
                log=args.log,
            )
    finally:
        services.close()
    print(report.summary())
    if isinstance(report, AdrExportReport) and (report.confidential_left_out or report.private_left_out):
        print("Confidential and private decisions are written only with --include-confidential and")
        print("--include-private: into plain Markdown files, readable by anyone with the folder.")
    return 0


def _timeline(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.services import Services

    source = Path(args.source).expanduser()
    services = Services.open(db_path)
    try:
        pairing = _pairing(services, args.pairing, db_path)
        if args.timeline_command == "import-git":
            summary = services.timeline.import_git(pairing.id, source, args.component).summary()
        elif args.timeline_command == "import-csv":
            summary = services.timeline.import_csv(pairing.id, source).summary()
        else:
            count = services.timeline.export_csv(
                pairing.id, output_path(args.source), include_private=args.include_private
            )
            summary = f"wrote {count} events of {pairing.name} to {source}"
    finally:
        services.close()
    print(summary)
    return 0


def _report(args: argparse.Namespace, db_path: Path) -> int:
    import datetime as dt
    import os

    from mentordesk.domain import check_day
    from mentordesk.services import Services

    def day(text: str | None, default: dt.date) -> dt.date:
        if not text:
            return default
        try:
            parsed = dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"“{text}” is not a date; write it as 2026-11-30") from None
        return check_day(parsed)

    out = output_path(args.out)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the charts are drawn without a window
    from mentordesk.app import create_application
    from mentordesk.ui.report import write_report

    create_application()
    services = Services.open(db_path)
    try:
        pairing = _pairing(services, args.pairing, db_path)
        since, until = day(args.since, pairing.start_date), day(args.until, dt.date.today())
        pdf, markdown = write_report(services, pairing, since, until, out.with_suffix(".pdf"))
    finally:
        services.close()
    print(f"wrote {pdf} and {markdown}")
    return 0


def _identity(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.cli_identity import run_identity

    return run_identity(args, db_path)


def _export(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.cli_sync import run_export

    return run_export(args, db_path)


def _import(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.cli_sync import run_import

    return run_import(args, db_path)


def _backups(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.cli_backups import run_backups

    return run_backups(args, db_path)


def _after_damage(db_path: Path) -> str:
    from mentordesk.cli_backups import after_damage

    return after_damage(db_path)


_COMMANDS = {
    "demo": _demo,
    "search": _search,
    "pairings": _pairings,
    "sessions": _sessions,
    "adr": _adr,
    "timeline": _timeline,
    "report": _report,
    "identity": _identity,
    "export": _export,
    "import": _import,
    "backup": _backups,
    "check": _backups,
    "restore": _backups,
    "pairing": _imported("cli_pairing", "run_pairing"),
    "conflicts": _imported("cli_pairing", "run_conflicts"),
    "programme": _imported("cli_programme", "run_programme"),
}
