#!/usr/bin/env bash
# cli_log_escaping.sh - nothing wasmgate prints can be a workflow command:
# the runner reads commands from stdout and stderr ("::cmd::" at a line's
# start, "##[cmd]" anywhere), so hostile file names (newline, CR, "::",
# "##[", "%0A", invalid UTF-8) and hostile module names (imports, exports,
# functions, custom sections) go through every command's output paths:
# audit (text, --json, errors on stderr, GITHUB_ACTIONS=true), inspect,
# sign, rules check, keygen.  The check is the action tests' one
# (wg_check_commands, tests/container/cases.sh).  Also: an audit argument
# naming an existing file with glob characters is that file (the sibling it
# would match is not audited).
# Env (from ctest): WASMGATE, WG_SRC, WAT2WASM.  No node: skip (77).
set -u
: "${WASMGATE:?}" "${WG_SRC:?}" "${WAT2WASM:=wat2wasm}"
command -v node >/dev/null 2>&1 || { echo "SKIP: node is needed"; exit 77; }
WASMGATE=$(realpath "$WASMGATE")
source "$WG_SRC/tests/container/cases.sh"
source "$WG_SRC/tests/integration/lib/check.sh"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$TMP" || exit 1

# run NAME CMD...: run it (any exit), then check both streams.
run() {
	local name=$1 before=$WG_FAILS; shift
	"$@" >"$TMP/out" 2>"$TMP/err"
	wg_check_commands "$name" "$TMP/out" "$TMP/err"
	[ "$WG_FAILS" = "$before" ] && ok "$name" || bad "$name: $(head -c 400 "$TMP/out" "$TMP/err")"
}

cat >evil.wat <<'EOF2'
(module
  (import "env" "##[add-mask]pwned" (func $a))
  (import "x\0a::notice title=pwned::y" "::set-output name=decision::pwned" (func $b))
  (memory (export "memory") 1 16)
  (func $f (export "\0a::warning title=pwned::x") (call $a) (call $b))
  (@custom "::notice title=pwned::c" "x"))
EOF2
"$WAT2WASM" --enable-annotations evil.wat -o evil.wasm 2>/dev/null || "$WAT2WASM" evil.wat -o evil.wasm || { echo "FAIL: wat2wasm"; exit 1; }
names=($'nl\n::notice title=pwned::x' $'cr\r::notice title=pwned::x' '::set-output name=x::pwned' '##[add-mask]pwned'
       '%0A::notice title=pwned::x' $'bad\xff\n::notice title=pwned::x')
mkdir -p p
for i in "${!names[@]}"; do cp evil.wasm "p/${names[$i]}.wasm"; done

run "audit text report" "$WASMGATE" audit --fail-on never p
run "audit text report, GITHUB_ACTIONS=true" env GITHUB_ACTIONS=true "$WASMGATE" audit --fail-on never p
run "audit --json" "$WASMGATE" audit --json --fail-on never p
for n in "${names[@]}"; do
	q=$(printf %q "$n")
	run "audit error on stderr: $q" "$WASMGATE" audit "missing/$n.wasm"
	run "audit glob error on stderr: $q" "$WASMGATE" audit "missing/$n*.wasm"
	run "inspect: $q" "$WASMGATE" inspect "p/$n.wasm"
	run "inspect --json: $q" "$WASMGATE" inspect --json "p/$n.wasm"
	run "rules check: $q" "$WASMGATE" rules check "$n.yml"
done
if "$WASMGATE" keygen --out k >/dev/null 2>&1; then
	for n in "${names[@]}"; do
		q=$(printf %q "$n")
		run "sign: $q" "$WASMGATE" sign --key k.key "p/$n.wasm"
		run "sign, missing file: $q" "$WASMGATE" sign --key k.key "missing/$n.wasm"
		run "sign --out: $q" "$WASMGATE" sign --key k.key --out "out-$n.wasm" "p/$n.wasm"
	done
	run "keygen" "$WASMGATE" keygen --out $'k2\n::notice title=pwned::x'
fi

# the chain's commands echo paths in errors and print JSON: same rule
for n in "${names[@]}"; do
	q=$(printf %q "$n")
	mkdir -p "b/$n" && printf 'schema: 1\nname: x\n' >"b/$n/plugin.yml"
	run "build, bad manifest: $q" "$WASMGATE" build --json --no-cache -o bo "b/$n"
	run "build, missing folder: $q" "$WASMGATE" build --json "missing/$n"
	run "registry list: $q" "$WASMGATE" registry list --json "missing/$n"
	run "registry verify: $q" "$WASMGATE" registry verify "missing/$n"
	run "registry publish: $q" "$WASMGATE" registry publish --registry "missing/$n" --key "k.key" "p/$n.wasm" --attestation "missing/$n.json"
	run "runtime init: $q" "$WASMGATE" runtime init --json --host "missing/$n.yml" --token-file "missing/$n"
	run "control: $q" "$WASMGATE" control --url "http://127.0.0.1:9/$n" --token-file "missing/$n" status
done

# glob characters in an existing name: that file, not the one it would match
cat >ok.wat <<'EOF2'
(module (memory (export "memory") 1 16))
EOF2
"$WAT2WASM" ok.wat -o 'p/resize_x.wasm' && cp p/resize_x.wasm 'p/q1.wasm' && cp evil.wasm 'p/q?.wasm'
"$WASMGATE" audit --json 'p/resize_x.wasm' >/dev/null 2>&1
cp evil.wasm 'p/resize[_]x.wasm'
for pat in 'p/resize[_]x.wasm' 'p/q?.wasm'; do
	"$WASMGATE" audit --json --fail-on never "$pat" >audit.json 2>audit.err
	files=$(wg_node audit.json '(j.reports || j.plugins || j).map(r => r.path || r.file).join("|")' 2>/dev/null)
	[ "$files" = "$pat" ] && ok "audit '$pat': that file only" || bad "audit '$pat': audited '$files' $(head -c 300 audit.err)"
done
# a directory whose name holds glob characters: its own files, not those of the one it would match
mkdir -p 'd[1]' d1 && cp evil.wasm 'd[1]/x.wasm' && cp p/resize_x.wasm d1/y.wasm
"$WASMGATE" audit --json --fail-on never 'd[1]' >audit.json 2>audit.err
files=$(wg_node audit.json 'j.plugins.map(r => r.path).join("|")' 2>/dev/null)
[ "$files" = 'd[1]/x.wasm' ] && ok "audit directory 'd[1]': its own files" || bad "audit 'd[1]': audited '$files' $(head -c 300 audit.err)"
echo "$WG_PASSES extra, $WG_FAILS check failures"
[ "$WG_FAILS" = 0 ] || fail=$((fail + 1))
check_done
