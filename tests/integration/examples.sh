#!/bin/bash
# examples.sh - the example plugins against the rules they were written for.
#
# For every built example ($WG_BUILD/examples/<name>.wasm, the default
# builds, and every build `wasmgate build` made of it with each toolchain and
# variant, $WG_BUILD/examples/out/<name>/<version>/<label>/<name>.wasm) it
# reads the expectations stated in examples/plugins/<name>/README.md:
#   Expected decision (rules/<rules>.yml): **approve|flag|reject**
#   Expected findings (rules/<rules>.yml): WG1011, WG1041   (or: none)
# (a line "(rules/<rules>.yml, <label>)" overrides them for that build).
# What `wasmgate build` promises is checked on each out/ build with wabt's
# tools and the plugin.yml's own lines: it validates, carries the
# wasmgate.plugin section naming its build, declares exactly the manifest's
# memory maximum, exports exactly the manifest's exports, has no debug,
# name, producers or target_features section.
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

# ---- what wasmgate build promises, on every build in out/ ---------------

outs=()
[ -d "$ex/out" ] && mapfile -t outs < <(find "$ex/out" -name '*.wasm' -type f | sort)
# yml KEY FILE: the value of a top-level "KEY: value" line (comment cut)
yml() { sed -n "s/^$1: *//p" "$2" | head -n1 | sed 's/ *#.*//; s/^\[//; s/\]$//; s/"//g'; }
max_pages() { sed -n 's/^ *max_pages: *\([0-9]*\).*/\1/p' "$1" | head -n1; }
for w in "${outs[@]}"; do
	rel=${w#"$ex/out/"}                      # name/version/label/name.wasm
	IFS=/ read -r name version label _ <<<"$rel"
	yml_file=$WG_SRC/examples/plugins/$name/plugin.yml
	[ -f "$yml_file" ] || { bad "$rel: no $yml_file"; continue; }
	tc=${label%%-*}; variant=${label#"$tc"}; variant=${variant#-}
	check "$rel validates" wasm-validate --enable-all "$w"
	caps=$(yml capabilities "$yml_file")     # "a, b" -> ,"capabilities":["a","b"]
	[ -n "$caps" ] && caps=',"capabilities":["'$(sed 's/, */","/g' <<<"$caps")'"]'
	want='{"abi":"'$(yml abi "$yml_file")'"'$caps',"name":"'$name'","toolchain":"'$tc'","variant":"'$variant'","version":"'$version'"}'
	got=$(grep -a -o '{"abi":[^}]*}' "$w" | tail -n1)
	check "$rel carries wasmgate.plugin $got" test "$got" = "$want"
	check "$rel: the section is named wasmgate.plugin" \
		sh -c "wasm-objdump -h '$w' | grep -q '\"wasmgate.plugin\"'"
	check "$rel has no debug, name, producers or target_features section" \
		not sh -c "wasm-objdump -h '$w' | grep -Eq '\"(\\.debug|name\"|producers|target_features|sourceMappingURL)'"
	max=$(max_pages "$yml_file")
	if [ -n "$max" ]; then
		check "$rel declares max=$max pages" sh -c "wasm-objdump -x -j Memory '$w' | grep -q 'max=$max\\b'"
	else
		check "$rel declares no memory maximum" not has_max "$w"
	fi
	want_ex=$(yml exports "$yml_file" | tr -d ' ' | tr ',' '\n' | sort | paste -sd, -)
	got_ex=$(wasm-objdump -x -j Export "$w" | sed -n 's/.*-> "\(.*\)"$/\1/p' | sort | paste -sd, -)
	check "$rel exports exactly [$want_ex] (got [$got_ex])" test "$got_ex" = "$want_ex"
done
if [ -d "$WG_SRC/examples/plugins/cxxsum" ]; then
	for w in "${outs[@]}"; do
		case $w in
		*/cxxsum/*-simd/*) check "${w#"$ex/out/"} uses i32x4.add" uses_op "$w" i32x4.add ;;
		*/cxxsum/*) check "${w#"$ex/out/"} uses no SIMD" not uses_op "$w" 'i32x4\.add' ;;
		esac
	done
fi

# ---- decisions, from wasmgate audit -------------------------------------

# expect README WHAT RULES [LABEL]: the value of "Expected WHAT (rules/RULES,
# LABEL): VALUE", else of "Expected WHAT (rules/RULES): VALUE"
expect() {
	local v=""
	[ -n "${4:-}" ] && v=$(sed -n "s|^Expected $2 (rules/$3, $4): *||p" "$1" | head -n1)
	[ -n "$v" ] || v=$(sed -n "s|^Expected $2 (rules/$3): *||p" "$1" | head -n1)
	echo "$v" | tr -d '*' | sed 's/[[:space:]]*$//'
}
# ids LIST: "WG1003, WG1002" or "none" -> "WG1002,WG1003"
ids() { [ "$1" = none ] && return; echo "$1" | tr -s ', ' '\n' | sort -u | paste -sd, -; }

audit_one() {
	local name=$1 w=$2 readme=$3 rules=$4 label=${5:-}
	local want want_ids want_rc out rc got got_ids
	want=$(expect "$readme" decision "$rules" "$label")
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
	want_ids=$(expect "$readme" findings "$rules" "$label")
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
for w in "${outs[@]}"; do
	rel=${w#"$ex/out/"}
	IFS=/ read -r name _ label _ <<<"$rel"
	for rules in default.yml strict.yml; do
		audit_one "$name $label" "$w" "$WG_SRC/examples/plugins/$name/README.md" "$rules" "$label"
	done
done

check_done
