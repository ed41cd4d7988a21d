"""Real ADR folders, one per dialect, through an import and an export: unedited records come back byte for
byte under their own names; edited ones have only what changed rewritten; links of every kind survive."""

from __future__ import annotations

import datetime as dt
import difflib
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.domain import (
    Cadence,
    ConsideredOption,
    DecisionDetail,
    DecisionDraft,
    DecisionStatus,
    NewPairing,
    Outcome,
    PairingInfo,
    ReviewState,
    Role,
    Visibility,
)
from mentordesk.services import Services

FIXTURES = Path(__file__).parent / "data" / "adr"
DIALECTS = ["adr-tools-1x", "nygard", "madr", "madr2", "madr3", "madr4", "log4brains", "backstage"]


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / "repo" / "doc" / name
    shutil.copytree(FIXTURES / name, target)
    return target


def _records(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.md"))}


def _decision(services: Services, pairing: PairingInfo, file_name: str) -> str:
    for info in services.decisions.list_decisions(pairing.id):
        detail = services.decisions.detail(info.id)
        if detail.source.endswith(f", {file_name}") or f", {file_name} (" in detail.source:
            return info.id
    raise AssertionError(f"no decision from {file_name}")


def _changed_lines(before: bytes, after: bytes) -> list[str]:
    diff = difflib.unified_diff(before.decode().splitlines(), after.decode().splitlines(), n=0, lineterm="")
    return [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]


@pytest.mark.parametrize("dialect", DIALECTS)
def test_an_unedited_folder_exports_byte_identical(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path, dialect: str
) -> None:
    folder = _copy(dialect, tmp_path)
    report = services.adr.import_folder(mentee_pairing.id, folder)
    imported = {name for name in _records(folder) if name not in dict(report.skipped)}
    assert report.imported == len(imported) > 0
    out = tmp_path / "out"
    exported = services.adr.export_folder(mentee_pairing.id, out, include_confidential=True)
    assert set(exported.written) == imported and not exported.rewritten
    source = _records(folder)
    for name, text in _records(out).items():
        assert text == source[name], name


@pytest.mark.parametrize("dialect", DIALECTS)
def test_a_log_with_decisions_of_its_own_takes_a_whole_folder(
    demo: Services, tmp_path: Path, dialect: str
) -> None:
    pairing = demo.pairings.list_pairings()[0]
    own = len(demo.decisions.list_decisions(pairing.id))
    folder = _copy(dialect, tmp_path)
    report = demo.adr.import_folder(pairing.id, folder)
    assert report.imported > 0 and report.log == f"doc/{dialect}"
    assert len(report.renumbered) == report.imported  # every number of the folder is taken in the demo
    assert len(demo.decisions.list_decisions(pairing.id)) == own + report.imported
    again = demo.adr.import_folder(pairing.id, folder)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, report.imported)
    out = tmp_path / "out"
    demo.adr.export_folder(pairing.id, out, log=report.log)
    source = _records(folder)
    assert {name: source[name] for name in _records(out)} == _records(out)
    with pytest.raises(ValueError, match="Export one log at a time"):
        demo.adr.export_folder(pairing.id, tmp_path / "mixed", include_confidential=True)
    assert not (tmp_path / "mixed").exists() or not list((tmp_path / "mixed").iterdir())


def _by_file(services: Services, pairing: PairingInfo) -> dict[str, DecisionDetail]:
    found = {}
    for info in services.decisions.list_decisions(pairing.id):
        detail = services.decisions.detail(info.id)
        found[detail.source.split(", ", 1)[1].split(" (")[0]] = detail
    return found


