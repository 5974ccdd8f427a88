#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one command (a tray test) on its own Xvfb display with a window manager (openbox) and an
# XEmbed system tray (trayer): a real tray host, never shared with tests running in parallel.
# Exits 77 (ctest: skipped) when a tool is missing.
set -eu
for tool in xvfb-run xauth openbox trayer; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "run-with-tray-host: $tool is not installed (scripts/install-deps.sh installs it)" >&2
    exit 77
  fi
done
# The XEmbed tray that trayer hosts, not a StatusNotifier host that may be on a desktop's bus.
# No session bus at all: an unset address would let libdbus autolaunch one (dbus-x11), and with a
# bus but no StatusNotifierWatcher the app waits a moment for one before it uses XEmbed.
DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/punchclock-test-no-bus
export DBUS_SESSION_BUS_ADDRESS
exec xvfb-run -a -s "-screen 0 1024x768x24" sh -c '
  openbox >/dev/null 2>&1 &
  trayer --edge top --align right --widthtype pixel --width 200 --height 28 >/dev/null 2>&1 &
  sleep 1.5
  exec "$@"' sh "$@"
