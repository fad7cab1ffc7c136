#!/usr/bin/env bash
# Fails when a file of model/ includes a header of a room above its own. The rooms, lowest
# first (one level a line; rooms on one line may not include each other):
set -euo pipefail
cd "$(dirname "$0")/../model"
levels=(
  "domain"
  "csv"
  "text"
  "storage"
  "planning/optimizer"
  "planning"
  "import export"
  "itemmodels"
  "demo"
)
level_of() {
  local i room
  for i in "${!levels[@]}"; do
    for room in ${levels[$i]}; do
      [ "$1" = "$room" ] && { echo "$i"; return; }
    done
  done
  echo -1
}
status=0
while IFS= read -r file; do
  dir=$(dirname "$file"); dir=${dir#./}
  own=$(level_of "$dir")
  if [ "$own" -lt 0 ]; then echo "$file: not in a room"; status=1; continue; fi
  while IFS= read -r inc; do
    room=$(dirname "$inc")
    [ "$room" = "$dir" ] && continue
    theirs=$(level_of "$room")
    if [ "$theirs" -lt 0 ]; then echo "$file: includes \"$inc\", which names no room"; status=1
    elif [ "$theirs" -ge "$own" ]; then echo "$file ($dir) includes \"$inc\" ($room): a room may include only rooms below it"; status=1
    fi
  done < <(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$file")
done < <(find . -name '*.h' -o -name '*.cpp' | sed 's|^\./||' | sort)
# report/ sits above the whole model and below views/: it includes no widget and no view.
if grep -nE '#include [<"](Q[A-Za-z]*Widget[A-Za-z]*|QtWidgets|QApplication|QtCharts|QChart[A-Za-z]*|views/)' \
     ../report/*.h ../report/*.cpp; then
  echo "report/ may not include widgets, charts of Qt Charts or views/"; status=1
fi
[ "$status" -eq 0 ] && echo "rooms: every include of model/ points to its own room or one below it"
exit "$status"
