#!/bin/bash
# bench/gen-large.sh - generate large, valid, realistic-looking modules for
# the benchmarks: WAT text written by awk, compiled by wat2wasm.
# Each function is a chain of loads/stores, integer and float arithmetic,
# branches and calls (about 1 KB of code per function), so the reader and
# validator see the instruction mix of compiled C/Rust, not one opcode.
# Usage: gen-large.sh OUT.wasm SIZE   (SIZE in bytes, suffix K or M allowed)
# Prints the path and the actual size.  Output is cached: an existing
# OUT.wasm of the same SIZE tag is kept.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 OUT.wasm SIZE[K|M]" >&2; exit 2; }
out=$1; size=$2
case $size in
	*K) bytes=$(( ${size%K} * 1024 ));;
	*M) bytes=$(( ${size%M} * 1024 * 1024 ));;
	*)  bytes=$size;;
esac
if [ -s "$out" ] && [ "$(cat "$out.size" 2>/dev/null)" = "$size" ]; then
	echo "$out $(stat -c %s "$out")"; exit 0
fi
command -v wat2wasm >/dev/null || { echo "$0: wat2wasm not found" >&2; exit 77; }
PER_FUNC=1272     # bytes of binary one generated function takes (measured)
nfunc=$(( bytes / PER_FUNC )); [ "$nfunc" -ge 1 ] || nfunc=1
tmp=$(mktemp --suffix=.wat); trap 'rm -f "$tmp"' EXIT
awk -v n="$nfunc" 'BEGIN {
	print "(module"
	print "  (type $t (func (param i32 i32) (result i32)))"
	print "  (import \"env\" \"log\" (func $log (param i32)))"
	print "  (memory (export \"memory\") 16 256)"
	print "  (table 16 16 funcref)"
	print "  (global $g (mut i32) (i32.const 0))"
	for (i = 0; i < n; i++) {
		printf "  (func $f%d (param $a i32) (param $b i32) (result i32)\n", i
		print "    (local $x i32) (local $y i64) (local $z f64)"
		for (k = 0; k < 18; k++) {
			printf "    local.get $a local.get $b i32.add local.tee $x i32.const %d i32.mul\n", (i * 31 + k) % 65536
			print  "    i32.load offset=16 local.set $b"
			print  "    local.get $x i64.extend_i32_u local.get $y i64.xor local.set $y"
			printf "    local.get $z f64.const %d.5 f64.mul local.set $z\n", k
			if (i > 0)
				printf "    local.get $a i32.const 100 i32.lt_u if local.get $a local.get $b call $f%d local.set $a end\n", (i * 7 + k) % i
			else
				print  "    local.get $a call $log"
			print  "    local.get $x local.get $b i32.store offset=8"
			print  "    global.get $g local.get $x i32.xor global.set $g"
		}
		print "    local.get $x local.get $z i32.trunc_f64_s i32.add)"
	}
	print "  (export \"run\" (func $f0))"
	print ")"
}' > "$tmp"
wat2wasm "$tmp" -o "$out"
echo "$size" > "$out.size"
echo "$out $(stat -c %s "$out")"
