#!/usr/bin/env bash
# Quick start (2): install what is missing, build with warnings as errors, and run every test
# (unit, sandbox integration over loopback, SQLite, and PostgreSQL on a throwaway local cluster).
set -euo pipefail
cd "$(dirname "$0")"
bash packaging/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
export QT_QPA_PLATFORM=offscreen
exec bash tests/with-postgres.sh ctest --preset ci -j2
