"""ADR folders: messy adr-tools and MADR files in, stable files out, and lossless round trips."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
from mentordesk.services.adr_format import AdrRecord, file_name, parse_adr
from mentordesk.services.adr_write import write_adr

FIXTURES = Path(__file__).parent / "data" / "adr"


@pytest.fixture
def folder(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    target = tmp_path / request.param
    shutil.copytree(FIXTURES / request.param, target)
    return target


def by_number(services: Services, pairing: PairingInfo) -> dict[int, DecisionDetail]:
    return {d.number: services.decisions.detail(d.id) for d in services.decisions.list_decisions(pairing.id)}


@pytest.mark.parametrize("folder", ["nygard"], indirect=True)
def test_adr_tools_folder(services: Services, mentee_pairing: PairingInfo, folder: Path) -> None:
    report = services.adr.import_folder(mentee_pairing.id, folder)
    assert (report.imported, report.updated, report.unchanged) == (4, 0, 0)
    assert dict(report.skipped) == {
        "README.md": "an index or template file",
        "template.md": "an index or template file",
    }
    log = by_number(services, mentee_pairing)
    first, redis, sepa, database = (log[n] for n in (1, 2, 3, 4))
    assert first.draft.title == "Record architecture decisions"
    assert first.draft.decided_on == dt.date(2019, 3, 4)
    assert first.decision.status is DecisionStatus.ACCEPTED
    assert "ten minutes" in first.draft.consequences_other
    assert redis.decision.status is DecisionStatus.SUPERSEDED
    assert "![burst graph](images/burst.png)" in redis.draft.context
    assert redis.draft.consequences_good == "- bursts no longer time out"
    assert redis.draft.consequences_bad == "- a Redis restart can lose queued payments"
    assert sepa.draft.title == "Überweisungen per SEPA – Anbindung der Bank"
    assert sepa.draft.decided_on == dt.date(2019, 8, 12)
    assert sepa.decision.status is DecisionStatus.PROPOSED
    assert "## Open questions" in sepa.draft.notes and "bank holiday" in sepa.draft.notes
    assert database.supersedes == redis.decision.id and redis.superseded_by == (database.decision.id,)
    assert database.amends == first.decision.id
    assert "## not a heading: inside a code block" in database.draft.rationale
    assert "gives no date" in database.draft.notes
    assert [name for name, _ in report.undated] == ["0004-queue-payments-in-the-database.md"]

    again = services.adr.import_folder(mentee_pairing.id, folder)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 4)
    edited = folder / "0001-record-architecture-decisions.md"
    edited.write_text(edited.read_text().replace("ten minutes", "fifteen minutes"), encoding="utf-8")
    third = services.adr.import_folder(mentee_pairing.id, folder)
    assert (third.imported, third.updated, third.unchanged) == (0, 1, 3)
    assert len(services.decisions.list_decisions(mentee_pairing.id)) == 4


@pytest.mark.parametrize("folder", ["madr"], indirect=True)
def test_madr_folder(services: Services, mentee_pairing: PairingInfo, folder: Path) -> None:
    (folder / "0006-latin1.md").write_bytes("# 6. Caf\xe9 choices\n".encode("latin-1"))
    (folder / "0003-twin.md").write_text("# Same number as another file\n", encoding="utf-8")
    report = services.adr.import_folder(mentee_pairing.id, folder)
    assert report.imported == 4
    skipped = dict(report.skipped)
    assert skipped["0005-broken.md"] == "no '# Title' heading and no title in its front matter"
    assert skipped["0006-latin1.md"] == "not UTF-8 text"
    assert skipped["0003-twin.md"] == "number 3 is also used by 0003-drop-the-event-bus.md"
    assert {"adr-template.md", "index.md"} <= set(skipped)
    log = by_number(services, mentee_pairing)
    markdown, bus, drop, cache = (log[n] for n in (1, 2, 3, 4))
    d = markdown.draft
    assert (d.decided_on, markdown.decision.status) == (dt.date(2024, 1, 15), DecisionStatus.ACCEPTED)
    assert [o.title for o in d.options] == ["Markdown files", "A wiki page", "Nothing"]
    assert d.options[0] == ConsideredOption(
        "Markdown files", ("diffable",), ("needs a naming convention",), ("no comments in place",)
    )
    assert d.chosen_option == "Markdown files" and d.rationale == "they are reviewed with the code."
    assert d.consequences_good == "- every change to a decision is in git"
    assert d.confirmation.startswith("Every pull request")
    for kept in ("decision-makers: Ana, Bo", "ticket: PLAT-1234", "## More Information"):
        assert kept in d.notes
    assert bus.decision.status is DecisionStatus.SUPERSEDED and drop.supersedes == bus.decision.id
    assert bus.draft.consequences_bad == "* One more cluster to run"
    assert "Technical Story: ORD-88" in bus.draft.notes and bus.draft.decided_on == dt.date(2024, 2, 1)
    assert drop.draft.tags == ("whatever",)
    assert cache.draft.title == "Cache prices for an hour 🚀"
    assert cache.decision.status is DecisionStatus.DEPRECATED and "foo: 1, 2" in cache.draft.notes


@pytest.mark.parametrize("folder", ["madr"], indirect=True)
def test_a_folder_never_overwrites_unrelated_decisions(demo: Services, folder: Path) -> None:
    """A log with decisions of its own takes every file of a team's folder, under free numbers."""
    pairing = demo.pairings.list_pairings()[0]
    own = demo.decisions.list_decisions(pairing.id)
    before = [demo.decisions.detail(d.id) for d in own]
    report = demo.adr.import_folder(pairing.id, folder)
    assert report.imported == 4
    free = max(d.number for d in own) + 1
    assert next((name, here) for name, _number, here in report.renumbered) == (
        "0001-use-markdown-for-decisions.md",
        free,
    )
    assert [demo.decisions.detail(d.id) for d in own] == before
    again = demo.adr.import_folder(pairing.id, folder)
    assert (again.imported, again.unchanged) == (0, 4)
    assert len(demo.decisions.list_decisions(pairing.id)) == len(own) + 4


