#!/usr/bin/env bash
# runtime-init.sh - what runtime init costs over a plain download: for 20
# and 200 plugins (WG_BENCH_PLUGINS) of WG_BENCH_KB KiB each (default 256),
# published in a registry served over loopback (python3 http.server) and
# configured in a real control plane, the wall time of a cold
# `wasmgate runtime init` (empty DIR: config, index, downloads, sha256,
# attestations, compatibility, fsynced install) against `curl --parallel`
# (8 at a time, as init) of the same files (every .wasm, every attestation,
# the signed index), and against that curl followed by one `sync -f` (the
# durability init gives its files); then a warm init with nothing changed (a 304) and a new
# revision of the same set (everything cached: verify + install only)
# against the cold one, and `runtime load` (re-verify at host start).
# Fastest of WG_BENCH_REPEAT runs (default 3).  Information, not a test.
#   bench/runtime-init.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
export WASMGATE=${WASMGATE:-$here/build/wasmgate} WG_SRC=$here WAT2WASM=${WAT2WASM:-wat2wasm}
SIZES=${WG_BENCH_PLUGINS:-20 200}
KB=${WG_BENCH_KB:-256}
REPEAT=${WG_BENCH_REPEAT:-3}
set +u
. "$here/tests/integration/lib/runtime.sh"
set -u
ctl_registry >/dev/null
trap 'set +e; ctl_cleanup' EXIT

max=0; for n in $SIZES; do [ "$n" -gt "$max" ] && max=$n; done
echo "making, auditing and publishing $max plugins of $KB KiB..."
printf 'version: 1\nname: bench\ncustom_sections: {max_bytes: 67108864}\n' >bench.yml
mkdir -p p
for i in $(seq 1 "$max"); do
	padplug p/b$i "$i" $((KB * 1024)) /dev/urandom
done
"$W" audit --rules bench.yml --sign-key audit.key --attest-dir att p/*.wasm >/dev/null
for i in $(seq 1 "$max"); do
	"$W" registry publish --registry R --key reg.key --name b$i --version 1.0.0 p/b$i.wasm \
		--attestation att/b$i.intoto.json >/dev/null
done
HPORT=$(free_port)
http_static "$HPORT" "$T/R"
REG=http://127.0.0.1:$HPORT
ctl_init "sqlite:$T/cp.db"
ctl_start "sqlite:$T/cp.db"
api POST /v1/instances "$ADMIN" '{"id":"edge-1","reason":"bench"}' >/dev/null
jq -r .token resp.json >token
REGURL=$REG host host.yml

now_ms() { echo $(($(date +%s%N) / 1000000)); }
# best VAR CMD...: the fastest of REPEAT runs of CMD (after `before`, untimed)
best() {
	local var=$1 b=999999999 t r
	shift
	for r in $(seq 1 "$REPEAT"); do
		before
		t=$(now_ms); "$@" >/dev/null 2>run.err || { echo "failed: $* ($(head -3 run.err))"; exit 1; }
		t=$(($(now_ms) - t)); [ "$t" -lt "$b" ] && b=$t
	done
	printf -v "$var" %d "$b"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", (b ? a / b : 0) }'; }
init() { "$W" runtime init --host host.yml --token-file token; }

printf '\n%7s %8s %8s %10s %10s %11s %8s %10s %10s %10s %8s\n' plugins "cold ms" "curl ms" "cold/curl" "curl+sync" "cold/c+s" \
	"warm ms" "warm/cold" "cached ms" "cach/cold" "load ms"
for n in $SIZES; do
	list=$(for i in $(seq 1 "$n"); do printf '{"name":"b%d","version":"1.0.0"}\n' "$i"; done | paste -sd, -)
	: >urls.txt
	echo "url = \"$REG/index.json.sig\"" >>urls.txt; echo "output = \"dl/index.json.sig\"" >>urls.txt
	for i in $(seq 1 "$n"); do
		for f in b$i.wasm b$i.intoto.json; do
			printf 'url = "%s/plugins/b%d/1.0.0/%s"\noutput = "dl/%s"\n' "$REG" "$i" "$f" "$f" >>urls.txt
		done
	done
	before() { set_plugins "[$list]"; rm -rf inst; }
	best cold init
	before() { rm -rf dl; }
	best curlt curl -fsS --parallel --parallel-max 8 --create-dirs --config urls.txt
	curl_sync() { curl -fsS --parallel --parallel-max 8 --create-dirs --config urls.txt && sync -f dl; }
	best curls curl_sync
	before() { :; }
	best warm init
	before() { set_plugins "[$list]"; }
	best cached init
	best load "$W" runtime load --host host.yml
	printf '%7d %8d %8d %10s %10d %11s %8d %10s %10d %10s %8d\n' "$n" "$cold" "$curlt" "$(ratio "$cold" "$curlt")" \
		"$curls" "$(ratio "$cold" "$curls")" "$warm" "$(ratio "$warm" "$cold")" "$cached" "$(ratio "$cached" "$cold")" "$load"
done
echo "(cold/curl: goal <= 1.3x; curl+sync: the same download made durable like init's, one 'sync -f';"
echo " $KB KiB per plugin, 2 files per plugin + the index)"
