#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file of the repository differs from what clang-format 14 (.clang-format) makes of it.
# CI runs it on Debian 12; `scripts/check-format.sh --fix` rewrites the files in place.
set -euo pipefail
cd "$(dirname "$0")/.."
format="$(command -v clang-format-14 || command -v clang-format || true)"
[ -n "$format" ] || { echo "clang-format is missing: ./scripts/install-deps.sh installs it"; exit 1; }
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--fix" ]; then
  "$format" -i "${files[@]}"
else
  "$format" --dry-run --Werror "${files[@]}"
  echo "clang-format: ${#files[@]} files formatted as .clang-format says"
fi
