#!/usr/bin/env bash
# Runs inside `dbus-run-session` (see tests/run-all.sh): starts an unlocked keyring, an Xvfb
# display with a tray host, runs ctest, and stops what it started whatever the outcome.
# Usage: test-session.sh BUILD_DIR [ctest arguments...]
set -euo pipefail

BUILD="$1"
shift
SESSION="$BUILD/test-output/session"
rm -rf "$SESSION"
mkdir -p "$SESSION/home" "$SESSION/runtime"
chmod 700 "$SESSION/runtime"
export HOME="$SESSION/home"
export XDG_RUNTIME_DIR="$SESSION/runtime"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

# The keyring: unlocked with a throw-away password, Secret Service only. The daemon forks and
# does not always say its pid, so the one that appeared now is the one to stop at the end.
keyrings_before="$(pgrep -x gnome-keyring-d || true)"
eval "$(printf 'fornax-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
for pid in $(pgrep -x gnome-keyring-d || true); do
    grep -qx "$pid" <<< "$keyrings_before" || pids+=("$pid")
done

# A display of our own: Xvfb picks a free display number and writes it to fd 3.
exec 3> "$SESSION/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -noreset > "$SESSION/xvfb.log" 2>&1 &
pids+=($!)
exec 3>&-
for _ in $(seq 100); do [[ -s "$SESSION/display" ]] && break; sleep 0.1; done
if [[ ! -s "$SESSION/display" ]]; then
    echo "test-session: Xvfb did not start:" >&2; cat "$SESSION/xvfb.log" >&2; exit 1
fi
export DISPLAY=":$(head -n1 "$SESSION/display")"

# A real system tray (XEmbed) for the tray tests.
trayer --edge top --align right --widthtype pixel --width 200 --height 32 \
    --SetDockType true --transparent false > "$SESSION/trayer.log" 2>&1 &
pids+=($!)

echo "test-session: DISPLAY=$DISPLAY, D-Bus $DBUS_SESSION_BUS_ADDRESS, keyring unlocked"
cd "$BUILD"
ctest --output-on-failure --timeout 600 "$@"