@pytest.mark.parametrize("fmt", ["madr", "nygard"])
def test_demo_log_round_trips_through_a_folder(demo: Services, tmp_path: Path, fmt: str) -> None:
    source = demo.pairings.list_pairings()[0]
    report = demo.adr.export_folder(source.id, tmp_path, fmt, include_private=True, include_confidential=True)
    assert sorted(report.written) == sorted(p.name for p in tmp_path.glob("*.md"))
    again = demo.adr.export_folder(source.id, tmp_path, fmt, include_private=True, include_confidential=True)
    assert again.written == report.written  # stable names
    target = demo.pairings.create(
        NewPairing("Sam", Role.MENTEE, "Priya", dt.date(2026, 1, 1), source.cadence),
        name="Copy",
    )
    result = demo.adr.import_folder(target.id, tmp_path)
    assert result.imported == len(report.written) and not result.skipped
    assert demo.adr.records(target.id, True)[0] == demo.adr.records(source.id, True)[0]


def test_private_decisions_stay_out_unless_asked(demo: Services, tmp_path: Path) -> None:
    pairing = demo.pairings.list_pairings()[0]
    private = demo.decisions.create(
        pairing.id,
        DecisionDraft("Only mine", dt.date(2026, 11, 1), visibility=Visibility.PRIVATE),
        Role.MENTOR,
    )
    report = demo.adr.export_folder(pairing.id, tmp_path)
    number = demo.decisions.detail(private).decision.number
    assert report.private_left_out == 1 and not list(tmp_path.glob(f"{number:04d}-*"))


_line = (
    st.text(alphabet=st.sampled_from(list("abcXYZ019 .,:;!?'\"()[]/_-*#+`é漢ü")), min_size=1, max_size=30)
    .map(str.strip)
    .filter(lambda s: s and not s.startswith(("*", "-", "+", "`", "~", "#")))
)
_body = st.lists(
    st.one_of(
        _line,
        st.just(""),
        st.sampled_from(["# ", "## ", "### ", "\\## ", "- ", "Chosen: "]).flatmap(
            lambda p: _line.map(lambda s: p + s)
        ),
    ),
    max_size=5,
).map(lambda lines: "\n".join(lines).strip())
_date = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1))


