#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the two .debs (punchclock, punchclock-sandbox) from a Release build of only what they ship,
# installs them like a user would and checks the installed app. CI runs it on Debian 12 and, inside
# the Debian 13 chroot, there too. Needs root (or sudo) for dpkg.
#   scripts/check-package.sh [BUILD_DIR]           (default build-package/): a Release build first
#   scripts/check-package.sh --reuse BUILD_DIR     packs an existing (non-sanitized) build as it is
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
reuse=0
if [ "${1:-}" = --reuse ]; then
  reuse=1
  shift
fi
build="${1:-$here/build-package}"
if [ "$reuse" = 0 ]; then
  rm -rf "$build"
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  cmake --build "$build" -j"$(nproc)"
elif grep -q "^PUNCHCLOCK_SANITIZE:BOOL=ON" "$build/CMakeCache.txt"; then
  echo "check-package: $build is a sanitized build; a package must not ship one" >&2
  exit 1
fi
(cd "$build" && rm -f ./*.deb && cpack -G DEB >/dev/null)
app="$(ls "$build"/punchclock_*.deb)"
sandbox="$(ls "$build"/punchclock-sandbox_*.deb)"
for deb in "$app" "$sandbox"; do
  dpkg-deb -I "$deb"
  dpkg-deb -c "$deb"
done
# The sandbox server is not in the app's package, and the app is not in the sandbox's.
! dpkg-deb -c "$app" | grep -q "punchclock-sandbox" || { echo "punchclock .deb ships the sandbox"; exit 1; }
! dpkg-deb -c "$sandbox" | grep -q "bin/punchclock$" || { echo "sandbox .deb ships the app"; exit 1; }

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo dpkg -i "$app" "$sandbox" || $sudo apt-get -f install -y -qq
for pkg in punchclock punchclock-sandbox; do
  dpkg -s "$pkg" | grep -q "^Status: install ok installed"
done
expected="punchclock $(sed -n 's/^project(Punchclock VERSION \([0-9.]*\).*/\1/p' "$here/CMakeLists.txt")"
# --version needs no display: run it with none.
actual="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/punchclock --version)"
[ "$actual" = "$expected" ] || { echo "punchclock --version printed '$actual', expected '$expected'"; exit 1; }
help="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/punchclock --help)"
grep -q -- "--server" <<<"$help"
test -x /usr/bin/punchclock-sandbox
/usr/bin/punchclock-sandbox --help | grep -q -- "--port"
test -f /usr/share/icons/hicolor/scalable/apps/punchclock.svg
desktop-file-validate /usr/share/applications/io.github.punchclock.Punchclock.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.punchclock.Punchclock.metainfo.xml
# The Flatpak manifest: flatpak-builder must accept it (building it needs Flathub's KDE runtime).
command -v flatpak-builder >/dev/null || $sudo apt-get install -y -qq flatpak-builder >/dev/null
# (from a scratch folder: flatpak-builder leaves a .flatpak-builder/ state folder where it runs)
(cd "$(mktemp -d)" && flatpak-builder --show-manifest "$here/packaging/flatpak/io.github.punchclock.Punchclock.yml" >/dev/null)
echo "check-package: $(basename "$app") and $(basename "$sandbox") install and run on $(. /etc/os-release && echo "$PRETTY_NAME")."
