#!/usr/bin/env bash
# Build the one-folder app with PyInstaller: packaging/dist/mentordesk/mentordesk.
# A virtual environment of its own gets the project (as `pip install .` installs it) and PyInstaller.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=${MENTORDESK_BUILD_DIR:-$here/build}

start=$(date +%s)
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "$root" "pyinstaller>=6.10"
"$work/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$here/dist" --workpath "$work/pyinstaller" "$here/mentordesk.spec"
echo "built $here/dist/mentordesk in $(($(date +%s) - start)) s; size $(du -sh "$here/dist/mentordesk" | cut -f1)"
