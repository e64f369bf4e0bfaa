#!/usr/bin/env bash
# grants.sh - per-plugin grants and declared capabilities, end to end
# (issue 10, item 5).  A plugin that reads a preopened folder (filesystem,
# which rules/default.yml denies) is approved by its grant and rejected
# without it; the grant for plugins/fs-reader approves neither another
# plugin nor a same-named file elsewhere (a pull request chooses names);
# a module whose wasmgate.plugin section declares less than it uses is
# rejected (WG1110), one that declares more gets a note (WG1111); the text
# report, SARIF, the job summary and the attestation name the grant.
# Modules are wat2wasm builds; the section is appended byte-wise.
# Env (from ctest): WASMGATE, WG_SRC, WAT2WASM.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}" "${WAT2WASM:=wat2wasm}"
command -v jq >/dev/null || { echo "jq missing: skipped"; exit 77; }
W=$(realpath "$WASMGATE")
T=$(mktemp -d "${TMPDIR:-/tmp}/grants.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2
export GITHUB_WORKSPACE=$T
unset GITHUB_ACTIONS GITHUB_OUTPUT GITHUB_STEP_SUMMARY
. "$WG_SRC/tests/integration/lib/check.sh"

cat >reader.wat <<'WAT'
(module
  (import "wasi_snapshot_preview1" "path_open"
    (func (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_readdir" (func (param i32 i32 i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1 1))
WAT
"$WAT2WASM" reader.wat -o reader.wasm || exit 2

# section FILE JSON: append a wasmgate.plugin custom section (payload < 112 bytes)
section() {
	local name=wasmgate.plugin n=$((1 + 15 + ${#2}))
	[ "$n" -lt 128 ] || { echo "section payload too long"; exit 2; }
	{ printf '\000'; printf "\\$(printf %03o "$n")"; printf '\017%s%s' "$name" "$2"; } >>"$1"
}

mkdir -p plugins/fs-reader plugins/other plugins/evil plugins/decl-less plugins/decl-more
cp reader.wasm plugins/fs-reader/fs-reader.wasm
cp reader.wasm plugins/other/other.wasm
cp reader.wasm plugins/evil/fs-reader.wasm
cp reader.wasm plugins/decl-less/decl-less.wasm
section plugins/decl-less/decl-less.wasm '{"capabilities":["stdio"],"name":"decl-less","version":"1.0.0"}'
cp reader.wasm plugins/decl-more/decl-more.wasm
section plugins/decl-more/decl-more.wasm '{"capabilities":["filesystem","stdio","network"],"name":"decl-more","version":"1.0.0"}'

{ grep -v '^waivers:' "$WG_SRC/rules/default.yml"
  cat <<'Y'
waivers: []
grants:
  - plugin: fs-reader
    path: "plugins/fs-reader/*.wasm"
    capabilities: [filesystem]
    reason: "reads the documents in the folder the host preopens"
    approved_by: "@alice"
  - plugin: "decl-*"
    path: "plugins/decl-*/*.wasm"
    capabilities: [filesystem]
    reason: "the declaration cases read a preopened folder too"
    approved_by: "@bob"
Y
} >granted.yml
"$W" rules check granted.yml >/dev/null 2>&1 || { bad "granted.yml does not load"; "$W" rules check granted.yml; }

decision() { "$W" audit --fail-on never --rules "$1" "$2" 2>&1 | sed -n 's/.*: \(APPROVE\|FLAG\|REJECT\) .*/\1/p' | head -1; }
expect() {  # expect RULES FILE DECISION WHAT
	local d; d=$(decision "$1" "$2")
	[ "$d" = "$3" ] && ok "$4 ($2: $d)" || bad "$4 ($2: got '$d', want $3)"
}

# ---- grants ------------------------------------------------------------
expect default plugins/fs-reader/fs-reader.wasm REJECT "without a grant: filesystem denied"
expect granted.yml plugins/fs-reader/fs-reader.wasm APPROVE "its grant approves it"
expect granted.yml ./plugins/fs-reader/fs-reader.wasm APPROVE "./ prefix is the same path"
expect granted.yml "$T/plugins/fs-reader/fs-reader.wasm" APPROVE "absolute path below the workspace"
expect granted.yml plugins/other/other.wasm REJECT "the grant for fs-reader does not approve plugin other"
expect granted.yml plugins/evil/fs-reader.wasm REJECT "same name at another path: not granted"
expect granted.yml plugins/fs-reader/../evil/fs-reader.wasm REJECT "a path with '..' matches no grant"

"$W" audit --rules granted.yml plugins/fs-reader/fs-reader.wasm >text.out 2>&1
grep -q '^  granted  WG1003 capability-denied  wasi_snapshot_preview1.path_open' text.out &&
grep -q 'granted (error) by grant for fs-reader at plugins/fs-reader/\*.wasm (rules line [0-9]*, @alice): reads the documents' text.out &&
grep -q '  2 granted' text.out && ok "text report names the grant" || { bad "text report"; cat text.out; }

# ---- SARIF, summary, attestation name the grant ------------------------------
"$W" keygen --out keys/audit >/dev/null 2>&1 || exit 2
env GITHUB_ACTIONS=true GITHUB_STEP_SUMMARY="$T/summary.md" GITHUB_OUTPUT="$T/output" \
	"$W" audit --rules granted.yml --sarif out/a.sarif --sign-key keys/audit.key \
	--attest-dir out/att plugins/fs-reader/fs-reader.wasm >/dev/null 2>&1
res='.runs[0].results[] | select(.properties.item == "wasi_snapshot_preview1.path_open")'
[ "$(jq -r "$res | .suppressions[0].properties.grant.plugin" out/a.sarif)" = fs-reader ] &&
[ "$(jq -r "$res | .suppressions[0].status" out/a.sarif)" = accepted ] &&
[ "$(jq -r "$res | .properties.granted" out/a.sarif)" = true ] &&
[ "$(jq -r '.runs[0].properties.plugins[0].counts.granted' out/a.sarif)" = 2 ] &&
ok "SARIF: the result's suppression names the grant" || { bad "SARIF grant record"; jq "$res" out/a.sarif; }
grep -q 'granted by the grant for fs-reader at plugins/fs-reader/\\\*.wasm\|granted by the grant for fs-reader at plugins/fs-reader/\*.wasm' summary.md &&
ok "job summary names the grant" || { bad "summary"; cat summary.md; }
pred=out/att/fs-reader.predicate.json
[ "$(jq -r '.wasmgate.grants | map(select(.item == "wasi_snapshot_preview1.path_open"))[0].plugin' "$pred")" = fs-reader ] &&
[ "$(jq -r '.wasmgate.granted' "$pred")" = 2 ] && [ "$(jq -r '.wasmgate.decision' "$pred")" = approve ] &&
ok "attestation predicate lists the grant per finding" || { bad "attestation"; cat "$pred"; }
[ "$(jq -r '.payload' out/att/fs-reader.intoto.json | base64 -d | jq -r '.predicate.wasmgate.grants[0].approved_by')" = @alice ] &&
ok "the signed statement carries it too" || bad "signed statement without the grant"

# ---- declarations ------------------------------------------------------------
expect granted.yml plugins/decl-less/decl-less.wasm REJECT "uses more than it declares"
"$W" audit --fail-on never --rules granted.yml plugins/decl-less/decl-less.wasm >less.out 2>&1
grep -q 'error    WG1110 capability-undeclared  wasi_snapshot_preview1.path_open' less.out &&
grep -q 'error    WG1110 capability-undeclared  wasi_snapshot_preview1.fd_readdir' less.out &&
ok "WG1110 per undeclared import" || { bad "WG1110"; cat less.out; }
expect granted.yml plugins/decl-more/decl-more.wasm APPROVE "declares more than it uses: approved"
"$W" audit --rules granted.yml --json plugins/decl-more/decl-more.wasm >more.json 2>/dev/null
d='.plugins[0].declarations'
[ "$(jq -r '.plugins[0].findings[] | select(.rule == "WG1111") | .item' more.json)" = network ] &&
[ "$(jq -r "$d[] | select(.capability == \"filesystem\") | .grant.approved_by" more.json)" = @bob ] &&
[ "$(jq -r "$d[] | select(.capability == \"network\") | .approved_by" more.json)" = null ] &&
[ "$(jq -r "$d[] | select(.capability == \"network\") | .used" more.json)" = false ] &&
ok "declared-but-unused noted; declarations say who approves each" || { bad "declarations"; cat more.json; }
"$W" audit --rules granted.yml plugins/decl-more/decl-more.wasm 2>&1 |
	grep -q 'declares: filesystem (used; grant for decl-\* at plugins/decl-\*/\*.wasm (rules line [0-9]*, @bob)), stdio (used; the rules allow it), network (unused; not approved)' &&
	ok "text report lists the declarations" || bad "text declarations"
expect default plugins/fs-reader/fs-reader.wasm REJECT "no section: judged as before"

# ---- bad grants -----------------------------------------------------------
sed 's/"@alice"/"<reviewer>"/' granted.yml >placeholder.yml
"$W" rules check placeholder.yml >ph.out 2>&1; rc=$?
[ $rc -eq 2 ] && grep -q "placeholder.yml:[0-9]*:[0-9]*: grants\[0\].approved_by: '<reviewer>' is placeholder text" ph.out &&
ok "placeholder approver refused with file:line" || { bad "placeholder approver (rc $rc)"; cat ph.out; }

check_done
