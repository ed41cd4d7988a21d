"""Runtime assets (icons, styles, templates, demo data) found through the installed package.

They live in the source tree's top-level resources/ folder, which is installed as the
`mentordesk.resources` package, so lookups never depend on the working directory.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

PACKAGE = "mentordesk.resources"


def asset(*parts: str) -> Traversable:
    node = resources.files(PACKAGE)
    for part in parts:
        node = node.joinpath(part)
    return node


def read_asset(*parts: str) -> str:
    return asset(*parts).read_text(encoding="utf-8")


def asset_names(folder: str, suffix: str = "") -> list[str]:
    return sorted(p.name for p in asset(folder).iterdir() if p.is_file() and p.name.endswith(suffix))
