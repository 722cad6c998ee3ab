#!/usr/bin/env bash
# The store's speed on a GeoPackage and on PostGIS, side by side in one run: the whole `frontline-cli import` of
# the bundled history articles (under new ids) into a store holding the bundled ones, and the whole
# `frontline-cli control --date 2020-02-08` on that store. Medians of RUNS runs (default 7), whole processes
# (start-up included, the same for both). Needs a build (scripts/run.sh or the dev preset) and PostgreSQL 15 +
# PostGIS (scripts/deps.sh); starts and stops its own throwaway cluster.
#   bash scripts/bench_store.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
cli=${FRONTLINE_CLI:-build/app/frontline-cli}
[[ -x "$cli" ]] || { echo "no $cli: build first (cmake --preset dev && cmake --build build)" >&2; exit 1; }
work=$(mktemp -d)
cluster=/tmp/frontline-pg-bench-$$
trap 'bash scripts/pg_cluster.sh stop "$cluster"; rm -rf "$work"' EXIT
base=$(bash scripts/pg_cluster.sh start "$cluster")
export XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen
mkdir -p "$work/batch"
python3 - "$work/batch" <<'PY'
import json, glob, os, sys
for f in glob.glob('resources/articles/history/*.geojson'):
    d = json.load(open(f))
    d['article']['id'] += '-bench'
    d['article']['text'] += '\n\n(bench copy)'
    json.dump(d, open(os.path.join(sys.argv[1], os.path.basename(f)), 'w'), ensure_ascii=False)
PY
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
psql=(psql -X -q -h "$cluster" -p 5433 -U frontline_admin)
declare -A import_ms control_ms
for backend in gpkg postgis; do
    imports=() controls=()
    for i in $(seq "$runs"); do
        if [[ $backend == gpkg ]]; then
            store="$work/s$i.gpkg"
        else
            "${psql[@]}" -d postgres -c "CREATE DATABASE bench_$i TEMPLATE frontline_test"
            store="${base/\/frontline_test?//bench_$i?}"
        fi
        "$cli" store init "$store" >/dev/null 2>&1
        imports+=("$(ms "$cli" import --store "$store" "$work"/batch/*.geojson)")
        controls+=("$(ms "$cli" control --date 2020-02-08 --store "$store")")
    done
    import_ms[$backend]=$(printf '%s\n' "${imports[@]}" | median)
    control_ms[$backend]=$(printf '%s\n' "${controls[@]}" | median)
done
articles=$(ls "$work"/batch/*.geojson | wc -l)
echo "| whole command (median of $runs) | GeoPackage | PostGIS | PostGIS / GeoPackage |"
echo "|---|---|---|---|"
for what in import control; do
    declare -n t=${what}_ms
    label="import of $articles articles"; [[ $what == control ]] && label="control --date 2020-02-08"
    echo "| $label | ${t[gpkg]} ms | ${t[postgis]} ms | $(awk -v a="${t[postgis]}" -v b="${t[gpkg]}" 'BEGIN {printf "%.2f", a / b}') |"
done
