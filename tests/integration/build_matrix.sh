#!/bin/bash
# build_matrix.sh - `wasmgate build --matrix`: the JSON strategy.matrix gets
# (one entry per plugin x toolchain x variant, each with its cache key),
# --toolchains filtering, and --changed-since REF (only plugins with a file
# changed since REF, in a scratch git repository).  Bad refs exit 2.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
. "$WG_SRC/tests/integration/lib/check.sh"
for tool in jq git; do
	command -v "$tool" >/dev/null || { echo "build_matrix: $tool not found: skipped"; exit 77; }
done
T=$(mktemp -d "${TMPDIR:-/tmp}/wg-build-matrix.XXXXXX")
trap 'rm -rf "$T"' EXIT

# what the example manifests say: entries = sum of toolchains x (1 + variants)
want=0 want_wasi=0
for y in "$WG_SRC"/examples/plugins/*/plugin.yml; do
	tcs=$(sed -n '/^toolchains:/,/^[a-z]/p' "$y" | grep -cE '^  (emscripten|wasi):')
	vars=$(sed -n '/^variants:/,/^[a-z]/p' "$y" | grep -cE '^  [a-z0-9-]+:')
	want=$((want + tcs * (1 + vars)))
	want_wasi=$((want_wasi + 1 + vars))
done
m=$("$WASMGATE" build --matrix "$WG_SRC/examples/plugins")
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
check "matrix is {\"include\": [...]}" jq -e '.include | type == "array"' <<<"$m" >/dev/null
n=$(jq '.include | length' <<<"$m")
check "matrix has $want entries (got $n)" test "$n" = "$want"
n=$("$WASMGATE" build --matrix --toolchains wasi "$WG_SRC/examples/plugins" | jq '.include | length')
check "--toolchains wasi: $want_wasi entries (got $n)" test "$n" = "$want_wasi"
check "every entry has dir, name, version, toolchain, variant, label, key" jq -e \
	'all(.include[]; . as $e | (.dir|type)=="string" and (.name|type)=="string" and (.version|type)=="string"
	 and (.toolchain=="emscripten" or .toolchain=="wasi") and (.variant|type)=="string"
	 and .label == (.toolchain + (if .variant=="" then "" else "-" + .variant end))
	 and ($e.key|test("^wasmgate-" + $e.name + "-" + $e.label + "-[0-9a-f]{64}$")))' <<<"$m" >/dev/null
check "cxxsum's simd variant is there for both toolchains" \
	test "$(jq -r '[.include[] | select(.name=="cxxsum") | .label] | sort | join(",")' <<<"$m")" = \
	"emscripten,emscripten-simd,wasi,wasi-simd"

# --changed-since in a scratch repository
R=$T/repo
mkdir -p "$R/plugins"
cp -r "$WG_SRC/examples/plugins/hello" "$WG_SRC/examples/plugins/grow" "$R/plugins/"
git -C "$R" init -q && git -C "$R" add -A &&
	git -C "$R" -c user.name=t -c user.email=t@t commit -qm base || { bad "git repo"; check_done; exit 1; }
k1=$("$WASMGATE" build --matrix "$R/plugins" | jq -r '.include[] | select(.name=="hello") | .key' | sort)
echo "/* changed */" >>"$R/plugins/grow/grow.c"
m=$("$WASMGATE" build --matrix --changed-since HEAD "$R/plugins")
check "--changed-since HEAD: only grow (got $(jq -r '[.include[].name] | unique | join(",")' <<<"$m"))" \
	test "$(jq -r '[.include[].name] | unique | join(",")' <<<"$m")" = grow
k2=$("$WASMGATE" build --matrix "$R/plugins" | jq -r '.include[] | select(.name=="hello") | .key' | sort)
check "an unchanged plugin keeps its cache keys" test "$k1" = "$k2"
check "a changed plugin gets new cache keys" test \
	"$(git -C "$R" stash -q && "$WASMGATE" build --matrix "$R/plugins" | jq -r '.include[] | select(.name=="grow") | .key' | sort)" != \
	"$(git -C "$R" stash pop -q && "$WASMGATE" build --matrix "$R/plugins" | jq -r '.include[] | select(.name=="grow") | .key' | sort)"
n=$("$WASMGATE" build --matrix --changed-since HEAD~0 "$R/plugins/hello" | jq '.include | length')
check "--changed-since on an unchanged plugin: empty matrix" test "$n" = 0

fails() {
	local what=$1; shift
	"$WASMGATE" build "$@" >/dev/null 2>"$T/err"
	local rc=$?
	if [ $rc = 2 ] && [ "$(wc -l <"$T/err")" = 1 ]; then ok "$what: exit 2: $(cat "$T/err")"; else bad "$what: exit $rc: $(cat "$T/err")"; fi
}
fails "a ref that is an option" --matrix --changed-since=--output=x "$R/plugins"
fails "an unknown ref" --matrix --changed-since no-such-ref "$R/plugins"
fails "not a git work tree" --matrix --changed-since HEAD "$T"
fails "unknown toolchain in --toolchains" --matrix --toolchains gcc "$R/plugins"
check_done
