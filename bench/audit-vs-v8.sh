#!/bin/bash
# bench/audit-vs-v8.sh - the audit's reader against V8 and the decode-only
# floor (issue 16), all on one core (taskset -c $WG_BENCH_CPU), in one run:
#   floor          bench/decode-floor.c: decode every instruction, nothing else
#   v8             node --single-threaded: WebAssembly.validate (eager: the
#                  JS API validates every body), bench/v8-validate.js
#   audit-on       wasmgate audit --rules default -j 1, WG_FASTPATH=on
#                  (C fast path, wabt as fallback)
#   audit-off      the same with WG_FASTPATH=off (wabt only)
#   wasm-validate  wabt's CLI, --enable-all
# floor and v8 time each module inside one process (bytes in memory
# first); the audit and wasm-validate run once per module (process start,
# rules, SHA-256 and report included: the audit's start-up is printed).
# Times are CPU time (user + system, microseconds: bench/rusage.c), the
# figure that stays put on a busy machine; wall time is printed beside the
# totals.  Peak RSS is the maximum resident set (wait4's, as /usr/bin/time
# -v reports it) of one process over the whole corpus (the audit in one
# -j 1 batch; wasm-validate: its largest module).
# Until the fast path is merged, WG_FASTPATH does nothing: on = off.
#
# Sections: 1. corpus per module, small to large; 2. totals and ratios;
# 3. time per MB by module size (corpus buckets, then generated modules
# of 10 KB..50 MB from bench/gen-large.sh).  Information only.
#
# Usage: bench/audit-vs-v8.sh [--quick] [--no-scaling] [--no-wasm-validate]
#   --quick   corpus modules under 2 MB, scaling to 1 MB
# Environment: WASMGATE (default: first of build*/wasmgate), WG_CORPUS
#   (default $WG_CACHE_DIR/corpus/npm, fetched by ../shared/corpus/
#   fetch-npm.sh when empty), WG_BENCH_DIR (generated modules, default
#   $WG_CACHE_DIR/bench), WG_BENCH_SIZES (default "10K 100K 1M 10M 50M"),
#   WG_BENCH_REPEAT (runs per measurement, the least CPU is kept; default 1),
#   WG_BENCH_CPU (the core, default 0), CC (default cc).
set -uo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${WG_CACHE_DIR:-/tmp/wasmgate-cache}
CORPUS=${WG_CORPUS:-$CACHE/corpus/npm}
GEN=${WG_BENCH_DIR:-$CACHE/bench}
SIZES=${WG_BENCH_SIZES:-10K 100K 1M 10M 50M}
REPEAT=${WG_BENCH_REPEAT:-1}
CPU=${WG_BENCH_CPU:-0}
quick=0 do_scaling=1 do_wv=1
while [ $# -gt 0 ]; do
	case $1 in
	--quick) quick=1; SIZES=${WG_BENCH_SIZES:-10K 100K 1M};;
	--no-scaling) do_scaling=0;;
	--no-wasm-validate) do_wv=0;;
	-h|--help) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0;;
	*) echo "$0: unknown option $1 (see --help)" >&2; exit 2;;
	esac
	shift
done

. "$SRC/bench/lib.sh"
bench_find_wasmgate
for t in node wasm-validate taskset "${CC:-cc}"; do
	command -v "$t" >/dev/null || die "$t not found (apt-get install nodejs wabt util-linux gcc)"
done

TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
for c in decode-floor rusage; do
	"${CC:-cc}" -O2 -o "$TMP/$c" "$SRC/bench/$c.c" || die "cannot compile bench/$c.c"
done
# the default rules with the size limits raised: generated modules pass 32 MiB
sed -E 's/(max_module_bytes|max_functions|max_function_bytes)( *): *[0-9]+/\1\2: 4294967296/' \
	"$SRC/rules/default.yml" > "$TMP/rules.yml"
PIN=(taskset -c "$CPU")
RES=$TMP/results.tsv; : > "$RES"   # set module bytes tool wall_s cpu_s rss_kb

