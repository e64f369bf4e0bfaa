#!/usr/bin/env bash
# test.sh - the README's second command: every test.  Builds if needed,
# fetches the real-world npm corpus for the differential tests when
# ../shared/corpus/fetch-npm.sh is there (skipped otherwise), then runs
# ctest: Check unit tests and the integration scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
export WG_CACHE_DIR=${WG_CACHE_DIR:-/tmp/wasmgate-cache}
export WG_CORPUS=${WG_CORPUS:-$WG_CACHE_DIR/corpus/npm}

[ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" >/dev/null
cmake --build "$BUILD" -j"$(nproc)" >/dev/null 2>"$BUILD.build.log" \
  || { cat "$BUILD.build.log" >&2; exit 1; }
rm -f "$BUILD.build.log"
if [ -f ../shared/corpus/fetch-npm.sh ]; then
  if timeout 20 npm ping >/dev/null 2>&1; then
    echo "== corpus: $(bash ../shared/corpus/fetch-npm.sh "$WG_CORPUS" 2>&1 | tail -1)"
  else
    echo "== corpus: npm registry unreachable; using what $WG_CORPUS holds"
  fi
else
  echo "== corpus: ../shared absent; real-world module tests skip"
fi
ctest --test-dir "$BUILD" --output-on-failure -j"$(nproc)" "$@"
