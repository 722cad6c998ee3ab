#!/usr/bin/env bash
# Installs what is missing, builds Frontline and opens the viewer on the bundled Idleb data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset dev
cmake --build --preset dev
exec ./build/app/frontline "$@"
