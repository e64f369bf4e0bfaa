#!/bin/bash
# examples.sh - the example plugins against the rules they were written for.
#
# For every built example ($WG_BUILD/examples/<name>.wasm) it reads the
# expectations stated in examples/plugins/<name>/README.md:
#   Expected decision (rules/<rules>.yml): **approve|flag|reject**
#   Expected findings (rules/<rules>.yml): WG1011, WG1041   (or: none)
# runs `wasmgate audit --rules rules/<rules>.yml --json <name>.wasm` and
# checks the decision, the exit code (1 only for reject) and the set of
# unwaived rule ids.  First it checks with wasm-objdump (not our reader) the
# module facts those decisions rest on.  Exit 77 (skipped) when no example
# was built or `wasmgate audit` does not exist yet.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}" "${WG_BUILD:?}"
. "${WG_SRC:?}/tests/integration/lib/check.sh"
# check DESCRIPTION COMMAND...: passes when COMMAND succeeds
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }

for tool in jq wasm-objdump; do
	command -v "$tool" >/dev/null || { echo "examples: $tool not found: skipped"; exit 77; }
done
shopt -s nullglob
wasms=("$WG_BUILD"/examples/*.wasm)
if [ ${#wasms[@]} -eq 0 ]; then
	echo "examples: no plugin in $WG_BUILD/examples (toolchains missing?): skipped"
	exit 77
fi

# ---- facts, from wasm-objdump -------------------------------------------
ex=$WG_BUILD/examples
memline() { wasm-objdump -x -j Memory "$1" | grep -m1 'memory\[0\]'; }
has_max() { memline "$1" | grep -q 'max='; }
is_shared() { memline "$1" | grep -q 'shared'; }
imports() { wasm-objdump -x -j Import "$1" | grep -q -- "<- $2\$"; }
uses_op() { wasm-objdump -d "$1" | grep -qE "\\| *$2( |\$)"; }
exports_memory() { wasm-objdump -x -j Export "$1" | grep -q -- '-> "memory"'; }
not() { ! "$@"; }

for w in "${wasms[@]}"; do
	check "$(basename "$w") exports memory" exports_memory "$w"
done
if [ -f "$ex/fileio.wasm" ]; then
	check "fileio imports path_open" imports "$ex/fileio.wasm" wasi_snapshot_preview1.path_open
fi
if [ -f "$ex/grow.wasm" ]; then
	check "grow has no memory maximum" not has_max "$ex/grow.wasm"
	check "grow uses memory.grow" uses_op "$ex/grow.wasm" memory.grow
fi
if [ -f "$ex/atomics.wasm" ]; then
	check "atomics has a shared memory" is_shared "$ex/atomics.wasm"
	check "atomics uses i32.atomic.rmw.add" uses_op "$ex/atomics.wasm" i32.atomic.rmw.add
fi
for n in hello simd; do
	[ -f "$ex/$n.wasm" ] || continue
	check "$n declares a memory maximum" has_max "$ex/$n.wasm"
	check "$n never grows memory" not uses_op "$ex/$n.wasm" memory.grow
	check "$n has an unshared memory" not is_shared "$ex/$n.wasm"
done
if [ -f "$ex/simd.wasm" ]; then
	check "simd uses f32x4.mul" uses_op "$ex/simd.wasm" f32x4.mul
fi
if [ -f "$ex/hello.wasm" ] && command -v node >/dev/null; then
	got=$(node --no-warnings -e '
		const { WASI } = require("wasi");
		const w = new WASI({ version: "preview1" });
		WebAssembly.instantiate(require("fs").readFileSync(process.argv[1]),
			{ wasi_snapshot_preview1: w.wasiImport }).then(({ instance }) => {
			w.initialize(instance);
			process.exitCode = instance.exports.hello();
		});' "$ex/hello.wasm" 2>&1 | head -c 200 | tr '\n' ' ' | sed 's/ $//')
	check "hello runs under node and greets (got: $got)" \
		test "$got" = "hello from a wasmgate plugin"
fi

if ! "$WASMGATE" audit --help >/dev/null 2>&1; then
	check_done || exit 1
	echo "examples: '$WASMGATE audit' not available yet: audit checks skipped"
	exit 77
fi

# ---- decisions, from wasmgate audit -------------------------------------

# expect README WHAT RULES: the value of "Expected WHAT (rules/RULES): VALUE"
expect() {
	sed -n "s|^Expected $2 (rules/$3): *||p" "$1" | head -n1 | tr -d '*' |
		sed 's/[[:space:]]*$//'
}
# ids LIST: "WG1003, WG1002" or "none" -> "WG1002,WG1003"
ids() { [ "$1" = none ] && return; echo "$1" | tr -s ', ' '\n' | sort -u | paste -sd, -; }

audit_one() {
	local name=$1 w=$2 readme=$3 rules=$4
	local want want_ids want_rc out rc got got_ids
	want=$(expect "$readme" decision "$rules")
	if [ -z "$want" ]; then
		[ "$rules" = default.yml ] && bad "$name: README.md states no decision for rules/$rules"
		return
	fi
	out=$("$WASMGATE" audit --rules "$WG_SRC/rules/$rules" --json "$w" 2>"$WG_TMP/err")
	rc=$?
	if [ $rc -gt 1 ] || ! got=$(jq -er '.decision' <<<"$out" 2>/dev/null); then
		bad "$name ($rules): audit failed (exit $rc): $(head -c 300 "$WG_TMP/err")"
		return
	fi
	check "$name ($rules): decision '$got', README says '$want'" test "$got" = "$want"
	check "$name ($rules): plugin decision equals the run's" \
		test "$(jq -r '.plugins[0].decision' <<<"$out")" = "$got"
	[ "$got" = reject ] && want_rc=1 || want_rc=0
	check "$name ($rules): exit code $rc for $got" test $rc -eq $want_rc
	want_ids=$(expect "$readme" findings "$rules")
	[ -n "$want_ids" ] || return
	want_ids=$(ids "$want_ids")
	got_ids=$(jq -r '[.plugins[0].findings[] | select(.waiver == null) | .rule]
		| unique | join(",")' <<<"$out")
	check "$name ($rules): findings [$got_ids], README says [$want_ids]" \
		test "$got_ids" = "$want_ids"
}

WG_TMP=$(mktemp -d)
trap 'rm -rf "$WG_TMP"' EXIT
for w in "${wasms[@]}"; do
	name=$(basename "$w" .wasm)
	readme=$WG_SRC/examples/plugins/$name/README.md
	if [ ! -f "$readme" ]; then
		bad "$name: no $readme"
		continue
	fi
	for rules in default.yml strict.yml; do
		audit_one "$name" "$w" "$readme" "$rules"
	done
done

check_done
