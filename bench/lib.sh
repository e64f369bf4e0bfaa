# bench/lib.sh - sourced by the audit benchmarks (audit-vs-peers.sh,
# audit-vs-v8.sh): die(), and WASMGATE found when unset (SRC is the
# project's root).
die() { echo "bench: $*" >&2; exit 2; }

# $WASMGATE, else the first build*/wasmgate of the tree (build/ first)
bench_find_wasmgate() {
	if [ -z "${WASMGATE:-}" ]; then
		for b in "$SRC"/build/wasmgate "$SRC"/build*/wasmgate; do
			[ -x "$b" ] && { WASMGATE=$b; break; }
		done
	fi
	[ -x "${WASMGATE:-}" ] || die "wasmgate CLI not found: build it or set WASMGATE"
}
