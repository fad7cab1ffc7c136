#!/usr/bin/env bash
# Installs the Debian 12 packages Campaign Planner needs to build, test and run.
# (clang and its runtime libraries build the libFuzzer targets, scripts/fuzz.sh; librsvg2-bin
# renders the icon's PNGs; dpkg-dev (dpkg-shlibdeps), desktop-file-utils, appstream, lintian,
# shared-mime-info and libglib2.0-bin (gio) build and check the Debian package:
# scripts/package.sh and scripts/check-package.sh; unzip, libxml2-utils (xmllint) and
# libreoffice-calc-nogui check the exported .xlsx in the model tests; postgresql and
# libqt6sql6-psql run the stores on a test server too: scripts/pg-test-server.sh; libpq-dev
# lets the import send COPY to a team database.)
# Checks first and installs only what is missing, so a second run costs nothing.
set -euo pipefail

packages=(
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libqt6sql6-sqlite qt6-translations-l10n libgtest-dev libbenchmark-dev
  cmake g++ make sqlite3 libsqlite3-dev xvfb xauth fonts-dejavu-core
  clang libclang-rt-14-dev ccache libicu-dev
  libxlsxwriter-dev liborcus-dev libixion-dev libboost-dev pkg-config zlib1g-dev
  unzip libxml2-utils libreoffice-calc-nogui
  librsvg2-bin dpkg-dev desktop-file-utils appstream lintian shared-mime-info libglib2.0-bin
  poppler-utils fonts-farsiweb fonts-noto-core time bc
  postgresql libqt6sql6-psql libpq-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
