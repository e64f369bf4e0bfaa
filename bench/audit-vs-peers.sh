#!/bin/bash
# bench/audit-vs-peers.sh - wall time and peak RSS of `wasmgate audit` (full
# validation + every rule of rules/strict.yml + SARIF + an Ed25519-signed
# attestation) against wabt's `wasm-validate --enable-all`, binaryen's
# `wasm-opt --all-features` reading the module (no passes, no output) and
# `wasm-objdump -x`, all on the same files in one run.  Prints tables and
# ratios; it never passes or fails on numbers (information only).
#
# Sections: 1. per module and total on the npm corpus (WG_CORPUS, filled by
# ../shared/corpus/fetch-npm.sh when empty), 2. scaling: time per MB on
# generated modules from 10 KB to 50 MB (bench/gen-large.sh), 3. batch:
# one `audit` over the whole corpus with -j 1 and -j 2, 4. (--callgrind)
# instruction counts of audit vs wasm-validate on one module, 5. (--perf)
# where the audit's time goes on the largest module.
#
# Usage: bench/audit-vs-peers.sh [--quick] [--no-corpus] [--no-scaling]
#                                [--no-batch] [--callgrind [MODULE]] [--perf [MODULE]]
#   --quick   corpus modules under 2 MB only, scaling up to 10 MB
# Environment: WASMGATE (the CLI; default: first of build*/wasmgate),
#   WG_CORPUS (default /tmp/wasmgate-cache/corpus/npm), WG_BENCH_DIR
#   (generated modules, default /tmp/wasmgate-cache/bench), WG_BENCH_RULES
#   (default rules/strict.yml), WG_BENCH_SIZES (default "10K 100K 1M 10M 50M"),
#   WG_BENCH_REPEAT (runs per measurement, the fastest is kept; default 1).
set -uo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=${WG_CORPUS:-/tmp/wasmgate-cache/corpus/npm}
GEN=${WG_BENCH_DIR:-/tmp/wasmgate-cache/bench}
RULES=${WG_BENCH_RULES:-$SRC/rules/strict.yml}
SIZES=${WG_BENCH_SIZES:-10K 100K 1M 10M 50M}
REPEAT=${WG_BENCH_REPEAT:-1}
do_corpus=1 do_scaling=1 do_batch=1 quick=0 cg_module="" perf_module=""
while [ $# -gt 0 ]; do
	case $1 in
	--quick) quick=1; SIZES=${WG_BENCH_SIZES:-10K 100K 1M 10M};;
	--no-corpus) do_corpus=0;;
	--no-scaling) do_scaling=0;;
	--no-batch) do_batch=0;;
	--callgrind) cg_module=auto; [ $# -gt 1 ] && [ -f "$2" ] && { cg_module=$2; shift; };;
	--perf) perf_module=auto; [ $# -gt 1 ] && [ -f "$2" ] && { perf_module=$2; shift; };;
	-h|--help) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0;;
	*) echo "$0: unknown option $1 (see --help)" >&2; exit 2;;
	esac
	shift
done

. "$SRC/bench/lib.sh"
bench_find_wasmgate
for t in wasm-validate wasm-opt wasm-objdump openssl /usr/bin/time; do
	command -v "$t" >/dev/null || die "$t not found (apt-get install wabt binaryen openssl time)"
done
[ -f "$RULES" ] || die "rules file $RULES not found"

TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
openssl genpkey -algorithm ed25519 -out "$TMP/sign.key" 2>/dev/null || die "openssl genpkey failed"
# Generated modules go past the rules' size limits; the bench wants the
# full read, so a copy of the rules with the limits raised is used.
sed -E 's/(max_module_bytes|max_functions|max_function_bytes)( *): *[0-9]+/\1\2: 4294967296/' \
	"$RULES" > "$TMP/rules.yml"
RES=$TMP/results.tsv; : > "$RES"

