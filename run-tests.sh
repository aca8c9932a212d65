#!/usr/bin/env bash
# Quick start (2): install what is missing, build with warnings as errors, and run every test
# (unit, sandbox integration over loopback, SQLite, and PostgreSQL on a throwaway local cluster), then the
# unit and sandbox tests again under faketime +400d and -200d.
set -euo pipefail
cd "$(dirname "$0")"
bash packaging/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
export QT_QPA_PLATFORM=offscreen
# CI only (CI=true, as .ci/run sets it): 30 s of each fuzzer (ASan + UBSan over the parsers, core and the
# sandbox's world loader), then the sanitizer suite (every test labelled "sanitize", built with clang, ASan
# and UBSan); any report fails the run. Timings per step: docs/reliability.md, "The sanitizer suite".
# CREDSYNC_CI_SANITIZERS=0 leaves the suite out (a quicker run; the fuzzers still run).
if [ "${CI:-}" = true ]; then
  bash tests/fuzz/run-fuzzers.sh
  [ "${CREDSYNC_CI_SANITIZERS:-1}" = 0 ] || bash tests/sanitizers/run-sanitizers.sh
fi
bash tests/with-postgres.sh ctest --preset ci -j2
# No test may depend on the date it runs: the unit and sandbox tests again, a year ahead and 200 days back.
for shift in +400d -200d; do
  echo "== unit and sandbox tests with the clock moved ${shift} (faketime) =="
  faketime -f "${shift}" ctest --preset ci -L 'unit|sandbox' -j2
done
