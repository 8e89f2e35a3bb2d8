#!/usr/bin/env bash
# Installs the Debian packages Tricholog needs to build, test and run.
# Safe to run twice: only missing packages are installed.
set -euo pipefail

PACKAGES=(
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
  qt6-translations-l10n qt6-svg-dev libqt6sql6-sqlite libqt6sql6-psql
  xvfb xauth fonts-dejavu-core poppler-utils sqlite3 desktop-file-utils appstream groff-base
  libsqlite3-dev libsodium-dev libexif-dev libpq-dev libssl-dev pkgconf clang libclang-rt-14-dev
  libopencv-core-dev libopencv-imgproc-dev libopencv-video-dev libboost-math-dev libical-dev
  clang-format-14 lld
  cmake ninja-build g++
)
# The tests' throwaway server (tests/pg/pg_cluster.sh) needs PostgreSQL 15's server binaries.
# Named only where they are missing: on a machine that has them, naming the package would make
# apt upgrade it and the core packages with it.
if [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then
  PACKAGES+=(postgresql-15)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