# measure SET MODULE TOOL CMD...: one line "set module bytes tool wall_us rss_kb rc cpu_s"
# in $RES (the fastest of $REPEAT runs).
measure() {
	local set=$1 mod=$2 tool=$3; shift 3
	local best_t="" best_m=0 best_cpu=0 rc=0 i t0 t1 t m u s
	for ((i = 0; i < REPEAT; i++)); do
		rm -rf "$TMP/out"; mkdir -p "$TMP/out"
		t0=$(date +%s%N)
		/usr/bin/time -f '%M %U %S' -o "$TMP/rss" "$@" >/dev/null 2>"$TMP/err"; rc=$?
		t1=$(date +%s%N)
		t=$(( (t1 - t0) / 1000 )); read -r m u s < <(tail -1 "$TMP/rss")
		if [ -z "$best_t" ] || [ "$t" -lt "$best_t" ]; then
			best_t=$t; best_m=$m; best_cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')
		fi
	done
	[ "$rc" -ge 2 ] && echo "bench: $tool $(basename "$mod"): exit $rc: $(head -1 "$TMP/err")" >&2
	local bytes=0; [ -f "$mod" ] && bytes=$(stat -c %s "$mod")
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$set" "$(basename "$mod")" "$bytes" "$tool" \
		"$best_t" "$best_m" "$rc" "$best_cpu" >> "$RES"
}
AUDIT=("$WASMGATE" audit --rules "$TMP/rules.yml" --sarif "$TMP/out/audit.sarif"
	--sign-key "$TMP/sign.key" --fail-on never --quiet)
peers() {   # SET MODULE: the four tools on one module
	measure "$1" "$2" audit "${AUDIT[@]}" "$2"
	measure "$1" "$2" wasm-validate wasm-validate --enable-all "$2"
	measure "$1" "$2" wasm-opt wasm-opt --all-features "$2"
	measure "$1" "$2" wasm-objdump wasm-objdump -x "$2"
}

# table SET: per module rows and the total, from $RES.
table() {
	awk -F'\t' -v set="$1" '
	$1 != set { next }
	{ key = $2; if (!(key in size)) { order[n++] = key; size[key] = $3 }
	  t[key, $4] = $5 / 1e6; m[key, $4] = $6 / 1024; rc[key, $4] = $7
	  T[$4] += $5 / 1e6; if ($6 / 1024 > M[$4]) M[$4] = $6 / 1024; total += 0 }
	function cell(k, tool) { return sprintf("%7.3f %6.0f%s", t[k, tool], m[k, tool], rc[k, tool] >= 2 ? "!" : " ") }
	function ratio(a, b) { return b > 0 ? sprintf("%6.2f", a / b) : "     -" }
	END {
		printf "%-52s %8s | %-15s | %-15s | %-15s | %-15s | %6s %6s\n", "module", "MB",
		       "audit s   MB", "wasm-validate", "wasm-opt", "wasm-objdump", "t/val", "rss/val"
		for (i = 0; i < n; i++) {
			k = order[i]; sz += size[k]
			printf "%-52.52s %8.2f | %s | %s | %s | %s | %s %s\n", k, size[k] / 1048576,
			       cell(k, "audit"), cell(k, "wasm-validate"), cell(k, "wasm-opt"), cell(k, "wasm-objdump"),
			       ratio(t[k, "audit"], t[k, "wasm-validate"]), ratio(m[k, "audit"], m[k, "wasm-validate"])
		}
		printf "%-52s %8.2f | %7.2f %6.0f  | %7.2f %6.0f  | %7.2f %6.0f  | %7.2f %6.0f  | %s %s\n",
		       "TOTAL time (s) / PEAK RSS (MB) over " n " modules", sz / 1048576,
		       T["audit"], M["audit"], T["wasm-validate"], M["wasm-validate"], T["wasm-opt"], M["wasm-opt"],
		       T["wasm-objdump"], M["wasm-objdump"], ratio(T["audit"], T["wasm-validate"]),
		       ratio(M["audit"], M["wasm-validate"])
		printf "\naudit / wasm-validate: time %.3fx (target <= 0.2x), peak RSS %.3fx (target <= 0.1x)\n",
		       T["audit"] / T["wasm-validate"], M["audit"] / M["wasm-validate"]
		printf "audit / wasm-opt:      time %.3fx, peak RSS %.3fx\n", T["audit"] / T["wasm-opt"], M["audit"] / M["wasm-opt"]
		printf "audit / wasm-objdump:  time %.3fx, peak RSS %.3fx\n", T["audit"] / T["wasm-objdump"], M["audit"] / M["wasm-objdump"]
		printf "(\"!\": the tool exited with an error on that module)\n"
	}' "$RES"
}

