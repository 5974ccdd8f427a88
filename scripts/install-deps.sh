#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the packages Punchclock needs to build, test and run on Debian 12 and 13 (the names are
# the same on both; libclang-rt-dev and llvm follow the distribution's default clang). Safe to run again.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev qtkeychain-qt6-dev libqt6sql6-sqlite qt6-qpa-plugins
  xvfb xauth openbox trayer xdotool gnome-keyring dbus-x11 libsecret-tools imagemagick
  desktop-file-utils appstream curl flatpak-builder
  python3 # tests/e2e: the keyboard-only day drives the real binary
  python3-dbusmock # a notification server on the tests' private bus (issue #20)
  weston qt6-wayland # the Wayland test: a headless compositor and Qt's Wayland platform
  libxss-dev # the X11 idle time source (XScreenSaver), tested for real under Xvfb (issue #20)
  dpkg-dev file qt6-translations-l10n clang-format
  clang libclang-rt-dev llvm # sanitized tests and libFuzzer (issue #9); llvm: llvm-symbolizer
)

# Debian 13 (Qt >= 6.5) ships the SVG icon engine and image plugin apart from the library.
# (A candidate, not just the name: after our .deb is installed, whose Depends names it, apt knows it
# on Debian 12 too, without a package to install.)
if apt-cache policy qt6-svg-plugins 2>/dev/null | grep -q "Candidate: [0-9]"; then
  packages+=(qt6-svg-plugins)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
