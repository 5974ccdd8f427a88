#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Inside a D-Bus session: a throw-away HOME with an unlocked gnome-keyring Secret Service, then runs "$@".
set -euo pipefail
HOME="$(mktemp -d)"
export HOME
eval "$(printf 'punchclock-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
exec "$@"
