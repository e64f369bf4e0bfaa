#!/usr/bin/env bash
# registry-publish.sh - how `wasmgate registry publish` scales with the
# registry's size: publish N versions (default 1,000; WG_BENCH_VERSIONS)
# of small distinct plugins, one at a time, and print per block of 100 the
# mean wall time per publish and the size of index.json and index.json.sig;
# then 20 more publishes into the full registry.  Information, not a test.
#   bench/registry-publish.sh [N]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
W=${WASMGATE:-$here/build/wasmgate}
N=${1:-${WG_BENCH_VERSIONS:-1000}}
T=$(mktemp -d "${TMPDIR:-/tmp}/wg-bench-registry.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T"
"$W" keygen --out reg >/dev/null
"$W" keygen --out audit >/dev/null
"$W" registry init R --key reg.key --audit-key audit.pub >/dev/null
total=$((N + 20))
echo "making and auditing $total plugins..."
mkdir -p p att
for i in $(seq 1 "$total"); do
	printf '(module (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i32) (result i32)))
 (memory (export "memory") 1 16) (func (export "run") (result i32) i32.const %d))\n' "$i" >"p/b$i.wat"
	wat2wasm "p/b$i.wat" -o "p/b$i.wasm"
done
"$W" audit --rules "$here/rules/default.yml" --sign-key audit.key --attest-dir att p/*.wasm >/dev/null

now_ms() { echo $(($(date +%s%N) / 1000000)); }
publish() { "$W" registry publish --registry R --key reg.key --name "b$1" --version 1.0.0 "p/b$1.wasm" \
	--attestation "att/b$1.intoto.json" >/dev/null; }
printf '%10s %14s %14s %16s\n' versions "ms/publish" "index.json" "index.json.sig"
block=100
start=$(now_ms)
for i in $(seq 1 "$total"); do
	publish "$i"
	if [ $((i % block)) = 0 ] || [ "$i" = "$N" ] || [ "$i" = "$total" ]; then
		end=$(now_ms)
		n=$((i % block)); [ "$n" = 0 ] && n=$block
		[ "$i" -gt "$N" ] && n=$((i - N))
		printf '%10d %14d %14d %16d\n' "$i" $(((end - start) / n)) "$(stat -c %s R/index.json)" \
			"$(stat -c %s R/index.json.sig)"
		start=$(now_ms)
	fi
done
echo "per version: $(( $(stat -c %s R/index.json) / total )) bytes of index; history links: $(du -sb R/history | cut -f1) bytes"
