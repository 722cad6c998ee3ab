#!/usr/bin/env bash
# A big layer in Frontline and in QGIS 3.22, side by side in one run: the whole `frontline-cli render --layer`
# and the whole ../shared/bench/render_qgis.py (PyQGIS) on the same GeoPackage, the same frame (EPSG:3857,
# 1920x1080) and the same layers (land, rivers, borders: the countries layer, which QGIS leaves out, is hidden),
# one after the other, each case ROUNDS times (default 3, median kept). Wall time and peak memory from
# /usr/bin/time -v. Writes a Markdown table on standard output and the pictures into OUT (default a temporary
# folder) for looking at them side by side.
#
# The GeoPackages are not built in CI (minutes): make them with
#   apt-get install -y gmt gmt-gshhg-full gmt-dcw python3-gdal python3-shapely python3-numpy
#   /usr/bin/python3 ../shared/bench/build_data.py --out /work/bench-data
# and QGIS with `apt-get install -y qgis python3-qgis`. Without them the script says so and skips (exit 0).
#   bash scripts/bench_layer_vs_qgis.sh [DATA_DIR] [ROUNDS] [OUT]
set -uo pipefail
cd "$(dirname "$0")/.."
data=${1:-/work/bench-data}
rounds=${2:-3}
out=${3:-$(mktemp -d)}
cli=${FRONTLINE_CLI:-build/app/frontline-cli}
qgis=${QGIS_RENDER:-../shared/bench/render_qgis.py}
[[ -f /work/shared/bench/render_qgis.py && ! -f $qgis ]] && qgis=/work/shared/bench/render_qgis.py
for f in "$data/world-full.gpkg" "$data/nw-syria.gpkg"; do
    [[ -f $f ]] || { echo "skipped: no $f (see the top of $0 for how to build it)"; exit 0; }
done
[[ -x $cli ]] || { echo "skipped: no $cli (build first)"; exit 0; }
/usr/bin/python3 -c 'import qgis.core' 2>/dev/null || { echo "skipped: no PyQGIS (apt-get install qgis python3-qgis)"; exit 0; }
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
# "seconds kilobytes" of one whole process.
measure() {
    local log
    log=$(mktemp)
    /usr/bin/time -v "$@" >/dev/null 2>"$log" || { echo "failed: $*" >&2; cat "$log" >&2; exit 1; }
    awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = t[n] + (n > 1 ? 60 * t[n-1] : 0) + (n > 2 ? 3600 * t[n-2] : 0)}
                /Maximum resident set size/ {kb = $2} END {printf "%.2f %d\n", s, kb}' "$log"
    rm -f "$log"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "| case | Frontline | QGIS 3.22 | QGIS / Frontline (time) | Frontline / QGIS (memory) |"
echo "|---|---|---|---|---|"
# Each round runs Frontline twice, over its own map (what a user gets by default) and the file alone (--no-map:
# the same layers QGIS draws, nothing more), then QGIS once; both Frontline rows are compared with that QGIS run.
run_case() { # title gpkg extent-or-empty name
    local title=$1 gpkg=$2 extent=$3 name=$4 fl_t=() fl_m=() fa_t=() fa_m=() q_t=() q_m=() t m
    local fl_args=(render --layer "$gpkg" --hide "user:$gpkg#countries" --size 1920x1080 --out "$out/$name-frontline.png")
    local q_args=("$qgis" "$gpkg" --out "$out/$name-qgis.png")
    if [[ -n $extent ]]; then
        fl_args+=(--extent "$extent")
        q_args+=(--bbox "$extent")
    else
        fl_args+=(--extent "-180,-85,180,85")
    fi
    local fa_args=("${fl_args[@]}" --no-map)
    fa_args[8]="$out/$name-frontline-alone.png"
    for ((i = 0; i < rounds; i++)); do
        read -r t m < <(measure "$cli" "${fl_args[@]}"); fl_t+=("$t"); fl_m+=("$m")
        read -r t m < <(measure "$cli" "${fa_args[@]}"); fa_t+=("$t"); fa_m+=("$m")
        read -r t m < <(measure /usr/bin/python3 "${q_args[@]}"); q_t+=("$t"); q_m+=("$m")
    done
    local ft fm at am qt qm
    ft=$(printf '%s\n' "${fl_t[@]}" | median); fm=$(printf '%s\n' "${fl_m[@]}" | median)
    at=$(printf '%s\n' "${fa_t[@]}" | median); am=$(printf '%s\n' "${fa_m[@]}" | median)
    qt=$(printf '%s\n' "${q_t[@]}" | median); qm=$(printf '%s\n' "${q_m[@]}" | median)
    awk -v c="$title" -v ft="$ft" -v fm="$fm" -v at="$at" -v am="$am" -v qt="$qt" -v qm="$qm" 'BEGIN {
        printf "| %s, over the bundled map | %.2f s, %d MB | %.2f s, %d MB | %.1f | %.2f |\n", c, ft, fm / 1024, qt, qm / 1024, qt / ft, fm / qm
        printf "| %s, the file alone (`--no-map`) | %.2f s, %d MB | (same run) | %.1f | %.2f |\n", c, at, am / 1024, qt / at, am / qm }'
}
run_case "world-full.gpkg, whole world" "$data/world-full.gpkg" "" world
run_case "world-full.gpkg, framed on NW Syria" "$data/world-full.gpkg" "35.5,34.9,37.6,36.7" world-nw
run_case "nw-syria.gpkg" "$data/nw-syria.gpkg" "35.5,34.9,37.6,36.7" nw
echo
echo "Pictures in $out; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')."
