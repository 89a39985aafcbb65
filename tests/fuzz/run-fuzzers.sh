#!/usr/bin/env bash
# Runs each libFuzzer binary for a while, one after the other (the `fuzz` CMake target calls this).
# Usage: run-fuzzers.sh SECONDS REGRESSIONS_DIR WORK_DIR NAME=BINARY=MAX_LEN=CORPUS[:CORPUS...]...
# MAX_LEN is the largest input tried: for a parser of replies, the app's bound on that reply.
# New interesting inputs go to WORK_DIR/<name> (not into the source tree: they are many and
# machine-made); a crash, leak or timeout is saved as REGRESSIONS_DIR/<name>/<kind>-<sha1>, which
# ctest then replays on every build until it is fixed. Every fuzzer runs even when one fails; the
# exit status says whether any did.
set -uo pipefail

seconds="$1" regressions="$2" work="$3"
shift 3
failed=()
for spec in "$@"; do
    IFS='=' read -r name binary maxlen corpora <<< "$spec"
    IFS=':' read -r -a seeds <<< "$corpora"
    mkdir -p "$work/$name" "$regressions/$name"
    echo "fuzz: $name for ${seconds}s"
    # -timeout: one input taking longer is a hang worth keeping; -rss_limit_mb: the same for memory.
    if ! "$binary" -max_total_time="$seconds" -max_len="$maxlen" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$regressions/$name/" "$work/$name" "${seeds[@]}" > "$work/$name.log" 2>&1; then
        failed+=("$name")
        echo "fuzz: $name FAILED; input saved in $regressions/$name/, log $work/$name.log" >&2
        grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' "$work/$name.log" >&2 || true
    else
        grep -E '^stat::number_of_executed_units|^#[0-9]+ *DONE' "$work/$name.log" | tail -n 2
    fi
done
if ((${#failed[@]})); then
    echo "fuzz: failures in ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: all fuzzers ran ${seconds}s without a failure"
