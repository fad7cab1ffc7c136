#!/usr/bin/env bash
# Builds the Debian package of Campaign Planner with CPack: build/campaign-planner_VERSION_ARCH.deb
# (its dependencies computed by dpkg-shlibdeps). Install it with
#   sudo apt install ./build/campaign-planner_*.deb
#   scripts/package.sh              set up, build the programs, then package
#   scripts/package.sh --no-build   package what build/ already holds (scripts/test.sh does)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
  bash scripts/build.sh -DPLANNER_BUILD_TESTS=OFF -DPLANNER_BUILD_BENCHMARKS=OFF
fi
rm -f build/campaign-planner_*.deb
(cd build && cpack -G DEB > package.log 2>&1) || { cat build/package.log; exit 1; }
ls build/campaign-planner_*.deb
