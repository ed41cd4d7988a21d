"""Runtime assets (icons, styles, templates, demo data) found through the installed package.

They live in the source tree's top-level resources/ folder, which is installed as the
`mentordesk.resources` package, so lookups never depend on the working directory.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "mentordesk.resources"


@cache
def _root() -> Traversable:
    try:
        return resources.files(PACKAGE)
    except ModuleNotFoundError:
        # Imported straight from a source checkout that was never installed: the folder beside the
        # package is the same content, found relative to this file (still not the working directory).
        source = Path(__file__).resolve().parent.parent / "resources"
        if not source.is_dir():
            raise
        return source


def asset(*parts: str) -> Traversable:
    node = _root()
    for part in parts:
        node = node.joinpath(part)
    return node


def read_asset(*parts: str) -> str:
    return asset(*parts).read_text(encoding="utf-8")


def localised(folder: str, language: str) -> str:
    """The resource folder to read for `language` ("pt_BR", falling back to "pt"): its translation,
    `folder/<language>`, when the resources hold one; else `folder` itself, in English."""
    for code in dict.fromkeys((language, language.split("_")[0])):
        if code and asset(*folder.split("/"), code).is_dir():
            return f"{folder}/{code}"
    return folder


def asset_names(folder: str, suffix: str = "") -> list[str]:
    return sorted(p.name for p in asset(folder).iterdir() if p.is_file() and p.name.endswith(suffix))
