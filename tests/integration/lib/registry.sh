# registry.sh - sourced by the registry tests (registry*.sh): a scratch
# folder with keys, plugins made from .wat at test time, audits that sign
# their attestations, the wasmgate.plugin section added to a module, and a
# digest of a whole tree (names, types, modes, symlink targets, contents)
# to prove that a refused command changed nothing.
: "${WASMGATE:?}" "${WG_SRC:?}" "${WAT2WASM:=wat2wasm}"
W=$(realpath "$WASMGATE")
RULES=$WG_SRC/rules/default.yml
. "$WG_SRC/tests/integration/lib/check.sh"

# reg_scratch: cd into a new temporary folder (removed on exit) with keys
# reg.* (registry), audit.* (the trusted audit key), other.* (a stranger).
reg_scratch() {
	T=$(mktemp -d "${TMPDIR:-/tmp}/registry.XXXXXX")
	trap 'reg_cleanup' EXIT
	cd "$T" || exit 2
	for k in reg audit other; do "$W" keygen --out $k >/dev/null || exit 2; done
	mkdir -p att sarif
}
reg_cleanup() { cd /; [ -n "${KEEP:-}" ] && echo "kept $T" || rm -rf "$T"; }

# plugin NAME N: NAME.wasm, a small module the default rules approve; N
# makes its bytes differ from other plugins'.
plugin() {
	printf '(module (memory (export "memory") 1 2) (func (export "run") (result i32) i32.const %s))\n' \
		"$2" >"$1.wat"
	"$WAT2WASM" "$1.wat" -o "$1.wasm" || exit 2
}

# attest WASM [RULES] [KEY]: att/<name>.intoto.json and sarif/<name>.sarif
attest() {
	local n
	n=$(basename "$1" .wasm)
	"$W" audit --rules "${2:-$RULES}" --sign-key "${3:-audit.key}" --attest-dir att \
		--sarif "sarif/$n.sarif" "$1" >/dev/null 2>&1
	[ -f "att/$n.intoto.json" ] || { echo "FAIL no attestation for $1"; exit 1; }
}

leb() {
	local n=$1 b
	while :; do
		b=$((n & 127)); n=$((n >> 7))
		if [ "$n" -gt 0 ]; then printf '\\x%02x' $((b | 128)); else printf '\\x%02x' "$b"; return; fi
	done
}
# add_section IN.wasm JSON OUT.wasm: append a wasmgate.plugin custom section
add_section() {
	local name=wasmgate.plugin
	{ cat "$1"; printf "\\x00$(leb $((1 + ${#name} + ${#2})))\\x0f%s%s" "$name" "$2"; } >"$3"
}

# tree_hash DIR: one digest over everything in DIR
tree_hash() {
	(cd "$1" && find . -printf '%y %m %p -> %l\n' | LC_ALL=C sort &&
		find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum) | sha256sum | cut -c1-64
}

# refused NAME DIR CMD...: exit 2, one stderr line, DIR unchanged; the
# line must match $WANT (a grep -E pattern) when set.
refused() {
	local name=$1 dir=$2 before after rc lines
	shift 2
	before=$(tree_hash "$dir")
	"$@" >out.txt 2>err.txt
	rc=$?
	after=$(tree_hash "$dir")
	lines=$(wc -l <err.txt)
	if [ "$rc" = 2 ] && [ "$lines" = 1 ] && [ "$before" = "$after" ] &&
		{ [ -z "${WANT:-}" ] || grep -Eq -- "$WANT" err.txt; }; then
		ok "$name: $(cat err.txt)"
	else
		bad "$name (exit $rc, $lines stderr lines, tree $([ "$before" = "$after" ] && echo same || echo CHANGED), want /${WANT:-}/)"
		sed 's/^/     /' err.txt
	fi
	WANT=
}

# index_field DIR JQ: a field of the registry's index
index_field() { jq -r "$2" "$1/index.json"; }
