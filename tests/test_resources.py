"""Runtime assets come from the installed package, whatever the working directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from mentordesk.assets import asset_names, read_asset

PROBE = """
import json
from mentordesk.assets import asset, asset_names, read_asset
print(json.dumps({
    "icons": asset_names("icons", ".svg"),
    "styles": asset_names("styles", ".qss"),
    "session_templates": asset_names("templates/sessions", ".md"),
    "decision_templates": asset_names("templates/decisions", ".md"),
    "demo": asset_names("demo", ".toml"),
    "qss_bytes": len(read_asset("styles", "mentordesk.qss")),
    "where": str(asset("icons")),
}))
"""


def test_lookup_works_from_another_working_directory(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, capture_output=True, text=True, check=True, env=env
    )
    found = json.loads(result.stdout)
    assert {"mentordesk.svg", "plan.svg", "lock.svg"} <= set(found["icons"])
    assert found["styles"] == ["mentordesk.qss"] and found["qss_bytes"] > 500
    assert len(found["session_templates"]) >= 4 and len(found["decision_templates"]) >= 2
    assert found["demo"]
    assert not found["where"].startswith(str(tmp_path))


def test_templates_name_themselves() -> None:
    for name in asset_names("templates/sessions", ".md"):
        text = read_asset("templates", "sessions", name)
        assert text.startswith("---\nname: ") and "## Agenda" in text, name
