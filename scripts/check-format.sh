#!/usr/bin/env bash
# Fails when a C++ source differs from the checked-in .clang-format (run by the test suite).
set -euo pipefail
cd "$(dirname "$0")/.."
format=$(command -v clang-format-14 || true)
[ -n "$format" ] || { echo "check-format: clang-format-14 is not installed" >&2; exit 1; }
files=$(find app core ui tests \( -name '*.cpp' -o -name '*.h' \) -not -path '*/fuzz/corpus/*' | sort)
# shellcheck disable=SC2086
if ! "$format" --dry-run --Werror $files; then
  echo "check-format: run clang-format-14 -i on the files above" >&2
  exit 1
fi
echo "check-format: $(echo "$files" | wc -l) files formatted as .clang-format says"
