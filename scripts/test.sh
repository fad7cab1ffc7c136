#!/usr/bin/env bash
# Sets up, builds and runs every test: model, CLI, widgets (offscreen), translations, the package.
# Also checks that the .ts files hold every string of the sources, all translated, and runs
# the sanitizer build (scripts/sanitize.sh) and the fuzzers briefly (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh -DPLANNER_BUILD_TESTS=ON -DPLANNER_BUILD_BENCHMARKS=ON

export QT_QPA_PLATFORM=offscreen
# A real PostgreSQL for the tests that run on both backends (PLANNER_TEST_PG; without it they
# skip), stopped and removed at the end even when a step fails.
eval "$(bash scripts/pg-test-server.sh start)"
trap 'bash scripts/pg-test-server.sh stop "$PLANNER_PG_DIR"' EXIT
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 300

bash scripts/check-translations.sh
bash scripts/check-rooms.sh
# The Debian package from the build above (no new build), validated and run from a temporary root.
bash scripts/package.sh --no-build
bash scripts/check-package.sh

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer, then a short
# run of each fuzzer (a longer one: see README.md).
bash scripts/sanitize.sh
# A fixed seed and number of inputs: the same run on every machine (a longer, fresh one: README).
FUZZ_SEED="${FUZZ_SEED:-20261123}" bash scripts/fuzz.sh "${FUZZ_SECONDS:-600}"
