"""Layers point one way: storage, services and sync know nothing of Qt; the UI never touches SQLAlchemy."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import mentordesk

PACKAGE = Path(mentordesk.__file__).parent
RULES = {
    "storage": ("PySide6", "shiboken6", "mentordesk.ui", "mentordesk.app"),
    "services": ("PySide6", "shiboken6", "mentordesk.ui", "mentordesk.app"),
    "sync": ("PySide6", "shiboken6", "mentordesk.ui", "mentordesk.app"),
    "ui": ("sqlalchemy", "alembic", "mentordesk.storage"),
}


def imported_modules(source: Path) -> set[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def violations(layer: str) -> list[str]:
    found = []
    for source in sorted((PACKAGE / layer).rglob("*.py")):
        for module in imported_modules(source):
            if any(module == banned or module.startswith(banned + ".") for banned in RULES[layer]):
                found.append(f"{source.relative_to(PACKAGE)} imports {module}")
    return found


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports(layer: str) -> None:
    assert (PACKAGE / layer).is_dir()
    assert violations(layer) == []


def test_the_checker_sees_violations(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import PySide6.QtCore\nfrom sqlalchemy.orm import Session\nfrom . import local\n")
    assert imported_modules(sample) == {"PySide6.QtCore", "sqlalchemy.orm"}


def test_domain_and_render_are_shared_and_qt_free() -> None:
    domain = sorted((PACKAGE / "domain").glob("*.py"))
    assert len(domain) > 1  # the package and its parts
    for path in [*domain, *(PACKAGE / name for name in ("render.py", "assets.py", "config.py"))]:
        modules = imported_modules(path)
        assert not any(m.startswith(("PySide6", "sqlalchemy")) for m in modules), path.name
