#!/usr/bin/env bash
# Renders the main window and the entry forms over generated demo data to docs/screenshots/
# (offscreen, no display needed). The README shows docs/screenshots/main-window.png.
#   scripts/screenshots.sh [--dark]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRICHOLOG_BUILD_TESTS=ON
cmake --build build-tests --target shoot_ui
export XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
QT_QPA_PLATFORM=offscreen ./build-tests/tests/shoot_ui docs/screenshots "$@"
