#!/bin/bash
# build_cache.sh - the build cache and reproducible output of `wasmgate build`.
# Compiler runs are counted by wrapper scripts put first on PATH.
#   - a second build of unchanged plugins starts no compiler and gives the
#     same bytes;
#   - changing a header rebuilds exactly the plugin that includes it (one
#     compile, one link); changing a header no source includes rebuilds none;
#   - a truncated cache entry is rebuilt, not used;
#   - --cache-max keeps the cache bounded, least recently used first (a hit
#     is a use), and what it removed is rebuilt;
#   - the same sources in another folder, built cold at another time, give
#     byte-identical .wasm files (wasi; emscripten too when emcc is there).
# Needs clang + wasi-libc (else 77).
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
. "$WG_SRC/tests/integration/lib/check.sh"
command -v clang >/dev/null && [ -f /usr/lib/wasm32-wasi/libc.a ] || [ -n "${WASI_SYSROOT:-}" ] ||
	{ echo "build_cache: clang + wasi-libc not installed: skipped"; exit 77; }

T=$(mktemp -d "${TMPDIR:-/tmp}/wg-build-cache.XXXXXX")
trap 'rm -rf "$T"' EXIT
mkdir -p "$T/bin" "$T/src"
COUNT=$T/count
: >"$COUNT"
for cc in clang clang++ emcc em++; do
	real=$(command -v $cc) || continue
	printf '#!/bin/sh\necho %s >>"%s"\nexec "%s" "$@"\n' "$cc" "$COUNT" "$real" >"$T/bin/$cc"
	chmod +x "$T/bin/$cc"
done
runs() { wc -l <"$COUNT" | tr -d ' '; }

# plugin NAME: a wasi plugin whose source includes cfg.h; unused.h is included by nothing
plugin() {
	local d=$T/src/$1
	mkdir -p "$d/include"
	printf '#define VALUE 1\n' >"$d/include/cfg.h"
	printf '#define UNUSED 1\n' >"$d/include/unused.h"
	printf '#include "cfg.h"\nint %s_value(void) { return VALUE; }\n' "$1" >"$d/main.c"
	printf 'schema: 1\nname: %s\nversion: 1.0.0\nabi: wasmgate-plugin/1\ntoolchain: wasi\nsources: ["*.c"]\ninclude_dirs: [include]\nexports: [memory, %s_value]\nmemory: {max_pages: 2}\n' "$1" "$1" >"$d/plugin.yml"
}
plugin alpha
plugin beta

build() {   # build OUT CACHE DIRS...: progress lines in $T/log
	local out=$1 cache=$2; shift 2
	PATH=$T/bin:$PATH "$WASMGATE" build -j 2 --out "$out" --cache "$cache" "$@" 2>"$T/log"
}
sums() { (cd "$1" && find . -name '*.wasm' -exec sha256sum {} + | sort); }
cached() { grep -q "] $1 1.0.0 wasi ... .*(cached)" "$T/log"; }

if build "$T/out" "$T/cache" "$T/src/alpha" "$T/src/beta"; then ok "cold build"; else bad "cold build: $(cat "$T/log")"; fi
cold_runs=$(runs)
[ "$cold_runs" -ge 4 ] && ok "cold build ran the compiler ($cold_runs runs)" || bad "cold build ran the compiler only $cold_runs times"
first=$(sums "$T/out")

build "$T/out" "$T/cache" "$T/src/alpha" "$T/src/beta"
[ "$(runs)" = "$cold_runs" ] && ok "second build started no compiler" || bad "second build started $(($(runs) - cold_runs)) compiler runs"
cached alpha && cached beta && ok "second build: both cached" || bad "second build: not both cached: $(cat "$T/log")"
[ "$(sums "$T/out")" = "$first" ] && ok "second build: same bytes" || bad "second build: bytes differ"

