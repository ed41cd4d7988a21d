"""The timeline's data: fuzzy dates, events, eras, components, causal links, CSV and git imports."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.domain import DatePrecision, EventDraft, EventKind, PairingInfo, Visibility, period_of
from mentordesk.services import NotFoundError, Services
from mentordesk.services.redaction import ReviewSwitch
from mentordesk.services.timeline_csv import format_csv_date, parse_fuzzy_date
from mentordesk.services.timeline_git import GitError, classify, topic_of

D = dt.date


@pytest.mark.parametrize(
    ("day", "precision", "period"),
    [
        (D(2019, 3, 14), DatePrecision.DAY, (D(2019, 3, 14), D(2019, 3, 14))),
        (D(2019, 3, 14), DatePrecision.MONTH, (D(2019, 3, 1), D(2019, 3, 31))),
        (D(2020, 2, 10), DatePrecision.MONTH, (D(2020, 2, 1), D(2020, 2, 29))),
        (D(2019, 12, 5), DatePrecision.MONTH, (D(2019, 12, 1), D(2019, 12, 31))),
        (D(2019, 8, 1), DatePrecision.QUARTER, (D(2019, 7, 1), D(2019, 9, 30))),
        (D(2019, 11, 30), DatePrecision.QUARTER, (D(2019, 10, 1), D(2019, 12, 31))),
        (D(2019, 6, 6), DatePrecision.YEAR, (D(2019, 1, 1), D(2019, 12, 31))),
    ],
)
def test_period_of_a_fuzzy_date(
    day: dt.date, precision: DatePrecision, period: tuple[dt.date, dt.date]
) -> None:
    assert period_of(day, precision) == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-03-14", (D(2019, 3, 14), DatePrecision.DAY)),
        ("2019-3", (D(2019, 3, 1), DatePrecision.MONTH)),
        ("2019-Q3", (D(2019, 7, 1), DatePrecision.QUARTER)),
        ("q4 2019", (D(2019, 10, 1), DatePrecision.QUARTER)),
        (" 2019 ", (D(2019, 1, 1), DatePrecision.YEAR)),
    ],
)
def test_fuzzy_dates_are_read_as_exactly_as_written(
    text: str, expected: tuple[dt.date, DatePrecision]
) -> None:
    assert parse_fuzzy_date(text) == expected
    day, precision = expected
    assert parse_fuzzy_date(format_csv_date(day, precision)) == expected


@pytest.mark.parametrize("text", ["2019-13", "2019-02-30", "Q5 2019", "March", "", "19-03-14"])
def test_a_bad_date_is_named(text: str) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        parse_fuzzy_date(text)


def test_events_are_stored_at_the_start_of_their_period_and_edited(
    services: Services, mentee_pairing: PairingInfo
) -> None:
    archeology = services.archeology
    archeology.add_component(mentee_pairing.id, "Ledger DB", "#D97706")
    draft = EventDraft(
        "  Ledger  goes append-only ", D(2016, 5, 20), EventKind.DECISION, DatePrecision.QUARTER
    )
    event_id = archeology.create_event(mentee_pairing.id, draft)
    stored = archeology.event(event_id)
    assert (stored.title, stored.occurred_on, stored.when) == (
        "Ledger goes append-only",
        D(2016, 4, 1),
        "Q2 2016",
    )
    archeology.update_event(
        event_id,
        EventDraft(
            "Ledger goes append-only",
            D(2016, 6, 1),
            EventKind.MIGRATION,
            DatePrecision.DAY,
            components=("Ledger DB",),
            sources=("INC-7", "  "),
            visibility=Visibility.CONFIDENTIAL,
        ),
    )
    stored = archeology.event(event_id)
    assert (stored.kind, stored.components, stored.sources, stored.visibility) == (
        EventKind.MIGRATION,
        ("Ledger DB",),
        ("INC-7",),
        Visibility.CONFIDENTIAL,
    )
    with pytest.raises(ValueError, match="Unknown components: Billing"):
        archeology.update_event(event_id, EventDraft("x", D(2016, 1, 1), components=("Billing",)))
    with pytest.raises(ValueError, match="needs a title"):
        archeology.update_event(event_id, EventDraft("   ", D(2016, 1, 1)))


def test_causal_links_follow_deletes_and_restores(services: Services, mentee_pairing: PairingInfo) -> None:
    archeology = services.archeology
    incident = archeology.add_event(mentee_pairing.id, "Outage", D(2015, 11, 27), kind=EventKind.INCIDENT)
    fix = archeology.add_event(mentee_pairing.id, "Idempotency keys", D(2016, 1, 15))
    archeology.link_events(incident, fix)
    assert archeology.link_events(incident, fix) == archeology.link_events(incident, fix)  # no duplicate
    assert archeology.event(fix).causes == (incident,)
    archeology.delete_event(incident)
    assert archeology.event(fix).causes == ()
    with pytest.raises(NotFoundError):
        archeology.event(incident)
    archeology.restore_event(incident)
    assert archeology.event(fix).causes == (incident,)
    archeology.unlink_events(incident, fix)
    assert archeology.event(fix).causes == ()
    with pytest.raises(ValueError, match="cannot cause itself"):
        archeology.link_events(fix, fix)


def test_eras_and_components_are_validated_and_edited(
    services: Services, mentee_pairing: PairingInfo
) -> None:
    archeology = services.archeology
    era = archeology.add_era(mentee_pairing.id, "Monolith", D(2014, 1, 1), D(2018, 6, 30))
    archeology.update_era(era, "Monolith era", D(2014, 3, 1), None, colour="#FDE68A", description="One app")
    (stored,) = archeology.eras(mentee_pairing.id)
    assert (stored.name, stored.starts_on, stored.ends_on, stored.colour) == (
        "Monolith era",
        D(2014, 3, 1),
        None,
        "#fde68a",
    )
    with pytest.raises(ValueError, match="ends before it starts"):
        archeology.update_era(era, "Monolith", D(2014, 1, 1), D(2013, 1, 1), colour="#ffffff")
    with pytest.raises(ValueError, match="not a colour"):
        archeology.update_era(era, "Monolith", D(2014, 1, 1), None, colour="red")
    archeology.delete_era(era)
    assert archeology.eras(mentee_pairing.id) == []

    billing = archeology.add_component(mentee_pairing.id, "Billing")
    ledger = archeology.add_component(mentee_pairing.id, "Ledger")
    with pytest.raises(ValueError, match="already a component"):
        archeology.add_component(mentee_pairing.id, "billing")
    archeology.move_component(ledger, 0)
    assert [c.name for c in archeology.components(mentee_pairing.id)] == ["Ledger", "Billing"]
    event = archeology.add_event(mentee_pairing.id, "Split", D(2019, 2, 1), components=["Billing", "Ledger"])
    archeology.delete_component(billing)
    assert archeology.event(event).components == ("Ledger",)
    archeology.add_component(mentee_pairing.id, "Billing")  # the name is free again


CSV_TEXT = """\ufeffDate,Precision,Title,Kind,Component,Why,Lessons,Sources
2014-03,,Payments launch,release,checkout api; Ledger DB,"Three engineers, one quarter",,
2015-11-27,day,Double-charge incident,Incident,Checkout API,Retries,"Keep the keys; always",INC-42; https://wiki/inc-42
2019-13,,Bad month,decision,,,,
,,No date,decision,,,,
2016,quarterly,Bad precision,decision,,,,
2017-Q2,,Unknown kind,rewrite,,,,

