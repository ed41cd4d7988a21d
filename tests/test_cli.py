"""The `mentordesk` command line: stable subcommands and one clear line on error."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk import __version__
from mentordesk.cli import main
from mentordesk.storage import HEAD_REVISION


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mentordesk", *args], capture_output=True, text=True, timeout=120
    )


def test_version_through_python_m() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"MentorDesk {__version__}"


def test_the_help_lists_every_command_and_the_window_s_options_alone_are_told_apart(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert all(command in shown for command in ("search", "export", "import", "pairing", "programme"))
    with pytest.raises(SystemExit) as done:
        main(["--demo", "--db", "elsewhere.sqlite"])  # the window's options, refused as before
    assert done.value.code == 2 and "not allowed with argument" in capsys.readouterr().err
    with pytest.raises(SystemExit) as done:
        main(["--review", "bogus"])
    assert done.value.code == 2 and "invalid choice: 'bogus'" in capsys.readouterr().err


def test_demo_then_pairings_then_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    assert "demo pairings" in capsys.readouterr().out
    assert main(["pairings", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Priya Raman & Sam Okafor\tmentor\t")
    name = lines[0].split("\t")[0]
    assert main(["search", "--db", str(db), "--pairing", name, "idempotency"]) == 0
    hits = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert hits and all(len(hit) == 3 for hit in hits)
    assert {"decision", "event", "card"} <= {kind for kind, _title, _id in hits}


def test_demo_refuses_a_database_with_pairings(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--db", str(demo_path)]) == 2
    assert "already holds pairings" in capsys.readouterr().err


def test_search_without_hits_exits_1(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--db", str(demo_path), "zzzqqq"]) == 1
    assert capsys.readouterr().out == ""


SEARCH_WITHOUT_THE_DATABASE_LAYER = """
import sys
from mentordesk.cli import main
from mentordesk.storage import HEAD_REVISION

code = main(["search", "--db", sys.argv[1], "idempotency"])
print("exit", code, "database layer loaded:", "sqlalchemy" in sys.modules)
"""


def test_search_reads_a_current_file_without_loading_the_database_layer(demo_path: Path) -> None:
    script = [sys.executable, "-c", SEARCH_WITHOUT_THE_DATABASE_LAYER, str(demo_path)]
    out = subprocess.run(script, capture_output=True, text=True, timeout=120, check=True).stdout.splitlines()
    assert out[-1] == "exit 0 database layer loaded: False"
    assert len(out) > 1 and all(len(line.split("\t")) == 3 for line in out[:-1])


def test_search_in_a_file_of_an_older_schema_upgrades_it_first(
    frozen_0001: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "--db", str(frozen_0001), "zzzqqq"]) == 1
    with sqlite3.connect(frozen_0001) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION


def test_search_in_a_pairing_that_does_not_exist_says_so(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "--db", str(demo_path), "--pairing", "Nobody & Nobody", "ledger"]) == 2
    assert capsys.readouterr().err == "mentordesk: no pairing named 'Nobody & Nobody'\n"


def test_db_from_environment(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MENTORDESK_DB", str(demo_path))
    assert main(["pairings"]) == 0
    assert "Sam Okafor" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing" / "x.sqlite", "does not exist"),
        (lambda p: p, "is a folder"),
        (
            lambda p: (p / "t.txt").write_text("hello, not a database at all") and p / "t.txt",
            "not a SQLite database",
        ),
    ],
)
def test_errors_are_one_line_without_traceback(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    target = make(tmp_path)
    result = run("pairings", "--db", str(target))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr


def test_newer_schema_error(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    result = run("search", "--db", str(db_path), "x")
    assert result.returncode == 2 and "newer version of MentorDesk" in result.stderr
    assert "Traceback" not in result.stderr


def test_sessions_export_ics(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from icalendar import Calendar

    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "sessions.ics"
    assert (
        main(
            [
                "sessions",
                "export-ics",
                "--db",
                str(demo_path),
                "--pairing",
                "Priya Raman & Sam Okafor",
                str(out),
            ]
        )
        == 0
    )
    assert "wrote 7 sessions" in capsys.readouterr().out
    calendar = Calendar.from_ical(out.read_bytes())
    events = calendar.walk("VEVENT")
    summaries = sorted(str(e.get("summary")) for e in events)
    assert len(events) == 7 and all(s.endswith("· Priya Raman & Sam Okafor") for s in summaries)
    assert any(s.startswith("30-day calibration call") for s in summaries)
    assert not any("checkout latency" in s for s in summaries)  # a confidential session shows only its kind
    assert all(e.get("dtend").dt > e.get("dtstart").dt for e in events)
    assert [p.name for p in out.parent.iterdir()] == ["sessions.ics"]  # no temporary file left behind


def test_sessions_export_ics_needs_a_pairing_when_there_are_several(demo_path: Path, tmp_path: Path) -> None:
    result = run("sessions", "export-ics", "--db", str(demo_path), str(tmp_path / "x.ics"))
    assert (
        result.returncode == 2
        and "name one with --pairing" in result.stderr
        and "Traceback" not in result.stderr
    )
    result = run(
        "sessions",
        "export-ics",
        "--db",
        str(demo_path),
        "--pairing",
        "Priya Raman & Jonas Berg",
        str(tmp_path / "no" / "x.ics"),
    )
    assert result.returncode == 2 and "does not exist" in result.stderr


def test_a_reader_that_goes_away_is_not_an_error(demo_path: Path) -> None:
    """`mentordesk pairings | head -n 1`: the pipe closes before everything is written."""
    command = [sys.executable, "-m", "mentordesk", "search", "--db", str(demo_path), "--limit", "1000", "a"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before it writes a line
    error = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0 and error == ""


def test_pairing_new_then_edit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mentordesk.cli_pairing import CADENCES, ROLES
    from mentordesk.domain import Cadence, Role

    assert (tuple(Role), tuple(Cadence)) == (ROLES, CADENCES)
    db = ["--db", str(tmp_path / "new.sqlite")]
    assert main(["pairing", "new", *db, "--partner", "Sam", "--role", "mentor"]) == 2
    assert "give it with --me" in capsys.readouterr().err
    new = ["pairing", "new", *db, "--partner", "Sam", "--role", "mentor", "--me", "Priya"]
    assert main([*new, "--start", "2026-11-02", "--competency", "SQL", "--competency", "Testing"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("created Priya & Sam\tmentor\t2026-11-02\tweekly\t")
    assert out[1] == "competencies: SQL, Testing"
    assert main([*new, "--start", "2026-11-02"]) == 2  # the name is taken
    assert "'Priya & Sam' already exists" in capsys.readouterr().err
    edit = ["pairing", "edit", *db, "--name", "Onboarding", "--role", "mentee", "--cadence", "monthly"]
    assert main([*edit, "--remove-competency", "sql", "--competency", "Go", "--start", "2026-11-31"]) == 2
    assert "“2026-11-31” is not a date" in capsys.readouterr().err
    assert main([*edit, "--remove-competency", "sql", "--competency", "Go"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("changed Onboarding\tmentee\t2026-11-02\tmonthly\t")
    assert out[1] == "competencies: Go, Testing"
    assert main(["pairings", *db]) == 0
    assert capsys.readouterr().out.startswith("Onboarding\tmentee\t2026-11-02\t")
