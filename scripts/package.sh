#!/usr/bin/env bash
# Builds the Debian package of candour, candour_<version>_amd64.deb, in
# dist/ (or $PACKAGE_DIR): the files `cmake --install` puts in place, under
# /usr. Depends on the libraries the program links (found by dpkg-shlibdeps)
# and nodejs; recommends chromium (for --pdf). See docs/install.md.
#   scripts/package.sh            configure and compile if needed, then package
#   sudo apt-get install ./dist/candour_*_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BUILD_DIR:-build}"
package_dir="$(realpath -m "${PACKAGE_DIR:-dist}")"
command -v dpkg-shlibdeps >/dev/null || {
  echo "package.sh: dpkg-shlibdeps is missing: apt-get install dpkg-dev" >&2
  exit 1
}
[ -f "$build_dir/build.ninja" ] || cmake --preset default >/dev/null
cmake --build "$build_dir" --target candour
mkdir -p "$package_dir"
(cd "$build_dir" && cpack -G DEB -B "$package_dir" >/dev/null)
rm -rf "$package_dir/_CPack_Packages"
for deb in "$package_dir"/candour_*.deb; do
  echo "package.sh: $deb ($(du -h "$deb" | cut -f1))"
  dpkg-deb --field "$deb" Version Depends Recommends | sed 's/^/  /'
done
