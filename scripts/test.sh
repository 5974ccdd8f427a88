#!/usr/bin/env bash
# Builds everything from scratch-or-incrementally and runs every test.
# The tests need a display for the tray, a D-Bus session and an unlocked Secret Service for the
# keychain: this script provides all three, headless.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${PUNCHCLOCK_BUILD_DIR:-$here/build}"

"$here/scripts/install-deps.sh"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)"

export PUNCHCLOCK_BUILD_DIR="$build"
exec xvfb-run -a -s "-screen 0 1280x800x24" \
  dbus-run-session -- "$here/scripts/with-keyring.sh" \
  ctest --test-dir "$build" --output-on-failure -j"$(nproc)" "$@"
