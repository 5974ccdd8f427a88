#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, ASan + UBSan; tests/fuzz/CMakeLists.txt) and runs each for a
# bounded time. Fails when any target crashes, leaks, hits a sanitizer report or breaks an
# invariant; the input that did it is saved in BUILD_DIR/fuzz-artifacts/ (copy it into
# tests/fuzz/corpus/<target>/ once fixed: ctest replays the corpora in every build).
#   tests/fuzz/run.sh [BUILD_DIR] [SECONDS_PER_TARGET]     (defaults: build-fuzz, 60)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(realpath -m "${1:-$here/build-fuzz}")"
seconds="${2:-60}"
targets=(fuzz_time_entry fuzz_focus_entry fuzz_bulk_result fuzz_stream_parser)

# A new build dir gets the fuzz targets and the core only; an existing one (e.g. the sanitized test
# build of scripts/test.sh, which has PUNCHCLOCK_FUZZ=ON too) is reused as it is.
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DPUNCHCLOCK_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
fi
grep -q '^PUNCHCLOCK_FUZZ:BOOL=ON' "$build/CMakeCache.txt" || { echo "$build: not configured with -DPUNCHCLOCK_FUZZ=ON" >&2; exit 1; }
cmake --build "$build" -j"$(nproc)" --target fuzz_targets

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
mkdir -p "$build/fuzz-artifacts" "$build/fuzz-logs"

run_one() { # target: grows its working corpus in the build dir; the seeds in the tree stay as they are
  local t="$1" work="$build/fuzz-corpus/$1"
  mkdir -p "$work"
  "$build/tests/fuzz/$t" "$work" "$here/tests/fuzz/corpus/$t" -dict="$here/tests/fuzz/json.dict" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-artifacts/$t-" >"$build/fuzz-logs/$t.log" 2>&1
}

# One target per core at a time: libFuzzer runs single-threaded.
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$(nproc)" ]; do wait -n || true; done
  rm -f "$build/fuzz-logs/$t.rc"
  (if run_one "$t"; then echo 0; else echo $?; fi >"$build/fuzz-logs/$t.rc") &
done
wait
passed=0 failed=0
for t in "${targets[@]}"; do
  log="$build/fuzz-logs/$t.log"
  if [ "$(cat "$build/fuzz-logs/$t.rc" 2>/dev/null)" = 0 ]; then
    passed=$((passed + 1))
    echo "fuzz: $t ok, $(sed -n 's/^stat::number_of_executed_units: *//p' "$log") runs in ${seconds}s"
  else
    failed=$((failed + 1))
    echo "fuzz: $t FAILED (log: $log)"
    tail -n 60 "$log"
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
