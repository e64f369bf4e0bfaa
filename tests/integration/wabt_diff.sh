#!/bin/bash
# wabt_diff.sh - compare `wasmgate inspect --json` with wabt's own tools on
# every .wat fixture (compiled here with $WAT2WASM --enable-all; ones that
# do not compile are skipped, they are meant as bad input) and on every
# .wasm of the npm corpus (${WG_CORPUS:-/tmp/wasmgate-cache/corpus/npm},
# fetched by /work/shared/corpus/fetch-npm.sh) when that directory exists.
#
# Per file: import, export, memory (+ initial / max) and function counts
# against `wasm-objdump -x`, and validity against `wasm-validate
# --enable-all`.  Documented exception: a module wabt's CLI rejects only
# because of a broken custom section (it passes with
# --ignore-custom-section-errors) must be "ok" for us with customs[].error
# set, since custom sections never make a module invalid.
# Prints one line per file and "N passed, N failed"; exit 1 on a mismatch,
# 77 (skipped) when a tool is missing or there is nothing to compare.
set -u

WG_SRC=${WG_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
WAT2WASM=${WAT2WASM:-wat2wasm}
WASMGATE=${WASMGATE:-wasmgate}
CORPUS=${WG_CORPUS:-/tmp/wasmgate-cache/corpus/npm}

for tool in "$WAT2WASM" "$WASMGATE" wasm-objdump wasm-validate node; do
	command -v "$tool" >/dev/null 2>&1 || { echo "skip: $tool not found"; exit 77; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=()
while IFS= read -r -d '' wat; do
	rel=${wat#"$WG_SRC/tests/fixtures/"}
	out="$tmp/$(echo "$rel" | tr '/' '_').wasm"
	if "$WAT2WASM" --enable-all "$wat" -o "$out" 2>/dev/null; then
		files+=("$out")
	else
		echo "skip  $rel (does not compile: meant as bad input)"
	fi
done < <(find "$WG_SRC/tests/fixtures" -name '*.wat' -print0 2>/dev/null | sort -z)
if [ -d "$CORPUS" ]; then
	for f in "$CORPUS"/*.wasm; do
		[ -f "$f" ] && files+=("$f")
	done
fi
[ ${#files[@]} -gt 0 ] || { echo "skip: no .wat fixtures and no corpus"; exit 77; }

# Our facts, one line: status imports exports functions memories customerrors
# where memories is "initial/max,..." (max "-" when none).
ours() {
	node -e '
		const m = JSON.parse(require("fs").readFileSync(0, "utf8"));
		const mem = m.memories.map(x => x.initial + "/" + (x.max === null ? "-" : x.max)).join(",");
		const bad = m.customs.filter(c => c.error !== null).length;
		console.log([m.status, m.imports.length, m.exports.length, m.functions.defined,
			     mem || "none", bad].join(" "));'
}

# wabt's facts from wasm-objdump -x, same shape minus status / custom errors.
theirs() {
	awk '
		/^Import\[/   { sub(/^Import\[/, ""); imports = $0 + 0 }
		/^Export\[/   { sub(/^Export\[/, ""); exports = $0 + 0 }
		/^Function\[/ { sub(/^Function\[/, ""); funcs = $0 + 0 }
		/^ - memory\[[0-9]+\] pages:/ {
			init = "?"; max = "-"
			for (i = 1; i <= NF; i++) {
				if ($i ~ /^initial=/) { init = substr($i, 9) }
				if ($i ~ /^max=/) { max = substr($i, 5) }
			}
			mem = mem (mem == "" ? "" : ",") init "/" max
		}
		END { print imports + 0, exports + 0, funcs + 0, (mem == "" ? "none" : mem) }'
}

pass=0
fail=0
for f in "${files[@]}"; do
	name=${f#"$tmp/"}
	json=$("$WASMGATE" inspect --json "$f" 2>"$tmp/err")
	rc=$?
	if [ $rc -ge 2 ] || [ -z "$json" ]; then
		echo "FAIL  $name: inspect exit $rc: $(head -1 "$tmp/err")"
		fail=$((fail + 1))
		continue
	fi
	read -r status imp exp fn mem bad <<<"$(printf '%s' "$json" | ours)"
	if wasm-validate --enable-all "$f" >/dev/null 2>&1; then
		want=ok
	elif wasm-validate --enable-all --ignore-custom-section-errors "$f" >/dev/null 2>&1; then
		want=ok-custom      # broken custom section only
	else
		want=bad
	fi
	why=""
	case "$want/$status" in
	ok/ok) ;;
	ok-custom/ok) [ "$bad" -gt 0 ] || why="wabt rejects a custom section, we record no customs[].error" ;;
	bad/ok) why="wasm-validate rejects it, we say ok" ;;
	ok*/*) why="wasm-validate accepts it, we say $status" ;;
	esac
	if [ -z "$why" ] && [ "$status" = ok ]; then
		read -r wimp wexp wfn wmem <<<"$(wasm-objdump -x "$f" 2>/dev/null | theirs)"
		[ "$imp $exp $fn $mem" = "$wimp $wexp $wfn $wmem" ] ||
			why="imports/exports/functions/memories: ours $imp $exp $fn $mem, wasm-objdump $wimp $wexp $wfn $wmem"
	fi
	if [ -n "$why" ]; then
		echo "FAIL  $name: $why"
		fail=$((fail + 1))
	else
		echo "ok    $name: $status, $imp imports, $exp exports, $fn functions, memories $mem"
		pass=$((pass + 1))
	fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
