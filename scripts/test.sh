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

# A whole run writes about 9 GB (build/ 3 GB, build-asan/ 5 GB, the test clusters and stores in /tmp): say so before
# building rather than fail at a link half an hour in. What earlier runs left in the build folders counts as done.
need_kb=$((9 * 1024 * 1024))
for dir in build build-asan; do
  [ -d "$dir" ] && need_kb=$((need_kb - $(du -sk "$dir" | cut -f1)))
done
[ "$need_kb" -gt $((1024 * 1024)) ] || need_kb=$((1024 * 1024))
free_kb=$(df -Pk . | awk 'NR == 2 { print $4 }')
if [ "$free_kb" -lt "$need_kb" ]; then
  echo "scripts/test.sh: $((free_kb / 1024)) MB free on the disk of $PWD, the builds and tests need about" \
    "$((need_kb / 1024)) MB more; free some space (old build folders, /tmp) and run again." >&2
  exit 1
fi
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
