#!/usr/bin/env bash
# The one test command: installs what the tests need (Debian 12 packages), builds with warnings as
# errors, and runs every test under Xvfb with a tray host, inside a private D-Bus session that has
# an unlocked gnome-keyring; on a full run also clang-tidy and a sanitizer pass (below). Extra
# arguments go to ctest (e.g. -L unit, -R hubprobe).
#
# Time matters (CI runs this on a 2-core machine): compilation goes through ccache when it is
# installed, each stage prints how long it took, and the quality gates' compilation (clang-tidy,
# the sanitizer build) runs at the lowest CPU priority *while* the tests run — most of a test's
# time is spent waiting on a hub, a server or a timer, and the gates fill those idle cycles
# without slowing the tests that wait for nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FORNAX_BUILD_DIR:-$ROOT/build}"
ASAN_BUILD="${FORNAX_ASAN_BUILD_DIR:-$ROOT/build-asan}"
# Tests at once. They are independent (own HOME, own hub user); the ones sharing the display or
# the sshd take a CTest resource lock (cmake/FornaxTesting.cmake).
TEST_JOBS="${FORNAX_TEST_JOBS:-3}"

STARTED=$SECONDS
stage_times=()
stage() { # stage NAME COMMAND...: runs the command, records and prints its duration
    local name="$1" begin=$SECONDS rc=0
    shift
    echo "=== $name"
    "$@" || rc=$?
    stage_times+=("$(printf '%-34s %4ds%s' "$name" $((SECONDS - begin)) "$([[ $rc == 0 ]] || echo "  (failed: $rc)")")")
    echo "=== $name: $((SECONDS - begin)) s"
    return "$rc"
}
print_times() {
    echo "=== stage times"
    printf '  %s\n' "${stage_times[@]}"
    echo "  total                              $((SECONDS - STARTED))s"
    if command -v ccache > /dev/null; then
        ccache --show-stats 2> /dev/null | grep -E '^ *(Hits|Misses):' | sed 's/^ */  ccache /' || true
    fi
}
trap print_times EXIT

stage "install dependencies" bash "$ROOT/packaging/install-deps.sh"
# ccache (installed by install-deps.sh) keeps compiled objects between runs and between the
# build trees of one machine; its statistics are printed at the end.
# Paths under the checkout are hashed relative to it (and the working directory not at all), so
# every clone of the repository, wherever it lies, shares the cache: a CI run in a fresh clone
# compiles only what changed. (The cost: debug info names the directory of the first compile.)
launcher=()
if command -v ccache > /dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=1
    ccache --zero-stats > /dev/null # the numbers printed at the end are this run's
fi
stage "configure" cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DFORNAX_WERROR=ON "${launcher[@]}"
stage "build" cmake --build "$BUILD" -j2
"$BUILD/app/fornax-desktop" --version

# The quality gates (clang-tidy, the sanitizer pass) run on a full run, without ctest arguments,
# as CI does: FORNAX_QUALITY_GATES=1 runs them with arguments too, =0 skips them.
gates="${FORNAX_QUALITY_GATES:-$(($# == 0))}"
status=0

# clang-tidy over app/ with the repo's .clang-tidy (any finding fails the run), then the build of
# core, cli, the unit and integration tests (and fuzz corpora) with AddressSanitizer + UBSan.
# Both in the background at nice 19, logged to files, while the first pass of tests runs.
gates_pid=""
GATES_LOG="$BUILD/test-output/gates"
if [[ "$gates" == 1 ]]; then
    mkdir -p "$GATES_LOG"
    (
        rc=0
        begin=$SECONDS
        nice -n 19 cmake --build "$BUILD" --target tidy > "$GATES_LOG/tidy.log" 2>&1 || rc=1
        echo "clang-tidy: $((SECONDS - begin)) s, exit $rc" > "$GATES_LOG/tidy.status"
        begin=$SECONDS
        brc=0
        nice -n 19 cmake -S "$ROOT" -B "$ASAN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DFORNAX_WERROR=ON -DFORNAX_SANITIZE=ON "${launcher[@]}" > "$GATES_LOG/asan-build.log" 2>&1 &&
            nice -n 19 cmake --build "$ASAN_BUILD" -j2 >> "$GATES_LOG/asan-build.log" 2>&1 || brc=1
        echo "sanitizer build: $((SECONDS - begin)) s, exit $brc" > "$GATES_LOG/asan-build.status"
        exit $((rc | brc << 1))
    ) &
    gates_pid=$!
fi

# Never run a test outside a private bus: QtKeychain on an autolaunched bus hangs on a keyring
# prompt nobody can see (TESTBED.md).
stage "tests" dbus-run-session -- bash "$ROOT/tests/support/test-session.sh" "$BUILD" \
    -j "$TEST_JOBS" "$@" || status=$?

if [[ -n "$gates_pid" ]]; then
    gates_rc=0
    stage "waiting for clang-tidy + sanitizer build" wait "$gates_pid" || gates_rc=$?
    cat "$GATES_LOG/tidy.status" "$GATES_LOG/asan-build.status" 2> /dev/null || true
    stage_times+=("$(sed 's/^/  (background) /' "$GATES_LOG/tidy.status" 2> /dev/null || true)")
    stage_times+=("$(sed 's/^/  (background) /' "$GATES_LOG/asan-build.status" 2> /dev/null || true)")
    if ((gates_rc & 1)); then
        echo "clang-tidy found something:" >&2
        grep -E 'warning:|error:' "$GATES_LOG/tidy.log" >&2 || tail -n 50 "$GATES_LOG/tidy.log" >&2
        status=1
    fi
    if ((gates_rc & 2)); then
        echo "the sanitizer build failed:" >&2
        tail -n 60 "$GATES_LOG/asan-build.log" >&2
        status=1
    else
        # Second pass: the unit and integration tests again under AddressSanitizer + UBSan; any
        # report fails its test. translations.complete only runs lupdate: nothing to see there;
        # the jupyter_server runs of the integration tests drive the same client code again.
        stage "sanitizer tests" dbus-run-session -- bash "$ROOT/tests/support/test-session.sh" \
            "$ASAN_BUILD" -j "$TEST_JOBS" -L 'unit|integration' -LE 'flavour\.jupyter_server' \
            -E '^translations\.complete$' "$@" ||
            status=$?
    fi
fi
exit "$status"
