#!/usr/bin/env bash
# build-cold-vs-cached.sh - `wasmgate build` of every example plugin with
# every toolchain and variant: a cold build (empty cache) against a fully
# cached one (goal: cached >= 20x faster), and a cold build at -j 2 against
# -j 1.  Prints wall times and ratios measured in this one run; information,
# not a test.  Emscripten's library cache (EM_CACHE) is warmed first so the
# cold builds measure plugin builds, not emcc building libc.
#   bench/build-cold-vs-cached.sh [WASMGATE] [PLUGIN_DIR...]
set -euo pipefail
cd "$(dirname "$0")/.."
WASMGATE=${1:-build/wasmgate}
shift || true
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(examples/plugins/*/)
[ -x "$WASMGATE" ] || { echo "no $WASMGATE: cmake --build build --target wasmgate" >&2; exit 1; }
T=$(mktemp -d "${TMPDIR:-/tmp}/wg-bench-build.XXXXXX")
trap 'rm -rf "$T"' EXIT

now() { date +%s.%N; }
# run LABEL ARGS...: time one `wasmgate build --toolchain all` into $T/out
run() {
	local t0 t1
	t0=$(now)
	"$WASMGATE" build -q --toolchain all "$@" --out "$T/out" "${dirs[@]}"
	t1=$(now)
	echo "$t1 - $t0" | bc -l
}
ratio() { echo "scale=2; $1 / $2" | bc -l; }
builds=$("$WASMGATE" build --matrix "${dirs[0]%/}/.." 2>/dev/null | jq '.include | length' 2>/dev/null || echo "?")

echo "== warming the toolchains (EM_CACHE, version stamps)"
run --cache "$T/warm" >/dev/null
echo "== cold -j 1, cold -j 2, cached (-j 1), $builds builds"
cold1=$(run -j 1 --cache "$T/c1")
cold2=$(run -j 2 --cache "$T/c2")
cached=$(run -j 1 --cache "$T/c1")
printf '%-28s %8.2f s\n' "cold, -j 1" "$cold1" "cold, -j 2" "$cold2" "fully cached, -j 1" "$cached"
printf '%-28s %8.1fx   (goal >= 20x)\n' "cached vs cold (-j 1)" "$(ratio "$cold1" "$cached")"
printf '%-28s %8.2fx   (%s cores)\n' "-j 2 vs -j 1 (cold)" "$(ratio "$cold1" "$cold2")" "$(nproc)"
