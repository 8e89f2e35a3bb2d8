#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build (Release) and start Tricholog.
#   scripts/run.sh            opens (or creates) the default database in your data folder
#   scripts/run.sh --demo     opens the demo database of generated patients
# Any other arguments are passed to the application (see tricholog --help).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DTRICHOLOG_BUILD_TESTS=OFF
cmake --build build --parallel

if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR="$(mktemp -d)"
  chmod 700 "$XDG_RUNTIME_DIR"
fi
exec ./build/app/tricholog "$@"
