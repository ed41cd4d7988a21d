"""Reading a local git repository's history as timeline events, with the `git` command (never the network).

Tags become releases. Merge commits that name a topic become events, classified as a migration or a
decision from their wording; the raw subject and the commit id are kept as sources."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from mentordesk.domain import EventKind
from mentordesk.wording import translate

FIELD, RECORD = "\x1f", "\x1e"
TIMEOUT_SECONDS = 120
MAINLINES = {"main", "master", "develop", "development", "trunk", "head"}

_PULL_REQUEST = re.compile(r"Merge (?:pull request|PR) #?(\d+) from (\S+)", re.IGNORECASE)
_BRANCH = re.compile(r"Merge (?:remote-tracking )?branch(?:es)? '([^']+)'", re.IGNORECASE)
_MIGRATION = re.compile(
    r"\b(migrat\w*|mov(e|es|ed|ing)|switch\w* (to|from)|port(ed|ing)? to|upgrad\w*|"
    r"replac\w*|extract\w*|split\w*|rewrit\w*|re-?platform\w*|deprecat\w*|sunset\w*)\b",
    re.IGNORECASE,
)


class GitError(ValueError):
    """The repository could not be read; the message says why."""


@dataclass(frozen=True)
class GitEvent:
    key: str  # the source line that identifies it on re-import ("commit <sha>", "tag <name>")
    title: str
    kind: EventKind
    occurred_on: dt.date
    sources: tuple[str, ...]
    why: str = ""


def _git(repo: Path, *args: str) -> str:
    executable = shutil.which("git")
    if executable is None:
        raise GitError(translate("timeline_git", "the git command is not installed"))
    try:
        done = subprocess.run(
            [executable, "-C", str(repo), *args],
            capture_output=True,
            check=False,
            timeout=TIMEOUT_SECONDS,
            env={**os.environ, "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0"},
        )
    except subprocess.TimeoutExpired:
        raise GitError(
            translate("timeline_git", "git took longer than {TIMEOUT_SECONDS} s to read {repo}").format(
                TIMEOUT_SECONDS=TIMEOUT_SECONDS, repo=repo
            )
        ) from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(
            message[-1]
            if message
            else translate("timeline_git", "git failed with exit code {code}").format(code=done.returncode)
        )
    return done.stdout.decode("utf-8", "replace")


def check_repository(repo: Path) -> Path:
    """The repository's top folder, or GitError saying plainly that `repo` is not one."""
    if not repo.is_dir():
        raise GitError(translate("timeline_git", "{repo} is not a folder").format(repo=repo))
    try:
        inside = _git(repo, "rev-parse", "--is-inside-work-tree", "--is-bare-repository").split()
    except GitError:
        raise GitError(
            translate("timeline_git", "{repo} is not a git repository").format(repo=repo)
        ) from None
    if "true" not in inside:
        raise GitError(translate("timeline_git", "{repo} is not a git repository").format(repo=repo))
    return repo


def topic_of(subject: str, body: str) -> str | None:
    """What a merge commit was about, or None for a merge of a mainline branch (no topic)."""
    first_body_line = next((line.strip() for line in body.splitlines() if line.strip()), "")
    pull = _PULL_REQUEST.match(subject)
    if pull:
        if first_body_line:
            return first_body_line
        branch = pull.group(2).split("/", 1)[-1]
        return None if branch.lower() in MAINLINES else _humane(branch)
    branch_match = _BRANCH.match(subject)
    if branch_match:
        branch = branch_match.group(1).removeprefix("origin/")
        return None if branch.lower() in MAINLINES else _humane(branch)
    if subject.lower().startswith("merge"):
        return None
    return subject.strip() or None


def _humane(branch: str) -> str:
    """feature/move-billing_to-queue → "move billing to queue"."""
    leaf = branch.rsplit("/", 1)[-1] if branch.count("/") == 1 else branch
    words = re.sub(r"[-_]+", " ", leaf).strip()
    return words[:1].upper() + words[1:] if words else branch


def classify(text: str) -> EventKind:
    return EventKind.MIGRATION if _MIGRATION.search(text) else EventKind.DECISION


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text.strip()[:10])


def read_history(repo: Path) -> tuple[list[GitEvent], int]:
    """The repository's tags and topic merges, oldest first, and how many merges named no topic."""
    check_repository(repo)
    found: list[GitEvent] = []
    tag_format = FIELD.join(
        ("%(refname:short)", "%(objectname)", "%(*objectname)", "%(creatordate:short)", "%(subject)")
    )
    for line in _git(repo, "for-each-ref", f"--format={tag_format}", "refs/tags").splitlines():
        parts = line.split(FIELD)
        if len(parts) != 5 or not parts[3]:
            continue
        name, tag_object, target, day, subject = parts
        commit = target or tag_object
        found.append(
            GitEvent(
                key=f"tag {name}",
                title=translate("timeline_git", "Release {name}").format(name=name),
                kind=EventKind.RELEASE,
                occurred_on=_day(day),
                sources=(f"tag {name}", f"commit {commit}"),
                why=subject if target else "",
            )
        )
    skipped = 0
    log_format = FIELD.join(("%H", "%ad", "%s", "%b")) + RECORD
    output = _git(repo, "log", "--merges", "--date=short", f"--format={log_format}")
    for record in output.split(RECORD):
        parts = record.strip("\n").split(FIELD)
        if len(parts) != 4:
            continue
        commit, day, subject, body = parts
        topic = topic_of(subject, body)
        if topic is None:
            skipped += 1
            continue
        found.append(
            GitEvent(
                key=f"commit {commit}",
                title=topic[:300],
                kind=classify(f"{topic} {subject}"),
                occurred_on=_day(day),
                sources=(f"commit {commit}", f"merge: {subject}"),
            )
        )
    found.sort(key=lambda event: (event.occurred_on, event.title))
    return found, skipped