echo "wasmgate audit vs peers on $(uname -m), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "  $WASMGATE ($("$WASMGATE" --version 2>/dev/null | head -1))"
echo "  $(wasm-validate --version 2>/dev/null | head -1 | sed 's/^/wabt /'), $(wasm-opt --version 2>/dev/null | head -1)"
echo "  rules: $RULES (limits raised for the bench), SARIF + signed attestation on, runs per measurement: $REPEAT"

# 1. the corpus
mods=()
if [ "$do_corpus" = 1 ] || [ "$do_batch" = 1 ]; then
	if ! ls "$CORPUS"/*.wasm >/dev/null 2>&1 && [ -x "$SRC/../shared/corpus/fetch-npm.sh" ]; then
		echo "fetching the npm corpus into $CORPUS ..."
		bash "$SRC/../shared/corpus/fetch-npm.sh" "$CORPUS" || true
	fi
	for m in "$CORPUS"/*.wasm; do
		[ -f "$m" ] || continue
		[ "$quick" = 1 ] && [ "$(stat -c %s "$m")" -gt 2097152 ] && continue
		mods+=("$m")
	done
fi
if [ "$do_corpus" = 1 ]; then
	if [ ${#mods[@]} -eq 0 ]; then
		echo; echo "== 1. corpus: none in $CORPUS (no ../shared/corpus/fetch-npm.sh): skipped"
	else
		echo; echo "== 1. corpus: ${#mods[@]} modules from $CORPUS (time s, peak RSS MB)"
		for m in "${mods[@]}"; do peers corpus "$m"; done
		table corpus
	fi
fi

# 2. scaling on generated modules
if [ "$do_scaling" = 1 ]; then
	echo; echo "== 2. scaling: generated modules $SIZES (bench/gen-large.sh, cached in $GEN)"
	mkdir -p "$GEN"
	for s in $SIZES; do
		g=$("$SRC/bench/gen-large.sh" "$GEN/large-$s.wasm" "$s") || die "gen-large.sh $s failed"
		peers scaling "${g% *}"
	done
	table scaling
	echo; echo "time per MB (s/MB) and peak RSS (MB) by module size:"
	awk -F'\t' '$1 == "scaling" { mb = $3 / 1048576; if (!($2 in sz)) { o[n++] = $2; sz[$2] = mb }
		t[$2, $4] = $5 / 1e6 / mb; r[$2, $4] = $6 / 1024 }
		END { printf "%10s %12s %12s %12s %12s %10s %10s\n", "MB", "audit s/MB", "validate", "wasm-opt", "objdump", "audit RSS", "val. RSS"
		for (i = 0; i < n; i++) { k = o[i]; printf "%10.3f %12.4f %12.4f %12.4f %12.4f %10.0f %10.0f\n", sz[k],
			t[k, "audit"], t[k, "wasm-validate"], t[k, "wasm-opt"], t[k, "wasm-objdump"], r[k, "audit"], r[k, "wasm-validate"] } }' "$RES"
fi

# 3. batch -j 1 vs -j 2 over the corpus
if [ "$do_batch" = 1 ] && [ ${#mods[@]} -gt 1 ]; then
	echo; echo "== 3. batch: one audit over ${#mods[@]} corpus modules"
	measure batch all "audit -j1" "${AUDIT[@]}" -j 1 "${mods[@]}"
	measure batch all "audit -j2" "${AUDIT[@]}" -j 2 "${mods[@]}"
	largest=$(ls -S "${mods[@]}" | head -1)
	measure batch "$largest" "audit largest" "${AUDIT[@]}" "$largest"
	awk -F'\t' '$1 == "batch" { t[$4] = $5 / 1e6; m[$4] = $6 / 1024; rc[$4] = $7; c[$4] = $8 }
		END { printf "-j 1: %.2f s, %.0f MB   -j 2: %.2f s, %.0f MB   speed-up %.2fx (target >= 1.8x on 2 cores)\n",
			t["audit -j1"], m["audit -j1"], t["audit -j2"], m["audit -j2"], t["audit -j1"] / t["audit -j2"]
		printf "CPU time (user+sys): -j 1 %.2f s, -j 2 %.2f s: parallel overhead %.0f%%; -j 2 got %.2f cores (the rest went to other load)\n",
			c["audit -j1"], c["audit -j2"], 100 * (c["audit -j2"] / c["audit -j1"] - 1), c["audit -j2"] / t["audit -j2"]
		if (c["audit -j1"] > 1.05 * t["audit -j1"]) {
			printf "-j 1 is not one core: it hashes each module of 1 MiB or more on a second thread (%.2f cores busy),\n", c["audit -j1"] / t["audit -j1"]
			printf "  so against the work of one core (-j 1 CPU time / -j 2 wall time) the speed-up is %.2fx\n", c["audit -j1"] / t["audit -j2"] }
		printf "largest module alone: %.2f s, %.0f MB: batch peak RSS / largest alone = %.2f (-j 1), %.2f (-j 2)\n",
			t["audit largest"], m["audit largest"], m["audit -j1"] / m["audit largest"], m["audit -j2"] / m["audit largest"] }' "$RES"
fi

# 4. instruction counts (stable where wall time is noisy)
pick_module() { if [ "$1" != auto ]; then echo "$1"; elif [ ${#mods[@]} -gt 0 ]; then ls -S "${mods[@]}" | head -1;
	else ls -S "$GEN"/large-*.wasm 2>/dev/null | head -1; fi; }
if [ -n "$cg_module" ]; then
	command -v valgrind >/dev/null || die "valgrind not found"
	m=$(pick_module "$cg_module")
	echo; echo "== 4. callgrind instruction counts on $(basename "$m") ($(stat -c %s "$m") bytes)"
	for tool in audit wasm-validate; do
		rm -rf "$TMP/out"; mkdir -p "$TMP/out"
		if [ $tool = audit ]; then cmd=("${AUDIT[@]}" "$m"); else cmd=(wasm-validate --enable-all "$m"); fi
		valgrind --tool=callgrind --callgrind-out-file="$TMP/cg.$tool" "${cmd[@]}" >/dev/null 2>"$TMP/cg.err"
		ir=$(sed -n 's/^summary: *//p; s/^totals: *//p' "$TMP/cg.$tool" | head -1)
		printf '%-14s %15s instructions\n' "$tool" "$ir"
		echo "$ir" > "$TMP/ir.$tool"
	done
	awk 'NR == FNR { a = $1; next } { printf "audit / wasm-validate instructions: %.3fx\n", a / $1 }' "$TMP/ir.audit" "$TMP/ir.wasm-validate"
	echo "audit, top functions (self):"
	callgrind_annotate "$TMP/cg.audit" 2>/dev/null | sed -n '/^Ir/,$p' | sed -n '3,17p'
fi

# 5. profile of the audit
if [ -n "$perf_module" ]; then
	m=$(pick_module "$perf_module")
	echo; echo "== 5. perf profile of the audit on $(basename "$m") (cpu-clock samples, self time)"
	rm -rf "$TMP/out"; mkdir -p "$TMP/out"
	perf record -q -e cpu-clock -o "$TMP/perf.data" "${AUDIT[@]}" "$m" >/dev/null 2>&1
	perf report -i "$TMP/perf.data" --stdio --no-children --sort dso,symbol 2>/dev/null |
		grep -E '^ +[0-9]' | head -20 | cut -c1-150
fi
