#!/usr/bin/env bash
# Fuzzes every reader of hostile input (tests/fuzz: the article reader, the JSON locator, text anchoring and the
# layer opener) for a fixed number of inputs each, like a benchmark: builds the fuzz preset (clang, libFuzzer, ASan,
# UBSan) into build-fuzz/, runs each target, then prints per target the inputs run, crashes and hangs. Not part of
# CI (a million inputs per target takes hours on two cores); run it after changing a reader.
#
# Usage: scripts/fuzz.sh [TARGET...]        (default: every target)
# Environment:
#   FUZZ_RUNS      inputs per target                                         (default 1000000)
#   FUZZ_MAX_TIME  guard: seconds per target before it stops short of RUNS   (default 14400)
#   FUZZ_TIMEOUT   seconds one input may take before it counts as a hang     (default 10)
#   FUZZ_MAX_LEN   largest input in bytes  (default: 16384 for the article reader and the layer opener, whose
#                  inputs are whole files; 4096 for the locator and the anchoring, fed strings)
#   FUZZ_NICE      niceness of the fuzzers, to leave the machine usable      (default 10)
#   FUZZ_BUILD     0 to skip configuring and building (already built)        (default 1)
#
# A crash or hang leaves its input in build-fuzz/fuzz-runs/TARGET/ (crash-*, timeout-*, oom-*, leak-*): reproduce
# it with build-fuzz/tests/fuzz/fuzz_TARGET FILE, fix the reader, and copy the input into
# tests/fuzz/corpus/TARGET/ so that every test run replays it (tests fuzz_replay_*). New inputs the fuzzer finds
# go to build-fuzz/fuzz-runs/TARGET/corpus/; to grow the committed corpus, minimise them into it:
#   build-fuzz/tests/fuzz/fuzz_TARGET -merge=1 tests/fuzz/corpus/TARGET build-fuzz/fuzz-runs/TARGET/corpus
# Exits non-zero when a target crashed, hung or ran fewer inputs than asked.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
# A clone in another folder shares ccache's hits (as in scripts/test.sh).
export CCACHE_BASEDIR="$source_dir" CCACHE_NOHASHDIR=1

runs=${FUZZ_RUNS:-1000000}
max_time=${FUZZ_MAX_TIME:-14400}
timeout=${FUZZ_TIMEOUT:-10}
niceness=${FUZZ_NICE:-10}
all_targets=(article_reader json_locator text_anchor layer_opener)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
  [ -d "tests/fuzz/corpus/$t" ] || { echo "fuzz.sh: unknown target $t (one of: ${all_targets[*]})" >&2; exit 2; }
done

if [ "${FUZZ_BUILD:-1}" != 0 ]; then
  bash scripts/deps.sh --fuzz
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
fi

# Leaks count as crashes; UBSan findings stop the run like ASan's. libFuzzer checks for leaks after each input that
# allocated more than it freed; the check at exit is off, since it only finds what GDAL keeps for the whole process
# (its driver list: a million clean inputs ended in a "leak" of it) and freeing that at exit is not safe after the
# threads' own storage is gone.
# Allocation stacks two frames deep: recording full ones takes a tenth of the article reader's time; a crash is re-run
# with the defaults to see them (build-fuzz/tests/fuzz/fuzz_TARGET FILE).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:leak_check_at_exit=0:abort_on_error=1:malloc_context_size=2}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

summary=()
failed=0
for t in "${targets[@]}"; do
  work=build-fuzz/fuzz-runs/$t
  mkdir -p "$work/corpus"
  rm -f "$work"/crash-* "$work"/timeout-* "$work"/oom-* "$work"/leak-*
  case $t in
    article_reader | layer_opener) max_len=${FUZZ_MAX_LEN:-16384} ;;
    *) max_len=${FUZZ_MAX_LEN:-4096} ;;
  esac
  dict=()
  [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
  echo "== $t: $runs inputs (log: $work/fuzz.log)"
  started=$(date +%s)
  rc=0
  nice -n "$niceness" "build-fuzz/tests/fuzz/fuzz_$t" -runs="$runs" -max_total_time="$max_time" -timeout="$timeout" \
    -max_len="$max_len" -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$work/" "${dict[@]}" \
    "$work/corpus" "tests/fuzz/corpus/$t" >"$work/fuzz.log" 2>&1 || rc=$?
  seconds=$(($(date +%s) - started))
  executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log" | tail -n1)
  executed=${executed:-0}
  crashes=$(find "$work" -maxdepth 1 \( -name 'crash-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
  hangs=$(find "$work" -maxdepth 1 -name 'timeout-*' | wc -l)
  line=$(printf '%-15s %10s inputs in %6ss  %s crashes  %s hangs  (exit %s)' "$t" "$executed" "$seconds" "$crashes" \
    "$hangs" "$rc")
  echo "$line"
  summary+=("$line")
  if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ] || [ "$hangs" -ne 0 ] || [ "$executed" -lt "$runs" ]; then
    failed=1
    tail -n 40 "$work/fuzz.log"
  fi
done

echo
echo "Fuzz summary ($(date -u +%Y-%m-%dT%H:%MZ), $runs inputs asked per target):"
printf '  %s\n' "${summary[@]}"
exit $failed
