#!/bin/bash
# runtime_e2e.sh - the whole path, end to end, with real processes on
# 127.0.0.1: `wasmgate build` of the example plugin cxxsum (as released,
# and a 1.1.0 whose window holds 4 values instead of 64) -> audit (signed
# attestation) -> registry publish -> a static HTTP server (python3
# http.server) serves the registry -> the admin sets the version on a real
# `wasmgate control serve` -> `wasmgate runtime init` installs -> the
# example host (examples/host, built outside the project with pkg-config
# against `cmake --install` in a scratch prefix, shared and static) runs
# the installed plugin in wabt's interpreter and prints what the source
# says it computes.  The admin changes the version: the host's own init
# swaps the generation and it runs the new code; an unchanged config
# downloads nothing (the registry's access log stays empty); going back to
# a version seen before takes it from the cache.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}" "${WG_BUILD:?}"
. "$WG_SRC/tests/integration/lib/runtime.sh"
for t in make cc pkg-config; do command -v $t >/dev/null || { echo "skip: no $t"; exit 77; }; done
ctl_registry
trap ctl_cleanup EXIT

# ---- build -> audit -> publish -------------------------------------------------
# cxxsum (examples/plugins/cxxsum): push(x) adds x to a window of the last 64
# integers and returns how many it holds; total() is their sum.  1.1.0 is
# the same source with a window of 4.
mkdir -p src && cp -r "$WG_SRC/examples/plugins/cxxsum" src/cxxsum
grep -q 'Window<int, 64> window;' src/cxxsum/cxxsum.cpp || { echo "FAIL cxxsum.cpp changed shape"; exit 2; }
"$W" build --toolchain wasi --variant default --out out1 src/cxxsum >build.log 2>&1 ||
	{ grep -qiE 'clang|wasi|toolchain' build.log && { echo "skip: no wasi toolchain: $(tail -1 build.log)"; exit 77; }
	  echo "FAIL wasmgate build: $(cat build.log)"; exit 2; }
sed -i 's/Window<int, 64> window;/Window<int, 4> window;/' src/cxxsum/cxxsum.cpp
sed -i 's/^version: 1.0.0/version: 1.1.0/' src/cxxsum/plugin.yml
"$W" build --toolchain wasi --variant default --out out2 src/cxxsum >>build.log 2>&1 || { echo "FAIL build 1.1.0: $(cat build.log)"; exit 2; }
mkdir -p v1 v2
cp out1/cxxsum/1.0.0/wasi/cxxsum.wasm v1/ && cp out2/cxxsum/1.1.0/wasi/cxxsum.wasm v2/ || { echo "FAIL build outputs"; exit 2; }
for v in v1 v2; do
	"$W" audit --rules "$RULES" --fail-on flag $v/cxxsum.wasm >audit.txt 2>&1 && grep -q APPROVE audit.txt &&
		ok "$v/cxxsum.wasm: built by wasmgate build, approved by the default rules" || bad "audit $v: $(cat audit.txt)"
done
publish cxxsum 1.0.0 v1/cxxsum.wasm
publish cxxsum 1.1.0 v2/cxxsum.wasm
ok "both versions published with their signed attestations (index version $(jq .version R/index.json))"

# the registry over http://, from a static server whose access log is the proof of what was fetched
HPORT=$(free_port)
python3 -m http.server --bind 127.0.0.1 "$HPORT" --directory "$T/R" 2>reg.log >/dev/null &
SERVERS="${SERVERS:-} $!"
for i in $(seq 100); do curl -fs "http://127.0.0.1:$HPORT/index.json.sig" >/dev/null 2>&1 && break; sleep 0.1; done
fetched() { grep -c '"GET ' reg.log; }

ctl_init "sqlite:$T/cp.db"
ctl_start "sqlite:$T/cp.db"
api POST /v1/instances "$ADMIN" '{"id":"edge-1","reason":"e2e"}' >/dev/null
jq -r .token resp.json >token
REGURL=http://127.0.0.1:$HPORT host host.yml

# ---- admin sets 1.0.0 -> runtime init installs ----------------------------------
set_plugins '[{"name":"cxxsum","version":"1.0.0"}]'
"$W" runtime init --host host.yml --token-file token --json >init1.json 2>err.txt
rc=$?
[ "$rc" = 0 ] && cmp -s inst/current/cxxsum.wasm v1/cxxsum.wasm &&
	ok "runtime init installs cxxsum 1.0.0: the built, audited bytes" || { bad "init 1 exit $rc"; cat err.txt init1.json; }
gen1=$(readlink inst/current)

# ---- the example host, built outside the project against the installed library -
cmake --install "$WG_BUILD" --prefix "$T/prefix" >install.log 2>&1 || { echo "FAIL cmake --install: $(tail -3 install.log)"; exit 2; }
PC=$(dirname "$(find "$T/prefix" -name wasmgate.pc | head -1)")
[ -f "$PC/wasmgate.pc" ] || { echo "FAIL no wasmgate.pc under the prefix"; exit 2; }
kinds=static
[ -e "$PC/../libwasmgate.so.0" ] && kinds="shared static"   # (WG_SHARED_LIB)
# a sanitizer build's library needs the sanitizer runtime in the program too
cflags="-O1 -g -Wall -Wextra -Werror"
grep -q '^WG_SANITIZE:BOOL=ON' "$WG_BUILD/CMakeCache.txt" && cflags+=" -fsanitize=address,undefined -fno-omit-frame-pointer"
for k in $kinds; do
	cp -r "$WG_SRC/examples/host" "host-$k"
	if PKG_CONFIG_PATH=$PC make -C "host-$k" CFLAGS="$cflags" STATIC=$([ $k = static ] && echo 1) >"make-$k.log" 2>&1; then
		ok "examples/host builds with pkg-config against the installed $k library"
	else
		bad "make ($k): $(tail -5 "make-$k.log")"
	fi
