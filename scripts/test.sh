#!/usr/bin/env bash
# Installs what is missing, builds Frontline and runs every test (offscreen: no display needed); then builds it
# again with AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset, in build-asan/) and runs every test
# there too, the corpus replays of tests/fuzz included, so that a memory error or undefined behaviour on a hostile
# input fails the run. Prints the time each pass took.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache: paths relative to the checkout, and the build folder left out of the hash (debug builds put it in),
# so that a clone in another folder hits the cache of the previous run.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
bash scripts/deps.sh
times=()
for preset in ci asan; do
  echo "== $preset: configure, build, test"
  started=$SECONDS
  cmake --preset "$preset"
  cmake --build --preset "$preset"
  ctest --preset "$preset"
  times+=("$preset $((SECONDS - started))s")
done
echo "== passed: ${times[*]}"