2018,,  ,decision,,,,
Q3 2019,,Tokenisation,tech debt,Checkout API,,,
"""


def test_csv_import_reports_bad_rows_by_line_and_is_idempotent(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    services.archeology.add_component(mentee_pairing.id, "Checkout API")
    source = tmp_path / "history.csv"
    source.write_text(CSV_TEXT, encoding="utf-8")
    report = services.timeline.import_csv(mentee_pairing.id, source)
    assert (report.added, report.already_present, report.components_created) == (3, 0, ("Ledger DB",))
    assert [why.split(":")[0] for why in report.rejected] == [
        "line 4",
        "line 5",
        "line 6",
        "line 7",
        "line 9",
    ]
    assert "“2019-13” is not a date" in report.rejected[0]
    assert "“quarterly” is not a precision" in report.rejected[2]
    assert "“rewrite” is not a kind of event" in report.rejected[3]
    events = {e.title: e for e in services.archeology.events(mentee_pairing.id)}
    launch = events["Payments launch"]
    assert (launch.when, launch.kind, launch.components) == (
        "Mar 2014",
        EventKind.RELEASE,
        ("Checkout API", "Ledger DB"),
    )
    assert events["Double-charge incident"].sources == ("INC-42", "https://wiki/inc-42")
    assert events["Tokenisation"].kind is EventKind.TECH_DEBT and events["Tokenisation"].when == "Q3 2019"
    again = services.timeline.import_csv(mentee_pairing.id, source)
    assert (again.added, again.already_present) == (0, 3)


def test_csv_round_trip_keeps_every_column(services: Services, demo_path: Path, tmp_path: Path) -> None:
    demo = Services.open(demo_path)
    try:
        pairing = demo.pairings.list_pairings()[0]
        out = tmp_path / "timeline.csv"
        written = demo.timeline.export_csv(pairing.id, out)
        original = demo.archeology.events(pairing.id)
        assert written == len([e for e in original if e.visibility is not Visibility.PRIVATE]) > 20
        target = demo.pairings.list_pairings()[1]
        report = demo.timeline.import_csv(target.id, out)
        assert report.rejected == () and report.added == written
        copied = demo.archeology.events(target.id)

        def columns(event: object) -> tuple[object, ...]:
            return tuple(
                getattr(event, name)
                for name in (
                    "occurred_on",
                    "precision",
                    "title",
                    "kind",
                    "components",
                    "why",
                    "lessons",
                    "sources",
                )
            )

        assert sorted(map(columns, copied)) == sorted(
            columns(e) for e in original if e.visibility is not Visibility.PRIVATE
        )
    finally:
        demo.close()


def test_csv_without_the_required_columns_is_refused(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    source = tmp_path / "wrong.csv"
    source.write_text("when,what\n2019,launch\n", encoding="utf-8")
    with pytest.raises(ValueError, match="has no date or title column"):
        services.timeline.import_csv(mentee_pairing.id, source)
    source.write_bytes("date,title\n2019,caf\xe9\n".encode("latin-1"))
    with pytest.raises(ValueError, match="not UTF-8"):
        services.timeline.import_csv(mentee_pairing.id, source)


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with commits, a lightweight and an annotated tag, topic merges and a mainline merge."""
    path = tmp_path / "repo"
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    git(path, "config", "user.email", "dev@example.org")
    git(path, "config", "user.name", "Dev")
    env_date = {"GIT_AUTHOR_DATE": "2020-01-05T10:00:00", "GIT_COMMITTER_DATE": "2020-01-05T10:00:00"}

    def commit(message: str, date: str) -> None:
        name = f"{message.split()[0].lower()}.txt"  # one file per commit: merges never conflict
        (path / name).write_text(message, encoding="utf-8")
        git(path, "add", name)
        subprocess.run(
            ["git", "-C", str(path), "commit", "-q", "-m", message],
            check=True,
            capture_output=True,
            env={**env_date, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "PATH": "/usr/bin:/bin"},
        )

    def merge(branch: str, message: str, date: str) -> None:
        subprocess.run(
            ["git", "-C", str(path), "merge", "-q", "--no-ff", branch, "-m", message],
            check=True,
            capture_output=True,
            env={"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "PATH": "/usr/bin:/bin"},
        )

    commit("Initial commit", "2020-01-05T10:00:00")
    git(path, "tag", "v1.0")
    git(path, "checkout", "-q", "-b", "feature/migrate-ledger-to-postgres")
    commit("Ledger on Postgres", "2020-02-01T10:00:00")
    git(path, "checkout", "-q", "main")
    merge(
        "feature/migrate-ledger-to-postgres",
        "Merge branch 'feature/migrate-ledger-to-postgres'",
        "2020-02-03T10:00:00",
    )
    git(path, "checkout", "-q", "-b", "idempotency")
    commit("Keys", "2020-03-01T10:00:00")
    git(path, "checkout", "-q", "main")
    merge(
        "idempotency",
        "Merge pull request #12 from team/idempotency\n\nAdopt idempotency keys for charges",
        "2020-03-02T10:00:00",
    )
    git(path, "checkout", "-q", "-b", "topic")
    commit("Topic work", "2020-04-01T10:00:00")
    git(path, "checkout", "-q", "main")
    commit("Hotfix on main", "2020-04-02T10:00:00")
    git(path, "checkout", "-q", "topic")
    merge("main", "Merge branch 'main' into topic", "2020-04-03T10:00:00")
    git(path, "checkout", "-q", "main")
    git(path, "tag", "-a", "v2.0", "-m", "Postgres release")
    return path


def test_git_import_reads_tags_and_topic_merges_once(
    services: Services, mentee_pairing: PairingInfo, repo: Path
) -> None:
    report = services.timeline.import_git(mentee_pairing.id, repo, component="Payments")
    assert (report.added, report.already_present, report.components_created) == (4, 0, ("Payments",))
    events = {e.title: e for e in services.archeology.events(mentee_pairing.id)}
    assert set(events) == {
        "Release v1.0",
        "Release v2.0",
        "Migrate ledger to postgres",
        "Adopt idempotency keys for charges",
    }
    migration = events["Migrate ledger to postgres"]
    assert (migration.kind, migration.occurred_on, migration.components) == (
        EventKind.MIGRATION,
        D(2020, 2, 3),
        ("Payments",),
    )
    assert migration.sources[0].startswith("commit ") and len(migration.sources[0]) == 47
    assert migration.sources[1] == "merge: Merge branch 'feature/migrate-ledger-to-postgres'"
    assert events["Adopt idempotency keys for charges"].kind is EventKind.DECISION
    release = events["Release v2.0"]
    assert (release.kind, release.why) == (EventKind.RELEASE, "Postgres release")
    again = services.timeline.import_git(mentee_pairing.id, repo)
    assert (again.added, again.already_present) == (0, 4)


def test_git_import_refuses_a_folder_that_is_not_a_repository(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    with pytest.raises(GitError, match="is not a git repository"):
        services.timeline.import_git(mentee_pairing.id, tmp_path)
    with pytest.raises(GitError, match="is not a folder"):
        services.timeline.import_git(mentee_pairing.id, tmp_path / "missing")


@pytest.mark.parametrize(
    ("subject", "body", "topic"),
    [
        ("Merge pull request #7 from acme/fix-retries", "", "Fix retries"),
        ("Merge pull request #7 from acme/fix-retries", "\nRetry card calls once\n", "Retry card calls once"),
        ("Merge branch 'main' into feature", "", None),
        ("Merge remote-tracking branch 'origin/master'", "", None),
        ("Merge branch 'spike/queue_for_emails'", "", "Queue for emails"),
        ('Resolve "Move invoices to S3"', "", 'Resolve "Move invoices to S3"'),
    ],
)
def test_merge_topics(subject: str, body: str, topic: str | None) -> None:
    assert topic_of(subject, body) == topic


def test_classification_of_merge_topics() -> None:
    assert classify("Move invoices to S3") is EventKind.MIGRATION
    assert classify("Upgrade to Rails 7") is EventKind.MIGRATION
    assert classify("Adopt idempotency keys") is EventKind.DECISION


def test_cli_timeline_commands(
    demo_path: Path, repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pairing = "Priya Raman & Sam Okafor"
    assert main(["timeline", "import-git", str(repo), "--db", str(demo_path), "--pairing", pairing]) == 0
    assert capsys.readouterr().out.startswith("4 events added, 0 already present")
    out = tmp_path / "t.csv"
    assert main(["timeline", "export-csv", str(out), "--db", str(demo_path), "--pairing", pairing]) == 0
    assert out.read_text(encoding="utf-8").startswith(
        "date,precision,title,kind,component,why,lessons,sources\n"
    )
    assert main(["timeline", "import-csv", str(out), "--db", str(demo_path), "--pairing", pairing]) == 0
    assert " events added" in capsys.readouterr().out
    assert main(["timeline", "import-git", str(tmp_path), "--db", str(demo_path), "--pairing", pairing]) == 2
    assert "is not a git repository" in capsys.readouterr().err


def test_a_git_import_that_adds_nothing_makes_no_lane_and_says_why(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    path = tmp_path / "squashed"
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    git(path, "config", "user.email", "dev@example.org")
    git(path, "config", "user.name", "Dev")
    (path / "a.txt").write_text("a\n")
    git(path, "add", "a.txt")
    git(path, "commit", "-q", "-m", "Squashed: move invoices to S3")
    report = services.timeline.import_git(mentee_pairing.id, path, component="Invoices")
    assert (report.added, report.already_present, report.rejected) == (0, 0, ())
    assert services.archeology.components(mentee_pairing.id) == []  # no empty lane
    summary = report.summary()
    assert summary.startswith("0 events added, 0 already present\n") and "rejected" not in summary
    assert "has no tags and no merges of a topic branch" in summary


def test_a_second_git_import_says_everything_was_there_and_nothing_was_rejected(
    services: Services, mentee_pairing: PairingInfo, repo: Path
) -> None:
    services.timeline.import_git(mentee_pairing.id, repo, component="Payments")
    again = services.timeline.import_git(mentee_pairing.id, repo, component="Ledger")
    assert (again.added, again.already_present, again.components_created) == (0, 4, ())
    assert [c.name for c in services.archeology.components(mentee_pairing.id)] == ["Payments"]
    assert "rejected" not in again.summary() and "imported before" in again.summary()


def test_the_timeline_reads_marks_and_one_whole_event_at_a_time(
    services: Services, mentee_pairing: PairingInfo
) -> None:
    archeology = services.archeology
    archeology.add_component(mentee_pairing.id, "Ledger DB")
    outage = archeology.add_event(mentee_pairing.id, "Outage", D(2015, 11, 27), kind=EventKind.INCIDENT)
    fix = archeology.create_event(
        mentee_pairing.id,
        EventDraft(
            "Idempotency keys",
            D(2016, 2, 1),
            precision=DatePrecision.MONTH,
            components=("Ledger DB",),
            why="Retries charged twice",
            sources=("INC-7",),
            people="Ana",
        ),
    )
    archeology.link_events(outage, fix)
    secret = archeology.create_event(
        mentee_pairing.id, EventDraft("Reorg rumour", D(2016, 3, 1), visibility=Visibility.PRIVATE)
    )
    whole = archeology.events(mentee_pairing.id)
    marks = archeology.marks(mentee_pairing.id)
    # a mark is its event without the story, in the same order
    assert [(m.id, m.title, m.kind, m.occurred_on, m.precision, m.visibility, m.components, m.causes)
            for m in marks] == [(e.id, e.title, e.kind, e.occurred_on, e.precision, e.visibility,
                                 e.components, e.causes) for e in whole]  # fmt: skip
    assert [m.id for m in marks] == [outage, fix, secret]
    assert archeology.event(fix) == next(e for e in whole if e.id == fix)
    words = {t.id: t.words for t in archeology.texts(mentee_pairing.id)}
    assert "retries charged twice" in words[fix] and "inc-7" in words[fix] and "ana" in words[fix]
    shown = services.guarded_by(ReviewSwitch(on=True)).archeology  # Review mode: the private one is gone
    assert [m.id for m in shown.marks(mentee_pairing.id)] == [outage, fix]
    assert {t.id for t in shown.texts(mentee_pairing.id)} == {outage, fix}
    with pytest.raises(NotFoundError):
        shown.event(secret)