# build.json says what was built, from what, how
bj=$T/out/alpha/1.0.0/wasi/build.json
if command -v jq >/dev/null; then
	sum=$(sha256sum <"$T/out/alpha/1.0.0/wasi/alpha.wasm" | cut -d' ' -f1)
	hsum=$(sha256sum <"$T/src/alpha/include/cfg.h" | cut -d' ' -f1)
	csum=$(sha256sum <"$T/src/alpha/main.c" | cut -d' ' -f1)
	[ "$(jq -r .output.sha256 "$bj")" = "$sum" ] && ok "build.json: output sha256" || bad "build.json: output sha256"
	[ "$(jq -r .output.size "$bj")" = "$(stat -c %s "$T/out/alpha/1.0.0/wasi/alpha.wasm")" ] && ok "build.json: output size" || bad "build.json: output size"
	[ "$(jq -r '.inputs["include/cfg.h"]' "$bj")" = "$hsum" ] && ok "build.json: the header's sha256 (from -MD)" || bad "build.json: header digest"
	[ "$(jq -r '.inputs["main.c"]' "$bj")" = "$csum" ] && ok "build.json: the source's sha256" || bad "build.json: source digest"
	jq -e '.inputs["plugin.yml"] and (.commands | length) == 2 and (.commands[0] | index("-c"))
		and (.commands[1] | index("-Wl,--export=alpha_value")) and (.toolchain.version | test("clang"))
		and .cached == true and .plugin.label == "wasi"' "$bj" >/dev/null &&
		ok "build.json: manifest digest, both argument vectors, toolchain version, cached" ||
		bad "build.json: $(cat "$bj")"
	js=$(PATH=$T/bin:$PATH "$WASMGATE" build -q --json --out "$T/out" --cache "$T/cache" "$T/src/alpha")
	[ "$(jq -r '.[0].sha256' <<<"$js")" = "$sum" ] && [ "$(jq -r '.[0].cached' <<<"$js")" = true ] &&
		ok "--json: sha256 and cached" || bad "--json: $js"
fi

n=$(runs)
printf '#define VALUE 2\n' >"$T/src/alpha/include/cfg.h"
build "$T/out" "$T/cache" "$T/src/alpha" "$T/src/beta"
[ "$(($(runs) - n))" = 2 ] && ok "header change: one compile + one link" || bad "header change: $(($(runs) - n)) runs, expected 2"
! cached alpha && cached beta && ok "header change: alpha rebuilt, beta cached" || bad "header change: $(cat "$T/log")"
[ "$(sums "$T/out")" != "$first" ] && ok "header change: alpha's bytes changed" || bad "header change: same bytes"

n=$(runs)
printf '#define UNUSED 2\n' >"$T/src/beta/include/unused.h"
build "$T/out" "$T/cache" "$T/src/alpha" "$T/src/beta"
[ "$(runs)" = "$n" ] && ok "a header no source includes: no rebuild" || bad "unused header: $(($(runs) - n)) runs"

# truncate beta's cache entry: it must be rebuilt, to the same bytes
key=$(sed -n 's/.*"cache_key": "\([0-9a-f]*\)".*/\1/p' "$T/out/beta/1.0.0/wasi/build.json")
entry=$T/cache/wasm/$key
if [ -n "$key" ] && [ -f "$entry" ]; then
	ok "beta's cache entry is $entry"
	beta_sum=$(sha256sum <"$T/out/beta/1.0.0/wasi/beta.wasm")
	truncate -s 40 "$entry"
	n=$(runs)
	build "$T/out" "$T/cache" "$T/src/beta"
	[ "$(($(runs) - n))" = 2 ] && ok "truncated entry: rebuilt" || bad "truncated entry: $(($(runs) - n)) runs"
	[ "$(sha256sum <"$T/out/beta/1.0.0/wasi/beta.wasm")" = "$beta_sum" ] && ok "truncated entry: same bytes after rebuild" || bad "truncated entry: bytes differ"
	[ "$(stat -c %s "$entry")" -gt 40 ] && ok "truncated entry: rewritten" || bad "truncated entry: not rewritten"
else
	bad "no cache entry for beta (key '$key')"
fi

