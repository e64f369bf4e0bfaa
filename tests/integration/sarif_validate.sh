#!/bin/bash
# sarif_validate.sh - every SARIF `wasmgate audit --sarif` writes passes
# Microsoft's SARIF Multitool with the SARIF and GitHub rule sets
# (--rule-kind "Sarif;Gh"): zero errors, zero warnings.
#
# Inputs: every example plugin ($WG_BUILD/examples/*.wasm, with its
# plugin.yml beside it so results get a related location), every fixture
# (tests/fixtures/**/*.wat compiled with wat2wasm --enable-all, or with
# --no-check for fixtures that are meant to be invalid, and any .wasm there),
# and malformed bytes made here (garbage, truncated, a component binary, an
# empty file, a broken name section).  Each is audited alone under the
# default and the strict rules, then all together in one run; all inside a
# temporary GITHUB_WORKSPACE, plus one file outside it ("../" URIs).
# Skipped (77) when npm or the CLI's audit command is not available.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}" "${WG_BUILD:?}" "${WAT2WASM:=wat2wasm}"
here=$(cd "$(dirname "$0")" && pwd)
command -v jq >/dev/null || { echo "jq not found: skipped"; exit 77; }
"$WASMGATE" audit --help >/dev/null 2>&1 || { echo "audit not implemented: skipped"; exit 77; }
. "$here/lib/multitool.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ws=$tmp/ws
mkdir -p "$ws/plugins" "$ws/fixtures" "$ws/bad"
fail=0

shopt -s nullglob globstar
for w in "$WG_BUILD"/examples/*.wasm; do
	name=$(basename "$w" .wasm)
	mkdir -p "$ws/plugins/$name"
	cp "$w" "$ws/plugins/$name/"
	[ -f "$WG_SRC/examples/plugins/$name/plugin.yml" ] &&
		cp "$WG_SRC/examples/plugins/$name/plugin.yml" "$ws/plugins/$name/"
done
for wat in "$WG_SRC"/tests/fixtures/**/*.wat; do
	rel=${wat#"$WG_SRC"/tests/fixtures/}
	out=$ws/fixtures/${rel%.wat}.wasm
	mkdir -p "$(dirname "$out")"
	"$WAT2WASM" --enable-all "$wat" -o "$out" 2>/dev/null ||
		"$WAT2WASM" --enable-all --no-check "$wat" -o "$out" 2>/dev/null ||
		{ echo "note: $rel does not compile with wat2wasm: not audited"; rm -f "$out"; }
done
for w in "$WG_SRC"/tests/fixtures/**/*.wasm; do
	cp "$w" "$ws/fixtures/"
done

# malformed inputs
printf 'this is not wasm at all' > "$ws/bad/garbage.wasm"
: > "$ws/bad/empty.wasm"
printf '\0asm\1\0\0\0\1\5\1\x60' > "$ws/bad/truncated.wasm"
printf '\0asm\x0d\0\1\0' > "$ws/bad/component.wasm"
printf '(module (func (result i32) (i64.const 1)))' > "$tmp/invalid.wat"
"$WAT2WASM" --no-check "$tmp/invalid.wat" -o "$ws/bad/invalid.wasm"
# a custom "name" section whose content is broken (a module name of length 200)
printf '\0asm\1\0\0\0\0\7\4name\0\1\xc8' > "$ws/bad/badname.wasm"

# want SARIF_FILE DESCRIPTION: queue a log for validation
logs=()
want() {
	if [ ! -s "$1" ]; then
		echo "FAIL: $2: no SARIF written"
		fail=$((fail + 1))
	else
		logs+=("$1")
	fi
}

cd "$ws" || exit 2
export GITHUB_WORKSPACE=$ws
all=(plugins/**/*.wasm fixtures/**/*.wasm bad/*.wasm)
[ ${#all[@]} -gt 0 ] || { echo "nothing to audit"; exit 2; }
for f in "${all[@]}"; do
	for rules in default strict; do
		out=$tmp/$(echo "$f" | tr '/' '_').$rules.sarif
		"$WASMGATE" audit -q --fail-on never --rules "$WG_SRC/rules/$rules.yml" \
			--sarif "$out" "$f" 2>"$tmp/err"
		rc=$?
		if [ $rc -ne 0 ]; then
			echo "FAIL: audit $f ($rules) exited $rc: $(cat "$tmp/err")"
			fail=$((fail + 1))
			continue
		fi
		want "$out" "$f ($rules)"
	done
done
"$WASMGATE" audit -q --fail-on never --sarif "$tmp/all.sarif" "${all[@]}" 2>"$tmp/err" ||
	{ echo "FAIL: audit of all: $(cat "$tmp/err")"; fail=$((fail + 1)); }
want "$tmp/all.sarif" "all ${#all[@]} files in one run"
# a file outside the workspace
cp "$ws/bad/garbage.wasm" "$tmp/outside.wasm"
"$WASMGATE" audit -q --fail-on never --sarif "$tmp/outside.sarif" "$tmp/outside.wasm"
want "$tmp/outside.sarif" "a file outside the workspace"
jq -e '.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == "../outside.wasm"' \
	"$tmp/outside.sarif" >/dev/null || { echo "FAIL: outside file URI"; fail=$((fail + 1)); }

# one Multitool run over every log (it names the file of each problem)
if ! sarif_validate "${logs[@]}"; then
	echo "FAIL: the Multitool reports the problems above"
	fail=$((fail + 1))
fi
echo "sarif_validate: ${#logs[@]} logs validated, $fail failures"
[ $fail -eq 0 ]
