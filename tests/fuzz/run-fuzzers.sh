#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz": clang, ASan + UBSan, build/fuzz) and runs each one.
#   bash tests/fuzz/run-fuzzers.sh                  every target, 30 s each
#   FUZZ_SECONDS=3600 bash tests/fuzz/run-fuzzers.sh profile world   two targets, an hour each
# For each target it first replays every input kept under tests/fuzz/regressions/<target>/, then fuzzes
# from the seeds (tests/fuzz/corpus/<target>/ and the matching tests/data/ fixtures) plus the corpus it
# grew on earlier runs (build/fuzz/corpus/<target>/). A crash, sanitizer report, leak or timeout fails
# the run, and the input that caused it is copied to tests/fuzz/regressions/<target>/ to be committed
# with its fix. Environment: FUZZ_SECONDS (default 30), FUZZ_MAX_LEN (bytes, default 16384),
# FUZZ_TIMEOUT (seconds for one input, default 10), FUZZ_BUILD_JOBS (default 2), FUZZ_NO_BUILD=1, FUZZ_SEED (default 20261207, fixed so a CI failure replays; 0 = random).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
seconds=${FUZZ_SECONDS:-30}
max_len=${FUZZ_MAX_LEN:-16384}
timeout=${FUZZ_TIMEOUT:-10}
build_jobs=${FUZZ_BUILD_JOBS:-2}
bin_dir=$root/build/fuzz/fuzz
work_dir=$root/build/fuzz/work
fuzz_dir=$root/tests/fuzz
data_dir=$root/tests/data

all_targets=(targets logline hubspot loki sentry profile world)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

# Seed directories besides tests/fuzz/corpus/<target>: the parsers' own test fixtures.
seeds_for() {
  case "$1" in
    hubspot) echo "$data_dir/hubspot" ;;
    loki) echo "$data_dir/loki" ;;
    sentry) echo "$data_dir/sentry" ;;
    profile) echo "$data_dir/profiles" ;;
  esac
}
# The JSON parsers get a dictionary of JSON tokens and the field names they look for.
dict_for() {
  case "$1" in
    hubspot|loki|sentry|profile|world) echo "-dict=$fuzz_dir/json.dict" ;;
  esac
}

for t in "${targets[@]}"; do
  if [ ! -f "$fuzz_dir/fuzz_$t.cpp" ]; then
    echo "run-fuzzers: unknown target '$t' (known: ${all_targets[*]})" >&2
    exit 2
  fi
done

if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
  start=$(date +%s)
  cmake --preset fuzz >/dev/null
  nice -n 10 cmake --build --preset fuzz -j"$build_jobs"
  echo "run-fuzzers: build took $(( $(date +%s) - start )) s"
fi

failed=()
summary=()
for t in "${targets[@]}"; do
  bin=$bin_dir/fuzz_$t
  regressions=$fuzz_dir/regressions/$t
  corpus=$work_dir/corpus/$t
  artifacts=$work_dir/artifacts/$t
  log=$work_dir/logs/$t.log
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  rm -f "$artifacts"/*

  # 1. Every kept regression input, once each.
  mapfile -t kept < <(find "$regressions" -type f ! -name '*.md' 2>/dev/null | sort)
  if [ ${#kept[@]} -gt 0 ]; then
    if ! "$bin" -timeout="$timeout" "${kept[@]}" >"$log.replay" 2>&1; then
      echo "run-fuzzers: $t: a kept regression input fails again; see $log.replay" >&2
      tail -n 40 "$log.replay" >&2
      failed+=("$t")
      summary+=("$(printf '%-8s regression inputs: FAIL (%d kept)' "$t" ${#kept[@]})")
      continue
    fi
  fi

  # 2. Fuzz for the time given.
  seed_dirs=()
  [ -d "$fuzz_dir/corpus/$t" ] && seed_dirs+=("$fuzz_dir/corpus/$t")
  extra=$(seeds_for "$t")
  [ -n "$extra" ] && seed_dirs+=("$extra")
  [ -d "$regressions" ] && seed_dirs+=("$regressions")
  dict=$(dict_for "$t")
  rc=0
  # A fixed seed by default, so that a CI failure can be replayed; FUZZ_SEED=0 lets libFuzzer pick one.
  "$bin" -seed="${FUZZ_SEED:-20261207}" -max_total_time="$seconds" -timeout="$timeout" -max_len="$max_len" -print_final_stats=1 \
    -artifact_prefix="$artifacts/" ${dict:+"$dict"} "$corpus" "${seed_dirs[@]}" >"$log" 2>&1 || rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  units=$(find "$corpus" -type f | wc -l)
  if [ "$rc" -ne 0 ]; then
    mkdir -p "$regressions"
    kept_now=()
    for a in "$artifacts"/*; do
      [ -f "$a" ] || continue
      cp "$a" "$regressions/"
      kept_now+=("tests/fuzz/regressions/$t/$(basename "$a")")
    done
    echo "run-fuzzers: $t FAILED (exit $rc); kept ${kept_now[*]:-no input}; log $log" >&2
    grep -m 1 -A 30 -E '^==[0-9]+==ERROR|runtime error|deadly signal|ALARM|out-of-memory' "$log" >&2 || tail -n 40 "$log" >&2
    failed+=("$t")
    summary+=("$(printf '%-8s %4s s %10s runs %7s exec/s  corpus %5s  FAIL' "$t" "$seconds" "${runs:-?}" "${rate:-?}" "$units")")
  else
    summary+=("$(printf '%-8s %4s s %10s runs %7s exec/s  corpus %5s  ok' "$t" "$seconds" "${runs:-?}" "${rate:-?}" "$units")")
  fi
done

echo "run-fuzzers: target   time       runs        exec/s   corpus  result"
printf 'run-fuzzers: %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "run-fuzzers: FAILED: ${failed[*]} (inputs kept under tests/fuzz/regressions/)" >&2
  exit 1
fi
echo "run-fuzzers: all ${#targets[@]} targets ran clean"
