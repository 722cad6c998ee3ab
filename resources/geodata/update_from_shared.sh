#!/usr/bin/env bash
# Copies the curated geodata set into resources/geodata, keeping each folder's SOURCES.md.
# Usage: resources/geodata/update_from_shared.sh ../shared/data
set -euo pipefail
src=${1:?usage: $0 PATH/TO/shared/data}
here=$(cd "$(dirname "$0")" && pwd)
for d in boundaries places observation_posts roads control; do
  [ -d "$src/$d" ] || { echo "$src/$d: missing; is this the data set folder?" >&2; exit 1; }
done
for d in boundaries places observation_posts roads control; do
  rm -rf "${here:?}/$d"
  cp -r "$src/$d" "$here/$d"
done
mkdir -p "$here/processing"
cp "$src"/_processing/* "$here/processing/"
cp "$src/README.md" "$here/UPSTREAM_README.md"
chmod -R u+w "$here"
echo "copied $src into $here; review with git diff --stat"
