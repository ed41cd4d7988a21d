"""The domain's dataclasses live in a module per area and are reached through `mentordesk.domain`, each
module imported when one of its names is first asked for: every name listed finds its class, every class
of a part is listed, and the package says it has them."""

from __future__ import annotations

import dataclasses
import importlib
import subprocess
import sys

import mentordesk.domain as domain


def test_every_dataclass_of_a_part_is_reached_through_the_domain() -> None:
    for part, names in domain._PARTS.items():
        module = importlib.import_module(f"mentordesk.domain.{part}")
        made_here = {
            name
            for name, value in vars(module).items()
            if dataclasses.is_dataclass(value) and value.__module__ == module.__name__
        }
        assert made_here == set(names), part
        for name in names:
            assert getattr(domain, name) is getattr(module, name)
    assert set(domain._PART_OF) <= set(domain.__all__)
    assert all(hasattr(domain, name) for name in domain.__all__)


def test_a_part_is_imported_when_one_of_its_names_is_first_asked_for() -> None:
    script = (
        "import sys\n"
        "from mentordesk.domain import PairingInfo\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('mentordesk.domain.'))\n"
        "print(PairingInfo.__module__, loaded)\n"
    )
    shown = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert shown.split() == ["mentordesk.domain.people", "['mentordesk.domain.people']"]
