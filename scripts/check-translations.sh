#!/usr/bin/env bash
# Fails when a user-visible string of the sources is missing from a .ts file or is not
# translated. Runs lupdate on copies, so the working tree is left as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate 2>/dev/null || echo /usr/lib/qt6/bin/lupdate)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sources=$(find model report views app -name '*.cpp' -o -name '*.h' | grep -v '^app/cli/')
status=0
for ts in translations/*.ts; do
  cp "$ts" "$work/"
  # shellcheck disable=SC2086
  "$lupdate" -silent -no-obsolete -locations none -I model -I views $sources -ts "$work/$(basename "$ts")" > /dev/null
  missing=$(grep -c 'type="unfinished"' "$work/$(basename "$ts")" || true)
  if [ "$missing" -gt 0 ]; then
    echo "$ts: $missing strings untranslated or missing; run: cmake --build build --target update_translations" >&2
    grep -B3 'type="unfinished"' "$work/$(basename "$ts")" | grep '<source>' | head -20 >&2
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "translations: every string translated in $(ls translations/*.ts | wc -l) languages"
exit "$status"
