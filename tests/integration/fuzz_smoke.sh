#!/bin/bash
# fuzz_smoke.sh - the fuzz regression inputs (tests/fuzz/regressions/) through
# the real CLI: every module is audited to a decision (never a crash, never
# exit 2: bad bytes are findings), every rules file either loads or fails
# with exit 2 and exactly one line on stderr.  The replay_* ctest tests run
# the same inputs against the library; this checks the command a registry
# workflow actually runs.
set -uo pipefail
: "${WASMGATE:?}" "${WG_SRC:?}" "${WAT2WASM:?}"
REG=$WG_SRC/tests/fuzz/regressions
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
fail=0 n=0

for m in "$REG"/module/*; do
	[ -f "$m" ] || continue
	[ "${m##*.}" = md ] && continue
	n=$((n + 1))
	"$WASMGATE" audit --fail-on never --json "$m" >"$TMP/out.json" 2>"$TMP/err"
	rc=$?
	if [ $rc -ne 0 ] || ! grep -q '"decision": *"reject"' "$TMP/out.json"; then
		echo "FAIL: audit $(basename "$m"): exit $rc, want 0 and decision reject: $(head -c 300 "$TMP/err")"
		fail=1
	fi
done

printf '(module (memory (export "memory") 1 1))' > "$TMP/ok.wat"
"$WAT2WASM" "$TMP/ok.wat" -o "$TMP/ok.wasm" || { echo "wat2wasm failed"; exit 1; }
for r in "$REG"/rules/*; do
	[ -f "$r" ] || continue
	[ "${r##*.}" = md ] && continue
	n=$((n + 1))
	"$WASMGATE" audit --rules "$r" --fail-on never --quiet "$TMP/ok.wasm" >/dev/null 2>"$TMP/err"
	rc=$?
	lines=$(wc -l < "$TMP/err")
	if ! { [ $rc -eq 0 ] || { [ $rc -eq 2 ] && [ "$lines" -eq 1 ]; }; }; then
		echo "FAIL: --rules $(basename "$r"): exit $rc with $lines line(s) on stderr, want 0, or 2 and one line:"
		head -5 "$TMP/err"
		fail=1
	fi
done
echo "$n regression input(s) through the CLI"
exit $fail
