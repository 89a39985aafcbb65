#!/usr/bin/env bash
# Line coverage of app/core by the unit and integration tests: builds the `coverage` preset (gcc
# --coverage, no GUI) in build-coverage/, runs those tests in the same session as
# tests/run-all.sh, and prints gcovr's per-file table with the total. Extra arguments go to ctest.
# The HTML report lands in build-coverage/coverage/index.html.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FORNAX_COVERAGE_BUILD_DIR:-$ROOT/build-coverage}"

bash "$ROOT/packaging/install-deps.sh"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFORNAX_COVERAGE=ON
cmake --build "$BUILD" -j2
# Counts from an earlier run would add up with this one's.
find "$BUILD" -name '*.gcda' -delete

status=0
dbus-run-session -- bash "$ROOT/tests/support/test-session.sh" "$BUILD" \
    -L 'unit|integration' -E '^translations\.complete$' "$@" || status=$?

mkdir -p "$BUILD/coverage"
gcovr --root "$ROOT" --filter "$ROOT/app/core/" --object-directory "$BUILD" \
    --html-details "$BUILD/coverage/index.html" --txt "$BUILD/coverage/files.txt" "$BUILD"
cat "$BUILD/coverage/files.txt"
exit "$status"
