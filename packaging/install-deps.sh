#!/usr/bin/env bash
# Installs every Debian 12 package the build, the demo and the tests need. Idempotent: packages already
# present are skipped by apt, and apt-get update runs only when a package is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev   # QtHttpServer's CMake config needs QtWebSockets
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  qtkeychain-qt6-dev nlohmann-json3-dev libspdlog-dev
  postgresql-15                           # the PostgreSQL integration tests start a throwaway cluster
  desktop-file-utils appstream            # validate the .desktop file and AppStream metainfo
  fonts-dejavu-core                       # offscreen rendering (screenshots, PDF) needs a real font
  xauth xvfb
  faketime                                # run-tests.sh reruns the tests a year ahead and 200 days back
  lintian file dpkg-dev fakeroot           # packaging/check-deb.sh: lint the .deb, check the installed screenshot
  clang libclang-rt-14-dev                # the fuzz targets (tests/fuzz): clang with libFuzzer and ASan/UBSan
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
else
  echo "All build and test dependencies are installed."
fi
