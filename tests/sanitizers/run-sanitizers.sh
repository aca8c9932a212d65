#!/usr/bin/env bash
# The test suite under AddressSanitizer + UndefinedBehaviorSanitizer (preset asan, build/asan): builds
# the tests labelled "sanitize" (every test but the few tests/CMakeLists.txt leaves out for time) and runs
# them, PostgreSQL ones against a throwaway cluster. Any ASan/UBSan/LSan report fails its test: UBSan
# halts on the first error, LSan runs at exit (suppressions: tests/sanitizers/lsan.supp).
#   bash tests/sanitizers/run-sanitizers.sh            the CI suite
#   SANITIZE_LABEL= bash tests/sanitizers/run-sanitizers.sh   every test (builds everything)
#   SANITIZE_TESTS='tst_cli|tst_profile' bash tests/sanitizers/run-sanitizers.sh   only these (ctest -R)
# Environment: SANITIZE_BUILD_JOBS (default 2), SANITIZE_TEST_JOBS (default 2).
# Exit status: non-zero when the build fails or any test fails, which is what a sanitizer report does:
# ASan aborts (abort_on_error), UBSan halts (-fno-sanitize-recover), LSan exits 23 at exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
label=${SANITIZE_LABEL-sanitize}
build_jobs=${SANITIZE_BUILD_JOBS:-2}
test_jobs=${SANITIZE_TEST_JOBS:-2}

start=$(date +%s)
cmake --preset asan >/dev/null
if [ -n "$label" ]; then
  nice -n 19 cmake --build --preset asan --target sanitize_suite credsync -j"$build_jobs"
else
  nice -n 19 cmake --build --preset asan -j"$build_jobs"
fi
built=$(date +%s)
echo "run-sanitizers: build took $(( built - start )) s"

rc=0
export QT_QPA_PLATFORM=offscreen
bash tests/with-postgres.sh ctest --preset asan ${label:+-L "$label"} ${SANITIZE_TESTS:+-R "$SANITIZE_TESTS"} -j"$test_jobs" || rc=$?
echo "run-sanitizers: tests took $(( $(date +%s) - built )) s (exit $rc)"
exit "$rc"
