#!/usr/bin/env bash
# Installs the Debian 12 packages Frontline needs to build, run and test, if any is missing.
# Run (not sourced) with bash by run.sh and test.sh; safe to run again (it installs nothing when all are present).
# With --fuzz (scripts/fuzz.sh), also what the fuzz preset needs. The asan preset needs nothing more: gcc's
# sanitizer runtimes (libasan8, libubsan1) come with build-essential.
set -euo pipefail

FRONTLINE_PACKAGES=(
  build-essential cmake pkg-config binutils      # compiler, build, readelf for the no-Widgets check
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev    # Qt Core/Gui/Widgets/Concurrent/Test, SVG export
  qt6-l10n-tools qt6-tools-dev                   # lupdate/lrelease and their CMake (Qt6LinguistTools): the window's .ts
  qt6-translations-l10n                          # Qt's own French and Arabic (qtbase_*.qm): standard buttons, dialogs
  libgdal-dev libgeos-dev libproj-dev proj-data  # GDAL/OGR, GEOS (Voronoi of control areas), PROJ
  libpng-dev zlib1g-dev                          # the PNG writer of render and export pages
  desktop-file-utils appstream                   # packaging checks
  dpkg-dev file                                  # cpack -G DEB
  lintian                                        # packaging checks: lint the DEB (FRONTLINE_PACKAGE_CHECKS, ci preset)
  poppler-utils                                  # pdftotext/pdfinfo read exported PDFs back in the tests
  clang-format ccache                            # the format check (a test); faster rebuilds
  postgresql-15 postgresql-15-postgis-3          # the shared store's tests: a throwaway PostGIS cluster
)
if [ "${1:-}" = --fuzz ]; then
  FRONTLINE_PACKAGES+=(clang libclang-rt-14-dev)  # the fuzz preset: clang 14 and its libFuzzer and sanitizer runtimes
fi

missing=()
for p in "${FRONTLINE_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
