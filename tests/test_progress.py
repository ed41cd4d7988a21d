"""The Progress dashboard's figures on crafted data, shared-only snapshots, and the progress report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.cli import main
from mentordesk.domain import (
    ActionItemInfo,
    Cadence,
    CardInfo,
    CardKind,
    ColumnInfo,
    DecisionInfo,
    DecisionStatus,
    Outcome,
    PairingInfo,
    PairingStatus,
    PersonInfo,
    ReviewState,
    RevisitSummary,
    Role,
    SessionInfo,
    SessionKind,
    Visibility,
)
from mentordesk.services import Services
from mentordesk.services.metrics import MetricsService, PairingSnapshot
from mentordesk.services.progress import compute_progress, months_between
from mentordesk.services.report import md, report_markdown
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages.progress import ProgressPage

START = dt.date(2026, 9, 1)
NOW = dt.datetime(2026, 11, 15, 12, tzinfo=dt.UTC)


def pairing() -> PairingInfo:
    return PairingInfo(
        "p",
        "M & E",
        PersonInfo("m", "M"),
        PersonInfo("e", "E"),
        Role.MENTOR,
        START,
        Cadence.WEEKLY,
        PairingStatus.ACTIVE,
    )


def session(day: dt.date, rating: int | None = None) -> SessionInfo:
    return SessionInfo(
        f"s{day}",
        dt.datetime.combine(day, dt.time(10), dt.UTC),
        60,
        SessionKind.ONE_ON_ONE,
        "1:1",
        Visibility.SHARED,
        feedback_rating=rating,
    )


def decision(number: int, day: dt.date, status: DecisionStatus, tags: tuple[str, ...] = ()) -> DecisionInfo:
    return DecisionInfo(
        f"d{number}",
        number,
        f"Decision {number}",
        day,
        status,
        ReviewState.REVIEWED,
        Role.MENTEE,
        Visibility.SHARED,
        tags=tags,
    )


def snapshot() -> PairingSnapshot:
    sessions = [
        session(dt.date(2026, 9, 1), 3),
        session(dt.date(2026, 9, 8), 3),
        session(dt.date(2026, 10, 6), 5),  # 28 days later: longer than planned
        session(dt.date(2026, 10, 13), 5),
        session(dt.date(2026, 11, 20)),  # upcoming
    ]
    columns = [
        ColumnInfo("c", "Doing", 1, None, None, None, False),
        ColumnInfo("done", "Done", 2, None, None, None, True),
    ]
    cards = [
        CardInfo(
            "k1",
            "done",
            "Fix",
            CardKind.TASK,
            Role.MENTEE,
            Visibility.SHARED,
            1,
            dt.date(2026, 9, 20),
            competencies=("Testing",),
        ),
        CardInfo(
            "k2",
            "c",
            "Read",
            CardKind.LEARNING,
            Role.MENTEE,
            Visibility.SHARED,
            2,
            dt.date(2026, 9, 25),
            competencies=("Testing", "Design"),
        ),
        CardInfo("k3", "c", "Own", CardKind.TASK, Role.MENTEE, Visibility.SHARED, 3, dt.date(2026, 10, 20)),
        CardInfo(
            "k4",
            "done",
            "On-call",
            CardKind.MILESTONE,
            Role.MENTEE,
            Visibility.SHARED,
            4,
            reached_on=dt.date(2026, 10, 1),
        ),
    ]
    actions = [
        ActionItemInfo("a1", "s2026-10-06", "open", Role.MENTEE, None, False, Visibility.SHARED),
        ActionItemInfo("a2", "s2026-10-13", "open", Role.MENTEE, None, False, Visibility.SHARED),
        ActionItemInfo("a3", "s2026-09-01", "done", Role.MENTEE, None, True, Visibility.SHARED),
    ]
    decisions = [
        decision(1, dt.date(2026, 9, 10), DecisionStatus.ACCEPTED, ("design",)),
        decision(2, dt.date(2026, 10, 2), DecisionStatus.PROPOSED),
        decision(3, dt.date(2026, 10, 30), DecisionStatus.ACCEPTED),
    ]
    revisits = RevisitSummary(
        due=1,
        revisited=2,
        outcomes={o: (1 if o in (Outcome.HELD_UP, Outcome.PARTLY) else 0) for o in Outcome},
        median_days_to_review=2.5,
    )
    return PairingSnapshot(
        pairing(), sessions, actions, decisions, columns, cards, ("Design", "Testing", "Writing"), revisits
    )


def test_progress_figures_on_crafted_data() -> None:
    progress = compute_progress(snapshot(), NOW)
    figures = {m.name: m.value for m in progress.metrics}
    assert figures["Gaps longer than planned"] == "28 days after 8 Sep"
    assert figures["Median age of open items"] == "36.5 days"  # 40 and 33 days since their sessions
    assert figures["Logged per month"] == "1.0"  # 3 decisions over September–November
    assert figures["Median time to review"] == "2.5 days"
    assert figures["Revisit outcomes"] == "held up 1, partly 1; 1 due"
    assert figures["First accepted decision"] == "day 10"

    assert figures["Cards done per phase"] == "Days 1–30: 1 of 2; Days 31–60: 0 of 1"
    assert figures["Most practised"] == "Design (2), Testing (2)"  # ties by name; a decision tag counts
    assert figures["Rating trend"] == "+2.0 from the earlier to the later sessions"
    assert all(m.explanation for m in progress.metrics)
    assert [m.area for m in progress.metrics] == sorted(
        (m.area for m in progress.metrics),
        key=["Sessions", "Action items", "Decisions", "Plan", "Competencies", "Feedback"].index,
    )
    assert progress.sessions_per_month.labels == ("Sep 2026", "Oct 2026", "Nov 2026")
    assert progress.sessions_per_month.values == (2.0, 2.0, 0.0)
    assert progress.sessions_per_month.target == pytest.approx(4.35, abs=0.05)
    assert progress.decisions_per_month.values == (1.0, 2.0, 0.0)
    assert progress.competencies.labels[:2] == ("Design", "Testing") and progress.competencies.values[2] == 0
    assert progress.ratings.values == (3.0, 3.0, 5.0, 5.0)
    testing = next(s for s in progress.competency_growth if s.title == "Testing")
    assert testing.values == (2.0, 2.0, 2.0)  # both cards due in September, counted from then on


def test_months_between_spans_year_ends() -> None:
    assert months_between(dt.date(2025, 11, 30), dt.date(2026, 2, 1)) == [
        dt.date(2025, 11, 1),
        dt.date(2025, 12, 1),
        dt.date(2026, 1, 1),
        dt.date(2026, 2, 1),
    ]


def test_shared_only_snapshots_and_the_report_leave_hidden_records_out(demo: Services) -> None:
    pair = demo.pairings.list_pairings()[0]
    full = demo.metrics.snapshot(pair)
    shared = demo.metrics.snapshot(pair, shared_only=True)
    hidden = [d for d in full.decisions if d.visibility is not Visibility.SHARED]
    assert hidden and all(d.visibility is Visibility.SHARED for d in shared.decisions)
    assert len(shared.decisions) == len(full.decisions) - len(hidden)
    data = demo.report.data(pair, pair.start_date, dt.date.today())
    text = report_markdown(data)
    assert (
        f"{data.hidden_count} confidential or private records are left out" in text and data.hidden_count > 0
    )
    for secret in hidden:
        assert md(secret.title) not in text and secret.title not in text
    assert "## Decisions made" in text and "ADR-005" in text and "## The plan" in text
    with pytest.raises(ValueError, match=r"ends .* before it starts"):
        demo.report.data(pair, dt.date(2026, 12, 1), dt.date(2026, 11, 1))


def test_markdown_escaping_keeps_user_text_literal() -> None:
    assert md("# not a heading | *x* [link](y)") == r"\# not a heading \| \*x\* \[link\](y)"


def test_cli_report_writes_pdf_and_markdown(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.pdf"
    args = ["report", "--db", str(demo_path), "--pairing", "Priya Raman & Sam Okafor", "--out", str(out)]
    assert main([*args, "--from", "2026-01-01", "--to", "2030-01-01"]) == 0
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 20_000  # text and four charts
    assert out.with_suffix(".md").read_text(encoding="utf-8").startswith("# Progress report: Priya Raman")
    assert "wrote" in capsys.readouterr().out
    assert main([*args, "--from", "2026-13-01"]) == 2
    assert "is not a date" in capsys.readouterr().err


def test_dashboard_page_shows_every_figure_and_chart(qtbot: QtBot, demo: Services) -> None:
    create_application()
    page = ProgressPage(demo, ChangeHub())
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.set_pairing(demo.pairings.list_pairings()[0])
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.progress is not None, timeout=10_000)
    assert page.progress is not None and not page.working
    shown = {w.text() for w in page.findChildren(QLabel)}
    for metric in page.progress.metrics:
        assert metric.name in shown and metric.value in shown and metric.explanation in shown
    titles = [view.chart().title() for view in page.chart_views]
    assert titles[:4] == [
        "Sessions held per month",
        "Decisions logged per month",
        "Cards and decisions per competency",
        "Mentee feedback ratings",
    ]
    sessions = page.chart_views[0].chart().series()
    assert [s.name() for s in sessions][1].startswith("Target")
    assert "shared records only" not in page.subtitle.text()


def test_a_report_asks_the_database_the_same_number_of_times_for_10_or_40_decisions(
    services: Services,
) -> None:
    """No query per decision (a 20,000-record pairing took 78 s; figures in the commit)."""
    from sqlalchemy import event

    from mentordesk.domain import Cadence, NewPairing, Role, Verdict

    def statements_for(decisions: int) -> int:
        pairing = services.pairings.create(
            NewPairing("Priya", Role.MENTOR, f"Sam {decisions}", dt.date(2026, 9, 1), Cadence.WEEKLY)
        )
        for n in range(decisions):
            decision = services.decisions.add_decision(
                pairing.id, f"Decision {n}", dt.date(2026, 9, 2), author_role=Role.MENTEE
            )
            services.reviews.submit(decision, Role.MENTEE)
            services.reviews.give_verdict(
                pairing, decision, Verdict.APPROVE, Role.MENTOR, "", dt.datetime(2026, 9, 3, tzinfo=dt.UTC)
            )
        counted: list[str] = []
        listener = lambda *args: counted.append(args[2])  # noqa: E731
        event.listen(services.db.engine, "before_cursor_execute", listener)
        try:
            services.report.data(pairing, pairing.start_date, dt.date(2026, 12, 1))
        finally:
            event.remove(services.db.engine, "before_cursor_execute", listener)
        return len(counted)

    assert statements_for(10) == statements_for(40)


def test_the_figures_are_worked_out_on_a_thread_while_the_page_says_so(
    qtbot: QtBot, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_application()
    gate, threads, asked = threading.Event(), [], []
    progress = MetricsService.progress

    def slow_progress(self: MetricsService, pairing: PairingInfo, **kwargs: object) -> object:
        threads.append(threading.get_ident())
        asked.append(pairing.name)
        assert gate.wait(timeout=10)
        return progress(self, pairing, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(MetricsService, "progress", slow_progress)
    page = ProgressPage(demo, ChangeHub())
    qtbot.addWidget(page)
    pairings = demo.pairings.list_pairings()
    page.set_pairing(pairings[0])
    page.show()
    qtbot.waitUntil(lambda: bool(threads))
    assert page.working and page.progress is None
    assert "Working out the figures…" in {w.text() for w in page.findChildren(QLabel)}
    page.set_pairing(pairings[1])  # asked again while the thread works: the newest ask is worked out next
    gate.set()
    qtbot.waitUntil(lambda: page.progress is not None and not page.working, timeout=10_000)
    assert len(threads) == 2 and threading.get_ident() not in threads
    assert asked == [pairings[0].name, pairings[1].name] and page.progress is not None


def test_figures_that_cannot_be_worked_out_are_said_on_the_page(
    qtbot: QtBot, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_application()

    def broken(*_args: object, **_kwargs: object) -> object:
        raise ValueError("the file is busy")

    monkeypatch.setattr(MetricsService, "progress", broken)
    page = ProgressPage(demo, ChangeHub())
    qtbot.addWidget(page)
    page.set_pairing(demo.pairings.list_pairings()[0])
    qtbot.waitUntil(lambda: not page.working, timeout=10_000)
    shown = {w.text() for w in page.findChildren(QLabel)}
    assert "The figures could not be worked out: the file is busy" in shown and page.progress is None


def test_a_change_made_while_the_figures_are_worked_out_has_them_worked_out_again(
    qtbot: QtBot, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_application()
    gate, runs = threading.Event(), []
    progress = MetricsService.progress

    def slow_progress(self: MetricsService, pairing: PairingInfo, **kwargs: object) -> object:
        runs.append(pairing.name)
        assert gate.wait(timeout=10)
        return progress(self, pairing, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(MetricsService, "progress", slow_progress)
    page = ProgressPage(demo, ChangeHub())
    qtbot.addWidget(page)
    pairing = demo.pairings.list_pairings()[0]
    page.set_pairing(pairing)
    qtbot.waitUntil(lambda: bool(runs))
    page.refresh()  # a card of the same pairing changed while its figures were being worked out
    gate.set()
    qtbot.waitUntil(lambda: page.progress is not None and not page.working, timeout=10_000)
    assert runs == [pairing.name, pairing.name]


def test_items_of_planned_sessions_and_decisions_from_before_the_pairing_skew_no_figure() -> None:
    """An item put on the upcoming session has no age yet; a team decision imported from years before
    the pairing began is in the log but not in the pairing's months."""
    data = snapshot()
    planned = ActionItemInfo("a4", "s2026-11-20", "carried", Role.MENTEE, None, False, Visibility.SHARED)
    old = decision(4, dt.date(2019, 3, 4), DecisionStatus.ACCEPTED)
    data = dataclasses.replace(data, actions=[planned], decisions=[*data.decisions, old])
    figures = {m.name: m.value for m in compute_progress(data, NOW).metrics}
    assert figures["Median age of open items"] == "no open items from held sessions"
    assert figures["Logged per month"] == "1.0"  # still 3 over September–November
    assert figures["Logged"] == "4"
