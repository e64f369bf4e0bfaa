#!/bin/bash
# build_errors.sh - `wasmgate build` on bad input: each case must exit 2 with
# one line on stderr saying what and where (a compiler's own output may
# follow it), write nothing to --out, and leave an earlier good build there
# as it was.  Cases: missing source, compiler error (its text shown),
# unknown toolchain or variant, bad name / version, a source glob or include
# dir escaping the plugin folder (../, absolute, symlink out), a manifest
# that is not YAML, a folder without plugin.yml, a missing export, a
# toolchain that is not installed.  Needs clang + wasi-libc (else 77).
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
. "$WG_SRC/tests/integration/lib/check.sh"
command -v clang >/dev/null && [ -f /usr/lib/wasm32-wasi/libc.a ] || [ -n "${WASI_SYSROOT:-}" ] ||
	{ echo "build_errors: clang + wasi-libc not installed: skipped"; exit 77; }

T=$(mktemp -d "${TMPDIR:-/tmp}/wg-build-errors.XXXXXX")
trap 'rm -rf "$T"' EXIT
OUT=$T/out CACHE=$T/cache

# plugin DIR [KEY: VALUE lines...]: a good wasi plugin, then lines replacing keys
plugin() {
	local d=$T/$1; shift
	mkdir -p "$d"
	printf 'int f(void) { return 42; }\n' >"$d/f.c"
	{
		echo "schema: 1"
		echo "name: p"
		echo "version: 1.0.0"
		echo "abi: wasmgate-plugin/1"
		echo "toolchain: wasi"
		echo "sources: [f.c]"
		echo "exports: [memory, f]"
		echo "memory: {max_pages: 2}"
	} >"$d/plugin.yml"
	local kv
	for kv in "$@"; do
		sed -i "/^${kv%%:*}:/d" "$d/plugin.yml"
		echo "$kv" >>"$d/plugin.yml"
	done
	echo "$d"
}

# the good build every case must leave alone
good=$(plugin good)
if "$WASMGATE" build -q --out "$OUT" --cache "$CACHE" "$good"; then
	ok "a good plugin builds"
else
	bad "a good plugin builds"; check_done; exit 1
fi
before=$(cd "$OUT" && find . -type f -exec sha256sum {} + | sort)

# fails NAME EXPECTED-TEXT ARGS...: exit 2, first stderr line has the text,
# --out unchanged
fails() {
	local name=$1 want=$2; shift 2
	PATH=${RUN_PATH:-$PATH} "$WASMGATE" build -q --out "$OUT" --cache "$CACHE" "$@" \
		>"$T/stdout" 2>"$T/stderr"
	local rc=$?
	local first; first=$(head -n1 "$T/stderr")
	if [ $rc -eq 2 ] && [[ $first == wasmgate:* ]] && [[ $first == *"$want"* ]]; then
		ok "$name: exit 2: $first"
	else
		bad "$name: exit $rc, first line '$first', expected '$want'"
	fi
	local after; after=$(cd "$OUT" && find . -type f -exec sha256sum {} + | sort)
	if [ "$after" = "$before" ]; then ok "$name: --out as it was"; else bad "$name: --out changed"; fi
}

fails "missing source" "sources: 'nope.c' matches no file" "$(plugin missing 'sources: [nope.c]')"

d=$(plugin broken); printf 'int f(void) { return 42 }\n' >"$d/f.c"
fails "compiler error" "p 1.0.0 wasi: " "$d"
if grep -q "expected ';'" "$T/stderr"; then ok "compiler error: its text is shown"; else bad "compiler error: its text is shown"; fi

fails "unknown toolchain" "unknown toolchain 'gcc'" --toolchain gcc "$(plugin tc)"
fails "toolchain the plugin does not list" "does not build with emscripten" --toolchain emscripten "$(plugin tc2)"
fails "unknown variant" "unknown variant 'fast'" --variant fast "$(plugin var)"
fails "bad name" "plugin.yml:8:7: name: 'Bad_Name'" "$(plugin name 'name: Bad_Name')"
fails "bad version" "version: 'v1' is not a semantic version" "$(plugin ver 'version: v1')"
fails "source glob ../" "sources: '../*.c' leaves the plugin folder" "$(plugin up 'sources: ["../*.c"]')"
fails "absolute source" "sources: '/etc/hostname' leaves the plugin folder" "$(plugin abs 'sources: [/etc/hostname]')"
d=$(plugin link 'sources: ["*.c"]'); echo 'int s;' >"$T/secret.c"; ln -s "$T/secret.c" "$d/s.c"
fails "source symlink out" "resolves outside the plugin folder" "$d"
fails "include dir ../" "include_dirs: '../inc' leaves the plugin folder" "$(plugin incup 'include_dirs: [../inc]')"
d=$(plugin inclink 'include_dirs: [inc]'); mkdir -p "$T/inc"; ln -s "$T/inc" "$d/inc"
fails "include dir symlink out" "include_dirs: " "$d"
d=$(plugin notyaml); printf 'name: [p\nversion: {\n' >"$d/plugin.yml"
fails "not YAML" "plugin.yml:2:8: YAML syntax error" "$d"
mkdir -p "$T/empty"
fails "no plugin.yml" "no readable plugin.yml in this folder" "$T/empty"
fails "missing export" "p 1.0.0 wasi: " "$(plugin noexport 'exports: [memory, f, g]')"
if grep -q "\bg\b" "$T/stderr"; then ok "missing export: the linker names it"; else bad "missing export: the linker names it"; fi
d=$(plugin twin); fails "two folders, one plugin name" "both build p 1.0.0 wasi" "$good" "$d"
mkdir -p "$T/bin"
RUN_PATH=$T/bin fails "toolchain not installed" "p 1.0.0 wasi: clang not found on PATH (Debian package: clang lld wasi-libc)" \
	"$(plugin nopath)"
RUN_PATH=$T/bin fails "emscripten not installed" "p 1.0.0 emscripten: emcc not found on PATH (Debian package: emscripten)" \
	"$(plugin noemcc 'toolchain: emscripten')"

check_done