# proc SET MODULE TOOL CMD...: one process per measurement, the least CPU of $REPEAT
proc() {
	local set=$1 mod=$2 tool=$3 i w c m rc best="" bw=0 bm=0; shift 3
	for ((i = 0; i < REPEAT; i++)); do
		"$TMP/rusage" "$TMP/t" "${PIN[@]}" "$@" >/dev/null 2>"$TMP/err"
		rc=$?
		read -r w c m < "$TMP/t"
		if [ -z "$best" ] || awk -v a="$c" -v b="$best" 'BEGIN { exit !(a < b) }'; then
			best=$c; bw=$w; bm=$m
		fi
	done
	# audit: 1 = --fail-on met (not used), 2 = could not read; wasm-validate: 1 = invalid
	[ "$rc" -ge 2 ] || { [ "$rc" = 1 ] && [ "$tool" != wasm-validate ]; } &&
		echo "bench: $tool $(basename "$mod"): exit $rc: $(head -1 "$TMP/err")" >&2
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$set" "$(basename "$mod")" "$(stat -c %s "$mod" 2>/dev/null || echo 0)" \
		"$tool" "$bw" "$best" "$bm" >> "$RES"
}

# inproc SET TOOL CMD... FILES: floor / v8 print "name bytes wall_us cpu_us ..." per
# file; the process's peak RSS goes on every row (least total CPU of $REPEAT)
inproc() {
	local set=$1 tool=$2 i best="" c m; shift 2
	for ((i = 0; i < REPEAT; i++)); do
		"$TMP/rusage" "$TMP/t" "${PIN[@]}" "$@" >"$TMP/out.$i" 2>"$TMP/err" ||
			echo "bench: $tool: exit $?: $(head -1 "$TMP/err")" >&2
		c=$(awk -F'\t' '$1 == "TOTAL" { print $4 }' "$TMP/out.$i")
		if [ -z "$best" ] || [ "${c:-0}" -lt "$best" ]; then best=${c:-0}; m=$(cut -d' ' -f3 "$TMP/t"); cp "$TMP/out.$i" "$TMP/best"; fi
	done
	awk -F'\t' -v set="$set" -v tool="$tool" -v m="$m" '$1 != "TOTAL" {
		printf "%s\t%s\t%s\t%s\t%.6f\t%.6f\t%s\n", set, $1, $2, tool, $3 / 1e6, $4 / 1e6, m }' "$TMP/best" >> "$RES"
	grep -v -P '\tok$' "$TMP/best" | grep -v '^TOTAL' | sed "s/^/bench: $tool: /" >&2 || true
}

# measure SET FILES...: every tool on every file
measure() {
	local set=$1 f mode; shift
	inproc "$set" floor "$TMP/decode-floor" "$@"
	inproc "$set" v8 node --single-threaded "$SRC/bench/v8-validate.js" "$@"
	for f in "$@"; do
		for mode in on off; do
			WG_FASTPATH=$mode proc "$set" "$f" "audit-$mode" "$WASMGATE" audit --rules "$TMP/rules.yml" \
				--quiet --fail-on never -j 1 "$f"
		done
		[ "$do_wv" = 1 ] && proc "$set" "$f" wasm-validate wasm-validate --enable-all "$f"
	done
}

TOOLS="floor v8 audit-on audit-off wasm-validate"
# table SET: per module, small to large: CPU ms, and ms/MB for v8 and audit-on
table() {
	awk -F'\t' -v set="$1" -v tools="$TOOLS" '
	$1 != set { next }
	{ if (!($2 in size)) { order[n++] = $2; size[$2] = $3 } c[$2, $4] = $6 * 1000 }
	function ms(k, t) { return ((k, t) in c) ? sprintf("%9.1f", c[k, t]) : sprintf("%9s", "-") }
	function r(a, b) { return b > 0 ? sprintf("%6.2f", a / b) : "     -" }
	END {
		nt = split(tools, T, " ")
		printf "%-46s %9s", "module (CPU ms, one core)", "KB"
		for (i = 1; i <= nt; i++) printf " %9s", T[i]
		printf " %7s %7s %8s %8s\n", "on/v8", "on/flr", "v8 ms/MB", "on ms/MB"
		# small to large
		for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (size[order[j]] < size[order[i]]) { x = order[i]; order[i] = order[j]; order[j] = x }
		for (i = 0; i < n; i++) {
			k = order[i]; mb = size[k] / 1048576
			printf "%-46.46s %9.0f", k, size[k] / 1024
			for (t = 1; t <= nt; t++) printf " %s", ms(k, T[t])
			printf " %s %s %8.1f %8.1f\n", r(c[k, "audit-on"], c[k, "v8"]), r(c[k, "audit-on"], c[k, "floor"]),
			       c[k, "v8"] / mb, c[k, "audit-on"] / mb
		}
	}' "$RES"
}

