#!/usr/bin/env bash
# Quick start (1): install what is missing, build, and open the console on the bundled demo world.
set -euo pipefail
cd "$(dirname "$0")"
bash packaging/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target credsync
exec build/dev/bin/credsync --demo "$@"
