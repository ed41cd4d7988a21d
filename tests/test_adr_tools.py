"""A log written by adr-tools itself (the `adr` command, Debian package adr-tools 3.0.0), brought in and
written back out: every link it writes is kept, and what comes back out is what it wrote."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from mentordesk.domain import PairingInfo
from mentordesk.services import Services


def _adr(repo: Path, *args: str) -> None:
    adr = shutil.which("adr")
    assert adr is not None, "the adr command is needed (.ci/run installs the Debian package adr-tools)"
    env = {**os.environ, "EDITOR": "true", "VISUAL": "true", "ADR_DATE": "2016-02-12"}
    subprocess.run([adr, *args], cwd=repo, env=env, check=True, capture_output=True)


def _log(tmp_path: Path) -> Path:
    repo = tmp_path / "ledger"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    _adr(repo, "init", "doc/adr")
    _adr(repo, "new", "Use", "PostgreSQL", "for", "the", "ledger")
    _adr(repo, "new", "Queue", "payments", "in", "Redis")
    _adr(repo, "new", "-s", "3", "Queue", "payments", "in", "the", "database")
    _adr(repo, "new", "-s", "3", "-s", "2", "Move", "the", "ledger", "to", "a", "managed", "service")
    _adr(repo, "link", "4", "Amends", "2", "Amended by")
    _adr(repo, "link", "4", "Amends", "1", "Amended by")  # a second link of one kind
    _adr(repo, "link", "5", "Clarifies", "1", "Clarified by")  # a kind of the team's own
    return repo / "doc" / "adr"


def test_a_log_written_by_adr_tools_comes_back_as_it_was(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    folder = _log(tmp_path)
    report = services.adr.import_folder(mentee_pairing.id, folder)
    assert (report.imported, report.skipped, report.log) == (5, (), "ledger/doc/adr")
    ids = {d.number: d.id for d in services.decisions.list_decisions(mentee_pairing.id)}
    managed = services.decisions.detail(ids[5])
    assert managed.supersedes == ids[3] and ("Supersedes", ids[2], "") in managed.more_links
    assert ("Clarifies", ids[1], "1. Record architecture decisions") in managed.more_links
    redis = services.decisions.detail(ids[3])
    assert set(redis.superseded_by) == {ids[4], ids[5]} and redis.decision.status.value == "superseded"
    database = services.decisions.detail(ids[4])
    assert database.amends == ids[2] and ("Amends", ids[1], "") in database.more_links
    first = services.decisions.detail(ids[1])
    assert ("Clarified by", ids[5], "5. Move the ledger to a managed service") in first.more_links

    out = tmp_path / "out"
    services.adr.export_folder(mentee_pairing.id, out)
    written = {p.name: p.read_bytes() for p in out.iterdir()}
    assert written == {p.name: p.read_bytes() for p in folder.iterdir()}


def test_adr_tools_reads_what_was_written_after_an_edit(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    folder = _log(tmp_path)
    services.adr.import_folder(mentee_pairing.id, folder)
    ids = {d.number: d.id for d in services.decisions.list_decisions(mentee_pairing.id)}
    services.decisions.amend(ids[5], ids[4])
    services.adr.export_folder(mentee_pairing.id, folder)  # back into the repository
    amended = (folder / "0004-queue-payments-in-the-database.md").read_text()
    assert (
        "Amended by [5. Move the ledger to a managed service](0005-move-the-ledger-to-a-managed-service.md)"
        in amended
    )
    _adr(folder.parent.parent, "generate", "toc")
    _adr(folder.parent.parent, "link", "2", "Amends", "1", "Amended by")  # the tool still edits the files
    assert (
        "Amends [1. Record architecture decisions]"
        in (folder / "0002-use-postgresql-for-the-ledger.md").read_text()
    )
