# Sourced by scripts/sanitize.sh and scripts/fuzz.sh: how the sanitizers report.
# Any finding stops the program with a stack trace; leaks are checked at exit, with the
# suppressions for third-party libraries in tests/sanitizers/lsan.supp.
planner_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=${planner_root}/tests/sanitizers/lsan.supp:print_suppressions=0"
