#!/usr/bin/env bash
# Checks what `cmake --install` and the Debian package deliver, offline (run by scripts/test.sh
# after scripts/package.sh --no-build):
# - desktop-file-validate on the menu entry, appstreamcli on the metainfo, lintian on the .deb
#   (no error, and no warning: the ones kept are overridden in packaging/lintian-overrides);
# - the package unpacked into a temporary root (dpkg -x): campaign-planner-cli --help runs
#   from there, its manual pages name every command, and the window, started offscreen from
#   there on a campaign file in Persian, shows its Persian title, read from the .qm files
#   the package installed (a program outside the build tree reads no other).
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls build/campaign-planner_*.deb)
fail() { echo "check-package: $*" >&2; exit 1; }

desktop-file-validate resources/desktop/campaign-planner.desktop
appstreamcli validate --no-net --explain build/packaging/io.github.campaignplanner.CampaignPlanner.metainfo.xml \
  > build/appstream.log 2>&1 || { cat build/appstream.log; fail "appstreamcli validate failed"; }
# --fail-on error,warning: a warning not overridden fails the check as an error does.
lintian --fail-on error,warning --tag-display-limit 0 "$deb" > build/lintian.log 2>&1 \
  || { cat build/lintian.log; fail "lintian found errors or warnings in $deb"; }

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
for file in usr/share/applications/campaign-planner.desktop usr/share/mime/packages/campaign-planner.xml \
    usr/share/icons/hicolor/48x48/apps/campaign-planner.png usr/share/icons/hicolor/256x256/apps/campaign-planner.png \
    usr/share/icons/hicolor/scalable/apps/campaign-planner.svg usr/share/man/man1/campaign-planner.1.gz \
    usr/share/campaign-planner/translations/campaign-planner_fa.qm; do
  [ -s "$root/$file" ] || fail "the package has no $file"
done

export HOME=$root/home XDG_RUNTIME_DIR=$root/run QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$root/usr/bin/campaign-planner-cli" --help | grep -q '^Usage: campaign-planner-cli' \
  || fail "campaign-planner-cli --help from the package printed no usage"
# Every command of the CLI's help has its section in the manual page.
manual=$(zcat "$root/usr/share/man/man1/campaign-planner-cli.1.gz")
"$root/usr/bin/campaign-planner-cli" --help | sed -n '/^Commands:/,/^[^ ]/p' | grep '^  ' \
  | sed -E 's/^  ([a-z]+( [a-z]+)?) +.*/\1/' | while read -r command; do
    grep -qx ".SS \"$command\"" <<< "$manual" || fail "the manual page has no section for '$command'"
  done

"$root/usr/bin/campaign-planner-cli" --db "$root/plan.sqlite" demo > /dev/null
title=$("$root/usr/bin/campaign-planner" --language fa --screenshot "$root/fa.png" "$root/plan.sqlite")
[ "$title" = "فایل plan.sqlite — Campaign Planner" ] \
  || fail "the installed window's Persian title is '$title', not 'فایل plan.sqlite — Campaign Planner'"
[ -s "$root/fa.png" ] || fail "the installed window saved no picture"

# The file type: with the package's MIME type added to the system's, GIO (what file managers
# ask) takes a campaign file for application/x-campaign-planner, which the menu entry opens,
# and another SQLite file for a plain SQLite database.
mkdir -p "$root/mime/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$root/usr/share/mime/packages/campaign-planner.xml" \
  "$root/mime/mime/packages/"
XDG_DATA_DIRS=$root/mime update-mime-database "$root/mime/mime"
sqlite3 "$root/other.sqlite" 'CREATE TABLE t (x)'
type_of() { XDG_DATA_DIRS=$root/mime XDG_DATA_HOME=$root/none gio info -a standard::content-type "$1" \
  | sed -n 's/^ *standard::content-type: //p'; }
[ "$(type_of "$root/plan.sqlite")" = application/x-campaign-planner ] \
  || fail "a campaign file is taken for $(type_of "$root/plan.sqlite")"
[ "$(type_of "$root/other.sqlite")" = application/vnd.sqlite3 ] \
  || fail "another SQLite file is taken for $(type_of "$root/other.sqlite")"
grep -qx 'MimeType=application/x-campaign-planner;' "$root/usr/share/applications/campaign-planner.desktop" \
  || fail "the menu entry does not open campaign files"
echo "check-package: $deb valid; installed copy runs, its Persian title: $title"
