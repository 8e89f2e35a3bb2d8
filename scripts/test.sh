#!/usr/bin/env bash
# Command 2 of the README: install what is missing, build with warnings as errors, and run every
# test with CTest (offscreen: no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTRICHOLOG_BUILD_TESTS=ON -DTRICHOLOG_WARNINGS_AS_ERRORS=ON
cmake --build build-tests --parallel
bash scripts/install-test-tools.sh build-tests/npm   # the FHIR R4 schema validator (npm)

export XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
cd build-tests
# As many tests at once as there are cores: each test has its own temporary folders, database files
# and, for the server tests, a database of its own on the one throwaway cluster; tests that share
# something say so in tests/CMakeLists.txt (RESOURCE_LOCK, RUN_SERIAL for the window's tests).
ctest --output-on-failure --timeout 600 --parallel "$(nproc)" "$@"
