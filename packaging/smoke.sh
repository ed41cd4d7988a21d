#!/usr/bin/env bash
# Run the built app: `--version`, then a demo window (offscreen), closed the way a logging-out session
# closes it (SIGTERM). Passes when the window came up, stayed up, closed cleanly and cleaned up after
# itself. Usage: packaging/smoke.sh [path to the built mentordesk binary]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app=${1:-$here/dist/mentordesk/mentordesk}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen TMPDIR=$scratch/tmp XDG_CONFIG_HOME=$scratch/config
export XDG_DATA_HOME=$scratch/data XDG_STATE_HOME=$scratch/state XDG_CACHE_HOME=$scratch/cache
mkdir -p "$TMPDIR"

echo "== $app --version"
"$app" --version

echo "== a demo window"
"$app" --demo >"$scratch/out.log" 2>"$scratch/err.log" &
pid=$!
# The demo's database is made in a folder of its own once the window's frame has painted.
for _ in $(seq 60); do
    compgen -G "$TMPDIR/mentordesk-demo-*/demo.sqlite" >/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
done
sleep 2 # the pages fill from the database
if ! kill -0 "$pid" 2>/dev/null; then
    echo "the window did not stay up:" >&2
    cat "$scratch/out.log" "$scratch/err.log" >&2
    exit 1
fi
compgen -G "$TMPDIR/mentordesk-demo-*/demo.sqlite" >/dev/null || {
    echo "the demo database was not made" >&2
    exit 1
}
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
cat "$scratch/out.log"
if ((status != 0)) || grep -q Traceback "$scratch/err.log"; then
    echo "the window did not close cleanly (exit status $status):" >&2
    cat "$scratch/err.log" >&2
    exit 1
fi
if compgen -G "$TMPDIR/mentordesk-demo-*" >/dev/null; then
    echo "the demo's folder was left behind: the window was not closed the way Quit closes it" >&2
    exit 1
fi
echo "smoke: the window opened the demo, stayed up and closed cleanly on SIGTERM"