echo "wasmgate audit vs V8 vs the decode-only floor, one core (cpu $CPU) of $(nproc), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "  $WASMGATE ($("$WASMGATE" --version 2>/dev/null | head -1)); node $(node --version) (V8 $(node -p process.versions.v8)); wabt $(wasm-validate --version 2>/dev/null | head -1)"
echo "  load average at start: $(cut -d' ' -f1-3 /proc/loadavg); runs per measurement: $REPEAT (least CPU kept)"

# 1. the corpus
if ! ls "$CORPUS"/*.wasm >/dev/null 2>&1 && [ -f "$SRC/../shared/corpus/fetch-npm.sh" ]; then
	echo "fetching the npm corpus into $CORPUS ..."
	bash "$SRC/../shared/corpus/fetch-npm.sh" "$CORPUS" || true
fi
# a private copy: the cache is shared, and a concurrent fetch-npm.sh
# empties and refills it
mods=()
mkdir -p "$TMP/corpus"
for m in "$CORPUS"/*.wasm; do
	[ -f "$m" ] || continue
	[ "$quick" = 1 ] && [ "$(stat -c %s "$m")" -gt 2097152 ] && continue
	cp "$m" "$TMP/corpus/" && mods+=("$TMP/corpus/$(basename "$m")")
done
if [ ${#mods[@]} -eq 0 ]; then
	echo; echo "== 1. corpus: none in $CORPUS (no ../shared/corpus/fetch-npm.sh): skipped"
else
	echo; echo "== 1. corpus: ${#mods[@]} modules from $CORPUS, small to large"
	measure corpus "${mods[@]}"
	table corpus
	# one audit process over the whole corpus: total and peak RSS
	for mode in on off; do
		WG_FASTPATH=$mode proc batch all "audit-$mode" "$WASMGATE" audit --rules "$TMP/rules.yml" \
			--quiet --fail-on never -j 1 "${mods[@]}"
	done
	proc batch all node-process node --single-threaded "$SRC/bench/v8-validate.js" "${mods[@]}"

	echo; echo "== 2. totals over the corpus (CPU s; wall s; peak RSS MB)"
	awk -F'\t' -v tools="$TOOLS" '
	$1 == "corpus" { c[$4] += $6; w[$4] += $5; if ($7 > m[$4]) m[$4] = $7; b[$4] += $3 }
	$1 == "batch" { bc[$4] = $6; bw[$4] = $5; bm[$4] = $7 }
	function r(a, b) { return b > 0 ? sprintf("%.2fx", a / b) : "-" }
	END {
		nt = split(tools, T, " ")
		printf "%-20s %9s %9s %9s   %s\n", "tool", "CPU s", "wall s", "RSS MB", "how"
		for (i = 1; i <= nt; i++) if (T[i] in c) {
			how = "in-process, summed over modules"
			if (T[i] ~ /^audit/) how = "one process per module (start-up included)"
			if (T[i] == "wasm-validate") how = "one process per module; RSS: largest module"
			printf "%-20s %9.3f %9.3f %9.0f   %s\n", T[i], c[T[i]], w[T[i]], m[T[i]] / 1024, how
		}
		nb = split("audit-on audit-off node-process", B, " ")
		for (i = 1; i <= nb; i++) if ((t = B[i]) in bc) {
			how = "one process, -j 1, every module"
			if (t == "node-process") how = "the whole node process (start-up and reads included)"
			printf "%-20s %9.3f %9.3f %9.0f   %s\n", t " (batch)", bc[t], bw[t], bm[t] / 1024, how
		}
		printf "\nratios (CPU time):\n"
		printf "  audit-on  batch / v8:     %s  (goal <= 2x; issue 16 measured 7.6x with wabt)\n", r(bc["audit-on"], c["v8"])
		printf "  audit-off batch / v8:     %s\n", r(bc["audit-off"], c["v8"])
		printf "  audit-on batch / node-process: %s  (both whole processes: start-up and reading included)\n", r(bc["audit-on"], bc["node-process"])
		printf "  audit-on  batch / floor:  %s\n", r(bc["audit-on"], c["floor"])
		printf "  audit-on / audit-off:     %s  (batch; 1.00x until the fast path is merged)\n", r(bc["audit-on"], bc["audit-off"])
		printf "  v8 / floor:               %s\n", r(c["v8"], c["floor"])
		if ("wasm-validate" in c) printf "  wasm-validate / v8:       %s\n", r(c["wasm-validate"], c["v8"])
		printf "peak RSS: audit-on %.0f MB, audit-off %.0f MB, node %.0f MB, floor %.0f MB (module mapped)%s\n",
		       bm["audit-on"] / 1024, bm["audit-off"] / 1024, bm["node-process"] / 1024, m["floor"] / 1024,
		       ("wasm-validate" in m) ? sprintf(", wasm-validate %.0f MB", m["wasm-validate"] / 1024) : ""
	}' "$RES"
	smallest=$(ls -Sr "${mods[@]}" | head -1)
	awk -F'\t' -v s="$(basename "$smallest")" '$1 == "corpus" && $2 == s && $4 ~ /^audit/ {
		printf "audit start-up: %s on the smallest module (%s, %d bytes): %.1f ms CPU\n", $4, s, $3, $6 * 1000 }' "$RES"
fi

# 3. time per MB by size
echo; echo "== 3. CPU ms per MB by module size"
if [ "$do_scaling" = 1 ]; then
	mkdir -p "$GEN"
	gens=()
	for s in $SIZES; do
		g=$("$SRC/bench/gen-large.sh" "$GEN/large-$s.wasm" "$s") || die "gen-large.sh $s failed"
		gens+=("${g% *}")
	done
	measure scaling "${gens[@]}"
fi
# start-up: the least CPU of one audit process (its smallest module)
startup=$(awk -F'\t' '$4 == "audit-on" && ($1 == "corpus" || $1 == "scaling") { if (m == "" || $6 < m) m = $6 } END { print m + 0 }' "$RES")
echo "(on-start: audit-on less its start-up, ${startup}s CPU a process: the reader's own cost per MB)"
awk -F'\t' -v tools="$TOOLS" -v startup="$startup" '
$1 == "corpus" || $1 == "scaling" {
	if ($4 == "audit-on") { c[key0($1, $2, $3), "on-start"] += ($6 - startup) * 1000 }
	key = key0($1, $2, $3)
	if (!(key in seen)) { seen[key] = 1; if ($1 == "scaling") gen[ng++] = key }
	if ($4 == "floor") mb[key] += $3 / 1048576
	c[key, $4] += $6 * 1000
}
function key0(set, name, bytes) {
	if (set == "scaling") return sprintf("generated %s", name)
	kb = bytes / 1024
	return kb < 100 ? "corpus < 100 KB" : kb < 1024 ? "corpus 100 KB-1 MB" : kb < 10240 ? "corpus 1-10 MB" : "corpus >= 10 MB"
}
END {
	nt = split(tools " on-start", T, " ")
	printf "%-30s %9s", "modules", "MB"
	for (i = 1; i <= nt; i++) printf " %13s", T[i]
	printf "\n"
	n = split("corpus < 100 KB,corpus 100 KB-1 MB,corpus 1-10 MB,corpus >= 10 MB", order, ",")
	for (i = 0; i < ng; i++) order[++n] = gen[i]
	for (i = 1; i <= n; i++) {
		k = order[i]; if (!(k in seen)) continue
		printf "%-30.30s %9.2f", k, mb[k]
		for (t = 1; t <= nt; t++) printf " %13s", ((k, T[t]) in c) ? sprintf("%.1f", c[k, T[t]] / mb[k]) : "-"
		printf "\n"
	}
}' "$RES"
