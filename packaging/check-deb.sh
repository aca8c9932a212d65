#!/usr/bin/env bash
# CI: builds the .deb from a release build directory of its own, lints it, installs it with apt the way
# a Success agent's machine would, and runs the INSTALLED program on the demo world (a scan, and a
# screenshot of the window rendered offscreen). Prints how long each step took.
# Usage: bash packaging/check-deb.sh [BUILD_DIR]     (default build/deb: a Release build of its own;
#        an existing, configured BUILD_DIR such as build/release is reused as it is configured)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/deb}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
step() { printf '\n== %s (%ss so far)\n' "$1" "$SECONDS"; }

if [ ! -f "$build/CMakeCache.txt" ]; then
    step "configure (Release, no tests)"
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCREDSYNC_BUILD_TESTS=OFF -DCREDSYNC_BUILD_BENCH=OFF >/dev/null
fi
step "build"
cmake --build "$build" --target credsync credsync_manpage credsync_deb_changelog -j"$(nproc)"
step "cpack"
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/credsync-console_*.deb | head -n1)
deb=$(realpath "$deb")
dpkg-deb --info "$deb" | sed -n '/Depends/p;/Recommends/p'

step "lintian"
if command -v lintian >/dev/null; then
    # Errors fail the check; warnings are printed for the record.
    lintian --tag-display-limit 0 "$deb" | tee "$build/lintian.txt" || true
    if grep -q '^E:' "$build/lintian.txt"; then
        echo "check-deb: lintian reported errors" >&2
        exit 1
    fi
else
    echo "lintian not installed: skipped"
fi

step "apt-get install ./$(basename "$deb")"
$sudo apt-get install -y --no-install-recommends "$deb" >/dev/null
test -x /usr/bin/credsync
test -f /usr/share/man/man1/credsync.1.gz
test -f /usr/share/applications/io.credsync.Console.desktop
test -f /usr/share/metainfo/io.credsync.Console.metainfo.xml

step "installed credsync --demo scan"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CREDSYNC_DEMO_NOW=2026-11-23T09:30:00Z
# A fresh HOME, as on a new machine: no settings, no workspace.
HOME="$work" /usr/bin/credsync --demo scan > "$work/scan.txt"
grep -q . "$work/scan.txt"
# A contact the demo world really has (the first one a scan lists), inspected in Spanish.
HOME="$work" /usr/bin/credsync --demo scan --format jsonl > "$work/scan.jsonl"
contact=$(python3 -c 'import json, sys
for line in open(sys.argv[1]):
    record = json.loads(line)
    if record.get("therapist", {}).get("contact_id"):
        print(record["therapist"]["contact_id"])
        break' "$work/scan.jsonl")
test -n "$contact"
HOME="$work" LANG=es_ES.UTF-8 /usr/bin/credsync --demo inspect "$contact" > "$work/inspect-es.txt"
grep -q 'Objetos en HubSpot' "$work/inspect-es.txt" || { echo "check-deb: the installed program did not speak Spanish" >&2; exit 1; }

step "installed credsync --demo --screenshot"
HOME="$work" QT_QPA_PLATFORM=offscreen /usr/bin/credsync --demo --screenshot "$work/window.png"
test -s "$work/window.png"
file "$work/window.png" | grep -q 'PNG image'
step "done"