done
if [[ $kinds == shared* ]]; then
	ldd host-shared/host | grep -q "libwasmgate.so.0 => $T/prefix" && ok "the shared build loads libwasmgate.so.0 from the prefix" ||
		bad "host-shared links: $(ldd host-shared/host | grep wasmgate)"
fi
! ldd host-static/host | grep -q libwasmgate && ok "the static build carries libwasmgate in itself" || bad "host-static needs libwasmgate.so"

# HOST-BINARY WANT-INIT-REGEX WANT-RESULTS: the host's own init, then 6 pushes and the total
calls=(cxxsum cxxsum_push:1 cxxsum_push:2 cxxsum_push:3 cxxsum_push:4 cxxsum_push:5 cxxsum_push:6 cxxsum_total)
run_host() {
	local bin=$1 init=$2 want=$3 got
	"./$bin" --host host.yml --token-file token "${calls[@]}" >host.out 2>host.err
	got=$(tail -n +2 host.out | sed 's/.*= //' | tr '\n' ' ')
	if head -1 host.out | grep -Eq "$init" && [ "$got" = "$want" ]; then
		ok "$bin: $(head -1 host.out); pushes and total: $got"
	else
		bad "$bin: want /$init/ and '$want'"; sed 's/^/     /' host.out host.err
	fi
}

# 1.0.0: the window holds up to 64, so six pushes hold 1..6 values; total 1+...+6
n=$(fetched)
run_host host-${kinds%% *}/host '^init: unchanged, revision 1$' '1 2 3 4 5 6 21 '
[ "$(fetched)" = "$n" ] && ok "unchanged config (304): nothing fetched from the registry" ||
	bad "the registry served $(($(fetched) - n)) requests for an unchanged config"

# ---- admin changes the version -> the host's next init swaps the generation ---
set_plugins '[{"name":"cxxsum","version":"1.1.0"}]'
n=$(fetched)
# 1.1.0: a window of 4, so pushes 5 and 6 push out 1 and 2; total 3+4+5+6
run_host host-${kinds%% *}/host '^init: installed revision 2, 1 plugin\(s\), 1 downloaded, 0 from the cache$' '1 2 3 4 4 4 18 '
gen2=$(readlink inst/current)
[ "$gen2" != "$gen1" ] && [ -d "inst/$gen1" ] && cmp -s inst/current/cxxsum.wasm v2/cxxsum.wasm &&
	ok "a new generation ($gen2) holds 1.1.0; the previous one ($gen1) is kept" || bad "generations: $gen1 -> $gen2"
grep -q "GET /plugins/cxxsum/1.1.0/cxxsum.wasm" reg.log && ok "1.1.0 was downloaded ($(($(fetched) - n)) requests)" ||
	bad "no download of 1.1.0 in the registry log"

# ---- unchanged again: nothing downloaded; the static host runs too --------------
n=$(fetched)
"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt && grep -q '^unchanged: revision 2' out.txt &&
	[ "$(readlink inst/current)" = "$gen2" ] && ok "runtime init again: $(cat out.txt)" || { bad "init 3"; cat out.txt err.txt; }
run_host host-static/host '^init: unchanged, revision 2$' '1 2 3 4 4 4 18 '
[ "$(fetched)" = "$n" ] && ok "two unchanged inits: no registry request" || bad "$(($(fetched) - n)) registry requests for unchanged configs"

# ---- back to 1.0.0: a new generation from the local cache ---------------------
set_plugins '[{"name":"cxxsum","version":"1.0.0"}]'
n=$(fetched)
run_host host-${kinds%% *}/host '^init: installed revision 3, 1 plugin\(s\), 0 downloaded, 1 from the cache$' '1 2 3 4 5 6 21 '
! tail -n +$((n + 1)) reg.log | grep -q '\.wasm ' && ok "1.0.0 came from the cache: only $(($(fetched) - n)) index request(s), no .wasm" ||
	bad "a plugin was fetched again: $(tail -n +$((n + 1)) reg.log)"
api GET /v1/status "$ADMIN" >/dev/null
[ "$(jq -c '.instances[] | select(.id == "edge-1") | [.result, .applied, .wanted]' resp.json)" = '["applied",3,3]' ] &&
	ok "the control plane's fleet view: revision 3 applied" || bad "fleet view: $(cat resp.json)"

# ---- a plugin the host cannot run: the error, not a crash -----------------------
"./host-static/host" --host host.yml --token-file token cxxsum nosuch >host.out 2>host.err
[ $? = 1 ] && grep -q "no export named 'nosuch'" host.err && ok "an unknown export: $(cat host.err)" || bad "unknown export: $(cat host.err)"
"./host-static/host" --host host.yml --token-file token cxxsum cxxsum_push:x >host.out 2>host.err
[ $? = 2 ] && grep -q "argument 'x' is not a i32" host.err && ok "a bad argument: $(cat host.err)" || bad "bad argument: $(cat host.err)"
check_done