@st.composite
def records(draw: st.DrawFn) -> AdrRecord:
    titles = draw(st.lists(_line, max_size=3, unique=True))
    options = tuple(
        ConsideredOption(t, *(tuple(draw(st.lists(_line, max_size=2))) for _ in range(3))) for t in titles
    )
    draft = DecisionDraft(
        title=" ".join(draw(_line).split()),  # the log keeps titles with single spaces
        decided_on=draw(_date),
        options=options,
        chosen_option=draw(st.sampled_from([*titles, ""])),
        confidence=draw(st.none() | st.integers(1, 5)),
        revisit_on=draw(st.none() | _date),
        tags=tuple(draw(st.lists(_line.filter(lambda s: "," not in s), max_size=2, unique=True))),
        visibility=draw(st.sampled_from(list(Visibility))),
        **{
            key: draw(_body)
            for key in (
                "context",
                "drivers",
                "rationale",
                "consequences_good",
                "consequences_bad",
                "consequences_other",
                "confirmation",
                "expected_outcome",
                "notes",
            )
        },
    )
    outcome = draw(st.none() | st.sampled_from(list(Outcome)))
    return AdrRecord(
        number=draw(st.integers(1, 9999)),
        draft=draft,
        status=draw(st.sampled_from(list(DecisionStatus))),
        review_state=draw(st.sampled_from(list(ReviewState))),
        author=draw(st.sampled_from(list(Role))),
        supersedes=draw(st.lists(st.integers(1, 9999), max_size=2, unique=True)),
        amends=draw(st.lists(st.integers(1, 9999), max_size=2, unique=True)),
        amended_by=draw(st.lists(st.integers(1, 9999), max_size=2, unique=True)),
        other_links=[
            (kind, f"[{n}. Title](0{n}-title.md)")
            for kind, n in draw(
                st.lists(st.tuples(st.sampled_from(["Clarifies", "Refined by"]), st.integers(1, 99)))
            )
        ],
        outcome=outcome,
        outcome_note=draw(_body) if outcome else "",
        revisited_on=draw(_date) if outcome else None,
        addenda=[
            (draw(_date), draw(st.sampled_from(list(Role))), draw(_body.filter(bool)))
            for _ in range(draw(st.integers(0, 2)))
        ],
    )


@pytest.mark.parametrize("fmt", ["madr", "nygard"])
@pytest.mark.parametrize("link", ["", "https://example.org/options"])
@pytest.mark.parametrize("title", ["[]()", "[draft](v2)", "a [b](c) d", "ends in \\", "\\[", "]["])
def test_option_names_that_look_like_links_come_back_as_written(title: str, link: str, fmt: str) -> None:
    option = ConsideredOption(title, good=("it is quick",), link=link)
    draft = DecisionDraft(
        title="Pick one", decided_on=dt.date(2026, 11, 2), options=(option,), chosen_option=title
    )
    record = AdrRecord(
        number=3,
        draft=draft,
        status=DecisionStatus.PROPOSED,
        date_known=True,
        review_state=ReviewState.DRAFT,
        author=Role.MENTEE,
    )
    names = {3: file_name(3, "pick one")}
    back = parse_adr(write_adr(record, fmt, names, {}), names[3][:-3])
    assert back.draft.options == (option,) and back.draft.chosen_option == title


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=records(), fmt=st.sampled_from(["madr", "nygard"]))
def test_write_then_read_loses_nothing(record: AdrRecord, fmt: str) -> None:
    if record.status is DecisionStatus.SUPERSEDED:
        record.superseded_by = [record.number + 1]
    names = {n: file_name(n, f"decision {n}") for n in range(1, 10001)}
    text = write_adr(record, fmt, names, {})
    back = parse_adr(text, names[record.number][:-3])
    assert back == record, text


def test_file_names_are_stable_and_portable() -> None:
    assert file_name(7, "Überweisungen per SEPA: what/why?") == "0007-uberweisungen-per-sepa-what-why.md"
    assert file_name(12, "🚀") == "0012-decision.md"
    long = file_name(3, "retries " * 40)
    assert long.endswith("-retries.md") and len(long) <= len("0003-.md") + 120


@pytest.mark.parametrize("folder", ["nygard"], indirect=True)
def test_cli_imports_and_exports(
    db_path: Path, folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = Services.open(db_path)
    services.pairings.create(
        NewPairing(
            "Sam",
            Role.MENTEE,
            "Priya",
            dt.date(2026, 1, 1),
            Cadence.WEEKLY,
        )
    )
    services.close()
    assert main(["adr", "import", str(folder), "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.startswith("4 imported, 0 updated, 0 unchanged, 2 skipped")
    out = tmp_path / "out"
    assert main(["adr", "export", str(out), "--db", str(db_path), "--format", "nygard"]) == 0
    assert capsys.readouterr().out.startswith("4 decisions written")
    for name in ("0003-Überweisungen-per-SEPA.md", "0004-queue-payments-in-the-database.md"):
        assert (out / name).read_bytes() == (folder / name).read_bytes()
    assert main(["adr", "import", str(tmp_path / "missing"), "--db", str(db_path)]) == 2
    assert "is not a folder" in capsys.readouterr().err
