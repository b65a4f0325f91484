#!/usr/bin/env bash
# Proves an installed candour stands on its own (docs/install.md). Compiles
# nothing and takes seconds:
#   1. `cmake --install` of build/ into a prefix, then the prefix moved
#      elsewhere, so nothing may depend on where it was installed;
#   2. build/ hidden (renamed; put back on exit, even after a failure), so
#      nothing may come from the build folder or its links to the source;
#   3. a copy of the sample site, in another folder and without templates/
#      (the installed theme is used), checked and built by the installed
#      program, with search and, when Chromium is installed, the report PDFs;
#   4. fails if any link in the prefix or the site points outside them, if
#      any file in them names the repository, the build folder or the
#      first prefix, if the published site names the test's folders at all,
#      or if the build wrote into the prefix.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd -P)"
build_dir="${BUILD_DIR:-build}"
if [ ! -x "$build_dir/candour" ]; then
  echo "test-install: no $build_dir/candour: run scripts/compile.sh first" >&2
  exit 1
fi
build_abs="$(cd "$build_dir" && pwd -P)"
work="$(mktemp -d "${TMPDIR:-/tmp}/candour-test-install.XXXXXX")"
hidden="$build_abs.hidden-by-test-install-$$"

restore() {
  if [ -d "$hidden" ]; then
    if [ -e "$build_abs" ]; then
      echo "test-install: $build_abs exists again; the build folder is left at $hidden" >&2
    else
      mv "$hidden" "$build_abs"
    fi
  fi
  rm -rf "$work"
}
trap restore EXIT
trap 'exit 130' INT TERM
fail() {
  echo "test-install: FAILED: $*" >&2
  exit 1
}

# Places nothing installed may name: the repository (and where its
# node_modules links lead), the build folder, and the prefix before it moved.
forbidden=("$repo" "$build_abs" "$work/staged")
for link in node_modules charts/node_modules; do
  [ -L "$link" ] && forbidden+=("$(dirname "$(realpath "$link")")")
done

echo "test-install: cmake --install $build_dir --prefix $work/staged"
cmake --install "$build_dir" --prefix "$work/staged" >/dev/null
mkdir -p "$work/moved"
mv "$work/staged" "$work/moved/prefix"
prefix="$work/moved/prefix"
echo "test-install: installed $(du -sh "$prefix" | cut -f1) in $(find "$prefix" -type f | wc -l) files; moved to $prefix"
mv "$build_abs" "$hidden"

site="$work/elsewhere/northmoor"
mkdir -p "$site"
cp -r site.yaml content data static releases "$site/"
before="$(find "$prefix" -printf '%P %y %s %T@\n' | sort)"

# As a user runs it: from the site's folder, with only the installed program.
run() {
  (cd "$site" && env -u CANDOUR_DATA_DIR XDG_CACHE_HOME="$work/cache" "$prefix/bin/candour" "$@")
}
run --version | grep -qx 'candour [0-9.]*' || fail "candour --version"
run check || fail "candour check"
pdf=()
command -v chromium >/dev/null && pdf=(--pdf)
output="$(run build "${pdf[@]}" 2>&1)" || fail "candour build: $output"
echo "$output"
grep -q "^candour: search index of [0-9]* pages built" <<<"$output" || fail "no search index (Pagefind from the prefix)"
if [ ${#pdf[@]} -gt 0 ]; then
  grep -q "report PDFs* printed by Chromium" <<<"$output" || fail "no report PDFs (playwright-core from the prefix)"
fi
charts="$(find "$work/cache/candour" -path '*/charts/*' -type f 2>/dev/null | wc -l)"
[ "$charts" -gt 0 ] || fail "no charts drawn into the cache (vega from the prefix)"

[ "$(find "$prefix" -printf '%P %y %s %T@\n' | sort)" = "$before" ] || fail "the build wrote into the prefix"
while IFS= read -r -d '' link; do
  target="$(realpath -m "$link")"
  case "$target" in
    "$prefix"/* | "$site"/*) ;;
    *) fail "$link links outside the prefix and the site, to $target" ;;
  esac
done < <(find "$prefix" "$site" -type l -print0)
for place in "${forbidden[@]}"; do
  found="$(grep -rlaF -- "$place" "$prefix" "$site" | head -5 || true)"
  [ -z "$found" ] || fail "these name $place: $found"
done
found="$(grep -rlaF -- "$work" "$site/site" | head -5 || true)"
[ -z "$found" ] || fail "the published site names the folders it was built in: $found"
echo "test-install: the installed candour built $(find "$site/site" -name '*.html' | wc -l) pages from $site" \
  "($charts charts drawn) with nothing from the repository or the build folder"
