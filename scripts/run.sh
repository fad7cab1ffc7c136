#!/usr/bin/env bash
# Sets up, builds and starts Campaign Planner. With no file named, the program opens its
# own database, which the first start fills with the demo candidates.
#   scripts/run.sh [FILE] [--language vi|id|fa|en]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh -DPLANNER_BUILD_TESTS=OFF
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting under Xvfb (nothing will be visible)." >&2
  exec xvfb-run -a build/app/campaign-planner "$@"
fi
exec build/app/campaign-planner "$@"
