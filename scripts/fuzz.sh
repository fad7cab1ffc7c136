#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build-fuzz/ (PLANNER_BUILD_FUZZERS=ON, with
# AddressSanitizer and UndefinedBehaviorSanitizer) and runs each one for SECONDS (default 45)
# on a temporary copy of its seed corpus (tests/fuzz/corpus/), so the committed seeds stay as
# they are. An input that breaks an invariant or trips a sanitizer is kept in
# build-fuzz/findings/ and the script fails.
#
#   scripts/fuzz.sh [SECONDS] [FUZZER...]     FUZZER: csvreaderfuzzer valueparserfuzzer
#                                                     candidateimportfuzzer (default: all)
# Extra cmake arguments: FUZZ_CMAKE_ARGS="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/sanitizer-env.sh

seconds="${1:-45}"
shift || true
fuzzers=("$@")
if [ "${#fuzzers[@]}" -eq 0 ]; then
  fuzzers=(csvreaderfuzzer valueparserfuzzer candidateimportfuzzer)
fi

# shellcheck disable=SC2086
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
      -DCMAKE_CXX_COMPILER=clang++ -DPLANNER_BUILD_FUZZERS=ON -DPLANNER_BUILD_TESTS=OFF \
      -DPLANNER_BUILD_BENCHMARKS=OFF ${FUZZ_CMAKE_ARGS:-} > build-fuzz-configure.log 2>&1 \
  || { cat build-fuzz-configure.log; exit 1; }
cmake --build build-fuzz --parallel "$(nproc)" --target "${fuzzers[@]}"

corpus_of() {
  case "$1" in
    valueparserfuzzer) echo tests/fuzz/corpus/values ;;
    *) echo tests/fuzz/corpus/csv ;;
  esac
}

# With FUZZ_SEED set (the test command sets it), each fuzzer makes a fixed number of inputs
# from that seed, so that the run is the same on every machine, however fast; SECONDS is then
# only a cap. Without it, each runs for SECONDS from a fresh seed.
runs_of() {
  case "$1" in
    csvreaderfuzzer) echo 12000 ;;
    valueparserfuzzer) echo 40000 ;;
    *) echo 5000 ;;
  esac
}

findings="$PWD/build-fuzz/findings"
mkdir -p "$findings"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for fuzzer in "${fuzzers[@]}"; do
  corpus="$work/$fuzzer"
  mkdir -p "$corpus"
  cp "$(corpus_of "$fuzzer")"/* "$corpus"/
  fixed=()
  if [ -n "${FUZZ_SEED:-}" ]; then
    fixed=(-seed="$FUZZ_SEED" -runs="$(runs_of "$fuzzer")")
    echo "== $fuzzer: seed $FUZZ_SEED, $(runs_of "$fuzzer") inputs (at most ${seconds} s)"
  else
    echo "== $fuzzer: ${seconds} s"
  fi
  if ! build-fuzz/tests/fuzz/"$fuzzer" "${fixed[@]}" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
        -max_len=16384 -print_final_stats=1 -artifact_prefix="$findings/$fuzzer-" \
        "$corpus" > "$work/$fuzzer.log" 2>&1; then
    tail -n 60 "$work/$fuzzer.log"
    echo "$fuzzer found a problem; the input is in $findings/"
    status=1
  else
    grep -E '^#[0-9]+.*DONE|^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' \
      "$work/$fuzzer.log" || true
  fi
done
exit "$status"
