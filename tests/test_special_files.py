"""Files that are not what they seem: pipes, devices, folders, huge or looping files and YAML bombs are
refused quickly with a message naming them; nothing blocks, fills memory or replaces a special file.

Special files are made in the test's own folder; /dev/null is only ever read."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.domain import PairingInfo
from mentordesk.files import FileRefused, read_limited, write_atomically
from mentordesk.services import Services
from mentordesk.services.adr_meta import load_front_matter
from mentordesk.sync.bundle import BundleError
from mentordesk.sync.identity import DeviceIdentity
from mentordesk.sync.importing import ImportService


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)
    return path


def test_a_pipe_is_refused_without_blocking(
    services: Services, mentee_pairing: PairingInfo, fifo: Path
) -> None:
    with pytest.raises(FileRefused, match="pipe"):
        services.timeline.import_csv(mentee_pairing.id, fifo)
    with pytest.raises(BundleError, match="pipe") as refused:
        ImportService(services.db).read(fifo, DeviceIdentity.generate("Sam"))
    assert refused.value.reason == "invalid"


def test_a_device_and_a_folder_are_refused(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    with pytest.raises(FileRefused, match="device"):
        read_limited(Path("/dev/null"), 1000)
    with pytest.raises(FileRefused, match="folder"):
        read_limited(tmp_path, 1000)


def test_a_huge_file_is_refused_after_reading_no_more_than_the_limit(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    huge = tmp_path / "history.csv"
    with huge.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(4 * 2**30)
    started = time.perf_counter()
    with pytest.raises(FileRefused, match="larger than"):
        services.timeline.import_csv(mentee_pairing.id, huge)
    assert time.perf_counter() - started < 5  # it did not read 4 GB


def test_writing_never_replaces_a_pipe_or_a_folder(tmp_path: Path, fifo: Path) -> None:
    with pytest.raises(FileRefused, match="pipe"):
        write_atomically(fifo, b"data")
    assert fifo.is_fifo()
    with pytest.raises(FileRefused, match="folder"):
        write_atomically(tmp_path, b"data")


def test_the_command_line_refuses_to_write_into_a_pipe(
    demo_path: Path, fifo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pairing = ["--pairing", "Priya Raman & Sam Okafor"]
    code = main(["sessions", "export-ics", "--db", str(demo_path), *pairing, str(fifo)])
    assert code == 2 and "pipe" in capsys.readouterr().err
    assert fifo.is_fifo()


# nine levels of nine aliases each: 387 bytes that expand to 9**9 strings
BILLION_LOLS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)


@pytest.mark.parametrize(
    ("front", "why"),
    [(BILLION_LOLS, "anchors or aliases"), ("x: " + "[" * 20_000 + "]" * 20_000, "nested too deeply")],
)
def test_yaml_bombs_in_front_matter_are_refused_before_they_expand(front: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        load_front_matter(front)


def test_a_decision_folder_with_a_bomb_a_loop_and_a_pipe_imports_the_rest(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    folder = tmp_path / "adr"
    folder.mkdir()
    (folder / "0001-use-postgres.md").write_text("# 1. Use Postgres\n\nStatus: accepted\n", "utf-8")
    bomb = 'a: &a ["lol","lol"]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\n'
    (folder / "0002-bomb.md").write_text(f"---\n{bomb}---\n# 2. Bombed\n", "utf-8")
    (folder / "0003-loop.md").symlink_to(folder / "0003-loop.md")
    os.mkfifo(folder / "0004-pipe.md")
    report = services.adr.import_folder(mentee_pairing.id, folder)
    skipped = dict(report.skipped)
    assert "loop" in skipped["0003-loop.md"] and "not a regular file" in skipped["0004-pipe.md"]
    titles = {d.title for d in services.decisions.list_decisions(mentee_pairing.id)}
    assert titles == {"Use Postgres", "Bombed"}  # the bombed record comes in; its front matter does not