def test_options_keep_their_text_code_and_links(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    for dialect in ("madr2", "madr3"):
        services.adr.import_folder(mentee_pairing.id, _copy(dialect, tmp_path))
    log = _by_file(services, mentee_pairing)
    cache = log["0001-cache-exchange-rates.md"].draft
    in_process = cache.options[0]
    assert in_process.title == "In-process cache"
    assert in_process.description == (
        "A dictionary with an expiry time, held by each instance:\n\n"
        "```python\nrates = TTLCache(maxsize=1, ttl=3600)\n```"
    )
    assert (in_process.good, in_process.neutral, in_process.bad) == (
        ("it is ten lines of code",),
        ("every instance warms its own cache",),
        ("a restart empties it",),
    )
    assert (
        cache.options[1].description
        == "Shared by every instance; see the [Redis docs](https://redis.io/docs/)."
    )
    assert [o.title for o in cache.options] == [
        "In-process cache",
        "Redis cache",
        "Ask the provider every time",
    ]
    licence = log["0002-choose-a-licence.md"].draft
    assert licence.options == (
        ConsideredOption(
            "CC0",
            good=("no attribution is required",),
            bad=("nobody has to say where a copy came from",),
            link="https://creativecommons.org/share-your-work/public-domain/cc0/",
        ),
        ConsideredOption(
            "CC BY 4.0",
            good=("copies name their source",),
            link="https://creativecommons.org/licenses/by/4.0/",
        ),
    )
    madr = log["0001-use-markdown-architectural-decision-records.md"].draft
    assert len(madr.options) == 3 and madr.options[0].link == "https://adr.github.io/madr/"
    assert madr.options[0].good == ("it is lean", "it records the options considered")


def test_titles_dates_and_tables_from_every_dialect(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    reports = {
        d: services.adr.import_folder(mentee_pairing.id, _copy(d, tmp_path))
        for d in DIALECTS[:1] + DIALECTS[-2:]
    }
    log = _by_file(services, mentee_pairing)

    def draft(name: str) -> DecisionDraft:
        return log[name].draft

    assert draft("0001-record-architecture-decisions.md").decided_on == dt.date(2016, 2, 13)  # 13/02/2016
    assert draft("0002-use-a-message-queue.md").decided_on == dt.date(2016, 3, 4)  # 04/03/2016: day first
    assert draft("0005-log-in-utc.md").decided_on == dt.date(2016, 2, 13)  # 02/13/2016: only month first fits
    assert "Date in the file: 31/02/2016" in draft("0004-retry-failed-deliveries.md").notes
    assert dict(reports["adr-tools-1x"].undated)["0004-retry-failed-deliveries.md"].startswith(
        "its date “31/02/2016” could not be read"
    )
    assert draft("adr001-architecture-decision-record.md").title == "Architecture Decision Record (ADR) log"
    grpc = log["adr002-use-grpc-between-services.md"]
    assert grpc.draft.decided_on == dt.date(2021, 3, 5)
    assert grpc.decision.status is DecisionStatus.ACCEPTED
    assert "| Ana, Bo |" in grpc.draft.notes
    assert "Date in the file: sometime in spring 2021" in draft("adr003-adopt-a-service-catalog.md").notes
    assert draft("20240602-use-markdown.md").decided_on == dt.date(2024, 6, 2)  # June 2, 2024
    wiki = log["20240715-drop-the-wiki.md"]
    assert wiki.supersedes == log["20240601-use-log4brains-to-manage-the-adrs.md"].decision.id
    for detail in log.values():
        assert detail.decision.review_state is ReviewState.IMPORTED


def test_every_link_line_is_kept_and_written_both_ways(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    folder = _copy("adr-tools-1x", tmp_path)
    services.adr.import_folder(mentee_pairing.id, folder)
    log = _by_file(services, mentee_pairing)
    queue = log["0002-use-a-message-queue.md"].decision.id
    keep, retry = (
        log[n] for n in ("0003-keep-the-records-in-doc-arch.md", "0004-retry-failed-deliveries.md")
    )
    assert keep.amends == queue and retry.amends == queue
    assert ("Amends", None, "7") in retry.more_links
    record = log["0001-record-architecture-decisions.md"]
    first = record.decision.id
    assert ("Clarifies", first, "1. Record architecture decisions") in keep.more_links
    assert ("Clarified by", keep.decision.id, "3. Keep the records in doc/arch") in record.more_links
    # a link set in the app is not overwritten by importing the folder again; both are kept
    other = services.decisions.create(
        mentee_pairing.id,
        replace(retry.draft, title="Our own retry policy"),
        retry.decision.author_role,
    )
    services.decisions.amend(retry.decision.id, other)
    services.adr.import_folder(mentee_pairing.id, folder)
    again = services.decisions.detail(retry.decision.id)
    assert again.amends == other
    assert ("Amends", queue, "") in again.more_links


def test_an_edited_record_has_only_what_changed_rewritten(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    folder = _copy("madr3", tmp_path)
    services.adr.import_folder(mentee_pairing.id, folder)
    name = "0002-keep-sessions-server-side.md"
    detail = _by_file(services, mentee_pairing)[name]
    draft = replace(
        detail.draft,
        context="Signed cookies grew past 4 KB; some proxies drop them.",
        drivers="* cookies under 1 KB",
        notes="## More Information\n\nAsked the CDN team first.",
    )
    services.decisions.update(detail.decision.id, draft)
    services.decisions.set_status(detail.decision.id, DecisionStatus.ACCEPTED)
    out = tmp_path / "out"
    report = services.adr.export_folder(mentee_pairing.id, out)
    assert report.rewritten == (name,)
    source = (folder / name).read_text()
    expected = (
        source.replace("status: proposed", "status: accepted")
        .replace(
            "past 4 KB.\n",
            "past 4 KB; some proxies drop them.\n\n## Decision Drivers\n\n* cookies under 1 KB\n",
        )
        .replace("small\n", "small\n\n## More Information\n\nAsked the CDN team first.\n")
    )
    assert (out / name).read_text() == expected
    assert (out / "0001-cache-exchange-rates.md").read_bytes() == (
        folder / "0001-cache-exchange-rates.md"
    ).read_bytes()
    edited = services.decisions.detail(detail.decision.id)
    again = services.adr.import_folder(mentee_pairing.id, out, log="doc/madr3")
    assert (again.imported, again.updated, again.unchanged) == (0, 1, 1)  # its file's text is the new one
    assert services.decisions.detail(detail.decision.id) == edited  # which reads back as the record


def test_links_outcomes_and_addenda_added_here_reach_both_files(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    folder = _copy("adr-tools-1x", tmp_path)
    services.adr.import_folder(mentee_pairing.id, folder)
    log = _by_file(services, mentee_pairing)
    first, keep, utc = (
        log[n]
        for n in (
            "0001-record-architecture-decisions.md",
            "0003-keep-the-records-in-doc-arch.md",
            "0005-log-in-utc.md",
        )
    )
    services.decisions.amend(utc.decision.id, first.decision.id)
    services.decisions.add_addendum(
        keep.decision.id, "The docs site moved; the folder stays.", Role.MENTOR, dt.date(2026, 11, 2)
    )
    services.decisions.record_outcome(keep.decision.id, Outcome.HELD_UP, "Still there.", dt.date(2026, 11, 3))
    out = tmp_path / "out"
    report = services.adr.export_folder(mentee_pairing.id, out)
    assert sorted(report.rewritten) == [
        "0001-record-architecture-decisions.md",
        "0003-keep-the-records-in-doc-arch.md",
        "0005-log-in-utc.md",
    ]

    def changed(name: str) -> list[str]:
        return _changed_lines((folder / name).read_bytes(), (out / name).read_bytes())

    assert changed("0001-record-architecture-decisions.md") == [
        "+",
        "+Amended by [5. Log in UTC](0005-log-in-utc.md)",
    ]
    utc_source = (folder / "0005-log-in-utc.md").read_bytes()
    assert (out / "0005-log-in-utc.md").read_bytes() == utc_source.replace(
        b"Accepted\n\n",
        b"Accepted\n\nAmends [1. Record architecture decisions](0001-record-architecture-decisions.md)\n\n",
    )
    assert (out / "0005-log-in-utc.md").read_bytes().startswith(b"\xef\xbb\xbf# 5. Log in UTC\n")
    kept = (out / "0003-keep-the-records-in-doc-arch.md").read_bytes()
    assert kept.startswith((folder / "0003-keep-the-records-in-doc-arch.md").read_bytes())
    assert kept.endswith(
        b"\r\n## Actual outcome: held_up (2026-11-03)\r\n\r\nStill there.\r\n"
        b"\r\n## Addendum, 2026-11-02 by the mentor\r\n\r\nThe docs site moved; the folder stays.\r\n"
    )
    assert b"\n" not in kept.replace(b"\r\n", b"")


def test_decisions_written_here_keep_their_file_name_and_write_both_sides_of_a_link(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    day = dt.date(2026, 10, 5)
    first = services.decisions.create(mentee_pairing.id, DecisionDraft("Use SQLite", day), Role.MENTEE)
    title = "Keep one database file per pairing, backed up before every import, never shared between machines"
    second = services.decisions.create(
        mentee_pairing.id,
        DecisionDraft(
            title,
            day,
            options=(ConsideredOption("One file", good=("simple",)), ConsideredOption("A server")),
            chosen_option="One file",
        ),
        Role.MENTEE,
    )
    services.decisions.amend(second, first)
    out = tmp_path / "out"
    report = services.adr.export_folder(mentee_pairing.id, out, "nygard")
    long_name = report.written[1]
    assert long_name == f"0002-{'-'.join(title.lower().replace(',', '').split())}.md"
    assert "Amended by [2. Keep one database" in (out / "0001-use-sqlite.md").read_text()
    madr = services.adr.export_folder(mentee_pairing.id, tmp_path / "madr", "madr")
    text = (tmp_path / "madr" / madr.written[1]).read_text()
    assert text.index("## Decision Outcome") < text.index("## Pros and Cons of the Options")
    assert "\n## Pros and Cons of the Options\n\n### One file\n\n* Good, because simple\n" in text
    assert "### A server" not in text  # an option with nothing under it gets no empty heading
    services.decisions.update(second, replace(services.decisions.detail(second).draft, title="Keep one file"))
    again = services.adr.export_folder(mentee_pairing.id, out, "nygard")
    assert again.written == report.written  # renaming a decision does not rename its file
    assert (out / long_name).read_text().startswith("# 2. Keep one file\n")


def test_confidential_and_private_decisions_stay_out_unless_asked(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = Services.open(db_path)
    mentee_pairing = services.pairings.create(
        NewPairing("Sam", Role.MENTEE, "Priya", dt.date(2026, 10, 1), Cadence.WEEKLY)
    )
    day = dt.date(2026, 10, 5)
    for title, visibility in (
        ("Shared", Visibility.SHARED),
        ("Salary", Visibility.CONFIDENTIAL),
        ("Mine", Visibility.PRIVATE),
    ):
        services.decisions.create(
            mentee_pairing.id, DecisionDraft(title, day, visibility=visibility), Role.MENTEE
        )
    report = services.adr.export_folder(mentee_pairing.id, tmp_path / "a")
    assert (report.written, report.confidential_left_out, report.private_left_out) == (
        ("0001-shared.md",),
        1,
        1,
    )
    assert report.summary() == "1 decisions written, 1 confidential left out, 1 private left out"
    services.close()
    db = str(db_path)
    assert main(["adr", "export", str(tmp_path / "b"), "--db", db]) == 0
    printed = capsys.readouterr().out
    assert "1 confidential left out" in printed and "--include-confidential" in printed
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == ["0001-shared.md"]
    assert main(["adr", "export", str(tmp_path / "c"), "--db", db, "--include-confidential"]) == 0
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == ["0001-shared.md", "0002-salary.md"]


def test_a_bad_file_is_named_and_the_rest_of_the_folder_imports(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    folder = tmp_path / "adr"
    folder.mkdir()
    (folder / "0001-good.md").write_text("# 1. Good\n\nDate: 2020-01-02\n\n## Status\n\nAccepted\n")
    (folder / "0002-impossible-days.md").write_text(
        "---\ndate: 2019-02-30\n---\n# Impossible days\n\n"
        "## Actual outcome: held_up (2019-13-01)\n\nFine.\n\n"
        "## Addendum, 2019-02-30 by the mentor\n\nLater.\n"
    )
    (folder / "0003-not-utf8.md").write_bytes(b"# 3. Caf\xe9\n")
    (folder / "0004-aliases.md").write_text("---\na: &x [1]\nb: *x\n---\n# 4. Aliases\n")
    report = services.adr.import_folder(mentee_pairing.id, folder)
    assert report.imported == 3
    assert dict(report.skipped) == {"0003-not-utf8.md": "not UTF-8 text"}
    assert dict(report.undated)["0002-impossible-days.md"].startswith("its date “2019-02-30” could not")
    assert "skipped 0003-not-utf8.md: not UTF-8 text" in report.summary()
    days = _by_file(services, mentee_pairing)["0002-impossible-days.md"]
    assert "Date in the file: 2019-02-30" in days.draft.notes
    assert "## Addendum, 2019-02-30 by the mentor" in days.draft.notes  # kept as text, not dropped
    aliases = _by_file(services, mentee_pairing)["0004-aliases.md"]
    assert "Front matter that could not be read" in aliases.draft.notes
    out = tmp_path / "out"
    services.adr.export_folder(mentee_pairing.id, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == {
        p.name: p.read_bytes() for p in folder.iterdir() if p.name != "0003-not-utf8.md"
    }


def test_a_new_title_keeps_the_number_the_file_writes_before_it(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    folders = [_copy(dialect, tmp_path) for dialect in ("backstage", "adr-tools-1x")]
    for folder in folders:
        services.adr.import_folder(mentee_pairing.id, folder)
    log = _by_file(services, mentee_pairing)
    for name in ("adr001-architecture-decision-record.md", "0004-retry-failed-deliveries.md"):
        detail = log[name]
        services.decisions.update(detail.decision.id, replace(detail.draft, title="Renamed: on purpose"))
    services.adr.export_folder(mentee_pairing.id, tmp_path / "a", log="doc/backstage")
    services.adr.export_folder(mentee_pairing.id, tmp_path / "b", log="doc/adr-tools-1x")
    backstage = (tmp_path / "a" / "adr001-architecture-decision-record.md").read_text()
    assert backstage == (folders[0] / "adr001-architecture-decision-record.md").read_text().replace(
        "title: ADR001 - Architecture Decision Record (ADR) log", "title: 'ADR001 - Renamed: on purpose'"
    )
    retry = (tmp_path / "b" / "0004-retry-failed-deliveries.md").read_text()
    assert retry.startswith("# 4. Renamed: on purpose\n\nDate: 31/02/2016\n")


def test_an_edit_never_invents_metadata_and_notes_keep_their_headings(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    folder = tmp_path / "adr"
    folder.mkdir()
    source = "---\nnav_order: 4\n---\n# Try a read replica\n\n## Context and Problem Statement\n\n"
    source += "Reports are slow.\n"
    (folder / "0001-try-a-read-replica.md").write_text(source)
    services.adr.import_folder(mentee_pairing.id, folder)
    detail = _by_file(services, mentee_pairing)["0001-try-a-read-replica.md"]
    services.decisions.update(detail.decision.id, replace(detail.draft, context="Reports take a minute."))
    services.adr.export_folder(mentee_pairing.id, tmp_path / "out")
    written = (tmp_path / "out" / "0001-try-a-read-replica.md").read_text()
    assert written == source.replace(
        "Reports are slow.", "Reports take a minute."
    )  # no date, no status added

    own = services.decisions.create(
        mentee_pairing.id,
        DecisionDraft("Written here", dt.date(2026, 10, 5), notes="## More Information\n\nAsk the DBA."),
        Role.MENTEE,
    )
    report = services.adr.export_folder(mentee_pairing.id, tmp_path / "own", log="own")
    text = (tmp_path / "own" / report.written[0]).read_text()
    assert text.endswith("\n## More Information\n\nAsk the DBA.\n") and "\\##" not in text
    assert "## Notes" not in text  # no empty heading above them
    services.adr.import_folder(mentee_pairing.id, tmp_path / "own", log="own-copy")
    copies = [d for d in services.decisions.list_decisions(mentee_pairing.id) if d.title == "Written here"]
    assert {services.decisions.detail(d.id).draft.notes for d in copies} == {
        services.decisions.detail(own).draft.notes
    }


def test_options_changed_here_keep_the_headings_the_file_gives_them(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    folder = _copy("madr3", tmp_path)
    services.adr.import_folder(mentee_pairing.id, folder)
    name = "0002-keep-sessions-server-side.md"
    detail = _by_file(services, mentee_pairing)[name]
    options = (*detail.draft.options, ConsideredOption("JWTs", bad=("hard to revoke",)))
    services.decisions.update(detail.decision.id, replace(detail.draft, options=options))
    services.adr.export_folder(mentee_pairing.id, tmp_path / "out")
    source = (folder / name).read_text()
    assert (tmp_path / "out" / name).read_text() == source.replace(
        "* Smaller cookies\n", "* Smaller cookies\n* JWTs\n"
    ) + "\n## Pros and Cons of the Options\n\n### JWTs\n\n* Bad, because hard to revoke\n"
    services.adr.import_folder(mentee_pairing.id, tmp_path / "out", log="doc/madr3")
    assert services.decisions.detail(detail.decision.id).draft.options == options
