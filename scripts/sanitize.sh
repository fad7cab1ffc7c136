#!/usr/bin/env bash
# Builds the program and every test with AddressSanitizer and UndefinedBehaviorSanitizer
# into build-asan/ (PLANNER_SANITIZE=ON; no benchmarks) and runs the whole test suite there.
# Extra arguments go to cmake, e.g. -DCMAKE_CXX_COMPILER_LAUNCHER=ccache.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/sanitizer-env.sh
# The test programs run while building too (gtest_discover_tests lists their tests).
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANNER_SANITIZE=ON \
      -DPLANNER_BUILD_TESTS=ON -DPLANNER_BUILD_BENCHMARKS=OFF "$@" > build-asan-configure.log 2>&1 \
  || { cat build-asan-configure.log; exit 1; }
cmake --build build-asan --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)" --timeout 900