# --cache-max: least recently used goes first; a hit counts as a use
C2=$T/cache2
build "$T/o2" "$C2" "$T/src/alpha" "$T/src/beta" || bad "cache2 cold build: $(cat "$T/log")"
key_of() { sed -n 's/.*"cache_key": "\([0-9a-f]*\)".*/\1/p' "$T/o2/$1/1.0.0/wasi/build.json"; }
ka=$(key_of alpha) kb=$(key_of beta)
if [ -f "$C2/wasm/$ka" ] && [ -f "$C2/wasm/$kb" ] && [ "$ka" != "$kb" ]; then
	touch -d '2 days ago' "$C2/wasm/$ka" "$C2/wasm/$kb" "$C2"/deps/*
	build "$T/o2" "$C2" --cache-max 0 "$T/src/alpha"       # a hit: alpha is now the most recent
	cached alpha && ok "--cache-max 0: alpha restored, nothing pruned" || bad "alpha not cached: $(cat "$T/log")"
	[ -f "$C2/wasm/$kb" ] && ok "--cache-max 0 removes nothing" || bad "--cache-max 0 removed beta's entry"
	asize=$(stat -c %s "$C2/wasm/$ka")
	build "$T/o2" "$C2" --cache-max "$asize" "$T/src/alpha"
	[ -f "$C2/wasm/$ka" ] && [ ! -e "$C2/wasm/$kb" ] && ok "--cache-max $asize: kept alpha (used last), removed beta" ||
		bad "--cache-max $asize: alpha $(ls "$C2/wasm/$ka" 2>&1), beta $(ls "$C2/wasm/$kb" 2>&1)"
	grep -q "removed 1 least recently used module" "$T/log" && ok "pruning is reported" || bad "no pruning line: $(cat "$T/log")"
	[ "$(ls "$C2/deps" | wc -l)" = 1 ] && ok "beta's dependency list went with it" || bad "deps left: $(ls "$C2/deps")"
	n=$(runs)
	build "$T/o2" "$C2" "$T/src/alpha" "$T/src/beta"
	[ "$(($(runs) - n))" = 2 ] && ! cached beta && cached alpha && ok "a pruned entry is rebuilt, the kept one restored" ||
		bad "after pruning: $(($(runs) - n)) runs: $(cat "$T/log")"
else
	bad "cache2: no entries for alpha/beta ('$ka' '$kb')"
fi
for bad_size in 5X -1 '' 1KB 99999999999999999999; do
	if "$WASMGATE" build --cache-max "$bad_size" --out "$T/o3" "$T/src/alpha" 2>"$T/err"; then
		bad "--cache-max '$bad_size' accepted"
	else
		grep -q -- "--cache-max: '.*' is not a size" "$T/err" && ok "--cache-max '$bad_size' refused" || bad "--cache-max '$bad_size': $(cat "$T/err")"
	fi
done

# reproducible: another folder, cold, later
mkdir -p "$T/elsewhere/deeper/path"
cp -r "$T/src" "$T/elsewhere/deeper/path/"
dirs=("$T/elsewhere/deeper/path/src/alpha" "$T/elsewhere/deeper/path/src/beta")
if command -v emcc >/dev/null; then
	cp -r "$WG_SRC/examples/plugins/hello" "$T/src/hello"
	cp -r "$WG_SRC/examples/plugins/hello" "$T/elsewhere/deeper/path/src/hello"
	build "$T/out" "$T/cache" "$T/src/alpha" "$T/src/beta" "$T/src/hello" ||
		bad "build with hello: $(cat "$T/log")"
	dirs+=("$T/elsewhere/deeper/path/src/hello")
fi
sleep 1
(cd "$T/elsewhere" && PATH=$T/bin:$PATH "$WASMGATE" build -q --no-cache --out "$T/out2" "${dirs[@]}") ||
	bad "second folder build failed"
a=$(sums "$T/out") b=$(sums "$T/out2")
if [ -n "$a" ] && [ "$a" = "$b" ]; then
	ok "two folders, same sha256 for every output ($(echo "$a" | wc -l) files)"
else
	bad "two folders differ:"; diff <(echo "$a") <(echo "$b")
fi

check_done
