"""Bring the translation files up to date with the source, then compile them.

    python tools/update_translations.py

For every resources/i18n/mentordesk_<language>.ts: pyside6-lupdate adds the texts the source now passes
to translate() and drops those it no longer does; the English file's translations are its source texts
(English is the language the texts are written in); pyside6-lrelease then compiles each to a .qm, which
the app loads at start for the system's language (mentordesk/ui/i18n.py)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
TOOLS = Path(sys.executable).parent


def sources() -> list[str]:
    found = subprocess.run(
        ["git", "ls-files", "mentordesk/*.py"], cwd=ROOT, check=True, capture_output=True, text=True
    )
    return found.stdout.split()


def scan(ts: Path, language: str = "en", *, quiet: bool = False) -> None:
    """Bring `ts` up to date with the texts the source passes to translate() (a new file if none)."""
    command = [str(TOOLS / "pyside6-lupdate"), *sources(), "-source-language", "en"]
    command += ["-target-language", language, "-no-obsolete", "-locations", "none", "-ts", str(ts)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=quiet)


def update(ts: Path, language: str) -> None:
    scan(ts, language)
    if language == "en":
        text = ts.read_text(encoding="utf-8")
        text = re.sub(
            # a source is XML-escaped (no "<" in it); comments may stand between it and its translation
            r"<source>([^<]*)</source>((?:(?!</message>).)*?)<translation[^>]*?(?:/>|>[^<]*</translation>)",
            r"<source>\1</source>\2<translation>\1</translation>",
            text,
            flags=re.S,
        )
        ts.write_text(text, encoding="utf-8")
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    english = FOLDER / "mentordesk_en.ts"
    files = sorted(FOLDER.glob("mentordesk_*.ts")) or [english]
    for ts in files:
        update(ts, ts.stem.removeprefix("mentordesk_"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
