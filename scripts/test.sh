#!/usr/bin/env bash
# Installs what is missing, builds Frontline and runs every test (offscreen: no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
