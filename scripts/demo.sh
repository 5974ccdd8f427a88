#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Punchclock, starts punchclock-sandbox with demo data and opens the app on it.
# Nothing to type: the sandbox's demo token goes to the app through PUNCHCLOCK_TOKEN.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${PUNCHCLOCK_BUILD_DIR:-$here/build}"

"$here/scripts/install-deps.sh"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" --target punchclock punchclock-sandbox

data="${XDG_DATA_HOME:-$HOME/.local/share}/punchclock-sandbox/demo.json"
mkdir -p "$(dirname "$data")"
token="demo-token-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
focus_key="demo-focus-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"

log="$(mktemp)"
"$build/sandbox/punchclock-sandbox" --port 0 --token "$token" --focus-key "$focus_key" --data "$data" --seed-demo >"$log" &
sandbox_pid=$!
trap 'kill $sandbox_pid 2>/dev/null; rm -f "$log"' EXIT
url=""
for _ in $(seq 100); do
  url="$(head -n1 "$log")"
  [ -n "$url" ] && break
  kill -0 $sandbox_pid 2>/dev/null || { echo "punchclock-sandbox failed to start" >&2; exit 1; }
  sleep 0.1
done
echo "punchclock-sandbox is serving demo data at $url"

# Focus demo data lives in organization 1 of the sandbox.
PUNCHCLOCK_TOKEN="$token" PUNCHCLOCK_FOCUS_KEY="$focus_key" \
  "$build/punchclock" --server "$url" --focus-organization 1 "$@"
