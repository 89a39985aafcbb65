#!/usr/bin/env bash
# The one test command: installs what the tests need (Debian 12 packages), builds with warnings as
# errors, and runs every test under Xvfb with a tray host, inside a private D-Bus session that has
# an unlocked gnome-keyring. Extra arguments go to ctest (e.g. -L unit, -R hubprobe).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FORNAX_BUILD_DIR:-$ROOT/build}"

bash "$ROOT/packaging/install-deps.sh"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFORNAX_WERROR=ON
cmake --build "$BUILD" -j2
"$BUILD/app/fornax-desktop" --version

# Never run a test outside a private bus: QtKeychain on an autolaunched bus hangs on a keyring
# prompt nobody can see (TESTBED.md).
exec dbus-run-session -- bash "$ROOT/tests/support/test-session.sh" "$BUILD" "$@"
