#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and tests on Debian 13 "trixie" (Qt 6.8) from a Debian 12 machine: a chroot made with
# debootstrap from Debian's own packages, the source tree bind-mounted at /src inside it, the
# dependencies installed there by scripts/install-deps.sh, then COMMAND run in /src (default: the
# README's test command, gcc build with -Werror, no sanitizers). Run as root. .ci/run runs it too.
#   scripts/debian13.sh                       # build everything and run the whole test suite
#   scripts/debian13.sh ctest --test-dir /var/tmp/punchclock-build -R sandbox   # any command
# PUNCHCLOCK_CHROOT=DIR (default /var/cache/punchclock/trixie, outside the source tree): made once,
# reused while complete, so a second run starts at once. The build stays in the chroot at
# /var/tmp/punchclock-build (PUNCHCLOCK_BUILD_DIR inside), incremental from run to run.
# PUNCHCLOCK_MIRROR: the Debian mirror (default http://deb.debian.org/debian).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="${PUNCHCLOCK_CHROOT:-/var/cache/punchclock/trixie}"
mirror="${PUNCHCLOCK_MIRROR:-http://deb.debian.org/debian}"
done_marker="$root/.punchclock-debootstrap-complete"
[ "$(id -u)" -eq 0 ] || { echo "debian13.sh: run as root (debootstrap, mount, chroot)" >&2; exit 1; }
case "$root" in "$here" | "$here"/*)
  echo "debian13.sh: PUNCHCLOCK_CHROOT must be outside the source tree" >&2; exit 1 ;;
esac

mkdir -p "$(dirname "$root")"
exec 9>"$root.lock" # one run at a time per chroot: a second would mount over the first's mounts
flock -n 9 || { echo "debian13.sh: another run is using $root" >&2; exit 1; }

mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mount_in() { # mount_in TARGET mount-arguments...: mounts and remembers it for the trap
  local target="$root$1"; shift
  mkdir -p "$target"
  mount "$@" "$target"
  mounted+=("$target")
}

if [ ! -f "$done_marker" ]; then
  # An interrupted debootstrap: start again, but never delete through a leftover mount (/src).
  if [ -e "$root" ]; then
    if findmnt -rn -o TARGET | grep -q "^$root/"; then
      echo "debian13.sh: something is still mounted under $root; unmount it first" >&2; exit 1
    fi
    rm -rf "$root"
  fi
  command -v debootstrap >/dev/null || {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
  }
  debootstrap --variant=minbase trixie "$root" "$mirror"
  # Packages installed in the chroot must not start services (dbus, ...).
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod +x "$root/usr/sbin/policy-rc.d"
  touch "$done_marker"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"

mount_in /proc -t proc proc
mount_in /sys -t sysfs sysfs
mount_in /dev --bind /dev
mount --make-rslave "$root/dev" # nothing mounted below it here reaches the host's /dev
mount_in /dev/pts -t devpts devpts -o newinstance,ptmxmode=0666
mount_in /dev/shm -t tmpfs tmpfs -o mode=1777
mount_in /src --bind "$here"

[ $# -gt 0 ] || set -- env PUNCHCLOCK_SANITIZE=0 scripts/test.sh
# A clean environment: nothing of the host's session (DISPLAY, D-Bus, HOME) leaks in.
chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" PUNCHCLOCK_BUILD_DIR=/var/tmp/punchclock-build \
  /bin/bash -c 'cd /src && scripts/install-deps.sh && exec "$@"' debian13.sh "$@"
